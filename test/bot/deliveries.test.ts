import { describe, expect, it } from "vitest";
import { DeliveryLedger } from "../../bot/deliveries.ts";

describe("the ledger of handled deliveries", () => {
  it("refuses an id handled already or being handled, and takes again one that failed", () => {
    const ledger = new DeliveryLedger(10);

    expect(ledger.begin("a")).toBe(true);
    expect(ledger.begin("a")).toBe(false);
    ledger.finish("a", true);
    expect(ledger.begin("a")).toBe(false);
    expect(ledger.begin("b")).toBe(true);
    ledger.finish("b", false);
    expect(ledger.begin("b")).toBe(true);
  });

  it("forgets the oldest ids past its capacity, and only those", () => {
    const ledger = new DeliveryLedger(1_000);
    for (let i = 0; i < 2_500; i++) {
      expect(ledger.begin(`d-${i}`)).toBe(true);
      ledger.finish(`d-${i}`, true);
    }

    expect(ledger.size).toBe(1_000);
    expect(ledger.begin("d-1499")).toBe(true);
    expect(ledger.begin("d-1500")).toBe(false);
    expect(ledger.begin("d-2499")).toBe(false);
  });
});
