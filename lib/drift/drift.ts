/**
 * Drift between reference data (the training data, or its profile stored with the model version)
 * and current data (streamed), feature by feature, and for the dataset as a whole.
 *
 * Memory: each dataset is read once into per-column collectors (./sample.ts): exact while a
 * column has few distinct values or the dataset's budget of kept numbers lasts (8 M values, 64 MB),
 * past that a KLL sketch per column, and the report says which features were computed from a
 * sketch (`exact: false`) and the bound on their error (`error`).
 */
import { ConfigError } from "../errors.ts";
import type { TableSchema } from "../schema/table-schema.ts";
import { type CollectedColumns, collectColumns, type FeatureDefinition, sampleOf } from "./columns.ts";
import { defaultDriftTest, distinctValues, driftTests, isDrift } from "./drift-tests.ts";
import { type DataProfile, profileDefinitions, sampleOfProfile } from "./profile.ts";
import type { DriftReport, FeatureDrift } from "./report.ts";
import type { FeatureSample } from "./sample.ts";
import { type DriftSettingsInput, type DriftTestName, driftSettings } from "./settings.ts";
import { psiTest } from "./statistics.ts";

/** A feature of one side: its definition and its values. */
export interface FeatureInput {
  definition: FeatureDefinition;
  sample: FeatureSample;
}

export interface DriftSide {
  rows: number;
  features: FeatureInput[];
  skipped?: Array<{ name: string; reason: string }>;
}

/** Compares two sides' features (pure). Features only the reference has get an empty current side. */
export function compareFeatures(
  reference: DriftSide & { source: "data" | "profile" },
  current: DriftSide,
  settingsInput: DriftSettingsInput = {},
): DriftReport {
  const settings = driftSettings.parse(settingsInput);
  const currentByName = new Map(current.features.map((feature) => [feature.definition.name, feature]));
  const features: FeatureDrift[] = [];
  for (const { definition, sample } of reference.features) {
    const chosen = settings.features[definition.name];
    if (chosen?.ignore) continue;
    const other = currentByName.get(definition.name)?.sample ?? emptyLike(sample);
    features.push(compareFeature(definition, sample, other, chosen?.test, chosen?.threshold));
  }
  for (const name of Object.keys(settings.features))
    if (!reference.features.some((feature) => feature.definition.name === name))
      throw new ConfigError(`no feature "${name}" in the reference data`, {
        field: `drift.features.${name}`,
      });
  const drifted = features.filter((feature) => feature.drifted).length;
  const share = features.length === 0 ? 0 : drifted / features.length;
  return {
    drifted: features.length > 0 && share >= settings.share,
    share,
    threshold: settings.share,
    features,
    reference: { rows: reference.rows, source: reference.source },
    current: { rows: current.rows },
    skipped: reference.skipped ?? [],
  };
}

function compareFeature(
  definition: FeatureDefinition,
  reference: FeatureSample,
  current: FeatureSample,
  testName: DriftTestName | undefined,
  threshold: number | undefined,
): FeatureDrift {
  const sides = {
    reference: { count: reference.count, missing: reference.missing },
    current: { count: current.count, missing: current.missing },
  };
  const empty = reference.count === 0 ? "reference" : current.count === 0 ? "current" : undefined;
  const distinct = empty ? 0 : distinctValues(reference, current);
  const name = testName ?? defaultDriftTest(definition.kind, reference.count, distinct);
  const test = driftTests[name];
  if (!test.appliesTo.includes(definition.kind))
    throw new ConfigError(
      `the ${name} test does not apply to ${definition.kind} feature "${definition.name}"`,
      {
        field: `drift.features.${definition.name}.test`,
      },
    );
  if (test.maxValues !== undefined && distinct > test.maxValues)
    throw new ConfigError(
      `the ${name} test takes at most ${test.maxValues} distinct values; feature "${definition.name}" has ${distinct}`,
      { field: `drift.features.${definition.name}.test` },
    );
  const limit = threshold ?? test.defaultThreshold;
  const base = { feature: definition.name, kind: definition.kind, test: name, threshold: limit, ...sides };
  if (empty)
    return {
      ...base,
      statistic: null,
      p_value: null,
      psi: null,
      drifted: false,
      exact: true,
      error: null,
      note: `no values in the ${empty} data`,
    };
  const value = test.run(reference, current);
  const error = test.errorBound(reference, current);
  return {
    ...base,
    statistic: finiteOrNull(value.statistic),
    p_value: value.pValue === null ? null : finiteOrNull(value.pValue),
    psi: finiteOrNull(psiTest(reference, current).statistic),
    drifted: isDrift(test, value, limit),
    exact: error === 0,
    error,
  };
}

function emptyLike(sample: FeatureSample): FeatureSample {
  return sample.kind === "numerical"
    ? {
        kind: "numerical",
        values: new Float64Array(0),
        weights: new Float64Array(0),
        count: 0,
        missing: 0,
        mean: Number.NaN,
        std: Number.NaN,
        min: Number.NaN,
        max: Number.NaN,
        rankError: 0,
      }
    : { kind: "categorical", counts: new Map(), other: 0, count: 0, missing: 0 };
}

function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

export interface DriftRequest {
  /** Data files, directories or globs, or the profile stored with a model version. */
  reference: string[] | DataProfile;
  /** Data files, directories or globs. */
  current: string[];
  /** Types and missing values; else the profile's features, else inferred from the reference. */
  schema?: TableSchema;
  /** Only these columns. */
  columns?: string[];
  cwd?: string;
  settings?: DriftSettingsInput;
  /** Numbers kept exactly per dataset (default 8 M). */
  valueBudget?: number;
}

/** Reads both sides (each once, streamed) and compares them. */
export async function checkDrift(request: DriftRequest): Promise<DriftReport> {
  const shared = {
    ...(request.cwd ? { cwd: request.cwd } : {}),
    ...(request.columns ? { columns: request.columns } : {}),
    ...(request.valueBudget !== undefined ? { valueBudget: request.valueBudget } : {}),
  };
  let reference: DriftSide & { source: "data" | "profile" };
  let definitions: FeatureDefinition[];
  if (Array.isArray(request.reference)) {
    const collected = await collectColumns(request.reference, {
      ...shared,
      ...(request.schema ? { schema: request.schema } : {}),
    });
    reference = { ...sideOf(collected), source: "data" };
    definitions = collected.features.map(({ name, kind, type }) => ({ name, kind, type }));
  } else {
    const profile = request.reference;
    const wanted = request.columns ? new Set(request.columns) : undefined;
    const kept = profile.features.filter((feature) => wanted === undefined || wanted.has(feature.name));
    reference = {
      rows: profile.rows,
      features: kept.map((feature) => ({
        definition: { name: feature.name, kind: feature.kind, type: feature.type },
        sample: sampleOfProfile(feature),
      })),
      skipped: profile.skipped,
      source: "profile",
    };
    definitions = profileDefinitions(profile).filter((d) => wanted === undefined || wanted.has(d.name));
  }
  const collected = await collectColumns(request.current, {
    ...(request.cwd ? { cwd: request.cwd } : {}),
    ...(request.valueBudget !== undefined ? { valueBudget: request.valueBudget } : {}),
    ...(request.schema ? { schema: request.schema } : {}),
    // Read as the reference was: same features, same kinds.
    features: definitions,
    columns: definitions.map((definition) => definition.name),
  });
  return compareFeatures(reference, sideOf(collected), request.settings);
}

function sideOf(collected: CollectedColumns): DriftSide {
  return {
    rows: collected.rows,
    features: collected.features.map((feature) => ({
      definition: { name: feature.name, kind: feature.kind, type: feature.type },
      sample: sampleOf(feature),
    })),
    skipped: collected.skipped,
  };
}
