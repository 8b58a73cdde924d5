import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { planAnnotations } from "../../lib/validate/annotations.ts";
import { mergeShardReports } from "../../lib/validate/merge.ts";
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
import { readBaseSchema } from "./base-schema.ts";
import { validateDataInputs } from "./inputs.ts";

await runStep(async (annotations) => {
  const input = readInputs(validateDataInputs);
  const context = await actionContext();
  const reportPath = path.resolve(
    context.workspace,
    input["report-path"] ??
      path.join(context.runnerTemp ?? context.workspace, "trainyard", "validation-report.json"),
  );
  // Written at once, as drift-check writes its report: the step has nothing else to do meanwhile.
  mkdirSync(path.dirname(reportPath), { recursive: true });

  const merging = input["merge-reports"] ?? [];
  const { report, schemaChanges } =
    merging.length > 0
      ? await mergeShardReports({ reports: merging, schemaFile: input.schema, cwd: context.workspace })
      : await runValidation({
          data: input.data ?? [],
          schemaFile: input.schema,
          cwd: context.workspace,
          onProgress: progress,
          ...(input.shard ? { shard: input.shard, shardReportPath: reportPath } : {}),
          ...(await readBaseSchema(input, context).then((baseSchema) => (baseSchema ? { baseSchema } : {}))),
        });
  writeFileSync(
    reportPath,
    `${JSON.stringify({ ...report, schemaFile: input.schema, schemaChanges }, null, 2)}\n`,
  );

  for (const planned of planAnnotations(report, ANNOTATIONS_PER_LEVEL))
    annotations.add("error", planned.message, planned);
  const errors = report.violations.reduce((sum, v) => sum + v.count, 0);
  setOutputs({ valid: report.valid, rows: report.rows, errors, report: reportPath });
  const fullReport = input["report-path"] ?? reportPath;
  await writeSummary(
    renderValidation({
      report,
      schemaFile: input.schema,
      fullReport,
      ...(schemaChanges ? { schemaChanges } : {}),
    }),
  );
  if (!report.valid && input["fail-on"] === "error") process.exitCode = 1;
});
