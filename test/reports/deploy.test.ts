import { describe, expect, it } from "vitest";
import type { DeployOutcome } from "../../lib/deploy/rollout.ts";
import { LOG_LINES, renderDeployComment, renderDeploySummary } from "../../reports/deploy.ts";

const context = {
  sha: "0d7158b2c4e5f60718293a4b5c6d7e8f90123456",
  runUrl: "https://github.com/acme/churn/actions/runs/77",
};

const failed: DeployOutcome = {
  model: "churn",
  environment: "production",
  from: 3,
  to: 4,
  result: "rollback-failed",
  reason:
    "smoke test failed after 5 attempts: POST http://127.0.0.1:8080/predict expected status 200, got 500",
  target: "bash: ./serving/deploy.sh",
  deploymentId: 120,
  digest: `sha256:${"a".repeat(64)}`,
  failure: {
    ok: false,
    stage: "smoke-test",
    summary:
      "smoke test failed after 5 attempts: POST http://127.0.0.1:8080/predict expected status 200, got 500",
    targetLog: Array.from({ length: 500 }, (_, i) => `line ${i} ${"x".repeat(i === 499 ? 1000 : 10)}`),
    smoke: {
      ok: false,
      attempts: 5,
      durationMs: 3100,
      log: [],
      checks: [
        { request: "GET http://127.0.0.1:8080/version", ok: true, status: 200 },
        {
          request: "POST http://127.0.0.1:8080/predict",
          ok: false,
          status: 500,
          problem: "expected status 200, got 500",
          body: '{"error": "the model is marked broken"}\n```\n@team #12',
        },
      ],
    },
  },
  rollback: {
    version: 3,
    deploymentId: 121,
    ok: false,
    summary: "the deploy script failed with exit code 1",
  },
};

describe("deploy reports", () => {
  it("tells the pull request what failed, that the rollback failed too, and what to do", () => {
    const comment = renderDeployComment(failed, context);
    expect(comment).toContain("### 🔥 churn v4 failed in production, and rolling back failed too");
    expect(comment).toContain(
      "**Rolling back to v3 failed too:** the deploy script failed with exit code 1.",
    );
    expect(comment).toContain("may be running neither version: check it now");
    expect(comment).toContain("Smoke test: the last of 5 attempts in 3.1 s");
    // The answer's body cannot close its code block, mention a team or link an issue.
    expect(comment).toMatch(/````text\n\{"error": "the model is marked broken"\}\n```\n@team #12\n````/);
    expect(comment).toContain(`Deploy log: the last ${LOG_LINES} lines`);
    expect(comment).not.toContain("line 459 ");
    expect(comment).toContain("line 460 ");
    expect(comment.length).toBeLessThan(10_000);
    expect(comment).toContain("[the deploy run](https://github.com/acme/churn/actions/runs/77)");
  });

  it("says when a deployment is live, and summarises every change in one table", () => {
    const live: DeployOutcome = {
      model: "churn",
      environment: "staging",
      from: undefined,
      to: 1,
      result: "deployed",
      reason: "smoke test passed (1 attempt)",
      target: "POST https://serving.example/deploy",
      deploymentId: 7,
      environmentUrl: "https://churn.staging.example",
      digest: `sha256:${"b".repeat(64)}`,
    };
    expect(renderDeployComment(live, context)).toContain(
      "### ✅ churn v1 is live in staging\n\nDeployment 7 with `POST https://serving.example/deploy` at [https​://churn.staging.example](https://churn.staging.example)",
    );
    const stale: DeployOutcome = {
      model: "fraud",
      environment: "production",
      from: 2,
      to: 3,
      result: "stale",
      reason: "commit bbbbbbb, newer than this run's aaaaaaa, is already deployed there (deployment 12)",
    };
    const summary = renderDeploySummary([live, failed, stale], context);
    expect(summary).toContain("## Deploy at `0d7158b`");
    expect(summary).toMatch(/\| churn +\| staging +\| — → v1 +\| ✅ deployed +\| 7 +\| \[https/);
    expect(summary).toMatch(
      /\| churn +\| production +\| v3 → v4 +\| 🔥 failed, and the rollback failed +\| 120, rollback 121 +\|/,
    );
    expect(summary).toMatch(
      /\| fraud +\| production +\| v2 → v3 +\| ⏭️ skipped: a newer commit is deployed +\| +\| commit bbbbbbb/,
    );
    expect(summary).toContain("### churn → production: v4 failed");
    expect(renderDeploySummary([], context)).toContain("did not change in this push: nothing to deploy");
  });
});
