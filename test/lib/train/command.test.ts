import { execFileSync } from "node:child_process";
import os from "node:os";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../../lib/errors.ts";
import { commandEnvironment, runCommand, TAIL_LINES } from "../../../lib/train/command.ts";

async function run(command: string, options: { timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}) {
  const lines: Array<{ line: string; at: number }> = [];
  const result = await runCommand({
    command,
    cwd: os.tmpdir(),
    env: options.env ?? process.env,
    onLine: (line) => lines.push({ line, at: Date.now() }),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
  return { result, lines };
}

describe("running the training command", () => {
  it("passes on stdout and stderr line by line as they come, and times the run", async () => {
    const { result, lines } = await run('echo first; sleep 0.6; echo "to stderr" >&2; printf "no newline"');

    expect(lines.map((l) => l.line)).toEqual(["first", "to stderr", "no newline"]);
    expect((lines[1]?.at ?? 0) - (lines[0]?.at ?? 0)).toBeGreaterThanOrEqual(500);
    expect(result.exitCode).toBe(0);
    expect(result.finishedAt - result.startedAt).toBeGreaterThanOrEqual(500);
    expect(result.tail).toEqual(["first", "to stderr", "no newline"]);
  });

  it("runs as bash -e -o pipefail, reporting the failing exit code", async () => {
    expect((await run("false; echo not reached")).result.exitCode).toBe(1);
    expect((await run("exit 3")).result.exitCode).toBe(3);
    expect((await run("false | true")).result.exitCode).toBe(1);
  });

  it("keeps the last lines for the summary", async () => {
    const { result, lines } = await run("seq 1 250");
    expect(lines).toHaveLength(250);
    expect(result.tail).toHaveLength(TAIL_LINES);
    expect(result.tail[0]).toBe(String(250 - TAIL_LINES + 1));
    expect(result.tail.at(-1)).toBe("250");
  });

  it("shows a progress bar redrawn with \\r as a terminal would end it, and keeps UTF-8 whole", async () => {
    const { lines } = await run(String.raw`printf '10%%\r50%%\r100%%\r\nepoch 1 ✓ done\n'`);
    expect(lines.map((l) => l.line)).toEqual(["100%", "epoch 1 ✓ done"]);
  });

  it("stops the whole process group on timeout, child processes included", async () => {
    const marker = `trainyard-test-${process.pid}-${Date.now()}`;
    const { result } = await run(
      `(exec -a ${marker}-child sleep 30) & echo started; exec -a ${marker} sleep 31`,
      {
        timeoutMs: 500,
      },
    );

    expect(result.timedOut).toBe(true);
    expect(result.signal).toBe("SIGTERM");
    expect(result.exitCode).toBe(128 + 15);
    expect(result.finishedAt - result.startedAt).toBeLessThan(5000);
    const survivors = execFileSync("ps", ["-eo", "args"], { encoding: "utf8" })
      .split("\n")
      .filter((line) => line.startsWith(marker));
    expect(survivors).toEqual([]);
  });

  it("does not wait for output held open by something left running in the background", async () => {
    const { result } = await run("(sleep 4 &) ; echo done");
    expect(result.exitCode).toBe(0);
    expect(result.finishedAt - result.startedAt).toBeLessThan(5000);
  }, 10_000);

  it("refuses a working directory that does not exist", async () => {
    await expect(
      runCommand({ command: "true", cwd: "/nonexistent/dir", env: process.env, onLine: () => {} }),
    ).rejects.toThrow(ConfigError);
  });

  it("gives the command the step's environment without the action's inputs and runtime token", () => {
    expect(
      commandEnvironment({
        PATH: "/usr/bin",
        GITHUB_SHA: "abc",
        INPUT_COMMAND: "python train.py",
        ACTIONS_RUNTIME_TOKEN: "secret",
        ACTIONS_RESULTS_URL: "https://results",
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: "secret",
        CUDA_VISIBLE_DEVICES: "0",
      }),
    ).toEqual({ PATH: "/usr/bin", GITHUB_SHA: "abc", CUDA_VISIBLE_DEVICES: "0" });
  });
});
