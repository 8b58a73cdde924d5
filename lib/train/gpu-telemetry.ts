import { type ChildProcess, spawn } from "node:child_process";
import type { GpuInfo } from "../runs/run-record.ts";
import {
  type GpuSample,
  INVENTORY_QUERY,
  parseCudaVersion,
  parseInventory,
  parseSampleLine,
  SAMPLE_QUERY,
  visibleGpus,
} from "./nvidia-smi.ts";
import { findOnPath, runBounded } from "./processes.ts";

const PROBE_TIMEOUT_MS = 15_000;
const STOP_GRACE_MS = 5_000;

export interface GpuProbe {
  gpus: GpuInfo[];
  /** Where nvidia-smi is, when it answered. */
  nvidiaSmi?: string;
  /** Why there are no GPUs, in a user's words. */
  absence?: string;
}

/** Lists the runner's GPUs with nvidia-smi; no nvidia-smi, or one that fails, means no GPU. */
export async function probeGpus(env: NodeJS.ProcessEnv): Promise<GpuProbe> {
  const nvidiaSmi = findOnPath("nvidia-smi", env.PATH);
  if (!nvidiaSmi) return { gpus: [], absence: "no GPU on this runner (nvidia-smi is not on PATH)" };
  const bounds = { env, timeoutMs: PROBE_TIMEOUT_MS };
  const [inventory, banner] = await Promise.all([
    runBounded(nvidiaSmi, [`--query-gpu=${INVENTORY_QUERY}`, "--format=csv,noheader,nounits"], bounds),
    runBounded(nvidiaSmi, [], bounds),
  ]);
  if (inventory.code !== 0) {
    const why = inventory.timedOut
      ? `gave no answer in ${PROBE_TIMEOUT_MS / 1000} s`
      : `failed: ${firstLine(inventory.stderr || inventory.stdout) || `exit code ${inventory.code}`}`;
    return { gpus: [], absence: `no GPU on this runner (nvidia-smi ${why})` };
  }
  const gpus = visibleGpus(
    parseInventory(inventory.stdout, parseCudaVersion(banner.stdout)),
    env.CUDA_VISIBLE_DEVICES,
  );
  if (gpus.length === 0) return { gpus, absence: "no GPU on this runner (nvidia-smi lists none)" };
  return { gpus, nvidiaSmi };
}

/**
 * Samples the GPUs while the command runs, with one long-lived `nvidia-smi --loop-ms=<interval>`
 * rather than one nvidia-smi a sample: the driver initialises once, not every few seconds, and
 * each reading carries nvidia-smi's own timestamp, so a busy event loop (a flood of log lines)
 * delays when a reading is read, never when it was taken.
 */
export class GpuSampler {
  private readonly samples: GpuSample[] = [];
  private readonly lastReadings = new Map<number, GpuSample>();
  private readonly indexes: Set<number>;
  private pending = "";
  private stderr = "";
  private stopping = false;
  private readonly exited: Promise<void>;
  /** Why sampling ended before it was stopped, if it did. */
  failure: string | undefined;

  private constructor(
    private readonly child: ChildProcess,
    gpus: GpuInfo[],
  ) {
    this.indexes = new Set(gpus.map((gpu) => gpu.index));
    child.stdout?.setEncoding("utf8").on("data", (text: string) => this.read(text));
    child.stderr?.setEncoding("utf8").on("data", (text: string) => {
      this.stderr = (this.stderr + text).slice(-2000);
    });
    this.exited = new Promise((resolve) => {
      child.once("error", (error) => {
        this.failure = `nvidia-smi could not start: ${error.message}`;
        resolve();
      });
      child.once("close", (code, signal) => {
        if (!this.stopping)
          this.failure = `nvidia-smi stopped sampling (${signal ?? `exit code ${code}`}): ${firstLine(this.stderr)}`;
        resolve();
      });
    });
  }

  static start(
    nvidiaSmi: string,
    gpus: GpuInfo[],
    intervalSeconds: number,
    env: NodeJS.ProcessEnv,
  ): GpuSampler {
    const child = spawn(
      nvidiaSmi,
      [
        `--query-gpu=${SAMPLE_QUERY}`,
        "--format=csv,noheader,nounits",
        `--loop-ms=${Math.max(1, Math.round(intervalSeconds * 1000))}`,
      ],
      { env, stdio: ["ignore", "pipe", "pipe"] },
    );
    return new GpuSampler(child, gpus);
  }

  /** The last reading of each GPU: mean utilisation and total power, for progress lines. */
  latest(): { utilizationPercent?: number; powerWatts?: number } {
    const readings = [...this.lastReadings.values()];
    const utilization = readings.flatMap((s) =>
      s.utilizationPercent === undefined ? [] : [s.utilizationPercent],
    );
    const power = readings.flatMap((s) => (s.powerWatts === undefined ? [] : [s.powerWatts]));
    return {
      ...(utilization.length
        ? { utilizationPercent: utilization.reduce((a, b) => a + b, 0) / utilization.length }
        : {}),
      ...(power.length ? { powerWatts: power.reduce((a, b) => a + b, 0) } : {}),
    };
  }

  async stop(): Promise<GpuSample[]> {
    this.stopping = true;
    this.child.kill("SIGTERM");
    const killer = setTimeout(() => this.child.kill("SIGKILL"), STOP_GRACE_MS);
    await this.exited;
    clearTimeout(killer);
    // A line cut short by the kill is left out: its last reading may be cut too.
    return this.samples;
  }

  private read(text: string): void {
    const lines = (this.pending + text).split(/\r?\n/);
    this.pending = lines.pop() ?? "";
    const now = Date.now();
    for (const line of lines) {
      const sample = parseSampleLine(line, now);
      if (!sample || !this.indexes.has(sample.index)) continue;
      this.samples.push(sample);
      this.lastReadings.set(sample.index, sample);
    }
  }
}

/** `NVIDIA A100-SXM4-80GB × 2 (driver 535.129.03, CUDA 12.2)` */
export function describeGpus(gpus: GpuInfo[]): string {
  const counts = new Map<string, number>();
  for (const gpu of gpus) counts.set(gpu.name, (counts.get(gpu.name) ?? 0) + 1);
  const [first] = gpus;
  const driver = first ? ` (driver ${first.driver}${first.cuda ? `, CUDA ${first.cuda}` : ""})` : "";
  return `${[...counts].map(([name, count]) => `${name} × ${count}`).join(", ")}${driver}`;
}

function firstLine(text: string): string {
  return text.trim().split(/\r?\n/)[0]?.trim() ?? "";
}
