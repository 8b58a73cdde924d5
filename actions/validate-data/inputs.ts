import { z } from "zod";

/** The inputs action.yml declares, parsed once: a test holds the two to the same names. */
export const validateDataInputs = z.object({
  data: z
    .string()
    .transform((text) =>
      text
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string()).min(1)),
  schema: z.string().min(1),
  "fail-on": z.enum(["error", "never"]).default("error"),
  "base-schema": z.string().optional(),
  shard: z.string().optional(),
  "report-path": z.string().optional(),
  "github-token": z.string().optional(),
});
