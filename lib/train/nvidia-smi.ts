import type { GpuInfo } from "../runs/run-record.ts";

/**
 * What nvidia-smi prints, read. Its CSV (`--format=csv,noheader,nounits`) separates cells with
 * ", ", and a reading the GPU cannot give reads `[N/A]`, `[Not Supported]`, `[Unknown Error]`
 * or, on older drivers, `N/A`: each is a missing reading, not a zero.
 */
export const INVENTORY_QUERY = "index,name,uuid,memory.total,driver_version";
export const SAMPLE_QUERY = "timestamp,index,utilization.gpu,memory.used,power.draw";

/** One reading of one GPU. */
export interface GpuSample {
  /** When nvidia-smi took it (ms since the epoch). */
  at: number;
  index: number;
  utilizationPercent: number | undefined;
  memoryUsedMiB: number | undefined;
  powerWatts: number | undefined;
}

/** The GPUs from `--query-gpu=${INVENTORY_QUERY}`; lines that are not a GPU are skipped. */
export function parseInventory(csv: string, cuda?: string): GpuInfo[] {
  const gpus: GpuInfo[] = [];
  for (const line of csv.split(/\r?\n/)) {
    const cells = line.split(",").map((cell) => cell.trim());
    if (cells.length < 5 || !/^\d+$/.test(cells[0] as string)) continue;
    // A name may hold a comma, so the cells after it are counted from the end.
    const [driver, memoryTotal, uuid] = [cells.at(-1), cells.at(-2), cells.at(-3)] as string[];
    gpus.push({
      index: Number(cells[0]),
      name: cells.slice(1, -3).join(", "),
      ...(isMissing(uuid as string) ? {} : { uuid: uuid as string }),
      memoryTotalMiB: reading(memoryTotal as string) ?? 0,
      driver: driver as string,
      ...(cuda ? { cuda } : {}),
    });
  }
  return gpus;
}

/** The CUDA version the driver supports, from the banner plain `nvidia-smi` prints. */
export function parseCudaVersion(banner: string): string | undefined {
  return /CUDA Version:\s*([\d.]+)/.exec(banner)?.[1];
}

/** One line of `--query-gpu=${SAMPLE_QUERY}`; undefined for a line that is not a reading. */
export function parseSampleLine(line: string, receivedAt: number): GpuSample | undefined {
  const cells = line.split(",").map((cell) => cell.trim());
  if (cells.length !== 5 || !/^\d+$/.test(cells[1] as string)) return undefined;
  const [timestamp, index, utilization, memoryUsed, power] = cells as [
    string,
    string,
    string,
    string,
    string,
  ];
  return {
    at: parseTimestamp(timestamp) ?? receivedAt,
    index: Number(index),
    utilizationPercent: reading(utilization),
    memoryUsedMiB: reading(memoryUsed),
    powerWatts: reading(power),
  };
}

/** A numeric cell, or undefined for `[N/A]`, `[Not Supported]` and the like. */
export function reading(cell: string): number | undefined {
  if (isMissing(cell)) return undefined;
  const value = Number(cell.replace(/\s*(%|MiB|W)$/, ""));
  return Number.isFinite(value) ? value : undefined;
}

function isMissing(cell: string): boolean {
  return cell === "" || /^\[.*\]$/.test(cell) || /^n\/a$/i.test(cell);
}

/** `2024/05/14 10:21:33.456`, nvidia-smi's local time. */
function parseTimestamp(text: string): number | undefined {
  const match = /^(\d{4})\/(\d{2})\/(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?$/.exec(text);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as number[];
  const millis = Math.round(Number(`0.${match[7] ?? "0"}`) * 1000);
  return new Date(year as number, (month as number) - 1, day, hour, minute, second, millis).getTime();
}

/**
 * Keeps the GPUs CUDA_VISIBLE_DEVICES names (by index or UUID), as a runner sharing a machine
 * with others gives its job only some of the GPUs. Names it cannot match (MIG instances) leave
 * the list whole rather than guess.
 */
export function visibleGpus(gpus: GpuInfo[], cudaVisibleDevices: string | undefined): GpuInfo[] {
  if (cudaVisibleDevices === undefined || cudaVisibleDevices.trim() === "") return gpus;
  const wanted = cudaVisibleDevices
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  const chosen: GpuInfo[] = [];
  for (const name of wanted) {
    const gpu = /^\d+$/.test(name)
      ? gpus.find((g) => g.index === Number(name))
      : gpus.find((g) => g.uuid?.startsWith(name));
    if (!gpu) return gpus;
    if (!chosen.includes(gpu)) chosen.push(gpu);
  }
  return chosen;
}
