import type { SchemaChange } from "../../lib/schema/diff.ts";
import type { VersionMetrics } from "../../reports/charts.ts";
import { type ReportInput, renderReport } from "../../reports/report.ts";
import type { ReportBundle } from "./report.ts";

/** The report for one model: the comment's (≤ 65,536 characters) and the job summary's (≤ 1 MiB). */
export function composeReport(
  bundle: ReportBundle & { versions: VersionMetrics[] },
  model: string,
  meta: { marker: string; headSha: string; runUrl: string },
): { comment: string; summary: string } {
  const validation = bundle.validation;
  const input: ReportInput = {
    model,
    comparison: bundle.comparison,
    ...(bundle.record ? { candidate: bundle.record } : {}),
    ...(bundle.sweep ? { sweep: bundle.sweep } : {}),
    ...(validation
      ? {
          validation: {
            report: validation,
            schemaFile: validation.schemaFile ?? "the data contract",
            ...(validation.schemaChanges
              ? { schemaChanges: validation.schemaChanges as SchemaChange[] }
              : {}),
          },
        }
      : {}),
    ...(bundle.baselineHistory ? { baselineHistory: bundle.baselineHistory } : {}),
    ...(bundle.versions.length > 0 ? { versionHistory: [...bundle.versions].reverse() } : {}),
    links: { run: meta.runUrl, comparisonFile: "comparison.json" },
    headSha: meta.headSha,
    marker: meta.marker,
  };
  return { comment: renderReport(input, "comment"), summary: renderReport(input, "job-summary") };
}
