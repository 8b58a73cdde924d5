import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import examples from "@octokit/webhooks-examples/api.github.com/index.json" with { type: "json" };
import { afterAll, describe, expect, it } from "vitest";
import { compareRuns, serializeComparison } from "../../lib/evaluate/compare.ts";
import { runAction } from "../../sandbox/runner.ts";
import type { Sandbox } from "../../sandbox/server.ts";
import {
  countFrom,
  FAST_GITHUB_ENV,
  faultMix,
  killAtWrite,
  printCounts,
  seededInts,
} from "../helpers/reliability.ts";
import { clientFor, useSandbox } from "../helpers/sandbox.ts";

/**
 * report's bundle as a process, under faults and killed mid-run: the pull request ends with
 * exactly one sticky comment and one completed check run, whatever happened on the way.
 */
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-reliability-report-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));
const repo = { owner: "acme", repo: "churn" };

interface Pull {
  sandbox: Sandbox;
  number: number;
  headSha: string;
  runnerTemp: string;
}

async function pullRequest(): Promise<Pull> {
  const sandbox = await useSandbox();
  sandbox.world.createRepo("acme/churn", { collaborators: { alice: "write" } });
  const headSha = sandbox.world.push("acme/churn", "retrain", { "data.csv": "x\n1\n" });
  const alice = clientFor(sandbox, sandbox.world.issueToken("alice"));
  const { data } = await alice.rest.pulls.create({
    ...repo,
    head: "retrain",
    base: "main",
    title: "Retrain",
  });
  const runnerTemp = fs.mkdtempSync(path.join(scratch, "runner-"));
  fs.mkdirSync(path.join(runnerTemp, "trainyard", "churn"), { recursive: true });
  const comparison = compareRuns({
    candidate: { metrics: { accuracy: 0.95 } },
    baseline: { label: "production v3", metrics: { accuracy: 0.9 } },
    gates: { accuracy: { min: 0.8, max_drop: 0.01 } },
  });
  fs.writeFileSync(
    path.join(runnerTemp, "trainyard", "churn", "comparison.json"),
    serializeComparison(comparison),
  );
  return { sandbox, number: data.number, headSha, runnerTemp };
}

function report(pull: Pull, onStart?: (kill: () => void) => void) {
  const found = (examples as Array<{ name: string; examples: Array<Record<string, unknown>> }>)
    .find((e) => e.name === "pull_request")
    ?.examples.find((e) => e.action === "opened");
  const payload = structuredClone(found) as {
    number: number;
    pull_request: Record<string, unknown> & {
      number: number;
      head: { sha: string; repo: { full_name: string } };
      base: { repo: { full_name: string } };
    };
  };
  payload.number = pull.number;
  payload.pull_request.number = pull.number;
  payload.pull_request.head.sha = pull.headSha;
  payload.pull_request.base.repo.full_name = "acme/churn";
  payload.pull_request.head.repo.full_name = "acme/churn";
  const token = pull.sandbox.world.issueToken("acme", {
    kind: "actions",
    permissions: {
      pull_requests: "write",
      issues: "write",
      checks: "write",
      actions: "read",
      contents: "read",
    },
  });
  return runAction({
    action: "actions/report",
    runnerTemp: pull.runnerTemp,
    env: FAST_GITHUB_ENV,
    event: { name: "pull_request", payload: payload as unknown as Record<string, unknown> },
    inputs: { model: "churn" },
    github: {
      apiUrl: pull.sandbox.url,
      token,
      repository: "acme/churn",
      sha: pull.headSha,
      ref: `refs/pull/${pull.number}/merge`,
      serverUrl: "https://github.com",
    },
    timeoutMs: 60_000,
    ...(onStart ? { onStart } : {}),
  });
}

/** Lost: no report comment or no completed check run; duplicated: more than one of either. */
async function tallyReport(pull: Pull) {
  pull.sandbox.faults.configure({ rules: [] });
  const github = clientFor(pull.sandbox, pull.sandbox.world.issueToken("acme"));
  const comments = (
    await github.paginate(github.rest.issues.listComments, {
      ...repo,
      issue_number: pull.number,
      per_page: 100,
    })
  ).filter((c) => c.body?.includes("<!-- trainyard:report:churn -->"));
  const { data } = await github.rest.checks.listForRef({ ...repo, ref: pull.headSha });
  const checks = data.check_runs.filter((c) => c.name === "trainyard / churn");
  const completed = checks.filter((c) => c.status === "completed" && c.conclusion === "success");
  return {
    lost: (comments.length === 0 ? 1 : 0) + (completed.length === 0 ? 1 : 0),
    duplicated: Math.max(0, comments.length - 1) + Math.max(0, checks.length - 1),
  };
}

describe("report under 20% faults and slow answers", () => {
  it.each([31, 32, 33])(
    "seed %i: one sticky comment and one completed check run, or a re-run makes it so",
    async (seed) => {
      const pull = await pullRequest();
      const counts = countFrom(pull.sandbox);
      pull.sandbox.faults.configure(faultMix(seed));
      let attempts = 0;
      for (let done = false; !done; ) {
        attempts += 1;
        expect(attempts, "still failing after 3 runs").toBeLessThanOrEqual(3);
        const result = await report(pull);
        done = result.exitCode === 0;
        if (!done) expect(result.log).toMatch(/Error/);
      }
      const measured = counts();
      const { lost, duplicated } = await tallyReport(pull);
      printCounts({ flow: "action report", seed, ...measured, lost, duplicated, attempts });
      expect({ lost, duplicated }).toEqual({ lost: 0, duplicated: 0 });
    },
    60_000,
  );
});

describe("report killed (SIGKILL) mid-run, then run again", () => {
  it("ends with one comment and one completed check run, wherever it was killed", async () => {
    const pick = seededInts(9);
    // report writes twice: the sticky comment, and the check run (made completed).
    const tried: number[] = [];
    for (let round = 0; round < 3; round++) {
      const pull = await pullRequest();
      const at = 1 + pick(2);
      tried.push(at);
      let watch: ReturnType<typeof killAtWrite> | undefined;
      const killed = await report(pull, (kill) => {
        watch = killAtWrite(pull.sandbox, at, kill);
      });
      watch?.stop();
      expect(killed.signal, `killed at write ${at}`).toBe("SIGKILL");
      const again = await report(pull);
      expect(again.exitCode, again.stdout).toBe(0);
      expect({ at, ...(await tallyReport(pull)) }).toEqual({ at, lost: 0, duplicated: 0 });
    }
    console.log(`[reliability] report kill points (nth write): ${tried.join(", ")}`);
  }, 90_000);
});
