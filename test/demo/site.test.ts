import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DemoManifest, MERMAID_ASSET, writeDemoSite } from "../../cli/demo/site.ts";
import { compareFeatures, type FeatureInput } from "../../lib/drift/drift.ts";
import { numericalSample } from "../../lib/drift/sample.ts";
import { DataError } from "../../lib/errors.ts";
import { renderDriftReport } from "../../reports/drift.ts";
import { renderModelCard } from "../../reports/model-card.ts";
import { renderReport } from "../../reports/report.ts";
import { chromiumMissing, openDemoSite, type RenderedSite } from "../helpers/browser.ts";
import { readMarkdown } from "../reports/render-check.ts";
import { candidateRun, hostileNames, improvement } from "../reports/scenarios.ts";

const temp = fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-demo-site-"));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

let folders = 0;
/** A demo output folder: the markdown files and the steps.json that names them. */
function demoOut(manifest: DemoManifest, files: Record<string, string>): string {
  const dir = path.join(temp, `out-${++folders}`);
  fs.mkdirSync(dir);
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  fs.writeFileSync(path.join(dir, "steps.json"), JSON.stringify(manifest, null, 2));
  return dir;
}

function driftMarkdown(): string {
  const values = (n: number, shift: number) => Array.from({ length: n }, (_, i) => ((i * 37) % 101) + shift);
  const feature = (name: string, sample: number[]): FeatureInput => ({
    definition: { name, kind: "numerical", type: "number" },
    sample: numericalSample(sample),
  });
  const names = ["tenure_months", "monthly_charges", "support_calls"];
  const drift = compareFeatures(
    { rows: 300, source: "profile", features: names.map((name) => feature(name, values(300, 0))) },
    { rows: 200, features: names.map((name, i) => feature(name, values(200, i < 2 ? 40 : 0))) },
  );
  return renderDriftReport(drift, { model: "churn" });
}

function modelCardMarkdown(): string {
  return renderModelCard({
    model: "churn",
    version: 2,
    tag: "churn-v2",
    record: candidateRun,
    assets: candidateRun.artifacts.map((file) => ({
      ...file,
      name: "model.safetensors",
      location: { kind: "release" },
    })),
    commit: "9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a291807",
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
    marker: "<!-- trainyard:version model=churn run=4242 -->",
  });
}

const HOSTILE = `# Nothing to see

<script>alert("script")</script>
<img src="missing.png" onerror="alert('img')">
<details open ontoggle="alert('toggle')"><summary>Open me</summary>inside</details>
<svg onload="alert('svg')"><circle r="5"/></svg>
<iframe src="javascript:alert('iframe')"></iframe>
<a href="jav&#x61;script:alert('entity')">entity link</a>
<a href="java&Tab;script:alert('tab')">tab link</a>
<a href="JAVASCRIPT:alert('upper')">upper link</a>

[markdown link](javascript:alert('markdown'))

<p style="x" onclick="alert('click')" title="ok">a paragraph</p>
`;

describe("writeDemoSite", () => {
  it("names the missing file and its place in steps.json", async () => {
    const dir = demoOut(
      {
        title: "Demo",
        project: "churn",
        steps: [
          { id: "pr", title: "Pull request", summary: "", files: [{ path: "pr.md", title: "PR" }] },
          { id: "ci", title: "CI", summary: "", files: [{ path: "ci/report.md", title: "Report" }] },
        ],
      },
      { "pr.md": "# hello\n" },
    );
    const error = await writeDemoSite(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).message).toBe(
      `${path.join(dir, "steps.json")} steps[1].files[0].path: cannot read ci/report.md: ENOENT`,
    );
    expect(fs.existsSync(path.join(dir, "index.html"))).toBe(false);
  });

  it("names the field of a manifest that is not what it must be", async () => {
    const dir = demoOut(
      {
        title: "Demo",
        project: "churn",
        steps: [{ id: "pr", title: "PR", summary: "", files: [{ path: "../../etc/passwd", title: "x" }] }],
      },
      {},
    );
    await expect(writeDemoSite(dir)).rejects.toThrow(
      `${path.join(dir, "steps.json")} steps[0].files[0].path: not a demo manifest: must be a path inside the demo's output folder`,
    );
    await expect(writeDemoSite(path.join(temp, "nowhere"))).rejects.toThrow(
      /nowhere\/steps\.json: the demo's manifest is missing/,
    );
  });
});

const skip = chromiumMissing();
if (skip) console.warn(skip);

describe.skipIf(skip !== undefined)("the demo site in headless Chromium", () => {
  const files = {
    "pr/report.md": renderReport(improvement()),
    "pr/hostile-names.md": renderReport(hostileNames()),
    "monitor/drift.md": driftMarkdown(),
    "release/model-card.md": modelCardMarkdown(),
  };
  const manifest: DemoManifest = {
    title: "Trainyard demo",
    project: "acme/churn",
    steps: [
      {
        id: "pr",
        title: "A pull request is reported on",
        summary: "The bot comments the evaluation on the pull request.",
        files: [
          { path: "pr/report.md", title: "Report comment" },
          { path: "pr/hostile-names.md", title: "Report with hostile names" },
        ],
      },
      {
        id: "drift",
        title: "Drifted data arrives",
        summary: "The monitor compares new data with the reference profile.",
        files: [{ path: "monitor/drift.md", title: "Drift report" }],
      },
      {
        id: "release",
        title: "Version 2 is registered",
        summary: "A GitHub release with the model card.",
        files: [{ path: "release/model-card.md", title: "Release notes" }],
      },
    ],
  };
  // The reports' own check of their markdown, less the hidden marker each starts with.
  const read = Object.values(files).map((markdown) =>
    readMarkdown(markdown, /^<!-- trainyard:[^\n]*-->/.exec(markdown)?.[0]),
  );
  let index: string;
  let site: RenderedSite;

  beforeAll(async () => {
    index = await writeDemoSite(demoOut(manifest, files));
    site = await openDemoSite(index);
  }, 60_000);

  it("shows every step and file with its title, and nothing went wrong in the page", () => {
    expect(site.title).toBe("Trainyard demo");
    expect(site.steps).toEqual(manifest.steps.map((step) => step.title));
    expect(site.fileTitles).toEqual(manifest.steps.flatMap((step) => step.files.map((file) => file.title)));
    for (const step of manifest.steps) expect(site.visibleText).toContain(step.summary);
    expect(site.consoleErrors).toEqual([]);
    expect(site.pageErrors).toEqual([]);
  });

  it("draws every Mermaid chart the reports wrote, offline from file://", () => {
    const charts = read.reduce((sum, r) => sum + r.mermaidBlocks.length, 0);
    expect(charts).toBeGreaterThanOrEqual(4);
    expect(site.mermaid).toBe("done");
    expect(site.charts).toBe(charts);
    expect(site.chartErrors).toEqual([]);
    expect(site.chartsRendered).toBe(charts);
    expect(fs.existsSync(path.join(path.dirname(index), MERMAID_ASSET))).toBe(true);
  });

  it("renders the GFM tables and folded details, and hides the reports' markers", () => {
    expect(site.tables).toBe(read.reduce((sum, r) => sum + r.tables.length, 0));
    expect(site.details).toBeGreaterThan(0);
    expect(site.visibleText).toContain("ready to promote");
    expect(site.visibleText).not.toContain("trainyard:report");
    expect(site.visibleText).not.toContain("trainyard:version");
    // A name that looks like a comment is text in a code span, shown as GitHub shows it.
    expect(site.visibleText).toContain("--> end of comment <!-- and start");
  });

  it("runs nothing a hostile file carries, even when its links are clicked", async () => {
    const hostile = await writeDemoSite(
      demoOut(
        {
          title: "Hostile",
          project: "x",
          steps: [{ id: "x", title: "Hostile", summary: "", files: [{ path: "x.md", title: "x" }] }],
        },
        { "x.md": HOSTILE },
      ),
    );
    const seen = await openDemoSite(hostile, { clickLinks: true });
    expect(seen.dialogs).toEqual([]);
    expect(seen.pageErrors).toEqual([]);
    expect(seen.scripts).toEqual([MERMAID_ASSET, "inline"]);
    expect(seen.eventHandlers).toEqual([]);
    expect(seen.scriptUrls).toEqual([]);
    // What GitHub keeps stays: the details, the links' text, the paragraph.
    expect(seen.details).toBe(1);
    expect(seen.visibleText).toContain("entity link");
    expect(seen.visibleText).toContain("markdown link");
    expect(seen.visibleText).toContain("a paragraph");
    expect(seen.visibleText).not.toContain("onerror");
    // GFM's tag filter shows a script tag as text, as GitHub does.
    expect(seen.visibleText).toContain('<script>alert("script")</script>');
  }, 30_000);

  it("says which chart did not render, in Mermaid's words, and draws the others", async () => {
    const broken = "```mermaid\nxychart-beta\n  bar [1, oops\n```\n";
    const page = await writeDemoSite(
      demoOut(manifest, { ...files, "monitor/drift.md": `${broken}\n${files["monitor/drift.md"]}` }),
    );
    const seen = await openDemoSite(page);
    const charts = read.reduce((sum, r) => sum + r.mermaidBlocks.length, 0);
    expect(seen.charts).toBe(charts + 1);
    expect(seen.chartsRendered).toBe(charts);
    expect(seen.chartErrors).toHaveLength(1);
    expect(seen.chartErrors[0]).toMatch(
      /^This chart did not render: Parse error on line 2:[\s\S]*got 'ALPHA'/,
    );
  }, 30_000);

  it("keeps the charts' source and says so when Mermaid's script is gone", async () => {
    const dir = demoOut(manifest, files);
    const page = await writeDemoSite(dir);
    fs.rmSync(path.join(dir, MERMAID_ASSET));
    const seen = await openDemoSite(page);
    expect(seen.mermaid).toBe("unavailable");
    expect(seen.chartsRendered).toBe(0);
    expect(seen.visibleText).toContain("Mermaid did not load");
    expect(seen.visibleText).toContain("xychart-beta");
  }, 30_000);
});
