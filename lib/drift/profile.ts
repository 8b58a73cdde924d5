/**
 * A data profile: what drift needs to know of the training data, small enough to keep with a
 * model version (in its trainyard.json), so drift can be checked later without the data.
 *
 * Per numeric feature: count, missing, mean, std (ddof 0), min, max, and either the exact table
 * of its distinct values (at most MAX_EXACT_VALUES of them; then every drift statistic from the
 * profile is exact) or a KLL quantile sketch (about 1,200 numbers; statistics within the bounds
 * stated in ./statistics.ts). Per categorical feature: a frequency table of at most
 * PROFILE_CATEGORIES values, most frequent first; `other` counts the rows whose values were cut.
 */
import { readFile } from "node:fs/promises";
import { ConfigError } from "../errors.ts";
import { fieldTypes, type TableSchema } from "../schema/table-schema.ts";
import { QuantileSketch } from "../stats/quantile-sketch.ts";
import * as z from "../zod.ts";
import {
  type CollectedColumns,
  collectColumns,
  type FeatureDefinition,
  type SkippedColumn,
} from "./columns.ts";
import {
  type CategoricalSample,
  type FeatureSample,
  fromPairs,
  type NumericalSample,
  weightedItems,
} from "./sample.ts";

/** Categories kept in a profile's frequency table. */
export const PROFILE_CATEGORIES = 1000;

const count = z.int().check(z.minimum(0));
/** A statistic that is NaN for an empty column: JSON has no NaN, so null there. */
const statistic = z.nullable(z.number());

const sketchJson = z.object({
  k: z.int().check(z.minimum(8)),
  count,
  min: z.number(),
  max: z.number(),
  levels: z.array(z.array(z.number())),
});

const numericalFeatureProfile = z.object({
  name: z.string(),
  kind: z.literal("numerical"),
  type: z.enum(fieldTypes),
  count,
  missing: count,
  mean: statistic,
  std: statistic,
  min: statistic,
  max: statistic,
  /** [value, count] for each distinct value, ascending, when there are few enough; else null. */
  values: z.nullable(z.array(z.tuple([z.number(), count]))),
  /** A KLL quantile sketch of the values, when `values` is null. */
  sketch: z.nullable(sketchJson),
});

const categoricalFeatureProfile = z.object({
  name: z.string(),
  kind: z.literal("categorical"),
  type: z.enum(fieldTypes),
  count,
  missing: count,
  /** [value, count], most frequent first (ties by value). */
  values: z.array(z.tuple([z.string(), count])),
  /** Rows whose value was cut from the table. */
  other: count,
});

export const featureProfile = z.discriminatedUnion("kind", [
  numericalFeatureProfile,
  categoricalFeatureProfile,
]);
export type FeatureProfile = z.infer<typeof featureProfile>;

export const dataProfile = z.object({
  format: z.literal("trainyard.data-profile"),
  version: z.literal(1),
  /** Data rows profiled. */
  rows: count,
  /** The files read, as they were named. */
  files: z.array(z.string()),
  features: z.array(featureProfile),
  /** Columns left out, and why (dates, for instance). */
  skipped: z.array(z.object({ name: z.string(), reason: z.string() })),
});
export type DataProfile = z.infer<typeof dataProfile>;

export interface ProfileOptions {
  schema?: TableSchema;
  /** Only these columns (default: all). */
  columns?: string[];
  /** Where relative sources are resolved (default: the working directory). */
  cwd?: string;
}

/** Streams the sources once into a profile (see the top of this file). */
export async function buildDataProfile(
  sources: string[],
  options: ProfileOptions = {},
): Promise<DataProfile> {
  return profileOfColumns(
    await collectColumns(sources, {
      ...(options.schema ? { schema: options.schema } : {}),
      ...(options.columns ? { columns: options.columns } : {}),
      ...(options.cwd ? { cwd: options.cwd } : {}),
    }),
  );
}

/** The profile of columns already collected. */
export function profileOfColumns(collected: CollectedColumns): DataProfile {
  const features = collected.features.map((feature): FeatureProfile => {
    const { name, type } = feature;
    if (feature.kind === "numerical") {
      const collector = feature.collector;
      const moments = collector.moments();
      const values = collector.valueTable() ?? null;
      const sketch = values === null ? collector.toSketch().toJSON() : null;
      return {
        name,
        kind: "numerical",
        type,
        count: collector.count,
        missing: collector.missing,
        mean: finiteOrNull(moments.mean),
        std: finiteOrNull(moments.std),
        min: finiteOrNull(moments.min),
        max: finiteOrNull(moments.max),
        values,
        sketch,
      };
    }
    const collector = feature.collector;
    const sorted = [...collector.counts].sort(
      (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
    );
    const kept = sorted.slice(0, PROFILE_CATEGORIES);
    const cut = sorted.slice(PROFILE_CATEGORIES).reduce((sum, [, n]) => sum + n, 0);
    return {
      name,
      kind: "categorical",
      type,
      count: collector.count,
      missing: collector.missing,
      values: kept,
      other: collector.other + cut,
    };
  });
  return {
    format: "trainyard.data-profile",
    version: 1,
    rows: collected.rows,
    files: collected.files,
    features,
    skipped: collected.skipped,
  };
}

/** The features of a profile as definitions (to read current data the same way). */
export function profileDefinitions(profile: DataProfile): FeatureDefinition[] {
  return profile.features.map(({ name, kind, type }) => ({ name, kind, type }));
}

/** The skipped columns of a profile. */
export function profileSkipped(profile: DataProfile): SkippedColumn[] {
  return profile.skipped;
}

/** A feature of a profile as a sample the statistics take. */
export function sampleOfProfile(feature: FeatureProfile): FeatureSample {
  if (feature.kind === "categorical") {
    const sample: CategoricalSample = {
      kind: "categorical",
      counts: new Map(feature.values),
      other: feature.other,
      count: feature.count,
      missing: feature.missing,
    };
    return sample;
  }
  const moments = {
    mean: feature.mean ?? Number.NaN,
    std: feature.std ?? Number.NaN,
    min: feature.min ?? Number.NaN,
    max: feature.max ?? Number.NaN,
  };
  const base = { kind: "numerical" as const, count: feature.count, missing: feature.missing, ...moments };
  if (feature.values !== null)
    return { ...base, ...fromPairs(feature.values), rankError: 0 } as NumericalSample;
  const sketch = QuantileSketch.fromJSON(
    feature.sketch ?? { k: 400, count: 0, min: Number.NaN, max: Number.NaN, levels: [[]] },
  );
  return { ...base, ...weightedItems(sketch), rankError: sketch.rankError };
}

function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

/**
 * Reads a profile from a JSON file: a profile as `trainyard profile` writes it, or a model
 * version's trainyard.json that holds one under `dataProfile`.
 */
export async function readDataProfile(file: string): Promise<DataProfile> {
  const text = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new ConfigError(`cannot read the profile: ${error.code ?? error.message}`, { file });
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`not JSON: ${(error as Error).message}`, { file });
  }
  const inner =
    typeof data === "object" && data !== null && !("format" in data) && "dataProfile" in data
      ? (data as { dataProfile: unknown }).dataProfile
      : data;
  const prefix = inner === data ? "" : "dataProfile.";
  const parsed = dataProfile.safeParse(inner);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? `${prefix}${issue.path.join(".")}` : prefix;
    throw new ConfigError(`not a data profile: ${issue?.message ?? "invalid"}`, {
      file,
      ...(where ? { field: where } : {}),
    });
  }
  return parsed.data;
}
