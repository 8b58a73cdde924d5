import { z } from "zod";

const list = z.string().transform((text) =>
  text
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter(Boolean),
);

/** The inputs action.yml declares, parsed once: a test holds the two to the same names. */
export const evaluateInputs = z
  .object({
    model: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, "a model name as in .github/trainyard.yml"),
    record: z.string().optional(),
    sweep: list.pipe(z.array(z.string()).min(1, "names no run record")).optional(),
    "sweep-metric": z.string().optional(),
    "sweep-size": z
      .string()
      .transform(Number)
      .pipe(z.number().int("must be a whole number of runs").min(1, "must be at least 1"))
      .optional(),
    config: z.string().default(".github/trainyard.yml"),
    "base-branch": z.string().optional(),
    "comparison-path": z.string().optional(),
    "fail-on": z.enum(["gate", "never"]).default("gate"),
    "github-token": z.string().min(1),
  })
  .superRefine((input, context) => {
    if (input.sweep && input.record)
      context.addIssue({
        code: "custom",
        path: ["record"],
        message:
          "give either record (one run) or sweep (the sweep's runs, whose best is the candidate), not both",
      });
  });
