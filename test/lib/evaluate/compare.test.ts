import { describe, expect, it } from "vitest";
import {
  type Comparison,
  compareRuns,
  comparisonSchema,
  formatNumber,
  type MetricComparison,
  parseComparison,
  serializeComparison,
} from "../../../lib/evaluate/compare.ts";
import { type Gates, gatesSpec, type SliceGates, slicesSpec } from "../../../lib/evaluate/gates.ts";
import { significanceOfCorrectness } from "../../../lib/evaluate/significance.ts";

const gates: Gates = gatesSpec.parse({
  accuracy: { direction: "higher", min: 0.8, max_drop: 0.01 },
  latency_ms: { direction: "lower", max: 50, max_rise: "10%" },
  "val.loss": { direction: "lower" },
});

const production = {
  label: "production v3",
  metrics: { accuracy: 0.925, latency_ms: 40, "val.loss": 0.31, f1: 0.88 },
};

function metric(comparison: Comparison, name: string): MetricComparison {
  const found = comparison.metrics.find((entry) => entry.metric === name);
  if (!found) throw new Error(`no ${name} in the comparison`);
  return found;
}

function sentences(entry: MetricComparison): string[] {
  return entry.gates.map((check) => `${check.outcome}: ${check.sentence}`);
}

describe("compareRuns", () => {
  it("checks a first model against its absolute bars only", () => {
    const comparison = compareRuns({
      candidate: { metrics: { accuracy: 0.912, latency_ms: 42, "val.loss": 0.3 } },
      gates,
    });
    expect(comparison.verdict).toBe("no-baseline");
    expect(comparison.passed).toBe(true);
    expect(comparison.baseline).toBeNull();
    expect(comparison.gates).toEqual({ passed: 2, failed: 0, skipped: 2 });
    expect(metric(comparison, "accuracy")).toEqual({
      metric: "accuracy",
      direction: "higher",
      candidate: 0.912,
      baseline: null,
      delta: null,
      relativeDelta: null,
      change: null,
      gated: true,
      passed: true,
      gates: [
        { gate: "min", limit: 0.8, outcome: "passed", sentence: "accuracy 0.912 ≥ min 0.8" },
        {
          gate: "max_drop",
          limit: 0.01,
          outcome: "skipped",
          sentence: "accuracy: no baseline to compare with, so max_drop 0.01 was not checked",
        },
      ],
    });
    expect(sentences(metric(comparison, "latency_ms"))).toEqual([
      "passed: latency_ms 42 ≤ max 50",
      "skipped: latency_ms: no baseline to compare with, so max_rise 10% was not checked",
    ]);
  });

  it("calls an improvement ready, judging each metric in its direction", () => {
    const comparison = compareRuns({
      candidate: { metrics: { accuracy: 0.931, latency_ms: 38, "val.loss": 0.28, f1: 0.88 } },
      baseline: production,
      gates,
    });
    expect(comparison.verdict).toBe("ready");
    expect(comparison.passed).toBe(true);
    expect(comparison.baseline).toEqual({ label: "production v3" });
    expect(comparison.failures).toEqual([]);
    const accuracy = metric(comparison, "accuracy");
    expect(accuracy.change).toBe("better");
    expect(accuracy.delta).toBeCloseTo(0.006, 12);
    expect(accuracy.relativeDelta).toBeCloseTo(0.006 / 0.925, 12);
    expect(sentences(accuracy)).toEqual([
      "passed: accuracy 0.931 ≥ min 0.8",
      "passed: accuracy rose 0.006, within max_drop 0.01",
    ]);
    const latency = metric(comparison, "latency_ms");
    expect(latency.change).toBe("better");
    expect(sentences(latency)).toEqual([
      "passed: latency_ms 38 ≤ max 50",
      "passed: latency_ms dropped 5%, within max_rise 10%",
    ]);
    const loss = metric(comparison, "val.loss");
    expect(loss).toMatchObject({
      direction: "lower",
      change: "better",
      gated: false,
      passed: true,
      gates: [],
    });
    expect(metric(comparison, "f1")).toMatchObject({
      direction: "higher",
      change: "same",
      delta: 0,
      gated: false,
    });
  });

  it("fails a regression past max_drop, in the metric's units", () => {
    const comparison = compareRuns({
      candidate: { metrics: { accuracy: 0.912, latency_ms: 41, "val.loss": 0.3 } },
      baseline: production,
      gates,
    });
    expect(comparison.verdict).toBe("failed");
    expect(comparison.passed).toBe(false);
    expect(sentences(metric(comparison, "accuracy"))).toEqual([
      "passed: accuracy 0.912 ≥ min 0.8",
      "failed: accuracy dropped 0.013, more than max_drop 0.01",
    ]);
    expect(metric(comparison, "accuracy")).toMatchObject({ change: "worse", passed: false });
    expect(comparison.failures).toEqual(["accuracy dropped 0.013, more than max_drop 0.01"]);
  });

  it("fails a regression past max_rise given as a percentage of the baseline", () => {
    const comparison = compareRuns({
      candidate: { metrics: { accuracy: 0.93, latency_ms: 45, "val.loss": 0.3 } },
      baseline: production,
      gates,
    });
    expect(comparison.verdict).toBe("failed");
    expect(sentences(metric(comparison, "latency_ms"))).toEqual([
      "passed: latency_ms 45 ≤ max 50",
      "failed: latency_ms rose 12.5%, more than max_rise 10%",
    ]);
    expect(metric(comparison, "latency_ms").change).toBe("worse");

    const relativeDrop = compareRuns({
      candidate: { metrics: { accuracy: 0.9 } },
      baseline: { label: "main@abc1234", metrics: { accuracy: 0.95 } },
      gates: gatesSpec.parse({ accuracy: { max_drop: "5%" } }),
    });
    expect(sentences(metric(relativeDrop, "accuracy"))).toEqual([
      "failed: accuracy dropped 5.26%, more than max_drop 5%",
    ]);
  });

  it("fails the gates of a metric the candidate lacks, and lists what the baseline alone has", () => {
    const comparison = compareRuns({
      candidate: { metrics: { latency_ms: 41, "val.loss": 0.3 } },
      baseline: production,
      gates,
    });
    expect(comparison.verdict).toBe("failed");
    expect(metric(comparison, "accuracy")).toMatchObject({
      candidate: null,
      baseline: 0.925,
      delta: null,
      change: null,
      passed: false,
    });
    expect(comparison.failures).toEqual([
      "accuracy is missing from the candidate's metrics, so min 0.8 cannot pass",
      "accuracy is missing from the candidate's metrics, so max_drop 0.01 cannot pass",
    ]);
    expect(metric(comparison, "f1")).toMatchObject({
      candidate: null,
      baseline: 0.88,
      gated: false,
      passed: true,
    });
  });

  it("never lets NaN pass", () => {
    const candidateNaN = compareRuns({
      candidate: { metrics: { accuracy: Number.NaN, latency_ms: 41 } },
      baseline: production,
      gates,
    });
    expect(sentences(metric(candidateNaN, "accuracy"))).toEqual([
      "failed: accuracy is NaN, so min 0.8 cannot pass",
      "failed: accuracy is NaN, so max_drop 0.01 cannot pass",
    ]);
    expect(metric(candidateNaN, "accuracy")).toMatchObject({ change: null, delta: Number.NaN });

    const baselineNaN = compareRuns({
      candidate: { metrics: { accuracy: 0.93, latency_ms: 41 } },
      baseline: { ...production, metrics: { ...production.metrics, accuracy: Number.NaN } },
      gates,
    });
    expect(sentences(metric(baselineNaN, "accuracy"))).toEqual([
      "passed: accuracy 0.93 ≥ min 0.8",
      "failed: accuracy is NaN in production v3, so max_drop 0.01 cannot pass",
    ]);
    expect(baselineNaN.verdict).toBe("failed");

    const bounds = compareRuns({
      candidate: { metrics: { latency_ms: Number.NaN } },
      gates: gatesSpec.parse({ latency_ms: { max: 50 } }),
    });
    expect(bounds.failures).toEqual(["latency_ms is NaN, so max 50 cannot pass"]);
  });

  it("reads lower-is-better metrics the right way round, inferring the direction from the name", () => {
    const comparison = compareRuns({
      candidate: { metrics: { "val.loss": 0.35, rmse: 2.5, latency_ms: 61 } },
      baseline: { label: "production v3", metrics: { "val.loss": 0.31, rmse: 2.6, latency_ms: 40 } },
      gates: gatesSpec.parse({ rmse: { max: 3, max_rise: 0.2 }, latency_ms: { max: 50 } }),
    });
    expect(metric(comparison, "rmse")).toMatchObject({ direction: "lower", change: "better", passed: true });
    expect(sentences(metric(comparison, "rmse"))).toEqual([
      "passed: rmse 2.5 ≤ max 3",
      "passed: rmse dropped 0.1, within max_rise 0.2",
    ]);
    expect(sentences(metric(comparison, "latency_ms"))).toEqual(["failed: latency_ms 61 > max 50"]);
    expect(metric(comparison, "val.loss")).toMatchObject({ direction: "lower", change: "worse" });
  });

  it("applies slice gates to every slice, passing some and failing others", () => {
    const sliceGates: SliceGates = slicesSpec.parse({ gates: { accuracy: { min: 0.7, max_drop: "5%" } } });
    const comparison = compareRuns({
      candidate: {
        metrics: { accuracy: 0.93, latency_ms: 41 },
        slices: {
          "country=FR": { accuracy: 0.74, count: 800 },
          "country=DE": { accuracy: 0.91, count: 1200 },
          "country=IT": { accuracy: 0.65, count: 90 },
        },
      },
      baseline: {
        ...production,
        slices: {
          "country=DE": { accuracy: 0.9 },
          "country=FR": { accuracy: 0.8 },
          "country=ES": { accuracy: 0.8 },
        },
      },
      gates,
      sliceGates,
    });
    expect(comparison.slices.map((slice) => [slice.slice, slice.passed])).toEqual([
      ["country=DE", true],
      ["country=FR", false],
      ["country=IT", false],
    ]);
    const sliceSentences = comparison.slices.map((slice) => sentences(slice.metrics[0]!));
    expect(sliceSentences).toEqual([
      ["passed: accuracy 0.91 ≥ min 0.7", "passed: accuracy rose 1.11%, within max_drop 5%"],
      ["passed: accuracy 0.74 ≥ min 0.7", "failed: accuracy dropped 7.5%, more than max_drop 5%"],
      [
        "failed: accuracy 0.65 < min 0.7",
        "skipped: accuracy has no value in production v3, so max_drop 5% was not checked",
      ],
    ]);
    expect(comparison.slices[0]!.metrics.map((entry) => entry.metric)).toEqual(["accuracy", "count"]);
    expect(comparison.verdict).toBe("failed");
    expect(comparison.failures).toEqual([
      "country=FR: accuracy dropped 7.5%, more than max_drop 5%",
      "country=IT: accuracy 0.65 < min 0.7",
    ]);
    expect(comparison.gates).toEqual({ passed: 7, failed: 2, skipped: 1 });
  });

  it("checks only the slices named, in their order, failing one the candidate lacks", () => {
    const comparison = compareRuns({
      candidate: {
        metrics: { loss: 0.2 },
        slices: { "country=DE": { loss: 0.25 }, "country=IT": { loss: 0.9 } },
      },
      gates: gatesSpec.parse({ loss: { direction: "lower" } }),
      sliceGates: slicesSpec.parse({ gates: { loss: { max: 0.3 } }, only: ["country=FR", "country=DE"] }),
    });
    expect(comparison.slices.map((slice) => [slice.slice, slice.present, slice.passed])).toEqual([
      ["country=FR", false, false],
      ["country=DE", true, true],
    ]);
    expect(comparison.failures).toEqual([
      "country=FR: loss is missing: the candidate has no slice country=FR, so max 0.3 cannot pass",
    ]);
    expect(comparison.slices[1]!.metrics[0]).toMatchObject({ direction: "lower", candidate: 0.25 });
  });

  it("takes a slice gate's direction from the top-level gate for the same metric", () => {
    const comparison = compareRuns({
      candidate: { metrics: { error_budget: 5 }, slices: { all: { error_budget: 4 } } },
      baseline: {
        label: "production v1",
        metrics: { error_budget: 4 },
        slices: { all: { error_budget: 5 } },
      },
      gates: gatesSpec.parse({ error_budget: { direction: "higher" } }),
      sliceGates: slicesSpec.parse({ gates: { error_budget: { min: 1 } } }),
    });
    expect(metric(comparison, "error_budget")).toMatchObject({ direction: "higher", change: "better" });
    expect(comparison.slices[0]!.metrics[0]).toMatchObject({ direction: "higher", change: "worse" });
  });

  it("lists gated metrics in config order, then the others by name", () => {
    const comparison = compareRuns({
      candidate: { metrics: { zeta: 1, "val.loss": 0.3, alpha: 2, latency_ms: 30, Beta: 3, accuracy: 0.9 } },
      baseline: { label: "main@abc1234", metrics: { gamma: 1, accuracy: 0.9 } },
      gates,
    });
    expect(comparison.metrics.map((entry) => entry.metric)).toEqual([
      "accuracy",
      "latency_ms",
      "val.loss",
      "Beta",
      "alpha",
      "gamma",
      "zeta",
    ]);
  });

  it("does not count floating noise as a change or a missed bar", () => {
    const comparison = compareRuns({
      candidate: { metrics: { accuracy: 0.7999999999999999, f1: 0.1 + 0.2, recall: 0.903 } },
      baseline: { label: "production v3", metrics: { accuracy: 0.81, f1: 0.3, recall: 0.913 } },
      gates: gatesSpec.parse({ accuracy: { min: 0.8 }, recall: { max_drop: 0.01 } }),
    });
    expect(sentences(metric(comparison, "accuracy"))).toEqual(["passed: accuracy 0.8 ≥ min 0.8"]);
    expect(metric(comparison, "f1").change).toBe("same");
    expect(sentences(metric(comparison, "recall"))).toEqual([
      "passed: recall dropped 0.01, within max_drop 0.01",
    ]);
    expect(comparison.verdict).toBe("ready");
  });

  it("carries significance results for the metrics they are about", () => {
    const significance = significanceOfCorrectness(
      [true, true, false, true, true, true],
      [true, false, false, true, false, true],
      { resamples: 200 },
    );
    const comparison = compareRuns({
      candidate: { metrics: { accuracy: 5 / 6 } },
      baseline: { label: "production v3", metrics: { accuracy: 3 / 6 } },
      significance: { accuracy: significance },
    });
    expect(metric(comparison, "accuracy").significance).toEqual(significance);
    expect(comparison.verdict).toBe("ready");
  });
});

describe("the comparison file", () => {
  it("round-trips through JSON, NaN and infinities included", () => {
    const comparison = compareRuns({
      candidate: { metrics: { accuracy: Number.NaN, latency_ms: Number.POSITIVE_INFINITY, loss: 0.2 } },
      baseline: { label: "production v3", metrics: { accuracy: 0.9, latency_ms: 40, loss: 0 } },
      gates,
      significance: {
        loss: significanceOfCorrectness([true, false, true], [true, true, false], { resamples: 50 }),
      },
    });
    const text = serializeComparison(comparison);
    expect(text).toContain('"candidate": "NaN"');
    expect(text).toContain('"candidate": "Infinity"');
    expect(metric(comparison, "loss").relativeDelta).toBeNull();
    expect(parseComparison(text, "comparison.json")).toEqual(comparison);
    expect(comparisonSchema.safeParse(JSON.parse(text)).success).toBe(true);
  });

  it("names the file and the field when it is not one evaluate wrote", () => {
    const comparison = compareRuns({ candidate: { metrics: { accuracy: 0.9 } }, gates });
    const broken = JSON.parse(serializeComparison(comparison)) as { metrics: Array<{ candidate: unknown }> };
    broken.metrics[0]!.candidate = "high";
    expect(() => parseComparison(JSON.stringify(broken), "out/comparison.json")).toThrow(
      /^out\/comparison\.json metrics\[0\]\.candidate: not a comparison file evaluate wrote: /,
    );
    expect(() => parseComparison("{", "out/comparison.json")).toThrow(
      /^out\/comparison\.json: not a comparison file: invalid JSON/,
    );
  });

  it("formats numbers without float noise", () => {
    expect(formatNumber(0.925 - 0.912)).toBe("0.013");
    expect(formatNumber(123_456_789)).toBe("123456789");
    expect(formatNumber(1234.56789)).toBe("1234.57");
    expect(formatNumber(Number.NaN)).toBe("NaN");
  });
});
