import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareRuns } from "../../lib/evaluate/compare.ts";
import { gatesSpec } from "../../lib/evaluate/gates.ts";
import { COMMENT_BUDGET } from "../../reports/budget.ts";
import { renderReport } from "../../reports/report.ts";
import { parseXyChart, readMarkdown } from "./render-check.ts";
import { candidateRun, HEAD_SHA, HOSTILE_NAMES, links, MARKER, MARKUP_PIECES } from "./scenarios.ts";

/** Names from any code point, from pieces of markup, and known bad ones. */
const metricName = fc.oneof(
  fc.string({ unit: "binary", maxLength: 80 }),
  fc.string({ unit: fc.constantFrom(...MARKUP_PIECES), maxLength: 30 }),
  fc.constantFrom(...HOSTILE_NAMES),
);

const value = fc.oneof(
  fc.double(),
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0, -0),
);

const metricRow = (name: fc.Arbitrary<string>) =>
  fc.record({
    name,
    candidate: fc.option(value, { nil: undefined }),
    baseline: fc.option(value, { nil: undefined }),
    gated: fc.boolean(),
  });

function defined(entries: Array<[string, number | undefined]>): Record<string, number> {
  return Object.fromEntries(entries.filter((entry): entry is [string, number] => entry[1] !== undefined));
}

type MetricRow = ReturnType<typeof metricRow> extends fc.Arbitrary<infer Row> ? Row : never;

function report(rows: MetricRow[], sliceNames: string[], withBaseline: boolean, gatesAtMost = 30) {
  const candidate = defined(rows.map((row) => [row.name, row.candidate]));
  const baseline = defined(rows.map((row) => [row.name, row.baseline]));
  const slices = Object.fromEntries(sliceNames.map((name) => [name, candidate]));
  // The config's schema takes non-empty names only.
  const gated = rows.filter((row) => row.gated && row.name !== "").slice(0, gatesAtMost);
  const comparison = compareRuns({
    candidate: { metrics: candidate, slices },
    ...(withBaseline ? { baseline: { label: "production v3", metrics: baseline, slices: {} } } : {}),
    gates: gatesSpec.parse(Object.fromEntries(gated.map((row) => [row.name, { min: 0.5, max_drop: 0.01 }]))),
  });
  const history = Array.from({ length: 12 }, (_, step) => ({
    step,
    ...defined(
      rows.slice(0, 3).map((row) => [row.name, row.candidate === undefined ? step : row.candidate + step]),
    ),
  }));
  return renderReport({
    model: rows[0]?.name ?? "model",
    comparison,
    candidate: { ...candidateRun, history },
    baselineHistory: { label: rows[1]?.name ?? "baseline", history: history.slice(3) },
    versionHistory: [1, 2, 3].map((version) => ({ version, metrics: baseline })),
    links,
    headSha: HEAD_SHA,
    marker: MARKER,
  });
}

async function expectWellFormed(markdown: string) {
  expect(markdown.length).toBeLessThanOrEqual(COMMENT_BUDGET.limit);
  const { mermaidBlocks } = readMarkdown(markdown, MARKER);
  for (const block of mermaidBlocks) await parseXyChart(block);
}

describe("any metric names and values", () => {
  it("render as well-formed markdown whose charts Mermaid parses", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(metricRow(metricName), { selector: (row) => row.name, minLength: 1, maxLength: 25 }),
        fc.uniqueArray(metricName, { maxLength: 8 }),
        fc.boolean(),
        async (rows, sliceNames, withBaseline) => {
          await expectWellFormed(report(rows, sliceNames, withBaseline));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("stay under the comment's limit however many there are and however long their names", async () => {
    // Long names, and names of markup that escaping makes longer still, every metric gated.
    const longName = fc.oneof(
      fc.string({ unit: "binary", minLength: 100, maxLength: 400 }),
      fc.string({ unit: fc.constantFrom("|", "`", "\\", "<", "_"), minLength: 100, maxLength: 400 }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(metricRow(longName), {
          selector: (row) => row.name,
          minLength: 1_500,
          maxLength: 2_000,
        }),
        fc.uniqueArray(longName, { minLength: 200, maxLength: 400 }),
        async (rows, sliceNames) => {
          const markdown = report(rows, sliceNames, true, Number.POSITIVE_INFINITY);
          expect(markdown).toContain("Shortened to fit");
          await expectWellFormed(markdown);
        },
      ),
      // Each run renders thousands of rows; shrinking such inputs would take minutes.
      { numRuns: 3, endOnFailure: true },
    );
  });
});
