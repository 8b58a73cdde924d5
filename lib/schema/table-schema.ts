/**
 * The data contract: a Frictionless Table Schema (https://specs.frictionlessdata.io/table-schema/)
 * as Trainyard reads it, plus Trainyard's table checks (row counts, missing shares, quantile and
 * category-share bounds). Objects are strict so a misspelt key is an error, and cross-field rules
 * (minimum ≤ maximum, unique names, primaryKey fields exist) report the exact path.
 *
 * Refinements write complete messages (`minimum 10 is greater than maximum 5`) as `custom` issues;
 * every other issue is worded by the loader (`expected number, got "ten"`), which can see the source.
 */
import * as z from "../zod.ts";

export const fieldTypes = ["string", "integer", "number", "boolean", "date", "datetime", "year"] as const;
export type FieldType = (typeof fieldTypes)[number];

export const stringFormats = ["default", "email", "uri", "uuid"] as const;
export const numericFieldTypes: readonly FieldType[] = ["integer", "number", "year"];

export const defaultMissingValues: readonly string[] = [""];
export const defaultTrueValues: readonly string[] = ["true", "True", "TRUE", "1"];
export const defaultFalseValues: readonly string[] = ["false", "False", "FALSE", "0"];

// ---------------------------------------------------------------------------------------------
// Dates and times: ISO 8601 by default, `any`, or a strptime-like pattern.

const temporalDirectives = {
  Y: "(\\d{4})",
  y: "(\\d{2})",
  m: "(\\d{1,2})",
  d: "(\\d{1,2})",
  H: "(\\d{1,2})",
  M: "(\\d{1,2})",
  S: "(\\d{1,2})",
  f: "(\\d{1,9})",
  b: "([A-Za-z]{3})",
  B: "([A-Za-z]+)",
  z: "(Z|[+-]\\d{2}:?\\d{2})",
} as const;
type TemporalDirective = keyof typeof temporalDirectives;

export type TemporalPatternToken = { literal: string } | { directive: TemporalDirective };

/** Splits a strptime-like pattern into literal text and directives, or says what is wrong with it. */
export function parseTemporalPattern(
  pattern: string,
): { tokens: TemporalPatternToken[]; problem?: undefined } | { tokens?: undefined; problem: string } {
  const tokens: TemporalPatternToken[] = [];
  let literal = "";
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index]!;
    if (char !== "%") {
      literal += char;
      continue;
    }
    const next = pattern[index + 1];
    index++;
    if (next === "%") {
      literal += "%";
    } else if (next !== undefined && Object.hasOwn(temporalDirectives, next)) {
      if (literal) tokens.push({ literal });
      literal = "";
      tokens.push({ directive: next as TemporalDirective });
    } else {
      const shown = next === undefined ? "%" : `%${next}`;
      return {
        problem: `unsupported directive ${shown} in format ${JSON.stringify(pattern)} (supported: %Y %y %m %d %H %M %S %f %b %B %z %%)`,
      };
    }
  }
  if (literal) tokens.push({ literal });
  if (!tokens.some((token) => "directive" in token)) {
    return { problem: `format ${JSON.stringify(pattern)} has no directive such as %Y, %m or %d` };
  }
  return { tokens };
}

const monthNames = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

const daysPerMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : daysPerMonth[month - 1]!;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

interface TemporalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  offsetMinutes: number;
}

/** Epoch milliseconds (UTC) of valid parts, or undefined for an impossible date such as 2021-02-29. */
function partsToEpochMillis(parts: TemporalParts): number | undefined {
  const { year, month, day, hour, minute, second, millisecond } = parts;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second, millisecond));
  date.setUTCFullYear(year); // Date.UTC maps years 0..99 to 1900..1999
  return date.getTime() - parts.offsetMinutes * 60_000;
}

function parseOffsetMinutes(text: string): number {
  if (text === "Z") return 0;
  const digits = text.slice(1).replace(":", "");
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4));
  return text.startsWith("-") ? -minutes : minutes;
}

function compileTokens(tokens: TemporalPatternToken[]): (text: string) => number | undefined {
  const source = tokens
    .map((token) => ("literal" in token ? escapeRegExp(token.literal) : temporalDirectives[token.directive]))
    .join("");
  const matcher = new RegExp(`^${source}$`);
  const directives = tokens.flatMap((token) => ("directive" in token ? [token.directive] : []));
  return (text) => {
    const match = matcher.exec(text);
    if (!match) return undefined;
    const parts: TemporalParts = {
      year: 1900,
      month: 1,
      day: 1,
      hour: 0,
      minute: 0,
      second: 0,
      millisecond: 0,
      offsetMinutes: 0,
    };
    for (let index = 0; index < directives.length; index++) {
      const value = match[index + 1]!;
      switch (directives[index]!) {
        case "Y":
          parts.year = Number(value);
          break;
        case "y": {
          // POSIX: 69..99 are 1969..1999, 00..68 are 2000..2068.
          const short = Number(value);
          parts.year = short >= 69 ? 1900 + short : 2000 + short;
          break;
        }
        case "m":
          parts.month = Number(value);
          break;
        case "d":
          parts.day = Number(value);
          break;
        case "H":
          parts.hour = Number(value);
          break;
        case "M":
          parts.minute = Number(value);
          break;
        case "S":
          parts.second = Number(value);
          break;
        case "f":
          parts.millisecond = Math.floor(Number(`0.${value}`) * 1000);
          break;
        case "b":
        case "B": {
          const name = value.toLowerCase();
          const month = monthNames.findIndex((full) =>
            value.length === 3 ? full.startsWith(name) : full === name,
          );
          if (month < 0) return undefined;
          parts.month = month + 1;
          break;
        }
        case "z":
          parts.offsetMinutes = parseOffsetMinutes(value);
          break;
      }
    }
    return partsToEpochMillis(parts);
  };
}

function compilePattern(pattern: string): (text: string) => number | undefined {
  const parsed = parseTemporalPattern(pattern);
  if (parsed.problem !== undefined) throw new Error(parsed.problem);
  return compileTokens(parsed.tokens);
}

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const isoDatetimePattern =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})?$/;

function parseIsoDate(text: string): number | undefined {
  const match = isoDatePattern.exec(text);
  if (!match) return undefined;
  return partsToEpochMillis({
    year: Number(match[1]),
    month: Number(match[2]),
    day: Number(match[3]),
    hour: 0,
    minute: 0,
    second: 0,
    millisecond: 0,
    offsetMinutes: 0,
  });
}

/** `YYYY-MM-DDTHH:MM:SS[.fff][Z|±HH:MM]`; a time without a zone is taken as UTC. */
function parseIsoDatetime(text: string, allowSpace: boolean): number | undefined {
  const match = isoDatetimePattern.exec(text);
  if (!match || (!allowSpace && text[10] === " ")) return undefined;
  return partsToEpochMillis({
    year: Number(match[1]),
    month: Number(match[2]),
    day: Number(match[3]),
    hour: Number(match[4]),
    minute: Number(match[5]),
    second: Number(match[6]),
    millisecond: match[7] ? Math.floor(Number(`0.${match[7]}`) * 1000) : 0,
    offsetMinutes: match[8] ? parseOffsetMinutes(match[8]) : 0,
  });
}

// `any` tries ISO first, then these (month before day where ambiguous, as dateutil does).
const anyDatePatterns = [
  "%Y/%m/%d",
  "%m/%d/%Y",
  "%d %b %Y",
  "%d %B %Y",
  "%b %d, %Y",
  "%B %d, %Y",
  "%d-%b-%Y",
];
const anyTimeSuffixes = ["", " %H:%M", " %H:%M:%S", "T%H:%M:%S", " %H:%M:%S%z", "T%H:%M:%S%z"];

/** The value of an ISO 8601 date or date-time as written in constraints, in epoch milliseconds. */
export function parseIsoTemporal(type: "date" | "datetime", text: string): number | undefined {
  return type === "date" ? parseIsoDate(text) : (parseIsoDatetime(text, false) ?? parseIsoDate(text));
}

/**
 * A parser for a date or datetime field's cells in its `format`: `default` (ISO 8601), `any`, or a
 * strptime-like pattern. Returns epoch milliseconds (UTC; times without a zone are taken as UTC), or
 * undefined when the text is not a valid value. Throws on a pattern the schema would have rejected.
 */
export function createTemporalParser(
  type: "date" | "datetime",
  format: string,
): (text: string) => number | undefined {
  if (format === "default") {
    return type === "date" ? parseIsoDate : (text) => parseIsoDatetime(text, false);
  }
  if (format === "any") {
    const fallbacks = anyDatePatterns.flatMap((datePattern) =>
      (type === "date" ? [""] : anyTimeSuffixes).map((suffix) => compilePattern(datePattern + suffix)),
    );
    return (text) => {
      const iso = parseIsoDate(text) ?? (type === "datetime" ? parseIsoDatetime(text, true) : undefined);
      if (iso !== undefined) return iso;
      for (const parse of fallbacks) {
        const value = parse(text);
        if (value !== undefined) return value;
      }
      return undefined;
    };
  }
  return compilePattern(format);
}

// ---------------------------------------------------------------------------------------------
// Patterns: Frictionless patterns match the whole value.

/** Compiles a `constraints.pattern` the way the validator applies it: anchored, Unicode-aware. */
export function compileFieldPattern(pattern: string): RegExp {
  // Compiled alone first so a pattern like `a)|(b` cannot escape the anchoring group.
  new RegExp(pattern, "u");
  return new RegExp(`^(?:${pattern})$`, "u");
}

// ---------------------------------------------------------------------------------------------
// Building blocks

type Comparator<T> = (a: T, b: T) => number;
const compareNumbers: Comparator<number> = (a, b) => a - b;

function show(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

/** `{ min?, max? }` with min ≤ max. */
function boundsOf<T extends z.core.$ZodType<number>>(value: T) {
  return z.strictObject({ min: z.optional(value), max: z.optional(value) }).check(
    z.superRefine((bounds, context) => {
      if (bounds.min !== undefined && bounds.max !== undefined && bounds.min > bounds.max) {
        context.addIssue({
          code: "custom",
          path: ["min"],
          message: `min ${bounds.min} is greater than max ${bounds.max}`,
        });
      }
    }),
  );
}

const quantileKeyPattern = /^(0(\.\d+)?|1(\.0+)?|\.\d+)$/;

/**
 * The schemas, built the first time one is used. Building them makes about 250 zod objects, which
 * every action that imports this module for its types or its temporal parsing (drift-check
 * infers columns with it) would otherwise pay for at start without ever checking a table schema.
 */
function buildSchemas() {
  const share = z.number().check(z.minimum(0), z.maximum(1));
  const shareBounds = boundsOf(share);
  const quantileBounds = boundsOf(z.number());
  // Checked in the refinement below (for a message naming the key); the JSON Schema gets the pattern.
  const quantileKey = z.string();

  const fieldChecks = z
    .strictObject({
      maxMissingShare: z
        .optional(share)
        .check(z.describe("Largest share (0..1) of missing values allowed in the column.")),
      quantiles: z
        .optional(z.record(quantileKey, quantileBounds))
        .check(
          z.describe(
            'Bounds for quantiles of the column, keyed by quantile: { "0.5": { min: 10, max: 20 } }.',
          ),
        ),
      categoryShares: z
        .optional(z.record(z.string(), shareBounds))
        .check(
          z.describe('Bounds (0..1) on the share of rows holding each value: { "churned": { max: 0.3 } }.'),
        ),
    })
    .check(
      z.superRefine((checks, context) => {
        for (const key of Object.keys(checks.quantiles ?? {})) {
          if (!quantileKeyPattern.test(key)) {
            context.addIssue({
              code: "custom",
              path: ["quantiles", key],
              params: { atKey: true },
              message: `expected a quantile between 0 and 1 such as "0.99", got ${JSON.stringify(key)}`,
            });
          }
        }
        const shares = Object.values(checks.categoryShares ?? {});
        const leastTotal = shares.reduce((sum, bounds) => sum + (bounds.min ?? 0), 0);
        if (leastTotal > 1 + 1e-9) {
          context.addIssue({
            code: "custom",
            path: ["categoryShares"],
            message: `the categories' minimum shares add up to ${Number(leastTotal.toFixed(6))}, more than 1`,
          });
        }
      }),
      z.describe("Trainyard's checks on the column as a whole."),
    );

  const baseConstraints = {
    required: z
      .optional(z.boolean())
      .check(z.describe("Every row must have a value (not one of missingValues).")),
    unique: z.optional(z.boolean()).check(z.describe("No two rows may have the same value.")),
  };

  function refineValueOrder<T>(compare: Comparator<T>) {
    return (
      constraints: { minimum?: T | undefined; maximum?: T | undefined },
      context: z.core.$RefinementCtx,
    ) => {
      const { minimum, maximum } = constraints;
      if (minimum !== undefined && maximum !== undefined && compare(minimum, maximum) > 0) {
        context.addIssue({
          code: "custom",
          path: ["minimum"],
          message: `minimum ${show(minimum)} is greater than maximum ${show(maximum)}`,
        });
      }
    };
  }

  function refineLengthOrder(
    constraints: { minLength?: number | undefined; maxLength?: number | undefined },
    context: z.core.$RefinementCtx,
  ) {
    const { minLength, maxLength } = constraints;
    if (minLength !== undefined && maxLength !== undefined && minLength > maxLength) {
      context.addIssue({
        code: "custom",
        path: ["minLength"],
        message: `minLength ${minLength} is greater than maxLength ${maxLength}`,
      });
    }
  }

  const length = z.int().check(z.minimum(0));

  const regexPattern = z.string().check(
    z.superRefine((pattern, context) => {
      try {
        compileFieldPattern(pattern);
      } catch (error) {
        let reason = error instanceof Error ? error.message.replace(/^.*: /, "") : String(error);
        // Patterns are compiled in Unicode mode, where `\-` or `\_` outside a class is an error.
        if (reason === "Invalid escape")
          reason += " (only characters with a meaning, such as \\. or \\(, may be escaped)";
        context.addIssue({
          code: "custom",
          message: `expected a valid regular expression, got ${JSON.stringify(pattern)}: ${reason}`,
        });
      }
    }),
  );

  function isoTemporal(type: "date" | "datetime") {
    const wanted =
      type === "date" ? "an ISO 8601 date (YYYY-MM-DD)" : "an ISO 8601 date-time (YYYY-MM-DDTHH:MM:SSZ)";
    return z.string().check(
      z.superRefine((text, context) => {
        if (parseIsoTemporal(type, text) === undefined) {
          context.addIssue({ code: "custom", message: `expected ${wanted}, got ${JSON.stringify(text)}` });
        }
      }),
    );
  }

  function compareIsoTemporal(type: "date" | "datetime"): Comparator<string> {
    return (a, b) => (parseIsoTemporal(type, a) ?? 0) - (parseIsoTemporal(type, b) ?? 0);
  }

  const enumOf = <T extends z.core.$ZodType>(value: T) =>
    z.optional(z.array(value).check(z.minLength(1))).check(z.describe("The only values allowed."));

  const stringConstraints = z
    .strictObject({
      ...baseConstraints,
      minLength: z.optional(length),
      maxLength: z.optional(length),
      pattern: z.optional(regexPattern).check(z.describe("Regular expression the whole value must match.")),
      enum: enumOf(z.string()),
    })
    .check(z.superRefine(refineLengthOrder));

  function orderedConstraints<T>(value: z.core.$ZodType<T>, compare: Comparator<T>) {
    return z
      .strictObject({
        ...baseConstraints,
        minimum: z.optional(value),
        maximum: z.optional(value),
        enum: enumOf(value),
      })
      .check(z.superRefine(refineValueOrder(compare)));
  }

  const integerValue = z.int();
  const integerConstraints = orderedConstraints(integerValue, compareNumbers);
  const numberConstraints = orderedConstraints(z.number(), compareNumbers);
  const booleanConstraints = z.strictObject({ ...baseConstraints, enum: enumOf(z.boolean()) });
  const dateConstraints = orderedConstraints(isoTemporal("date"), compareIsoTemporal("date"));
  const datetimeConstraints = orderedConstraints(isoTemporal("datetime"), compareIsoTemporal("datetime"));

  const temporalFormat = z
    ._default(
      z.string().check(
        z.superRefine((format, context) => {
          if (format === "default" || format === "any") return;
          const parsed = parseTemporalPattern(format);
          if (parsed.problem !== undefined) context.addIssue({ code: "custom", message: parsed.problem });
        }),
      ),
      "default",
    )
    .check(
      z.describe('"default" (ISO 8601), "any", or a pattern such as "%d/%m/%Y" or "%Y-%m-%d %H:%M:%S".'),
    );

  const commonField = {
    name: z.string().check(z.minLength(1), z.describe("The column's name, as in the data's header.")),
    title: z.optional(z.string()),
    description: z.optional(z.string()),
  };

  // Other types take only the default format, which Frictionless tools often write out.
  const defaultFormatOnly = z._default(z.literal("default"), "default");
  const bareNumber = z
    ._default(z.boolean(), true)
    .check(z.describe("false: allow text around the number, as in 95% or $10."));
  const oneCharacter = z.string().check(z.length(1));

  const stringField = z.strictObject({
    ...commonField,
    type: z._default(z.literal("string"), "string"),
    format: z._default(z.enum(stringFormats), "default"),
    constraints: z._default(stringConstraints, {}),
    checks: z._default(fieldChecks, {}),
  });
  const integerField = z.strictObject({
    ...commonField,
    type: z.literal("integer"),
    format: defaultFormatOnly,
    bareNumber,
    groupChar: z.optional(oneCharacter),
    constraints: z._default(integerConstraints, {}),
    checks: z._default(fieldChecks, {}),
  });
  const numberField = z.strictObject({
    ...commonField,
    type: z.literal("number"),
    format: defaultFormatOnly,
    decimalChar: z._default(oneCharacter, "."),
    groupChar: z.optional(oneCharacter),
    bareNumber,
    constraints: z._default(numberConstraints, {}),
    checks: z._default(fieldChecks, {}),
  });
  const booleanField = z.strictObject({
    ...commonField,
    type: z.literal("boolean"),
    format: defaultFormatOnly,
    trueValues: z._default(z.array(z.string()).check(z.minLength(1)), [...defaultTrueValues]),
    falseValues: z._default(z.array(z.string()).check(z.minLength(1)), [...defaultFalseValues]),
    constraints: z._default(booleanConstraints, {}),
    checks: z._default(fieldChecks, {}),
  });
  const dateField = z.strictObject({
    ...commonField,
    type: z.literal("date"),
    format: temporalFormat,
    constraints: z._default(dateConstraints, {}),
    checks: z._default(fieldChecks, {}),
  });
  const datetimeField = z.strictObject({
    ...commonField,
    type: z.literal("datetime"),
    format: temporalFormat,
    constraints: z._default(datetimeConstraints, {}),
    checks: z._default(fieldChecks, {}),
  });
  const yearField = z.strictObject({
    ...commonField,
    type: z.literal("year"),
    format: defaultFormatOnly,
    constraints: z._default(integerConstraints, {}),
    checks: z._default(fieldChecks, {}),
  });

  const fieldSchema = z
    .discriminatedUnion("type", [
      stringField,
      integerField,
      numberField,
      booleanField,
      dateField,
      datetimeField,
      yearField,
    ])
    .check(
      z.superRefine((field, context) => {
        if (field.checks.quantiles && !numericFieldTypes.includes(field.type)) {
          context.addIssue({
            code: "custom",
            path: ["checks", "quantiles"],
            message: `quantiles apply to integer, number and year fields, not ${field.type}`,
          });
        }
        if (field.type === "boolean") {
          const shared = field.trueValues.find((value) => field.falseValues.includes(value));
          if (shared !== undefined) {
            context.addIssue({
              code: "custom",
              path: ["falseValues", field.falseValues.indexOf(shared)],
              message: `${JSON.stringify(shared)} is in both trueValues and falseValues`,
            });
          }
        }
        if (field.type === "number" && field.groupChar === field.decimalChar) {
          context.addIssue({
            code: "custom",
            path: ["groupChar"],
            message: `groupChar ${JSON.stringify(field.groupChar)} is also the decimalChar`,
          });
        }
      }),
    );

  const countBound = z.int().check(z.minimum(0));

  const tableChecks = z
    .strictObject({
      rows: z.optional(boundsOf(countBound)).check(z.describe("Bounds on the number of data rows.")),
    })
    .check(z.describe("Trainyard's checks on the table as a whole."));

  const tableSchema = z
    .strictObject({
      $schema: z.optional(z.string()).check(z.describe("URL of this file's JSON Schema, for editors.")),
      fields: z.array(fieldSchema).check(z.minLength(1), z.describe("The columns, in order.")),
      missingValues: z
        ._default(z.array(z.string()), [...defaultMissingValues])
        .check(z.describe('Cell texts that mean "no value" (default [""]).')),
      primaryKey: z
        .optional(z.union([z.string(), z.array(z.string()).check(z.minLength(1))]))
        .check(z.describe("Field name(s) whose values together identify a row: unique and never missing.")),
      checks: z._default(tableChecks, {}),
    })
    .check(
      z.superRefine((schema, context) => {
        const firstIndexByName = new Map<string, number>();
        schema.fields.forEach((field, index) => {
          const first = firstIndexByName.get(field.name);
          if (first === undefined) {
            firstIndexByName.set(field.name, index);
          } else {
            context.addIssue({
              code: "custom",
              path: ["fields", index, "name"],
              message: `duplicate field name ${JSON.stringify(field.name)} (also fields[${first}].name)`,
            });
          }
        });
        const { primaryKey } = schema;
        if (primaryKey === undefined) return;
        const keyNames = typeof primaryKey === "string" ? [primaryKey] : primaryKey;
        const pathOf = (index: number) =>
          typeof primaryKey === "string" ? ["primaryKey"] : ["primaryKey", index];
        keyNames.forEach((name, index) => {
          if (!firstIndexByName.has(name)) {
            context.addIssue({
              code: "custom",
              path: pathOf(index),
              message: `no field named ${JSON.stringify(name)} in fields`,
            });
          } else if (keyNames.indexOf(name) !== index) {
            context.addIssue({
              code: "custom",
              path: pathOf(index),
              message: `${JSON.stringify(name)} is listed twice`,
            });
          }
        });
      }),
    );
  return { fieldChecks, fieldSchema, quantileKey, tableChecks, tableSchema };
}

type Schemas = ReturnType<typeof buildSchemas>;
let built: Schemas | undefined;
function schemas(): Schemas {
  built ??= buildSchemas();
  return built;
}

/** One field (column) of a table schema. */
export const fieldSchema = z.lazy(() => schemas().fieldSchema);
/** A table schema file: Frictionless Table Schema, plus Trainyard's checks. */
export const tableSchema = z.lazy(() => schemas().tableSchema);

export type FieldChecks = z.output<Schemas["fieldChecks"]>;
export type Bounds = { min?: number | undefined; max?: number | undefined };
export type Field = z.output<Schemas["fieldSchema"]>;
export type FieldInput = z.input<Schemas["fieldSchema"]>;
export type FieldOfType<T extends FieldType> = Extract<Field, { type: T }>;
export type FieldConstraints = Field["constraints"];
export type TableChecks = z.output<Schemas["tableChecks"]>;

export type TableSchema = z.output<Schemas["tableSchema"]>;
/** What a user may write: defaults not yet applied. */
export type TableSchemaInput = z.input<Schemas["tableSchema"]>;

/** The primary key as a list of field names (empty when there is none). */
export function primaryKeyFields(schema: Pick<TableSchema, "primaryKey">): string[] {
  const { primaryKey } = schema;
  if (primaryKey === undefined) return [];
  return typeof primaryKey === "string" ? [primaryKey] : [...primaryKey];
}

/** JSON Schema of what a user may write in a table schema file, for editors (`schemas/`). */
export function tableSchemaJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(schemas().tableSchema, {
      io: "input",
      unrepresentable: "any",
      override: ({ zodSchema, jsonSchema }) => {
        if (zodSchema === schemas().quantileKey) jsonSchema.pattern = quantileKeyPattern.source;
      },
    }),
    title: "Trainyard data contract (Frictionless Table Schema)",
    description:
      "Columns of the training data with their types and constraints, plus Trainyard's table checks. See https://specs.frictionlessdata.io/table-schema/.",
  };
}
