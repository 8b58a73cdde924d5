import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hash64, KeySet } from "../../../lib/validate/key-set.ts";

describe("KeySet", () => {
  it("answers the first row of a key seen before, and nothing for a new key", () => {
    const keys = new KeySet();
    expect(keys.add("alice", 1)).toBeUndefined();
    expect(keys.add("bob", 2)).toBeUndefined();
    expect(keys.add("alice", 7)).toBe(1);
    expect(keys.add("alice", 9)).toBe(1);
    expect(keys.size).toBe(2);
  });

  it("finds exactly the duplicates a Map finds, across table growth", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 3000 }), (values) => {
        const keys = new KeySet();
        const reference = new Map<string, number>();
        values.forEach((value, index) => {
          const row = index + 1;
          expect(keys.add(value, row)).toBe(reference.get(value));
          if (!reference.has(value)) reference.set(value, row);
        });
        expect(keys.size).toBe(reference.size);
      }),
      { numRuns: 60 },
    );
  });

  it("stops at its limit and says so, instead of growing without bound", () => {
    const keys = new KeySet(1000);
    for (let i = 0; i < 1000; i++) expect(keys.add(`k${i}`, i + 1)).toBeUndefined();
    expect(keys.add("one more", 1001)).toBe("full");
    expect(keys.full).toBe(true);
    expect(keys.add("k5", 1002)).toBe(6);
  });

  it("keeps a million keys in well under 64 MB", () => {
    const keys = new KeySet();
    for (let i = 0; i < 1_000_000; i++) keys.add(`customer-${i}`, i + 1);
    expect(keys.size).toBe(1_000_000);
    expect(keys.bytes).toBeLessThan(64 * 1024 * 1024);
  });

  it("spreads similar keys over distinct hashes", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200_000; i++) seen.add(hash64(`row-${i}`).join(":"));
    expect(seen.size).toBe(200_000);
  });
});
