import type { GitHubClient } from "./client.ts";

/**
 * Sticky comments: one comment per purpose on an issue or pull request, found again by a hidden
 * marker and edited in place, so a report updated on every push stays a single comment.
 */
export interface IssueRef {
  owner: string;
  repo: string;
  issueNumber: number;
}

export interface StickyCommentResult {
  id: number;
  url: string;
  action: "created" | "updated" | "unchanged";
  /** Extra copies (left by earlier racing runs) that were removed. */
  removedDuplicates: number;
}

/** `<!-- trainyard:report:churn -->`: invisible in the rendered comment, stable across runs. */
export function commentMarker(kind: string, key: string): string {
  if (!/^[\w.-]+$/.test(kind) || !/^[\w./-]+$/.test(key))
    throw new Error(`marker parts must be plain names, got ${kind}:${key}`);
  return `<!-- trainyard:${kind}:${key} -->`;
}

/**
 * Creates the comment, or edits the one that carries the marker. Every page of comments is
 * searched (a busy pull request has more than one). Only comments by bots count, so a person who
 * quotes the marker does not get their comment overwritten. Content that has not changed is not
 * written again; duplicates from runs that raced are deleted, keeping the oldest.
 */
export async function upsertStickyComment(
  github: GitHubClient,
  target: IssueRef,
  marker: string,
  body: string,
): Promise<StickyCommentResult> {
  const fullBody = body.includes(marker) ? body : `${marker}\n${body}`;
  const ref = { owner: target.owner, repo: target.repo };
  const ours = await findOurs(github, target, marker);
  const [keep, ...duplicates] = ours;
  const removed = await removeAll(github, target, duplicates);

  if (!keep) {
    // Runs that race can each find nothing and each create a comment. So look again after
    // creating: every racer sees the same set, keeps the oldest, and removes the rest; the one
    // whose comment was removed moves its content onto the survivor.
    const { data: created } = await github.rest.issues.createComment({
      ...ref,
      issue_number: target.issueNumber,
      body: fullBody,
    });
    const [survivor, ...others] = await findOurs(github, target, marker);
    const removedAfter = await removeAll(github, target, others);
    if (!survivor || survivor.id === created.id)
      return { id: created.id, url: created.html_url, action: "created", removedDuplicates: removedAfter };
    const { data } = await github.rest.issues.updateComment({
      ...ref,
      comment_id: survivor.id,
      body: fullBody,
    });
    return { id: data.id, url: data.html_url, action: "updated", removedDuplicates: removedAfter };
  }
  if (keep.body === fullBody)
    return { id: keep.id, url: keep.html_url, action: "unchanged", removedDuplicates: removed };
  const { data } = await github.rest.issues.updateComment({ ...ref, comment_id: keep.id, body: fullBody });
  return { id: data.id, url: data.html_url, action: "updated", removedDuplicates: removed };
}

type IssueComment = Awaited<ReturnType<GitHubClient["rest"]["issues"]["listComments"]>>["data"][number];

/** Our comments with this marker, oldest first, from every page. */
async function findOurs(github: GitHubClient, target: IssueRef, marker: string): Promise<IssueComment[]> {
  const comments = await github.paginate(github.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  return comments
    .filter((c) => c.user?.type === "Bot" && (c.body ?? "").includes(marker))
    .sort((a, b) => a.id - b.id);
}

/** Deletes comments; one that another racer deleted first (404) counts as gone. */
async function removeAll(github: GitHubClient, target: IssueRef, comments: IssueComment[]): Promise<number> {
  for (const comment of comments) {
    try {
      await github.rest.issues.deleteComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: comment.id,
      });
    } catch (error) {
      if ((error as { status?: number }).status !== 404) throw error;
    }
  }
  return comments.length;
}
