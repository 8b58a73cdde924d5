import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);

describe("npm run demo (the committed CLI bundle)", () => {
  it("runs the loop against the sandbox and shows what a user would see", async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-demo-"));
    const { stdout } = await run(process.execPath, ["cli/dist/index.js", "demo", "--out", out], {
      timeout: 120_000,
    });

    expect(stdout).toContain("every request and response checked against GitHub's OpenAPI description");
    expect(stdout).toMatch(/alice opened pull request #1 "Retrain churn on October data"/);
    expect(stdout).toContain("a re-run found it again and wrote nothing (unchanged)");
    expect(stdout).toMatch(/With 20% of requests failing .* 1 report comment among 4\./);
    expect(stdout).toMatch(/main's data\/train\.csv now has 3 rows/);
    expect(stdout).toMatch(/downloaded back identical/);
    expect(stdout).toContain("repository_dispatch.trainyard-drift");
    expect(stdout).toContain("0 contract violations");
    const [, delivered, verified] =
      /(\d+) webhooks delivered to the app, (\d+) with a verified signature/.exec(stdout) ?? [];
    expect(Number(delivered)).toBeGreaterThan(5);
    expect(verified).toBe(delivered);

    const comment = fs.readFileSync(path.join(out, "pr-comment.md"), "utf8");
    expect(comment).toContain("<!-- trainyard:report:churn -->");
    expect(comment).toMatch(/last updated for [0-9a-f]{40}/);
    expect(fs.readFileSync(path.join(out, "transcript.md"), "utf8")).toContain("Summary:");
  }, 150_000);
});
