import { createRequire as __trainyardCreateRequire } from "node:module";
const require = __trainyardCreateRequire(import.meta.url);
import {
  _default,
  _enum,
  _gte,
  _lte,
  _minLength,
  _regex,
  array,
  boolean,
  describe,
  int,
  literal,
  nullable,
  number,
  object,
  optional,
  pipe,
  record,
  strictObject,
  string,
  superRefine,
  transform,
  union
} from "./chunk-GTQZ2Z3F.js";

// lib/evaluate/gates.ts
var directions = ["higher", "lower"];
var lowerIsBetterNameParts = [
  "loss",
  "error",
  "mae",
  "mse",
  "rmse",
  "latency",
  "perplexity"
];
var percentPattern = /^(\d+(\.\d*)?|\.\d+)%$/;
var percentText = string().check(
  _regex(percentPattern, {
    error: (issue) => `expected a number or a percentage of the baseline such as "2%", got ${JSON.stringify(issue.input)}`
  })
);
var changeLimit = union([percentText, number()]).check(
  superRefine((limit, context) => {
    if (typeof limit === "number" && limit < 0) {
      context.addIssue({
        code: "custom",
        message: `expected a number \u2265 0 or a percentage such as "2%", got ${limit}`
      });
    }
  }),
  describe(
    `An amount in the metric's own units (0.01), or a percentage of the baseline's value ("2%").`
  )
);
var gateSpec = strictObject({
  direction: optional(_enum(directions)).check(
    describe(
      'Which way is better. Default: "lower" for names containing loss, error, mae, mse, rmse, latency or perplexity, else "higher".'
    )
  ),
  min: optional(number()).check(describe("The value must be at least this.")),
  max: optional(number()).check(describe("The value must be at most this.")),
  max_drop: optional(changeLimit).check(
    describe('How far a higher-is-better value may fall below the baseline: 0.01, or "2%" of it.')
  ),
  max_rise: optional(changeLimit).check(describe('How far a lower-is-better value may rise above the baseline: 5, or "10%" of it.'))
}).check(
  superRefine((gate, context) => {
    if (gate.min !== void 0 && gate.max !== void 0 && gate.min > gate.max) {
      context.addIssue({
        code: "custom",
        path: ["min"],
        message: `min ${gate.min} is greater than max ${gate.max}`
      });
    }
  }),
  describe("Bars one metric must clear; a metric listed with no bar is reported but not gated.")
);
var metricName = string().check(_minLength(1));
var gatesSpec = record(metricName, gateSpec).check(
  superRefine(
    (gates, context) => {
      if (!isRecord(gates)) return;
      for (const [metric, gate] of Object.entries(gates)) checkChangeDirection(metric, gate, context);
    },
    // Also when another gate has a problem, so that one reading lists every problem.
    { when: () => true }
  ),
  describe("Gates on the model's metrics, keyed by metric name (nested names joined with '.').")
);
var slicesSpec = strictObject({
  gates: _default(gatesSpec, {}).check(describe("Gates applied to every slice's metrics.")),
  only: optional(array(string().check(_minLength(1))).check(_minLength(1))).check(
    describe(`Check only these slices (e.g. "country=DE"); each must be in the candidate's results.`)
  )
}).check(
  superRefine((slices, context) => {
    const seen = /* @__PURE__ */ new Map();
    slices.only?.forEach((slice, index) => {
      const first = seen.get(slice);
      if (first !== void 0) {
        context.addIssue({
          code: "custom",
          path: ["only", index],
          message: `${JSON.stringify(slice)} is listed twice (also only[${first}])`
        });
      } else {
        seen.set(slice, index);
      }
    });
  }),
  describe("Per-slice gates: the same bars, applied to each slice's metrics.")
);
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function checkChangeDirection(metric, gate, context) {
  if (!isRecord(gate)) return;
  const written = gate.direction;
  if (written !== void 0 && written !== "higher" && written !== "lower") return;
  const direction = resolveDirection(metric, written);
  const misplaced = direction === "higher" ? "max_rise" : "max_drop";
  if (gate[misplaced] === void 0) return;
  const fitting = direction === "higher" ? "max_drop" : "max_rise";
  const why = written === void 0 ? ` (inferred from its name: write direction: ${direction === "higher" ? "lower" : "higher"} if it is not)` : "";
  const wrongWay = misplaced === "max_drop" ? "falls" : "rises";
  context.addIssue({
    code: "custom",
    path: [metric, misplaced],
    message: `${metric} is ${direction}-is-better${why}, so a limit on how far it ${wrongWay} would fail the gate when the model improves: use ${fitting}`
  });
}
function resolveDirection(metric, written) {
  if (written) return written;
  const name = metric.toLowerCase();
  return lowerIsBetterNameParts.some((part) => name.includes(part)) ? "lower" : "higher";
}
function parseChangeLimit(limit) {
  if (typeof limit === "number") return { kind: "absolute", amount: limit, text: String(limit) };
  if (!percentPattern.test(limit)) throw new RangeError(`not a percentage: ${JSON.stringify(limit)}`);
  return { kind: "relative", fraction: Number(limit.slice(0, -1)) / 100, text: limit };
}
function allowedChange(limit, baseline) {
  return limit.kind === "absolute" ? limit.amount : Math.abs(baseline) * limit.fraction;
}

// lib/evaluate/significance.ts
var EXACT_PRODUCT_LIMIT = 2 ** 21;
var bootstrapResultSchema = object({
  /** mean(candidate) − mean(baseline) over all examples. */
  estimate: number(),
  low: number(),
  high: number(),
  confidence: number(),
  resamples: int(),
  seed: int(),
  examples: int()
});
var mcnemarResultSchema = object({
  /** Examples the candidate got right and the baseline wrong. */
  b: int(),
  /** Examples the candidate got wrong and the baseline right. */
  c: int(),
  /** Exact: min(b, c), the binomial count; chi-squared: (|b − c| − 1)² / (b + c). */
  statistic: number(),
  pValue: number(),
  method: _enum(["exact-binomial", "chi-squared-corrected"])
});
var SQRT_PI = Math.sqrt(Math.PI);
var TINY = 1e-300;
var EPSILON = 2 ** -53;
function erfc(x) {
  if (Number.isNaN(x)) return Number.NaN;
  if (x < 0) return 2 - erfc(-x);
  const [square, error] = exactSquare(x);
  return upperGammaHalf(square) * Math.exp(-error);
}
function exactSquare(x) {
  const square = x * x;
  if (!Number.isFinite(square)) return [square, 0];
  const scaled = 134217729 * x;
  const high = scaled - (scaled - x);
  const low = x - high;
  return [square, high * high - square + 2 * high * low + low * low];
}
function upperGammaHalf(y) {
  if (y <= 0) return 1;
  if (y === Number.POSITIVE_INFINITY) return 0;
  return y < 1.5 ? 1 - lowerGammaHalfSeries(y) : upperGammaHalfContinuedFraction(y);
}
function lowerGammaHalfSeries(y) {
  let term = 1;
  let sum = 1;
  for (let n = 1; n < 500; n++) {
    term *= y / (0.5 + n);
    sum += term;
    if (term < sum * EPSILON) break;
  }
  return Math.exp(-y) * Math.sqrt(y) / (SQRT_PI / 2) * sum;
}
function upperGammaHalfContinuedFraction(y) {
  const a = 0.5;
  let denominator = y + 1 - a;
  let c = 1 / TINY;
  let d = 1 / denominator;
  let fraction = d;
  for (let i = 1; i < 1e3; i++) {
    const numerator = -i * (i - a);
    denominator += 2;
    d = numerator * d + denominator;
    if (Math.abs(d) < TINY) d = TINY;
    c = denominator + numerator / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const step = d * c;
    fraction *= step;
    if (Math.abs(step - 1) < EPSILON) break;
  }
  return Math.exp(-y) * Math.sqrt(y) / SQRT_PI * fraction;
}
var significanceResultSchema = object({
  /** "share": scores are 0/1 correctness, shown in percentage points; "value": in the scores' units. */
  unit: _enum(["share", "value"]),
  bootstrap: bootstrapResultSchema,
  mcnemar: optional(mcnemarResultSchema),
  /** McNemar's p below 1 − confidence where it was run, else the interval leaves out 0. */
  significant: boolean(),
  sentence: string()
});
function formatPValue(p, alpha = 0.05) {
  if (p < 1e-3) return "< 0.001";
  for (let digits = 2; digits <= 6; digits++) {
    const shown = Number(p.toPrecision(digits));
    if (shown < alpha === p < alpha) return `= ${shown}`;
  }
  return `= ${p}`;
}

// lib/evaluate/compare.ts
var nonFiniteNames = ["NaN", "Infinity", "-Infinity"];
var anyNumber = union([
  number(),
  pipe(
    _enum(nonFiniteNames),
    transform((name) => Number(name))
  )
]);
var gateKinds = ["min", "max", "max_drop", "max_rise"];
var gateCheckSchema = object({
  gate: _enum(gateKinds),
  /** The bar as written in the config: 0.8, 0.01, "10%". */
  limit: union([number(), string()]),
  outcome: _enum(["passed", "failed", "skipped"]),
  /** `accuracy 0.912 ≥ min 0.8`, `accuracy dropped 0.013, more than max_drop 0.01` */
  sentence: string()
});
var metricComparisonSchema = object({
  metric: string(),
  direction: _enum(directions),
  /** null: the candidate has no such metric. */
  candidate: nullable(anyNumber),
  /** null: no baseline, or the baseline has no such metric. */
  baseline: nullable(anyNumber),
  /** candidate − baseline. */
  delta: nullable(anyNumber),
  /** delta / |baseline|; null where the baseline is 0 and the delta is not. */
  relativeDelta: nullable(anyNumber),
  /** Judged in the metric's direction, within floating noise; null where there is nothing to judge. */
  change: nullable(_enum(["better", "worse", "same"])),
  /** The metric has at least one bar (min, max, max_drop, max_rise). */
  gated: boolean(),
  /** No gate of the metric failed. */
  passed: boolean(),
  gates: array(gateCheckSchema),
  significance: optional(significanceResultSchema)
});
var sliceComparisonSchema = object({
  slice: string(),
  /** False for a slice named in `only` that the candidate's results lack. */
  present: boolean(),
  passed: boolean(),
  metrics: array(metricComparisonSchema)
});
var verdicts = ["ready", "failed", "no-baseline"];
var gateCount = int().check(_gte(0));
var comparisonSchema = object({
  schemaVersion: literal(1),
  verdict: _enum(verdicts),
  passed: boolean(),
  /** What the candidate was compared with: `production v3`, `main@abc1234`; null for a first model. */
  baseline: nullable(object({ label: string() })),
  /** Gate checks over metrics and slices together. */
  gates: object({ passed: gateCount, failed: gateCount, skipped: gateCount }),
  /** The sentence of every failed gate, slices prefixed: `country=DE: accuracy 0.65 < min 0.7`. */
  failures: array(string()),
  metrics: array(metricComparisonSchema),
  slices: array(sliceComparisonSchema)
});
var RELATIVE_TOLERANCE = 1e-9;
var ABSOLUTE_TOLERANCE = 1e-12;
function noiseTolerance(...values) {
  const magnitude = Math.max(...values.map((value) => Number.isFinite(value) ? Math.abs(value) : 0));
  return Math.max(ABSOLUTE_TOLERANCE, RELATIVE_TOLERANCE * magnitude);
}
function compareRuns(input) {
  const { candidate, baseline } = input;
  const gates = input.gates ?? {};
  const metrics = compareScope(
    {
      candidate: candidate.metrics,
      baseline: baseline?.metrics,
      baselineLabel: baseline?.label,
      missing: "is missing from the candidate's metrics"
    },
    gates,
    (metric) => gates[metric]?.direction
  ).map((comparison) => {
    const significance = input.significance?.[comparison.metric];
    return significance ? { ...comparison, significance } : comparison;
  });
  const slices = compareSlices(input, gates);
  const failures = [
    ...failedSentences(metrics),
    ...slices.flatMap(
      (slice) => failedSentences(slice.metrics).map((sentence) => `${slice.slice}: ${sentence}`)
    )
  ];
  const checks = [...metrics, ...slices.flatMap((slice) => slice.metrics)].flatMap((metric) => metric.gates);
  const count = (outcome) => checks.filter((check) => check.outcome === outcome).length;
  const failed = count("failed");
  const verdict = failed > 0 ? "failed" : baseline ? "ready" : "no-baseline";
  return {
    schemaVersion: 1,
    verdict,
    passed: verdict !== "failed",
    baseline: baseline ? { label: baseline.label } : null,
    gates: { passed: count("passed"), failed, skipped: count("skipped") },
    failures,
    metrics,
    slices
  };
}
function compareSlices(input, gates) {
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
        baseline: input.baseline ? ownValue(baselineSlices, slice) ?? {} : void 0,
        baselineLabel: input.baseline?.label,
        missing: present ? `is missing from the candidate's slice ${slice}` : `is missing: the candidate has no slice ${slice}`
      },
      sliceGates,
      (metric) => sliceGates[metric]?.direction ?? gates[metric]?.direction
    );
    return { slice, present, passed: metrics.every((metric) => metric.passed), metrics };
  });
}
function failedSentences(metrics) {
  return metrics.flatMap(
    (metric) => metric.gates.filter((check) => check.outcome === "failed").map((check) => check.sentence)
  );
}
function compareScope(scope, gates, writtenDirection) {
  const named = Object.keys(gates);
  const others = /* @__PURE__ */ new Set([...Object.keys(scope.candidate ?? {}), ...Object.keys(scope.baseline ?? {})]);
  for (const metric of named) others.delete(metric);
  const ordered = [...named, ...[...others].sort(byCodePoint)];
  return ordered.map(
    (metric) => compareMetric(metric, scope, gates[metric], resolveDirection(metric, writtenDirection(metric)))
  );
}
function ownValue(record2, key) {
  return record2 && Object.hasOwn(record2, key) ? record2[key] : void 0;
}
function valueIn(values, metric) {
  return ownValue(values, metric) ?? null;
}
function compareMetric(metric, scope, gate, direction) {
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
    gates: checks
  };
}
function relativeDelta(delta, baseline) {
  if (delta === null || baseline === null) return null;
  if (baseline === 0) return delta === 0 ? 0 : null;
  return delta / Math.abs(baseline);
}
function judgeChange(candidate, baseline, direction) {
  if (candidate === null || baseline === null || Number.isNaN(candidate) || Number.isNaN(baseline))
    return null;
  if (candidate === baseline || Math.abs(candidate - baseline) <= noiseTolerance(candidate, baseline)) {
    return "same";
  }
  const rose = candidate > baseline;
  return rose === (direction === "higher") ? "better" : "worse";
}
function checkGates(metric, gate, values, scope) {
  const checks = [];
  if (gate.min !== void 0) checks.push(checkBound(metric, "min", gate.min, values.candidate, scope));
  if (gate.max !== void 0) checks.push(checkBound(metric, "max", gate.max, values.candidate, scope));
  if (gate.max_drop !== void 0) checks.push(checkChange(metric, "max_drop", gate.max_drop, values, scope));
  if (gate.max_rise !== void 0) checks.push(checkChange(metric, "max_rise", gate.max_rise, values, scope));
  return checks;
}
function cannotPass(metric, value, bar, scope) {
  return value === null ? `${metric} ${scope.missing}, so ${bar} cannot pass` : `${metric} is NaN, so ${bar} cannot pass`;
}
function checkBound(metric, gate, limit, value, scope) {
  const bar = `${gate} ${formatNumber(limit)}`;
  if (value === null || Number.isNaN(value)) {
    return { gate, limit, outcome: "failed", sentence: cannotPass(metric, value, bar, scope) };
  }
  const withinNoise = Math.abs(value - limit) <= noiseTolerance(value, limit);
  const met = withinNoise || (gate === "min" ? value > limit : value < limit);
  const relation = gate === "min" ? met ? "\u2265" : "<" : met ? "\u2264" : ">";
  return {
    gate,
    limit,
    outcome: met ? "passed" : "failed",
    sentence: `${metric} ${formatNumber(value)} ${relation} ${bar}`
  };
}
function checkChange(metric, gate, written, { candidate, baseline }, scope) {
  const limit = parseChangeLimit(written);
  const bar = `${gate} ${limit.text}`;
  const result = (outcome, sentence) => ({
    gate,
    limit: written,
    outcome,
    sentence
  });
  if (scope.baselineLabel === void 0) {
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
  const change = gate === "max_drop" ? baseline - candidate : candidate - baseline;
  const allowed = allowedChange(limit, baseline);
  const noise = noiseTolerance(candidate, baseline);
  const unchanged = Math.abs(change) <= noise;
  const passed = unchanged || change <= allowed + noise;
  const movement = unchanged ? "is unchanged" : `${candidate > baseline ? "rose" : "dropped"} ${formatMovement(Math.abs(change), baseline, limit.kind)}`;
  const relation = passed ? "within" : "more than";
  return result(passed ? "passed" : "failed", `${metric} ${movement}, ${relation} ${bar}`);
}
function formatMovement(amount, baseline, kind) {
  if (kind === "absolute") return formatNumber(amount);
  if (baseline === 0) return `${formatNumber(amount)} from a baseline of 0`;
  return formatPercent(amount / Math.abs(baseline));
}
function formatNumber(value) {
  if (!Number.isFinite(value) || Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(6)));
}
function formatPercent(fraction) {
  return `${Number((fraction * 100).toPrecision(3))}%`;
}
function byCodePoint(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function serializeComparison(comparison) {
  return `${JSON.stringify(
    comparison,
    (_key, value) => typeof value === "number" && !Number.isFinite(value) ? String(value) : value,
    2
  )}
`;
}

// lib/drift/settings.ts
var driftTestNames = ["ks", "chisquare", "z", "wasserstein", "jensenshannon", "psi"];
var featureSettings = strictObject({
  test: optional(_enum(driftTestNames)).check(describe("The test for this feature (default: as Evidently chooses).")),
  threshold: optional(number().check(_gte(0))).check(
    describe("p-value at or below which (tests), or distance at or above which (distances), is drift.")
  ),
  ignore: optional(boolean()).check(describe("Leave this feature out."))
});
var driftSettings = strictObject({
  share: _default(number().check(_gte(0), _lte(1)), 0.5).check(describe("The dataset has drifted when at least this share of its features has.")),
  features: _default(record(string(), featureSettings), {}).check(describe("Per feature: the test, its threshold, or ignore."))
});

export {
  driftTestNames,
  driftSettings,
  gatesSpec,
  slicesSpec,
  erfc,
  formatPValue,
  compareRuns,
  formatNumber,
  formatPercent,
  serializeComparison
};
