import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { CONFIG_FILE, parseTrainyardConfig } from "../../lib/config/trainyard-config.ts";
import { parseDeployments } from "../../lib/registry/deployments.ts";
import { runValidation } from "../../lib/validate/run.ts";

/**
 * `trainyard init` as a user runs it: the built CLI bundle, in a fresh git repository holding a
 * small ML project (the example's data and requirements.txt, without its config).
 */
const CLI = path.resolve("cli/dist/index.js");
const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
});

function project(files: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-init-"));
  folders.push(dir);
  const repo = path.join(dir, "Churn Model");
  fs.mkdirSync(path.join(repo, "data"), { recursive: true });
  for (const name of ["train.csv", "test.csv"])
    fs.copyFileSync(path.join("examples/breast-cancer/data", name), path.join(repo, "data", name));
  fs.copyFileSync("examples/breast-cancer/requirements.txt", path.join(repo, "requirements.txt"));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(repo, name)), { recursive: true });
    fs.writeFileSync(path.join(repo, name), text);
  }
  execFileSync("git", ["init", "-q", "-b", "trunk"], { cwd: repo });
  execFileSync("git", ["remote", "add", "origin", "git@github.com:acme/churn-model.git"], { cwd: repo });
  return repo;
}

function init(repo: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, "init", ...args], { cwd: repo, encoding: "utf8" });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

/** Every file under the repository (not .git) with its content. */
function snapshot(repo: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === ".git") continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files[path.relative(repo, full)] = fs.readFileSync(full, "utf8");
    }
  };
  walk(repo);
  return files;
}

describe.skipIf(!fs.existsSync(CLI))(
  fs.existsSync(CLI) ? "trainyard init" : "SKIPPED: cli/dist/index.js missing (node scripts/build.mjs cli)",
  () => {
    it("writes the workflows, the config, the data contract, deployments.yml and CODEOWNERS", async () => {
      const repo = project();
      const { status, out } = init(repo);

      expect(status).toBe(0);
      expect(out).toContain("model: churn-model; default branch: trunk");
      expect(out).toContain("data: data/ (2 files");
      for (const file of [
        ".github/workflows/ml-ci.yml",
        ".github/workflows/ml-cd.yml",
        ".github/workflows/ml-monitor.yml",
        ".github/workflows/ml-report-fork.yml",
        ".github/trainyard.yml",
        ".trainyard/deployments.yml",
        "data/schema.yml",
      ])
        expect(out).toContain(`wrote  ${file}`);
      expect(out).toContain("added to  .github/CODEOWNERS: /.trainyard/deployments.yml @acme");

      // The workflows: this repository's branch, model and paths; no starter placeholder left.
      for (const name of ["ml-ci", "ml-cd", "ml-monitor", "ml-report-fork"]) {
        const text = fs.readFileSync(path.join(repo, `.github/workflows/${name}.yml`), "utf8");
        expect(text, name).not.toMatch(/\$default-branch|\$cron-daily|my-model/);
        const workflow = parse(text) as { env: Record<string, string>; on: Record<string, unknown> };
        expect(workflow.env.MODEL, name).toBe("churn-model");
      }
      const ci = parse(fs.readFileSync(path.join(repo, ".github/workflows/ml-ci.yml"), "utf8"));
      expect(ci.on.pull_request.branches).toEqual(["trunk"]);
      expect(ci.env).toMatchObject({ DATA: "data/", SCHEMA: "data/schema.yml" });
      expect(ci.jobs.validate.strategy.matrix.shard).toEqual([1]); // 100 kB: one runner
      const monitor = parse(fs.readFileSync(path.join(repo, ".github/workflows/ml-monitor.yml"), "utf8"));
      expect(monitor.on.schedule[0].cron).toMatch(/^\d{1,2} \d{1,2} \* \* \*$/);

      // The config: its schema line first, and what the actions read.
      const configText = fs.readFileSync(path.join(repo, CONFIG_FILE), "utf8");
      const schemaUrl = /^# yaml-language-server: \$schema=(\S+)$/.exec(
        configText.split("\n")[0] as string,
      )?.[1];
      expect(schemaUrl).toMatch(/\/schemas\/trainyard-config\.json$/);
      expect(fs.existsSync(path.join("schemas", path.basename(schemaUrl as string)))).toBe(true);
      const config = parseTrainyardConfig(configText);
      expect(Object.keys(config.models)).toEqual(["churn-model"]);
      expect(config.models["churn-model"]).toMatchObject({
        metrics: "out/metrics.json",
        gates: { accuracy: { min: 0.8, max_drop: 0.01 } },
        registry: { store: "release" },
        promotion: { environment: "production" },
      });

      // The inferred contract: the data it was inferred from meets it, every file of it.
      const schema = parse(fs.readFileSync(path.join(repo, "data/schema.yml"), "utf8"));
      expect(schema.fields).toHaveLength(32);
      expect(schema.fields.find((f: { name: string }) => f.name === "diagnosis")).toEqual({
        name: "diagnosis",
        type: "string",
        constraints: { required: true, enum: ["benign", "malignant"] },
      });
      expect(schema.fields.find((f: { name: string }) => f.name === "mean_radius").constraints).toEqual({
        required: true,
        minimum: 6.981,
        maximum: 28.11,
      });
      const { report } = await runValidation({ data: ["data/"], schemaFile: "data/schema.yml", cwd: repo });
      expect(report).toMatchObject({ valid: true, rows: 569 });

      expect(
        parseDeployments(fs.readFileSync(path.join(repo, ".trainyard/deployments.yml"), "utf8")),
      ).toEqual({
        "churn-model": {},
      });
    });

    it("overwrites nothing without --force, and a second run changes nothing", () => {
      const repo = project({
        ".github/CODEOWNERS": "* @acme/everyone\n",
        ".github/workflows/ml-ci.yml": "mine\n",
      });
      const first = init(repo, "--model", "churn", "--owners", "@acme/ml-leads");
      expect(first.out).toContain("skipped  .github/workflows/ml-ci.yml (it exists; --force overwrites it)");
      expect(fs.readFileSync(path.join(repo, ".github/workflows/ml-ci.yml"), "utf8")).toBe("mine\n");
      expect(fs.readFileSync(path.join(repo, ".github/CODEOWNERS"), "utf8")).toBe(
        "* @acme/everyone\n# Who may approve a promotion (a change to what runs in production).\n/.trainyard/deployments.yml @acme/ml-leads\n",
      );

      const before = snapshot(repo);
      const second = init(repo, "--model", "churn", "--owners", "@acme/ml-leads");
      expect(second.status).toBe(0);
      expect(second.out).toContain("skipped  .github/CODEOWNERS (line 3 already names the owners");
      expect(second.out).toContain("0 file(s) written");
      expect(snapshot(repo)).toEqual(before);

      const forced = init(repo, "--model", "churn", "--force");
      expect(forced.out).toContain("wrote  .github/workflows/ml-ci.yml");
      expect(fs.readFileSync(path.join(repo, ".github/workflows/ml-ci.yml"), "utf8")).toContain(
        "MODEL: churn",
      );
    });

    it("with --dry-run says what it would write and writes nothing", () => {
      const repo = project();
      const before = snapshot(repo);
      const { status, out } = init(repo, "--dry-run");
      expect(status).toBe(0);
      expect(out).toContain("would write  .github/workflows/ml-ci.yml");
      expect(out).toContain("nothing was");
      expect(snapshot(repo)).toEqual(before);
    });

    it("refuses a model name that cannot become a tag", () => {
      const { status, err } = init(project(), "--model", "Churn Model");
      expect(status).toBe(2);
      expect(err).toContain('"Churn Model" is not a model name');
    });
  },
);
