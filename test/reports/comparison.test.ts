import { describe, expect, it } from "vitest";
import { JOB_SUMMARY_BUDGET } from "../../reports/budget.ts";
import { renderComparison } from "../../reports/comparison.ts";
import { readMarkdown } from "./render-check.ts";
import { hugeMetricSet, mixedSlices } from "./scenarios.ts";

describe("renderComparison", () => {
  it("renders the evaluate step's job summary: the verdict, the metrics and the slices", async () => {
    const { comparison, model } = mixedSlices();
    const markdown = renderComparison(comparison, model);
    expect(readMarkdown(markdown).tables).toEqual([
      { columns: 6, rows: 2 },
      { columns: 3, rows: 3 },
      { columns: 3, rows: 9 },
    ]);
    await expect(markdown).toMatchFileSnapshot("./__snapshots__/comparison-mixed-slices.md");
  });

  it("keeps every row of a large comparison, which fits a job summary", () => {
    const { comparison, model } = hugeMetricSet();
    const markdown = renderComparison(comparison, model);
    expect(JOB_SUMMARY_BUDGET.measure(markdown)).toBeLessThanOrEqual(JOB_SUMMARY_BUDGET.limit);
    expect(markdown).not.toContain("Shortened to fit");
    const { tables } = readMarkdown(markdown);
    expect(tables.reduce((rows, shape) => rows + shape.rows, 0)).toBe(1_000 + 300);
  });
});
