import * as z from "../zod.ts";
import { ociStoreConfig } from "./oci-store.ts";

/** `models.<name>.registry` in .github/trainyard.yml: how register keeps the model's versions. */

export const DEFAULT_MODEL_CARD_TEMPLATE = ".github/model-card.md";

export const approvalsSpec = z
  .strictObject({
    required: z
      ._default(z.boolean(), true)
      .check(
        z.describe(
          "Refuse to register a model from a pull request without an approving review from a code owner or an approver.",
        ),
      ),
    approvers: z
      ._default(
        z.array(
          z
            .string()
            .check(
              z.regex(
                /^@?[A-Za-z0-9][A-Za-z0-9-]*(\/[A-Za-z0-9._-]+)?$/,
                "a GitHub login (alice) or a team (acme/ml-leads)",
              ),
            ),
        ),
        [],
      )
      .check(
        z.describe(
          "Who may approve besides the code owners of the changed files (CODEOWNERS): GitHub logins or org/team. With no CODEOWNERS for the files and none here, anyone with write access may.",
        ),
      ),
  })
  .check(z.describe("Who must approve a pull request before its model becomes a version."));

export const registrySpec = z
  .strictObject({
    store: z
      ._default(z.enum(["release", "oci"]), "release")
      .check(
        z.describe(
          'Where the model files go: "release" (assets of the version\'s GitHub Release, up to 2 GiB a file) or "oci" (an OCI registry; the Release keeps the metadata and model card).',
        ),
      ),
    oci: z.optional(ociStoreConfig),
    approvals: z.prefault(approvalsSpec, {}),
    model_card: z
      ._default(z.string().check(z.minLength(1)), DEFAULT_MODEL_CARD_TEMPLATE)
      .check(
        z.describe(
          "The model card's template (markdown with {{metrics}}, {{slices}}, {{data}}, {{cost}}, {{files}}, {{provenance}}, {{model}}, {{version}}, {{tag}}, {{commit}}); used when the file exists.",
        ),
      ),
  })
  .check(
    z.superRefine((registry, context) => {
      if (registry.store === "oci" && !registry.oci)
        context.addIssue({
          code: "custom",
          path: ["oci"],
          message: 'store "oci" needs oci: { repository: <host>/<repository> }',
        });
    }),
    z.describe("How model versions are registered: the store for their files, approvals, the model card."),
  );
export type RegistryConfig = z.infer<typeof registrySpec>;
