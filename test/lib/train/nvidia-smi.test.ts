import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  parseCudaVersion,
  parseInventory,
  parseSampleLine,
  reading,
  visibleGpus,
} from "../../../lib/train/nvidia-smi.ts";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/train/nvidia-smi");
const output = (name: string) => fs.readFileSync(path.join(FIXTURES, name), "utf8");
const samplesOf = (name: string) =>
  output(name)
    .split("\n")
    .flatMap((line) => parseSampleLine(line, 0) ?? []);

describe("nvidia-smi inventory", () => {
  it("lists two A100s with the CUDA version from the banner", () => {
    const cuda = parseCudaVersion(output("banner-2xA100.txt"));
    expect(cuda).toBe("12.2");
    expect(parseInventory(output("inventory-2xA100.csv"), cuda)).toEqual([
      {
        index: 0,
        name: "NVIDIA A100-SXM4-80GB",
        uuid: "GPU-5a8f0c3e-9d1b-4e7a-b2c6-1f3e8d9a7b40",
        memoryTotalMiB: 81920,
        driver: "535.129.03",
        cuda: "12.2",
      },
      {
        index: 1,
        name: "NVIDIA A100-SXM4-80GB",
        uuid: "GPU-c2d47e19-6b3a-4f85-9e0d-7a1b2c3d4e5f",
        memoryTotalMiB: 81920,
        driver: "535.129.03",
        cuda: "12.2",
      },
    ]);
  });

  it("keeps a name with a comma whole, and skips lines that are not a GPU", () => {
    const csv = "No devices were found\n0, Tesla T4, rev. B, GPU-1234, [N/A], 470.82.01\n";
    expect(parseInventory(csv)).toEqual([
      { index: 0, name: "Tesla T4, rev. B", uuid: "GPU-1234", memoryTotalMiB: 0, driver: "470.82.01" },
    ]);
    expect(parseInventory("")).toEqual([]);
  });

  it("finds no CUDA version in a banner without one", () => {
    expect(
      parseCudaVersion("NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver."),
    ).toBe(undefined);
  });
});

describe("nvidia-smi samples", () => {
  it("reads timestamps as local time and [N/A] as a missing reading", () => {
    const samples = samplesOf("samples-2xA100.csv");
    expect(samples).toHaveLength(6);
    expect(samples[0]).toEqual({
      at: new Date(2024, 4, 16, 9, 13, 0, 104).getTime(),
      index: 0,
      utilizationPercent: 0,
      memoryUsedMiB: 4,
      powerWatts: 62.18,
    });
    expect(samples[3]).toEqual({
      at: new Date(2024, 4, 16, 9, 13, 5, 108).getTime(),
      index: 1,
      utilizationPercent: undefined,
      memoryUsedMiB: 40213,
      powerWatts: undefined,
    });
  });

  it("reads a MIG-mode H100, which reports power but no utilisation", () => {
    const samples = samplesOf("samples-H100-MIG.csv");
    expect(samples.map((s) => [s.utilizationPercent, s.memoryUsedMiB, s.powerWatts])).toEqual([
      [undefined, 12455, 141.9],
      [undefined, 12455, 143.27],
    ]);
  });

  it("reads every fault nvidia-smi prints as missing, and skips lines that are no reading", () => {
    const samples = samplesOf("samples-faults.csv");
    expect(samples.map((s) => [s.index, s.utilizationPercent, s.memoryUsedMiB, s.powerWatts])).toEqual([
      [0, undefined, undefined, undefined],
      [1, undefined, 2048, undefined],
    ]);
  });

  it("falls back to the time it was read when the timestamp is unreadable", () => {
    expect(parseSampleLine("[N/A], 0, 50, 100, 70.5", 1234)?.at).toBe(1234);
  });

  it("reads units when a driver prints them despite nounits", () => {
    expect([reading("87 %"), reading("40213 MiB"), reading("287.41 W"), reading("[Not Supported]")]).toEqual([
      87,
      40213,
      287.41,
      undefined,
    ]);
  });
});

describe("CUDA_VISIBLE_DEVICES", () => {
  const gpus = parseInventory(output("inventory-2xA100.csv"));

  it("keeps the GPUs it names by index or UUID prefix", () => {
    expect(visibleGpus(gpus, "1").map((g) => g.index)).toEqual([1]);
    expect(visibleGpus(gpus, "GPU-5a8f0c3e").map((g) => g.index)).toEqual([0]);
    expect(visibleGpus(gpus, " 1, 0 ").map((g) => g.index)).toEqual([1, 0]);
  });

  it("keeps all of them when unset, or naming what it cannot match", () => {
    expect(visibleGpus(gpus, undefined)).toHaveLength(2);
    expect(visibleGpus(gpus, "MIG-4f1c2a3b-5d6e-7f80-91a2-b3c4d5e6f708")).toHaveLength(2);
  });
});
