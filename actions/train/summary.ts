import { thousands } from "../../lib/format.ts";
import { describeGpus } from "../../lib/train/gpu-telemetry.ts";
import type { TrainingOutcome } from "../../lib/train/train.ts";
import { bytes, cell, code, details, duration, fenced, plural, table } from "../../reports/markdown.ts";
import type { StoredArtifact } from "../artifacts.ts";

/** Rows shown at most in the metrics and artifacts tables; the record holds them all. */
export const MAX_TABLE_ROWS = 50;

export type UploadResult = { artifact: StoredArtifact } | { skipped: string };

/** The step's outputs, as action.yml lists them. */
export function trainingOutputs(
  outcome: TrainingOutcome,
  upload: UploadResult | undefined,
): Record<string, string | number> {
  const { record } = outcome;
  const uploaded = upload && "artifact" in upload ? upload.artifact : undefined;
  return {
    metrics: JSON.stringify(record.metrics),
    record: outcome.recordPath,
    "artifact-name": uploaded?.name ?? "",
    "artifact-id": uploaded?.id ?? "",
    "exit-code": record.exitCode,
    "duration-seconds": record.run.durationSeconds,
    "gpu-hours": record.resources.gpuHours,
    "energy-kwh": record.resources.energyKWh,
    cost: record.resources.cost?.amount ?? "",
  };
}

/** The train step's job summary. */
export function renderTraining(outcome: TrainingOutcome, upload: UploadResult | undefined): string {
  const { record } = outcome;
  const took = duration(Math.round(record.run.durationSeconds * 1000));
  const headline = outcome.succeeded
    ? `### ✅ Trained ${code(record.model)} in ${took}`
    : outcome.timedOut
      ? `### ❌ Training ${code(record.model)} timed out after ${took}`
      : `### ❌ Training ${code(record.model)} failed: exit code ${record.exitCode} after ${took}`;
  const parts = [headline, "", facts(outcome, upload)];
  if (outcome.notes.length > 0) parts.push("", ...outcome.notes.map((note) => `- ${cell(note, 300)}`));
  if (!outcome.succeeded)
    parts.push("", details(`Last ${plural(outcome.tail.length, "line")} of output`, fenced(outcome.tail)));
  const metrics = Object.entries(record.metrics);
  if (metrics.length > 0)
    parts.push(
      "",
      "#### Metrics",
      "",
      table(
        ["metric", "value"],
        metrics.slice(0, MAX_TABLE_ROWS).map(([name, value]) => [code(name, 60), formatNumber(value)]),
        ["l", "r"],
      ),
      ...more(metrics.length, "metric"),
    );
  const slices = Object.entries(record.slices);
  if (slices.length > 0)
    parts.push("", details(`Metrics of ${plural(slices.length, "slice")}`, sliceTable(slices)));
  if (record.artifacts.length > 0)
    parts.push(
      "",
      "#### Model files",
      "",
      table(
        ["file", "size", "sha256"],
        record.artifacts
          .slice(0, MAX_TABLE_ROWS)
          .map((file) => [code(file.path, 80), bytes(file.size), code(file.sha256, 64)]),
        ["l", "r", "l"],
      ),
      ...more(record.artifacts.length, "file"),
    );
  return `${parts.join("\n")}\n`;
}

function facts(outcome: TrainingOutcome, upload: UploadResult | undefined): string {
  const { record } = outcome;
  const { resources } = record;
  const gpus = record.environment.gpus;
  const rows: string[][] = [
    ["command", code(record.command, 100)],
    ["exit status", String(record.exitCode)],
    ["duration", duration(Math.round(record.run.durationSeconds * 1000))],
    ["GPUs", cell(gpus.length > 0 ? describeGpus(gpus) : (outcome.gpuAbsence ?? "none"), 200)],
  ];
  if (resources.gpuCount > 0) {
    rows.push(["GPU-hours", formatNumber(resources.gpuHours)]);
    rows.push(["energy", `${formatNumber(resources.energyKWh)} kWh`]);
  }
  if (resources.cost)
    rows.push([
      "cost",
      `${dollars(resources.cost.amount)} at ${dollars(resources.cost.pricePerGpuHour)} per GPU-hour`,
    ]);
  const { telemetry } = resources;
  if (telemetry) {
    const { utilizationPercent: utilization, memoryUsedMiB: memory, powerWatts: power } = telemetry;
    const sampling = `${plural(telemetry.samples, "sample")} every ${telemetry.intervalSeconds} s`;
    rows.push([
      "GPU utilisation",
      `${whole(utilization.mean)}% mean, ${whole(utilization.max)}% max (${sampling})`,
    ]);
    rows.push(["GPU memory", `${whole(memory.mean)} MiB mean, ${whole(memory.max)} MiB max, per GPU`]);
    rows.push(["GPU power", `${whole(power.mean)} W mean, ${whole(power.max)} W max, per GPU`]);
  }
  rows.push([
    "artifact",
    upload === undefined
      ? "nothing uploaded: the command failed"
      : "artifact" in upload
        ? `${code(upload.artifact.name, 80)} (${bytes(upload.artifact.size)})`
        : `not uploaded: ${cell(upload.skipped, 200)}`,
  ]);
  return table(["", ""], rows, ["l", "l"]);
}

function sliceTable(slices: Array<[string, Record<string, number>]>): string {
  const names = [...new Set(slices.flatMap(([, metrics]) => Object.keys(metrics)))].slice(0, 8);
  return table(
    ["slice", ...names.map((name) => code(name))],
    slices
      .slice(0, MAX_TABLE_ROWS)
      .map(([slice, metrics]) => [
        code(slice, 60),
        ...names.map((name) => (metrics[name] === undefined ? "—" : formatNumber(metrics[name] as number))),
      ]),
    ["l", ...names.map(() => "r" as const)],
  );
}

function more(count: number, what: string): string[] {
  return count > MAX_TABLE_ROWS
    ? ["", `${plural(count - MAX_TABLE_ROWS, `more ${what}`)} in the run record.`]
    : [];
}

/** Cents from a dollar up; below that, enough digits to show it is not nothing. */
function dollars(amount: number): string {
  return `$${amount >= 1 || amount === 0 ? amount.toFixed(2) : formatNumber(amount)}`;
}

function whole(value: number): string {
  return thousands(Math.round(value));
}

/** Six significant digits, no exponent for ordinary values. */
export function formatNumber(value: number): string {
  return String(Number(value.toPrecision(6)));
}
