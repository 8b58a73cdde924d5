import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  type DeployWorld,
  deploy,
  deploymentsWithStates,
  deployWorld,
  production,
  pushVersion,
} from "../helpers/deploy-world.ts";
import { countFrom, faultMix, killAtWrite, printCounts, seededInts } from "../helpers/reliability.ts";

/**
 * deploy's bundle as a process against the sandbox, under faults, killed mid-run, and racing an
 * older run: production ends with the pushed version, each deployment's statuses end (never left
 * `in_progress` by a run that finished), and an older run never overwrites a newer one.
 */
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-reliability-deploy-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

async function withV1(): Promise<DeployWorld> {
  const world = await deployWorld(fs.mkdtempSync(path.join(scratch, "world-")));
  const first = await deploy(world, { before: "0".repeat(40), after: world.main() });
  expect(first.exitCode, first.stdout).toBe(0);
  expect(production(world).version).toBe(1);
  return world;
}

/** Lost: v2 not in production or no successful deployment of it; duplicated: more than one. */
async function judgeV2(world: DeployWorld, sha: string) {
  const deployments = (await deploymentsWithStates(world)).filter((d) => d.sha === sha);
  const succeeded = deployments.filter((d) => d.states.at(-1) === "success" || d.states.includes("success"));
  const hanging = deployments.filter((d) => d.states.at(-1) === "in_progress" || d.states.length === 0);
  return {
    lost: (production(world).version === 2 ? 0 : 1) + (succeeded.length === 0 ? 1 : 0),
    duplicated: Math.max(0, succeeded.length - 1),
    hanging: hanging.length,
  };
}

describe("deploy under 20% faults and slow answers", () => {
  it.each([21, 22, 23])(
    "seed %i: v2 is in production with one successful deployment, or a re-run makes it so",
    async (seed) => {
      const world = await withV1();
      const push = pushVersion(world, 2);
      const counts = countFrom(world.sandbox);
      world.sandbox.faults.configure(faultMix(seed));
      let attempts = 0;
      for (let done = false; !done; ) {
        attempts += 1;
        expect(attempts, "still failing after 3 runs").toBeLessThanOrEqual(3);
        const result = await deploy(world, push, { runId: 77 });
        done = result.exitCode === 0;
        // A failed run says why, and leaves no deployment hanging.
        if (!done) expect(result.log).toMatch(/Error|failed/);
      }
      const measured = counts();
      const { lost, duplicated, hanging } = await judgeV2(world, push.after);
      printCounts({ flow: "action deploy", seed, ...measured, lost, duplicated, attempts });
      expect({ lost, duplicated, hanging }).toEqual({ lost: 0, duplicated: 0, hanging: 0 });
    },
    60_000,
  );
});

describe("deploy killed (SIGKILL) mid-run, then run again", () => {
  it("ends with v2 in production and one successful deployment, wherever it was killed", async () => {
    const pick = seededInts(5);
    const tried: number[] = [];
    // deploy writes: create deployment, in_progress, success, and marking older ones inactive.
    for (let round = 0; round < 3; round++) {
      const world = await withV1();
      const push = pushVersion(world, 2);
      const at = 1 + pick(4);
      tried.push(at);
      let watch: ReturnType<typeof killAtWrite> | undefined;
      const killed = await deploy(world, push, {
        onStart: (kill) => {
          watch = killAtWrite(world.sandbox, at, kill);
        },
      });
      watch?.stop();
      expect(killed.signal, `killed at write ${at}`).toBe("SIGKILL");
      const again = await deploy(world, push);
      expect(again.exitCode, again.stdout).toBe(0);
      const { lost, duplicated } = await judgeV2(world, push.after);
      expect({ at, lost, duplicated }).toEqual({ at, lost: 0, duplicated: 0 });
      // The killed run's deployment is ended by the re-run (as `error`), not left in progress.
      const deployments = await deploymentsWithStates(world);
      expect(deployments.filter((d) => ["in_progress", undefined].includes(d.states.at(-1)))).toEqual([]);
      expect(deployments.at(-1)?.states.at(-1)).toBe("success");
    }
    console.log(`[reliability] deploy kill points (nth write): ${tried.join(", ")}`);
  }, 90_000);
});

describe("overlapping deploys: the newest wins", () => {
  it("two pushes in a row, the older run slowed in its deploy script: v3 ends in production", async () => {
    const world = await withV1();
    const older = pushVersion(world, 2);
    const newer = pushVersion(world, 3);

    const olderRun = deploy(world, older, { delaySeconds: 3, runId: 101 });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const newerRun = deploy(world, newer, { runId: 102 });
    const [a, b] = await Promise.all([olderRun, newerRun]);

    expect(b.exitCode, b.stdout).toBe(0);
    expect(a.exitCode, a.stdout).toBe(0);
    expect(production(world).version).toBe(3);
    const deployments = await deploymentsWithStates(world);
    expect(deployments.every((d) => d.states.at(-1) !== "in_progress")).toBe(true);
  }, 60_000);

  it("the older run slowed before it deploys (its downloads): it stops, and v3 stays", async () => {
    const world = await withV1();
    const older = pushVersion(world, 2);
    const newer = pushVersion(world, 3);
    // Hold back the older run's download of v2's files until the newer run has finished.
    const faults = world.sandbox.faults;
    const decide = faults.decide.bind(faults);
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let holding = false;
    faults.decide = (operationId, method) => {
      const fault = decide(operationId, method);
      if (!holding && operationId === "repos/get-release-asset") {
        holding = true;
        return { kind: "delay", delayMs: 4000, retryAfter: 0, phase: "before" };
      }
      return fault;
    };

    const olderRun = deploy(world, older, { runId: 101 });
    await new Promise((resolve) => setTimeout(resolve, 1200));
    const b = await deploy(world, newer, { runId: 102 });
    release();
    await held.catch(() => {});
    const a = await olderRun;
    faults.decide = decide;

    expect(b.exitCode, b.stdout).toBe(0);
    expect(a.exitCode, a.stdout).toBe(0);
    expect(production(world)).toEqual({ version: 3, history: [1, 3] });
    expect(a.log).toMatch(/stale/);
  }, 60_000);
});
