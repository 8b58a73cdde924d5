import { z } from "zod";
import { GITHUB_FULCIO_URL, GITHUB_TIMESTAMP_URL } from "../../lib/registry/attestation-endpoints.ts";

const list = z.string().transform((text) =>
  text
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter(Boolean),
);

/** The inputs action.yml declares, parsed once: a test holds the two to the same names. */
export const registerInputs = z.object({
  model: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, "a model name as in .github/trainyard.yml"),
  config: z.string().default(".github/trainyard.yml"),
  "pull-request": z
    .string()
    .regex(/^[1-9]\d*$/, "a pull request number")
    .transform(Number)
    .optional(),
  data: list.default([]),
  schema: z.string().optional(),
  "registry-username": z.string().optional(),
  "registry-password": z.string().optional(),
  attest: z
    .enum(["true", "false"], { message: 'must be "true" or "false"' })
    .default("false")
    .transform((value) => value === "true"),
  "fulcio-url": z.url({ protocol: /^https?$/ }).default(GITHUB_FULCIO_URL),
  "timestamp-url": z.url({ protocol: /^https?$/ }).default(GITHUB_TIMESTAMP_URL),
  "github-token": z.string().min(1),
});

export type RegisterInputs = z.infer<typeof registerInputs>;
