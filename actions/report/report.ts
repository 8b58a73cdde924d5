import fs from "node:fs/promises";
import path from "node:path";
import { DataError } from "../../lib/errors.ts";
import { type Comparison, parseComparison } from "../../lib/evaluate/compare.ts";
import type { RunRecord } from "../../lib/runs/run-record.ts";
import { type HistoryPoint, historyPoint, parseRunRecord } from "../../lib/runs/run-record.ts";
import { parseSweep, type Sweep } from "../../lib/runs/sweep.ts";
import type { ValidationReport } from "../../lib/validate/validate.ts";
import * as z from "../../lib/zod.ts";

/** The files a report is made from, as the earlier steps (or a fork's run, as an artifact) left them. */
export const BUNDLE_FILES = {
  comparison: "comparison.json",
  validation: "validation-report.json",
  record: "run-record.json",
  baselineHistory: "baseline-history.json",
  sweep: "sweep.json",
} as const;

export interface ReportBundle {
  comparison: Comparison;
  validation: (ValidationReport & { schemaFile?: string; schemaChanges?: unknown }) | undefined;
  record: RunRecord | undefined;
  /** The baseline's training history (evaluate leaves it), for the chart against the candidate's. */
  baselineHistory: { label: string; history: HistoryPoint[] } | undefined;
  /** The sweep the candidate was picked from (evaluate leaves it). */
  sweep: Sweep | undefined;
}

const baselineHistoryFile = z.object({ label: z.string(), history: z.array(historyPoint) });

export async function readBundle(files: {
  comparison: string;
  validation?: string;
  record?: string;
  baselineHistory?: string;
  sweep?: string;
}): Promise<ReportBundle> {
  const comparison = parseComparison(
    await readRequired(files.comparison, "run the evaluate action first, or give `comparison`"),
    files.comparison,
  );
  const validationText = files.validation ? await readOptional(files.validation) : undefined;
  const recordText = files.record ? await readOptional(files.record) : undefined;
  const historyText = files.baselineHistory ? await readOptional(files.baselineHistory) : undefined;
  const sweepText = files.sweep ? await readOptional(files.sweep) : undefined;
  return {
    comparison,
    validation: validationText === undefined ? undefined : (JSON.parse(validationText) as ValidationReport),
    record: recordText === undefined ? undefined : parseRecord(recordText, files.record as string),
    baselineHistory:
      historyText === undefined ? undefined : baselineHistoryFile.parse(JSON.parse(historyText)),
    sweep: sweepText === undefined ? undefined : parseSweep(sweepText, files.sweep as string),
  };
}

/** Where this event's pull request is, and whether this run may write to it. */
export type ReportTarget =
  | {
      mode: "comment";
      pullNumber?: number;
      headSha: string;
      headOwner?: string;
      headBranch?: string;
      fromRun?: number;
    }
  | { mode: "fork"; pullNumber: number; headSha: string }
  | { mode: "summary-only"; headSha: string };

const pullRequestEvent = z.object({
  pull_request: z.object({
    number: z.number(),
    head: z.object({ sha: z.string(), repo: z.nullable(z.object({ full_name: z.string() })) }),
    base: z.object({ repo: z.object({ full_name: z.string() }) }),
  }),
});
const workflowRunEvent = z.object({
  workflow_run: z.object({
    id: z.number(),
    head_sha: z.string(),
    head_branch: z.nullable(z.string()),
    head_repository: z.nullable(z.object({ owner: z.object({ login: z.string() }) })),
    pull_requests: z.array(z.object({ number: z.number() })),
  }),
});

export function reportTarget(eventName: string, payload: unknown, sha: string): ReportTarget {
  if (eventName === "pull_request" || eventName === "pull_request_target") {
    const { pull_request: pr } = pullRequestEvent.parse(payload);
    const fork = pr.head.repo?.full_name !== pr.base.repo.full_name;
    return fork
      ? { mode: "fork", pullNumber: pr.number, headSha: pr.head.sha }
      : { mode: "comment", pullNumber: pr.number, headSha: pr.head.sha };
  }
  if (eventName === "workflow_run") {
    const { workflow_run: run } = workflowRunEvent.parse(payload);
    return {
      mode: "comment",
      ...(run.pull_requests[0] ? { pullNumber: run.pull_requests[0].number } : {}),
      headSha: run.head_sha,
      ...(run.head_repository ? { headOwner: run.head_repository.owner.login } : {}),
      ...(run.head_branch ? { headBranch: run.head_branch } : {}),
      fromRun: run.id,
    };
  }
  return { mode: "summary-only", headSha: sha };
}

function parseRecord(text: string, file: string): RunRecord {
  return parseRunRecord(text, file);
}

async function readRequired(file: string, hint: string): Promise<string> {
  try {
    return await fs.readFile(file, "utf8");
  } catch {
    throw new DataError(`not found: ${hint}`, { file });
  }
}

async function readOptional(file: string): Promise<string | undefined> {
  return fs.readFile(file, "utf8").catch(() => undefined);
}

export function bundlePaths(dir: string): Record<keyof typeof BUNDLE_FILES, string> {
  return {
    comparison: path.join(dir, BUNDLE_FILES.comparison),
    validation: path.join(dir, BUNDLE_FILES.validation),
    record: path.join(dir, BUNDLE_FILES.record),
    baselineHistory: path.join(dir, BUNDLE_FILES.baselineHistory),
    sweep: path.join(dir, BUNDLE_FILES.sweep),
  };
}
