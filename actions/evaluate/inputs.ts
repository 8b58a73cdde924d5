import * as z from "../../lib/zod.ts";
import { listInput } from "../runtime.ts";

/** The inputs action.yml declares, parsed once: a test holds the two to the same names. */
export const evaluateInputs = z
  .object({
    model: z.string().check(z.regex(/^[a-z0-9][a-z0-9._-]*$/, "a model name as in .github/trainyard.yml")),
    record: z.optional(z.string()),
    sweep: z.optional(z.pipe(listInput, z.array(z.string()).check(z.minLength(1, "names no run record")))),
    "sweep-metric": z.optional(z.string()),
    "sweep-size": z.optional(
      z.pipe(
        z.pipe(z.string(), z.transform(Number)),
        // Not z.int(message): that message would also replace "expected number, received NaN".
        z.number().check(z.int("must be a whole number of runs"), z.minimum(1, "must be at least 1")),
      ),
    ),
    config: z._default(z.string(), ".github/trainyard.yml"),
    "base-branch": z.optional(z.string()),
    "comparison-path": z.optional(z.string()),
    "fail-on": z._default(z.enum(["gate", "never"]), "gate"),
    "github-token": z.string().check(z.minLength(1)),
  })
  .check(
    z.superRefine((input, context) => {
      if (input.sweep && input.record)
        context.addIssue({
          code: "custom",
          path: ["record"],
          message:
            "give either record (one run) or sweep (the sweep's runs, whose best is the candidate), not both",
        });
    }),
  );
