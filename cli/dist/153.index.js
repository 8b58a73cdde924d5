export const id = 153;
export const ids = [153];
export const modules = {

/***/ 3153:
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
// EXTERNAL MODULE: ./lib/drift/drift.ts
var drift = __webpack_require__(3317);
// EXTERNAL MODULE: ./lib/drift/profile.ts
var profile = __webpack_require__(6327);
// EXTERNAL MODULE: ./lib/errors.ts
var errors = __webpack_require__(8115);
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
// EXTERNAL MODULE: ./lib/drift/drift-tests.ts
var drift_tests = __webpack_require__(2581);
// EXTERNAL MODULE: ./lib/evaluate/compare.ts
var compare = __webpack_require__(4555);
// EXTERNAL MODULE: ./lib/evaluate/significance.ts
var significance = __webpack_require__(9675);
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
        drift_tests/* driftTests */.T1[feature.test].title,
        statisticText(feature),
        feature.p_value === null ? "—" : `p ${(0,significance/* formatPValue */.td)(feature.p_value, feature.threshold)}`,
        feature.psi === null ? "—" : number(feature.psi),
        `${drift_tests/* driftTests */.T1[feature.test].scoredBy === "p_value" ? "p ≤" : "≥"} ${number(feature.threshold)}`,
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
        reference = await (0,profile/* readDataProfile */.g_)(external_node_path_default().resolve(cwd, referenceArgument));
    else if (values.profile)
        reference = await (0,profile/* buildDataProfile */.Wk)([referenceArgument], { cwd, ...(schema ? { schema } : {}) });
    const report = await (0,drift/* checkDrift */.o4)({
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

/***/ 3317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LX: () => (/* binding */ driftSettings),
/* harmony export */   o4: () => (/* binding */ checkDrift)
/* harmony export */ });
/* unused harmony export compareFeatures */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8816);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8115);
/* harmony import */ var _columns_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3629);
/* harmony import */ var _drift_tests_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2581);
/* harmony import */ var _profile_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6327);
/* harmony import */ var _statistics_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5462);
/**
 * Drift between reference data (the training data, or its profile stored with the model version)
 * and current data (streamed), feature by feature, and for the dataset as a whole.
 *
 * Memory: each dataset is read once into per-column collectors (./sample.ts): exact while a
 * column has few distinct values or the dataset's budget of kept numbers lasts (8 M values, 64 MB),
 * past that a KLL sketch per column, and the report says which features were computed from a
 * sketch (`exact: false`) and the bound on their error (`error`).
 */






const featureSettings = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
    test: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(_drift_tests_js__WEBPACK_IMPORTED_MODULE_2__/* .driftTestNames */ .sf)
        .optional()
        .describe("The test for this feature (default: as Evidently chooses)."),
    threshold: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig()
        .min(0)
        .optional()
        .describe("p-value at or below which (tests), or distance at or above which (distances), is drift."),
    ignore: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY().optional().describe("Leave this feature out."),
});
const driftSettings = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
    share: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig()
        .min(0)
        .max(1)
        .default(0.5)
        .describe("The dataset has drifted when at least this share of its features has."),
    features: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), featureSettings)
        .default({})
        .describe("Per feature: the test, its threshold, or ignore."),
});
/** Compares two sides' features (pure). Features only the reference has get an empty current side. */
function compareFeatures(reference, current, settingsInput = {}) {
    const settings = driftSettings.parse(settingsInput);
    const currentByName = new Map(current.features.map((feature) => [feature.definition.name, feature]));
    const features = [];
    for (const { definition, sample } of reference.features) {
        const chosen = settings.features[definition.name];
        if (chosen?.ignore)
            continue;
        const other = currentByName.get(definition.name)?.sample ?? emptyLike(sample);
        features.push(compareFeature(definition, sample, other, chosen?.test, chosen?.threshold));
    }
    for (const name of Object.keys(settings.features))
        if (!reference.features.some((feature) => feature.definition.name === name))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`no feature "${name}" in the reference data`, {
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
    const distinct = empty ? 0 : (0,_drift_tests_js__WEBPACK_IMPORTED_MODULE_2__/* .distinctValues */ .V$)(reference, current);
    const name = testName ?? (0,_drift_tests_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultDriftTest */ .h8)(definition.kind, reference.count, distinct);
    const test = _drift_tests_js__WEBPACK_IMPORTED_MODULE_2__/* .driftTests */ .T1[name];
    if (!test.appliesTo.includes(definition.kind))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`the ${name} test does not apply to ${definition.kind} feature "${definition.name}"`, {
            field: `drift.features.${definition.name}.test`,
        });
    if (test.maxValues !== undefined && distinct > test.maxValues)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`the ${name} test takes at most ${test.maxValues} distinct values; feature "${definition.name}" has ${distinct}`, { field: `drift.features.${definition.name}.test` });
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
        psi: finiteOrNull((0,_statistics_js__WEBPACK_IMPORTED_MODULE_4__/* .psiTest */ .xZ)(reference, current).statistic),
        drifted: (0,_drift_tests_js__WEBPACK_IMPORTED_MODULE_2__/* .isDrift */ ._K)(test, value, limit),
        exact: error === 0,
        error,
    };
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
    const shared = {
        ...(request.cwd ? { cwd: request.cwd } : {}),
        ...(request.columns ? { columns: request.columns } : {}),
        ...(request.valueBudget !== undefined ? { valueBudget: request.valueBudget } : {}),
    };
    let reference;
    let definitions;
    if (Array.isArray(request.reference)) {
        const collected = await (0,_columns_js__WEBPACK_IMPORTED_MODULE_1__/* .collectColumns */ .y)(request.reference, {
            ...shared,
            ...(request.schema ? { schema: request.schema } : {}),
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
                sample: (0,_profile_js__WEBPACK_IMPORTED_MODULE_3__/* .sampleOfProfile */ .H2)(feature),
            })),
            skipped: profile.skipped,
            source: "profile",
        };
        definitions = (0,_profile_js__WEBPACK_IMPORTED_MODULE_3__/* .profileDefinitions */ .OQ)(profile).filter((d) => wanted === undefined || wanted.has(d.name));
    }
    const collected = await (0,_columns_js__WEBPACK_IMPORTED_MODULE_1__/* .collectColumns */ .y)(request.current, {
        ...(request.cwd ? { cwd: request.cwd } : {}),
        ...(request.valueBudget !== undefined ? { valueBudget: request.valueBudget } : {}),
        ...(request.schema ? { schema: request.schema } : {}),
        // Read as the reference was: same features, same kinds.
        features: definitions,
        columns: definitions.map((definition) => definition.name),
    });
    return compareFeatures(reference, sideOf(collected), request.settings);
}
function sideOf(collected) {
    return {
        rows: collected.rows,
        features: collected.features.map((feature) => ({
            definition: { name: feature.name, kind: feature.kind, type: feature.type },
            sample: (0,_columns_js__WEBPACK_IMPORTED_MODULE_1__/* .sampleOf */ .uV)(feature),
        })),
        skipped: collected.skipped,
    };
}


/***/ }),

/***/ 4370:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CP: () => (/* binding */ driftReport),
/* harmony export */   tF: () => (/* binding */ summarizeDriftReport)
/* harmony export */ });
/* unused harmony exports featureDrift, driftDispatchReport, DISPATCH_REPORT_BYTES, compactDriftReport, driftDispatchPayload */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8816);
/* harmony import */ var _drift_tests_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2581);
/**
 * The drift report: what `trainyard drift --json`, the drift-check action and the bot exchange.
 * Parse it with `driftReport` where it comes in from outside (a file, a dispatch payload).
 *
 * Numbers JSON cannot hold come as null: `statistic` is null when it is infinite (chi-squared with
 * a value the reference never had, Wasserstein over a constant reference) or could not be computed
 * (a side without values, `note` says which).
 */


const count = zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0);
const side = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ count, missing: count });
const featureDrift = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    feature: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(["numerical", "categorical"]),
    test: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_drift_tests_js__WEBPACK_IMPORTED_MODULE_0__/* .driftTestNames */ .sf),
    /** The test's statistic or the distance (null: infinite, or not computed). */
    statistic: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable(),
    /** The test's p-value; null for distances. */
    p_value: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable(),
    /** Population stability index, whatever the test (null: not computed). */
    psi: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable(),
    /** p-value at or below, or distance at or above, this is drift. */
    threshold: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    drifted: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    /** Computed from every value (false: from a quantile sketch, within `error`). */
    exact: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    /** Bound on |statistic − the statistic from all the data|: 0 when exact, null when unknown. */
    error: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable(),
    reference: side,
    current: side,
    note: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
});
const driftReport = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    /** Dataset drift: the share of drifted features is at least `threshold`. */
    drifted: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    /** Drifted features / features checked. */
    share: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(1),
    threshold: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(1),
    features: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(featureDrift),
    reference: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ rows: count, source: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(["data", "profile"]) }),
    current: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ rows: count }),
    /** Columns not checked, and why. */
    skipped: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() })),
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
const featureSummary = featureDrift.pick({
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
const driftDispatchReport = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    drifted: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    share: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(1),
    threshold: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(1),
    features: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(featureSummary),
    /** Features cut to keep the payload small (the full report is in the run's report file). */
    omitted: count,
    reference: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ rows: count, source: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(["data", "profile"]) }),
    current: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ rows: count }),
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
const driftDispatchPayload = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    report: driftDispatchReport,
});


/***/ }),

/***/ 7953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hF: () => (/* binding */ parseTableSchema),
/* harmony export */   yE: () => (/* binding */ loadTableSchema)
/* harmony export */ });
/* unused harmony export describeSchemaProblems */
/* harmony import */ var _config_located_document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6417);
/* harmony import */ var _table_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8806);
/**
 * Reads a table schema file (YAML or JSON): every problem is a ConfigError naming the file, line,
 * column and field (`schema.yml:14:7 fields[3].constraints.minimum: expected number, got "ten"`).
 */



const tableSchemaRules = {
    schema: _table_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .tableSchema */ ._A,
    expected: 'a table schema with "fields"',
    discriminatorValues: _table_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldTypes */ .s$,
    misplacedKey: (_key, data, parentPath) => {
        const fieldType = fieldTypeAt(data, parentPath);
        return fieldType === undefined ? undefined : `it does not apply to ${fieldType} fields`;
    },
};
/** Parses and checks a table schema, throwing a ConfigError for its first problem in the file. */
function parseTableSchema(text, file) {
    return (0,_config_located_document_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDocumentWith */ .$L)(text, file, tableSchemaRules);
}
/** Every problem of a table schema file, in source order; empty when it is valid. */
function describeSchemaProblems(text, file) {
    return describeDocumentProblems(text, file, tableSchemaRules);
}
/** Reads a `.yml`, `.yaml` or `.json` table schema. */
function loadTableSchema(file) {
    return (0,_config_located_document_js__WEBPACK_IMPORTED_MODULE_0__/* .loadDocumentWith */ .SQ)(file, tableSchemaRules, "table schema");
}
/** The type of the field that `path` (a field or its constraints) belongs to, if it is one. */
function fieldTypeAt(data, path) {
    if (path[0] !== "fields" || typeof path[1] !== "number")
        return undefined;
    if (path.length > 3 || (path.length === 3 && path[2] !== "constraints"))
        return undefined;
    const field = (0,_config_located_document_js__WEBPACK_IMPORTED_MODULE_0__/* .valueAt */ .fK)(data, path.slice(0, 2));
    const type = (0,_config_located_document_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(field) ? (field.type ?? "string") : undefined;
    return typeof type === "string" ? type : undefined;
}


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
    return `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;
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
