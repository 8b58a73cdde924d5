/**
 * Remembers which keys (a unique column's values, or a primary key's tuples) have been seen, in
 * bounded memory: each key is kept as a 64-bit hash with the row where it first appeared, in an
 * open-addressing table of typed arrays (16 bytes a key at most), not as a string. Two different
 * keys share a 64-bit hash with probability about n²/2⁶⁵ (10⁻⁶ at ten million keys).
 */
export class KeySet {
  private hashHigh: Uint32Array;
  private hashLow: Uint32Array;
  private firstRow: Float64Array;
  private used = 0;
  /** Whether the limit stopped the set from taking more keys. */
  full = false;

  /**
   * @param maxKeys the most keys kept; past it `add` answers "full" and the caller reports that
   *   uniqueness was checked only so far (the memory limit, not a guess).
   */
  constructor(readonly maxKeys: number = 8_000_000) {
    const capacity = 1 << 12;
    this.hashHigh = new Uint32Array(capacity);
    this.hashLow = new Uint32Array(capacity);
    this.firstRow = new Float64Array(capacity);
  }

  get size(): number {
    return this.used;
  }

  /** Bytes the table holds now. */
  get bytes(): number {
    return this.hashHigh.byteLength + this.hashLow.byteLength + this.firstRow.byteLength;
  }

  /**
   * Adds a key seen at `row`. Answers the row where the same key was first seen, `undefined` for a
   * new key, or "full" when the limit is reached (the key is then not remembered).
   */
  add(key: string, row: number): number | undefined | "full" {
    const [high, low] = hash64(key);
    const mask = this.hashHigh.length - 1;
    // Slot 0/0 marks an empty slot; a key hashing to it is moved to 0/1 (one more bit of collision).
    const lowKey = high === 0 && low === 0 ? 1 : low;
    let slot = (lowKey ^ Math.imul(high, 0x9e3779b1)) & mask;
    while (this.hashHigh[slot] !== 0 || this.hashLow[slot] !== 0) {
      if (this.hashHigh[slot] === high && this.hashLow[slot] === lowKey) return this.firstRow[slot];
      slot = (slot + 1) & mask;
    }
    if (this.used >= this.maxKeys) {
      this.full = true;
      return "full";
    }
    this.hashHigh[slot] = high;
    this.hashLow[slot] = lowKey;
    this.firstRow[slot] = row;
    this.used += 1;
    if (this.used * 2 > this.hashHigh.length) this.grow();
    return undefined;
  }

  private grow(): void {
    const oldHigh = this.hashHigh;
    const oldLow = this.hashLow;
    const oldRow = this.firstRow;
    const capacity = oldHigh.length * 2;
    this.hashHigh = new Uint32Array(capacity);
    this.hashLow = new Uint32Array(capacity);
    this.firstRow = new Float64Array(capacity);
    const mask = capacity - 1;
    for (let i = 0; i < oldHigh.length; i++) {
      const high = oldHigh[i] as number;
      const low = oldLow[i] as number;
      if (high === 0 && low === 0) continue;
      let slot = (low ^ Math.imul(high, 0x9e3779b1)) & mask;
      while (this.hashHigh[slot] !== 0 || this.hashLow[slot] !== 0) slot = (slot + 1) & mask;
      this.hashHigh[slot] = high;
      this.hashLow[slot] = low;
      this.firstRow[slot] = oldRow[i] as number;
    }
  }
}

/** Two independent 32-bit FNV-1a/murmur-mixed hashes of a string's UTF-16 code units. */
export function hash64(key: string): [number, number] {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return [fmix32(h1 ^ key.length) >>> 0, fmix32(h2 ^ Math.imul(key.length, 0x27d4eb2f)) >>> 0];
}

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}
