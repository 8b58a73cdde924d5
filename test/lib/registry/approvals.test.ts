import { describe, expect, it } from "vitest";
import {
  type ApprovalFacts,
  judgeApprovals,
  type Review,
  standingApprovals,
} from "../../../lib/registry/approvals.ts";
import { parseCodeowners } from "../../../lib/registry/codeowners.ts";

const review = (login: string, state: Review["state"], minute: number): Review => ({
  login,
  state,
  submittedAt: `2026-11-20T10:${String(minute).padStart(2, "0")}:00Z`,
  commitId: "a".repeat(40),
});

function facts(overrides: Partial<ApprovalFacts>): ApprovalFacts {
  return {
    pullRequest: 7,
    reviews: [],
    changedFiles: ["ml/train.py"],
    codeowners: undefined,
    writers: new Set(),
    teamMembers: new Map(),
    uncheckedTeams: new Set(),
    ...overrides,
  };
}

const required = { required: true, approvers: [] };

describe("standingApprovals", () => {
  it("counts each reviewer's latest verdict: a later change request or dismissal cancels an approval", () => {
    const reviews = [
      review("alice", "APPROVED", 1),
      review("bob", "APPROVED", 2),
      review("bob", "CHANGES_REQUESTED", 3),
      review("carol", "DISMISSED", 4),
      review("dave", "CHANGES_REQUESTED", 5),
      review("dave", "APPROVED", 6),
      review("alice", "COMMENTED", 7),
    ];
    expect(standingApprovals(reviews).map((a) => a.login)).toEqual(["alice", "dave"]);
  });
});

describe("judgeApprovals", () => {
  const codeowners = parseCodeowners("* @lead\n/ml/ @alice @acme/ml\n", ".github/CODEOWNERS");

  it("accepts an owner's approval of the files they own", () => {
    const verdict = judgeApprovals(
      required,
      facts({ codeowners, reviews: [review("alice", "APPROVED", 1)] }),
    );
    expect(verdict).toMatchObject({
      approved: true,
      basis: "approved by the code owners (.github/CODEOWNERS)",
    });
  });

  it("refuses an approval by someone who owns none of the files, naming who may approve", () => {
    const verdict = judgeApprovals(
      required,
      facts({
        codeowners,
        reviews: [review("mallory", "APPROVED", 1)],
        writers: new Set(["mallory"]),
        uncheckedTeams: new Set(["acme/ml"]),
      }),
    );
    expect(verdict.approved).toBe(false);
    if (verdict.approved) return;
    expect(verdict.reason).toContain("pull request #7 lacks an approval from a code owner");
    expect(verdict.reason).toContain(
      "ml/train.py needs an approval from @alice, @acme/ml (.github/CODEOWNERS line 2)",
    );
    expect(verdict.reason).toContain("the token cannot read the members of @acme/ml");
    expect(verdict.reason).toContain("Latest reviews: @mallory approved.");
  });

  it("needs every owned file covered: approving the model code does not approve the README", () => {
    const verdict = judgeApprovals(
      required,
      facts({
        codeowners,
        changedFiles: ["ml/train.py", "README.md"],
        reviews: [review("alice", "APPROVED", 1)],
      }),
    );
    expect(verdict.approved).toBe(false);
    if (!verdict.approved) expect(verdict.reason).toContain("README.md needs an approval from @lead");
  });

  it("counts a team owner's member when the membership could be read", () => {
    const verdict = judgeApprovals(
      required,
      facts({
        codeowners,
        reviews: [review("erin", "APPROVED", 1)],
        teamMembers: new Map([["acme/ml", new Set(["erin"])]]),
      }),
    );
    expect(verdict.approved).toBe(true);
  });

  it("lets the config's approvers approve anything, and only them when no file has an owner", () => {
    const policy = { required: true, approvers: ["@bob"] };
    expect(
      judgeApprovals(policy, facts({ codeowners, reviews: [review("bob", "APPROVED", 1)] })).approved,
    ).toBe(true);
    const noOwners = judgeApprovals(policy, facts({ reviews: [review("alice", "APPROVED", 1)] }));
    expect(noOwners.approved).toBe(false);
    if (!noOwners.approved) expect(noOwners.reason).toContain("the approvers the config names: @bob");
  });

  it("falls back to anyone with write access when neither CODEOWNERS nor the config names anyone", () => {
    const reviews = [review("alice", "APPROVED", 1)];
    expect(judgeApprovals(required, facts({ reviews, writers: new Set(["alice"]) })).approved).toBe(true);
    const reader = judgeApprovals(required, facts({ reviews }));
    expect(reader.approved).toBe(false);
    if (!reader.approved)
      expect(reader.reason).toContain("no approving review from someone with write access");
  });

  it("refuses a dismissed approval and one followed by a change request, saying what happened", () => {
    const verdict = judgeApprovals(
      required,
      facts({
        codeowners,
        reviews: [review("alice", "APPROVED", 1), review("alice", "CHANGES_REQUESTED", 2)],
      }),
    );
    expect(verdict.approved).toBe(false);
    if (!verdict.approved) expect(verdict.reason).toContain("@alice requested changes after approving");
  });

  it("needs nothing when the config says approvals are not required, and still records them", () => {
    const verdict = judgeApprovals(
      { required: false, approvers: [] },
      facts({ reviews: [review("alice", "APPROVED", 1)] }),
    );
    expect(verdict).toMatchObject({ approved: true, approvals: [{ login: "alice" }] });
  });
});
