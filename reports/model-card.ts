import { ConfigError } from "../lib/errors.ts";
import { formatNumber } from "../lib/evaluate/compare.ts";
import { thousands } from "../lib/format.ts";
import type { Approval } from "../lib/registry/approvals.ts";
import type { AssetLocation } from "../lib/registry/model-store.ts";
import type { FileDigest, RunRecord } from "../lib/runs/run-record.ts";
import type { DropStep, Rendition, Section } from "./budget.ts";
import { bytes, cell, code, details, link, plural, table } from "./markdown.ts";
import { costTable } from "./report.ts";

/**
 * The model card: a model version's release notes. What the model is for and where it falls
 * short come from the team's template (`.github/model-card.md`); what was measured, on which
 * data, at what cost, from which reviewed change, is filled in from the version's metadata.
 * Pure: text in, text out, within GitHub's 125,000 characters for release notes.
 */

/** GitHub refuses release notes longer than this. */
export const RELEASE_NOTES_LIMIT = 125_000;

export interface ModelCardInput {
  model: string;
  version: number;
  tag: string;
  record: RunRecord;
  assets: Array<FileDigest & { name: string; location?: AssetLocation | undefined }>;
  /** The commit the version's tag points at. */
  commit: string;
  pullRequest?: {
    number: number;
    title: string;
    url: string;
    author: string;
    mergedBy?: string | undefined;
    approvals: Approval[];
    /** Why the approvals sufficed: "approved by the code owners (.github/CODEOWNERS)". */
    basis: string;
  };
  /** What the data profile recorded for drift checks, in a line (columns and rows). */
  dataProfile?: { columns: number; rows: number } | undefined;
  /** The registering workflow run. */
  registrationUrl?: string | undefined;
  template?: { text: string; file: string } | undefined;
  /** A hidden marker put first (one HTML comment on one line). */
  marker: string;
}

/** Generated sections, by the placeholder that places them in a template. */
export type CardSectionName = "metrics" | "slices" | "data" | "cost" | "files" | "provenance";
const GENERATED: readonly CardSectionName[] = ["metrics", "slices", "data", "cost", "files", "provenance"];
/** The heading a section gets when it is appended; a placeholder puts it under the template's own. */
const HEADINGS: Record<CardSectionName, string> = {
  metrics: "## Metrics",
  slices: "## Metrics by slice",
  data: "## Data",
  cost: "## Training cost",
  files: "## Files",
  provenance: "## Provenance",
};
const SCALARS = ["model", "version", "tag", "commit"] as const;

/** What a card gives up, in this order, while it is too long. */
export const CARD_DROP_ORDER: readonly DropStep<CardSectionName>[] = [
  { section: "slices", level: 1 },
  { section: "cost", level: 1 },
  { section: "metrics", level: 1 },
  { section: "data", level: 1 },
  { section: "files", level: 1 },
  { section: "slices", level: 2 },
  { section: "metrics", level: 2 },
];

const PLACEHOLDER = /\{\{\s*([A-Za-z_-]+)\s*\}\}/g;
const ROWS_SHOWN = 100;
const SLICE_ROWS_SHOWN = 50;
const SLICE_METRIC_COLUMNS = 6;

export function renderModelCard(input: ModelCardInput): string {
  checkMarker(input.marker);
  const sections = new Map(GENERATED.map((name) => [name, sectionOf(name, input)]));
  const template = input.template;
  const used = template ? placeholdersIn(template) : new Set<string>();
  const scalars: Record<(typeof SCALARS)[number], string> = {
    model: input.model,
    version: `v${input.version}`,
    tag: input.tag,
    commit: input.commit,
  };

  const levels = new Map<CardSectionName, number>(GENERATED.map((name) => [name, 0]));
  const render = (): { text: string; leftOut: string[] } => {
    const chosen = (name: CardSectionName): Rendition => {
      const section = sections.get(name) as Section<CardSectionName>;
      return section.renditions[Math.min(levels.get(name) ?? 0, section.renditions.length - 1)] as Rendition;
    };
    const leftOut = GENERATED.flatMap((name) => chosen(name).leftOut);
    const body = template
      ? template.text.replace(PLACEHOLDER, (_, name: string) =>
          (GENERATED as readonly string[]).includes(name)
            ? chosen(name as CardSectionName).text
            : scalars[name as (typeof SCALARS)[number]],
        )
      : defaultHead(input);
    const appended = GENERATED.filter((name) => !used.has(name)).map(
      (name) => `${HEADINGS[name]}\n\n${chosen(name).text}`,
    );
    const parts = template
      ? [input.marker, body.trim(), ...appended, ...missingProse(template.text)]
      : [input.marker, body, INTENDED_USE_HINT, ...appended, LIMITATIONS_HINT];
    if (leftOut.length > 0)
      parts.push(
        `> [!NOTE]\n> Shortened to fit GitHub's limit of ${thousands(RELEASE_NOTES_LIMIT)} characters for release notes. Left out: ${leftOut.join("; ")}. Every number is in the version's \`trainyard.json\`.`,
      );
    return { text: `${parts.filter((part) => part !== "").join("\n\n")}\n`, leftOut };
  };

  const fits = (text: string) => text.length <= RELEASE_NOTES_LIMIT;
  let card = render();
  const taken: Array<{ section: CardSectionName; from: number }> = [];
  for (const step of CARD_DROP_ORDER) {
    if (fits(card.text)) break;
    const from = levels.get(step.section) ?? 0;
    if (from >= step.level) continue;
    taken.push({ section: step.section, from });
    levels.set(step.section, step.level);
    card = render();
  }
  // Give back, latest first, every earlier step the card fits without.
  for (const step of taken.slice(0, -1).reverse()) {
    const to = levels.get(step.section) as number;
    levels.set(step.section, step.from);
    const fuller = render();
    if (fits(fuller.text)) card = fuller;
    else levels.set(step.section, to);
  }
  if (card.text.length > RELEASE_NOTES_LIMIT)
    throw new ConfigError(
      `the model card is ${thousands(card.text.length)} characters with the least detail, over GitHub's ${thousands(RELEASE_NOTES_LIMIT)} for release notes: shorten the template`,
      template ? { file: template.file } : {},
    );
  return card.text;
}

/** The placeholders a template uses; an unknown one is an error at its line (a typo would show). */
function placeholdersIn(template: { text: string; file: string }): Set<string> {
  const known = new Set<string>([...GENERATED, ...SCALARS]);
  const used = new Set<string>();
  template.text.split("\n").forEach((line, index) => {
    for (const match of line.matchAll(PLACEHOLDER)) {
      const name = match[1] as string;
      if (!known.has(name))
        throw new ConfigError(
          `unknown placeholder {{${name}}}; the model card knows ${[...known].map((k) => `{{${k}}}`).join(", ")}`,
          {
            file: template.file,
            line: index + 1,
            column: (match.index ?? 0) + 1,
          },
        );
      used.add(name);
    }
  });
  return used;
}

function checkMarker(marker: string): void {
  if (!/^<!--[^\n]*-->$/.test(marker) || marker.slice(4, -3).includes("--"))
    throw new RangeError(
      `the card's marker must be one HTML comment on one line, got ${JSON.stringify(marker)}`,
    );
}

const TEMPLATE_HINT =
  "Describe it in `.github/model-card.md` (the template of this card) for the next version.";
const INTENDED_USE_HINT = `## Intended use\n\n_Not described yet._ ${TEMPLATE_HINT}`;
const LIMITATIONS_HINT = `## Limitations\n\n_Not described yet._ ${TEMPLATE_HINT}`;

/** The prose sections a template lacks (by heading), as hints to write them. */
function missingProse(text: string): string[] {
  const headings = text.split("\n").filter((line) => /^#{1,6}\s/.test(line));
  const has = (words: RegExp) => headings.some((heading) => words.test(heading));
  return [
    ...(has(/intended use|intended uses|use cases?/i) ? [] : [INTENDED_USE_HINT]),
    ...(has(/limitation/i) ? [] : [LIMITATIONS_HINT]),
  ];
}

function defaultHead(input: ModelCardInput): string {
  const lines = [`# ${cell(input.model, 100)} v${input.version}`];
  const pull = input.pullRequest;
  const trained = `Trained on ${code(input.record.git.commit.slice(0, 7))} in ${link("run", input.record.run.url)} ${input.record.run.id}`;
  if (pull) {
    const approvedBy =
      pull.approvals.length > 0
        ? `, approved by ${pull.approvals.map((approval) => cell(`@${approval.login}`, 40)).join(", ")}`
        : "";
    lines.push(
      `Registered from ${link(`#${pull.number} ${pull.title}`, pull.url)}${approvedBy}. ${trained}.`,
    );
  } else lines.push(`${trained}.`);
  return lines.join("\n\n");
}

// ---------------------------------------------------------------------------------------------
// Sections, each in renditions from the fullest to the barest

function sectionOf(name: CardSectionName, input: ModelCardInput): Section<CardSectionName> {
  return { metrics, slices, data, cost, files, provenance }[name](input);
}

function metrics(input: ModelCardInput): Section<CardSectionName> {
  const entries = Object.entries(input.record.metrics);
  if (entries.length === 0)
    return { name: "metrics", renditions: [{ text: `The run recorded no metrics.`, leftOut: [] }] };
  const render = (count: number) =>
    table(
      ["metric", "value"],
      entries.slice(0, count).map(([metric, value]) => [code(metric, 80, "middle"), formatNumber(value)]),
      ["l", "r"],
      { compact: true },
    ) + (entries.length > count ? `\n\n… and ${plural(entries.length - count, "more metric")}.` : "");
  return {
    name: "metrics",
    renditions: [
      { text: `${render(entries.length)}`, leftOut: [] },
      {
        text: `${render(ROWS_SHOWN)}`,
        leftOut: entries.length > ROWS_SHOWN ? [`the metrics beyond the first ${ROWS_SHOWN}`] : [],
      },
      { text: `${plural(entries.length, "metric")} recorded.`, leftOut: ["the metric table"] },
    ],
  };
}

function slices(input: ModelCardInput): Section<CardSectionName> {
  const entries = Object.entries(input.record.slices);
  if (entries.length === 0)
    return {
      name: "slices",
      renditions: [{ text: `The run recorded no per-slice metrics.`, leftOut: [] }],
    };
  const columns = [...new Set(entries.flatMap(([, values]) => Object.keys(values)))];
  const shownColumns = columns.slice(0, SLICE_METRIC_COLUMNS);
  const render = (count: number) =>
    table(
      ["slice", ...shownColumns.map((metric) => code(metric, 40, "middle"))],
      entries
        .slice(0, count)
        .map(([slice, values]) => [
          cell(slice, 60),
          ...shownColumns.map((metric) =>
            values[metric] === undefined ? "—" : formatNumber(values[metric]),
          ),
        ]),
      ["l", ...shownColumns.map(() => "r" as const)],
      { compact: true },
    ) +
    (entries.length > count ? `\n\n… and ${plural(entries.length - count, "more slice")}.` : "") +
    (columns.length > shownColumns.length
      ? `\n\n${plural(columns.length - shownColumns.length, "more metric")} per slice in \`trainyard.json\`.`
      : "");
  return {
    name: "slices",
    renditions: [
      { text: `${render(entries.length)}`, leftOut: [] },
      {
        text: `${render(SLICE_ROWS_SHOWN)}`,
        leftOut: entries.length > SLICE_ROWS_SHOWN ? [`the slices beyond the first ${SLICE_ROWS_SHOWN}`] : [],
      },
      { text: `${plural(entries.length, "slice")} recorded.`, leftOut: ["the slice table"] },
    ],
  };
}

function fileTable(files: FileDigest[], count: number): string {
  return (
    table(
      ["file", "size", "sha256"],
      files
        .slice(0, count)
        .map((file) => [code(file.path, 80, "middle"), bytes(file.size), code(file.sha256, 64)]),
      ["l", "r", "l"],
      { compact: true },
    ) + (files.length > count ? `\n\n… and ${plural(files.length - count, "more file")}.` : "")
  );
}

function data(input: ModelCardInput): Section<CardSectionName> {
  const files = input.record.data;
  const profile = input.dataProfile
    ? `A data profile of ${plural(input.dataProfile.rows, "row")} and ${plural(input.dataProfile.columns, "column")} is kept in \`trainyard.json\`, the reference for drift checks.`
    : "No data profile was recorded (give register `data` for drift checks against this version).";
  if (files.length === 0)
    return {
      name: "data",
      renditions: [{ text: `The run recorded no data files.\n\n${profile}`, leftOut: [] }],
    };
  const intro = `Trained on ${plural(files.length, "data file")}, by sha256:`;
  return {
    name: "data",
    renditions: [
      { text: `${intro}\n\n${fileTable(files, files.length)}\n\n${profile}`, leftOut: [] },
      {
        text: `${intro}\n\n${fileTable(files, 20)}\n\n${profile}`,
        leftOut: files.length > 20 ? ["the data files beyond the first 20"] : [],
      },
    ],
  };
}

function cost(input: ModelCardInput): Section<CardSectionName> {
  const { record } = input;
  const base = costTable(record);
  const params = Object.entries(record.params);
  if (params.length === 0) return { name: "cost", renditions: [{ text: base, leftOut: [] }] };
  const paramTable = table(
    ["param", "value"],
    params.map(([name, value]) => [code(name, 60), code(String(value), 60)]),
    ["l", "l"],
    { compact: true },
  );
  return {
    name: "cost",
    renditions: [
      { text: `${base}\n\n${details(plural(params.length, "param"), paramTable)}`, leftOut: [] },
      { text: base, leftOut: ["the params table"] },
    ],
  };
}

function storedAt(location: AssetLocation | undefined): string {
  if (!location || location.kind === "release") return "release asset";
  return code(`${location.registry}/${location.repository}@${location.manifestDigest}`, 140, "middle");
}

function files(input: ModelCardInput): Section<CardSectionName> {
  const render = (count: number) =>
    table(
      ["file", "size", "sha256", "stored"],
      input.assets
        .slice(0, count)
        .map((asset) => [
          code(asset.name, 80, "middle"),
          bytes(asset.size),
          code(asset.sha256, 64),
          storedAt(asset.location),
        ]),
      ["l", "r", "l", "l"],
      { compact: true },
    ) + (input.assets.length > count ? `\n\n… and ${plural(input.assets.length - count, "more file")}.` : "");
  const note = "Each file is checked against its sha256 before it is deployed.";
  return {
    name: "files",
    renditions: [
      { text: `${render(input.assets.length)}\n\n${note}`, leftOut: [] },
      {
        text: `${render(50)}\n\n${note}`,
        leftOut: input.assets.length > 50 ? ["the files beyond the first 50"] : [],
      },
    ],
  };
}

function provenance(input: ModelCardInput): Section<CardSectionName> {
  const { record, pullRequest: pull } = input;
  const lines = [
    `- Commit: ${code(input.commit, 40)}${record.git.commit !== input.commit ? ` (trained on ${code(record.git.commit, 40)})` : ""}`,
  ];
  if (pull) {
    lines.push(
      `- Pull request: ${link(`#${pull.number} ${pull.title}`, pull.url)} by ${cell(`@${pull.author}`, 40)}${pull.mergedBy ? `, merged by ${cell(`@${pull.mergedBy}`, 40)}` : ""}`,
    );
    lines.push(
      `- Approved by: ${pull.approvals.length > 0 ? pull.approvals.map((approval) => `${cell(`@${approval.login}`, 40)} (${approval.submittedAt})`).join(", ") : "nobody"}; ${cell(pull.basis, 200)}`,
    );
  }
  lines.push(
    `- Training run: ${link(`${record.run.workflow} #${record.run.id}`, record.run.url)} (attempt ${record.run.attempt}), command ${code(record.command, 100)}`,
  );
  if (input.registrationUrl) lines.push(`- Registered by: ${link("this run", input.registrationUrl)}`);
  return { name: "provenance", renditions: [{ text: lines.join("\n"), leftOut: [] }] };
}
