import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

/**
 * The workflow templates a user copies (or `trainyard init` writes), held to the security model the
 * README promises and to the actions they call: least privilege per job, no attacker-controlled
 * text in a shell, no privileged trigger running untrusted code, deployments behind an
 * environment and in a queue, and each step's `with:` as its action.yml declares it.
 */
const DIR = "workflows-templates";
const templates = fs
  .readdirSync(DIR)
  .filter((name) => name.endsWith(".yml"))
  .sort();

type Level = "read" | "write";
type Permissions = Record<string, Level>;

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  if?: string;
}
interface Job {
  "runs-on"?: unknown;
  needs?: string | string[];
  permissions?: Permissions | Record<string, never>;
  environment?: unknown;
  concurrency?: { group?: string; "cancel-in-progress"?: boolean };
  outputs?: Record<string, string>;
  if?: string;
  strategy?: { matrix?: Record<string, unknown> };
  steps: Step[];
}
interface Workflow {
  name: string;
  on: Record<string, unknown>;
  permissions?: unknown;
  concurrency?: { group?: string; "cancel-in-progress"?: boolean };
  env?: Record<string, string>;
  jobs: Record<string, Job>;
}

const TRAINYARD = /^trainyard\/trainyard\/actions\/([a-z-]+)@v1$/;

/**
 * What each action needs of GITHUB_TOKEN (as its action.yml's github-token says), and what the
 * `gh api` calls in `run:` steps need. `workflow_run` adds what report needs to fetch a fork's bundle.
 */
const NEEDS: Record<string, Permissions> = {
  "actions/checkout": { contents: "read" },
  "actions/setup-python": {},
  "actions/upload-artifact": {},
  "actions/download-artifact": {},
  "validate-data": { contents: "read" },
  train: {},
  evaluate: { contents: "read", actions: "read" },
  report: { "pull-requests": "write", checks: "write", contents: "read" },
  register: { contents: "write", "pull-requests": "read", actions: "read" },
  deploy: { contents: "read", deployments: "write", "pull-requests": "write" },
  "drift-check": { contents: "write" },
};
const GH_API_NEEDS: Array<[RegExp, Permissions]> = [
  [/repos\/\$REPOSITORY\/compare\//, { contents: "read" }],
  [/repos\/\$REPOSITORY\/actions\/runs\/[^/]+\/artifacts/, { actions: "read" }],
];

/** Inputs of GitHub's own actions used by the templates (as of checkout v6, upload v7, download v8, setup-python v6). */
const GITHUB_ACTION_INPUTS: Record<string, string[]> = {
  "actions/checkout": [
    "repository",
    "ref",
    "token",
    "ssh-key",
    "ssh-known-hosts",
    "ssh-strict",
    "ssh-user",
    "persist-credentials",
    "path",
    "clean",
    "filter",
    "sparse-checkout",
    "sparse-checkout-cone-mode",
    "fetch-depth",
    "fetch-tags",
    "show-progress",
    "lfs",
    "submodules",
    "set-safe-directory",
    "github-server-url",
  ],
  "actions/upload-artifact": [
    "name",
    "path",
    "if-no-files-found",
    "retention-days",
    "compression-level",
    "overwrite",
    "include-hidden-files",
  ],
  "actions/download-artifact": [
    "name",
    "path",
    "pattern",
    "merge-multiple",
    "github-token",
    "repository",
    "run-id",
  ],
  "actions/setup-python": [
    "python-version",
    "python-version-file",
    "cache",
    "architecture",
    "check-latest",
    "token",
    "cache-dependency-path",
    "update-environment",
    "allow-prereleases",
    "freethreaded",
  ],
};

const rank = (level: Level | undefined) => (level === "write" ? 2 : level === "read" ? 1 : 0);

function load(name: string): Workflow {
  return parse(fs.readFileSync(path.join(DIR, name), "utf8")) as Workflow;
}

function actionOf(step: Step): string | undefined {
  if (!step.uses) return undefined;
  const trainyard = TRAINYARD.exec(step.uses);
  if (trainyard) return trainyard[1];
  return step.uses.split("@")[0];
}

function stepNeeds(step: Step, workflow: Workflow): Permissions {
  const action = actionOf(step);
  if (action !== undefined) {
    const needs = { ...(NEEDS[action] ?? {}) };
    if (action === "report" && "workflow_run" in workflow.on) needs.actions = "read";
    return needs;
  }
  const needs: Permissions = {};
  if (step.run?.includes("gh api"))
    for (const [pattern, permissions] of GH_API_NEEDS)
      if (pattern.test(step.run)) Object.assign(needs, permissions);
  return needs;
}

/** Shell text a step runs: `run:`, and train's `command:`, which it runs with bash. */
function shellOf(step: Step): string[] {
  const shells = [];
  if (step.run) shells.push(step.run);
  if (actionOf(step) === "train" && typeof step.with?.command === "string") shells.push(step.with.command);
  return shells;
}

function manifestInputs(action: string): { required: string[]; optional: string[] } | undefined {
  const file = path.join("actions", action, "action.yml");
  if (!fs.existsSync(file)) return undefined;
  const manifest = parse(fs.readFileSync(file, "utf8")) as {
    inputs?: Record<string, { required?: boolean; default?: unknown }>;
  };
  const inputs = Object.entries(manifest.inputs ?? {});
  return {
    required: inputs.filter(([, i]) => i.required === true && i.default === undefined).map(([n]) => n),
    optional: inputs.filter(([, i]) => !(i.required === true && i.default === undefined)).map(([n]) => n),
  };
}

describe("workflow templates", () => {
  it("are the four the README describes, each with its starter-workflow properties", () => {
    expect(templates).toEqual(["ml-cd.yml", "ml-ci.yml", "ml-monitor.yml", "ml-report-fork.yml"]);
    const properties = fs.readdirSync(DIR).filter((n) => n.endsWith(".properties.json"));
    expect(properties.sort()).toEqual(templates.map((t) => t.replace(/\.yml$/, ".properties.json")));
    for (const name of properties) {
      const p = JSON.parse(fs.readFileSync(path.join(DIR, name), "utf8"));
      expect(Object.keys(p).sort(), name).toEqual([
        "categories",
        "creator",
        "description",
        "filePatterns",
        "iconName",
        "name",
      ]);
      expect(p.name, name).toMatch(/^Trainyard /);
      expect(p.description.length, name).toBeGreaterThan(40);
      expect(p.iconName, name).toMatch(/^octicon [a-z-]+$/);
      expect(p.categories.length, name).toBeGreaterThan(0);
      for (const pattern of p.filePatterns)
        expect(() => new RegExp(pattern), `${name}: ${pattern}`).not.toThrow();
    }
  });

  for (const name of templates) {
    describe(name, () => {
      const text = fs.readFileSync(path.join(DIR, name), "utf8");
      const workflow = load(name);
      const jobs = Object.entries(workflow.jobs);

      it("grants nothing at the top and each job only what its steps need", () => {
        expect(workflow.permissions).toEqual({});
        for (const [id, job] of jobs) {
          const granted = (job.permissions ?? {}) as Permissions;
          const needed: Permissions = {};
          for (const step of job.steps)
            for (const [scope, level] of Object.entries(stepNeeds(step, workflow)))
              if (rank(level) > rank(needed[scope])) needed[scope] = level;
          expect(granted, `job ${id}`).toEqual(needed);
        }
      });

      it("puts no expression in a shell: outside text reaches scripts through env only", () => {
        for (const [id, job] of jobs)
          for (const step of job.steps)
            for (const shell of shellOf(step))
              expect(shell, `job ${id}, step ${step.name ?? step.uses ?? step.run}`).not.toMatch(/\$\{\{/);
      });

      it("never runs untrusted code with a privileged trigger", () => {
        expect(Object.keys(workflow.on)).not.toContain("pull_request_target");
        if ("workflow_run" in workflow.on)
          for (const [id, job] of jobs)
            expect(
              job.steps.filter((s) => actionOf(s) === "actions/checkout"),
              `job ${id} checks out code in a workflow_run workflow`,
            ).toEqual([]);
      });

      it("checks out without leaving the token in .git", () => {
        for (const [id, job] of jobs)
          for (const step of job.steps.filter((s) => actionOf(s) === "actions/checkout"))
            expect(step.with?.["persist-credentials"], `job ${id}`).toBe(false);
      });

      it("deploys behind a GitHub environment, one deployment at a time", () => {
        for (const [id, job] of jobs) {
          if (!job.steps.some((s) => actionOf(s) === "deploy")) continue;
          expect(job.environment, `job ${id}`).toBeTruthy();
          const concurrency = job.concurrency ?? workflow.concurrency;
          expect(concurrency?.group, `job ${id}`).toBeTruthy();
          expect(concurrency?.["cancel-in-progress"], `job ${id}`).toBe(false);
        }
      });

      it("gives each step of an action the inputs its action.yml declares", () => {
        for (const [id, job] of jobs)
          for (const step of job.steps) {
            const action = actionOf(step);
            if (action === undefined) continue;
            const keys = Object.keys(step.with ?? {});
            const known = GITHUB_ACTION_INPUTS[action];
            if (known) {
              for (const key of keys)
                expect(known, `job ${id}: ${action} has no input "${key}"`).toContain(key);
              continue;
            }
            const inputs = manifestInputs(action);
            expect(inputs, `job ${id}: no action.yml for ${step.uses}`).toBeDefined();
            for (const key of keys)
              expect(
                [...(inputs?.required ?? []), ...(inputs?.optional ?? [])],
                `job ${id}: ${action} has no input "${key}"`,
              ).toContain(key);
            for (const required of inputs?.required ?? [])
              expect(keys, `job ${id}: ${action} needs "${required}"`).toContain(required);
          }
      });

      it("uses Trainyard's actions at @v1 and GitHub's by major version; anything else by commit SHA", () => {
        for (const [id, job] of jobs)
          for (const step of job.steps) {
            if (!step.uses) continue;
            const trainyard = TRAINYARD.exec(step.uses);
            if (trainyard) {
              expect(
                fs.existsSync(path.join("actions", trainyard[1] as string, "action.yml")),
                step.uses,
              ).toBe(true);
              continue;
            }
            expect(step.uses, `job ${id}`).toMatch(/^actions\/[a-z-]+@v\d+$|^[^@]+@[0-9a-f]{40}$/);
          }
      });

      it("reads only outputs that the jobs it needs declare", () => {
        for (const [id, job] of jobs) {
          const needs = [job.needs ?? []].flat();
          for (const match of JSON.stringify(job).matchAll(/needs\.([a-z-]+)\.outputs\.([a-z-]+)/g)) {
            const [, other, output] = match as unknown as [string, string, string];
            expect(needs, `job ${id} reads needs.${other}`).toContain(other);
            expect(
              Object.keys(workflow.jobs[other]?.outputs ?? {}),
              `job ${id} reads needs.${other}.outputs.${output}`,
            ).toContain(output);
          }
        }
      });

      it("names the model in one place, for trainyard init to fill in", () => {
        expect(workflow.env?.MODEL).toBe("my-model");
        expect(text.match(/my-model/g)).toHaveLength(1);
      });
    });
  }

  describe("ml-ci.yml", () => {
    const workflow = load("ml-ci.yml");

    it("runs per pull request, a new push cancelling the run before", () => {
      expect(Object.keys(workflow.on)).toEqual(["pull_request"]);
      expect(workflow.concurrency?.group).toContain("github.event.pull_request.number");
      expect(workflow.concurrency?.["cancel-in-progress"]).toBe(true);
    });

    it("trains on the GPU runner the repository variable names, else ubuntu-latest", () => {
      expect(workflow.jobs.train?.["runs-on"]).toBe(
        `\${{ fromJSON(vars.TRAINYARD_GPU_RUNNER || '"ubuntu-latest"') }}`,
      );
      expect(Object.keys(workflow.jobs.train?.strategy?.matrix ?? {})).toEqual(["params"]);
    });

    it("evaluates the sweep's best run from every run's artifact, and reports the sweep", () => {
      const train = workflow.jobs.train as Job;
      const trained = train.steps.find((s) => actionOf(s) === "train") as Step;
      const prefix = String(trained.with?.["artifact-name"]).split(`\${{ strategy.job-index }}`)[0];
      expect(train.outputs?.runs).toContain("strategy.job-total");
      const evaluate = workflow.jobs.evaluate as Job;
      expect(evaluate.needs).toBe("train");
      expect(evaluate.if).toBe(`\${{ !cancelled() }}`);
      const download = evaluate.steps.find((s) => actionOf(s) === "actions/download-artifact") as Step;
      expect(download.with?.pattern).toBe(`${prefix}*`);
      const step = evaluate.steps.find((s) => actionOf(s) === "evaluate") as Step;
      expect(step.with?.sweep).toBe(`${download.with?.path}/*/run-record.json`);
      expect(step.with?.["sweep-size"]).toBe(`\${{ needs.train.outputs.runs }}`);
      expect(JSON.stringify(evaluate.steps)).toContain("steps.evaluate.outputs.best-run");
    });

    it("validates shards on a matrix whose size is the shard count, and merges them", () => {
      const validate = workflow.jobs.validate as Job;
      const step = validate.steps.find((s) => actionOf(s) === "validate-data") as Step;
      expect(step.with?.shard).toBe(`\${{ matrix.shard }}/\${{ strategy.job-total }}`);
      const merge = (workflow.jobs["validate-merge"] as Job).steps.find(
        (s) => actionOf(s) === "validate-data",
      );
      expect(merge?.with?.["merge-reports"]).toBe(`\${{ runner.temp }}/validation/shard-*.json`);
    });

    it("keeps every write token out of jobs that run the pull request's code", () => {
      for (const [id, job] of Object.entries(workflow.jobs)) {
        const runsCode = job.steps.some((s) => s.run !== undefined || actionOf(s) === "actions/checkout");
        const writes = Object.values(job.permissions ?? {}).includes("write");
        expect(runsCode && writes, `job ${id}`).toBe(false);
      }
    });
  });

  it("ml-cd.yml registers on a push and deploys only when deployments.yml changed", () => {
    const workflow = load("ml-cd.yml");
    expect(Object.keys(workflow.on)).toEqual(["push", "workflow_dispatch"]);
    expect(workflow.jobs.deploy?.needs).toBe("changes");
    expect(String((workflow.jobs.deploy as unknown as { if: string }).if)).toContain(
      "needs.changes.outputs.deployments == 'true'",
    );
  });
});
