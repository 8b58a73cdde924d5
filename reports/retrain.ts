import type { RetrainEvidence, RetrainRecord } from "../lib/drift/retrain-record.ts";
import { renderDriftReport } from "./drift.ts";
import { cell, code, link, plural, table } from "./markdown.ts";

/**
 * The retraining pull request as people read it: why (the evidence, newest first), the latest
 * drift report's per-feature table and chart, and what merging does.
 */
const MAX_EVIDENCE_ROWS = 30;

const TRIGGER_TITLE: Record<RetrainEvidence["trigger"], string> = {
  drift: "drift check",
  alert: "Prometheus alert",
  command: "/retrain",
};

export function retrainTitle(model: string): string {
  return `Retrain ${model}: production data drifted`;
}

export function renderRetrainBody(
  record: RetrainRecord,
  options: { marker: string; recordPath: string },
): string {
  const newest = [...record.evidence].reverse();
  const shown = newest.slice(0, MAX_EVIDENCE_ROWS);
  const lines = [
    options.marker,
    `## Retrain ${code(record.model)}`,
    "",
    `Trainyard asks to retrain ${code(record.model)}: ${plural(record.evidence.length, "piece")} of evidence since ${record.requested_at}. This pull request records why in ${code(options.recordPath, 80)}; its CI trains the model on the current data and compares it with production. Merge it to register the new version, or close it to dismiss (label it \`trainyard:snooze\` to stop new ones until the label is removed).`,
    "",
    "### Evidence",
    "",
    table(
      ["When", "Trigger", "By", "Drifted features", "Data window"],
      shown.map((item) => evidenceRow(item)),
    ),
  ];
  if (newest.length > shown.length)
    lines.push(
      "",
      `…and ${plural(newest.length - shown.length, "earlier piece")} in ${code(options.recordPath, 80)}.`,
    );
  if (record.drift)
    lines.push("", "### Latest drift report", "", renderDriftReport(record.drift, { model: record.model }));
  return `${lines.join("\n").trimEnd()}\n`;
}

/** The comment that tells reviewers of an open retraining pull request what new evidence came. */
export function renderEvidenceComment(model: string, added: RetrainEvidence[], marker: string): string {
  return [
    marker,
    `New evidence for retraining ${code(model)}:`,
    "",
    ...added.map((item) => `- ${evidenceLine(item)}`),
    "",
    "The description above is updated with it.",
  ].join("\n");
}

function evidenceRow(item: RetrainEvidence): string[] {
  return [
    item.at,
    item.url ? link(TRIGGER_TITLE[item.trigger], item.url) : TRIGGER_TITLE[item.trigger],
    cell(item.by),
    item.features.length === 0
      ? "—"
      : item.features
          .slice(0, 8)
          .map((feature) => code(feature))
          .join(", ") + (item.features.length > 8 ? ` …+${item.features.length - 8}` : ""),
    item.window ? `${item.window.start ?? "…"} → ${item.window.end ?? "…"}` : "—",
  ];
}

function evidenceLine(item: RetrainEvidence): string {
  const what = TRIGGER_TITLE[item.trigger];
  const features =
    item.features.length > 0 ? `: ${item.features.map((feature) => code(feature)).join(", ")} drifted` : "";
  const share =
    item.share === undefined ? "" : ` (${Number((item.share * 100).toPrecision(3))}% of features)`;
  const source = item.url ? ` — ${link("source", item.url)}` : "";
  return `${what} by ${cell(item.by)} at ${item.at}${features}${share}${source}`;
}
