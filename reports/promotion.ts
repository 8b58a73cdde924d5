import type { Comparison } from "../lib/evaluate/compare.ts";
import type { VersionMetadata } from "../lib/registry/version-metadata.ts";
import { COMMENT_BUDGET, fitToBudget, type Section } from "./budget.ts";
import {
  COMPARISON_DROP_ORDER,
  type ComparisonSectionName,
  metricsSection,
  slicesSection,
  verdictSection,
} from "./comparison.ts";
import { bytes, cell, code, link, table } from "./markdown.ts";

/**
 * The body of a promotion pull request: what merging it changes, the candidate against the
 * version in the environment (the same verdict, metric and slice tables as the pull-request
 * report), and both versions side by side with their Releases, commits, pull requests, approvers
 * and training runs. Kept within the 65,536 characters GitHub allows a pull request's body.
 */
export interface PromotedVersion {
  version: number;
  tag: string;
  /** The Release's page. */
  url: string;
  /** Undefined when the Release has no readable `trainyard.json`. */
  metadata: VersionMetadata | undefined;
}

export interface PromotionView {
  model: string;
  environment: string;
  candidate: PromotedVersion & { metadata: VersionMetadata };
  /** The version in the environment now; undefined for a first promotion. */
  current: PromotedVersion | undefined;
  comparison: Comparison;
  deploymentsFile: string;
  /** The hidden marker that finds the pull request again, put first. */
  marker: string;
}

export function promotionTitle(model: string, version: number, environment: string): string {
  return `Promote ${model} v${version} to ${environment}`;
}

export function renderPromotionBody(view: PromotionView): string {
  const sections = [
    verdictSection(view.comparison, view.model),
    metricsSection(view.comparison),
    slicesSection(view.comparison),
  ].filter((section): section is Section<ComparisonSectionName> => section !== undefined);
  return fitToBudget(
    {
      header: `${view.marker}\n${intro(view)}`,
      sections,
      footer: `${versionsTable(view)}\n\n${footnote(view)}`,
      leftOutNote: (leftOut) =>
        `> [!NOTE]\n> Shortened to fit a pull request's 65,536 characters. Left out: ${leftOut.join("; ")}.`,
    },
    COMPARISON_DROP_ORDER,
    COMMENT_BUDGET,
  ).text;
}

function intro(view: PromotionView): string {
  const { model, environment, candidate, current } = view;
  const change = current
    ? `from ${link(`v${current.version}`, current.url)} to ${link(`v${candidate.version}`, candidate.url)}`
    : `to ${link(`v${candidate.version}`, candidate.url)} (its first version there)`;
  return [
    `## Promote ${code(model, 80)} v${candidate.version} to ${cell(environment, 40)}`,
    "",
    `Merging this pull request moves ${code(model, 80)} in ${cell(environment, 40)} ${change}: one line of ${code(view.deploymentsFile, 80)}. Approving and merging it is the promotion.`,
  ].join("\n");
}

function versionsTable(view: PromotionView): string {
  const { candidate, current, environment } = view;
  const sides: PromotedVersion[] = current ? [current, candidate] : [candidate];
  const header = [
    "",
    ...(current ? [`${cell(environment, 40)} now: v${current.version}`] : []),
    `candidate: v${candidate.version}`,
  ];
  const row = (label: string, value: (side: PromotedVersion, metadata: VersionMetadata) => string) => [
    label,
    ...sides.map((side) => (side.metadata ? value(side, side.metadata) : "— no trainyard.json")),
  ];
  const rows = [
    ["Release", ...sides.map((side) => link(side.tag, side.url))],
    row("registered", (_, m) => cell(m.registeredAt, 40)),
    row("commit", (_, m) => code((m.commit ?? m.record.git.commit).slice(0, 7), 12)),
    row("pull request", (_, m) =>
      m.pullRequest ? link(`#${m.pullRequest.number}`, m.pullRequest.url) : "—",
    ),
    row("approved by", (_, m) => approvers(m)),
    row("training run", (_, m) => link(`run ${m.record.run.id}`, m.record.run.url)),
    row("files", (_, m) => files(m)),
  ];
  return ["#### Versions", "", table(header, rows, undefined, { compact: true })].join("\n");
}

function approvers(metadata: VersionMetadata): string {
  const approvals = metadata.pullRequest?.approvals ?? [];
  if (approvals.length === 0) return "—";
  // Named without an @: a promotion should not notify everyone who approved the versions.
  return approvals.map((approval) => cell(approval.login, 40)).join(", ");
}

const FILES_LISTED = 3;

function files(metadata: VersionMetadata): string {
  const listed = metadata.assets
    .slice(0, FILES_LISTED)
    .map(
      (asset) => `${code(asset.name, 40)} ${bytes(asset.size)} sha256 ${code(asset.sha256.slice(0, 12), 14)}`,
    );
  const more = metadata.assets.length - listed.length;
  return [...listed, ...(more > 0 ? [`and ${more} more`] : [])].join("<br>") || "—";
}

function footnote(view: PromotionView): string {
  return `<sub>Opened by Trainyard when ${cell(view.candidate.tag, 60)} was published. A newer version of ${cell(view.model, 60)} replaces this proposal here; an older one does not.</sub>`;
}
