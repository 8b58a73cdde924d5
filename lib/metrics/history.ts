import { createReadStream, fstat as fstatCallback } from "node:fs";
import { createInterface } from "node:readline";
import { promisify } from "node:util";
import { MAX_NESTING_DEPTH } from "../config/located-document.ts";
import { DataError } from "../errors.ts";
import type { HistoryPoint } from "../runs/run-record.ts";
import { describe, metricNumber, type RawValue } from "./values.ts";

/** A history file past this size is refused unread: its points are all held in memory. */
export const MAX_HISTORY_BYTES = 64 * (1 << 20);

const fstat = promisify(fstatCallback);

/** Keys that number a point, in the order they are looked for. */
const STEP_KEYS = ["step", "epoch"] as const;

/**
 * Per-step history from JSON Lines: one object a line (`{"epoch": 3, "loss": 0.41}`), nested keys
 * joined with ".". The point's step is its `step`, else its `epoch`, else its position (from 0).
 * Every value must be a finite number; blank lines are skipped. Read line by line, so a long
 * history costs memory for its points, not for the file.
 */
export async function readHistory(file: string, name: string): Promise<HistoryPoint[]> {
  const points: HistoryPoint[] = [];
  const stream = createReadStream(file, { encoding: "utf8" });
  const opened = new Promise<number>((resolve, reject) => {
    stream.once("open", (fd) => resolve(fd));
    stream.once("error", reject);
  });
  try {
    const info = await fstat(await opened);
    if (info.isDirectory() || info.size > MAX_HISTORY_BYTES) {
      stream.destroy();
      throw new DataError(
        info.isDirectory()
          ? "expected a history file, found a directory"
          : `the history file is ${Math.round(info.size / (1 << 20))} MiB, more than the ${MAX_HISTORY_BYTES / (1 << 20)} MiB it may be`,
        { file: name },
      );
    }
  } catch (error) {
    if (error instanceof DataError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const detail = code === "ENOENT" ? "history file not found" : `cannot read the history file (${code})`;
    throw new DataError(detail, { file: name }, { cause: error });
  }
  let line = 0;
  for await (const text of createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })) {
    line++;
    if (text.trim() === "") continue;
    points.push(historyPoint(text.replace(/^\uFEFF/, ""), points.length, { file: name, line }));
  }
  return points;
}

function historyPoint(text: string, position: number, where: { file: string; line: number }): HistoryPoint {
  let parsed: unknown;
  try {
    parsed = parseJsonAllowingNonFinite(text);
  } catch (error) {
    throw new DataError(`not valid JSON: ${(error as Error).message}`, where);
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed))
    throw new DataError(`expected one JSON object a line, got ${describe(parsed)}`, where);
  const values: Record<string, number> = {};
  for (const [key, raw] of flattenJson(parsed, "", where))
    values[key] = metricNumber(raw, { ...where, field: key });
  const stepKey = STEP_KEYS.find((key) => Object.hasOwn(values, key));
  return { ...values, step: stepKey === undefined ? position : (values[stepKey] as number) };
}

const NON_FINITE_MARK = "\u0000non-finite:";

/**
 * JSON.parse, except that the bare NaN, Infinity and -Infinity Python's json module writes are
 * read as marked words, so that the point names the key that went non-finite.
 */
function parseJsonAllowingNonFinite(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const marked = markNonFiniteWords(text);
    if (marked === text) throw error;
    return JSON.parse(marked);
  }
}

function markNonFiniteWords(text: string): string {
  let marked = "";
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (inString) {
      marked += char;
      if (char === "\\") marked += text[++i] ?? "";
      else if (char === '"') inString = false;
      continue;
    }
    const word = /^(-?Infinity|NaN)/.exec(text.slice(i, i + 9))?.[1];
    if (word) {
      marked += JSON.stringify(`${NON_FINITE_MARK}${word}`);
      i += word.length - 1;
      continue;
    }
    if (char === '"') inString = true;
    marked += char;
  }
  return marked;
}

function flattenJson(
  value: unknown,
  prefix: string,
  where: { file: string; line: number },
): Map<string, RawValue> {
  const leaves = new Map<string, RawValue>();
  const visit = (current: unknown, key: string, depth: number) => {
    if (current !== null && typeof current === "object") {
      // One call a level: JSON.parse takes any depth, the stack here does not.
      if (depth >= MAX_NESTING_DEPTH)
        throw new DataError(`nested more than ${MAX_NESTING_DEPTH} levels deep`, { ...where, field: key });
      const entries = Array.isArray(current)
        ? current.map((item, index) => [String(index), item] as const)
        : Object.entries(current);
      for (const [childKey, child] of entries) {
        if (childKey === "__proto__")
          throw new DataError('"__proto__" cannot be a name here', { ...where, field: key });
        visit(child, key === "" ? childKey : `${key}.${childKey}`, depth + 1);
      }
      return;
    }
    if (leaves.has(key))
      throw new DataError(`"${key}" is given twice once nested keys are joined with "."`, {
        ...where,
        field: key,
      });
    const nonFinite = typeof current === "string" && current.startsWith(NON_FINITE_MARK);
    leaves.set(
      key,
      nonFinite
        ? { value: current.slice(NON_FINITE_MARK.length), bare: true }
        : { value: current, bare: false },
    );
  };
  visit(value, prefix, 0);
  return leaves;
}
