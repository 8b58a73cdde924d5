import os from "node:os";
import path from "node:path";
import { runRecordPath } from "../../lib/train/record.ts";
import type { TrainingRequest } from "../../lib/train/train.ts";
import * as z from "../../lib/zod.ts";
import type { ActionContext } from "../runtime.ts";
import type { TrainInputs } from "./inputs.ts";

/** What the runner says about the job beyond actionContext(), as the record keeps it. */
const jobEnvironment = z.object({
  GITHUB_WORKFLOW: z._default(z.string(), ""),
  GITHUB_JOB: z._default(z.string(), ""),
  RUNNER_OS: z._default(z.string(), os.type()),
  RUNNER_ARCH: z._default(z.string(), os.arch()),
  RUNNER_NAME: z._default(z.string(), os.hostname()),
});

const pullRequestEvent = z.object({ pull_request: z.object({ number: z.int() }) });

/** The training run the step's inputs and its run ask for. */
export function trainingRequest(
  input: TrainInputs,
  context: ActionContext,
  env: NodeJS.ProcessEnv = process.env,
): TrainingRequest {
  const job = jobEnvironment.parse(env);
  const pullRequest = pullRequestEvent.safeParse(context.eventPayload).data?.pull_request.number;
  return {
    model: input.model,
    command: input.command,
    workspace: context.workspace,
    workingDirectory: input["working-directory"],
    metrics: input.metrics,
    history: input.history,
    params: input.params,
    slices: input.slices,
    artifacts: input.artifacts,
    data: input.data,
    pricePerGpuHour: input["price-per-gpu-hour"],
    telemetryIntervalSeconds: input["telemetry-interval"],
    timeoutMinutes: input["timeout-minutes"],
    run: {
      id: context.runId,
      attempt: context.runAttempt,
      url: context.runUrl,
      workflow: job.GITHUB_WORKFLOW,
      job: job.GITHUB_JOB,
      event: context.eventName,
      actor: context.actor,
    },
    git: {
      repository: `${context.owner}/${context.repo}`,
      commit: context.sha,
      ref: context.ref,
      pullRequest,
    },
    runner: { os: job.RUNNER_OS, arch: job.RUNNER_ARCH, name: job.RUNNER_NAME },
    recordPath: runRecordPath(context.runnerTemp ?? path.join(os.tmpdir(), "trainyard-runner"), input.model),
    env,
  };
}
