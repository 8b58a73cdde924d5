/**
 * A drift report in Prometheus' text exposition format (version 0.0.4), for users who monitor
 * with Prometheus: write it where node_exporter's textfile collector reads, serve it, or push it
 * to a Pushgateway. Every family has its HELP and TYPE lines; label values are escaped as the
 * format asks (backslash, double quote, line feed). Features without a value (null) get no sample.
 */
import { ConfigError } from "../errors.ts";
import type { DriftReport } from "./report.ts";

export interface DriftMetricsOptions {
  /** The model whose data this is (the `model` label). */
  model: string;
  /** More labels on every sample, such as { environment: "production" }. */
  labels?: Record<string, string>;
}

type Labels = Record<string, string>;

interface Family {
  name: string;
  help: string;
  samples: Array<{ labels: Labels; value: number }>;
}

const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

export function driftMetricsText(report: DriftReport, options: DriftMetricsOptions): string {
  const constant: Labels = { ...options.labels, model: options.model };
  for (const name of Object.keys(constant))
    if (!LABEL_NAME.test(name) || name.startsWith("__"))
      throw new RangeError(`"${name}" is not a Prometheus label name`);
  const families: Family[] = [
    {
      name: "trainyard_drift_statistic",
      help: "The drift test's statistic or distance, per feature.",
      samples: [],
    },
    {
      name: "trainyard_drift_p_value",
      help: "The drift test's p-value, per feature (tests only).",
      samples: [],
    },
    { name: "trainyard_drift_psi", help: "Population stability index of the feature.", samples: [] },
    {
      name: "trainyard_drift_threshold",
      help: "The feature's drift threshold: p-value at or below it, or distance at or above it, is drift.",
      samples: [],
    },
    { name: "trainyard_feature_drifted", help: "1 when the feature has drifted, else 0.", samples: [] },
    { name: "trainyard_dataset_drift_share", help: "Share of the features that have drifted.", samples: [] },
    {
      name: "trainyard_dataset_drifted",
      help: "1 when the share of drifted features reaches the dataset threshold, else 0.",
      samples: [],
    },
  ];
  const [statistic, pValue, psi, threshold, drifted, share, datasetDrifted] = families as [
    Family,
    Family,
    Family,
    Family,
    Family,
    Family,
    Family,
  ];
  for (const feature of report.features) {
    const labels = { ...constant, feature: feature.feature, test: feature.test };
    if (feature.statistic !== null) statistic.samples.push({ labels, value: feature.statistic });
    if (feature.p_value !== null) pValue.samples.push({ labels, value: feature.p_value });
    if (feature.psi !== null)
      psi.samples.push({ labels: { ...constant, feature: feature.feature }, value: feature.psi });
    threshold.samples.push({ labels, value: feature.threshold });
    drifted.samples.push({ labels, value: feature.drifted ? 1 : 0 });
  }
  share.samples.push({ labels: constant, value: report.share });
  datasetDrifted.samples.push({ labels: constant, value: report.drifted ? 1 : 0 });
  return families
    .map((family) =>
      [
        `# HELP ${family.name} ${escapeHelp(family.help)}`,
        `# TYPE ${family.name} gauge`,
        ...family.samples.map(
          (sample) => `${family.name}{${formatLabels(sample.labels)}} ${formatValue(sample.value)}`,
        ),
      ].join("\n"),
    )
    .join("\n")
    .concat("\n");
}

function formatLabels(labels: Labels): string {
  return Object.entries(labels)
    .map(([name, value]) => `${name}="${escapeLabelValue(value)}"`)
    .join(",");
}

function escapeLabelValue(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
}

function escapeHelp(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\n/g, "\\n");
}

function formatValue(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (value === Number.POSITIVE_INFINITY) return "+Inf";
  if (value === Number.NEGATIVE_INFINITY) return "-Inf";
  return String(value);
}

/**
 * Replaces the model's group on a Prometheus Pushgateway with `text`: PUT
 * `<gateway>/metrics/job/trainyard/model/<model>`, so the gateway keeps only this check's values.
 */
export async function pushDriftMetrics(gatewayUrl: string, model: string, text: string): Promise<string> {
  const url = `${gatewayUrl.replace(/\/+$/, "")}/metrics/job/trainyard/model/${encodeURIComponent(model)}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: "PUT",
      headers: { "content-type": "text/plain; version=0.0.4; charset=utf-8" },
      body: text,
    });
  } catch (error) {
    throw new ConfigError(`cannot reach the Pushgateway at ${url}: ${(error as Error).message}`, {
      field: "pushgateway-url",
    });
  }
  if (!response.ok)
    throw new ConfigError(
      `the Pushgateway at ${url} answered ${response.status}: ${(await response.text()).slice(0, 300)}`,
      { field: "pushgateway-url" },
    );
  return url;
}
