import { describe, expect, it } from "vitest";
import { comparePromotion, decidePromotion, proposedVersion } from "../../../lib/registry/promotion.ts";
import { renderPromotionBody } from "../../../reports/promotion.ts";
import { versionMetadataFor } from "../../helpers/model-versions.ts";

const DEPLOYMENTS = "# what runs where\nchurn:\n  production: v3 # promoted in #41\n  staging: v4\n";

function decide(version: number, proposed?: number, deployments: string | null = DEPLOYMENTS) {
  return decidePromotion({
    model: "churn",
    version,
    environment: "production",
    deployments: deployments ?? undefined,
    proposed,
  });
}

describe("decidePromotion", () => {
  it("proposes a newer version as a one-line change of the file, naming the version it replaces", () => {
    expect(decide(4)).toEqual({
      kind: "propose",
      from: 3,
      deployments: DEPLOYMENTS.replace("production: v3", "production: v4"),
    });
  });

  it("proposes a model's first version, adding its line, also to a file of comments or none", () => {
    expect(decide(1, undefined, "fraud:\n  production: v2\n")).toEqual({
      kind: "propose",
      from: undefined,
      deployments: "fraud:\n  production: v2\nchurn:\n  production: v1\n",
    });
    expect(decide(1, undefined, null)).toMatchObject({
      kind: "propose",
      deployments: "churn:\n  production: v1\n",
    });
    expect(decide(1, undefined, "# what runs where\n")).toMatchObject({
      kind: "propose",
      deployments: "# what runs where\n\nchurn:\n  production: v1\n",
    });
  });

  it("proposes nothing for the version deployed, an older one, or one older than the open proposal", () => {
    expect(decide(3)).toEqual({ kind: "already-deployed", deployed: 3 });
    expect(decide(2)).toEqual({ kind: "older-than-deployed", deployed: 3 });
    expect(decide(4, 5)).toEqual({ kind: "older-than-proposed", proposed: 5 });
    expect(decide(5, 4)).toMatchObject({ kind: "propose", from: 3 });
    expect(decide(5, 5)).toMatchObject({ kind: "propose", from: 3 });
  });

  it("names the file and line of a broken deployments file", () => {
    expect(() =>
      decidePromotion({
        model: "churn",
        version: 4,
        environment: "production",
        deployments: "churn:\n  production: 3\n",
        proposed: undefined,
        source: ".trainyard/deployments.yml@main",
      }),
    ).toThrow(/^\.trainyard\/deployments\.yml@main:2:15 churn\.production: /);
  });

  it("reads the version a promotion branch proposes", () => {
    expect(proposedVersion(DEPLOYMENTS, "churn", "staging")).toBe(4);
    expect(proposedVersion(DEPLOYMENTS, "fraud", "production")).toBeUndefined();
    expect(proposedVersion(undefined, "churn", "production")).toBeUndefined();
  });
});

describe("the promotion pull request's body", () => {
  const release = (version: number) => `https://github.com/acme/churn/releases/tag/churn-v${version}`;

  it("compares the candidate with the version deployed by the model's gates", () => {
    const current = versionMetadataFor("churn", 3, { metrics: { accuracy: 0.9 } });
    const candidate = versionMetadataFor("churn", 4, {
      metrics: { accuracy: 0.88 },
      pullRequest: 7,
      approvals: ["bob"],
    });
    const comparison = comparePromotion(
      candidate,
      { version: 3, environment: "production", metadata: current },
      { gates: { accuracy: { max_drop: 0.01 } } },
    );

    const body = renderPromotionBody({
      model: "churn",
      environment: "production",
      candidate: { version: 4, tag: "churn-v4", url: release(4), metadata: candidate },
      current: { version: 3, tag: "churn-v3", url: release(3), metadata: current },
      comparison,
      deploymentsFile: ".trainyard/deployments.yml",
      marker: "<!-- trainyard:promote:churn -->",
    });

    expect(comparison.verdict).toBe("failed");
    expect(body.startsWith("<!-- trainyard:promote:churn -->\n## Promote `churn` v4 to production\n")).toBe(
      true,
    );
    expect(body).toContain(`moves \`churn\` in production from [v3](${release(3)}) to [v4](${release(4)})`);
    expect(body).toContain("### ❌ `churn`: gate failed, not ready to promote");
    expect(body).toContain("accuracy dropped 0.02, more than max_drop 0.01");
    expect(body).toContain("| pull request | — | [\\#\u200b7](https://github.com/acme/churn/pull/7) |");
    expect(body).toContain("| approved by | — | bob |");
  });

  it("fits GitHub's 65,536 characters however many metrics the versions have", () => {
    const metrics = Object.fromEntries(
      Array.from({ length: 5000 }, (_, i) => [`metric_${i}_${"x".repeat(40)}`, i]),
    );
    const current = versionMetadataFor("churn", 3, { metrics });
    const candidate = versionMetadataFor("churn", 4, { metrics });
    const body = renderPromotionBody({
      model: "churn",
      environment: "production",
      candidate: { version: 4, tag: "churn-v4", url: release(4), metadata: candidate },
      current: { version: 3, tag: "churn-v3", url: release(3), metadata: current },
      comparison: comparePromotion(
        candidate,
        { version: 3, environment: "production", metadata: current },
        undefined,
      ),
      deploymentsFile: ".trainyard/deployments.yml",
      marker: "<!-- trainyard:promote:churn -->",
    });

    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain("Shortened to fit a pull request's 65,536 characters");
    expect(body).toContain("| Release | [churn-v3]");
  });
});
