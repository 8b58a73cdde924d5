import { describe, expect, it } from "vitest";
import { fillPlaceholders, fillPlaceholdersDeep, sampleValues } from "../../../lib/deploy/placeholders.ts";

const values = { ...sampleValues(), MODEL_NAME: "churn", MODEL_VERSION: "4" };

describe("placeholders", () => {
  it("fills every known name and leaves other text alone", () => {
    expect(
      fillPlaceholders(`http://svc/\${MODEL_NAME}/v\${MODEL_VERSION}?q=$HOME&x={y}`, values, "url"),
    ).toBe("http://svc/churn/v4?q=$HOME&x={y}");
  });

  it("names the field and the known placeholders when one is misspelt", () => {
    expect(() => fillPlaceholders(`v\${MODEL_VERSON}`, values, "smoke_test.requests[0].url")).toThrow(
      /smoke_test\.requests\[0\]\.url: unknown placeholder \$\{MODEL_VERSON\}: known are \$\{MODEL_NAME\}, \$\{MODEL_VERSION\}/,
    );
  });

  it("fills nested request bodies, keys included, keeping numbers and booleans", () => {
    expect(
      fillPlaceholdersDeep(
        Object.fromEntries([
          ["model", `\${MODEL_NAME}`],
          ["inputs", [[1, 2]]],
          [`\${MODEL_NAME}-flag`, true],
        ]),
        values,
        "body",
      ),
    ).toEqual({ model: "churn", inputs: [[1, 2]], "churn-flag": true });
  });
});
