import { describe, expect, it } from "vitest";
import { judgeFreshness, type NewestDeployment } from "../../../lib/deploy/stale.ts";

const A = "a".repeat(40);
const B = "b".repeat(40);
const deployed = (overrides: Partial<NewestDeployment> = {}): NewestDeployment => ({
  id: 12,
  sha: B,
  version: 3,
  state: "success",
  ...overrides,
});

describe("judgeFreshness", () => {
  it("goes when nothing was deployed there yet", () => {
    expect(judgeFreshness({ sha: A, version: 4, newest: undefined, relation: undefined }).verdict).toBe("go");
  });

  it("goes when the pushed commit is ahead of the deployed one, and stops when it is behind", () => {
    expect(judgeFreshness({ sha: A, version: 4, newest: deployed(), relation: "ahead" }).verdict).toBe("go");
    expect(judgeFreshness({ sha: A, version: 4, newest: deployed(), relation: "behind" })).toEqual({
      verdict: "stale",
      reason: "commit bbbbbbb, newer than this run's aaaaaaa, is already deployed there (deployment 12)",
    });
  });

  it("on the same commit, does nothing again after a success and tries again after anything else", () => {
    const same = { sha: B, version: 3, relation: "identical" as const };
    expect(judgeFreshness({ ...same, newest: deployed() }).verdict).toBe("done");
    expect(judgeFreshness({ ...same, newest: deployed({ state: "failure" }) }).verdict).toBe("go");
    expect(judgeFreshness({ ...same, newest: deployed({ state: "in_progress" }) }).verdict).toBe("go");
    // The newest deployment of the commit is a rollback to v2: the commit's own v3 is tried again.
    expect(judgeFreshness({ ...same, newest: deployed({ version: 2 }) }).verdict).toBe("go");
  });

  it("settles diverged histories by committer date, the later commit winning", () => {
    const diverged = { sha: A, version: 4, newest: deployed(), relation: "diverged" as const };
    expect(
      judgeFreshness({ ...diverged, pushedAt: "2026-11-22T10:00:00Z", deployedAt: "2026-11-22T10:05:00Z" })
        .verdict,
    ).toBe("stale");
    expect(
      judgeFreshness({ ...diverged, pushedAt: "2026-11-22T10:06:00Z", deployedAt: "2026-11-22T10:05:00Z" })
        .verdict,
    ).toBe("go");
    expect(
      judgeFreshness({ ...diverged, pushedAt: undefined, deployedAt: "2026-11-22T10:05:00Z" }).verdict,
    ).toBe("go");
  });

  it("goes when the deployed commit is gone from the repository (history rewritten)", () => {
    expect(judgeFreshness({ sha: A, version: 4, newest: deployed(), relation: "missing" }).verdict).toBe(
      "go",
    );
  });
});
