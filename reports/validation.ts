import { thousands } from "../lib/format.ts";
import type { SchemaChange } from "../lib/schema/diff.ts";
import type { ValidationReport, Violation } from "../lib/validate/validate.ts";
import { bytes, cell, code, details, duration, plural, table } from "./markdown.ts";

/** Rules listed at most, and examples per rule, so a million violations still read in a page. */
export const MAX_RULE_ROWS = 50;
export const MAX_EXAMPLES_SHOWN = 3;

export interface ValidationView {
  report: ValidationReport;
  schemaFile: string;
  schemaChanges?: SchemaChange[];
  /** Where the full report lives (an artifact or a file), named when the table is cut. */
  fullReport?: string;
}

/** The job summary of validate-data and the data section of the PR report. */
export function renderValidation(view: ValidationView): string {
  const { report } = view;
  const data =
    report.files.length === 1
      ? code((report.files[0] as { file: string }).file, 80)
      : plural(report.files.length, "file");
  const total = report.violations.reduce((sum, v) => sum + v.count, 0);
  const headline = report.valid
    ? `### ✅ Data contract met: ${data} matches ${code(view.schemaFile, 80)}`
    : `### ❌ Data contract broken: ${data} breaks ${code(view.schemaFile, 80)} (${plural(total, "violation")} of ${plural(report.violations.length, "rule")})`;
  const facts = `${plural(report.rows, "row")} · ${bytes(report.bytes)} · ${duration(report.durationMs)}`;
  const parts = [headline, "", facts];

  if (!report.valid) {
    const ordered = [...report.violations].sort((a, b) => b.count - a.count || ruleOrder(a) - ruleOrder(b));
    const shown = ordered.slice(0, MAX_RULE_ROWS);
    parts.push(
      "",
      table(
        ["rule", "column", "expected", "violations", "first examples"],
        shown.map((v) => [
          cell(v.rule),
          v.column === null ? "—" : code(v.column),
          cell(v.expected, 50),
          thousands(v.count),
          examples(v),
        ]),
        ["l", "l", "l", "r", "l"],
      ),
    );
    if (ordered.length > shown.length)
      parts.push(
        "",
        `${plural(ordered.length - shown.length, "more rule")} not shown${view.fullReport ? `: see ${view.fullReport}` : ""}.`,
      );
  }
  if (report.files.length > 1)
    parts.push(
      "",
      details(
        `${plural(report.files.length, "file")}`,
        table(
          ["file", "rows", "size"],
          report.files.map((f) => [code(f.file, 80), thousands(f.rows), bytes(f.bytes)]),
          ["l", "r", "r"],
        ),
      ),
    );
  if (view.schemaChanges !== undefined) parts.push("", renderSchemaChanges(view.schemaChanges));
  if (report.notes.length > 0) parts.push("", ...report.notes.map((n) => `> [!NOTE]\n> ${cell(n, 300)}`));
  return `${parts.join("\n")}\n`;
}

export function renderSchemaChanges(changes: SchemaChange[]): string {
  if (changes.length === 0) return "**Schema changes:** none against the base branch.";
  const breaking = changes.filter((c) => c.severity === "breaking").length;
  const rows = changes.map((c) => [
    c.severity === "breaking" ? "⚠️ breaking" : "compatible",
    c.column === undefined ? "—" : code(c.column),
    cell(c.message, 120),
  ]);
  return [
    `**Schema changes against the base branch:** ${plural(changes.length, "change")}${breaking ? `, ${breaking} breaking` : ""}`,
    "",
    table(["", "column", "change"], rows),
  ].join("\n");
}

function examples(violation: Violation): string {
  const shown = violation.examples.slice(0, MAX_EXAMPLES_SHOWN).map((e) => {
    const where = e.row === 0 ? (e.line === 0 ? "table" : "header") : `row ${e.row}`;
    const what = e.detail ?? (e.value === "" ? "empty" : e.value);
    return `${where}: ${e.detail ? cell(what, 60) : code(what)}`;
  });
  const more = violation.count - shown.length;
  return shown.join("; ") + (more > 0 ? `; … ${thousands(more)} more` : "");
}

const RULE_ORDER = [
  "columns",
  "type",
  "required",
  "primaryKey",
  "unique",
  "enum",
  "minimum",
  "maximum",
  "pattern",
  "minLength",
  "maxLength",
  "rows",
  "maxMissingShare",
  "categoryShares",
  "quantiles",
];

function ruleOrder(violation: Violation): number {
  return RULE_ORDER.indexOf(violation.rule);
}
