import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { pythonHasSklearn } from "../../cli/demo/project.ts";
import { checkDemoOutput } from "./demo-output.ts";

const run = promisify(execFile);
const out = fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-demo-python-"));
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));
const hasSklearn = pythonHasSklearn();

describe.skipIf(!hasSklearn)(
  hasSklearn
    ? "the Python example (examples/breast-cancer) through the whole loop"
    : "SKIPPED: /usr/bin/python3 lacks scikit-learn (apt-get install python3-sklearn python3-yaml)",
  () => {
    it("trains, evaluates, registers, promotes, deploys and retrains the scikit-learn project", async () => {
      const { stdout } = await run(
        process.execPath,
        ["cli/dist/index.js", "demo", "--project", "examples/breast-cancer", "--out", out],
        { timeout: 240_000 },
      );
      expect(stdout).toContain("examples/breast-cancer (Python)");
      expect(stdout).toMatch(/train on PR #1: `\/usr\/bin\/python3 train\.py --params params\.yaml`/);
      checkDemoOutput(stdout, out);
    }, 270_000);
  },
);
