import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-cli-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

fs.writeFileSync(
  path.join(dir, "schema.yml"),
  "fields:\n  - { name: id, type: integer, constraints: { unique: true } }\n  - { name: score, type: number, constraints: { minimum: 0 } }\n",
);
fs.writeFileSync(path.join(dir, "good.csv"), "id,score\n1,0.5\n2,0.7\n");
fs.writeFileSync(path.join(dir, "bad.csv"), "id,score\n1,0.5\n1,-2\n3,x\n");
fs.writeFileSync(
  path.join(dir, "typo.yml"),
  "fields:\n  - { name: id, type: integer, constraints: { minimun: 0 } }\n",
);

/** The committed CLI bundle, as `npx trainyard` runs it. */
async function trainyard(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.resolve("cli/dist/index.js"), ...args], {
      cwd: dir,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("trainyard validate", () => {
  it("exits 0 and says so when the data meets the contract", async () => {
    const result = await trainyard("validate", "good.csv", "--schema", "schema.yml");
    expect(result).toMatchObject({ code: 0, stdout: "✓ 2 rows meet schema.yml\n" });
  });

  it("exits 1 with one JSON report naming each rule, column, count and example", async () => {
    const result = await trainyard("validate", "bad.csv", "--schema", "schema.yml", "--json");
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ valid: false, rows: 3 });
    expect(
      report.violations.map((v: { rule: string; column: string; count: number }) => [
        v.rule,
        v.column,
        v.count,
      ]),
    ).toEqual([
      ["unique", "id", 1],
      ["minimum", "score", 1],
      ["type", "score", 1],
    ]);
    expect(report.violations[0].examples[0]).toEqual({
      file: "bad.csv",
      row: 2,
      line: 3,
      value: "1",
      detail: "same as row 1",
    });
  });

  it("exits 2 naming the file, line and field of a schema mistake", async () => {
    const result = await trainyard("validate", "good.csv", "--schema", "typo.yml");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /typo\.yml:2:\d+ fields\[0\]\.constraints\.minimun: unknown key "minimun" \(did you mean "minimum"\?\)/,
    );
  });

  it("exits 2 for a usage error, and for a pattern that matches no file, naming it", async () => {
    expect((await trainyard("validate", "good.csv")).code).toBe(2);
    const missing = await trainyard("validate", "nothing/*.csv", "--schema", "schema.yml");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nothing\/\*\.csv/);
  });
});
