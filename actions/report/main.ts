import { commentMarker } from "../../lib/github/comments.ts";
import {
  actionContext,
  progress,
  readInputs,
  redactSecrets,
  redactSecretsIn,
  runStep,
  setOutputs,
  writeSummary,
} from "../runtime.ts";
import { composeReport } from "./compose.ts";
import { deliverReport, loadBundle, planReport } from "./deliver.ts";
import { reportInputs } from "./inputs.ts";

await runStep(async () => {
  const input = readInputs(reportInputs);
  const context = await actionContext();
  const plan = planReport(input, context);
  // Redacted before rendering, so that no cell cut short can leave half a secret behind.
  const bundle = redactSecretsIn(await loadBundle(plan));
  const { comment, summary } = composeReport(bundle, plan.model, {
    marker: commentMarker("report", plan.model),
    headSha: plan.target.headSha,
    runUrl: context.runUrl,
  });
  await writeSummary(summary);
  // The comment and the check run are not the runner's log: no one masks them but us.
  const delivery = await deliverReport(plan, bundle, redactSecrets(comment));
  for (const note of plan.notes) progress(note);
  progress(delivery.message);
  setOutputs({
    verdict: bundle.comparison.verdict,
    "comment-url": delivery.commentUrl,
    "check-run-id": delivery.checkRunId ?? "",
  });
});
