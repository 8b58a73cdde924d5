import { GITHUB_ACTIONS_ISSUER } from "../../lib/registry/attestation-endpoints.ts";
import * as z from "../../lib/zod.ts";
import { listInput } from "../runtime.ts";

/** The inputs action.yml declares, parsed once: a test holds the two to the same names. */
export const deployInputs = z.object({
  config: z._default(z.string(), ".github/trainyard.yml"),
  environments: z._default(listInput, []),
  "http-secret": z.optional(z.string()),
  "registry-username": z.optional(z.string()),
  "registry-password": z.optional(z.string()),
  "require-attestation": z.pipe(
    z._default(z.enum(["true", "false"], { message: 'must be "true" or "false"' }), "false"),
    z.transform((value: "true" | "false") => value === "true"),
  ),
  "trusted-root": z.optional(z.string()),
  "attestation-identity": z.optional(
    z.string().check(z.refine((text: string) => isRegExp(text), "a regular expression")),
  ),
  "attestation-issuer": z._default(z.url(), GITHUB_ACTIONS_ISSUER),
  "github-token": z.string().check(z.minLength(1)),
});

export type DeployInputs = z.infer<typeof deployInputs>;

function isRegExp(text: string): boolean {
  try {
    new RegExp(text);
    return true;
  } catch {
    return false;
  }
}
