import path from "node:path";
import { DataError } from "../errors.ts";
import { readCsvMetrics } from "./csv-metrics.ts";
import { type Leaf, NestedFile } from "./nested-file.ts";
import { metricNumber } from "./values.ts";

export { readHistory } from "./history.ts";

/** Flat metrics: `val.accuracy` → 0.93. */
export type Metrics = Record<string, number>;
/** Flat params, as the record keeps them. */
export type Params = Record<string, number | string | boolean>;
/** Metrics per slice: `country=DE` → { accuracy: 0.9 }. */
export type SliceMetrics = Record<string, Metrics>;

type Format = "json" | "yaml" | "csv";

function formatOf(file: string, name: string, accepted: Format[]): Format {
  const extension = path.extname(file).toLowerCase();
  const format = ({ ".json": "json", ".yaml": "yaml", ".yml": "yaml", ".csv": "csv" } as const)[
    extension as ".json"
  ] as Format | undefined;
  if (format && accepted.includes(format)) return format;
  const expected = accepted.flatMap((f) => (f === "yaml" ? [".yaml", ".yml"] : [`.${f}`])).join(", ");
  throw new DataError(`cannot tell the format from the file name: expected ${expected}`, { file: name });
}

/**
 * Reads a metrics file: JSON or YAML (nested keys joined with ".", as DVC does; list items by
 * index) or CSV (see readCsvMetrics). Every value must be a finite number.
 * `name` is the file as the user knows it, for errors; `file` is where to read it.
 */
export async function readMetrics(file: string, name = file): Promise<Metrics> {
  if (formatOf(file, name, ["json", "yaml", "csv"]) === "csv") return readCsvMetrics(file, name);
  const document = await NestedFile.read(file, name, "metrics");
  return numbers(document.allLeaves(), name);
}

/**
 * Reads a params file (JSON or YAML), flattened as metrics are. Values stay numbers, text or
 * booleans; a null (Python's None) is kept as the text "null", and a non-finite number as its
 * name ("NaN", "Infinity"), so that every param set shows in the record.
 */
export async function readParams(file: string, name = file): Promise<Params> {
  formatOf(file, name, ["json", "yaml"]);
  const document = await NestedFile.read(file, name, "params");
  const params: Params = {};
  for (const { key, raw } of document.allLeaves()) {
    const { value } = raw;
    params[key] =
      typeof value === "boolean" ||
      typeof value === "string" ||
      (typeof value === "number" && Number.isFinite(value))
        ? value
        : String(value);
  }
  return params;
}

/**
 * Reads per-slice metrics (JSON or YAML): each top-level key names a slice (`country=DE`), and its
 * value is that slice's metrics, flattened as a metrics file is.
 */
export async function readSlices(file: string, name = file): Promise<SliceMetrics> {
  formatOf(file, name, ["json", "yaml"]);
  const document = await NestedFile.read(file, name, "slice metrics");
  const slices: SliceMetrics = {};
  for (const entry of document.topEntries()) {
    const leaves = document.leaves(entry.value, entry.key, entry.line);
    const [only] = leaves;
    if (leaves.length === 1 && only?.key === entry.key)
      throw new DataError("expected the slice's metrics (metric: value), got a single value", {
        file: name,
        line: entry.line,
        field: entry.key,
      });
    const metrics = numbers(leaves, name);
    slices[entry.key] = Object.fromEntries(
      Object.entries(metrics).map(([key, value]) => [key.slice(entry.key.length + 1), value]),
    );
  }
  return slices;
}

function numbers(leaves: Leaf[], file: string): Metrics {
  const metrics: Metrics = {};
  for (const leaf of leaves)
    metrics[leaf.key] = metricNumber(leaf.raw, { file, line: leaf.line, field: leaf.key });
  return metrics;
}
