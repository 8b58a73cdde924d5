import { renderComparison } from "../../reports/comparison.ts";
import { renderValidation } from "../../reports/validation.ts";
import type { ReportBundle } from "./report.ts";

/** The report's markdown for one model: what the comment, the check run and the summary show. */
export function composeReport(
  bundle: ReportBundle,
  model: string,
  meta: { marker: string; headSha: string; runUrl: string },
): string {
  const parts = [meta.marker, renderComparison(bundle.comparison, model)];
  if (bundle.validation)
    parts.push(renderValidation({ report: bundle.validation, schemaFile: "the data contract" }));
  parts.push(`<sub>Last updated for ${meta.headSha} · [run](${meta.runUrl})</sub>`);
  return parts.join("\n\n");
}
