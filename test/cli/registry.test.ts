import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import type { Sandbox } from "../../sandbox/server.ts";
import { releaseVersion, versionMetadataFor } from "../helpers/model-versions.ts";
import { clientFor, useSandbox } from "../helpers/sandbox.ts";

const run = promisify(execFile);
const repo = { owner: "acme", repo: "churn" };

/** The committed CLI bundle, as `npx trainyard` runs it, pointed at the sandbox by its environment. */
async function trainyard(
  sandbox: Sandbox,
  token: string,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.resolve("cli/dist/index.js"), ...args], {
      env: {
        PATH: process.env.PATH,
        GITHUB_TOKEN: token,
        GITHUB_REPOSITORY: "acme/churn",
        GITHUB_API_URL: sandbox.url,
      },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

async function setUp() {
  const sandbox = await useSandbox();
  sandbox.world.createRepo("acme/churn", {
    files: {
      ".github/trainyard.yml": "models:\n  churn:\n    gates:\n      f1: { min: 0.8 }\n",
      ".trainyard/deployments.yml": "churn:\n  production: v1 # promoted in #12\n  staging: v2\n",
    },
  });
  const token = sandbox.world.issueToken("acme");
  const github = clientFor(sandbox, token);
  const metrics = (accuracy: number) => ({ accuracy, f1: accuracy - 0.05, latency_ms: 40, "val.loss": 0.2 });
  await releaseVersion(
    sandbox,
    github,
    repo,
    versionMetadataFor("churn", 1, { metrics: metrics(0.9), pullRequest: 11, approvals: ["bob"] }),
  );
  await releaseVersion(
    sandbox,
    github,
    repo,
    versionMetadataFor("churn", 2, { metrics: metrics(0.93), pullRequest: 14, approvals: ["bob", "carol"] }),
  );
  await releaseVersion(sandbox, github, repo, versionMetadataFor("fraud", 1, { metrics: { auc: 0.97 } }));
  await releaseVersion(sandbox, github, repo, versionMetadataFor("churn", 3, { metrics: metrics(0.95) }), {
    publish: false,
  });
  await github.rest.repos.createRelease({ ...repo, tag_name: "v1.0.0" });
  return { sandbox, token };
}

describe("trainyard registry", () => {
  it("lists every model's published versions with aliases, digests, key metrics, pull requests and approvers", async () => {
    const { sandbox, token } = await setUp();

    const result = await trainyard(sandbox, token, "registry", "list");

    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n").map((line) => line.trimEnd());
    expect(lines[0]).toBe("churn  (production: v1, staging: v2)");
    expect(lines[1]).toMatch(/^ {2}VERSION +PUBLISHED +DIGEST +f1 +accuracy +latency_ms +PR +APPROVED BY$/);
    expect(lines[2]).toMatch(
      /^ {2}v2 +\d{4}-\d\d-\d\d \d\d:\d\dZ +sha256:aaaaaaaaaaaa +0\.88 +0\.93 +40 +#14 +bob, carol +← staging$/,
    );
    expect(lines[3]).toMatch(/^ {2}v1 .* sha256:aaaaaaaaaaaa +0\.85 +0\.9 +40 +#11 +bob +← production$/);
    expect(lines[5]).toBe("fraud");
    expect(result.stdout).not.toContain("v3");
    expect(result.stdout).not.toContain("v1.0.0");
  });

  it("lists one model as JSON", async () => {
    const { sandbox, token } = await setUp();

    const result = await trainyard(sandbox, token, "registry", "list", "churn", "--json");

    expect(result.code).toBe(0);
    const listed = JSON.parse(result.stdout);
    expect(listed.repository).toBe("acme/churn");
    expect(listed.models).toHaveLength(1);
    expect(listed.models[0]).toMatchObject({ model: "churn", aliases: { production: 1, staging: 2 } });
    expect(listed.models[0].versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(listed.models[0].versions[0]).toMatchObject({
      tag: "churn-v2",
      digest: `sha256:${"2".padStart(64, "a")}`,
      metrics: { accuracy: 0.93 },
      pullRequest: 14,
      approvals: ["bob", "carol"],
      environments: ["staging"],
    });
  });

  it("shows one version in full, the newest by default", async () => {
    const { sandbox, token } = await setUp();

    const newest = await trainyard(sandbox, token, "registry", "show", "churn");
    const v1 = await trainyard(sandbox, token, "registry", "show", "churn", "v1", "--json");

    expect(newest.code).toBe(0);
    expect(newest.stdout).toMatch(/^churn v2 {2}http:\/\/127\.0\.0\.1:\d+\/.*\/releases\/tag\/churn-v2\n/);
    expect(newest.stdout).toContain("  runs in      staging\n");
    expect(newest.stdout).toContain(
      "  approved by  bob (2026-11-20T09:00:00Z), carol (2026-11-20T09:00:00Z)\n",
    );
    expect(newest.stdout).toMatch(/ {4}model\.json +29 bytes +sha256:a{63}2\n/);
    expect(newest.stdout).toMatch(/ {4}accuracy +0\.93\n/);
    expect(v1.code).toBe(0);
    expect(JSON.parse(v1.stdout)).toMatchObject({
      model: "churn",
      version: 1,
      environments: ["production"],
      metadata: { version: 1, pullRequest: { number: 11 } },
    });
  });

  it("exits 1 for a version or model that does not exist, and 2 for a usage error", async () => {
    const { sandbox, token } = await setUp();

    const missing = await trainyard(sandbox, token, "registry", "show", "churn", "v9");
    const unknownModel = await trainyard(sandbox, token, "registry", "list", "ranker");
    const usage = await trainyard(sandbox, token, "registry", "show", "churn", "three");

    expect(missing).toMatchObject({ code: 1, stderr: "trainyard: no version v9 of churn in acme/churn\n" });
    expect(unknownModel).toMatchObject({
      code: 1,
      stderr: "trainyard: no versions of ranker in acme/churn\n",
    });
    expect(usage).toMatchObject({ code: 2, stderr: 'trainyard: "three" is not a version: write it as v3\n' });
  });
});
