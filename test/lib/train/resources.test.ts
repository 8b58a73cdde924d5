import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseInventory, parseSampleLine } from "../../../lib/train/nvidia-smi.ts";
import { accountResources, energyKWh } from "../../../lib/train/resources.ts";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/train/nvidia-smi");
const output = (name: string) => fs.readFileSync(path.join(FIXTURES, name), "utf8");
const samples = output("samples-2xA100.csv")
  .split("\n")
  .flatMap((line) => parseSampleLine(line, 0) ?? []);
const gpus = parseInventory(output("inventory-2xA100.csv"), "12.2");
const START = new Date(2024, 4, 16, 9, 13, 0, 0).getTime();
const END = new Date(2024, 4, 16, 9, 13, 12, 0).getTime();

describe("energy", () => {
  it("integrates power by the trapezoidal rule, held flat at the edges, summed over GPUs", () => {
    // GPU 0, readings at 0.104 s (62.18 W), 5.105 s (287.41 W), 10.104 s (391.02 W) of a 12 s run:
    //   62.18 × 0.104 + (62.18 + 287.41) / 2 × 5.001 + (287.41 + 391.02) / 2 × 4.999 + 391.02 × 1.896
    //   = 6.46672 + 874.149795 + 1695.735785 + 741.37392 = 3317.72622 J
    // GPU 1, its 5.108 s power [N/A] skipped: 60.03 W at 0.107 s, 377.80 W at 10.106 s:
    //   60.03 × 0.107 + (60.03 + 377.80) / 2 × 9.999 + 377.80 × 1.894
    //   = 6.42321 + 2188.931085 + 715.5532 = 2910.907495 J
    // 6228.633715 J / 3.6e6 J/kWh = 0.00173017603 kWh
    expect(energyKWh(samples, START, END)).toBeCloseTo(0.0017301760319, 12);
  });

  it("gives constant power × time whatever the sampling", () => {
    const at = (seconds: number, watts: number) => ({
      at: seconds * 1000,
      index: 0,
      utilizationPercent: 50,
      memoryUsedMiB: 1,
      powerWatts: watts,
    });
    // 250 W for one hour is 0.25 kWh, read once or many times, on time or not.
    expect(energyKWh([at(1800, 250)], 0, 3_600_000)).toBeCloseTo(0.25, 12);
    expect(energyKWh([at(0, 250), at(7, 250), at(3599, 250)], 0, 3_600_000)).toBeCloseTo(0.25, 12);
    // A ramp from 0 to 200 W over the hour averages 100 W.
    expect(energyKWh([at(0, 0), at(3600, 200)], 0, 3_600_000)).toBeCloseTo(0.1, 12);
    // Readings after the end count at the end.
    expect(energyKWh([at(0, 100), at(7200, 100)], 0, 3_600_000)).toBeCloseTo(0.1, 12);
    expect(energyKWh([], 0, 3_600_000)).toBe(0);
  });
});

describe("resource accounting", () => {
  it("counts GPU-hours, energy, telemetry per GPU reading, and cost", () => {
    const { resources, notes } = accountResources({
      gpus,
      samples,
      startedAt: START,
      finishedAt: END,
      intervalSeconds: 5,
      pricePerGpuHour: 3.5,
    });
    expect(resources).toEqual({
      gpuCount: 2,
      // 12 s × 2 GPUs
      gpuHours: 0.006667,
      energyKWh: 0.00173,
      cost: { currency: "USD", amount: 0.0233, pricePerGpuHour: 3.5 },
      telemetry: {
        samples: 3,
        intervalSeconds: 5,
        // (0 + 0 + 87 + 100 + 96) / 5, the [N/A] left out
        utilizationPercent: { mean: 56.6, max: 100 },
        memoryUsedMiB: { mean: 26810.7, max: 40215 },
        powerWatts: { mean: 235.7, max: 391.02 },
      },
    });
    expect(notes).toEqual([]);
  });

  it("leaves telemetry out, and says so, when the GPUs report no utilisation (MIG)", () => {
    const mig = output("samples-H100-MIG.csv")
      .split("\n")
      .flatMap((line) => parseSampleLine(line, 0) ?? []);
    const { resources, notes } = accountResources({
      gpus: parseInventory(output("inventory-H100-MIG.csv")),
      samples: mig,
      startedAt: mig[0]?.at ?? 0,
      finishedAt: (mig[0]?.at ?? 0) + 3_600_000,
      intervalSeconds: 1,
    });
    expect(resources.gpuCount).toBe(1);
    expect(resources.gpuHours).toBe(1);
    expect(resources.energyKWh).toBeCloseTo(0.143, 3);
    expect(resources.telemetry).toBeUndefined();
    expect(resources.cost).toBeUndefined();
    expect(notes).toEqual([
      "the GPUs did not report utilisation (utilization.gpu); telemetry is left out of the record",
    ]);
  });

  it("says energy was not measured when no power was reported", () => {
    const { resources, notes } = accountResources({
      gpus: gpus.slice(0, 1),
      samples: [{ at: 0, index: 0, utilizationPercent: 10, memoryUsedMiB: 5, powerWatts: undefined }],
      startedAt: 0,
      finishedAt: 1000,
      intervalSeconds: 1,
    });
    expect(resources.energyKWh).toBe(0);
    expect(notes).toContain("energy was not measured");
  });

  it("counts nothing but time on a runner without a GPU, and costs it at zero", () => {
    const { resources, notes } = accountResources({
      gpus: [],
      samples: [],
      startedAt: 0,
      finishedAt: 3_600_000,
      intervalSeconds: 5,
      pricePerGpuHour: 2,
    });
    expect(resources).toEqual({
      gpuCount: 0,
      gpuHours: 0,
      energyKWh: 0,
      cost: { currency: "USD", amount: 0, pricePerGpuHour: 2 },
    });
    expect(notes).toEqual([]);
  });
});
