import { describe, expect, it } from "vitest";
import type { RunRecord } from "../../lib/runs/run-record.ts";
import { type ModelCardInput, RELEASE_NOTES_LIMIT, renderModelCard } from "../../reports/model-card.ts";
import { readMarkdown } from "./render-check.ts";
import { candidateRun } from "./scenarios.ts";

const MARKER =
  "<!-- trainyard:version model=churn run=4242 artifact=trainyard-churn-run-4242-1 commit=3f9c2a1 -->";
const MERGE = "9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a291807";

const record: RunRecord = {
  ...candidateRun,
  slices: {
    "country=DE": { accuracy: 0.9401, f1: 0.9012 },
    "country=FR": { accuracy: 0.9113, f1: 0.8655 },
    "plan=pro": { accuracy: 0.8877 },
  },
};

function input(overrides: Partial<ModelCardInput> = {}): ModelCardInput {
  return {
    model: "churn",
    version: 4,
    tag: "churn-v4",
    record,
    assets: record.artifacts.map((file) => ({
      ...file,
      name: "model.safetensors",
      location: { kind: "release" },
    })),
    commit: MERGE,
    pullRequest: {
      number: 17,
      title: "Retrain on November's data",
      url: "https://github.com/acme/churn/pull/17",
      author: "ada",
      mergedBy: "grace",
      approvals: [{ login: "alice", submittedAt: "2026-11-20T11:02:00Z" }],
      basis: "approved by the code owners (.github/CODEOWNERS)",
    },
    dataProfile: { rows: 120_000, columns: 12 },
    registrationUrl: "https://github.com/acme/churn/actions/runs/4300",
    marker: MARKER,
    ...overrides,
  };
}

async function renderChecked(name: string, card: ModelCardInput) {
  const markdown = renderModelCard(card);
  expect(markdown.length).toBeLessThanOrEqual(RELEASE_NOTES_LIMIT);
  expect(markdown.startsWith(`${MARKER}\n`)).toBe(true);
  const read = readMarkdown(markdown, MARKER);
  await expect(markdown).toMatchFileSnapshot(`./__snapshots__/model-card-${name}.md`);
  return { markdown, ...read };
}

const TEMPLATE = `# {{model}} {{version}}: churn risk scores

## Intended use

Scores active customers by their risk of cancelling within 30 days, for the retention team's
weekly call list. Not for pricing or credit decisions.

## How well it does

{{metrics}}

By country and plan:

{{slices}}

## Limitations

Trained on EU customers only; scores for other regions are not calibrated.
`;

describe("renderModelCard", () => {
  it("writes a card without a template: the facts, and where to write what only the team knows", async () => {
    const { markdown, tables } = await renderChecked("default", input());
    expect(markdown).toContain("# churn v4");
    expect(markdown).toContain(
      "Registered from [\\#\u200b17 Retrain on November's data](https://github.com/acme/churn/pull/17), approved by @\u200balice.",
    );
    expect(markdown).toContain("## Intended use\n\n_Not described yet._");
    expect(markdown).toContain("## Limitations\n\n_Not described yet._");
    expect(markdown).toContain("| `accuracy` | 0.9312 |");
    expect(markdown).toContain("| country=DE | 0.9401 | 0.9012 |");
    expect(markdown).toContain("| plan=pro | 0.8877 | — |");
    expect(markdown).toContain("$4.21 (at $2.99/GPU-hour)");
    expect(markdown).toContain("A data profile of 120,000 rows and 12 columns is kept in `trainyard.json`");
    // metrics, slices, data files, cost, files; the params table is folded inside the cost section.
    expect(tables).toEqual([
      { columns: 2, rows: 4 },
      { columns: 3, rows: 3 },
      { columns: 3, rows: 1 },
      { columns: 5, rows: 1 },
      { columns: 2, rows: 7 },
      { columns: 4, rows: 1 },
    ]);
  });

  it("fills the team's template and appends the sections it does not place", async () => {
    const { markdown } = await renderChecked(
      "template",
      input({ template: { text: TEMPLATE, file: ".github/model-card.md" } }),
    );
    expect(markdown).toContain("# churn v4: churn risk scores");
    expect(markdown).toContain("## How well it does\n\n| metric | value |");
    expect(markdown).toContain("By country and plan:\n\n| slice |");
    // Placed sections come under the template's headings, not ours; the rest follow in order.
    expect(markdown).not.toContain("## Metrics\n");
    const appended = ["## Data", "## Training cost", "## Files", "## Provenance"].map((h) =>
      markdown.indexOf(h),
    );
    expect(appended.every((at) => at > markdown.indexOf("## Limitations"))).toBe(true);
    expect(appended).toEqual([...appended].sort((a, b) => a - b));
    expect(markdown).not.toContain("_Not described yet._");
  });

  it("names a misspelt placeholder at its line and column", () => {
    expect(() =>
      renderModelCard(
        input({ template: { text: "# {{model}}\n\nSee {{metric}}.\n", file: ".github/model-card.md" } }),
      ),
    ).toThrow(
      /^\.github\/model-card\.md:3:5: unknown placeholder \{\{metric\}\}; the model card knows \{\{metrics\}\}/,
    );
  });

  it("keeps 5,000 metrics and 2,000 slices within GitHub's 125,000 characters, leaving out no more than it must", async () => {
    const metrics = Object.fromEntries(
      Array.from({ length: 5_000 }, (_, i) => [
        `eval.suite_${String(i).padStart(4, "0")}.accuracy`,
        0.5 + i / 20_000,
      ]),
    );
    const slices = Object.fromEntries(
      Array.from({ length: 2_000 }, (_, i) => [`segment=${i}`, { accuracy: 0.8, f1: 0.7 }]),
    );
    const { markdown } = await renderChecked("huge", input({ record: { ...record, metrics, slices } }));
    expect(markdown).toContain("> Shortened to fit GitHub's limit of 125,000 characters for release notes.");
    // Shortening the metrics is enough: the slices, dropped first, are given back whole.
    expect(markdown).toContain("Left out: the metrics beyond the first 100.");
    expect(markdown).toContain("… and 4,900 more metrics.");
    expect(markdown).toContain("| segment=1999 | 0.8 | 0.7 |");
  });

  it("writes a card for a first model trained without slices, data files or a price", async () => {
    const bare: RunRecord = {
      ...record,
      slices: {},
      data: [],
      params: {},
      resources: { gpuCount: 0, gpuHours: 0, energyKWh: 0 },
      environment: { ...record.environment, gpus: [] },
    };
    const { markdown } = await renderChecked(
      "bare",
      input({ record: bare, dataProfile: undefined, pullRequest: undefined, registrationUrl: undefined }),
    );
    expect(markdown).toContain("The run recorded no per-slice metrics.");
    expect(markdown).toContain("No data profile was recorded");
    expect(markdown).toContain("— not priced");
  });

  it("shows an OCI location for files kept in a registry", () => {
    const markdown = renderModelCard(
      input({
        assets: [
          {
            ...record.artifacts[0]!,
            name: "model.safetensors",
            location: {
              kind: "oci",
              registry: "ghcr.io",
              repository: "acme/churn-model",
              manifestDigest: `sha256:${"c".repeat(64)}`,
              layerDigest: `sha256:${"a".repeat(64)}`,
            },
          },
        ],
      }),
    );
    expect(markdown).toContain(`\`ghcr.io/acme/churn-model@sha256:${"c".repeat(64)}\``);
  });
});
