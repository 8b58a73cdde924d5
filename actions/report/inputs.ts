import * as z from "../../lib/zod.ts";

/** The inputs action.yml declares, parsed once: a test holds the two to the same names. */
export const reportInputs = z.object({
  model: z.string().check(z.regex(/^[a-z0-9][a-z0-9._-]*$/, "a model name as in .github/trainyard.yml")),
  comparison: z.optional(z.string()),
  validation: z.optional(z.string()),
  record: z.optional(z.string()),
  sweep: z.optional(z.string()),
  "check-run": z._default(z.enum(["true", "false"]), "true"),
  "bundle-artifact": z.optional(z.string()),
  "github-token": z.string().check(z.minLength(1)),
});
