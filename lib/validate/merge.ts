import fs from "node:fs/promises";
import path from "node:path";
import { parseJsonWith } from "../config/located-document.ts";
import { ConfigError } from "../errors.ts";
import type { SchemaChange } from "../schema/diff.ts";
import { loadTableSchema } from "../schema/load.ts";
import type { TableSchema } from "../schema/table-schema.ts";
import { QuantileSketch } from "../stats/quantile-sketch.ts";
import * as z from "../zod.ts";
import { parseShard, type ShardState, schemaDigest, shardState } from "./shards.ts";
import { type ColumnTotals, TABLE_RULES, tableCheckViolations } from "./table-checks.ts";
import { type Duplicate, eachKeyRecord, UniqueKeys } from "./unique-keys.ts";
import type { FileSummary, ValidationReport, Violation, ViolationExample } from "./validate.ts";

/**
 * One report for a dataset validated in shards by a matrix of runners (`shard: k/n`): the shards'
 * reports, each with its state (see shards.ts), become the report one run over every file would
 * have given. Counts of the row-level rules add up and their first examples are kept; the table
 * checks are judged from the summed totals (missing cells, category counts, merged quantile
 * sketches); uniqueness is checked again over every shard's key log, so a key held once by two
 * shards is a duplicate, as in one run. Only the examples' order can differ from one run's.
 */

const example = z.object({
  file: z.string(),
  row: z.number(),
  line: z.number(),
  value: z.string(),
  detail: z.optional(z.string()),
});
const shardReport = z.object({
  valid: z.boolean(),
  rows: z.int().check(z.minimum(0)),
  bytes: z.number().check(z.minimum(0)),
  files: z.array(
    z.object({ file: z.string(), rows: z.int().check(z.minimum(0)), bytes: z.number().check(z.minimum(0)) }),
  ),
  violations: z.array(
    z.object({
      rule: z.string(),
      column: z.nullable(z.string()),
      expected: z.string(),
      count: z.int().check(z.minimum(0)),
      examples: z.array(example),
    }),
  ),
  notes: z.array(z.string()),
  durationMs: z.number().check(z.minimum(0)),
  shard: z.optional(shardState),
  schemaChanges: z.optional(z.array(z.unknown())),
});
type ShardReport = z.infer<typeof shardReport>;

export interface MergeRequest {
  /** The shard reports: files or globs, relative to `cwd`. */
  reports: string[];
  schemaFile: string;
  cwd: string;
  /** Examples kept per rule (default 10, as one run keeps). */
  maxExamples?: number;
  /** Memory for the uniqueness check across shards (default as one run uses). */
  uniqueKeyBytes?: number;
  tempDir?: string;
}

export interface MergeOutcome {
  report: ValidationReport;
  schema: TableSchema;
  /** What the pull request changes in the contract, as the shards reported it. */
  schemaChanges?: SchemaChange[];
  /** The reports merged, in shard order. */
  sources: string[];
}

export async function mergeShardReports(request: MergeRequest): Promise<MergeOutcome> {
  const started = Date.now();
  const maxExamples = request.maxExamples ?? 10;
  const schema = await loadTableSchema(path.resolve(request.cwd, request.schemaFile));
  const shards = await readShardReports(
    request.reports,
    request.cwd,
    schemaDigest(schema),
    request.schemaFile,
  );

  const files: FileSummary[] = shards.flatMap(({ report }) => report.files);
  const rows = shards.reduce((sum, { report }) => sum + report.rows, 0);
  const notes: string[] = [];
  const deferral = /^the table checks .* are left to the merge of all shards/;
  for (const { report } of shards)
    for (const note of report.notes) if (!deferral.test(note)) notes.push(note);

  // Row-level rules: counts add up, the first examples (shard by shard) are kept.
  const merged = new Map<string, Violation>();
  const keyOf = (rule: string, column: string | null) => `${rule}\u0000${column ?? ""}`;
  for (const { report } of shards)
    for (const v of report.violations) {
      if (TABLE_RULES.has(v.rule as Violation["rule"])) continue;
      const existing = merged.get(keyOf(v.rule, v.column));
      if (existing === undefined)
        merged.set(keyOf(v.rule, v.column), {
          ...(v as Violation),
          examples: v.examples.slice(0, maxExamples),
        });
      else {
        existing.count += v.count;
        for (const e of v.examples) if (existing.examples.length < maxExamples) existing.examples.push(e);
      }
    }

  // Uniqueness across shards, from the key logs.
  for (const store of keyStores(shards)) {
    const key = keyOf(store.rule, store.column);
    const missingLog = shards.find(({ state }) => {
      const entry = state.keys.find((k) => k.rule === store.rule && k.column === store.column);
      return entry === undefined || entry.file === undefined;
    });
    if (missingLog !== undefined) {
      const entry = missingLog.state.keys.find((k) => k.rule === store.rule && k.column === store.column);
      notes.push(
        `${store.rule === "unique" ? `uniqueness of "${store.column}"` : "primary key uniqueness"} was checked within each shard only, not across shards: ${missingLog.source} has no key log (${entry?.failure ?? "none listed"})`,
      );
      continue;
    }
    const found = recheckKeys(shards, store, maxExamples, request);
    if (found.failure !== undefined)
      notes.push(
        `uniqueness across shards of "${store.column}" could not be checked fully (${found.failure})`,
      );
    const existing = merged.get(key);
    if (found.count === 0) {
      merged.delete(key);
      continue;
    }
    const within = new Map<string, ViolationExample>();
    for (const { report } of shards)
      for (const v of report.violations)
        if (v.rule === store.rule && v.column === store.column)
          for (const e of v.examples) within.set(`${e.file}\u0000${e.row}`, e);
    const place = placeOf(shards);
    const examples = found.first.map((duplicate): ViolationExample => {
      const here = place(duplicate.row);
      const first = place(duplicate.first);
      const known = within.get(`${here.file}\u0000${here.row}`);
      const sameAs = first.file === here.file ? `row ${first.row}` : `${first.file} row ${first.row}`;
      return {
        file: here.file,
        row: here.row,
        line: known?.line ?? 0,
        value: known?.value ?? "",
        detail: `${store.rule === "unique" ? "same as" : "same key as"} ${sameAs}`,
      };
    });
    const violation: Violation = {
      rule: store.rule,
      column: store.column,
      expected:
        existing?.expected ?? (store.rule === "unique" ? "no repeated values" : "a key no other row has"),
      count: found.count,
      examples,
    };
    if (existing) Object.assign(existing, violation);
    else merged.set(key, violation);
  }

  // The table checks, from the shards' totals together.
  const totals = new Map<string, ColumnTotals>();
  for (const field of schema.fields) {
    const total: ColumnTotals = { missing: 0 };
    for (const { state } of shards) {
      const column = state.columns[field.name];
      if (column === undefined) continue;
      total.missing += column.missing;
      if (column.categories) {
        total.categories ??= new Map();
        for (const [value, count] of column.categories)
          total.categories.set(value, (total.categories.get(value) ?? 0) + count);
      }
      if (column.sketch) {
        const sketch = QuantileSketch.fromJSON({
          ...column.sketch,
          min: column.sketch.min ?? 0,
          max: column.sketch.max ?? 0,
        });
        if (total.sketch) total.sketch.merge(sketch);
        else total.sketch = sketch;
      }
    }
    totals.set(field.name, total);
  }
  const where = {
    file: files.length === 1 ? (files[0] as FileSummary).file : `${files.length} files`,
    row: 0,
    line: 0,
  };
  const violations = [...merged.values(), ...tableCheckViolations(schema, rows, totals, where, maxExamples)];

  const schemaChanges = shards[0]?.report.schemaChanges as SchemaChange[] | undefined;
  return {
    report: {
      valid: violations.length === 0,
      rows,
      bytes: shards.reduce((sum, { report }) => sum + report.bytes, 0),
      files,
      violations,
      notes: [...new Set(notes)],
      // The shards ran side by side: the slowest one, and the merge.
      durationMs: Math.max(0, ...shards.map(({ report }) => report.durationMs)) + (Date.now() - started),
    },
    schema,
    ...(schemaChanges ? { schemaChanges } : {}),
    sources: shards.map((s) => s.source),
  };
}

interface LoadedShard {
  source: string;
  dir: string;
  report: ShardReport;
  state: ShardState;
}

async function readShardReports(
  patterns: string[],
  cwd: string,
  digest: string,
  schemaFile: string,
): Promise<LoadedShard[]> {
  const found = new Set<string>();
  // Loaded here, not with the module: a validate-data step that merges no shards never needs it.
  const { glob, isDynamicPattern } = await import("tinyglobby");
  for (const pattern of patterns) {
    const matches = isDynamicPattern(pattern)
      ? await glob(pattern, { cwd, absolute: false, onlyFiles: true, expandDirectories: false })
      : [pattern];
    if (matches.length === 0)
      throw new ConfigError(`no shard report matches "${pattern}"`, { field: "merge-reports" });
    for (const match of matches) found.add(match);
  }
  const shards: Array<LoadedShard & { k: number; n: number }> = [];
  for (const source of found) {
    const file = path.resolve(cwd, source);
    let text: string;
    try {
      text = await fs.readFile(file, "utf8");
    } catch {
      throw new ConfigError("cannot read this shard report", { file: source });
    }
    const report = parseJsonWith(text, source, shardReport, "a validate-data report");
    if (report.shard === undefined)
      throw new ConfigError(
        "is not a shard's report (it has no shard state): validate each shard with `shard: k/n`",
        { file: source },
      );
    const position = parseShard(report.shard.shard) as { k: number; n: number };
    if (report.shard.schemaSha256 !== digest)
      throw new ConfigError(
        `was validated against another data contract than ${schemaFile}: merge only shards of one run`,
        { file: source },
      );
    shards.push({ source, dir: path.dirname(file), report, state: report.shard, ...position });
  }
  const n = shards[0]?.n ?? 0;
  const odd = shards.find((s) => s.n !== n);
  if (odd) throw new ConfigError(`is shard ${odd.k}/${odd.n}, the others are of ${n}`, { file: odd.source });
  shards.sort((a, b) => a.k - b.k);
  for (let k = 1; k <= n; k++) {
    const same = shards.filter((s) => s.k === k);
    if (same.length === 0)
      throw new ConfigError(
        `shard ${k}/${n} is missing: found ${shards.map((s) => `${s.k}/${s.n}`).join(", ")} (${shards.map((s) => s.source).join(", ")})`,
        { field: "merge-reports" },
      );
    if (same.length > 1)
      throw new ConfigError(`shard ${k}/${n} is there twice: ${same.map((s) => s.source).join(" and ")}`, {
        field: "merge-reports",
      });
  }
  return shards;
}

function keyStores(shards: LoadedShard[]): Array<{ rule: "unique" | "primaryKey"; column: string }> {
  const stores = new Map<string, { rule: "unique" | "primaryKey"; column: string }>();
  for (const { state } of shards)
    for (const k of state.keys) stores.set(`${k.rule}\u0000${k.column}`, { rule: k.rule, column: k.column });
  return [...stores.values()];
}

/**
 * Every shard's keys of one store, shard after shard, through one exact uniqueness check: rows are
 * numbered across shards (shard 1's rows first), so each duplicate names where its key was first.
 */
function recheckKeys(
  shards: LoadedShard[],
  store: { rule: string; column: string },
  examples: number,
  request: MergeRequest,
): { count: number; first: Duplicate[]; failure: string | undefined } {
  const keys = new UniqueKeys({
    ...(request.uniqueKeyBytes === undefined ? {} : { maxBytes: request.uniqueKeyBytes }),
    ...(request.tempDir === undefined ? {} : { tempDir: request.tempDir }),
    expectedKeys: shards.reduce((sum, s) => sum + s.report.rows, 0),
  });
  let count = 0;
  const first: Duplicate[] = [];
  let offset = 0;
  try {
    for (const shard of shards) {
      const entry = shard.state.keys.find((k) => k.rule === store.rule && k.column === store.column);
      const file = path.join(shard.dir, entry?.file as string);
      eachKeyRecord(file, (high, low, row) => {
        const seen = keys.add(high, low, offset + row);
        if (seen >= 0) {
          count++;
          if (first.length < examples) first.push({ row: offset + row, first: seen });
        }
      });
      offset += shard.report.rows;
    }
    const spilled = keys.finish(examples);
    const all = [...first, ...spilled.first].sort((a, b) => a.row - b.row).slice(0, examples);
    return { count: count + spilled.count, first: all, failure: keys.failure };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(
      code === "ENOENT"
        ? "a key log named in a shard report is missing: upload it with the report (it lies beside it)"
        : `cannot read a key log: ${(error as Error).message}`,
      { field: "merge-reports" },
    );
  } finally {
    keys.dispose();
  }
}

/** A row in the sequence of all shards' files, as file and row. */
function placeOf(shards: LoadedShard[]): (sequence: number) => { file: string; row: number } {
  const starts: Array<{ file: string; offset: number }> = [];
  let offset = 0;
  for (const { report } of shards)
    for (const file of report.files) {
      starts.push({ file: file.file, offset });
      offset += file.rows;
    }
  return (sequence) => {
    let index = starts.length - 1;
    while (index > 0 && sequence <= (starts[index] as { offset: number }).offset) index--;
    const start = starts[index] as { file: string; offset: number };
    return { file: start.file, row: sequence - start.offset };
  };
}
