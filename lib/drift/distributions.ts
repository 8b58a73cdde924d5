/**
 * The distributions behind the drift tests' p-values, ported from scipy 1.10 so that the numbers
 * agree with it (to about 1e-12 relative; the tests hold them to 1e-9):
 *
 * - ks_2samp's two-sided p-value. Exact for samples of at most 10,000 (scipy's MAX_AUTO_N):
 *   equal sizes by the closed form of `_compute_prob_outside_square`, unequal by Hodges' inside
 *   method with Viehmann's recursion for 1 − p (`_compute_outer_prob_inside_method`). Larger
 *   samples: the one-sample two-sided Kolmogorov–Smirnov distribution at n = round(mn/(m+n))
 *   (`kstwo.sf`, scipy's `_kolmogn` after Simard and L'Ecuyer: Ruben–Gambino ends, Durbin's
 *   matrix (Marsaglia–Tsang–Wang), Pomeranz's recursion, Pelz–Good, and 2 × Smirnov's one-sided
 *   tail).
 * - The chi-squared survival function on an integer number of degrees of freedom, as the
 *   regularized upper incomplete gamma function Q(df/2, x/2) in closed form: for integer a,
 *   e^(−y) Σ_{k<a} y^k / k!; for half-integer a, erfc(√y) plus e^(−y) Σ y^(k+½) / Γ(k + 3/2).
 *   Every term is positive and is summed in log space, so Q keeps its relative accuracy deep
 *   into the tail (where 1 − P would lose it).
 * - The two-sided normal tail 2·Φ(−|z|) = erfc(|z|/√2).
 */
import { erfc } from "../evaluate/significance.ts";

const TWO_128 = 2 ** 128;
const TWO_MINUS_128 = 2 ** -128;

// ---------------------------------------------------------------------------------------------
// Helpers

/** numpy's round: to nearest, ties to even. */
export function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

/** x · 2^exponent without intermediate overflow or underflow of the power. */
function ldexp(x: number, exponent: number): number {
  let result = x;
  let left = exponent;
  while (left > 1000) {
    result *= 2 ** 1000;
    left -= 1000;
  }
  while (left < -1000) {
    result *= 2 ** -1000;
    left += 1000;
  }
  return result * 2 ** left;
}

function clipProbability(p: number): number {
  return p < 0 ? 0 : p > 1 ? 1 : p;
}

function greatestCommonDivisor(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

/** n · x as high + low, exactly (Veltkamp split; JavaScript has no fused multiply-add). */
function exactProduct(a: number, b: number): [number, number] {
  const product = a * b;
  const split = (value: number): [number, number] => {
    const scaled = 134217729 * value;
    const high = scaled - (scaled - value);
    return [high, value - high];
  };
  const [aHigh, aLow] = split(a);
  const [bHigh, bLow] = split(b);
  const error = aHigh * bHigh - product + aHigh * bLow + aLow * bHigh + aLow * bLow;
  return [product, error];
}

// ---------------------------------------------------------------------------------------------
// Two-sample Kolmogorov–Smirnov

/** scipy.stats.ks_2samp's MAX_AUTO_N: up to this many values in the larger sample, exact p-values. */
export const KS_EXACT_MAX_N = 10_000;

export interface KsPValue {
  /** The statistic as scipy returns it: in exact mode, rounded to a multiple of 1/lcm(n1, n2). */
  statistic: number;
  pValue: number;
  method: "exact" | "asymptotic";
}

/** The two-sided p-value of D for samples of n1 and n2 values, as ks_2samp(method="auto"). */
export function ksTwoSamplePValue(d: number, n1: number, n2: number): KsPValue {
  if (max(n1, n2) <= KS_EXACT_MAX_N) {
    const g = greatestCommonDivisor(n1, n2);
    const lcm = (n1 / g) * n2;
    const h = roundHalfEven(d * lcm);
    const rounded = h / lcm;
    if (h === 0) return { statistic: rounded, pValue: 1, method: "exact" };
    const p = n1 === n2 ? probabilityOutsideSquare(n1, h) : outerProbabilityInside(n1, n2, g, h);
    if (p >= 0 && p <= 1) return { statistic: rounded, pValue: p, method: "exact" };
    return { statistic: rounded, pValue: asymptotic(rounded, n1, n2), method: "asymptotic" };
  }
  return { statistic: d, pValue: asymptotic(d, n1, n2), method: "asymptotic" };
}

function max(a: number, b: number): number {
  return a > b ? a : b;
}

function asymptotic(d: number, n1: number, n2: number): number {
  const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
  const en = (m * n) / (m + n);
  return clipProbability(kolmogorovSmirnovSf(roundHalfEven(en), d));
}

/** Pr(D_{n,n} ≥ h/n): scipy's `_compute_prob_outside_square`. */
function probabilityOutsideSquare(n: number, h: number): number {
  let total = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    total = p1 * (1 - total);
  }
  return 2 * total;
}

/** 1 − (paths staying strictly inside |x/m − y/n| < h/lcm) / binom(m+n, n): scipy's pythran kernel. */
function outerProbabilityInside(m0: number, n0: number, g: number, h: number): number {
  const [m, n] = m0 < n0 ? [n0, m0] : [m0, n0];
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const A = new Float64Array(lenA).fill(1);
  A.fill(0, minj, maxj);
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.max(Math.floor((ng * i - h) / mg) + 1, 0);
    minj = Math.min(minj, n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let value = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      value = ((A[jj + minj - lastminj] as number) * i + value * j) / (i + j);
      A[jj] = value;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) A.fill(1, maxj - minj, Math.min(maxj - minj + (lastlen - curlen), lenA));
  }
  return A[maxj - minj - 1] as number;
}

// ---------------------------------------------------------------------------------------------
// One-sample two-sided Kolmogorov–Smirnov distribution (scipy.stats.kstwo), survival function

const LOG_2PI = Math.log(2 * Math.PI);
const SQRT_2PI = Math.sqrt(2 * Math.PI);
const SQRT3 = Math.sqrt(3);
const PI_SQUARED = Math.PI ** 2;
const PI_FOUR = Math.PI ** 4;
const PI_SIX = Math.PI ** 6;
const MIN_LOG = -708;
// B_2j / (2j (2j − 1)) for j = 8 … 1, as scipy lists them (written as the doubles they round to).
const STIRLING = [
  -0.029550653594771242, 0.00641025641025641, -0.0019175269175269176, 0.0008417508417508417,
  -0.0005952380952380953, 0.0007936507936507937, -0.002777777777777778, 0.08333333333333333,
];

function logFactorialOverPower(n: number): number {
  const rn = 1 / n;
  let poly = 0;
  for (const coefficient of STIRLING) poly = poly * (rn / n) + coefficient;
  return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * poly;
}

/** P(D_n > x) for the two-sided one-sample statistic: scipy's `_kolmogn(n, x, cdf=False)`. */
export function kolmogorovSmirnovSf(n: number, x: number): number {
  if (!Number.isInteger(n) || n <= 0) return Number.NaN;
  if (x >= 1) return 0;
  if (x <= 0) return 1;
  const t = n * x;
  if (t <= 1) {
    if (t <= 0.5) return 1;
    let prob: number;
    if (n <= 140) {
      prob = 1;
      for (let i = 1; i <= n; i++) prob *= i * (1 / n) * (2 * t - 1);
    } else prob = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    return clipProbability(1 - prob);
  }
  if (t >= n - 1) return clipProbability(2 * (1 - x) ** n);
  if (x >= 0.5) return clipProbability(2 * smirnovSf(n, x));
  const nxSquared = t * x;
  if (n <= 140) {
    if (nxSquared <= 0.754693) return clipProbability(1 - durbinMatrixCdf(n, x));
    if (nxSquared <= 4) return clipProbability(1 - pomeranzCdf(n, x));
    return clipProbability(2 * smirnovSf(n, x));
  }
  if (nxSquared >= 370) return 0;
  if (nxSquared >= 2.2) return clipProbability(2 * smirnovSf(n, x));
  const cdf =
    nxSquared >= 18 ? 1 : n <= 100_000 && n * x ** 1.5 <= 1.4 ? durbinMatrixCdf(n, x) : pelzGoodCdf(n, x);
  return clipProbability(1 - cdf);
}

/** Pr(D_n ≤ d) by Durbin's matrix, as Marsaglia, Tsang and Wang compute it (`_kolmogn_DMTW`). */
function durbinMatrixCdf(n: number, d: number): number {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let fac = 1;
  for (let j = 1; j <= m; j++) {
    v[j - 1] = 1 - h ** j;
    w[j - 1] = fac;
    fac /= j;
    v[j - 1] = (v[j - 1] as number) * fac;
  }
  const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
  v[m - 1] = (1 + tt) * fac;
  let H = new Float64Array(m * m);
  for (let i = 1; i < m; i++) for (let row = i - 1; row < m; row++) H[row * m + i] = w[row - i + 1] as number;
  for (let row = 0; row < m; row++) H[row * m] = v[row] as number;
  for (let column = 0; column < m; column++) H[(m - 1) * m + column] = v[m - 1 - column] as number;

  let power = new Float64Array(m * m);
  for (let i = 0; i < m; i++) power[i * m + i] = 1;
  let nn = n;
  let exponent = 0;
  let hExponent = 0;
  while (nn > 0) {
    if (nn % 2) {
      power = multiply(power, H, m);
      exponent += hExponent;
    }
    H = multiply(H, H, m);
    hExponent *= 2;
    if (Math.abs(H[(k - 1) * m + (k - 1)] as number) > TWO_128) {
      for (let i = 0; i < H.length; i++) H[i] = (H[i] as number) / TWO_128;
      hExponent += 128;
    }
    nn = Math.floor(nn / 2);
  }
  let p = power[(k - 1) * m + (k - 1)] as number;
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n;
    if (Math.abs(p) < TWO_MINUS_128) {
      p *= TWO_128;
      exponent -= 128;
    }
  }
  if (exponent !== 0) p = ldexp(p, exponent);
  return clipProbability(p);
}

function multiply(a: Float64Array, b: Float64Array, m: number): Float64Array<ArrayBuffer> {
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++)
    for (let l = 0; l < m; l++) {
      const factor = a[i * m + l] as number;
      if (factor === 0) continue;
      for (let j = 0; j < m; j++)
        out[i * m + j] = (out[i * m + j] as number) + factor * (b[l * m + j] as number);
    }
  return out;
}

function pomeranzBounds(i: number, n: number, ll: number, ceilf: number, roundf: number): [number, number] {
  let j1: number;
  let j2: number;
  if (i === 0) {
    j1 = -ll - ceilf - 1;
    j2 = ll + ceilf - 1;
  } else {
    const half = Math.floor((i + 1) / 2);
    if ((i + 1) % 2 === 0) {
      if (half === n + 1) {
        j1 = n - ll - ceilf - 1;
        j2 = n + ll + ceilf - 1;
      } else {
        j1 = half - 1 - ll - roundf - 1;
        j2 = half + ll - 1 + ceilf - 1;
      }
    } else {
      j1 = half - 1 - ll - 1;
      j2 = half + ll + roundf - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}

/** Pr(D_n ≤ x) by Pomeranz's recursion (`_kolmogn_Pomeranz`). */
function pomeranzCdf(n: number, x: number): number {
  const t = n * x;
  const ll = Math.floor(t);
  const f = t - ll;
  const g = Math.min(f, 1 - f);
  const ceilf = f > 0 ? 1 : 0;
  const roundf = f > 0.5 ? 1 : 0;
  const powers = 2 * (ll + 1);
  const gPower = new Float64Array(powers);
  const twoGPower = new Float64Array(powers);
  const oneMinusTwoGPower = new Float64Array(powers);
  gPower[0] = 1;
  twoGPower[0] = 1;
  oneMinusTwoGPower[0] = 1;
  let exponent = 0;
  const gOverN = g / n;
  const twoGOverN = (2 * g) / n;
  const oneMinusTwoGOverN = (1 - 2 * g) / n;
  for (let m = 1; m < powers; m++) {
    gPower[m] = ((gPower[m - 1] as number) * gOverN) / m;
    twoGPower[m] = ((twoGPower[m - 1] as number) * twoGOverN) / m;
    oneMinusTwoGPower[m] = ((oneMinusTwoGPower[m - 1] as number) * oneMinusTwoGOverN) / m;
  }
  let V0 = new Float64Array(powers);
  let V1 = new Float64Array(powers);
  V1[0] = 1;
  let V0s = 0;
  let V1s = 0;
  let [j1, j2] = pomeranzBounds(0, n, ll, ceilf, roundf);
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1;
    [V0, V1] = [V1, V0];
    [V0s, V1s] = [V1s, V0s];
    V1.fill(0);
    [j1, j2] = pomeranzBounds(i, n, ll, ceilf, roundf);
    const pwrs = i === 1 || i === 2 * n + 1 ? gPower : i % 2 ? twoGPower : oneMinusTwoGPower;
    const ln2 = j2 - k1 + 1;
    if (ln2 > 0) {
      const start = k1 - V0s;
      const aLength = Math.max(0, Math.min(ln2, powers - start));
      const convStart = j1 - k1;
      const convLength = j2 - j1 + 1;
      // Entries convStart … convStart + convLength − 1 of the full convolution of
      // V0[start, start + aLength) with pwrs[0, ln2).
      for (let out = 0; out < convLength; out++) {
        const index = convStart + out;
        let sum = 0;
        const from = Math.max(0, index - (ln2 - 1));
        const to = Math.min(aLength - 1, index);
        for (let a = from; a <= to; a++) sum += (V0[start + a] as number) * (pwrs[index - a] as number);
        V1[out] = sum;
      }
      let largest = 0;
      for (let index = 0; index < powers; index++)
        if ((V1[index] as number) > largest) largest = V1[index] as number;
      if (largest > 0 && largest < TWO_MINUS_128) {
        for (let index = 0; index < powers; index++) V1[index] = (V1[index] as number) * TWO_128;
        exponent -= 128;
      }
      V1s = V0s + j1 - k1;
    }
  }
  let answer = V1[n - V1s] as number;
  for (let m = 1; m <= n; m++) {
    if (Math.abs(answer) > TWO_128) {
      answer *= TWO_MINUS_128;
      exponent += 128;
    }
    answer *= m;
  }
  if (exponent !== 0) answer = ldexp(answer, exponent);
  return clipProbability(answer);
}

/** The Pelz–Good approximation to Pr(D_n ≤ x) (`_kolmogn_PelzGood`). */
function pelzGoodCdf(n: number, x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const z = Math.sqrt(n) * x;
  const z2 = z ** 2;
  const z3 = z ** 3;
  const z4 = z ** 4;
  const z6 = z ** 6;
  const qlog = -PI_SQUARED / 8 / z2;
  if (qlog < MIN_LOG) return 0;
  let q = Math.exp(qlog);
  const k1a = -z2;
  const k1b = PI_SQUARED / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = ((2 * z4 - 5 * z2) * PI_SQUARED) / 4;
  const k2c = (PI_FOUR * (1 - 2 * z2)) / 16;
  const k3d = (PI_SIX * (5 - 30 * z2)) / 64;
  const k3c = (PI_FOUR * (-60 * z2 + 212 * z4)) / 16;
  const k3b = (PI_SQUARED * (135 * z4 - 96 * z6)) / 4;
  const k3a = -30 * z6 - 90 * z ** 8;
  const K = [0, 0, 0, 0];
  const maxk = Math.ceil((16 * z) / Math.PI);
  for (let k = maxk; k > 0; k--) {
    const m = 2 * k - 1;
    const m2 = m ** 2;
    const m4 = m ** 4;
    const m6 = m ** 6;
    const qpower = q ** (8 * k);
    const coefficients = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6];
    for (let i = 0; i < 4; i++) K[i] = (K[i] as number) * qpower + (coefficients[i] as number);
  }
  const divisors = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
  for (let i = 0; i < 4; i++) K[i] = ((K[i] as number) * q * SQRT_2PI) / (divisors[i] as number);
  q = Math.exp(-PI_SQUARED / 2 / z2);
  const sqrt3z = SQRT3 * z;
  let k2extra = 0;
  let k3extra = 0;
  for (let k = maxk; k > 0; k--) {
    const k2 = k ** 2;
    const qk = q ** k2;
    const kpi = Math.PI * k;
    k2extra += k2 * qk;
    k3extra += (sqrt3z + kpi) * (sqrt3z - kpi) * k2 * qk;
  }
  K[2] = (K[2] as number) + (k2extra * PI_SQUARED * SQRT_2PI) / (-36 * z3);
  K[3] = (K[3] as number) + (k3extra * PI_SQUARED * SQRT_2PI) / (216 * z6);
  let sum = 0;
  for (let i = 0; i < 4; i++) sum += (K[i] as number) / n ** (i / 2);
  return sum;
}

/**
 * Smirnov's one-sided survival function P(D⁺_n > x) (scipy.special.smirnov): Birnbaum and
 * Tingey's sum x Σ_{v ≤ n(1−x)} C(n,v) (x + v/n)^(v−1) (1 − x − v/n)^(n−v). With a = x + v/n
 * the term is the binomial probability b(v; n, a) divided by a, and that is computed as Loader
 * (2000) does (R's dbinom): Stirling-series remainders and deviance terms, without the large
 * cancelling logarithms, so each term keeps about 1e-14 of relative accuracy (scipy sums in
 * double-double). n·x is split exactly into its integer part and the rest, as scipy does.
 */
export function smirnovSf(n: number, x: number): number {
  if (!(n > 0 && x >= 0 && x <= 1)) return Number.NaN;
  if (n === 1) return 1 - x;
  if (x === 0) return 1;
  if (x === 1) return 0;
  const [nxHigh, nxLow] = exactProduct(n, x);
  let nxFloor = Math.floor(nxHigh);
  let alpha = nxHigh - nxFloor + nxLow;
  if (alpha < 0) {
    nxFloor -= 1;
    alpha += 1;
  }
  if (alpha >= 1) {
    nxFloor += 1;
    alpha = 0;
  }
  if (nxFloor === 0 || (nxFloor === 1 && alpha === 0)) return clipProbability(1 - x * (1 + x) ** (n - 1));
  if (-2 * n * x * x < -708.3964185322641) return 0;
  if (nxFloor >= n - 1) return clipProbability((1 - x) ** n);
  if (n > 1_000_000) return clipProbability(Math.exp(-((6 * n * x + 1) ** 2) / 18 / n));
  let lastTerm = n - nxFloor - (alpha === 0 ? 0 : 1);
  if (alpha === 0) lastTerm -= 1;
  // v = 0: (1 − x)^n / x.
  const logTerms: number[] = [n * Math.log1p(-x) - Math.log(x)];
  let largest = logTerms[0] as number;
  const stirlingN = stirlingRemainder(n);
  for (let v = 1; v <= lastTerm; v++) {
    // n·a and n·(1 − a) from the exact n·x = nxFloor + alpha.
    const meanAbove = nxFloor + v + alpha;
    const meanBelow = n - nxFloor - v - alpha;
    if (meanBelow <= 0) break;
    const logBinomialProbability =
      stirlingN -
      stirlingRemainder(v) -
      stirlingRemainder(n - v) -
      deviance(v, meanAbove) -
      deviance(n - v, meanBelow) -
      0.5 * (LOG_2PI + Math.log(v) + Math.log1p(-v / n));
    const logTerm = logBinomialProbability - Math.log(meanAbove / n);
    logTerms.push(logTerm);
    if (logTerm > largest) largest = logTerm;
    // As scipy stops: when the terms left cannot reach the sum's last bit.
    else if (logTerm < largest + Math.log(2 ** -52 / (4 * (lastTerm + 1 - v)))) break;
  }
  let sum = 0;
  for (const logTerm of logTerms) sum += Math.exp(logTerm - largest);
  return clipProbability(Math.exp(largest + Math.log(sum) + Math.log(x)));
}

/** log(k!) − log(√(2πk) (k/e)^k), Stirling's remainder (R's stirlerr) for an integer k ≥ 1. */
function stirlingRemainder(k: number): number {
  if (k <= 15) {
    let logFactorial = 0;
    for (let i = 2; i <= k; i++) logFactorial += Math.log(i);
    return logFactorial - (k + 0.5) * Math.log(k) + k - LOG_2PI / 2;
  }
  const k2 = k * k;
  const S0 = 1 / 12;
  const S1 = 1 / 360;
  const S2 = 1 / 1260;
  const S3 = 1 / 1680;
  const S4 = 1 / 1188;
  if (k > 500) return (S0 - S1 / k2) / k;
  if (k > 80) return (S0 - (S1 - S2 / k2) / k2) / k;
  if (k > 35) return (S0 - (S1 - (S2 - S3 / k2) / k2) / k2) / k;
  return (S0 - (S1 - (S2 - (S3 - S4 / k2) / k2) / k2) / k2) / k;
}

/** x log(x/m) + m − x without cancellation (Loader's bd0). */
function deviance(x: number, m: number): number {
  if (Math.abs(x - m) < 0.1 * (x + m)) {
    let v = (x - m) / (x + m);
    let s = (x - m) * v;
    let ej = 2 * x * v;
    v *= v;
    for (let j = 1; j < 1000; j++) {
      ej *= v;
      const next = s + ej / (2 * j + 1);
      if (next === s) return next;
      s = next;
    }
    return s;
  }
  return x * Math.log(x / m) + m - x;
}

// ---------------------------------------------------------------------------------------------
// Chi-squared and normal tails

/** P(χ²_df > x) for an integer number of degrees of freedom (scipy.stats.chi2.sf). */
export function chiSquaredSf(x: number, df: number): number {
  if (Number.isNaN(x) || !Number.isInteger(df) || df < 1) return Number.NaN;
  if (x <= 0) return 1;
  if (x === Number.POSITIVE_INFINITY) return 0;
  return upperGammaHalfInteger(df, x / 2);
}

/** Q(twiceA / 2, y), the regularized upper incomplete gamma function at an integer or half-integer a. */
function upperGammaHalfInteger(twiceA: number, y: number): number {
  const logY = Math.log(y);
  const logTerms: number[] = [];
  let base = 0;
  if (twiceA % 2 === 0) {
    // Q(a, y) = Σ_{k<a} e^(−y) y^k / k!
    let logFactorial = 0;
    for (let k = 0; k < twiceA / 2; k++) {
      if (k > 0) logFactorial += Math.log(k);
      logTerms.push(-y + k * logY - logFactorial);
    }
  } else {
    // Q(a, y) = erfc(√y) + Σ_{k<a−½} e^(−y) y^(k+½) / Γ(k + 3/2)
    base = erfc(Math.sqrt(y));
    let logGamma = Math.log(Math.sqrt(Math.PI) / 2);
    for (let k = 0; k < (twiceA - 1) / 2; k++) {
      if (k > 0) logGamma += Math.log(k + 0.5);
      logTerms.push(-y + (k + 0.5) * logY - logGamma);
    }
  }
  if (logTerms.length === 0) return base;
  let largest = Number.NEGATIVE_INFINITY;
  for (const logTerm of logTerms) if (logTerm > largest) largest = logTerm;
  let sum = 0;
  for (const logTerm of logTerms) sum += Math.exp(logTerm - largest);
  return base + Math.exp(largest + Math.log(sum));
}

/** The two-sided normal p-value of z: 2·Φ(−|z|) = 2·scipy.stats.norm.sf(|z|). */
export function normalTwoSidedP(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  return erfc(Math.abs(z) / Math.SQRT2);
}
