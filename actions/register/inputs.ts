import { GITHUB_FULCIO_URL, GITHUB_TIMESTAMP_URL } from "../../lib/registry/attestation-endpoints.ts";
import * as z from "../../lib/zod.ts";
import { listInput } from "../runtime.ts";

/** The inputs action.yml declares, parsed once: a test holds the two to the same names. */
export const registerInputs = z.object({
  model: z.string().check(z.regex(/^[a-z0-9][a-z0-9._-]*$/, "a model name as in .github/trainyard.yml")),
  config: z._default(z.string(), ".github/trainyard.yml"),
  "pull-request": z.optional(
    z.pipe(z.string().check(z.regex(/^[1-9]\d*$/, "a pull request number")), z.transform(Number)),
  ),
  data: z._default(listInput, []),
  schema: z.optional(z.string()),
  "registry-username": z.optional(z.string()),
  "registry-password": z.optional(z.string()),
  attest: z.pipe(
    z._default(z.enum(["true", "false"], { message: 'must be "true" or "false"' }), "false"),
    z.transform((value: "true" | "false") => value === "true"),
  ),
  "fulcio-url": z._default(z.url({ protocol: /^https?$/ }), GITHUB_FULCIO_URL),
  "timestamp-url": z._default(z.url({ protocol: /^https?$/ }), GITHUB_TIMESTAMP_URL),
  "github-token": z.string().check(z.minLength(1)),
});

export type RegisterInputs = z.infer<typeof registerInputs>;
