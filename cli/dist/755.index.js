export const id = 755;
export const ids = [755];
export const modules = {

/***/ 6265:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ driftSettings),
/* harmony export */   s: () => (/* binding */ driftTestNames)
/* harmony export */ });
/* harmony import */ var _zod_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8411);
/**
 * The `drift:` settings of .github/trainyard.yml: which test each feature gets, its threshold, and
 * the share of drifted features that makes the dataset drifted. Kept apart from the statistics so
 * that reading the config loads no drift code.
 */

const driftTestNames = ["ks", "chisquare", "z", "wasserstein", "jensenshannon", "psi"];
const featureSettings = _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    test: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(driftTestNames))
        .check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0y("The test for this feature (default: as Evidently chooses).")),
    threshold: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .minimum */ .BpO(0)))
        .check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0y("p-value at or below which (tests), or distance at or above which (distances), is drift.")),
    ignore: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY()).check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0y("Leave this feature out.")),
});
const driftSettings = _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    share: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* ._default */ .Rvf(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .minimum */ .BpO(0), _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .maximum */ .PhQ(1)), 0.5)
        .check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0y("The dataset has drifted when at least this share of its features has.")),
    features: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* ._default */ .Rvf(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), featureSettings), {})
        .check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0y("Per feature: the test, its threshold, or ignore.")),
});


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
/* harmony import */ var _config_located_document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6417);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8115);
/* harmony import */ var _zod_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8411);
/* harmony import */ var _gates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9660);
/* harmony import */ var _significance_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9675);
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
const anyNumber = _zod_js__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([
    _zod_js__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
    _zod_js__WEBPACK_IMPORTED_MODULE_2__/* .pipe */ .FsL(_zod_js__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(nonFiniteNames), _zod_js__WEBPACK_IMPORTED_MODULE_2__/* .transform */ .pdi((name) => Number(name))),
]);
const gateKinds = ["min", "max", "max_drop", "max_rise"];
const gateCheckSchema = _zod_js__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    gate: _zod_js__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(gateKinds),
    /** The bar as written in the config: 0.8, 0.01, "10%". */
    limit: _zod_js__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([_zod_js__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), _zod_js__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()]),
    outcome: _zod_js__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(["passed", "failed", "skipped"]),
    /** `accuracy 0.912 ≥ min 0.8`, `accuracy dropped 0.013, more than max_drop 0.01` */
    sentence: _zod_js__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
});
const metricComparisonSchema = _zod_js__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    metric: _zod_js__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    direction: _zod_js__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_gates_js__WEBPACK_IMPORTED_MODULE_3__/* .directions */ .vQ),
    /** null: the candidate has no such metric. */
    candidate: _zod_js__WEBPACK_IMPORTED_MODULE_2__/* .nullable */ .mee(anyNumber),
    /** null: no baseline, or the baseline has no such metric. */
    baseline: _zod_js__WEBPACK_IMPORTED_MODULE_2__/* .nullable */ .mee(anyNumber),
    /** candidate − baseline. */
    delta: _zod_js__WEBPACK_IMPORTED_MODULE_2__/* .nullable */ .mee(anyNumber),
    /** delta / |baseline|; null where the baseline is 0 and the delta is not. */
    relativeDelta: _zod_js__WEBPACK_IMPORTED_MODULE_2__/* .nullable */ .mee(anyNumber),
    /** Judged in the metric's direction, within floating noise; null where there is nothing to judge. */
    change: _zod_js__WEBPACK_IMPORTED_MODULE_2__/* .nullable */ .mee(_zod_js__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(["better", "worse", "same"])),
    /** The metric has at least one bar (min, max, max_drop, max_rise). */
    gated: _zod_js__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
    /** No gate of the metric failed. */
    passed: _zod_js__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
    gates: _zod_js__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(gateCheckSchema),
    significance: _zod_js__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(_significance_js__WEBPACK_IMPORTED_MODULE_4__/* .significanceResultSchema */ .mZ),
});
const sliceComparisonSchema = _zod_js__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    slice: _zod_js__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    /** False for a slice named in `only` that the candidate's results lack. */
    present: _zod_js__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
    passed: _zod_js__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
    metrics: _zod_js__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(metricComparisonSchema),
});
const verdicts = ["ready", "failed", "no-baseline"];
const gateCount = _zod_js__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().check(_zod_js__WEBPACK_IMPORTED_MODULE_2__/* .minimum */ .BpO(0));
const comparisonSchema = _zod_js__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    schemaVersion: _zod_js__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(1),
    verdict: _zod_js__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(verdicts),
    passed: _zod_js__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
    /** What the candidate was compared with: `production v3`, `main@abc1234`; null for a first model. */
    baseline: _zod_js__WEBPACK_IMPORTED_MODULE_2__/* .nullable */ .mee(_zod_js__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ label: _zod_js__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP() })),
    /** Gate checks over metrics and slices together. */
    gates: _zod_js__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ passed: gateCount, failed: gateCount, skipped: gateCount }),
    /** The sentence of every failed gate, slices prefixed: `country=DE: accuracy 0.65 < min 0.7`. */
    failures: _zod_js__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(_zod_js__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()),
    metrics: _zod_js__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(metricComparisonSchema),
    slices: _zod_js__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(sliceComparisonSchema),
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
    return ordered.map((metric) => compareMetric(metric, scope, gates[metric], (0,_gates_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveDirection */ .aE)(metric, writtenDirection(metric))));
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
    const limit = (0,_gates_js__WEBPACK_IMPORTED_MODULE_3__/* .parseChangeLimit */ .BZ)(written);
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
    const allowed = (0,_gates_js__WEBPACK_IMPORTED_MODULE_3__/* .allowedChange */ .v)(limit, baseline);
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
/* harmony import */ var _zod_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8411);
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
const percentText = _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .regex */ .yGV(percentPattern, {
    error: (issue) => `expected a number or a percentage of the baseline such as "2%", got ${JSON.stringify(issue.input)}`,
}));
/** A change limit as written: an amount in the metric's units (0.01) or a share of the baseline ("2%"). */
const changeLimit = _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([percentText, _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()])
    .check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .superRefine */ .zni((limit, context) => {
    if (typeof limit === "number" && limit < 0) {
        context.addIssue({
            code: "custom",
            message: `expected a number ≥ 0 or a percentage such as "2%", got ${limit}`,
        });
    }
}), _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0y("An amount in the metric's own units (0.01), or a percentage of the baseline's value (\"2%\")."));
const gateSpec = _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    direction: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(directions))
        .check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0y('Which way is better. Default: "lower" for names containing loss, error, mae, mse, rmse, latency or perplexity, else "higher".')),
    min: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()).check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0y("The value must be at least this.")),
    max: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()).check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0y("The value must be at most this.")),
    max_drop: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(changeLimit)
        .check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0y('How far a higher-is-better value may fall below the baseline: 0.01, or "2%" of it.')),
    max_rise: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(changeLimit)
        .check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0y('How far a lower-is-better value may rise above the baseline: 5, or "10%" of it.')),
})
    .check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .superRefine */ .zni((gate, context) => {
    if (gate.min !== undefined && gate.max !== undefined && gate.min > gate.max) {
        context.addIssue({
            code: "custom",
            path: ["min"],
            message: `min ${gate.min} is greater than max ${gate.max}`,
        });
    }
}), _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0y("Bars one metric must clear; a metric listed with no bar is reported but not gated."));
const metricName = _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .minLength */ .BpQ(1));
/** `models.<name>.gates`: metric name → its gate, in the order the report lists them. */
const gatesSpec = _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(metricName, gateSpec).check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .superRefine */ .zni((gates, context) => {
    if (!isRecord(gates))
        return;
    for (const [metric, gate] of Object.entries(gates))
        checkChangeDirection(metric, gate, context);
}, 
// Also when another gate has a problem, so that one reading lists every problem.
{ when: () => true }), _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0y("Gates on the model's metrics, keyed by metric name (nested names joined with '.')."));
/** `models.<name>.slices`: gates every slice must clear, and optionally which slices. */
const slicesSpec = _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    gates: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* ._default */ .Rvf(gatesSpec, {}).check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0y("Gates applied to every slice's metrics.")),
    only: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .minLength */ .BpQ(1))).check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .minLength */ .BpQ(1)))
        .check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0y('Check only these slices (e.g. "country=DE"); each must be in the candidate\'s results.')),
})
    .check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .superRefine */ .zni((slices, context) => {
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
}), _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0y("Per-slice gates: the same bars, applied to each slice's metrics."));
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8115);
/* harmony import */ var _zod_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8411);
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
const bootstrapResultSchema = _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    /** mean(candidate) − mean(baseline) over all examples. */
    estimate: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    low: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    high: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    confidence: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    resamples: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr(),
    seed: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr(),
    examples: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr(),
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
const mcnemarResultSchema = _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    /** Examples the candidate got right and the baseline wrong. */
    b: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr(),
    /** Examples the candidate got wrong and the baseline right. */
    c: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr(),
    /** Exact: min(b, c), the binomial count; chi-squared: (|b − c| − 1)² / (b + c). */
    statistic: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    pValue: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    method: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(["exact-binomial", "chi-squared-corrected"]),
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
const significanceResultSchema = _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    /** "share": scores are 0/1 correctness, shown in percentage points; "value": in the scores' units. */
    unit: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(["share", "value"]),
    bootstrap: bootstrapResultSchema,
    mcnemar: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(mcnemarResultSchema),
    /** McNemar's p below 1 − confidence where it was run, else the interval leaves out 0. */
    significant: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    sentence: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
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
