import { describe, expect, it } from "vitest";
import {
  type Budget,
  type BudgetedDocument,
  COMMENT_BUDGET,
  fitToBudget,
  JOB_SUMMARY_BUDGET,
} from "../../reports/budget.ts";
import { REPORT_DROP_ORDER, type ReportSectionName, reportDocument } from "../../reports/report.ts";
import { readMarkdown } from "./render-check.ts";
import { hugeMetricSet, largeSweep, MARKER } from "./scenarios.ts";

type Name = "a" | "b" | "c";

/** Three sections of 100, 50 and 20 characters at their fullest, each with barer renditions. */
function toyDocument(): BudgetedDocument<Name> {
  const section = (name: Name, sizes: number[]) => ({
    name,
    renditions: sizes.map((size, level) => ({
      text: name.repeat(size),
      leftOut: level === 0 ? [] : [`${name} at level ${level}`],
    })),
  });
  return {
    header: "H",
    sections: [section("a", [100, 40, 0]), section("b", [50, 10]), section("c", [20])],
    footer: "F",
    leftOutNote: (leftOut) => `left out: ${leftOut.join(", ")}`,
  };
}

const characters = (limit: number): Budget => ({ ...COMMENT_BUDGET, limit });

describe("fitToBudget", () => {
  it("keeps everything when it fits", () => {
    const fitted = fitToBudget(toyDocument(), [{ section: "a", level: 1 }], characters(1_000));
    expect(fitted.levels).toEqual({ a: 0, b: 0, c: 0 });
    expect(fitted.leftOut).toEqual([]);
    expect(fitted.text).toBe(`H\n\n${"a".repeat(100)}\n\n${"b".repeat(50)}\n\n${"c".repeat(20)}\n\nF\n`);
  });

  it("steps down in the drop order until it fits, and says what it left out before the footer", () => {
    const fitted = fitToBudget(
      toyDocument(),
      [
        { section: "b", level: 1 },
        { section: "a", level: 1 },
      ],
      characters(140),
    );
    expect(fitted.levels).toEqual({ a: 1, b: 1, c: 0 });
    expect(fitted.text.endsWith("left out: a at level 1, b at level 1\n\nF\n")).toBe(true);
    expect(fitted.text.length).toBeLessThanOrEqual(140);
  });

  it("gives back an earlier step that the fit does not need", () => {
    // Dropping b first is not enough; a's step is; with a at level 1, b fits whole again.
    const fitted = fitToBudget(
      toyDocument(),
      [
        { section: "b", level: 1 },
        { section: "a", level: 1 },
      ],
      characters(150),
    );
    expect(fitted.levels).toEqual({ a: 1, b: 0, c: 0 });
    expect(fitted.leftOut).toEqual(["a at level 1"]);
  });

  it("leaves out a section whose rendition is empty, and skips steps for absent sections", () => {
    const document = toyDocument();
    const withoutC = { ...document, sections: document.sections.filter((section) => section.name !== "c") };
    const fitted = fitToBudget(
      withoutC,
      [
        { section: "c", level: 1 },
        { section: "a", level: 9 },
      ],
      characters(100),
    );
    expect(fitted.levels).toEqual({ a: 2, b: 0 });
    expect(fitted.text).toBe(`H\n\n${"b".repeat(50)}\n\nleft out: a at level 2\n\nF\n`);
  });

  it("throws when even the barest form is too long", () => {
    expect(() => fitToBudget(toyDocument(), [], characters(10))).toThrow(
      /at its barest, over the limit of 10/,
    );
  });

  it("measures a job summary in UTF-8 bytes", () => {
    expect(JOB_SUMMARY_BUDGET.measure("é😀")).toBe(6);
    expect(COMMENT_BUDGET.measure("é😀")).toBe(3);
  });
});

describe("the report's drop order", () => {
  const document = reportDocument({ ...hugeMetricSet(), sweep: largeSweep(60) }, "comment");

  it("steps through the sections in REPORT_DROP_ORDER", () => {
    const seen: Array<{ section: ReportSectionName; level: number }> = [];
    REPORT_DROP_ORDER.forEach((step, index) => {
      // A budget that is met only from the (index + 1)th measure on: exactly index + 1 steps are
      // taken, and every one but the last is given back.
      let measured = 0;
      const budget: Budget = { ...COMMENT_BUDGET, measure: () => (++measured <= index + 1 ? Infinity : 0) };
      const { levels } = fitToBudget(document, REPORT_DROP_ORDER, budget);
      const reduced = (Object.entries(levels) as Array<[ReportSectionName, number]>).filter(
        ([, level]) => level > 0,
      );
      expect(reduced).toEqual([[step.section, step.level]]);
      seen.push(step);
    });
    expect(seen.map((step) => `${step.section} ${step.level}`)).toEqual([
      "slices 1",
      "validation 1",
      "charts 1",
      "metrics 1",
      "training 1",
      "sweep 1",
      "metrics 2",
      "slices 2",
      "validation 2",
      "metrics 3",
      "slices 3",
    ]);
  });

  it("fits any budget from the barest form up, as valid markdown that says what it left out", () => {
    const size = (doc: typeof document) => fitToBudget(doc, [], characters(Infinity)).text.length;
    const full = size(document);
    const barest = size({
      ...document,
      sections: document.sections.map((section) => ({
        ...section,
        renditions: section.renditions.slice(-1),
      })),
    });
    expect(barest).toBeLessThan(10_000);
    for (let limit = barest; limit < full; limit += Math.ceil((full - barest) / 8)) {
      const fitted = fitToBudget(document, REPORT_DROP_ORDER, characters(limit));
      expect(fitted.text.length).toBeLessThanOrEqual(limit);
      expect(fitted.text).toContain("Shortened to fit");
      for (const leftOut of fitted.leftOut) expect(fitted.text).toContain(leftOut);
      readMarkdown(fitted.text, MARKER);
    }
  });
});
