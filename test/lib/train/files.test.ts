import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError } from "../../../lib/errors.ts";
import { digestFiles } from "../../../lib/train/files.ts";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-files-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const workspace = path.join(root, "repo");
const outside = path.join(root, "datasets");
const files: Record<string, string | Buffer> = {
  "repo/ml/model/weights.bin": Buffer.alloc(3 * 1024 * 1024 + 17, 7),
  "repo/ml/model/config.json": "{}\n",
  "repo/ml/model/.meta": "hidden\n",
  "repo/ml/model/checkpoints/epoch-1.tmp": "scratch\n",
  "repo/ml/tokenizer.json": "abc",
  "datasets/train.csv": "a,b\n1,2\n",
};
for (const [name, content] of Object.entries(files)) {
  fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
  fs.writeFileSync(path.join(root, name), content);
}
const sha256 = (content: string | Buffer) => createHash("sha256").update(content).digest("hex");

describe("file digests", () => {
  it("digests files, directories (hidden files too) and globs, by workspace path, leaving out !patterns", async () => {
    const found = await digestFiles({
      patterns: ["model", "*.json", "!**/*.tmp"],
      cwd: path.join(workspace, "ml"),
      workspace,
      field: "artifacts",
      insideWorkspace: true,
    });
    expect(found.map(({ path, size, sha256 }) => ({ path, size, sha256 }))).toEqual([
      { path: "ml/model/.meta", size: 7, sha256: sha256("hidden\n") },
      { path: "ml/model/config.json", size: 3, sha256: sha256("{}\n") },
      {
        path: "ml/model/weights.bin",
        size: 3 * 1024 * 1024 + 17,
        sha256: sha256(files["repo/ml/model/weights.bin"] as Buffer),
      },
      // sha256("abc"), as every sha256 implementation knows it
      {
        path: "ml/tokenizer.json",
        size: 3,
        sha256: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
      },
    ]);
    expect(found[0]?.source).toBe(path.join(workspace, "ml/model/.meta"));
  });

  it("lists a file matched twice once", async () => {
    const found = await digestFiles({
      patterns: ["ml/tokenizer.json", "ml/*.json"],
      cwd: workspace,
      workspace,
      field: "artifacts",
      insideWorkspace: true,
    });
    expect(found.map((f) => f.path)).toEqual(["ml/tokenizer.json"]);
  });

  it("records data outside the workspace by its absolute path", async () => {
    const found = await digestFiles({
      patterns: [outside],
      cwd: workspace,
      workspace,
      field: "data",
      insideWorkspace: false,
    });
    expect(found).toEqual([
      {
        source: path.join(outside, "train.csv"),
        path: path.join(outside, "train.csv"),
        size: 8,
        sha256: sha256("a,b\n1,2\n"),
      },
    ]);
  });

  it("refuses artifacts outside the workspace, and a pattern that matches nothing", async () => {
    const select = (patterns: string[]) =>
      digestFiles({ patterns, cwd: workspace, workspace, field: "artifacts", insideWorkspace: true });
    await expect(select(["../datasets/train.csv"])).rejects.toThrow(/is outside the workspace/);
    const error = await select(["ml/model/*.pt"]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).location.field).toBe("artifacts");
    expect((error as ConfigError).detail).toBe(`no file matches "ml/model/*.pt" (in ${workspace})`);
  });
});
