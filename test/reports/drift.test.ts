import { describe, expect, it } from "vitest";
import { compareFeatures, type FeatureInput } from "../../lib/drift/drift.ts";
import { categoricalSample, numericalSample } from "../../lib/drift/sample.ts";
import { renderDriftReport } from "../../reports/drift.ts";
import { parseXyChart, readMarkdown, visibleText } from "./render-check.ts";
import { HOSTILE_NAMES } from "./scenarios.ts";

const numbers = (n: number, shift: number) => Array.from({ length: n }, (_, i) => ((i * 37) % 101) + shift);

function feature(name: string, values: number[] | string[]): FeatureInput {
  return typeof values[0] === "number"
    ? { definition: { name, kind: "numerical", type: "number" }, sample: numericalSample(values as number[]) }
    : {
        definition: { name, kind: "categorical", type: "string" },
        sample: categoricalSample(values as string[]),
      };
}

function report(names: string[], shifted: (index: number) => boolean) {
  return compareFeatures(
    { rows: 300, source: "profile", features: names.map((name) => feature(name, numbers(300, 0))) },
    { rows: 200, features: names.map((name, index) => feature(name, numbers(200, shifted(index) ? 40 : 0))) },
  );
}

describe("renderDriftReport", () => {
  it("says whether the dataset drifted, and shows every feature's test, statistic, p-value and PSI in a table", async () => {
    const drift = report(["age", "income", "tenure"], (index) => index < 2);
    const markdown = renderDriftReport(drift, { model: "churn" });
    expect(markdown).toContain(
      "⚠️ **Data drift for `churn`**: 2 of 3 features drifted (66.7%), at or above the 50% dataset threshold.",
    );
    expect(markdown).toContain("Current data: 200 rows, against the reference profile (300 rows).");
    const read = readMarkdown(markdown);
    expect(read.tables).toEqual([{ columns: 8, rows: 3 }]);
    expect(markdown).toMatch(
      /\| `age` +\| numerical \| Kolmogorov–Smirnov \| +0\.\d+ \| +p < 0\.001 \| +[\d.]+ \| +p ≤ 0\.05 \| ⚠️ drifted \|/,
    );
    expect(markdown).toMatch(
      /\| `tenure` +\| numerical \| Kolmogorov–Smirnov \| +0\.003333 \| +p = 1 \| +0\.0001605 \| +p ≤ 0\.05 \| no +\|/,
    );
    const [chart] = read.mermaidBlocks;
    const data = await parseXyChart(chart as string);
    expect(data.xAxis.categories).toEqual(["age", "income", "tenure"]);
    expect(data.plots.map((plot) => plot.type)).toEqual(["bar", "line"]);
    expect(data.plots[1]?.data.map(([, value]) => value)).toEqual([0.1, 0.1, 0.1]);
  });

  it("says no drift plainly, and when some features drifted but not enough for the dataset", () => {
    expect(renderDriftReport(report(["a", "b"], () => false))).toContain(
      "✅ **No drift**: none of 2 features drifted.",
    );
    expect(renderDriftReport(report(["a", "b", "c"], (index) => index === 0))).toContain(
      "✅ **No dataset drift**: 1 of 3 features drifted (33.3%), below the 50% dataset threshold.",
    );
  });

  it("keeps hostile feature names inside their cells and the chart's labels", async () => {
    const names = HOSTILE_NAMES.slice(0, 12).map((name, index) => `${name}${index}`);
    const markdown = renderDriftReport(report(names, (index) => index % 2 === 0));
    const read = readMarkdown(markdown);
    expect(read.tables).toEqual([{ columns: 8, rows: names.length }]);
    await parseXyChart(read.mermaidBlocks[0] as string);
  });

  it("shows at most maxRows features and counts the rest; notes values that came from sketches", () => {
    const names = Array.from({ length: 30 }, (_, index) => `f${index}`);
    const drift = report(names, () => false);
    const markdown = renderDriftReport(drift, { maxRows: 10 });
    expect(readMarkdown(markdown).tables).toEqual([{ columns: 8, rows: 10 }]);
    expect(markdown).toContain("…and 20 more features, none of them shown above.");
    const sketched = {
      ...drift,
      features: drift.features.map((f) => ({ ...f, exact: false, error: 0.004 })),
    };
    expect(renderDriftReport(sketched)).toContain("30 statistics came from quantile sketches");
  });

  it("lists the columns not checked", () => {
    const drift = {
      ...report(["a"], () => false),
      skipped: [{ name: "signup", reason: "date columns are not checked for drift" }],
    };
    const read = readMarkdown(renderDriftReport(drift));
    expect(visibleText(read.tree)).toContain("signup: date columns are not checked for drift");
  });
});
