import { trainingArtifactName } from "../../lib/train/record.ts";
import { trainModel } from "../../lib/train/train.ts";
import { artifactsUnavailable, preloadArtifactClient } from "../artifacts.ts";
import {
  actionContext,
  progress,
  readInputs,
  redactSecrets,
  runStep,
  setOutputs,
  writeSummary,
} from "../runtime.ts";
import { trainInputs } from "./inputs.ts";
import { trainingRequest } from "./request.ts";
import { renderTraining, trainingOutputs, type UploadResult } from "./summary.ts";
import { uploadModel } from "./upload.ts";

await runStep(async (annotations) => {
  const input = readInputs(trainInputs);
  const context = await actionContext();
  const outcome = await trainModel(trainingRequest(input, context), {
    log: progress,
    redact: redactSecrets,
    whileCommandRuns: () => {
      if (!artifactsUnavailable()) preloadArtifactClient();
    },
  });
  let upload: UploadResult | undefined;
  if (outcome.succeeded) {
    const name =
      input["artifact-name"] ?? trainingArtifactName(input.model, context.runId, context.runAttempt);
    upload = await uploadModel(outcome, name, { retentionDays: input["retention-days"], log: progress });
  } else {
    const how = outcome.timedOut
      ? `timed out after ${input["timeout-minutes"]} min`
      : `exited with code ${outcome.record.exitCode}`;
    annotations.add("error", `The training command ${how}; nothing was uploaded.`, {
      title: `Training ${input.model} failed`,
    });
    process.exitCode = 1;
  }
  setOutputs(trainingOutputs(outcome, upload));
  await writeSummary(renderTraining(outcome, upload));
});
