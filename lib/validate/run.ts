import path from "node:path";
import type { ReadProgress } from "../data/rows.ts";
import { expandSources, readData } from "../data/sources.ts";
import { DataError } from "../errors.ts";
import { diffSchemas, type SchemaChange } from "../schema/diff.ts";
import { loadTableSchema, parseTableSchema } from "../schema/load.ts";
import type { TableSchema } from "../schema/table-schema.ts";
import { type ValidationReport, validateData } from "./validate.ts";

/** What validate-data and `trainyard validate` share: sources in, report (and schema changes) out. */
export interface ValidationRequest {
  /** Files, directories and globs, relative to `cwd`. */
  data: string[];
  schemaFile: string;
  cwd: string;
  /** `k/n`: validate the k-th of n slices of the file list (for a matrix of runners). */
  shard?: string;
  /** The base branch's schema, to report what the change does to the contract. */
  baseSchema?: { text: string; file: string };
  onProgress?: (line: string) => void;
}

export interface ValidationOutcome {
  report: ValidationReport;
  schema: TableSchema;
  schemaChanges?: SchemaChange[];
}

export async function runValidation(request: ValidationRequest): Promise<ValidationOutcome> {
  const schema = await loadTableSchema(path.resolve(request.cwd, request.schemaFile));
  const schemaChanges = request.baseSchema
    ? diffSchemas(parseTableSchema(request.baseSchema.text, request.baseSchema.file), schema)
    : undefined;
  const all = await expandSources(request.data, request.cwd);
  const files = request.shard ? pickShard(all, request.shard) : all;
  const started = Date.now();
  const report = await validateData({
    schema,
    files,
    reader: readData,
    displayName: (file) => path.relative(request.cwd, file) || file,
    ...(request.onProgress ? { onProgress: (p) => request.onProgress?.(progressLine(p, started)) } : {}),
  });
  return { report, schema, ...(schemaChanges ? { schemaChanges } : {}) };
}

/** Files `k`, `k+n`, `k+2n`… (1-based k) of the sorted list, so n runners split the work evenly. */
export function pickShard(files: string[], shard: string): string[] {
  const match = /^(\d+)\s*\/\s*(\d+)$/.exec(shard.trim());
  const k = Number(match?.[1]);
  const n = Number(match?.[2]);
  if (!match || n < 1 || k < 1 || k > n)
    throw new DataError(`shard must be k/n with 1 ≤ k ≤ n, got "${shard}"`);
  return files.filter((_, index) => index % n === k - 1);
}

function progressLine(
  p: ReadProgress & { file: string; fileIndex: number; files: number },
  started: number,
): string {
  const seconds = Math.max((Date.now() - started) / 1000, 0.001);
  const share =
    p.bytesTotal > 0
      ? ` ${Math.round((100 * p.bytesRead) / p.bytesTotal)}% of ${(p.bytesTotal / 1e6).toFixed(0)} MB,`
      : "";
  const which = p.files > 1 ? ` (file ${p.fileIndex + 1} of ${p.files})` : "";
  return `validating ${p.file}${which}:${share} ${p.rows.toLocaleString("en-US")} rows, ${Math.round(p.rows / seconds).toLocaleString("en-US")} rows/s`;
}
