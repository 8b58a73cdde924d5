import path from "node:path";
import { ConfigError } from "../errors.ts";
import { type Params, readHistory, readMetrics, readParams, readSlices } from "../metrics/read.ts";
import type { RunRecord } from "../runs/run-record.ts";
import { isSecretName, REDACTED } from "../secrets.ts";
import { type CommandResult, commandEnvironment, runCommand } from "./command.ts";
import { digestFiles } from "./files.ts";
import { describeGpus, GpuSampler, probeGpus } from "./gpu-telemetry.ts";
import type { GpuSample } from "./nvidia-smi.ts";
import { buildRunRecord, RUN_RECORD_FILE, writeRunRecord } from "./record.ts";
import { accountResources, round } from "./resources.ts";
import { probeSoftware } from "./software.ts";

export interface TrainingRequest {
  model: string;
  command: string;
  workspace: string;
  /** Where the command runs and relative paths start (absolute, or relative to the workspace). */
  workingDirectory: string;
  metrics?: string;
  history?: string;
  params?: string;
  slices?: string;
  /** Files, directories and globs of the model. */
  artifacts: string[];
  /** Files, directories and globs of the data, digested for the record. */
  data: string[];
  pricePerGpuHour?: number;
  telemetryIntervalSeconds: number;
  timeoutMinutes?: number;
  run: Omit<RunRecord["run"], "startedAt" | "finishedAt" | "durationSeconds">;
  git: RunRecord["git"];
  runner: RunRecord["environment"]["runner"];
  recordPath: string;
  env: NodeJS.ProcessEnv;
}

export interface TrainingHooks {
  /** A line for the step's log: the command's output and Trainyard's own lines. */
  log: (line: string) => void;
  /** How often a progress line is logged while the command runs (default a minute). */
  progressEveryMs?: number;
  /**
   * Takes secrets out of text the record keeps, the command and the params: the command as
   * written may hold one (a workflow's `${{ secrets.X }}` is spelt out in it), and the record
   * travels to artifacts, pull request comments and Releases.
   */
  redact?: (text: string) => string;
  /**
   * Called once the command has started: work the step needs afterwards (loading the artifact
   * client) can run while the command does, instead of after it.
   */
  whileCommandRuns?: () => void;
}

export interface TrainingOutcome {
  record: RunRecord;
  recordPath: string;
  succeeded: boolean;
  timedOut: boolean;
  /** The command's last lines of output. */
  tail: string[];
  /** Why the run had no GPU ("no GPU on this runner (...)"), when it had none. */
  gpuAbsence: string | undefined;
  /** What could not be measured, in a user's words. */
  notes: string[];
  /** What to upload: the model files and the record, each with its path in the archive. */
  uploads: Array<{ source: string; path: string }>;
}

/**
 * A training run: the command run with its output streamed, the GPUs sampled meanwhile, then
 * (when it succeeded) its metrics, history, params, slices, model files and data read and
 * digested, and the run record written. A failed command gets a record too (what it ran on, for
 * how long, at what cost), without metrics or files, which it may not have written.
 */
export async function trainModel(request: TrainingRequest, hooks: TrainingHooks): Promise<TrainingOutcome> {
  const cwd = path.resolve(request.workspace, request.workingDirectory);
  const env = commandEnvironment(request.env);
  const notes: string[] = [];
  const probe = await probeGpus(env);
  hooks.log(probe.absence ?? `GPUs: ${describeGpus(probe.gpus)}`);
  const software = probeSoftware(env);
  const sampler = probe.nvidiaSmi
    ? GpuSampler.start(probe.nvidiaSmi, probe.gpus, request.telemetryIntervalSeconds, env)
    : undefined;
  const started = Date.now();
  const ticker = setInterval(
    () => hooks.log(progressLine(request.model, started, sampler)),
    hooks.progressEveryMs ?? 60_000,
  );
  hooks.log(`Running in ${path.relative(request.workspace, cwd) || "."}: ${request.command}`);
  let result: CommandResult;
  let samples: GpuSample[] = [];
  try {
    const running = runCommand({
      command: request.command,
      cwd,
      env,
      onLine: hooks.log,
      timeoutMs: request.timeoutMinutes === undefined ? undefined : request.timeoutMinutes * 60_000,
    });
    hooks.whileCommandRuns?.();
    result = await running;
  } finally {
    clearInterval(ticker);
    samples = (await sampler?.stop()) ?? [];
  }
  if (sampler?.failure) notes.push(sampler.failure);
  const account = accountResources({
    gpus: probe.gpus,
    samples,
    startedAt: result.startedAt,
    finishedAt: result.finishedAt,
    intervalSeconds: request.telemetryIntervalSeconds,
    pricePerGpuHour: request.pricePerGpuHour,
  });
  notes.push(...account.notes);
  const succeeded = result.exitCode === 0;
  const seconds = (result.finishedAt - result.startedAt) / 1000;
  hooks.log(
    result.timedOut
      ? `The command timed out after ${request.timeoutMinutes} min and was stopped.`
      : `The command exited with code ${result.exitCode} after ${seconds.toFixed(1)} s.`,
  );

  const collected = succeeded ? await collect(request, cwd) : undefined;
  const record = buildRunRecord({
    model: request.model,
    run: {
      ...request.run,
      startedAt: new Date(result.startedAt).toISOString(),
      finishedAt: new Date(result.finishedAt).toISOString(),
      durationSeconds: round(seconds, 3),
    },
    git: request.git,
    command: hooks.redact ? hooks.redact(request.command) : request.command,
    exitCode: result.exitCode,
    params: Object.fromEntries(
      Object.entries(collected?.params ?? {}).map(([key, value]) => [
        key,
        typeof value === "string" && hooks.redact ? hooks.redact(value) : value,
      ]),
    ),
    metrics: collected?.metrics ?? {},
    slices: collected?.slices ?? {},
    history: collected?.history ?? [],
    artifacts: collected?.artifacts ?? [],
    data: collected?.data ?? [],
    environment: { runner: request.runner, gpus: probe.gpus, software: await software },
    resources: account.resources,
  });
  await writeRunRecord(record, request.recordPath);
  return {
    record,
    recordPath: request.recordPath,
    succeeded,
    timedOut: result.timedOut,
    tail: result.tail,
    gpuAbsence: probe.absence,
    notes,
    uploads: collected
      ? [
          ...collected.artifacts.map((file) => ({ source: file.source, path: file.path })),
          { source: request.recordPath, path: RUN_RECORD_FILE },
        ]
      : [],
  };
}

async function collect(request: TrainingRequest, cwd: string) {
  const at = (file: string) => {
    const absolute = path.resolve(cwd, file);
    const name = path.relative(request.workspace, absolute).split(path.sep).join("/");
    return [absolute, name.startsWith("../") ? absolute : name] as const;
  };
  const select = (field: string, patterns: string[], insideWorkspace: boolean) =>
    digestFiles({ patterns, cwd, workspace: request.workspace, field, insideWorkspace });
  // The small files first: a bad metrics file fails before gigabytes of model are hashed.
  const params = request.params ? withoutSecrets(await readParams(...at(request.params))) : {};
  const metrics = request.metrics ? await readMetrics(...at(request.metrics)) : {};
  const slices = request.slices ? await readSlices(...at(request.slices)) : {};
  const history = request.history ? await readHistory(...at(request.history)) : [];
  const artifacts = await select("artifacts", request.artifacts, true);
  if (artifacts.some((file) => file.path === RUN_RECORD_FILE))
    throw new ConfigError(
      `${RUN_RECORD_FILE} at the workspace's root cannot be an artifact: the run record takes that name`,
      {
        field: "artifacts",
      },
    );
  const data = request.data.length > 0 ? await select("data", request.data, false) : [];
  return { params, metrics, slices, history, artifacts, data };
}

/**
 * Params with a secret's name (`wandb.api_key`) are recorded as "***": the record goes into
 * artifacts, pull request comments and Release metadata, which are no place for a key.
 */
function withoutSecrets(params: Params): Params {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, isSecretName(key) ? REDACTED : value]),
  );
}

/** `training churn: 12 min, GPU util 87%, 210 W` */
export function progressLine(model: string, startedAt: number, sampler: GpuSampler | undefined): string {
  const minutes = Math.round((Date.now() - startedAt) / 60_000);
  const parts = [`training ${model}: ${minutes} min`];
  const latest = sampler?.latest();
  if (latest?.utilizationPercent !== undefined)
    parts.push(`GPU util ${Math.round(latest.utilizationPercent)}%`);
  if (latest?.powerWatts !== undefined) parts.push(`${Math.round(latest.powerWatts)} W`);
  return parts.join(", ");
}
