import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  type RegisterWorld,
  register,
  registered,
  registerWorld,
  trainedAndMerged,
} from "../helpers/register-world.ts";
import { countFrom, faultMix, killAtWrite, printCounts, seededInts } from "../helpers/reliability.ts";

/**
 * register's bundle as a process (tag, draft Release, assets, publish) under faults and killed
 * mid-run: each merged candidate ends registered once, as one published Release with its files,
 * and no draft or stray tag is left.
 */
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-reliability-register-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** Lost: a merge without its published Release; duplicated: a merge under two tags, or extra Releases. */
function tally(world: RegisterWorld, merges: string[]) {
  const { tags, releases } = registered(world);
  const byCommit = (sha: string) => Object.entries(tags).filter(([, commit]) => commit === sha);
  const complete = (tag: string) =>
    releases.some((r) => r.tag === tag && !r.draft && r.assets.includes("trainyard.json"));
  const lost = merges.filter((sha) => !byCommit(sha).some(([tag]) => complete(tag))).length;
  const duplicated =
    merges.reduce((sum, sha) => sum + Math.max(0, byCommit(sha).length - 1), 0) +
    Math.max(0, releases.length - merges.length) +
    releases.filter((r) => r.draft).length;
  return { lost, duplicated };
}

describe("register under 20% faults and slow answers", () => {
  it("registers each merged candidate once, through faults, seeds 51 to 53", async () => {
    const world = await registerWorld(fs.mkdtempSync(path.join(scratch, "world-")));
    const merges: string[] = [];
    for (const seed of [51, 52, 53]) {
      merges.push(await trainedAndMerged(world, `candidate-${seed}`));
      const counts = countFrom(world.sandbox);
      world.sandbox.faults.configure(faultMix(seed));
      let attempts = 0;
      let run: { id: number; attempt: number } | undefined;
      for (let done = false; !done; ) {
        attempts += 1;
        expect(attempts, "still failing after 3 runs").toBeLessThanOrEqual(3);
        const next = await register(world, merges.at(-1) as string, run);
        run = next.run;
        done = next.result.exitCode === 0;
        if (!done) expect(next.result.log).toMatch(/Error/);
      }
      const measured = counts();
      world.sandbox.faults.configure({ rules: [] });
      const { lost, duplicated } = tally(world, merges);
      printCounts({ flow: "action register", seed, ...measured, lost, duplicated, attempts });
      expect({ seed, lost, duplicated }).toEqual({ seed, lost: 0, duplicated: 0 });
    }
  }, 150_000);
});

describe("register killed (SIGKILL) mid-run, then the run re-run", () => {
  it("ends with each candidate registered once, wherever it was killed", async () => {
    const world = await registerWorld(fs.mkdtempSync(path.join(scratch, "world-")));
    const pick = seededInts(61);
    const tried: number[] = [];
    const merges: string[] = [];
    for (let round = 0; round < 3; round++) {
      merges.push(await trainedAndMerged(world, `killed-${round}`));
      // Writes: the tag, the draft Release, its assets, publishing it.
      const at = 1 + pick(5);
      tried.push(at);
      let watch: ReturnType<typeof killAtWrite> | undefined;
      const killed = await register(world, merges.at(-1) as string, undefined, (kill) => {
        watch = killAtWrite(world.sandbox, at, kill);
      });
      watch?.stop();
      expect(killed.result.signal, `killed at write ${at}`).toBe("SIGKILL");
      const again = await register(world, merges.at(-1) as string, killed.run);
      expect(again.result.exitCode, again.result.stdout).toBe(0);
      expect({ at, ...tally(world, merges) }).toEqual({ at, lost: 0, duplicated: 0 });
    }
    console.log(`[reliability] register kill points (nth write): ${tried.join(", ")}`);
  }, 150_000);
});
