import { thousands } from "../format.ts";
import type { ValidationReport, Violation, ViolationExample } from "./validate.ts";

export interface PlannedAnnotation {
  message: string;
  title: string;
  file?: string;
  line?: number;
}

/**
 * Which violations to annotate when GitHub shows only `budget` error annotations from a step:
 * the first example of every rule first (most frequent rules first), then second examples, and
 * so on, so ten annotations show ten different problems rather than ten rows of one.
 */
export function planAnnotations(report: ValidationReport, budget: number): PlannedAnnotation[] {
  const ordered = [...report.violations].sort((a, b) => b.count - a.count);
  const planned: PlannedAnnotation[] = [];
  for (let round = 0; planned.length < budget; round++) {
    let added = false;
    for (const violation of ordered) {
      const example = violation.examples[round];
      if (!example || planned.length >= budget) continue;
      planned.push(annotationFor(violation, example));
      added = true;
    }
    if (!added) break;
  }
  return planned;
}

export function describeExample(violation: Violation, example: ViolationExample): string {
  const column = violation.column === null ? "" : ` ${violation.column}:`;
  const found = example.detail ?? `found ${JSON.stringify(example.value)}`;
  const where = example.line > 0 ? `${example.file}:${example.line}` : example.file;
  const row = example.row > 0 ? ` (row ${example.row})` : "";
  return `${where}${row}${column} expected ${violation.expected}, ${found} [${violation.rule}]`;
}

function annotationFor(violation: Violation, example: ViolationExample): PlannedAnnotation {
  const others = violation.count - 1;
  return {
    message: `${describeExample(violation, example)}${others > 0 ? ` (and ${thousands(others)} more)` : ""}`,
    title: `Data contract: ${violation.rule}${violation.column === null ? "" : ` (${violation.column})`}`,
    file: example.file,
    ...(example.line > 0 ? { line: example.line } : {}),
  };
}
