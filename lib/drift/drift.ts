/**
 * Drift between reference data (the training data, or its profile stored with the model version)
 * and current data (streamed), feature by feature, and for the dataset as a whole.
 *
 * Memory: each dataset is read once into per-column collectors (./sample.ts): a column with few
 * distinct values as a table; others in memory while the dataset's budget of kept numbers lasts
 * (8 M values, 64 MB), past it in temporary files (./spill.ts), which are read back one feature at
 * a time as the features are compared, and removed at the end (also on error). So data against
 * data is exact. Only past MAX_SPILLED_VALUES values a column, or from a profile's stored sketch,
 * does a feature come from a KLL sketch, and the report then says so (`exact: false`) with the
 * bound on its error (`error`).
 */
import { ConfigError } from "../errors.ts";
import type { TableSchema } from "../schema/table-schema.ts";
import { type CollectedColumns, collectColumns, type FeatureDefinition, sampleOf } from "./columns.ts";
import { defaultDriftTest, distinctValues, driftTests, isDrift } from "./drift-tests.ts";
import { type DataProfile, profileDefinitions, sampleOfProfile } from "./profile.ts";
import type { DriftReport, FeatureDrift } from "./report.ts";
import type { FeatureSample } from "./sample.ts";
import { type DriftSettingsInput, type DriftTestName, driftSettings } from "./settings.ts";
import { SpillFolder } from "./spill.ts";
import { psiTest } from "./statistics.ts";

/** A feature of one side: its definition and its values (or how to get them, when first needed). */
export interface FeatureInput {
  definition: FeatureDefinition;
  sample: FeatureSample | (() => FeatureSample);
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
  // One feature at a time: spilled values are read back only now, and dropped after.
  for (const input of reference.features) {
    const definition = input.definition;
    const chosen = settings.features[definition.name];
    if (chosen?.ignore) continue;
    const sample = sampleOfInput(input);
    const currentInput = currentByName.get(definition.name);
    const other = currentInput === undefined ? emptyLike(sample) : sampleOfInput(currentInput);
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

function sampleOfInput(input: FeatureInput): FeatureSample {
  return typeof input.sample === "function" ? input.sample() : input.sample;
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
  /** Numbers kept in memory per dataset (default 8 M); the rest go to temporary files. */
  valueBudget?: number;
  /** Where the temporary files' folder goes (default $RUNNER_TEMP, else the OS's temp folder). */
  tempDir?: string;
  /** Values a column may spill, at most (default MAX_SPILLED_VALUES); past it, it is sketched. */
  maxSpilledValues?: number;
}

/** Reads both sides (each once, streamed) and compares them. */
export async function checkDrift(request: DriftRequest): Promise<DriftReport> {
  const spill = new SpillFolder(request.tempDir);
  const shared = {
    ...(request.cwd ? { cwd: request.cwd } : {}),
    ...(request.valueBudget !== undefined ? { valueBudget: request.valueBudget } : {}),
    ...(request.maxSpilledValues !== undefined ? { maxSpilledValues: request.maxSpilledValues } : {}),
    ...(request.schema ? { schema: request.schema } : {}),
    spill,
  };
  try {
    let reference: DriftSide & { source: "data" | "profile" };
    let definitions: FeatureDefinition[];
    if (Array.isArray(request.reference)) {
      const collected = await collectColumns(request.reference, {
        ...shared,
        ...(request.columns ? { columns: request.columns } : {}),
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
      ...shared,
      // Read as the reference was: same features, same kinds.
      features: definitions,
      columns: definitions.map((definition) => definition.name),
    });
    return compareFeatures(reference, sideOf(collected), request.settings);
  } finally {
    spill.remove();
  }
}

/** A side whose samples are made when compared (spilled values read back then, one feature at a time). */
function sideOf(collected: CollectedColumns): DriftSide {
  return {
    rows: collected.rows,
    features: collected.features.map((feature) => ({
      definition: { name: feature.name, kind: feature.kind, type: feature.type },
      sample: () => sampleOf(feature),
    })),
    skipped: collected.skipped,
  };
}
