/**
 * A KLL quantile sketch (Karnin, Lang, Liberty 2016): streams any number of values in O(k log n)
 * memory and answers any quantile within a rank error of about 1.7/k with high probability
 * (k = 400: ±0.5% of the rank). Seeded, so the same data gives the same answer on every run.
 * Used for quantile bounds in data contracts and for the numeric profiles drift is checked against.
 */
export class QuantileSketch {
  private levels: number[][] = [[]];
  private count = 0;
  private minimum = Number.POSITIVE_INFINITY;
  private maximum = Number.NEGATIVE_INFINITY;
  private randomState: number;
  private readonly capacityByDepth: number[] = [];

  constructor(
    readonly k = 400,
    seed = 0x5eed,
  ) {
    if (!Number.isInteger(k) || k < 8)
      throw new Error(`quantile sketch: k must be an integer of at least 8, got ${k}`);
    this.randomState = seed >>> 0 || 1;
  }

  get size(): number {
    return this.count;
  }

  get min(): number {
    return this.minimum;
  }

  get max(): number {
    return this.maximum;
  }

  /** Rank error the sketch promises (as a share of n) with high probability. */
  get rankError(): number {
    return 1.7 / this.k;
  }

  add(value: number): void {
    if (Number.isNaN(value)) return;
    this.count += 1;
    if (value < this.minimum) this.minimum = value;
    if (value > this.maximum) this.maximum = value;
    (this.levels[0] as number[]).push(value);
    if ((this.levels[0] as number[]).length >= this.capacity(0)) this.compress();
  }

  /** The value at quantile q (0 ≤ q ≤ 1); NaN for an empty sketch. q 0 and 1 are exact (min, max). */
  quantile(q: number): number {
    if (this.count === 0) return Number.NaN;
    if (q <= 0) return this.minimum;
    if (q >= 1) return this.maximum;
    const items = this.weightedItems();
    const target = q * this.count;
    let cumulative = 0;
    for (const [value, weight] of items) {
      cumulative += weight;
      if (cumulative >= target) return value;
    }
    return this.maximum;
  }

  /** Share of values ≤ x (the empirical CDF), within the same rank error. */
  cdf(x: number): number {
    if (this.count === 0) return Number.NaN;
    let below = 0;
    for (const [value, weight] of this.weightedItems()) if (value <= x) below += weight;
    return below / this.count;
  }

  /** Folds another sketch (same k) into this one: profiles of shards merge into one. */
  merge(other: QuantileSketch): void {
    if (other.k !== this.k) throw new Error(`quantile sketch: cannot merge k=${other.k} into k=${this.k}`);
    other.levels.forEach((level, height) => {
      while (this.levels.length <= height) this.levels.push([]);
      (this.levels[height] as number[]).push(...level);
    });
    this.count += other.count;
    this.minimum = Math.min(this.minimum, other.minimum);
    this.maximum = Math.max(this.maximum, other.maximum);
    for (let h = 0; h < this.levels.length; h++)
      if ((this.levels[h] as number[]).length >= this.capacity(h)) this.compress();
  }

  /** A JSON-able form, stored in model version metadata. */
  toJSON(): { k: number; count: number; min: number; max: number; levels: number[][] } {
    return {
      k: this.k,
      count: this.count,
      min: this.minimum,
      max: this.maximum,
      levels: this.levels.map((l) => [...l]),
    };
  }

  static fromJSON(data: {
    k: number;
    count: number;
    min: number;
    max: number;
    levels: number[][];
  }): QuantileSketch {
    const sketch = new QuantileSketch(data.k);
    sketch.levels = data.levels.map((l) => [...l]);
    sketch.count = data.count;
    sketch.minimum = data.count === 0 ? Number.POSITIVE_INFINITY : data.min;
    sketch.maximum = data.count === 0 ? Number.NEGATIVE_INFINITY : data.max;
    return sketch;
  }

  /**
   * Level capacities shrink by 2/3 per level below the top, as KLL prescribes. Kept per depth:
   * once the sketch is tall, the bottom level's capacity is 2 and add() asks for it every value.
   */
  private capacity(height: number): number {
    const depth = this.levels.length - 1 - height;
    let capacity = this.capacityByDepth[depth];
    if (capacity === undefined) {
      capacity = Math.max(2, Math.ceil(this.k * (2 / 3) ** depth));
      this.capacityByDepth[depth] = capacity;
    }
    return capacity;
  }

  private compress(): void {
    for (let h = 0; h < this.levels.length; h++) {
      const level = this.levels[h] as number[];
      if (level.length < this.capacity(h)) continue;
      if (h + 1 === this.levels.length) this.levels.push([]);
      level.sort((a, b) => a - b);
      const offset = this.nextRandomBit();
      const promoted = this.levels[h + 1] as number[];
      // An odd item out stays at this level; the rest halve, every other one moving up.
      const keepOdd = level.length % 2 === 1 ? level.pop() : undefined;
      for (let i = offset; i < level.length; i += 2) promoted.push(level[i] as number);
      this.levels[h] = keepOdd === undefined ? [] : [keepOdd];
    }
  }

  private weightedItems(): Array<[number, number]> {
    const items: Array<[number, number]> = [];
    this.levels.forEach((level, height) => {
      const weight = 2 ** height;
      for (const value of level) items.push([value, weight]);
    });
    return items.sort((a, b) => a[0] - b[0]);
  }

  private nextRandomBit(): number {
    // xorshift32: a fair, seeded coin for which half of a level moves up.
    let x = this.randomState;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.randomState = x >>> 0;
    return this.randomState & 1;
  }
}
