import { finishHash64, fmix32, hashText } from "../data/rows.ts";

/**
 * Remembers which keys (a unique column's values, or a primary key's tuples) have been seen, in
 * bounded memory: each key is kept as a 64-bit hash with the row where it first appeared (12 bytes
 * a slot, at most 3/4 full), in an open-addressing table whose probes read one array of the hashes'
 * low halves (4 bytes a slot: a third of the table, so it stays in cache far better), the high
 * half and the row being read only on a match. Two different keys share a 64-bit hash with
 * probability about n²/2⁶⁵ (10⁻⁶ at ten million keys); numbers hash one-to-one (hashNumber), so
 * two of them collide only through the empty-slot mark (a low half of 0 is kept as 1).
 *
 * The table grows by doubling up to a byte budget (the growth's copy included); past it, or past
 * `maxKeys`, it is full: known keys are still found, new ones are refused (`TABLE_FULL`) and the
 * caller decides (UniqueKeys sends them to disk).
 */
export const NEW_KEY = -1;
export const TABLE_FULL = -2;

/** Budget of a KeySet that is given none: a table of 4 Mi slots (48 MiB; 72 MiB while it grows). */
export const DEFAULT_KEY_SET_BYTES = 96 * (1 << 20);
const MIN_CAPACITY = 1 << 4;
const INITIAL_CAPACITY = 1 << 14;
/** Rows above this need a second word: the table then takes 16 bytes a slot. */
const MAX_NARROW_ROW = 0xffffffff;

export class KeySet {
  /**
   * Slot → the key's low hash half (0: empty). Probes read this array alone (4 bytes a slot, so
   * it stays in cache far longer than whole slots would); `details` is read only on a match.
   */
  private lows: Uint32Array;
  /** Slot → `stride` words: the high hash half, the row (and the row's high word when stride is 3). */
  private details: Uint32Array;
  private stride = 2;
  private mask: number;
  private used = 0;
  /** Keys past which the table grows (3/4 of its slots). */
  private growAt: number;
  /** Keys past which the table takes no more: the budget's or maxKeys. */
  private keyLimit: number;
  private maxCapacity: number;
  readonly maxBytes: number;
  /** Whether the limit stopped the set from taking more keys. */
  full = false;

  /**
   * @param maxKeys the most keys kept (default: as many as `maxBytes` holds); past it `add`
   *   answers "full" for a new key.
   * @param options.maxBytes the most bytes the table may take, its growth's copy included
   * @param options.expectedKeys keys likely to come: the table starts that large (within the
   *   budget), so it need not grow to it step by step
   */
  constructor(
    readonly maxKeys: number = Number.POSITIVE_INFINITY,
    options: { maxBytes?: number; expectedKeys?: number } = {},
  ) {
    this.maxBytes = options.maxBytes ?? DEFAULT_KEY_SET_BYTES;
    this.maxCapacity = this.capacityFor(this.stride);
    let capacity = Math.min(INITIAL_CAPACITY, this.maxCapacity);
    const expected = Math.min(options.expectedKeys ?? 0, maxKeys);
    while (capacity < this.maxCapacity && capacity * 0.75 < expected) capacity *= 2;
    this.lows = new Uint32Array(capacity);
    this.details = new Uint32Array(capacity * this.stride);
    this.mask = capacity - 1;
    this.growAt = Math.floor(capacity * 0.75);
    this.keyLimit = this.limitFor(this.maxCapacity);
  }

  get size(): number {
    return this.used;
  }

  /** Bytes the table holds now. */
  get bytes(): number {
    return this.lows.byteLength + this.details.byteLength;
  }

  /** The most keys this set can hold. */
  get capacity(): number {
    return this.keyLimit;
  }

  /**
   * Adds a key seen at `row`. Answers the row where the same key was first seen, `undefined` for a
   * new key, or "full" when the limit is reached (the key is then not remembered).
   */
  add(key: string, row: number): number | undefined | "full" {
    hashText(key, scratch);
    const first = this.addHash(scratch[0]!, scratch[1]!, row);
    return first === NEW_KEY ? undefined : first === TABLE_FULL ? "full" : first;
  }

  /**
   * Adds a key by its 64-bit hash (two unsigned 32-bit halves) seen at `row` (a non-negative
   * integer). Answers the row where it was first seen, NEW_KEY, or TABLE_FULL when the set can
   * take no more keys (the key is then not remembered).
   */
  addHash(high: number, low: number, row: number): number {
    // A low half of 0 marks an empty slot: such a key is kept as 1 (one more bit of collision).
    if (low === 0) low = 1;
    if (this.used >= this.growAt && this.mask + 1 < this.maxCapacity) this.grow();
    const lows = this.lows;
    const mask = this.mask;
    let slot = (low ^ Math.imul(high, 0x9e3779b1)) & mask;
    for (;;) {
      const slotLow = lows[slot]!;
      if (slotLow === 0) break;
      if (slotLow === low) {
        const stride = this.stride;
        const at = slot * stride;
        const details = this.details;
        if (details[at] === high)
          return stride === 2 ? details[at + 1]! : details[at + 1]! + details[at + 2]! * 0x100000000;
      }
      slot = (slot + 1) & mask;
    }
    if (this.used >= this.keyLimit) {
      this.full = true;
      return TABLE_FULL;
    }
    if (row > MAX_NARROW_ROW && this.stride === 2) {
      this.widen();
      return this.addHash(high, low, row);
    }
    lows[slot] = low;
    const stride = this.stride;
    const at = slot * stride;
    const details = this.details;
    details[at] = high;
    if (stride === 2) details[at + 1] = row;
    else {
      details[at + 1] = row % 0x100000000;
      details[at + 2] = Math.floor(row / 0x100000000);
    }
    this.used += 1;
    return NEW_KEY;
  }

  /**
   * Forgets every key and makes room for about `expectedKeys` (within the budget), reusing the
   * table's memory where it is large enough.
   */
  reset(expectedKeys: number): void {
    let capacity = MIN_CAPACITY;
    while (capacity < this.maxCapacity && capacity * 0.75 < expectedKeys) capacity *= 2;
    if (this.lows.buffer.byteLength >= capacity * 4) {
      this.lows = new Uint32Array(this.lows.buffer, 0, capacity);
      this.lows.fill(0);
    } else this.lows = new Uint32Array(capacity);
    // Details are read only where `lows` says a key is: they need no clearing.
    const words = capacity * this.stride;
    this.details =
      this.details.buffer.byteLength >= words * 4
        ? new Uint32Array(this.details.buffer, 0, words)
        : new Uint32Array(words);
    this.mask = capacity - 1;
    this.growAt = Math.floor(capacity * 0.75);
    this.used = 0;
    this.full = false;
  }

  /** The largest power-of-two slot count whose table, and its growth's copy, fit the budget. */
  private capacityFor(stride: number): number {
    let capacity = MIN_CAPACITY;
    while (capacity * 2 * (stride + 1) * 4 * 1.5 <= this.maxBytes && capacity < 1 << 30) capacity *= 2;
    return capacity;
  }

  private limitFor(maxCapacity: number): number {
    return Math.min(this.maxKeys, Math.floor(maxCapacity * 0.75));
  }

  private grow(): void {
    this.rebuild((this.mask + 1) * 2, this.stride);
  }

  /** Rows past 2³² - 1: a word more a slot (within the budget, the keys already held are kept). */
  private widen(): void {
    this.maxCapacity = Math.max(this.capacityFor(3), MIN_CAPACITY);
    this.keyLimit = Math.max(this.used, this.limitFor(this.maxCapacity));
    this.rebuild(this.mask + 1, 3);
  }

  private rebuild(capacity: number, stride: number): void {
    const oldLows = this.lows;
    const oldDetails = this.details;
    const oldStride = this.stride;
    const lows = new Uint32Array(capacity);
    const details = new Uint32Array(capacity * stride);
    const mask = capacity - 1;
    for (let from = 0; from < oldLows.length; from++) {
      const low = oldLows[from]!;
      if (low === 0) continue;
      const high = oldDetails[from * oldStride]!;
      let slot = (low ^ Math.imul(high, 0x9e3779b1)) & mask;
      while (lows[slot] !== 0) slot = (slot + 1) & mask;
      lows[slot] = low;
      const to = slot * stride;
      details[to] = high;
      details[to + 1] = oldDetails[from * oldStride + 1]!;
      if (stride === 3) details[to + 2] = oldStride === 3 ? oldDetails[from * oldStride + 2]! : 0;
    }
    this.lows = lows;
    this.details = details;
    this.stride = stride;
    this.mask = mask;
    this.growAt = Math.floor(capacity * 0.75);
  }
}

const scratch = new Uint32Array(2);

/** A 64-bit hash of a string's UTF-8 (rows.ts' hashText), as [high, low]. */
export function hash64(key: string): [number, number] {
  const out = new Uint32Array(2);
  hashText(key, out);
  return [out[0]!, out[1]!];
}

const float = new Float64Array(1);
const floatWords = new Uint32Array(float.buffer);

/**
 * A 64-bit hash of a number as a key: 0 and -0 are one key, as are all NaNs (String() says the
 * same). One-to-one on the number's 64 bits (Feistel rounds), so two numbers never collide.
 */
export function hashNumber(value: number, out: Uint32Array): void {
  // biome-ignore lint/suspicious/noSelfCompare: NaN test without a call
  float[0] = value === 0 ? 0 : value !== value ? Number.NaN : value;
  let a = floatWords[0]!;
  let b = floatWords[1]!;
  a ^= fmix32(b ^ 0x3c6ef372);
  b ^= fmix32(a ^ 0xa54ff53a);
  a ^= fmix32(b ^ 0x510e527f);
  b ^= fmix32(a ^ 0x9b05688c);
  out[0] = b;
  out[1] = a;
}

/**
 * A 64-bit hash of a sequence of 64-bit parts (a primary key's columns), words[start, start +
 * count): the words through murmur3-style lanes, as rows.ts' hashBytes does bytes.
 */
export function hashWords(words: Uint32Array, start: number, count: number, out: Uint32Array): void {
  let h1 = 0x1b873593;
  let h2 = 0x7f4a7c15;
  for (let index = start; index < start + count; index++) {
    const word = words[index]!;
    let k1 = Math.imul(word, 0xcc9e2d51);
    k1 = Math.imul((k1 << 15) | (k1 >>> 17), 0x1b873593);
    h1 ^= k1;
    h1 = (Math.imul((h1 << 13) | (h1 >>> 19), 5) + 0xe6546b64) | 0;
    let k2 = Math.imul(word, 0x85ebca77);
    k2 = Math.imul((k2 << 13) | (k2 >>> 19), 0xc2b2ae3d);
    h2 ^= k2;
    h2 = (Math.imul((h2 << 17) | (h2 >>> 15), 5) + 0x52dce729) | 0;
  }
  finishHash64(h1, h2, count, out);
}
