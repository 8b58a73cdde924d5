import type { Bounds, TableSchema } from "../schema/table-schema.ts";
import type { QuantileSketch } from "../stats/quantile-sketch.ts";
import type { RuleName, Violation, ViolationExample } from "./validate.ts";

/**
 * The checks on the table as a whole (row count, a column's missing share, category shares,
 * quantiles), judged from totals gathered over every row: by one validation run at the end of its
 * scan, or by the merge of shard reports from the totals each shard carried.
 */

/** What the scan gathered about one column for the table checks. */
export interface ColumnTotals {
  /** Cells that were missing (or absent). */
  missing: number;
  /** Rows per distinct value, when the column has categoryShares. */
  categories?: Map<string, number>;
  /** The column's values, when it has quantile checks. */
  sketch?: QuantileSketch;
}

/** The table-wide rules; a shard leaves them to the merge. */
export const TABLE_RULES: ReadonlySet<RuleName> = new Set([
  "rows",
  "maxMissingShare",
  "categoryShares",
  "quantiles",
]);

/** Whether the schema has any table-wide check at all. */
export function hasTableChecks(schema: TableSchema): boolean {
  return (
    schema.checks.rows !== undefined ||
    schema.fields.some(
      (f) =>
        f.checks.maxMissingShare !== undefined ||
        f.checks.categoryShares !== undefined ||
        f.checks.quantiles !== undefined,
    )
  );
}

/**
 * The violations of the table checks, in the order a report lists them: the row count, then per
 * column its missing share, category shares and quantiles. `where` names the data (a file, or
 * "4 files") in their examples.
 */
export function tableCheckViolations(
  schema: TableSchema,
  rows: number,
  columns: ReadonlyMap<string, ColumnTotals>,
  where: { file: string; row: number; line: number },
  maxExamples = 10,
): Violation[] {
  const found: Violation[] = [];
  const add = (rule: RuleName, column: string | null, expected: string, example: ViolationExample) => {
    const existing = found.find((v) => v.rule === rule && v.column === column);
    if (existing) {
      existing.count += 1;
      if (existing.examples.length < maxExamples) existing.examples.push(example);
    } else found.push({ rule, column, expected, count: 1, examples: [example] });
  };

  const rowBounds = schema.checks.rows;
  if (rowBounds && outside(rows, rowBounds))
    add("rows", null, describeBounds(rowBounds, "rows"), {
      ...where,
      value: String(rows),
      detail: `${rows} rows`,
    });

  for (const field of schema.fields) {
    const { checks } = field;
    const totals = columns.get(field.name);
    if (totals === undefined) continue;
    if (checks.maxMissingShare !== undefined && rows > 0) {
      const share = totals.missing / rows;
      if (share > checks.maxMissingShare)
        found.push({
          rule: "maxMissingShare",
          column: field.name,
          expected: `at most ${percent(checks.maxMissingShare)} missing`,
          count: totals.missing,
          examples: [
            {
              ...where,
              value: percent(share),
              detail: `${totals.missing} of ${rows} rows missing (${percent(share)})`,
            },
          ],
        });
    }
    if (checks.categoryShares && totals.categories) {
      let counted = 0;
      for (const count of totals.categories.values()) counted += count;
      for (const [category, bounds] of Object.entries(checks.categoryShares)) {
        const share = counted === 0 ? 0 : (totals.categories.get(category) ?? 0) / counted;
        if (outside(share, bounds))
          add(
            "categoryShares",
            field.name,
            `${JSON.stringify(category)} ${describeBounds(bounds, "share", percent)}`,
            { ...where, value: category, detail: `${JSON.stringify(category)} is ${percent(share)} of rows` },
          );
      }
    }
    const sketch = totals.sketch;
    if (checks.quantiles && sketch && sketch.size > 0) {
      for (const [quantile, bounds] of Object.entries(checks.quantiles)) {
        const value = sketch.quantile(Number(quantile));
        if (outside(value, bounds))
          add("quantiles", field.name, `q${quantile} ${describeBounds(bounds, "value")}`, {
            ...where,
            value: String(value),
            detail: `q${quantile} is ${value} (± ${percent(sketch.rankError)} in rank)`,
          });
      }
    }
  }
  return found;
}

function outside(value: number, bounds: Bounds): boolean {
  return (bounds.min !== undefined && value < bounds.min) || (bounds.max !== undefined && value > bounds.max);
}

function describeBounds(bounds: Bounds, what: string, format: (n: number) => string = String): string {
  if (bounds.min !== undefined && bounds.max !== undefined)
    return `${what} between ${format(bounds.min)} and ${format(bounds.max)}`;
  if (bounds.min !== undefined) return `${what} ≥ ${format(bounds.min)}`;
  return `${what} ≤ ${format(bounds.max as number)}`;
}

function percent(share: number): string {
  return `${Number((share * 100).toFixed(2))}%`;
}
