export const id = 239;
export const ids = [239];
export const modules = {

/***/ 2581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T1: () => (/* binding */ driftTests),
/* harmony export */   V$: () => (/* binding */ distinctValues),
/* harmony export */   _K: () => (/* binding */ isDrift),
/* harmony export */   h8: () => (/* binding */ defaultDriftTest),
/* harmony export */   sf: () => (/* binding */ driftTestNames)
/* harmony export */ });
/* unused harmony export SMALL_REFERENCE_ROWS */
/* harmony import */ var _statistics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5462);

const driftTestNames = ["ks", "chisquare", "z", "wasserstein", "jensenshannon", "psi"];
const exact = (reference, current) => (0,_statistics_js__WEBPACK_IMPORTED_MODULE_0__/* .rankErrorOf */ .a1)(reference) === 0 && (0,_statistics_js__WEBPACK_IMPORTED_MODULE_0__/* .rankErrorOf */ .a1)(current) === 0;
const driftTests = {
    ks: {
        name: "ks",
        title: "Kolmogorov–Smirnov",
        scoredBy: "p_value",
        defaultThreshold: 0.05,
        appliesTo: ["numerical"],
        run: (reference, current) => (0,_statistics_js__WEBPACK_IMPORTED_MODULE_0__/* .ksTwoSample */ .X3)(numerical(reference), numerical(current)),
        errorBound: _statistics_js__WEBPACK_IMPORTED_MODULE_0__/* .ksErrorBound */ .Bi,
    },
    chisquare: {
        name: "chisquare",
        title: "chi-squared",
        scoredBy: "p_value",
        defaultThreshold: 0.05,
        appliesTo: ["numerical", "categorical"],
        run: _statistics_js__WEBPACK_IMPORTED_MODULE_0__/* .chiSquareTest */ .Wp,
        errorBound: (reference, current) => (exact(reference, current) ? 0 : null),
    },
    z: {
        name: "z",
        title: "two-proportion Z",
        scoredBy: "p_value",
        defaultThreshold: 0.05,
        appliesTo: ["numerical", "categorical"],
        maxValues: 2,
        run: _statistics_js__WEBPACK_IMPORTED_MODULE_0__/* .zTest */ .HP,
        errorBound: (reference, current) => (exact(reference, current) ? 0 : null),
    },
    wasserstein: {
        name: "wasserstein",
        title: "Wasserstein (normed)",
        scoredBy: "distance",
        defaultThreshold: 0.1,
        appliesTo: ["numerical"],
        run: (reference, current) => ({
            statistic: (0,_statistics_js__WEBPACK_IMPORTED_MODULE_0__/* .normalisedWasserstein */ .bY)(numerical(reference), numerical(current)),
            pValue: null,
        }),
        errorBound: (reference, current) => (0,_statistics_js__WEBPACK_IMPORTED_MODULE_0__/* .wassersteinErrorBound */ .NR)(numerical(reference), numerical(current)),
    },
    jensenshannon: {
        name: "jensenshannon",
        title: "Jensen–Shannon distance",
        scoredBy: "distance",
        defaultThreshold: 0.1,
        appliesTo: ["numerical", "categorical"],
        run: _statistics_js__WEBPACK_IMPORTED_MODULE_0__/* .jensenShannonTest */ .H0,
        errorBound: (reference, current) => (exact(reference, current) ? 0 : null),
    },
    psi: {
        name: "psi",
        title: "PSI",
        scoredBy: "distance",
        defaultThreshold: 0.1,
        appliesTo: ["numerical", "categorical"],
        run: _statistics_js__WEBPACK_IMPORTED_MODULE_0__/* .psiTest */ .xZ,
        errorBound: _statistics_js__WEBPACK_IMPORTED_MODULE_0__/* .psiErrorBound */ .PX,
    },
};
function numerical(sample) {
    if (sample.kind !== "numerical")
        throw new TypeError("this test takes numerical columns only");
    return sample;
}
/** Distinct values of both samples together (pandas' concat(...).nunique()). */
function distinctValues(reference, current) {
    return (0,_statistics_js__WEBPACK_IMPORTED_MODULE_0__/* .valueCounts */ .al)(reference, current).keys.length;
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


/***/ }),

/***/ 5462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Wp: () => (/* binding */ chiSquareTest),
  H0: () => (/* binding */ jensenShannonTest),
  Bi: () => (/* binding */ ksErrorBound),
  X3: () => (/* binding */ ksTwoSample),
  bY: () => (/* binding */ normalisedWasserstein),
  PX: () => (/* binding */ psiErrorBound),
  xZ: () => (/* binding */ psiTest),
  a1: () => (/* binding */ rankErrorOf),
  al: () => (/* binding */ valueCounts),
  NR: () => (/* binding */ wassersteinErrorBound),
  HP: () => (/* binding */ zTest)
});

// UNUSED EXPORTS: PER_VALUE_MAX_DISTINCT, binShares, binningRankError, categoryCounts, chiSquare, histogram, jensenShannon, numericCounts, numpySum, psi, sturgesEdges, wassersteinDistance

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


/***/ }),

/***/ 4555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MN: () => (/* binding */ serializeComparison),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   qB: () => (/* binding */ compareRuns)
/* harmony export */ });
/* unused harmony exports gateKinds, gateCheckSchema, metricComparisonSchema, sliceComparisonSchema, verdicts, comparisonSchema, noiseTolerance, parseComparison */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8816);
/* harmony import */ var _config_located_document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6417);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8115);
/* harmony import */ var _gates_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9660);
/* harmony import */ var _significance_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9675);
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





// ---------------------------------------------------------------------------------------------
// The comparison's shape
const nonFiniteNames = ["NaN", "Infinity", "-Infinity"];
/** A number that may be NaN or ±Infinity, which JSON spells as a string. */
const anyNumber = zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(nonFiniteNames).transform((name) => Number(name))]);
const gateKinds = ["min", "max", "max_drop", "max_rise"];
const gateCheckSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    gate: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(gateKinds),
    /** The bar as written in the config: 0.8, 0.01, "10%". */
    limit: zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()]),
    outcome: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(["passed", "failed", "skipped"]),
    /** `accuracy 0.912 ≥ min 0.8`, `accuracy dropped 0.013, more than max_drop 0.01` */
    sentence: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
});
const metricComparisonSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    metric: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    direction: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(_gates_js__WEBPACK_IMPORTED_MODULE_2__/* .directions */ .vQ),
    /** null: the candidate has no such metric. */
    candidate: anyNumber.nullable(),
    /** null: no baseline, or the baseline has no such metric. */
    baseline: anyNumber.nullable(),
    /** candidate − baseline. */
    delta: anyNumber.nullable(),
    /** delta / |baseline|; null where the baseline is 0 and the delta is not. */
    relativeDelta: anyNumber.nullable(),
    /** Judged in the metric's direction, within floating noise; null where there is nothing to judge. */
    change: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(["better", "worse", "same"]).nullable(),
    /** The metric has at least one bar (min, max, max_drop, max_rise). */
    gated: zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY(),
    /** No gate of the metric failed. */
    passed: zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY(),
    gates: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(gateCheckSchema),
    significance: _significance_js__WEBPACK_IMPORTED_MODULE_3__/* .significanceResultSchema */ .mZ.optional(),
});
const sliceComparisonSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    slice: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    /** False for a slice named in `only` that the candidate's results lack. */
    present: zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY(),
    passed: zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY(),
    metrics: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(metricComparisonSchema),
});
const verdicts = ["ready", "failed", "no-baseline"];
const gateCount = zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().min(0);
const comparisonSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(1),
    verdict: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(verdicts),
    passed: zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY(),
    /** What the candidate was compared with: `production v3`, `main@abc1234`; null for a first model. */
    baseline: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ label: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP() }).nullable(),
    /** Gate checks over metrics and slices together. */
    gates: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ passed: gateCount, failed: gateCount, skipped: gateCount }),
    /** The sentence of every failed gate, slices prefixed: `country=DE: accuracy 0.65 < min 0.7`. */
    failures: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()),
    metrics: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(metricComparisonSchema),
    slices: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(sliceComparisonSchema),
});
const RELATIVE_TOLERANCE = 1e-9;
const ABSOLUTE_TOLERANCE = 1e-12;
/** How far apart two values may be and still count as the same (floating noise). */
function noiseTolerance(...values) {
    const magnitude = Math.max(...values.map((value) => (Number.isFinite(value) ? Math.abs(value) : 0)));
    return Math.max(ABSOLUTE_TOLERANCE, RELATIVE_TOLERANCE * magnitude);
}
function compareRuns(input) {
    const { candidate, baseline } = input;
    const gates = input.gates ?? {};
    const metrics = compareScope({
        candidate: candidate.metrics,
        baseline: baseline?.metrics,
        baselineLabel: baseline?.label,
        missing: "is missing from the candidate's metrics",
    }, gates, (metric) => gates[metric]?.direction).map((comparison) => {
        const significance = input.significance?.[comparison.metric];
        return significance ? { ...comparison, significance } : comparison;
    });
    const slices = compareSlices(input, gates);
    const failures = [
        ...failedSentences(metrics),
        ...slices.flatMap((slice) => failedSentences(slice.metrics).map((sentence) => `${slice.slice}: ${sentence}`)),
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
        slices,
    };
}
function compareSlices(input, gates) {
    const sliceGates = input.sliceGates?.gates ?? {};
    const candidateSlices = input.candidate.slices ?? {};
    const baselineSlices = input.baseline?.slices ?? {};
    const names = input.sliceGates?.only ?? Object.keys(candidateSlices).sort(byCodePoint);
    return names.map((slice) => {
        const present = Object.hasOwn(candidateSlices, slice);
        const metrics = compareScope({
            candidate: ownValue(candidateSlices, slice),
            // With a baseline, a slice it lacks has no values (its change gates skip); without, none.
            baseline: input.baseline ? (ownValue(baselineSlices, slice) ?? {}) : undefined,
            baselineLabel: input.baseline?.label,
            missing: present
                ? `is missing from the candidate's slice ${slice}`
                : `is missing: the candidate has no slice ${slice}`,
        }, sliceGates, (metric) => sliceGates[metric]?.direction ?? gates[metric]?.direction);
        return { slice, present, passed: metrics.every((metric) => metric.passed), metrics };
    });
}
function failedSentences(metrics) {
    return metrics.flatMap((metric) => metric.gates.filter((check) => check.outcome === "failed").map((check) => check.sentence));
}
function compareScope(scope, gates, writtenDirection) {
    const named = Object.keys(gates);
    const others = new Set([...Object.keys(scope.candidate ?? {}), ...Object.keys(scope.baseline ?? {})]);
    for (const metric of named)
        others.delete(metric);
    const ordered = [...named, ...[...others].sort(byCodePoint)];
    return ordered.map((metric) => compareMetric(metric, scope, gates[metric], (0,_gates_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveDirection */ .aE)(metric, writtenDirection(metric))));
}
function ownValue(record, key) {
    return record && Object.hasOwn(record, key) ? record[key] : undefined;
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
        gates: checks,
    };
}
function relativeDelta(delta, baseline) {
    if (delta === null || baseline === null)
        return null;
    if (baseline === 0)
        return delta === 0 ? 0 : null;
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
    if (gate.min !== undefined)
        checks.push(checkBound(metric, "min", gate.min, values.candidate, scope));
    if (gate.max !== undefined)
        checks.push(checkBound(metric, "max", gate.max, values.candidate, scope));
    if (gate.max_drop !== undefined)
        checks.push(checkChange(metric, "max_drop", gate.max_drop, values, scope));
    if (gate.max_rise !== undefined)
        checks.push(checkChange(metric, "max_rise", gate.max_rise, values, scope));
    return checks;
}
/** Why a gate fails when the candidate's value is missing or NaN. */
function cannotPass(metric, value, bar, scope) {
    return value === null
        ? `${metric} ${scope.missing}, so ${bar} cannot pass`
        : `${metric} is NaN, so ${bar} cannot pass`;
}
function checkBound(metric, gate, limit, value, scope) {
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
function checkChange(metric, gate, written, { candidate, baseline }, scope) {
    const limit = (0,_gates_js__WEBPACK_IMPORTED_MODULE_2__/* .parseChangeLimit */ .BZ)(written);
    const bar = `${gate} ${limit.text}`;
    const result = (outcome, sentence) => ({
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
    const allowed = (0,_gates_js__WEBPACK_IMPORTED_MODULE_2__/* .allowedChange */ .v)(limit, baseline);
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
function formatMovement(amount, baseline, kind) {
    if (kind === "absolute")
        return formatNumber(amount);
    if (baseline === 0)
        return `${formatNumber(amount)} from a baseline of 0`;
    return formatPercent(amount / Math.abs(baseline));
}
/** Up to six significant digits, no trailing zeros: 0.013000000000000012 → `0.013`. */
function formatNumber(value) {
    if (!Number.isFinite(value) || Number.isInteger(value))
        return String(value);
    return String(Number(value.toPrecision(6)));
}
/** 0.125 → `12.5%` (three significant digits). */
function formatPercent(fraction) {
    return `${Number((fraction * 100).toPrecision(3))}%`;
}
function byCodePoint(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
// ---------------------------------------------------------------------------------------------
// The JSON file
/** The comparison as JSON, with NaN and ±Infinity written as strings so they read back. */
function serializeComparison(comparison) {
    return `${JSON.stringify(comparison, (_key, value) => (typeof value === "number" && !Number.isFinite(value) ? String(value) : value), 2)}\n`;
}
/** Reads a comparison file evaluate wrote; a DataError names the file and the field that is wrong. */
function parseComparison(text, file) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new DataError(`not a comparison file: invalid JSON (${error.message})`, { file });
    }
    const result = comparisonSchema.safeParse(data);
    if (result.success)
        return result.data;
    const issue = result.error.issues[0];
    const location = issue.path.length > 0 ? { file, field: formatPath(issue.path) } : { file };
    throw new DataError(`not a comparison file evaluate wrote: ${issue.message}`, location);
}


/***/ }),

/***/ 9660:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BZ: () => (/* binding */ parseChangeLimit),
/* harmony export */   F2: () => (/* binding */ slicesSpec),
/* harmony export */   G6: () => (/* binding */ gatesSpec),
/* harmony export */   aE: () => (/* binding */ resolveDirection),
/* harmony export */   v: () => (/* binding */ allowedChange),
/* harmony export */   vQ: () => (/* binding */ directions)
/* harmony export */ });
/* unused harmony exports lowerIsBetterNameParts, gateSpec */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8816);
/**
 * Gates: the bars a model's metrics must clear before it may ship, as users write them in
 * `.github/trainyard.yml` under `models.<name>.gates` and `models.<name>.slices`:
 *
 * ```yaml
 * gates:
 *   accuracy: { direction: higher, min: 0.8, max_drop: 0.01 }   # absolute drop vs baseline
 *   latency_ms: { direction: lower, max: 50, max_rise: "10%" }  # relative rise vs baseline
 *   val.loss: { direction: lower }                              # reported, no gate
 * slices:
 *   gates:
 *     accuracy: { min: 0.7, max_drop: "5%" }                    # applied to every slice
 *   only: ["country=DE", "country=FR"]                          # optional
 * ```
 *
 * Decisions:
 * - `direction` says which way is better. Left out, it is "lower" when the metric's name contains
 *   (case-insensitively) loss, error, mae, mse, rmse, latency or perplexity, else "higher". Write
 *   it out when a name misleads (scikit-learn's `neg_mean_squared_error` is higher-is-better).
 * - `max_drop` limits how far the value may fall below the baseline's, `max_rise` how far it may
 *   climb above it: each a number (in the metric's own units) or a percentage of the baseline's
 *   value ("2%"). A fall is only bad for a higher-is-better metric, so `max_drop` on a
 *   lower-is-better one (or `max_rise` on a higher-is-better one) is a config error, not a gate
 *   that would fail whenever the model improves.
 * - A slice gate without `direction` takes the top-level gate's for the same metric, else the
 *   name's inference; the config check of a slice gate can only see its own direction and name.
 *
 * Refinements write complete messages as `custom` issues; every other issue is worded by the
 * config loader, which can see the source.
 */

const directions = ["higher", "lower"];
/** Name parts that mark a lower-is-better metric when no direction is written. */
const lowerIsBetterNameParts = [
    "loss",
    "error",
    "mae",
    "mse",
    "rmse",
    "latency",
    "perplexity",
];
const percentPattern = /^(\d+(\.\d*)?|\.\d+)%$/;
const percentText = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(percentPattern, {
    error: (issue) => `expected a number or a percentage of the baseline such as "2%", got ${JSON.stringify(issue.input)}`,
});
/** A change limit as written: an amount in the metric's units (0.01) or a share of the baseline ("2%"). */
const changeLimit = zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([percentText, zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()])
    .superRefine((limit, context) => {
    if (typeof limit === "number" && limit < 0) {
        context.addIssue({
            code: "custom",
            message: `expected a number ≥ 0 or a percentage such as "2%", got ${limit}`,
        });
    }
})
    .describe("An amount in the metric's own units (0.01), or a percentage of the baseline's value (\"2%\").");
const gateSpec = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    direction: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(directions)
        .optional()
        .describe('Which way is better. Default: "lower" for names containing loss, error, mae, mse, rmse, latency or perplexity, else "higher".'),
    min: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional().describe("The value must be at least this."),
    max: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional().describe("The value must be at most this."),
    max_drop: changeLimit
        .optional()
        .describe('How far a higher-is-better value may fall below the baseline: 0.01, or "2%" of it.'),
    max_rise: changeLimit
        .optional()
        .describe('How far a lower-is-better value may rise above the baseline: 5, or "10%" of it.'),
})
    .superRefine((gate, context) => {
    if (gate.min !== undefined && gate.max !== undefined && gate.min > gate.max) {
        context.addIssue({
            code: "custom",
            path: ["min"],
            message: `min ${gate.min} is greater than max ${gate.max}`,
        });
    }
})
    .describe("Bars one metric must clear; a metric listed with no bar is reported but not gated.");
const metricName = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1);
/** `models.<name>.gates`: metric name → its gate, in the order the report lists them. */
const gatesSpec = zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(metricName, gateSpec)
    .superRefine((gates, context) => {
    if (!isRecord(gates))
        return;
    for (const [metric, gate] of Object.entries(gates))
        checkChangeDirection(metric, gate, context);
}, 
// Also when another gate has a problem, so that one reading lists every problem.
{ when: () => true })
    .describe("Gates on the model's metrics, keyed by metric name (nested names joined with '.').");
/** `models.<name>.slices`: gates every slice must clear, and optionally which slices. */
const slicesSpec = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    gates: gatesSpec.default({}).describe("Gates applied to every slice's metrics."),
    only: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1))
        .min(1)
        .optional()
        .describe('Check only these slices (e.g. "country=DE"); each must be in the candidate\'s results.'),
})
    .superRefine((slices, context) => {
    const seen = new Map();
    slices.only?.forEach((slice, index) => {
        const first = seen.get(slice);
        if (first !== undefined) {
            context.addIssue({
                code: "custom",
                path: ["only", index],
                message: `${JSON.stringify(slice)} is listed twice (also only[${first}])`,
            });
        }
        else {
            seen.set(slice, index);
        }
    });
})
    .describe("Per-slice gates: the same bars, applied to each slice's metrics.");
function isRecord(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
/** Runs on the gates as written, which may hold other problems: it checks only what it can read. */
function checkChangeDirection(metric, gate, context) {
    if (!isRecord(gate))
        return;
    const written = gate.direction;
    if (written !== undefined && written !== "higher" && written !== "lower")
        return;
    const direction = resolveDirection(metric, written);
    const misplaced = direction === "higher" ? "max_rise" : "max_drop";
    if (gate[misplaced] === undefined)
        return;
    const fitting = direction === "higher" ? "max_drop" : "max_rise";
    const why = written === undefined
        ? ` (inferred from its name: write direction: ${direction === "higher" ? "lower" : "higher"} if it is not)`
        : "";
    const wrongWay = misplaced === "max_drop" ? "falls" : "rises";
    context.addIssue({
        code: "custom",
        path: [metric, misplaced],
        message: `${metric} is ${direction}-is-better${why}, so a limit on how far it ${wrongWay} would fail the gate when the model improves: use ${fitting}`,
    });
}
/** The direction a metric is judged in: the one written, else inferred from the name. */
function resolveDirection(metric, written) {
    if (written)
        return written;
    const name = metric.toLowerCase();
    return lowerIsBetterNameParts.some((part) => name.includes(part)) ? "lower" : "higher";
}
/** `0.01` → absolute 0.01; `"10%"` → relative 0.1. The text is how the report shows it. */
function parseChangeLimit(limit) {
    if (typeof limit === "number")
        return { kind: "absolute", amount: limit, text: String(limit) };
    if (!percentPattern.test(limit))
        throw new RangeError(`not a percentage: ${JSON.stringify(limit)}`);
    return { kind: "relative", fraction: Number(limit.slice(0, -1)) / 100, text: limit };
}
/** The allowed change in the metric's units, given the baseline's value. */
function allowedChange(limit, baseline) {
    return limit.kind === "absolute" ? limit.amount : Math.abs(baseline) * limit.fraction;
}


/***/ }),

/***/ 9675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lr: () => (/* binding */ erfc),
/* harmony export */   mZ: () => (/* binding */ significanceResultSchema),
/* harmony export */   td: () => (/* binding */ formatPValue)
/* harmony export */ });
/* unused harmony exports bootstrapResamples, DEFAULT_RESAMPLES, DEFAULT_CONFIDENCE, DEFAULT_SEED, bootstrapResultSchema, pairedBootstrap, percentile, MCNEMAR_EXACT_BELOW, mcnemarResultSchema, mcnemar, mcnemarFromCounts, binomialCdfHalf, chiSquaredSurvival1, significanceOfCorrectness, significanceOfScores, describeSignificance */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8816);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8115);
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


// ---------------------------------------------------------------------------------------------
// Seeded resamples
/** xoshiro128** (Blackman and Vigna), seeded through splitmix32: 32-bit words, period 2^128 − 1. */
function seededWords(seed) {
    let state = seed >>> 0;
    const splitmix32 = () => {
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
    if ((s0 | s1 | s2 | s3) === 0)
        s0 = 1;
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
function rotateLeft(word, bits) {
    return (word << bits) | (word >>> (32 - bits));
}
const TWO_TO_32 = 4294967296;
/** Above this many examples a word times n is no longer exact in a double. */
const EXACT_PRODUCT_LIMIT = (/* unused pure expression or super */ null && (2 ** 21));
/**
 * Fills `indices` with draws from 0..n−1, each equally likely: Lemire's multiply-and-reject (the
 * high half of word × n, rejecting the few words that would favour some values), which spares
 * the slow floating-point modulo per draw; past 2^21 examples, rejection and modulo.
 */
function drawIndices(nextWord, n, indices) {
    const rejectBelow = TWO_TO_32 % n;
    if (n > EXACT_PRODUCT_LIMIT) {
        const acceptBelow = TWO_TO_32 - rejectBelow;
        for (let position = 0; position < indices.length; position++) {
            let word = nextWord();
            while (word >= acceptBelow)
                word = nextWord();
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
function* bootstrapResamples(examples, resamples, seed) {
    checkResampleOptions(examples, resamples, seed);
    const nextWord = seededWords(seed);
    for (let draw = 0; draw < resamples; draw++) {
        const indices = new Uint32Array(examples);
        drawIndices(nextWord, examples, indices);
        yield indices;
    }
}
function checkResampleOptions(examples, resamples, seed) {
    if (!Number.isInteger(examples) || examples < 1 || examples > TWO_TO_32) {
        throw new RangeError(`bootstrap: need at least one example, got ${examples}`);
    }
    if (!Number.isInteger(resamples) || resamples < 1) {
        throw new RangeError(`bootstrap: resamples must be a positive integer, got ${resamples}`);
    }
    if (!Number.isInteger(seed))
        throw new RangeError(`bootstrap: seed must be an integer, got ${seed}`);
}
// ---------------------------------------------------------------------------------------------
// Paired bootstrap
const DEFAULT_RESAMPLES = 10_000;
const DEFAULT_CONFIDENCE = 0.95;
const DEFAULT_SEED = 0x5eed;
const bootstrapResultSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    /** mean(candidate) − mean(baseline) over all examples. */
    estimate: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    low: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    high: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    confidence: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    resamples: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int(),
    seed: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int(),
    examples: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int(),
});
/**
 * The difference of mean scores (candidate − baseline) on the same examples, with a percentile
 * confidence interval over seeded resamples of the examples, each resample used for both models.
 * The seed is read as a 32-bit unsigned integer. Cost: resamples × examples draws, about a second
 * for 10,000 × 10,000.
 */
function pairedBootstrap(scores, options = {}) {
    const { candidate, baseline } = scores;
    const resamples = options.resamples ?? DEFAULT_RESAMPLES;
    const confidence = options.confidence ?? DEFAULT_CONFIDENCE;
    const seed = options.seed ?? DEFAULT_SEED;
    if (candidate.length !== baseline.length) {
        throw new DataError(`paired scores differ in length: ${candidate.length} for the candidate, ${baseline.length} for the baseline`);
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
            const index = indices[position];
            candidateSum += candidateScores[index];
            baselineSum += baselineScores[index];
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
function finiteScores(scores, model) {
    const copy = Float64Array.from(scores);
    const bad = copy.findIndex((score) => !Number.isFinite(score));
    if (bad >= 0)
        throw new DataError(`the ${model}'s score for example ${bad + 1} is ${copy[bad]}`);
    return copy;
}
function mean(values) {
    let sum = 0;
    for (const value of values)
        sum += value;
    return sum / values.length;
}
/** numpy.quantile(sorted, q) with its default "linear" method, computed as numpy computes it. */
function percentile(sorted, q) {
    const n = sorted.length;
    if (n === 0)
        return Number.NaN;
    const virtualIndex = (n - 1) * q;
    const below = Math.min(Math.max(Math.floor(virtualIndex), 0), n - 1);
    const above = Math.min(below + 1, n - 1);
    const weight = virtualIndex - Math.floor(virtualIndex);
    const a = sorted[below];
    const b = sorted[above];
    const difference = b - a;
    // numpy's _lerp: from the nearer end, so that the result is monotonic and exact at the ends.
    return weight >= 0.5 ? b - difference * (1 - weight) : a + difference * weight;
}
// ---------------------------------------------------------------------------------------------
// McNemar's test
/** Below this many discordant examples the exact binomial test is used. */
const MCNEMAR_EXACT_BELOW = 25;
const mcnemarResultSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    /** Examples the candidate got right and the baseline wrong. */
    b: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int(),
    /** Examples the candidate got wrong and the baseline right. */
    c: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int(),
    /** Exact: min(b, c), the binomial count; chi-squared: (|b − c| − 1)² / (b + c). */
    statistic: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    pValue: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    method: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(["exact-binomial", "chi-squared-corrected"]),
});
/** McNemar's test on which examples each model got right. */
function mcnemar(candidateCorrect, baselineCorrect) {
    if (candidateCorrect.length !== baselineCorrect.length) {
        throw new DataError(`paired correctness differs in length: ${candidateCorrect.length} for the candidate, ${baselineCorrect.length} for the baseline`);
    }
    let b = 0;
    let c = 0;
    candidateCorrect.forEach((candidateRight, index) => {
        const baselineRight = baselineCorrect[index];
        if (candidateRight && !baselineRight)
            b++;
        else if (!candidateRight && baselineRight)
            c++;
    });
    return mcnemarFromCounts(b, c);
}
/** McNemar's test from the two discordant counts. */
function mcnemarFromCounts(b, c) {
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
function binomialCdfHalf(k, n) {
    if (!Number.isInteger(n) || n < 0 || n > 1023) {
        throw new RangeError(`binomial CDF: n must be an integer from 0 to 1023, got ${n}`);
    }
    if (k < 0)
        return 0;
    if (k >= n)
        return 1;
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
function chiSquaredSurvival1(x) {
    if (Number.isNaN(x))
        return Number.NaN;
    return upperGammaHalf(x / 2);
}
/** The complementary error function, for any x: erfc(x) = Q(1/2, x²) for x ≥ 0. */
function erfc(x) {
    if (Number.isNaN(x))
        return Number.NaN;
    if (x < 0)
        return 2 - erfc(-x);
    // x² rounds; its rounding error e scales the result by exp(−e), which matters for large x.
    const [square, error] = exactSquare(x);
    return upperGammaHalf(square) * Math.exp(-error);
}
/** x² as square + error, exactly (Veltkamp split; JavaScript has no fused multiply-add). */
function exactSquare(x) {
    const square = x * x;
    if (!Number.isFinite(square))
        return [square, 0];
    const scaled = 134217729 * x; // 2^27 + 1
    const high = scaled - (scaled - x);
    const low = x - high;
    return [square, high * high - square + 2 * high * low + low * low];
}
/** The regularized upper incomplete gamma function Q(1/2, y) = erfc(√y). */
function upperGammaHalf(y) {
    if (y <= 0)
        return 1;
    if (y === Number.POSITIVE_INFINITY)
        return 0;
    // The series converges fast and loses little to 1 − P while Q is not small; beyond, the
    // continued fraction converges fast and keeps Q's relative accuracy deep into the tail.
    return y < 1.5 ? 1 - lowerGammaHalfSeries(y) : upperGammaHalfContinuedFraction(y);
}
/** P(1/2, y) = e^(−y) √y / Γ(3/2) · Σ yⁿ / ((3/2)(5/2)…(1/2 + n)): positive terms only. */
function lowerGammaHalfSeries(y) {
    let term = 1;
    let sum = 1;
    for (let n = 1; n < 500; n++) {
        term *= y / (0.5 + n);
        sum += term;
        if (term < sum * EPSILON)
            break;
    }
    return ((Math.exp(-y) * Math.sqrt(y)) / (SQRT_PI / 2)) * sum;
}
/** Q(1/2, y) = e^(−y) √y / Γ(1/2) · 1/(y + 1/2 − 1·(1/2)/(y + 5/2 − 2·(3/2)/(y + 9/2 − …))), by Lentz. */
function upperGammaHalfContinuedFraction(y) {
    const a = 0.5;
    let denominator = y + 1 - a;
    let c = 1 / TINY;
    let d = 1 / denominator;
    let fraction = d;
    for (let i = 1; i < 1000; i++) {
        const numerator = -i * (i - a);
        denominator += 2;
        d = numerator * d + denominator;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = denominator + numerator / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const step = d * c;
        fraction *= step;
        if (Math.abs(step - 1) < EPSILON)
            break;
    }
    return ((Math.exp(-y) * Math.sqrt(y)) / SQRT_PI) * fraction;
}
// ---------------------------------------------------------------------------------------------
// Both tests together, and the sentence for the report
const significanceResultSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    /** "share": scores are 0/1 correctness, shown in percentage points; "value": in the scores' units. */
    unit: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(["share", "value"]),
    bootstrap: bootstrapResultSchema,
    mcnemar: mcnemarResultSchema.optional(),
    /** McNemar's p below 1 − confidence where it was run, else the interval leaves out 0. */
    significant: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    sentence: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
});
/** Accuracy-style comparison: bootstrap of 1/0 correctness, and McNemar's test. */
function significanceOfCorrectness(candidateCorrect, baselineCorrect, options = {}) {
    const mcnemarResult = mcnemar(candidateCorrect, baselineCorrect);
    const bootstrap = pairedBootstrap({ candidate: candidateCorrect.map(Number), baseline: baselineCorrect.map(Number) }, options);
    const significant = mcnemarResult.pValue < 1 - bootstrap.confidence;
    const result = { unit: "share", bootstrap, mcnemar: mcnemarResult, significant };
    return { ...result, sentence: describeSignificance(result) };
}
/** Comparison of any per-example scores (log loss, squared error): the bootstrap alone. */
function significanceOfScores(scores, options = {}) {
    const bootstrap = pairedBootstrap(scores, options);
    const significant = bootstrap.low > 0 || bootstrap.high < 0;
    const result = { unit: "value", bootstrap, significant };
    return { ...result, sentence: describeSignificance(result) };
}
/**
 * `+0.4% (95% CI −0.2% to +1.0%), not significant (McNemar p = 0.31)`; for scores,
 * `−0.0123 (95% CI −0.0201 to −0.0045), significant (the interval leaves out 0)`.
 */
function describeSignificance(result) {
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
function signed(text, value) {
    if (/^0(\.0*)?$/.test(text))
        return text;
    return value < 0 ? `${MINUS}${text}` : `+${text}`;
}
/** Differences of shares as percentage points, with enough decimals for two significant digits. */
function percentagePointsFormatter(values) {
    const largest = Math.max(...values.map((value) => Math.abs(value * 100)));
    const decimals = largest > 0 ? Math.min(4, Math.max(1, 1 - Math.floor(Math.log10(largest)))) : 1;
    return (value) => `${signed(Math.abs(value * 100).toFixed(decimals), value)}%`;
}
function significantDigitsFormatter(values) {
    const largest = Math.max(...values.map(Math.abs));
    const decimals = largest > 0 ? Math.min(12, Math.max(0, 2 - Math.floor(Math.log10(largest)))) : 0;
    return (value) => signed(Math.abs(value).toFixed(decimals), value);
}
/** `= 0.31`, `< 0.001`; with more digits where two would put p on the wrong side of alpha. */
function formatPValue(p, alpha = 0.05) {
    if (p < 0.001)
        return "< 0.001";
    for (let digits = 2; digits <= 6; digits++) {
        const shown = Number(p.toPrecision(digits));
        if (shown < alpha === p < alpha)
            return `= ${shown}`;
    }
    return `= ${p}`;
}


/***/ })

};
