/**
 * The retraining record: `.trainyard/retrain/<model>.json` on the bot's retraining branch says
 * why the model is being retrained — every piece of evidence (a drift check's report, a
 * Prometheus alert, a person's `/retrain`), when it came, and the latest drift report. The
 * retraining PR's body is rendered from it, and a piece of evidence already in it is not added
 * (or commented on) again. Pure: the bot reads and writes the file.
 */
import { createHash } from "node:crypto";
import * as z from "../zod.ts";
import { type DriftReport, driftReport } from "./report.ts";

export const RETRAIN_LABEL = "trainyard:retrain";
/** On a closed retraining pull request: no new one for that model until it is removed. */
export const SNOOZE_LABEL = "trainyard:snooze";

export function retrainBranch(model: string): string {
  return `trainyard/retrain/${model}`;
}

export function retrainRecordPath(model: string): string {
  return `.trainyard/retrain/${model}.json`;
}

const dataWindow = z.object({ start: z.optional(z.string()), end: z.optional(z.string()) });
export type DataWindow = z.infer<typeof dataWindow>;

export const retrainEvidence = z.object({
  /** Same key, same evidence: `alert-<fingerprint>-<startsAt>`, `drift-<report digest>`, `command-<comment id>`. */
  key: z.string().check(z.regex(/^[\w.-]+$/)),
  trigger: z.enum(["drift", "alert", "command"]),
  /** When it happened: the alert's startsAt, the dispatch's or the comment's arrival. */
  at: z.string(),
  /** Who: the dispatch's sender, the alert's name, the commenter. */
  by: z.string(),
  /** Where to see it: the comment, Prometheus' graph of the alert. */
  url: z.optional(z.string()),
  /** Features the evidence says drifted. */
  features: z.array(z.string()),
  /** Share of drifted features, when a drift report came with it. */
  share: z.optional(z.number()),
  window: z.optional(dataWindow),
  /** The alert's labels, for alerts. */
  labels: z.optional(z.record(z.string(), z.string())),
});
export type RetrainEvidence = z.infer<typeof retrainEvidence>;

export const retrainRecord = z.object({
  model: z.string(),
  requested_at: z.string(),
  updated_at: z.string(),
  evidence: z.array(retrainEvidence),
  /** The newest drift report among the evidence. */
  drift: z.optional(driftReport),
});
export type RetrainRecord = z.infer<typeof retrainRecord>;

/** The record as written: two-space JSON, one final newline, so equal records are equal files. */
export function formatRetrainRecord(record: RetrainRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

/** The record in a file, or undefined when the text is not one (then the bot starts afresh). */
export function parseRetrainRecord(text: string | undefined): RetrainRecord | undefined {
  if (text === undefined) return undefined;
  try {
    const parsed = retrainRecord.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The record with the evidence added that it does not hold yet (by key), and the report (when
 * given) as the latest drift. `added` lists what was new; none means the record is unchanged.
 */
export function addEvidence(
  record: RetrainRecord | undefined,
  model: string,
  evidence: RetrainEvidence[],
  report?: DriftReport,
): { record: RetrainRecord; added: RetrainEvidence[] } {
  const known = new Set(record?.evidence.map((item) => item.key));
  const added = evidence.filter((item, index) => {
    if (known.has(item.key)) return false;
    return evidence.findIndex((other) => other.key === item.key) === index;
  });
  if (record && added.length === 0) return { record, added };
  const all = [...(record?.evidence ?? []), ...added];
  const times = all.map((item) => item.at).sort();
  const drift = added.length > 0 && report ? report : record?.drift;
  return {
    record: {
      model,
      requested_at: record?.requested_at ?? (times[0] as string),
      updated_at: times[times.length - 1] as string,
      evidence: all,
      ...(drift ? { drift } : {}),
    },
    added,
  };
}

/** The key of a drift report as evidence: the same report twice is one piece of evidence. */
export function driftReportKey(report: DriftReport): string {
  return `drift-${createHash("sha256").update(JSON.stringify(report)).digest("hex").slice(0, 16)}`;
}

/** The key of an alert as Alertmanager identifies one firing: its fingerprint and when it started. */
export function alertKey(fingerprint: string, startsAt: string): string {
  const safe = (text: string) => text.replace(/[^\w.-]/g, "_");
  return `alert-${safe(fingerprint)}-${safe(startsAt)}`;
}

export function driftedFeatures(report: DriftReport): string[] {
  return report.features.filter((feature) => feature.drifted).map((feature) => feature.feature);
}
