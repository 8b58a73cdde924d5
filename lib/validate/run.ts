import path from "node:path";
import type { ReadProgress } from "../data/rows.ts";
import { expandSources, readData } from "../data/sources.ts";
import { DataError } from "../errors.ts";
import { thousands } from "../format.ts";
import { diffSchemas, type SchemaChange } from "../schema/diff.ts";
import { loadTableSchema, parseTableSchema } from "../schema/load.ts";
import type { TableSchema } from "../schema/table-schema.ts";
import { parseShard } from "./shards.ts";
import { type ValidationReport, validateData } from "./validate.ts";

/** What validate-data and `trainyard validate` share: sources in, report (and schema changes) out. */
export interface ValidationRequest {
  /** Files, directories and globs, relative to `cwd`. */
  data: string[];
  schemaFile: string;
  cwd: string;
  /** `k/n`: validate the k-th of n slices of the file list (for a matrix of runners). */
  shard?: string;
  /**
   * With `shard`: where the report will be written. The shard's key logs go beside it
   * (`<report>.keys-<i>.bin`), for the merge to check uniqueness across shards.
   */
  shardReportPath?: string;
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
  const files = (request.shard ? pickShard(all, request.shard) : all).map((file) =>
    path.resolve(request.cwd, file),
  );
  const started = Date.now();
  const reportPath = request.shardReportPath;
  const report = await validateData({
    schema,
    files,
    reader: readData,
    displayName: (file) => path.relative(request.cwd, file) || file,
    ...(request.shard
      ? {
          shard: {
            name: request.shard.trim(),
            ...(reportPath ? { keyFile: (store: number) => keyLogPath(reportPath, store) } : {}),
          },
        }
      : {}),
    ...(request.onProgress ? { onProgress: (p) => request.onProgress?.(progressLine(p, started)) } : {}),
  });
  return { report, schema, ...(schemaChanges ? { schemaChanges } : {}) };
}

/** Files `k`, `k+n`, `k+2n`… (1-based k) of the sorted list, so n runners split the work evenly. */
export function pickShard(files: string[], shard: string): string[] {
  const position = parseShard(shard);
  if (position === undefined) throw new DataError(`shard must be k/n with 1 ≤ k ≤ n, got "${shard}"`);
  return files.filter((_, index) => index % position.n === position.k - 1);
}

/** A shard's key log for store `store`, beside its report: `shard-2.json` → `shard-2.keys-0.bin`. */
export function keyLogPath(reportPath: string, store: number): string {
  const base = path.basename(reportPath).replace(/\.json$/i, "");
  return path.join(path.dirname(reportPath), `${base}.keys-${store}.bin`);
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
  return `validating ${p.file}${which}:${share} ${thousands(p.rows)} rows, ${thousands(Math.round(p.rows / seconds))} rows/s`;
}
