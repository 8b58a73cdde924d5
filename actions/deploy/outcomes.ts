import type { DeployOutcome } from "../../lib/deploy/rollout.ts";
import { resultWords } from "../../reports/deploy.ts";
import type { Annotations } from "../runtime.ts";

/** The step's outputs: what went live, and whether anything was rolled back. */
export function deployOutputs(outcomes: DeployOutcome[]): Record<string, string> {
  const deployed = outcomes
    .filter((outcome) => outcome.result === "deployed")
    .map((outcome) => ({
      model: outcome.model,
      environment: outcome.environment,
      version: outcome.to,
      deployment_id: outcome.deploymentId,
      url: outcome.environmentUrl ?? "",
    }));
  return {
    deployed: JSON.stringify(deployed),
    "rolled-back": String(outcomes.some((outcome) => outcome.result === "rolled-back")),
  };
}

/** One annotation per outcome worth a look; true when the step must fail. */
export function annotate(outcomes: DeployOutcome[], annotations: Annotations, configFile: string): boolean {
  let failed = false;
  for (const outcome of outcomes) {
    const title = `${outcome.model} → ${outcome.environment}`;
    const line = `${title} v${outcome.to ?? "—"}: ${resultWords(outcome)}: ${outcome.reason}`;
    if (outcome.failure) {
      failed = true;
      annotations.add("error", line, { title: `Deploy failed: ${title}`, file: configFile });
    } else if (outcome.result !== "deployed") annotations.add("notice", line, { title: `Deploy: ${title}` });
  }
  return failed;
}
