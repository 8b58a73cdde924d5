import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { runAction } from "../../sandbox/runner.ts";
import { useSandbox } from "../helpers/sandbox.ts";

/**
 * validate-data as GitHub runs it: the committed bundle, as a process, with the runner's
 * environment, against the sandbox. The data is scikit-learn's copy of the iris dataset.
 */
const IRIS = "/usr/lib/python3/dist-packages/sklearn/datasets/data/iris.csv";
const hasIris = fs.existsSync(IRIS);
const workspaces: string[] = [];
afterAll(() => {
  for (const dir of workspaces) fs.rmSync(dir, { recursive: true, force: true });
});

const schema = {
  fields: [
    { name: "sepal_length", type: "number", constraints: { required: true, minimum: 0, maximum: 10 } },
    { name: "sepal_width", type: "number", constraints: { required: true, minimum: 0 } },
    { name: "petal_length", type: "number", constraints: { required: true, minimum: 0 } },
    { name: "petal_width", type: "number", constraints: { required: true, minimum: 0 } },
    { name: "species", type: "integer", constraints: { required: true, enum: [0, 1, 2] } },
  ],
  checks: { rows: { min: 100 } },
};

/** A checked-out repository: data/iris.csv (with `edit` applied to its rows) and data/schema.yml. */
function workspace(edit: (rows: string[]) => void = () => {}, schemaText = stringify(schema)): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-ws-"));
  workspaces.push(dir);
  fs.mkdirSync(path.join(dir, "data"));
  const rows = fs.readFileSync(IRIS, "utf8").trim().split("\n").slice(1);
  edit(rows);
  fs.writeFileSync(
    path.join(dir, "data", "iris.csv"),
    `sepal_length,sepal_width,petal_length,petal_width,species\n${rows.join("\n")}\n`,
  );
  fs.writeFileSync(path.join(dir, "data", "schema.yml"), schemaText);
  return dir;
}

async function run(
  dir: string,
  inputs: Record<string, string>,
  extra: Partial<Parameters<typeof runAction>[0]> = {},
) {
  const sandbox = await useSandbox();
  sandbox.world.createRepo("acme/iris", { files: { "data/schema.yml": stringify(schema) } });
  const token = sandbox.world.issueToken("acme", { kind: "actions", permissions: { contents: "read" } });
  const sha = sandbox.world.repo("acme/iris").refs["refs/heads/main"] as string;
  const result = await runAction({
    action: "actions/validate-data",
    workspace: dir,
    inputs: { data: "data/iris.csv", schema: "data/schema.yml", ...inputs },
    github: { apiUrl: sandbox.url, token, repository: "acme/iris", sha, ref: "refs/heads/main" },
    timeoutMs: 60_000,
    runnerTemp: dir,
    ...extra,
  });
  return { result, sandbox, baseSha: sha };
}

describe.skipIf(!hasIris)(
  hasIris ? "validate-data action" : `SKIPPED: ${IRIS} missing (apt-get install python3-sklearn)`,
  () => {
    it("passes clean data, with outputs, a JSON report and a summary", async () => {
      const { result } = await run(workspace(), {});

      expect(result.stderr).toBe("");
      expect(result.exitCode).toBe(0);
      expect(result.outputs).toMatchObject({ valid: "true", rows: "150", errors: "0" });
      const report = JSON.parse(fs.readFileSync(result.outputs.report as string, "utf8"));
      expect(report).toMatchObject({ valid: true, rows: 150, violations: [] });
      expect(result.summary).toContain("✅ Data contract met: `data/iris.csv` matches `data/schema.yml`");
      expect(result.annotations).toEqual([]);
    });

    it("fails broken data, annotating distinct rules first at the file and line", async () => {
      const dir = workspace((rows) => {
        for (let i = 0; i < 30; i++) rows[i] = rows[i]?.replace(/^[^,]+/, "-1") as string; // 30 × minimum
        rows[40] = (rows[40] as string).replace(/,\d$/, ",7"); // enum
        rows[41] = (rows[41] as string).replace(/^[^,]+/, "abc"); // type
        rows[42] = (rows[42] as string).replace(/,[^,]+,/, ",,"); // required
      });
      const { result } = await run(dir, {});

      expect(result.exitCode).toBe(1);
      expect(result.outputs).toMatchObject({ valid: "false", rows: "150", errors: "33" });
      const errors = result.annotations.filter((a) => a.level === "error");
      expect(errors).toHaveLength(10);
      // One of each rule before any second example: minimum, then the three single faults.
      expect(errors.slice(0, 4).map((a) => a.title)).toEqual([
        "Data contract: minimum (sepal_length)",
        "Data contract: enum (species)",
        "Data contract: type (sepal_length)",
        "Data contract: required (sepal_width)",
      ]);
      expect(errors[0]).toMatchObject({ file: "data/iris.csv", line: 2 });
      expect(errors[0]?.message).toBe(
        'data/iris.csv:2 (row 1) sepal_length: expected ≥ 0, found "-1" [minimum] (and 29 more)',
      );
      expect(errors[1]).toMatchObject({ file: "data/iris.csv", line: 42 });
      expect(result.summary).toContain("❌ Data contract broken");
      expect(result.summary).toMatch(/\| minimum +\| `sepal_length` \| ≥ 0 +\| +30 \|/);
    });

    it("only reports when fail-on is never", async () => {
      const { result } = await run(
        workspace((rows) => rows.splice(60)),
        { "fail-on": "never" },
      );

      expect(result.exitCode).toBe(0);
      expect(result.outputs).toMatchObject({ valid: "false", rows: "60", errors: "1" });
      expect(result.summary).toMatch(/rows +\| — +\| rows ≥ 100/);
    });

    it("fails with one annotation at the schema's line when the schema is wrong", async () => {
      const broken = stringify(schema).replace("maximum: 10", 'maximum: "ten"');
      const { result } = await run(
        workspace(() => {}, broken),
        {},
      );

      expect(result.exitCode).toBe(1);
      const line = broken.split("\n").findIndex((l) => l.includes('"ten"')) + 1;
      expect(result.annotations).toEqual([
        expect.objectContaining({
          level: "error",
          file: expect.stringMatching(/data\/schema\.yml$/),
          line,
          message: expect.stringMatching(/fields\[0\]\.constraints\.maximum: expected number, got "ten"/),
        }),
      ]);
    });

    it("shows a pull request's changes to the contract, reading the base schema through the API", async () => {
      const examples = (
        await import("@octokit/webhooks-examples/api.github.com/index.json", { with: { type: "json" } })
      ).default as Array<{
        name: string;
        examples: Array<Record<string, unknown>>;
      }>;
      const opened = structuredClone(
        examples.find((e) => e.name === "pull_request")?.examples.find((e) => e.action === "opened"),
      ) as {
        pull_request: { base: { sha: string } };
      };
      const tightened = structuredClone(schema);
      (tightened.fields[1] as { constraints: Record<string, unknown> }).constraints.minimum = 2.5;
      const dir = workspace(() => {}, stringify(tightened));
      const sandbox = await useSandbox();
      sandbox.world.createRepo("acme/iris", { files: { "data/schema.yml": stringify(schema) } });
      const baseSha = sandbox.world.repo("acme/iris").refs["refs/heads/main"] as string;
      opened.pull_request.base.sha = baseSha;
      const token = sandbox.world.issueToken("acme", { kind: "actions", permissions: { contents: "read" } });

      const result = await runAction({
        action: "actions/validate-data",
        workspace: dir,
        inputs: { data: "data/iris.csv", schema: "data/schema.yml", "fail-on": "never" },
        event: { name: "pull_request", payload: opened },
        github: {
          apiUrl: sandbox.url,
          token,
          repository: "acme/iris",
          sha: baseSha,
          ref: "refs/pull/1/merge",
        },
        timeoutMs: 60_000,
      });

      expect(result.exitCode).toBe(0);
      expect(sandbox.requests.some((r) => r.operationId === "repos/get-content" && r.status === 200)).toBe(
        true,
      );
      expect(result.summary).toContain("**Schema changes against the base branch:** 1 change, 1 breaking");
      expect(result.summary).toContain("minimum raised from 0 to 2.5 (tightened)");
      // Python's csv module, counting the same thing on the same file, is the reference.
      const narrow = execFileSync("/usr/bin/python3", [
        "-c",
        "import csv,sys; rows=list(csv.reader(open(sys.argv[1])))[1:]; print(sum(float(r[1]) < 2.5 for r in rows))",
        IRIS,
      ]);
      expect(result.outputs.errors).toBe(narrow.toString().trim());
    });

    it("validates its shard of a sharded dataset", async () => {
      const dir = workspace();
      const rows = fs
        .readFileSync(path.join(dir, "data", "iris.csv"), "utf8")
        .trim()
        .split("\n");
      fs.mkdirSync(path.join(dir, "shards"));
      for (let k = 0; k < 3; k++)
        fs.writeFileSync(
          path.join(dir, "shards", `part-${k}.csv`),
          `${rows[0]}\n${rows.slice(1 + 50 * k, 51 + 50 * k).join("\n")}\n`,
        );
      const schemaOnly = { ...schema, checks: {} };
      fs.writeFileSync(path.join(dir, "data", "schema.yml"), stringify(schemaOnly));

      const { result } = await run(dir, { data: "shards/*.csv", shard: "2/3" });

      expect(result.exitCode).toBe(0);
      expect(result.outputs.rows).toBe("50");
      expect(result.summary).toContain("`shards/part-1.csv`");
    });
  },
);
