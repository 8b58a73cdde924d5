import fs from "node:fs/promises";
import path from "node:path";
import { createGitHubClient } from "../../lib/github/client.ts";
import { readFileAt } from "../../lib/github/contents.ts";
import * as z from "../../lib/zod.ts";
import type { ActionContext } from "../runtime.ts";

const pullRequestEvent = z.object({ pull_request: z.object({ base: z.object({ sha: z.string() }) }) });

/**
 * The base branch's data contract, to list what the change does to it: the `base-schema` file
 * when given, else on a pull request the schema file at the base commit, read through the API.
 */
export async function readBaseSchema(
  input: { schema: string; "base-schema"?: string | undefined; "github-token"?: string | undefined },
  context: ActionContext,
): Promise<{ text: string; file: string } | undefined> {
  if (input["base-schema"])
    return {
      text: await fs.readFile(path.resolve(context.workspace, input["base-schema"]), "utf8"),
      file: input["base-schema"],
    };
  const baseSha = pullRequestEvent.safeParse(context.eventPayload).data?.pull_request.base.sha;
  if (!baseSha || !input["github-token"]) return undefined;
  const github = createGitHubClient({
    auth: { kind: "token", token: input["github-token"] },
    baseUrl: context.apiUrl,
  });
  const text = await readFileAt(github, {
    owner: context.owner,
    repo: context.repo,
    path: input.schema,
    ref: baseSha,
  });
  return text === undefined ? undefined : { text, file: `${input.schema}@${baseSha.slice(0, 7)}` };
}
