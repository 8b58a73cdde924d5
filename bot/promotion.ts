import { promotionConfig, type TrainyardConfig } from "../lib/config/trainyard-config.ts";
import { DataError } from "../lib/errors.ts";
import { findBotPullRequest, upsertBotPullRequest } from "../lib/github/bot-pull-request.ts";
import type { GitHubClient } from "../lib/github/client.ts";
import { commentMarker } from "../lib/github/comments.ts";
import { readFileAt } from "../lib/github/contents.ts";
import { listModelReleases } from "../lib/github/model-versions.ts";
import { type RepoRef, readVersionMetadata } from "../lib/github/releases.ts";
import { DEPLOYMENTS_FILE } from "../lib/registry/deployments.ts";
import {
  comparePromotion,
  decidePromotion,
  PROMOTE_LABEL,
  type PromotionDecision,
  promotionBranch,
  proposedVersion,
} from "../lib/registry/promotion.ts";
import { parseVersionTag, VERSION_METADATA_ASSET, versionTag } from "../lib/registry/version-metadata.ts";
import { promotionTitle, renderPromotionBody } from "../reports/promotion.ts";
import { type BotFeature, on } from "./runtime.ts";

/**
 * Promotion: when a model version's Release is published (tag `<model>-v<N>` with a
 * `trainyard.json`), open or update the model's promotion pull request, which changes its line of
 * `.trainyard/deployments.yml`. Approving and merging that pull request is the promotion.
 */
export const promotionFeature: BotFeature = {
  name: "promotion",
  register(app, runtime) {
    const isModelVersion = { mentions: [VERSION_METADATA_ASSET], test: isModelVersionRelease };
    on(app, runtime, "promotion", "release.published", isModelVersion, async (context) => {
      const { release, repository } = context.payload;
      const tagged = parseVersionTag(release.tag_name);
      if (!tagged) return;
      const repo = context.repo();
      const outcome = await promoteVersion(context.octokit, repo, {
        ...tagged,
        tag: release.tag_name,
        releaseUrl: release.html_url,
        baseBranch: repository.default_branch,
        config: await runtime.config(context.octokit, repo),
      });
      if (outcome.kind === "proposed") {
        const change = outcome.created ? "opened" : outcome.updated ? "updated" : "unchanged";
        runtime.metrics.pullRequests.inc({ purpose: "promote", change });
        context.log.info(
          `promotion: ${tagged.model} v${tagged.version} → #${outcome.number} (${change})${outcome.notes.map((note) => `; ${note}`).join("")}`,
        );
      } else {
        context.log.info(`promotion: ${tagged.model} v${tagged.version}: no pull request (${outcome.kind})`);
      }
    });
  },
};

/** A published release of a model version: tagged `<model>-v<N>`, not a draft, with its `trainyard.json`. */
function isModelVersionRelease({ release }: { release: ReleaseOfPayload }): boolean {
  return (
    parseVersionTag(release.tag_name) !== undefined &&
    !release.draft &&
    release.assets.some((asset) => asset?.name === VERSION_METADATA_ASSET)
  );
}

type ReleaseOfPayload = { tag_name: string; draft: boolean; assets: Array<{ name: string } | null> };

export interface PromotionRequest {
  model: string;
  version: number;
  tag: string;
  releaseUrl: string;
  /** The repository's default branch, where `.trainyard/deployments.yml` lives. */
  baseBranch: string;
  config: TrainyardConfig | undefined;
}

export type PromotionOutcome =
  | Exclude<PromotionDecision, { kind: "propose" }>
  /** A newer version of the model is released: its proposal stands. */
  | { kind: "superseded"; newest: number }
  /** A person closed the pull request that proposed this very version. */
  | { kind: "rejected"; number: number }
  | {
      kind: "proposed";
      number: number;
      url: string;
      created: boolean;
      updated: boolean;
      notes: string[];
    };

/** The hidden line that says which version a promotion pull request proposes, where. */
function proposalLine(version: number, environment: string): string {
  return `<!-- trainyard:proposal version=${version} environment=${environment} -->`;
}

function proposalOf(body: string): { version: number; environment: string } | undefined {
  const match = /<!-- trainyard:proposal version=(\d+) environment=(\S+) -->/.exec(body);
  return match ? { version: Number(match[1]), environment: match[2] as string } : undefined;
}

/** Opens or updates the promotion pull request for a released version, when there is one to make. */
export async function promoteVersion(
  github: GitHubClient,
  repo: RepoRef,
  request: PromotionRequest,
): Promise<PromotionOutcome> {
  const { model, version, tag } = request;
  const metadata = await readVersionMetadata(github, repo, tag);
  if (!metadata) throw new DataError(`release ${tag} has no ${VERSION_METADATA_ASSET}`);
  if (metadata.model !== model || metadata.version !== version)
    throw new DataError(
      `describes ${metadata.model} v${metadata.version}, but the release is tagged ${tag}: refusing to promote it`,
      { file: `${tag}/${VERSION_METADATA_ASSET}` },
    );
  const modelConfig = request.config?.models[model];
  const settings = modelConfig?.promotion ?? promotionConfig.parse({});
  const { environment } = settings;
  const branch = promotionBranch(model);

  const newest = (await listModelReleases(github, repo, model)).find((release) => !release.draft);
  if (newest && newest.version > version) return { kind: "superseded", newest: newest.version };
  const latest = await findBotPullRequest(github, repo, branch, { state: "all" });
  if (latest?.state === "closed" && !latest.merged && proposalOf(latest.body)?.version === version)
    return { kind: "rejected", number: latest.number };
  const open = latest?.state === "open" ? latest : undefined;

  const baseFile = await readFileAt(github, { ...repo, path: DEPLOYMENTS_FILE, ref: request.baseBranch });
  const branchFile = open
    ? await readFileAt(github, { ...repo, path: DEPLOYMENTS_FILE, ref: open.headSha })
    : undefined;
  const decision = decidePromotion({
    model,
    version,
    environment,
    deployments: baseFile,
    proposed: proposedVersion(branchFile, model, environment, `${DEPLOYMENTS_FILE}@${branch}`),
    source: `${DEPLOYMENTS_FILE}@${request.baseBranch}`,
  });
  if (decision.kind !== "propose") return decision;

  const current =
    decision.from === undefined
      ? undefined
      : {
          version: decision.from,
          tag: versionTag(model, decision.from),
          url: releasePage(request.releaseUrl, tag, versionTag(model, decision.from)),
          metadata: await readVersionMetadata(github, repo, versionTag(model, decision.from)),
        };
  const comparison = comparePromotion(
    metadata,
    current?.metadata ? { version: current.version, environment, metadata: current.metadata } : undefined,
    modelConfig,
  );
  const title = promotionTitle(model, version, environment);
  const body = renderPromotionBody({
    model,
    environment,
    candidate: { version, tag, url: request.releaseUrl, metadata },
    current,
    comparison,
    deploymentsFile: DEPLOYMENTS_FILE,
    marker: `${commentMarker("promote", model)}\n${proposalLine(version, environment)}`,
  });
  const result = await upsertBotPullRequest(github, repo, {
    branch,
    base: request.baseBranch,
    files: { [DEPLOYMENTS_FILE]: decision.deployments },
    commitMessage: `${title}\n\nRelease: ${request.releaseUrl}`,
    title,
    body,
    labels: [PROMOTE_LABEL, ...settings.labels],
    reviewers: settings.reviewers,
    teamReviewers: settings.team_reviewers,
  });
  // decidePromotion proposed a change, so the base cannot already hold it.
  if (!result) return { kind: "already-deployed", deployed: version };
  return {
    kind: "proposed",
    number: result.number,
    url: result.url,
    created: result.created,
    updated: result.updated,
    notes: result.notes,
  };
}

/** The page of another release of the same repository: GitHub's URLs differ only in the tag. */
function releasePage(knownUrl: string, knownTag: string, tag: string): string {
  const suffix = `/releases/tag/${knownTag}`;
  return knownUrl.endsWith(suffix)
    ? `${knownUrl.slice(0, -suffix.length)}/releases/tag/${encodeURIComponent(tag)}`
    : knownUrl;
}
