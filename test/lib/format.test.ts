import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { thousands } from "../../lib/format.ts";

describe("thousands", () => {
  it("writes every number as toLocaleString('en-US') does", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer(),
          fc.maxSafeInteger(),
          fc.integer({ min: -1_000_000, max: 1_000_000 }),
          fc.double({ noNaN: false }),
          fc.constantFrom(0, -0, 999, 1000, -1000, 1_000_000, Number.MAX_SAFE_INTEGER, 2 ** 60, 12.3456),
        ),
        (value) => {
          expect(thousands(value)).toBe(value.toLocaleString("en-US"));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
