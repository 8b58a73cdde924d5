import type { ModelConfig } from "../config/trainyard-config.ts";
import { type Comparison, compareRuns } from "../evaluate/compare.ts";
import { DEPLOYMENTS_FILE, deployedVersion, parseDeployments, setDeployedVersion } from "./deployments.ts";
import type { VersionMetadata } from "./version-metadata.ts";

/**
 * Promotion by pull request: a released version is proposed for an environment by changing its
 * line in `.trainyard/deployments.yml` on the fixed branch `trainyard/promote/<model>`. One pull
 * request per model carries the newest proposal; approving and merging it is the promotion.
 */
export const PROMOTE_LABEL = "trainyard:promote";

export function promotionBranch(model: string): string {
  return `trainyard/promote/${model}`;
}

export type PromotionDecision =
  /** Open or update the pull request with this file (and `from`, the version there now). */
  | { kind: "propose"; deployments: string; from: number | undefined }
  /** The environment runs this version already. */
  | { kind: "already-deployed"; deployed: number }
  /** The environment runs a newer version: going back is a person's decision, not a proposal. */
  | { kind: "older-than-deployed"; deployed: number }
  /** The open pull request proposes a newer version, which stays. */
  | { kind: "older-than-proposed"; proposed: number };

export interface PromotionInput {
  model: string;
  version: number;
  environment: string;
  /** `.trainyard/deployments.yml` on the base branch; undefined when the file does not exist yet. */
  deployments: string | undefined;
  /** The version the open promotion pull request proposes, if one is open. */
  proposed: number | undefined;
  /** Names the base file in errors: `.trainyard/deployments.yml@main`. */
  source?: string;
}

/** What to do about a released version. Pure: the file's text in, the decision (and new text) out. */
export function decidePromotion(input: PromotionInput): PromotionDecision {
  const text = input.deployments ?? "";
  const source = input.source ?? DEPLOYMENTS_FILE;
  const deployed = deployedVersion(parseDeployments(text, source), input.model, input.environment);
  if (deployed === input.version) return { kind: "already-deployed", deployed };
  if (deployed !== undefined && deployed > input.version) return { kind: "older-than-deployed", deployed };
  if (input.proposed !== undefined && input.proposed > input.version)
    return { kind: "older-than-proposed", proposed: input.proposed };
  return {
    kind: "propose",
    deployments: setDeployedVersion(text, input.model, input.environment, input.version, source),
    from: deployed,
  };
}

/** The version a promotion branch's deployments file proposes for the environment. */
export function proposedVersion(
  deployments: string | undefined,
  model: string,
  environment: string,
  source = DEPLOYMENTS_FILE,
): number | undefined {
  if (deployments === undefined) return undefined;
  return deployedVersion(parseDeployments(deployments, source), model, environment);
}

/**
 * The candidate version against the one in the environment, by the model's gates: the same
 * comparison the evaluate step makes on a pull request, now between two released versions.
 */
export function comparePromotion(
  candidate: VersionMetadata,
  current: { version: number; environment: string; metadata: VersionMetadata } | undefined,
  model: Pick<ModelConfig, "gates" | "slices"> | undefined,
): Comparison {
  return compareRuns({
    candidate: { metrics: candidate.record.metrics, slices: candidate.record.slices },
    ...(current
      ? {
          baseline: {
            label: `${current.environment} v${current.version}`,
            metrics: current.metadata.record.metrics,
            slices: current.metadata.record.slices,
          },
        }
      : {}),
    ...(model ? { gates: model.gates, ...(model.slices ? { sliceGates: model.slices } : {}) } : {}),
  });
}
