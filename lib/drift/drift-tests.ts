/**
 * The drift tests, a registry of small strategy objects (as Evidently's stattests registry), and
 * the choice of a column's default test as Evidently makes it.
 */
import type { FeatureKind, FeatureSample } from "./sample.ts";
import type { DriftTestName } from "./settings.ts";
import {
  chiSquareTest,
  distinctNumbers,
  jensenShannonTest,
  ksErrorBound,
  ksTwoSample,
  normalisedWasserstein,
  psiErrorBound,
  psiTest,
  rankErrorOf,
  type TestValue,
  valueCounts,
  wassersteinErrorBound,
  zTest,
} from "./statistics.ts";

export interface DriftTest {
  readonly name: DriftTestName;
  /** For people: "Kolmogorov–Smirnov". */
  readonly title: string;
  /** "p_value": drift when p ≤ threshold. "distance": drift when the statistic ≥ threshold. */
  readonly scoredBy: "p_value" | "distance";
  readonly defaultThreshold: number;
  readonly appliesTo: readonly FeatureKind[];
  /** Most distinct values (both samples together) the test takes; undefined: any. */
  readonly maxValues?: number;
  run(reference: FeatureSample, current: FeatureSample): TestValue;
  /** Bound on |statistic − the statistic from all the data|: 0 when exact, null when unknown. */
  errorBound(reference: FeatureSample, current: FeatureSample): number | null;
}

const exact = (reference: FeatureSample, current: FeatureSample): boolean =>
  rankErrorOf(reference) === 0 && rankErrorOf(current) === 0;

export const driftTests: Readonly<Record<DriftTestName, DriftTest>> = {
  ks: {
    name: "ks",
    title: "Kolmogorov–Smirnov",
    scoredBy: "p_value",
    defaultThreshold: 0.05,
    appliesTo: ["numerical"],
    run: (reference, current) => ksTwoSample(numerical(reference), numerical(current)),
    errorBound: ksErrorBound,
  },
  chisquare: {
    name: "chisquare",
    title: "chi-squared",
    scoredBy: "p_value",
    defaultThreshold: 0.05,
    appliesTo: ["numerical", "categorical"],
    run: chiSquareTest,
    errorBound: (reference, current) => (exact(reference, current) ? 0 : null),
  },
  z: {
    name: "z",
    title: "two-proportion Z",
    scoredBy: "p_value",
    defaultThreshold: 0.05,
    appliesTo: ["numerical", "categorical"],
    maxValues: 2,
    run: zTest,
    errorBound: (reference, current) => (exact(reference, current) ? 0 : null),
  },
  wasserstein: {
    name: "wasserstein",
    title: "Wasserstein (normed)",
    scoredBy: "distance",
    defaultThreshold: 0.1,
    appliesTo: ["numerical"],
    run: (reference, current) => ({
      statistic: normalisedWasserstein(numerical(reference), numerical(current)),
      pValue: null,
    }),
    errorBound: (reference, current) => wassersteinErrorBound(numerical(reference), numerical(current)),
  },
  jensenshannon: {
    name: "jensenshannon",
    title: "Jensen–Shannon distance",
    scoredBy: "distance",
    defaultThreshold: 0.1,
    appliesTo: ["numerical", "categorical"],
    run: jensenShannonTest,
    errorBound: (reference, current) => (exact(reference, current) ? 0 : null),
  },
  psi: {
    name: "psi",
    title: "PSI",
    scoredBy: "distance",
    defaultThreshold: 0.1,
    appliesTo: ["numerical", "categorical"],
    run: psiTest,
    errorBound: psiErrorBound,
  },
};

function numerical(sample: FeatureSample) {
  if (sample.kind !== "numerical") throw new TypeError("this test takes numerical columns only");
  return sample;
}

/** Distinct values of both samples together (pandas' concat(...).nunique()). */
export function distinctValues(reference: FeatureSample, current: FeatureSample): number {
  if (reference.kind === "numerical" && current.kind === "numerical")
    return distinctNumbers(reference, current);
  return valueCounts(reference, current).keys.length;
}

/** Reference rows above which Evidently switches from tests to distances. */
export const SMALL_REFERENCE_ROWS = 1000;

/**
 * Evidently's default (n: distinct values in both samples): a reference of at most 1,000 values —
 * numerical: KS if n > 5, chi-squared if 3 ≤ n ≤ 5, Z if n ≤ 2; categorical: chi-squared, Z if
 * n ≤ 2. A larger reference — numerical: normalised Wasserstein if n > 5, else Jensen–Shannon;
 * categorical: Jensen–Shannon.
 */
export function defaultDriftTest(kind: FeatureKind, referenceCount: number, distinct: number): DriftTestName {
  if (referenceCount <= SMALL_REFERENCE_ROWS) {
    if (kind === "numerical" && distinct > 5) return "ks";
    return distinct <= 2 ? "z" : "chisquare";
  }
  if (kind === "numerical" && distinct > 5) return "wasserstein";
  return "jensenshannon";
}

/** Whether a result is drift at the threshold. NaN (no answer) is not drift. */
export function isDrift(test: DriftTest, value: TestValue, threshold: number): boolean {
  if (test.scoredBy === "p_value") return value.pValue !== null && value.pValue <= threshold;
  return value.statistic >= threshold;
}
