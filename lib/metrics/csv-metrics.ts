import { stat } from "node:fs/promises";
import { MAX_DOCUMENT_BYTES } from "../config/located-document.ts";
import { readCsv } from "../data/csv.ts";
import { DataError } from "../errors.ts";
import { looksNumeric, metricNumberOfText } from "./values.ts";

interface CsvRecord {
  line: number;
  cells: string[];
}

const NAME_HEADERS = new Set(["metric", "name", "key"]);

/**
 * Metrics from a CSV file, in one of two layouts, told apart by the first row:
 * - long: two columns of name and value, under a `metric,value` header (or `name`/`key`), or
 *   with no header at all when the first row's second cell is already a number;
 * - wide: a header row of metric names, and the values in the last row (so a per-epoch log,
 *   one row an epoch, gives the final epoch's values).
 */
export async function readCsvMetrics(file: string, name: string): Promise<Record<string, number>> {
  const records = await readRecords(file, name);
  const [first] = records;
  if (!first) throw new DataError("the file is empty: expected metric names and values", { file: name });
  if (isLongHeader(first)) return longMetrics(records.slice(1), name);
  if (first.cells.length === 2 && looksNumeric(first.cells[1] ?? "") && !looksNumeric(first.cells[0] ?? ""))
    return longMetrics(records, name);
  return wideMetrics(first, records, name);
}

function isLongHeader(record: CsvRecord): boolean {
  const [nameCell, valueCell] = record.cells.map((cell) => cell.trim().toLowerCase());
  return record.cells.length === 2 && NAME_HEADERS.has(nameCell ?? "") && valueCell === "value";
}

function longMetrics(records: CsvRecord[], file: string): Record<string, number> {
  const metrics: Record<string, number> = {};
  for (const { line, cells } of records) {
    if (cells.length !== 2)
      throw new DataError(`expected 2 cells (metric,value), found ${cells.length}`, { file, line });
    const metric = (cells[0] ?? "").trim();
    if (metric === "") throw new DataError("a metric without a name", { file, line });
    if (metric === "__proto__") throw new DataError('"__proto__" cannot be a metric name', { file, line });
    if (Object.hasOwn(metrics, metric))
      throw new DataError(`"${metric}" is given twice`, { file, line, field: metric });
    metrics[metric] = metricNumberOfText(cells[1] ?? "", { file, line, field: metric });
  }
  return metrics;
}

function wideMetrics(header: CsvRecord, records: CsvRecord[], file: string): Record<string, number> {
  const names = header.cells.map((cell) => cell.trim());
  names.forEach((metric, index) => {
    if (metric === "")
      throw new DataError(`column ${index + 1} of the header has no name`, { file, line: header.line });
    if (metric === "__proto__")
      throw new DataError('"__proto__" cannot be a metric name', { file, line: header.line });
    if (names.indexOf(metric) !== index)
      throw new DataError(`"${metric}" names two columns`, { file, line: header.line, field: metric });
  });
  const last = records.at(-1) as CsvRecord;
  if (last === header)
    throw new DataError("a header row and no values: expected a row of values under it", {
      file,
      line: header.line,
    });
  if (last.cells.length !== names.length)
    throw new DataError(`the last row has ${last.cells.length} cells, the header ${names.length}`, {
      file,
      line: last.line,
    });
  const metrics: Record<string, number> = {};
  names.forEach((metric, index) => {
    metrics[metric] = metricNumberOfText(last.cells[index] ?? "", { file, line: last.line, field: metric });
  });
  return metrics;
}

async function readRecords(file: string, name: string): Promise<CsvRecord[]> {
  // Every record is kept: refuse a file past the size of any metrics file before reading it.
  const size = (await stat(file).catch(() => undefined))?.size ?? 0;
  if (size > MAX_DOCUMENT_BYTES)
    throw new DataError(
      `the metrics file is ${Math.round(size / (1 << 20))} MiB, more than the ${MAX_DOCUMENT_BYTES / (1 << 20)} MiB a metrics file may be`,
      { file: name },
    );
  const records: CsvRecord[] = [];
  let result: Awaited<ReturnType<typeof readCsv>>;
  try {
    result = await readCsv(file, { header: false, missingValues: [] }, (row) => {
      const cells: string[] = [];
      for (let column = 0; column < row.length; column++) cells.push(row.text(column));
      records.push({ line: row.line, cells });
    });
  } catch (error) {
    if (error instanceof DataError)
      throw new DataError(error.detail, { ...error.location, file: name }, { cause: error });
    const code = (error as NodeJS.ErrnoException).code;
    const detail = code === "ENOENT" ? "metrics file not found" : `cannot read the metrics file (${code})`;
    throw new DataError(detail, { file: name }, { cause: error });
  }
  const [problem] = result.problems;
  if (problem) throw new DataError(`not valid CSV: ${problem.message}`, { file: name, line: problem.line });
  return records;
}
