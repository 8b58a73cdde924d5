import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareRuns } from "../../lib/evaluate/compare.ts";
import { gatesSpec } from "../../lib/evaluate/gates.ts";
import type { HistoryPoint } from "../../lib/runs/run-record.ts";
import {
  MAX_CHART_POINTS,
  MAX_VERSIONS_SHOWN,
  mermaidLabel,
  mermaidNumber,
  paddedRange,
  pickHistoryMetric,
  trainingHistoryChart,
  versionsChart,
  xyChartSource,
} from "../../reports/charts.ts";
import { parseXyChart, readMarkdown } from "./render-check.ts";
import { HOSTILE_NAMES, MARKUP_PIECES } from "./scenarios.ts";

function mermaidSource(block: string): string {
  const [source] = readMarkdown(block).mermaidBlocks;
  if (source === undefined) throw new Error("no mermaid block");
  return source;
}

const history = (steps: number, value: (step: number) => Record<string, number>): HistoryPoint[] =>
  Array.from({ length: steps }, (_, index) => ({ step: index + 1, ...value(index + 1) }));

describe("mermaidLabel", () => {
  it("quotes text on one line without what would end the label, the fence or read as an entity", () => {
    expect(mermaidLabel('say "hi" `now`\n<b> #quot; done')).toBe(`"say 'hi' 'now'⏎‹b› ＃quot; done"`);
    expect(mermaidLabel("  ")).toBe('"(unnamed)"');
    expect(mermaidLabel("tab\there")).toBe('"tab here"');
    expect(mermaidLabel("%% of rows")).toBe('"%\u200b% of rows"');
    expect(mermaidLabel("x".repeat(100))).toBe(`"${"x".repeat(39)}…"`);
  });

  it("gives labels Mermaid's parser reads back, whatever the text", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: fc.constantFrom(...MARKUP_PIECES) })),
        async (text) => {
          const source = xyChartSource({
            title: text,
            xAxis: { title: text, categories: [text, "b"] },
            yAxis: { title: text },
            bars: [1, 2],
            lines: [],
          });
          const chart = await parseXyChart(source);
          expect(chart.xAxis.categories).toHaveLength(2);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("gives labels Mermaid's parser accepts for the known hostile names", async () => {
    for (const name of HOSTILE_NAMES) {
      const source = xyChartSource({
        title: name,
        xAxis: { title: name, categories: [name, `${name} 2`] },
        yAxis: { title: name },
        bars: [1, 2],
        lines: [[2, 1]],
      });
      const chart = await parseXyChart(source);
      expect(chart.xAxis.categories).toHaveLength(2);
    }
  });
});

describe("mermaidNumber", () => {
  it("writes six significant digits and never an exponent, which Mermaid cannot read", () => {
    expect(mermaidNumber(0.1 + 0.2)).toBe("0.3");
    expect(mermaidNumber(-0)).toBe("0");
    expect(mermaidNumber(1.234567e-7)).toBe("0.000000123457");
    expect(mermaidNumber(-2.5e-9)).toBe("-0.0000000025");
    expect(mermaidNumber(1.23456789e25)).toBe("12345700000000000000000000");
    expect(mermaidNumber(42)).toBe("42");
  });
});

describe("paddedRange", () => {
  it("leaves room under the lowest bar and stops at 0 for values that are never negative", () => {
    const [from, to] = paddedRange([0.9, 0.95]) ?? [Number.NaN, Number.NaN];
    expect(from).toBeLessThan(0.9);
    expect(from).toBeGreaterThan(0.8);
    expect(to).toBeGreaterThan(0.95);
    expect(paddedRange([0.01, 5])?.[0]).toBe(0);
    expect(paddedRange([-3, -1])?.[1]).toBeLessThan(0);
  });

  it("opens a range around a single value, and gives none where doubles cannot hold one", () => {
    const [from, to] = paddedRange([2, 2]) ?? [Number.NaN, Number.NaN];
    expect(from).toBeLessThan(2);
    expect(to).toBeGreaterThan(2);
    expect(paddedRange([-1.7e308, 1.7e308])).toBeUndefined();
    expect(paddedRange([2.5e-323])).toBeUndefined();
  });
});

describe("pickHistoryMetric", () => {
  it("prefers loss, then a training loss, then any loss, then any metric, and the baseline's among equals", () => {
    expect(pickHistoryMetric(history(3, (s) => ({ accuracy: s, val_loss: s, loss: s })))).toBe("loss");
    expect(pickHistoryMetric(history(3, (s) => ({ val_loss: s, train_loss: s })))).toBe("train_loss");
    expect(pickHistoryMetric(history(3, (s) => ({ accuracy: s, "val.loss": s })))).toBe("val.loss");
    const both = history(3, (s) => ({ accuracy: s, auc: s }));
    expect(pickHistoryMetric(both)).toBe("accuracy");
    expect(
      pickHistoryMetric(
        both,
        history(3, (s) => ({ auc: s })),
      ),
    ).toBe("auc");
  });

  it("needs two finite values", () => {
    expect(pickHistoryMetric(history(1, () => ({ loss: 1 })))).toBeUndefined();
    expect(pickHistoryMetric(history(3, (s) => ({ loss: s === 2 ? 0.5 : Number.NaN })))).toBeUndefined();
  });
});

describe("trainingHistoryChart", () => {
  it("spreads a long history over at most MAX_CHART_POINTS steps, the first and last kept", async () => {
    const block = trainingHistoryChart(history(500, (s) => ({ loss: 1 / s })));
    const chart = await parseXyChart(mermaidSource(block ?? ""));
    expect(chart.xAxis.categories).toHaveLength(MAX_CHART_POINTS);
    expect(chart.xAxis.categories?.[0]).toBe("1");
    expect(chart.xAxis.categories?.at(-1)).toBe("500");
    expect(block).toContain("(50 of 500 steps)");
  });

  it("reads the baseline at the candidate's steps, between its points and held beyond them", async () => {
    const candidate = history(6, (s) => ({ loss: 1 / s }));
    const baseline = [
      { step: 2, loss: 0.8 },
      { step: 4, loss: 0.4 },
    ];
    const block = trainingHistoryChart(candidate, { label: "production v3", history: baseline }) ?? "";
    const chart = await parseXyChart(mermaidSource(block));
    const bars = chart.plots.find((plot) => plot.type === "bar")?.data.map(([, value]) => value);
    expect(bars).toEqual([0.8, 0.8, 0.6, 0.4, 0.4, 0.4]);
    expect(block).toContain("Bars: production v3, which ran steps 2 to 4 and is held at its nearest value");
  });

  it("says so when the baseline lacks the metric, and draws nothing without a history", () => {
    const candidate = history(3, (s) => ({ loss: s }));
    const block = trainingHistoryChart(candidate, { label: "v3", history: history(3, (s) => ({ acc: s })) });
    expect(block).toContain("v3 has no `loss` history to compare with.");
    expect(trainingHistoryChart([])).toBeUndefined();
  });
});

describe("versionsChart", () => {
  const comparison = compareRuns({
    candidate: { metrics: { accuracy: 0.93, rmse: Number.NaN } },
    gates: gatesSpec.parse({ accuracy: { min: 0.8, max: 0.99 }, rmse: { max: 3 } }),
  });
  const [accuracy, rmse] = comparison.metrics as [
    (typeof comparison.metrics)[0],
    (typeof comparison.metrics)[0],
  ];

  it("shows the latest versions in order, then the candidate, with the min and max gates as lines", async () => {
    const versions = Array.from({ length: 20 }, (_, index) => ({
      version: 20 - index,
      metrics: { accuracy: 0.8 + (20 - index) / 200 },
    }));
    const block = versionsChart(accuracy, [...versions, { version: 21, metrics: {} }]) ?? "";
    const chart = await parseXyChart(mermaidSource(block));
    expect(chart.xAxis.categories).toEqual([
      ...Array.from({ length: MAX_VERSIONS_SHOWN }, (_, index) => `v${20 - MAX_VERSIONS_SHOWN + 1 + index}`),
      "this PR",
    ]);
    expect(chart.plots.map((plot) => plot.type)).toEqual(["bar", "line", "line"]);
    expect(block).toContain("Lines: the min gate 0.8 and the max gate 0.99.");
  });

  it("leaves out values that are not finite, and draws nothing with fewer than two bars", async () => {
    const versions = [
      { version: 1, metrics: { rmse: 2.5 } },
      { version: 2, metrics: { rmse: Number.NaN } },
      { version: 3, metrics: { rmse: 2.25 } },
    ];
    const block = versionsChart(rmse, versions) ?? "";
    const chart = await parseXyChart(mermaidSource(block));
    expect(chart.xAxis.categories).toEqual(["v1", "v3"]);
    expect(block).toContain("the candidate has no value to show");
    expect(versionsChart(rmse, versions.slice(0, 2))).toBeUndefined();
    expect(versionsChart(accuracy, [{ version: 1, metrics: { rmse: 1 } }])).toBeUndefined();
  });
});
