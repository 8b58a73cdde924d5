import { spawn } from "node:child_process";
import { accessSync, constants } from "node:fs";
import path from "node:path";

/** The first executable called `name` on a PATH, as a shell would find it; undefined if none. */
export function findOnPath(name: string, searchPath: string | undefined): string | undefined {
  for (const dir of (searchPath ?? "").split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {}
  }
  return undefined;
}

export interface BoundedRun {
  /** The exit code; null when it was killed or could not start. */
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  /** Why it could not start (e.g. ENOENT), if it could not. */
  startError?: string;
}

/**
 * Runs a short probe (nvidia-smi, python3 --version) to completion or until `timeoutMs`, then
 * kills it. What it printed before that is kept, so a slow probe still gives its first lines.
 */
export function runBounded(
  file: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<BoundedRun> {
  return new Promise((resolve) => {
    const child = spawn(file, args, { env: options.env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.setEncoding("utf8").on("data", (text: string) => {
      stdout += text;
    });
    child.stderr.setEncoding("utf8").on("data", (text: string) => {
      stderr += text;
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, options.timeoutMs);
    child.once("error", (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve({ code: null, stdout, stderr, timedOut, startError: error.code ?? error.message });
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      const done = () => resolve({ code, stdout, stderr, timedOut });
      // A child the probe started may hold its output open after it is gone.
      const lingering = setTimeout(() => {
        child.stdout.destroy();
        child.stderr.destroy();
        done();
      }, 1000);
      child.once("close", () => {
        clearTimeout(lingering);
        done();
      });
    });
  });
}
