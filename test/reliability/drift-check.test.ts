import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { parseRetrainRecord } from "../../lib/drift/retrain-record.ts";
import { runAction } from "../../sandbox/runner.ts";
import { useBot } from "../helpers/bot.ts";
import { countFrom, FAST_GITHUB_ENV, faultMix, printCounts } from "../helpers/reliability.ts";
import { clientFor, useSandbox } from "../helpers/sandbox.ts";

/**
 * drift-check's bundle (its only write: the `trainyard-drift` dispatch) and the bot it reaches,
 * both under faults: drift found once ends as one retraining pull request with one record entry,
 * even when a dispatch's answer is lost and it is sent again.
 */
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-reliability-drift-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));
const repo = { owner: "acme", repo: "churn" };

function csv(shift: number): string {
  const rows = Array.from({ length: 300 }, (_, i) => `${((i * 37) % 100) / 10 + shift},${i % 3}`);
  return `tenure,plan\n${rows.join("\n")}\n`;
}

describe("drift-check and the bot under 20% faults and slow answers", () => {
  it.each([
    { seed: 71, lostDispatch: false },
    { seed: 72, lostDispatch: false },
    // The dispatch is made, its answer lost: the action sends it again; the bot gets it twice.
    { seed: 73, lostDispatch: true },
  ])(
    "seed $seed (dispatch answer lost: $lostDispatch): one retraining pull request with one record entry",
    async ({ seed, lostDispatch }) => {
      const sandbox = await useSandbox();
      sandbox.world.createRepo("acme/churn", {
        files: {
          "README.md": "# churn\n",
          ".github/trainyard.yml": stringify({ models: { churn: { retrain: { labels: ["ml-retrain"] } } } }),
        },
      });
      await useBot(sandbox);
      const dir = fs.mkdtempSync(path.join(scratch, "workspace-"));
      fs.mkdirSync(path.join(dir, "data"));
      fs.writeFileSync(path.join(dir, "data", "reference.csv"), csv(0));
      fs.writeFileSync(path.join(dir, "data", "current.csv"), csv(4));

      const counts = countFrom(sandbox);
      const mix = faultMix(seed);
      if (lostDispatch)
        mix.rules.unshift({
          operations: ["repos/create-dispatch-event"],
          rate: 1,
          limit: 1,
          phase: "after",
          kinds: ["502"],
        });
      sandbox.faults.configure(mix);
      let attempts = 0;
      for (let done = false; !done; ) {
        attempts += 1;
        expect(attempts, "still failing after 3 runs").toBeLessThanOrEqual(3);
        const result = await runAction({
          action: "actions/drift-check",
          workspace: dir,
          env: FAST_GITHUB_ENV,
          inputs: { model: "churn", reference: "data/reference.csv", current: "data/current.csv" },
          event: { name: "schedule", payload: { schedule: "0 6 * * *" } },
          github: {
            apiUrl: sandbox.url,
            token: sandbox.world.issueToken("acme", { kind: "actions" }),
            repository: "acme/churn",
            sha: sandbox.world.repo("acme/churn").refs["refs/heads/main"] as string,
            ref: "refs/heads/main",
          },
          timeoutMs: 60_000,
        });
        done = result.exitCode === 0;
        if (done) expect(result.outputs.drifted, result.log).toBe("true");
        await sandbox.webhooksIdle();
      }
      // A delivery the bot failed is redelivered (same id), as one would from the App's settings.
      for (let round = 0; round < 3; round++) {
        const failed = sandbox.world.webhooks.deliveries.filter(
          (d, i, all) => d.status !== 200 && !all.slice(i + 1).some((later) => later.id === d.id),
        );
        if (failed.length === 0) break;
        for (const d of failed) sandbox.world.webhooks.redeliver(d.id);
        await sandbox.webhooksIdle();
      }
      const measured = counts();
      sandbox.faults.configure({ rules: [] });

      const github = clientFor(sandbox, sandbox.world.issueToken("acme"));
      const { data: pulls } = await github.rest.pulls.list({ ...repo, state: "all" });
      const mine = pulls.filter((p) => p.head.ref === "trainyard/retrain/churn");
      let evidence = 0;
      if (mine.length > 0) {
        const { data } = await github.rest.repos.getContent({
          ...repo,
          path: ".trainyard/retrain/churn.json",
          ref: "trainyard/retrain/churn",
        });
        const text = Buffer.from((data as { content: string }).content, "base64").toString("utf8");
        evidence = parseRetrainRecord(text)?.evidence.length ?? 0;
      }
      const lost = (mine.length === 0 ? 1 : 0) + (evidence === 0 ? 1 : 0);
      const duplicated = Math.max(0, pulls.length - 1) + Math.max(0, evidence - 1);
      printCounts({ flow: "action drift-check + bot", seed, ...measured, lost, duplicated, attempts });
      console.log(
        `[reliability] drift-check seed=${seed}: dispatches sent=${sandbox.world.repo("acme/churn").dispatches.length}`,
      );
      expect({ lost, duplicated }).toEqual({ lost: 0, duplicated: 0 });
      if (lostDispatch) expect(sandbox.world.repo("acme/churn").dispatches.length).toBeGreaterThanOrEqual(2);
    },
    60_000,
  );
});
