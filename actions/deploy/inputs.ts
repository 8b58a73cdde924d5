import { z } from "zod";
import { GITHUB_ACTIONS_ISSUER } from "../../lib/registry/attestation-endpoints.ts";

const list = z.string().transform((text) =>
  text
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter(Boolean),
);

/** The inputs action.yml declares, parsed once: a test holds the two to the same names. */
export const deployInputs = z.object({
  config: z.string().default(".github/trainyard.yml"),
  environments: list.default([]),
  "http-secret": z.string().optional(),
  "registry-username": z.string().optional(),
  "registry-password": z.string().optional(),
  "require-attestation": z
    .enum(["true", "false"], { message: 'must be "true" or "false"' })
    .default("false")
    .transform((value) => value === "true"),
  "trusted-root": z.string().optional(),
  "attestation-identity": z
    .string()
    .refine((text) => isRegExp(text), "a regular expression")
    .optional(),
  "attestation-issuer": z.url().default(GITHUB_ACTIONS_ISSUER),
  "github-token": z.string().min(1),
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
