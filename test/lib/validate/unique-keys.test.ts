import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { hashText } from "../../../lib/data/rows.ts";
import { hashNumber, KeySet, NEW_KEY } from "../../../lib/validate/key-set.ts";
import { type Duplicate, UniqueKeys } from "../../../lib/validate/unique-keys.ts";

const folder = fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-unique-keys-"));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

/** Every duplicate a Map finds in `keys` (one key a row, rows from 1): row → the key's first row. */
function referenceDuplicates(keys: string[]): Duplicate[] {
  const first = new Map<string, number>();
  const duplicates: Duplicate[] = [];
  keys.forEach((key, index) => {
    const seen = first.get(key);
    if (seen === undefined) first.set(key, index + 1);
    else duplicates.push({ row: index + 1, first: seen });
  });
  return duplicates;
}

/**
 * Runs keys through a UniqueKeys: duplicates found during the adds, and those found on disk
 * (all of them: `examples` as many as there are keys), in row order.
 */
function findDuplicates(keys: string[], options: ConstructorParameters<typeof UniqueKeys>[0]) {
  const store = new UniqueKeys({ tempDir: folder, ...options });
  const hash = new Uint32Array(2);
  const duringScan: Duplicate[] = [];
  keys.forEach((key, index) => {
    hashText(key, hash);
    const first = store.add(hash[0]!, hash[1]!, index + 1);
    if (first !== NEW_KEY) duringScan.push({ row: index + 1, first });
  });
  const spilled = store.spilled;
  const onDisk = store.finish(keys.length);
  expect(onDisk.first).toHaveLength(onDisk.count);
  return {
    all: [...duringScan, ...onDisk.first].sort((a, b) => a.row - b.row),
    onDisk,
    spilled,
    failure: store.failure,
  };
}

/** Keys with repeats: ids drawn from a range a little smaller than the count. */
function keysWithRepeats(count: number, seed: number): string[] {
  let state = seed;
  return Array.from({ length: count }, () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return `user-${state % Math.floor(count * 1.5)}`;
  });
}

describe("UniqueKeys: exact past memory, by partition files", () => {
  it("finds exactly what a Map finds on 300,000 keys, in memory and through disk alike", () => {
    const keys = keysWithRepeats(300_000, 7);
    const reference = referenceDuplicates(keys);
    expect(reference.length).toBeGreaterThan(50_000);

    const inMemory = findDuplicates(keys, {});
    expect(inMemory.spilled).toBe(0);
    expect(inMemory.all).toEqual(reference);

    // A budget of 64 KiB holds a few thousand keys: nearly all go to disk.
    const spilling = findDuplicates(keys, { maxBytes: 64 * 1024 });
    expect(spilling.spilled).toBeGreaterThan(250_000);
    expect(spilling.onDisk.count).toBeGreaterThan(0);
    expect(spilling.all).toEqual(reference);
    expect(spilling.failure).toBeUndefined();
  });

  it("splits a partition again (and again) when it holds more keys than memory does", () => {
    const keys = keysWithRepeats(60_000, 11);
    // 100 keys in memory: each of the 32 partitions (~1,900 keys) is split twice over.
    const result = findDuplicates(keys, { maxKeys: 100 });
    expect(result.spilled).toBeGreaterThan(59_000);
    expect(result.all).toEqual(referenceDuplicates(keys));
  });

  it("keeps the first row of a key however many times it repeats on disk", () => {
    const keys = [...Array.from({ length: 1000 }, (_, index) => `k${index}`), ...Array(5000).fill("hot")];
    const result = findDuplicates(keys, { maxKeys: 10 });
    expect(result.all).toEqual(referenceDuplicates(keys));
    expect(result.all.at(-1)).toEqual({ row: 6000, first: 1001 });
  });

  it("answers only the first duplicates on disk, by row, with the count of all", () => {
    const keys = keysWithRepeats(20_000, 3);
    const store = new UniqueKeys({ tempDir: folder, maxKeys: 50 });
    const hash = new Uint32Array(2);
    const duringScan: number[] = [];
    keys.forEach((key, index) => {
      hashText(key, hash);
      if (store.add(hash[0]!, hash[1]!, index + 1) !== NEW_KEY) duringScan.push(index + 1);
    });
    const onDisk = store.finish(5);
    const reference = referenceDuplicates(keys).filter((d) => !duringScan.includes(d.row));
    expect(onDisk.count).toBe(reference.length);
    expect(onDisk.first).toEqual(reference.slice(0, 5));
  });

  it("removes its folder when done, and says why when it cannot write to disk", () => {
    const keys = keysWithRepeats(5000, 5);
    const before = fs.readdirSync(folder).length;
    findDuplicates(keys, { maxKeys: 10 });
    expect(fs.readdirSync(folder)).toHaveLength(before);

    const notAFolder = path.join(folder, "a-file");
    fs.writeFileSync(notAFolder, "");
    const store = new UniqueKeys({ tempDir: notAFolder, maxKeys: 10 });
    const hash = new Uint32Array(2);
    keys.forEach((key, index) => {
      hashText(key, hash);
      store.add(hash[0]!, hash[1]!, index + 1);
    });
    expect(store.failure).toMatch(/could not write keys to disk/);
    expect(store.finish(10)).toEqual({ count: 0, first: [] });
  });

  it("property: any keys, any memory: the duplicates a Map finds", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 3 }), { maxLength: 400 }),
        fc.integer({ min: 1, max: 40 }),
        (keys, maxKeys) => {
          expect(findDuplicates(keys, { maxKeys }).all).toEqual(referenceDuplicates(keys));
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("KeySet", () => {
  it("holds rows past 2^32 - 1, with a wider slot", () => {
    const keys = new KeySet();
    const hash = new Uint32Array(2);
    for (let index = 0; index < 1000; index++) {
      hashNumber(index, hash);
      expect(keys.addHash(hash[0]!, hash[1]!, index + 1)).toBe(NEW_KEY);
    }
    const big = 2 ** 40 + 3;
    hashNumber(1e9, hash);
    expect(keys.addHash(hash[0]!, hash[1]!, big)).toBe(NEW_KEY);
    expect(keys.addHash(hash[0]!, hash[1]!, big + 1)).toBe(big);
    hashNumber(5, hash);
    expect(keys.addHash(hash[0]!, hash[1]!, big + 2)).toBe(6);
  });

  it("takes a byte budget, its growth included, and is full past it", () => {
    const keys = new KeySet(Number.POSITIVE_INFINITY, { maxBytes: 1 << 20 });
    const hash = new Uint32Array(2);
    let added = 0;
    for (let index = 0; index < 200_000; index++) {
      hashNumber(index, hash);
      if (keys.addHash(hash[0]!, hash[1]!, index + 1) === NEW_KEY) added++;
    }
    expect(keys.full).toBe(true);
    expect(added).toBe(keys.size);
    expect(keys.bytes * 1.5).toBeLessThanOrEqual(1 << 20);
    expect(keys.size).toBe(keys.capacity);
  });

  it("hashes numbers one to one: 0 and -0 are one key, as are all NaNs", () => {
    const seen = new Set<string>();
    const hash = new Uint32Array(2);
    for (let index = -100_000; index < 100_000; index++) {
      hashNumber(index / 8, hash);
      seen.add(`${hash[0]}:${hash[1]}`);
    }
    expect(seen.size).toBe(200_000);
    const zero = new Uint32Array(2);
    hashNumber(0, zero);
    hashNumber(-0, hash);
    expect([...hash]).toEqual([...zero]);
    const nan = new Uint32Array(2);
    hashNumber(Number.NaN, nan);
    hashNumber(0 / 0, hash);
    expect([...hash]).toEqual([...nan]);
  });
});
