import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { clientFor, useSandbox } from "../helpers/sandbox.ts";

describe("sandbox contents API", () => {
  it("reads a file the way GitHub returns it, base64 with the blob's git sha", async () => {
    const sandbox = await useSandbox();
    sandbox.world.createRepo("acme/churn", { files: { "data/schema.yml": "fields: []\n" } });
    const github = clientFor(sandbox, sandbox.world.issueToken("alice"));

    const { data } = await github.rest.repos.getContent({
      owner: "acme",
      repo: "churn",
      path: "data/schema.yml",
    });

    expect(Array.isArray(data)).toBe(false);
    const file = data as { content: string; sha: string; encoding: string };
    expect(Buffer.from(file.content, "base64").toString()).toBe("fields: []\n");
    expect(file.sha).toBe(gitBlobSha("fields: []\n"));
  });

  it("answers 409 to a write with a stale sha, and keeps the newer content", async () => {
    const sandbox = await useSandbox();
    sandbox.world.createRepo("acme/churn", { files: { "config.yml": "v: 1\n" } });
    const github = clientFor(sandbox, sandbox.world.issueToken("acme"));
    const read = await github.rest.repos.getContent({ owner: "acme", repo: "churn", path: "config.yml" });
    const staleSha = (read.data as { sha: string }).sha;

    await github.rest.repos.createOrUpdateFileContents({
      owner: "acme",
      repo: "churn",
      path: "config.yml",
      message: "first writer",
      content: Buffer.from("v: 2\n").toString("base64"),
      sha: staleSha,
    });
    const second = github.rest.repos.createOrUpdateFileContents({
      owner: "acme",
      repo: "churn",
      path: "config.yml",
      message: "second writer",
      content: Buffer.from("v: 3\n").toString("base64"),
      sha: staleSha,
    });

    await expect(second).rejects.toMatchObject({ status: 409 });
    const after = await github.rest.repos.getContent({ owner: "acme", repo: "churn", path: "config.yml" });
    expect(Buffer.from((after.data as { content: string }).content, "base64").toString()).toBe("v: 2\n");
  });
});

/** What git itself computes for a blob: the sandbox's shas must be git's. */
function gitBlobSha(content: string): string {
  return execFileSync("git", ["hash-object", "--stdin"], { input: content }).toString().trim();
}
