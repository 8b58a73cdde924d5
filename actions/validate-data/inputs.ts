import * as z from "../../lib/zod.ts";
import { listInput } from "../runtime.ts";

/** The inputs action.yml declares, parsed once: a test holds the two to the same names. */
export const validateDataInputs = z
  .object({
    data: z.optional(listInput),
    schema: z.string().check(z.minLength(1)),
    "fail-on": z._default(z.enum(["error", "never"]), "error"),
    "base-schema": z.optional(z.string()),
    shard: z.optional(z.string()),
    "merge-reports": z.optional(listInput),
    "report-path": z.optional(z.string()),
    "github-token": z.optional(z.string()),
  })
  .check(
    z.superRefine((input, context) => {
      const data = (input.data?.length ?? 0) > 0;
      const merge = (input["merge-reports"]?.length ?? 0) > 0;
      if (data === merge)
        context.addIssue({
          code: "custom",
          path: [data ? "merge-reports" : "data"],
          message: data
            ? "give either data (validate) or merge-reports (merge the shards' reports), not both"
            : "name the data to validate, or the shard reports to merge (merge-reports)",
        });
      if (merge && input.shard !== undefined)
        context.addIssue({
          code: "custom",
          path: ["shard"],
          message: "a merge takes every shard: leave shard out",
        });
    }),
  );
