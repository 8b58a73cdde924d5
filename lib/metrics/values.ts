import { DataError, type ErrorLocation } from "../errors.ts";

/**
 * What a metric value may be: a finite number. Python writes NaN and infinities into JSON as the
 * bare words `NaN`, `Infinity` and `-Infinity`, YAML as `.nan` and `.inf`, CSV as `nan` and
 * `inf`: each is named as the non-finite number it is, not as a stray word, so the error says
 * what went wrong in training rather than in the file.
 */
const NON_FINITE_WORD = /^[-+]?\.?(nan|inf|infinity)$/i;
const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** A value as it was read, with whether it was written bare (a YAML plain scalar, a CSV cell). */
export interface RawValue {
  value: unknown;
  bare: boolean;
}

export function metricNumber(raw: RawValue, where: ErrorLocation): number {
  const { value } = raw;
  if (typeof value === "number") {
    if (Number.isFinite(value)) return value;
    throw new DataError(`expected a finite number, got ${String(value)}`, where);
  }
  if (typeof value === "string" && raw.bare && NON_FINITE_WORD.test(value.trim()))
    throw new DataError(`expected a finite number, got ${value.trim()}`, where);
  throw new DataError(`expected a number, got ${describe(value)}`, where);
}

/** A CSV cell as a metric: a decimal number, nothing else (no hex, no thousands separators). */
export function metricNumberOfText(text: string, where: ErrorLocation): number {
  const trimmed = text.trim();
  if (DECIMAL.test(trimmed)) {
    const value = Number(trimmed);
    // A decimal past the largest double (1e999) reads as Infinity.
    if (Number.isFinite(value)) return value;
    throw new DataError(`expected a finite number, got ${trimmed}`, where);
  }
  if (trimmed === "") throw new DataError("expected a number, got an empty cell", where);
  return metricNumber({ value: trimmed, bare: true }, where);
}

/** True when a CSV cell reads as a number (finite or not), to tell a header row from values. */
export function looksNumeric(text: string): boolean {
  const trimmed = text.trim();
  return DECIMAL.test(trimmed) || NON_FINITE_WORD.test(trimmed);
}

export function describe(value: unknown): string {
  if (value === null || value === undefined) return "nothing (null)";
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return String(value);
}
