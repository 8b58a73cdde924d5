import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { modelDigest, planChanges } from "../../../lib/deploy/plan.ts";
import { parseDeployments } from "../../../lib/registry/deployments.ts";

describe("planChanges", () => {
  it("lists each model and environment whose version changed, in the pushed file's order", () => {
    const before = parseDeployments("churn:\n  production: v3\n  staging: v4\nfraud:\n  production: v1\n");
    const after = parseDeployments(
      "fraud:\n  production: v2\nchurn:\n  production: v4   # promoted\n  staging: v4\n  canary: v5\n",
    );
    expect(planChanges(before, after)).toEqual([
      { model: "fraud", environment: "production", from: 1, to: 2 },
      { model: "churn", environment: "production", from: 3, to: 4 },
      { model: "churn", environment: "canary", from: undefined, to: 5 },
    ]);
  });

  it("reports an entry that was removed, and nothing for a file that only changed its comments", () => {
    const before = parseDeployments("churn:\n  production: v3\n  staging: v4\n");
    expect(planChanges(before, parseDeployments("churn:\n  production: v3\n"))).toEqual([
      { model: "churn", environment: "staging", from: 4, to: undefined },
    ]);
    expect(
      planChanges(before, parseDeployments("# who runs what\nchurn:\n  staging: v4\n  production: v3\n")),
    ).toEqual([]);
  });

  it("treats every entry as new on a first commit", () => {
    expect(planChanges({}, parseDeployments("churn:\n  production: v1\n"))).toEqual([
      { model: "churn", environment: "production", from: undefined, to: 1 },
    ]);
  });

  it("does not mistake an environment named like an object's own property for a deployed one", () => {
    expect(planChanges({}, parseDeployments("churn:\n  constructor: v2\n"))).toEqual([
      { model: "churn", environment: "constructor", from: undefined, to: 2 },
    ]);
  });
});

describe("modelDigest", () => {
  const hex = (text: string) => createHash("sha256").update(text).digest("hex");

  it("is the file's own sha256 for a one-file model", () => {
    expect(modelDigest([{ path: "model/model.joblib", sha256: hex("weights") }])).toBe(
      `sha256:${hex("weights")}`,
    );
  });

  it("is what sha256sum over the files in path order, piped to sha256sum, prints", () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-digest-"));
    const files = { "model/weights.bin": "0123", "model/config.json": "{}", "tokenizer.json": "[1,2]" };
    for (const [name, content] of Object.entries(files)) {
      fs.mkdirSync(path.join(folder, path.dirname(name)), { recursive: true });
      fs.writeFileSync(path.join(folder, name), content);
    }
    const shell = execFileSync(
      "bash",
      ["-c", "find . -type f | sed 's|^\\./||' | LC_ALL=C sort | xargs sha256sum | sha256sum"],
      { cwd: folder, encoding: "utf8" },
    ).split(" ")[0];
    const digest = modelDigest(
      Object.entries(files).map(([name, content]) => ({ path: name, sha256: hex(content) })),
    );
    expect(digest).toBe(`sha256:${shell}`);
    fs.rmSync(folder, { recursive: true, force: true });
  });
});
