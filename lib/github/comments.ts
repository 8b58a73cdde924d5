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
  const comments = await github.paginate(github.rest.issues.listComments, {
    ...ref,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  const ours = comments
    .filter((c) => c.user?.type === "Bot" && (c.body ?? "").includes(marker))
    .sort((a, b) => a.id - b.id);
  const [keep, ...duplicates] = ours;
  for (const duplicate of duplicates)
    await github.rest.issues.deleteComment({ ...ref, comment_id: duplicate.id });

  if (!keep) {
    const { data } = await github.rest.issues.createComment({
      ...ref,
      issue_number: target.issueNumber,
      body: fullBody,
    });
    return { id: data.id, url: data.html_url, action: "created", removedDuplicates: 0 };
  }
  if (keep.body === fullBody)
    return { id: keep.id, url: keep.html_url, action: "unchanged", removedDuplicates: duplicates.length };
  const { data } = await github.rest.issues.updateComment({ ...ref, comment_id: keep.id, body: fullBody });
  return { id: data.id, url: data.html_url, action: "updated", removedDuplicates: duplicates.length };
}
