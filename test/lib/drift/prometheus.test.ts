/**
 * The drift statistics in Prometheus' text format, read back by Prometheus' own parser:
 * `promtool check metrics` (Debian's prometheus package; CI installs it).
 */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { compareFeatures } from "../../../lib/drift/drift.ts";
import { driftMetricsText } from "../../../lib/drift/prometheus.ts";
import { categoricalSample, numericalSample } from "../../../lib/drift/sample.ts";

const promtool = spawnSync("promtool", ["--version"], { stdio: "ignore" }).status === 0;

const hostile = ['plan "pro"', "C:\\path\\to", "line\nbreak", "ünïcode ✓", "a,b=c}"];
const report = compareFeatures(
  {
    rows: 200,
    source: "data",
    features: [
      {
        definition: { name: "age", kind: "numerical", type: "number" },
        sample: numericalSample(Array.from({ length: 200 }, (_, i) => i % 50)),
      },
      ...hostile.map((name, index) => ({
        definition: { name, kind: "categorical" as const, type: "string" as const },
        sample: categoricalSample(Array.from({ length: 200 }, (_, i) => String((i + index) % 4))),
      })),
    ],
  },
  {
    rows: 100,
    features: [
      {
        definition: { name: "age", kind: "numerical", type: "number" },
        sample: numericalSample(Array.from({ length: 100 }, (_, i) => 10 + (i % 50))),
      },
      ...hostile.map((name, index) => ({
        definition: { name, kind: "categorical" as const, type: "string" as const },
        sample: categoricalSample(Array.from({ length: 100 }, (_, i) => String((i * (index + 1)) % 3))),
      })),
    ],
  },
);
const text = driftMetricsText(report, { model: 'churn "v2"', labels: { environment: "production" } });

/** Label sets of the samples of one metric, read back with the format's escapes undone. */
function samplesOf(metric: string): Array<{ labels: Record<string, string>; value: number }> {
  const found: Array<{ labels: Record<string, string>; value: number }> = [];
  for (const line of text.split("\n")) {
    if (!line.startsWith(`${metric}{`)) continue;
    const labels: Record<string, string> = {};
    const body = line.slice(metric.length + 1, line.lastIndexOf("}"));
    for (const match of body.matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g))
      labels[match[1] as string] = (match[2] as string).replace(/\\(.)/g, (_, c: string) =>
        c === "n" ? "\n" : c,
      );
    found.push({ labels, value: Number(line.slice(line.lastIndexOf(" ") + 1)) });
  }
  return found;
}

describe("driftMetricsText", () => {
  it.skipIf(!promtool)(
    promtool
      ? "is accepted by promtool check metrics"
      : "SKIPPED: apt-get install prometheus (promtool) to check the exposition format",
    () => {
      const checked = spawnSync("promtool", ["check", "metrics"], { input: text, encoding: "utf8" });
      expect(checked.stderr + checked.stdout).toBe("");
      expect(checked.status).toBe(0);
    },
  );

  it("has HELP and TYPE before each family, every family once, and no series twice", () => {
    const lines = text.trimEnd().split("\n");
    const seenFamilies = new Set<string>();
    const seenSeries = new Set<string>();
    let current = "";
    for (const line of lines) {
      const help = /^# HELP (\S+) /.exec(line);
      if (help) {
        expect(seenFamilies.has(help[1] as string)).toBe(false);
        current = help[1] as string;
        seenFamilies.add(current);
        continue;
      }
      if (line.startsWith("# TYPE ")) {
        expect(line).toBe(`# TYPE ${current} gauge`);
        continue;
      }
      expect(line.startsWith(`${current}{`), line).toBe(true);
      const series = line.slice(0, line.lastIndexOf(" "));
      expect(seenSeries.has(series), series).toBe(false);
      seenSeries.add(series);
    }
    expect([...seenFamilies]).toEqual([
      "trainyard_drift_statistic",
      "trainyard_drift_p_value",
      "trainyard_drift_psi",
      "trainyard_drift_threshold",
      "trainyard_feature_drifted",
      "trainyard_dataset_drift_share",
      "trainyard_dataset_drifted",
    ]);
  });

  it("keeps each feature's name and the model's, quotes, backslashes and line breaks included", () => {
    const drifted = samplesOf("trainyard_feature_drifted");
    expect(drifted.map((sample) => sample.labels.feature)).toEqual(["age", ...hostile]);
    for (const sample of drifted) {
      expect(sample.labels.model).toBe('churn "v2"');
      expect(sample.labels.environment).toBe("production");
      const feature = report.features.find((f) => f.feature === sample.labels.feature);
      expect(sample.labels.test).toBe(feature?.test);
      expect(sample.value).toBe(feature?.drifted ? 1 : 0);
    }
    expect(samplesOf("trainyard_drift_p_value").map((s) => s.value)).toEqual(
      report.features.map((f) => f.p_value),
    );
    expect(samplesOf("trainyard_dataset_drift_share")).toEqual([
      { labels: { environment: "production", model: 'churn "v2"' }, value: report.share },
    ]);
  });

  it("refuses a label name Prometheus would not take", () => {
    expect(() => driftMetricsText(report, { model: "m", labels: { "bad-name": "x" } })).toThrow(/label name/);
    expect(() => driftMetricsText(report, { model: "m", labels: { __reserved: "x" } })).toThrow(/label name/);
  });
});
