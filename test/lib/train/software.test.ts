import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { probeSoftware } from "../../../lib/train/software.ts";

const bin = fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-bin-"));
afterAll(() => fs.rmSync(bin, { recursive: true, force: true }));

/** A python3 on its own PATH that prints `lines`, then sleeps `seconds`. */
function fakePython(name: string, lines: string[], seconds = 0): string {
  const dir = path.join(bin, name);
  fs.mkdirSync(dir);
  const script = `#!/bin/sh\nprintf '${lines.map((l) => `${l}\\n`).join("")}'\nsleep ${seconds}\n`;
  fs.writeFileSync(path.join(dir, "python3"), script, { mode: 0o755 });
  return dir;
}

describe("software versions", () => {
  it("reads what python3 prints, a line a tool", async () => {
    const dir = fakePython("complete", ["python 3.11.9", "torch 2.3.1", "numpy 1.26.4", "torch.cuda 12.1"]);
    expect(await probeSoftware({ PATH: dir })).toEqual({
      python: "3.11.9",
      torch: "2.3.1",
      numpy: "1.26.4",
      "torch.cuda": "12.1",
    });
  });

  it("keeps what a probe printed before its time ran out", async () => {
    const dir = fakePython("slow", ["python 3.12.3", "torch 2.4.0"], 30);
    const started = Date.now();
    expect(await probeSoftware({ PATH: dir }, 300)).toEqual({ python: "3.12.3", torch: "2.4.0" });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("records nothing without python3", async () => {
    expect(await probeSoftware({ PATH: path.join(bin, "nothing-here") })).toEqual({});
  });

  it.skipIf(!fs.existsSync("/usr/bin/python3"))("asks the real python3 in a moment", async () => {
    const versions = await probeSoftware({ PATH: "/usr/bin" });
    expect(versions.python).toMatch(/^3\.\d+\.\d+/);
  });
});
