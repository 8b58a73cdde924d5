import { z } from "zod";

const list = z.string().transform((text) =>
  text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean),
);

/** The inputs action.yml declares, parsed once: a test holds the two to the same names. */
export const validateDataInputs = z
  .object({
    data: list.optional(),
    schema: z.string().min(1),
    "fail-on": z.enum(["error", "never"]).default("error"),
    "base-schema": z.string().optional(),
    shard: z.string().optional(),
    "merge-reports": list.optional(),
    "report-path": z.string().optional(),
    "github-token": z.string().optional(),
  })
  .superRefine((input, context) => {
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
  });
