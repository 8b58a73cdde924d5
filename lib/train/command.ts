import { spawn } from "node:child_process";
import { statSync } from "node:fs";
import { constants } from "node:os";
import { StringDecoder } from "node:string_decoder";
import { ConfigError } from "../errors.ts";

export const TAIL_LINES = 100;
/** A line longer than this is passed on in pieces, so one without an end cannot fill memory. */
const MAX_LINE_CHARS = 64 * 1024;
const KILL_GRACE_MS = 10_000;
const OUTPUT_GRACE_MS = 2_000;

export interface CommandOptions {
  command: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Each line of output (stdout and stderr), as it comes. */
  onLine: (line: string) => void;
  timeoutMs?: number;
}

export interface CommandResult {
  /** The exit code; a command ended by a signal gets 128 + the signal's number, as bash reports it. */
  exitCode: number;
  signal: NodeJS.Signals | undefined;
  timedOut: boolean;
  startedAt: number;
  finishedAt: number;
  /** The last TAIL_LINES lines of output. */
  tail: string[];
}

/**
 * Runs the user's command as a `run:` step with `shell: bash` would (`bash --noprofile --norc -eo
 * pipefail`), in its own process group so that a timeout or a cancelled job stops everything it
 * started (python and its data loader workers), not only bash.
 */
export async function runCommand(options: CommandOptions): Promise<CommandResult> {
  if (!statSync(options.cwd, { throwIfNoEntry: false })?.isDirectory())
    throw new ConfigError(`${options.cwd} is not a directory`, { field: "working-directory" });
  const tail: string[] = [];
  const emit = (line: string) => {
    tail.push(line);
    if (tail.length > TAIL_LINES) tail.shift();
    options.onLine(line);
  };
  const startedAt = Date.now();
  const child = spawn("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", options.command], {
    cwd: options.cwd,
    env: options.env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const streams = [new LineSplitter(emit), new LineSplitter(emit)];
  child.stdout.on("data", (chunk: Buffer) => streams[0]?.push(chunk));
  child.stderr.on("data", (chunk: Buffer) => streams[1]?.push(chunk));

  const killGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, signal);
    } catch {
      // The group is already gone.
    }
  };
  let timedOut = false;
  let killer: NodeJS.Timeout | undefined;
  const stop = (signal: NodeJS.Signals) => {
    killGroup(signal);
    killer ??= setTimeout(() => killGroup("SIGKILL"), KILL_GRACE_MS);
  };
  const timer =
    options.timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          stop("SIGTERM");
        }, options.timeoutMs);
  // The runner signals the action when the job is cancelled; pass it on to the command's group.
  const forward = (signal: NodeJS.Signals) => stop(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  try {
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
      child.once("error", reject);
      child.once("exit", (exitCode, exitSignal) => {
        const done = () => resolve([exitCode, exitSignal]);
        // Something the command left running in the background may hold its output open.
        const lingering = setTimeout(() => {
          child.stdout.destroy();
          child.stderr.destroy();
          done();
        }, OUTPUT_GRACE_MS);
        child.once("close", () => {
          clearTimeout(lingering);
          done();
        });
      });
    });
    for (const stream of streams) stream.end();
    return {
      exitCode: code ?? 128 + (signal ? constants.signals[signal] : 0),
      signal: signal ?? undefined,
      timedOut,
      startedAt,
      finishedAt: Date.now(),
      tail,
    };
  } finally {
    clearTimeout(timer);
    clearTimeout(killer);
    process.off("SIGINT", forward);
    process.off("SIGTERM", forward);
  }
}

/**
 * Bytes to lines: UTF-8 decoded across chunk edges, split at "\n". A line rewritten in place with
 * "\r" (a progress bar) keeps what a terminal would show at its end: the text after the last "\r".
 */
class LineSplitter {
  private readonly decoder = new StringDecoder("utf8");
  private pending = "";

  constructor(private readonly emit: (line: string) => void) {}

  push(chunk: Buffer): void {
    const lines = (this.pending + this.decoder.write(chunk)).split("\n");
    this.pending = lines.pop() ?? "";
    for (const line of lines) this.emit(shown(line));
    while (this.pending.length > MAX_LINE_CHARS) {
      this.emit(this.pending.slice(0, MAX_LINE_CHARS));
      this.pending = this.pending.slice(MAX_LINE_CHARS);
    }
  }

  end(): void {
    const rest = this.pending + this.decoder.end();
    this.pending = "";
    if (rest !== "") this.emit(shown(rest));
  }
}

function shown(line: string): string {
  const text = line.endsWith("\r") ? line.slice(0, -1) : line;
  const lastReturn = text.lastIndexOf("\r");
  return lastReturn < 0 ? text : text.slice(lastReturn + 1);
}

/**
 * The environment the command gets: the step's, less what the runner gives actions only (their
 * inputs and the Actions runtime token), as a `run:` step would have it.
 */
export function commandEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const kept: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(env))
    if (!/^(INPUT_|ACTIONS_RUNTIME_|ACTIONS_RESULTS_URL$|ACTIONS_ID_TOKEN_REQUEST_)/.test(key))
      kept[key] = value;
  return kept;
}
