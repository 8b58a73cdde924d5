import { describe, expect, it } from "vitest";
import {
  type DocumentRules,
  describeDocumentProblems,
  parseDocumentWith,
} from "../../../lib/config/located-document.ts";
import {
  allowedChange,
  gateSpec,
  gatesSpec,
  parseChangeLimit,
  resolveDirection,
  slicesSpec,
} from "../../../lib/evaluate/gates.ts";
import * as z from "../../../lib/zod.ts";

/** A model's section of `.github/trainyard.yml`, as the config composes these specs. */
const modelSection = z.strictObject({ gates: z.optional(gatesSpec), slices: z.optional(slicesSpec) });
const rules: DocumentRules<z.infer<typeof modelSection>> = { schema: modelSection, expected: "gates" };

function problemsOf(yaml: string): string[] {
  return describeDocumentProblems(yaml, "trainyard.yml", rules).map((error) => error.message);
}

describe("gate config", () => {
  it("reads the gates as users write them", () => {
    const section = parseDocumentWith(
      `gates:
  accuracy: { direction: higher, min: 0.8, max_drop: 0.01 }
  latency_ms: { direction: lower, max: 50, max_rise: "10%" }
  val.loss: { direction: lower }
slices:
  gates:
    accuracy: { min: 0.7, max_drop: "5%" }
  only: ["country=DE", "country=FR"]
`,
      "trainyard.yml",
      rules,
    );
    expect(section).toEqual({
      gates: {
        accuracy: { direction: "higher", min: 0.8, max_drop: 0.01 },
        latency_ms: { direction: "lower", max: 50, max_rise: "10%" },
        "val.loss": { direction: "lower" },
      },
      slices: { gates: { accuracy: { min: 0.7, max_drop: "5%" } }, only: ["country=DE", "country=FR"] },
    });
    expect(Object.keys(section.gates!)).toEqual(["accuracy", "latency_ms", "val.loss"]);
  });

  it("lets slices go without gates, and gates without bars", () => {
    expect(slicesSpec.parse({ only: ["a=b"] })).toEqual({ gates: {}, only: ["a=b"] });
    expect(gateSpec.parse({})).toEqual({});
  });

  it("infers lower-is-better from the name where no direction is written", () => {
    for (const name of [
      "val.loss",
      "valLoss",
      "logloss",
      "error_rate",
      "MAE",
      "test.mse",
      "rmse",
      "p99_latency_ms",
      "perplexity",
    ]) {
      expect(resolveDirection(name), name).toBe("lower");
    }
    for (const name of ["accuracy", "f1", "auc", "val.precision", "throughput"]) {
      expect(resolveDirection(name), name).toBe("higher");
    }
    expect(resolveDirection("neg_mean_squared_error", "higher")).toBe("higher");
  });

  it("resolves change limits: amounts in the metric's units, percentages of the baseline", () => {
    expect(parseChangeLimit(0.01)).toEqual({ kind: "absolute", amount: 0.01, text: "0.01" });
    expect(parseChangeLimit("10%")).toEqual({ kind: "relative", fraction: 0.1, text: "10%" });
    expect(parseChangeLimit("2.5%")).toEqual({ kind: "relative", fraction: 0.025, text: "2.5%" });
    expect(allowedChange(parseChangeLimit("10%"), -40)).toBe(4);
    expect(allowedChange(parseChangeLimit(3), 1000)).toBe(3);
  });

  it("names the place and the problem of each mistake", () => {
    expect(
      problemsOf(`gates:
  accuracy: { min: 0.9, max: 0.8 }
  f1: { max_drop: "two%" }
  auc: { max_drop: -0.01 }
  recall: { direction: up }
  precision: { minimum: 0.5 }
  val.loss: { max_drop: 0.1 }
  accuracy_top5: { direction: higher, max_rise: "5%" }
  ece: { max_drop: true }
`),
    ).toEqual([
      "trainyard.yml:2:20 gates.accuracy.min: min 0.9 is greater than max 0.8",
      'trainyard.yml:3:19 gates.f1.max_drop: expected a number or a percentage of the baseline such as "2%", got "two%"',
      'trainyard.yml:4:20 gates.auc.max_drop: expected a number ≥ 0 or a percentage such as "2%", got -0.01',
      'trainyard.yml:5:24 gates.recall.direction: expected one of "higher", "lower", got "up"',
      'trainyard.yml:6:16 gates.precision.minimum: unknown key "minimum"',
      'trainyard.yml:7:25 gates["val.loss"].max_drop: val.loss is lower-is-better (inferred from its name: write direction: higher if it is not), so a limit on how far it falls would fail the gate when the model improves: use max_rise',
      "trainyard.yml:8:49 gates.accuracy_top5.max_rise: accuracy_top5 is higher-is-better, so a limit on how far it rises would fail the gate when the model improves: use max_drop",
      "trainyard.yml:9:20 gates.ece.max_drop: expected string or number, got true",
    ]);
  });

  it("checks the slices' section too", () => {
    expect(
      problemsOf(`slices:
  gates:
    latency: { max_drop: 5 }
  only: ["country=DE", "country=DE"]
  every: true
`),
    ).toEqual([
      "trainyard.yml:3:26 slices.gates.latency.max_drop: latency is lower-is-better (inferred from its name: write direction: higher if it is not), so a limit on how far it falls would fail the gate when the model improves: use max_rise",
      'trainyard.yml:4:24 slices.only[1]: "country=DE" is listed twice (also only[0])',
      'trainyard.yml:5:3 slices.every: unknown key "every"',
    ]);
  });

  it("has a JSON Schema for editors", () => {
    const schema = z.toJSONSchema(modelSection, { io: "input" }) as unknown as {
      properties: { gates: { additionalProperties: { properties: Record<string, unknown> } } };
    };
    expect(Object.keys(schema.properties.gates.additionalProperties.properties)).toEqual([
      "direction",
      "min",
      "max",
      "max_drop",
      "max_rise",
    ]);
  });
});
