import type { Comparison, MetricComparison } from "../lib/evaluate/compare.ts";
import { formatNumber } from "../lib/evaluate/compare.ts";
import { thousands } from "../lib/format.ts";
import type { RunRecord } from "../lib/runs/run-record.ts";
import type { Sweep } from "../lib/runs/sweep.ts";
import type { Violation } from "../lib/validate/validate.ts";
import {
  type Budget,
  type BudgetedDocument,
  COMMENT_BUDGET,
  type DropStep,
  fitToBudget,
  JOB_SUMMARY_BUDGET,
  type Rendition,
  type Section,
} from "./budget.ts";
import { type BaselineHistory, trainingHistoryChart, type VersionMetrics, versionsChart } from "./charts.ts";
import { metricsSection, slicesSection, verdictSection } from "./comparison.ts";
import { cell, code, details, duration, link, plural, table } from "./markdown.ts";
import { sweepSection } from "./sweep.ts";
import { renderSchemaChanges, renderValidation, type ValidationView } from "./validation.ts";

/**
 * The pull-request report: the comment reviewers read most, kept up to date by the report step
 * (and the same text, with more room, as its job summary). Top to bottom: the verdict with
 * counts, the metric table, the slices, the data contract and schema changes, what training
 * cost, charts (training history, the main gated metric across versions), links, and the commit
 * it was made for. Pure: text in, text out.
 */

export interface ReportLinks {
  /** The workflow run, whose job summary holds the fuller report. */
  run?: string;
  /** The run's artifacts, where the comparison file is. */
  artifacts?: string;
  modelCard?: string;
  /** The comparison file's name among the artifacts: `comparison.json`. */
  comparisonFile?: string;
}

export interface ReportInput {
  model: string;
  comparison: Comparison;
  /** The candidate's run record: cost, params and training history. */
  candidate?: RunRecord;
  /** The hyper-parameter sweep the candidate was picked from, as evaluate wrote it. */
  sweep?: Sweep;
  /** The training history of the run the candidate is compared with. */
  baselineHistory?: BaselineHistory;
  validation?: ValidationView;
  /** Metric values of the last registered versions, for the chart of the main gated metric. */
  versionHistory?: VersionMetrics[];
  links: ReportLinks;
  /** The pull request's head commit the report was made for. */
  headSha: string;
  /** The hidden marker that finds this comment again (`<!-- trainyard:report:churn -->`), put first. */
  marker: string;
}

/** Where the report goes: a comment (65,536 characters) or a job summary (1 MiB). */
export type ReportTarget = "comment" | "job-summary";

export type ReportSectionName =
  | "verdict"
  | "metrics"
  | "slices"
  | "sweep"
  | "validation"
  | "training"
  | "charts";

/**
 * What a report gives up, in this order, while it is too long for where it goes. Each step moves
 * one section to a barer rendition (see each section's renditions); the verdict never shortens.
 */
export const REPORT_DROP_ORDER: readonly DropStep<ReportSectionName>[] = [
  // slice rows beyond the first 20 failing and 20 passing
  { section: "slices", level: 1 },
  // validation examples beyond the first of each rule
  { section: "validation", level: 1 },
  // the charts
  { section: "charts", level: 1 },
  // ungated metric rows beyond the first 100
  { section: "metrics", level: 1 },
  // the params table
  { section: "training", level: 1 },
  // the sweep's runs beyond the first 20, the best kept first
  { section: "sweep", level: 1 },
  // every ungated metric row
  { section: "metrics", level: 2 },
  // the slice tables: the failing slices are named only
  { section: "slices", level: 2 },
  // the validation report and the schema change table: counts and the worst rules only
  { section: "validation", level: 2 },
  // main metric rows beyond the first 50, failing ones kept first
  { section: "metrics", level: 3 },
  // the names of the failing slices
  { section: "slices", level: 3 },
];

const BUDGETS: Record<ReportTarget, Budget> = { comment: COMMENT_BUDGET, "job-summary": JOB_SUMMARY_BUDGET };

/** Params listed in the training section at most. */
export const MAX_PARAM_ROWS = 50;
/** Broken rules named when the validation report is left out. */
export const RULES_NAMED = 3;

export function renderReport(input: ReportInput, target: ReportTarget = "comment"): string {
  return fitToBudget(reportDocument(input, target), REPORT_DROP_ORDER, BUDGETS[target]).text;
}

/** The report's sections in every rendition, before the budget chooses among them. */
export function reportDocument(
  input: ReportInput,
  target: ReportTarget,
): BudgetedDocument<ReportSectionName> {
  checkMarker(input.marker);
  const sections = [
    verdictSection(input.comparison, input.model),
    metricsSection(input.comparison),
    slicesSection(input.comparison),
    input.sweep && sweepSection(input.sweep, input.comparison.baseline?.label),
    input.validation && validationSection(input.validation),
    input.candidate && trainingSection(input.candidate),
    chartsSection(input),
  ].filter((section): section is Section<ReportSectionName> => section !== undefined);
  return {
    header: input.marker,
    sections,
    footer: footer(input),
    leftOutNote: (leftOut) => leftOutNote(leftOut, input.links, target),
  };
}

/** The marker must be one HTML comment on one line, or the comment would hide the report. */
function checkMarker(marker: string): void {
  const inside = marker.slice(4, -3);
  if (!marker.startsWith("<!--") || !marker.endsWith("-->") || /-->|--!>|[\r\n]/.test(inside))
    throw new RangeError(
      `the report's marker must be one HTML comment on one line, got ${JSON.stringify(marker)}`,
    );
}

// ---------------------------------------------------------------------------------------------
// Data

function validationHeadline(view: ValidationView): string {
  const { report } = view;
  const data =
    report.files.length === 1
      ? code((report.files[0] as { file: string }).file, 80)
      : plural(report.files.length, "file");
  const schema = code(view.schemaFile, 80);
  if (report.valid) return `✅ Data contract met: ${plural(report.rows, "row")} in ${data} match ${schema}.`;
  const violations = report.violations.reduce((sum, violation) => sum + violation.count, 0);
  return `❌ Data contract broken: ${plural(violations, "violation")} of ${plural(report.violations.length, "rule")} in ${data} against ${schema}.`;
}

function worstRules(violations: Violation[]): string {
  const worst = [...violations].sort((a, b) => b.count - a.count).slice(0, RULES_NAMED);
  const named = worst.map(
    (violation) =>
      `${cell(violation.rule)}${violation.column === null ? "" : ` on ${code(violation.column)}`} (${thousands(violation.count)})`,
  );
  const more = violations.length - worst.length;
  return `Most broken: ${named.join(", ")}${more > 0 ? `, and ${plural(more, "more rule")}` : ""}.`;
}

/**
 * Renditions: 0 the headline, the full validation report folded, and the schema changes (open
 * when one breaks); 1 with one example per rule; 2 the headline, the worst rules and the schema
 * changes counted.
 */
function validationSection(view: ValidationView): Section<"validation"> {
  const heading = "#### Data";
  const { report, schemaChanges } = view;
  const headline = validationHeadline(view);
  const withReport = !report.valid || report.notes.length > 0 || report.files.length > 1;
  const breaking = schemaChanges?.filter((change) => change.severity === "breaking").length ?? 0;
  const schemaPart = (): string[] => {
    if (schemaChanges === undefined) return [];
    if (schemaChanges.length === 0 || breaking > 0) return [renderSchemaChanges(schemaChanges)];
    return [
      details(
        `Schema changes: ${plural(schemaChanges.length, "change")}, none breaking`,
        renderSchemaChanges(schemaChanges),
      ),
    ];
  };
  const render = (examplesPerRule: number): string => {
    const parts = [heading, headline];
    if (withReport) {
      const violations = report.violations.map((violation) => ({
        ...violation,
        examples: violation.examples.slice(0, examplesPerRule),
      }));
      const full = renderValidation({
        report: { ...report, violations },
        schemaFile: view.schemaFile,
        ...(view.fullReport ? { fullReport: view.fullReport } : {}),
      });
      parts.push(details("Data validation report", full.trimEnd()));
    }
    return [...parts, ...schemaPart()].join("\n\n");
  };
  const hasMoreExamples = report.violations.some((violation) => violation.examples.length > 1);
  const barest = [heading, headline];
  if (!report.valid) barest.push(worstRules(report.violations));
  if (schemaChanges !== undefined)
    barest.push(
      schemaChanges.length === 0
        ? "Schema: no changes against the base branch."
        : `Schema: ${plural(schemaChanges.length, "change")} against the base branch, ${breaking > 0 ? `${breaking} breaking` : "none breaking"}.`,
    );
  const renditions: Rendition[] = [
    { text: render(Number.POSITIVE_INFINITY), leftOut: [] },
    {
      text: render(1),
      leftOut:
        withReport && hasMoreExamples ? ["the data validation examples beyond the first of each rule"] : [],
    },
    {
      text: barest.join("\n\n"),
      leftOut: [
        ...(withReport ? ["the data validation report"] : []),
        ...(schemaChanges && schemaChanges.length > 0 ? ["the schema change table"] : []),
      ],
    },
  ];
  return { name: "validation", renditions };
}

// ---------------------------------------------------------------------------------------------
// Training

function gpuText(record: RunRecord): string {
  const { gpuCount } = record.resources;
  if (gpuCount === 0) return "none";
  const names = [...new Set(record.environment.gpus.map((gpu) => gpu.name))];
  if (names.length === 1) return `${gpuCount} × ${cell(names[0] as string, 40)}`;
  return `${gpuCount}: ${names
    .slice(0, 3)
    .map((name) => cell(name, 30))
    .join(", ")}${names.length > 3 ? ", …" : ""}`;
}

function costText(record: RunRecord): string {
  const { cost } = record.resources;
  if (!cost) return "— not priced";
  return `$${cost.amount.toFixed(2)} (at $${formatNumber(cost.pricePerGpuHour)}/GPU-hour)`;
}

/** One row: the run's duration, GPUs, GPU-hours, energy and cost (the report's and the model card's). */
export function costTable(record: RunRecord): string {
  const { resources } = record;
  return table(
    ["duration", "GPUs", "GPU-hours", "energy", "cost"],
    [
      [
        duration(Math.round(record.run.durationSeconds * 1000)),
        gpuText(record),
        formatNumber(Number(resources.gpuHours.toFixed(3))),
        `${formatNumber(Number(resources.energyKWh.toFixed(3)))} kWh`,
        costText(record),
      ],
    ],
    ["r", "l", "r", "r", "r"],
    { compact: true },
  );
}

/** Renditions: 0 the cost table, GPU use and the params folded; 1 without the params. */
function trainingSection(record: RunRecord): Section<"training"> {
  const { resources } = record;
  const parts = ["#### Training", costTable(record)];
  const { telemetry } = resources;
  if (telemetry && telemetry.samples > 0)
    parts.push(
      `GPU use ${Math.round(telemetry.utilizationPercent.mean)}% on average (peak ${Math.round(telemetry.utilizationPercent.max)}%), memory up to ${(telemetry.memoryUsedMiB.max / 1024).toFixed(1)} GiB, power ${Math.round(telemetry.powerWatts.mean)} W on average.`,
    );
  const params = Object.entries(record.params);
  const withoutParams = parts.join("\n\n");
  if (params.length === 0) return { name: "training", renditions: [{ text: withoutParams, leftOut: [] }] };
  const shown = params.slice(0, MAX_PARAM_ROWS);
  const paramTable =
    table(
      ["param", "value"],
      shown.map(([name, value]) => [code(name, 60), code(String(value), 60)]),
      ["l", "l"],
      { compact: true },
    ) +
    (params.length > shown.length
      ? `\n\n… and ${plural(params.length - shown.length, "more param")}, in the run record.`
      : "");
  return {
    name: "training",
    renditions: [
      { text: `${withoutParams}\n\n${details(plural(params.length, "param"), paramTable)}`, leftOut: [] },
      { text: withoutParams, leftOut: ["the params table"] },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Charts

/** The first gated metric (the config's first gate), else the first metric. */
function mainMetric(comparison: Comparison): MetricComparison | undefined {
  return comparison.metrics.find((metric) => metric.gated) ?? comparison.metrics[0];
}

/** Renditions: 0 the charts; 1 none. Undefined when there is nothing to draw. */
function chartsSection(input: ReportInput): Section<"charts"> | undefined {
  const history = input.candidate
    ? trainingHistoryChart(input.candidate.history, input.baselineHistory)
    : undefined;
  const metric = mainMetric(input.comparison);
  const versions = metric && input.versionHistory ? versionsChart(metric, input.versionHistory) : undefined;
  const charts = [history, versions].filter((chart): chart is string => chart !== undefined);
  if (charts.length === 0) return undefined;
  return {
    name: "charts",
    renditions: [
      { text: ["#### Charts", ...charts].join("\n\n"), leftOut: [] },
      { text: "", leftOut: ["the charts"] },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// The end: what was left out, links, and the commit

function comparisonFileText(links: ReportLinks): string {
  const file = code(links.comparisonFile ?? "comparison.json", 80);
  return links.artifacts
    ? `${file} among the ${link("run's artifacts", links.artifacts)}`
    : `${file} among the run's artifacts`;
}

function leftOutNote(leftOut: string[], links: ReportLinks, target: ReportTarget): string {
  const limit =
    target === "comment" ? "GitHub's limit of 65,536 characters for a comment" : "the 1 MiB of a job summary";
  const fuller =
    target === "comment"
      ? `The run's ${links.run ? link("job summary", links.run) : "job summary"} has more, and every number is in ${comparisonFileText(links)}.`
      : `Every number is in ${comparisonFileText(links)}.`;
  return `> [!NOTE]\n> Shortened to fit ${limit}. Left out: ${leftOut.join("; ")}.\n> ${fuller}`;
}

function footer(input: ReportInput): string {
  const { links } = input;
  const items = [
    links.run ? link("Workflow run", links.run) : "",
    links.artifacts ? link("Artifacts", links.artifacts) : "",
    links.modelCard ? link("Model card", links.modelCard) : "",
    links.comparisonFile ? `comparison: ${code(links.comparisonFile, 80)}` : "",
  ].filter(Boolean);
  const sha = /^[0-9a-f]{7,40}$/i.test(input.headSha) ? input.headSha.slice(0, 7) : input.headSha;
  const updated = `<sub>Last updated for ${code(sha, 40)} by Trainyard.</sub>`;
  return items.length > 0 ? `${items.join(" · ")}\n\n${updated}` : updated;
}
