import { z } from "zod";
import { ociStoreConfig } from "./oci-store.ts";

/** `models.<name>.registry` in .github/trainyard.yml: how register keeps the model's versions. */

export const DEFAULT_MODEL_CARD_TEMPLATE = ".github/model-card.md";

export const approvalsSpec = z
  .strictObject({
    required: z
      .boolean()
      .default(true)
      .describe(
        "Refuse to register a model from a pull request without an approving review from a code owner or an approver.",
      ),
    approvers: z
      .array(
        z
          .string()
          .regex(
            /^@?[A-Za-z0-9][A-Za-z0-9-]*(\/[A-Za-z0-9._-]+)?$/,
            "a GitHub login (alice) or a team (acme/ml-leads)",
          ),
      )
      .default([])
      .describe(
        "Who may approve besides the code owners of the changed files (CODEOWNERS): GitHub logins or org/team. With no CODEOWNERS for the files and none here, anyone with write access may.",
      ),
  })
  .describe("Who must approve a pull request before its model becomes a version.");

export const registrySpec = z
  .strictObject({
    store: z
      .enum(["release", "oci"])
      .default("release")
      .describe(
        'Where the model files go: "release" (assets of the version\'s GitHub Release, up to 2 GiB a file) or "oci" (an OCI registry; the Release keeps the metadata and model card).',
      ),
    oci: ociStoreConfig.optional(),
    approvals: approvalsSpec.prefault({}),
    model_card: z
      .string()
      .min(1)
      .default(DEFAULT_MODEL_CARD_TEMPLATE)
      .describe(
        "The model card's template (markdown with {{metrics}}, {{slices}}, {{data}}, {{cost}}, {{files}}, {{provenance}}, {{model}}, {{version}}, {{tag}}, {{commit}}); used when the file exists.",
      ),
  })
  .superRefine((registry, context) => {
    if (registry.store === "oci" && !registry.oci)
      context.addIssue({
        code: "custom",
        path: ["oci"],
        message: 'store "oci" needs oci: { repository: <host>/<repository> }',
      });
  })
  .describe("How model versions are registered: the store for their files, approvals, the model card.");
export type RegistryConfig = z.infer<typeof registrySpec>;
