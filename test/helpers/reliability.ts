import type { FaultKind, FaultRule, FaultSettings } from "../../sandbox/faults.ts";
import type { Sandbox } from "../../sandbox/server.ts";

/**
 * Shared setup of the reliability tests: the fault mix of issue #10, the per-flow count line, and
 * a kill switch that fires at the Nth write request the sandbox sees.
 */

/** Given to a bundle run as a process: one "second" of back-off and write spacing lasts 5 ms. */
export const FAST_GITHUB_ENV = { TRAINYARD_GITHUB_TIME_UNIT_MS: "5" };

/**
 * About 20% of requests faulted, kinds mixed: server errors, rate limits with Retry-After, slow
 * answers and dropped connections before the request is carried out, and (the nastiest) a share
 * carried out whose answer is lost. Another 10% are merely slow.
 */
export function faultMix(seed: number): FaultSettings {
  const rules: FaultRule[] = [
    {
      rate: 0.15,
      kinds: [
        "500",
        "502",
        "503",
        { kind: "429", retryAfter: 1 },
        { kind: "403-secondary", retryAfter: 1 },
        { kind: "delay", delayMs: 60 },
        "reset",
      ],
    },
    { rate: 0.06, phase: "after", kinds: ["502", "reset"] },
    { rate: 0.1, kinds: [{ kind: "delay", delayMs: 25 }] },
  ];
  return { seed, rules };
}

export interface FlowCounts {
  flow: string;
  seed: number | string;
  /** API requests the sandbox saw during the flow. */
  operations: number;
  /** Faults injected, by kind (kinds never injected left out). */
  faults: Partial<Record<FaultKind, number>>;
  lost: number;
  duplicated: number;
  /** Runs (or deliveries) it took to reach the end state. */
  attempts: number;
}

/** Starts counting a flow's requests and faults from now. */
export function countFrom(sandbox: Sandbox): () => Pick<FlowCounts, "operations" | "faults"> {
  const requests = sandbox.faults.stats.requests;
  const injected = { ...sandbox.faults.stats.injected };
  return () => {
    const faults: Partial<Record<FaultKind, number>> = {};
    for (const [kind, count] of Object.entries(sandbox.faults.stats.injected) as Array<[FaultKind, number]>)
      if (count - injected[kind] > 0) faults[kind] = count - injected[kind];
    return { operations: sandbox.faults.stats.requests - requests, faults };
  };
}

/** One line per flow in the test output, as issue #10 asks. */
export function printCounts(counts: FlowCounts): void {
  const faults = Object.entries(counts.faults)
    .map(([kind, n]) => `${kind}=${n}`)
    .join(" ");
  const total = Object.values(counts.faults).reduce((sum, n) => sum + (n ?? 0), 0);
  console.log(
    `[reliability] ${counts.flow} seed=${counts.seed}: operations=${counts.operations} faults=${total} (${faults || "none"}) lost=${counts.lost} duplicated=${counts.duplicated} attempts=${counts.attempts}`,
  );
}

/**
 * Calls `kill` when the sandbox sees the `n`th write request (any method but GET) from now on,
 * before carrying it out: the process dies with that write in flight, so the write may or may not
 * land. Returns how many writes were seen, and a function that stops watching.
 */
export function killAtWrite(
  sandbox: Sandbox,
  n: number,
  kill: () => void,
): { writes: () => number; stop: () => void } {
  const faults = sandbox.faults;
  const original = faults.decide.bind(faults);
  let writes = 0;
  let armed = true;
  faults.decide = (operationId: string, method: string) => {
    if (method !== "GET") {
      writes += 1;
      if (armed && writes === n) {
        armed = false;
        kill();
      }
    }
    return original(operationId, method);
  };
  return {
    writes: () => writes,
    stop: () => {
      faults.decide = original;
    },
  };
}

/** A small seeded random source for kill points, so a failure names what to replay. */
export function seededInts(seed: number): (below: number) => number {
  let a = seed >>> 0;
  return (below) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * below);
  };
}
