/**
 * What changed between two data contracts, in the words a reviewer needs: which columns came and
 * went, which were retyped, and which constraints now accept more data (loosened) or less
 * (tightened). Breaking means data or consumers that were fine under the base contract may not be
 * under the head one: a removed, retyped or newly required column, a tightened constraint, or a
 * change whose direction cannot be told (a new pattern).
 */
import {
  type Bounds,
  type Field,
  type FieldType,
  numericFieldTypes,
  parseIsoTemporal,
  primaryKeyFields,
  type TableSchema,
} from "./table-schema.ts";

export type SchemaChangeKind =
  | "column-added"
  | "column-removed"
  | "column-retyped"
  | "tightened"
  | "loosened"
  | "changed";

export type SchemaChangeSeverity = "breaking" | "non-breaking";

export interface SchemaChange {
  kind: SchemaChangeKind;
  severity: SchemaChangeSeverity;
  /** The column's name; absent for table-level changes (missingValues, primaryKey, checks.rows). */
  column?: string;
  /** What changed: `column`, `type`, `format`, `constraints.minimum`, `checks.quantiles["0.99"].max`, `primaryKey`... */
  aspect: string;
  before?: unknown;
  after?: unknown;
  /** `column "age": minimum raised from 0 to 18 (tightened)` */
  message: string;
}

/** Changes from `base` to `head`: columns in head's order (removed ones after), then the table's. */
export function diffSchemas(base: TableSchema, head: TableSchema): SchemaChange[] {
  const changes: SchemaChange[] = [];
  const baseByName = new Map(base.fields.map((field) => [field.name, field]));
  const headNames = new Set(head.fields.map((field) => field.name));

  for (const headField of head.fields) {
    const baseField = baseByName.get(headField.name);
    const subject = { column: headField.name, prefix: `column ${JSON.stringify(headField.name)}: ` };
    if (!baseField) {
      const required = headField.constraints.required === true;
      changes.push({
        kind: "column-added",
        severity: required ? "breaking" : "non-breaking",
        column: headField.name,
        aspect: "column",
        after: headField.type,
        message: `${subject.prefix}added (${required ? "required" : "optional"})`,
      });
      continue;
    }
    changes.push(...diffFields(baseField, headField, new ChangeWriter(subject)));
  }
  for (const baseField of base.fields) {
    if (headNames.has(baseField.name)) continue;
    changes.push({
      kind: "column-removed",
      severity: "breaking",
      column: baseField.name,
      aspect: "column",
      before: baseField.type,
      message: `column ${JSON.stringify(baseField.name)}: removed`,
    });
  }
  changes.push(...diffTables(base, head, new ChangeWriter({ prefix: "table: " })));
  return changes;
}

/** Collects the changes of one subject (a column or the table) and words them consistently. */
class ChangeWriter {
  readonly changes: SchemaChange[] = [];

  constructor(private readonly subject: { column?: string; prefix: string }) {}

  add(kind: SchemaChangeKind, aspect: string, text: string, before: unknown, after: unknown): void {
    const label =
      kind === "tightened" || kind === "loosened" ? ` (${kind})` : kind === "changed" ? " (cannot tell)" : "";
    const change: SchemaChange = {
      kind,
      severity: kind === "loosened" ? "non-breaking" : "breaking",
      aspect,
      before,
      after,
      message: `${this.subject.prefix}${text}${label}`,
    };
    if (this.subject.column !== undefined) change.column = this.subject.column;
    this.changes.push(change);
  }

  /** A bound below which values fail (minimum, minLength, rows.min): raising it tightens. */
  lowerBound<T>(
    aspect: string,
    before: T | undefined,
    after: T | undefined,
    compare: (a: T, b: T) => number,
  ) {
    this.bound(aspect, before, after, compare, "tightened");
  }

  /** A bound above which values fail (maximum, maxLength, maxMissingShare): raising it loosens. */
  upperBound<T>(
    aspect: string,
    before: T | undefined,
    after: T | undefined,
    compare: (a: T, b: T) => number,
  ) {
    this.bound(aspect, before, after, compare, "loosened");
  }

  private bound<T>(
    aspect: string,
    before: T | undefined,
    after: T | undefined,
    compare: (a: T, b: T) => number,
    whenRaised: "tightened" | "loosened",
  ) {
    const name = shortName(aspect);
    if (before === undefined && after === undefined) return;
    if (before === undefined) {
      this.add("tightened", aspect, `${name} ${String(after)} added`, before, after);
    } else if (after === undefined) {
      this.add("loosened", aspect, `${name} ${String(before)} removed`, before, after);
    } else {
      const order = compare(before, after);
      if (order === 0) return;
      const raised = order < 0;
      const kind = raised === (whenRaised === "tightened") ? "tightened" : "loosened";
      this.add(
        kind,
        aspect,
        `${name} ${raised ? "raised" : "lowered"} from ${before} to ${after}`,
        before,
        after,
      );
    }
  }

  /** required, unique: turning it on tightens. */
  flag(aspect: string, before: boolean | undefined, after: boolean | undefined) {
    const was = before === true;
    const is = after === true;
    if (was === is) return;
    const name = shortName(aspect);
    if (is) this.add("tightened", aspect, `now ${name}`, before, after);
    else this.add("loosened", aspect, `no longer ${name}`, before, after);
  }

  /** A list where each value is one more thing accepted (missingValues, trueValues). */
  acceptedValues(aspect: string, before: readonly unknown[], after: readonly unknown[]) {
    const name = shortName(aspect);
    const added = after.filter((value) => !before.some((old) => Object.is(old, value)));
    const removed = before.filter((value) => !after.some((now) => Object.is(now, value)));
    if (added.length > 0) this.add("loosened", aspect, `${name} added: ${showList(added)}`, before, after);
    if (removed.length > 0)
      this.add("tightened", aspect, `${name} removed: ${showList(removed)}`, before, after);
  }

  /** An optional list that, when present, is the only values allowed (enum). */
  allowedValues(
    aspect: string,
    before: readonly unknown[] | undefined,
    after: readonly unknown[] | undefined,
  ) {
    const name = shortName(aspect);
    if (before === undefined && after === undefined) return;
    if (before === undefined) {
      this.add("tightened", aspect, `${name} [${showList(after!)}] added`, before, after);
    } else if (after === undefined) {
      this.add("loosened", aspect, `${name} [${showList(before)}] removed`, before, after);
    } else {
      const added = after.filter((value) => !before.some((old) => Object.is(old, value)));
      const removed = before.filter((value) => !after.some((now) => Object.is(now, value)));
      if (added.length > 0)
        this.add("loosened", aspect, `${name} values added: ${showList(added)}`, before, after);
      if (removed.length > 0) {
        this.add("tightened", aspect, `${name} values removed: ${showList(removed)}`, before, after);
      }
    }
  }

  /** A setting whose changes cannot be ranked (pattern, decimalChar), though adding one may tighten. */
  setting(aspect: string, before: unknown, after: unknown, presenceTightens: boolean) {
    if (Object.is(before, after)) return;
    const name = shortName(aspect);
    if (presenceTightens && before === undefined) {
      this.add("tightened", aspect, `${name} ${JSON.stringify(after)} added`, before, after);
    } else if (presenceTightens && after === undefined) {
      this.add("loosened", aspect, `${name} ${JSON.stringify(before)} removed`, before, after);
    } else {
      const from = before === undefined ? "none" : JSON.stringify(before);
      const to = after === undefined ? "none" : JSON.stringify(after);
      this.add("changed", aspect, `${name} changed from ${from} to ${to}`, before, after);
    }
  }
}

/** `constraints.minimum` reads as `minimum`; checks keep their prefix so they are not mistaken. */
function shortName(aspect: string): string {
  return aspect.startsWith("constraints.") ? aspect.slice("constraints.".length) : aspect;
}

function showList(values: readonly unknown[]): string {
  return values.map((value) => JSON.stringify(value)).join(", ");
}

const compareNumbers = (a: number, b: number) => a - b;

function typeFamily(type: FieldType): string {
  return numericFieldTypes.includes(type) ? "numeric" : type;
}

/** The constraints of any field type, read alike. */
interface AnyConstraints {
  required?: boolean | undefined;
  unique?: boolean | undefined;
  minimum?: unknown;
  maximum?: unknown;
  minLength?: number | undefined;
  maxLength?: number | undefined;
  pattern?: string | undefined;
  enum?: readonly unknown[] | undefined;
}

function diffFields(base: Field, head: Field, writer: ChangeWriter): SchemaChange[] {
  const retyped = base.type !== head.type;
  if (retyped) {
    writer.add(
      "column-retyped",
      "type",
      `type changed from ${base.type} to ${head.type}`,
      base.type,
      head.type,
    );
  } else if (base.format !== head.format) {
    const text = `format changed from ${JSON.stringify(base.format)} to ${JSON.stringify(head.format)}`;
    writer.add("column-retyped", "format", text, base.format, head.format);
  }
  // Typed settings (bounds, enum values, parsing) compare only within one family of types.
  const comparable = typeFamily(base.type) === typeFamily(head.type);

  if (comparable) {
    diffParsing(base, head, writer);
  }
  const before: AnyConstraints = base.constraints;
  const after: AnyConstraints = head.constraints;
  writer.flag("constraints.required", before.required, after.required);
  writer.flag("constraints.unique", before.unique, after.unique);
  if (comparable) {
    const compareValues = valueComparator(head.type);
    writer.lowerBound("constraints.minimum", before.minimum, after.minimum, compareValues);
    writer.upperBound("constraints.maximum", before.maximum, after.maximum, compareValues);
    writer.lowerBound("constraints.minLength", before.minLength, after.minLength, compareNumbers);
    writer.upperBound("constraints.maxLength", before.maxLength, after.maxLength, compareNumbers);
    writer.setting("constraints.pattern", before.pattern, after.pattern, true);
    writer.allowedValues("constraints.enum", before.enum, after.enum);
  }
  diffFieldChecks(base, head, writer);
  return writer.changes;
}

function valueComparator(type: FieldType): (a: unknown, b: unknown) => number {
  if (type === "date" || type === "datetime") {
    return (a, b) => (parseIsoTemporal(type, String(a)) ?? 0) - (parseIsoTemporal(type, String(b)) ?? 0);
  }
  return (a, b) => Number(a) - Number(b);
}

function diffParsing(base: Field, head: Field, writer: ChangeWriter): void {
  if (base.type === "boolean" && head.type === "boolean") {
    writer.acceptedValues("trueValues", base.trueValues, head.trueValues);
    writer.acceptedValues("falseValues", base.falseValues, head.falseValues);
  }
  if (
    (base.type === "integer" || base.type === "number") &&
    (head.type === "integer" || head.type === "number")
  ) {
    if (base.bareNumber !== head.bareNumber) {
      // bareNumber: false also accepts text around the number ("95%", "$10").
      const kind = head.bareNumber ? "tightened" : "loosened";
      const text = `bareNumber changed from ${base.bareNumber} to ${head.bareNumber}`;
      writer.add(kind, "bareNumber", text, base.bareNumber, head.bareNumber);
    }
    const baseDecimal = base.type === "number" ? base.decimalChar : undefined;
    const headDecimal = head.type === "number" ? head.decimalChar : undefined;
    if (baseDecimal !== undefined && headDecimal !== undefined) {
      writer.setting("decimalChar", baseDecimal, headDecimal, false);
    }
    if (base.groupChar === undefined && head.groupChar !== undefined) {
      writer.add(
        "loosened",
        "groupChar",
        `groupChar ${JSON.stringify(head.groupChar)} added`,
        undefined,
        head.groupChar,
      );
    } else if (base.groupChar !== undefined && head.groupChar === undefined) {
      const text = `groupChar ${JSON.stringify(base.groupChar)} removed`;
      writer.add("tightened", "groupChar", text, base.groupChar, undefined);
    } else {
      writer.setting("groupChar", base.groupChar, head.groupChar, false);
    }
  }
}

function diffFieldChecks(base: Field, head: Field, writer: ChangeWriter): void {
  writer.upperBound(
    "checks.maxMissingShare",
    base.checks.maxMissingShare,
    head.checks.maxMissingShare,
    compareNumbers,
  );
  const quantiles = alignKeys(base.checks.quantiles, head.checks.quantiles, (key) => Number(key));
  for (const { key, before, after } of quantiles) {
    diffBounds(`checks.quantiles[${JSON.stringify(key)}]`, before, after, writer);
  }
  const categories = alignKeys(base.checks.categoryShares, head.checks.categoryShares, (key) => key);
  for (const { key, before, after } of categories) {
    diffBounds(`checks.categoryShares[${JSON.stringify(key)}]`, before, after, writer);
  }
}

function diffBounds(
  aspect: string,
  before: Bounds | undefined,
  after: Bounds | undefined,
  writer: ChangeWriter,
) {
  writer.lowerBound(`${aspect}.min`, before?.min, after?.min, compareNumbers);
  writer.upperBound(`${aspect}.max`, before?.max, after?.max, compareNumbers);
}

/**
 * Pairs the entries of two maps by a normalised key (quantile "0.5" is "0.50"), sorted by it, so
 * the order does not depend on how either file was written.
 */
function alignKeys<V, K extends string | number>(
  base: Record<string, V> | undefined,
  head: Record<string, V> | undefined,
  normalise: (key: string) => K,
): { key: string; before: V | undefined; after: V | undefined }[] {
  const entries = new Map<K, { key: string; before: V | undefined; after: V | undefined }>();
  for (const [key, value] of Object.entries(base ?? {})) {
    entries.set(normalise(key), { key, before: value, after: undefined });
  }
  for (const [key, value] of Object.entries(head ?? {})) {
    const normalised = normalise(key);
    const entry = entries.get(normalised);
    entries.set(normalised, { key, before: entry?.before, after: value });
  }
  return [...entries.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, entry]) => entry);
}

function diffTables(base: TableSchema, head: TableSchema, writer: ChangeWriter): SchemaChange[] {
  writer.acceptedValues("missingValues", base.missingValues, head.missingValues);
  const baseKey = primaryKeyFields(base);
  const headKey = primaryKeyFields(head);
  if (baseKey.join("\u0000") !== headKey.join("\u0000")) {
    if (baseKey.length === 0) {
      writer.add("tightened", "primaryKey", `primaryKey [${showList(headKey)}] added`, undefined, headKey);
    } else if (headKey.length === 0) {
      writer.add("loosened", "primaryKey", `primaryKey [${showList(baseKey)}] removed`, baseKey, undefined);
    } else {
      const text = `primaryKey changed from [${showList(baseKey)}] to [${showList(headKey)}]`;
      writer.add("changed", "primaryKey", text, baseKey, headKey);
    }
  }
  writer.lowerBound("checks.rows.min", base.checks.rows?.min, head.checks.rows?.min, compareNumbers);
  writer.upperBound("checks.rows.max", base.checks.rows?.max, head.checks.rows?.max, compareNumbers);
  return writer.changes;
}
