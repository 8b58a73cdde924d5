import fs from "node:fs/promises";
import path from "node:path";
import { DataError } from "../../lib/errors.ts";
import { completeCheckRun } from "../../lib/github/checks.ts";
import { createGitHubClient } from "../../lib/github/client.ts";
import { commentMarker, upsertStickyComment } from "../../lib/github/comments.ts";
import { findPullRequestForHead } from "../../lib/github/pulls.ts";
import { listVersionMetrics } from "../../lib/github/releases.ts";
import { parseVersionMetadata } from "../../lib/registry/version-metadata.ts";
import { runRecordPath } from "../../lib/train/record.ts";
import type { VersionMetrics } from "../../reports/charts.ts";
import { ArtifactStore } from "../artifacts.ts";
import type { ActionContext } from "../runtime.ts";
import {
  BUNDLE_FILES,
  bundlePaths,
  type ReportBundle,
  type ReportTarget,
  readBundle,
  reportTarget,
} from "./report.ts";

export interface ReportPlan {
  model: string;
  target: ReportTarget;
  repo: { owner: string; repo: string };
  token: string;
  apiUrl: string;
  bundleName: string;
  /** The files this job's earlier steps left. */
  localFiles: Record<keyof typeof BUNDLE_FILES, string>;
  tempDir: string;
  checkRun: boolean;
  /** Things the run could not do, said in its log. */
  notes: string[];
}

export function planReport(
  input: {
    model: string;
    comparison?: string | undefined;
    validation?: string | undefined;
    record?: string | undefined;
    sweep?: string | undefined;
    "check-run": string;
    "bundle-artifact"?: string | undefined;
    "github-token": string;
  },
  context: ActionContext,
): ReportPlan {
  const runnerTemp = context.runnerTemp ?? context.workspace;
  const tempDir = path.join(runnerTemp, "trainyard");
  return {
    model: input.model,
    target: reportTarget(context.eventName, context.eventPayload, context.sha),
    repo: { owner: context.owner, repo: context.repo },
    token: input["github-token"],
    apiUrl: context.apiUrl,
    bundleName: input["bundle-artifact"] ?? `trainyard-report-${input.model}`,
    localFiles: {
      comparison: input.comparison ?? path.join(tempDir, input.model, BUNDLE_FILES.comparison),
      validation: input.validation ?? path.join(tempDir, BUNDLE_FILES.validation),
      record: input.record ?? runRecordPath(runnerTemp, input.model),
      baselineHistory: path.join(tempDir, input.model, BUNDLE_FILES.baselineHistory),
      sweep: input.sweep ?? path.join(tempDir, input.model, BUNDLE_FILES.sweep),
    },
    tempDir,
    checkRun: input["check-run"] === "true",
    notes: [],
  };
}

/**
 * This job's files (or, in a workflow_run after a fork's run, the bundle that run uploaded), and
 * the model's registered versions' metrics for the chart across versions.
 */
export async function loadBundle(plan: ReportPlan): Promise<ReportBundle & { versions: VersionMetrics[] }> {
  let files = plan.localFiles;
  if (plan.target.mode === "comment" && plan.target.fromRun !== undefined) {
    await fs.mkdir(plan.tempDir, { recursive: true });
    const dir = await fs.mkdtemp(path.join(plan.tempDir, "report-bundle-"));
    await new ArtifactStore().download(plan.bundleName, dir, {
      ...plan.repo,
      runId: plan.target.fromRun,
      token: plan.token,
    });
    files = bundlePaths(dir);
  }
  const github = createGitHubClient({ auth: { kind: "token", token: plan.token }, baseUrl: plan.apiUrl });
  let versions: VersionMetrics[] = [];
  try {
    versions = await listVersionMetrics(github, plan.repo, plan.model, (bytes, tag) => {
      const metadata = parseVersionMetadata(bytes.toString("utf8"), `${tag}/trainyard.json`);
      if (metadata.tag !== tag) throw new DataError(`${tag}/trainyard.json describes ${metadata.tag}`);
      return { version: metadata.version, metrics: metadata.record.metrics };
    });
  } catch (error) {
    // The chart across versions is a nicety: without `contents: read` the report goes on without it.
    if ((error as { status?: number }).status !== 403) throw error;
    plan.notes.push(
      "the token cannot read Releases (it needs contents: read): no chart across registered versions",
    );
  }
  return { ...(await readBundle(files)), versions };
}

export interface Delivery {
  message: string;
  commentUrl: string;
  checkRunId: number | undefined;
}

/** Comments and completes the check run, or, on a fork's run, uploads the bundle for later. */
export async function deliverReport(
  plan: ReportPlan,
  bundle: ReportBundle,
  markdown: string,
): Promise<Delivery> {
  const { target } = plan;
  if (target.mode === "fork") {
    const files = [];
    for (const [key, file] of Object.entries(plan.localFiles))
      if (await fs.stat(file).catch(() => null))
        files.push({ source: file, path: BUNDLE_FILES[key as keyof typeof BUNDLE_FILES] });
    await new ArtifactStore().upload(plan.bundleName, files);
    return {
      message: `pull request #${target.pullNumber} comes from a fork, whose token may not comment: uploaded "${plan.bundleName}" for the workflow_run workflow to post`,
      commentUrl: "",
      checkRunId: undefined,
    };
  }
  if (target.mode === "summary-only")
    return {
      message: "this event has no pull request: the report is in the job summary only",
      commentUrl: "",
      checkRunId: undefined,
    };

  const github = createGitHubClient({ auth: { kind: "token", token: plan.token }, baseUrl: plan.apiUrl });
  const head = {
    sha: target.headSha,
    ...(target.headOwner ? { owner: target.headOwner } : {}),
    ...(target.headBranch ? { branch: target.headBranch } : {}),
  };
  const pullNumber = target.pullNumber ?? (await findPullRequestForHead(github, plan.repo, head));
  if (pullNumber === undefined)
    return {
      message: `no open pull request has head ${target.headSha}: nothing to comment on`,
      commentUrl: "",
      checkRunId: undefined,
    };
  const marker = commentMarker("report", plan.model);
  const comment = await upsertStickyComment(
    github,
    { ...plan.repo, issueNumber: pullNumber },
    marker,
    markdown,
  );
  const { verdict, failures } = bundle.comparison;
  const check = plan.checkRun
    ? await completeCheckRun(github, plan.repo, {
        headSha: target.headSha,
        name: `trainyard / ${plan.model}`,
        conclusion: verdict === "failed" ? "failure" : "success",
        title:
          verdict === "failed"
            ? `${failures.length} gate(s) failed`
            : verdict === "ready"
              ? "Ready to promote"
              : "No baseline yet: absolute gates passed",
        summary: markdown,
        detailsUrl: comment.url,
      })
    : undefined;
  return {
    message: `report comment ${comment.action} on #${pullNumber}: ${comment.url}`,
    commentUrl: comment.url,
    checkRunId: check?.id,
  };
}
