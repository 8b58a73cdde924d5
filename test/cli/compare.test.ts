import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-compare-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

fs.mkdirSync(path.join(dir, ".github"));
fs.writeFileSync(
  path.join(dir, ".github", "trainyard.yml"),
  "models:\n  churn:\n    gates:\n      accuracy: { min: 0.8, max_drop: 0.01 }\n",
);
fs.writeFileSync(path.join(dir, "base.json"), JSON.stringify({ accuracy: 0.9, val: { loss: 0.3 } }));
fs.writeFileSync(path.join(dir, "better.yaml"), "accuracy: 0.93\nval:\n  loss: 0.25\n");
fs.writeFileSync(path.join(dir, "worse.csv"), "metric,value\naccuracy,0.85\nval.loss,0.31\n");

async function trainyard(...args: string[]) {
  try {
    const { stdout } = await run(process.execPath, [path.resolve("cli/dist/index.js"), ...args], {
      cwd: dir,
    });
    return { code: 0, stdout, stderr: "" };
  } catch (error) {
    return error as { code: number; stdout: string; stderr: string };
  }
}

describe("trainyard compare", () => {
  it("prints the report's table for two metrics files and exits 0 when the gates pass", async () => {
    const result = await trainyard("compare", "base.json", "better.yaml");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("✅ `churn`: ready to promote, better or level with base.json");
    expect(result.stdout).toMatch(/\| `accuracy` +\| +0\.9 \| +\*\*0\.93\*\* \| ▲ \+0\.03 better/);
    expect(result.stdout).toMatch(/\| `val\.loss` +\| +0\.3 \| +\*\*0\.25\*\* \| ▼ −0\.05 better/);
  });

  it("exits 1 naming the failed gate, and prints the comparison JSON with --json", async () => {
    const result = await trainyard("compare", "base.json", "worse.csv");
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("accuracy dropped 0.05, more than max_drop 0.01");
    const json = await trainyard("compare", "base.json", "worse.csv", "--json");
    expect(JSON.parse(json.stdout)).toMatchObject({
      verdict: "failed",
      passed: false,
      baseline: { label: "base.json" },
    });
  });

  it("exits 2 for a missing argument or an unknown model", async () => {
    expect((await trainyard("compare", "base.json")).code).toBe(2);
    const unknown = await trainyard("compare", "base.json", "better.yaml", "--model", "fraud");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no model "fraud"');
  });
});
