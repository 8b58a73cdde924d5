/**
 * The drift report: what `trainyard drift --json`, the drift-check action and the bot exchange.
 * Parse it with `driftReport` where it comes in from outside (a file, a dispatch payload).
 *
 * Numbers JSON cannot hold come as null: `statistic` is null when it is infinite (chi-squared with
 * a value the reference never had, Wasserstein over a constant reference) or could not be computed
 * (a side without values, `note` says which).
 */
import * as z from "../zod.ts";
import { driftTestNames } from "./settings.ts";

const count = z.int().check(z.minimum(0));
const side = z.object({ count, missing: count });

export const featureDrift = z.object({
  feature: z.string(),
  kind: z.enum(["numerical", "categorical"]),
  test: z.enum(driftTestNames),
  /** The test's statistic or the distance (null: infinite, or not computed). */
  statistic: z.nullable(z.number()),
  /** The test's p-value; null for distances. */
  p_value: z.nullable(z.number()),
  /** Population stability index, whatever the test (null: not computed). */
  psi: z.nullable(z.number()),
  /** p-value at or below, or distance at or above, this is drift. */
  threshold: z.number(),
  drifted: z.boolean(),
  /** Computed from every value (false: from a quantile sketch, within `error`). */
  exact: z.boolean(),
  /** Bound on |statistic − the statistic from all the data|: 0 when exact, null when unknown. */
  error: z.nullable(z.number()),
  reference: side,
  current: side,
  note: z.optional(z.string()),
});
export type FeatureDrift = z.infer<typeof featureDrift>;

export const driftReport = z.object({
  /** Dataset drift: the share of drifted features is at least `threshold`. */
  drifted: z.boolean(),
  /** Drifted features / features checked. */
  share: z.number().check(z.minimum(0), z.maximum(1)),
  threshold: z.number().check(z.minimum(0), z.maximum(1)),
  features: z.array(featureDrift),
  reference: z.object({ rows: count, source: z.enum(["data", "profile"]) }),
  current: z.object({ rows: count }),
  /** Columns not checked, and why. */
  skipped: z.array(z.object({ name: z.string(), reason: z.string() })),
});
export type DriftReport = z.infer<typeof driftReport>;

/** The short form `trainyard drift --json` prints. */
export function summarizeDriftReport(report: DriftReport): {
  drifted: boolean;
  share: number;
  features: Array<
    Pick<FeatureDrift, "feature" | "kind" | "test" | "statistic" | "p_value" | "psi" | "drifted">
  >;
} {
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
      drifted,
    })),
  };
}

const featureSummary = z.pick(featureDrift, {
  feature: true,
  kind: true,
  test: true,
  statistic: true,
  p_value: true,
  psi: true,
  threshold: true,
  drifted: true,
});

/**
 * The report as the drift check sends it to the bot in a `repository_dispatch` (`client_payload.report`):
 * the verdict and each feature's summary, drifted features first. GitHub caps the payload's size,
 * so features past the budget are cut and counted in `omitted`.
 */
export const driftDispatchReport = z.object({
  drifted: z.boolean(),
  share: z.number().check(z.minimum(0), z.maximum(1)),
  threshold: z.number().check(z.minimum(0), z.maximum(1)),
  features: z.array(featureSummary),
  /** Features cut to keep the payload small (the full report is in the run's report file). */
  omitted: count,
  reference: z.object({ rows: count, source: z.enum(["data", "profile"]) }),
  current: z.object({ rows: count }),
});
export type DriftDispatchReport = z.infer<typeof driftDispatchReport>;

/** Bytes of JSON the dispatched report may take (GitHub refuses much larger client payloads). */
export const DISPATCH_REPORT_BYTES = 60_000;

export function compactDriftReport(
  report: DriftReport,
  maxBytes = DISPATCH_REPORT_BYTES,
): DriftDispatchReport {
  const ordered = [...report.features].sort(
    (a, b) => Number(b.drifted) - Number(a.drifted) || (b.psi ?? 0) - (a.psi ?? 0),
  );
  const compact: DriftDispatchReport = {
    drifted: report.drifted,
    share: report.share,
    threshold: report.threshold,
    features: [],
    omitted: 0,
    reference: report.reference,
    current: report.current,
  };
  // Room for the largest `omitted` count, then each feature with its comma.
  let size = Buffer.byteLength(JSON.stringify({ ...compact, omitted: report.features.length }));
  for (const [index, feature] of ordered.entries()) {
    const summary = featureSummary.parse(feature);
    size += Buffer.byteLength(JSON.stringify(summary)) + (index > 0 ? 1 : 0);
    if (size > maxBytes) {
      compact.omitted = ordered.length - index;
      break;
    }
    compact.features.push(summary);
  }
  return compact;
}

/** `client_payload` of the `trainyard-drift` repository_dispatch: parse it with this where it comes in. */
export const driftDispatchPayload = z.object({
  model: z.string(),
  report: driftDispatchReport,
});
export type DriftDispatchPayload = z.infer<typeof driftDispatchPayload>;
