import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { chromiumMissing, openDemoSite } from "../helpers/browser.ts";
import { checkDemoOutput } from "./demo-output.ts";

const run = promisify(execFile);
const out = fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-demo-"));
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

describe("npm run demo (the committed CLI bundle) on examples/breast-cancer-js", () => {
  it("runs the whole loop as processes against the sandbox and shows what a user would see", async () => {
    // An earlier run's step file is replaced; a file of the user's is left alone.
    fs.writeFileSync(path.join(out, "99-stale.md"), "old\n");
    fs.writeFileSync(path.join(out, "notes.txt"), "mine\n");
    const { stdout } = await run(process.execPath, ["cli/dist/index.js", "demo", "--out", out], {
      timeout: 150_000,
    });
    expect(stdout).toContain("examples/breast-cancer-js (JavaScript)");
    expect(stdout).toContain("every request and webhook checked against GitHub's OpenAPI description");
    expect(stdout).toMatch(
      /The Trainyard app \(bot\/dist\/index\.js, pid \d+\) listens on http:\/\/127\.0\.0\.1:\d+/,
    );
    const manifest = checkDemoOutput(stdout, out);
    expect(fs.existsSync(path.join(out, "99-stale.md"))).toBe(false);
    expect(fs.readFileSync(path.join(out, "notes.txt"), "utf8")).toBe("mine\n");
    expect(fs.readFileSync(path.join(out, "transcript.md"), "utf8")).toContain("Summary:");
    expect(fs.statSync(path.join(out, "index.html")).size).toBeGreaterThan(0);

    // The page a user opens: every step listed, every chart drawn, nothing misbehaving.
    if (chromiumMissing()) return;
    const site = await openDemoSite(path.join(out, "index.html"));
    expect(site.steps).toEqual(manifest.steps.map((step) => step.title));
    expect(site.charts).toBeGreaterThan(0);
    expect(site.chartErrors).toEqual([]);
    expect(site.chartsRendered).toBe(site.charts);
    expect(site.tables).toBeGreaterThan(10);
    expect(site.visibleText).toContain("Promote diagnosis v2 to production");
    expect([...site.consoleErrors, ...site.pageErrors, ...site.dialogs]).toEqual([]);
  }, 200_000);

  it("refuses an unknown project with a clear message and exit status 2", async () => {
    const failed = await run(process.execPath, [
      "cli/dist/index.js",
      "demo",
      "--project",
      "examples/nope",
      "--out",
      out,
    ]).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(2);
    expect(failed?.stderr).toContain(
      "--project must be examples/breast-cancer-js (default) or examples/breast-cancer, got examples/nope",
    );
  });
});
