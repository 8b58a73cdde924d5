/**
 * The comparison evaluate writes and report reads: the candidate's metrics beside the baseline's
 * (production, or main's last model), each gate checked with its outcome and a sentence, per
 * metric and per slice, and one verdict.
 *
 * Decisions:
 * - Verdict: "failed" when any gate fails; else "no-baseline" when there is nothing to compare
 *   with (a first model: only min and max are checked, max_drop and max_rise are skipped); else
 *   "ready". `passed` is verdict ≠ "failed".
 * - A gated metric the candidate lacks fails each of its gates, saying so; NaN never passes. A
 *   NaN baseline value fails the gates that compare with it (there is no telling how far the
 *   candidate fell); a baseline that lacks the metric (a new one) skips them.
 * - Floating noise: two values are the same, and a bar is met exactly, within 1e-9 of the larger
 *   magnitude (at least 1e-12): accuracy 0.7999999999999999 meets min 0.8.
 * - Order: metrics named in the gates, in config order, then the others (candidate's and
 *   baseline's) by name in code-point order. Slices: `only`'s order, else the candidate's slices
 *   by name. A slice in `only` the candidate lacks fails its gates; slices only the baseline has
 *   are not listed.
 * - Non-finite numbers survive the JSON file: serializeComparison writes them as the strings
 *   "NaN", "Infinity", "-Infinity", and comparisonSchema reads them back as numbers.
 */

import { formatPath } from "../config/located-document.ts";
import { DataError } from "../errors.ts";
import * as z from "../zod.ts";
import {
  allowedChange,
  type Direction,
  directions,
  type Gate,
  type Gates,
  parseChangeLimit,
  resolveDirection,
  type SliceGates,
} from "./gates.ts";
import { type SignificanceResult, significanceResultSchema } from "./significance.ts";

// ---------------------------------------------------------------------------------------------
// The comparison's shape

const nonFiniteNames = ["NaN", "Infinity", "-Infinity"] as const;

/** A number that may be NaN or ±Infinity, which JSON spells as a string. */
const anyNumber = z.union([
  z.number(),
  z.pipe(
    z.enum(nonFiniteNames),
    z.transform((name) => Number(name)),
  ),
]);

export const gateKinds = ["min", "max", "max_drop", "max_rise"] as const;
export type GateKind = (typeof gateKinds)[number];

export const gateCheckSchema = z.object({
  gate: z.enum(gateKinds),
  /** The bar as written in the config: 0.8, 0.01, "10%". */
  limit: z.union([z.number(), z.string()]),
  outcome: z.enum(["passed", "failed", "skipped"]),
  /** `accuracy 0.912 ≥ min 0.8`, `accuracy dropped 0.013, more than max_drop 0.01` */
  sentence: z.string(),
});
export type GateCheck = z.infer<typeof gateCheckSchema>;

export const metricComparisonSchema = z.object({
  metric: z.string(),
  direction: z.enum(directions),
  /** null: the candidate has no such metric. */
  candidate: z.nullable(anyNumber),
  /** null: no baseline, or the baseline has no such metric. */
  baseline: z.nullable(anyNumber),
  /** candidate − baseline. */
  delta: z.nullable(anyNumber),
  /** delta / |baseline|; null where the baseline is 0 and the delta is not. */
  relativeDelta: z.nullable(anyNumber),
  /** Judged in the metric's direction, within floating noise; null where there is nothing to judge. */
  change: z.nullable(z.enum(["better", "worse", "same"])),
  /** The metric has at least one bar (min, max, max_drop, max_rise). */
  gated: z.boolean(),
  /** No gate of the metric failed. */
  passed: z.boolean(),
  gates: z.array(gateCheckSchema),
  significance: z.optional(significanceResultSchema),
});
export type MetricComparison = z.infer<typeof metricComparisonSchema>;

export const sliceComparisonSchema = z.object({
  slice: z.string(),
  /** False for a slice named in `only` that the candidate's results lack. */
  present: z.boolean(),
  passed: z.boolean(),
  metrics: z.array(metricComparisonSchema),
});
export type SliceComparison = z.infer<typeof sliceComparisonSchema>;

export const verdicts = ["ready", "failed", "no-baseline"] as const;
export type Verdict = (typeof verdicts)[number];

const gateCount = z.int().check(z.minimum(0));

export const comparisonSchema = z.object({
  schemaVersion: z.literal(1),
  verdict: z.enum(verdicts),
  passed: z.boolean(),
  /** What the candidate was compared with: `production v3`, `main@abc1234`; null for a first model. */
  baseline: z.nullable(z.object({ label: z.string() })),
  /** Gate checks over metrics and slices together. */
  gates: z.object({ passed: gateCount, failed: gateCount, skipped: gateCount }),
  /** The sentence of every failed gate, slices prefixed: `country=DE: accuracy 0.65 < min 0.7`. */
  failures: z.array(z.string()),
  metrics: z.array(metricComparisonSchema),
  slices: z.array(sliceComparisonSchema),
});
export type Comparison = z.infer<typeof comparisonSchema>;

// ---------------------------------------------------------------------------------------------
// Comparing

export interface MetricSet {
  metrics: Readonly<Record<string, number>>;
  slices?: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

export interface CompareInput {
  candidate: MetricSet;
  /** `label` names it in sentences and the report: "production v3", "main@abc1234". */
  baseline?: MetricSet & { label: string };
  gates?: Gates;
  sliceGates?: SliceGates;
  /** Paired significance results by metric name (top-level metrics only). */
  significance?: Readonly<Record<string, SignificanceResult>>;
}

const RELATIVE_TOLERANCE = 1e-9;
const ABSOLUTE_TOLERANCE = 1e-12;

/** How far apart two values may be and still count as the same (floating noise). */
export function noiseTolerance(...values: number[]): number {
  const magnitude = Math.max(...values.map((value) => (Number.isFinite(value) ? Math.abs(value) : 0)));
  return Math.max(ABSOLUTE_TOLERANCE, RELATIVE_TOLERANCE * magnitude);
}

interface Scope {
  candidate: Readonly<Record<string, number>> | undefined;
  baseline: Readonly<Record<string, number>> | undefined;
  baselineLabel: string | undefined;
  /** Why a gated metric has no candidate value: `missing from the candidate's metrics`. */
  missing: string;
}

export function compareRuns(input: CompareInput): Comparison {
  const { candidate, baseline } = input;
  const gates = input.gates ?? {};
  const metrics = compareScope(
    {
      candidate: candidate.metrics,
      baseline: baseline?.metrics,
      baselineLabel: baseline?.label,
      missing: "is missing from the candidate's metrics",
    },
    gates,
    (metric) => gates[metric]?.direction,
  ).map((comparison) => {
    const significance = input.significance?.[comparison.metric];
    return significance ? { ...comparison, significance } : comparison;
  });

  const slices = compareSlices(input, gates);
  const failures = [
    ...failedSentences(metrics),
    ...slices.flatMap((slice) =>
      failedSentences(slice.metrics).map((sentence) => `${slice.slice}: ${sentence}`),
    ),
  ];
  const checks = [...metrics, ...slices.flatMap((slice) => slice.metrics)].flatMap((metric) => metric.gates);
  const count = (outcome: GateCheck["outcome"]) => checks.filter((check) => check.outcome === outcome).length;
  const failed = count("failed");
  const verdict: Verdict = failed > 0 ? "failed" : baseline ? "ready" : "no-baseline";
  return {
    schemaVersion: 1,
    verdict,
    passed: verdict !== "failed",
    baseline: baseline ? { label: baseline.label } : null,
    gates: { passed: count("passed"), failed, skipped: count("skipped") },
    failures,
    metrics,
    slices,
  };
}

function compareSlices(input: CompareInput, gates: Gates): SliceComparison[] {
  const sliceGates = input.sliceGates?.gates ?? {};
  const candidateSlices = input.candidate.slices ?? {};
  const baselineSlices = input.baseline?.slices ?? {};
  const names = input.sliceGates?.only ?? Object.keys(candidateSlices).sort(byCodePoint);
  return names.map((slice) => {
    const present = Object.hasOwn(candidateSlices, slice);
    const metrics = compareScope(
      {
        candidate: ownValue(candidateSlices, slice),
        // With a baseline, a slice it lacks has no values (its change gates skip); without, none.
        baseline: input.baseline ? (ownValue(baselineSlices, slice) ?? {}) : undefined,
        baselineLabel: input.baseline?.label,
        missing: present
          ? `is missing from the candidate's slice ${slice}`
          : `is missing: the candidate has no slice ${slice}`,
      },
      sliceGates,
      (metric) => sliceGates[metric]?.direction ?? gates[metric]?.direction,
    );
    return { slice, present, passed: metrics.every((metric) => metric.passed), metrics };
  });
}

function failedSentences(metrics: MetricComparison[]): string[] {
  return metrics.flatMap((metric) =>
    metric.gates.filter((check) => check.outcome === "failed").map((check) => check.sentence),
  );
}

function compareScope(
  scope: Scope,
  gates: Gates,
  writtenDirection: (metric: string) => Direction | undefined,
): MetricComparison[] {
  const named = Object.keys(gates);
  const others = new Set([...Object.keys(scope.candidate ?? {}), ...Object.keys(scope.baseline ?? {})]);
  for (const metric of named) others.delete(metric);
  const ordered = [...named, ...[...others].sort(byCodePoint)];
  return ordered.map((metric) =>
    compareMetric(metric, scope, gates[metric], resolveDirection(metric, writtenDirection(metric))),
  );
}

function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

function valueIn(values: Readonly<Record<string, number>> | undefined, metric: string): number | null {
  return ownValue(values, metric) ?? null;
}

function compareMetric(
  metric: string,
  scope: Scope,
  gate: Gate | undefined,
  direction: Direction,
): MetricComparison {
  const candidate = valueIn(scope.candidate, metric);
  const baseline = valueIn(scope.baseline, metric);
  const delta = candidate !== null && baseline !== null ? candidate - baseline : null;
  const checks = gate ? checkGates(metric, gate, { candidate, baseline }, scope) : [];
  return {
    metric,
    direction,
    candidate,
    baseline,
    delta,
    relativeDelta: relativeDelta(delta, baseline),
    change: judgeChange(candidate, baseline, direction),
    gated: checks.length > 0,
    passed: checks.every((check) => check.outcome !== "failed"),
    gates: checks,
  };
}

function relativeDelta(delta: number | null, baseline: number | null): number | null {
  if (delta === null || baseline === null) return null;
  if (baseline === 0) return delta === 0 ? 0 : null;
  return delta / Math.abs(baseline);
}

function judgeChange(
  candidate: number | null,
  baseline: number | null,
  direction: Direction,
): MetricComparison["change"] {
  if (candidate === null || baseline === null || Number.isNaN(candidate) || Number.isNaN(baseline))
    return null;
  if (candidate === baseline || Math.abs(candidate - baseline) <= noiseTolerance(candidate, baseline)) {
    return "same";
  }
  const rose = candidate > baseline;
  return rose === (direction === "higher") ? "better" : "worse";
}

// ---------------------------------------------------------------------------------------------
// Gate checks and their sentences

interface Values {
  candidate: number | null;
  baseline: number | null;
}

function checkGates(metric: string, gate: Gate, values: Values, scope: Scope): GateCheck[] {
  const checks: GateCheck[] = [];
  if (gate.min !== undefined) checks.push(checkBound(metric, "min", gate.min, values.candidate, scope));
  if (gate.max !== undefined) checks.push(checkBound(metric, "max", gate.max, values.candidate, scope));
  if (gate.max_drop !== undefined) checks.push(checkChange(metric, "max_drop", gate.max_drop, values, scope));
  if (gate.max_rise !== undefined) checks.push(checkChange(metric, "max_rise", gate.max_rise, values, scope));
  return checks;
}

/** Why a gate fails when the candidate's value is missing or NaN. */
function cannotPass(metric: string, value: number | null, bar: string, scope: Scope): string {
  return value === null
    ? `${metric} ${scope.missing}, so ${bar} cannot pass`
    : `${metric} is NaN, so ${bar} cannot pass`;
}

function checkBound(
  metric: string,
  gate: "min" | "max",
  limit: number,
  value: number | null,
  scope: Scope,
): GateCheck {
  const bar = `${gate} ${formatNumber(limit)}`;
  if (value === null || Number.isNaN(value)) {
    return { gate, limit, outcome: "failed", sentence: cannotPass(metric, value, bar, scope) };
  }
  const withinNoise = Math.abs(value - limit) <= noiseTolerance(value, limit);
  const met = withinNoise || (gate === "min" ? value > limit : value < limit);
  const relation = gate === "min" ? (met ? "≥" : "<") : met ? "≤" : ">";
  return {
    gate,
    limit,
    outcome: met ? "passed" : "failed",
    sentence: `${metric} ${formatNumber(value)} ${relation} ${bar}`,
  };
}

function checkChange(
  metric: string,
  gate: "max_drop" | "max_rise",
  written: number | string,
  { candidate, baseline }: Values,
  scope: Scope,
): GateCheck {
  const limit = parseChangeLimit(written);
  const bar = `${gate} ${limit.text}`;
  const result = (outcome: GateCheck["outcome"], sentence: string): GateCheck => ({
    gate,
    limit: written,
    outcome,
    sentence,
  });
  if (scope.baselineLabel === undefined) {
    return result("skipped", `${metric}: no baseline to compare with, so ${bar} was not checked`);
  }
  if (candidate === null || Number.isNaN(candidate))
    return result("failed", cannotPass(metric, candidate, bar, scope));
  if (baseline === null) {
    return result("skipped", `${metric} has no value in ${scope.baselineLabel}, so ${bar} was not checked`);
  }
  if (Number.isNaN(baseline)) {
    return result("failed", `${metric} is NaN in ${scope.baselineLabel}, so ${bar} cannot pass`);
  }

  // A fall for max_drop, a rise for max_rise: positive is the way the gate limits.
  const change = gate === "max_drop" ? baseline - candidate : candidate - baseline;
  const allowed = allowedChange(limit, baseline);
  const noise = noiseTolerance(candidate, baseline);
  const unchanged = Math.abs(change) <= noise;
  const passed = unchanged || change <= allowed + noise;
  const movement = unchanged
    ? "is unchanged"
    : `${candidate > baseline ? "rose" : "dropped"} ${formatMovement(Math.abs(change), baseline, limit.kind)}`;
  const relation = passed ? "within" : "more than";
  return result(passed ? "passed" : "failed", `${metric} ${movement}, ${relation} ${bar}`);
}

/** `0.013`, or for a relative bar `12.5%` of the baseline (`3 from a baseline of 0` when it is 0). */
function formatMovement(amount: number, baseline: number, kind: "absolute" | "relative"): string {
  if (kind === "absolute") return formatNumber(amount);
  if (baseline === 0) return `${formatNumber(amount)} from a baseline of 0`;
  return formatPercent(amount / Math.abs(baseline));
}

/** Up to six significant digits, no trailing zeros: 0.013000000000000012 → `0.013`. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value) || Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(6)));
}

/** 0.125 → `12.5%` (three significant digits). */
export function formatPercent(fraction: number): string {
  return `${Number((fraction * 100).toPrecision(3))}%`;
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// The JSON file

/** The comparison as JSON, with NaN and ±Infinity written as strings so they read back. */
export function serializeComparison(comparison: Comparison): string {
  return `${JSON.stringify(
    comparison,
    (_key, value: unknown) => (typeof value === "number" && !Number.isFinite(value) ? String(value) : value),
    2,
  )}\n`;
}

/** Reads a comparison file evaluate wrote; a DataError names the file and the field that is wrong. */
export function parseComparison(text: string, file: string): Comparison {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new DataError(`not a comparison file: invalid JSON (${(error as Error).message})`, { file });
  }
  const result = comparisonSchema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const location = issue.path.length > 0 ? { file, field: formatPath(issue.path) } : { file };
  throw new DataError(`not a comparison file evaluate wrote: ${issue.message}`, location);
}
