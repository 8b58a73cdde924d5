import { createRequire as __trainyardCreateRequire } from "node:module";
const require = __trainyardCreateRequire(import.meta.url);
import {
  SpillFolder,
  buildDataProfile,
  collectColumns,
  profileDefinitions,
  readDataProfile,
  sampleOf,
  sampleOfProfile
} from "./chunk-CXRRKWUO.js";
import {
  loadTableSchema
} from "./chunk-2ZLSDUPR.js";
import {
  code,
  details,
  oneLine,
  plural,
  shorten,
  table
} from "./chunk-QS6ASXS7.js";
import {
  summarizeDriftReport
} from "./chunk-ZQLDVVSR.js";
import {
  driftSettings,
  erfc,
  formatNumber,
  formatPValue
} from "./chunk-W6PCX6RR.js";
import "./chunk-OV7LGPEV.js";
import "./chunk-HU65S6RB.js";
import "./chunk-UJ3F4ZQT.js";
import "./chunk-F3UCSHKE.js";
import "./chunk-GTQZ2Z3F.js";
import "./chunk-H3MNTIMB.js";
import {
  ConfigError
} from "./chunk-ND3XTC2T.js";
import "./chunk-L3VH6XS6.js";

// cli/drift-command.ts
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";

// lib/drift/distributions.ts
var TWO_128 = 2 ** 128;
var TWO_MINUS_128 = 2 ** -128;
function roundHalfEven(x) {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}
function ldexp(x, exponent) {
  let result = x;
  let left = exponent;
  while (left > 1e3) {
    result *= 2 ** 1e3;
    left -= 1e3;
  }
  while (left < -1e3) {
    result *= 2 ** -1e3;
    left += 1e3;
  }
  return result * 2 ** left;
}
function clipProbability(p) {
  return p < 0 ? 0 : p > 1 ? 1 : p;
}
function greatestCommonDivisor(a, b) {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}
function exactProduct(a, b) {
  const product = a * b;
  const split = (value) => {
    const scaled = 134217729 * value;
    const high = scaled - (scaled - value);
    return [high, value - high];
  };
  const [aHigh, aLow] = split(a);
  const [bHigh, bLow] = split(b);
  const error = aHigh * bHigh - product + aHigh * bLow + aLow * bHigh + aLow * bLow;
  return [product, error];
}
var KS_EXACT_MAX_N = 1e4;
function ksTwoSamplePValue(d, n1, n2) {
  if (max(n1, n2) <= KS_EXACT_MAX_N) {
    const g = greatestCommonDivisor(n1, n2);
    const lcm = n1 / g * n2;
    const h = roundHalfEven(d * lcm);
    const rounded = h / lcm;
    if (h === 0) return { statistic: rounded, pValue: 1, method: "exact" };
    const p = n1 === n2 ? probabilityOutsideSquare(n1, h) : outerProbabilityInside(n1, n2, g, h);
    if (p >= 0 && p <= 1) return { statistic: rounded, pValue: p, method: "exact" };
    return { statistic: rounded, pValue: asymptotic(rounded, n1, n2), method: "asymptotic" };
  }
  return { statistic: d, pValue: asymptotic(d, n1, n2), method: "asymptotic" };
}
function max(a, b) {
  return a > b ? a : b;
}
function asymptotic(d, n1, n2) {
  const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
  const en = m * n / (m + n);
  return clipProbability(kolmogorovSmirnovSf(roundHalfEven(en), d));
}
function probabilityOutsideSquare(n, h) {
  let total = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = (n - k * h - j) * p1 / (n + k * h + j + 1);
    total = p1 * (1 - total);
  }
  return 2 * total;
}
function outerProbabilityInside(m0, n0, g, h) {
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
      value = (A[jj + minj - lastminj] * i + value * j) / (i + j);
      A[jj] = value;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) A.fill(1, maxj - minj, Math.min(maxj - minj + (lastlen - curlen), lenA));
  }
  return A[maxj - minj - 1];
}
var LOG_2PI = Math.log(2 * Math.PI);
var SQRT_2PI = Math.sqrt(2 * Math.PI);
var SQRT3 = Math.sqrt(3);
var PI_SQUARED = Math.PI ** 2;
var PI_FOUR = Math.PI ** 4;
var PI_SIX = Math.PI ** 6;
var MIN_LOG = -708;
var STIRLING = [
  -0.029550653594771242,
  0.00641025641025641,
  -0.0019175269175269176,
  8417508417508417e-19,
  -5952380952380953e-19,
  7936507936507937e-19,
  -0.002777777777777778,
  0.08333333333333333
];
function logFactorialOverPower(n) {
  const rn = 1 / n;
  let poly = 0;
  for (const coefficient of STIRLING) poly = poly * (rn / n) + coefficient;
  return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * poly;
}
function kolmogorovSmirnovSf(n, x) {
  if (!Number.isInteger(n) || n <= 0) return Number.NaN;
  if (x >= 1) return 0;
  if (x <= 0) return 1;
  const t = n * x;
  if (t <= 1) {
    if (t <= 0.5) return 1;
    let prob;
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
  const cdf = nxSquared >= 18 ? 1 : n <= 1e5 && n * x ** 1.5 <= 1.4 ? durbinMatrixCdf(n, x) : pelzGoodCdf(n, x);
  return clipProbability(1 - cdf);
}
function durbinMatrixCdf(n, d) {
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
    v[j - 1] = v[j - 1] * fac;
  }
  const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
  v[m - 1] = (1 + tt) * fac;
  let H = new Float64Array(m * m);
  for (let i = 1; i < m; i++) for (let row = i - 1; row < m; row++) H[row * m + i] = w[row - i + 1];
  for (let row = 0; row < m; row++) H[row * m] = v[row];
  for (let column = 0; column < m; column++) H[(m - 1) * m + column] = v[m - 1 - column];
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
    if (Math.abs(H[(k - 1) * m + (k - 1)]) > TWO_128) {
      for (let i = 0; i < H.length; i++) H[i] = H[i] / TWO_128;
      hExponent += 128;
    }
    nn = Math.floor(nn / 2);
  }
  let p = power[(k - 1) * m + (k - 1)];
  for (let i = 1; i <= n; i++) {
    p = i * p / n;
    if (Math.abs(p) < TWO_MINUS_128) {
      p *= TWO_128;
      exponent -= 128;
    }
  }
  if (exponent !== 0) p = ldexp(p, exponent);
  return clipProbability(p);
}
function multiply(a, b, m) {
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++)
    for (let l = 0; l < m; l++) {
      const factor = a[i * m + l];
      if (factor === 0) continue;
      for (let j = 0; j < m; j++)
        out[i * m + j] = out[i * m + j] + factor * b[l * m + j];
    }
  return out;
}
function pomeranzBounds(i, n, ll, ceilf, roundf) {
  let j1;
  let j2;
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
function pomeranzCdf(n, x) {
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
  const twoGOverN = 2 * g / n;
  const oneMinusTwoGOverN = (1 - 2 * g) / n;
  for (let m = 1; m < powers; m++) {
    gPower[m] = gPower[m - 1] * gOverN / m;
    twoGPower[m] = twoGPower[m - 1] * twoGOverN / m;
    oneMinusTwoGPower[m] = oneMinusTwoGPower[m - 1] * oneMinusTwoGOverN / m;
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
      for (let out = 0; out < convLength; out++) {
        const index = convStart + out;
        let sum = 0;
        const from = Math.max(0, index - (ln2 - 1));
        const to = Math.min(aLength - 1, index);
        for (let a = from; a <= to; a++) sum += V0[start + a] * pwrs[index - a];
        V1[out] = sum;
      }
      let largest = 0;
      for (let index = 0; index < powers; index++)
        if (V1[index] > largest) largest = V1[index];
      if (largest > 0 && largest < TWO_MINUS_128) {
        for (let index = 0; index < powers; index++) V1[index] = V1[index] * TWO_128;
        exponent -= 128;
      }
      V1s = V0s + j1 - k1;
    }
  }
  let answer = V1[n - V1s];
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
function pelzGoodCdf(n, x) {
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
  const k2b = (2 * z4 - 5 * z2) * PI_SQUARED / 4;
  const k2c = PI_FOUR * (1 - 2 * z2) / 16;
  const k3d = PI_SIX * (5 - 30 * z2) / 64;
  const k3c = PI_FOUR * (-60 * z2 + 212 * z4) / 16;
  const k3b = PI_SQUARED * (135 * z4 - 96 * z6) / 4;
  const k3a = -30 * z6 - 90 * z ** 8;
  const K = [0, 0, 0, 0];
  const maxk = Math.ceil(16 * z / Math.PI);
  for (let k = maxk; k > 0; k--) {
    const m = 2 * k - 1;
    const m2 = m ** 2;
    const m4 = m ** 4;
    const m6 = m ** 6;
    const qpower = q ** (8 * k);
    const coefficients = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6];
    for (let i = 0; i < 4; i++) K[i] = K[i] * qpower + coefficients[i];
  }
  const divisors = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
  for (let i = 0; i < 4; i++) K[i] = K[i] * q * SQRT_2PI / divisors[i];
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
  K[2] = K[2] + k2extra * PI_SQUARED * SQRT_2PI / (-36 * z3);
  K[3] = K[3] + k3extra * PI_SQUARED * SQRT_2PI / (216 * z6);
  let sum = 0;
  for (let i = 0; i < 4; i++) sum += K[i] / n ** (i / 2);
  return sum;
}
function smirnovSf(n, x) {
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
  if (nxFloor === 0 || nxFloor === 1 && alpha === 0) return clipProbability(1 - x * (1 + x) ** (n - 1));
  if (-2 * n * x * x < -708.3964185322641) return 0;
  if (nxFloor >= n - 1) return clipProbability((1 - x) ** n);
  if (n > 1e6) return clipProbability(Math.exp(-((6 * n * x + 1) ** 2) / 18 / n));
  let lastTerm = n - nxFloor - (alpha === 0 ? 0 : 1);
  if (alpha === 0) lastTerm -= 1;
  const logTerms = [n * Math.log1p(-x) - Math.log(x)];
  let largest = logTerms[0];
  const stirlingN = stirlingRemainder(n);
  for (let v = 1; v <= lastTerm; v++) {
    const meanAbove = nxFloor + v + alpha;
    const meanBelow = n - nxFloor - v - alpha;
    if (meanBelow <= 0) break;
    const logBinomialProbability = stirlingN - stirlingRemainder(v) - stirlingRemainder(n - v) - deviance(v, meanAbove) - deviance(n - v, meanBelow) - 0.5 * (LOG_2PI + Math.log(v) + Math.log1p(-v / n));
    const logTerm = logBinomialProbability - Math.log(meanAbove / n);
    logTerms.push(logTerm);
    if (logTerm > largest) largest = logTerm;
    else if (logTerm < largest + Math.log(2 ** -52 / (4 * (lastTerm + 1 - v)))) break;
  }
  let sum = 0;
  for (const logTerm of logTerms) sum += Math.exp(logTerm - largest);
  return clipProbability(Math.exp(largest + Math.log(sum) + Math.log(x)));
}
function stirlingRemainder(k) {
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
function deviance(x, m) {
  if (Math.abs(x - m) < 0.1 * (x + m)) {
    let v = (x - m) / (x + m);
    let s = (x - m) * v;
    let ej = 2 * x * v;
    v *= v;
    for (let j = 1; j < 1e3; j++) {
      ej *= v;
      const next = s + ej / (2 * j + 1);
      if (next === s) return next;
      s = next;
    }
    return s;
  }
  return x * Math.log(x / m) + m - x;
}
function chiSquaredSf(x, df) {
  if (Number.isNaN(x) || !Number.isInteger(df) || df < 1) return Number.NaN;
  if (x <= 0) return 1;
  if (x === Number.POSITIVE_INFINITY) return 0;
  return upperGammaHalfInteger(df, x / 2);
}
function upperGammaHalfInteger(twiceA, y) {
  const logY = Math.log(y);
  const logTerms = [];
  let base = 0;
  if (twiceA % 2 === 0) {
    let logFactorial = 0;
    for (let k = 0; k < twiceA / 2; k++) {
      if (k > 0) logFactorial += Math.log(k);
      logTerms.push(-y + k * logY - logFactorial);
    }
  } else {
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
function normalTwoSidedP(z) {
  if (Number.isNaN(z)) return Number.NaN;
  return erfc(Math.abs(z) / Math.SQRT2);
}

// lib/drift/statistics.ts
function numpySum(values) {
  if (values.length === 0) return 0;
  return values[0] + pairwiseSum(values, 1, values.length - 1);
}
function pairwiseSum(values, start, n) {
  if (n < 8) {
    let sum = -0;
    for (let i = 0; i < n; i++) sum += values[start + i];
    return sum;
  }
  if (n <= 128) {
    const r = new Float64Array(8);
    for (let j = 0; j < 8; j++) r[j] = values[start + j];
    let i = 8;
    for (; i < n - n % 8; i += 8)
      for (let j = 0; j < 8; j++) r[j] = r[j] + values[start + i + j];
    let sum = r[0] + r[1] + (r[2] + r[3]) + (r[4] + r[5] + (r[6] + r[7]));
    for (; i < n; i++) sum += values[start + i];
    return sum;
  }
  let half = Math.floor(n / 2);
  half -= half % 8;
  return pairwiseSum(values, start, half) + pairwiseSum(values, start + half, n - half);
}
function walkUnion(u, v, visit) {
  let i = 0;
  let j = 0;
  let below1 = 0;
  let below2 = 0;
  const a = u.values;
  const b = v.values;
  while (i < a.length || j < b.length) {
    const x = j >= b.length || i < a.length && a[i] <= b[j] ? a[i] : b[j];
    while (i < a.length && a[i] === x) below1 += u.weights[i++];
    while (j < b.length && b[j] === x) below2 += v.weights[j++];
    const next = i < a.length && j < b.length ? Math.min(a[i], b[j]) : i < a.length ? a[i] : j < b.length ? b[j] : Number.NaN;
    visit(x, below1, below2, next);
  }
}
function ksTwoSample(reference, current) {
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
function wassersteinDistance(u, v) {
  const terms = [];
  walkUnion(u, v, (value, below1, below2, next) => {
    if (!Number.isNaN(next)) terms.push(Math.abs(below1 / u.count - below2 / v.count) * (next - value));
  });
  return numpySum(terms);
}
function normalisedWasserstein(reference, current) {
  const distance = wassersteinDistance(reference, current);
  if (reference.std === 0) return distance === 0 ? 0 : Number.POSITIVE_INFINITY;
  return distance / reference.std;
}
function sturgesEdges(count, min, max2) {
  let first = min;
  let last = max2;
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  }
  const width = (max2 - min) / (Math.log2(count) + 1);
  const bins = width ? Math.ceil((last - first) / width) : 1;
  const step = (last - first) / bins;
  const edges = [];
  for (let i = 0; i <= bins; i++) edges.push(i * step + first);
  edges[bins] = last;
  return edges;
}
function histogram(sample, edges) {
  if (sample.rankError > 0) return spreadHistogram(sample, edges);
  const counts = new Array(edges.length - 1).fill(0);
  let bin = 0;
  const last = edges.length - 2;
  for (let i = 0; i < sample.values.length; i++) {
    const value = sample.values[i];
    if (value < edges[0] || value > edges[last + 1]) continue;
    while (bin < last && value >= edges[bin + 1]) bin++;
    counts[bin] = counts[bin] + sample.weights[i];
  }
  return counts;
}
function spreadHistogram(sample, edges) {
  const counts = new Array(edges.length - 1).fill(0);
  const { values, weights } = sample;
  const n = values.length;
  const last = edges.length - 1;
  for (let i = 0; i < n; i++) {
    const low = i === 0 ? sample.min : (values[i - 1] + values[i]) / 2;
    const high = i === n - 1 ? sample.max : (values[i] + values[i + 1]) / 2;
    const weight = weights[i];
    if (!(high > low)) {
      const bin = binOf(edges, values[i]);
      counts[bin] = counts[bin] + weight;
      continue;
    }
    for (let bin = binOf(edges, low); bin < last; bin++) {
      const from = Math.max(low, edges[bin]);
      const to = Math.min(high, edges[bin + 1]);
      if (to > from) counts[bin] = counts[bin] + weight * (to - from) / (high - low);
      if (edges[bin + 1] >= high) break;
    }
  }
  return counts;
}
function binOf(edges, x) {
  let lo = 0;
  let hi = edges.length - 2;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (edges[mid] <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
function binningRankError(sample) {
  if (sample.kind !== "numerical" || sample.rankError === 0) return 0;
  let largest = 0;
  for (const weight of sample.weights) if (weight > largest) largest = weight;
  return sample.rankError + largest / sample.count;
}
var PER_VALUE_MAX_DISTINCT = 20;
var OTHER = "(other)";
function binShares(reference, current, fillEmpty) {
  let shares;
  if (reference.kind === "numerical" && current.kind === "numerical") {
    if (reference.values.length > PER_VALUE_MAX_DISTINCT) {
      const edges = sturgesEdges(
        reference.count + current.count,
        Math.min(reference.min, current.min),
        Math.max(reference.max, current.max)
      );
      const r = histogram(reference, edges);
      const c = histogram(current, edges);
      shares = {
        labels: r.map((_, i) => `[${edges[i]}, ${edges[i + 1]}${i === r.length - 1 ? "]" : ")"}`),
        reference: r.map((count) => count / reference.count),
        current: c.map((count) => count / current.count),
        sturges: true
      };
    } else {
      const counts = numericCounts(reference, current);
      shares = {
        labels: counts.keys.map(String),
        reference: counts.reference.map((count) => count / reference.count),
        current: counts.current.map((count) => count / current.count),
        sturges: false
      };
    }
  } else {
    const counts = categoryCounts(asCategorical(reference), asCategorical(current));
    shares = {
      labels: counts.keys,
      reference: counts.reference.map((count) => count / reference.count),
      current: counts.current.map((count) => count / current.count),
      sturges: false
    };
  }
  if (fillEmpty) {
    shares.reference = fillEmptyBins(shares.reference);
    shares.current = fillEmptyBins(shares.current);
  }
  return shares;
}
function fillEmptyBins(shares) {
  let smallest = Number.POSITIVE_INFINITY;
  for (const share of shares) if (share !== 0 && share < smallest) smallest = share;
  const floor = smallest <= 1e-4 ? smallest / 10 ** 6 : 1e-4;
  return shares.map((share) => share === 0 ? floor : share);
}
function distinctNumbers(reference, current) {
  const a = reference.values;
  const b = current.values;
  let i = 0;
  let j = 0;
  let distinct = 0;
  while (i < a.length && j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x <= y) i++;
    if (y <= x) j++;
    distinct++;
  }
  return distinct + (a.length - i) + (b.length - j);
}
function numericCounts(reference, current) {
  const keys = [];
  const r = [];
  const c = [];
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
function categoryCounts(reference, current) {
  const keys = [.../* @__PURE__ */ new Set([...reference.counts.keys(), ...current.counts.keys()])].sort(byCodePoint);
  const r = [];
  const c = [];
  const kept = [];
  let otherR = reference.other;
  let otherC = current.other;
  for (const key of keys) {
    const inR = reference.counts.get(key);
    const inC = current.counts.get(key);
    if (inR === void 0 && reference.other > 0) {
      otherC += inC ?? 0;
      continue;
    }
    if (inC === void 0 && current.other > 0) {
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
function asCategorical(sample) {
  if (sample.kind === "categorical") return sample;
  const counts = /* @__PURE__ */ new Map();
  sample.values.forEach((value, i) => {
    counts.set(String(value), sample.weights[i]);
  });
  return { kind: "categorical", counts, other: 0, count: sample.count, missing: sample.missing };
}
function byCodePoint(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function valueCounts(reference, current) {
  if (reference.kind === "numerical" && current.kind === "numerical") {
    const counts = numericCounts(reference, current);
    return { ...counts, keys: counts.keys.map(String) };
  }
  return categoryCounts(asCategorical(reference), asCategorical(current));
}
function chiSquare(observed, expected) {
  const terms = observed.map((o, i) => (o - expected[i]) ** 2 / expected[i]);
  const statistic = numpySum(terms);
  const df = observed.length - 1;
  return { statistic, pValue: df < 1 ? Number.NaN : chiSquaredSf(statistic, df) };
}
function chiSquareTest(reference, current) {
  const counts = valueCounts(reference, current);
  const scale = current.count / reference.count;
  return chiSquare(
    counts.current,
    counts.reference.map((count) => count * scale)
  );
}
function zTest(reference, current) {
  const counts = valueCounts(reference, current);
  if (counts.keys.length > 2)
    throw new RangeError(`the z-test takes at most two values, got ${counts.keys.length}`);
  if (counts.keys.length === 1) return { statistic: 0, pValue: 1 };
  const n1 = reference.count;
  const n2 = current.count;
  const p1 = counts.reference[0] / n1;
  const p2 = counts.current[0] / n2;
  const pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
  const z = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return { statistic: z, pValue: normalTwoSidedP(z) };
}
function relativeEntropy(x, y) {
  if (x > 0 && y > 0) return x * Math.log(x / y);
  if (x === 0 && y >= 0) return 0;
  return Number.POSITIVE_INFINITY;
}
function jensenShannon(p0, q0) {
  const sumP = numpySum(p0);
  const sumQ = numpySum(q0);
  const p = p0.map((x) => x / sumP);
  const q = q0.map((x) => x / sumQ);
  const m = p.map((x, i) => (x + q[i]) / 2);
  const left = numpySum(p.map((x, i) => relativeEntropy(x, m[i])));
  const right = numpySum(q.map((x, i) => relativeEntropy(x, m[i])));
  return Math.sqrt((left + right) / 2);
}
function psi(reference, current) {
  return numpySum(
    reference.map((r, i) => (r - current[i]) * Math.log(r / current[i]))
  );
}
function jensenShannonTest(reference, current) {
  const shares = binShares(reference, current, false);
  return { statistic: jensenShannon(shares.reference, shares.current), pValue: null };
}
function psiTest(reference, current) {
  const shares = binShares(reference, current, true);
  return { statistic: psi(shares.reference, shares.current), pValue: null };
}
function rankErrorOf(sample) {
  return sample.kind === "numerical" ? sample.rankError : 0;
}
function ksErrorBound(reference, current) {
  return rankErrorOf(reference) + rankErrorOf(current);
}
function wassersteinErrorBound(reference, current) {
  const spread = reference.rankError * (reference.max - reference.min) + current.rankError * (current.max - current.min);
  if (spread === 0) return 0;
  return spread / reference.std;
}
function psiErrorBound(reference, current) {
  const dr = 2 * binningRankError(reference);
  const dc = 2 * binningRankError(current);
  if (dr === 0 && dc === 0) return 0;
  const shares = binShares(reference, current, true);
  const lowest = (share, delta, count) => share - delta >= 1 / count ? share - delta : 1 / count / 10 ** 6;
  const term = (r, c) => (r - c) * Math.log(r / c);
  let bound = 0;
  shares.reference.forEach((r, i) => {
    const c = shares.current[i];
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

// lib/drift/drift-tests.ts
var exact = (reference, current) => rankErrorOf(reference) === 0 && rankErrorOf(current) === 0;
var driftTests = {
  ks: {
    name: "ks",
    title: "Kolmogorov\u2013Smirnov",
    scoredBy: "p_value",
    defaultThreshold: 0.05,
    appliesTo: ["numerical"],
    run: (reference, current) => ksTwoSample(numerical(reference), numerical(current)),
    errorBound: ksErrorBound
  },
  chisquare: {
    name: "chisquare",
    title: "chi-squared",
    scoredBy: "p_value",
    defaultThreshold: 0.05,
    appliesTo: ["numerical", "categorical"],
    run: chiSquareTest,
    errorBound: (reference, current) => exact(reference, current) ? 0 : null
  },
  z: {
    name: "z",
    title: "two-proportion Z",
    scoredBy: "p_value",
    defaultThreshold: 0.05,
    appliesTo: ["numerical", "categorical"],
    maxValues: 2,
    run: zTest,
    errorBound: (reference, current) => exact(reference, current) ? 0 : null
  },
  wasserstein: {
    name: "wasserstein",
    title: "Wasserstein (normed)",
    scoredBy: "distance",
    defaultThreshold: 0.1,
    appliesTo: ["numerical"],
    run: (reference, current) => ({
      statistic: normalisedWasserstein(numerical(reference), numerical(current)),
      pValue: null
    }),
    errorBound: (reference, current) => wassersteinErrorBound(numerical(reference), numerical(current))
  },
  jensenshannon: {
    name: "jensenshannon",
    title: "Jensen\u2013Shannon distance",
    scoredBy: "distance",
    defaultThreshold: 0.1,
    appliesTo: ["numerical", "categorical"],
    run: jensenShannonTest,
    errorBound: (reference, current) => exact(reference, current) ? 0 : null
  },
  psi: {
    name: "psi",
    title: "PSI",
    scoredBy: "distance",
    defaultThreshold: 0.1,
    appliesTo: ["numerical", "categorical"],
    run: psiTest,
    errorBound: psiErrorBound
  }
};
function numerical(sample) {
  if (sample.kind !== "numerical") throw new TypeError("this test takes numerical columns only");
  return sample;
}
function distinctValues(reference, current) {
  if (reference.kind === "numerical" && current.kind === "numerical")
    return distinctNumbers(reference, current);
  return valueCounts(reference, current).keys.length;
}
var SMALL_REFERENCE_ROWS = 1e3;
function defaultDriftTest(kind, referenceCount, distinct) {
  if (referenceCount <= SMALL_REFERENCE_ROWS) {
    if (kind === "numerical" && distinct > 5) return "ks";
    return distinct <= 2 ? "z" : "chisquare";
  }
  if (kind === "numerical" && distinct > 5) return "wasserstein";
  return "jensenshannon";
}
function isDrift(test, value, threshold) {
  if (test.scoredBy === "p_value") return value.pValue !== null && value.pValue <= threshold;
  return value.statistic >= threshold;
}

// lib/drift/drift.ts
function compareFeatures(reference, current, settingsInput = {}) {
  const settings = driftSettings.parse(settingsInput);
  const currentByName = new Map(current.features.map((feature) => [feature.definition.name, feature]));
  const features = [];
  for (const input of reference.features) {
    const definition = input.definition;
    const chosen = settings.features[definition.name];
    if (chosen?.ignore) continue;
    const sample = sampleOfInput(input);
    const currentInput = currentByName.get(definition.name);
    const other = currentInput === void 0 ? emptyLike(sample) : sampleOfInput(currentInput);
    features.push(compareFeature(definition, sample, other, chosen?.test, chosen?.threshold));
  }
  for (const name of Object.keys(settings.features))
    if (!reference.features.some((feature) => feature.definition.name === name))
      throw new ConfigError(`no feature "${name}" in the reference data`, {
        field: `drift.features.${name}`
      });
  const drifted = features.filter((feature) => feature.drifted).length;
  const share = features.length === 0 ? 0 : drifted / features.length;
  return {
    drifted: features.length > 0 && share >= settings.share,
    share,
    threshold: settings.share,
    features,
    reference: { rows: reference.rows, source: reference.source },
    current: { rows: current.rows },
    skipped: reference.skipped ?? []
  };
}
function compareFeature(definition, reference, current, testName, threshold) {
  const sides = {
    reference: { count: reference.count, missing: reference.missing },
    current: { count: current.count, missing: current.missing }
  };
  const empty = reference.count === 0 ? "reference" : current.count === 0 ? "current" : void 0;
  const distinct = empty ? 0 : distinctValues(reference, current);
  const name = testName ?? defaultDriftTest(definition.kind, reference.count, distinct);
  const test = driftTests[name];
  if (!test.appliesTo.includes(definition.kind))
    throw new ConfigError(
      `the ${name} test does not apply to ${definition.kind} feature "${definition.name}"`,
      {
        field: `drift.features.${definition.name}.test`
      }
    );
  if (test.maxValues !== void 0 && distinct > test.maxValues)
    throw new ConfigError(
      `the ${name} test takes at most ${test.maxValues} distinct values; feature "${definition.name}" has ${distinct}`,
      { field: `drift.features.${definition.name}.test` }
    );
  const limit = threshold ?? test.defaultThreshold;
  const base = { feature: definition.name, kind: definition.kind, test: name, threshold: limit, ...sides };
  if (empty)
    return {
      ...base,
      statistic: null,
      p_value: null,
      psi: null,
      drifted: false,
      exact: true,
      error: null,
      note: `no values in the ${empty} data`
    };
  const value = test.run(reference, current);
  const error = test.errorBound(reference, current);
  return {
    ...base,
    statistic: finiteOrNull(value.statistic),
    p_value: value.pValue === null ? null : finiteOrNull(value.pValue),
    psi: finiteOrNull(psiTest(reference, current).statistic),
    drifted: isDrift(test, value, limit),
    exact: error === 0,
    error
  };
}
function sampleOfInput(input) {
  return typeof input.sample === "function" ? input.sample() : input.sample;
}
function emptyLike(sample) {
  return sample.kind === "numerical" ? {
    kind: "numerical",
    values: new Float64Array(0),
    weights: new Float64Array(0),
    count: 0,
    missing: 0,
    mean: Number.NaN,
    std: Number.NaN,
    min: Number.NaN,
    max: Number.NaN,
    rankError: 0
  } : { kind: "categorical", counts: /* @__PURE__ */ new Map(), other: 0, count: 0, missing: 0 };
}
function finiteOrNull(value) {
  return Number.isFinite(value) ? value : null;
}
async function checkDrift(request) {
  const spill = new SpillFolder(request.tempDir);
  const shared = {
    ...request.cwd ? { cwd: request.cwd } : {},
    ...request.valueBudget !== void 0 ? { valueBudget: request.valueBudget } : {},
    ...request.maxSpilledValues !== void 0 ? { maxSpilledValues: request.maxSpilledValues } : {},
    ...request.schema ? { schema: request.schema } : {},
    spill
  };
  try {
    let reference;
    let definitions;
    if (Array.isArray(request.reference)) {
      const collected2 = await collectColumns(request.reference, {
        ...shared,
        ...request.columns ? { columns: request.columns } : {}
      });
      reference = { ...sideOf(collected2), source: "data" };
      definitions = collected2.features.map(({ name, kind, type }) => ({ name, kind, type }));
    } else {
      const profile = request.reference;
      const wanted = request.columns ? new Set(request.columns) : void 0;
      const kept = profile.features.filter((feature) => wanted === void 0 || wanted.has(feature.name));
      reference = {
        rows: profile.rows,
        features: kept.map((feature) => ({
          definition: { name: feature.name, kind: feature.kind, type: feature.type },
          sample: sampleOfProfile(feature)
        })),
        skipped: profile.skipped,
        source: "profile"
      };
      definitions = profileDefinitions(profile).filter((d) => wanted === void 0 || wanted.has(d.name));
    }
    const collected = await collectColumns(request.current, {
      ...shared,
      // Read as the reference was: same features, same kinds.
      features: definitions,
      columns: definitions.map((definition) => definition.name)
    });
    return compareFeatures(reference, sideOf(collected), request.settings);
  } finally {
    spill.remove();
  }
}
function sideOf(collected) {
  return {
    rows: collected.rows,
    features: collected.features.map((feature) => ({
      definition: { name: feature.name, kind: feature.kind, type: feature.type },
      sample: () => sampleOf(feature)
    })),
    skipped: collected.skipped
  };
}

// lib/drift/prometheus.ts
var LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
function driftMetricsText(report, options) {
  const constant = { ...options.labels, model: options.model };
  for (const name of Object.keys(constant))
    if (!LABEL_NAME.test(name) || name.startsWith("__"))
      throw new RangeError(`"${name}" is not a Prometheus label name`);
  const families = [
    {
      name: "trainyard_drift_statistic",
      help: "The drift test's statistic or distance, per feature.",
      samples: []
    },
    {
      name: "trainyard_drift_p_value",
      help: "The drift test's p-value, per feature (tests only).",
      samples: []
    },
    { name: "trainyard_drift_psi", help: "Population stability index of the feature.", samples: [] },
    {
      name: "trainyard_drift_threshold",
      help: "The feature's drift threshold: p-value at or below it, or distance at or above it, is drift.",
      samples: []
    },
    { name: "trainyard_feature_drifted", help: "1 when the feature has drifted, else 0.", samples: [] },
    { name: "trainyard_dataset_drift_share", help: "Share of the features that have drifted.", samples: [] },
    {
      name: "trainyard_dataset_drifted",
      help: "1 when the share of drifted features reaches the dataset threshold, else 0.",
      samples: []
    }
  ];
  const [statistic, pValue, psi2, threshold, drifted, share, datasetDrifted] = families;
  for (const feature of report.features) {
    const labels = { ...constant, feature: feature.feature, test: feature.test };
    if (feature.statistic !== null) statistic.samples.push({ labels, value: feature.statistic });
    if (feature.p_value !== null) pValue.samples.push({ labels, value: feature.p_value });
    if (feature.psi !== null)
      psi2.samples.push({ labels: { ...constant, feature: feature.feature }, value: feature.psi });
    threshold.samples.push({ labels, value: feature.threshold });
    drifted.samples.push({ labels, value: feature.drifted ? 1 : 0 });
  }
  share.samples.push({ labels: constant, value: report.share });
  datasetDrifted.samples.push({ labels: constant, value: report.drifted ? 1 : 0 });
  return families.map(
    (family) => [
      `# HELP ${family.name} ${escapeHelp(family.help)}`,
      `# TYPE ${family.name} gauge`,
      ...family.samples.map(
        (sample) => `${family.name}{${formatLabels(sample.labels)}} ${formatValue(sample.value)}`
      )
    ].join("\n")
  ).join("\n").concat("\n");
}
function formatLabels(labels) {
  return Object.entries(labels).map(([name, value]) => `${name}="${escapeLabelValue(value)}"`).join(",");
}
function escapeLabelValue(value) {
  return value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
}
function escapeHelp(text) {
  return text.replace(/\\/g, "\\\\").replace(/\n/g, "\\n");
}
function formatValue(value) {
  if (Number.isNaN(value)) return "NaN";
  if (value === Number.POSITIVE_INFINITY) return "+Inf";
  if (value === Number.NEGATIVE_INFINITY) return "-Inf";
  return String(value);
}

// reports/charts.ts
var MAX_CHART_POINTS = 50;
var MAX_LABEL_LENGTH = 40;
function mermaidLabel(text) {
  const flat = oneLine(text).replace(new RegExp("\\p{Cc}", "gu"), " ").replace(/["`]/g, "'").replace(/</g, "\u2039").replace(/>/g, "\u203A").replace(/#/g, "\uFF03").replace(/%(?=%)/g, "%\u200B");
  const cut = shorten(flat, MAX_LABEL_LENGTH);
  return `"${cut.trim() === "" ? "(unnamed)" : cut}"`;
}
function mermaidNumber(value) {
  const rounded = Number(value.toPrecision(6));
  if (rounded === 0) return "0";
  const text = String(rounded);
  if (!text.includes("e")) return text;
  const [mantissa = "", exponentText = ""] = Math.abs(rounded).toExponential().split("e");
  const digits = mantissa.replace(".", "");
  const exponent = Number(exponentText);
  const sign = rounded < 0 ? "-" : "";
  return exponent >= 0 ? `${sign}${digits}${"0".repeat(exponent - (digits.length - 1))}` : `${sign}0.${"0".repeat(-exponent - 1)}${digits}`;
}
function xyChartSource(chart) {
  const lines = [
    "xychart-beta",
    `  title ${mermaidLabel(chart.title)}`,
    `  x-axis ${mermaidLabel(chart.xAxis.title)} [${chart.xAxis.categories.map(mermaidLabel).join(", ")}]`,
    `  y-axis ${mermaidLabel(chart.yAxis.title)}${chart.yAxis.range ? ` ${mermaidNumber(chart.yAxis.range[0])} --> ${mermaidNumber(chart.yAxis.range[1])}` : ""}`
  ];
  const series = (values) => `[${values.map(mermaidNumber).join(", ")}]`;
  if (chart.bars) lines.push(`  bar ${series(chart.bars)}`);
  for (const line of chart.lines) lines.push(`  line ${series(line)}`);
  return lines.join("\n");
}

// reports/drift.ts
var PSI_LINE = 0.1;
var MINUS = "\u2212";
function renderDriftReport(report, options = {}) {
  const maxRows = options.maxRows ?? 100;
  const drifted = report.features.filter((feature) => feature.drifted);
  const whose = options.model ? ` for ${code(options.model)}` : "";
  const verdict = report.drifted ? `\u26A0\uFE0F **Data drift${whose}**: ${drifted.length} of ${plural(report.features.length, "feature")} drifted (${percent(report.share)}), at or above the ${percent(report.threshold)} dataset threshold.` : drifted.length > 0 ? `\u2705 **No dataset drift${whose}**: ${drifted.length} of ${plural(report.features.length, "feature")} drifted (${percent(report.share)}), below the ${percent(report.threshold)} dataset threshold.` : `\u2705 **No drift${whose}**: none of ${plural(report.features.length, "feature")} drifted.`;
  const source = report.reference.source === "profile" ? "the reference profile" : "the reference data";
  const lines = [
    verdict,
    "",
    `Current data: ${plural(report.current.rows, "row")}, against ${source} (${plural(report.reference.rows, "row")}).`,
    ""
  ];
  const ordered = [...report.features].sort(
    (a, b) => Number(b.drifted) - Number(a.drifted) || (b.psi ?? 0) - (a.psi ?? 0)
  );
  const shown = ordered.slice(0, maxRows);
  lines.push(
    table(
      ["Feature", "Kind", "Test", "Statistic", "p-value", "PSI", "Threshold", "Drift"],
      shown.map((feature) => [
        code(feature.feature, 60, "middle"),
        feature.kind,
        driftTests[feature.test].title,
        statisticText(feature),
        feature.p_value === null ? "\u2014" : `p ${formatPValue(feature.p_value, feature.threshold)}`,
        feature.psi === null ? "\u2014" : number(feature.psi),
        `${driftTests[feature.test].scoredBy === "p_value" ? "p \u2264" : "\u2265"} ${number(feature.threshold)}`,
        feature.drifted ? "\u26A0\uFE0F drifted" : feature.note ? feature.note : "no"
      ]),
      ["l", "l", "l", "r", "r", "r", "r", "l"]
    )
  );
  if (ordered.length > shown.length)
    lines.push(
      "",
      `\u2026and ${plural(ordered.length - shown.length, "more feature")}, none of them shown above.`
    );
  const approximate = report.features.filter((feature) => !feature.exact);
  if (approximate.length > 0)
    lines.push(
      "",
      `${plural(approximate.length, "statistic")} came from quantile sketches, not all the values: each is within its error bound (${approximate.slice(0, 10).map((feature) => `${code(feature.feature)} \xB1${feature.error === null ? "?" : number(feature.error)}`).join(", ")}${approximate.length > 10 ? ", \u2026" : ""}).`
    );
  const chart = psiChart(ordered);
  if (chart) lines.push("", chart);
  if (report.skipped.length > 0)
    lines.push(
      "",
      details(
        `${plural(report.skipped.length, "column")} not checked`,
        report.skipped.map((column) => `- ${code(column.name)}: ${column.reason}`).join("\n")
      )
    );
  return `${lines.join("\n")}
`;
}
function psiChart(features) {
  const withPsi = features.filter((feature) => feature.psi !== null).slice(0, MAX_CHART_POINTS);
  if (withPsi.length === 0) return void 0;
  const values = withPsi.map((feature) => feature.psi);
  const source = xyChartSource({
    title: "PSI per feature",
    xAxis: { title: "feature", categories: withPsi.map((feature) => feature.feature) },
    yAxis: { title: "PSI", range: [0, Math.max(PSI_LINE * 1.5, ...values) * 1.1] },
    bars: values,
    lines: [withPsi.map(() => PSI_LINE)]
  });
  const more = features.length > withPsi.length ? ` (the first ${withPsi.length} features)` : "";
  return `\`\`\`mermaid
${source}
\`\`\`

Bars: each feature's population stability index${more}; line: ${PSI_LINE}, where PSI usually counts as drift.`;
}
function statisticText(feature) {
  if (feature.statistic === null) return feature.note ? "\u2014" : "\u221E";
  const shown = number(feature.statistic);
  return feature.exact || feature.error === null ? shown : `${shown} \xB1${number(feature.error)}`;
}
function number(value) {
  return formatNumber(Number(value.toPrecision(4))).replace(/^-/, MINUS);
}
function percent(share) {
  return `${Number((share * 100).toPrecision(3))}%`;
}

// cli/drift-command.ts
var HELP = `Usage: trainyard drift <reference> <current>... [--schema <file>] [--json] [--profile]

Compares current data with reference data feature by feature (Kolmogorov\u2013Smirnov, chi-squared,
Z, normalised Wasserstein, Jensen\u2013Shannon, PSI; chosen per column as Evidently does) and prints
the drift report. <reference> is data (a file, directory or glob: CSV, TSV, JSON Lines, Parquet)
or a profile JSON (from "trainyard profile", or a model version's trainyard.json).

Options:
  --schema <file>        Column types and missing values (a Table Schema); else inferred
  --json                 Print { drifted, share, features: [{ feature, kind, test, statistic, p_value, psi, drifted }] }
  --profile              Compare against the reference's profile, as for a registered model
  --share <0..1>         Share of drifted features that is dataset drift (default 0.5)
  --prometheus <file>    Also write the statistics in Prometheus text format
  --model <name>         The model label for --prometheus (default "model")
  -h, --help             Show this help

Exit status: 0 no dataset drift, 1 dataset drift, 2 a usage or configuration error.`;
async function runDriftCommand(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      schema: { type: "string" },
      json: { type: "boolean", default: false },
      profile: { type: "boolean", default: false },
      share: { type: "string" },
      prometheus: { type: "string" },
      model: { type: "string", default: "model" },
      help: { type: "boolean", short: "h", default: false }
    }
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const [referenceArgument, ...current] = positionals;
  if (referenceArgument === void 0 || current.length === 0)
    throw new ConfigError(
      "give the reference and the current data: trainyard drift <reference> <current>..."
    );
  const share = values.share === void 0 ? void 0 : Number(values.share);
  if (share !== void 0 && !(share >= 0 && share <= 1))
    throw new ConfigError(`--share must be a number from 0 to 1, got "${values.share}"`);
  const cwd = process.cwd();
  const schema = values.schema ? await loadTableSchema(path.resolve(cwd, values.schema)) : void 0;
  let reference = [referenceArgument];
  if (/\.json$/i.test(referenceArgument))
    reference = await readDataProfile(path.resolve(cwd, referenceArgument));
  else if (values.profile)
    reference = await buildDataProfile([referenceArgument], { cwd, ...schema ? { schema } : {} });
  const report = await checkDrift({
    reference,
    current,
    cwd,
    ...schema ? { schema } : {},
    ...share !== void 0 ? { settings: { share } } : {}
  });
  if (values.prometheus)
    await writeFile(path.resolve(cwd, values.prometheus), driftMetricsText(report, { model: values.model }));
  process.stdout.write(
    values.json ? `${JSON.stringify(summarizeDriftReport(report), null, 2)}
` : renderDriftReport(report)
  );
  return report.drifted ? 1 : 0;
}
export {
  runDriftCommand
};
