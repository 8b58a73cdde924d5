import fs from "node:fs";
import path from "node:path";
import { parseNumberText } from "../data/csv.ts";
import {
  type CompleteRowView,
  completeRowView,
  type DataReader,
  hashText,
  type ReadProgress,
  type RowView,
  RowViewWithDefaults,
  TextSet,
} from "../data/rows.ts";
import {
  compileFieldPattern,
  createTemporalParser,
  type Field,
  parseIsoTemporal,
  primaryKeyFields,
  type TableSchema,
} from "../schema/table-schema.ts";
import { QuantileSketch } from "../stats/quantile-sketch.ts";
import { hashNumber, hashWords } from "./key-set.ts";
import { KeyLog, type ShardState, schemaDigest } from "./shards.ts";
import { type ColumnTotals, hasTableChecks, tableCheckViolations } from "./table-checks.ts";
import { UniqueKeys, type UniqueKeysOptions } from "./unique-keys.ts";

/**
 * The data contract check: streams each file once through a reader, checks every cell against
 * its field (type, required, bounds, lengths, pattern, enum), keys for uniqueness in bounded
 * memory (spilling to temporary files past it), then the column and table checks (missing share,
 * category shares, quantiles, rows). Counts are exact; each rule keeps its first examples, with
 * file, row, line and value.
 *
 * The hot path makes no text it does not need: numbers and integers are read from the reader's
 * bytes (RowView.number, RowView.integer), enum and boolean values are looked up by their bytes
 * (RowView.indexIn), unique and primary keys are hashed from them (RowView.hash); text is made for
 * a violation's example, and for the rules that read it (formats, lengths, patterns, dates,
 * category shares). Rows come a batch at a time where the reader can (ReadOptions.onBatch), and
 * each field is checked over the whole batch in a loop of its own, reading whole columns where
 * the reader offers them (RowView.numbers, RowView.lookup); violations are listed in the order
 * they were met row by row all the same (see Position), and their examples are the first by row.
 */
export type RuleName =
  | "columns"
  | "type"
  | "required"
  | "minimum"
  | "maximum"
  | "minLength"
  | "maxLength"
  | "pattern"
  | "enum"
  | "unique"
  | "primaryKey"
  | "rows"
  | "maxMissingShare"
  | "categoryShares"
  | "quantiles";

export interface ViolationExample {
  file: string;
  /** 1-based data row within the file (0 for the header). */
  row: number;
  /** 1-based line of the file, as an editor shows it. */
  line: number;
  value: string;
  /** This example's own wording, when it says more than the rule's (`same as row 3`). */
  detail?: string;
}

export interface Violation {
  rule: RuleName;
  /** The column the rule is about; null for table-wide rules (rows, a malformed row). */
  column: string | null;
  /** What the contract asks: `≥ 0`, `one of "a", "b"`, `an integer`. */
  expected: string;
  count: number;
  examples: ViolationExample[];
}

export interface FileSummary {
  file: string;
  rows: number;
  bytes: number;
}

export interface ValidationReport {
  valid: boolean;
  rows: number;
  bytes: number;
  files: FileSummary[];
  violations: Violation[];
  /** Things the check could not fully do, said plainly (e.g. a uniqueness check hit its memory limit). */
  notes: string[];
  durationMs: number;
  /** A shard's run: what the merge of all shards needs (see shards.ts). */
  shard?: ShardState;
}

export interface ValidateOptions {
  schema: TableSchema;
  files: string[];
  reader: DataReader;
  /** How files are named in the report (e.g. relative to the repository). */
  displayName?: (file: string) => string;
  /** Examples kept per rule and column (default 10: enough to spend GitHub's annotations on). */
  maxExamples?: number;
  /**
   * Keys a unique or primary-key check holds in memory (default: as many as uniqueKeyBytes holds).
   * Past them, keys go to temporary files and are settled after the scan: counts stay exact.
   */
  maxUniqueKeys?: number;
  /** Memory for all unique and primary-key checks together, shared among them (default 96 MiB). */
  uniqueKeyBytes?: number;
  /** Where keys past memory are written: default $RUNNER_TEMP, else the OS's temp folder. */
  tempDir?: string;
  /** Distinct values counted per column for categoryShares before it stops with a note. */
  maxCategories?: number;
  onProgress?: (progress: ReadProgress & { file: string; fileIndex: number; files: number }) => void;
  /**
   * The files are one shard (`k/n`) of a larger dataset: the table checks are left to the merge
   * of the shards' reports, and the report carries what the merge needs. With `keyFile`, every
   * key the unique and primary-key checks meet is logged there (store 0, 1, … : the unique
   * fields in schema order, then the primary key), for uniqueness across shards.
   */
  shard?: { name: string; keyFile?: (store: number) => string };
}

export const DEFAULT_UNIQUE_KEY_BYTES = 96 * (1 << 20);

/**
 * Where a violation was first met, to list violations in that order: file, phase (header, rows,
 * the reader's problems, then the table checks after the scan), row, and place within the row
 * (0: the row's length; then per field, its cell rules and then its unique rule; the primary key
 * last). Violations are met in this order during the scan; keys settled on disk after it are put
 * back in their place.
 */
type Position = [fileIndex: number, phase: number, row: number, place: number];
const PHASE_HEADER = 0;
const PHASE_ROWS = 1;
const PHASE_PROBLEMS = 2;
const PHASE_AFTER_SCAN = 3;

interface Slot {
  violation: Violation;
  at: Position;
  /** For unique and primaryKey: each example's row in the whole sequence of files. */
  sequences: number[];
}

interface FieldRuntime {
  field: Field;
  /** Position in the schema. */
  index: number;
  /** Index of the column in the current file, or -1 when the file lacks it. */
  column: number;
  expected: Partial<Record<RuleName, string>>;
  /** A value is required: `required`, or a primary key field. */
  required: boolean;
  /** Position in the primary key, or -1. */
  keyIndex: number;
  missing: number;
  /** The rules' slots once met, so a repeated violation skips the lookup. */
  slots: Partial<Record<RuleName, Slot>>;
  uniqueKeys?: UniqueKeys;
  /** A shard's log of this field's keys, for the merge. */
  keyLog?: KeyLog;
  sketch?: QuantileSketch;
  categories?: Map<string, number>;
  /**
   * Checks the field's cell in each row of a batch (rows 0 … count - 1, made current by
   * select): one closure a field, compiled for its type and rules.
   */
  cell: (row: CompleteRowView, column: number, count: number) => void;
}

type Filler = (row: CompleteRowView, columns: number[]) => void;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const INTEGER_TEXT = /^[+-]?\d+$/;
/** A primary key part for a missing cell, and the mark on the hash of a cell of the wrong type. */
const MISSING_HIGH = 0x6d697373;
const MISSING_LOW = 0x696e6700;
const INVALID_MARK = 0x5bad7e57;

export async function validateData(options: ValidateOptions): Promise<ValidationReport> {
  const started = Date.now();
  const { schema } = options;
  const maxExamples = options.maxExamples ?? 10;
  const maxCategories = options.maxCategories ?? 10_000;
  const name = options.displayName ?? ((file: string) => file);
  const slots = new Map<string, Slot>();
  const notes: string[] = [];

  // Where the scan is: the file, its name in the report, and its rows' offset in the whole sequence.
  let fileIndex = 0;
  let shown = "";
  let offset = 0;

  const slotFor = (
    rule: RuleName,
    column: string | null,
    expected: string,
    phase: number,
    row: number,
    place: number,
  ): Slot => {
    const key = `${rule}\u0000${column ?? ""}`;
    let slot = slots.get(key);
    if (slot === undefined) {
      slot = {
        violation: { rule, column, expected, count: 0, examples: [] },
        at: [phase === PHASE_AFTER_SCAN ? Number.POSITIVE_INFINITY : fileIndex, phase, row, place],
        sequences: [],
      };
      slots.set(key, slot);
    }
    return slot;
  };
  const record = (
    rule: RuleName,
    column: string | null,
    expected: string,
    example: ViolationExample,
    phase: number,
    row = 0,
    place = 0,
  ) => {
    const { violation } = slotFor(rule, column, expected, phase, row, place);
    violation.count += 1;
    if (violation.examples.length < maxExamples) violation.examples.push(example);
  };

  const files: FileSummary[] = [];
  // Keys remember a row as its place in the whole sequence of files, told back as file and row.
  const fileStarts: Array<{ file: string; offset: number }> = [];
  const describeRow = (sequence: number, currentFile: string) => {
    const start = [...fileStarts].reverse().find((s) => sequence > s.offset) as {
      file: string;
      offset: number;
    };
    const row = sequence - start.offset;
    return start.file === currentFile ? `row ${row}` : `${start.file} row ${row}`;
  };

  /** A cell's violation: counted, and an example (its text made only then) while they are wanted. */
  const recordCell = (
    rule: RuleName,
    runtime: FieldRuntime,
    row: CompleteRowView,
    column: number,
    place: number,
    sameAs = -1,
  ): void => {
    let slot = runtime.slots[rule];
    if (slot === undefined) {
      slot = slotFor(rule, runtime.field.name, runtime.expected[rule] as string, PHASE_ROWS, row.row, place);
      runtime.slots[rule] = slot;
    }
    const violation = slot.violation;
    violation.count += 1;
    if (violation.examples.length >= maxExamples) return;
    const value = column < row.length ? row.text(column) : "";
    violation.examples.push(
      sameAs < 0
        ? { file: shown, row: row.row, line: row.line, value }
        : {
            file: shown,
            row: row.row,
            line: row.line,
            value,
            detail: `same as ${describeRow(sameAs, shown)}`,
          },
    );
    slot.sequences.push(offset + row.row);
  };

  const keyFields = primaryKeyFields(schema);
  const keyCount = keyFields.length;
  // The primary key of each row of the batch: each key field's 64-bit part (set as the fields are
  // checked, one after the other), hashed together once every field is done.
  let keyParts = new Uint32Array(2 * Math.max(keyCount, 1) * 256);
  let keyPartsSet = new Int32Array(256);
  const keyHash = new Uint32Array(2);
  const setKeyPart = (row: number, index: number, high: number, low: number) => {
    const at = 2 * (row * keyCount + index);
    keyParts[at] = high;
    keyParts[at + 1] = low;
    keyPartsSet[row]!++;
  };

  const uniqueFields = schema.fields.filter((field) => field.constraints.unique).length;
  const keyStores = uniqueFields + (keyCount > 0 ? 1 : 0);
  const keyStoreOptions: UniqueKeysOptions = {
    maxBytes: Math.floor((options.uniqueKeyBytes ?? DEFAULT_UNIQUE_KEY_BYTES) / Math.max(keyStores, 1)),
    // Rows likely to come, from the files' sizes (a row takes 32 bytes or more): the key tables
    // start that large, within their budget, rather than grow to it step by step.
    expectedKeys: keyStores > 0 ? Math.floor(filesBytes(options.files) / 32) : 0,
    ...(options.maxUniqueKeys === undefined ? {} : { maxKeys: options.maxUniqueKeys }),
    ...(options.tempDir === undefined ? {} : { tempDir: options.tempDir }),
  };

  /** The keys of a unique field's cells in the batch: hash halves, and batch row. */
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
    },
  };
  /**
   * Adds the batch's pending keys to the key set, one after another: their table reads do not
   * depend on each other, and the processor overlaps their waits for memory, where one key a row,
   * far apart, would wait each time. A repeat is told with its batch row and first row.
   */
  const addPendingKeys = (
    keys: UniqueKeys,
    log: KeyLog | undefined,
    row: CompleteRowView,
    onRepeat: (at: number, first: number) => void,
  ) => {
    const { highs, lows, rows, count } = pendingKeys;
    for (let index = 0; index < count; index++) {
      const at = rows[index]!;
      row.select(at);
      const first = keys.add(highs[index]!, lows[index]!, offset + row.row);
      if (log !== undefined) log.add(highs[index]!, lows[index]!, offset + row.row);
      if (first >= 0) onRepeat(at, first);
    }
  };
  const keyLogs: KeyLog[] = [];
  const openKeyLog = (): KeyLog | undefined => {
    const file = options.shard?.keyFile?.(keyLogs.length);
    if (file === undefined) return undefined;
    const log = new KeyLog(file);
    keyLogs.push(log);
    return log;
  };

  const missingValues = schema.missingValues;
  // When no missing value reads as a number, a cell that reads as one is not missing.
  const numbersFirst = missingValues.every((value) => Number.isNaN(parseNumberText(value)));

  const compileField = (field: Field, index: number): FieldRuntime => {
    const keyIndex = keyFields.indexOf(field.name);
    const runtime: FieldRuntime = {
      field,
      index,
      column: -1,
      expected: { required: "a value", unique: "no repeated values" },
      required: field.constraints.required === true || keyIndex >= 0,
      keyIndex,
      missing: 0,
      slots: {},
      cell: () => {},
    };
    const { constraints } = field;
    if (constraints.unique) {
      runtime.uniqueKeys = new UniqueKeys(keyStoreOptions);
      const log = openKeyLog();
      if (log !== undefined) runtime.keyLog = log;
    }
    if (field.checks.categoryShares) runtime.categories = new Map();
    if (field.checks.quantiles) runtime.sketch = new QuantileSketch(400);
    const { uniqueKeys, sketch, categories } = runtime;
    const place = 1 + 2 * index;
    const uniquePlace = place + 1;
    const hash = new Uint32Array(2);

    const fail = (rule: RuleName, row: CompleteRowView, column: number) =>
      recordCell(rule, runtime, row, column, place);
    const failType = (row: CompleteRowView, column: number, at: number) => {
      recordCell("type", runtime, row, column, place);
      if (keyIndex >= 0) {
        hashText(row.text(column), hash);
        setKeyPart(at, keyIndex, (hash[0]! ^ INVALID_MARK) >>> 0, hash[1]!);
      }
    };
    const missing = (row: CompleteRowView, column: number, at: number) => {
      runtime.missing += 1;
      if (runtime.required) recordCell("required", runtime, row, column, place);
      if (keyIndex >= 0) setKeyPart(at, keyIndex, MISSING_HIGH, MISSING_LOW);
    };
    /**
     * The key in `hash`, of batch row `at`: kept until the field is done with the batch, then the
     * batch's keys go to the key set together (see addPendingKeys).
     */
    const checkUnique = (_row: CompleteRowView, _column: number, at: number) => {
      const pending = pendingKeys;
      if (pending.count === pending.rows.length) pending.grow();
      pending.highs[pending.count] = hash[0]!;
      pending.lows[pending.count] = hash[1]!;
      pending.rows[pending.count] = at;
      pending.count++;
    };
    const countCategory = (text: string) => {
      const map = categories as Map<string, number>;
      const seen = map.get(text);
      if (seen !== undefined) map.set(text, seen + 1);
      else if (map.size < maxCategories) map.set(text, 1);
    };

    const temporal = field.type === "date" || field.type === "datetime";
    const bound = (value: unknown): number | undefined =>
      value === undefined
        ? undefined
        : temporal
          ? parseIsoTemporal(field.type as "date" | "datetime", String(value))
          : Number(value);
    const minimumBound = "minimum" in constraints ? bound(constraints.minimum) : undefined;
    const maximumBound = "maximum" in constraints ? bound(constraints.maximum) : undefined;
    if (minimumBound !== undefined)
      runtime.expected.minimum = `≥ ${String((constraints as { minimum: unknown }).minimum)}`;
    if (maximumBound !== undefined)
      runtime.expected.maximum = `≤ ${String((constraints as { maximum: unknown }).maximum)}`;
    // Absent bounds compare false with every value, NaN included.
    const minimum = minimumBound ?? Number.NEGATIVE_INFINITY;
    const maximum = maximumBound ?? Number.POSITIVE_INFINITY;
    const enumValues = constraints.enum as unknown[] | undefined;
    if (enumValues !== undefined) {
      const shown = enumValues.map((v) => JSON.stringify(v));
      runtime.expected.enum = `one of ${shown.length > 8 ? `${shown.slice(0, 8).join(", ")}, … (${shown.length})` : shown.join(", ")}`;
    }

    /** A value that is a number (integer, number, year, or a date's milliseconds). */
    const enumNumbers =
      enumValues && field.type !== "string" && field.type !== "boolean"
        ? new Set(enumValues.map((v) => (temporal ? bound(v) : (v as number))))
        : undefined;
    const boundsOnly =
      enumNumbers === undefined && uniqueKeys === undefined && !sketch && !categories && keyIndex < 0;
    const acceptNumber = (value: number, row: CompleteRowView, column: number, at: number) => {
      if (value < minimum) fail("minimum", row, column);
      if (value > maximum) fail("maximum", row, column);
      if (enumNumbers !== undefined && !enumNumbers.has(value)) fail("enum", row, column);
      if (uniqueKeys !== undefined) {
        hashNumber(value, hash);
        checkUnique(row, column, at);
      }
      if (sketch !== undefined) sketch.add(value);
      if (categories !== undefined) countCategory(row.text(column));
      if (keyIndex >= 0) {
        hashNumber(value, hash);
        setKeyPart(at, keyIndex, hash[0]!, hash[1]!);
      }
    };
    /**
     * A number field with only bounds to check: the batch's numbers as the reader reads them a
     * column at a time (RowView.numbers) where it can, the cells it cannot vouch for (and every
     * cell of a reader without it) one by one.
     */
    const bounded = (
      row: CompleteRowView,
      column: number,
      count: number,
      integers: boolean,
      cell: (row: CompleteRowView, column: number, at: number) => void,
    ) => {
      const typed = row.numbers(column, integers);
      if (typed === undefined) {
        for (let at = 0; at < count; at++) {
          row.select(at);
          cell(row, column, at);
        }
        return;
      }
      const { numbers, present } = typed;
      for (let at = 0; at < count; at++) {
        if (present[at] === 1) {
          const value = numbers[at]!;
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
    /**
     * A field whose cells parse to a number (or fail to): `parse` gives the number of a cell that
     * is not missing, or undefined when it is not of the field's type.
     */
    const numeric =
      (parse: (row: CompleteRowView, column: number) => number | undefined) =>
      (row: CompleteRowView, column: number, count: number) => {
        for (let at = 0; at < count; at++) {
          row.select(at);
          if (column >= row.length || row.isMissing(column)) missing(row, column, at);
          else {
            const value = parse(row, column);
            if (value === undefined) failType(row, column, at);
            else acceptNumber(value, row, column, at);
          }
        }
      };

    // Each loop below is a closure of its own, so the JIT sees one field's kind of work in it; the
    // common case (a number, only bounds to check) has no call left in it but the reader's.
    switch (field.type) {
      case "integer":
      case "year": {
        const bare = field.type === "year" || field.bareNumber;
        const group = field.type === "integer" ? field.groupChar : undefined;
        runtime.expected.type = field.type === "year" ? "a year (an integer)" : "an integer";
        if (!bare || group !== undefined)
          runtime.cell = numeric((row, column) => {
            const cleaned = cleanNumberText(row.text(column), ".", group, bare);
            return cleaned !== undefined && INTEGER_TEXT.test(cleaned) ? Number(cleaned) : undefined;
          });
        else if (numbersFirst && boundsOnly) {
          /** One cell, the batch's row `at` selected. */
          const cell = (row: CompleteRowView, column: number, at: number) => {
            // No missing value reads as a number: a valid cell takes one call, not two.
            const value = row.integer(column);
            // biome-ignore lint/suspicious/noSelfCompare: NaN test without a call
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
            // biome-ignore lint/suspicious/noSelfCompare: NaN test without a call
            return value === value ? value : undefined;
          });
        break;
      }
      case "number": {
        const simple = field.bareNumber && field.decimalChar === "." && field.groupChar === undefined;
        runtime.expected.type = "a number";
        if (!simple)
          runtime.cell = numeric((row, column) => {
            const text = row.text(column);
            const value = numberFrom(
              cleanNumberText(text, field.decimalChar, field.groupChar, field.bareNumber),
            );
            return Number.isNaN(value) && text !== "NaN" ? undefined : value;
          });
        else if (numbersFirst && boundsOnly) {
          /** One cell, the batch's row `at` selected. */
          const cell = (row: CompleteRowView, column: number, at: number) => {
            // No missing value reads as a number: a valid cell takes one call, not two.
            const value = row.number(column);
            // biome-ignore lint/suspicious/noSelfCompare: NaN test without a call
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
            // biome-ignore lint/suspicious/noSelfCompare: NaN test without a call
            return value === value || row.text(column) === "NaN" ? value : undefined;
          });
        break;
      }
      case "boolean": {
        const truthy = new TextSet(field.trueValues);
        const falsy = new TextSet(field.falseValues);
        const allowed = enumValues ? new Set(enumValues as boolean[]) : undefined;
        runtime.expected.type = `a boolean (${[...field.trueValues, ...field.falseValues].map((v) => JSON.stringify(v)).join(", ")})`;
        runtime.cell = (row, column, count) => {
          for (let at = 0; at < count; at++) {
            row.select(at);
            if (column >= row.length || row.isMissing(column)) {
              missing(row, column, at);
              continue;
            }
            const value =
              row.indexIn(column, truthy) >= 0 ? true : row.indexIn(column, falsy) >= 0 ? false : undefined;
            if (value === undefined) {
              failType(row, column, at);
              continue;
            }
            if (allowed !== undefined && !allowed.has(value)) fail("enum", row, column);
            if (uniqueKeys !== undefined) {
              hashNumber(value ? 1 : 0, hash);
              checkUnique(row, column, at);
            }
            if (categories !== undefined) countCategory(row.text(column));
            if (keyIndex >= 0) {
              hashNumber(value ? 1 : 0, hash);
              setKeyPart(at, keyIndex, hash[0]!, hash[1]!);
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
        const format =
          field.format === "email"
            ? EMAIL
            : field.format === "uri"
              ? URI
              : field.format === "uuid"
                ? UUID
                : undefined;
        runtime.expected.type = format
          ? `a ${field.format === "email" ? "e-mail address" : field.format === "uri" ? "URI" : "UUID"}`
          : "text";
        const { minLength: least, maxLength: most, pattern: source } = field.constraints;
        if (least !== undefined) runtime.expected.minLength = `at least ${least} characters`;
        if (most !== undefined) runtime.expected.maxLength = `at most ${most} characters`;
        const pattern = source === undefined ? undefined : compileFieldPattern(source);
        if (source !== undefined) runtime.expected.pattern = `matching /${source}/`;
        const allowed = enumValues === undefined ? undefined : new TextSet(enumValues as string[]);
        const needsText =
          format !== undefined || least !== undefined || most !== undefined || pattern !== undefined;
        const enumOnly =
          allowed !== undefined && !needsText && uniqueKeys === undefined && !categories && keyIndex < 0;
        if (enumOnly) {
          // Only the enum to check: the batch's cells looked up a column at a time where the
          // reader can (RowView.lookup), the others one by one.
          const cell = (row: CompleteRowView, column: number, at: number) => {
            if (column >= row.length || row.isMissing(column)) missing(row, column, at);
            else if (row.indexIn(column, allowed) < 0) fail("enum", row, column);
          };
          runtime.cell = (row, column, count) => {
            const found = row.lookup(column, allowed);
            for (let at = 0; at < count; at++) {
              const index = found === undefined ? -2 : found[at]!;
              if (index >= 0) continue;
              row.select(at);
              if (index === -1) fail("enum", row, column);
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
              if (format !== undefined && !format.test(text)) {
                failType(row, column, at);
                continue;
              }
              if (least !== undefined && characters(text) < least) fail("minLength", row, column);
              if (most !== undefined && characters(text) > most) fail("maxLength", row, column);
              if (pattern !== undefined && !pattern.test(text)) fail("pattern", row, column);
            }
            if (allowed !== undefined && row.indexIn(column, allowed) < 0) fail("enum", row, column);
            if (uniqueKeys !== undefined) {
              row.hash(column, hash);
              checkUnique(row, column, at);
            }
            if (categories !== undefined) countCategory(row.text(column));
            if (keyIndex >= 0) {
              row.hash(column, hash);
              setKeyPart(at, keyIndex, hash[0]!, hash[1]!);
            }
          }
        };
        break;
      }
    }
    if (uniqueKeys !== undefined) {
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
  const keyRuntimes = keyFields.map((k) => runtimes.find((r) => r.field.name === k) as FieldRuntime);
  const primaryKeys = keyCount > 0 ? new UniqueKeys(keyStoreOptions) : undefined;
  const primaryKeyLog = primaryKeys === undefined ? undefined : openKeyLog();
  const primaryKeyPlace = 1 + 2 * runtimes.length;
  const primaryKeyName = keyFields.join(", ");
  const keyValue = (row: CompleteRowView, columns: (runtime: FieldRuntime) => number) =>
    keyRuntimes
      .map((r) => {
        const column = columns(r);
        return column >= 0 && column < row.length ? row.text(column) : "";
      })
      .join(", ");
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
      // The fields whose column this file has: their checks, and their columns.
      let cells: Array<FieldRuntime["cell"]> = [];
      let cellColumns = new Int32Array(0);
      const onColumns = (columns: string[]) => {
        expectedCells = columns.length;
        for (const runtime of runtimes) runtime.column = columns.indexOf(runtime.field.name);
        const present = runtimes.filter((runtime) => runtime.column >= 0);
        cells = present.map((runtime) => runtime.cell);
        cellColumns = Int32Array.from(present, (runtime) => runtime.column);
        for (const runtime of runtimes)
          if (runtime.column < 0)
            record(
              "columns",
              runtime.field.name,
              `a column named "${runtime.field.name}"`,
              {
                file: shown,
                row: 0,
                line: 1,
                value: "",
                detail: `the header has no column "${runtime.field.name}"`,
              },
              PHASE_HEADER,
            );
        const known = new Set(schema.fields.map((f) => f.name));
        for (const column of columns)
          if (!known.has(column))
            record(
              "columns",
              null,
              "only the schema's columns",
              {
                file: shown,
                row: 0,
                line: 1,
                value: column,
                detail: `column "${column}" is not in the schema`,
              },
              PHASE_HEADER,
            );
      };

      const onBatch = (view: CompleteRowView, count: number) => {
        for (let at = 0; at < count; at++) {
          view.select(at);
          const length = view.length;
          if (length !== expectedCells)
            record(
              "columns",
              null,
              `${expectedCells} cells a row`,
              {
                file: shown,
                row: view.row,
                line: view.line,
                value: String(length),
                detail: `${length} cells, the header has ${expectedCells}`,
              },
              PHASE_ROWS,
              view.row,
              0,
            );
        }
        if (primaryKeys !== undefined) {
          if (keyPartsSet.length < count) {
            keyPartsSet = new Int32Array(count);
            keyParts = new Uint32Array(2 * keyCount * count);
          }
          keyPartsSet.fill(0, 0, count);
        }
        // Field after field, each over the whole batch: violations are put back in row order at the end.
        for (let at = 0; at < cells.length; at++)
          (cells[at] as FieldRuntime["cell"])(view, cellColumns[at] as number, count);
        if (primaryKeys !== undefined)
          for (let at = 0; at < count; at++) {
            if (keyPartsSet[at] !== keyCount) continue;
            hashWords(keyParts, 2 * keyCount * at, 2 * keyCount, keyHash);
            view.select(at);
            const first = primaryKeys.add(keyHash[0]!, keyHash[1]!, offset + view.row);
            if (primaryKeyLog !== undefined) primaryKeyLog.add(keyHash[0]!, keyHash[1]!, offset + view.row);
            if (first >= 0) recordPrimaryKey(view, first);
          }
      };
      let lastRow: RowView | undefined;
      let view: CompleteRowView = defaults;
      const onRow = (row: RowView) => {
        if (row !== lastRow) {
          lastRow = row;
          view = completeRowView(row, defaults);
        }
        onBatch(view, 1);
      };
      const recordPrimaryKey = (row: CompleteRowView, first: number) => {
        const slot = slotFor(
          "primaryKey",
          primaryKeyName,
          "a key no other row has",
          PHASE_ROWS,
          row.row,
          primaryKeyPlace,
        );
        slot.violation.count += 1;
        if (slot.violation.examples.length >= maxExamples) return;
        slot.violation.examples.push({
          file: shown,
          row: row.row,
          line: row.line,
          value: keyValue(row, (r) => r.column),
          detail: `same key as ${describeRow(first, shown)}`,
        });
        slot.sequences.push(offset + row.row);
      };

      const result = await options.reader(
        file,
        {
          missingValues,
          columns: schema.fields.map((f) => f.name),
          onBatch,
          ...(options.onProgress
            ? {
                onProgress: (p: ReadProgress) =>
                  options.onProgress?.({ ...p, file: shown, fileIndex: index, files: options.files.length }),
              }
            : {}),
        },
        onRow,
        onColumns,
      );
      for (const problem of result.problems)
        record(
          "columns",
          null,
          "well-formed rows",
          {
            file: shown,
            row: problem.row,
            line: problem.line,
            value: "",
            detail: problem.message,
          },
          PHASE_PROBLEMS,
        );
      files.push({ file: shown, rows: result.rows, bytes: result.bytes });
      totalRows += result.rows;
      totalBytes += result.bytes;
    }

    // Keys that went to disk: their duplicates, put back among those found during the scan.
    const positionOf = (sequence: number, place: number): Position => {
      let index = fileStarts.length - 1;
      while (index > 0 && sequence <= (fileStarts[index] as { offset: number }).offset) index--;
      return [index, PHASE_ROWS, sequence - (fileStarts[index] as { offset: number }).offset, place];
    };
    const needs = new Map<number, Filler[]>();
    const settle = (
      store: UniqueKeys,
      rule: RuleName,
      column: string,
      expected: string,
      place: number,
      fill: (example: ViolationExample) => Filler,
      detail: (first: number, file: string) => string,
    ) => {
      const spilled = store.finish(Math.max(maxExamples, 1));
      const earliest = spilled.first[0];
      if (spilled.count === 0 || earliest === undefined) return;
      const key = `${rule}\u0000${column}`;
      const at = positionOf(earliest.row, place);
      let slot = slots.get(key);
      if (slot === undefined) {
        slot = { violation: { rule, column, expected, count: 0, examples: [] }, at, sequences: [] };
        slots.set(key, slot);
      } else if (comparePositions(at, slot.at) < 0) slot.at = at;
      slot.violation.count += spilled.count;
      const fromScan = slot.violation.examples.map(
        (example, i): { sequence: number; example: ViolationExample; filler?: Filler } => ({
          sequence: slot.sequences[i] as number,
          example,
        }),
      );
      const fromDisk = spilled.first.map((duplicate) => {
        const where = positionOf(duplicate.row, place);
        const file = (fileStarts[where[0]] as { file: string }).file;
        const example: ViolationExample = {
          file,
          row: where[2],
          line: 0,
          value: "",
          detail: detail(duplicate.first, file),
        };
        return { sequence: duplicate.row, example, filler: fill(example) };
      });
      const merged = [...fromScan, ...fromDisk].sort((a, b) => a.sequence - b.sequence).slice(0, maxExamples);
      slot.violation.examples = merged.map((m) => m.example);
      slot.sequences = merged.map((m) => m.sequence);
      for (const m of merged) {
        if (m.filler === undefined) continue;
        const list = needs.get(m.sequence) ?? [];
        list.push(m.filler);
        needs.set(m.sequence, list);
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
          const column = columns[index] as number;
          example.line = row.line;
          example.value = column >= 0 && column < row.length ? row.text(column) : "";
        },
        (first, file) => `same as ${describeRow(first, file)}`,
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
          example.value = keyValue(row, (r) => columns[r.index] as number);
        },
        (first, file) => `same key as ${describeRow(first, file)}`,
      );
    // Their examples' lines and values: read again, only the files and rows that hold them.
    if (needs.size > 0) {
      const wanted = [...needs.keys()].sort((a, b) => a - b);
      for (const [index, file] of options.files.entries()) {
        const start = (fileStarts[index] as { offset: number }).offset;
        const end =
          index + 1 < fileStarts.length ? (fileStarts[index + 1] as { offset: number }).offset : totalRows;
        const inFile = wanted.filter((sequence) => sequence > start && sequence <= end);
        if (inFile.length === 0) continue;
        let columns = runtimes.map(() => -1);
        await options.reader(
          file,
          {
            missingValues,
            columns: schema.fields.map((f) => f.name),
            maxRows: (inFile.at(-1) as number) - start,
          },
          (row) => {
            const fillers = needs.get(start + row.row);
            if (fillers === undefined) return;
            const complete = completeRowView(row);
            for (const fill of fillers) fill(complete, columns);
          },
          (names) => {
            columns = runtimes.map((runtime) => names.indexOf(runtime.field.name));
          },
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
    if (failure !== undefined)
      notes.push(
        `uniqueness of "${runtime.field.name}" was checked among the first ${runtime.uniqueKeys?.memory.size} distinct values only (${failure})`,
      );
  }
  if (primaryKeys?.failure !== undefined)
    notes.push(
      `primary key uniqueness was checked among the first ${primaryKeys.memory.size} keys only (${primaryKeys.failure})`,
    );

  const totals = new Map<string, ColumnTotals>(
    runtimes.map((r) => [
      r.field.name,
      {
        missing: r.missing,
        ...(r.categories ? { categories: r.categories } : {}),
        ...(r.sketch ? { sketch: r.sketch } : {}),
      },
    ]),
  );
  let shard: ShardState | undefined;
  if (options.shard) {
    if (hasTableChecks(schema))
      notes.push(
        `the table checks (row count, missing shares, category shares, quantiles) are left to the merge of all shards: this is shard ${options.shard.name}`,
      );
    shard = shardStateOf(options.shard.name, schema, totals, [
      ...runtimes
        .filter((r) => r.uniqueKeys)
        .map((r) => ({ rule: "unique" as const, column: r.field.name, log: r.keyLog })),
      ...(primaryKeys ? [{ rule: "primaryKey" as const, column: primaryKeyName, log: primaryKeyLog }] : []),
    ]);
  } else {
    const where = {
      file: files.length === 1 ? (files[0] as FileSummary).file : `${files.length} files`,
      row: 0,
      line: 0,
    };
    for (const violation of tableCheckViolations(schema, totalRows, totals, where, maxExamples))
      Object.assign(slotFor(violation.rule, violation.column, violation.expected, PHASE_AFTER_SCAN, 0, 0), {
        violation,
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
    ...(shard ? { shard } : {}),
  };
}

function shardStateOf(
  name: string,
  schema: TableSchema,
  totals: ReadonlyMap<string, ColumnTotals>,
  keys: Array<{ rule: "unique" | "primaryKey"; column: string; log: KeyLog | undefined }>,
): ShardState {
  const columns: ShardState["columns"] = {};
  for (const [column, total] of totals)
    columns[column] = {
      missing: total.missing,
      ...(total.categories ? { categories: [...total.categories] } : {}),
      ...(total.sketch ? { sketch: total.sketch.toJSON() } : {}),
    };
  return {
    shard: name,
    schemaSha256: schemaDigest(schema),
    columns,
    keys: keys.map(({ rule, column, log }) => ({
      rule,
      column,
      records: log?.records ?? 0,
      ...(log === undefined
        ? { failure: "no key log was asked for" }
        : log.failure === undefined
          ? { file: path.basename(log.file) }
          : { failure: `could not write the key log: ${log.failure}` }),
    })),
  };
}

/** The files' sizes together (0 for one that cannot be read: its reader will say why). */
function filesBytes(files: string[]): number {
  let total = 0;
  for (const file of files) {
    try {
      total += fs.statSync(file).size;
    } catch {
      // Unreadable here: the reader reports it.
    }
  }
  return total;
}

function comparePositions(a: Position, b: Position): number {
  for (let index = 0; index < 4; index++) {
    const difference = (a[index] as number) - (b[index] as number);
    if (difference !== 0 && !Number.isNaN(difference)) return difference;
  }
  return 0;
}

/** Number text in the field's notation to JavaScript's: decimal char to ".", group chars and (when not bare) text around removed. */
function cleanNumberText(
  text: string,
  decimalChar: string,
  groupChar: string | undefined,
  bare: boolean,
): string | undefined {
  let cleaned = text.trim();
  if (groupChar !== undefined) cleaned = cleaned.split(groupChar).join("");
  if (decimalChar !== ".") cleaned = cleaned.split(decimalChar).join(".");
  if (!bare) {
    const match = /[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(cleaned);
    if (!match) return undefined;
    cleaned = match[0];
  }
  return cleaned;
}

function numberFrom(text: string | undefined): number {
  if (text === undefined || text === "" || !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$|^[+-]?INF$/.test(text))
    return Number.NaN;
  return text.endsWith("INF") ? (text.startsWith("-") ? -Infinity : Infinity) : Number(text);
}

function characters(text: string): number {
  // String length counts UTF-16 units; a field's length is in characters (code points).
  let count = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) count -= 1;
  }
  return count;
}
