import { type Codeowners, ruleFor } from "./codeowners.ts";

/**
 * Who may let a pull request's model become a version. Pure: the facts (reviews, changed files,
 * CODEOWNERS, who can push, team memberships) are gathered by lib/github/ and judged here.
 *
 * - Each user's latest review counts: a later "changes requested" or a dismissal cancels an
 *   approval; comments change nothing (as on GitHub).
 * - Files owned in CODEOWNERS each need an approval from one of their owners, or from one of the
 *   config's approvers (`models.<name>.registry.approvals.approvers`), who may approve anything.
 * - When no changed file has an owner: an approval from one of the config's approvers, or, when
 *   the config names none, from anyone who can push to the repository.
 */

export type ReviewState = "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED" | "DISMISSED" | "PENDING";

export interface Review {
  login: string;
  state: ReviewState;
  submittedAt: string | null;
  /** The commit the review was made on. */
  commitId: string | null;
}

export interface Approval {
  login: string;
  submittedAt: string;
  commit?: string;
}

export interface ApprovalPolicy {
  required: boolean;
  /** Logins or `org/team`, with or without `@`. */
  approvers: string[];
}

export interface ApprovalFacts {
  pullRequest: number;
  reviews: Review[];
  changedFiles: string[];
  codeowners: Codeowners | undefined;
  /** Lower-case logins of the approvers who can push to the repository. */
  writers: ReadonlySet<string>;
  /** `org/team` (lower case) → lower-case logins of approvers confirmed as members. */
  teamMembers: ReadonlyMap<string, ReadonlySet<string>>;
  /** Teams whose membership could not be read with the token given. */
  uncheckedTeams: ReadonlySet<string>;
}

export type ApprovalVerdict =
  | { approved: true; approvals: Approval[]; basis: string }
  | { approved: false; approvals: Approval[]; reason: string };

const DECISIVE = new Set<ReviewState>(["APPROVED", "CHANGES_REQUESTED", "DISMISSED"]);

/** Each reviewer's latest decisive review (approve, request changes, dismissed), by lower-case login. */
export function latestReviews(reviews: Review[]): Map<string, Review> {
  const latest = new Map<string, Review>();
  const ordered = reviews
    .filter((review) => DECISIVE.has(review.state) && review.submittedAt !== null)
    .map((review, index) => ({ review, index }))
    .sort(
      (a, b) =>
        (a.review.submittedAt as string).localeCompare(b.review.submittedAt as string) || a.index - b.index,
    );
  for (const { review } of ordered) latest.set(review.login.toLowerCase(), review);
  return latest;
}

/** The approvals that stand: reviewers whose latest decisive review approves. */
export function standingApprovals(reviews: Review[]): Approval[] {
  return [...latestReviews(reviews).values()]
    .filter((review) => review.state === "APPROVED")
    .map((review) => ({
      login: review.login,
      submittedAt: review.submittedAt as string,
      ...(review.commitId ? { commit: review.commitId } : {}),
    }));
}

/** The teams whose membership decides something: team owners of changed files, and team approvers. */
export function teamsToCheck(
  policy: ApprovalPolicy,
  facts: Pick<ApprovalFacts, "changedFiles" | "codeowners">,
) {
  const teams = new Set<string>();
  for (const approver of policy.approvers) if (isTeam(approver)) teams.add(bare(approver).toLowerCase());
  if (facts.codeowners)
    for (const file of facts.changedFiles)
      for (const owner of ruleFor(facts.codeowners, file)?.owners ?? [])
        if (isTeam(owner)) teams.add(owner.toLowerCase());
  return teams;
}

export function judgeApprovals(policy: ApprovalPolicy, facts: ApprovalFacts): ApprovalVerdict {
  const approvals = standingApprovals(facts.reviews);
  if (!policy.required)
    return { approved: true, approvals, basis: "approvals are not required by the config" };

  const allows = (owner: string, login: string): boolean => {
    const name = bare(owner).toLowerCase();
    return isTeam(name)
      ? (facts.teamMembers.get(name)?.has(login.toLowerCase()) ?? false)
      : name === login.toLowerCase();
  };
  const configAllows = (login: string) => policy.approvers.some((approver) => allows(approver, login));

  const owned = new Map<string, { owners: string[]; files: string[]; line: number }>();
  if (facts.codeowners)
    for (const file of facts.changedFiles) {
      const rule = ruleFor(facts.codeowners, file);
      if (!rule || rule.owners.length === 0) continue;
      const group = owned.get(rule.owners.join(" ")) ?? { owners: rule.owners, files: [], line: rule.line };
      group.files.push(file);
      owned.set(rule.owners.join(" "), group);
    }

  const teamNote = (owners: string[]) => {
    const unchecked = owners.filter((owner) => facts.uncheckedTeams.has(bare(owner).toLowerCase()));
    return unchecked.length > 0
      ? ` (the token cannot read the members of ${unchecked.map(mention).join(", ")}: name the people in models.<name>.registry.approvals.approvers, or give a token with members: read)`
      : "";
  };
  const reviewSummary = describeReviews(facts.reviews);
  const refuse = (why: string): ApprovalVerdict => ({
    approved: false,
    approvals,
    reason: `pull request #${facts.pullRequest} ${why}. ${reviewSummary}`,
  });

  if (owned.size > 0) {
    const uncovered = [...owned.values()].filter(
      (group) =>
        !approvals.some(
          (approval) =>
            group.owners.some((owner) => allows(owner, approval.login)) || configAllows(approval.login),
        ),
    );
    if (uncovered.length === 0)
      return { approved: true, approvals, basis: `approved by the code owners (${facts.codeowners?.file})` };
    const needs = uncovered.map((group) => {
      const files =
        group.files.slice(0, 3).join(", ") +
        (group.files.length > 3 ? `, and ${group.files.length - 3} more` : "");
      const who = [...group.owners, ...policy.approvers.map(bare)];
      return `${files} ${group.files.length === 1 ? "needs" : "need"} an approval from ${[...new Set(who)].map(mention).join(", ")} (${facts.codeowners?.file} line ${group.line}${policy.approvers.length > 0 ? " or the config's approvers" : ""})${teamNote(who)}`;
    });
    return refuse(`lacks an approval from a code owner: ${needs.join("; ")}`);
  }
  if (policy.approvers.length > 0) {
    if (approvals.some((approval) => configAllows(approval.login)))
      return { approved: true, approvals, basis: "approved by an approver named in the config" };
    return refuse(
      `has no approving review from the approvers the config names: ${policy.approvers.map((a) => mention(bare(a))).join(", ")}${teamNote(policy.approvers)}`,
    );
  }
  if (approvals.some((approval) => facts.writers.has(approval.login.toLowerCase())))
    return {
      approved: true,
      approvals,
      basis: "approved by someone with write access (no code owner for its files)",
    };
  return refuse(
    "has no approving review from someone with write access to the repository (no changed file has a code owner, and the config names no approvers)",
  );
}

/** `Reviews: @alice approved; @bob requested changes (after approving).` */
function describeReviews(reviews: Review[]): string {
  const latest = latestReviews(reviews);
  if (latest.size === 0) return "It has no approving review.";
  const approvedEarlier = new Set(
    reviews.filter((review) => review.state === "APPROVED").map((review) => review.login.toLowerCase()),
  );
  const parts = [...latest.values()].map((review) => {
    const earlier =
      approvedEarlier.has(review.login.toLowerCase()) && review.state !== "APPROVED"
        ? " after approving"
        : "";
    const what = {
      APPROVED: "approved",
      CHANGES_REQUESTED: "requested changes",
      DISMISSED: "had the review dismissed",
    }[review.state as "APPROVED" | "CHANGES_REQUESTED" | "DISMISSED"];
    return `@${review.login} ${what}${earlier}`;
  });
  return `Latest reviews: ${parts.join("; ")}.`;
}

function bare(owner: string): string {
  return owner.startsWith("@") ? owner.slice(1) : owner;
}

function isTeam(owner: string): boolean {
  return bare(owner).includes("/");
}

function mention(owner: string): string {
  return `@${bare(owner)}`;
}
