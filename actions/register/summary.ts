import { link } from "../../reports/markdown.ts";
import type { Registration } from "./register.ts";

/** The job summary: what happened in a line, then the model card (version, files, metrics, approvals, links). */
export function registrationSummary(registration: Registration): string {
  const { metadata } = registration;
  const headline = registration.registered
    ? `### ✅ \`${metadata.model}\` v${registration.version} registered`
    : `### ☑️ \`${metadata.model}\` v${registration.version} was registered by an earlier run: nothing new`;
  const card = registration.card.replace(/^<!--[^\n]*-->\n+/, "");
  return `${headline}\n\n${link(`Release ${registration.tag}`, registration.releaseUrl)}\n\n${card}`;
}
