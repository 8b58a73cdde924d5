import type { DataReader, ReadProgress, RowView } from "../data/rows.ts";
import {
  type Bounds,
  compileFieldPattern,
  createTemporalParser,
  type Field,
  parseIsoTemporal,
  primaryKeyFields,
  type TableSchema,
} from "../schema/table-schema.ts";
import { QuantileSketch } from "../stats/quantile-sketch.ts";
import { KeySet } from "./key-set.ts";

/**
 * The data contract check: streams each file once through a reader, checks every cell against
 * its field (type, required, bounds, lengths, pattern, enum), keys for uniqueness in bounded
 * memory, then the column and table checks (missing share, category shares, quantiles, rows).
 * Counts are exact; each rule keeps its first examples, with file, row, line and value.
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
}

export interface ValidateOptions {
  schema: TableSchema;
  files: string[];
  reader: DataReader;
  /** How files are named in the report (e.g. relative to the repository). */
  displayName?: (file: string) => string;
  /** Examples kept per rule and column (default 10: enough to spend GitHub's annotations on). */
  maxExamples?: number;
  /** Keys a unique or primary-key check holds before it stops with a note (default 8 million). */
  maxUniqueKeys?: number;
  /** Distinct values counted per column for categoryShares before it stops with a note. */
  maxCategories?: number;
  onProgress?: (progress: ReadProgress & { file: string; fileIndex: number; files: number }) => void;
}

type CellValue = number | string | boolean;

interface FieldRuntime {
  field: Field;
  /** Index of the column in the current file, or -1 when the file lacks it. */
  column: number;
  parse: (text: string, row: RowView, column: number) => CellValue | undefined;
  /** The value's canonical form for unique and primary keys: 1 and 1.0 are the same number. */
  key: (value: CellValue) => string;
  checks: Array<(value: CellValue, text: string) => RuleName | undefined>;
  expected: Partial<Record<RuleName, string>>;
  missing: number;
  uniqueKeys?: KeySet;
  sketch?: QuantileSketch;
  categories?: Map<string, number>;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const INTEGER_TEXT = /^[+-]?\d+$/;

export async function validateData(options: ValidateOptions): Promise<ValidationReport> {
  const started = Date.now();
  const { schema } = options;
  const maxExamples = options.maxExamples ?? 10;
  const name = options.displayName ?? ((file: string) => file);
  const violations = new Map<string, Violation>();
  const notes: string[] = [];
  const record = (rule: RuleName, column: string | null, expected: string, example: ViolationExample) => {
    const key = `${rule}\u0000${column ?? ""}`;
    let violation = violations.get(key);
    if (!violation) {
      violation = { rule, column, expected, count: 0, examples: [] };
      violations.set(key, violation);
    }
    violation.count += 1;
    if (violation.examples.length < maxExamples) violation.examples.push(example);
  };

  const runtimes = schema.fields.map((field) => compileField(field, options));
  const keyFields = primaryKeyFields(schema);
  const keyRuntimes = keyFields.map((k) => runtimes.find((r) => r.field.name === k) as FieldRuntime);
  const primaryKeys = keyRuntimes.length > 0 ? new KeySet(options.maxUniqueKeys) : undefined;
  const missingValues = schema.missingValues;

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
  let totalRows = 0;
  let totalBytes = 0;
  for (const [fileIndex, file] of options.files.entries()) {
    const shown = name(file);
    const offset = totalRows;
    fileStarts.push({ file: shown, offset });
    let expectedCells = 0;
    const onColumns = (columns: string[]) => {
      expectedCells = columns.length;
      for (const runtime of runtimes) runtime.column = columns.indexOf(runtime.field.name);
      for (const runtime of runtimes)
        if (runtime.column < 0)
          record("columns", runtime.field.name, `a column named "${runtime.field.name}"`, {
            file: shown,
            row: 0,
            line: 1,
            value: "",
            detail: `the header has no column "${runtime.field.name}"`,
          });
      const known = new Set(schema.fields.map((f) => f.name));
      for (const column of columns)
        if (!known.has(column))
          record("columns", null, "only the schema's columns", {
            file: shown,
            row: 0,
            line: 1,
            value: column,
            detail: `column "${column}" is not in the schema`,
          });
    };

    const rowKey: string[] = [];
    const onRow = (row: RowView) => {
      if (row.length !== expectedCells)
        record("columns", null, `${expectedCells} cells a row`, {
          file: shown,
          row: row.row,
          line: row.line,
          value: String(row.length),
          detail: `${row.length} cells, the header has ${expectedCells}`,
        });
      rowKey.length = 0;
      for (const runtime of runtimes) {
        const { column, field } = runtime;
        if (column < 0) continue;
        const at = () => ({ file: shown, row: row.row, line: row.line });
        if (column >= row.length || row.isMissing(column)) {
          runtime.missing += 1;
          if (field.constraints.required || keyFields.includes(field.name))
            record("required", field.name, "a value", {
              ...at(),
              value: column >= row.length ? "" : row.text(column),
            });
          if (primaryKeys) rowKey.push("\u0000");
          continue;
        }
        const text = row.text(column);
        const value = runtime.parse(text, row, column);
        if (value === undefined) {
          record("type", field.name, runtime.expected.type as string, { ...at(), value: text });
          if (primaryKeys) rowKey.push(`\u0001${text}`);
          continue;
        }
        for (const check of runtime.checks) {
          const rule = check(value, text);
          if (rule) record(rule, field.name, runtime.expected[rule] as string, { ...at(), value: text });
        }
        if (runtime.uniqueKeys) {
          const first = runtime.uniqueKeys.add(runtime.key(value), offset + row.row);
          if (typeof first === "number")
            record("unique", field.name, "no repeated values", {
              ...at(),
              value: text,
              detail: `same as ${describeRow(first, shown)}`,
            });
        }
        if (runtime.sketch && typeof value === "number") runtime.sketch.add(value);
        if (
          runtime.categories &&
          (runtime.categories.has(text) || runtime.categories.size < (options.maxCategories ?? 10_000))
        )
          runtime.categories.set(text, (runtime.categories.get(text) ?? 0) + 1);
        if (primaryKeys && keyFields.includes(field.name)) rowKey.push(runtime.key(value));
      }
      if (primaryKeys && rowKey.length === keyFields.length) {
        const first = primaryKeys.add(rowKey.join("\u001f"), offset + row.row);
        if (typeof first === "number")
          record("primaryKey", keyFields.join(", "), "a key no other row has", {
            file: shown,
            row: row.row,
            line: row.line,
            value: keyRuntimes
              .map((r) => (r.column >= 0 && r.column < row.length ? row.text(r.column) : ""))
              .join(", "),
            detail: `same key as ${describeRow(first, shown)}`,
          });
      }
    };

    const result = await options.reader(
      file,
      {
        missingValues,
        columns: schema.fields.map((f) => f.name),
        ...(options.onProgress
          ? {
              onProgress: (p: ReadProgress) =>
                options.onProgress?.({ ...p, file: shown, fileIndex, files: options.files.length }),
            }
          : {}),
      },
      onRow,
      onColumns,
    );
    for (const problem of result.problems)
      record("columns", null, "well-formed rows", {
        file: shown,
        row: problem.row,
        line: problem.line,
        value: "",
        detail: problem.message,
      });
    files.push({ file: shown, rows: result.rows, bytes: result.bytes });
    totalRows += result.rows;
    totalBytes += result.bytes;
  }

  const where = {
    file: files.length === 1 ? (files[0] as FileSummary).file : `${files.length} files`,
    row: 0,
    line: 0,
  };
  const rowBounds = schema.checks.rows;
  if (rowBounds && outside(totalRows, rowBounds))
    record("rows", null, describeBounds(rowBounds, "rows"), {
      ...where,
      value: String(totalRows),
      detail: `${totalRows} rows`,
    });

  for (const runtime of runtimes) {
    const { field } = runtime;
    const checks = field.checks;
    if (checks.maxMissingShare !== undefined && totalRows > 0) {
      const share = runtime.missing / totalRows;
      if (share > checks.maxMissingShare) {
        const violation: Violation = {
          rule: "maxMissingShare",
          column: field.name,
          expected: `at most ${percent(checks.maxMissingShare)} missing`,
          count: runtime.missing,
          examples: [
            {
              ...where,
              value: percent(share),
              detail: `${runtime.missing} of ${totalRows} rows missing (${percent(share)})`,
            },
          ],
        };
        violations.set(`maxMissingShare\u0000${field.name}`, violation);
      }
    }
    if (runtime.uniqueKeys?.full || (primaryKeys?.full && keyFields.includes(field.name)))
      notes.push(
        `uniqueness of "${field.name}" was checked for the first ${options.maxUniqueKeys ?? 8_000_000} distinct values only (memory limit)`,
      );
    if (checks.categoryShares && runtime.categories) {
      const counted = [...runtime.categories.values()].reduce((a, b) => a + b, 0);
      for (const [category, bounds] of Object.entries(checks.categoryShares)) {
        const share = counted === 0 ? 0 : (runtime.categories.get(category) ?? 0) / counted;
        if (outside(share, bounds))
          record(
            "categoryShares",
            field.name,
            `${JSON.stringify(category)} ${describeBounds(bounds, "share", percent)}`,
            {
              ...where,
              value: category,
              detail: `${JSON.stringify(category)} is ${percent(share)} of rows`,
            },
          );
      }
    }
    if (checks.quantiles && runtime.sketch && runtime.sketch.size > 0) {
      for (const [quantile, bounds] of Object.entries(checks.quantiles)) {
        const value = runtime.sketch.quantile(Number(quantile));
        if (outside(value, bounds))
          record("quantiles", field.name, `q${quantile} ${describeBounds(bounds, "value")}`, {
            ...where,
            value: String(value),
            detail: `q${quantile} is ${value} (± ${percent(runtime.sketch.rankError)} in rank)`,
          });
      }
    }
  }
  if (primaryKeys?.full)
    notes.push(
      `primary key uniqueness was checked for the first ${primaryKeys.maxKeys} keys only (memory limit)`,
    );

  const list = [...violations.values()];
  return {
    valid: list.length === 0,
    rows: totalRows,
    bytes: totalBytes,
    files,
    violations: list,
    notes: [...new Set(notes)],
    durationMs: Date.now() - started,
  };
}

function compileField(field: Field, options: ValidateOptions): FieldRuntime {
  const runtime: FieldRuntime = {
    field,
    column: -1,
    parse: () => undefined,
    key: String,
    checks: [],
    expected: {},
    missing: 0,
  };
  const { constraints } = field;
  if (constraints.unique) runtime.uniqueKeys = new KeySet(options.maxUniqueKeys);
  if (field.checks.categoryShares) runtime.categories = new Map();
  if (field.checks.quantiles) runtime.sketch = new QuantileSketch(400);

  switch (field.type) {
    case "integer":
    case "year": {
      const bare = field.type === "year" || field.bareNumber;
      const group = field.type === "integer" ? field.groupChar : undefined;
      runtime.expected.type = field.type === "year" ? "a year (an integer)" : "an integer";
      runtime.parse = (text, row, column) => {
        if (bare && group === undefined) {
          const n = row.number(column);
          return Number.isInteger(n) && INTEGER_TEXT.test(text) ? n : undefined;
        }
        const cleaned = cleanNumberText(text, ".", group, bare);
        return cleaned !== undefined && INTEGER_TEXT.test(cleaned) ? Number(cleaned) : undefined;
      };
      break;
    }
    case "number": {
      const simple = field.bareNumber && field.decimalChar === "." && field.groupChar === undefined;
      runtime.expected.type = "a number";
      runtime.parse = (text, row, column) => {
        const n = simple
          ? row.number(column)
          : numberFrom(cleanNumberText(text, field.decimalChar, field.groupChar, field.bareNumber));
        if (!Number.isNaN(n)) return n;
        return text === "NaN" ? Number.NaN : undefined;
      };
      break;
    }
    case "boolean": {
      const truthy = new Set(field.trueValues);
      const falsy = new Set(field.falseValues);
      runtime.expected.type = `a boolean (${[...field.trueValues, ...field.falseValues].map((v) => JSON.stringify(v)).join(", ")})`;
      runtime.parse = (text) => (truthy.has(text) ? true : falsy.has(text) ? false : undefined);
      break;
    }
    case "date":
    case "datetime": {
      const parse = createTemporalParser(field.type, field.format);
      runtime.expected.type = `a ${field.type}${field.format === "default" ? " (ISO 8601)" : field.format === "any" ? "" : ` as ${field.format}`}`;
      runtime.parse = (text) => parse(text);
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
      runtime.parse = format ? (text) => (format.test(text) ? text : undefined) : (text) => text;
      break;
    }
  }

  const temporal = field.type === "date" || field.type === "datetime";
  const bound = (value: unknown): number | undefined =>
    value === undefined
      ? undefined
      : temporal
        ? parseIsoTemporal(field.type as "date" | "datetime", String(value))
        : Number(value);
  const minimum = "minimum" in constraints ? bound(constraints.minimum) : undefined;
  const maximum = "maximum" in constraints ? bound(constraints.maximum) : undefined;
  if (minimum !== undefined) {
    runtime.expected.minimum = `≥ ${String((constraints as { minimum: unknown }).minimum)}`;
    runtime.checks.push((value) => ((value as number) < minimum ? "minimum" : undefined));
  }
  if (maximum !== undefined) {
    runtime.expected.maximum = `≤ ${String((constraints as { maximum: unknown }).maximum)}`;
    runtime.checks.push((value) => ((value as number) > maximum ? "maximum" : undefined));
  }
  if ("minLength" in constraints && constraints.minLength !== undefined) {
    const least = constraints.minLength;
    runtime.expected.minLength = `at least ${least} characters`;
    runtime.checks.push((_, text) => (characters(text) < least ? "minLength" : undefined));
  }
  if ("maxLength" in constraints && constraints.maxLength !== undefined) {
    const most = constraints.maxLength;
    runtime.expected.maxLength = `at most ${most} characters`;
    runtime.checks.push((_, text) => (characters(text) > most ? "maxLength" : undefined));
  }
  if ("pattern" in constraints && constraints.pattern !== undefined) {
    const pattern = compileFieldPattern(constraints.pattern);
    runtime.expected.pattern = `matching /${constraints.pattern}/`;
    runtime.checks.push((_, text) => (pattern.test(text) ? undefined : "pattern"));
  }
  if (constraints.enum !== undefined) {
    const allowed = new Set(
      (constraints.enum as unknown[]).map((v) =>
        runtime.key(temporal ? (bound(v) as number) : (v as CellValue)),
      ),
    );
    const shown = (constraints.enum as unknown[]).map((v) => JSON.stringify(v));
    runtime.expected.enum = `one of ${shown.length > 8 ? `${shown.slice(0, 8).join(", ")}, … (${shown.length})` : shown.join(", ")}`;
    runtime.checks.push((value) => (allowed.has(runtime.key(value)) ? undefined : "enum"));
  }
  return runtime;
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

function outside(value: number, bounds: Bounds): boolean {
  return (bounds.min !== undefined && value < bounds.min) || (bounds.max !== undefined && value > bounds.max);
}

function describeBounds(bounds: Bounds, what: string, format: (n: number) => string = String): string {
  if (bounds.min !== undefined && bounds.max !== undefined)
    return `${what} between ${format(bounds.min)} and ${format(bounds.max)}`;
  if (bounds.min !== undefined) return `${what} ≥ ${format(bounds.min)}`;
  return `${what} ≤ ${format(bounds.max as number)}`;
}

function percent(share: number): string {
  return `${Number((share * 100).toFixed(2))}%`;
}
