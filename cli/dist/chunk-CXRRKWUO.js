import { createRequire as __trainyardCreateRequire } from "node:module";
const require = __trainyardCreateRequire(import.meta.url);
import {
  QuantileSketch
} from "./chunk-2ZLSDUPR.js";
import {
  TableSchemaInferrer
} from "./chunk-HU65S6RB.js";
import {
  defaultMissingValues,
  expandSources,
  fieldTypes,
  readData
} from "./chunk-UJ3F4ZQT.js";
import {
  _enum,
  _gte,
  array,
  discriminatedUnion,
  int,
  literal,
  nullable,
  number,
  object,
  string,
  tuple
} from "./chunk-GTQZ2Z3F.js";
import {
  RowViewWithDefaults,
  TextSet,
  completeRowView
} from "./chunk-H3MNTIMB.js";
import {
  ConfigError
} from "./chunk-ND3XTC2T.js";

// lib/drift/profile.ts
import { readFile } from "node:fs/promises";

// lib/drift/columns.ts
import path2 from "node:path";

// lib/drift/spill.ts
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
var SPILL_BUFFER_VALUES = 1 << 16;
var READ_BYTES = 1 << 26;
var SpillFolder = class {
  /** `parent`: where the folder goes (default $RUNNER_TEMP, else the OS's temp folder). */
  constructor(parent = process.env.RUNNER_TEMP ?? os.tmpdir()) {
    this.parent = parent;
  }
  parent;
  directory;
  files = 0;
  removeOnExit = () => this.remove();
  /** The folder, when one was made and not yet removed. */
  get path() {
    return this.directory;
  }
  /** A new file's path in the folder (made now if need be). */
  newFile(name) {
    if (this.directory === void 0) {
      this.directory = fs.mkdtempSync(path.join(this.parent, "trainyard-drift-"));
      process.once("exit", this.removeOnExit);
    }
    return path.join(this.directory, `${++this.files}-${name.replace(/[^\w.-]+/g, "_")}.f64`);
  }
  /** Removes the folder and every file in it (safe to call more than once). */
  remove() {
    if (this.directory === void 0) return;
    process.removeListener("exit", this.removeOnExit);
    fs.rmSync(this.directory, { recursive: true, force: true });
    this.directory = void 0;
  }
};
var SpilledValues = class {
  constructor(file, bufferValues = SPILL_BUFFER_VALUES) {
    this.file = file;
    this.buffer = new Float64Array(bufferValues);
    fs.writeFileSync(file, new Uint8Array(0));
  }
  file;
  buffer;
  buffered = 0;
  done = false;
  /** Values written or buffered. */
  count = 0;
  add(value) {
    this.buffer[this.buffered++] = value;
    this.count++;
    if (this.buffered === this.buffer.length) this.flush();
  }
  addAll(values) {
    this.flush();
    this.append(values);
    this.count += values.length;
  }
  /** Every value, in the order added, in one array; the file is removed. */
  readAll() {
    const values = new Float64Array(this.count);
    this.eachChunk((chunk, offset) => values.set(chunk, offset));
    return values;
  }
  /** Calls `visit` with the values in order, a chunk at a time; the file is removed after. */
  eachChunk(visit) {
    this.flush();
    this.done = true;
    const reader = fs.openSync(this.file, "r");
    try {
      const chunk = new Float64Array(Math.min(this.count, READ_BYTES / 8));
      const bytes = new Uint8Array(chunk.buffer);
      let offset = 0;
      while (offset < this.count) {
        const take = Math.min(chunk.length, this.count - offset);
        let filled = 0;
        while (filled < take * 8) {
          const read = fs.readSync(reader, bytes, filled, take * 8 - filled, offset * 8 + filled);
          if (read === 0) throw new Error(`${this.file} ended after ${offset * 8 + filled} bytes`);
          filled += read;
        }
        visit(chunk.subarray(0, take), offset);
        offset += take;
      }
    } finally {
      fs.closeSync(reader);
      this.discard();
    }
  }
  /** Removes the file. */
  discard() {
    this.done = true;
    fs.rmSync(this.file, { force: true });
  }
  flush() {
    if (this.buffered === 0) return;
    this.append(this.buffer.subarray(0, this.buffered));
    this.buffered = 0;
  }
  append(values) {
    if (this.done) throw new Error(`${this.file} was already read back`);
    fs.appendFileSync(this.file, new Uint8Array(values.buffer, values.byteOffset, values.byteLength));
  }
};

// lib/drift/sample.ts
var MAX_EXACT_VALUES = 1024;
var DEFAULT_VALUE_BUDGET = 8 * (1 << 20);
var MAX_CATEGORIES = 1e4;
var MAX_SPILLED_VALUES = 1 << 25;
var SKETCH_K = 400;
var ValueBudget = class {
  constructor(remaining = DEFAULT_VALUE_BUDGET) {
    this.remaining = remaining;
  }
  remaining;
  take(values) {
    if (values > this.remaining) return false;
    this.remaining -= values;
    return true;
  }
  give(values) {
    this.remaining += values;
  }
};
var NumericCollector = class {
  constructor(budget = new ValueBudget(), spill) {
    this.budget = budget;
    this.spill = spill;
  }
  budget;
  spill;
  count = 0;
  missing = 0;
  mean = 0;
  squares = 0;
  minimum = Number.POSITIVE_INFINITY;
  maximum = Number.NEGATIVE_INFINITY;
  table = /* @__PURE__ */ new Map();
  raw = new Float64Array(0);
  spilled;
  sketch;
  add(value) {
    if (!Number.isFinite(value)) {
      this.missing++;
      return;
    }
    const n = ++this.count;
    const delta = value - this.mean;
    this.mean += delta / n;
    this.squares += delta * (value - this.mean);
    if (value < this.minimum) this.minimum = value;
    if (value > this.maximum) this.maximum = value;
    const table = this.table;
    if (table !== void 0) {
      table.set(value, (table.get(value) ?? 0) + 1);
      if (table.size <= MAX_EXACT_VALUES) {
        if (this.raw !== void 0 && !this.keep(value, n)) this.releaseRaw();
        return;
      }
      this.table = void 0;
      if (this.raw === void 0) {
        this.fromTable(table);
        return;
      }
    }
    if (this.raw !== void 0) {
      if (this.keep(value, n)) return;
      if (this.spill === void 0) this.toSketch();
      else this.startSpilling();
    }
    const spilled = this.spilled;
    if (spilled !== void 0) {
      if (spilled.count < this.spillLimit) {
        spilled.add(value);
        return;
      }
      this.toSketch();
    }
    this.sketch?.add(value);
  }
  /** Keeps the n-th value in memory, if the budget allows. */
  keep(value, n) {
    const raw = this.raw;
    if (n > raw.length && !this.grow(n)) return false;
    this.raw[n - 1] = value;
    return true;
  }
  releaseRaw() {
    this.budget.give(this.raw.length);
    this.raw = void 0;
  }
  /** Values of the column a spill file may hold. */
  get spillLimit() {
    return this.spill?.maxValues ?? MAX_SPILLED_VALUES;
  }
  openSpill(spill) {
    this.spilled = new SpilledValues(spill.folder.newFile(spill.name), spill.bufferValues);
    return this.spilled;
  }
  /** Moves the values kept so far to a spill file, and gives their memory back to the budget. */
  startSpilling() {
    this.openSpill(this.spill).addAll(this.raw.subarray(0, this.count - 1));
    this.releaseRaw();
  }
  /** The values so far, known only from the overflowing table (their order does not matter). */
  fromTable(table) {
    const spill = this.spill;
    if (spill !== void 0 && this.count <= this.spillLimit) {
      const spilled = this.openSpill(spill);
      for (const [value, count2] of table) for (let i = 0; i < count2; i++) spilled.add(value);
      return;
    }
    const sketch = new QuantileSketch(SKETCH_K);
    this.sketch = sketch;
    for (const [value, count2] of table) for (let i = 0; i < count2; i++) sketch.add(value);
  }
  addMissing() {
    this.missing++;
  }
  /** A sketch of the values so far (made from them when they were kept exactly). */
  toSketch() {
    if (this.sketch === void 0) {
      const sketch = new QuantileSketch(SKETCH_K);
      this.sketch = sketch;
      const kept = this.raw === void 0 ? 0 : Math.min(this.count, this.raw.length);
      for (let index = 0; index < kept; index++) sketch.add(this.raw[index]);
      this.spilled?.eachChunk((chunk) => {
        for (let index = 0; index < chunk.length; index++) sketch.add(chunk[index]);
      });
      this.spilled = void 0;
    }
    if (this.raw !== void 0) this.releaseRaw();
    return this.sketch;
  }
  /** The exact value table, as [value, count] pairs ascending, while the column has at most MAX_EXACT_VALUES distinct values. */
  valueTable() {
    if (this.table === void 0) return void 0;
    const { values, weights } = sortedTable(this.table);
    return Array.from(values, (value, index) => [value, weights[index]]);
  }
  moments() {
    const empty = this.count === 0;
    return {
      mean: empty ? Number.NaN : this.mean,
      std: empty ? Number.NaN : Math.sqrt(this.squares / this.count),
      min: empty ? Number.NaN : this.minimum,
      max: empty ? Number.NaN : this.maximum
    };
  }
  /** The sample (call it once: kept values are sorted in place, a spill file is read and removed). */
  finish() {
    const table = this.table;
    const base = { kind: "numerical", count: this.count, missing: this.missing, ...this.moments() };
    if (table !== void 0) {
      this.spilled?.discard();
      return { ...base, ...sortedTable(table), rankError: 0 };
    }
    const kept = this.raw?.subarray(0, this.count) ?? this.spilled?.readAll();
    if (kept !== void 0) return { ...base, ...runLengths(kept.sort()), rankError: 0 };
    const sketch = this.toSketch();
    return { ...base, ...weightedItems(sketch), rankError: sketch.rankError };
  }
  grow(needed) {
    const old = this.raw;
    const size = Math.max(1024, old.length * 2, needed);
    if (!this.budget.take(size - old.length)) return false;
    const grown = new Float64Array(size);
    grown.set(old);
    this.raw = grown;
    return true;
  }
};
var CategoricalCollector = class {
  constructor(maxCategories = MAX_CATEGORIES) {
    this.maxCategories = maxCategories;
  }
  maxCategories;
  count = 0;
  missing = 0;
  other = 0;
  counts = /* @__PURE__ */ new Map();
  add(value) {
    this.count++;
    const seen = this.counts.get(value);
    if (seen !== void 0) this.counts.set(value, seen + 1);
    else if (this.counts.size < this.maxCategories) this.counts.set(value, 1);
    else this.other++;
  }
  addMissing() {
    this.missing++;
  }
  finish() {
    return {
      kind: "categorical",
      counts: new Map(this.counts),
      other: this.other,
      count: this.count,
      missing: this.missing
    };
  }
};
function runLengths(sorted) {
  let distinct = 0;
  for (let index = 0; index < sorted.length; index++)
    if (index === 0 || sorted[index] !== sorted[index - 1]) distinct++;
  const weights = new Float64Array(distinct);
  if (distinct === sorted.length) return { values: sorted, weights: weights.fill(1) };
  let at = -1;
  let previous = Number.NaN;
  for (let index = 0; index < sorted.length; index++) {
    const value = sorted[index];
    if (index === 0 || value !== previous) sorted[++at] = value;
    previous = value;
    weights[at] = weights[at] + 1;
  }
  return { values: sorted.subarray(0, distinct), weights };
}
function sortedTable(table) {
  const values = Float64Array.from(table.keys()).sort();
  const weights = new Float64Array(values.length);
  for (let index = 0; index < values.length; index++)
    weights[index] = table.get(values[index]);
  return { values, weights };
}
function fromPairs(pairs) {
  return {
    values: Float64Array.from(pairs, (pair) => pair[0]),
    weights: Float64Array.from(pairs, (pair) => pair[1])
  };
}
function weightedItems(sketch) {
  const items = [];
  sketch.toJSON().levels.forEach((level, height) => {
    for (const value of level) items.push([value, 2 ** height]);
  });
  items.sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const [value, weight] of items) {
    const last = merged.at(-1);
    if (last !== void 0 && last[0] === value) last[1] += weight;
    else merged.push([value, weight]);
  }
  return fromPairs(merged);
}

// lib/drift/columns.ts
var INFER_ROWS = 1e4;
async function collectColumns(sources, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  if (sources.length === 0) throw new ConfigError("no data files given");
  const files = await expandSources([...sources], cwd);
  const absolute = files.map((file) => path2.resolve(cwd, file));
  const missingValues = [...options.schema?.missingValues ?? defaultMissingValues];
  const plan = options.schema ? planFromFields(options.schema.fields) : options.features ? { definitions: options.features.map((feature) => ({ ...feature })), skipped: [] } : await inferPlan(absolute, missingValues);
  const wanted = options.columns ? new Set(options.columns) : void 0;
  if (wanted) {
    const known = /* @__PURE__ */ new Set([...plan.definitions.map((d) => d.name), ...plan.skipped.map((s) => s.name)]);
    const unknown = [...wanted].filter((name) => !known.has(name));
    if (unknown.length > 0)
      throw new ConfigError(
        `no column ${unknown.map((name) => JSON.stringify(name)).join(", ")} in the data`,
        {
          field: "columns"
        }
      );
  }
  const budget = new ValueBudget(options.valueBudget);
  const numericColumns = plan.definitions.filter((definition) => definition.kind === "numerical").length;
  const bufferValues = Math.min(
    SPILL_BUFFER_VALUES,
    Math.max(1024, Math.floor((options.valueBudget ?? DEFAULT_VALUE_BUDGET) / Math.max(numericColumns, 1)))
  );
  const spillOf = (name) => options.spill === void 0 ? void 0 : {
    folder: options.spill,
    name,
    bufferValues,
    ...options.maxSpilledValues === void 0 ? {} : { maxValues: options.maxSpilledValues }
  };
  const features = plan.definitions.filter((definition) => wanted === void 0 || wanted.has(definition.name)).map(
    (definition) => definition.kind === "numerical" ? {
      ...definition,
      kind: "numerical",
      collector: new NumericCollector(budget, spillOf(definition.name))
    } : { ...definition, kind: "categorical", collector: new CategoricalCollector() }
  );
  const skipped = plan.skipped.filter((column) => wanted === void 0 || wanted.has(column.name));
  const fieldsByName = new Map(options.schema?.fields.map((field) => [field.name, field]));
  const readers = features.map((feature) => cellReader(feature, fieldsByName.get(feature.name)));
  let rows = 0;
  for (const file of absolute) {
    let indexes = features.map(() => -1);
    const defaults = new RowViewWithDefaults();
    const onBatch = (view2, count2) => {
      for (let at = 0; at < count2; at++) {
        view2.select(at);
        for (let feature = 0; feature < readers.length; feature++)
          readers[feature](view2, indexes[feature]);
      }
    };
    let lastRow;
    let view = defaults;
    const result = await readData(
      file,
      { missingValues, columns: features.map((feature) => feature.name), onBatch },
      (row) => {
        if (row !== lastRow) {
          lastRow = row;
          view = completeRowView(row, defaults);
        }
        onBatch(view, 1);
      },
      (columns) => {
        indexes = features.map((feature) => columns.indexOf(feature.name));
      }
    );
    rows += result.rows;
  }
  return { rows, files, features, skipped };
}
function cellReader(feature, field) {
  if (feature.kind === "numerical") {
    const collector2 = feature.collector;
    const parse = numberParser(field);
    return (row, column) => {
      if (column < 0 || column >= row.length || row.isMissing(column)) collector2.addMissing();
      else collector2.add(parse(row, column));
    };
  }
  const collector = feature.collector;
  if (feature.type === "boolean") {
    const truthy = new TextSet(field?.type === "boolean" ? field.trueValues : ["true", "True", "TRUE", "1"]);
    const falsy = new TextSet(
      field?.type === "boolean" ? field.falseValues : ["false", "False", "FALSE", "0"]
    );
    return (row, column) => {
      if (column < 0 || column >= row.length || row.isMissing(column)) collector.addMissing();
      else if (row.indexIn(column, truthy) >= 0) collector.add("true");
      else if (row.indexIn(column, falsy) >= 0) collector.add("false");
      else collector.addMissing();
    };
  }
  return (row, column) => {
    if (column < 0 || column >= row.length || row.isMissing(column)) collector.addMissing();
    else collector.add(row.text(column));
  };
}
function numberParser(field) {
  if (field === void 0 || field.type !== "number" && field.type !== "integer")
    return (row, c) => row.number(c);
  const decimalChar = field.type === "number" ? field.decimalChar : ".";
  const { groupChar, bareNumber } = field;
  if (bareNumber && decimalChar === "." && groupChar === void 0) return (row, c) => row.number(c);
  return (row, column) => {
    let text = row.text(column).trim();
    if (groupChar !== void 0) text = text.split(groupChar).join("");
    if (decimalChar !== ".") text = text.split(decimalChar).join(".");
    if (!bareNumber) text = /[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(text)?.[0] ?? "";
    return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) ? Number(text) : Number.NaN;
  };
}
var KIND_OF_TYPE = {
  integer: "numerical",
  number: "numerical",
  year: "numerical",
  string: "categorical",
  boolean: "categorical",
  date: void 0,
  datetime: void 0
};
function planFromFields(fields) {
  const definitions = [];
  const skipped = [];
  for (const field of fields) {
    const kind = KIND_OF_TYPE[field.type];
    if (kind === void 0)
      skipped.push({ name: field.name, reason: `${field.type} columns are not checked for drift` });
    else definitions.push({ name: field.name, kind, type: field.type });
  }
  return { definitions, skipped };
}
async function inferPlan(files, missingValues) {
  const first = files[0];
  let inferrer;
  await readData(
    first,
    { missingValues, maxRows: INFER_ROWS },
    (row) => inferrer?.observeRow(row),
    (columns) => {
      inferrer = new TableSchemaInferrer(columns, { missingValues });
    }
  );
  if (inferrer === void 0) throw new ConfigError("no columns in the data", { file: first });
  return planFromFields(inferrer.fields());
}
function sampleOf(feature) {
  return feature.collector.finish();
}

// lib/drift/profile.ts
var PROFILE_CATEGORIES = 1e3;
var count = int().check(_gte(0));
var statistic = nullable(number());
var sketchJson = object({
  k: int().check(_gte(8)),
  count,
  min: number(),
  max: number(),
  levels: array(array(number()))
});
var numericalFeatureProfile = object({
  name: string(),
  kind: literal("numerical"),
  type: _enum(fieldTypes),
  count,
  missing: count,
  mean: statistic,
  std: statistic,
  min: statistic,
  max: statistic,
  /** [value, count] for each distinct value, ascending, when there are few enough; else null. */
  values: nullable(array(tuple([number(), count]))),
  /** A KLL quantile sketch of the values, when `values` is null. */
  sketch: nullable(sketchJson)
});
var categoricalFeatureProfile = object({
  name: string(),
  kind: literal("categorical"),
  type: _enum(fieldTypes),
  count,
  missing: count,
  /** [value, count], most frequent first (ties by value). */
  values: array(tuple([string(), count])),
  /** Rows whose value was cut from the table. */
  other: count
});
var featureProfile = discriminatedUnion("kind", [
  numericalFeatureProfile,
  categoricalFeatureProfile
]);
var dataProfile = object({
  format: literal("trainyard.data-profile"),
  version: literal(1),
  /** Data rows profiled. */
  rows: count,
  /** The files read, as they were named. */
  files: array(string()),
  features: array(featureProfile),
  /** Columns left out, and why (dates, for instance). */
  skipped: array(object({ name: string(), reason: string() }))
});
async function buildDataProfile(sources, options = {}) {
  return profileOfColumns(
    await collectColumns(sources, {
      ...options.schema ? { schema: options.schema } : {},
      ...options.columns ? { columns: options.columns } : {},
      ...options.cwd ? { cwd: options.cwd } : {}
    })
  );
}
function profileOfColumns(collected) {
  const features = collected.features.map((feature) => {
    const { name, type } = feature;
    if (feature.kind === "numerical") {
      const collector2 = feature.collector;
      const moments = collector2.moments();
      const values = collector2.valueTable() ?? null;
      const sketch = values === null ? collector2.toSketch().toJSON() : null;
      return {
        name,
        kind: "numerical",
        type,
        count: collector2.count,
        missing: collector2.missing,
        mean: finiteOrNull(moments.mean),
        std: finiteOrNull(moments.std),
        min: finiteOrNull(moments.min),
        max: finiteOrNull(moments.max),
        values,
        sketch
      };
    }
    const collector = feature.collector;
    const sorted = [...collector.counts].sort(
      (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)
    );
    const kept = sorted.slice(0, PROFILE_CATEGORIES);
    const cut = sorted.slice(PROFILE_CATEGORIES).reduce((sum, [, n]) => sum + n, 0);
    return {
      name,
      kind: "categorical",
      type,
      count: collector.count,
      missing: collector.missing,
      values: kept,
      other: collector.other + cut
    };
  });
  return {
    format: "trainyard.data-profile",
    version: 1,
    rows: collected.rows,
    files: collected.files,
    features,
    skipped: collected.skipped
  };
}
function profileDefinitions(profile) {
  return profile.features.map(({ name, kind, type }) => ({ name, kind, type }));
}
function sampleOfProfile(feature) {
  if (feature.kind === "categorical") {
    const sample = {
      kind: "categorical",
      counts: new Map(feature.values),
      other: feature.other,
      count: feature.count,
      missing: feature.missing
    };
    return sample;
  }
  const moments = {
    mean: feature.mean ?? Number.NaN,
    std: feature.std ?? Number.NaN,
    min: feature.min ?? Number.NaN,
    max: feature.max ?? Number.NaN
  };
  const base = { kind: "numerical", count: feature.count, missing: feature.missing, ...moments };
  if (feature.values !== null)
    return { ...base, ...fromPairs(feature.values), rankError: 0 };
  const sketch = QuantileSketch.fromJSON(
    feature.sketch ?? { k: 400, count: 0, min: Number.NaN, max: Number.NaN, levels: [[]] }
  );
  return { ...base, ...weightedItems(sketch), rankError: sketch.rankError };
}
function finiteOrNull(value) {
  return Number.isFinite(value) ? value : null;
}
async function readDataProfile(file) {
  const text = await readFile(file, "utf8").catch((error) => {
    throw new ConfigError(`cannot read the profile: ${error.code ?? error.message}`, { file });
  });
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`not JSON: ${error.message}`, { file });
  }
  const inner = typeof data === "object" && data !== null && !("format" in data) && "dataProfile" in data ? data.dataProfile : data;
  const prefix = inner === data ? "" : "dataProfile.";
  const parsed = dataProfile.safeParse(inner);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? `${prefix}${issue.path.join(".")}` : prefix;
    throw new ConfigError(`not a data profile: ${issue?.message ?? "invalid"}`, {
      file,
      ...where ? { field: where } : {}
    });
  }
  return parsed.data;
}

export {
  SpillFolder,
  collectColumns,
  sampleOf,
  buildDataProfile,
  profileDefinitions,
  sampleOfProfile,
  readDataProfile
};
