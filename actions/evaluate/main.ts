import fs from "node:fs/promises";
import path from "node:path";
import { createGitHubClient } from "../../lib/github/client.ts";
import { runRecordPath } from "../../lib/train/record.ts";
import * as z from "../../lib/zod.ts";
import { renderComparison } from "../../reports/comparison.ts";
import { renderSweep } from "../../reports/sweep.ts";
import { ArtifactStore, artifactsUnavailable } from "../artifacts.ts";
import { actionContext, progress, readInputs, runStep, setOutputs, writeSummary } from "../runtime.ts";
import { evaluateCandidate, saveEvaluation } from "./evaluate.ts";
import { evaluateInputs } from "./inputs.ts";

const event = z.object({
  pull_request: z.optional(z.object({ base: z.object({ ref: z.string() }) })),
  repository: z.optional(z.object({ default_branch: z.string() })),
});

await runStep(async (annotations) => {
  const input = readInputs(evaluateInputs);
  const context = await actionContext();
  const payload = event.safeParse(context.eventPayload).data;
  const baseBranch =
    input["base-branch"] ?? payload?.pull_request?.base.ref ?? payload?.repository?.default_branch ?? "main";
  const tempDir = path.join(context.runnerTemp ?? context.workspace, "trainyard", input.model);
  await fs.mkdir(tempDir, { recursive: true });
  const github = createGitHubClient({
    auth: { kind: "token", token: input["github-token"] },
    baseUrl: context.apiUrl,
  });

  const evaluation = await evaluateCandidate({
    model: input.model,
    configFile: input.config,
    recordFile: input.record ?? runRecordPath(context.runnerTemp ?? context.workspace, input.model),
    sweep: input.sweep && {
      patterns: input.sweep,
      metric: input["sweep-metric"],
      expectedRuns: input["sweep-size"],
    },
    workspace: context.workspace,
    tempDir,
    github,
    owner: context.owner,
    repo: context.repo,
    baseBranch,
    token: input["github-token"],
    artifacts: artifactsUnavailable() ? undefined : new ArtifactStore(),
    onLine: progress,
  });
  const { comparison, baseline, scoring, sweep, candidateFile } = evaluation;
  progress(
    baseline
      ? `compared with ${baseline.label} (${scoring === "scored" ? "both scored now by the evaluation command" : "recorded metrics"})`
      : "no baseline: a first model",
  );
  const comparisonPath = input["comparison-path"] ?? path.join(tempDir, "comparison.json");
  await saveEvaluation(evaluation, comparisonPath, tempDir);
  for (const failure of comparison.failures)
    annotations.add("error", failure, { title: `Gate failed: ${input.model}`, file: input.config });
  setOutputs({
    passed: comparison.passed,
    verdict: comparison.verdict,
    baseline: baseline?.label ?? "",
    comparison: comparisonPath,
    record: candidateFile,
    "best-run": sweep?.best ?? "",
  });
  await writeSummary(
    (sweep ? `${renderSweep(sweep, input.model, baseline?.label)}\n` : "") +
      renderComparison(comparison, input.model),
  );
  if (!comparison.passed && input["fail-on"] === "gate") process.exitCode = 1;
});
