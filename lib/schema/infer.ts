/**
 * Infers a starting data contract from a sample of the data (`trainyard init`): each column's type,
 * whether it is required, the range of numeric columns, and the values of low-cardinality text
 * columns. Incremental, so the first rows of a streamed reader can feed it without being kept.
 * Deterministic: the same sample gives the same schema, whatever the order of its rows.
 */

import type { RowView } from "../data/rows.ts";
import { DataError } from "../errors.ts";
import {
  createTemporalParser,
  defaultMissingValues,
  type FieldInput,
  type FieldType,
  type TableSchema,
  type TableSchemaInput,
  tableSchema,
} from "./table-schema.ts";

export interface InferOptions {
  /** Cell texts that mean "no value"; default `[""]`. Written into the schema when not the default. */
  missingValues?: readonly string[];
  /** A text column gets an `enum` when it has at most this many distinct values (default 20)... */
  enumMaxValues?: number;
  /** ...and each of them was seen at least this many times (default 2). */
  enumMinCount?: number;
}

const booleanWords = new Set(["true", "True", "TRUE", "false", "False", "FALSE"]);
// Leading zeros ("007", "02134") mark codes, not quantities: those columns stay text.
const integerPattern = /^[+-]?(0|[1-9]\d*)$/;
const numberPattern = /^[+-]?(?:(?:0|[1-9]\d*)(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const nonFiniteNumbers = new Set(["NaN", "INF", "-INF", "+INF"]);

const parseIsoDate = createTemporalParser("date", "default");
const parseIsoDatetime = createTemporalParser("datetime", "default");
const spacedDatetimeFormat = "%Y-%m-%d %H:%M:%S";
const parseSpacedDatetime = createTemporalParser("datetime", spacedDatetimeFormat);

/** A field as inference writes it: always with its type. */
export type InferredField = FieldInput & { type: FieldType };

/** What one column's sample has shown so far. */
class ColumnProfile {
  observed = 0;
  missing = 0;
  couldBeBoolean = true;
  couldBeInteger = true;
  couldBeNumber = true;
  couldBeDate = true;
  couldBeDatetime = true;
  couldBeSpacedDatetime = true;
  minimum = Number.POSITIVE_INFINITY;
  maximum = Number.NEGATIVE_INFINITY;
  /** Count of each distinct text; dropped once there are too many to be an enum. */
  counts: Map<string, number> | undefined = new Map();

  constructor(private readonly enumMaxValues: number) {}

  observeMissing(): void {
    this.observed++;
    this.missing++;
  }

  observeValue(text: string): void {
    this.observed++;
    if (this.couldBeBoolean && !booleanWords.has(text)) this.couldBeBoolean = false;
    if (this.couldBeInteger && !(integerPattern.test(text) && Number.isSafeInteger(Number(text)))) {
      this.couldBeInteger = false;
    }
    if (this.couldBeNumber) {
      if (numberPattern.test(text)) {
        const value = Number(text);
        if (value < this.minimum) this.minimum = value;
        if (value > this.maximum) this.maximum = value;
      } else if (!nonFiniteNumbers.has(text)) {
        this.couldBeNumber = false;
      }
    }
    if (this.couldBeDate && parseIsoDate(text) === undefined) this.couldBeDate = false;
    if (this.couldBeDatetime && parseIsoDatetime(text) === undefined) this.couldBeDatetime = false;
    if (this.couldBeSpacedDatetime && parseSpacedDatetime(text) === undefined)
      this.couldBeSpacedDatetime = false;
    if (this.counts) {
      this.counts.set(text, (this.counts.get(text) ?? 0) + 1);
      if (this.counts.size > this.enumMaxValues) this.counts = undefined;
    }
  }

  toField(name: string, enumMinCount: number): InferredField {
    const values = this.observed - this.missing;
    const constraints: Record<string, unknown> = {};
    if (values > 0 && this.missing === 0) constraints.required = true;
    const withConstraints = <F extends FieldInput>(field: F): F =>
      Object.keys(constraints).length > 0 ? { ...field, constraints } : field;

    if (values === 0) return { name, type: "string" };
    if (this.couldBeBoolean) return withConstraints({ name, type: "boolean" });
    if (this.couldBeInteger || this.couldBeNumber) {
      if (Number.isFinite(this.minimum)) {
        constraints.minimum = this.minimum;
        constraints.maximum = this.maximum;
      }
      return withConstraints({ name, type: this.couldBeInteger ? "integer" : "number" });
    }
    // No bounds for dates: new data is later by nature, so a sampled maximum would fail it at once.
    if (this.couldBeDate) return withConstraints({ name, type: "date" });
    if (this.couldBeDatetime) return withConstraints({ name, type: "datetime" });
    if (this.couldBeSpacedDatetime) {
      return withConstraints({ name, type: "datetime", format: spacedDatetimeFormat });
    }
    if (this.counts && [...this.counts.values()].every((count) => count >= enumMinCount)) {
      constraints.enum = [...this.counts.keys()].sort();
    }
    return withConstraints({ name, type: "string" });
  }
}

/** Feed it cells (`observe`) or rows (`observeRow`), then `finish()` for the schema. */
export class TableSchemaInferrer {
  private readonly profiles: ColumnProfile[];
  private readonly missingValues: ReadonlySet<string>;
  private readonly options: Required<InferOptions>;

  constructor(
    private readonly columns: readonly string[],
    options: InferOptions = {},
  ) {
    this.options = {
      missingValues: options.missingValues ?? defaultMissingValues,
      enumMaxValues: options.enumMaxValues ?? 20,
      enumMinCount: options.enumMinCount ?? 2,
    };
    this.missingValues = new Set(this.options.missingValues);
    columns.forEach((name, index) => {
      if (name === "") throw new DataError(`column ${index + 1} has no name`);
      if (columns.indexOf(name) !== index) {
        throw new DataError(`column ${index + 1}: duplicate column name ${JSON.stringify(name)}`);
      }
    });
    this.profiles = columns.map(() => new ColumnProfile(this.options.enumMaxValues));
  }

  /** One cell, by column index in `columns` order. */
  observe(column: number, text: string): void {
    const profile = this.profile(column);
    if (this.missingValues.has(text)) profile.observeMissing();
    else profile.observeValue(text);
  }

  /** A cell that is not there at all (a short row). */
  observeAbsent(column: number): void {
    this.profile(column).observeMissing();
  }

  /** A whole row from a reader; cells beyond a short row's end count as missing. */
  observeRow(row: RowView): void {
    for (let column = 0; column < this.profiles.length; column++) {
      if (column < row.length) this.observe(column, row.text(column));
      else this.observeAbsent(column);
    }
  }

  private profile(column: number): ColumnProfile {
    const profile = this.profiles[column];
    if (!profile)
      throw new RangeError(`column index ${column} is outside the ${this.columns.length} columns`);
    return profile;
  }

  /** Each column's inferred field, as written in a schema (before zod fills in defaults). */
  fields(): InferredField[] {
    return this.profiles.map((profile, index) =>
      profile.toField(this.columns[index]!, this.options.enumMinCount),
    );
  }

  finish(): TableSchema {
    const input: TableSchemaInput = { fields: this.fields() };
    const missingValues = [...this.options.missingValues];
    if (missingValues.join("\u0000") !== defaultMissingValues.join("\u0000"))
      input.missingValues = missingValues;
    return tableSchema.parse(input);
  }
}

/** Infers a schema from rows already in memory. */
export function inferTableSchema(
  sample: { columns: readonly string[]; rows: readonly (readonly string[])[] },
  options: InferOptions = {},
): TableSchema {
  const inferrer = new TableSchemaInferrer(sample.columns, options);
  for (const row of sample.rows) {
    for (let column = 0; column < sample.columns.length; column++) {
      const text = row[column];
      if (text === undefined) inferrer.observeAbsent(column);
      else inferrer.observe(column, text);
    }
  }
  return inferrer.finish();
}
