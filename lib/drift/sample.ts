/**
 * A column's values as the drift statistics need them, gathered from streamed data in bounded
 * memory: numbers as sorted distinct values with their counts, categories as a frequency table.
 *
 * How a numeric column is kept, best first:
 * 1. a table of its distinct values while there are at most MAX_EXACT_VALUES of them: exact, and
 *    small enough to store in a profile;
 * 2. all its values in a Float64Array while the dataset's value budget lasts (DEFAULT_VALUE_BUDGET
 *    numbers, 8 bytes each, shared by its numeric columns): exact;
 * 3. past the budget, when given a spill folder (./spill.ts; drift checks of data against data
 *    do): all its values in a temporary file, read back and sorted when the column's statistics
 *    are computed (one feature at a time, so memory then holds one column of each dataset, at most
 *    16 bytes a value): exact, up to MAX_SPILLED_VALUES values a column;
 * 4. past those, a KLL quantile sketch (lib/stats/quantile-sketch.ts): its items, weighted, stand
 *    in for the values, and every share of values at or below x is within `rankError` of the true
 *    one. Statistics from it are approximate; their error bounds are in ./statistics.ts. Profiles
 *    (./profile.ts) store this sketch for columns with many distinct values.
 * Mean, standard deviation, minimum and maximum are always exact (Welford's running moments).
 */
import { QuantileSketch } from "../stats/quantile-sketch.ts";
import { SpilledValues, type SpillFolder } from "./spill.ts";

export type FeatureKind = "numerical" | "categorical";

export interface NumericalSample {
  readonly kind: "numerical";
  /** Distinct values, ascending. */
  readonly values: Float64Array;
  /** How many values each stands for (for a sketch, the items' weights). */
  readonly weights: Float64Array;
  /** Values present (missing and invalid cells excluded): the sum of `weights`. */
  readonly count: number;
  readonly missing: number;
  readonly mean: number;
  /** Population standard deviation (numpy.std's default, ddof 0). */
  readonly std: number;
  readonly min: number;
  readonly max: number;
  /**
   * 0 when the values are the data's own. Else the sketch's bound on the error of the empirical
   * CDF: |F̂(x) − F(x)| ≤ rankError for every x (with high probability, as KLL promises).
   */
  readonly rankError: number;
}

export interface CategoricalSample {
  readonly kind: "categorical";
  /** Value → how many rows hold it. */
  readonly counts: ReadonlyMap<string, number>;
  /** Rows holding a value that was cut from the table (past its cap), counted together. */
  readonly other: number;
  readonly count: number;
  readonly missing: number;
}

export type FeatureSample = NumericalSample | CategoricalSample;

/** Distinct numbers kept as an exact table (and stored so in a profile). */
export const MAX_EXACT_VALUES = 1024;
/** Numbers kept exactly per dataset, across its numeric columns: 8 M values, 64 MB. */
export const DEFAULT_VALUE_BUDGET = 8 * (1 << 20);
/** Distinct categories counted per column; later new values are counted together as "other". */
export const MAX_CATEGORIES = 10_000;
/**
 * Values of one column (of one dataset) kept in a spill file, at most: 2^25, 256 MiB on disk.
 * Reading a feature back takes up to 16 bytes a value of both datasets (the sorted values, and
 * a count per distinct value), so at most 1 GiB; a column with more values is sketched.
 */
export const MAX_SPILLED_VALUES = 1 << 25;
/** k of the KLL sketches: rank error about 1.7 / k = 0.43%, about 1,200 numbers a column. */
export const SKETCH_K = 400;

/** The budget of exactly kept numbers that a dataset's numeric columns share. */
export class ValueBudget {
  constructor(public remaining: number = DEFAULT_VALUE_BUDGET) {}

  take(values: number): boolean {
    if (values > this.remaining) return false;
    this.remaining -= values;
    return true;
  }

  give(values: number): void {
    this.remaining += values;
  }
}

export interface SpillOptions {
  /** Where values past the budget go, instead of a sketch (default: none, they are sketched). */
  folder: SpillFolder;
  /** The column's name, in its file's name. */
  name: string;
  /** Values of the column a file holds at most (default MAX_SPILLED_VALUES); past it, a sketch. */
  maxValues?: number;
  /** Values buffered before a write (default SPILL_BUFFER_VALUES). */
  bufferValues?: number;
}

/** Streams a numeric column: add() each value, addMissing() each missing or invalid cell. */
export class NumericCollector {
  count = 0;
  missing = 0;
  private mean = 0;
  private squares = 0;
  private minimum = Number.POSITIVE_INFINITY;
  private maximum = Number.NEGATIVE_INFINITY;
  private table: Map<number, number> | undefined = new Map();
  private raw: Float64Array | undefined = new Float64Array(0);
  private spilled: SpilledValues | undefined;
  private sketch: QuantileSketch | undefined;

  constructor(
    private readonly budget: ValueBudget = new ValueBudget(),
    private readonly spill?: SpillOptions,
  ) {}

  add(value: number): void {
    // NaN and ±Infinity count as missing, as Evidently drops them before testing.
    if (!Number.isFinite(value)) {
      this.missing++;
      return;
    }
    const n = ++this.count;
    const delta = value - this.mean;
    this.mean += delta / n;
    this.squares += delta * (value - this.mean);
    if (value < this.minimum) this.minimum = value;
    if (value > this.maximum) this.maximum = value;
    const table = this.table;
    if (table !== undefined) {
      table.set(value, (table.get(value) ?? 0) + 1);
      if (table.size <= MAX_EXACT_VALUES) {
        // The table holds every value: kept ones are only needed if it overflows later, and
        // when the budget runs out they are given back (the table can stand in for them).
        if (this.raw !== undefined && !this.keep(value, n)) this.releaseRaw();
        return;
      }
      this.table = undefined;
      if (this.raw === undefined) {
        this.fromTable(table);
        return;
      }
    }
    if (this.raw !== undefined) {
      if (this.keep(value, n)) return;
      if (this.spill === undefined) this.toSketch();
      else this.startSpilling();
    }
    const spilled = this.spilled;
    if (spilled !== undefined) {
      if (spilled.count < this.spillLimit) {
        spilled.add(value);
        return;
      }
      this.toSketch();
    }
    this.sketch?.add(value);
  }

  /** Keeps the n-th value in memory, if the budget allows. */
  private keep(value: number, n: number): boolean {
    const raw = this.raw as Float64Array;
    if (n > raw.length && !this.grow(n)) return false;
    (this.raw as Float64Array)[n - 1] = value;
    return true;
  }

  private releaseRaw(): void {
    this.budget.give((this.raw as Float64Array).length);
    this.raw = undefined;
  }

  /** Values of the column a spill file may hold. */
  private get spillLimit(): number {
    return this.spill?.maxValues ?? MAX_SPILLED_VALUES;
  }

  private openSpill(spill: SpillOptions): SpilledValues {
    this.spilled = new SpilledValues(spill.folder.newFile(spill.name), spill.bufferValues);
    return this.spilled;
  }

  /** Moves the values kept so far to a spill file, and gives their memory back to the budget. */
  private startSpilling(): void {
    this.openSpill(this.spill as SpillOptions).addAll((this.raw as Float64Array).subarray(0, this.count - 1));
    this.releaseRaw();
  }

  /** The values so far, known only from the overflowing table (their order does not matter). */
  private fromTable(table: Map<number, number>): void {
    const spill = this.spill;
    if (spill !== undefined && this.count <= this.spillLimit) {
      const spilled = this.openSpill(spill);
      for (const [value, count] of table) for (let i = 0; i < count; i++) spilled.add(value);
      return;
    }
    const sketch = new QuantileSketch(SKETCH_K);
    this.sketch = sketch;
    for (const [value, count] of table) for (let i = 0; i < count; i++) sketch.add(value);
  }

  addMissing(): void {
    this.missing++;
  }

  /** A sketch of the values so far (made from them when they were kept exactly). */
  toSketch(): QuantileSketch {
    if (this.sketch === undefined) {
      const sketch = new QuantileSketch(SKETCH_K);
      this.sketch = sketch;
      const kept = this.raw === undefined ? 0 : Math.min(this.count, this.raw.length);
      for (let index = 0; index < kept; index++) sketch.add((this.raw as Float64Array)[index] as number);
      this.spilled?.eachChunk((chunk) => {
        for (let index = 0; index < chunk.length; index++) sketch.add(chunk[index] as number);
      });
      this.spilled = undefined;
    }
    if (this.raw !== undefined) this.releaseRaw();
    return this.sketch;
  }

  /** The exact value table, as [value, count] pairs ascending, while the column has at most MAX_EXACT_VALUES distinct values. */
  valueTable(): Array<[number, number]> | undefined {
    if (this.table === undefined) return undefined;
    const { values, weights } = sortedTable(this.table);
    return Array.from(values, (value, index) => [value, weights[index] as number]);
  }

  moments(): { mean: number; std: number; min: number; max: number } {
    const empty = this.count === 0;
    return {
      mean: empty ? Number.NaN : this.mean,
      std: empty ? Number.NaN : Math.sqrt(this.squares / this.count),
      min: empty ? Number.NaN : this.minimum,
      max: empty ? Number.NaN : this.maximum,
    };
  }

  /** The sample (call it once: kept values are sorted in place, a spill file is read and removed). */
  finish(): NumericalSample {
    const table = this.table;
    const base = { kind: "numerical" as const, count: this.count, missing: this.missing, ...this.moments() };
    if (table !== undefined) {
      this.spilled?.discard();
      return { ...base, ...sortedTable(table), rankError: 0 };
    }
    const kept = this.raw?.subarray(0, this.count) ?? this.spilled?.readAll();
    if (kept !== undefined) return { ...base, ...runLengths(kept.sort()), rankError: 0 };
    const sketch = this.toSketch();
    return { ...base, ...weightedItems(sketch), rankError: sketch.rankError };
  }

  private grow(needed: number): boolean {
    const old = this.raw as Float64Array;
    const size = Math.max(1024, old.length * 2, needed);
    if (!this.budget.take(size - old.length)) return false;
    const grown = new Float64Array(size);
    grown.set(old);
    this.raw = grown;
    return true;
  }
}

/** Streams a categorical column. */
export class CategoricalCollector {
  count = 0;
  missing = 0;
  other = 0;
  readonly counts = new Map<string, number>();

  constructor(private readonly maxCategories = MAX_CATEGORIES) {}

  add(value: string): void {
    this.count++;
    const seen = this.counts.get(value);
    if (seen !== undefined) this.counts.set(value, seen + 1);
    else if (this.counts.size < this.maxCategories) this.counts.set(value, 1);
    else this.other++;
  }

  addMissing(): void {
    this.missing++;
  }

  finish(): CategoricalSample {
    return {
      kind: "categorical",
      counts: new Map(this.counts),
      other: this.other,
      count: this.count,
      missing: this.missing,
    };
  }
}

/**
 * Sorted values with repeats → distinct values and counts. Without a second copy of the values:
 * the distinct ones are moved to the front of `sorted`, and a view of them is returned (so the
 * caller must not use `sorted` afterwards).
 */
export function runLengths(sorted: Float64Array): { values: Float64Array; weights: Float64Array } {
  let distinct = 0;
  for (let index = 0; index < sorted.length; index++)
    if (index === 0 || sorted[index] !== sorted[index - 1]) distinct++;
  const weights = new Float64Array(distinct);
  if (distinct === sorted.length) return { values: sorted, weights: weights.fill(1) };
  let at = -1;
  let previous = Number.NaN;
  for (let index = 0; index < sorted.length; index++) {
    const value = sorted[index] as number;
    if (index === 0 || value !== previous) sorted[++at] = value;
    previous = value;
    weights[at] = (weights[at] as number) + 1;
  }
  return { values: sorted.subarray(0, distinct), weights };
}

/**
 * A value → count table as its distinct values ascending and their counts. A typed array sorts
 * numbers natively, without a comparator called per comparison.
 */
function sortedTable(table: ReadonlyMap<number, number>): { values: Float64Array; weights: Float64Array } {
  const values = Float64Array.from(table.keys()).sort();
  const weights = new Float64Array(values.length);
  for (let index = 0; index < values.length; index++)
    weights[index] = table.get(values[index] as number) as number;
  return { values, weights };
}

/** [value, count] pairs sorted by value → the two arrays. */
export function fromPairs(pairs: ReadonlyArray<readonly [number, number]>): {
  values: Float64Array;
  weights: Float64Array;
} {
  return {
    values: Float64Array.from(pairs, (pair) => pair[0]),
    weights: Float64Array.from(pairs, (pair) => pair[1]),
  };
}

/** A sketch's items with their weights (2^level), merged per value and sorted. */
export function weightedItems(sketch: QuantileSketch): { values: Float64Array; weights: Float64Array } {
  const items: Array<[number, number]> = [];
  sketch.toJSON().levels.forEach((level, height) => {
    for (const value of level) items.push([value, 2 ** height]);
  });
  items.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [value, weight] of items) {
    const last = merged.at(-1);
    if (last !== undefined && last[0] === value) last[1] += weight;
    else merged.push([value, weight]);
  }
  return fromPairs(merged);
}

/** A numeric sample from values in memory (tests, small inputs): exact. */
export function numericalSample(values: ArrayLike<number>, missing = 0): NumericalSample {
  const collector = new NumericCollector(new ValueBudget(Number.POSITIVE_INFINITY));
  for (let index = 0; index < values.length; index++) collector.add(values[index] as number);
  for (let index = 0; index < missing; index++) collector.addMissing();
  return collector.finish();
}

/** A categorical sample from values in memory (tests, small inputs): exact. */
export function categoricalSample(values: Iterable<string | null>): CategoricalSample {
  const collector = new CategoricalCollector(Number.POSITIVE_INFINITY);
  for (const value of values) {
    if (value === null) collector.addMissing();
    else collector.add(value);
  }
  return collector.finish();
}
