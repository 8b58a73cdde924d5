import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as core from "@actions/core";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  annotate,
  appendSummary,
  debug,
  getInput,
  info,
  setOutput,
  setSecret,
} from "../../actions/workflow-commands.ts";

/**
 * Trainyard's actions speak the runner's protocol themselves (actions/workflow-commands.ts) instead
 * of loading @actions/core at start. The runner must see byte for byte what @actions/core writes:
 * here both write the same things and their stdout, output files and summaries are compared.
 */

let folder: string;
const saved = { ...process.env };

beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-commands-"));
});
afterEach(() => {
  fs.rmSync(folder, { recursive: true, force: true });
  process.env = { ...saved };
  vi.restoreAllMocks();
});

/** What `write` prints to stdout. */
async function stdoutOf(write: () => void | Promise<void>): Promise<string> {
  let text = "";
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    text += String(chunk);
    return true;
  });
  try {
    await write();
  } finally {
    spy.mockRestore();
  }
  return text;
}

// Text with what the protocol must escape: %, CR, LF, and in properties `:` and `,`.
const awkwardText = fc.string({
  unit: fc.constantFrom("a", "Z", " ", "%", "\r", "\n", ":", ",", "::", "=", "é", "💥", "%0A", "\t"),
  maxLength: 30,
});
const place = fc.record(
  {
    title: awkwardText,
    file: awkwardText,
    line: fc.nat({ max: 100_000 }),
    column: fc.nat({ max: 500 }),
  },
  { requiredKeys: [] },
);

describe("workflow commands, as @actions/core writes them", () => {
  it("writes annotations (error, warning, notice) with escaped messages and properties", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("error", "warning", "notice"),
        awkwardText,
        place,
        async (level, message, where) => {
          const ours = await stdoutOf(() => annotate(level, message, where));
          const theirs = await stdoutOf(() =>
            ({ error: core.error, warning: core.warning, notice: core.notice })[level](message, {
              ...(where.title !== undefined && { title: where.title }),
              ...(where.file !== undefined && { file: where.file }),
              ...(where.line !== undefined && { startLine: where.line }),
              ...(where.column !== undefined && { startColumn: where.column }),
            }),
          );
          expect(ours).toBe(theirs);
        },
      ),
    );
  });

  it("writes info, debug and add-mask lines", async () => {
    await fc.assert(
      fc.asyncProperty(awkwardText, async (text) => {
        expect(await stdoutOf(() => info(text))).toBe(await stdoutOf(() => core.info(text)));
        expect(await stdoutOf(() => debug(text))).toBe(await stdoutOf(() => core.debug(text)));
        expect(await stdoutOf(() => setSecret(text))).toBe(await stdoutOf(() => core.setSecret(text)));
      }),
    );
  });

  it("reads inputs by the runner's variable names, trimmed", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("model", "github-token", "Data Path", "sweep-metric"),
        fc.option(awkwardText, { nil: undefined }),
        (name, value) => {
          const variable = `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
          if (value === undefined) delete process.env[variable];
          else process.env[variable] = value;
          expect(getInput(name)).toBe(core.getInput(name));
        },
      ),
    );
  });

  it("appends outputs to GITHUB_OUTPUT in the same heredoc form, each with a fresh delimiter", async () => {
    const values = ["0.93", "", "two\nlines", "ghadelimiter_ in text", "%0A stays"];
    const write = (set: (name: string, value: string) => void, file: string) => {
      fs.writeFileSync(file, "");
      process.env.GITHUB_OUTPUT = file;
      for (const [index, value] of values.entries()) set(`out-${index}`, value);
      return fs.readFileSync(file, "utf8");
    };
    const ours = write(setOutput, path.join(folder, "ours"));
    const theirs = write(core.setOutput, path.join(folder, "theirs"));
    const delimiters = ours.match(/ghadelimiter_[0-9a-f-]{36}/g) ?? [];
    expect(new Set(delimiters).size).toBe(values.length);
    const anonymous = (text: string) => text.replace(/ghadelimiter_[0-9a-f-]{36}/g, "DELIMITER");
    expect(anonymous(ours)).toBe(anonymous(theirs));
  });

  it("falls back to ::set-output without GITHUB_OUTPUT, as older runners read", async () => {
    delete process.env.GITHUB_OUTPUT;
    expect(await stdoutOf(() => setOutput("accuracy", "0.9\n%"))).toBe(
      await stdoutOf(() => core.setOutput("accuracy", "0.9\n%")),
    );
  });

  it("appends to the job summary as summary.addRaw(text, true).write() does, and fails as it does", async () => {
    const markdown = "## Trainyard\n\n| a | b |\n| --- | --- |\n| 1 | 2 |";
    const ours = path.join(folder, "ours.md");
    const theirs = path.join(folder, "theirs.md");
    fs.writeFileSync(ours, "before\n");
    fs.writeFileSync(theirs, "before\n");
    process.env.GITHUB_STEP_SUMMARY = ours;
    await appendSummary(markdown);
    await appendSummary("second");
    process.env.GITHUB_STEP_SUMMARY = theirs;
    await core.summary.addRaw(markdown, true).write();
    await core.summary.addRaw("second", true).write();
    expect(fs.readFileSync(ours, "utf8")).toBe(fs.readFileSync(theirs, "utf8"));

    delete process.env.GITHUB_STEP_SUMMARY;
    await expect(appendSummary("x")).rejects.toThrow("$GITHUB_STEP_SUMMARY");
    process.env.GITHUB_STEP_SUMMARY = path.join(folder, "missing", "summary.md");
    await expect(appendSummary("x")).rejects.toThrow(
      `Unable to access summary file: '${process.env.GITHUB_STEP_SUMMARY}'`,
    );
  });
});
