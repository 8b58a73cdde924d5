/** The pull requests the report tests render: fixtures in, a ReportInput out. */
import fs from "node:fs";
import path from "node:path";
import { type CompareInput, compareRuns } from "../../lib/evaluate/compare.ts";
import { gatesSpec, slicesSpec } from "../../lib/evaluate/gates.ts";
import { significanceOfCorrectness } from "../../lib/evaluate/significance.ts";
import { type HistoryPoint, historyPoint, type RunRecord, runRecord } from "../../lib/runs/run-record.ts";
import { pickBestRun, type Sweep, type SweepChoice, type SweepEntry } from "../../lib/runs/sweep.ts";
import type { SchemaChange } from "../../lib/schema/diff.ts";
import type { ValidationReport } from "../../lib/validate/validate.ts";
import type { ReportInput } from "../../reports/report.ts";

const fixtures = path.join(import.meta.dirname, "../fixtures/reports");

function readJson(name: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(fixtures, name), "utf8"));
}

export const candidateRun: RunRecord = runRecord.parse(readJson("candidate-run.json"));

export const productionHistory: HistoryPoint[] = fs
  .readFileSync(path.join(fixtures, "production-history.jsonl"), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => historyPoint.parse(JSON.parse(line)));

export const brokenData = readJson("validation-broken.json") as ValidationReport;

export const validData: ValidationReport = {
  valid: true,
  rows: 120_000,
  bytes: 1_203_344,
  files: [{ file: "data/train.csv", rows: 120_000, bytes: 1_203_344 }],
  violations: [],
  notes: [],
  durationMs: 1_840,
};

export const MARKER = "<!-- trainyard:report:churn -->";
export const HEAD_SHA = "3f9c2a1b7d4e5f60718293a4b5c6d7e8f9012345";

export const links: ReportInput["links"] = {
  run: "https://github.com/acme/churn/actions/runs/4242",
  artifacts: "https://github.com/acme/churn/actions/runs/4242#artifacts",
  modelCard: "https://github.com/acme/churn/blob/3f9c2a1/MODEL_CARD.md",
  comparisonFile: "comparison.json",
};

const gates = gatesSpec.parse({
  accuracy: { direction: "higher", min: 0.8, max_drop: 0.01 },
  latency_ms: { direction: "lower", max: 50, max_rise: "10%" },
  "val.loss": { direction: "lower" },
});

const production = {
  label: "production v3",
  metrics: { accuracy: 0.9214, f1: 0.8702, latency_ms: 43.5, "val.loss": 0.2512 },
};

/** Paired correctness for McNemar and the bootstrap: the candidate right more often. */
function accuracySignificance() {
  const examples = 2_000;
  const candidate = Array.from({ length: examples }, (_, i) => i % 100 < 93);
  const baseline = Array.from({ length: examples }, (_, i) => (i * 7) % 100 < 90);
  return significanceOfCorrectness(candidate, baseline, { resamples: 2_000 });
}

function input(compare: CompareInput, extra: Partial<ReportInput> = {}): ReportInput {
  return {
    model: "churn",
    comparison: compareRuns(compare),
    links,
    headSha: HEAD_SHA,
    marker: MARKER,
    ...extra,
  };
}

export function firstModel(): ReportInput {
  return input(
    { candidate: { metrics: candidateRun.metrics }, gates },
    {
      candidate: candidateRun,
      validation: { report: validData, schemaFile: "data/schema.json", schemaChanges: [] },
    },
  );
}

const compatibleChanges: SchemaChange[] = [
  {
    kind: "column-added",
    severity: "non-breaking",
    column: "support_tickets",
    aspect: "column",
    after: "integer",
    message: 'column "support_tickets": added (optional)',
  },
];

export function improvement(): ReportInput {
  const sliceMetrics = (shift: number) => ({
    "plan=basic": { accuracy: 0.9 + shift, f1: 0.85 + shift },
    "plan=pro": { accuracy: 0.93 + shift, f1: 0.88 + shift },
    "plan=team": { accuracy: 0.95 + shift, f1: 0.9 + shift },
  });
  return input(
    {
      candidate: { metrics: candidateRun.metrics, slices: sliceMetrics(0.01) },
      baseline: { ...production, slices: sliceMetrics(0) },
      gates,
      sliceGates: slicesSpec.parse({ gates: { accuracy: { min: 0.85, max_drop: "2%" } } }),
      significance: { accuracy: accuracySignificance() },
    },
    {
      candidate: candidateRun,
      baselineHistory: { label: "production v3", history: productionHistory },
      validation: { report: validData, schemaFile: "data/schema.json", schemaChanges: compatibleChanges },
      versionHistory: [
        { version: 1, metrics: { accuracy: 0.884 } },
        { version: 2, metrics: { accuracy: 0.9031, f1: 0.85 } },
        { version: 3, metrics: { accuracy: 0.9214, f1: 0.8702 } },
      ],
    },
  );
}

const breakingChanges: SchemaChange[] = [
  ...compatibleChanges,
  {
    kind: "tightened",
    severity: "breaking",
    column: "age",
    aspect: "constraints.minimum",
    before: 0,
    after: 18,
    message: 'column "age": minimum raised from 0 to 18 (tightened)',
  },
];

export function regression(): ReportInput {
  return input(
    {
      candidate: { metrics: { accuracy: 0.9011, f1: 0.8655, latency_ms: 51.3, "val.loss": 0.2702 } },
      baseline: production,
      gates,
    },
    {
      candidate: candidateRun,
      baselineHistory: { label: "production v3", history: productionHistory },
      validation: {
        report: brokenData,
        schemaFile: "data/schema.json",
        schemaChanges: breakingChanges,
        fullReport: "the validate-data job summary",
      },
      versionHistory: [
        { version: 2, metrics: { accuracy: 0.9031 } },
        { version: 3, metrics: { accuracy: 0.9214 } },
      ],
    },
  );
}

export function mixedSlices(): ReportInput {
  const countries = ["AT", "BE", "CH", "DE", "DK", "ES", "FR", "IE", "IT", "NL", "PL", "SE"];
  const candidate: Record<string, Record<string, number>> = {};
  const baseline: Record<string, Record<string, number>> = {};
  countries.forEach((country, index) => {
    const name = `country=${country}`;
    baseline[name] = { accuracy: 0.8 + index / 100, recall: 0.7 + index / 200, rows: 1000 + index * 37 };
    if (country === "SE") return;
    const drop = country === "DE" ? 0.09 : country === "FR" ? 0.03 : -0.005;
    candidate[name] = {
      accuracy: 0.8 + index / 100 - drop,
      recall: 0.71 + index / 200,
      rows: 1000 + index * 37,
    };
  });
  return input({
    candidate: { metrics: { accuracy: 0.93, recall: 0.74 }, slices: candidate },
    baseline: { label: "main@9e8d7c6", metrics: { accuracy: 0.925, recall: 0.735 }, slices: baseline },
    gates: gatesSpec.parse({ accuracy: { min: 0.8, max_drop: 0.01 } }),
    sliceGates: slicesSpec.parse({
      gates: { accuracy: { min: 0.75, max_drop: "2%" } },
      only: countries.map((country) => `country=${country}`),
    }),
  });
}

/** 1,000 metrics (20 gated, some failing) and 300 slices of 5 metrics each. */
export function hugeMetricSet(): ReportInput {
  const candidate: Record<string, number> = {};
  const baseline: Record<string, number> = {};
  const gateSpecs: Record<string, { min: number; max_drop: number }> = {};
  for (let index = 0; index < 1_000; index++) {
    const name = `eval.suite_${String(Math.floor(index / 50)).padStart(2, "0")}.task_${String(index).padStart(4, "0")}.accuracy`;
    baseline[name] = 0.5 + ((index * 37) % 400) / 1000;
    candidate[name] = baseline[name] + (((index * 13) % 21) - 10) / 1000;
    if (index % 50 === 0) gateSpecs[name] = { min: 0.5, max_drop: 0.005 };
  }
  const candidateSlices: Record<string, Record<string, number>> = {};
  const baselineSlices: Record<string, Record<string, number>> = {};
  for (let index = 0; index < 300; index++) {
    const name = `region=${String(index).padStart(3, "0")}/segment=${["consumer", "smb", "enterprise"][index % 3]}`;
    const values = (shift: number) => ({
      accuracy: 0.8 + (index % 17) / 100 + shift,
      precision: 0.75 + (index % 11) / 100 + shift,
      recall: 0.7 + (index % 13) / 100 + shift,
      f1: 0.72 + (index % 7) / 100 + shift,
      auc: 0.85 + (index % 5) / 100 + shift,
    });
    baselineSlices[name] = values(0);
    candidateSlices[name] = values(index % 10 === 0 ? -0.04 : 0.002);
  }
  return input(
    {
      candidate: { metrics: candidate, slices: candidateSlices },
      baseline: { label: "production v41", metrics: baseline, slices: baselineSlices },
      gates: gatesSpec.parse(gateSpecs),
      sliceGates: slicesSpec.parse({ gates: { accuracy: { min: 0.75, max_drop: "3%" } } }),
    },
    {
      candidate: candidateRun,
      baselineHistory: { label: "production v41", history: productionHistory },
      validation: { report: brokenData, schemaFile: "data/schema.json", schemaChanges: breakingChanges },
      versionHistory: Array.from({ length: 41 }, (_, index) => ({
        version: index + 1,
        metrics: { [Object.keys(gateSpecs)[0] as string]: 0.45 + index / 400 },
      })),
    },
  );
}

/** Names a user could write, and names written to break things. */
export const HOSTILE_NAMES = [
  "精度 (accuracy)",
  "naïve·bayes 😀 f1",
  "a|b|c",
  "`code` and ``more``",
  "<script>alert(1)</script>",
  "--> end of comment <!-- and start",
  "</details></summary><details>",
  "line\nbreak\r\nand\rmore",
  "# heading? **bold** _it_ ~~gone~~ [link](https://evil.example) ![img](x.png)",
  "\\|backslash pipe\\\\|",
  "quote \" and 'single' and [brackets] {braces} #quot; %% comment",
  "\u202eevil right-to-left override",
  "&lt;entity&gt; &amp; &#60;b&#62;",
  "see www.evil.example or mail@evil.example",
];

/** Pieces of text that markdown, GitHub or Mermaid read as markup, to build hostile names from. */
export const MARKUP_PIECES = [
  ..."|`<>-!\\\n\r\"'#;%[]{}&*_~:@. aé😀\u202e\u2028",
  "%%",
  "%%{",
  "}%%",
  "-->",
  "<!--",
  "```",
  "\\|",
  "#quot;",
  "&amp;",
  "<br>",
  "</details>",
  "@org/team",
  "#12",
  "https://x.test",
  "www.x.test",
];

export function hostileNames(): ReportInput {
  const candidate: Record<string, number> = {};
  const baseline: Record<string, number> = {};
  HOSTILE_NAMES.forEach((name, index) => {
    baseline[name] = 0.8 + index / 100;
    candidate[name] = 0.8 + index / 100 + (index % 3 === 0 ? -0.02 : 0.01);
  });
  const gateName = HOSTILE_NAMES[4] as string;
  const sliceOf = (shift: number) =>
    Object.fromEntries(HOSTILE_NAMES.map((name, index) => [name, { [gateName]: 0.7 + index / 100 + shift }]));
  const history = candidateRun.history.map((point) => ({
    step: point.step,
    [HOSTILE_NAMES[5] as string]: point.loss as number,
  }));
  return {
    ...input(
      {
        candidate: { metrics: candidate, slices: sliceOf(0.01) },
        baseline: { label: 'production "v3" | <b>', metrics: baseline, slices: sliceOf(0) },
        gates: gatesSpec.parse({
          [gateName]: { direction: "higher", min: 0.5, max_drop: "1%" },
          [HOSTILE_NAMES[2] as string]: { max_drop: 0.001 },
        }),
        sliceGates: slicesSpec.parse({ gates: { [gateName]: { min: 0.72 } } }),
      },
      {
        candidate: {
          ...candidateRun,
          history,
          params: { [HOSTILE_NAMES[3] as string]: "`x` | <y>", "lr\n2": 0.1 },
        },
        baselineHistory: {
          label: 'production "v3" `x`',
          history: candidateRun.history.map((point) => ({
            step: point.step,
            [HOSTILE_NAMES[5] as string]: (point.loss as number) + 0.02,
          })),
        },
        validation: {
          report: {
            ...brokenData,
            files: [{ file: "data/<b>|x`.csv", rows: 10, bytes: 100 }],
            violations: [
              {
                rule: "type",
                column: "col|<script>",
                expected: "an integer | `x`",
                count: 3,
                examples: [{ file: "x", row: 1, line: 2, value: "</details>`|" }],
              },
            ],
            notes: ["note with <img src=x onerror=alert(1)> and | pipes"],
          },
          schemaFile: "schema|<x>.json",
          schemaChanges: [
            {
              kind: "column-removed",
              severity: "breaking",
              column: "a|`<b>`",
              aspect: "column",
              message: 'column "a|`<b>`": removed',
            },
          ],
        },
        versionHistory: [
          { version: 1, metrics: { [gateName]: 0.8 } },
          { version: 2, metrics: { [gateName]: 0.83 } },
        ],
      },
    ),
    model: "churn <b>|`x`",
  };
}

export function nanAndMissing(): ReportInput {
  return input(
    {
      candidate: {
        metrics: {
          accuracy: Number.NaN,
          f1: 0.87,
          auc: Number.POSITIVE_INFINITY,
          calibration_error: 0.04,
          drift_score: 0.2,
        },
      },
      baseline: {
        label: "production v3",
        metrics: { accuracy: 0.92, f1: Number.NaN, latency_ms: 40, calibration_error: 0, drift_score: 0.2 },
      },
      gates: gatesSpec.parse({
        accuracy: { min: 0.8, max_drop: 0.01 },
        latency_ms: { max: 50 },
        f1: { max_drop: "5%" },
        calibration_error: { max_rise: 0.01 },
      }),
    },
    {
      candidate: {
        ...candidateRun,
        history: candidateRun.history.map((point, index) => ({
          ...point,
          loss: index % 7 === 3 ? Number.NaN : (point.loss as number),
        })),
        resources: {
          ...candidateRun.resources,
          cost: undefined,
          telemetry: undefined,
          gpuCount: 0,
          gpuHours: 0,
          energyKWh: 0,
        },
        environment: { ...candidateRun.environment, gpus: [] },
      },
      versionHistory: [
        { version: 1, metrics: { accuracy: Number.NaN } },
        { version: 2, metrics: { accuracy: 0.9 } },
      ],
    },
  );
}

// ---------------------------------------------------------------------------------------------
// Sweeps

/** One run of a sweep: the candidate's record with its own params, metrics, exit code and cost. */
export function sweepEntry(
  name: string,
  learningRate: number,
  metrics: Record<string, number>,
  options: { exitCode?: number; durationSeconds?: number; cost?: number } = {},
): SweepEntry {
  const record = structuredClone(candidateRun);
  record.params = { learning_rate: learningRate, epochs: 20 };
  record.metrics = metrics;
  record.exitCode = options.exitCode ?? 0;
  record.run.durationSeconds = options.durationSeconds ?? 600;
  // The sweep's runs are jobs of one workflow run.
  record.run.url = "https://github.com/acme/churn/actions/runs/7001";
  record.resources.cost =
    options.cost === undefined ? undefined : { currency: "USD", amount: options.cost, pricePerGpuHour: 2.5 };
  return { name, record, file: `sweep/${name}/run-record.json` };
}

/** Three runs: two trained (the second is best), one whose command failed; a fourth left no record. */
export function sweepOfFour(): SweepChoice {
  return pickBestRun(
    [
      sweepEntry("trainyard-churn-sweep-0", 0.05, { accuracy: 0.9102, f1: 0.86 }, { cost: 0.41 }),
      sweepEntry("trainyard-churn-sweep-1", 0.1, candidateRun.metrics, { durationSeconds: 725, cost: 0.5 }),
      sweepEntry("trainyard-churn-sweep-2", 0.2, {}, { exitCode: 137, durationSeconds: 61 }),
    ],
    "accuracy",
    "higher",
    4,
  );
}

/** A sweep of `size` runs, every one with the same accuracy but the first, for long tables. */
export function largeSweep(size: number): Sweep {
  return pickBestRun(
    Array.from({ length: size }, (_, index) =>
      sweepEntry(`trainyard-churn-sweep-${index}`, index / 100, { accuracy: index === 7 ? 0.95 : 0.9 }),
    ),
    "accuracy",
    "higher",
  ).sweep;
}

/** The improvement, its candidate the best run of a sweep. */
export function sweepImprovement(): ReportInput {
  const { sweep, best } = sweepOfFour();
  return { ...improvement(), candidate: best.record, sweep };
}
