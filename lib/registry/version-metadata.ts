import { parseJsonWith } from "../config/located-document.ts";
import { fileDigest, runRecord } from "../runs/run-record.ts";
import * as z from "../zod.ts";
import { assetLocation } from "./model-store.ts";

/**
 * `trainyard.json`, the metadata asset of a model version's Release (tag `<model>-v<N>`): the run
 * that built it (its record, with metrics, params, data digests and cost), the assets with their
 * digests (checked again before anything is deployed), and who approved it.
 */
export const VERSION_METADATA_ASSET = "trainyard.json";

export const approval = z.object({
  login: z.string(),
  submittedAt: z.string(),
  /** The commit the approving review was made on. */
  commit: z.optional(z.string()),
});

export const versionMetadata = z.object({
  schemaVersion: z.literal(1),
  model: z.string().check(z.minLength(1)),
  version: z.int().check(z.minimum(1)),
  tag: z.string(),
  registeredAt: z.string(),
  /** The files that make up the model, by name, with their digests and where each is stored. */
  assets: z.array(z.extend(fileDigest, { name: z.string(), location: z.optional(assetLocation) })),
  /** The commit the version's tag points at: the merge of its pull request. */
  commit: z.optional(z.string()),
  pullRequest: z.optional(
    z.object({
      number: z.int(),
      url: z.string(),
      approvals: z.array(approval),
      title: z.optional(z.string()),
      author: z.optional(z.string()),
      headSha: z.optional(z.string()),
      mergedAt: z.optional(z.string()),
      mergedBy: z.optional(z.string()),
      /** Why the approvals sufficed, or that the config requires none. */
      approvalRule: z.optional(z.string()),
    }),
  ),
  /** The training run and artifact the files came from: what makes a re-registration a no-op. */
  source: z.optional(z.object({ runId: z.int(), artifact: z.string() })),
  /** The workflow run that registered the version. */
  registration: z.optional(
    z.object({ runId: z.int(), runAttempt: z.int(), url: z.string(), event: z.string() }),
  ),
  record: runRecord,
  /** Artifact attestations of the model files (register's `attest: true`), one per file. */
  attestations: z.optional(
    z.array(
      z.object({
        asset: z.string(),
        sha256: z.string(),
        /** Absent for an attestation an earlier run stored (GitHub lists them without ids). */
        id: z.optional(z.int()),
        url: z.optional(z.string()),
      }),
    ),
  ),
  /** Per-feature data profile for drift checks later (see lib/drift). */
  dataProfile: z.optional(z.unknown()),
});
export type VersionMetadata = z.infer<typeof versionMetadata>;

export function versionTag(model: string, version: number): string {
  return `${model}-v${version}`;
}

/** `churn-v4` → churn, 4; undefined for a tag that names no model version. */
export function parseVersionTag(tag: string): { model: string; version: number } | undefined {
  const match = /^([a-z0-9][a-z0-9._-]*)-v([1-9]\d*)$/.exec(tag);
  return match ? { model: match[1] as string, version: Number(match[2]) } : undefined;
}

/** A version's `trainyard.json`, checked: a DataError names the file and the line or field at fault. */
export function parseVersionMetadata(text: string, file: string): VersionMetadata {
  return parseJsonWith(text, file, versionMetadata, "version metadata");
}
