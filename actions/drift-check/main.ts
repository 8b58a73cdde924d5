import { DataError } from "../../lib/errors.ts";
import type { GitHubClient } from "../../lib/github/client.ts";
import { actionContext, progress, readInputs, runStep, setOutputs, writeSummary } from "../runtime.ts";
import { driftCheckSummary, driftWarning, runDriftCheck } from "./check.ts";
import { driftCheckInputs } from "./inputs.ts";

await runStep(async (annotations) => {
  const input = readInputs(driftCheckInputs);
  const context = await actionContext();
  let github: Promise<GitHubClient> | undefined;
  const check = await runDriftCheck({
    input,
    workspace: context.workspace,
    github: () =>
      (github ??= import("../../lib/github/client.ts").then(({ createGitHubClient }) =>
        createGitHubClient({
          auth: { kind: "token", token: input["github-token"] },
          baseUrl: context.apiUrl,
        }),
      )),
    repo: { owner: context.owner, repo: context.repo },
    onLine: progress,
  });
  const drifted = check.report.features.filter((feature) => feature.drifted);
  for (const feature of drifted)
    annotations.add("warning", driftWarning(feature), { title: `Data drift: ${input.model}` });
  setOutputs({
    drifted: check.report.drifted,
    share: check.report.share,
    report: check.reportFile,
    "drifted-features": drifted.map((feature) => feature.feature).join(","),
  });
  await writeSummary(driftCheckSummary(input.model, check, annotations.heldBack().warning));
  if (check.report.drifted && input["fail-on-drift"])
    throw new DataError(
      `the data of ${input.model} has drifted (${drifted.length} of ${check.report.features.length} features) and fail-on-drift is set`,
      { file: input["report-file"] },
    );
});
