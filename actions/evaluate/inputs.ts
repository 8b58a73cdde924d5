import { z } from "zod";

/** The inputs action.yml declares, parsed once: a test holds the two to the same names. */
export const evaluateInputs = z.object({
  model: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, "a model name as in .github/trainyard.yml"),
  record: z.string().optional(),
  config: z.string().default(".github/trainyard.yml"),
  "base-branch": z.string().optional(),
  "comparison-path": z.string().optional(),
  "fail-on": z.enum(["gate", "never"]).default("gate"),
  "github-token": z.string().min(1),
});
