/**
 * The drift statistics, on samples (./sample.ts), computed as scipy 1.10 and Evidently compute
 * them on the raw values:
 *
 * - ksTwoSample: scipy.stats.ks_2samp(reference, current) (two-sided, method "auto").
 * - wassersteinDistance: scipy.stats.wasserstein_distance; Evidently's "wasserstein" test divides
 *   it by the reference's standard deviation (numpy.std, ddof 0).
 * - chiSquare: scipy.stats.chisquare(observed, expected), p from chi2.sf on k − 1 degrees of freedom.
 * - zTest: Evidently's two-proportion z-test for columns with at most two values; its p-value
 *   2·(1 − Φ(|z|)) is computed as erfc(|z|/√2), which keeps its accuracy where 1 − Φ would round
 *   to 0 (so it matches 2·scipy.stats.norm.sf(|z|)).
 * - jensenShannon: scipy.spatial.distance.jensenshannon(p, q) (natural logarithm).
 * - psi: Evidently's population stability index, Σ (r − c)·ln(r/c) over bins.
 * - binShares: Evidently's get_binned_data: numerical columns whose reference has more than 20
 *   distinct values in Sturges bins (numpy.histogram_bin_edges(both samples, "sturges")), others
 *   per value; empty bins, when `fillEmpty`, get min(non-empty share)/10⁶ when that is ≤ 0.0001,
 *   else 0.0001.
 *
 * From a sketch (rankError ε > 0: every share of values ≤ x within ε of the true one), the same
 * computations run on the sketch's weighted items. What that costs, per statistic, as a bound on
 * |value from sketches − value from all the data| (`errorBound`):
 * - KS statistic: ε_ref + ε_cur (both empirical CDFs are within their ε everywhere);
 * - normalised Wasserstein: (ε_ref·range_ref + ε_cur·range_cur) / σ_ref, since
 *   W = ∫|F_ref − F_cur| dx and each CDF is off by at most ε over its own range;
 * - PSI: bins from a sketch spread each item's weight between its neighbours (see histogram),
 *   so each bin's share is within 2ε' of the true one, ε' = ε + the largest item's weight / n; the bound sums, per bin, how far
 *   (r − c)·ln(r/c) can move when r and c move that far (it is convex: the larger of the change at
 *   the box's corners and its first-order bound below), a share that could be 0 going down to
 *   Evidently's smallest floor. Evidently's PSI is very sensitive to nearly empty bins, and so
 *   is this bound: it is small when both samples fill the same bins, large when they part;
 * - chi-squared and Jensen–Shannon over sketch bins: not bounded (null); they are the defaults only
 *   for columns with at most five values, which profiles keep exactly.
 */
import { chiSquaredSf, ksTwoSamplePValue, normalTwoSidedP } from "./distributions.ts";
import type { CategoricalSample, FeatureSample, NumericalSample } from "./sample.ts";

// ---------------------------------------------------------------------------------------------
// numpy's summation

/** numpy.sum of a float64 array: the first element, then pairwise sums of the rest in blocks of 8. */
export function numpySum(values: ArrayLike<number>): number {
  if (values.length === 0) return 0;
  return (values[0] as number) + pairwiseSum(values, 1, values.length - 1);
}

function pairwiseSum(values: ArrayLike<number>, start: number, n: number): number {
  if (n < 8) {
    let sum = -0;
    for (let i = 0; i < n; i++) sum += values[start + i] as number;
    return sum;
  }
  if (n <= 128) {
    const r = new Float64Array(8);
    for (let j = 0; j < 8; j++) r[j] = values[start + j] as number;
    let i = 8;
    for (; i < n - (n % 8); i += 8)
      for (let j = 0; j < 8; j++) r[j] = (r[j] as number) + (values[start + i + j] as number);
    let sum = r[0]! + r[1]! + (r[2]! + r[3]!) + (r[4]! + r[5]! + (r[6]! + r[7]!));
    for (; i < n; i++) sum += values[start + i] as number;
    return sum;
  }
  let half = Math.floor(n / 2);
  half -= half % 8;
  return pairwiseSum(values, start, half) + pairwiseSum(values, start + half, n - half);
}

// ---------------------------------------------------------------------------------------------
// Numerical: KS and Wasserstein

export interface TestValue {
  statistic: number;
  /** null for distances. */
  pValue: number | null;
}

/** Walks the union of two samples' distinct values, ascending, with each side's count at or below. */
function walkUnion(
  u: NumericalSample,
  v: NumericalSample,
  visit: (value: number, below1: number, below2: number, next: number) => void,
): void {
  let i = 0;
  let j = 0;
  let below1 = 0;
  let below2 = 0;
  const a = u.values;
  const b = v.values;
  while (i < a.length || j < b.length) {
    const x =
      j >= b.length || (i < a.length && (a[i] as number) <= (b[j] as number))
        ? (a[i] as number)
        : (b[j] as number);
    while (i < a.length && a[i] === x) below1 += u.weights[i++] as number;
    while (j < b.length && b[j] === x) below2 += v.weights[j++] as number;
    const next =
      i < a.length && j < b.length
        ? Math.min(a[i] as number, b[j] as number)
        : i < a.length
          ? (a[i] as number)
          : j < b.length
            ? (b[j] as number)
            : Number.NaN;
    visit(x, below1, below2, next);
  }
}

/** scipy.stats.ks_2samp(reference, current): D = sup |F_ref − F_cur| and its two-sided p-value. */
export function ksTwoSample(
  reference: NumericalSample,
  current: NumericalSample,
): TestValue & { method: string } {
  const n1 = reference.count;
  const n2 = current.count;
  let largest = 0;
  let smallest = 0;
  walkUnion(reference, current, (_value, below1, below2) => {
    const difference = below1 / n1 - below2 / n2;
    if (difference > largest) largest = difference;
    if (difference < smallest) smallest = difference;
  });
  const minS = Math.min(Math.max(-smallest, 0), 1);
  const d = minS > largest ? minS : largest;
  const { statistic, pValue, method } = ksTwoSamplePValue(d, n1, n2);
  return { statistic, pValue, method };
}

/** scipy.stats.wasserstein_distance(u, v): ∫ |F_u − F_v| dx. */
export function wassersteinDistance(u: NumericalSample, v: NumericalSample): number {
  const terms: number[] = [];
  walkUnion(u, v, (value, below1, below2, next) => {
    if (!Number.isNaN(next)) terms.push(Math.abs(below1 / u.count - below2 / v.count) * (next - value));
  });
  return numpySum(terms);
}

/** Evidently's "wasserstein" drift score: the distance divided by the reference's standard deviation. */
export function normalisedWasserstein(reference: NumericalSample, current: NumericalSample): number {
  const distance = wassersteinDistance(reference, current);
  if (reference.std === 0) return distance === 0 ? 0 : Number.POSITIVE_INFINITY;
  return distance / reference.std;
}

// ---------------------------------------------------------------------------------------------
// Bins

export interface BinShares {
  /** What each bin is: a value (categories, few numbers) or [low, high) edges. */
  labels: string[];
  reference: number[];
  current: number[];
  /** Bins are Sturges intervals (else one per value). */
  sturges: boolean;
}

/** numpy.histogram_bin_edges(values, bins="sturges") for values with this count, min and max. */
export function sturgesEdges(count: number, min: number, max: number): number[] {
  let first = min;
  let last = max;
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  }
  const width = (max - min) / (Math.log2(count) + 1);
  const bins = width ? Math.ceil((last - first) / width) : 1;
  const step = (last - first) / bins;
  const edges: number[] = [];
  for (let i = 0; i <= bins; i++) edges.push(i * step + first);
  edges[bins] = last;
  return edges;
}

/**
 * numpy.histogram(sample, edges): [e_i, e_i+1), the last bin closed. For a sketch, each item's
 * weight is spread evenly from the midpoint with the item below to the midpoint with the item
 * above (the minimum and the maximum at the ends) instead of sitting on the item: an item of a
 * high level stands for thousands of values around it, and left on one point it would leave bins
 * in the tails empty, which PSI's floor turns into large errors. The shares stay within
 * `binningRankError` of the true ones.
 */
export function histogram(sample: NumericalSample, edges: readonly number[]): number[] {
  if (sample.rankError > 0) return spreadHistogram(sample, edges);
  const counts = new Array<number>(edges.length - 1).fill(0);
  let bin = 0;
  const last = edges.length - 2;
  for (let i = 0; i < sample.values.length; i++) {
    const value = sample.values[i] as number;
    if (value < (edges[0] as number) || value > (edges[last + 1] as number)) continue;
    while (bin < last && value >= (edges[bin + 1] as number)) bin++;
    counts[bin] = (counts[bin] as number) + (sample.weights[i] as number);
  }
  return counts;
}

function spreadHistogram(sample: NumericalSample, edges: readonly number[]): number[] {
  const counts = new Array<number>(edges.length - 1).fill(0);
  const { values, weights } = sample;
  const n = values.length;
  const last = edges.length - 1;
  for (let i = 0; i < n; i++) {
    const low = i === 0 ? sample.min : ((values[i - 1] as number) + (values[i] as number)) / 2;
    const high = i === n - 1 ? sample.max : ((values[i] as number) + (values[i + 1] as number)) / 2;
    const weight = weights[i] as number;
    if (!(high > low)) {
      const bin = binOf(edges, values[i] as number);
      counts[bin] = (counts[bin] as number) + weight;
      continue;
    }
    for (let bin = binOf(edges, low); bin < last; bin++) {
      const from = Math.max(low, edges[bin] as number);
      const to = Math.min(high, edges[bin + 1] as number);
      if (to > from) counts[bin] = (counts[bin] as number) + (weight * (to - from)) / (high - low);
      if ((edges[bin + 1] as number) >= high) break;
    }
  }
  return counts;
}

/** The bin of x among the edges ([e_i, e_i+1), the last closed), clamped to the first and last. */
function binOf(edges: readonly number[], x: number): number {
  let lo = 0;
  let hi = edges.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((edges[mid] as number) <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The bound on the error of a share of values ≤ x from spreadHistogram: the sketch's rank error,
 * plus the largest item's weight (spreading moves at most one item's mass past a point on each
 * side, and those two never add up).
 */
export function binningRankError(sample: FeatureSample): number {
  if (sample.kind !== "numerical" || sample.rankError === 0) return 0;
  let largest = 0;
  for (const weight of sample.weights) if (weight > largest) largest = weight;
  return sample.rankError + largest / sample.count;
}

/** Reference distinct values above which numerical columns are binned by Sturges (Evidently). */
export const PER_VALUE_MAX_DISTINCT = 20;
const OTHER = "(other)";

/** Evidently's get_binned_data: the two samples' shares per bin. */
export function binShares(reference: FeatureSample, current: FeatureSample, fillEmpty: boolean): BinShares {
  let shares: BinShares;
  if (reference.kind === "numerical" && current.kind === "numerical") {
    if (reference.values.length > PER_VALUE_MAX_DISTINCT) {
      const edges = sturgesEdges(
        reference.count + current.count,
        Math.min(reference.min, current.min),
        Math.max(reference.max, current.max),
      );
      const r = histogram(reference, edges);
      const c = histogram(current, edges);
      shares = {
        labels: r.map((_, i) => `[${edges[i]}, ${edges[i + 1]}${i === r.length - 1 ? "]" : ")"}`),
        reference: r.map((count) => count / reference.count),
        current: c.map((count) => count / current.count),
        sturges: true,
      };
    } else {
      const counts = numericCounts(reference, current);
      shares = {
        labels: counts.keys.map(String),
        reference: counts.reference.map((count) => count / reference.count),
        current: counts.current.map((count) => count / current.count),
        sturges: false,
      };
    }
  } else {
    const counts = categoryCounts(asCategorical(reference), asCategorical(current));
    shares = {
      labels: counts.keys,
      reference: counts.reference.map((count) => count / reference.count),
      current: counts.current.map((count) => count / current.count),
      sturges: false,
    };
  }
  if (fillEmpty) {
    shares.reference = fillEmptyBins(shares.reference);
    shares.current = fillEmptyBins(shares.current);
  }
  return shares;
}

function fillEmptyBins(shares: number[]): number[] {
  let smallest = Number.POSITIVE_INFINITY;
  for (const share of shares) if (share !== 0 && share < smallest) smallest = share;
  const floor = smallest <= 0.0001 ? smallest / 10 ** 6 : 0.0001;
  return shares.map((share) => (share === 0 ? floor : share));
}

/** Distinct values of two numeric samples together (without listing them): a merge that only counts. */
export function distinctNumbers(reference: NumericalSample, current: NumericalSample): number {
  const a = reference.values;
  const b = current.values;
  let i = 0;
  let j = 0;
  let distinct = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x <= y) i++;
    if (y <= x) j++;
    distinct++;
  }
  return distinct + (a.length - i) + (b.length - j);
}

/** Counts per distinct value of both samples, over the union of their values (ascending). */
export function numericCounts(
  reference: NumericalSample,
  current: NumericalSample,
): { keys: number[]; reference: number[]; current: number[] } {
  const keys: number[] = [];
  const r: number[] = [];
  const c: number[] = [];
  let previous1 = 0;
  let previous2 = 0;
  walkUnion(reference, current, (value, below1, below2) => {
    keys.push(value);
    r.push(below1 - previous1);
    c.push(below2 - previous2);
    previous1 = below1;
    previous2 = below2;
  });
  return { keys, reference: r, current: c };
}

/**
 * Counts per category over the union of both tables. Values cut from a table (past its cap) are
 * counted as one "(other)" category; when one side's table was cut, the other side's values that
 * the cut side does not list go there too, so both sides bin alike.
 */
export function categoryCounts(
  reference: CategoricalSample,
  current: CategoricalSample,
): { keys: string[]; reference: number[]; current: number[] } {
  const keys = [...new Set([...reference.counts.keys(), ...current.counts.keys()])].sort(byCodePoint);
  const r: number[] = [];
  const c: number[] = [];
  const kept: string[] = [];
  let otherR = reference.other;
  let otherC = current.other;
  for (const key of keys) {
    const inR = reference.counts.get(key);
    const inC = current.counts.get(key);
    if (inR === undefined && reference.other > 0) {
      otherC += inC ?? 0;
      continue;
    }
    if (inC === undefined && current.other > 0) {
      otherR += inR ?? 0;
      continue;
    }
    kept.push(key);
    r.push(inR ?? 0);
    c.push(inC ?? 0);
  }
  if (otherR > 0 || otherC > 0) {
    kept.push(OTHER);
    r.push(otherR);
    c.push(otherC);
  }
  return { keys: kept, reference: r, current: c };
}

function asCategorical(sample: FeatureSample): CategoricalSample {
  if (sample.kind === "categorical") return sample;
  const counts = new Map<string, number>();
  sample.values.forEach((value, i) => {
    counts.set(String(value), sample.weights[i] as number);
  });
  return { kind: "categorical", counts, other: 0, count: sample.count, missing: sample.missing };
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// Per-value tests: chi-squared, z

/** Counts per value of both samples (numbers per value, categories per category). */
export function valueCounts(
  reference: FeatureSample,
  current: FeatureSample,
): { keys: string[]; reference: number[]; current: number[] } {
  if (reference.kind === "numerical" && current.kind === "numerical") {
    const counts = numericCounts(reference, current);
    return { ...counts, keys: counts.keys.map(String) };
  }
  return categoryCounts(asCategorical(reference), asCategorical(current));
}

/** scipy.stats.chisquare(observed, expected): Pearson's statistic and chi2.sf(statistic, k − 1). */
export function chiSquare(observed: readonly number[], expected: readonly number[]): TestValue {
  const terms = observed.map((o, i) => (o - (expected[i] as number)) ** 2 / (expected[i] as number));
  const statistic = numpySum(terms);
  const df = observed.length - 1;
  return { statistic, pValue: df < 1 ? Number.NaN : chiSquaredSf(statistic, df) };
}

/** Evidently's chi-squared test: current counts against reference counts scaled to the current total. */
export function chiSquareTest(reference: FeatureSample, current: FeatureSample): TestValue {
  const counts = valueCounts(reference, current);
  const scale = current.count / reference.count;
  return chiSquare(
    counts.current,
    counts.reference.map((count) => count * scale),
  );
}

/** Evidently's two-proportion z-test (for at most two values across both samples). */
export function zTest(reference: FeatureSample, current: FeatureSample): TestValue {
  const counts = valueCounts(reference, current);
  if (counts.keys.length > 2)
    throw new RangeError(`the z-test takes at most two values, got ${counts.keys.length}`);
  // Both samples hold one and the same value: Evidently answers p = 1.
  if (counts.keys.length === 1) return { statistic: 0, pValue: 1 };
  const n1 = reference.count;
  const n2 = current.count;
  const p1 = (counts.reference[0] as number) / n1;
  const p2 = (counts.current[0] as number) / n2;
  const pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
  const z = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return { statistic: z, pValue: normalTwoSidedP(z) };
}

// ---------------------------------------------------------------------------------------------
// Distances over bins: Jensen–Shannon, PSI

function relativeEntropy(x: number, y: number): number {
  if (x > 0 && y > 0) return x * Math.log(x / y);
  if (x === 0 && y >= 0) return 0;
  return Number.POSITIVE_INFINITY;
}

/** scipy.spatial.distance.jensenshannon(p, q) with the natural logarithm. */
export function jensenShannon(p0: readonly number[], q0: readonly number[]): number {
  const sumP = numpySum(p0);
  const sumQ = numpySum(q0);
  const p = p0.map((x) => x / sumP);
  const q = q0.map((x) => x / sumQ);
  const m = p.map((x, i) => (x + (q[i] as number)) / 2);
  const left = numpySum(p.map((x, i) => relativeEntropy(x, m[i] as number)));
  const right = numpySum(q.map((x, i) => relativeEntropy(x, m[i] as number)));
  return Math.sqrt((left + right) / 2);
}

/** Evidently's PSI of shares whose empty bins were filled. */
export function psi(reference: readonly number[], current: readonly number[]): number {
  return numpySum(
    reference.map((r, i) => (r - (current[i] as number)) * Math.log(r / (current[i] as number))),
  );
}

export function jensenShannonTest(reference: FeatureSample, current: FeatureSample): TestValue {
  const shares = binShares(reference, current, false);
  return { statistic: jensenShannon(shares.reference, shares.current), pValue: null };
}

export function psiTest(reference: FeatureSample, current: FeatureSample): TestValue {
  const shares = binShares(reference, current, true);
  return { statistic: psi(shares.reference, shares.current), pValue: null };
}

// ---------------------------------------------------------------------------------------------
// Error bounds for sketches

/** Rank error of a sample: 0 when exact (categorical samples always are, but for their cut "other"). */
export function rankErrorOf(sample: FeatureSample): number {
  return sample.kind === "numerical" ? sample.rankError : 0;
}

/** Bound on the KS statistic's error: see the top of this file. */
export function ksErrorBound(reference: FeatureSample, current: FeatureSample): number {
  return rankErrorOf(reference) + rankErrorOf(current);
}

/** Bound on the normalised Wasserstein distance's error. */
export function wassersteinErrorBound(reference: NumericalSample, current: NumericalSample): number {
  const spread =
    reference.rankError * (reference.max - reference.min) + current.rankError * (current.max - current.min);
  if (spread === 0) return 0;
  return spread / reference.std;
}

/** Bound on PSI's error when shares come from sketch bins (0 when both samples are exact). */
export function psiErrorBound(reference: FeatureSample, current: FeatureSample): number {
  const dr = 2 * binningRankError(reference);
  const dc = 2 * binningRankError(current);
  if (dr === 0 && dc === 0) return 0;
  const shares = binShares(reference, current, true);
  // A bin whose true share could be 0 gets Evidently's floor, as small as a millionth of one
  // row's share: log(r/c) there is what makes PSI so sensitive to nearly empty bins.
  const lowest = (share: number, delta: number, count: number) =>
    share - delta >= 1 / count ? share - delta : 1 / count / 10 ** 6;
  const term = (r: number, c: number) => (r - c) * Math.log(r / c);
  let bound = 0;
  shares.reference.forEach((r, i) => {
    const c = shares.current[i] as number;
    const value = term(r, c);
    let highest = value;
    for (const rr of [lowest(r, dr, reference.count), Math.min(r + dr, 1)])
      for (const cc of [lowest(c, dc, current.count), Math.min(c + dc, 1)])
        highest = Math.max(highest, term(rr, cc));
    const slopeR = Math.log(r / c) + 1 - c / r;
    const slopeC = -Math.log(r / c) + 1 - r / c;
    const below = Math.abs(slopeR) * dr + Math.abs(slopeC) * dc;
    bound += Math.max(highest - value, Math.min(below, value));
  });
  return bound;
}
