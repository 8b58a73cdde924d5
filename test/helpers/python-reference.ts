/**
 * Debian's python3 with scipy and numpy (apt-get install python3-scipy python3-numpy; CI installs
 * them) as the reference the drift statistics are held to. One process per test file: every case
 * goes in as one JSON document on stdin.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { expect } from "vitest";

export const PYTHON = "/usr/bin/python3";

export function pythonHas(modules: string): boolean {
  if (!existsSync(PYTHON)) return false;
  try {
    execFileSync(PYTHON, ["-c", `import ${modules}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

export const hasScipy = pythonHas("scipy, numpy");

/** Runs a Python script that reads a JSON payload on stdin and prints JSON. */
export function runPython<T>(script: string, payload: unknown): T {
  const output = execFileSync(PYTHON, ["-c", script], {
    input: JSON.stringify(payload),
    maxBuffer: 512 * (1 << 20),
  });
  return JSON.parse(output.toString()) as T;
}

const SMALLEST_NORMAL = 2 ** -1022;

/** |actual − expected| ≤ tolerance · |expected| (null and non-finite values must agree exactly). */
export function expectRelativelyClose(
  actual: number | null,
  expected: number | null,
  tolerance: number,
  what: string,
): void {
  if (expected === null || actual === null || !Number.isFinite(expected)) {
    expect(actual, what).toBe(expected);
    return;
  }
  const error = Math.abs(actual - expected) / Math.max(Math.abs(expected), SMALLEST_NORMAL);
  expect(error, `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
}

/** A seeded uniform generator in [0, 1). */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Standard normal draws (Box–Muller) from a seeded generator. */
export function gaussian(random: () => number): () => number {
  return () => Math.sqrt(-2 * Math.log(random() + 1e-12)) * Math.cos(2 * Math.PI * random());
}
