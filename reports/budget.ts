/**
 * The length budget of a report. GitHub refuses a comment longer than 65,536 characters and cuts
 * a job summary at 1 MiB, so a report is assembled from sections, each rendered in a few
 * renditions from the fullest to the barest, and a fixed drop order says which section gives up
 * detail first. Sections step down in that order until the whole fits, and earlier steps the fit
 * turns out not to need are given back; what was left out is said in a note before the footer, so
 * a reader knows it is elsewhere, not missing.
 *
 * By design each section's barest rendition is bounded by constants, not by the input, so every
 * input fits; a document whose barest form is still too long (only a header or footer the caller
 * made huge can do that) is a programming error and throws.
 */
import { thousands } from "../lib/format.ts";

export interface Rendition {
  text: string;
  /** What this rendition shows less of than the fullest, in the reader's words: "the rows of 280 passing slices". */
  leftOut: string[];
}

export interface Section<Name extends string = string> {
  name: Name;
  /** From the fullest to the barest; an empty text leaves the section out. */
  renditions: Rendition[];
}

/** One step of a drop order: while the document is too long, move `section` to rendition `level`. */
export interface DropStep<Name extends string = string> {
  section: Name;
  level: number;
}

export interface Budget {
  /** The most the text may measure, in `unit`. */
  limit: number;
  unit: "characters" | "bytes";
  /** The text's size in `unit`. */
  measure(text: string): number;
}

/**
 * GitHub counts a comment's characters; JavaScript's length counts UTF-16 code units, never fewer
 * than characters, so the measure errs on the safe side.
 */
export const COMMENT_BUDGET: Budget = { limit: 65_536, unit: "characters", measure: (text) => text.length };

const utf8 = new TextEncoder();

/** A step summary is cut at 1 MiB of UTF-8. */
export const JOB_SUMMARY_BUDGET: Budget = {
  limit: 1_048_576,
  unit: "bytes",
  measure: (text) => utf8.encode(text).length,
};

export interface BudgetedDocument<Name extends string> {
  /** Kept first, whole: a hidden marker. */
  header?: string;
  sections: Section<Name>[];
  /** Kept last, whole: links and when the report was made. */
  footer?: string;
  /** The note saying what was left out and where to find it, put before the footer. */
  leftOutNote(leftOut: string[]): string;
}

export interface FittedDocument<Name extends string> {
  text: string;
  /** The rendition each section ended at (0 = fullest). */
  levels: Record<Name, number>;
  /** What the chosen renditions leave out, in section order. */
  leftOut: string[];
}

/**
 * Steps down the drop order until the document fits, then gives back, latest step first, every
 * earlier step the document still fits without: detail is lost in the drop order's priority, and
 * no more of it than the budget needs.
 */
export function fitToBudget<Name extends string>(
  document: BudgetedDocument<Name>,
  dropOrder: readonly DropStep<Name>[],
  budget: Budget,
): FittedDocument<Name> {
  const levels = Object.fromEntries(document.sections.map((section) => [section.name, 0])) as Record<
    Name,
    number
  >;
  const fits = (candidate: FittedDocument<Name>) => budget.measure(candidate.text) <= budget.limit;
  let fitted = assemble(document, levels);
  const taken: Array<{ section: Name; from: number; to: number }> = [];
  for (const step of dropOrder) {
    if (fits(fitted)) break;
    const section = document.sections.find((candidate) => candidate.name === step.section);
    if (!section) continue;
    const level = Math.min(step.level, section.renditions.length - 1);
    if (level <= levels[step.section]) continue;
    taken.push({ section: step.section, from: levels[step.section], to: level });
    levels[step.section] = level;
    fitted = assemble(document, levels);
  }
  if (!fits(fitted)) {
    const size = thousands(budget.measure(fitted.text));
    throw new RangeError(
      `the report is ${size} ${budget.unit} at its barest, over the limit of ${thousands(budget.limit)}`,
    );
  }
  for (const step of taken.slice(0, -1).reverse()) {
    if (levels[step.section] !== step.to) continue;
    levels[step.section] = step.from;
    const fuller = assemble(document, levels);
    if (fits(fuller)) fitted = fuller;
    else levels[step.section] = step.to;
  }
  return fitted;
}

function assemble<Name extends string>(
  document: BudgetedDocument<Name>,
  levels: Record<Name, number>,
): FittedDocument<Name> {
  const chosen = document.sections.map((section) => section.renditions[levels[section.name]] as Rendition);
  const leftOut = chosen.flatMap((rendition) => rendition.leftOut);
  const parts = [
    document.header,
    ...chosen.map((rendition) => rendition.text),
    leftOut.length > 0 ? document.leftOutNote(leftOut) : undefined,
    document.footer,
  ].filter((part): part is string => part !== undefined && part !== "");
  return { text: `${parts.join("\n\n")}\n`, levels: { ...levels }, leftOut };
}
