/**
 * The `drift:` settings of .github/trainyard.yml: which test each feature gets, its threshold, and
 * the share of drifted features that makes the dataset drifted. Kept apart from the statistics so
 * that reading the config loads no drift code.
 */
import * as z from "../zod.ts";

export const driftTestNames = ["ks", "chisquare", "z", "wasserstein", "jensenshannon", "psi"] as const;
export type DriftTestName = (typeof driftTestNames)[number];

const featureSettings = z.strictObject({
  test: z
    .optional(z.enum(driftTestNames))
    .check(z.describe("The test for this feature (default: as Evidently chooses).")),
  threshold: z
    .optional(z.number().check(z.minimum(0)))
    .check(
      z.describe("p-value at or below which (tests), or distance at or above which (distances), is drift."),
    ),
  ignore: z.optional(z.boolean()).check(z.describe("Leave this feature out.")),
});

export const driftSettings = z.strictObject({
  share: z
    ._default(z.number().check(z.minimum(0), z.maximum(1)), 0.5)
    .check(z.describe("The dataset has drifted when at least this share of its features has.")),
  features: z
    ._default(z.record(z.string(), featureSettings), {})
    .check(z.describe("Per feature: the test, its threshold, or ignore.")),
});
export type DriftSettings = z.output<typeof driftSettings>;
export type DriftSettingsInput = z.input<typeof driftSettings>;
