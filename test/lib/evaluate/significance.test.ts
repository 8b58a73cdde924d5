/**
 * The significance tests against scipy and numpy (Debian's python3-scipy and python3-numpy, run by
 * /usr/bin/python3; CI installs them), against exact rationals and mpmath (python3-mpmath, which
 * python3-sympy and scipy's test suite pull in) for the distribution functions, and by properties.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  binomialCdfHalf,
  bootstrapResamples,
  chiSquaredSurvival1,
  describeSignificance,
  erfc,
  formatPValue,
  MCNEMAR_EXACT_BELOW,
  mcnemar,
  mcnemarFromCounts,
  pairedBootstrap,
  percentile,
  significanceOfCorrectness,
  significanceOfScores,
} from "../../../lib/evaluate/significance.ts";

const PYTHON = "/usr/bin/python3";

function pythonHas(modules: string): boolean {
  if (!existsSync(PYTHON)) return false;
  try {
    execFileSync(PYTHON, ["-c", `import ${modules}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

const hasScipy = pythonHas("scipy, numpy");
const hasMpmath = pythonHas("mpmath");

/** Runs a Python script that reads a JSON payload on stdin and prints JSON. */
function runPython<T>(script: string, payload: unknown): T {
  const output = execFileSync(PYTHON, ["-c", script], {
    input: JSON.stringify(payload),
    maxBuffer: 256 * (1 << 20),
  });
  return JSON.parse(output.toString()) as T;
}

const SMALLEST_NORMAL = 2 ** -1022;

/**
 * |actual − expected| ≤ tolerance · |expected|. Below the smallest normal double there are fewer
 * than 53 bits to be accurate in, so there the error is measured against that instead.
 */
function expectRelativelyClose(actual: number, expected: number, tolerance: number, what: string): void {
  const error = Math.abs(actual - expected) / Math.max(Math.abs(expected), SMALLEST_NORMAL);
  expect(error, `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
}

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const countPairs: Array<[number, number]> = [];
for (let b = 0; b <= 40; b++) for (let c = 0; c <= 40; c++) countPairs.push([b, c]);
countPairs.push(
  [12, 13],
  [13, 12],
  [0, 25],
  [25, 0],
  [100, 100],
  [1000, 900],
  [5000, 5100],
  [99_000, 100_000],
  [10, 200],
  [3000, 10],
  [0, 1500],
  [0, 5000],
  [123_456, 120_000],
  [1_000_000, 1_001_000],
);

describe.skipIf(!hasScipy)(
  hasScipy
    ? "McNemar against scipy"
    : "SKIPPED: apt-get install python3-scipy python3-numpy to compare with scipy",
  () => {
    it(`matches binomtest (b + c < ${MCNEMAR_EXACT_BELOW}) and chi2.sf (from ${MCNEMAR_EXACT_BELOW}) to 1e-9 for ${countPairs.length} count pairs`, () => {
      const expected = runPython<Array<{ p: number; statistic: number }>>(
        `
import json, sys
from scipy.stats import binomtest, chi2
out = []
for b, c in json.load(sys.stdin):
    n = b + c
    if n == 0:
        out.append({"p": 1.0, "statistic": 0})
    elif n < ${MCNEMAR_EXACT_BELOW}:
        out.append({"p": binomtest(b, n, 0.5).pvalue, "statistic": min(b, c)})
    else:
        statistic = (abs(b - c) - 1) ** 2 / n
        out.append({"p": float(chi2.sf(statistic, 1)), "statistic": statistic})
print(json.dumps(out))
`,
        countPairs,
      );
      countPairs.forEach(([b, c], index) => {
        const result = mcnemarFromCounts(b, c);
        const reference = expected[index]!;
        expect(result.method).toBe(b + c < MCNEMAR_EXACT_BELOW ? "exact-binomial" : "chi-squared-corrected");
        expect(result.statistic).toBe(reference.statistic);
        expectRelativelyClose(result.pValue, reference.p, 1e-9, `b=${b} c=${c}`);
      });
    });

    it("gives the edge cases their textbook values", () => {
      expect(mcnemarFromCounts(0, 0)).toEqual({
        b: 0,
        c: 0,
        statistic: 0,
        pValue: 1,
        method: "exact-binomial",
      });
      expect(mcnemarFromCounts(7, 7).pValue).toBe(1);
      expect(mcnemarFromCounts(0, 5).pValue).toBe(0.0625);
      // b = c on the chi-squared side: (|0| − 1)² / (b + c), as statsmodels computes it.
      expect(mcnemarFromCounts(20, 20).statistic).toBe(1 / 40);
      expect(mcnemarFromCounts(0, 5000).pValue).toBe(0);
    });

    it("matches binom.cdf at p = 1/2 to 1e-12 for every k of n up to 80", () => {
      const cases: Array<[number, number]> = [];
      for (let n = 1; n <= 80; n++) for (let k = 0; k <= n; k++) cases.push([k, n]);
      const expected = runPython<number[]>(
        `
import json, sys
from scipy.stats import binom
print(json.dumps([float(binom.cdf(k, n, 0.5)) for k, n in json.load(sys.stdin)]))
`,
        cases,
      );
      for (const [index, [k, n]] of cases.entries()) {
        expectRelativelyClose(binomialCdfHalf(k, n), expected[index]!, 1e-12, `k=${k} n=${n}`);
      }
    });
  },
);

describe.skipIf(!existsSync(PYTHON))("the binomial CDF at p = 1/2 is exact", () => {
  it("equals the correctly rounded rational sum C(n, i) / 2^n", () => {
    const cases: Array<[number, number]> = [];
    for (const n of [1, 2, 5, 24, 25, 53, 54, 100, 300, 1023]) {
      for (const k of [0, 1, Math.floor(n / 3), Math.floor(n / 2), n - 1]) cases.push([k, n]);
    }
    const expected = runPython<number[]>(
      `
import json, sys
from fractions import Fraction
from math import comb
print(json.dumps([float(Fraction(sum(comb(n, i) for i in range(k + 1)), 2 ** n)) for k, n in json.load(sys.stdin)]))
`,
      cases,
    );
    for (const [index, [k, n]] of cases.entries()) {
      expect(binomialCdfHalf(k, n), `k=${k} n=${n}`).toBe(expected[index]);
    }
  });
});

describe.skipIf(!hasMpmath)(
  hasMpmath
    ? "erfc and the chi-squared survival function against mpmath"
    : "SKIPPED: apt-get install python3-mpmath",
  () => {
    const xs: number[] = [];
    for (let x = -3; x <= 27; x += 0.0137) xs.push(Number(x.toFixed(6)));
    xs.push(0, 1e-300, 1e-20, 1e-8, 0.5, 1.2247, 1.2248, 1.5, 2, 5.5, 10, 20, 26.5, 27.2);
    const chiSquares = xs.filter((x) => x >= 0).map((x) => x * x * 2);
    chiSquares.push(1e-12, 0.001, 1 / 40, 2.9999, 3, 3.0001, 1000, 1400);

    it("erfc is within 1e-13 of the 40-digit value, in the tail too", () => {
      const expected = runPython<string[]>(
        `
import json, sys, mpmath
mpmath.mp.dps = 40
print(json.dumps([mpmath.nstr(mpmath.erfc(mpmath.mpf(x)), 25) for x in json.load(sys.stdin)]))
`,
        xs,
      );
      for (const [index, x] of xs.entries()) {
        expectRelativelyClose(erfc(x), Number(expected[index]), 1e-13, `erfc(${x})`);
      }
    });

    it("P(χ²₁ > x) is within 1e-13 of the 40-digit value", () => {
      const expected = runPython<string[]>(
        `
import json, sys, mpmath
mpmath.mp.dps = 40
print(json.dumps([mpmath.nstr(mpmath.gammainc(mpmath.mpf(0.5), mpmath.mpf(x) / 2, regularized=True), 25) for x in json.load(sys.stdin)]))
`,
        chiSquares,
      );
      for (const [index, x] of chiSquares.entries()) {
        expectRelativelyClose(chiSquaredSurvival1(x), Number(expected[index]), 1e-13, `sf(${x})`);
      }
    });
  },
);

describe.skipIf(!hasScipy)(
  hasScipy
    ? "paired bootstrap against numpy on the same index sets"
    : "SKIPPED: apt-get install python3-numpy",
  () => {
    const random = seeded(11);
    const examples = 257;
    const resamples = 2000;
    const seed = 20_240_601;
    const datasets = {
      correctness: {
        candidate: Array.from({ length: examples }, () => (random() < 0.83 ? 1 : 0)),
        baseline: Array.from({ length: examples }, () => (random() < 0.8 ? 1 : 0)),
      },
      "squared errors": {
        candidate: Array.from({ length: examples }, () => (random() * 3) ** 2),
        baseline: Array.from({ length: examples }, () => (random() * 3.2) ** 2),
      },
    };
    const confidences = [0.5, 0.8, 0.9, 0.95, 0.99];
    const indexSets = [...bootstrapResamples(examples, resamples, seed)].map((indices) => [...indices]);

    it("draws index sets in range, the same for the same seed and different for another", () => {
      expect(indexSets).toHaveLength(resamples);
      expect(indexSets.every((indices) => indices.every((index) => index >= 0 && index < examples))).toBe(
        true,
      );
      const again = [...bootstrapResamples(examples, 3, seed)].map((indices) => [...indices]);
      expect(again).toEqual(indexSets.slice(0, 3));
      const other = [...bootstrapResamples(examples, 1, seed + 1)].map((indices) => [...indices]);
      expect(other[0]).not.toEqual(indexSets[0]);
      // Every example is drawn about resamples times overall.
      const counts = new Array<number>(examples).fill(0);
      for (const indices of indexSets) for (const index of indices) counts[index]!++;
      expect(Math.min(...counts)).toBeGreaterThan(resamples * 0.8);
      expect(Math.max(...counts)).toBeLessThan(resamples * 1.2);
    });

    for (const [name, scores] of Object.entries(datasets)) {
      it(`gives numpy's estimate and percentile interval for ${name} to 1e-12`, () => {
        const results = confidences.map((confidence) =>
          pairedBootstrap(scores, { resamples, confidence, seed }),
        );
        const quantiles = results.flatMap((result) => {
          const tail = (1 - result.confidence) / 2;
          return [tail, 1 - tail];
        });
        const expected = runPython<{ estimate: number; bounds: number[] }>(
          `
import json, sys
import numpy as np
payload = json.load(sys.stdin)
candidate = np.array(payload["candidate"], dtype=float)
baseline = np.array(payload["baseline"], dtype=float)
indices = np.array(payload["indices"], dtype=np.int64)
differences = candidate[indices].mean(axis=1) - baseline[indices].mean(axis=1)
print(json.dumps({
    "estimate": float(candidate.mean() - baseline.mean()),
    "bounds": [float(v) for v in np.percentile(differences, np.array(payload["quantiles"]) * 100)],
}))
`,
          { ...scores, indices: indexSets, quantiles },
        );
        results.forEach((result, index) => {
          expect(Math.abs(result.estimate - expected.estimate)).toBeLessThanOrEqual(1e-12);
          expect(Math.abs(result.low - expected.bounds[2 * index]!)).toBeLessThanOrEqual(1e-12);
          expect(Math.abs(result.high - expected.bounds[2 * index + 1]!)).toBeLessThanOrEqual(1e-12);
          expect(result).toMatchObject({ resamples, seed, examples, confidence: confidences[index] });
        });
      });
    }

    it("interpolates percentiles as numpy.percentile does", () => {
      const values = Array.from({ length: 37 }, () => random() * 10 - 5).sort((a, b) => a - b);
      const qs = [0, 0.001, 0.025, 0.1, 1 / 3, 0.5, 0.975, 0.999, 1];
      const expected = runPython<number[]>(
        `
import json, sys
import numpy as np
payload = json.load(sys.stdin)
print(json.dumps([float(v) for v in np.quantile(np.array(payload["values"]), payload["qs"])]))
`,
        { values, qs },
      );
      for (const [index, q] of qs.entries()) {
        expect(Math.abs(percentile(values, q) - expected[index]!)).toBeLessThanOrEqual(1e-12);
      }
    });
  },
);

describe("significance properties", () => {
  const counts = fc.integer({ min: 0, max: 5000 });

  it("McNemar's p is in [0, 1], symmetric in b and c, and 1 when they are equal below 25", () => {
    fc.assert(
      fc.property(counts, counts, (b, c) => {
        const result = mcnemarFromCounts(b, c);
        expect(result.pValue).toBeGreaterThanOrEqual(0);
        expect(result.pValue).toBeLessThanOrEqual(1);
        expect(mcnemarFromCounts(c, b).pValue).toBe(result.pValue);
        if (b === c && b + c < MCNEMAR_EXACT_BELOW) expect(result.pValue).toBe(1);
      }),
    );
  });

  it("McNemar's p shrinks as the discordant counts grow apart", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 2000 }), (b, gap) => {
        const n = 2 * b + gap;
        fc.pre(n >= MCNEMAR_EXACT_BELOW);
        expect(mcnemarFromCounts(b, b + gap + 2).pValue).toBeLessThanOrEqual(
          mcnemarFromCounts(b + 1, b + gap + 1).pValue,
        );
      }),
    );
  });

  it("the chi-squared survival function falls from 1 to 0", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 3000, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        (x, step) => {
          const here = chiSquaredSurvival1(x);
          expect(here).toBeGreaterThanOrEqual(0);
          expect(here).toBeLessThanOrEqual(1);
          expect(chiSquaredSurvival1(x + step)).toBeLessThanOrEqual(here);
        },
      ),
    );
    expect(chiSquaredSurvival1(0)).toBe(1);
    expect(chiSquaredSurvival1(Number.POSITIVE_INFINITY)).toBe(0);
  });

  it("erfc(−x) = 2 − erfc(x), and erfc(0) = 1", () => {
    fc.assert(
      fc.property(fc.double({ min: -6, max: 6, noNaN: true }), (x) => {
        expect(erfc(-x)).toBeCloseTo(2 - erfc(x), 14);
      }),
    );
    expect(erfc(0)).toBe(1);
  });

  const scoreLists = fc
    .integer({ min: 1, max: 60 })
    .chain((length) =>
      fc.tuple(
        fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: length, maxLength: length }),
        fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: length, maxLength: length }),
      ),
    );
  const options = { resamples: 300, seed: 3 };

  it("the interval is ordered, and swapping the models mirrors it", () => {
    fc.assert(
      fc.property(scoreLists, ([candidate, baseline]) => {
        const forward = pairedBootstrap({ candidate, baseline }, options);
        const backward = pairedBootstrap({ candidate: baseline, baseline: candidate }, options);
        expect(forward.low).toBeLessThanOrEqual(forward.high);
        expect(backward.estimate).toBeCloseTo(-forward.estimate, 9);
        expect(backward.low).toBeCloseTo(-forward.high, 9);
        expect(backward.high).toBeCloseTo(-forward.low, 9);
      }),
      { numRuns: 60 },
    );
  });

  it("the interval holds the estimate when the differences are symmetric about their mean", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 50, noNaN: true }), { minLength: 1, maxLength: 40 }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        (halfSpreads, shift) => {
          const spreads = [...halfSpreads, ...halfSpreads.map((spread) => -spread)];
          const baseline = spreads.map((_, index) => index % 7);
          const candidate = baseline.map((value, index) => value + shift + spreads[index]!);
          const result = pairedBootstrap({ candidate, baseline }, options);
          const noise = 1e-9 * (1 + Math.abs(shift));
          expect(result.low).toBeLessThanOrEqual(result.estimate + noise);
          expect(result.high).toBeGreaterThanOrEqual(result.estimate - noise);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("identical models differ by exactly 0", () => {
    const scores = [1, 0, 1, 1, 0.5, 3];
    expect(pairedBootstrap({ candidate: scores, baseline: scores }, options)).toMatchObject({
      estimate: 0,
      low: 0,
      high: 0,
    });
  });

  it("refuses unpaired, empty or non-finite scores", () => {
    expect(() => pairedBootstrap({ candidate: [1, 0], baseline: [1] })).toThrow(/differ in length: 2 .* 1/);
    expect(() => pairedBootstrap({ candidate: [], baseline: [] })).toThrow(/at least one example/);
    expect(() => pairedBootstrap({ candidate: [1, Number.NaN], baseline: [1, 1] })).toThrow(
      "the candidate's score for example 2 is NaN",
    );
    expect(() => pairedBootstrap({ candidate: [1], baseline: [1] }, { confidence: 1 })).toThrow(/confidence/);
    expect(() => mcnemar([true], [true, false])).toThrow(/differs in length/);
  });
});

describe("sentences for the report", () => {
  it("words an accuracy difference in percentage points with McNemar's p", () => {
    const sentence = describeSignificance({
      unit: "share",
      bootstrap: {
        estimate: 0.004,
        low: -0.002,
        high: 0.01,
        confidence: 0.95,
        resamples: 10_000,
        seed: 1,
        examples: 2000,
      },
      mcnemar: { b: 30, c: 22, statistic: 49 / 52, pValue: 0.3317, method: "chi-squared-corrected" },
      significant: false,
    });
    expect(sentence).toBe("+0.4% (95% CI −0.2% to +1.0%), not significant (McNemar p = 0.33)");
  });

  it("words a significant drop, and small differences with enough digits", () => {
    const sentence = describeSignificance({
      unit: "share",
      bootstrap: {
        estimate: -0.00042,
        low: -0.0008,
        high: -0.00011,
        confidence: 0.9,
        resamples: 1000,
        seed: 1,
        examples: 1e6,
      },
      mcnemar: { b: 100, c: 180, statistic: 22.29, pValue: 0.0000023, method: "chi-squared-corrected" },
      significant: true,
    });
    expect(sentence).toBe("−0.042% (90% CI −0.080% to −0.011%), significant (McNemar p < 0.001)");
  });

  it("words a score difference in its own units", () => {
    const sentence = describeSignificance({
      unit: "value",
      bootstrap: {
        estimate: -0.01234,
        low: -0.0201,
        high: -0.00449,
        confidence: 0.95,
        resamples: 1000,
        seed: 1,
        examples: 500,
      },
      significant: true,
    });
    expect(sentence).toBe("−0.0123 (95% CI −0.0201 to −0.0045), significant (the interval leaves out 0)");
  });

  it("shows p with the digits that keep it on its side of alpha", () => {
    expect(formatPValue(0.31)).toBe("= 0.31");
    expect(formatPValue(0.0496)).toBe("= 0.0496");
    expect(formatPValue(0.0504)).toBe("= 0.05");
    expect(formatPValue(1)).toBe("= 1");
    expect(formatPValue(0.0002)).toBe("< 0.001");
  });

  it("puts both tests together for correctness", () => {
    const random = seeded(5);
    const baselineCorrect = Array.from({ length: 400 }, () => random() < 0.7);
    const candidateCorrect = baselineCorrect.map((right) => (right ? random() < 0.97 : random() < 0.4));
    const result = significanceOfCorrectness(candidateCorrect, baselineCorrect, { resamples: 500 });
    expect(result.unit).toBe("share");
    expect(result.mcnemar?.method).toBe("chi-squared-corrected");
    expect(result.significant).toBe(result.mcnemar!.pValue < 0.05);
    expect(result.sentence).toMatch(
      /^[+−]\d+\.\d% \(95% CI [+−]?\d+\.\d% to [+−]?\d+\.\d%\), (not )?significant \(McNemar p [=<] [\d.]+\)$/,
    );

    const scores = significanceOfScores(
      { candidate: [1, 2, 3, 4], baseline: [1, 2, 3, 4] },
      { resamples: 100 },
    );
    expect(scores).toMatchObject({ unit: "value", significant: false });
    expect(scores.sentence).toBe("0 (95% CI 0 to 0), not significant (the interval includes 0)");
  });
});
