import { describe, expect, it } from "vitest";
import { compactDriftReport, type DriftReport, type FeatureDrift } from "../../lib/drift/report.ts";
import { useBot } from "../helpers/bot.ts";
import { clientFor, useSandbox } from "../helpers/sandbox.ts";

/**
 * The drift-check action dispatches the compact report (`compactDriftReport`), not the full one:
 * the bot must take that payload as it comes, or drift never reaches a retraining pull request
 * (found by the whole-loop demo).
 */
const repo = { owner: "acme", repo: "churn" };

function feature(name: string, drifted: boolean): FeatureDrift {
  return {
    feature: name,
    kind: "numerical",
    test: "ks",
    statistic: drifted ? 0.31 : 0.04,
    p_value: drifted ? 0.0001 : 0.6,
    psi: drifted ? 0.4 : 0.01,
    threshold: 0.05,
    drifted,
    exact: true,
    error: 0,
    reference: { count: 500, missing: 0 },
    current: { count: 400, missing: 2 },
  };
}

describe("retrain: the drift check's own dispatch", () => {
  it("opens the retraining pull request from the compact report drift-check sends", async () => {
    const sandbox = await useSandbox();
    sandbox.world.createRepo("acme/churn", {
      files: { ".github/trainyard.yml": "models:\n  churn:\n    retrain:\n      reviewers: [bob]\n" },
      collaborators: { alice: "write", bob: "write" },
    });
    const alice = clientFor(sandbox, sandbox.world.issueToken("alice"));
    const { errors } = await useBot(sandbox);
    const full: DriftReport = {
      drifted: true,
      share: 2 / 3,
      threshold: 0.5,
      features: [feature("tenure", true), feature("monthly_charges", true), feature("age", false)],
      reference: { rows: 500, source: "profile" },
      current: { rows: 400 },
      skipped: [],
    };

    await alice.rest.repos.createDispatchEvent({
      ...repo,
      event_type: "trainyard-drift",
      client_payload: { model: "churn", report: compactDriftReport(full) },
    });
    await sandbox.webhooksIdle();

    const { data: pulls } = await alice.rest.pulls.list({ ...repo, state: "open" });
    expect(pulls.map((p) => p.head.ref)).toEqual(["trainyard/retrain/churn"]);
    expect(pulls[0]?.body).toContain("tenure");
    expect(pulls[0]?.body).toContain("monthly_charges");
    expect(errors()).toEqual([]);
  });
});
