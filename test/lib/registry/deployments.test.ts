import { describe, expect, it } from "vitest";
import { deployedVersion, parseDeployments, setDeployedVersion } from "../../../lib/registry/deployments.ts";

const file = `# Which model version runs where. Change it only through a reviewed pull request.
churn:
  production: v3 # promoted in #41
  staging: v4

fraud:
  production: v12
`;

describe("deployments.yml", () => {
  it("reads which version runs where", () => {
    const deployments = parseDeployments(file);
    expect(deployedVersion(deployments, "churn", "production")).toBe(3);
    expect(deployedVersion(deployments, "fraud", "staging")).toBeUndefined();
    expect(deployedVersion(deployments, "other", "production")).toBeUndefined();
  });

  it("changes one value and nothing else: the reviewer sees a one-line diff", () => {
    const updated = setDeployedVersion(file, "churn", "production", 4);
    const before = file.split("\n");
    const after = updated.split("\n");
    expect(after).toHaveLength(before.length);
    const changed = after.map((line, i) => [before[i], line]).filter(([a, b]) => a !== b);
    expect(changed).toEqual([["  production: v3 # promoted in #41", "  production: v4 # promoted in #41"]]);
  });

  it("adds an environment or a model at the end, keeping the rest as it was", () => {
    const withStaging = setDeployedVersion(file, "fraud", "staging", 13);
    expect(withStaging).toBe(`${file}  staging: v13\n`);
    const withModel = setDeployedVersion(file, "ranker", "production", 1);
    expect(withModel.startsWith(file)).toBe(true);
    expect(parseDeployments(withModel).ranker).toEqual({ production: "v1" });
    expect(parseDeployments(setDeployedVersion("", "churn", "production", 1))).toEqual({
      churn: { production: "v1" },
    });
  });

  it("returns the text untouched when the version is already there", () => {
    expect(setDeployedVersion(file, "churn", "staging", 4)).toBe(file);
  });

  it("names the line and field of a value that is not a version", () => {
    expect(() => parseDeployments("churn:\n  production: 3\n")).toThrow(
      ".trainyard/deployments.yml:2:15 churn.production: expected string, got 3",
    );
    expect(() => parseDeployments("churn:\n  production: latest\n")).toThrow(
      /churn\.production: .*a version such as v3/,
    );
  });
});
