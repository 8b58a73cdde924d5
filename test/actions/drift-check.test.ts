import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildDataProfile } from "../../lib/drift/profile.ts";
import { driftDispatchPayload, driftReport } from "../../lib/drift/report.ts";
import { versionMetadata } from "../../lib/registry/version-metadata.ts";
import { type ActionResult, runAction } from "../../sandbox/runner.ts";
import type { Sandbox } from "../../sandbox/server.ts";
import { releaseVersion, versionMetadataFor } from "../helpers/model-versions.ts";
import { clientFor, useSandbox } from "../helpers/sandbox.ts";
import { localServer, webhookReceiver } from "../helpers/webhook-receiver.ts";

/**
 * drift-check as GitHub runs it: the bundle as a process, against the sandbox, on scikit-learn's
 * wine data (178 rows, 13 measurements and the class) and a copy with nine columns scaled by 1.5.
 */
const SKLEARN = "/usr/lib/python3/dist-packages/sklearn/datasets/data";
const hasSklearn = fs.existsSync(path.join(SKLEARN, "wine_data.csv"));
const REPO = "acme/churn";
const repo = { owner: "acme", repo: "churn" };
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-drift-check-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const COLUMNS = [...Array.from({ length: 13 }, (_, index) => `x${index}`), "target"];
const SHIFTED = COLUMNS.slice(0, 9);

function wineCsv(scale: number): string {
  const rows = fs
    .readFileSync(path.join(SKLEARN, "wine_data.csv"), "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((line) =>
      line
        .trim()
        .split(",")
        .map((cell, index) => (index < SHIFTED.length ? String(Number(cell) * scale) : cell)),
    );
  return `${COLUMNS.join(",")}\n${rows.map((row) => row.join(",")).join("\n")}\n`;
}

/** A checked-out repository with the reference data, today's data and (optionally) the config. */
function workspace(config?: string): string {
  const dir = fs.mkdtempSync(path.join(scratch, "workspace-"));
  fs.mkdirSync(path.join(dir, "data"));
  fs.writeFileSync(path.join(dir, "data", "reference.csv"), wineCsv(1));
  fs.writeFileSync(path.join(dir, "data", "drifted.csv"), wineCsv(1.5));
  if (config !== undefined) {
    fs.mkdirSync(path.join(dir, ".github"));
    fs.writeFileSync(path.join(dir, ".github", "trainyard.yml"), config);
  }
  return dir;
}

async function setup(options: { files?: Record<string, string>; defaultBranch?: string } = {}) {
  const sandbox = await useSandbox();
  sandbox.world.createRepo(REPO, {
    files: { "README.md": "# churn\n", ...options.files },
    ...(options.defaultBranch ? { defaultBranch: options.defaultBranch } : {}),
  });
  // The Trainyard app, installed on the repository: repository_dispatch goes to installed apps.
  const app = await webhookReceiver();
  const { appId } = sandbox.world.registerApp({
    slug: "trainyard",
    webhookUrl: app.url,
    permissions: { contents: "write", metadata: "read" },
    events: ["repository_dispatch"],
  });
  sandbox.world.installApp(appId, "acme");
  return { sandbox, app };
}

function driftCheck(sandbox: Sandbox, dir: string, inputs: Record<string, string>): Promise<ActionResult> {
  const branch = sandbox.world.repo(REPO).defaultBranch;
  return runAction({
    action: "actions/drift-check",
    workspace: dir,
    inputs: { model: "churn", ...inputs },
    event: { name: "schedule", payload: { schedule: "0 6 * * *" } },
    github: {
      apiUrl: sandbox.url,
      token: sandbox.world.issueToken("acme", { kind: "actions" }),
      repository: REPO,
      sha: sandbox.world.repo(REPO).refs[`refs/heads/${branch}`] as string,
      ref: `refs/heads/${branch}`,
    },
    timeoutMs: 60_000,
  });
}

describe.skipIf(!hasSklearn)(
  hasSklearn ? "drift-check" : "SKIPPED: apt-get install python3-sklearn for the wine data",
  () => {
    it("finds drift in shifted data: outputs, report file, summary, warnings, Prometheus file and a dispatch the app receives", async () => {
      const { sandbox, app } = await setup();
      const dir = workspace();
      const result = await driftCheck(sandbox, dir, {
        reference: "data/reference.csv",
        current: "data/drifted.csv",
        "prometheus-file": "metrics/drift.prom",
      });
      expect(result.exitCode, result.log).toBe(0);
      expect(result.outputs.drifted).toBe("true");
      const drifted = result.outputs["drifted-features"]?.split(",") ?? [];
      expect(drifted.sort()).toEqual([...SHIFTED].sort());
      expect(Number(result.outputs.share)).toBeCloseTo(9 / 14, 12);
      expect(result.outputs.report).toBe(path.join(dir, "drift-report.json"));

      const report = driftReport.parse(
        JSON.parse(fs.readFileSync(path.join(dir, "drift-report.json"), "utf8")),
      );
      expect(report.reference).toEqual({ rows: 178, source: "data" });
      expect(report.features.map((feature) => feature.feature)).toEqual(COLUMNS);
      expect(report.features.find((feature) => feature.feature === "x0")).toMatchObject({
        test: "ks",
        drifted: true,
      });
      expect(report.features.find((feature) => feature.feature === "target")).toMatchObject({
        test: "chisquare",
        drifted: false,
        p_value: 1,
      });

      expect(result.summary).toContain("## Drift check: `churn`");
      expect(result.summary).toContain("⚠️ **Data drift for `churn`**: 9 of 14 features drifted (64.3%)");
      expect(result.summary).toMatch(/\| `x0` +\| numerical \| Kolmogorov–Smirnov \|/);
      expect(result.summary).toContain("```mermaid\nxychart-beta");
      expect(result.summary).toContain("Reference: data/reference.csv.");
      expect(result.summary).toContain("Sent `repository_dispatch` `trainyard-drift`");

      const warnings = result.annotations.filter((annotation) => annotation.level === "warning");
      expect(warnings).toHaveLength(9);
      expect(warnings[0]).toMatchObject({ title: "Data drift: churn" });
      expect(warnings.map((warning) => warning.message)).toContainEqual(
        expect.stringMatching(/^feature "x0" drifted: Kolmogorov–Smirnov p = \S+ ≤ 0\.05, PSI \S+$/),
      );
      expect(result.log).toContain("178 rows checked: 9 of 14 features drifted");

      const prom = fs.readFileSync(path.join(dir, "metrics", "drift.prom"), "utf8");
      expect(prom).toContain('trainyard_dataset_drifted{model="churn"} 1\n');
      expect(prom).toContain('trainyard_feature_drifted{model="churn",feature="x0",test="ks"} 1\n');
      expect(prom).toContain(
        'trainyard_feature_drifted{model="churn",feature="target",test="chisquare"} 0\n',
      );

      const dispatches = sandbox.world.repo(REPO).dispatches;
      expect(dispatches).toHaveLength(1);
      expect(dispatches[0]).toMatchObject({ eventType: "trainyard-drift", sender: "github-actions[bot]" });
      const [delivery] = await app.waitFor(1);
      expect(delivery?.event).toBe("repository_dispatch");
      expect(delivery?.action).toBe("trainyard-drift");
      const raw = delivery?.payload.client_payload as Record<string, unknown>;
      expect(Object.keys(raw).sort()).toEqual(["model", "report"]);
      const payload = driftDispatchPayload.parse(raw);
      expect(payload.model).toBe("churn");
      const sent = payload.report;
      expect(sent).toMatchObject({ drifted: true, omitted: 0, reference: { rows: 178, source: "data" } });
      expect(sent.features.slice(0, 9).every((feature) => feature.drifted)).toBe(true);
      expect(sent.features).toHaveLength(14);
      expect(Buffer.byteLength(JSON.stringify(payload))).toBeLessThan(60_000);
    });

    it("reports no drift for the same data, sends nothing, and pushes its metrics to a Pushgateway", async () => {
      const { sandbox, app } = await setup();
      const pushed: Array<{ method?: string; url?: string; type?: string; body: string }> = [];
      const gateway = await localServer((request, response) => {
        let body = "";
        request.on("data", (chunk) => {
          body += chunk;
        });
        request.on("end", () => {
          pushed.push({
            method: request.method,
            url: request.url,
            type: request.headers["content-type"],
            body,
          });
          response.writeHead(200).end();
        });
      });
      const dir = workspace();
      const result = await driftCheck(sandbox, dir, {
        reference: "data/reference.csv",
        current: "data/reference.csv",
        "report-file": "out/report.json",
        "pushgateway-url": `${gateway.origin}/`,
      });
      expect(result.exitCode, result.log).toBe(0);
      expect(result.outputs).toMatchObject({
        drifted: "false",
        share: "0",
        "drifted-features": "",
        report: path.join(dir, "out", "report.json"),
      });
      expect(result.summary).toContain("✅ **No drift for `churn`**: none of 14 features drifted.");
      expect(result.summary).not.toContain("repository_dispatch");
      expect(result.annotations).toEqual([]);
      expect(sandbox.world.repo(REPO).dispatches).toEqual([]);
      expect(app.deliveries).toEqual([]);
      expect(pushed).toHaveLength(1);
      expect(pushed[0]).toMatchObject({
        method: "PUT",
        url: "/metrics/job/trainyard/model/churn",
        type: "text/plain; version=0.0.4; charset=utf-8",
      });
      expect(pushed[0]?.body).toContain('trainyard_dataset_drifted{model="churn"} 0\n');
      expect(pushed[0]?.body).toContain('trainyard_drift_p_value{model="churn",feature="x0",test="ks"} 1\n');
      expect(result.log).toContain(
        `pushed Prometheus metrics to ${gateway.origin}/metrics/job/trainyard/model/churn`,
      );
    });

    it("compares with the data profile of the production version, read from the default branch's deployments.yml", async () => {
      const dir = workspace();
      const profile = await buildDataProfile(["data/reference.csv"], { cwd: dir });
      const { sandbox } = await setup({
        defaultBranch: "trunk",
        files: { ".trainyard/deployments.yml": "churn:\n  production: v1 # promoted in #3\n" },
      });
      const owner = clientFor(sandbox, sandbox.world.issueToken("acme"));
      const v1 = versionMetadataFor("churn", 1, { metrics: { accuracy: 0.9 } });
      await releaseVersion(sandbox, owner, repo, versionMetadata.parse({ ...v1, dataProfile: profile }));
      // A newer version, not in production, whose profile would find no drift.
      const v2 = versionMetadataFor("churn", 2, { metrics: { accuracy: 0.91 } });
      const driftedProfile = await buildDataProfile(["data/drifted.csv"], { cwd: dir });
      await releaseVersion(
        sandbox,
        owner,
        repo,
        versionMetadata.parse({ ...v2, dataProfile: driftedProfile }),
      );

      const result = await driftCheck(sandbox, dir, { current: "data/drifted.csv", dispatch: "false" });
      expect(result.exitCode, result.log).toBe(0);
      expect(result.outputs.drifted).toBe("true");
      expect(result.summary).toContain("Reference: the data profile of churn production v1.");
      expect(result.summary).not.toContain("repository_dispatch");
      expect(sandbox.world.repo(REPO).dispatches).toEqual([]);
      const report = driftReport.parse(
        JSON.parse(fs.readFileSync(path.join(dir, "drift-report.json"), "utf8")),
      );
      expect(report.reference).toEqual({ rows: 178, source: "profile" });
      expect(report.features.filter((feature) => feature.drifted).map((feature) => feature.feature)).toEqual(
        SHIFTED,
      );

      // The same profile, given as a file: the same answer, without GitHub.
      fs.writeFileSync(path.join(dir, "profile.json"), JSON.stringify(profile));
      const fromFile = await driftCheck(sandbox, dir, {
        reference: "profile.json",
        current: "data/drifted.csv",
        "report-file": "from-file.json",
        dispatch: "false",
      });
      expect(fromFile.exitCode, fromFile.log).toBe(0);
      expect(fromFile.summary).toContain("Reference: the profile profile.json.");
      expect(JSON.parse(fs.readFileSync(path.join(dir, "from-file.json"), "utf8"))).toEqual(report);

      // Nothing in production: the newest version's profile, against which this data has not drifted.
      sandbox.world.push(REPO, "trunk", { ".trainyard/deployments.yml": "# nothing deployed yet\n" });
      const newest = await driftCheck(sandbox, dir, { current: "data/drifted.csv" });
      expect(newest.exitCode, newest.log).toBe(0);
      expect(newest.outputs.drifted).toBe("false");
      expect(newest.summary).toContain("Reference: the data profile of churn newest version v2");
    });

    it("fails with a clear error when the model has no version with a data profile", async () => {
      const { sandbox } = await setup({
        files: { ".trainyard/deployments.yml": "churn:\n  production: v1\n" },
      });
      const dir = workspace();
      const unregistered = await driftCheck(sandbox, dir, { model: "fraud", current: "data/drifted.csv" });
      expect(unregistered.exitCode).toBe(1);
      expect(unregistered.annotations).toContainEqual(
        expect.objectContaining({
          level: "error",
          message: expect.stringContaining(
            "no reference for fraud: it has no registered version (no Release fraud-v<N>); give the reference input",
          ),
        }),
      );

      const owner = clientFor(sandbox, sandbox.world.issueToken("acme"));
      await releaseVersion(
        sandbox,
        owner,
        repo,
        versionMetadataFor("churn", 1, { metrics: { accuracy: 0.9 } }),
      );
      const result = await driftCheck(sandbox, dir, { current: "data/drifted.csv" });
      expect(result.exitCode).toBe(1);
      const errors = result.annotations.filter((annotation) => annotation.level === "error");
      expect(errors).toHaveLength(1);
      expect(errors[0]?.message).toContain(
        "no reference for churn: churn-v1 (production v1) was registered without a data profile; register it with the data input, or give the reference input",
      );
      expect(errors[0]?.file).toBe("churn-v1/trainyard.json");
      expect(result.outputs).toEqual({});
      expect(sandbox.world.repo(REPO).dispatches).toEqual([]);
    });

    it("fails the step on drift with fail-on-drift, after writing its outputs, summary and dispatch", async () => {
      const { sandbox } = await setup();
      const dir = workspace();
      const result = await driftCheck(sandbox, dir, {
        reference: "data/reference.csv",
        current: "data/drifted.csv",
        "fail-on-drift": "true",
      });
      expect(result.exitCode).toBe(1);
      expect(result.outputs.drifted).toBe("true");
      expect(result.summary).toContain("⚠️ **Data drift for `churn`**");
      expect(sandbox.world.repo(REPO).dispatches).toHaveLength(1);
      expect(result.annotations).toContainEqual(
        expect.objectContaining({
          level: "error",
          message: expect.stringContaining(
            "the data of churn has drifted (9 of 14 features) and fail-on-drift is set",
          ),
        }),
      );

      const bad = await driftCheck(sandbox, dir, {
        reference: "data/reference.csv",
        current: "data/drifted.csv",
        "fail-on-drift": "yes",
      });
      expect(bad.exitCode).toBe(1);
      expect(bad.annotations[0]?.message).toContain(
        'input "fail-on-drift" must be "true" or "false", got "yes"',
      );
    });

    it("annotates at most 10 drifted features and counts the rest in the summary", async () => {
      const { sandbox } = await setup();
      const dir = fs.mkdtempSync(path.join(scratch, "workspace-"));
      const lines = fs
        .readFileSync(path.join(SKLEARN, "breast_cancer.csv"), "utf8")
        .trim()
        .split("\n")
        .slice(1);
      const header = `${Array.from({ length: 30 }, (_, index) => `m${index}`).join(",")},target`;
      const csv = (scale: number) =>
        `${header}\n${lines
          .map((line) =>
            line
              .trim()
              .split(",")
              .map((cell, index) => (index < 20 ? String(Number(cell) * scale) : cell))
              .join(","),
          )
          .join("\n")}\n`;
      fs.writeFileSync(path.join(dir, "reference.csv"), csv(1));
      fs.writeFileSync(path.join(dir, "current.csv"), csv(1.5));
      const result = await driftCheck(sandbox, dir, {
        reference: "reference.csv",
        current: "current.csv",
        dispatch: "false",
      });
      expect(result.exitCode, result.log).toBe(0);
      expect(result.outputs["drifted-features"]?.split(",")).toHaveLength(20);
      expect(result.annotations.filter((annotation) => annotation.level === "warning")).toHaveLength(10);
      expect(result.summary).toContain(
        "10 more drifted features not annotated (GitHub shows 10 warnings per step).",
      );
      expect(sandbox.world.repo(REPO).dispatches).toEqual([]);
    });

    it("takes the dataset threshold and per-feature settings from models.<name>.drift in the config", async () => {
      const { sandbox } = await setup();
      const config = `models:
  churn:
    drift:
      share: 0.7
      features:
        x0: { ignore: true }
        target: { test: jensenshannon, threshold: 0.2 }
`;
      const dir = workspace(config);
      const result = await driftCheck(sandbox, dir, {
        reference: "data/reference.csv",
        current: "data/drifted.csv",
      });
      expect(result.exitCode, result.log).toBe(0);
      // 8 of 13 features (x0 left out) is 61.5%, under 70%.
      expect(result.outputs.drifted).toBe("false");
      expect(Number(result.outputs.share)).toBeCloseTo(8 / 13, 12);
      expect(result.outputs["drifted-features"]?.split(",")).not.toContain("x0");
      const report = driftReport.parse(
        JSON.parse(fs.readFileSync(path.join(dir, "drift-report.json"), "utf8")),
      );
      expect(report.threshold).toBe(0.7);
      expect(report.features.find((feature) => feature.feature === "target")).toMatchObject({
        test: "jensenshannon",
        threshold: 0.2,
      });
      expect(sandbox.world.repo(REPO).dispatches).toEqual([]);

      const other = workspace("models:\n  fraud: {}\n");
      const missing = await driftCheck(sandbox, other, {
        reference: "data/reference.csv",
        current: "data/drifted.csv",
      });
      expect(missing.exitCode).toBe(1);
      expect(missing.annotations[0]).toMatchObject({
        level: "error",
        file: ".github/trainyard.yml",
        message: expect.stringContaining('no model "churn" under models: (has fraud)'),
      });
    });
  },
);
