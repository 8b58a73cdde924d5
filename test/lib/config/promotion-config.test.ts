import { describe, expect, it } from "vitest";
import { checkTrainyardConfig, parseTrainyardConfig } from "../../../lib/config/trainyard-config.ts";

describe("models.<name>.promotion", () => {
  it("proposes for production with no labels or reviewers unless told otherwise", () => {
    const config = parseTrainyardConfig(
      "models:\n  churn: {}\n  fraud:\n    promotion: { environment: staging, reviewers: [alice] }\n",
    );
    expect(config.models.churn?.promotion).toEqual({
      environment: "production",
      labels: [],
      reviewers: [],
      team_reviewers: [],
    });
    expect(config.models.fraud?.promotion).toMatchObject({ environment: "staging", reviewers: ["alice"] });
  });

  it("accepts _extends, which the bot follows and the actions ignore", () => {
    expect(parseTrainyardConfig("_extends: .github\nmodels: {}\n")._extends).toBe(".github");
  });
});

describe("checkTrainyardConfig (a config merged by the bot)", () => {
  it("names the source and the field, as the file reader does, without a line", () => {
    expect(() =>
      checkTrainyardConfig(
        { models: { churn: { promotion: { environment: "prod env" } } } },
        "acme/churn/.github/trainyard.yml",
      ),
    ).toThrow(
      /^acme\/churn\/\.github\/trainyard\.yml models\.churn\.promotion\.environment: .*an environment name/,
    );
    expect(checkTrainyardConfig({ models: { churn: {} } }).models.churn?.promotion.environment).toBe(
      "production",
    );
  });
});
