import { driftTests } from "../lib/drift/drift-tests.ts";
import type { DriftReport, FeatureDrift } from "../lib/drift/report.ts";
import { formatNumber } from "../lib/evaluate/compare.ts";
import { formatPValue } from "../lib/evaluate/significance.ts";
import { MAX_CHART_POINTS, xyChartSource } from "./charts.ts";
import { code, details, plural, table } from "./markdown.ts";

/**
 * A drift report as markdown: a verdict line, a table per feature (drifted first) and a Mermaid
 * chart of each feature's PSI against the usual 0.1 line. The bot's retraining PR body and the
 * drift-check action's job summary show it; `trainyard drift` prints it.
 */

export interface DriftRenderOptions {
  /** The model whose data this is, for the heading. */
  model?: string;
  /** Rows in the table at most (default 100); the rest are counted under it. */
  maxRows?: number;
}

const PSI_LINE = 0.1;
const MINUS = "−";

export function renderDriftReport(report: DriftReport, options: DriftRenderOptions = {}): string {
  const maxRows = options.maxRows ?? 100;
  const drifted = report.features.filter((feature) => feature.drifted);
  const whose = options.model ? ` for ${code(options.model)}` : "";
  const verdict = report.drifted
    ? `⚠️ **Data drift${whose}**: ${drifted.length} of ${plural(report.features.length, "feature")} drifted (${percent(report.share)}), at or above the ${percent(report.threshold)} dataset threshold.`
    : drifted.length > 0
      ? `✅ **No dataset drift${whose}**: ${drifted.length} of ${plural(report.features.length, "feature")} drifted (${percent(report.share)}), below the ${percent(report.threshold)} dataset threshold.`
      : `✅ **No drift${whose}**: none of ${plural(report.features.length, "feature")} drifted.`;
  const source = report.reference.source === "profile" ? "the reference profile" : "the reference data";
  const lines = [
    verdict,
    "",
    `Current data: ${plural(report.current.rows, "row")}, against ${source} (${plural(report.reference.rows, "row")}).`,
    "",
  ];
  const ordered = [...report.features].sort(
    (a, b) => Number(b.drifted) - Number(a.drifted) || (b.psi ?? 0) - (a.psi ?? 0),
  );
  const shown = ordered.slice(0, maxRows);
  lines.push(
    table(
      ["Feature", "Kind", "Test", "Statistic", "p-value", "PSI", "Threshold", "Drift"],
      shown.map((feature) => [
        code(feature.feature, 60, "middle"),
        feature.kind,
        driftTests[feature.test].title,
        statisticText(feature),
        feature.p_value === null ? "—" : `p ${formatPValue(feature.p_value, feature.threshold)}`,
        feature.psi === null ? "—" : number(feature.psi),
        `${driftTests[feature.test].scoredBy === "p_value" ? "p ≤" : "≥"} ${number(feature.threshold)}`,
        feature.drifted ? "⚠️ drifted" : feature.note ? feature.note : "no",
      ]),
      ["l", "l", "l", "r", "r", "r", "r", "l"],
    ),
  );
  if (ordered.length > shown.length)
    lines.push(
      "",
      `…and ${plural(ordered.length - shown.length, "more feature")}, none of them shown above.`,
    );
  const approximate = report.features.filter((feature) => !feature.exact);
  if (approximate.length > 0)
    lines.push(
      "",
      `${plural(approximate.length, "statistic")} came from quantile sketches, not all the values: each is within its error bound (${approximate
        .slice(0, 10)
        .map((feature) => `${code(feature.feature)} ±${feature.error === null ? "?" : number(feature.error)}`)
        .join(", ")}${approximate.length > 10 ? ", …" : ""}).`,
    );
  const chart = psiChart(ordered);
  if (chart) lines.push("", chart);
  if (report.skipped.length > 0)
    lines.push(
      "",
      details(
        `${plural(report.skipped.length, "column")} not checked`,
        report.skipped.map((column) => `- ${code(column.name)}: ${column.reason}`).join("\n"),
      ),
    );
  return `${lines.join("\n")}\n`;
}

function psiChart(features: FeatureDrift[]): string | undefined {
  const withPsi = features.filter((feature) => feature.psi !== null).slice(0, MAX_CHART_POINTS);
  if (withPsi.length === 0) return undefined;
  const values = withPsi.map((feature) => feature.psi as number);
  const source = xyChartSource({
    title: "PSI per feature",
    xAxis: { title: "feature", categories: withPsi.map((feature) => feature.feature) },
    yAxis: { title: "PSI", range: [0, Math.max(PSI_LINE * 1.5, ...values) * 1.1] },
    bars: values,
    lines: [withPsi.map(() => PSI_LINE)],
  });
  const more = features.length > withPsi.length ? ` (the first ${withPsi.length} features)` : "";
  return `\`\`\`mermaid\n${source}\n\`\`\`\n\nBars: each feature's population stability index${more}; line: ${PSI_LINE}, where PSI usually counts as drift.`;
}

function statisticText(feature: FeatureDrift): string {
  if (feature.statistic === null) return feature.note ? "—" : "∞";
  const shown = number(feature.statistic);
  return feature.exact || feature.error === null ? shown : `${shown} ±${number(feature.error)}`;
}

function number(value: number): string {
  return formatNumber(Number(value.toPrecision(4))).replace(/^-/, MINUS);
}

function percent(share: number): string {
  return `${Number((share * 100).toPrecision(3))}%`;
}
