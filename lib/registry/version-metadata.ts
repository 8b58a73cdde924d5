import { z } from "zod";
import { fileDigest, runRecord } from "../runs/run-record.ts";

/**
 * `trainyard.json`, the metadata asset of a model version's Release (tag `<model>-v<N>`): the run
 * that built it (its record, with metrics, params, data digests and cost), the assets with their
 * digests (checked again before anything is deployed), and who approved it.
 */
export const VERSION_METADATA_ASSET = "trainyard.json";

export const approval = z.object({ login: z.string(), submittedAt: z.string() });

export const versionMetadata = z.object({
  schemaVersion: z.literal(1),
  model: z.string().min(1),
  version: z.number().int().min(1),
  tag: z.string(),
  registeredAt: z.string(),
  /** The release assets that make up the model, by name, with their digests. */
  assets: z.array(fileDigest.extend({ name: z.string() })),
  pullRequest: z
    .object({ number: z.number().int(), url: z.string(), approvals: z.array(approval) })
    .optional(),
  record: runRecord,
  /** Per-feature data profile for drift checks later (see lib/drift). */
  dataProfile: z.unknown().optional(),
});
export type VersionMetadata = z.infer<typeof versionMetadata>;

export function versionTag(model: string, version: number): string {
  return `${model}-v${version}`;
}
