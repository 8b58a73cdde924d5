import { createRequire as __trainyardCreateRequire } from "node:module";
const require = __trainyardCreateRequire(import.meta.url);
import {
  loadTrainyardConfig,
  runRecord,
  versionMetadata
} from "./chunk-CSJ4Y5FU.js";
import {
  cell,
  code,
  details,
  plural,
  table
} from "./chunk-QS6ASXS7.js";
import {
  compareRuns,
  formatNumber,
  formatPercent,
  serializeComparison
} from "./chunk-W6PCX6RR.js";
import {
  MAX_ALIAS_COUNT,
  MAX_DOCUMENT_BYTES,
  MAX_NESTING_DEPTH,
  aliasProblem,
  parseYamlDocument,
  readBoundedFile,
  yaml
} from "./chunk-OV7LGPEV.js";
import {
  thousands
} from "./chunk-F3UCSHKE.js";
import "./chunk-GTQZ2Z3F.js";
import {
  readCsv
} from "./chunk-H3MNTIMB.js";
import {
  ConfigError,
  DataError
} from "./chunk-ND3XTC2T.js";
import "./chunk-L3VH6XS6.js";

// cli/compare-command.ts
import fs from "node:fs/promises";
import path2 from "node:path";
import { parseArgs } from "node:util";

// lib/metrics/read.ts
import path from "node:path";

// lib/metrics/csv-metrics.ts
import { stat } from "node:fs/promises";

// lib/metrics/values.ts
var NON_FINITE_WORD = /^[-+]?\.?(nan|inf|infinity)$/i;
var DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
function metricNumber(raw, where) {
  const { value } = raw;
  if (typeof value === "number") {
    if (Number.isFinite(value)) return value;
    throw new DataError(`expected a finite number, got ${String(value)}`, where);
  }
  if (typeof value === "string" && raw.bare && NON_FINITE_WORD.test(value.trim()))
    throw new DataError(`expected a finite number, got ${value.trim()}`, where);
  throw new DataError(`expected a number, got ${describe(value)}`, where);
}
function metricNumberOfText(text, where) {
  const trimmed = text.trim();
  if (DECIMAL.test(trimmed)) {
    const value = Number(trimmed);
    if (Number.isFinite(value)) return value;
    throw new DataError(`expected a finite number, got ${trimmed}`, where);
  }
  if (trimmed === "") throw new DataError("expected a number, got an empty cell", where);
  return metricNumber({ value: trimmed, bare: true }, where);
}
function looksNumeric(text) {
  const trimmed = text.trim();
  return DECIMAL.test(trimmed) || NON_FINITE_WORD.test(trimmed);
}
function describe(value) {
  if (value === null || value === void 0) return "nothing (null)";
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return String(value);
}

// lib/metrics/csv-metrics.ts
var NAME_HEADERS = /* @__PURE__ */ new Set(["metric", "name", "key"]);
async function readCsvMetrics(file, name) {
  const records = await readRecords(file, name);
  const [first] = records;
  if (!first) throw new DataError("the file is empty: expected metric names and values", { file: name });
  if (isLongHeader(first)) return longMetrics(records.slice(1), name);
  if (first.cells.length === 2 && looksNumeric(first.cells[1] ?? "") && !looksNumeric(first.cells[0] ?? ""))
    return longMetrics(records, name);
  return wideMetrics(first, records, name);
}
function isLongHeader(record) {
  const [nameCell, valueCell] = record.cells.map((cell2) => cell2.trim().toLowerCase());
  return record.cells.length === 2 && NAME_HEADERS.has(nameCell ?? "") && valueCell === "value";
}
function longMetrics(records, file) {
  const metrics = {};
  for (const { line, cells } of records) {
    if (cells.length !== 2)
      throw new DataError(`expected 2 cells (metric,value), found ${cells.length}`, { file, line });
    const metric = (cells[0] ?? "").trim();
    if (metric === "") throw new DataError("a metric without a name", { file, line });
    if (metric === "__proto__") throw new DataError('"__proto__" cannot be a metric name', { file, line });
    if (Object.hasOwn(metrics, metric))
      throw new DataError(`"${metric}" is given twice`, { file, line, field: metric });
    metrics[metric] = metricNumberOfText(cells[1] ?? "", { file, line, field: metric });
  }
  return metrics;
}
function wideMetrics(header, records, file) {
  const names = header.cells.map((cell2) => cell2.trim());
  names.forEach((metric, index) => {
    if (metric === "")
      throw new DataError(`column ${index + 1} of the header has no name`, { file, line: header.line });
    if (metric === "__proto__")
      throw new DataError('"__proto__" cannot be a metric name', { file, line: header.line });
    if (names.indexOf(metric) !== index)
      throw new DataError(`"${metric}" names two columns`, { file, line: header.line, field: metric });
  });
  const last = records.at(-1);
  if (last === header)
    throw new DataError("a header row and no values: expected a row of values under it", {
      file,
      line: header.line
    });
  if (last.cells.length !== names.length)
    throw new DataError(`the last row has ${last.cells.length} cells, the header ${names.length}`, {
      file,
      line: last.line
    });
  const metrics = {};
  names.forEach((metric, index) => {
    metrics[metric] = metricNumberOfText(last.cells[index] ?? "", { file, line: last.line, field: metric });
  });
  return metrics;
}
async function readRecords(file, name) {
  const size = (await stat(file).catch(() => void 0))?.size ?? 0;
  if (size > MAX_DOCUMENT_BYTES)
    throw new DataError(
      `the metrics file is ${Math.round(size / (1 << 20))} MiB, more than the ${MAX_DOCUMENT_BYTES / (1 << 20)} MiB a metrics file may be`,
      { file: name }
    );
  const records = [];
  let result;
  try {
    result = await readCsv(file, { header: false, missingValues: [] }, (row) => {
      const cells = [];
      for (let column = 0; column < row.length; column++) cells.push(row.text(column));
      records.push({ line: row.line, cells });
    });
  } catch (error) {
    if (error instanceof DataError)
      throw new DataError(error.detail, { ...error.location, file: name }, { cause: error });
    const code2 = error.code;
    const detail = code2 === "ENOENT" ? "metrics file not found" : `cannot read the metrics file (${code2})`;
    throw new DataError(detail, { file: name }, { cause: error });
  }
  const [problem] = result.problems;
  if (problem) throw new DataError(`not valid CSV: ${problem.message}`, { file: name, line: problem.line });
  return records;
}

// lib/metrics/nested-file.ts
var NestedFile = class _NestedFile {
  constructor(name, document, lines) {
    this.name = name;
    this.document = document;
    this.lines = lines;
  }
  name;
  document;
  lines;
  static async read(file, name, what) {
    const text = (await readUserFile(file, name, what)).replace(/^\uFEFF/, "");
    const flavour = /\.json$/i.test(file) ? "JSON" : "YAML";
    const { LineCounter } = yaml();
    const lines = new LineCounter();
    const parsed = parseYamlDocument(text, lines);
    if (parsed.tooDeep)
      throw new DataError(`not valid ${flavour}: nested more than ${MAX_NESTING_DEPTH} levels deep`, {
        file: name,
        line: lines.linePos(parsed.tooDeep.offset).line
      });
    const { document } = parsed;
    const [problem] = document.errors;
    if (problem) {
      const firstLine = problem.message.split("\n")[0] ?? problem.message;
      throw new DataError(`not valid ${flavour}: ${firstLine.replace(/ at line \d+, column \d+:?$/, "")}`, {
        file: name,
        line: lines.linePos(problem.pos[0]).line
      });
    }
    try {
      document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      const alias = aliasProblem(document, error);
      throw new DataError(`not valid ${flavour}: ${alias.message}`, {
        file: name,
        line: lines.linePos(alias.offset).line
      });
    }
    const contents = document.contents;
    if (contents === null || yaml().isScalar(contents) && contents.value === null)
      throw new DataError(`the file is empty: expected a mapping of ${what}`, { file: name });
    if (!yaml().isMap(contents))
      throw new DataError(`expected a mapping of ${what} (name: value), got ${kindOf(contents)}`, {
        file: name,
        line: lines.linePos(contents.range?.[0] ?? 0).line
      });
    return new _NestedFile(name, document, lines);
  }
  topEntries() {
    const contents = this.document.contents;
    if (!yaml().isMap(contents)) return [];
    return contents.items.map((pair) => {
      const keyNode = pair.key;
      return {
        key: keyText(keyNode),
        line: this.lineOf(keyNode),
        value: this.resolve(pair.value)
      };
    });
  }
  /** Every leaf under `node`, keys joined with "." (list items by index), as DVC flattens. */
  leaves(node, prefix, line) {
    const found = [];
    const open = /* @__PURE__ */ new Set();
    const visit = (current, key, fallbackLine) => {
      const resolved = this.resolve(current);
      const at = this.lineOf(resolved) ?? fallbackLine;
      if ((yaml().isMap(resolved) || yaml().isSeq(resolved)) && open.has(resolved))
        throw new DataError("an alias refers to a mapping or list that contains it", {
          file: this.name,
          line: this.lineOf(current) ?? at,
          field: key
        });
      if (yaml().isMap(resolved)) {
        open.add(resolved);
        for (const pair of resolved.items) {
          const keyNode = pair.key;
          visit(pair.value, join(key, keyText(keyNode)), this.lineOf(keyNode) ?? at);
        }
        open.delete(resolved);
      } else if (yaml().isSeq(resolved)) {
        open.add(resolved);
        resolved.items.forEach((item, index) => {
          visit(item, join(key, String(index)), at);
        });
        open.delete(resolved);
      } else if (yaml().isScalar(resolved)) {
        found.push({ key, raw: { value: resolved.value, bare: resolved.type === "PLAIN" }, line: at });
      } else {
        found.push({ key, raw: { value: null, bare: true }, line: at });
      }
    };
    visit(node, prefix, line);
    return uniqueKeys(found, this.name);
  }
  allLeaves() {
    return uniqueKeys(
      this.topEntries().flatMap((entry) => this.leaves(entry.value, entry.key, entry.line)),
      this.name
    );
  }
  resolve(node) {
    return yaml().isAlias(node) ? node.resolve(this.document) ?? null : node;
  }
  lineOf(node) {
    const offset = node?.range?.[0];
    return offset === void 0 ? void 0 : this.lines.linePos(offset).line;
  }
};
function readUserFile(file, name, what) {
  return readBoundedFile(file, what, MAX_DOCUMENT_BYTES, DataError, name);
}
function uniqueKeys(leaves, file) {
  const seen = /* @__PURE__ */ new Set();
  for (const leaf of leaves) {
    if (leaf.key.split(".").includes("__proto__"))
      throw new DataError('"__proto__" cannot be a name here', { file, line: leaf.line, field: leaf.key });
    if (seen.has(leaf.key))
      throw new DataError(`"${leaf.key}" is given twice once nested keys are joined with "."`, {
        file,
        line: leaf.line,
        field: leaf.key
      });
    seen.add(leaf.key);
  }
  return leaves;
}
function join(prefix, key) {
  return prefix === "" ? key : `${prefix}.${key}`;
}
function keyText(node) {
  if (yaml().isScalar(node)) return String(node.value);
  return node === null ? "" : String(node);
}
function kindOf(node) {
  if (yaml().isSeq(node)) return "a list";
  if (yaml().isScalar(node)) return JSON.stringify(String(node.value).slice(0, 40));
  return "something else";
}

// lib/metrics/history.ts
import { createReadStream, fstat as fstatCallback } from "node:fs";
import { promisify } from "node:util";
var MAX_HISTORY_BYTES = 64 * (1 << 20);
var fstat = promisify(fstatCallback);

// lib/metrics/read.ts
function formatOf(file, name, accepted) {
  const extension = path.extname(file).toLowerCase();
  const format = { ".json": "json", ".yaml": "yaml", ".yml": "yaml", ".csv": "csv" }[extension];
  if (format && accepted.includes(format)) return format;
  const expected = accepted.flatMap((f) => f === "yaml" ? [".yaml", ".yml"] : [`.${f}`]).join(", ");
  throw new DataError(`cannot tell the format from the file name: expected ${expected}`, { file: name });
}
async function readMetrics(file, name = file) {
  if (formatOf(file, name, ["json", "yaml", "csv"]) === "csv") return readCsvMetrics(file, name);
  const document = await NestedFile.read(file, name, "metrics");
  return numbers(document.allLeaves(), name);
}
function numbers(leaves, file) {
  const metrics = {};
  for (const leaf of leaves)
    metrics[leaf.key] = metricNumber(leaf.raw, { file, line: leaf.line, field: leaf.key });
  return metrics;
}

// reports/budget.ts
var utf8 = new TextEncoder();
var JOB_SUMMARY_BUDGET = {
  limit: 1048576,
  unit: "bytes",
  measure: (text) => utf8.encode(text).length
};
function fitToBudget(document, dropOrder, budget) {
  const levels = Object.fromEntries(document.sections.map((section) => [section.name, 0]));
  const fits = (candidate) => budget.measure(candidate.text) <= budget.limit;
  let fitted = assemble(document, levels);
  const taken = [];
  for (const step of dropOrder) {
    if (fits(fitted)) break;
    const section = document.sections.find((candidate) => candidate.name === step.section);
    if (!section) continue;
    const level = Math.min(step.level, section.renditions.length - 1);
    if (level <= levels[step.section]) continue;
    taken.push({ section: step.section, from: levels[step.section], to: level });
    levels[step.section] = level;
    fitted = assemble(document, levels);
  }
  if (!fits(fitted)) {
    const size = thousands(budget.measure(fitted.text));
    throw new RangeError(
      `the report is ${size} ${budget.unit} at its barest, over the limit of ${thousands(budget.limit)}`
    );
  }
  for (const step of taken.slice(0, -1).reverse()) {
    if (levels[step.section] !== step.to) continue;
    levels[step.section] = step.from;
    const fuller = assemble(document, levels);
    if (fits(fuller)) fitted = fuller;
    else levels[step.section] = step.to;
  }
  return fitted;
}
function assemble(document, levels) {
  const chosen = document.sections.map((section) => section.renditions[levels[section.name]]);
  const leftOut = chosen.flatMap((rendition) => rendition.leftOut);
  const parts = [
    document.header,
    ...chosen.map((rendition) => rendition.text),
    leftOut.length > 0 ? document.leftOutNote(leftOut) : void 0,
    document.footer
  ].filter((part) => part !== void 0 && part !== "");
  return { text: `${parts.join("\n\n")}
`, levels: { ...levels }, leftOut };
}

// reports/comparison.ts
var FEW_METRICS = 10;
var UNGATED_ROWS_WHEN_SHORT = 100;
var MAIN_ROWS_AT_MOST = 50;
var FEW_SLICES = 5;
var SLICE_ROWS_WHEN_SHORT = 20;
var FAILING_SLICES_NAMED = 20;
var SLICE_METRIC_COLUMNS = 4;
var FAILURES_LISTED = 10;
var MINUS = "\u2212";
function formatValue(value, absentWord) {
  if (value === null) return `\u2014 ${absentWord}`;
  if (Number.isNaN(value)) return "\u2014 NaN";
  if (value === Number.POSITIVE_INFINITY) return "\u221E";
  if (value === Number.NEGATIVE_INFINITY) return `${MINUS}\u221E`;
  return formatNumber(value).replace(/^-/, MINUS);
}
function signed(value) {
  const magnitude = formatValue(Math.abs(value), "");
  return value > 0 ? `+${magnitude}` : value < 0 ? `${MINUS}${magnitude}` : magnitude;
}
function formatChange(metric) {
  if (metric.delta === null) return "";
  if (metric.change === null) return "\u2014 NaN";
  if (metric.change === "same") return "= same";
  return `${metric.delta > 0 ? "\u25B2" : "\u25BC"} ${signed(metric.delta)} ${metric.change}`;
}
function formatRelativeChange(metric) {
  if (metric.delta === null) return "";
  if (metric.change === "same") return "0%";
  const relative = metric.relativeDelta;
  if (relative === null) return "\u2014 from 0";
  if (Number.isNaN(relative)) return "\u2014 NaN";
  if (!Number.isFinite(relative)) return relative > 0 ? "+\u221E" : `${MINUS}\u221E`;
  const text = formatPercent(Math.abs(relative));
  return relative > 0 ? `+${text}` : relative < 0 ? `${MINUS}${text}` : text;
}
var GATE_ICONS = { passed: "\u2705", failed: "\u274C", skipped: "\u2796" };
function formatGates(checks) {
  return checks.map((check) => {
    const limit = typeof check.limit === "number" ? formatValue(check.limit, "") : cell(check.limit, 20);
    return `${GATE_ICONS[check.outcome]} ${check.gate} ${limit}${check.outcome === "skipped" ? " skipped" : ""}`;
  }).join("<br>");
}
function failedSentences(metrics) {
  return metrics.flatMap(
    (metric) => metric.gates.filter((check) => check.outcome === "failed").map((check) => check.sentence)
  );
}
function verdictSection(comparison, model) {
  const lines = [headline(comparison, model), "", counts(comparison)];
  const { failures } = comparison;
  if (failures.length > 0) {
    lines.push("", ...failures.slice(0, FAILURES_LISTED).map((sentence) => `- \u274C ${cell(sentence, 200)}`));
    if (failures.length > FAILURES_LISTED)
      lines.push(`- \u2026 and ${plural(failures.length - FAILURES_LISTED, "more failed gate")}`);
  }
  return { name: "verdict", renditions: [{ text: lines.join("\n"), leftOut: [] }] };
}
function headline(comparison, model) {
  const name = code(model, 80);
  switch (comparison.verdict) {
    case "ready":
      return `### \u2705 ${name}: ready to promote, better or level with ${cell(comparison.baseline?.label ?? "")}`;
    case "failed":
      return `### \u274C ${name}: gate failed, not ready to promote`;
    case "no-baseline":
      return `### \u26A0\uFE0F ${name}: no baseline yet, a first model checked against absolute bars only`;
  }
}
function counts(comparison) {
  const { passed, failed, skipped } = comparison.gates;
  const total = passed + failed + skipped;
  const label = comparison.baseline ? cell(comparison.baseline.label) : void 0;
  const parts = [];
  if (total === 0) parts.push("no gates set");
  else if (failed > 0) parts.push(`**${failed} of ${plural(total, "gate")} failed**`);
  else parts.push(`**${plural(passed, "gate")} passed**`);
  const others = [
    failed > 0 && passed > 0 ? `${passed} passed` : "",
    skipped > 0 ? `${skipped} skipped${label ? "" : " (change gates need a baseline)"}` : ""
  ].filter(Boolean);
  if (others.length > 0) parts[0] += `, ${others.join(", ")}`;
  if (label) {
    const changes = ["better", "worse", "same"].map((change) => [change, comparison.metrics.filter((m) => m.change === change).length]).filter(([, count]) => count > 0).map(([change, count], index) => {
      const word = change === "same" ? "the same" : change;
      return index === 0 ? `${plural(count, "metric")} ${word}` : `${count} ${word}`;
    });
    const against = comparison.verdict === "ready" ? "" : `against ${label}`;
    const said = [against, changes.join(", ")].filter(Boolean).join(": ");
    if (said) parts.push(said);
  }
  const { slices } = comparison;
  if (slices.length > 0) {
    const failing = slices.filter((slice) => !slice.passed).length;
    parts.push(`${plural(slices.length, "slice")}, ${failing > 0 ? `${failing} failing` : "all passing"}`);
  }
  return parts.join(" \xB7 ");
}
function metricTable(metrics, comparison) {
  const label = comparison.baseline?.label;
  const withSignificance = comparison.metrics.some((metric) => metric.significance !== void 0);
  const header = label ? ["metric", cell(label, 40), "candidate", "\u0394", "\u0394%", "gate"] : ["metric", "candidate", "gate"];
  const align = label ? ["l", "r", "r", "r", "r", "l"] : ["l", "r", "l"];
  if (withSignificance) {
    header.push("significance");
    align.push("l");
  }
  const rows = metrics.map((metric) => {
    const candidate = `**${formatValue(metric.candidate, "missing")}**`;
    const row = label ? [
      code(metric.metric, 60, "middle"),
      formatValue(metric.baseline, "new"),
      candidate,
      formatChange(metric),
      formatRelativeChange(metric)
    ] : [code(metric.metric, 60, "middle"), candidate];
    row.push(formatGates(metric.gates));
    if (withSignificance) row.push(metric.significance ? cell(metric.significance.sentence, 120) : "");
    return row;
  });
  return table(header, rows, align, { compact: true });
}
function changeCounts(metrics) {
  const worse = metrics.filter((metric) => metric.change === "worse").length;
  const better = metrics.filter((metric) => metric.change === "better").length;
  return better + worse > 0 ? ` (${better} better, ${worse} worse)` : "";
}
function metricsSection(comparison) {
  const heading = "#### Metrics";
  const { metrics } = comparison;
  if (metrics.length === 0) {
    const text = `${heading}

The candidate reported no metrics.`;
    return { name: "metrics", renditions: [{ text, leftOut: [] }] };
  }
  const headlineMetrics = metrics.length <= FEW_METRICS ? metrics : metrics.filter((metric) => metric.gated || metric.significance !== void 0);
  const main = headlineMetrics.length > 0 ? headlineMetrics : metrics.slice(0, FEW_METRICS);
  const inMain = new Set(main);
  const others = metrics.filter((metric) => !inMain.has(metric));
  const othersSummary = `${plural(others.length, "more metric")}, not gated${changeCounts(others)}`;
  const render = (mainRows, otherRows) => {
    const parts = [heading, "", metricTable(mainRows, comparison)];
    if (mainRows.length < main.length)
      parts.push("", `\u2026 and ${plural(main.length - mainRows.length, "more row")}, left out to fit.`);
    if (others.length === 0) return parts.join("\n");
    if (otherRows === "none") {
      parts.push("", `${othersSummary}: left out to fit.`);
      return parts.join("\n");
    }
    const cut = others.length - otherRows.length;
    const body = metricTable(otherRows, comparison) + (cut > 0 ? `

\u2026 and ${cut} more, left out to fit.` : "");
    parts.push("", details(othersSummary, body));
    return parts.join("\n");
  };
  const ungatedCut = Math.max(0, others.length - UNGATED_ROWS_WHEN_SHORT);
  const failingFirst = [
    ...main.filter((metric) => !metric.passed),
    ...main.filter((metric) => metric.passed)
  ];
  const mainCut = Math.max(0, main.length - MAIN_ROWS_AT_MOST);
  const allOthersLeftOut = others.length > 0 ? [`the rows of all ${plural(others.length, "ungated metric")}`] : [];
  const renditions = [
    { text: render(main, others), leftOut: [] },
    {
      text: render(main, others.slice(0, UNGATED_ROWS_WHEN_SHORT)),
      leftOut: ungatedCut > 0 ? [
        `the rows of ${plural(ungatedCut, "ungated metric")} beyond the first ${UNGATED_ROWS_WHEN_SHORT}`
      ] : []
    },
    { text: render(main, "none"), leftOut: allOthersLeftOut },
    {
      text: render(failingFirst.slice(0, MAIN_ROWS_AT_MOST), "none"),
      leftOut: [
        ...mainCut > 0 ? [`the rows of ${plural(mainCut, "metric")} beyond the first ${MAIN_ROWS_AT_MOST}`] : [],
        ...allOthersLeftOut
      ]
    }
  ];
  return { name: "metrics", renditions };
}
function unique(names) {
  return [...new Set(names)];
}
function sliceColumns(slices) {
  const all = unique(slices.flatMap((slice) => slice.metrics.map((metric) => metric.metric)));
  const gated = unique(slices.flatMap((slice) => slice.metrics.filter((m) => m.gated).map((m) => m.metric)));
  return { shown: (gated.length > 0 ? gated : all).slice(0, SLICE_METRIC_COLUMNS), total: all.length };
}
function sliceResult(slice) {
  if (!slice.present) return "\u274C not in the candidate's results";
  if (slice.passed) return "\u2705 passed";
  const failures = failedSentences(slice.metrics);
  const more = failures.length > 1 ? ` (+${failures.length - 1} more)` : "";
  return `\u274C ${cell(failures[0] ?? "failed", 80)}${more}`;
}
function sliceTable(slices, columns, withBaseline) {
  const rows = slices.map((slice) => [
    code(slice.slice, 60, "middle"),
    sliceResult(slice),
    ...columns.map((name) => {
      const metric = slice.metrics.find((entry) => entry.metric === name);
      if (!metric) return "";
      const value = formatValue(metric.candidate, "missing");
      const change = withBaseline ? formatChange(metric) : "";
      return change ? `${value} (${change})` : value;
    })
  ]);
  const header = ["slice", "result", ...columns.map((name) => code(name, 30, "middle"))];
  return table(header, rows, ["l", "l", ...columns.map(() => "r")], { compact: true });
}
function slicesSection(comparison) {
  const { slices } = comparison;
  if (slices.length === 0) return void 0;
  const heading = "#### Slices";
  const failing = slices.filter((slice) => !slice.passed);
  const passing = slices.filter((slice) => slice.passed);
  const columns = sliceColumns(slices);
  const withBaseline = comparison.baseline !== null;
  const countLine = `${plural(slices.length, "slice")}, ${failing.length > 0 ? `${failing.length} failing` : "all passing"}.`;
  const columnsNote = columns.total > columns.shown.length ? `Columns: ${columns.shown.length} of the slices' ${columns.total} metrics; all are in the comparison file.` : "";
  const render = (rowsAtMost) => {
    const shownFailing = failing.slice(0, rowsAtMost);
    const shownPassing = passing.slice(0, rowsAtMost);
    const cutNote = (cut, kind) => cut > 0 ? `

\u2026 and ${plural(cut, `more ${kind} slice`)}, left out to fit.` : "";
    const parts = [heading, "", countLine];
    if (slices.length <= FEW_SLICES) {
      parts.push("", sliceTable([...failing, ...passing], columns.shown, withBaseline));
    } else {
      if (failing.length > 0)
        parts.push(
          "",
          sliceTable(shownFailing, columns.shown, withBaseline) + cutNote(failing.length - shownFailing.length, "failing")
        );
      if (passing.length > 0)
        parts.push(
          "",
          details(
            plural(passing.length, "passing slice"),
            sliceTable(shownPassing, columns.shown, withBaseline) + cutNote(passing.length - shownPassing.length, "passing")
          )
        );
    }
    if (columnsNote) parts.push("", columnsNote);
    return parts.join("\n");
  };
  const named = failing.slice(0, FAILING_SLICES_NAMED).map((slice) => code(slice.slice, 60, "middle"));
  const unnamed = failing.length - named.length;
  const failingNames = failing.length > 0 ? `Failing: ${named.join(", ")}${unnamed > 0 ? `, and ${plural(unnamed, "more")}` : ""}.` : "";
  const rowsCut = Math.max(0, failing.length - SLICE_ROWS_WHEN_SHORT) + Math.max(0, passing.length - SLICE_ROWS_WHEN_SHORT);
  const tablesLeftOut = [`the slice table of ${plural(slices.length, "slice")}`];
  return {
    name: "slices",
    renditions: [
      { text: render(slices.length), leftOut: [] },
      {
        text: render(SLICE_ROWS_WHEN_SHORT),
        leftOut: rowsCut > 0 && slices.length > FEW_SLICES ? [`the rows of ${plural(rowsCut, "slice")}`] : []
      },
      {
        text: [heading, "", countLine, ...failingNames ? ["", failingNames] : []].join("\n"),
        leftOut: tablesLeftOut
      },
      {
        text: [heading, "", countLine].join("\n"),
        leftOut: [...tablesLeftOut, ...failing.length > 0 ? ["the names of the failing slices"] : []]
      }
    ]
  };
}
var COMPARISON_DROP_ORDER = [
  { section: "slices", level: 1 },
  { section: "metrics", level: 1 },
  { section: "metrics", level: 2 },
  { section: "slices", level: 2 },
  { section: "metrics", level: 3 },
  { section: "slices", level: 3 }
];
function renderComparison(comparison, model) {
  const sections = [
    verdictSection(comparison, model),
    metricsSection(comparison),
    slicesSection(comparison)
  ].filter((section) => section !== void 0);
  const leftOutNote = (leftOut) => `> [!NOTE]
> Shortened to fit a job summary's 1 MiB. Left out: ${leftOut.join("; ")}. Every number is in the comparison file.`;
  return fitToBudget({ sections, leftOutNote }, COMPARISON_DROP_ORDER, JOB_SUMMARY_BUDGET).text;
}

// cli/compare-command.ts
var HELP = `Usage: trainyard compare <base> <head> [--config .github/trainyard.yml] [--model <name>] [--json]

Compares two runs the way the evaluate action does and prints the report's markdown. Each of
<base> and <head> is a run record (run-record.json), a model version's trainyard.json, or a
metrics file (JSON, YAML or CSV). Gates come from the config's model.

Exit status: 0 every gate passed, 1 a gate failed, 2 a usage or configuration error.`;
async function runCompareCommand(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      config: { type: "string", default: ".github/trainyard.yml" },
      model: { type: "string" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false }
    }
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (positionals.length !== 2) throw new ConfigError("give two files: <base> <head>");
  const [base, head] = await Promise.all(positionals.map((file) => readSide(file)));
  const chosen = await modelFor(values.config, values.model ?? head?.model ?? base?.model);
  const model = chosen.name ?? "model";
  const modelConfig = chosen.config;
  const comparison = compareRuns({
    candidate: { metrics: head.metrics, slices: head.slices },
    baseline: { label: base.label, metrics: base.metrics, slices: base.slices },
    ...modelConfig ? { gates: modelConfig.gates, ...modelConfig.slices ? { sliceGates: modelConfig.slices } : {} } : {}
  });
  process.stdout.write(
    values.json ? serializeComparison(comparison) : renderComparison(comparison, model ?? "model")
  );
  return comparison.passed ? 0 : 1;
}
async function readSide(file) {
  const name = path2.basename(file);
  if (file.endsWith(".json")) {
    let data;
    try {
      data = JSON.parse(await fs.readFile(file, "utf8"));
    } catch {
    }
    const asVersion = versionMetadata.safeParse(data);
    if (asVersion.success) {
      const { record, version } = asVersion.data;
      return {
        label: `v${version}`,
        model: asVersion.data.model,
        metrics: record.metrics,
        slices: record.slices
      };
    }
    const asRecord = runRecord.safeParse(data);
    if (asRecord.success)
      return {
        label: `${asRecord.data.git.ref.replace(/^refs\/heads\//, "")}@${asRecord.data.git.commit.slice(0, 7)}`,
        model: asRecord.data.model,
        metrics: asRecord.data.metrics,
        slices: asRecord.data.slices
      };
  }
  return { label: name, model: void 0, metrics: await readMetrics(file), slices: {} };
}
async function modelFor(configFile, named) {
  const exists = await fs.stat(configFile).then(
    () => true,
    () => false
  );
  if (!exists) return { name: named, config: void 0 };
  const config = await loadTrainyardConfig(configFile);
  const names = Object.keys(config.models);
  const name = named ?? (names.length === 1 ? names[0] : void 0);
  if (name === void 0)
    throw new ConfigError(`${configFile} has several models (${names.join(", ")}): say which with --model`);
  const found = config.models[name];
  if (!found)
    throw new ConfigError(`no model "${name}" under models:`, { file: configFile, field: `models.${name}` });
  return { name, config: found };
}
export {
  runCompareCommand
};
