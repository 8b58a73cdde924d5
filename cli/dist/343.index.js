export const id = 343;
export const ids = [343];
export const modules = {

/***/ 7343:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDriftCommand: () => (/* binding */ runDriftCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./lib/errors.ts
var errors = __webpack_require__(8115);
// EXTERNAL MODULE: ./lib/drift/columns.ts
var columns = __webpack_require__(3629);
// EXTERNAL MODULE: ./lib/evaluate/significance.ts
var significance = __webpack_require__(9675);
;// CONCATENATED MODULE: ./lib/drift/distributions.ts
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

const TWO_128 = 2 ** 128;
const TWO_MINUS_128 = 2 ** -128;
// ---------------------------------------------------------------------------------------------
// Helpers
/** numpy's round: to nearest, ties to even. */
function roundHalfEven(x) {
    const floor = Math.floor(x);
    const diff = x - floor;
    if (diff > 0.5)
        return floor + 1;
    if (diff < 0.5)
        return floor;
    return floor % 2 === 0 ? floor : floor + 1;
}
/** x · 2^exponent without intermediate overflow or underflow of the power. */
function ldexp(x, exponent) {
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
function clipProbability(p) {
    return p < 0 ? 0 : p > 1 ? 1 : p;
}
function greatestCommonDivisor(a, b) {
    let x = a;
    let y = b;
    while (y !== 0)
        [x, y] = [y, x % y];
    return x;
}
/** n · x as high + low, exactly (Veltkamp split; JavaScript has no fused multiply-add). */
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
// ---------------------------------------------------------------------------------------------
// Two-sample Kolmogorov–Smirnov
/** scipy.stats.ks_2samp's MAX_AUTO_N: up to this many values in the larger sample, exact p-values. */
const KS_EXACT_MAX_N = 10_000;
/** The two-sided p-value of D for samples of n1 and n2 values, as ks_2samp(method="auto"). */
function ksTwoSamplePValue(d, n1, n2) {
    if (max(n1, n2) <= KS_EXACT_MAX_N) {
        const g = greatestCommonDivisor(n1, n2);
        const lcm = (n1 / g) * n2;
        const h = roundHalfEven(d * lcm);
        const rounded = h / lcm;
        if (h === 0)
            return { statistic: rounded, pValue: 1, method: "exact" };
        const p = n1 === n2 ? probabilityOutsideSquare(n1, h) : outerProbabilityInside(n1, n2, g, h);
        if (p >= 0 && p <= 1)
            return { statistic: rounded, pValue: p, method: "exact" };
        return { statistic: rounded, pValue: asymptotic(rounded, n1, n2), method: "asymptotic" };
    }
    return { statistic: d, pValue: asymptotic(d, n1, n2), method: "asymptotic" };
}
function max(a, b) {
    return a > b ? a : b;
}
function asymptotic(d, n1, n2) {
    const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
    const en = (m * n) / (m + n);
    return clipProbability(kolmogorovSmirnovSf(roundHalfEven(en), d));
}
/** Pr(D_{n,n} ≥ h/n): scipy's `_compute_prob_outside_square`. */
function probabilityOutsideSquare(n, h) {
    let total = 0;
    for (let k = Math.floor(n / h); k >= 0; k--) {
        let p1 = 1;
        for (let j = 0; j < h; j++)
            p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
        total = p1 * (1 - total);
    }
    return 2 * total;
}
/** 1 − (paths staying strictly inside |x/m − y/n| < h/lcm) / binom(m+n, n): scipy's pythran kernel. */
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
        if (maxj <= minj)
            return 1;
        let value = minj === 0 ? 0 : 1;
        for (let jj = 0; jj < maxj - minj; jj++) {
            const j = jj + minj;
            value = (A[jj + minj - lastminj] * i + value * j) / (i + j);
            A[jj] = value;
        }
        curlen = maxj - minj;
        if (lastlen > curlen)
            A.fill(1, maxj - minj, Math.min(maxj - minj + (lastlen - curlen), lenA));
    }
    return A[maxj - minj - 1];
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
function logFactorialOverPower(n) {
    const rn = 1 / n;
    let poly = 0;
    for (const coefficient of STIRLING)
        poly = poly * (rn / n) + coefficient;
    return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * poly;
}
/** P(D_n > x) for the two-sided one-sample statistic: scipy's `_kolmogn(n, x, cdf=False)`. */
function kolmogorovSmirnovSf(n, x) {
    if (!Number.isInteger(n) || n <= 0)
        return Number.NaN;
    if (x >= 1)
        return 0;
    if (x <= 0)
        return 1;
    const t = n * x;
    if (t <= 1) {
        if (t <= 0.5)
            return 1;
        let prob;
        if (n <= 140) {
            prob = 1;
            for (let i = 1; i <= n; i++)
                prob *= i * (1 / n) * (2 * t - 1);
        }
        else
            prob = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
        return clipProbability(1 - prob);
    }
    if (t >= n - 1)
        return clipProbability(2 * (1 - x) ** n);
    if (x >= 0.5)
        return clipProbability(2 * smirnovSf(n, x));
    const nxSquared = t * x;
    if (n <= 140) {
        if (nxSquared <= 0.754693)
            return clipProbability(1 - durbinMatrixCdf(n, x));
        if (nxSquared <= 4)
            return clipProbability(1 - pomeranzCdf(n, x));
        return clipProbability(2 * smirnovSf(n, x));
    }
    if (nxSquared >= 370)
        return 0;
    if (nxSquared >= 2.2)
        return clipProbability(2 * smirnovSf(n, x));
    const cdf = nxSquared >= 18 ? 1 : n <= 100_000 && n * x ** 1.5 <= 1.4 ? durbinMatrixCdf(n, x) : pelzGoodCdf(n, x);
    return clipProbability(1 - cdf);
}
/** Pr(D_n ≤ d) by Durbin's matrix, as Marsaglia, Tsang and Wang compute it (`_kolmogn_DMTW`). */
function durbinMatrixCdf(n, d) {
    if (d >= 1)
        return 1;
    const nd = n * d;
    if (nd <= 0.5)
        return 0;
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
    for (let i = 1; i < m; i++)
        for (let row = i - 1; row < m; row++)
            H[row * m + i] = w[row - i + 1];
    for (let row = 0; row < m; row++)
        H[row * m] = v[row];
    for (let column = 0; column < m; column++)
        H[(m - 1) * m + column] = v[m - 1 - column];
    let power = new Float64Array(m * m);
    for (let i = 0; i < m; i++)
        power[i * m + i] = 1;
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
            for (let i = 0; i < H.length; i++)
                H[i] = H[i] / TWO_128;
            hExponent += 128;
        }
        nn = Math.floor(nn / 2);
    }
    let p = power[(k - 1) * m + (k - 1)];
    for (let i = 1; i <= n; i++) {
        p = (i * p) / n;
        if (Math.abs(p) < TWO_MINUS_128) {
            p *= TWO_128;
            exponent -= 128;
        }
    }
    if (exponent !== 0)
        p = ldexp(p, exponent);
    return clipProbability(p);
}
function multiply(a, b, m) {
    const out = new Float64Array(m * m);
    for (let i = 0; i < m; i++)
        for (let l = 0; l < m; l++) {
            const factor = a[i * m + l];
            if (factor === 0)
                continue;
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
    }
    else {
        const half = Math.floor((i + 1) / 2);
        if ((i + 1) % 2 === 0) {
            if (half === n + 1) {
                j1 = n - ll - ceilf - 1;
                j2 = n + ll + ceilf - 1;
            }
            else {
                j1 = half - 1 - ll - roundf - 1;
                j2 = half + ll - 1 + ceilf - 1;
            }
        }
        else {
            j1 = half - 1 - ll - 1;
            j2 = half + ll + roundf - 1;
        }
    }
    return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}
/** Pr(D_n ≤ x) by Pomeranz's recursion (`_kolmogn_Pomeranz`). */
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
    const twoGOverN = (2 * g) / n;
    const oneMinusTwoGOverN = (1 - 2 * g) / n;
    for (let m = 1; m < powers; m++) {
        gPower[m] = (gPower[m - 1] * gOverN) / m;
        twoGPower[m] = (twoGPower[m - 1] * twoGOverN) / m;
        oneMinusTwoGPower[m] = (oneMinusTwoGPower[m - 1] * oneMinusTwoGOverN) / m;
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
                for (let a = from; a <= to; a++)
                    sum += V0[start + a] * pwrs[index - a];
                V1[out] = sum;
            }
            let largest = 0;
            for (let index = 0; index < powers; index++)
                if (V1[index] > largest)
                    largest = V1[index];
            if (largest > 0 && largest < TWO_MINUS_128) {
                for (let index = 0; index < powers; index++)
                    V1[index] = V1[index] * TWO_128;
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
    if (exponent !== 0)
        answer = ldexp(answer, exponent);
    return clipProbability(answer);
}
/** The Pelz–Good approximation to Pr(D_n ≤ x) (`_kolmogn_PelzGood`). */
function pelzGoodCdf(n, x) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const z = Math.sqrt(n) * x;
    const z2 = z ** 2;
    const z3 = z ** 3;
    const z4 = z ** 4;
    const z6 = z ** 6;
    const qlog = -PI_SQUARED / 8 / z2;
    if (qlog < MIN_LOG)
        return 0;
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
        for (let i = 0; i < 4; i++)
            K[i] = K[i] * qpower + coefficients[i];
    }
    const divisors = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
    for (let i = 0; i < 4; i++)
        K[i] = (K[i] * q * SQRT_2PI) / divisors[i];
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
    K[2] = K[2] + (k2extra * PI_SQUARED * SQRT_2PI) / (-36 * z3);
    K[3] = K[3] + (k3extra * PI_SQUARED * SQRT_2PI) / (216 * z6);
    let sum = 0;
    for (let i = 0; i < 4; i++)
        sum += K[i] / n ** (i / 2);
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
function smirnovSf(n, x) {
    if (!(n > 0 && x >= 0 && x <= 1))
        return Number.NaN;
    if (n === 1)
        return 1 - x;
    if (x === 0)
        return 1;
    if (x === 1)
        return 0;
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
    if (nxFloor === 0 || (nxFloor === 1 && alpha === 0))
        return clipProbability(1 - x * (1 + x) ** (n - 1));
    if (-2 * n * x * x < -708.3964185322641)
        return 0;
    if (nxFloor >= n - 1)
        return clipProbability((1 - x) ** n);
    if (n > 1_000_000)
        return clipProbability(Math.exp(-((6 * n * x + 1) ** 2) / 18 / n));
    let lastTerm = n - nxFloor - (alpha === 0 ? 0 : 1);
    if (alpha === 0)
        lastTerm -= 1;
    // v = 0: (1 − x)^n / x.
    const logTerms = [n * Math.log1p(-x) - Math.log(x)];
    let largest = logTerms[0];
    const stirlingN = stirlingRemainder(n);
    for (let v = 1; v <= lastTerm; v++) {
        // n·a and n·(1 − a) from the exact n·x = nxFloor + alpha.
        const meanAbove = nxFloor + v + alpha;
        const meanBelow = n - nxFloor - v - alpha;
        if (meanBelow <= 0)
            break;
        const logBinomialProbability = stirlingN -
            stirlingRemainder(v) -
            stirlingRemainder(n - v) -
            deviance(v, meanAbove) -
            deviance(n - v, meanBelow) -
            0.5 * (LOG_2PI + Math.log(v) + Math.log1p(-v / n));
        const logTerm = logBinomialProbability - Math.log(meanAbove / n);
        logTerms.push(logTerm);
        if (logTerm > largest)
            largest = logTerm;
        // As scipy stops: when the terms left cannot reach the sum's last bit.
        else if (logTerm < largest + Math.log(2 ** -52 / (4 * (lastTerm + 1 - v))))
            break;
    }
    let sum = 0;
    for (const logTerm of logTerms)
        sum += Math.exp(logTerm - largest);
    return clipProbability(Math.exp(largest + Math.log(sum) + Math.log(x)));
}
/** log(k!) − log(√(2πk) (k/e)^k), Stirling's remainder (R's stirlerr) for an integer k ≥ 1. */
function stirlingRemainder(k) {
    if (k <= 15) {
        let logFactorial = 0;
        for (let i = 2; i <= k; i++)
            logFactorial += Math.log(i);
        return logFactorial - (k + 0.5) * Math.log(k) + k - LOG_2PI / 2;
    }
    const k2 = k * k;
    const S0 = 1 / 12;
    const S1 = 1 / 360;
    const S2 = 1 / 1260;
    const S3 = 1 / 1680;
    const S4 = 1 / 1188;
    if (k > 500)
        return (S0 - S1 / k2) / k;
    if (k > 80)
        return (S0 - (S1 - S2 / k2) / k2) / k;
    if (k > 35)
        return (S0 - (S1 - (S2 - S3 / k2) / k2) / k2) / k;
    return (S0 - (S1 - (S2 - (S3 - S4 / k2) / k2) / k2) / k2) / k;
}
/** x log(x/m) + m − x without cancellation (Loader's bd0). */
function deviance(x, m) {
    if (Math.abs(x - m) < 0.1 * (x + m)) {
        let v = (x - m) / (x + m);
        let s = (x - m) * v;
        let ej = 2 * x * v;
        v *= v;
        for (let j = 1; j < 1000; j++) {
            ej *= v;
            const next = s + ej / (2 * j + 1);
            if (next === s)
                return next;
            s = next;
        }
        return s;
    }
    return x * Math.log(x / m) + m - x;
}
// ---------------------------------------------------------------------------------------------
// Chi-squared and normal tails
/** P(χ²_df > x) for an integer number of degrees of freedom (scipy.stats.chi2.sf). */
function chiSquaredSf(x, df) {
    if (Number.isNaN(x) || !Number.isInteger(df) || df < 1)
        return Number.NaN;
    if (x <= 0)
        return 1;
    if (x === Number.POSITIVE_INFINITY)
        return 0;
    return upperGammaHalfInteger(df, x / 2);
}
/** Q(twiceA / 2, y), the regularized upper incomplete gamma function at an integer or half-integer a. */
function upperGammaHalfInteger(twiceA, y) {
    const logY = Math.log(y);
    const logTerms = [];
    let base = 0;
    if (twiceA % 2 === 0) {
        // Q(a, y) = Σ_{k<a} e^(−y) y^k / k!
        let logFactorial = 0;
        for (let k = 0; k < twiceA / 2; k++) {
            if (k > 0)
                logFactorial += Math.log(k);
            logTerms.push(-y + k * logY - logFactorial);
        }
    }
    else {
        // Q(a, y) = erfc(√y) + Σ_{k<a−½} e^(−y) y^(k+½) / Γ(k + 3/2)
        base = (0,significance/* erfc */.Lr)(Math.sqrt(y));
        let logGamma = Math.log(Math.sqrt(Math.PI) / 2);
        for (let k = 0; k < (twiceA - 1) / 2; k++) {
            if (k > 0)
                logGamma += Math.log(k + 0.5);
            logTerms.push(-y + (k + 0.5) * logY - logGamma);
        }
    }
    if (logTerms.length === 0)
        return base;
    let largest = Number.NEGATIVE_INFINITY;
    for (const logTerm of logTerms)
        if (logTerm > largest)
            largest = logTerm;
    let sum = 0;
    for (const logTerm of logTerms)
        sum += Math.exp(logTerm - largest);
    return base + Math.exp(largest + Math.log(sum));
}
/** The two-sided normal p-value of z: 2·Φ(−|z|) = 2·scipy.stats.norm.sf(|z|). */
function normalTwoSidedP(z) {
    if (Number.isNaN(z))
        return Number.NaN;
    return (0,significance/* erfc */.Lr)(Math.abs(z) / Math.SQRT2);
}

;// CONCATENATED MODULE: ./lib/drift/statistics.ts
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

// ---------------------------------------------------------------------------------------------
// numpy's summation
/** numpy.sum of a float64 array: the first element, then pairwise sums of the rest in blocks of 8. */
function numpySum(values) {
    if (values.length === 0)
        return 0;
    return values[0] + pairwiseSum(values, 1, values.length - 1);
}
function pairwiseSum(values, start, n) {
    if (n < 8) {
        let sum = -0;
        for (let i = 0; i < n; i++)
            sum += values[start + i];
        return sum;
    }
    if (n <= 128) {
        const r = new Float64Array(8);
        for (let j = 0; j < 8; j++)
            r[j] = values[start + j];
        let i = 8;
        for (; i < n - (n % 8); i += 8)
            for (let j = 0; j < 8; j++)
                r[j] = r[j] + values[start + i + j];
        let sum = r[0] + r[1] + (r[2] + r[3]) + (r[4] + r[5] + (r[6] + r[7]));
        for (; i < n; i++)
            sum += values[start + i];
        return sum;
    }
    let half = Math.floor(n / 2);
    half -= half % 8;
    return pairwiseSum(values, start, half) + pairwiseSum(values, start + half, n - half);
}
/** Walks the union of two samples' distinct values, ascending, with each side's count at or below. */
function walkUnion(u, v, visit) {
    let i = 0;
    let j = 0;
    let below1 = 0;
    let below2 = 0;
    const a = u.values;
    const b = v.values;
    while (i < a.length || j < b.length) {
        const x = j >= b.length || (i < a.length && a[i] <= b[j])
            ? a[i]
            : b[j];
        while (i < a.length && a[i] === x)
            below1 += u.weights[i++];
        while (j < b.length && b[j] === x)
            below2 += v.weights[j++];
        const next = i < a.length && j < b.length
            ? Math.min(a[i], b[j])
            : i < a.length
                ? a[i]
                : j < b.length
                    ? b[j]
                    : Number.NaN;
        visit(x, below1, below2, next);
    }
}
/** scipy.stats.ks_2samp(reference, current): D = sup |F_ref − F_cur| and its two-sided p-value. */
function ksTwoSample(reference, current) {
    const n1 = reference.count;
    const n2 = current.count;
    let largest = 0;
    let smallest = 0;
    walkUnion(reference, current, (_value, below1, below2) => {
        const difference = below1 / n1 - below2 / n2;
        if (difference > largest)
            largest = difference;
        if (difference < smallest)
            smallest = difference;
    });
    const minS = Math.min(Math.max(-smallest, 0), 1);
    const d = minS > largest ? minS : largest;
    const { statistic, pValue, method } = ksTwoSamplePValue(d, n1, n2);
    return { statistic, pValue, method };
}
/** scipy.stats.wasserstein_distance(u, v): ∫ |F_u − F_v| dx. */
function wassersteinDistance(u, v) {
    const terms = [];
    walkUnion(u, v, (value, below1, below2, next) => {
        if (!Number.isNaN(next))
            terms.push(Math.abs(below1 / u.count - below2 / v.count) * (next - value));
    });
    return numpySum(terms);
}
/** Evidently's "wasserstein" drift score: the distance divided by the reference's standard deviation. */
function normalisedWasserstein(reference, current) {
    const distance = wassersteinDistance(reference, current);
    if (reference.std === 0)
        return distance === 0 ? 0 : Number.POSITIVE_INFINITY;
    return distance / reference.std;
}
/** numpy.histogram_bin_edges(values, bins="sturges") for values with this count, min and max. */
function sturgesEdges(count, min, max) {
    let first = min;
    let last = max;
    if (first === last) {
        first -= 0.5;
        last += 0.5;
    }
    const width = (max - min) / (Math.log2(count) + 1);
    const bins = width ? Math.ceil((last - first) / width) : 1;
    const step = (last - first) / bins;
    const edges = [];
    for (let i = 0; i <= bins; i++)
        edges.push(i * step + first);
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
function histogram(sample, edges) {
    if (sample.rankError > 0)
        return spreadHistogram(sample, edges);
    const counts = new Array(edges.length - 1).fill(0);
    let bin = 0;
    const last = edges.length - 2;
    for (let i = 0; i < sample.values.length; i++) {
        const value = sample.values[i];
        if (value < edges[0] || value > edges[last + 1])
            continue;
        while (bin < last && value >= edges[bin + 1])
            bin++;
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
            if (to > from)
                counts[bin] = counts[bin] + (weight * (to - from)) / (high - low);
            if (edges[bin + 1] >= high)
                break;
        }
    }
    return counts;
}
/** The bin of x among the edges ([e_i, e_i+1), the last closed), clamped to the first and last. */
function binOf(edges, x) {
    let lo = 0;
    let hi = edges.length - 2;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (edges[mid] <= x)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
/**
 * The bound on the error of a share of values ≤ x from spreadHistogram: the sketch's rank error,
 * plus the largest item's weight (spreading moves at most one item's mass past a point on each
 * side, and those two never add up).
 */
function binningRankError(sample) {
    if (sample.kind !== "numerical" || sample.rankError === 0)
        return 0;
    let largest = 0;
    for (const weight of sample.weights)
        if (weight > largest)
            largest = weight;
    return sample.rankError + largest / sample.count;
}
/** Reference distinct values above which numerical columns are binned by Sturges (Evidently). */
const PER_VALUE_MAX_DISTINCT = 20;
const OTHER = "(other)";
/** Evidently's get_binned_data: the two samples' shares per bin. */
function binShares(reference, current, fillEmpty) {
    let shares;
    if (reference.kind === "numerical" && current.kind === "numerical") {
        if (reference.values.length > PER_VALUE_MAX_DISTINCT) {
            const edges = sturgesEdges(reference.count + current.count, Math.min(reference.min, current.min), Math.max(reference.max, current.max));
            const r = histogram(reference, edges);
            const c = histogram(current, edges);
            shares = {
                labels: r.map((_, i) => `[${edges[i]}, ${edges[i + 1]}${i === r.length - 1 ? "]" : ")"}`),
                reference: r.map((count) => count / reference.count),
                current: c.map((count) => count / current.count),
                sturges: true,
            };
        }
        else {
            const counts = numericCounts(reference, current);
            shares = {
                labels: counts.keys.map(String),
                reference: counts.reference.map((count) => count / reference.count),
                current: counts.current.map((count) => count / current.count),
                sturges: false,
            };
        }
    }
    else {
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
function fillEmptyBins(shares) {
    let smallest = Number.POSITIVE_INFINITY;
    for (const share of shares)
        if (share !== 0 && share < smallest)
            smallest = share;
    const floor = smallest <= 0.0001 ? smallest / 10 ** 6 : 0.0001;
    return shares.map((share) => (share === 0 ? floor : share));
}
/** Distinct values of two numeric samples together (without listing them). */
function distinctNumbers(reference, current) {
    let distinct = 0;
    walkUnion(reference, current, () => {
        distinct++;
    });
    return distinct;
}
/** Counts per distinct value of both samples, over the union of their values (ascending). */
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
/**
 * Counts per category over the union of both tables. Values cut from a table (past its cap) are
 * counted as one "(other)" category; when one side's table was cut, the other side's values that
 * the cut side does not list go there too, so both sides bin alike.
 */
function categoryCounts(reference, current) {
    const keys = [...new Set([...reference.counts.keys(), ...current.counts.keys()])].sort(byCodePoint);
    const r = [];
    const c = [];
    const kept = [];
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
function asCategorical(sample) {
    if (sample.kind === "categorical")
        return sample;
    const counts = new Map();
    sample.values.forEach((value, i) => {
        counts.set(String(value), sample.weights[i]);
    });
    return { kind: "categorical", counts, other: 0, count: sample.count, missing: sample.missing };
}
function byCodePoint(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
// ---------------------------------------------------------------------------------------------
// Per-value tests: chi-squared, z
/** Counts per value of both samples (numbers per value, categories per category). */
function valueCounts(reference, current) {
    if (reference.kind === "numerical" && current.kind === "numerical") {
        const counts = numericCounts(reference, current);
        return { ...counts, keys: counts.keys.map(String) };
    }
    return categoryCounts(asCategorical(reference), asCategorical(current));
}
/** scipy.stats.chisquare(observed, expected): Pearson's statistic and chi2.sf(statistic, k − 1). */
function chiSquare(observed, expected) {
    const terms = observed.map((o, i) => (o - expected[i]) ** 2 / expected[i]);
    const statistic = numpySum(terms);
    const df = observed.length - 1;
    return { statistic, pValue: df < 1 ? Number.NaN : chiSquaredSf(statistic, df) };
}
/** Evidently's chi-squared test: current counts against reference counts scaled to the current total. */
function chiSquareTest(reference, current) {
    const counts = valueCounts(reference, current);
    const scale = current.count / reference.count;
    return chiSquare(counts.current, counts.reference.map((count) => count * scale));
}
/** Evidently's two-proportion z-test (for at most two values across both samples). */
function zTest(reference, current) {
    const counts = valueCounts(reference, current);
    if (counts.keys.length > 2)
        throw new RangeError(`the z-test takes at most two values, got ${counts.keys.length}`);
    // Both samples hold one and the same value: Evidently answers p = 1.
    if (counts.keys.length === 1)
        return { statistic: 0, pValue: 1 };
    const n1 = reference.count;
    const n2 = current.count;
    const p1 = counts.reference[0] / n1;
    const p2 = counts.current[0] / n2;
    const pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
    const z = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
    return { statistic: z, pValue: normalTwoSidedP(z) };
}
// ---------------------------------------------------------------------------------------------
// Distances over bins: Jensen–Shannon, PSI
function relativeEntropy(x, y) {
    if (x > 0 && y > 0)
        return x * Math.log(x / y);
    if (x === 0 && y >= 0)
        return 0;
    return Number.POSITIVE_INFINITY;
}
/** scipy.spatial.distance.jensenshannon(p, q) with the natural logarithm. */
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
/** Evidently's PSI of shares whose empty bins were filled. */
function psi(reference, current) {
    return numpySum(reference.map((r, i) => (r - current[i]) * Math.log(r / current[i])));
}
function jensenShannonTest(reference, current) {
    const shares = binShares(reference, current, false);
    return { statistic: jensenShannon(shares.reference, shares.current), pValue: null };
}
function psiTest(reference, current) {
    const shares = binShares(reference, current, true);
    return { statistic: psi(shares.reference, shares.current), pValue: null };
}
// ---------------------------------------------------------------------------------------------
// Error bounds for sketches
/** Rank error of a sample: 0 when exact (categorical samples always are, but for their cut "other"). */
function rankErrorOf(sample) {
    return sample.kind === "numerical" ? sample.rankError : 0;
}
/** Bound on the KS statistic's error: see the top of this file. */
function ksErrorBound(reference, current) {
    return rankErrorOf(reference) + rankErrorOf(current);
}
/** Bound on the normalised Wasserstein distance's error. */
function wassersteinErrorBound(reference, current) {
    const spread = reference.rankError * (reference.max - reference.min) + current.rankError * (current.max - current.min);
    if (spread === 0)
        return 0;
    return spread / reference.std;
}
/** Bound on PSI's error when shares come from sketch bins (0 when both samples are exact). */
function psiErrorBound(reference, current) {
    const dr = 2 * binningRankError(reference);
    const dc = 2 * binningRankError(current);
    if (dr === 0 && dc === 0)
        return 0;
    const shares = binShares(reference, current, true);
    // A bin whose true share could be 0 gets Evidently's floor, as small as a millionth of one
    // row's share: log(r/c) there is what makes PSI so sensitive to nearly empty bins.
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

;// CONCATENATED MODULE: ./lib/drift/drift-tests.ts

const exact = (reference, current) => rankErrorOf(reference) === 0 && rankErrorOf(current) === 0;
const driftTests = {
    ks: {
        name: "ks",
        title: "Kolmogorov–Smirnov",
        scoredBy: "p_value",
        defaultThreshold: 0.05,
        appliesTo: ["numerical"],
        run: (reference, current) => ksTwoSample(numerical(reference), numerical(current)),
        errorBound: ksErrorBound,
    },
    chisquare: {
        name: "chisquare",
        title: "chi-squared",
        scoredBy: "p_value",
        defaultThreshold: 0.05,
        appliesTo: ["numerical", "categorical"],
        run: chiSquareTest,
        errorBound: (reference, current) => (exact(reference, current) ? 0 : null),
    },
    z: {
        name: "z",
        title: "two-proportion Z",
        scoredBy: "p_value",
        defaultThreshold: 0.05,
        appliesTo: ["numerical", "categorical"],
        maxValues: 2,
        run: zTest,
        errorBound: (reference, current) => (exact(reference, current) ? 0 : null),
    },
    wasserstein: {
        name: "wasserstein",
        title: "Wasserstein (normed)",
        scoredBy: "distance",
        defaultThreshold: 0.1,
        appliesTo: ["numerical"],
        run: (reference, current) => ({
            statistic: normalisedWasserstein(numerical(reference), numerical(current)),
            pValue: null,
        }),
        errorBound: (reference, current) => wassersteinErrorBound(numerical(reference), numerical(current)),
    },
    jensenshannon: {
        name: "jensenshannon",
        title: "Jensen–Shannon distance",
        scoredBy: "distance",
        defaultThreshold: 0.1,
        appliesTo: ["numerical", "categorical"],
        run: jensenShannonTest,
        errorBound: (reference, current) => (exact(reference, current) ? 0 : null),
    },
    psi: {
        name: "psi",
        title: "PSI",
        scoredBy: "distance",
        defaultThreshold: 0.1,
        appliesTo: ["numerical", "categorical"],
        run: psiTest,
        errorBound: psiErrorBound,
    },
};
function numerical(sample) {
    if (sample.kind !== "numerical")
        throw new TypeError("this test takes numerical columns only");
    return sample;
}
/** Distinct values of both samples together (pandas' concat(...).nunique()). */
function distinctValues(reference, current) {
    if (reference.kind === "numerical" && current.kind === "numerical")
        return distinctNumbers(reference, current);
    return valueCounts(reference, current).keys.length;
}
/** Reference rows above which Evidently switches from tests to distances. */
const SMALL_REFERENCE_ROWS = 1000;
/**
 * Evidently's default (n: distinct values in both samples): a reference of at most 1,000 values —
 * numerical: KS if n > 5, chi-squared if 3 ≤ n ≤ 5, Z if n ≤ 2; categorical: chi-squared, Z if
 * n ≤ 2. A larger reference — numerical: normalised Wasserstein if n > 5, else Jensen–Shannon;
 * categorical: Jensen–Shannon.
 */
function defaultDriftTest(kind, referenceCount, distinct) {
    if (referenceCount <= SMALL_REFERENCE_ROWS) {
        if (kind === "numerical" && distinct > 5)
            return "ks";
        return distinct <= 2 ? "z" : "chisquare";
    }
    if (kind === "numerical" && distinct > 5)
        return "wasserstein";
    return "jensenshannon";
}
/** Whether a result is drift at the threshold. NaN (no answer) is not drift. */
function isDrift(test, value, threshold) {
    if (test.scoredBy === "p_value")
        return value.pValue !== null && value.pValue <= threshold;
    return value.statistic >= threshold;
}

// EXTERNAL MODULE: ./lib/drift/profile.ts
var drift_profile = __webpack_require__(6327);
// EXTERNAL MODULE: ./lib/drift/settings.ts
var drift_settings = __webpack_require__(6265);
// EXTERNAL MODULE: ./lib/drift/spill.ts
var drift_spill = __webpack_require__(6532);
;// CONCATENATED MODULE: ./lib/drift/drift.ts
/**
 * Drift between reference data (the training data, or its profile stored with the model version)
 * and current data (streamed), feature by feature, and for the dataset as a whole.
 *
 * Memory: each dataset is read once into per-column collectors (./sample.ts): a column with few
 * distinct values as a table; others in memory while the dataset's budget of kept numbers lasts
 * (8 M values, 64 MB), past it in temporary files (./spill.ts), which are read back one feature at
 * a time as the features are compared, and removed at the end (also on error). So data against
 * data is exact. Only past MAX_SPILLED_VALUES values a column, or from a profile's stored sketch,
 * does a feature come from a KLL sketch, and the report then says so (`exact: false`) with the
 * bound on its error (`error`).
 */







/** Compares two sides' features (pure). Features only the reference has get an empty current side. */
function compareFeatures(reference, current, settingsInput = {}) {
    const settings = drift_settings/* driftSettings */.L.parse(settingsInput);
    const currentByName = new Map(current.features.map((feature) => [feature.definition.name, feature]));
    const features = [];
    // One feature at a time: spilled values are read back only now, and dropped after.
    for (const input of reference.features) {
        const definition = input.definition;
        const chosen = settings.features[definition.name];
        if (chosen?.ignore)
            continue;
        const sample = sampleOfInput(input);
        const currentInput = currentByName.get(definition.name);
        const other = currentInput === undefined ? emptyLike(sample) : sampleOfInput(currentInput);
        features.push(compareFeature(definition, sample, other, chosen?.test, chosen?.threshold));
    }
    for (const name of Object.keys(settings.features))
        if (!reference.features.some((feature) => feature.definition.name === name))
            throw new errors/* ConfigError */.xL(`no feature "${name}" in the reference data`, {
                field: `drift.features.${name}`,
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
        skipped: reference.skipped ?? [],
    };
}
function compareFeature(definition, reference, current, testName, threshold) {
    const sides = {
        reference: { count: reference.count, missing: reference.missing },
        current: { count: current.count, missing: current.missing },
    };
    const empty = reference.count === 0 ? "reference" : current.count === 0 ? "current" : undefined;
    const distinct = empty ? 0 : distinctValues(reference, current);
    const name = testName ?? defaultDriftTest(definition.kind, reference.count, distinct);
    const test = driftTests[name];
    if (!test.appliesTo.includes(definition.kind))
        throw new errors/* ConfigError */.xL(`the ${name} test does not apply to ${definition.kind} feature "${definition.name}"`, {
            field: `drift.features.${definition.name}.test`,
        });
    if (test.maxValues !== undefined && distinct > test.maxValues)
        throw new errors/* ConfigError */.xL(`the ${name} test takes at most ${test.maxValues} distinct values; feature "${definition.name}" has ${distinct}`, { field: `drift.features.${definition.name}.test` });
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
            note: `no values in the ${empty} data`,
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
        error,
    };
}
function sampleOfInput(input) {
    return typeof input.sample === "function" ? input.sample() : input.sample;
}
function emptyLike(sample) {
    return sample.kind === "numerical"
        ? {
            kind: "numerical",
            values: new Float64Array(0),
            weights: new Float64Array(0),
            count: 0,
            missing: 0,
            mean: Number.NaN,
            std: Number.NaN,
            min: Number.NaN,
            max: Number.NaN,
            rankError: 0,
        }
        : { kind: "categorical", counts: new Map(), other: 0, count: 0, missing: 0 };
}
function finiteOrNull(value) {
    return Number.isFinite(value) ? value : null;
}
/** Reads both sides (each once, streamed) and compares them. */
async function checkDrift(request) {
    const spill = new drift_spill/* SpillFolder */.r9(request.tempDir);
    const shared = {
        ...(request.cwd ? { cwd: request.cwd } : {}),
        ...(request.valueBudget !== undefined ? { valueBudget: request.valueBudget } : {}),
        ...(request.maxSpilledValues !== undefined ? { maxSpilledValues: request.maxSpilledValues } : {}),
        ...(request.schema ? { schema: request.schema } : {}),
        spill,
    };
    try {
        let reference;
        let definitions;
        if (Array.isArray(request.reference)) {
            const collected = await (0,columns/* collectColumns */.y)(request.reference, {
                ...shared,
                ...(request.columns ? { columns: request.columns } : {}),
            });
            reference = { ...sideOf(collected), source: "data" };
            definitions = collected.features.map(({ name, kind, type }) => ({ name, kind, type }));
        }
        else {
            const profile = request.reference;
            const wanted = request.columns ? new Set(request.columns) : undefined;
            const kept = profile.features.filter((feature) => wanted === undefined || wanted.has(feature.name));
            reference = {
                rows: profile.rows,
                features: kept.map((feature) => ({
                    definition: { name: feature.name, kind: feature.kind, type: feature.type },
                    sample: (0,drift_profile/* sampleOfProfile */.H2)(feature),
                })),
                skipped: profile.skipped,
                source: "profile",
            };
            definitions = (0,drift_profile/* profileDefinitions */.OQ)(profile).filter((d) => wanted === undefined || wanted.has(d.name));
        }
        const collected = await (0,columns/* collectColumns */.y)(request.current, {
            ...shared,
            // Read as the reference was: same features, same kinds.
            features: definitions,
            columns: definitions.map((definition) => definition.name),
        });
        return compareFeatures(reference, sideOf(collected), request.settings);
    }
    finally {
        spill.remove();
    }
}
/** A side whose samples are made when compared (spilled values read back then, one feature at a time). */
function sideOf(collected) {
    return {
        rows: collected.rows,
        features: collected.features.map((feature) => ({
            definition: { name: feature.name, kind: feature.kind, type: feature.type },
            sample: () => (0,columns/* sampleOf */.uV)(feature),
        })),
        skipped: collected.skipped,
    };
}

;// CONCATENATED MODULE: ./lib/drift/prometheus.ts
/**
 * A drift report in Prometheus' text exposition format (version 0.0.4), for users who monitor
 * with Prometheus: write it where node_exporter's textfile collector reads, serve it, or push it
 * to a Pushgateway. Every family has its HELP and TYPE lines; label values are escaped as the
 * format asks (backslash, double quote, line feed). Features without a value (null) get no sample.
 */

const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
function driftMetricsText(report, options) {
    const constant = { ...options.labels, model: options.model };
    for (const name of Object.keys(constant))
        if (!LABEL_NAME.test(name) || name.startsWith("__"))
            throw new RangeError(`"${name}" is not a Prometheus label name`);
    const families = [
        {
            name: "trainyard_drift_statistic",
            help: "The drift test's statistic or distance, per feature.",
            samples: [],
        },
        {
            name: "trainyard_drift_p_value",
            help: "The drift test's p-value, per feature (tests only).",
            samples: [],
        },
        { name: "trainyard_drift_psi", help: "Population stability index of the feature.", samples: [] },
        {
            name: "trainyard_drift_threshold",
            help: "The feature's drift threshold: p-value at or below it, or distance at or above it, is drift.",
            samples: [],
        },
        { name: "trainyard_feature_drifted", help: "1 when the feature has drifted, else 0.", samples: [] },
        { name: "trainyard_dataset_drift_share", help: "Share of the features that have drifted.", samples: [] },
        {
            name: "trainyard_dataset_drifted",
            help: "1 when the share of drifted features reaches the dataset threshold, else 0.",
            samples: [],
        },
    ];
    const [statistic, pValue, psi, threshold, drifted, share, datasetDrifted] = families;
    for (const feature of report.features) {
        const labels = { ...constant, feature: feature.feature, test: feature.test };
        if (feature.statistic !== null)
            statistic.samples.push({ labels, value: feature.statistic });
        if (feature.p_value !== null)
            pValue.samples.push({ labels, value: feature.p_value });
        if (feature.psi !== null)
            psi.samples.push({ labels: { ...constant, feature: feature.feature }, value: feature.psi });
        threshold.samples.push({ labels, value: feature.threshold });
        drifted.samples.push({ labels, value: feature.drifted ? 1 : 0 });
    }
    share.samples.push({ labels: constant, value: report.share });
    datasetDrifted.samples.push({ labels: constant, value: report.drifted ? 1 : 0 });
    return families
        .map((family) => [
        `# HELP ${family.name} ${escapeHelp(family.help)}`,
        `# TYPE ${family.name} gauge`,
        ...family.samples.map((sample) => `${family.name}{${formatLabels(sample.labels)}} ${formatValue(sample.value)}`),
    ].join("\n"))
        .join("\n")
        .concat("\n");
}
function formatLabels(labels) {
    return Object.entries(labels)
        .map(([name, value]) => `${name}="${escapeLabelValue(value)}"`)
        .join(",");
}
function escapeLabelValue(value) {
    return value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
}
function escapeHelp(text) {
    return text.replace(/\\/g, "\\\\").replace(/\n/g, "\\n");
}
function formatValue(value) {
    if (Number.isNaN(value))
        return "NaN";
    if (value === Number.POSITIVE_INFINITY)
        return "+Inf";
    if (value === Number.NEGATIVE_INFINITY)
        return "-Inf";
    return String(value);
}
/**
 * Replaces the model's group on a Prometheus Pushgateway with `text`: PUT
 * `<gateway>/metrics/job/trainyard/model/<model>`, so the gateway keeps only this check's values.
 */
async function pushDriftMetrics(gatewayUrl, model, text) {
    const url = `${gatewayUrl.replace(/\/+$/, "")}/metrics/job/trainyard/model/${encodeURIComponent(model)}`;
    let response;
    try {
        response = await fetch(url, {
            method: "PUT",
            headers: { "content-type": "text/plain; version=0.0.4; charset=utf-8" },
            body: text,
        });
    }
    catch (error) {
        throw new ConfigError(`cannot reach the Pushgateway at ${url}: ${error.message}`, {
            field: "pushgateway-url",
        });
    }
    if (!response.ok)
        throw new ConfigError(`the Pushgateway at ${url} answered ${response.status}: ${(await response.text()).slice(0, 300)}`, { field: "pushgateway-url" });
    return url;
}

// EXTERNAL MODULE: ./lib/drift/report.ts
var drift_report = __webpack_require__(4370);
// EXTERNAL MODULE: ./lib/schema/load.ts
var load = __webpack_require__(7953);
// EXTERNAL MODULE: ./lib/evaluate/compare.ts
var compare = __webpack_require__(4555);
// EXTERNAL MODULE: ./reports/markdown.ts + 1 modules
var markdown = __webpack_require__(7474);
;// CONCATENATED MODULE: ./reports/charts.ts

/**
 * Mermaid `xychart-beta` charts, which GitHub draws in comments. GitHub's Mermaid lags upstream,
 * so only the chart's first syntax is used: title, x-axis categories, y-axis title and range,
 * `bar` and `line` without names. The chart has no legend, so two series are told apart by kind
 * (bars for the baseline or the versions, a line for the candidate) and a caption says which is
 * which. A series must have one value per category: Mermaid reads values by position.
 */
/** Points on the x-axis at most: more do not read, and each costs characters. */
const MAX_CHART_POINTS = 50;
/** Registered versions shown at most, the latest ones. */
const MAX_VERSIONS_SHOWN = 12;
const MAX_LABEL_LENGTH = 40;
/**
 * Text as a quoted Mermaid label: one line, no quote (a label cannot hold one), no backtick (it
 * could end the markdown fence or start a markdown label), no angle bracket, no `#` (Mermaid
 * reads `#name;` as an entity), no `%%` (after the opening quote Mermaid's lexer takes it for a
 * comment to the end of the line), never empty.
 */
function mermaidLabel(text) {
    const flat = (0,markdown/* oneLine */.TN)(text)
        .replace(/\p{Cc}/gu, " ")
        .replace(/["`]/g, "'")
        .replace(/</g, "‹")
        .replace(/>/g, "›")
        .replace(/#/g, "＃")
        .replace(/%(?=%)/g, "%\u200b");
    const cut = (0,markdown/* shorten */.ml)(flat, MAX_LABEL_LENGTH);
    return `"${cut.trim() === "" ? "(unnamed)" : cut}"`;
}
/** A finite number as Mermaid reads it: six significant digits, never an exponent. */
function mermaidNumber(value) {
    const rounded = Number(value.toPrecision(6));
    if (rounded === 0)
        return "0";
    const text = String(rounded);
    if (!text.includes("e"))
        return text;
    const [mantissa = "", exponentText = ""] = Math.abs(rounded).toExponential().split("e");
    const digits = mantissa.replace(".", "");
    const exponent = Number(exponentText);
    const sign = rounded < 0 ? "-" : "";
    return exponent >= 0
        ? `${sign}${digits}${"0".repeat(exponent - (digits.length - 1))}`
        : `${sign}0.${"0".repeat(-exponent - 1)}${digits}`;
}
function xyChartSource(chart) {
    const lines = [
        "xychart-beta",
        `  title ${mermaidLabel(chart.title)}`,
        `  x-axis ${mermaidLabel(chart.xAxis.title)} [${chart.xAxis.categories.map(mermaidLabel).join(", ")}]`,
        `  y-axis ${mermaidLabel(chart.yAxis.title)}${chart.yAxis.range
            ? ` ${mermaidNumber(chart.yAxis.range[0])} --> ${mermaidNumber(chart.yAxis.range[1])}`
            : ""}`,
    ];
    const series = (values) => `[${values.map(mermaidNumber).join(", ")}]`;
    if (chart.bars)
        lines.push(`  bar ${series(chart.bars)}`);
    for (const line of chart.lines)
        lines.push(`  line ${series(line)}`);
    return lines.join("\n");
}
/** The chart as a fenced block, with a caption under it. */
function chartBlock(chart, caption) {
    return `\`\`\`mermaid\n${xyChartSource(chart)}\n\`\`\`\n\n${caption}`;
}
/**
 * A y-axis range around the values with a margin, so that the lowest bar still shows (Mermaid's
 * own range starts at the lowest value), rounded to two significant digits of the spread; from 0
 * when no value is below 0 and the margin would cross it. Undefined where doubles cannot hold it.
 */
function paddedRange(values) {
    const low = Math.min(...values);
    const high = Math.max(...values);
    const spread = high - low;
    const margin = spread > 0 ? spread * 0.15 : Math.abs(high) * 0.1 || 1;
    const step = 10 ** (Math.floor(Math.log10(spread + 2 * margin)) - 1);
    const from = Math.floor((low - margin) / step) * step;
    const to = Math.ceil((high + margin) / step) * step;
    // Near the ends of the doubles (denormals, 1e308) the rounding step underflows or overflows.
    if (!(step > 0) || !Number.isFinite(from) || !Number.isFinite(to))
        return undefined;
    return [low >= 0 && from < 0 ? 0 : from, to];
}
/** Up to `count` items spread evenly, the first and the last kept. */
function spreadEvenly(items, count) {
    if (items.length <= count)
        return items;
    return Array.from({ length: count }, (_, index) => items[Math.round((index * (items.length - 1)) / (count - 1))]);
}
/** A metric's finite values by step, in step order (the last value of a repeated step kept). */
function seriesOf(history, metric) {
    const byStep = new Map();
    for (const point of history) {
        const value = point[metric];
        if (Number.isFinite(point.step) && typeof value === "number" && Number.isFinite(value))
            byStep.set(point.step, value);
    }
    const steps = [...byStep.keys()].sort((a, b) => a - b);
    return { steps, values: steps.map((step) => byStep.get(step)) };
}
/** The series' value at `step`, linear between its points, held at its ends outside them. */
function valueAt(series, step) {
    const { steps, values } = series;
    const after = steps.findIndex((known) => known >= step);
    if (after === 0)
        return values[0];
    if (after < 0)
        return values[values.length - 1];
    const [fromStep, toStep] = [steps[after - 1], steps[after]];
    const [fromValue, toValue] = [values[after - 1], values[after]];
    return fromValue + ((toValue - fromValue) * (step - fromStep)) / (toStep - fromStep);
}
/**
 * The history metric to draw: `loss`, then a training loss (`train_loss`, `train.loss`), then any
 * loss, then any metric; one the baseline also has first among equals. Needs two steps or more.
 */
function pickHistoryMetric(candidate, baseline = []) {
    const names = [...new Set(candidate.flatMap((point) => Object.keys(point)))].filter((name) => name !== "step" && seriesOf(candidate, name).steps.length >= 2);
    const inBaseline = new Set(baseline.flatMap((point) => Object.keys(point)));
    const rank = (name) => {
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
/**
 * The candidate's training history of one metric (a line) over the candidate's steps, with the
 * baseline's (bars) read at the same steps when it has the metric. Undefined without two steps.
 */
function trainingHistoryChart(candidate, baseline) {
    const metric = pickHistoryMetric(candidate, baseline?.history);
    if (metric === undefined)
        return undefined;
    const candidateSeries = seriesOf(candidate, metric);
    const steps = spreadEvenly(candidateSeries.steps, MAX_CHART_POINTS);
    const line = steps.map((step) => valueAt(candidateSeries, step));
    const baselineSeries = baseline ? seriesOf(baseline.history, metric) : undefined;
    const bars = baselineSeries && baselineSeries.steps.length > 0
        ? steps.map((step) => valueAt(baselineSeries, step))
        : undefined;
    const range = paddedRange([...line, ...(bars ?? [])]);
    const chart = {
        title: `${shorten(metric, 28, "middle")} per step`,
        xAxis: { title: "step", categories: steps.map((step) => mermaidNumber(step)) },
        yAxis: { title: metric, ...(range ? { range } : {}) },
        lines: [line],
        ...(bars ? { bars } : {}),
    };
    const sampled = steps.length < candidateSeries.steps.length
        ? ` (${steps.length} of ${candidateSeries.steps.length} steps)`
        : "";
    let caption = `${code(metric, 60)} per step${sampled}. Line: this pull request's candidate.`;
    if (baseline && baselineSeries && bars) {
        const first = baselineSeries.steps[0];
        const last = baselineSeries.steps[baselineSeries.steps.length - 1];
        const held = steps[0] < first || steps[steps.length - 1] > last;
        caption += ` Bars: ${cell(baseline.label)}${held ? `, which ran steps ${mermaidNumber(first)} to ${mermaidNumber(last)} and is held at its nearest value outside them` : ""}.`;
    }
    else if (baseline) {
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
function versionsChart(metric, versions) {
    const known = versions
        .map((entry) => ({ version: entry.version, value: entry.metrics[metric.metric] }))
        .filter((entry) => Number.isFinite(entry.value))
        .sort((a, b) => a.version - b.version)
        .slice(-MAX_VERSIONS_SHOWN);
    const candidate = metric.candidate !== null && Number.isFinite(metric.candidate) ? metric.candidate : undefined;
    const bars = [...known.map((entry) => entry.value), ...(candidate === undefined ? [] : [candidate])];
    if (known.length === 0 || bars.length < 2)
        return undefined;
    const categories = [
        ...known.map((entry) => `v${entry.version}`),
        ...(candidate === undefined ? [] : ["this PR"]),
    ];
    const bounds = metric.gates.filter((check) => (check.gate === "min" || check.gate === "max") && typeof check.limit === "number");
    const range = paddedRange([...bars, ...bounds.map((check) => check.limit)]);
    const chart = {
        title: `${shorten(metric.metric, 28, "middle")} by version`,
        xAxis: { title: "version", categories },
        yAxis: { title: metric.metric, ...(range ? { range } : {}) },
        bars,
        lines: bounds.map((check) => categories.map(() => check.limit)),
    };
    const versionsText = `the last ${known.length === 1 ? "registered version" : `${known.length} registered versions`}`;
    const candidateText = candidate === undefined
        ? "; the candidate has no value to show"
        : " and this pull request's candidate (the last bar)";
    const gateText = bounds.length > 0
        ? ` ${bounds.length === 1 ? "Line" : "Lines"}: the ${bounds.map((check) => `${check.gate} gate ${mermaidNumber(check.limit)}`).join(" and the ")}.`
        : "";
    return chartBlock(chart, `${code(metric.metric, 60)} by version. Bars: ${versionsText}${candidateText}.${gateText}`);
}

;// CONCATENATED MODULE: ./reports/drift.ts





const PSI_LINE = 0.1;
const MINUS = "−";
function renderDriftReport(report, options = {}) {
    const maxRows = options.maxRows ?? 100;
    const drifted = report.features.filter((feature) => feature.drifted);
    const whose = options.model ? ` for ${(0,markdown/* code */.aY)(options.model)}` : "";
    const verdict = report.drifted
        ? `⚠️ **Data drift${whose}**: ${drifted.length} of ${(0,markdown/* plural */.LS)(report.features.length, "feature")} drifted (${percent(report.share)}), at or above the ${percent(report.threshold)} dataset threshold.`
        : drifted.length > 0
            ? `✅ **No dataset drift${whose}**: ${drifted.length} of ${(0,markdown/* plural */.LS)(report.features.length, "feature")} drifted (${percent(report.share)}), below the ${percent(report.threshold)} dataset threshold.`
            : `✅ **No drift${whose}**: none of ${(0,markdown/* plural */.LS)(report.features.length, "feature")} drifted.`;
    const source = report.reference.source === "profile" ? "the reference profile" : "the reference data";
    const lines = [
        verdict,
        "",
        `Current data: ${(0,markdown/* plural */.LS)(report.current.rows, "row")}, against ${source} (${(0,markdown/* plural */.LS)(report.reference.rows, "row")}).`,
        "",
    ];
    const ordered = [...report.features].sort((a, b) => Number(b.drifted) - Number(a.drifted) || (b.psi ?? 0) - (a.psi ?? 0));
    const shown = ordered.slice(0, maxRows);
    lines.push((0,markdown/* table */.tp)(["Feature", "Kind", "Test", "Statistic", "p-value", "PSI", "Threshold", "Drift"], shown.map((feature) => [
        (0,markdown/* code */.aY)(feature.feature, 60, "middle"),
        feature.kind,
        driftTests[feature.test].title,
        statisticText(feature),
        feature.p_value === null ? "—" : `p ${(0,significance/* formatPValue */.td)(feature.p_value, feature.threshold)}`,
        feature.psi === null ? "—" : number(feature.psi),
        `${driftTests[feature.test].scoredBy === "p_value" ? "p ≤" : "≥"} ${number(feature.threshold)}`,
        feature.drifted ? "⚠️ drifted" : feature.note ? feature.note : "no",
    ]), ["l", "l", "l", "r", "r", "r", "r", "l"]));
    if (ordered.length > shown.length)
        lines.push("", `…and ${(0,markdown/* plural */.LS)(ordered.length - shown.length, "more feature")}, none of them shown above.`);
    const approximate = report.features.filter((feature) => !feature.exact);
    if (approximate.length > 0)
        lines.push("", `${(0,markdown/* plural */.LS)(approximate.length, "statistic")} came from quantile sketches, not all the values: each is within its error bound (${approximate
            .slice(0, 10)
            .map((feature) => `${(0,markdown/* code */.aY)(feature.feature)} ±${feature.error === null ? "?" : number(feature.error)}`)
            .join(", ")}${approximate.length > 10 ? ", …" : ""}).`);
    const chart = psiChart(ordered);
    if (chart)
        lines.push("", chart);
    if (report.skipped.length > 0)
        lines.push("", (0,markdown/* details */.zH)(`${(0,markdown/* plural */.LS)(report.skipped.length, "column")} not checked`, report.skipped.map((column) => `- ${(0,markdown/* code */.aY)(column.name)}: ${column.reason}`).join("\n")));
    return `${lines.join("\n")}\n`;
}
function psiChart(features) {
    const withPsi = features.filter((feature) => feature.psi !== null).slice(0, MAX_CHART_POINTS);
    if (withPsi.length === 0)
        return undefined;
    const values = withPsi.map((feature) => feature.psi);
    const source = xyChartSource({
        title: "PSI per feature",
        xAxis: { title: "feature", categories: withPsi.map((feature) => feature.feature) },
        yAxis: { title: "PSI", range: [0, Math.max(PSI_LINE * 1.5, ...values) * 1.1] },
        bars: values,
        lines: [withPsi.map(() => PSI_LINE)],
    });
    const more = features.length > withPsi.length ? ` (the first ${withPsi.length} features)` : "";
    return `\`\`\`mermaid\n${source}\n\`\`\`\n\nBars: each feature's population stability index${more}; line: ${PSI_LINE}, where PSI usually counts as drift.`;
}
function statisticText(feature) {
    if (feature.statistic === null)
        return feature.note ? "—" : "∞";
    const shown = number(feature.statistic);
    return feature.exact || feature.error === null ? shown : `${shown} ±${number(feature.error)}`;
}
function number(value) {
    return (0,compare/* formatNumber */.ZV)(Number(value.toPrecision(4))).replace(/^-/, MINUS);
}
function percent(share) {
    return `${Number((share * 100).toPrecision(3))}%`;
}

;// CONCATENATED MODULE: ./cli/drift-command.ts










const HELP = `Usage: trainyard drift <reference> <current>... [--schema <file>] [--json] [--profile]

Compares current data with reference data feature by feature (Kolmogorov–Smirnov, chi-squared,
Z, normalised Wasserstein, Jensen–Shannon, PSI; chosen per column as Evidently does) and prints
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
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args: argv,
        allowPositionals: true,
        options: {
            schema: { type: "string" },
            json: { type: "boolean", default: false },
            profile: { type: "boolean", default: false },
            share: { type: "string" },
            prometheus: { type: "string" },
            model: { type: "string", default: "model" },
            help: { type: "boolean", short: "h", default: false },
        },
    });
    if (values.help) {
        console.log(HELP);
        return 0;
    }
    const [referenceArgument, ...current] = positionals;
    if (referenceArgument === undefined || current.length === 0)
        throw new errors/* ConfigError */.xL("give the reference and the current data: trainyard drift <reference> <current>...");
    const share = values.share === undefined ? undefined : Number(values.share);
    if (share !== undefined && !(share >= 0 && share <= 1))
        throw new errors/* ConfigError */.xL(`--share must be a number from 0 to 1, got "${values.share}"`);
    const cwd = process.cwd();
    const schema = values.schema ? await (0,load/* loadTableSchema */.yE)(external_node_path_default().resolve(cwd, values.schema)) : undefined;
    let reference = [referenceArgument];
    if (/\.json$/i.test(referenceArgument))
        reference = await (0,drift_profile/* readDataProfile */.g_)(external_node_path_default().resolve(cwd, referenceArgument));
    else if (values.profile)
        reference = await (0,drift_profile/* buildDataProfile */.Wk)([referenceArgument], { cwd, ...(schema ? { schema } : {}) });
    const report = await checkDrift({
        reference,
        current,
        cwd,
        ...(schema ? { schema } : {}),
        ...(share !== undefined ? { settings: { share } } : {}),
    });
    if (values.prometheus)
        await (0,promises_.writeFile)(external_node_path_default().resolve(cwd, values.prometheus), driftMetricsText(report, { model: values.model }));
    process.stdout.write(values.json ? `${JSON.stringify((0,drift_report/* summarizeDriftReport */.tF)(report), null, 2)}\n` : renderDriftReport(report));
    return report.drifted ? 1 : 0;
}


/***/ }),

/***/ 4370:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CP: () => (/* binding */ driftReport),
/* harmony export */   tF: () => (/* binding */ summarizeDriftReport)
/* harmony export */ });
/* unused harmony exports featureDrift, driftDispatchReport, DISPATCH_REPORT_BYTES, compactDriftReport, driftDispatchPayload */
/* harmony import */ var _zod_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8411);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6265);
/**
 * The drift report: what `trainyard drift --json`, the drift-check action and the bot exchange.
 * Parse it with `driftReport` where it comes in from outside (a file, a dispatch payload).
 *
 * Numbers JSON cannot hold come as null: `statistic` is null when it is infinite (chi-squared with
 * a value the reference never had, Wasserstein over a constant reference) or could not be computed
 * (a side without values, `note` says which).
 */


const count = _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .minimum */ .BpO(0));
const side = _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ count, missing: count });
const featureDrift = _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    feature: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    kind: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(["numerical", "categorical"]),
    test: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .driftTestNames */ .s),
    /** The test's statistic or the distance (null: infinite, or not computed). */
    statistic: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .nullable */ .mee(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()),
    /** The test's p-value; null for distances. */
    p_value: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .nullable */ .mee(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()),
    /** Population stability index, whatever the test (null: not computed). */
    psi: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .nullable */ .mee(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()),
    /** p-value at or below, or distance at or above, this is drift. */
    threshold: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    drifted: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    /** Computed from every value (false: from a quantile sketch, within `error`). */
    exact: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    /** Bound on |statistic − the statistic from all the data|: 0 when exact, null when unknown. */
    error: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .nullable */ .mee(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()),
    reference: side,
    current: side,
    note: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
});
const driftReport = _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    /** Dataset drift: the share of drifted features is at least `threshold`. */
    drifted: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    /** Drifted features / features checked. */
    share: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .minimum */ .BpO(0), _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .maximum */ .PhQ(1)),
    threshold: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .minimum */ .BpO(0), _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .maximum */ .PhQ(1)),
    features: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(featureDrift),
    reference: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ rows: count, source: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(["data", "profile"]) }),
    current: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ rows: count }),
    /** Columns not checked, and why. */
    skipped: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ name: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), reason: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() })),
});
/** The short form `trainyard drift --json` prints. */
function summarizeDriftReport(report) {
    return {
        drifted: report.drifted,
        share: report.share,
        features: report.features.map(({ feature, kind, test, statistic, p_value, psi, drifted }) => ({
            feature,
            kind,
            test,
            statistic,
            p_value,
            psi,
            drifted,
        })),
    };
}
const featureSummary = _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .pick */ .UpN(featureDrift, {
    feature: true,
    kind: true,
    test: true,
    statistic: true,
    p_value: true,
    psi: true,
    threshold: true,
    drifted: true,
});
/**
 * The report as the drift check sends it to the bot in a `repository_dispatch` (`client_payload.report`):
 * the verdict and each feature's summary, drifted features first. GitHub caps the payload's size,
 * so features past the budget are cut and counted in `omitted`.
 */
const driftDispatchReport = _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    drifted: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    share: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .minimum */ .BpO(0), _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .maximum */ .PhQ(1)),
    threshold: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .minimum */ .BpO(0), _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .maximum */ .PhQ(1)),
    features: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(featureSummary),
    /** Features cut to keep the payload small (the full report is in the run's report file). */
    omitted: count,
    reference: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ rows: count, source: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(["data", "profile"]) }),
    current: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ rows: count }),
});
/** Bytes of JSON the dispatched report may take (GitHub refuses much larger client payloads). */
const DISPATCH_REPORT_BYTES = 60_000;
function compactDriftReport(report, maxBytes = DISPATCH_REPORT_BYTES) {
    const ordered = [...report.features].sort((a, b) => Number(b.drifted) - Number(a.drifted) || (b.psi ?? 0) - (a.psi ?? 0));
    const compact = {
        drifted: report.drifted,
        share: report.share,
        threshold: report.threshold,
        features: [],
        omitted: 0,
        reference: report.reference,
        current: report.current,
    };
    // Room for the largest `omitted` count, then each feature with its comma.
    let size = Buffer.byteLength(JSON.stringify({ ...compact, omitted: report.features.length }));
    for (const [index, feature] of ordered.entries()) {
        const summary = featureSummary.parse(feature);
        size += Buffer.byteLength(JSON.stringify(summary)) + (index > 0 ? 1 : 0);
        if (size > maxBytes) {
            compact.omitted = ordered.length - index;
            break;
        }
        compact.features.push(summary);
    }
    return compact;
}
/** `client_payload` of the `trainyard-drift` repository_dispatch: parse it with this where it comes in. */
const driftDispatchPayload = _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    model: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    report: driftDispatchReport,
});


/***/ }),

/***/ 7474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Hn: () => (/* binding */ cell),
  aY: () => (/* binding */ code),
  zH: () => (/* binding */ details),
  TN: () => (/* binding */ oneLine),
  LS: () => (/* binding */ plural),
  ml: () => (/* binding */ shorten),
  tp: () => (/* binding */ table)
});

// UNUSED EXPORTS: bytes, duration, fenced, htmlText, link

;// CONCATENATED MODULE: ./node_modules/markdown-table/index.js
// To do: next major: remove.
/**
 * @typedef {Options} MarkdownTableOptions
 *   Configuration.
 */

/**
 * @typedef Options
 *   Configuration.
 * @property {boolean | null | undefined} [alignDelimiters=true]
 *   Whether to align the delimiters (default: `true`);
 *   they are aligned by default:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   Pass `false` to make them staggered:
 *
 *   ```markdown
 *   | Alpha | B |
 *   | - | - |
 *   | C | Delta |
 *   ```
 * @property {ReadonlyArray<string | null | undefined> | string | null | undefined} [align]
 *   How to align columns (default: `''`);
 *   one style for all columns or styles for their respective columns;
 *   each style is either `'l'` (left), `'r'` (right), or `'c'` (center);
 *   other values are treated as `''`, which doesn’t place the colon in the
 *   alignment row but does align left;
 *   *only the lowercased first character is used, so `Right` is fine.*
 * @property {boolean | null | undefined} [delimiterEnd=true]
 *   Whether to end each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B
 *   | ----- | -----
 *   | C     | Delta
 *   ```
 * @property {boolean | null | undefined} [fillRows=true]
 *   Whether to fill rows with empty cells up to the most cells in a row
 *   (default: `true`).
 *
 *   When `true`, all rows have as many cells as the longest row:
 *
 *   ```markdown
 *   | Alpha | B    |   |
 *   | ----- | ---- | - |
 *   | C     |      |   |
 *   | D     | Echo | F |
 *   ```
 *
 *   When `false`, rows keep their cells,
 *   and the delimiter row has as many cells as the header row:
 *
 *   ```markdown
 *   | Alpha | B    |
 *   | ----- | ---- |
 *   | C     |
 *   | D     | Echo | F |
 *   ```
 * @property {boolean | null | undefined} [delimiterStart=true]
 *   Whether to begin each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are starting delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no starting delimiters:
 *
 *   ```markdown
 *   Alpha | B     |
 *   ----- | ----- |
 *   C     | Delta |
 *   ```
 * @property {boolean | null | undefined} [padding=true]
 *   Whether to add a space of padding between delimiters and cells
 *   (default: `true`).
 *
 *   When `true`, there is padding:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there is no padding:
 *
 *   ```markdown
 *   |Alpha|B    |
 *   |-----|-----|
 *   |C    |Delta|
 *   ```
 * @property {((value: string) => number) | null | undefined} [stringLength]
 *   Function to detect the length of table cell content (optional);
 *   this is used when aligning the delimiters (`|`) between table cells;
 *   full-width characters and emoji mess up delimiter alignment when viewing
 *   the markdown source;
 *   to fix this, you can pass this function,
 *   which receives the cell content and returns its “visible” size;
 *   note that what is and isn’t visible depends on where the text is displayed.
 *
 *   Without such a function, the following:
 *
 *   ```js
 *   markdownTable([
 *     ['Alpha', 'Bravo'],
 *     ['中文', 'Charlie'],
 *     ['👩‍❤️‍👩', 'Delta']
 *   ])
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo |
 *   | - | - |
 *   | 中文 | Charlie |
 *   | 👩‍❤️‍👩 | Delta |
 *   ```
 *
 *   With [`string-width`](https://github.com/sindresorhus/string-width):
 *
 *   ```js
 *   import stringWidth from 'string-width'
 *
 *   markdownTable(
 *     [
 *       ['Alpha', 'Bravo'],
 *       ['中文', 'Charlie'],
 *       ['👩‍❤️‍👩', 'Delta']
 *     ],
 *     {stringLength: stringWidth}
 *   )
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo   |
 *   | ----- | ------- |
 *   | 中文  | Charlie |
 *   | 👩‍❤️‍👩    | Delta   |
 *   ```
 */

/**
 * Get the length of a cell.
 *
 * @param {string} value
 *   Cell value.
 * @returns {number}
 *   Cell size.
 */
function defaultStringLength(value) {
  return value.length
}

/**
 * Generate a markdown
 * ([GFM](https://docs.github.com/en/github/writing-on-github/working-with-advanced-formatting/organizing-information-with-tables))
 * table.
 *
 * @param {ReadonlyArray<ReadonlyArray<string | null | undefined>>} table
 *   Table data (matrix of strings).
 * @param {Readonly<Options> | null | undefined} [options]
 *   Configuration (optional).
 * @returns {string}
 *   Result.
 */
function markdownTable(table, options) {
  const settings = options || {}
  // To do: next major: change to spread.
  // eslint-disable-next-line unicorn/prefer-spread -- `align` can be a string.
  const align = (settings.align || []).concat()
  const stringLength = settings.stringLength || defaultStringLength
  /** @type {Array<number>} Character codes as symbols for alignment per column. */
  const alignments = []
  /** @type {Array<Array<string>>} Cells per row. */
  const cellMatrix = []
  /** @type {Array<Array<number>>} Sizes of each cell per row. */
  const sizeMatrix = []
  /** @type {Array<number>} */
  const longestCellByColumn = []
  let mostCellsPerRow = 0
  let rowIndex = -1

  // This is a superfluous loop if we don’t align delimiters, but otherwise we’d
  // do superfluous work when aligning, so optimize for aligning.
  while (++rowIndex < table.length) {
    /** @type {Array<string>} */
    const row = []
    /** @type {Array<number>} */
    const sizes = []
    let columnIndex = -1

    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length
    }

    while (++columnIndex < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex])

      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell)
        sizes[columnIndex] = size

        if (
          longestCellByColumn[columnIndex] === undefined ||
          size > longestCellByColumn[columnIndex]
        ) {
          longestCellByColumn[columnIndex] = size
        }
      }

      row.push(cell)
    }

    cellMatrix[rowIndex] = row
    sizeMatrix[rowIndex] = sizes
  }

  // Figure out which alignments to use.
  let columnIndex = -1

  if (typeof align === 'object' && 'length' in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex])
    }
  } else {
    const code = toAlignment(align)

    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code
    }
  }

  // Inject the alignment row.
  columnIndex = -1
  /** @type {Array<string>} */
  const row = []
  /** @type {Array<number>} */
  const sizes = []

  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex]
    let before = ''
    let after = ''

    if (code === 99 /* `c` */) {
      before = ':'
      after = ':'
    } else if (code === 108 /* `l` */) {
      before = ':'
    } else if (code === 114 /* `r` */) {
      after = ':'
    }

    // There *must* be at least one hyphen-minus in each alignment cell.
    let size =
      settings.alignDelimiters === false
        ? 1
        : Math.max(
            1,
            longestCellByColumn[columnIndex] - before.length - after.length
          )

    const cell = before + '-'.repeat(size) + after

    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length

      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size
      }

      sizes[columnIndex] = size
    }

    row[columnIndex] = cell
  }

  // Inject the alignment row.
  cellMatrix.splice(1, 0, row)
  sizeMatrix.splice(1, 0, sizes)

  rowIndex = -1
  /** @type {Array<string>} */
  const lines = []

  while (++rowIndex < cellMatrix.length) {
    const row = cellMatrix[rowIndex]
    const sizes = sizeMatrix[rowIndex]
    const cellsInRow =
      settings.fillRows === false
        ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length)
        : mostCellsPerRow
    columnIndex = -1
    /** @type {Array<string>} */
    const line = []

    while (++columnIndex < cellsInRow) {
      const cell = row[columnIndex] || ''
      let before = ''
      let after = ''

      if (settings.alignDelimiters !== false) {
        const size =
          longestCellByColumn[columnIndex] - (sizes[columnIndex] || 0)
        const code = alignments[columnIndex]

        if (code === 114 /* `r` */) {
          before = ' '.repeat(size)
        } else if (code === 99 /* `c` */) {
          const half = size / 2

          if (size % 2) {
            before = ' '.repeat(half + 0.5)
            after = ' '.repeat(half - 0.5)
          } else {
            before = ' '.repeat(half)
            after = before
          }
        } else {
          after = ' '.repeat(size)
        }
      }

      if (settings.delimiterStart !== false && !columnIndex) {
        line.push('|')
      }

      if (
        settings.padding !== false &&
        // Don’t add the opening space if we’re not aligning and the cell is
        // empty: there will be a closing space.
        !(settings.alignDelimiters === false && cell === '') &&
        (settings.delimiterStart !== false || columnIndex)
      ) {
        line.push(' ')
      }

      if (settings.alignDelimiters !== false) {
        line.push(before)
      }

      line.push(cell)

      if (settings.alignDelimiters !== false) {
        line.push(after)
      }

      if (settings.padding !== false) {
        line.push(' ')
      }

      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push('|')
      }
    }

    lines.push(
      settings.delimiterEnd === false
        ? line.join('').replace(/ +$/, '')
        : line.join('')
    )
  }

  return lines.join('\n')
}

/**
 * Serialize a cell value.
 *
 * @param {string | null | undefined} [value]
 *   Value to serialize.
 * @returns {string}
 *   Result.
 */
function serialize(value) {
  return value === null || value === undefined ? '' : String(value)
}

/**
 * Get the alignment character code from a value.
 *
 * @param {string | null | undefined} value
 *   Value.
 * @returns {number}
 *   Alignment.
 */
function toAlignment(value) {
  const code = typeof value === 'string' ? value.codePointAt(0) : 0

  return code === 67 /* `C` */ || code === 99 /* `c` */
    ? 99 /* `c` */
    : code === 76 /* `L` */ || code === 108 /* `l` */
      ? 108 /* `l` */
      : code === 82 /* `R` */ || code === 114 /* `r` */
        ? 114 /* `r` */
        : 0
}

// EXTERNAL MODULE: ./lib/format.ts
var format = __webpack_require__(2511);
;// CONCATENATED MODULE: ./reports/markdown.ts


/**
 * Markdown pieces every report shares. User data (metric, slice, column and file names, values
 * from data) goes through one of these before it reaches a comment: table cells, code spans,
 * HTML text and links are each escaped for where they stand, so that a pipe, a backtick, a line
 * break, an HTML tag, `-->` or a bidirectional override cannot break the table, close a block or
 * inject markup.
 */
/**
 * Line breaks become `⏎` (a cell or a span is one line), and bidirectional controls, which can
 * make text read in another order than it is written, become `�`.
 */
function oneLine(text) {
    return text.replace(/\r\n|\r|\n/g, "⏎").replace(/[\u202a-\u202e\u2066-\u2069]/g, "\ufffd");
}
/**
 * At most `maxLength` characters on one line, cut between code points (never inside a surrogate
 * pair) with `…` at the end, or in the middle for names, whose ends tell them apart
 * (`eval.suite_01…task_0042.accuracy`).
 */
function shorten(text, maxLength, cut = "end") {
    const flat = oneLine(text);
    if (flat.length <= maxLength)
        return flat;
    const characters = Array.from(flat);
    if (characters.length <= maxLength)
        return flat;
    if (cut === "end")
        return `${characters.slice(0, maxLength - 1).join("")}…`;
    const head = Math.floor((maxLength - 1) / 3);
    const tail = maxLength - 1 - head;
    return `${characters.slice(0, head).join("")}…${characters.slice(-tail).join("")}`;
}
const ZERO_WIDTH_SPACE = "\u200b";
/**
 * Text for a table cell or a line, shown as written: every character markdown could act on is
 * escaped, and a zero-width space keeps GitHub from reading an address as a link (`https:`,
 * `www.`, `a@b.c`), a mention (`@org/team` would notify a team) or an issue reference (`#12`
 * would note this comment on issue 12).
 */
function cell(text, maxLength = 60) {
    return (shorten(text, maxLength)
        .replace(/[\\`*{}[\]<>|~&]/g, (c) => `\\${c}`)
        // An underscore inside a word (`max_drop`) cannot start or end emphasis: it stays as it is.
        .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, "\\_")
        .replace(/(?<=https?|ftp|mailto|xmpp):|(?<=www)\./gi, (c) => `${ZERO_WIDTH_SPACE}${c}`)
        .replace(/@/g, `@${ZERO_WIDTH_SPACE}`)
        .replace(/#/g, `\\#${ZERO_WIDTH_SPACE}`));
}
/** A value quoted as code, its fence longer than any run of backticks in it. */
function code(text, maxLength = 40, cutAt = "end") {
    const cut = shorten(text, maxLength, cutAt);
    const longestRun = Math.max(0, ...(cut.match(/`+/g) ?? []).map((run) => run.length));
    const fence = "`".repeat(longestRun + 1);
    const padded = cut.startsWith("`") || cut.endsWith("`") || cut.trim() === "" ? ` ${cut} ` : cut;
    return `${fence}${padded}${fence}`;
}
/**
 * Text inside HTML, such as a `<summary>`: markdown does not run there, so it is HTML-escaped;
 * mentions and issue references are kept off as in `cell`.
 */
function htmlText(text, maxLength = 120) {
    return shorten(text, maxLength)
        .replace(/[@#]/g, (c) => `${c}${ZERO_WIDTH_SPACE}`)
        .replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}
/** A link to an http(s) address, else the address as code: other schemes are not followed. */
function markdown_link(text, url) {
    if (!/^https?:\/\//i.test(url))
        return `${cell(text)} (${code(url, 200)})`;
    const safe = url.replace(/[\s<>()\\`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
    return `[${cell(text)}](${safe})`;
}
/**
 * A GFM table. Every cell is made one line, and each pipe in it not already escaped (an even
 * number of backslashes before it) is escaped, so no cell, code spans included, can split a row.
 */
function table(header, rows, align, options = {}) {
    const cells = [header, ...rows].map((row) => row.map((text) => escapePipes(oneLine(text))));
    return markdownTable(cells, { ...(align ? { align } : {}), alignDelimiters: !options.compact });
}
function escapePipes(text) {
    return text.replace(/(\\*)\|/g, (match, backslashes) => backslashes.length % 2 === 0 ? `${backslashes}\\|` : match);
}
/** Lines in a code block whose fence no line can close. */
function fenced(lines) {
    const longestRun = Math.max(0, ...lines.map((line) => Math.max(0, ...(line.match(/`+/g) ?? []).map((r) => r.length))));
    const fence = "`".repeat(Math.max(3, longestRun + 1));
    return `${fence}text\n${lines.join("\n")}\n${fence}`;
}
/** A folded block: `summary` is plain text (escaped here, as HTML), `body` is markdown. */
function details(summary, body) {
    return `<details><summary>${htmlText(summary, 200)}</summary>\n\n${body}\n\n</details>`;
}
function plural(count, one, many = `${one}s`) {
    return `${(0,format/* thousands */.o)(count)} ${count === 1 ? one : many}`;
}
function bytes(count) {
    const units = ["B", "KB", "MB", "GB", "TB"];
    let value = count;
    let unit = 0;
    while (value >= 1000 && unit < units.length - 1) {
        value /= 1000;
        unit += 1;
    }
    return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}
function duration(ms) {
    if (ms < 1000)
        return `${ms} ms`;
    if (ms < 59_950)
        return `${(ms / 1000).toFixed(1)} s`;
    const seconds = Math.round(ms / 1000);
    if (seconds < 3600)
        return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
    const minutes = Math.round(ms / 60_000);
    return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}


/***/ })

};
