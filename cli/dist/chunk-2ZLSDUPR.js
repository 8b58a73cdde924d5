import { createRequire as __trainyardCreateRequire } from "node:module";
const require = __trainyardCreateRequire(import.meta.url);
import {
  isRecord,
  loadDocumentWith,
  parseDocumentWith,
  valueAt
} from "./chunk-OV7LGPEV.js";
import {
  fieldTypes,
  tableSchema
} from "./chunk-UJ3F4ZQT.js";

// lib/schema/load.ts
var tableSchemaRules = {
  schema: tableSchema,
  expected: 'a table schema with "fields"',
  discriminatorValues: fieldTypes,
  misplacedKey: (_key, data, parentPath) => {
    const fieldType = fieldTypeAt(data, parentPath);
    return fieldType === void 0 ? void 0 : `it does not apply to ${fieldType} fields`;
  }
};
function parseTableSchema(text, file) {
  return parseDocumentWith(text, file, tableSchemaRules);
}
function loadTableSchema(file) {
  return loadDocumentWith(file, tableSchemaRules, "table schema");
}
function fieldTypeAt(data, path) {
  if (path[0] !== "fields" || typeof path[1] !== "number") return void 0;
  if (path.length > 3 || path.length === 3 && path[2] !== "constraints") return void 0;
  const field = valueAt(data, path.slice(0, 2));
  const type = isRecord(field) ? field.type ?? "string" : void 0;
  return typeof type === "string" ? type : void 0;
}

// lib/stats/quantile-sketch.ts
var QuantileSketch = class _QuantileSketch {
  constructor(k = 400, seed = 24301) {
    this.k = k;
    if (!Number.isInteger(k) || k < 8)
      throw new Error(`quantile sketch: k must be an integer of at least 8, got ${k}`);
    this.randomState = seed >>> 0 || 1;
  }
  k;
  levels = [[]];
  count = 0;
  minimum = Number.POSITIVE_INFINITY;
  maximum = Number.NEGATIVE_INFINITY;
  randomState;
  capacityByDepth = [];
  get size() {
    return this.count;
  }
  get min() {
    return this.minimum;
  }
  get max() {
    return this.maximum;
  }
  /** Rank error the sketch promises (as a share of n) with high probability. */
  get rankError() {
    return 1.7 / this.k;
  }
  add(value) {
    if (Number.isNaN(value)) return;
    this.count += 1;
    if (value < this.minimum) this.minimum = value;
    if (value > this.maximum) this.maximum = value;
    this.levels[0].push(value);
    if (this.levels[0].length >= this.capacity(0)) this.compress();
  }
  /** The value at quantile q (0 ≤ q ≤ 1); NaN for an empty sketch. q 0 and 1 are exact (min, max). */
  quantile(q) {
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
  cdf(x) {
    if (this.count === 0) return Number.NaN;
    let below = 0;
    for (const [value, weight] of this.weightedItems()) if (value <= x) below += weight;
    return below / this.count;
  }
  /** Folds another sketch (same k) into this one: profiles of shards merge into one. */
  merge(other) {
    if (other.k !== this.k) throw new Error(`quantile sketch: cannot merge k=${other.k} into k=${this.k}`);
    other.levels.forEach((level, height) => {
      while (this.levels.length <= height) this.levels.push([]);
      this.levels[height].push(...level);
    });
    this.count += other.count;
    this.minimum = Math.min(this.minimum, other.minimum);
    this.maximum = Math.max(this.maximum, other.maximum);
    for (let h = 0; h < this.levels.length; h++)
      if (this.levels[h].length >= this.capacity(h)) this.compress();
  }
  /** A JSON-able form, stored in model version metadata. */
  toJSON() {
    return {
      k: this.k,
      count: this.count,
      min: this.minimum,
      max: this.maximum,
      levels: this.levels.map((l) => [...l])
    };
  }
  static fromJSON(data) {
    const sketch = new _QuantileSketch(data.k);
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
  capacity(height) {
    const depth = this.levels.length - 1 - height;
    let capacity = this.capacityByDepth[depth];
    if (capacity === void 0) {
      capacity = Math.max(2, Math.ceil(this.k * (2 / 3) ** depth));
      this.capacityByDepth[depth] = capacity;
    }
    return capacity;
  }
  compress() {
    for (let h = 0; h < this.levels.length; h++) {
      const level = this.levels[h];
      if (level.length < this.capacity(h)) continue;
      if (h + 1 === this.levels.length) this.levels.push([]);
      level.sort((a, b) => a - b);
      const offset = this.nextRandomBit();
      const promoted = this.levels[h + 1];
      const keepOdd = level.length % 2 === 1 ? level.pop() : void 0;
      for (let i = offset; i < level.length; i += 2) promoted.push(level[i]);
      this.levels[h] = keepOdd === void 0 ? [] : [keepOdd];
    }
  }
  weightedItems() {
    const items = [];
    this.levels.forEach((level, height) => {
      const weight = 2 ** height;
      for (const value of level) items.push([value, weight]);
    });
    return items.sort((a, b) => a[0] - b[0]);
  }
  nextRandomBit() {
    let x = this.randomState;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.randomState = x >>> 0;
    return this.randomState & 1;
  }
};

export {
  QuantileSketch,
  parseTableSchema,
  loadTableSchema
};
