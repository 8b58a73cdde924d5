import { describe, expect, it } from "vitest";
import { pickBestRun } from "../../lib/runs/sweep.ts";
import { renderReport } from "../../reports/report.ts";
import { renderSweep, SWEEP_ROWS_SHOWN, sweepSection } from "../../reports/sweep.ts";
import { readMarkdown } from "./render-check.ts";
import { largeSweep, MARKER, sweepEntry, sweepImprovement, sweepOfFour } from "./scenarios.ts";

/** The rows of the sweep's table, cell by cell, as a reader sees them. */
function sweepRows(markdown: string): string[][] {
  const section = markdown.slice(markdown.indexOf("#### Sweep")).split("\n");
  const start = section.findIndex((line) => line.startsWith("|"));
  const end = section.findIndex((line, index) => index > start && !line.startsWith("|"));
  return section.slice(start + 2, end === -1 ? undefined : end).map((line) =>
    line
      .slice(1, -1)
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim()),
  );
}

describe("the sweep in the report", () => {
  it("lists every run with its params, metric, duration and cost, the best marked and compared with production", async () => {
    const markdown = renderReport(sweepImprovement());
    await expect(markdown).toMatchFileSnapshot("./__snapshots__/report-sweep.md");
    readMarkdown(markdown, MARKER);
    expect(markdown).toContain(
      "4 runs (2 failed); the best by `accuracy` (higher is better), `trainyard-churn-sweep-1`, is the candidate compared with production v3.",
    );
    const run = "https://github.com/acme/churn/actions/runs/7001";
    expect(sweepRows(markdown)).toEqual([
      [
        `**[trainyard-churn-sweep-1](${run})**`,
        "🏆 best",
        "`learning_rate=0.1` `epochs=20`",
        "0.9312",
        "12 min 5 s",
        "$0.50",
      ],
      [
        `[trainyard-churn-sweep-0](${run})`,
        "✅",
        "`learning_rate=0.05` `epochs=20`",
        "0.9102",
        "10 min 0 s",
        "$0.41",
      ],
      [
        `[trainyard-churn-sweep-2](${run})`,
        "❌ failed (exit 137)",
        "`learning_rate=0.2` `epochs=20`",
        "—",
        "1 min 1 s",
        "—",
      ],
      ["run 4 of 4", "❌ no record", "—", "—", "—", "—"],
    ]);
    // The sweep comes after the comparison it explains, before the data and training sections.
    expect(markdown.indexOf("#### Sweep")).toBeGreaterThan(markdown.indexOf("| `accuracy` |"));
    expect(markdown.indexOf("#### Sweep")).toBeLessThan(markdown.indexOf("#### Training"));
  });

  it("shows the same table in evaluate's job summary", () => {
    const summary = renderSweep(sweepOfFour().sweep, "churn", "production v3");
    expect(summary.startsWith("### Sweep of `churn`\n\n4 runs (2 failed)")).toBe(true);
    expect(sweepRows(summary.replace("### Sweep of", "#### Sweep of"))).toEqual(
      sweepRows(renderReport(sweepImprovement())),
    );
  });

  it("says when a run trained but did not record the metric, and judges lower-is-better metrics by the lowest", () => {
    const { sweep } = pickBestRun(
      [
        sweepEntry("a", 0.1, { "val.loss": 0.4 }),
        sweepEntry("b", 0.2, { "val.loss": 0.3 }),
        sweepEntry("c", 0.3, { accuracy: 0.9 }),
      ],
      "val.loss",
      "lower",
    );
    const rows = sweepRows(renderSweep(sweep, "churn").replace("### Sweep", "#### Sweep"));
    expect(rows.map((row) => [row[0]?.replace(/\]\(.*\)/, "]"), row[1], row[3]])).toEqual([
      ["**[b]**", "🏆 best", "0.3"],
      ["[a]", "✅", "0.4"],
      ["[c]", "✅", "— not recorded"],
    ]);
    expect(renderSweep(sweep, "churn")).toContain("`val.loss` ↓");
  });

  it("breaks a tie by name, so a re-run picks the same run, and says so", () => {
    const entries = [
      sweepEntry("run-2", 0.2, { accuracy: 0.9 }),
      sweepEntry("run-10", 0.1, { accuracy: 0.9 }),
    ];
    const { sweep } = pickBestRun(entries, "accuracy", "higher");
    expect(sweep.best).toBe("run-2");
    expect(pickBestRun([...entries].reverse(), "accuracy", "higher").sweep.best).toBe("run-2");
    const summary = renderSweep(sweep, "churn");
    expect(summary).toContain("It ties with `run-10`; the first by name is taken.");
    expect(summary).toContain("🏆 best (tie)");
    expect(summary).toContain("✅ tie");
  });

  it("names every run and why when none can be the candidate", () => {
    expect(() =>
      pickBestRun(
        [sweepEntry("a", 0.1, {}, { exitCode: 1 }), sweepEntry("b", 0.2, { f1: 0.8 })],
        "accuracy",
        "higher",
        3,
      ),
    ).toThrow(
      'no run of the sweep recorded the metric "accuracy" and succeeded: a failed (exit 1); b has no "accuracy" (it recorded f1); 1 left no record',
    );
  });

  it("keeps the best in sight when a long sweep is cut to fit the comment", () => {
    const sweep = largeSweep(60);
    expect(sweepRows(renderReport({ ...sweepImprovement(), sweep }))).toHaveLength(60);
    const [full, cut] = sweepSection(sweep).renditions;
    expect(full?.leftOut).toEqual([]);
    expect(cut?.leftOut).toEqual([`the sweep's runs beyond the first ${SWEEP_ROWS_SHOWN}`]);
    const rows = sweepRows(cut?.text ?? "");
    expect(rows).toHaveLength(SWEEP_ROWS_SHOWN);
    expect(rows[0]?.slice(0, 2)).toEqual([
      "**[trainyard-churn-sweep-7](https://github.com/acme/churn/actions/runs/7001)**",
      "🏆 best",
    ]);
    expect(cut?.text).toContain(`… and ${60 - SWEEP_ROWS_SHOWN} more runs, in \`sweep.json\`.`);
  });
});
