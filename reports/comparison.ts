import type { Comparison, GateCheck, MetricComparison, SliceComparison } from "../lib/evaluate/compare.ts";
import { formatNumber, formatPercent } from "../lib/evaluate/compare.ts";
import { type DropStep, fitToBudget, JOB_SUMMARY_BUDGET, type Rendition, type Section } from "./budget.ts";
import { cell, code, details, plural, table } from "./markdown.ts";

/**
 * The metric comparison a reviewer reads: a verdict line with counts, one row per metric with
 * the baseline, the candidate, the change (an arrow for where the number went and a word for
 * whether that is good, since GitHub's markdown has no colours), the gates and the significance,
 * then one row per slice. Each part comes in renditions for the length budget (see budget.ts).
 */

/** Up to this many metrics share one table; past it, the ungated ones fold into a <details>. */
export const FEW_METRICS = 10;
/** Ungated metric rows kept when the report must be shortened. */
export const UNGATED_ROWS_WHEN_SHORT = 100;
/** Rows of the main metric table kept at the barest. */
export const MAIN_ROWS_AT_MOST = 50;
/** Up to this many slices show in the open; past it, the passing ones fold into a <details>. */
export const FEW_SLICES = 5;
/** Failing slice rows, and passing slice rows, kept when the report must be shortened. */
export const SLICE_ROWS_WHEN_SHORT = 20;
/** Failing slices named when the slice tables are left out. */
export const FAILING_SLICES_NAMED = 20;
/** Metric columns of the slice table. */
export const SLICE_METRIC_COLUMNS = 4;
/** Failed gates listed under the verdict. */
export const FAILURES_LISTED = 10;

const MINUS = "\u2212";

// ---------------------------------------------------------------------------------------------
// Values, changes and gates as table text

/** A value, or `—` with the word for why there is none. */
function formatValue(value: number | null, absentWord: string): string {
  if (value === null) return `— ${absentWord}`;
  if (Number.isNaN(value)) return "— NaN";
  if (value === Number.POSITIVE_INFINITY) return "∞";
  if (value === Number.NEGATIVE_INFINITY) return `${MINUS}∞`;
  return formatNumber(value).replace(/^-/, MINUS);
}

function signed(value: number): string {
  const magnitude = formatValue(Math.abs(value), "");
  return value > 0 ? `+${magnitude}` : value < 0 ? `${MINUS}${magnitude}` : magnitude;
}

/** `▲ +0.012 better`, `▼ −3 worse`, `= same`; `— NaN` where NaN leaves nothing to judge. */
function formatChange(metric: MetricComparison): string {
  if (metric.delta === null) return "";
  if (metric.change === null) return "— NaN";
  if (metric.change === "same") return "= same";
  return `${metric.delta > 0 ? "▲" : "▼"} ${signed(metric.delta)} ${metric.change}`;
}

function formatRelativeChange(metric: MetricComparison): string {
  if (metric.delta === null) return "";
  if (metric.change === "same") return "0%";
  const relative = metric.relativeDelta;
  if (relative === null) return "— from 0";
  if (Number.isNaN(relative)) return "— NaN";
  if (!Number.isFinite(relative)) return relative > 0 ? "+∞" : `${MINUS}∞`;
  const text = formatPercent(Math.abs(relative));
  return relative > 0 ? `+${text}` : relative < 0 ? `${MINUS}${text}` : text;
}

const GATE_ICONS: Record<GateCheck["outcome"], string> = { passed: "✅", failed: "❌", skipped: "➖" };

function formatGates(checks: GateCheck[]): string {
  return checks
    .map((check) => {
      const limit = typeof check.limit === "number" ? formatValue(check.limit, "") : cell(check.limit, 20);
      return `${GATE_ICONS[check.outcome]} ${check.gate} ${limit}${check.outcome === "skipped" ? " skipped" : ""}`;
    })
    .join("<br>");
}

function failedSentences(metrics: MetricComparison[]): string[] {
  return metrics.flatMap((metric) =>
    metric.gates.filter((check) => check.outcome === "failed").map((check) => check.sentence),
  );
}

// ---------------------------------------------------------------------------------------------
// The verdict

export function verdictSection(comparison: Comparison, model: string): Section<"verdict"> {
  const lines = [headline(comparison, model), "", counts(comparison)];
  const { failures } = comparison;
  if (failures.length > 0) {
    lines.push("", ...failures.slice(0, FAILURES_LISTED).map((sentence) => `- ❌ ${cell(sentence, 200)}`));
    if (failures.length > FAILURES_LISTED)
      lines.push(`- … and ${plural(failures.length - FAILURES_LISTED, "more failed gate")}`);
  }
  return { name: "verdict", renditions: [{ text: lines.join("\n"), leftOut: [] }] };
}

function headline(comparison: Comparison, model: string): string {
  const name = code(model, 80);
  switch (comparison.verdict) {
    case "ready":
      return `### ✅ ${name}: ready to promote, better or level with ${cell(comparison.baseline?.label ?? "")}`;
    case "failed":
      return `### ❌ ${name}: gate failed, not ready to promote`;
    case "no-baseline":
      return `### ⚠️ ${name}: no baseline yet, a first model checked against absolute bars only`;
  }
}

/** `**3 of 7 gates failed**, 4 passed · against production v3: 2 metrics better, 1 worse · 12 slices, 2 failing` */
function counts(comparison: Comparison): string {
  const { passed, failed, skipped } = comparison.gates;
  const total = passed + failed + skipped;
  const label = comparison.baseline ? cell(comparison.baseline.label) : undefined;
  const parts: string[] = [];
  if (total === 0) parts.push("no gates set");
  else if (failed > 0) parts.push(`**${failed} of ${plural(total, "gate")} failed**`);
  else parts.push(`**${plural(passed, "gate")} passed**`);
  const others = [
    failed > 0 && passed > 0 ? `${passed} passed` : "",
    skipped > 0 ? `${skipped} skipped${label ? "" : " (change gates need a baseline)"}` : "",
  ].filter(Boolean);
  if (others.length > 0) parts[0] += `, ${others.join(", ")}`;
  if (label) {
    const changes = (["better", "worse", "same"] as const)
      .map((change) => [change, comparison.metrics.filter((m) => m.change === change).length] as const)
      .filter(([, count]) => count > 0)
      .map(([change, count], index) => {
        const word = change === "same" ? "the same" : change;
        return index === 0 ? `${plural(count, "metric")} ${word}` : `${count} ${word}`;
      });
    // A ready verdict names the baseline in its headline already.
    const against = comparison.verdict === "ready" ? "" : `against ${label}`;
    const said = [against, changes.join(", ")].filter(Boolean).join(": ");
    if (said) parts.push(said);
  }
  const { slices } = comparison;
  if (slices.length > 0) {
    const failing = slices.filter((slice) => !slice.passed).length;
    parts.push(`${plural(slices.length, "slice")}, ${failing > 0 ? `${failing} failing` : "all passing"}`);
  }
  return parts.join(" · ");
}

// ---------------------------------------------------------------------------------------------
// The metric table

function metricTable(metrics: MetricComparison[], comparison: Comparison): string {
  const label = comparison.baseline?.label;
  const withSignificance = comparison.metrics.some((metric) => metric.significance !== undefined);
  const header = label
    ? ["metric", cell(label, 40), "candidate", "Δ", "Δ%", "gate"]
    : ["metric", "candidate", "gate"];
  const align: Array<"l" | "r"> = label ? ["l", "r", "r", "r", "r", "l"] : ["l", "r", "l"];
  if (withSignificance) {
    header.push("significance");
    align.push("l");
  }
  const rows = metrics.map((metric) => {
    const candidate = `**${formatValue(metric.candidate, "missing")}**`;
    const row = label
      ? [
          code(metric.metric, 60, "middle"),
          formatValue(metric.baseline, "new"),
          candidate,
          formatChange(metric),
          formatRelativeChange(metric),
        ]
      : [code(metric.metric, 60, "middle"), candidate];
    row.push(formatGates(metric.gates));
    if (withSignificance) row.push(metric.significance ? cell(metric.significance.sentence, 120) : "");
    return row;
  });
  return table(header, rows, align, { compact: true });
}

function changeCounts(metrics: MetricComparison[]): string {
  const worse = metrics.filter((metric) => metric.change === "worse").length;
  const better = metrics.filter((metric) => metric.change === "better").length;
  return better + worse > 0 ? ` (${better} better, ${worse} worse)` : "";
}

/**
 * Renditions: 0 every row (ungated ones folded when there are many); 1 ungated rows beyond the
 * first UNGATED_ROWS_WHEN_SHORT left out; 2 all ungated rows left out; 3 the main table cut to
 * MAIN_ROWS_AT_MOST rows, failing ones first.
 */
export function metricsSection(comparison: Comparison): Section<"metrics"> {
  const heading = "#### Metrics";
  const { metrics } = comparison;
  if (metrics.length === 0) {
    const text = `${heading}\n\nThe candidate reported no metrics.`;
    return { name: "metrics", renditions: [{ text, leftOut: [] }] };
  }
  const headlineMetrics =
    metrics.length <= FEW_METRICS
      ? metrics
      : metrics.filter((metric) => metric.gated || metric.significance !== undefined);
  const main = headlineMetrics.length > 0 ? headlineMetrics : metrics.slice(0, FEW_METRICS);
  const inMain = new Set(main);
  const others = metrics.filter((metric) => !inMain.has(metric));
  const othersSummary = `${plural(others.length, "more metric")}, not gated${changeCounts(others)}`;

  const render = (mainRows: MetricComparison[], otherRows: MetricComparison[] | "none"): string => {
    const parts = [heading, "", metricTable(mainRows, comparison)];
    if (mainRows.length < main.length)
      parts.push("", `… and ${plural(main.length - mainRows.length, "more row")}, left out to fit.`);
    if (others.length === 0) return parts.join("\n");
    if (otherRows === "none") {
      parts.push("", `${othersSummary}: left out to fit.`);
      return parts.join("\n");
    }
    const cut = others.length - otherRows.length;
    const body =
      metricTable(otherRows, comparison) + (cut > 0 ? `\n\n… and ${cut} more, left out to fit.` : "");
    parts.push("", details(othersSummary, body));
    return parts.join("\n");
  };
  const ungatedCut = Math.max(0, others.length - UNGATED_ROWS_WHEN_SHORT);
  const failingFirst = [
    ...main.filter((metric) => !metric.passed),
    ...main.filter((metric) => metric.passed),
  ];
  const mainCut = Math.max(0, main.length - MAIN_ROWS_AT_MOST);
  const allOthersLeftOut =
    others.length > 0 ? [`the rows of all ${plural(others.length, "ungated metric")}`] : [];
  const renditions: Rendition[] = [
    { text: render(main, others), leftOut: [] },
    {
      text: render(main, others.slice(0, UNGATED_ROWS_WHEN_SHORT)),
      leftOut:
        ungatedCut > 0
          ? [
              `the rows of ${plural(ungatedCut, "ungated metric")} beyond the first ${UNGATED_ROWS_WHEN_SHORT}`,
            ]
          : [],
    },
    { text: render(main, "none"), leftOut: allOthersLeftOut },
    {
      text: render(failingFirst.slice(0, MAIN_ROWS_AT_MOST), "none"),
      leftOut: [
        ...(mainCut > 0
          ? [`the rows of ${plural(mainCut, "metric")} beyond the first ${MAIN_ROWS_AT_MOST}`]
          : []),
        ...allOthersLeftOut,
      ],
    },
  ];
  return { name: "metrics", renditions };
}

// ---------------------------------------------------------------------------------------------
// The slice table

function unique(names: string[]): string[] {
  return [...new Set(names)];
}

function sliceColumns(slices: SliceComparison[]): { shown: string[]; total: number } {
  const all = unique(slices.flatMap((slice) => slice.metrics.map((metric) => metric.metric)));
  const gated = unique(slices.flatMap((slice) => slice.metrics.filter((m) => m.gated).map((m) => m.metric)));
  return { shown: (gated.length > 0 ? gated : all).slice(0, SLICE_METRIC_COLUMNS), total: all.length };
}

function sliceResult(slice: SliceComparison): string {
  if (!slice.present) return "❌ not in the candidate's results";
  if (slice.passed) return "✅ passed";
  const failures = failedSentences(slice.metrics);
  const more = failures.length > 1 ? ` (+${failures.length - 1} more)` : "";
  return `❌ ${cell(failures[0] ?? "failed", 80)}${more}`;
}

function sliceTable(slices: SliceComparison[], columns: string[], withBaseline: boolean): string {
  const rows = slices.map((slice) => [
    code(slice.slice, 60, "middle"),
    sliceResult(slice),
    ...columns.map((name) => {
      const metric = slice.metrics.find((entry) => entry.metric === name);
      if (!metric) return "";
      const value = formatValue(metric.candidate, "missing");
      const change = withBaseline ? formatChange(metric) : "";
      return change ? `${value} (${change})` : value;
    }),
  ]);
  const header = ["slice", "result", ...columns.map((name) => code(name, 30, "middle"))];
  return table(header, rows, ["l", "l", ...columns.map(() => "r" as const)], { compact: true });
}

/**
 * Renditions: 0 every slice (passing ones folded when there are many); 1 at most
 * SLICE_ROWS_WHEN_SHORT failing and as many passing rows; 2 the failing slices by name only;
 * 3 counts only. Undefined when the comparison has no slices.
 */
export function slicesSection(comparison: Comparison): Section<"slices"> | undefined {
  const { slices } = comparison;
  if (slices.length === 0) return undefined;
  const heading = "#### Slices";
  const failing = slices.filter((slice) => !slice.passed);
  const passing = slices.filter((slice) => slice.passed);
  const columns = sliceColumns(slices);
  const withBaseline = comparison.baseline !== null;
  const countLine = `${plural(slices.length, "slice")}, ${failing.length > 0 ? `${failing.length} failing` : "all passing"}.`;
  const columnsNote =
    columns.total > columns.shown.length
      ? `Columns: ${columns.shown.length} of the slices' ${columns.total} metrics; all are in the comparison file.`
      : "";

  const render = (rowsAtMost: number): string => {
    const shownFailing = failing.slice(0, rowsAtMost);
    const shownPassing = passing.slice(0, rowsAtMost);
    const cutNote = (cut: number, kind: string) =>
      cut > 0 ? `\n\n… and ${plural(cut, `more ${kind} slice`)}, left out to fit.` : "";
    const parts = [heading, "", countLine];
    if (slices.length <= FEW_SLICES) {
      parts.push("", sliceTable([...failing, ...passing], columns.shown, withBaseline));
    } else {
      if (failing.length > 0)
        parts.push(
          "",
          sliceTable(shownFailing, columns.shown, withBaseline) +
            cutNote(failing.length - shownFailing.length, "failing"),
        );
      if (passing.length > 0)
        parts.push(
          "",
          details(
            plural(passing.length, "passing slice"),
            sliceTable(shownPassing, columns.shown, withBaseline) +
              cutNote(passing.length - shownPassing.length, "passing"),
          ),
        );
    }
    if (columnsNote) parts.push("", columnsNote);
    return parts.join("\n");
  };

  const named = failing.slice(0, FAILING_SLICES_NAMED).map((slice) => code(slice.slice, 60, "middle"));
  const unnamed = failing.length - named.length;
  const failingNames =
    failing.length > 0
      ? `Failing: ${named.join(", ")}${unnamed > 0 ? `, and ${plural(unnamed, "more")}` : ""}.`
      : "";
  const rowsCut =
    Math.max(0, failing.length - SLICE_ROWS_WHEN_SHORT) + Math.max(0, passing.length - SLICE_ROWS_WHEN_SHORT);
  const tablesLeftOut = [`the slice table of ${plural(slices.length, "slice")}`];
  return {
    name: "slices",
    renditions: [
      { text: render(slices.length), leftOut: [] },
      {
        text: render(SLICE_ROWS_WHEN_SHORT),
        leftOut: rowsCut > 0 && slices.length > FEW_SLICES ? [`the rows of ${plural(rowsCut, "slice")}`] : [],
      },
      {
        text: [heading, "", countLine, ...(failingNames ? ["", failingNames] : [])].join("\n"),
        leftOut: tablesLeftOut,
      },
      {
        text: [heading, "", countLine].join("\n"),
        leftOut: [...tablesLeftOut, ...(failing.length > 0 ? ["the names of the failing slices"] : [])],
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// The evaluate step's job summary

export type ComparisonSectionName = "verdict" | "metrics" | "slices";

/** What the job summary gives up first when a comparison is too long for it. */
export const COMPARISON_DROP_ORDER: readonly DropStep<ComparisonSectionName>[] = [
  { section: "slices", level: 1 },
  { section: "metrics", level: 1 },
  { section: "metrics", level: 2 },
  { section: "slices", level: 2 },
  { section: "metrics", level: 3 },
  { section: "slices", level: 3 },
];

/** The comparison alone, as the evaluate step's job summary, within the 1 MiB a summary may hold. */
export function renderComparison(comparison: Comparison, model: string): string {
  const sections = [
    verdictSection(comparison, model),
    metricsSection(comparison),
    slicesSection(comparison),
  ].filter((section): section is Section<ComparisonSectionName> => section !== undefined);
  const leftOutNote = (leftOut: string[]) =>
    `> [!NOTE]\n> Shortened to fit a job summary's 1 MiB. Left out: ${leftOut.join("; ")}. Every number is in the comparison file.`;
  return fitToBudget({ sections, leftOutNote }, COMPARISON_DROP_ORDER, JOB_SUMMARY_BUDGET).text;
}
