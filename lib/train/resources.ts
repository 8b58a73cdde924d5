import type { GpuInfo, ResourceUse } from "../runs/run-record.ts";
import type { GpuSample } from "./nvidia-smi.ts";

const MS_PER_HOUR = 3_600_000;
const JOULES_PER_KWH = 3_600_000;

export interface ResourceInput {
  gpus: GpuInfo[];
  samples: GpuSample[];
  /** The command's start and end (ms since the epoch). */
  startedAt: number;
  finishedAt: number;
  intervalSeconds: number;
  pricePerGpuHour?: number;
}

export interface ResourceAccount {
  resources: ResourceUse;
  /** What could not be measured, in a user's words. */
  notes: string[];
}

/**
 * What the run used: GPU-hours (wall time × GPUs held), the energy the GPUs drew, the telemetry
 * statistics (per GPU reading), and the cost at the given price. Telemetry is left out of the
 * record when a quantity had no reading at all (the record has no "not measured" for one of them,
 * and a 0 would read as measured).
 */
export function accountResources(input: ResourceInput): ResourceAccount {
  const hours = Math.max(0, input.finishedAt - input.startedAt) / MS_PER_HOUR;
  const gpuHours = hours * input.gpus.length;
  const notes: string[] = [];
  const statistics = {
    utilizationPercent: statistic(input.samples.map((s) => s.utilizationPercent)),
    memoryUsedMiB: statistic(input.samples.map((s) => s.memoryUsedMiB)),
    powerWatts: statistic(input.samples.map((s) => s.powerWatts)),
  };
  const unreported = Object.entries({
    "utilisation (utilization.gpu)": statistics.utilizationPercent,
    "memory use (memory.used)": statistics.memoryUsedMiB,
    "power draw (power.draw)": statistics.powerWatts,
  }).flatMap(([name, value]) => (value === undefined ? [name] : []));
  if (input.gpus.length > 0 && input.samples.length === 0) notes.push("no GPU telemetry sample was taken");
  else if (input.gpus.length > 0 && unreported.length > 0)
    notes.push(`the GPUs did not report ${unreported.join(", ")}; telemetry is left out of the record`);
  if (input.gpus.length > 0 && statistics.powerWatts === undefined) notes.push("energy was not measured");

  const { utilizationPercent, memoryUsedMiB, powerWatts } = statistics;
  const resources: ResourceUse = {
    gpuCount: input.gpus.length,
    gpuHours: round(gpuHours, 6),
    energyKWh: round(energyKWh(input.samples, input.startedAt, input.finishedAt), 6),
    ...(input.pricePerGpuHour === undefined
      ? {}
      : {
          cost: {
            currency: "USD" as const,
            amount: round(gpuHours * input.pricePerGpuHour, 4),
            pricePerGpuHour: input.pricePerGpuHour,
          },
        }),
    ...(utilizationPercent && memoryUsedMiB && powerWatts
      ? {
          telemetry: {
            samples: samplesPerGpu(input.samples),
            intervalSeconds: input.intervalSeconds,
            utilizationPercent,
            memoryUsedMiB,
            powerWatts,
          },
        }
      : {}),
  };
  return { resources, notes };
}

/**
 * The energy the GPUs drew over [startedAt, finishedAt], in kWh: each GPU's power readings joined
 * by straight lines (the trapezoidal rule), held flat before its first reading and after its
 * last, and the GPUs summed. Readings outside the run count at its edges.
 */
export function energyKWh(samples: GpuSample[], startedAt: number, finishedAt: number): number {
  const byGpu = new Map<number, Array<{ at: number; watts: number }>>();
  for (const sample of samples) {
    if (sample.powerWatts === undefined) continue;
    const at = Math.min(Math.max(sample.at, startedAt), finishedAt);
    const readings = byGpu.get(sample.index) ?? [];
    readings.push({ at, watts: sample.powerWatts });
    byGpu.set(sample.index, readings);
  }
  let joules = 0;
  for (const readings of byGpu.values()) {
    readings.sort((a, b) => a.at - b.at);
    const first = readings[0] as { at: number; watts: number };
    const last = readings.at(-1) as { at: number; watts: number };
    joules += (first.watts * (first.at - startedAt)) / 1000;
    for (let i = 1; i < readings.length; i++) {
      const a = readings[i - 1] as { at: number; watts: number };
      const b = readings[i] as { at: number; watts: number };
      joules += (((a.watts + b.watts) / 2) * (b.at - a.at)) / 1000;
    }
    joules += (last.watts * (finishedAt - last.at)) / 1000;
  }
  return joules / JOULES_PER_KWH;
}

function statistic(values: Array<number | undefined>): { mean: number; max: number } | undefined {
  const readings = values.filter((value): value is number => value !== undefined);
  if (readings.length === 0) return undefined;
  let sum = 0;
  let max = Number.NEGATIVE_INFINITY;
  for (const value of readings) {
    sum += value;
    if (value > max) max = value;
  }
  return { mean: round(sum / readings.length, 1), max };
}

/** Sampling rounds: the readings of the GPU read most often. */
function samplesPerGpu(samples: GpuSample[]): number {
  const counts = new Map<number, number>();
  for (const sample of samples) counts.set(sample.index, (counts.get(sample.index) ?? 0) + 1);
  return Math.max(0, ...counts.values());
}

export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
