/**
 * Per-example predictions, for the significance tests: one file per model (CSV, TSV, JSON Lines or
 * Parquet, read by the data readers) with the columns `id`, `label`, `prediction` and optionally
 * `score`; other columns are ignored.
 *
 * Decisions:
 * - An example is right when its prediction equals its label: as numbers when both read as
 *   numbers ("1" and "1.0" agree), else as exact text.
 * - `score` is a per-example score for the bootstrap (log loss, squared error...). An empty cell
 *   is allowed; the paired scores are given only where both files have a score for every example.
 * - Ids are unique within a file. The two files must hold the same ids (in any order) with the
 *   same labels (compared as above), or the comparison would not be paired; the pairs follow the
 *   candidate's order.
 * - Errors are DataErrors naming the file, the line, and the column as its field. A broken file
 *   (a line that is not JSON, a quote left open) fails at that line; a stray quote inside a CSV
 *   cell is read as text, as the validator reads it.
 */
import { parseNumberText } from "../data/csv.ts";
import type { RowView } from "../data/rows.ts";
import { readData } from "../data/sources.ts";
import { DataError } from "../errors.ts";

const REQUIRED_COLUMNS = ["id", "label", "prediction"] as const;
const COLUMNS = [...REQUIRED_COLUMNS, "score"] as const;
type Column = (typeof COLUMNS)[number];

/** How many ids an error message lists. */
const EXAMPLES_SHOWN = 5;

export interface Predictions {
  file: string;
  /** In file order. */
  ids: string[];
  labels: string[];
  predictions: string[];
  /** NaN where the file has no score for the example (or no score column). */
  scores: Float64Array;
  correct: boolean[];
  /** The line each example is on, for errors. */
  lines: number[];
  /** id → position in the arrays. */
  positions: Map<string, number>;
}

export interface PairedPredictions {
  /** Example ids, in the candidate file's order. */
  ids: string[];
  candidateCorrect: boolean[];
  baselineCorrect: boolean[];
  /** Present when both files give a score for every example. */
  scores?: { candidate: number[]; baseline: number[] };
}

/** Reads a predictions file (by its extension: .csv, .tsv, .jsonl, .ndjson, .parquet; .gz too). */
export async function readPredictions(file: string): Promise<Predictions> {
  const predictions: Predictions = {
    file,
    ids: [],
    labels: [],
    predictions: [],
    scores: new Float64Array(0),
    correct: [],
    lines: [],
    positions: new Map(),
  };
  const scores: number[] = [];
  const columnIndex = new Map<Column, number>();
  let firstError: DataError | undefined;

  const cellError = (row: RowView, column: Column, detail: string): DataError =>
    new DataError(detail, { file, line: row.line, field: column });

  const readRow = (row: RowView): DataError | undefined => {
    const cells: Partial<Record<Column, string>> = {};
    for (const column of REQUIRED_COLUMNS) {
      const index = columnIndex.get(column)!;
      if (index >= row.length || row.isMissing(index)) return cellError(row, column, `missing ${column}`);
      cells[column] = row.text(index);
    }
    const { id, label, prediction } = cells as Record<(typeof REQUIRED_COLUMNS)[number], string>;
    const first = predictions.positions.get(id);
    if (first !== undefined) {
      return cellError(
        row,
        "id",
        `duplicate id ${JSON.stringify(id)} (first on line ${predictions.lines[first]})`,
      );
    }
    let score = Number.NaN;
    const scoreIndex = columnIndex.get("score");
    if (scoreIndex !== undefined && scoreIndex < row.length && !row.isMissing(scoreIndex)) {
      score = row.number(scoreIndex);
      if (!Number.isFinite(score)) {
        return cellError(
          row,
          "score",
          `expected a finite number, got ${JSON.stringify(row.text(scoreIndex))}`,
        );
      }
    }
    predictions.positions.set(id, predictions.ids.length);
    predictions.ids.push(id);
    predictions.labels.push(label);
    predictions.predictions.push(prediction);
    predictions.correct.push(sameValue(label, prediction));
    predictions.lines.push(row.line);
    scores.push(score);
    return undefined;
  };

  const result = await readData(
    file,
    { columns: [...COLUMNS] },
    (row) => {
      if (firstError === undefined) firstError = readRow(row);
    },
    (columns) => {
      for (const column of COLUMNS) {
        const index = columns.indexOf(column);
        if (index >= 0) columnIndex.set(column, index);
      }
      const missing = REQUIRED_COLUMNS.filter((column) => !columnIndex.has(column));
      if (missing.length > 0) {
        const found = columns.length > 0 ? columns.join(", ") : "none";
        throw new DataError(
          `missing column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}: expected id, label, prediction (and optionally score), found ${found}`,
          { file, line: 1 },
        );
      }
    },
  );

  // A problem with the file's structure is reported at its line, before any later cell error.
  const problem = result.problems.find((found) => found.kind !== "stray-quote");
  if (problem && (firstError === undefined || problem.line <= (firstError.location.line ?? 0))) {
    throw new DataError(problem.message, { file, line: problem.line });
  }
  if (firstError) throw firstError;
  if (predictions.ids.length === 0) {
    throw new DataError("no predictions: expected one row per example with id, label, prediction", { file });
  }
  predictions.scores = Float64Array.from(scores);
  return predictions;
}

/** Labels (and predictions) agree as numbers where both are numbers, else as text. */
function sameValue(label: string, prediction: string): boolean {
  if (label === prediction) return true;
  const labelNumber = parseNumberText(label);
  const predictionNumber = parseNumberText(prediction);
  return !Number.isNaN(labelNumber) && labelNumber === predictionNumber;
}

/** Joins two models' predictions by id: the paired correctness (and scores) the tests need. */
export function pairPredictions(candidate: Predictions, baseline: Predictions): PairedPredictions {
  const missing = candidate.ids.filter((id) => !baseline.positions.has(id));
  const extra = baseline.ids.filter((id) => !candidate.positions.has(id));
  if (missing.length > 0 || extra.length > 0) {
    const parts: string[] = [];
    if (missing.length > 0) {
      parts.push(`${countOf(missing.length, "id")} of the candidate missing here (${listSome(missing)})`);
    }
    if (extra.length > 0) {
      parts.push(`${countOf(extra.length, "id")} here not in the candidate (${listSome(extra)})`);
    }
    throw new DataError(
      `the baseline's predictions are not on the same examples as ${candidate.file}: ${parts.join("; ")}`,
      { file: baseline.file },
    );
  }

  const candidateCorrect: boolean[] = [];
  const baselineCorrect: boolean[] = [];
  const candidateScores: number[] = [];
  const baselineScores: number[] = [];
  candidate.ids.forEach((id, position) => {
    const other = baseline.positions.get(id)!;
    if (!sameValue(candidate.labels[position]!, baseline.labels[other]!)) {
      throw new DataError(
        `id ${JSON.stringify(id)} has label ${JSON.stringify(baseline.labels[other])} here but ${JSON.stringify(candidate.labels[position])} in ${candidate.file} (line ${candidate.lines[position]})`,
        { file: baseline.file, line: baseline.lines[other], field: "label" },
      );
    }
    candidateCorrect.push(candidate.correct[position]!);
    baselineCorrect.push(baseline.correct[other]!);
    candidateScores.push(candidate.scores[position]!);
    baselineScores.push(baseline.scores[other]!);
  });
  const scored = [...candidateScores, ...baselineScores].every((score) => !Number.isNaN(score));
  return {
    ids: [...candidate.ids],
    candidateCorrect,
    baselineCorrect,
    ...(scored ? { scores: { candidate: candidateScores, baseline: baselineScores } } : {}),
  };
}

/** Reads both files and pairs them. */
export async function readPairedPredictions(
  candidateFile: string,
  baselineFile: string,
): Promise<PairedPredictions> {
  const [candidate, baseline] = await Promise.all([
    readPredictions(candidateFile),
    readPredictions(baselineFile),
  ]);
  return pairPredictions(candidate, baseline);
}

function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

function listSome(ids: string[]): string {
  const shown = ids.slice(0, EXAMPLES_SHOWN).map((id) => JSON.stringify(id));
  return ids.length > EXAMPLES_SHOWN ? `${shown.join(", ")}, ...` : shown.join(", ");
}
