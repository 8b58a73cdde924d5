import { describe, expect, it } from "vitest";
import { QuantileSketch } from "../../../lib/stats/quantile-sketch.ts";

function exactQuantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

/** Where a value sits among the sorted data, as a share: the rank error the sketch promises. */
function rankOf(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo / sorted.length;
}

function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe("QuantileSketch", () => {
  const random = seeded(7);
  const gaussian = () => Math.sqrt(-2 * Math.log(random() + 1e-12)) * Math.cos(2 * Math.PI * random());
  const datasets: Record<string, number[]> = {
    uniform: Array.from({ length: 200_000 }, () => random()),
    gaussian: Array.from({ length: 200_000 }, () => 50 + 10 * gaussian()),
    "heavy tail": Array.from({ length: 200_000 }, () => 1 / (random() + 1e-6)),
    sorted: Array.from({ length: 200_000 }, (_, i) => i),
    "few values": Array.from({ length: 200_000 }, (_, i) => i % 7),
  };

  for (const [name, values] of Object.entries(datasets)) {
    it(`answers every percentile of ${name} data within its stated rank error`, () => {
      const sketch = new QuantileSketch(400);
      for (const v of values) sketch.add(v);
      const sorted = [...values].sort((a, b) => a - b);
      for (let p = 1; p < 100; p++) {
        const q = p / 100;
        const estimate = sketch.quantile(q);
        // For data with ties any value whose rank interval contains q is right.
        const rankAbove = rankOf(sorted, estimate);
        const rankBelow = rankOf(sorted, estimate - Number.EPSILON * Math.max(1, Math.abs(estimate)));
        const error = q < rankBelow ? rankBelow - q : q > rankAbove ? q - rankAbove : 0;
        expect(error, `p${p}: ${estimate} vs ${exactQuantile(sorted, q)}`).toBeLessThanOrEqual(
          sketch.rankError,
        );
      }
      expect(sketch.quantile(0)).toBe(sorted[0]);
      expect(sketch.quantile(1)).toBe(sorted.at(-1));
    });
  }

  it("stays small: a million values in a few thousand numbers", () => {
    const sketch = new QuantileSketch(400);
    for (let i = 0; i < 1_000_000; i++) sketch.add(random());
    const stored = sketch.toJSON().levels.flat().length;
    expect(stored).toBeLessThan(4000);
    expect(sketch.size).toBe(1_000_000);
  });

  it("merges shard sketches into one as accurate as a single pass", () => {
    const values = datasets.gaussian as number[];
    const shards = [0, 1, 2, 3].map(() => new QuantileSketch(400));
    for (const [i, v] of values.entries()) shards[i % 4]?.add(v);
    const merged = shards[0] as QuantileSketch;
    for (const shard of shards.slice(1)) merged.merge(shard);
    const sorted = [...values].sort((a, b) => a - b);
    expect(merged.size).toBe(values.length);
    for (const q of [0.01, 0.25, 0.5, 0.75, 0.99])
      expect(Math.abs(rankOf(sorted, merged.quantile(q)) - q)).toBeLessThanOrEqual(merged.rankError);
  });

  it("survives a JSON round trip with the same answers", () => {
    const sketch = new QuantileSketch(200);
    for (const v of datasets.uniform as number[]) sketch.add(v);
    const restored = QuantileSketch.fromJSON(JSON.parse(JSON.stringify(sketch.toJSON())));
    for (const q of [0.1, 0.5, 0.9]) expect(restored.quantile(q)).toBe(sketch.quantile(q));
  });

  it("ignores NaN and answers NaN when empty", () => {
    const sketch = new QuantileSketch();
    expect(sketch.quantile(0.5)).toBeNaN();
    sketch.add(Number.NaN);
    expect(sketch.size).toBe(0);
  });
});
