import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { runAction } from "../../sandbox/runner.ts";
import { useSandbox } from "../helpers/sandbox.ts";

/**
 * validate-data over a sharded dataset as ml-ci.yml runs it: a matrix of 3 runners, each its own
 * workspace and RUNNER_TEMP, validates its shard with the committed bundle; a last job gets their
 * reports (with the key logs beside them, as download-artifact puts them in one folder) and merges
 * them. The merged report must say what one run over every file says.
 */
const IRIS = "/usr/lib/python3/dist-packages/sklearn/datasets/data/iris.csv";
const hasIris = fs.existsSync(IRIS);
const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
});

const schema = {
  fields: [
    { name: "id", type: "integer", constraints: { required: true, unique: true } },
    { name: "sepal_length", type: "number", constraints: { required: true, minimum: 0, maximum: 10 } },
    { name: "sepal_width", type: "number", constraints: { required: true, minimum: 2.5 } },
    { name: "petal_length", type: "number", constraints: { required: true, minimum: 0 } },
    { name: "petal_width", type: "number", constraints: { required: true, minimum: 0 } },
    { name: "species", type: "integer", constraints: { required: true, enum: [0, 1, 2] } },
  ],
  // 6 files of 25 rows: every shard is short of 100 rows; the whole is not.
  checks: { rows: { min: 100 } },
};

/** A checkout holding iris in 6 files, with ids 1–150 except that file 5 repeats two of file 0's. */
function checkout(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-shards-"));
  folders.push(dir);
  fs.mkdirSync(path.join(dir, "data"));
  const rows = fs.readFileSync(IRIS, "utf8").trim().split("\n").slice(1);
  for (let f = 0; f < 6; f++) {
    const lines = rows.slice(25 * f, 25 * (f + 1)).map((row, r) => {
      const id = f === 5 && r < 2 ? r + 1 : 25 * f + r + 1;
      return `${id},${row}`;
    });
    fs.writeFileSync(
      path.join(dir, "data", `part-${f}.csv`),
      `id,sepal_length,sepal_width,petal_length,petal_width,species\n${lines.join("\n")}\n`,
    );
  }
  fs.writeFileSync(path.join(dir, "schema.yml"), stringify(schema));
  return dir;
}

/** One job's step, on a runner of its own (its own RUNNER_TEMP). */
async function runner() {
  const sandbox = await useSandbox();
  sandbox.world.createRepo("acme/iris", {});
  const token = sandbox.world.issueToken("acme", { kind: "actions", permissions: { contents: "read" } });
  const sha = sandbox.world.repo("acme/iris").refs["refs/heads/main"] as string;
  return (workspace: string, inputs: Record<string, string>) => {
    const runnerTemp = fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-runner-temp-"));
    folders.push(runnerTemp);
    return runAction({
      action: "actions/validate-data",
      workspace,
      inputs: { schema: "schema.yml", ...inputs },
      github: { apiUrl: sandbox.url, token, repository: "acme/iris", sha, ref: "refs/heads/main" },
      runnerTemp,
      timeoutMs: 60_000,
    });
  };
}

const counts = (report: { violations: Array<{ rule: string; column: string | null; count: number }> }) =>
  Object.fromEntries(report.violations.map((v) => [`${v.rule} ${v.column ?? ""}`.trim(), v.count]));

describe.skipIf(!hasIris)(
  hasIris ? "validate-data over shards" : `SKIPPED: ${IRIS} missing (apt-get install python3-sklearn)`,
  () => {
    it("merges the shards' reports into the report of one run", async () => {
      const step = await runner();
      const single = await step(checkout(), { data: "data/" });
      const singleReport = JSON.parse(fs.readFileSync(single.outputs.report as string, "utf8"));

      // The matrix: each runner checks out the repository and names its report after its shard;
      // download-artifact (merge-multiple) then puts every runner's files in one folder.
      const downloaded = fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-downloaded-"));
      folders.push(downloaded);
      for (let k = 1; k <= 3; k++) {
        const workspace = checkout();
        const result = await step(workspace, {
          data: "data/",
          shard: `${k}/3`,
          "fail-on": "never",
          "report-path": `reports/shard-${k}.json`,
        });
        expect(result.exitCode).toBe(0);
        expect(result.outputs.rows).toBe("50");
        expect(result.outputs.report).toBe(path.join(workspace, "reports", `shard-${k}.json`));
        // The row count is the merge's to judge: no shard of 50 rows is short of 100.
        expect(result.summary).not.toContain("rows ≥ 100");
        for (const name of fs.readdirSync(path.join(workspace, "reports")))
          fs.copyFileSync(path.join(workspace, "reports", name), path.join(downloaded, name));
      }
      expect(fs.readdirSync(downloaded).sort()).toEqual([
        "shard-1.json",
        "shard-1.keys-0.bin",
        "shard-2.json",
        "shard-2.keys-0.bin",
        "shard-3.json",
        "shard-3.keys-0.bin",
      ]);

      const merge = await step(checkout(), { "merge-reports": `${downloaded}/shard-*.json` });
      const merged = JSON.parse(fs.readFileSync(merge.outputs.report as string, "utf8"));

      expect(merged.rows).toBe(150);
      expect(counts(merged)).toEqual(counts(singleReport));
      // Files 0 and 5 are in different shards (1 and 3): only the merge sees their ids repeat.
      expect(counts(merged)).toEqual({ "minimum sepal_width": 11, "unique id": 2 });
      expect(merge.exitCode).toBe(1);
      expect(merge.outputs).toMatchObject({
        valid: "false",
        rows: "150",
        errors: String(single.outputs.errors),
      });
      expect(merge.summary).toContain("6 files");
      expect(merge.summary).toContain("same as data/part-0.csv row 1");
    });

    it("refuses a merge with a shard missing", async () => {
      const step = await runner();
      const downloaded = fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-downloaded-"));
      folders.push(downloaded);
      for (const k of [1, 3]) {
        const result = await step(checkout(), {
          data: "data/",
          shard: `${k}/3`,
          "fail-on": "never",
          "report-path": path.join(downloaded, `shard-${k}.json`),
        });
        expect(result.exitCode).toBe(0);
      }

      const merge = await step(checkout(), { "merge-reports": `${downloaded}/*.json` });

      expect(merge.exitCode).toBe(1);
      expect(merge.log).toMatch(/shard 2\/3 is missing: found 1\/3, 3\/3/);
    });

    it("asks for data or merge-reports, not both and not neither", async () => {
      const step = await runner();
      const neither = await step(checkout(), {});
      expect(neither.exitCode).toBe(1);
      expect(neither.log).toMatch(/input "data" is required/);
      const both = await step(checkout(), { data: "data/", "merge-reports": "x/*.json" });
      expect(both.log).toMatch(/either data \(validate\) or merge-reports/);
    });
  },
);
