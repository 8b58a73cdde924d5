import { parseJsonWith } from "../config/located-document.ts";
import * as z from "../zod.ts";

/**
 * The run record: what one training run produced and cost, written by the train action (JSON),
 * uploaded with the model as an artifact, and read by evaluate, report and register. Every field
 * a reviewer or an auditor may ask about later: which commit, which data, which params, which
 * metrics, which files (with digests), on which machine, for how long and at what cost.
 */
const digest = z.string().check(z.regex(/^[0-9a-f]{64}$/, "a sha256 in hex"));

export const fileDigest = z.object({
  /** Path relative to the workspace, with forward slashes. */
  path: z.string().check(z.minLength(1)),
  size: z.int().check(z.minimum(0)),
  sha256: digest,
});
export type FileDigest = z.infer<typeof fileDigest>;

/** One line of per-step history (e.g. an epoch): a step number and that step's metric values. */
export const historyPoint = z.catchall(z.object({ step: z.number() }), z.number());
export type HistoryPoint = z.infer<typeof historyPoint>;

export const gpuInfo = z.object({
  index: z.int().check(z.minimum(0)),
  name: z.string(),
  uuid: z.optional(z.string()),
  memoryTotalMiB: z.number().check(z.minimum(0)),
  driver: z.string(),
  cuda: z.optional(z.string()),
});
export type GpuInfo = z.infer<typeof gpuInfo>;

const statistic = z.object({ mean: z.number(), max: z.number() });

export const resourceUse = z.object({
  gpuCount: z.int().check(z.minimum(0)),
  /** GPU-hours: wall time × GPUs the run held. */
  gpuHours: z.number().check(z.minimum(0)),
  /** Energy the GPUs drew, integrated from their power samples, in kWh. */
  energyKWh: z.number().check(z.minimum(0)),
  cost: z.optional(
    z.object({
      currency: z.literal("USD"),
      amount: z.number().check(z.minimum(0)),
      pricePerGpuHour: z.number().check(z.minimum(0)),
    }),
  ),
  telemetry: z.optional(
    z.object({
      samples: z.int().check(z.minimum(0)),
      intervalSeconds: z.number().check(z.positive()),
      utilizationPercent: statistic,
      memoryUsedMiB: statistic,
      powerWatts: statistic,
    }),
  ),
});
export type ResourceUse = z.infer<typeof resourceUse>;

export const runRecord = z.object({
  schemaVersion: z.literal(1),
  model: z.string().check(z.minLength(1)),
  run: z.object({
    id: z.int(),
    attempt: z.int().check(z.minimum(1)),
    url: z.string(),
    workflow: z.string(),
    job: z.string(),
    event: z.string(),
    actor: z.string(),
    startedAt: z.string(),
    finishedAt: z.string(),
    durationSeconds: z.number().check(z.minimum(0)),
  }),
  git: z.object({
    repository: z.string(),
    commit: z.string(),
    ref: z.string(),
    pullRequest: z.optional(z.int()),
  }),
  command: z.string(),
  exitCode: z.int(),
  params: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])),
  /** Flat metric names (`val.accuracy`, nested keys joined with "."), values as numbers. */
  metrics: z.record(z.string(), z.number()),
  /** Metrics per slice, keyed by the slice's name (`country=DE`). */
  slices: z._default(z.record(z.string(), z.record(z.string(), z.number())), {}),
  history: z._default(z.array(historyPoint), []),
  artifacts: z.array(fileDigest),
  data: z._default(z.array(fileDigest), []),
  environment: z.object({
    runner: z.object({ os: z.string(), arch: z.string(), name: z.string() }),
    gpus: z.array(gpuInfo),
    /** Versions of tools the run could see: python, torch, cuda, scikit-learn... */
    software: z._default(z.record(z.string(), z.string()), {}),
  }),
  resources: resourceUse,
});
export type RunRecord = z.infer<typeof runRecord>;

/** A run record's JSON, checked: a DataError names the file and the line or field at fault. */
export function parseRunRecord(text: string, file: string): RunRecord {
  return parseJsonWith(text, file, runRecord, "a run record");
}
