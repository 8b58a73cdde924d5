import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { dataProfile } from "../../lib/drift/profile.ts";

const run = promisify(execFile);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-drift-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function rows(n: number, shift: number, seed: number): string {
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const lines = ["age,plan,visits"];
  for (let i = 0; i < n; i++)
    lines.push(
      [
        (30 + 20 * next() + shift * 15).toFixed(1),
        next() < 0.6 - shift * 0.4 ? "basic" : "pro",
        Math.floor(next() * 8 + shift * 3),
      ].join(","),
    );
  return `${lines.join("\n")}\n`;
}

fs.writeFileSync(path.join(dir, "reference.csv"), rows(800, 0, 1));
fs.writeFileSync(path.join(dir, "same.csv"), rows(500, 0, 2));
fs.writeFileSync(path.join(dir, "shifted.csv"), rows(500, 1, 3));
fs.mkdirSync(path.join(dir, "current"));
fs.writeFileSync(
  path.join(dir, "current", "part-1.jsonl"),
  rows(500, 1, 3)
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => {
      const [age, plan, visits] = line.split(",");
      return JSON.stringify({ age: Number(age), plan, visits: Number(visits) });
    })
    .join("\n"),
);

async function trainyard(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.resolve("cli/dist/index.js"), ...args], {
      cwd: dir,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return error as { code: number; stdout: string; stderr: string };
  }
}

describe("trainyard drift and trainyard profile", () => {
  it("prints the report and exits 0 when the current data has not drifted", async () => {
    const result = await trainyard("drift", "reference.csv", "same.csv");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("✅ **No drift**: none of 3 features drifted.");
    expect(result.stdout).toMatch(/\| `age` +\| numerical +\| Kolmogorov–Smirnov \|/);
    expect(result.stdout).toMatch(/\| `plan` +\| categorical \| two-proportion Z +\|/);
    expect(result.stdout).toMatch(/\| `visits` +\| numerical +\| Kolmogorov–Smirnov \|/);
    expect(result.stdout).toContain("```mermaid\nxychart-beta");
  });

  it("exits 1 on drift, and prints the short JSON with --json", async () => {
    const result = await trainyard("drift", "reference.csv", "shifted.csv", "--json");
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ drifted: true, share: 1 });
    expect(
      report.features.map((f: { feature: string; test: string; drifted: boolean }) => [
        f.feature,
        f.test,
        f.drifted,
      ]),
    ).toEqual([
      ["age", "ks", true],
      ["plan", "z", true],
      ["visits", "ks", true],
    ]);
    for (const feature of report.features)
      expect(Object.keys(feature)).toEqual([
        "feature",
        "kind",
        "test",
        "statistic",
        "p_value",
        "psi",
        "drifted",
      ]);
  });

  it("writes a profile that later stands in for the reference data, with the same answer", async () => {
    const written = await trainyard("profile", "reference.csv", "-o", "profile.json");
    expect(written.code).toBe(0);
    expect(written.stderr).toContain("profile of 800 rows, 3 features written to profile.json");
    const profile = dataProfile.parse(JSON.parse(fs.readFileSync(path.join(dir, "profile.json"), "utf8")));
    expect(profile.features.map((f) => f.name)).toEqual(["age", "plan", "visits"]);
    const fromData = await trainyard("drift", "reference.csv", "shifted.csv", "--json");
    const fromProfile = await trainyard("drift", "profile.json", "shifted.csv", "--json");
    const profiledOnTheFly = await trainyard("drift", "reference.csv", "shifted.csv", "--json", "--profile");
    expect(fromProfile.code).toBe(1);
    expect(JSON.parse(fromProfile.stdout)).toEqual(JSON.parse(fromData.stdout));
    expect(JSON.parse(profiledOnTheFly.stdout)).toEqual(JSON.parse(fromData.stdout));
    const printed = await trainyard("profile", "reference.csv");
    expect(JSON.parse(printed.stdout)).toEqual(profile);
  });

  it("reads current data as JSON Lines from a directory, and writes Prometheus metrics", async () => {
    const result = await trainyard(
      "drift",
      "reference.csv",
      "current",
      "--prometheus",
      "drift.prom",
      "--model",
      "churn",
    );
    expect(result.code).toBe(1);
    const metrics = fs.readFileSync(path.join(dir, "drift.prom"), "utf8");
    expect(metrics).toContain('trainyard_dataset_drifted{model="churn"} 1');
    expect(metrics).toMatch(/trainyard_feature_drifted\{model="churn",feature="plan",test="z"\} 1/);
  });

  it("exits 2 for usage and configuration errors, saying what is wrong", async () => {
    const missing = await trainyard("drift", "reference.csv");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("give the reference and the current data");
    const share = await trainyard("drift", "reference.csv", "same.csv", "--share", "2");
    expect(share.code).toBe(2);
    expect(share.stderr).toContain('--share must be a number from 0 to 1, got "2"');
    fs.writeFileSync(path.join(dir, "not-a-profile.json"), '{"rows": 3}');
    const notProfile = await trainyard("drift", "not-a-profile.json", "same.csv");
    expect(notProfile.code).toBe(2);
    expect(notProfile.stderr).toMatch(/not-a-profile\.json.*not a data profile/);
    const nothing = await trainyard("drift", "reference.csv", "nothing-*.csv");
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain('no data file matches "nothing-*.csv"');
    expect((await trainyard("profile")).code).toBe(2);
  });
});
