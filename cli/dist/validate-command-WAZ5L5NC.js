import { createRequire as __trainyardCreateRequire } from "node:module";
const require = __trainyardCreateRequire(import.meta.url);
import {
  QuantileSketch,
  loadTableSchema,
  parseTableSchema
} from "./chunk-2ZLSDUPR.js";
import "./chunk-OV7LGPEV.js";
import {
  compileFieldPattern,
  createTemporalParser,
  expandSources,
  numericFieldTypes,
  parseIsoTemporal,
  primaryKeyFields,
  readData
} from "./chunk-UJ3F4ZQT.js";
import {
  thousands
} from "./chunk-F3UCSHKE.js";
import {
  _enum,
  _gte,
  _regex,
  array,
  int,
  nullable,
  number,
  object,
  optional,
  record,
  string,
  tuple
} from "./chunk-GTQZ2Z3F.js";
import {
  RowViewWithDefaults,
  TextSet,
  completeRowView,
  finishHash64,
  fmix32,
  hashText,
  parseNumberText
} from "./chunk-H3MNTIMB.js";
import {
  ConfigError,
  DataError
} from "./chunk-ND3XTC2T.js";
import "./chunk-L3VH6XS6.js";

// cli/validate-command.ts
import { parseArgs } from "node:util";

// lib/validate/annotations.ts
function describeExample(violation, example) {
  const column = violation.column === null ? "" : ` ${violation.column}:`;
  const found = example.detail ?? `found ${JSON.stringify(example.value)}`;
  const where = example.line > 0 ? `${example.file}:${example.line}` : example.file;
  const row = example.row > 0 ? ` (row ${example.row})` : "";
  return `${where}${row}${column} expected ${violation.expected}, ${found} [${violation.rule}]`;
}

// lib/validate/run.ts
import path3 from "node:path";

// lib/schema/diff.ts
function diffSchemas(base, head) {
  const changes = [];
  const baseByName = new Map(base.fields.map((field) => [field.name, field]));
  const headNames = new Set(head.fields.map((field) => field.name));
  for (const headField of head.fields) {
    const baseField = baseByName.get(headField.name);
    const subject = { column: headField.name, prefix: `column ${JSON.stringify(headField.name)}: ` };
    if (!baseField) {
      const required = headField.constraints.required === true;
      changes.push({
        kind: "column-added",
        severity: required ? "breaking" : "non-breaking",
        column: headField.name,
        aspect: "column",
        after: headField.type,
        message: `${subject.prefix}added (${required ? "required" : "optional"})`
      });
      continue;
    }
    changes.push(...diffFields(baseField, headField, new ChangeWriter(subject)));
  }
  for (const baseField of base.fields) {
    if (headNames.has(baseField.name)) continue;
    changes.push({
      kind: "column-removed",
      severity: "breaking",
      column: baseField.name,
      aspect: "column",
      before: baseField.type,
      message: `column ${JSON.stringify(baseField.name)}: removed`
    });
  }
  changes.push(...diffTables(base, head, new ChangeWriter({ prefix: "table: " })));
  return changes;
}
var ChangeWriter = class {
  constructor(subject) {
    this.subject = subject;
  }
  subject;
  changes = [];
  add(kind, aspect, text, before, after) {
    const label = kind === "tightened" || kind === "loosened" ? ` (${kind})` : kind === "changed" ? " (cannot tell)" : "";
    const change = {
      kind,
      severity: kind === "loosened" ? "non-breaking" : "breaking",
      aspect,
      before,
      after,
      message: `${this.subject.prefix}${text}${label}`
    };
    if (this.subject.column !== void 0) change.column = this.subject.column;
    this.changes.push(change);
  }
  /** A bound below which values fail (minimum, minLength, rows.min): raising it tightens. */
  lowerBound(aspect, before, after, compare) {
    this.bound(aspect, before, after, compare, "tightened");
  }
  /** A bound above which values fail (maximum, maxLength, maxMissingShare): raising it loosens. */
  upperBound(aspect, before, after, compare) {
    this.bound(aspect, before, after, compare, "loosened");
  }
  bound(aspect, before, after, compare, whenRaised) {
    const name = shortName(aspect);
    if (before === void 0 && after === void 0) return;
    if (before === void 0) {
      this.add("tightened", aspect, `${name} ${String(after)} added`, before, after);
    } else if (after === void 0) {
      this.add("loosened", aspect, `${name} ${String(before)} removed`, before, after);
    } else {
      const order = compare(before, after);
      if (order === 0) return;
      const raised = order < 0;
      const kind = raised === (whenRaised === "tightened") ? "tightened" : "loosened";
      this.add(
        kind,
        aspect,
        `${name} ${raised ? "raised" : "lowered"} from ${before} to ${after}`,
        before,
        after
      );
    }
  }
  /** required, unique: turning it on tightens. */
  flag(aspect, before, after) {
    const was = before === true;
    const is = after === true;
    if (was === is) return;
    const name = shortName(aspect);
    if (is) this.add("tightened", aspect, `now ${name}`, before, after);
    else this.add("loosened", aspect, `no longer ${name}`, before, after);
  }
  /** A list where each value is one more thing accepted (missingValues, trueValues). */
  acceptedValues(aspect, before, after) {
    const name = shortName(aspect);
    const added = after.filter((value) => !before.some((old) => Object.is(old, value)));
    const removed = before.filter((value) => !after.some((now) => Object.is(now, value)));
    if (added.length > 0) this.add("loosened", aspect, `${name} added: ${showList(added)}`, before, after);
    if (removed.length > 0)
      this.add("tightened", aspect, `${name} removed: ${showList(removed)}`, before, after);
  }
  /** An optional list that, when present, is the only values allowed (enum). */
  allowedValues(aspect, before, after) {
    const name = shortName(aspect);
    if (before === void 0 && after === void 0) return;
    if (before === void 0) {
      this.add("tightened", aspect, `${name} [${showList(after)}] added`, before, after);
    } else if (after === void 0) {
      this.add("loosened", aspect, `${name} [${showList(before)}] removed`, before, after);
    } else {
      const added = after.filter((value) => !before.some((old) => Object.is(old, value)));
      const removed = before.filter((value) => !after.some((now) => Object.is(now, value)));
      if (added.length > 0)
        this.add("loosened", aspect, `${name} values added: ${showList(added)}`, before, after);
      if (removed.length > 0) {
        this.add("tightened", aspect, `${name} values removed: ${showList(removed)}`, before, after);
      }
    }
  }
  /** A setting whose changes cannot be ranked (pattern, decimalChar), though adding one may tighten. */
  setting(aspect, before, after, presenceTightens) {
    if (Object.is(before, after)) return;
    const name = shortName(aspect);
    if (presenceTightens && before === void 0) {
      this.add("tightened", aspect, `${name} ${JSON.stringify(after)} added`, before, after);
    } else if (presenceTightens && after === void 0) {
      this.add("loosened", aspect, `${name} ${JSON.stringify(before)} removed`, before, after);
    } else {
      const from = before === void 0 ? "none" : JSON.stringify(before);
      const to = after === void 0 ? "none" : JSON.stringify(after);
      this.add("changed", aspect, `${name} changed from ${from} to ${to}`, before, after);
    }
  }
};
function shortName(aspect) {
  return aspect.startsWith("constraints.") ? aspect.slice("constraints.".length) : aspect;
}
function showList(values) {
  return values.map((value) => JSON.stringify(value)).join(", ");
}
var compareNumbers = (a, b) => a - b;
function typeFamily(type) {
  return numericFieldTypes.includes(type) ? "numeric" : type;
}
function diffFields(base, head, writer) {
  const retyped = base.type !== head.type;
  if (retyped) {
    writer.add(
      "column-retyped",
      "type",
      `type changed from ${base.type} to ${head.type}`,
      base.type,
      head.type
    );
  } else if (base.format !== head.format) {
    const text = `format changed from ${JSON.stringify(base.format)} to ${JSON.stringify(head.format)}`;
    writer.add("column-retyped", "format", text, base.format, head.format);
  }
  const comparable = typeFamily(base.type) === typeFamily(head.type);
  if (comparable) {
    diffParsing(base, head, writer);
  }
  const before = base.constraints;
  const after = head.constraints;
  writer.flag("constraints.required", before.required, after.required);
  writer.flag("constraints.unique", before.unique, after.unique);
  if (comparable) {
    const compareValues = valueComparator(head.type);
    writer.lowerBound("constraints.minimum", before.minimum, after.minimum, compareValues);
    writer.upperBound("constraints.maximum", before.maximum, after.maximum, compareValues);
    writer.lowerBound("constraints.minLength", before.minLength, after.minLength, compareNumbers);
    writer.upperBound("constraints.maxLength", before.maxLength, after.maxLength, compareNumbers);
    writer.setting("constraints.pattern", before.pattern, after.pattern, true);
    writer.allowedValues("constraints.enum", before.enum, after.enum);
  }
  diffFieldChecks(base, head, writer);
  return writer.changes;
}
function valueComparator(type) {
  if (type === "date" || type === "datetime") {
    return (a, b) => (parseIsoTemporal(type, String(a)) ?? 0) - (parseIsoTemporal(type, String(b)) ?? 0);
  }
  return (a, b) => Number(a) - Number(b);
}
function diffParsing(base, head, writer) {
  if (base.type === "boolean" && head.type === "boolean") {
    writer.acceptedValues("trueValues", base.trueValues, head.trueValues);
    writer.acceptedValues("falseValues", base.falseValues, head.falseValues);
  }
  if ((base.type === "integer" || base.type === "number") && (head.type === "integer" || head.type === "number")) {
    if (base.bareNumber !== head.bareNumber) {
      const kind = head.bareNumber ? "tightened" : "loosened";
      const text = `bareNumber changed from ${base.bareNumber} to ${head.bareNumber}`;
      writer.add(kind, "bareNumber", text, base.bareNumber, head.bareNumber);
    }
    const baseDecimal = base.type === "number" ? base.decimalChar : void 0;
    const headDecimal = head.type === "number" ? head.decimalChar : void 0;
    if (baseDecimal !== void 0 && headDecimal !== void 0) {
      writer.setting("decimalChar", baseDecimal, headDecimal, false);
    }
    if (base.groupChar === void 0 && head.groupChar !== void 0) {
      writer.add(
        "loosened",
        "groupChar",
        `groupChar ${JSON.stringify(head.groupChar)} added`,
        void 0,
        head.groupChar
      );
    } else if (base.groupChar !== void 0 && head.groupChar === void 0) {
      const text = `groupChar ${JSON.stringify(base.groupChar)} removed`;
      writer.add("tightened", "groupChar", text, base.groupChar, void 0);
    } else {
      writer.setting("groupChar", base.groupChar, head.groupChar, false);
    }
  }
}
function diffFieldChecks(base, head, writer) {
  writer.upperBound(
    "checks.maxMissingShare",
    base.checks.maxMissingShare,
    head.checks.maxMissingShare,
    compareNumbers
  );
  const quantiles = alignKeys(base.checks.quantiles, head.checks.quantiles, (key) => Number(key));
  for (const { key, before, after } of quantiles) {
    diffBounds(`checks.quantiles[${JSON.stringify(key)}]`, before, after, writer);
  }
  const categories = alignKeys(base.checks.categoryShares, head.checks.categoryShares, (key) => key);
  for (const { key, before, after } of categories) {
    diffBounds(`checks.categoryShares[${JSON.stringify(key)}]`, before, after, writer);
  }
}
function diffBounds(aspect, before, after, writer) {
  writer.lowerBound(`${aspect}.min`, before?.min, after?.min, compareNumbers);
  writer.upperBound(`${aspect}.max`, before?.max, after?.max, compareNumbers);
}
function alignKeys(base, head, normalise) {
  const entries = /* @__PURE__ */ new Map();
  for (const [key, value] of Object.entries(base ?? {})) {
    entries.set(normalise(key), { key, before: value, after: void 0 });
  }
  for (const [key, value] of Object.entries(head ?? {})) {
    const normalised = normalise(key);
    const entry = entries.get(normalised);
    entries.set(normalised, { key, before: entry?.before, after: value });
  }
  return [...entries.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([, entry]) => entry);
}
function diffTables(base, head, writer) {
  writer.acceptedValues("missingValues", base.missingValues, head.missingValues);
  const baseKey = primaryKeyFields(base);
  const headKey = primaryKeyFields(head);
  if (baseKey.join("\0") !== headKey.join("\0")) {
    if (baseKey.length === 0) {
      writer.add("tightened", "primaryKey", `primaryKey [${showList(headKey)}] added`, void 0, headKey);
    } else if (headKey.length === 0) {
      writer.add("loosened", "primaryKey", `primaryKey [${showList(baseKey)}] removed`, baseKey, void 0);
    } else {
      const text = `primaryKey changed from [${showList(baseKey)}] to [${showList(headKey)}]`;
      writer.add("changed", "primaryKey", text, baseKey, headKey);
    }
  }
  writer.lowerBound("checks.rows.min", base.checks.rows?.min, head.checks.rows?.min, compareNumbers);
  writer.upperBound("checks.rows.max", base.checks.rows?.max, head.checks.rows?.max, compareNumbers);
  return writer.changes;
}

// lib/validate/shards.ts
import { createHash } from "node:crypto";
import fs2 from "node:fs";

// lib/validate/unique-keys.ts
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

// lib/validate/key-set.ts
var NEW_KEY = -1;
var TABLE_FULL = -2;
var DEFAULT_KEY_SET_BYTES = 96 * (1 << 20);
var MIN_CAPACITY = 1 << 4;
var INITIAL_CAPACITY = 1 << 14;
var MAX_NARROW_ROW = 4294967295;
var KeySet = class {
  /**
   * @param maxKeys the most keys kept (default: as many as `maxBytes` holds); past it `add`
   *   answers "full" for a new key.
   * @param options.maxBytes the most bytes the table may take, its growth's copy included
   * @param options.expectedKeys keys likely to come: the table starts that large (within the
   *   budget), so it need not grow to it step by step
   */
  constructor(maxKeys = Number.POSITIVE_INFINITY, options = {}) {
    this.maxKeys = maxKeys;
    this.maxBytes = options.maxBytes ?? DEFAULT_KEY_SET_BYTES;
    this.maxCapacity = this.capacityFor(this.stride);
    let capacity = Math.min(INITIAL_CAPACITY, this.maxCapacity);
    const expected = Math.min(options.expectedKeys ?? 0, maxKeys);
    while (capacity < this.maxCapacity && capacity * 0.75 < expected) capacity *= 2;
    this.lows = new Uint32Array(capacity);
    this.details = new Uint32Array(capacity * this.stride);
    this.mask = capacity - 1;
    this.growAt = Math.floor(capacity * 0.75);
    this.keyLimit = this.limitFor(this.maxCapacity);
  }
  maxKeys;
  /**
   * Slot → the key's low hash half (0: empty). Probes read this array alone (4 bytes a slot, so
   * it stays in cache far longer than whole slots would); `details` is read only on a match.
   */
  lows;
  /** Slot → `stride` words: the high hash half, the row (and the row's high word when stride is 3). */
  details;
  stride = 2;
  mask;
  used = 0;
  /** Keys past which the table grows (3/4 of its slots). */
  growAt;
  /** Keys past which the table takes no more: the budget's or maxKeys. */
  keyLimit;
  maxCapacity;
  maxBytes;
  /** Whether the limit stopped the set from taking more keys. */
  full = false;
  get size() {
    return this.used;
  }
  /** Bytes the table holds now. */
  get bytes() {
    return this.lows.byteLength + this.details.byteLength;
  }
  /** The most keys this set can hold. */
  get capacity() {
    return this.keyLimit;
  }
  /**
   * Adds a key seen at `row`. Answers the row where the same key was first seen, `undefined` for a
   * new key, or "full" when the limit is reached (the key is then not remembered).
   */
  add(key, row) {
    hashText(key, scratch);
    const first = this.addHash(scratch[0], scratch[1], row);
    return first === NEW_KEY ? void 0 : first === TABLE_FULL ? "full" : first;
  }
  /**
   * Adds a key by its 64-bit hash (two unsigned 32-bit halves) seen at `row` (a non-negative
   * integer). Answers the row where it was first seen, NEW_KEY, or TABLE_FULL when the set can
   * take no more keys (the key is then not remembered).
   */
  addHash(high, low, row) {
    if (low === 0) low = 1;
    if (this.used >= this.growAt && this.mask + 1 < this.maxCapacity) this.grow();
    const lows = this.lows;
    const mask = this.mask;
    let slot = (low ^ Math.imul(high, 2654435761)) & mask;
    for (; ; ) {
      const slotLow = lows[slot];
      if (slotLow === 0) break;
      if (slotLow === low) {
        const stride2 = this.stride;
        const at2 = slot * stride2;
        const details2 = this.details;
        if (details2[at2] === high)
          return stride2 === 2 ? details2[at2 + 1] : details2[at2 + 1] + details2[at2 + 2] * 4294967296;
      }
      slot = slot + 1 & mask;
    }
    if (this.used >= this.keyLimit) {
      this.full = true;
      return TABLE_FULL;
    }
    if (row > MAX_NARROW_ROW && this.stride === 2) {
      this.widen();
      return this.addHash(high, low, row);
    }
    lows[slot] = low;
    const stride = this.stride;
    const at = slot * stride;
    const details = this.details;
    details[at] = high;
    if (stride === 2) details[at + 1] = row;
    else {
      details[at + 1] = row % 4294967296;
      details[at + 2] = Math.floor(row / 4294967296);
    }
    this.used += 1;
    return NEW_KEY;
  }
  /**
   * Forgets every key and makes room for about `expectedKeys` (within the budget), reusing the
   * table's memory where it is large enough.
   */
  reset(expectedKeys) {
    let capacity = MIN_CAPACITY;
    while (capacity < this.maxCapacity && capacity * 0.75 < expectedKeys) capacity *= 2;
    if (this.lows.buffer.byteLength >= capacity * 4) {
      this.lows = new Uint32Array(this.lows.buffer, 0, capacity);
      this.lows.fill(0);
    } else this.lows = new Uint32Array(capacity);
    const words = capacity * this.stride;
    this.details = this.details.buffer.byteLength >= words * 4 ? new Uint32Array(this.details.buffer, 0, words) : new Uint32Array(words);
    this.mask = capacity - 1;
    this.growAt = Math.floor(capacity * 0.75);
    this.used = 0;
    this.full = false;
  }
  /** The largest power-of-two slot count whose table, and its growth's copy, fit the budget. */
  capacityFor(stride) {
    let capacity = MIN_CAPACITY;
    while (capacity * 2 * (stride + 1) * 4 * 1.5 <= this.maxBytes && capacity < 1 << 30) capacity *= 2;
    return capacity;
  }
  limitFor(maxCapacity) {
    return Math.min(this.maxKeys, Math.floor(maxCapacity * 0.75));
  }
  grow() {
    this.rebuild((this.mask + 1) * 2, this.stride);
  }
  /** Rows past 2³² - 1: a word more a slot (within the budget, the keys already held are kept). */
  widen() {
    this.maxCapacity = Math.max(this.capacityFor(3), MIN_CAPACITY);
    this.keyLimit = Math.max(this.used, this.limitFor(this.maxCapacity));
    this.rebuild(this.mask + 1, 3);
  }
  rebuild(capacity, stride) {
    const oldLows = this.lows;
    const oldDetails = this.details;
    const oldStride = this.stride;
    const lows = new Uint32Array(capacity);
    const details = new Uint32Array(capacity * stride);
    const mask = capacity - 1;
    for (let from = 0; from < oldLows.length; from++) {
      const low = oldLows[from];
      if (low === 0) continue;
      const high = oldDetails[from * oldStride];
      let slot = (low ^ Math.imul(high, 2654435761)) & mask;
      while (lows[slot] !== 0) slot = slot + 1 & mask;
      lows[slot] = low;
      const to = slot * stride;
      details[to] = high;
      details[to + 1] = oldDetails[from * oldStride + 1];
      if (stride === 3) details[to + 2] = oldStride === 3 ? oldDetails[from * oldStride + 2] : 0;
    }
    this.lows = lows;
    this.details = details;
    this.stride = stride;
    this.mask = mask;
    this.growAt = Math.floor(capacity * 0.75);
  }
};
var scratch = new Uint32Array(2);
var float = new Float64Array(1);
var floatWords = new Uint32Array(float.buffer);
function hashNumber(value, out) {
  float[0] = value === 0 ? 0 : value !== value ? Number.NaN : value;
  let a = floatWords[0];
  let b = floatWords[1];
  a ^= fmix32(b ^ 1013904242);
  b ^= fmix32(a ^ 2773480762);
  a ^= fmix32(b ^ 1359893119);
  b ^= fmix32(a ^ 2600822924);
  out[0] = b;
  out[1] = a;
}
function hashWords(words, start, count, out) {
  let h1 = 461845907;
  let h2 = 2135587861;
  for (let index = start; index < start + count; index++) {
    const word = words[index];
    let k1 = Math.imul(word, 3432918353);
    k1 = Math.imul(k1 << 15 | k1 >>> 17, 461845907);
    h1 ^= k1;
    h1 = Math.imul(h1 << 13 | h1 >>> 19, 5) + 3864292196 | 0;
    let k2 = Math.imul(word, 2246822519);
    k2 = Math.imul(k2 << 13 | k2 >>> 19, 3266489917);
    h2 ^= k2;
    h2 = Math.imul(h2 << 17 | h2 >>> 15, 5) + 1390208809 | 0;
  }
  finishHash64(h1, h2, count, out);
}

// lib/validate/unique-keys.ts
var PARTITION_BITS = 5;
var PARTITIONS = 1 << PARTITION_BITS;
var KEY_RECORD_WORDS = 4;
var KEY_RECORD_BYTES = KEY_RECORD_WORDS * 4;
var BUFFERED_RECORDS = 2048;
var READ_RECORDS = 1 << 16;
var MAX_LEVEL = Math.floor(64 / PARTITION_BITS) - 1;
function partitionOf(high, low, level) {
  const shift = 64 - PARTITION_BITS * (level + 1);
  if (shift >= 32) return high >>> shift - 32 & PARTITIONS - 1;
  if (shift + PARTITION_BITS <= 32) return low >>> shift & PARTITIONS - 1;
  return (high << 32 - shift | low >>> shift) & PARTITIONS - 1;
}
var PartitionWriter = class {
  constructor(directory, prefix, level) {
    this.level = level;
    this.files = Array.from({ length: PARTITIONS }, (_, index) => path.join(directory, `${prefix}-${index}`));
    this.descriptors = new Array(PARTITIONS).fill(void 0);
    this.buffers = Array.from(
      { length: PARTITIONS },
      () => new Uint32Array(BUFFERED_RECORDS * KEY_RECORD_WORDS)
    );
    this.bytes = this.buffers.map((buffer) => new Uint8Array(buffer.buffer));
    this.counts = new Int32Array(PARTITIONS);
    this.records = new Float64Array(PARTITIONS);
  }
  level;
  files;
  descriptors;
  buffers;
  bytes;
  counts;
  records;
  add(high, low, rowLow, rowHigh) {
    const partition = partitionOf(high, low, this.level);
    const count = this.counts[partition];
    const buffer = this.buffers[partition];
    const at = count * KEY_RECORD_WORDS;
    buffer[at] = high;
    buffer[at + 1] = low;
    buffer[at + 2] = rowLow;
    buffer[at + 3] = rowHigh;
    this.counts[partition] = count + 1;
    if (count + 1 === BUFFERED_RECORDS) this.flush(partition);
  }
  flush(partition) {
    const count = this.counts[partition];
    if (count === 0) return;
    let descriptor = this.descriptors[partition];
    if (descriptor === void 0) {
      descriptor = fs.openSync(this.files[partition], "w");
      this.descriptors[partition] = descriptor;
    }
    const bytes = this.bytes[partition];
    const length = count * KEY_RECORD_BYTES;
    let written = 0;
    while (written < length) written += fs.writeSync(descriptor, bytes, written, length - written);
    this.records[partition] += count;
    this.counts[partition] = 0;
  }
  /** Writes what is buffered and closes the files; partitions never written have no file. */
  finish() {
    for (let partition = 0; partition < PARTITIONS; partition++) this.flush(partition);
    this.close();
  }
  close() {
    for (const [partition, descriptor] of this.descriptors.entries()) {
      if (descriptor === void 0) continue;
      this.descriptors[partition] = void 0;
      try {
        fs.closeSync(descriptor);
      } catch {
      }
    }
  }
};
var UniqueKeys = class {
  /** The keys held in memory: all of them until it is full, then the first ones (frozen). */
  memory;
  tempDir;
  directory;
  writer;
  /** Records written to disk. */
  spilledRecords = 0;
  /** Why keys could not go to disk: uniqueness was then checked among the keys held in memory only. */
  failure;
  constructor(options = {}) {
    this.memory = new KeySet(options.maxKeys, {
      ...options.maxBytes === void 0 ? {} : { maxBytes: options.maxBytes },
      ...options.expectedKeys === void 0 ? {} : { expectedKeys: options.expectedKeys }
    });
    this.tempDir = options.tempDir ?? process.env.RUNNER_TEMP ?? os.tmpdir();
  }
  /** Keys (occurrences) that went to disk. */
  get spilled() {
    return this.spilledRecords;
  }
  /**
   * Adds a key (its 64-bit hash) seen at `row`, a positive integer; rows must come in ascending
   * order. Answers the row where the key first appeared when that is known now, else NEW_KEY (a
   * new key, or one that went to disk and is settled by `finish`).
   */
  add(high, low, row) {
    const first = this.memory.addHash(high, low, row);
    if (first !== TABLE_FULL) return first;
    if (this.failure === void 0) this.spill(high, low, row);
    return NEW_KEY;
  }
  spill(high, low, row) {
    try {
      if (this.writer === void 0) {
        this.directory = fs.mkdtempSync(path.join(this.tempDir, "trainyard-keys-"));
        this.writer = new PartitionWriter(this.directory, "keys", 0);
      }
      this.writer.add(high, low, row % 4294967296, Math.floor(row / 4294967296));
      this.spilledRecords++;
    } catch (error) {
      this.fail(error);
    }
  }
  fail(error) {
    this.failure = `could not write keys to disk: ${error.message}`;
    this.dispose();
  }
  /**
   * After the last `add`: the duplicates among the keys that went to disk, counted, and the first
   * `examples` of them by row. Frees the memory table (it is reused for the partitions).
   */
  finish(examples) {
    const result = { count: 0, first: [] };
    const writer = this.writer;
    if (writer === void 0 || this.failure !== void 0) return result;
    try {
      writer.finish();
      const found = [];
      const read = new Uint32Array(READ_RECORDS * KEY_RECORD_WORDS);
      for (let partition = 0; partition < PARTITIONS; partition++) {
        const records = writer.records[partition];
        if (records > 0) this.settle(writer.files[partition], records, 1, examples, read, result, found);
      }
      result.first = found.flat().sort((a, b) => a.row - b.row).slice(0, examples);
      return result;
    } catch (error) {
      this.fail(error);
      return { count: 0, first: [] };
    } finally {
      this.dispose();
    }
  }
  /** Finds the duplicates in one partition file (records in row order), splitting it when too big. */
  settle(file, records, level, examples, read, result, found) {
    const table = this.memory;
    table.reset(records);
    let count = 0;
    const first = [];
    let overflow = false;
    eachKeyRecord(
      file,
      (high, low, row) => {
        const seen = table.addHash(high, low, row);
        if (seen === TABLE_FULL) {
          overflow = true;
          return false;
        }
        if (seen !== NEW_KEY) {
          count++;
          if (first.length < examples) first.push({ row, first: seen });
        }
        return true;
      },
      read
    );
    if (!overflow) {
      fs.rmSync(file, { force: true });
      result.count += count;
      found.push(first);
      return;
    }
    if (level > MAX_LEVEL) throw new Error("a partition of keys cannot be split further");
    const writer = new PartitionWriter(path.dirname(file), `${path.basename(file)}.${level}`, level);
    try {
      eachKeyRecord(
        file,
        (high, low, row) => {
          writer.add(high, low, row % 4294967296, Math.floor(row / 4294967296));
        },
        read
      );
      writer.finish();
    } finally {
      writer.close();
    }
    fs.rmSync(file, { force: true });
    for (let partition = 0; partition < PARTITIONS; partition++) {
      const part = writer.records[partition];
      if (part > 0) this.settle(writer.files[partition], part, level + 1, examples, read, result, found);
    }
  }
  /** Closes and removes the partition files (safe to call more than once). */
  dispose() {
    this.writer?.close();
    this.writer = void 0;
    if (this.directory !== void 0) {
      try {
        fs.rmSync(this.directory, { recursive: true, force: true });
      } catch {
      }
      this.directory = void 0;
    }
  }
};
function eachKeyRecord(file, onRecord, read = new Uint32Array(READ_RECORDS * KEY_RECORD_WORDS)) {
  const bytes = new Uint8Array(read.buffer, read.byteOffset, read.byteLength);
  const descriptor = fs.openSync(file, "r");
  try {
    let position = 0;
    for (; ; ) {
      let filled = 0;
      while (filled < bytes.length) {
        const got = fs.readSync(descriptor, bytes, filled, bytes.length - filled, position + filled);
        if (got === 0) break;
        filled += got;
      }
      position += filled;
      const words = Math.floor(filled / KEY_RECORD_BYTES) * KEY_RECORD_WORDS;
      for (let at = 0; at < words; at += KEY_RECORD_WORDS) {
        const row = read[at + 2] + read[at + 3] * 4294967296;
        if (onRecord(read[at], read[at + 1], row) === false) return;
      }
      if (filled < bytes.length) return;
    }
  } finally {
    fs.closeSync(descriptor);
  }
}

// lib/validate/shards.ts
var BUFFERED_RECORDS2 = 1 << 14;
var KeyLog = class {
  constructor(file) {
    this.file = file;
    try {
      this.descriptor = fs2.openSync(file, "w");
    } catch (error) {
      this.failure = error.message;
    }
  }
  file;
  buffer = new Uint32Array(BUFFERED_RECORDS2 * KEY_RECORD_WORDS);
  bytes = new Uint8Array(this.buffer.buffer);
  count = 0;
  descriptor;
  records = 0;
  failure;
  add(high, low, row) {
    if (this.descriptor === void 0) return;
    const at = this.count * KEY_RECORD_WORDS;
    this.buffer[at] = high;
    this.buffer[at + 1] = low;
    this.buffer[at + 2] = row % 4294967296;
    this.buffer[at + 3] = Math.floor(row / 4294967296);
    this.count++;
    this.records++;
    if (this.count === BUFFERED_RECORDS2) this.flush();
  }
  flush() {
    if (this.descriptor === void 0 || this.count === 0) return;
    try {
      const length = this.count * KEY_RECORD_BYTES;
      let written = 0;
      while (written < length)
        written += fs2.writeSync(this.descriptor, this.bytes, written, length - written);
    } catch (error) {
      this.failure = error.message;
      this.close();
    }
    this.count = 0;
  }
  /** Writes what is buffered and closes the file. */
  finish() {
    this.flush();
    this.close();
  }
  close() {
    if (this.descriptor === void 0) return;
    try {
      fs2.closeSync(this.descriptor);
    } catch {
    }
    this.descriptor = void 0;
  }
};
var sketchState = object({
  k: int(),
  count: int().check(_gte(0)),
  min: nullable(number()),
  max: nullable(number()),
  levels: array(array(number()))
});
var shardState = object({
  /** `k/n`, as the shard input gave it. */
  shard: string(),
  /** sha256 of the data contract as parsed: every shard and the merge must use the same one. */
  schemaSha256: string(),
  columns: record(
    string(),
    object({
      missing: int().check(_gte(0)),
      /** [value, rows] pairs, for columns with categoryShares. */
      categories: optional(array(tuple([string(), int().check(_gte(0))]))),
      sketch: optional(sketchState)
    })
  ),
  keys: array(
    object({
      rule: _enum(["unique", "primaryKey"]),
      column: string(),
      /** The key log, beside the report (its base name). */
      file: optional(string().check(_regex(/^[^/\\]+$/, "a file name beside the report"))),
      records: int().check(_gte(0)),
      /** Why the log is missing or incomplete: the merge then cannot check this key across shards. */
      failure: optional(string())
    })
  )
});
function schemaDigest(schema) {
  return createHash("sha256").update(JSON.stringify(schema)).digest("hex");
}
function parseShard(text) {
  const match = /^(\d+)\s*\/\s*(\d+)$/.exec(text.trim());
  const k = Number(match?.[1]);
  const n = Number(match?.[2]);
  return match && n >= 1 && k >= 1 && k <= n ? { k, n } : void 0;
}

// lib/validate/validate.ts
import fs3 from "node:fs";
import path2 from "node:path";

// lib/validate/table-checks.ts
function hasTableChecks(schema) {
  return schema.checks.rows !== void 0 || schema.fields.some(
    (f) => f.checks.maxMissingShare !== void 0 || f.checks.categoryShares !== void 0 || f.checks.quantiles !== void 0
  );
}
function tableCheckViolations(schema, rows, columns, where, maxExamples = 10) {
  const found = [];
  const add = (rule, column, expected, example) => {
    const existing = found.find((v) => v.rule === rule && v.column === column);
    if (existing) {
      existing.count += 1;
      if (existing.examples.length < maxExamples) existing.examples.push(example);
    } else found.push({ rule, column, expected, count: 1, examples: [example] });
  };
  const rowBounds = schema.checks.rows;
  if (rowBounds && outside(rows, rowBounds))
    add("rows", null, describeBounds(rowBounds, "rows"), {
      ...where,
      value: String(rows),
      detail: `${rows} rows`
    });
  for (const field of schema.fields) {
    const { checks } = field;
    const totals = columns.get(field.name);
    if (totals === void 0) continue;
    if (checks.maxMissingShare !== void 0 && rows > 0) {
      const share = totals.missing / rows;
      if (share > checks.maxMissingShare)
        found.push({
          rule: "maxMissingShare",
          column: field.name,
          expected: `at most ${percent(checks.maxMissingShare)} missing`,
          count: totals.missing,
          examples: [
            {
              ...where,
              value: percent(share),
              detail: `${totals.missing} of ${rows} rows missing (${percent(share)})`
            }
          ]
        });
    }
    if (checks.categoryShares && totals.categories) {
      let counted = 0;
      for (const count of totals.categories.values()) counted += count;
      for (const [category, bounds] of Object.entries(checks.categoryShares)) {
        const share = counted === 0 ? 0 : (totals.categories.get(category) ?? 0) / counted;
        if (outside(share, bounds))
          add(
            "categoryShares",
            field.name,
            `${JSON.stringify(category)} ${describeBounds(bounds, "share", percent)}`,
            { ...where, value: category, detail: `${JSON.stringify(category)} is ${percent(share)} of rows` }
          );
      }
    }
    const sketch = totals.sketch;
    if (checks.quantiles && sketch && sketch.size > 0) {
      for (const [quantile, bounds] of Object.entries(checks.quantiles)) {
        const value = sketch.quantile(Number(quantile));
        if (outside(value, bounds))
          add("quantiles", field.name, `q${quantile} ${describeBounds(bounds, "value")}`, {
            ...where,
            value: String(value),
            detail: `q${quantile} is ${value} (\xB1 ${percent(sketch.rankError)} in rank)`
          });
      }
    }
  }
  return found;
}
function outside(value, bounds) {
  return bounds.min !== void 0 && value < bounds.min || bounds.max !== void 0 && value > bounds.max;
}
function describeBounds(bounds, what, format = String) {
  if (bounds.min !== void 0 && bounds.max !== void 0)
    return `${what} between ${format(bounds.min)} and ${format(bounds.max)}`;
  if (bounds.min !== void 0) return `${what} \u2265 ${format(bounds.min)}`;
  return `${what} \u2264 ${format(bounds.max)}`;
}
function percent(share) {
  return `${Number((share * 100).toFixed(2))}%`;
}

// lib/validate/validate.ts
var DEFAULT_UNIQUE_KEY_BYTES = 96 * (1 << 20);
var PHASE_HEADER = 0;
var PHASE_ROWS = 1;
var PHASE_PROBLEMS = 2;
var PHASE_AFTER_SCAN = 3;
var EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
var URI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/;
var UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
var INTEGER_TEXT = /^[+-]?\d+$/;
var MISSING_HIGH = 1835627379;
var MISSING_LOW = 1768843008;
var INVALID_MARK = 1538096727;
async function validateData(options) {
  const started = Date.now();
  const { schema } = options;
  const maxExamples = options.maxExamples ?? 10;
  const maxCategories = options.maxCategories ?? 1e4;
  const name = options.displayName ?? ((file) => file);
  const slots = /* @__PURE__ */ new Map();
  const notes = [];
  let fileIndex = 0;
  let shown = "";
  let offset = 0;
  const slotFor = (rule, column, expected, phase, row, place) => {
    const key = `${rule}\0${column ?? ""}`;
    let slot = slots.get(key);
    if (slot === void 0) {
      slot = {
        violation: { rule, column, expected, count: 0, examples: [] },
        at: [phase === PHASE_AFTER_SCAN ? Number.POSITIVE_INFINITY : fileIndex, phase, row, place],
        sequences: []
      };
      slots.set(key, slot);
    }
    return slot;
  };
  const record2 = (rule, column, expected, example, phase, row = 0, place = 0) => {
    const { violation } = slotFor(rule, column, expected, phase, row, place);
    violation.count += 1;
    if (violation.examples.length < maxExamples) violation.examples.push(example);
  };
  const files = [];
  const fileStarts = [];
  const describeRow = (sequence, currentFile) => {
    const start = [...fileStarts].reverse().find((s) => sequence > s.offset);
    const row = sequence - start.offset;
    return start.file === currentFile ? `row ${row}` : `${start.file} row ${row}`;
  };
  const recordCell = (rule, runtime, row, column, place, sameAs = -1) => {
    let slot = runtime.slots[rule];
    if (slot === void 0) {
      slot = slotFor(rule, runtime.field.name, runtime.expected[rule], PHASE_ROWS, row.row, place);
      runtime.slots[rule] = slot;
    }
    const violation = slot.violation;
    violation.count += 1;
    if (violation.examples.length >= maxExamples) return;
    const value = column < row.length ? row.text(column) : "";
    violation.examples.push(
      sameAs < 0 ? { file: shown, row: row.row, line: row.line, value } : {
        file: shown,
        row: row.row,
        line: row.line,
        value,
        detail: `same as ${describeRow(sameAs, shown)}`
      }
    );
    slot.sequences.push(offset + row.row);
  };
  const keyFields = primaryKeyFields(schema);
  const keyCount = keyFields.length;
  let keyParts = new Uint32Array(2 * Math.max(keyCount, 1) * 256);
  let keyPartsSet = new Int32Array(256);
  const keyHash = new Uint32Array(2);
  const setKeyPart = (row, index, high, low) => {
    const at = 2 * (row * keyCount + index);
    keyParts[at] = high;
    keyParts[at + 1] = low;
    keyPartsSet[row]++;
  };
  const uniqueFields = schema.fields.filter((field) => field.constraints.unique).length;
  const keyStores = uniqueFields + (keyCount > 0 ? 1 : 0);
  const keyStoreOptions = {
    maxBytes: Math.floor((options.uniqueKeyBytes ?? DEFAULT_UNIQUE_KEY_BYTES) / Math.max(keyStores, 1)),
    // Rows likely to come, from the files' sizes (a row takes 32 bytes or more): the key tables
    // start that large, within their budget, rather than grow to it step by step.
    expectedKeys: keyStores > 0 ? Math.floor(filesBytes(options.files) / 32) : 0,
    ...options.maxUniqueKeys === void 0 ? {} : { maxKeys: options.maxUniqueKeys },
    ...options.tempDir === void 0 ? {} : { tempDir: options.tempDir }
  };
  const pendingKeys = {
    highs: new Uint32Array(256),
    lows: new Uint32Array(256),
    rows: new Int32Array(256),
    count: 0,
    grow() {
      const highs = new Uint32Array(2 * this.highs.length);
      const lows = new Uint32Array(2 * this.lows.length);
      const rows = new Int32Array(2 * this.rows.length);
      highs.set(this.highs);
      lows.set(this.lows);
      rows.set(this.rows);
      Object.assign(this, { highs, lows, rows });
    }
  };
  const addPendingKeys = (keys, log, row, onRepeat) => {
    const { highs, lows, rows, count } = pendingKeys;
    for (let index = 0; index < count; index++) {
      const at = rows[index];
      row.select(at);
      const first = keys.add(highs[index], lows[index], offset + row.row);
      if (log !== void 0) log.add(highs[index], lows[index], offset + row.row);
      if (first >= 0) onRepeat(at, first);
    }
  };
  const keyLogs = [];
  const openKeyLog = () => {
    const file = options.shard?.keyFile?.(keyLogs.length);
    if (file === void 0) return void 0;
    const log = new KeyLog(file);
    keyLogs.push(log);
    return log;
  };
  const missingValues = schema.missingValues;
  const numbersFirst = missingValues.every((value) => Number.isNaN(parseNumberText(value)));
  const compileField = (field, index) => {
    const keyIndex = keyFields.indexOf(field.name);
    const runtime = {
      field,
      index,
      column: -1,
      expected: { required: "a value", unique: "no repeated values" },
      required: field.constraints.required === true || keyIndex >= 0,
      keyIndex,
      missing: 0,
      slots: {},
      cell: () => {
      }
    };
    const { constraints } = field;
    if (constraints.unique) {
      runtime.uniqueKeys = new UniqueKeys(keyStoreOptions);
      const log = openKeyLog();
      if (log !== void 0) runtime.keyLog = log;
    }
    if (field.checks.categoryShares) runtime.categories = /* @__PURE__ */ new Map();
    if (field.checks.quantiles) runtime.sketch = new QuantileSketch(400);
    const { uniqueKeys, sketch, categories } = runtime;
    const place = 1 + 2 * index;
    const uniquePlace = place + 1;
    const hash = new Uint32Array(2);
    const fail = (rule, row, column) => recordCell(rule, runtime, row, column, place);
    const failType = (row, column, at) => {
      recordCell("type", runtime, row, column, place);
      if (keyIndex >= 0) {
        hashText(row.text(column), hash);
        setKeyPart(at, keyIndex, (hash[0] ^ INVALID_MARK) >>> 0, hash[1]);
      }
    };
    const missing = (row, column, at) => {
      runtime.missing += 1;
      if (runtime.required) recordCell("required", runtime, row, column, place);
      if (keyIndex >= 0) setKeyPart(at, keyIndex, MISSING_HIGH, MISSING_LOW);
    };
    const checkUnique = (_row, _column, at) => {
      const pending = pendingKeys;
      if (pending.count === pending.rows.length) pending.grow();
      pending.highs[pending.count] = hash[0];
      pending.lows[pending.count] = hash[1];
      pending.rows[pending.count] = at;
      pending.count++;
    };
    const countCategory = (text) => {
      const map = categories;
      const seen = map.get(text);
      if (seen !== void 0) map.set(text, seen + 1);
      else if (map.size < maxCategories) map.set(text, 1);
    };
    const temporal = field.type === "date" || field.type === "datetime";
    const bound = (value) => value === void 0 ? void 0 : temporal ? parseIsoTemporal(field.type, String(value)) : Number(value);
    const minimumBound = "minimum" in constraints ? bound(constraints.minimum) : void 0;
    const maximumBound = "maximum" in constraints ? bound(constraints.maximum) : void 0;
    if (minimumBound !== void 0)
      runtime.expected.minimum = `\u2265 ${String(constraints.minimum)}`;
    if (maximumBound !== void 0)
      runtime.expected.maximum = `\u2264 ${String(constraints.maximum)}`;
    const minimum = minimumBound ?? Number.NEGATIVE_INFINITY;
    const maximum = maximumBound ?? Number.POSITIVE_INFINITY;
    const enumValues = constraints.enum;
    if (enumValues !== void 0) {
      const shown2 = enumValues.map((v) => JSON.stringify(v));
      runtime.expected.enum = `one of ${shown2.length > 8 ? `${shown2.slice(0, 8).join(", ")}, \u2026 (${shown2.length})` : shown2.join(", ")}`;
    }
    const enumNumbers = enumValues && field.type !== "string" && field.type !== "boolean" ? new Set(enumValues.map((v) => temporal ? bound(v) : v)) : void 0;
    const boundsOnly = enumNumbers === void 0 && uniqueKeys === void 0 && !sketch && !categories && keyIndex < 0;
    const acceptNumber = (value, row, column, at) => {
      if (value < minimum) fail("minimum", row, column);
      if (value > maximum) fail("maximum", row, column);
      if (enumNumbers !== void 0 && !enumNumbers.has(value)) fail("enum", row, column);
      if (uniqueKeys !== void 0) {
        hashNumber(value, hash);
        checkUnique(row, column, at);
      }
      if (sketch !== void 0) sketch.add(value);
      if (categories !== void 0) countCategory(row.text(column));
      if (keyIndex >= 0) {
        hashNumber(value, hash);
        setKeyPart(at, keyIndex, hash[0], hash[1]);
      }
    };
    const bounded = (row, column, count, integers, cell) => {
      const typed = row.numbers(column, integers);
      if (typed === void 0) {
        for (let at = 0; at < count; at++) {
          row.select(at);
          cell(row, column, at);
        }
        return;
      }
      const { numbers, present } = typed;
      for (let at = 0; at < count; at++) {
        if (present[at] === 1) {
          const value = numbers[at];
          if (value < minimum || value > maximum) {
            row.select(at);
            if (value < minimum) fail("minimum", row, column);
            if (value > maximum) fail("maximum", row, column);
          }
        } else {
          row.select(at);
          cell(row, column, at);
        }
      }
    };
    const numeric = (parse) => (row, column, count) => {
      for (let at = 0; at < count; at++) {
        row.select(at);
        if (column >= row.length || row.isMissing(column)) missing(row, column, at);
        else {
          const value = parse(row, column);
          if (value === void 0) failType(row, column, at);
          else acceptNumber(value, row, column, at);
        }
      }
    };
    switch (field.type) {
      case "integer":
      case "year": {
        const bare = field.type === "year" || field.bareNumber;
        const group = field.type === "integer" ? field.groupChar : void 0;
        runtime.expected.type = field.type === "year" ? "a year (an integer)" : "an integer";
        if (!bare || group !== void 0)
          runtime.cell = numeric((row, column) => {
            const cleaned = cleanNumberText(row.text(column), ".", group, bare);
            return cleaned !== void 0 && INTEGER_TEXT.test(cleaned) ? Number(cleaned) : void 0;
          });
        else if (numbersFirst && boundsOnly) {
          const cell = (row, column, at) => {
            const value = row.integer(column);
            if (value === value) {
              if (value < minimum) fail("minimum", row, column);
              if (value > maximum) fail("maximum", row, column);
            } else if (column >= row.length || row.isMissing(column)) missing(row, column, at);
            else failType(row, column, at);
          };
          runtime.cell = (row, column, count) => bounded(row, column, count, true, cell);
        } else
          runtime.cell = numeric((row, column) => {
            const value = row.integer(column);
            return value === value ? value : void 0;
          });
        break;
      }
      case "number": {
        const simple = field.bareNumber && field.decimalChar === "." && field.groupChar === void 0;
        runtime.expected.type = "a number";
        if (!simple)
          runtime.cell = numeric((row, column) => {
            const text = row.text(column);
            const value = numberFrom(
              cleanNumberText(text, field.decimalChar, field.groupChar, field.bareNumber)
            );
            return Number.isNaN(value) && text !== "NaN" ? void 0 : value;
          });
        else if (numbersFirst && boundsOnly) {
          const cell = (row, column, at) => {
            const value = row.number(column);
            if (value === value) {
              if (value < minimum) fail("minimum", row, column);
              if (value > maximum) fail("maximum", row, column);
            } else if (column >= row.length || row.isMissing(column)) missing(row, column, at);
            else if (row.text(column) === "NaN") acceptNumber(value, row, column, at);
            else failType(row, column, at);
          };
          runtime.cell = (row, column, count) => bounded(row, column, count, false, cell);
        } else
          runtime.cell = numeric((row, column) => {
            const value = row.number(column);
            return value === value || row.text(column) === "NaN" ? value : void 0;
          });
        break;
      }
      case "boolean": {
        const truthy = new TextSet(field.trueValues);
        const falsy = new TextSet(field.falseValues);
        const allowed = enumValues ? new Set(enumValues) : void 0;
        runtime.expected.type = `a boolean (${[...field.trueValues, ...field.falseValues].map((v) => JSON.stringify(v)).join(", ")})`;
        runtime.cell = (row, column, count) => {
          for (let at = 0; at < count; at++) {
            row.select(at);
            if (column >= row.length || row.isMissing(column)) {
              missing(row, column, at);
              continue;
            }
            const value = row.indexIn(column, truthy) >= 0 ? true : row.indexIn(column, falsy) >= 0 ? false : void 0;
            if (value === void 0) {
              failType(row, column, at);
              continue;
            }
            if (allowed !== void 0 && !allowed.has(value)) fail("enum", row, column);
            if (uniqueKeys !== void 0) {
              hashNumber(value ? 1 : 0, hash);
              checkUnique(row, column, at);
            }
            if (categories !== void 0) countCategory(row.text(column));
            if (keyIndex >= 0) {
              hashNumber(value ? 1 : 0, hash);
              setKeyPart(at, keyIndex, hash[0], hash[1]);
            }
          }
        };
        break;
      }
      case "date":
      case "datetime": {
        const parse = createTemporalParser(field.type, field.format);
        runtime.expected.type = `a ${field.type}${field.format === "default" ? " (ISO 8601)" : field.format === "any" ? "" : ` as ${field.format}`}`;
        runtime.cell = numeric((row, column) => parse(row.text(column)));
        break;
      }
      case "string": {
        const format = field.format === "email" ? EMAIL : field.format === "uri" ? URI : field.format === "uuid" ? UUID : void 0;
        runtime.expected.type = format ? `a ${field.format === "email" ? "e-mail address" : field.format === "uri" ? "URI" : "UUID"}` : "text";
        const { minLength: least, maxLength: most, pattern: source } = field.constraints;
        if (least !== void 0) runtime.expected.minLength = `at least ${least} characters`;
        if (most !== void 0) runtime.expected.maxLength = `at most ${most} characters`;
        const pattern = source === void 0 ? void 0 : compileFieldPattern(source);
        if (source !== void 0) runtime.expected.pattern = `matching /${source}/`;
        const allowed = enumValues === void 0 ? void 0 : new TextSet(enumValues);
        const needsText = format !== void 0 || least !== void 0 || most !== void 0 || pattern !== void 0;
        const enumOnly = allowed !== void 0 && !needsText && uniqueKeys === void 0 && !categories && keyIndex < 0;
        if (enumOnly) {
          const cell = (row, column, at) => {
            if (column >= row.length || row.isMissing(column)) missing(row, column, at);
            else if (row.indexIn(column, allowed) < 0) fail("enum", row, column);
          };
          runtime.cell = (row, column, count) => {
            const found = row.lookup(column, allowed);
            for (let at = 0; at < count; at++) {
              const index2 = found === void 0 ? -2 : found[at];
              if (index2 >= 0) continue;
              row.select(at);
              if (index2 === -1) fail("enum", row, column);
              else cell(row, column, at);
            }
          };
          break;
        }
        runtime.cell = (row, column, count) => {
          for (let at = 0; at < count; at++) {
            row.select(at);
            if (column >= row.length || row.isMissing(column)) {
              missing(row, column, at);
              continue;
            }
            if (needsText) {
              const text = row.text(column);
              if (format !== void 0 && !format.test(text)) {
                failType(row, column, at);
                continue;
              }
              if (least !== void 0 && characters(text) < least) fail("minLength", row, column);
              if (most !== void 0 && characters(text) > most) fail("maxLength", row, column);
              if (pattern !== void 0 && !pattern.test(text)) fail("pattern", row, column);
            }
            if (allowed !== void 0 && row.indexIn(column, allowed) < 0) fail("enum", row, column);
            if (uniqueKeys !== void 0) {
              row.hash(column, hash);
              checkUnique(row, column, at);
            }
            if (categories !== void 0) countCategory(row.text(column));
            if (keyIndex >= 0) {
              row.hash(column, hash);
              setKeyPart(at, keyIndex, hash[0], hash[1]);
            }
          }
        };
        break;
      }
    }
    if (uniqueKeys !== void 0) {
      const check = runtime.cell;
      runtime.cell = (row, column, count) => {
        pendingKeys.count = 0;
        check(row, column, count);
        addPendingKeys(uniqueKeys, runtime.keyLog, row, (at, first) => {
          row.select(at);
          recordCell("unique", runtime, row, column, uniquePlace, first);
        });
      };
    }
    return runtime;
  };
  const runtimes = schema.fields.map((field, index) => compileField(field, index));
  const keyRuntimes = keyFields.map((k) => runtimes.find((r) => r.field.name === k));
  const primaryKeys = keyCount > 0 ? new UniqueKeys(keyStoreOptions) : void 0;
  const primaryKeyLog = primaryKeys === void 0 ? void 0 : openKeyLog();
  const primaryKeyPlace = 1 + 2 * runtimes.length;
  const primaryKeyName = keyFields.join(", ");
  const keyValue = (row, columns) => keyRuntimes.map((r) => {
    const column = columns(r);
    return column >= 0 && column < row.length ? row.text(column) : "";
  }).join(", ");
  const defaults = new RowViewWithDefaults();
  let totalRows = 0;
  let totalBytes = 0;
  try {
    for (const [index, file] of options.files.entries()) {
      fileIndex = index;
      shown = name(file);
      offset = totalRows;
      fileStarts.push({ file: shown, offset });
      let expectedCells = 0;
      let cells = [];
      let cellColumns = new Int32Array(0);
      const onColumns = (columns) => {
        expectedCells = columns.length;
        for (const runtime of runtimes) runtime.column = columns.indexOf(runtime.field.name);
        const present = runtimes.filter((runtime) => runtime.column >= 0);
        cells = present.map((runtime) => runtime.cell);
        cellColumns = Int32Array.from(present, (runtime) => runtime.column);
        for (const runtime of runtimes)
          if (runtime.column < 0)
            record2(
              "columns",
              runtime.field.name,
              `a column named "${runtime.field.name}"`,
              {
                file: shown,
                row: 0,
                line: 1,
                value: "",
                detail: `the header has no column "${runtime.field.name}"`
              },
              PHASE_HEADER
            );
        const known = new Set(schema.fields.map((f) => f.name));
        for (const column of columns)
          if (!known.has(column))
            record2(
              "columns",
              null,
              "only the schema's columns",
              {
                file: shown,
                row: 0,
                line: 1,
                value: column,
                detail: `column "${column}" is not in the schema`
              },
              PHASE_HEADER
            );
      };
      const onBatch = (view2, count) => {
        for (let at = 0; at < count; at++) {
          view2.select(at);
          const length = view2.length;
          if (length !== expectedCells)
            record2(
              "columns",
              null,
              `${expectedCells} cells a row`,
              {
                file: shown,
                row: view2.row,
                line: view2.line,
                value: String(length),
                detail: `${length} cells, the header has ${expectedCells}`
              },
              PHASE_ROWS,
              view2.row,
              0
            );
        }
        if (primaryKeys !== void 0) {
          if (keyPartsSet.length < count) {
            keyPartsSet = new Int32Array(count);
            keyParts = new Uint32Array(2 * keyCount * count);
          }
          keyPartsSet.fill(0, 0, count);
        }
        for (let at = 0; at < cells.length; at++)
          cells[at](view2, cellColumns[at], count);
        if (primaryKeys !== void 0)
          for (let at = 0; at < count; at++) {
            if (keyPartsSet[at] !== keyCount) continue;
            hashWords(keyParts, 2 * keyCount * at, 2 * keyCount, keyHash);
            view2.select(at);
            const first = primaryKeys.add(keyHash[0], keyHash[1], offset + view2.row);
            if (primaryKeyLog !== void 0) primaryKeyLog.add(keyHash[0], keyHash[1], offset + view2.row);
            if (first >= 0) recordPrimaryKey(view2, first);
          }
      };
      let lastRow;
      let view = defaults;
      const onRow = (row) => {
        if (row !== lastRow) {
          lastRow = row;
          view = completeRowView(row, defaults);
        }
        onBatch(view, 1);
      };
      const recordPrimaryKey = (row, first) => {
        const slot = slotFor(
          "primaryKey",
          primaryKeyName,
          "a key no other row has",
          PHASE_ROWS,
          row.row,
          primaryKeyPlace
        );
        slot.violation.count += 1;
        if (slot.violation.examples.length >= maxExamples) return;
        slot.violation.examples.push({
          file: shown,
          row: row.row,
          line: row.line,
          value: keyValue(row, (r) => r.column),
          detail: `same key as ${describeRow(first, shown)}`
        });
        slot.sequences.push(offset + row.row);
      };
      const result = await options.reader(
        file,
        {
          missingValues,
          columns: schema.fields.map((f) => f.name),
          onBatch,
          ...options.onProgress ? {
            onProgress: (p) => options.onProgress?.({ ...p, file: shown, fileIndex: index, files: options.files.length })
          } : {}
        },
        onRow,
        onColumns
      );
      for (const problem of result.problems)
        record2(
          "columns",
          null,
          "well-formed rows",
          {
            file: shown,
            row: problem.row,
            line: problem.line,
            value: "",
            detail: problem.message
          },
          PHASE_PROBLEMS
        );
      files.push({ file: shown, rows: result.rows, bytes: result.bytes });
      totalRows += result.rows;
      totalBytes += result.bytes;
    }
    const positionOf = (sequence, place) => {
      let index = fileStarts.length - 1;
      while (index > 0 && sequence <= fileStarts[index].offset) index--;
      return [index, PHASE_ROWS, sequence - fileStarts[index].offset, place];
    };
    const needs = /* @__PURE__ */ new Map();
    const settle = (store, rule, column, expected, place, fill, detail) => {
      const spilled = store.finish(Math.max(maxExamples, 1));
      const earliest = spilled.first[0];
      if (spilled.count === 0 || earliest === void 0) return;
      const key = `${rule}\0${column}`;
      const at = positionOf(earliest.row, place);
      let slot = slots.get(key);
      if (slot === void 0) {
        slot = { violation: { rule, column, expected, count: 0, examples: [] }, at, sequences: [] };
        slots.set(key, slot);
      } else if (comparePositions(at, slot.at) < 0) slot.at = at;
      slot.violation.count += spilled.count;
      const fromScan = slot.violation.examples.map(
        (example, i) => ({
          sequence: slot.sequences[i],
          example
        })
      );
      const fromDisk = spilled.first.map((duplicate) => {
        const where = positionOf(duplicate.row, place);
        const file = fileStarts[where[0]].file;
        const example = {
          file,
          row: where[2],
          line: 0,
          value: "",
          detail: detail(duplicate.first, file)
        };
        return { sequence: duplicate.row, example, filler: fill(example) };
      });
      const merged = [...fromScan, ...fromDisk].sort((a, b) => a.sequence - b.sequence).slice(0, maxExamples);
      slot.violation.examples = merged.map((m) => m.example);
      slot.sequences = merged.map((m) => m.sequence);
      for (const m of merged) {
        if (m.filler === void 0) continue;
        const list2 = needs.get(m.sequence) ?? [];
        list2.push(m.filler);
        needs.set(m.sequence, list2);
      }
    };
    for (const runtime of runtimes) {
      if (!runtime.uniqueKeys) continue;
      const index = runtime.index;
      settle(
        runtime.uniqueKeys,
        "unique",
        runtime.field.name,
        "no repeated values",
        2 + 2 * index,
        (example) => (row, columns) => {
          const column = columns[index];
          example.line = row.line;
          example.value = column >= 0 && column < row.length ? row.text(column) : "";
        },
        (first, file) => `same as ${describeRow(first, file)}`
      );
    }
    if (primaryKeys)
      settle(
        primaryKeys,
        "primaryKey",
        primaryKeyName,
        "a key no other row has",
        primaryKeyPlace,
        (example) => (row, columns) => {
          example.line = row.line;
          example.value = keyValue(row, (r) => columns[r.index]);
        },
        (first, file) => `same key as ${describeRow(first, file)}`
      );
    if (needs.size > 0) {
      const wanted = [...needs.keys()].sort((a, b) => a - b);
      for (const [index, file] of options.files.entries()) {
        const start = fileStarts[index].offset;
        const end = index + 1 < fileStarts.length ? fileStarts[index + 1].offset : totalRows;
        const inFile = wanted.filter((sequence) => sequence > start && sequence <= end);
        if (inFile.length === 0) continue;
        let columns = runtimes.map(() => -1);
        await options.reader(
          file,
          {
            missingValues,
            columns: schema.fields.map((f) => f.name),
            maxRows: inFile.at(-1) - start
          },
          (row) => {
            const fillers = needs.get(start + row.row);
            if (fillers === void 0) return;
            const complete = completeRowView(row);
            for (const fill of fillers) fill(complete, columns);
          },
          (names) => {
            columns = runtimes.map((runtime) => names.indexOf(runtime.field.name));
          }
        );
      }
    }
  } finally {
    for (const runtime of runtimes) runtime.uniqueKeys?.dispose();
    primaryKeys?.dispose();
    for (const log of keyLogs) log.finish();
  }
  for (const runtime of runtimes) {
    const failure = runtime.uniqueKeys?.failure;
    if (failure !== void 0)
      notes.push(
        `uniqueness of "${runtime.field.name}" was checked among the first ${runtime.uniqueKeys?.memory.size} distinct values only (${failure})`
      );
  }
  if (primaryKeys?.failure !== void 0)
    notes.push(
      `primary key uniqueness was checked among the first ${primaryKeys.memory.size} keys only (${primaryKeys.failure})`
    );
  const totals = new Map(
    runtimes.map((r) => [
      r.field.name,
      {
        missing: r.missing,
        ...r.categories ? { categories: r.categories } : {},
        ...r.sketch ? { sketch: r.sketch } : {}
      }
    ])
  );
  let shard;
  if (options.shard) {
    if (hasTableChecks(schema))
      notes.push(
        `the table checks (row count, missing shares, category shares, quantiles) are left to the merge of all shards: this is shard ${options.shard.name}`
      );
    shard = shardStateOf(options.shard.name, schema, totals, [
      ...runtimes.filter((r) => r.uniqueKeys).map((r) => ({ rule: "unique", column: r.field.name, log: r.keyLog })),
      ...primaryKeys ? [{ rule: "primaryKey", column: primaryKeyName, log: primaryKeyLog }] : []
    ]);
  } else {
    const where = {
      file: files.length === 1 ? files[0].file : `${files.length} files`,
      row: 0,
      line: 0
    };
    for (const violation of tableCheckViolations(schema, totalRows, totals, where, maxExamples))
      Object.assign(slotFor(violation.rule, violation.column, violation.expected, PHASE_AFTER_SCAN, 0, 0), {
        violation
      });
  }
  const list = [...slots.values()].sort((a, b) => comparePositions(a.at, b.at)).map((slot) => slot.violation);
  return {
    valid: list.length === 0,
    rows: totalRows,
    bytes: totalBytes,
    files,
    violations: list,
    notes: [...new Set(notes)],
    durationMs: Date.now() - started,
    ...shard ? { shard } : {}
  };
}
function shardStateOf(name, schema, totals, keys) {
  const columns = {};
  for (const [column, total] of totals)
    columns[column] = {
      missing: total.missing,
      ...total.categories ? { categories: [...total.categories] } : {},
      ...total.sketch ? { sketch: total.sketch.toJSON() } : {}
    };
  return {
    shard: name,
    schemaSha256: schemaDigest(schema),
    columns,
    keys: keys.map(({ rule, column, log }) => ({
      rule,
      column,
      records: log?.records ?? 0,
      ...log === void 0 ? { failure: "no key log was asked for" } : log.failure === void 0 ? { file: path2.basename(log.file) } : { failure: `could not write the key log: ${log.failure}` }
    }))
  };
}
function filesBytes(files) {
  let total = 0;
  for (const file of files) {
    try {
      total += fs3.statSync(file).size;
    } catch {
    }
  }
  return total;
}
function comparePositions(a, b) {
  for (let index = 0; index < 4; index++) {
    const difference = a[index] - b[index];
    if (difference !== 0 && !Number.isNaN(difference)) return difference;
  }
  return 0;
}
function cleanNumberText(text, decimalChar, groupChar, bare) {
  let cleaned = text.trim();
  if (groupChar !== void 0) cleaned = cleaned.split(groupChar).join("");
  if (decimalChar !== ".") cleaned = cleaned.split(decimalChar).join(".");
  if (!bare) {
    const match = /[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(cleaned);
    if (!match) return void 0;
    cleaned = match[0];
  }
  return cleaned;
}
function numberFrom(text) {
  if (text === void 0 || text === "" || !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$|^[+-]?INF$/.test(text))
    return Number.NaN;
  return text.endsWith("INF") ? text.startsWith("-") ? -Infinity : Infinity : Number(text);
}
function characters(text) {
  let count = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 55296 && code <= 56319) count -= 1;
  }
  return count;
}

// lib/validate/run.ts
async function runValidation(request) {
  const schema = await loadTableSchema(path3.resolve(request.cwd, request.schemaFile));
  const schemaChanges = request.baseSchema ? diffSchemas(parseTableSchema(request.baseSchema.text, request.baseSchema.file), schema) : void 0;
  const all = await expandSources(request.data, request.cwd);
  const files = (request.shard ? pickShard(all, request.shard) : all).map(
    (file) => path3.resolve(request.cwd, file)
  );
  const started = Date.now();
  const reportPath = request.shardReportPath;
  const report = await validateData({
    schema,
    files,
    reader: readData,
    displayName: (file) => path3.relative(request.cwd, file) || file,
    ...request.shard ? {
      shard: {
        name: request.shard.trim(),
        ...reportPath ? { keyFile: (store) => keyLogPath(reportPath, store) } : {}
      }
    } : {},
    ...request.onProgress ? { onProgress: (p) => request.onProgress?.(progressLine(p, started)) } : {}
  });
  return { report, schema, ...schemaChanges ? { schemaChanges } : {} };
}
function pickShard(files, shard) {
  const position = parseShard(shard);
  if (position === void 0) throw new DataError(`shard must be k/n with 1 \u2264 k \u2264 n, got "${shard}"`);
  return files.filter((_, index) => index % position.n === position.k - 1);
}
function keyLogPath(reportPath, store) {
  const base = path3.basename(reportPath).replace(/\.json$/i, "");
  return path3.join(path3.dirname(reportPath), `${base}.keys-${store}.bin`);
}
function progressLine(p, started) {
  const seconds = Math.max((Date.now() - started) / 1e3, 1e-3);
  const share = p.bytesTotal > 0 ? ` ${Math.round(100 * p.bytesRead / p.bytesTotal)}% of ${(p.bytesTotal / 1e6).toFixed(0)} MB,` : "";
  const which = p.files > 1 ? ` (file ${p.fileIndex + 1} of ${p.files})` : "";
  return `validating ${p.file}${which}:${share} ${thousands(p.rows)} rows, ${thousands(Math.round(p.rows / seconds))} rows/s`;
}

// cli/validate-command.ts
var HELP = `Usage: trainyard validate <data file|dir|glob>... --schema <schema file> [--json]

Checks data (CSV, TSV, JSON Lines, Parquet; .gz read as is) against a data contract: a
Frictionless Table Schema in YAML or JSON, with Trainyard's table checks.

Options:
  --schema <file>   The data contract (required)
  --shard <k/n>     Validate only the k-th of n slices of the file list
  --json            Print one JSON report: { valid, rows, violations: [{ rule, column, count, examples }] }
  -h, --help        Show this help

Exit status: 0 the data meets the contract, 1 it does not, 2 a usage or schema error.`;
async function runValidateCommand(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      schema: { type: "string" },
      shard: { type: "string" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false }
    }
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (!values.schema) throw new ConfigError("--schema <file> is required");
  if (positionals.length === 0) throw new ConfigError("name at least one data file, directory or glob");
  const interactive = !values.json && process.stderr.isTTY;
  const { report } = await runValidation({
    data: positionals,
    schemaFile: values.schema,
    cwd: process.cwd(),
    ...values.shard ? { shard: values.shard } : {},
    ...interactive ? { onProgress: (line) => process.stderr.write(`\r${line}\x1B[K`) } : {}
  });
  if (interactive) process.stderr.write("\r\x1B[K");
  if (values.json) {
    const violations = report.violations.map((v) => ({
      rule: v.rule,
      column: v.column,
      count: v.count,
      expected: v.expected,
      examples: v.examples.map((e) => ({
        file: e.file,
        row: e.row,
        line: e.line,
        value: e.value,
        ...e.detail ? { detail: e.detail } : {}
      }))
    }));
    console.log(
      JSON.stringify({ valid: report.valid, rows: report.rows, violations, notes: report.notes }, null, 2)
    );
  } else {
    const errors = report.violations.reduce((sum, v) => sum + v.count, 0);
    console.log(
      report.valid ? `\u2713 ${thousands(report.rows)} rows meet ${values.schema}` : `\u2717 ${thousands(report.rows)} rows, ${thousands(errors)} violations of ${report.violations.length} rules in ${values.schema}`
    );
    for (const v of report.violations) {
      console.log(
        `  ${v.rule}${v.column === null ? "" : ` ${v.column}`}: ${thousands(v.count)} (expected ${v.expected})`
      );
      for (const example of v.examples.slice(0, 3)) console.log(`    ${describeExample(v, example)}`);
    }
    for (const note of report.notes) console.log(`  note: ${note}`);
  }
  return report.valid ? 0 : 1;
}
export {
  runValidateCommand
};
