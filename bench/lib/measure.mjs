// Helpers of the benchmarks: run a command as its own process and measure its wall time and peak
// RSS, describe the machine, merge results into bench/results.json, print tables.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const TIME = "/usr/bin/time";
export const hasGnuTime = fs.existsSync(TIME);

/**
 * Runs `command args` in its own process. Wall time is measured here (spawn to exit); peak RSS
 * is the process's maximum resident set as the kernel counts it (ru_maxrss, through GNU time's
 * %M), or, without /usr/bin/time, VmHWM read from /proc every 10 ms (misses at most the last
 * 10 ms of growth).
 */
export function runMeasured(command, args, { cwd } = {}) {
  return new Promise((resolve, reject) => {
    const timeFile = path.join(os.tmpdir(), `trainyard-bench-time-${process.pid}-${Date.now()}`);
    const argv = hasGnuTime
      ? [TIME, ["-f", "%e %M %U %S", "-o", timeFile, command, ...args]]
      : [command, args];
    const started = performance.now();
    const child = spawn(argv[0], argv[1], { cwd, stdio: ["ignore", "pipe", "pipe"] });
    const stdout = [];
    const stderr = [];
    child.stdout.on("data", (chunk) => stdout.push(chunk));
    child.stderr.on("data", (chunk) => stderr.push(chunk));
    let highWaterKiB = 0;
    const poll = hasGnuTime
      ? undefined
      : setInterval(() => {
          try {
            const status = fs.readFileSync(`/proc/${child.pid}/status`, "utf8");
            const kib = Number(/^VmHWM:\s+(\d+)/m.exec(status)?.[1] ?? 0);
            if (kib > highWaterKiB) highWaterKiB = kib;
          } catch {}
        }, 10);
    child.on("error", reject);
    child.on("close", (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (poll) clearInterval(poll);
      let peakRssKiB = highWaterKiB;
      let cpuSeconds;
      if (hasGnuTime) {
        const line = fs.readFileSync(timeFile, "utf8").trim().split("\n").pop() ?? "";
        fs.rmSync(timeFile, { force: true });
        const [, rss, user, system] = line.split(" ").map(Number);
        peakRssKiB = rss;
        cpuSeconds = user + system;
      }
      resolve({
        code,
        seconds,
        peakRssMiB: peakRssKiB / 1024,
        /** User + system CPU time (GNU time only): less disturbed than wall time by other load. */
        cpuSeconds,
        stdout: Buffer.concat(stdout).toString("utf8"),
        stderr: Buffer.concat(stderr).toString("utf8"),
      });
    });
  });
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Reads a file once, so that the first timed run finds it in the page cache like the others. */
export function warmPageCache(file) {
  const handle = fs.openSync(file, "r");
  const buffer = Buffer.allocUnsafe(1 << 22);
  while (fs.readSync(handle, buffer, 0, buffer.length, null) > 0);
  fs.closeSync(handle);
}

export function loadAverage() {
  return os.loadavg().map((n) => Number(n.toFixed(2)));
}

export function machineInfo(extra = {}) {
  const version = (cmd, args) => {
    const result = spawnSync(cmd, args, { encoding: "utf8" });
    return result.status === 0 ? result.stdout.trim() : undefined;
  };
  return {
    cpu: os.cpus()[0]?.model ?? "unknown",
    cores: os.cpus().length,
    memoryGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    ...extra,
    date: new Date().toISOString(),
    loadAverage: loadAverage(),
    python: version("/usr/bin/python3", ["--version"]),
  };
}

/** Sets `key` in bench/results.json (or another file) and keeps the other keys as they are. */
export function mergeResults(file, key, value) {
  let results = {};
  if (fs.existsSync(file)) {
    try {
      results = JSON.parse(fs.readFileSync(file, "utf8"));
    } catch (error) {
      throw new Error(`${file} is not JSON (${error.message}): fix or remove it`);
    }
  }
  results[key] = value;
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}

/** A plain-text table: numbers right-aligned, text left-aligned. */
export function table(header, rows) {
  const cells = [header, ...rows].map((row) => row.map((cell) => String(cell ?? "")));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const numeric = header.map((_, i) =>
    rows.every((row) => typeof row[i] === "number" || /^[\d.,×%-]+$|^$/.test(String(row[i] ?? ""))),
  );
  const line = (row) =>
    row
      .map((cell, i) => (numeric[i] ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join("  ")
      .trimEnd();
  return [line(cells[0]), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line)].join(
    "\n",
  );
}
