import type { MetricComparison } from "../lib/evaluate/compare.ts";
import type { HistoryPoint } from "../lib/runs/run-record.ts";
import { cell, code, oneLine, shorten } from "./markdown.ts";

/**
 * Mermaid `xychart-beta` charts, which GitHub draws in comments. GitHub's Mermaid lags upstream,
 * so only the chart's first syntax is used: title, x-axis categories, y-axis title and range,
 * `bar` and `line` without names. The chart has no legend, so two series are told apart by kind
 * (bars for the baseline or the versions, a line for the candidate) and a caption says which is
 * which. A series must have one value per category: Mermaid reads values by position.
 */

/** Points on the x-axis at most: more do not read, and each costs characters. */
export const MAX_CHART_POINTS = 50;
/** Registered versions shown at most, the latest ones. */
export const MAX_VERSIONS_SHOWN = 12;
const MAX_LABEL_LENGTH = 40;

/** The metric values of one registered version of the model. */
export interface VersionMetrics {
  version: number;
  metrics: Record<string, number>;
}

export interface XyChart {
  title: string;
  xAxis: { title: string; categories: string[] };
  yAxis: { title: string; range?: readonly [number, number] };
  bars?: number[];
  lines: number[][];
}

/**
 * Text as a quoted Mermaid label: one line, no quote (a label cannot hold one), no backtick (it
 * could end the markdown fence or start a markdown label), no angle bracket, no `#` (Mermaid
 * reads `#name;` as an entity), no `%%` (after the opening quote Mermaid's lexer takes it for a
 * comment to the end of the line), never empty.
 */
export function mermaidLabel(text: string): string {
  const flat = oneLine(text)
    .replace(/\p{Cc}/gu, " ")
    .replace(/["`]/g, "'")
    .replace(/</g, "‹")
    .replace(/>/g, "›")
    .replace(/#/g, "＃")
    .replace(/%(?=%)/g, "%\u200b");
  const cut = shorten(flat, MAX_LABEL_LENGTH);
  return `"${cut.trim() === "" ? "(unnamed)" : cut}"`;
}

/** A finite number as Mermaid reads it: six significant digits, never an exponent. */
export function mermaidNumber(value: number): string {
  const rounded = Number(value.toPrecision(6));
  if (rounded === 0) return "0";
  const text = String(rounded);
  if (!text.includes("e")) return text;
  const [mantissa = "", exponentText = ""] = Math.abs(rounded).toExponential().split("e");
  const digits = mantissa.replace(".", "");
  const exponent = Number(exponentText);
  const sign = rounded < 0 ? "-" : "";
  return exponent >= 0
    ? `${sign}${digits}${"0".repeat(exponent - (digits.length - 1))}`
    : `${sign}0.${"0".repeat(-exponent - 1)}${digits}`;
}

export function xyChartSource(chart: XyChart): string {
  const lines = [
    "xychart-beta",
    `  title ${mermaidLabel(chart.title)}`,
    `  x-axis ${mermaidLabel(chart.xAxis.title)} [${chart.xAxis.categories.map(mermaidLabel).join(", ")}]`,
    `  y-axis ${mermaidLabel(chart.yAxis.title)}${
      chart.yAxis.range
        ? ` ${mermaidNumber(chart.yAxis.range[0])} --> ${mermaidNumber(chart.yAxis.range[1])}`
        : ""
    }`,
  ];
  const series = (values: number[]) => `[${values.map(mermaidNumber).join(", ")}]`;
  if (chart.bars) lines.push(`  bar ${series(chart.bars)}`);
  for (const line of chart.lines) lines.push(`  line ${series(line)}`);
  return lines.join("\n");
}

/** The chart as a fenced block, with a caption under it. */
function chartBlock(chart: XyChart, caption: string): string {
  return `\`\`\`mermaid\n${xyChartSource(chart)}\n\`\`\`\n\n${caption}`;
}

/**
 * A y-axis range around the values with a margin, so that the lowest bar still shows (Mermaid's
 * own range starts at the lowest value), rounded to two significant digits of the spread; from 0
 * when no value is below 0 and the margin would cross it. Undefined where doubles cannot hold it.
 */
export function paddedRange(values: number[]): readonly [number, number] | undefined {
  const low = Math.min(...values);
  const high = Math.max(...values);
  const spread = high - low;
  const margin = spread > 0 ? spread * 0.15 : Math.abs(high) * 0.1 || 1;
  const step = 10 ** (Math.floor(Math.log10(spread + 2 * margin)) - 1);
  const from = Math.floor((low - margin) / step) * step;
  const to = Math.ceil((high + margin) / step) * step;
  // Near the ends of the doubles (denormals, 1e308) the rounding step underflows or overflows.
  if (!(step > 0) || !Number.isFinite(from) || !Number.isFinite(to)) return undefined;
  return [low >= 0 && from < 0 ? 0 : from, to];
}

/** Up to `count` items spread evenly, the first and the last kept. */
function spreadEvenly<T>(items: T[], count: number): T[] {
  if (items.length <= count) return items;
  return Array.from(
    { length: count },
    (_, index) => items[Math.round((index * (items.length - 1)) / (count - 1))] as T,
  );
}

// ---------------------------------------------------------------------------------------------
// Training history

interface Series {
  steps: number[];
  values: number[];
}

/** A metric's finite values by step, in step order (the last value of a repeated step kept). */
function seriesOf(history: HistoryPoint[], metric: string): Series {
  const byStep = new Map<number, number>();
  for (const point of history) {
    const value = point[metric];
    if (Number.isFinite(point.step) && typeof value === "number" && Number.isFinite(value))
      byStep.set(point.step, value);
  }
  const steps = [...byStep.keys()].sort((a, b) => a - b);
  return { steps, values: steps.map((step) => byStep.get(step) as number) };
}

/** The series' value at `step`, linear between its points, held at its ends outside them. */
function valueAt(series: Series, step: number): number {
  const { steps, values } = series;
  const after = steps.findIndex((known) => known >= step);
  if (after === 0) return values[0] as number;
  if (after < 0) return values[values.length - 1] as number;
  const [fromStep, toStep] = [steps[after - 1] as number, steps[after] as number];
  const [fromValue, toValue] = [values[after - 1] as number, values[after] as number];
  return fromValue + ((toValue - fromValue) * (step - fromStep)) / (toStep - fromStep);
}

/**
 * The history metric to draw: `loss`, then a training loss (`train_loss`, `train.loss`), then any
 * loss, then any metric; one the baseline also has first among equals. Needs two steps or more.
 */
export function pickHistoryMetric(
  candidate: HistoryPoint[],
  baseline: HistoryPoint[] = [],
): string | undefined {
  const names = [...new Set(candidate.flatMap((point) => Object.keys(point)))].filter(
    (name) => name !== "step" && seriesOf(candidate, name).steps.length >= 2,
  );
  const inBaseline = new Set(baseline.flatMap((point) => Object.keys(point)));
  const rank = (name: string) => {
    const kind = /^loss$/i.test(name)
      ? 0
      : /^(train(ing)?[._-]?)loss$/i.test(name)
        ? 1
        : /loss/i.test(name)
          ? 2
          : 3;
    return kind * 2 + (inBaseline.has(name) ? 0 : 1);
  };
  return names
    .map((name, order) => ({ name, order }))
    .sort((a, b) => rank(a.name) - rank(b.name) || a.order - b.order)[0]?.name;
}

export interface BaselineHistory {
  /** `production v3` */
  label: string;
  history: HistoryPoint[];
}

/**
 * The candidate's training history of one metric (a line) over the candidate's steps, with the
 * baseline's (bars) read at the same steps when it has the metric. Undefined without two steps.
 */
export function trainingHistoryChart(
  candidate: HistoryPoint[],
  baseline?: BaselineHistory,
): string | undefined {
  const metric = pickHistoryMetric(candidate, baseline?.history);
  if (metric === undefined) return undefined;
  const candidateSeries = seriesOf(candidate, metric);
  const steps = spreadEvenly(candidateSeries.steps, MAX_CHART_POINTS);
  const line = steps.map((step) => valueAt(candidateSeries, step));
  const baselineSeries = baseline ? seriesOf(baseline.history, metric) : undefined;
  const bars =
    baselineSeries && baselineSeries.steps.length > 0
      ? steps.map((step) => valueAt(baselineSeries, step))
      : undefined;
  const range = paddedRange([...line, ...(bars ?? [])]);
  const chart: XyChart = {
    title: `${shorten(metric, 28, "middle")} per step`,
    xAxis: { title: "step", categories: steps.map((step) => mermaidNumber(step)) },
    yAxis: { title: metric, ...(range ? { range } : {}) },
    lines: [line],
    ...(bars ? { bars } : {}),
  };
  const sampled =
    steps.length < candidateSeries.steps.length
      ? ` (${steps.length} of ${candidateSeries.steps.length} steps)`
      : "";
  let caption = `${code(metric, 60)} per step${sampled}. Line: this pull request's candidate.`;
  if (baseline && baselineSeries && bars) {
    const first = baselineSeries.steps[0] as number;
    const last = baselineSeries.steps[baselineSeries.steps.length - 1] as number;
    const held = (steps[0] as number) < first || (steps[steps.length - 1] as number) > last;
    caption += ` Bars: ${cell(baseline.label)}${held ? `, which ran steps ${mermaidNumber(first)} to ${mermaidNumber(last)} and is held at its nearest value outside them` : ""}.`;
  } else if (baseline) {
    caption += ` ${cell(baseline.label)} has no ${code(metric, 60)} history to compare with.`;
  }
  return chartBlock(chart, caption);
}

// ---------------------------------------------------------------------------------------------
// A metric across registered versions

/**
 * One metric of the last registered versions (bars) with the candidate as the last bar, and the
 * metric's min and max gates as flat lines. Undefined with fewer than two bars, or no version.
 */
export function versionsChart(metric: MetricComparison, versions: VersionMetrics[]): string | undefined {
  const known = versions
    .map((entry) => ({ version: entry.version, value: entry.metrics[metric.metric] }))
    .filter((entry): entry is { version: number; value: number } => Number.isFinite(entry.value))
    .sort((a, b) => a.version - b.version)
    .slice(-MAX_VERSIONS_SHOWN);
  const candidate =
    metric.candidate !== null && Number.isFinite(metric.candidate) ? metric.candidate : undefined;
  const bars = [...known.map((entry) => entry.value), ...(candidate === undefined ? [] : [candidate])];
  if (known.length === 0 || bars.length < 2) return undefined;
  const categories = [
    ...known.map((entry) => `v${entry.version}`),
    ...(candidate === undefined ? [] : ["this PR"]),
  ];
  const bounds = metric.gates.filter(
    (check): check is typeof check & { limit: number } =>
      (check.gate === "min" || check.gate === "max") && typeof check.limit === "number",
  );
  const range = paddedRange([...bars, ...bounds.map((check) => check.limit)]);
  const chart: XyChart = {
    title: `${shorten(metric.metric, 28, "middle")} by version`,
    xAxis: { title: "version", categories },
    yAxis: { title: metric.metric, ...(range ? { range } : {}) },
    bars,
    lines: bounds.map((check) => categories.map(() => check.limit)),
  };
  const versionsText = `the last ${known.length === 1 ? "registered version" : `${known.length} registered versions`}`;
  const candidateText =
    candidate === undefined
      ? "; the candidate has no value to show"
      : " and this pull request's candidate (the last bar)";
  const gateText =
    bounds.length > 0
      ? ` ${bounds.length === 1 ? "Line" : "Lines"}: the ${bounds.map((check) => `${check.gate} gate ${mermaidNumber(check.limit)}`).join(" and the ")}.`
      : "";
  return chartBlock(
    chart,
    `${code(metric.metric, 60)} by version. Bars: ${versionsText}${candidateText}.${gateText}`,
  );
}
