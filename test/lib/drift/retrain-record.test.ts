import { describe, expect, it } from "vitest";
import type { DriftReport } from "../../../lib/drift/report.ts";
import {
  addEvidence,
  alertKey,
  driftReportKey,
  formatRetrainRecord,
  parseRetrainRecord,
  type RetrainEvidence,
} from "../../../lib/drift/retrain-record.ts";

const report = (share: number): DriftReport => ({
  drifted: share >= 0.5,
  share,
  threshold: 0.5,
  features: [],
  reference: { rows: 10, source: "data" },
  current: { rows: 10 },
  skipped: [],
});

const evidence = (key: string, at: string): RetrainEvidence => ({
  key,
  trigger: "alert",
  at,
  by: "FeatureDrifted",
  features: ["tenure"],
});

describe("the retraining record", () => {
  it("adds only evidence it does not hold, keeping when retraining was first asked for", () => {
    const first = addEvidence(undefined, "churn", [evidence("a", "2026-11-23T09:00:00Z")], report(0.6));
    expect(first.added.map((item) => item.key)).toEqual(["a"]);
    expect(first.record).toMatchObject({
      requested_at: "2026-11-23T09:00:00Z",
      updated_at: "2026-11-23T09:00:00Z",
    });
    expect(first.record.drift?.share).toBe(0.6);

    const again = addEvidence(first.record, "churn", [evidence("a", "2026-11-23T09:00:00Z")], report(0.9));
    expect(again.added).toEqual([]);
    expect(again.record).toBe(first.record);

    const more = addEvidence(
      first.record,
      "churn",
      [evidence("b", "2026-11-23T10:00:00Z"), evidence("b", "2026-11-23T10:00:00Z"), evidence("a", "x")],
      report(0.7),
    );
    expect(more.added.map((item) => item.key)).toEqual(["b"]);
    expect(more.record.evidence.map((item) => item.key)).toEqual(["a", "b"]);
    expect(more.record).toMatchObject({
      requested_at: "2026-11-23T09:00:00Z",
      updated_at: "2026-11-23T10:00:00Z",
    });
    expect(more.record.drift?.share).toBe(0.7);
  });

  it("reads back what it writes, and nothing from a file that is not a record", () => {
    const { record } = addEvidence(undefined, "churn", [evidence("a", "2026-11-23T09:00:00Z")]);
    expect(parseRetrainRecord(formatRetrainRecord(record))).toEqual(record);
    expect(parseRetrainRecord("{ not json")).toBeUndefined();
    expect(parseRetrainRecord('{"model":"churn"}')).toBeUndefined();
    expect(parseRetrainRecord(undefined)).toBeUndefined();
  });

  it("keys evidence so that the same alert or report is the same piece, in marker-safe characters", () => {
    expect(alertKey("c0ffee", "2026-11-23T09:00:00.123+01:00")).toBe(
      "alert-c0ffee-2026-11-23T09_00_00.123_01_00",
    );
    expect(driftReportKey(report(0.6))).toBe(driftReportKey(report(0.6)));
    expect(driftReportKey(report(0.6))).not.toBe(driftReportKey(report(0.7)));
    expect(driftReportKey(report(0.6))).toMatch(/^drift-[0-9a-f]{16}$/);
  });
});
