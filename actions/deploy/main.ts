import path from "node:path";
import { loadTrainyardConfig } from "../../lib/config/trainyard-config.ts";
import { rollout } from "../../lib/deploy/rollout.ts";
import { createGitHubClient } from "../../lib/github/client.ts";
import { githubLedger } from "../../lib/github/deployments.ts";
import { renderDeploySummary } from "../../reports/deploy.ts";
import {
  actionContext,
  maskSecret,
  progress,
  readInputs,
  runStep,
  setOutputs,
  writeSummary,
} from "../runtime.ts";
import { deployInputs } from "./inputs.ts";
import { tellPullRequest } from "./notify.ts";
import { annotate, deployOutputs } from "./outcomes.ts";
import { describePush, readPush } from "./push.ts";
import { versionSource } from "./versions.ts";

await runStep(async (annotations) => {
  const input = readInputs(deployInputs);
  const context = await actionContext();
  maskSecret(input["http-secret"] ?? "");
  const repo = { owner: context.owner, repo: context.repo };
  const github = createGitHubClient({
    auth: { kind: "token", token: input["github-token"] },
    baseUrl: context.apiUrl,
  });
  const config = await loadTrainyardConfig(path.resolve(context.workspace, input.config));
  const warn = (message: string) => annotations.add("warning", message, { title: "Deploy" });
  const event = { sha: context.sha, payload: context.eventPayload };
  const push = await readPush(github, repo, event, input.environments, warn);
  progress(describePush(push));
  // Sigstore's libraries load only for a deploy that checks attestations: most never do.
  if (input["require-attestation"])
    await (await import("./attestations.ts")).requireAttestations(
      github,
      repo,
      push.changes,
      input,
      context,
      progress,
    );
  const outcomes = await rollout({
    changes: push.changes,
    deployConfig: (model) => config.models[model]?.deploy,
    configFile: input.config,
    repository: `${context.owner}/${context.repo}`,
    sha: push.sha,
    workspace: context.workspace,
    tempDir: path.join(context.runnerTemp ?? context.workspace, "trainyard", "deploy"),
    env: process.env,
    httpSecret: input["http-secret"],
    ledger: githubLedger(github, repo, { logUrl: context.runUrl }),
    versions: versionSource(github, repo, config, input),
    onLine: progress,
  });
  const told = { sha: push.sha, runUrl: context.runUrl };
  setOutputs(deployOutputs(outcomes));
  await writeSummary(renderDeploySummary(outcomes, told));
  if (annotate(outcomes, annotations, input.config)) process.exitCode = 1;
  // What was deployed stands even when the pull request cannot be told (a token without the right).
  await tellPullRequest(github, repo, outcomes, told, progress).catch((error: Error) =>
    warn(`could not comment on the promotion pull request: ${error.message}`),
  );
});
