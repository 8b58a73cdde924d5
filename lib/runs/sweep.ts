import fs from "node:fs/promises";
import path from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";
import { parseJsonWith } from "../config/located-document.ts";
import { ConfigError, DataError } from "../errors.ts";
import { directions } from "../evaluate/gates.ts";
import * as z from "../zod.ts";
import { parseRunRecord, type RunRecord } from "./run-record.ts";

/**
 * A hyper-parameter sweep: the runs of one training matrix, each a run record (as the train
 * action wrote it, downloaded from that run's artifact), and the best of them by one metric.
 * Evaluate picks the best and judges it against production; report shows every run.
 */

export const sweepRun = z.object({
  /** The run's name: the folder its record was in (the artifact's name). */
  name: z.string(),
  /** "failed": the training command failed; "no-record": the run left no record at all. */
  status: z.enum(["succeeded", "failed", "no-record"]),
  params: z._default(z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])), {}),
  /** The sweep's metric, undefined when the run did not record it. */
  value: z.optional(z.number()),
  exitCode: z.optional(z.int()),
  durationSeconds: z.optional(z.number().check(z.minimum(0))),
  /** Cost in USD, when the run was priced. */
  cost: z.optional(z.number().check(z.minimum(0))),
  url: z.optional(z.string()),
});
export type SweepRun = z.infer<typeof sweepRun>;

export const sweepSchema = z.object({
  metric: z.string().check(z.minLength(1)),
  direction: z.enum(directions),
  runs: z.array(sweepRun),
  /** The name of the best run: the candidate evaluate compared with production. */
  best: z.string(),
  /** Other runs whose value equals the best's; the best is the first of them by name. */
  tiedWith: z._default(z.array(z.string()), []),
});
export type Sweep = z.infer<typeof sweepSchema>;

/** The file evaluate writes beside comparison.json, and report reads. */
export const SWEEP_FILE = "sweep.json";

export interface SweepEntry {
  name: string;
  record: RunRecord;
  file: string;
}

/**
 * The sweep's run records: files or globs (one per line or comma-separated), relative to `cwd`.
 * A run is named by its record's folder, which download-artifact names after the artifact.
 */
export async function readSweepRecords(patterns: string[], cwd: string): Promise<SweepEntry[]> {
  const files = new Set<string>();
  for (const pattern of patterns) {
    const matches = isDynamicPattern(pattern)
      ? await glob(pattern, { cwd, absolute: false, onlyFiles: true, expandDirectories: false })
      : [pattern];
    for (const match of matches) files.add(match);
  }
  if (files.size === 0)
    throw new DataError(
      `no run record matches ${patterns.map((p) => JSON.stringify(p)).join(", ")}: did every run of the sweep fail, or were its artifacts not downloaded?`,
      { field: "sweep" },
    );
  const entries: SweepEntry[] = [];
  for (const file of files) {
    const absolute = path.resolve(cwd, file);
    const text = await fs.readFile(absolute, "utf8").catch(() => {
      throw new DataError("no run record here", { file, field: "sweep" });
    });
    const folder = path.basename(path.dirname(absolute));
    entries.push({ name: folder || file, record: parseRunRecord(text, file), file: absolute });
  }
  const names = entries.map((entry) => entry.name);
  // Two records in one folder: the file's path tells them apart instead.
  for (const entry of entries)
    if (names.filter((name) => name === entry.name).length > 1)
      entry.name = path.relative(cwd, entry.file).split(path.sep).join("/");
  return entries.sort((a, b) => byName(a.name, b.name));
}

export interface SweepChoice {
  sweep: Sweep;
  /** The best run's record and file. */
  best: SweepEntry;
}

/**
 * The best run by `metric` in `direction`, among the runs whose command succeeded and that
 * recorded the metric. Ties go to the first run by name, so a re-run picks the same one.
 * `expectedRuns`, when given, counts runs that left no record (a job that failed before its
 * record was uploaded): they are listed as such.
 */
export function pickBestRun(
  entries: SweepEntry[],
  metric: string,
  direction: Sweep["direction"],
  expectedRuns?: number,
): SweepChoice {
  entries = [...entries].sort((a, b) => byName(a.name, b.name));
  const runs: SweepRun[] = entries.map(({ name, record }) => {
    const value = record.metrics[metric];
    const cost = record.resources.cost?.amount;
    return {
      name,
      status: record.exitCode === 0 ? "succeeded" : "failed",
      params: record.params,
      ...(value === undefined ? {} : { value }),
      exitCode: record.exitCode,
      durationSeconds: record.run.durationSeconds,
      ...(cost === undefined ? {} : { cost }),
      ...(record.run.url ? { url: record.run.url } : {}),
    };
  });
  const missing = expectedRuns === undefined ? 0 : Math.max(0, expectedRuns - entries.length);
  for (let index = 1; index <= missing; index += 1)
    runs.push({ name: `run ${entries.length + index} of ${expectedRuns}`, status: "no-record", params: {} });
  const eligible = entries.filter(
    (entry) => entry.record.exitCode === 0 && entry.record.metrics[metric] !== undefined,
  );
  if (eligible.length === 0) {
    const why = entries.map(({ name, record }) =>
      record.exitCode !== 0
        ? `${name} failed (exit ${record.exitCode})`
        : `${name} has no "${metric}" (it recorded ${Object.keys(record.metrics).join(", ") || "no metrics"})`,
    );
    throw new DataError(
      `no run of the sweep recorded the metric "${metric}" and succeeded: ${[...why, ...(missing > 0 ? [`${missing} left no record`] : [])].join("; ")}`,
      { field: "sweep" },
    );
  }
  const value = (entry: SweepEntry) => entry.record.metrics[metric] as number;
  const better = (a: number, b: number) => (direction === "higher" ? a > b : a < b);
  let best = eligible[0] as SweepEntry;
  for (const entry of eligible) if (better(value(entry), value(best))) best = entry;
  const tiedWith = eligible
    .filter((entry) => entry !== best && value(entry) === value(best))
    .map((entry) => entry.name);
  return { sweep: { metric, direction, runs, best: best.name, tiedWith }, best };
}

/**
 * The metric a sweep is judged by: the one given, else the model's first gate (its main
 * metric, as the report's charts take it). A ConfigError when there is neither.
 */
export function sweepMetric(
  given: string | undefined,
  gates: Record<string, unknown>,
  configFile: string,
): string {
  if (given) return given;
  const first = Object.keys(gates)[0];
  if (first === undefined)
    throw new ConfigError(
      "a sweep needs a metric to pick its best run by: give `sweep-metric`, or a gate under the model's gates",
      { file: configFile, field: "gates" },
    );
  return first;
}

export function parseSweep(text: string, file: string): Sweep {
  return parseJsonWith(text, file, sweepSchema, "a sweep");
}

function byName(a: string, b: string): number {
  return a.localeCompare(b, "en", { numeric: true });
}
