import { describe, expect, it } from "vitest";
import {
  compactDriftReport,
  DISPATCH_REPORT_BYTES,
  type DriftReport,
  driftDispatchReport,
  type FeatureDrift,
} from "../../../lib/drift/report.ts";

function feature(index: number, drifted: boolean): FeatureDrift {
  return {
    feature: `a_rather_long_feature_name_number_${index}`,
    kind: "numerical",
    test: "wasserstein",
    statistic: 0.01 * index,
    p_value: null,
    psi: 0.001 * index,
    threshold: 0.1,
    drifted,
    exact: true,
    error: 0,
    reference: { count: 5000, missing: 0 },
    current: { count: 4000, missing: 3 },
  };
}

function report(features: FeatureDrift[]): DriftReport {
  const drifted = features.filter((f) => f.drifted).length;
  return {
    drifted: drifted / features.length >= 0.5,
    share: drifted / features.length,
    threshold: 0.5,
    features,
    reference: { rows: 5000, source: "profile" },
    current: { rows: 4000 },
    skipped: [{ name: "signup", reason: "dates are not checked" }],
  };
}

describe("the report a drift dispatch carries", () => {
  it("keeps every feature's verdict and statistics, drifted ones first, and nothing else", () => {
    const compact = compactDriftReport(report([feature(1, false), feature(2, true), feature(3, false)]));
    expect(driftDispatchReport.parse(compact)).toEqual(compact);
    expect(compact.omitted).toBe(0);
    expect(compact.features.map((f) => f.feature)).toEqual([
      "a_rather_long_feature_name_number_2",
      "a_rather_long_feature_name_number_3",
      "a_rather_long_feature_name_number_1",
    ]);
    expect(Object.keys(compact.features[0] ?? {}).sort()).toEqual(
      ["drifted", "feature", "kind", "p_value", "psi", "statistic", "test", "threshold"].sort(),
    );
  });

  it("cuts features past 60 KB, keeping the drifted ones, and says how many it cut", () => {
    const many = Array.from({ length: 3000 }, (_, index) => feature(index, index % 3 === 0));
    const compact = compactDriftReport(report(many));
    const size = Buffer.byteLength(JSON.stringify(compact));
    expect(size).toBeLessThanOrEqual(DISPATCH_REPORT_BYTES);
    expect(size).toBeGreaterThan(DISPATCH_REPORT_BYTES - 300);
    expect(compact.omitted).toBeGreaterThan(0);
    expect(compact.features.length + compact.omitted).toBe(3000);
    expect(compact.features.every((f) => f.drifted)).toBe(true);
    expect(compact).toMatchObject({ drifted: false, share: 1000 / 3000, threshold: 0.5 });

    const tiny = compactDriftReport(report(many), 2000);
    expect(Buffer.byteLength(JSON.stringify(tiny))).toBeLessThanOrEqual(2000);
    expect(tiny.features.length + tiny.omitted).toBe(3000);
  });
});
