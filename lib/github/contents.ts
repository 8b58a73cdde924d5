import { GitHubError } from "../errors.ts";
import type { GitHubClient } from "./client.ts";

/**
 * A file's text at a commit, branch or tag; undefined when the file is not there. Reads the JSON
 * form (base64 content, files up to 1 MB), which every client decodes the same way.
 */
export async function readFileAt(
  github: GitHubClient,
  where: { owner: string; repo: string; path: string; ref: string },
): Promise<string | undefined> {
  let data: Awaited<ReturnType<GitHubClient["rest"]["repos"]["getContent"]>>["data"];
  try {
    ({ data } = await github.rest.repos.getContent(where));
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined;
    throw error;
  }
  if (Array.isArray(data) || data.type !== "file" || !("content" in data))
    throw new GitHubError(`${where.path} at ${where.ref} is not a file`, {
      request: `GET contents/${where.path}`,
    });
  return Buffer.from(data.content, "base64").toString("utf8");
}
