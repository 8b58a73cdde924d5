import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadTrainyardConfig } from "../../lib/config/trainyard-config.ts";
import { checkDrift } from "../../lib/drift/drift.ts";
import { driftTests } from "../../lib/drift/drift-tests.ts";
import { type DataProfile, readDataProfile } from "../../lib/drift/profile.ts";
import { driftMetricsText, pushDriftMetrics } from "../../lib/drift/prometheus.ts";
import type { DriftDispatchPayload, DriftReport, FeatureDrift } from "../../lib/drift/report.ts";
import type { DriftSettingsInput } from "../../lib/drift/settings.ts";
import { ConfigError } from "../../lib/errors.ts";
import type { GitHubClient } from "../../lib/github/client.ts";
import { dispatchDrift } from "../../lib/github/dispatch.ts";
import type { RepoRef } from "../../lib/github/releases.ts";
import { loadTableSchema } from "../../lib/schema/load.ts";
import { renderDriftReport } from "../../reports/drift.ts";
import { code, plural } from "../../reports/markdown.ts";
import type { DriftCheckInputs } from "./inputs.ts";

export interface DriftCheckRequest {
  input: DriftCheckInputs;
  workspace: string;
  /**
   * The GitHub client, made when first asked for: a check of data against data that finds no
   * drift never talks to GitHub, and so never loads Octokit.
   */
  github: () => Promise<GitHubClient>;
  repo: RepoRef;
  onLine: (line: string) => void;
}

export interface DriftCheck {
  report: DriftReport;
  /** The report file's absolute path. */
  reportFile: string;
  /** What the current data was compared with, for people. */
  reference: string;
  dispatched: DriftDispatchPayload | undefined;
  /** The Pushgateway URL the metrics went to. */
  pushed: string | undefined;
}

/** Reads the reference and the current data, compares them, and writes and sends what was asked for. */
export async function runDriftCheck(request: DriftCheckRequest): Promise<DriftCheck> {
  const { input, workspace, onLine } = request;
  const settings = await driftSettingsOf(workspace, input.config, input.model, onLine);
  const schema = input.schema ? await loadTableSchema(path.resolve(workspace, input.schema)) : undefined;
  let reference: string[] | DataProfile = input.reference;
  let referenceLabel = input.reference.join(", ");
  if (input.reference.length === 0) {
    // Loaded only here: the registry's code is most of what a check of data against data skips.
    const { modelReferenceProfile } = await import("../../lib/github/drift-reference.ts");
    const found = await modelReferenceProfile(await request.github(), request.repo, input.model);
    reference = found.profile;
    referenceLabel = `the data profile of ${input.model} ${found.label}`;
  } else if (input.reference.length === 1 && /\.json$/i.test(input.reference[0] as string)) {
    reference = await readDataProfile(path.resolve(workspace, input.reference[0] as string));
    referenceLabel = `the profile ${input.reference[0]}`;
  }
  onLine(`comparing ${input.current.join(", ")} with ${referenceLabel}`);
  const report = await checkDrift({
    reference,
    current: input.current,
    cwd: workspace,
    settings,
    ...(schema ? { schema } : {}),
  });
  const drifted = report.features.filter((feature) => feature.drifted);
  onLine(
    `${plural(report.current.rows, "row")} checked: ${drifted.length} of ${plural(report.features.length, "feature")} drifted (share ${round(report.share)}, dataset threshold ${report.threshold})`,
  );
  const reportFile = path.resolve(workspace, input["report-file"]);
  writeFileIn(reportFile, `${JSON.stringify(report, null, 2)}\n`);
  onLine(`wrote the report to ${input["report-file"]}`);
  let pushed: string | undefined;
  if (input["prometheus-file"] || input["pushgateway-url"]) {
    const text = driftMetricsText(report, { model: input.model });
    if (input["prometheus-file"]) {
      writeFileIn(path.resolve(workspace, input["prometheus-file"]), text);
      onLine(`wrote Prometheus metrics to ${input["prometheus-file"]}`);
    }
    if (input["pushgateway-url"]) {
      pushed = await pushDriftMetrics(input["pushgateway-url"], input.model, text);
      onLine(`pushed Prometheus metrics to ${pushed}`);
    }
  }
  let dispatched: DriftDispatchPayload | undefined;
  if (report.drifted && input.dispatch) {
    dispatched = await dispatchDrift(await request.github(), request.repo, input.model, report);
    const cut = dispatched.report.omitted;
    onLine(
      `sent repository_dispatch trainyard-drift for ${input.model}${cut > 0 ? ` (${plural(cut, "feature")} left out of the payload to keep it small)` : ""}`,
    );
  }
  return { report, reportFile, reference: referenceLabel, dispatched, pushed };
}

async function driftSettingsOf(
  workspace: string,
  configFile: string,
  model: string,
  onLine: (line: string) => void,
): Promise<DriftSettingsInput> {
  const file = path.resolve(workspace, configFile);
  if (!existsSync(file)) {
    onLine(`no ${configFile}: default drift settings`);
    return {};
  }
  const config = await loadTrainyardConfig(file);
  const settings = config.models[model]?.drift;
  if (!settings)
    throw new ConfigError(
      `no model "${model}" under models: (has ${Object.keys(config.models).join(", ") || "none"})`,
      { file: configFile, field: `models.${model}` },
    );
  return settings;
}

/** Writes at once: the step has nothing else to do meanwhile (no thread-pool round trips). */
function writeFileIn(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** The warning annotation for a drifted feature. */
export function driftWarning(feature: FeatureDrift): string {
  const test = driftTests[feature.test];
  const value =
    test.scoredBy === "p_value"
      ? `p = ${feature.p_value === null ? "?" : feature.p_value.toPrecision(3)} ≤ ${feature.threshold}`
      : `${feature.statistic === null ? "∞" : feature.statistic.toPrecision(3)} ≥ ${feature.threshold}`;
  return `feature "${feature.feature}" drifted: ${test.title} ${value}${feature.psi === null ? "" : `, PSI ${feature.psi.toPrecision(3)}`}`;
}

/** The job summary: the report's table and chart, what it was compared with, and what was sent. */
export function driftCheckSummary(model: string, check: DriftCheck, heldBackWarnings: number): string {
  const lines = [`## Drift check: ${code(model)}`, "", renderDriftReport(check.report, { model })];
  lines.push(`Reference: ${check.reference}.`);
  if (check.dispatched)
    lines.push(
      "",
      `Sent \`repository_dispatch\` \`trainyard-drift\`: the Trainyard app opens or updates the retraining pull request.${check.dispatched.report.omitted > 0 ? ` ${plural(check.dispatched.report.omitted, "feature")} left out of its payload (see the report file).` : ""}`,
    );
  if (heldBackWarnings > 0)
    lines.push(
      "",
      `${plural(heldBackWarnings, "more drifted feature")} not annotated (GitHub shows 10 warnings per step).`,
    );
  return `${lines.join("\n")}\n`;
}

function round(value: number): string {
  return String(Number(value.toPrecision(3)));
}
