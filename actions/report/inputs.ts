import { z } from "zod";

/** The inputs action.yml declares, parsed once: a test holds the two to the same names. */
export const reportInputs = z.object({
  model: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, "a model name as in .github/trainyard.yml"),
  comparison: z.string().optional(),
  validation: z.string().optional(),
  record: z.string().optional(),
  sweep: z.string().optional(),
  "check-run": z.enum(["true", "false"]).default("true"),
  "bundle-artifact": z.string().optional(),
  "github-token": z.string().min(1),
});
