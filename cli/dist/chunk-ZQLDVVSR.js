import { createRequire as __trainyardCreateRequire } from "node:module";
const require = __trainyardCreateRequire(import.meta.url);
import {
  driftTestNames
} from "./chunk-W6PCX6RR.js";
import {
  _enum,
  _gte,
  _lte,
  array,
  boolean,
  int,
  nullable,
  number,
  object,
  optional,
  pick,
  string
} from "./chunk-GTQZ2Z3F.js";

// lib/drift/report.ts
var count = int().check(_gte(0));
var side = object({ count, missing: count });
var featureDrift = object({
  feature: string(),
  kind: _enum(["numerical", "categorical"]),
  test: _enum(driftTestNames),
  /** The test's statistic or the distance (null: infinite, or not computed). */
  statistic: nullable(number()),
  /** The test's p-value; null for distances. */
  p_value: nullable(number()),
  /** Population stability index, whatever the test (null: not computed). */
  psi: nullable(number()),
  /** p-value at or below, or distance at or above, this is drift. */
  threshold: number(),
  drifted: boolean(),
  /** Computed from every value (false: from a quantile sketch, within `error`). */
  exact: boolean(),
  /** Bound on |statistic − the statistic from all the data|: 0 when exact, null when unknown. */
  error: nullable(number()),
  reference: side,
  current: side,
  note: optional(string())
});
var driftReport = object({
  /** Dataset drift: the share of drifted features is at least `threshold`. */
  drifted: boolean(),
  /** Drifted features / features checked. */
  share: number().check(_gte(0), _lte(1)),
  threshold: number().check(_gte(0), _lte(1)),
  features: array(featureDrift),
  reference: object({ rows: count, source: _enum(["data", "profile"]) }),
  current: object({ rows: count }),
  /** Columns not checked, and why. */
  skipped: array(object({ name: string(), reason: string() }))
});
function summarizeDriftReport(report) {
  return {
    drifted: report.drifted,
    share: report.share,
    features: report.features.map(({ feature, kind, test, statistic, p_value, psi, drifted }) => ({
      feature,
      kind,
      test,
      statistic,
      p_value,
      psi,
      drifted
    }))
  };
}
var featureSummary = pick(featureDrift, {
  feature: true,
  kind: true,
  test: true,
  statistic: true,
  p_value: true,
  psi: true,
  threshold: true,
  drifted: true
});
var driftDispatchReport = object({
  drifted: boolean(),
  share: number().check(_gte(0), _lte(1)),
  threshold: number().check(_gte(0), _lte(1)),
  features: array(featureSummary),
  /** Features cut to keep the payload small (the full report is in the run's report file). */
  omitted: count,
  reference: object({ rows: count, source: _enum(["data", "profile"]) }),
  current: object({ rows: count })
});
var driftDispatchPayload = object({
  model: string(),
  report: driftDispatchReport
});

export {
  driftReport,
  summarizeDriftReport
};
