import { describe, expect, it } from "vitest";
import { COMMENT_BUDGET } from "../../reports/budget.ts";
import { type ReportInput, renderReport } from "../../reports/report.ts";
import { parseXyChart, readMarkdown } from "./render-check.ts";
import {
  firstModel,
  HEAD_SHA,
  hostileNames,
  hugeMetricSet,
  improvement,
  MARKER,
  mixedSlices,
  nanAndMissing,
  regression,
} from "./scenarios.ts";

/** Renders, checks what must hold of every report, and writes the snapshot GitHub will show. */
async function renderChecked(name: string, input: ReportInput) {
  const markdown = renderReport(input);
  expect(markdown.length).toBeLessThanOrEqual(COMMENT_BUDGET.limit);
  expect(markdown.startsWith(`${MARKER}\n`)).toBe(true);
  expect(markdown).toContain(`Last updated for \`${HEAD_SHA.slice(0, 7)}\``);
  const read = readMarkdown(markdown, MARKER);
  const charts = await Promise.all(read.mermaidBlocks.map(parseXyChart));
  await expect(markdown).toMatchFileSnapshot(`./__snapshots__/report-${name}.md`);
  return { markdown, ...read, charts };
}

describe("renderReport", () => {
  it("reports a first model against its absolute bars", async () => {
    const { markdown, tables, charts } = await renderChecked("first-model", firstModel());
    expect(markdown).toContain("### ⚠️ `churn`: no baseline yet, a first model");
    expect(markdown).toContain("2 skipped (change gates need a baseline)");
    // metric | candidate | gate, one row per metric; then the cost table and the params.
    expect(tables[0]).toEqual({ columns: 3, rows: 4 });
    expect(tables[1]).toEqual({ columns: 5, rows: 1 });
    expect(charts).toHaveLength(1);
    expect(charts[0]?.plots.map((plot) => plot.type)).toEqual(["line"]);
  });

  it("reports an improvement with significance, slices, history and versions", async () => {
    const { markdown, tables, charts } = await renderChecked("improvement", improvement());
    expect(markdown).toContain("### ✅ `churn`: ready to promote, better or level with production v3");
    expect(markdown).toMatch(
      /\| `accuracy` \| 0\.9214 \| \*\*0\.9312\*\* \| ▲ \+0\.0098 better \| \+1\.06% \|/,
    );
    expect(tables[0]).toEqual({ columns: 7, rows: 4 });
    // Three slices: one open table of slice | result | gated metric.
    expect(tables[1]).toEqual({ columns: 3, rows: 3 });
    expect(charts.map((chart) => chart.plots.map((plot) => plot.type))).toEqual([
      ["bar", "line"],
      ["bar", "line"],
    ]);
    expect(charts[1]?.xAxis.categories).toEqual(["v1", "v2", "v3", "this PR"]);
  });

  it("reports a regression that fails its gates, with broken data and a breaking schema change", async () => {
    const { markdown } = await renderChecked("regression", regression());
    expect(markdown).toContain("### ❌ `churn`: gate failed, not ready to promote");
    expect(markdown).toContain("- ❌ accuracy dropped 0.0203, more than max_drop 0.01");
    expect(markdown).toContain("❌ Data contract broken: 3,616 violations of 3 rules");
    expect(markdown).toContain("1 breaking");
  });

  it("puts failing slices first and folds the passing ones", async () => {
    const { markdown, tables } = await renderChecked("mixed-slices", mixedSlices());
    expect(markdown).toContain("12 slices, 3 failing");
    expect(markdown).toContain("❌ not in the candidate's results");
    expect(tables[1]).toEqual({ columns: 3, rows: 3 });
    expect(tables[2]).toEqual({ columns: 3, rows: 9 });
    expect(markdown).toContain("<details><summary>9 passing slices</summary>");
  });

  it("keeps 1,000 metrics and 300 slices under the comment limit and says what it left out", async () => {
    const { markdown } = await renderChecked("huge", hugeMetricSet());
    expect(markdown.length).toBeLessThan(65_536);
    expect(markdown).toContain("> Shortened to fit GitHub's limit of 65,536 characters for a comment.");
    expect(markdown).toContain(
      "The run's [job summary](https://github.com/acme/churn/actions/runs/4242) has more",
    );
    expect(markdown).toMatch(/Left out: [^\n]*the rows of 880 ungated metrics beyond the first 100/);
  });

  it("escapes unicode and hostile names everywhere they appear", async () => {
    const { markdown, html, charts } = await renderChecked("hostile-names", hostileNames());
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(markdown).not.toContain("\u202e");
    for (const chart of charts) expect(chart.plots.length).toBeGreaterThan(0);
  });

  it("shows NaN and missing values as a dash and a word", async () => {
    const { markdown } = await renderChecked("nan-and-missing", nanAndMissing());
    expect(markdown).toContain("**— NaN**");
    expect(markdown).toContain("**— missing**");
    expect(markdown).toContain("— new");
    expect(markdown).toContain("∞");
    expect(markdown).toContain("— not priced");
  });

  it("rejects a marker that is not one closed HTML comment", () => {
    expect(() => renderReport({ ...firstModel(), marker: "<!-- a --> b -->" })).toThrow(/marker/);
    expect(() => renderReport({ ...firstModel(), marker: "trainyard" })).toThrow(/marker/);
  });

  it("keeps more in a job summary than in a comment", () => {
    const input = hugeMetricSet();
    const summary = renderReport(input, "job-summary");
    expect(summary.length).toBeGreaterThan(renderReport(input).length);
    expect(summary).not.toContain("Shortened to fit");
    readMarkdown(summary, MARKER);
  });
});
