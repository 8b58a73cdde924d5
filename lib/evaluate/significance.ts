/**
 * Is the candidate really better, or did it get lucky on this evaluation set? When both models
 * scored the same examples, two paired tests answer:
 *
 * - A paired bootstrap of the difference of means (candidate − baseline): seeded resamples of
 *   example indices, the same indices for both models, and a percentile confidence interval
 *   (numpy.percentile's default linear interpolation). Works for any per-example score.
 * - McNemar's test on per-example correctness: only the examples the two models disagree on
 *   count. b = candidate right and baseline wrong, c = candidate wrong and baseline right. With
 *   b + c < 25 the p-value is the exact two-sided binomial one (scipy.stats.binomtest(b, b + c,
 *   0.5)); from 25 on, the chi-squared one with continuity correction, (|b − c| − 1)² / (b + c) on
 *   1 degree of freedom (as statsmodels computes it: b = c gives 1 / (b + c), not 0).
 *
 * The distributions are computed here, not approximated: the binomial CDF at p = 1/2 exactly
 * (integers, then one correctly rounded division), the chi-squared survival function through the
 * regularized upper incomplete gamma function Q(1/2, x/2) = erfc(√(x/2)), to about 1e-15 relative.
 */

import { DataError } from "../errors.ts";
import * as z from "../zod.ts";

// ---------------------------------------------------------------------------------------------
// Seeded resamples

/** xoshiro128** (Blackman and Vigna), seeded through splitmix32: 32-bit words, period 2^128 − 1. */
function seededWords(seed: number): () => number {
  let state = seed >>> 0;
  const splitmix32 = (): number => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let s0 = splitmix32();
  let s1 = splitmix32();
  let s2 = splitmix32();
  let s3 = splitmix32();
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1;
  return () => {
    const result = Math.imul(rotateLeft(Math.imul(s1, 5), 7), 9) >>> 0;
    const shifted = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= shifted;
    s3 = rotateLeft(s3, 11);
    return result;
  };
}

function rotateLeft(word: number, bits: number): number {
  return (word << bits) | (word >>> (32 - bits));
}

const TWO_TO_32 = 4294967296;

/** Above this many examples a word times n is no longer exact in a double. */
const EXACT_PRODUCT_LIMIT = 2 ** 21;

/**
 * Fills `indices` with draws from 0..n−1, each equally likely: Lemire's multiply-and-reject (the
 * high half of word × n, rejecting the few words that would favour some values), which spares
 * the slow floating-point modulo per draw; past 2^21 examples, rejection and modulo.
 */
function drawIndices(nextWord: () => number, n: number, indices: Uint32Array): void {
  const rejectBelow = TWO_TO_32 % n;
  if (n > EXACT_PRODUCT_LIMIT) {
    const acceptBelow = TWO_TO_32 - rejectBelow;
    for (let position = 0; position < indices.length; position++) {
      let word = nextWord();
      while (word >= acceptBelow) word = nextWord();
      indices[position] = word % n;
    }
    return;
  }
  for (let position = 0; position < indices.length; position++) {
    let product = nextWord() * n;
    let high = Math.floor(product / TWO_TO_32);
    while (product - high * TWO_TO_32 < rejectBelow) {
      product = nextWord() * n;
      high = Math.floor(product / TWO_TO_32);
    }
    indices[position] = high;
  }
}

/**
 * The resamples pairedBootstrap draws for `examples` examples: `resamples` arrays of `examples`
 * indices each, drawn with replacement. The same seed gives the same arrays on every platform.
 */
export function* bootstrapResamples(
  examples: number,
  resamples: number,
  seed: number,
): Generator<Uint32Array> {
  checkResampleOptions(examples, resamples, seed);
  const nextWord = seededWords(seed);
  for (let draw = 0; draw < resamples; draw++) {
    const indices = new Uint32Array(examples);
    drawIndices(nextWord, examples, indices);
    yield indices;
  }
}

function checkResampleOptions(examples: number, resamples: number, seed: number): void {
  if (!Number.isInteger(examples) || examples < 1 || examples > TWO_TO_32) {
    throw new RangeError(`bootstrap: need at least one example, got ${examples}`);
  }
  if (!Number.isInteger(resamples) || resamples < 1) {
    throw new RangeError(`bootstrap: resamples must be a positive integer, got ${resamples}`);
  }
  if (!Number.isInteger(seed)) throw new RangeError(`bootstrap: seed must be an integer, got ${seed}`);
}

// ---------------------------------------------------------------------------------------------
// Paired bootstrap

export const DEFAULT_RESAMPLES = 10_000;
export const DEFAULT_CONFIDENCE = 0.95;
export const DEFAULT_SEED = 0x5eed;

export interface BootstrapOptions {
  resamples?: number;
  /** Share of the resampled differences the interval holds (0.95: the 2.5th to 97.5th percentile). */
  confidence?: number;
  seed?: number;
}

export const bootstrapResultSchema = z.object({
  /** mean(candidate) − mean(baseline) over all examples. */
  estimate: z.number(),
  low: z.number(),
  high: z.number(),
  confidence: z.number(),
  resamples: z.int(),
  seed: z.int(),
  examples: z.int(),
});
export type BootstrapResult = z.infer<typeof bootstrapResultSchema>;

/**
 * The difference of mean scores (candidate − baseline) on the same examples, with a percentile
 * confidence interval over seeded resamples of the examples, each resample used for both models.
 * The seed is read as a 32-bit unsigned integer. Cost: resamples × examples draws, about a second
 * for 10,000 × 10,000.
 */
export function pairedBootstrap(
  scores: { candidate: readonly number[]; baseline: readonly number[] },
  options: BootstrapOptions = {},
): BootstrapResult {
  const { candidate, baseline } = scores;
  const resamples = options.resamples ?? DEFAULT_RESAMPLES;
  const confidence = options.confidence ?? DEFAULT_CONFIDENCE;
  const seed = options.seed ?? DEFAULT_SEED;
  if (candidate.length !== baseline.length) {
    throw new DataError(
      `paired scores differ in length: ${candidate.length} for the candidate, ${baseline.length} for the baseline`,
    );
  }
  checkResampleOptions(candidate.length, resamples, seed);
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`bootstrap: confidence must be between 0 and 1, got ${confidence}`);
  }
  const candidateScores = finiteScores(candidate, "candidate");
  const baselineScores = finiteScores(baseline, "baseline");
  const examples = candidateScores.length;

  const differences = new Float64Array(resamples);
  const indices = new Uint32Array(examples);
  const nextWord = seededWords(seed);
  for (let draw = 0; draw < resamples; draw++) {
    drawIndices(nextWord, examples, indices);
    let candidateSum = 0;
    let baselineSum = 0;
    for (let position = 0; position < examples; position++) {
      const index = indices[position]!;
      candidateSum += candidateScores[index]!;
      baselineSum += baselineScores[index]!;
    }
    differences[draw] = candidateSum / examples - baselineSum / examples;
  }
  differences.sort();

  const tail = (1 - confidence) / 2;
  return {
    estimate: mean(candidateScores) - mean(baselineScores),
    low: percentile(differences, tail),
    high: percentile(differences, 1 - tail),
    confidence,
    resamples,
    seed,
    examples,
  };
}

function finiteScores(scores: readonly number[], model: string): Float64Array {
  const copy = Float64Array.from(scores);
  const bad = copy.findIndex((score) => !Number.isFinite(score));
  if (bad >= 0) throw new DataError(`the ${model}'s score for example ${bad + 1} is ${copy[bad]}`);
  return copy;
}

function mean(values: Float64Array): number {
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** numpy.quantile(sorted, q) with its default "linear" method, computed as numpy computes it. */
export function percentile(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const virtualIndex = (n - 1) * q;
  const below = Math.min(Math.max(Math.floor(virtualIndex), 0), n - 1);
  const above = Math.min(below + 1, n - 1);
  const weight = virtualIndex - Math.floor(virtualIndex);
  const a = sorted[below]!;
  const b = sorted[above]!;
  const difference = b - a;
  // numpy's _lerp: from the nearer end, so that the result is monotonic and exact at the ends.
  return weight >= 0.5 ? b - difference * (1 - weight) : a + difference * weight;
}

// ---------------------------------------------------------------------------------------------
// McNemar's test

/** Below this many discordant examples the exact binomial test is used. */
export const MCNEMAR_EXACT_BELOW = 25;

export const mcnemarResultSchema = z.object({
  /** Examples the candidate got right and the baseline wrong. */
  b: z.int(),
  /** Examples the candidate got wrong and the baseline right. */
  c: z.int(),
  /** Exact: min(b, c), the binomial count; chi-squared: (|b − c| − 1)² / (b + c). */
  statistic: z.number(),
  pValue: z.number(),
  method: z.enum(["exact-binomial", "chi-squared-corrected"]),
});
export type McNemarResult = z.infer<typeof mcnemarResultSchema>;

/** McNemar's test on which examples each model got right. */
export function mcnemar(
  candidateCorrect: readonly boolean[],
  baselineCorrect: readonly boolean[],
): McNemarResult {
  if (candidateCorrect.length !== baselineCorrect.length) {
    throw new DataError(
      `paired correctness differs in length: ${candidateCorrect.length} for the candidate, ${baselineCorrect.length} for the baseline`,
    );
  }
  let b = 0;
  let c = 0;
  candidateCorrect.forEach((candidateRight, index) => {
    const baselineRight = baselineCorrect[index];
    if (candidateRight && !baselineRight) b++;
    else if (!candidateRight && baselineRight) c++;
  });
  return mcnemarFromCounts(b, c);
}

/** McNemar's test from the two discordant counts. */
export function mcnemarFromCounts(b: number, c: number): McNemarResult {
  if (!Number.isInteger(b) || !Number.isInteger(c) || b < 0 || c < 0) {
    throw new RangeError(`McNemar: counts must be non-negative integers, got b=${b}, c=${c}`);
  }
  const discordant = b + c;
  if (discordant < MCNEMAR_EXACT_BELOW) {
    const smaller = Math.min(b, c);
    // Two-sided at p = 1/2: both tails are the same size. b = c (and b + c = 0) gives 1.
    const pValue = discordant === 0 ? 1 : Math.min(1, 2 * binomialCdfHalf(smaller, discordant));
    return { b, c, statistic: smaller, pValue, method: "exact-binomial" };
  }
  const statistic = (Math.abs(b - c) - 1) ** 2 / discordant;
  return { b, c, statistic, pValue: chiSquaredSurvival1(statistic), method: "chi-squared-corrected" };
}

/**
 * P(X ≤ k) for X ~ Binomial(n, 1/2), exact: the sum of C(n, i) in integers over 2^n, rounded
 * once. n up to 1023 (2^n must be a double).
 */
export function binomialCdfHalf(k: number, n: number): number {
  if (!Number.isInteger(n) || n < 0 || n > 1023) {
    throw new RangeError(`binomial CDF: n must be an integer from 0 to 1023, got ${n}`);
  }
  if (k < 0) return 0;
  if (k >= n) return 1;
  const last = Math.floor(k);
  let coefficient = 1n;
  let sum = 1n;
  for (let i = 1; i <= last; i++) {
    coefficient = (coefficient * BigInt(n - i + 1)) / BigInt(i);
    sum += coefficient;
  }
  // Number(sum) rounds to nearest; dividing by a power of two is then exact.
  return Number(sum) / 2 ** n;
}

// ---------------------------------------------------------------------------------------------
// Chi-squared (1 degree of freedom), erfc, and the incomplete gamma function at a = 1/2

const SQRT_PI = Math.sqrt(Math.PI);
const TINY = 1e-300;
const EPSILON = 2 ** -53;

/** P(χ² > x) on one degree of freedom: Q(1/2, x/2). */
export function chiSquaredSurvival1(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  return upperGammaHalf(x / 2);
}

/** The complementary error function, for any x: erfc(x) = Q(1/2, x²) for x ≥ 0. */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x < 0) return 2 - erfc(-x);
  // x² rounds; its rounding error e scales the result by exp(−e), which matters for large x.
  const [square, error] = exactSquare(x);
  return upperGammaHalf(square) * Math.exp(-error);
}

/** x² as square + error, exactly (Veltkamp split; JavaScript has no fused multiply-add). */
function exactSquare(x: number): [number, number] {
  const square = x * x;
  if (!Number.isFinite(square)) return [square, 0];
  const scaled = 134217729 * x; // 2^27 + 1
  const high = scaled - (scaled - x);
  const low = x - high;
  return [square, high * high - square + 2 * high * low + low * low];
}

/** The regularized upper incomplete gamma function Q(1/2, y) = erfc(√y). */
function upperGammaHalf(y: number): number {
  if (y <= 0) return 1;
  if (y === Number.POSITIVE_INFINITY) return 0;
  // The series converges fast and loses little to 1 − P while Q is not small; beyond, the
  // continued fraction converges fast and keeps Q's relative accuracy deep into the tail.
  return y < 1.5 ? 1 - lowerGammaHalfSeries(y) : upperGammaHalfContinuedFraction(y);
}

/** P(1/2, y) = e^(−y) √y / Γ(3/2) · Σ yⁿ / ((3/2)(5/2)…(1/2 + n)): positive terms only. */
function lowerGammaHalfSeries(y: number): number {
  let term = 1;
  let sum = 1;
  for (let n = 1; n < 500; n++) {
    term *= y / (0.5 + n);
    sum += term;
    if (term < sum * EPSILON) break;
  }
  return ((Math.exp(-y) * Math.sqrt(y)) / (SQRT_PI / 2)) * sum;
}

/** Q(1/2, y) = e^(−y) √y / Γ(1/2) · 1/(y + 1/2 − 1·(1/2)/(y + 5/2 − 2·(3/2)/(y + 9/2 − …))), by Lentz. */
function upperGammaHalfContinuedFraction(y: number): number {
  const a = 0.5;
  let denominator = y + 1 - a;
  let c = 1 / TINY;
  let d = 1 / denominator;
  let fraction = d;
  for (let i = 1; i < 1000; i++) {
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
  return ((Math.exp(-y) * Math.sqrt(y)) / SQRT_PI) * fraction;
}

// ---------------------------------------------------------------------------------------------
// Both tests together, and the sentence for the report

export const significanceResultSchema = z.object({
  /** "share": scores are 0/1 correctness, shown in percentage points; "value": in the scores' units. */
  unit: z.enum(["share", "value"]),
  bootstrap: bootstrapResultSchema,
  mcnemar: z.optional(mcnemarResultSchema),
  /** McNemar's p below 1 − confidence where it was run, else the interval leaves out 0. */
  significant: z.boolean(),
  sentence: z.string(),
});
export type SignificanceResult = z.infer<typeof significanceResultSchema>;

/** Accuracy-style comparison: bootstrap of 1/0 correctness, and McNemar's test. */
export function significanceOfCorrectness(
  candidateCorrect: readonly boolean[],
  baselineCorrect: readonly boolean[],
  options: BootstrapOptions = {},
): SignificanceResult {
  const mcnemarResult = mcnemar(candidateCorrect, baselineCorrect);
  const bootstrap = pairedBootstrap(
    { candidate: candidateCorrect.map(Number), baseline: baselineCorrect.map(Number) },
    options,
  );
  const significant = mcnemarResult.pValue < 1 - bootstrap.confidence;
  const result = { unit: "share" as const, bootstrap, mcnemar: mcnemarResult, significant };
  return { ...result, sentence: describeSignificance(result) };
}

/** Comparison of any per-example scores (log loss, squared error): the bootstrap alone. */
export function significanceOfScores(
  scores: { candidate: readonly number[]; baseline: readonly number[] },
  options: BootstrapOptions = {},
): SignificanceResult {
  const bootstrap = pairedBootstrap(scores, options);
  const significant = bootstrap.low > 0 || bootstrap.high < 0;
  const result = { unit: "value" as const, bootstrap, significant };
  return { ...result, sentence: describeSignificance(result) };
}

/**
 * `+0.4% (95% CI −0.2% to +1.0%), not significant (McNemar p = 0.31)`; for scores,
 * `−0.0123 (95% CI −0.0201 to −0.0045), significant (the interval leaves out 0)`.
 */
export function describeSignificance(result: Omit<SignificanceResult, "sentence">): string {
  const { bootstrap, mcnemar: mcnemarResult, significant, unit } = result;
  const values = [bootstrap.estimate, bootstrap.low, bootstrap.high];
  const show = unit === "share" ? percentagePointsFormatter(values) : significantDigitsFormatter(values);
  const level = `${Number((bootstrap.confidence * 100).toPrecision(4))}%`;
  const interval = `${show(bootstrap.estimate)} (${level} CI ${show(bootstrap.low)} to ${show(bootstrap.high)})`;
  const verdict = significant ? "significant" : "not significant";
  if (mcnemarResult) {
    const alpha = 1 - bootstrap.confidence;
    return `${interval}, ${verdict} (McNemar p ${formatPValue(mcnemarResult.pValue, alpha)})`;
  }
  return `${interval}, ${verdict} (the interval ${significant ? "leaves out" : "includes"} 0)`;
}

const MINUS = "\u2212";

function signed(text: string, value: number): string {
  if (/^0(\.0*)?$/.test(text)) return text;
  return value < 0 ? `${MINUS}${text}` : `+${text}`;
}

/** Differences of shares as percentage points, with enough decimals for two significant digits. */
function percentagePointsFormatter(values: number[]): (value: number) => string {
  const largest = Math.max(...values.map((value) => Math.abs(value * 100)));
  const decimals = largest > 0 ? Math.min(4, Math.max(1, 1 - Math.floor(Math.log10(largest)))) : 1;
  return (value) => `${signed(Math.abs(value * 100).toFixed(decimals), value)}%`;
}

function significantDigitsFormatter(values: number[]): (value: number) => string {
  const largest = Math.max(...values.map(Math.abs));
  const decimals = largest > 0 ? Math.min(12, Math.max(0, 2 - Math.floor(Math.log10(largest)))) : 0;
  return (value) => signed(Math.abs(value).toFixed(decimals), value);
}

/** `= 0.31`, `< 0.001`; with more digits where two would put p on the wrong side of alpha. */
export function formatPValue(p: number, alpha = 0.05): string {
  if (p < 0.001) return "< 0.001";
  for (let digits = 2; digits <= 6; digits++) {
    const shown = Number(p.toPrecision(digits));
    if (shown < alpha === p < alpha) return `= ${shown}`;
  }
  return `= ${p}`;
}
