import { describe, expect, it } from "vitest";
import { parseTrainyardConfig } from "../../../lib/config/trainyard-config.ts";

describe(".github/trainyard.yml", () => {
  it("reads models with their gates, filling in defaults", () => {
    const config = parseTrainyardConfig(`models:
  churn:
    predictions: predictions.csv
    gates:
      accuracy: { min: 0.8, max_drop: 0.01 }
      latency_ms: { max_rise: "10%" }
    slices:
      gates: { accuracy: { min: 0.7 } }
`);
    expect(config.models.churn).toMatchObject({
      metrics: "metrics.json",
      predictions: "predictions.csv",
      gates: { accuracy: { min: 0.8, max_drop: 0.01 }, latency_ms: { max_rise: "10%" } },
      slices: { gates: { accuracy: { min: 0.7 } } },
    });
  });

  it("names the line, field and the right word for a typo", () => {
    expect(() =>
      parseTrainyardConfig("models:\n  churn:\n    gates:\n      accuracy: { minimum: 0.8 }\n"),
    ).toThrow('.github/trainyard.yml:4:19 models.churn.gates.accuracy.minimum: unknown key "minimum"');
    expect(() => parseTrainyardConfig("models:\n  churn:\n    metric: m.json\n")).toThrow(
      /:3:5 models\.churn\.metric: unknown key "metric" \(did you mean "metrics"\?\)/,
    );
  });

  it("refuses a model name that cannot become a tag or a branch", () => {
    expect(() => parseTrainyardConfig("models:\n  Churn Model:\n    gates: {}\n")).toThrow(
      /trainyard\.yml:2:3 models\["Churn Model"\]: the key "Churn Model" is not allowed: expected a model name in lower case/,
    );
  });

  it("refuses a gate that limits a change the wrong way", () => {
    expect(() =>
      parseTrainyardConfig("models:\n  churn:\n    gates:\n      val.loss: { max_drop: 0.1 }\n"),
    ).toThrow(/max_rise/);
  });
});
