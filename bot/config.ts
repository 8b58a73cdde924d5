import type { ProbotOctokit } from "probot";
import { CONFIG_FILE, checkTrainyardConfig, type TrainyardConfig } from "../lib/config/trainyard-config.ts";
import { ConfigError } from "../lib/errors.ts";
import type { RepoRef } from "../lib/github/releases.ts";

/**
 * `.github/trainyard.yml` as a Probot app reads its config (Probot's `context.config` is this
 * call with the repository filled in): from the repository's default branch; when the repository
 * has none, from its owner's `.github` repository; a file's `_extends: other-repo` (or
 * `org/repo`) merges it over that repository's file. Merged deeply, except that lists replace
 * lists, so a repository's reviewers are its own rather than added to the organisation's. The
 * result is checked with the same schema the actions use.
 */
export async function loadRepoConfig(
  octokit: ProbotOctokit,
  repo: RepoRef,
): Promise<TrainyardConfig | undefined> {
  let loaded: Awaited<ReturnType<ProbotOctokit["config"]["get"]>>;
  try {
    loaded = await octokit.config.get({
      ...repo,
      path: CONFIG_FILE,
      defaults: (configs) =>
        configs.reduce<Record<string, unknown>>((merged, next) => mergeDeep(merged, next), {}),
    });
  } catch (error) {
    const message = (error as Error).message.replace(/^\[@probot\/octokit-plugin-config\]\s*/, "");
    throw new ConfigError(message, { file: `${repo.owner}/${repo.repo}/${CONFIG_FILE}` }, { cause: error });
  }
  const found = loaded.files.filter((file) => file.config !== null);
  if (found.length === 0) return undefined;
  const source = found.map((file) => `${file.owner}/${file.repo}/${file.path}`).join(" over ");
  return checkTrainyardConfig(loaded.config, source);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function mergeDeep(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    if (key === "__proto__") continue;
    const existing = merged[key];
    merged[key] = isPlainObject(existing) && isPlainObject(value) ? mergeDeep(existing, value) : value;
  }
  return merged;
}
