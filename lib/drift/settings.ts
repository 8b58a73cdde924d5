/**
 * The `drift:` settings of .github/trainyard.yml: which test each feature gets, its threshold, and
 * the share of drifted features that makes the dataset drifted. Kept apart from the statistics so
 * that reading the config loads no drift code.
 */
import { z } from "zod";

export const driftTestNames = ["ks", "chisquare", "z", "wasserstein", "jensenshannon", "psi"] as const;
export type DriftTestName = (typeof driftTestNames)[number];

const featureSettings = z.strictObject({
  test: z
    .enum(driftTestNames)
    .optional()
    .describe("The test for this feature (default: as Evidently chooses)."),
  threshold: z
    .number()
    .min(0)
    .optional()
    .describe("p-value at or below which (tests), or distance at or above which (distances), is drift."),
  ignore: z.boolean().optional().describe("Leave this feature out."),
});

export const driftSettings = z.strictObject({
  share: z
    .number()
    .min(0)
    .max(1)
    .default(0.5)
    .describe("The dataset has drifted when at least this share of its features has."),
  features: z
    .record(z.string(), featureSettings)
    .default({})
    .describe("Per feature: the test, its threshold, or ignore."),
});
export type DriftSettings = z.output<typeof driftSettings>;
export type DriftSettingsInput = z.input<typeof driftSettings>;
