import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseFileCommand, parseWorkflowCommands, runAction } from "../../sandbox/runner.ts";
import { bundle } from "../../scripts/bundle.mjs";
import { useSandbox } from "../helpers/sandbox.ts";

let actionDir: string;

// The fixture action is bundled exactly as `npm run build` bundles the real ones.
beforeAll(async () => {
  actionDir = fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-hello-"));
  fs.copyFileSync("test/fixtures/actions/hello/action.yml", path.join(actionDir, "action.yml"));
  await bundle({
    root: process.cwd(),
    entry: "test/fixtures/actions/hello/main.ts",
    outdir: path.join(actionDir, "dist"),
  });
}, 60_000);

async function runHello(inputs: Record<string, string>) {
  const sandbox = await useSandbox();
  sandbox.world.createRepo("acme/churn", { defaultBranch: "trunk" });
  const token = sandbox.world.issueToken("acme", { kind: "actions", permissions: { contents: "read" } });
  const result = await runAction({
    action: actionDir,
    inputs,
    github: {
      apiUrl: sandbox.url,
      token,
      repository: "acme/churn",
      sha: "0".repeat(40),
      ref: "refs/heads/trunk",
    },
    timeoutMs: 20_000,
  });
  return { result, sandbox };
}

describe("runner harness", () => {
  it("runs a bundled action as a process and returns its outputs, summary and annotations", async () => {
    const { result, sandbox } = await runHello({ name: "Ada", times: "2" });

    expect(result.stderr).toBe("");
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toEqual({ greeting: "Hello, Ada!", "default-branch": "trunk" });
    expect(result.summary).toContain("## Hello, Ada!");
    // 14 warnings were attempted; GitHub shows 10 per level, the rest are counted in the summary.
    expect(result.annotations.filter((a) => a.level === "warning")).toHaveLength(10);
    expect(result.annotations[0]).toMatchObject({
      level: "warning",
      file: "data.csv",
      line: 2,
      message: "warning 1",
    });
    expect(result.summary).toContain("Held back: 4 warnings");
    // The action reached the sandbox with the token its `${{ github.token }}` default resolved to.
    expect(sandbox.requests.some((r) => r.operationId === "repos/get" && r.status === 200)).toBe(true);
  });

  it("fails the step with one annotation at the file and line of a typed error", async () => {
    const { result } = await runHello({ name: "Ada", "fail-at-line": "14" });

    expect(result.exitCode).toBe(1);
    const errors = result.annotations.filter((a) => a.level === "error");
    expect(errors).toEqual([
      {
        level: "error",
        title: "ConfigError",
        file: "config.yml",
        line: 14,
        message: 'config.yml:14 gates.accuracy.min: expected number, got "ten"',
      },
    ]);
  });

  it("fails with a message naming the input when an input is invalid", async () => {
    const { result } = await runHello({ name: "Ada", times: "many" });

    expect(result.exitCode).toBe(1);
    expect(result.annotations.find((a) => a.level === "error")?.message).toMatch(
      /input "times" .*got "many"/,
    );
  });

  it("masks what the action marks secret in the log the runner shows", async () => {
    const { result } = await runHello({ name: "Ada", secret: "s3cr3t-value" });

    // The input named "secret" is masked by readInputs (its name says so); maskSecret again is a no-op.
    expect(result.masks.filter((mask) => mask === "s3cr3t-value")).toHaveLength(1);
    expect(result.log).toContain("greeting Ada with secret ***");
    expect(result.log).not.toContain("s3cr3t-value");
  });

  it("refuses an input the action does not declare, as a workflow linter would", async () => {
    const sandbox = await useSandbox();
    await expect(
      runAction({
        action: actionDir,
        inputs: { nmae: "typo" },
        github: { apiUrl: sandbox.url, token: "x", repository: "a/b", sha: "0", ref: "refs/heads/main" },
      }),
    ).rejects.toThrow(/declares no input "nmae"/);
  });
});

describe("runner file and workflow commands", () => {
  it("reads name=value lines and heredoc blocks", () => {
    expect(parseFileCommand("a=1\nreport<<EOF\nline 1\nline=2\nEOF\nb=x=y\n")).toEqual({
      a: "1",
      report: "line 1\nline=2",
      b: "x=y",
    });
    expect(() => parseFileCommand("r<<EOF\nno end\n")).toThrow(/no closing delimiter/);
  });

  it("unescapes annotation data and properties as @actions/core escapes them", () => {
    const { annotations } = parseWorkflowCommands(
      "::error file=a%2Cb.csv,line=3,title=x%3Ay::50%25 bad%0Asecond line",
    );
    expect(annotations).toEqual([
      { level: "error", file: "a,b.csv", line: 3, title: "x:y", message: "50% bad\nsecond line" },
    ]);
  });
});
