import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { createGitHubClient } from "../../lib/github/client.ts";
import { readFileAt } from "../../lib/github/contents.ts";
import { planAnnotations } from "../../lib/validate/annotations.ts";
import { runValidation } from "../../lib/validate/run.ts";
import { renderValidation } from "../../reports/validation.ts";
import {
  ANNOTATIONS_PER_LEVEL,
  actionContext,
  progress,
  readInputs,
  runStep,
  setOutputs,
  writeSummary,
} from "../runtime.ts";
import { validateDataInputs } from "./inputs.ts";

const pullRequestEvent = z.object({ pull_request: z.object({ base: z.object({ sha: z.string() }) }) });

await runStep(async (annotations) => {
  const input = readInputs(validateDataInputs);
  const context = await actionContext();
  const baseSha = pullRequestEvent.safeParse(context.eventPayload).data?.pull_request.base.sha;
  let baseSchema: { text: string; file: string } | undefined;
  if (input["base-schema"])
    baseSchema = {
      text: await fs.readFile(path.resolve(context.workspace, input["base-schema"]), "utf8"),
      file: input["base-schema"],
    };
  else if (baseSha && input["github-token"]) {
    const github = createGitHubClient({
      auth: { kind: "token", token: input["github-token"] },
      baseUrl: context.apiUrl,
    });
    const text = await readFileAt(github, {
      owner: context.owner,
      repo: context.repo,
      path: input.schema,
      ref: baseSha,
    });
    if (text !== undefined) baseSchema = { text, file: `${input.schema}@${baseSha.slice(0, 7)}` };
  }

  const { report, schemaChanges } = await runValidation({
    data: input.data,
    schemaFile: input.schema,
    cwd: context.workspace,
    onProgress: progress,
    ...(input.shard ? { shard: input.shard } : {}),
    ...(baseSchema ? { baseSchema } : {}),
  });
  const reportPath =
    input["report-path"] ??
    path.join(context.runnerTemp ?? context.workspace, "trainyard", "validation-report.json");
  await fs.mkdir(path.dirname(reportPath), { recursive: true });
  await fs.writeFile(
    reportPath,
    `${JSON.stringify({ ...report, schemaFile: input.schema, schemaChanges }, null, 2)}\n`,
  );

  for (const planned of planAnnotations(report, ANNOTATIONS_PER_LEVEL))
    annotations.add("error", planned.message, planned);
  const errors = report.violations.reduce((sum, v) => sum + v.count, 0);
  setOutputs({ valid: report.valid, rows: report.rows, errors, report: reportPath });
  await writeSummary(
    renderValidation({
      report,
      schemaFile: input.schema,
      fullReport: reportPath,
      ...(schemaChanges ? { schemaChanges } : {}),
    }),
  );
  if (!report.valid && input["fail-on"] === "error") process.exitCode = 1;
});
