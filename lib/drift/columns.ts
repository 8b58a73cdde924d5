/**
 * Streams data files (CSV, TSV, JSON Lines, Parquet; files, directories and globs as validate-data
 * takes them) once, into a collector per feature (./sample.ts), in bounded memory.
 *
 * Which columns are features and of which kind: from a Table Schema when given (integer, number
 * and year are numerical; string and boolean categorical; dates are not checked for drift, as
 * Evidently leaves datetime columns out), else from a reference profile's features, else inferred
 * from the first rows (lib/schema/infer.ts).
 */
import path from "node:path";
import { type CompleteRowView, completeRowView, RowViewWithDefaults, TextSet } from "../data/rows.ts";
import { expandSources, readData } from "../data/sources.ts";
import { ConfigError } from "../errors.ts";
import { TableSchemaInferrer } from "../schema/infer.ts";
import {
  defaultMissingValues,
  type Field,
  type FieldType,
  type TableSchema,
} from "../schema/table-schema.ts";
import {
  CategoricalCollector,
  DEFAULT_VALUE_BUDGET,
  type FeatureKind,
  type FeatureSample,
  NumericCollector,
  type SpillOptions,
  ValueBudget,
} from "./sample.ts";
import { SPILL_BUFFER_VALUES, type SpillFolder } from "./spill.ts";

/** A feature's name, kind and the schema type it was read as. */
export interface FeatureDefinition {
  name: string;
  kind: FeatureKind;
  type: FieldType;
}

export interface SkippedColumn {
  name: string;
  reason: string;
}

export type FeatureCollector =
  | (FeatureDefinition & { kind: "numerical"; collector: NumericCollector })
  | (FeatureDefinition & { kind: "categorical"; collector: CategoricalCollector });

export interface CollectedColumns {
  /** Data rows read, over all files. */
  rows: number;
  files: string[];
  features: FeatureCollector[];
  skipped: SkippedColumn[];
}

export interface CollectOptions {
  /** Where relative sources are resolved (default: the working directory). */
  cwd?: string;
  /** Types and missing values from a data contract. */
  schema?: TableSchema;
  /** The features, as a reference profile has them: the current data is read the same way. */
  features?: readonly FeatureDefinition[];
  /** Only these columns (default: every column). */
  columns?: readonly string[];
  /** Numbers kept in memory, across the numeric columns (default DEFAULT_VALUE_BUDGET). */
  valueBudget?: number;
  /**
   * Where numbers past the budget are written, to be read back exactly, one feature at a time
   * (default: none, they are sketched). The caller removes the folder when done with the samples.
   */
  spill?: SpillFolder;
  /** Values a column may spill, at most (default MAX_SPILLED_VALUES); past it, it is sketched. */
  maxSpilledValues?: number;
}

/** Rows read to infer the types when there is no schema. */
export const INFER_ROWS = 10_000;

/** Reads the sources once into a collector per feature. */
export async function collectColumns(
  sources: readonly string[],
  options: CollectOptions = {},
): Promise<CollectedColumns> {
  const cwd = options.cwd ?? process.cwd();
  if (sources.length === 0) throw new ConfigError("no data files given");
  const files = await expandSources([...sources], cwd);
  const absolute = files.map((file) => path.resolve(cwd, file));
  const missingValues = [...(options.schema?.missingValues ?? defaultMissingValues)];
  const plan = options.schema
    ? planFromFields(options.schema.fields)
    : options.features
      ? { definitions: options.features.map((feature) => ({ ...feature })), skipped: [] }
      : await inferPlan(absolute, missingValues);
  const wanted = options.columns ? new Set(options.columns) : undefined;
  if (wanted) {
    const known = new Set([...plan.definitions.map((d) => d.name), ...plan.skipped.map((s) => s.name)]);
    const unknown = [...wanted].filter((name) => !known.has(name));
    if (unknown.length > 0)
      throw new ConfigError(
        `no column ${unknown.map((name) => JSON.stringify(name)).join(", ")} in the data`,
        {
          field: "columns",
        },
      );
  }
  const budget = new ValueBudget(options.valueBudget);
  // Write buffers share the budget too, so that many numeric columns cannot add up to much.
  const numericColumns = plan.definitions.filter((definition) => definition.kind === "numerical").length;
  const bufferValues = Math.min(
    SPILL_BUFFER_VALUES,
    Math.max(1024, Math.floor((options.valueBudget ?? DEFAULT_VALUE_BUDGET) / Math.max(numericColumns, 1))),
  );
  const spillOf = (name: string): SpillOptions | undefined =>
    options.spill === undefined
      ? undefined
      : {
          folder: options.spill,
          name,
          bufferValues,
          ...(options.maxSpilledValues === undefined ? {} : { maxValues: options.maxSpilledValues }),
        };
  const features: FeatureCollector[] = plan.definitions
    .filter((definition) => wanted === undefined || wanted.has(definition.name))
    .map((definition) =>
      definition.kind === "numerical"
        ? {
            ...definition,
            kind: "numerical",
            collector: new NumericCollector(budget, spillOf(definition.name)),
          }
        : { ...definition, kind: "categorical", collector: new CategoricalCollector() },
    );
  const skipped = plan.skipped.filter((column) => wanted === undefined || wanted.has(column.name));
  const fieldsByName = new Map(options.schema?.fields.map((field) => [field.name, field]));
  const readers = features.map((feature) => cellReader(feature, fieldsByName.get(feature.name)));

  let rows = 0;
  for (const file of absolute) {
    let indexes: number[] = features.map(() => -1);
    const defaults = new RowViewWithDefaults();
    const onBatch = (view: CompleteRowView, count: number): void => {
      for (let at = 0; at < count; at++) {
        view.select(at);
        for (let feature = 0; feature < readers.length; feature++)
          (readers[feature] as CellReader)(view, indexes[feature] as number);
      }
    };
    let lastRow: unknown;
    let view: CompleteRowView = defaults;
    const result = await readData(
      file,
      { missingValues, columns: features.map((feature) => feature.name), onBatch },
      (row) => {
        if (row !== lastRow) {
          lastRow = row;
          view = completeRowView(row, defaults);
        }
        onBatch(view, 1);
      },
      (columns) => {
        indexes = features.map((feature) => columns.indexOf(feature.name));
      },
    );
    rows += result.rows;
  }
  return { rows, files, features, skipped };
}

/** The value of one feature in the current row: given the column's index (−1: not in this file). */
type CellReader = (row: CompleteRowView, column: number) => void;

function cellReader(feature: FeatureCollector, field: Field | undefined): CellReader {
  if (feature.kind === "numerical") {
    const collector = feature.collector;
    const parse = numberParser(field);
    return (row, column) => {
      if (column < 0 || column >= row.length || row.isMissing(column)) collector.addMissing();
      else collector.add(parse(row, column));
    };
  }
  const collector = feature.collector;
  if (feature.type === "boolean") {
    const truthy = new TextSet(field?.type === "boolean" ? field.trueValues : ["true", "True", "TRUE", "1"]);
    const falsy = new TextSet(
      field?.type === "boolean" ? field.falseValues : ["false", "False", "FALSE", "0"],
    );
    return (row, column) => {
      if (column < 0 || column >= row.length || row.isMissing(column)) collector.addMissing();
      else if (row.indexIn(column, truthy) >= 0) collector.add("true");
      else if (row.indexIn(column, falsy) >= 0) collector.add("false");
      else collector.addMissing();
    };
  }
  return (row, column) => {
    if (column < 0 || column >= row.length || row.isMissing(column)) collector.addMissing();
    else collector.add(row.text(column));
  };
}

/** A cell as a number in the field's notation; NaN when it is not one (counted as missing). */
function numberParser(field: Field | undefined): (row: CompleteRowView, column: number) => number {
  if (field === undefined || (field.type !== "number" && field.type !== "integer"))
    return (row, c) => row.number(c);
  const decimalChar = field.type === "number" ? field.decimalChar : ".";
  const { groupChar, bareNumber } = field;
  if (bareNumber && decimalChar === "." && groupChar === undefined) return (row, c) => row.number(c);
  return (row, column) => {
    let text = row.text(column).trim();
    if (groupChar !== undefined) text = text.split(groupChar).join("");
    if (decimalChar !== ".") text = text.split(decimalChar).join(".");
    if (!bareNumber) text = /[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(text)?.[0] ?? "";
    return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) ? Number(text) : Number.NaN;
  };
}

const KIND_OF_TYPE: Record<FieldType, FeatureKind | undefined> = {
  integer: "numerical",
  number: "numerical",
  year: "numerical",
  string: "categorical",
  boolean: "categorical",
  date: undefined,
  datetime: undefined,
};

function planFromFields(fields: readonly Pick<Field, "name" | "type">[]): {
  definitions: FeatureDefinition[];
  skipped: SkippedColumn[];
} {
  const definitions: FeatureDefinition[] = [];
  const skipped: SkippedColumn[] = [];
  for (const field of fields) {
    const kind = KIND_OF_TYPE[field.type];
    if (kind === undefined)
      skipped.push({ name: field.name, reason: `${field.type} columns are not checked for drift` });
    else definitions.push({ name: field.name, kind, type: field.type });
  }
  return { definitions, skipped };
}

async function inferPlan(
  files: string[],
  missingValues: string[],
): Promise<{ definitions: FeatureDefinition[]; skipped: SkippedColumn[] }> {
  const first = files[0] as string;
  let inferrer: TableSchemaInferrer | undefined;
  await readData(
    first,
    { missingValues, maxRows: INFER_ROWS },
    (row) => inferrer?.observeRow(row),
    (columns) => {
      inferrer = new TableSchemaInferrer(columns, { missingValues });
    },
  );
  if (inferrer === undefined) throw new ConfigError("no columns in the data", { file: first });
  // The kinds alone: a whole contract (checked by zod, defaults filled in) would be thrown away.
  return planFromFields(inferrer.fields());
}

/** A feature's collected values as the statistics take them (once: see NumericCollector.finish). */
export function sampleOf(feature: FeatureCollector): FeatureSample {
  return feature.collector.finish();
}
