import { z } from "zod";

const list = z.string().transform((text) =>
  text
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter(Boolean),
);
const flag = z
  .enum(["true", "false"], { message: 'must be "true" or "false"' })
  .transform((value) => value === "true");

/** The inputs action.yml declares, parsed once: a test holds the two to the same names. */
export const driftCheckInputs = z.object({
  model: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, "a model name as in .github/trainyard.yml"),
  current: list.pipe(z.array(z.string()).min(1, "give at least one file, folder or glob")),
  reference: list.default([]),
  schema: z.string().optional(),
  config: z.string().default(".github/trainyard.yml"),
  "report-file": z.string().default("drift-report.json"),
  "prometheus-file": z.string().optional(),
  "pushgateway-url": z.string().url("an http(s) URL").optional(),
  dispatch: flag.default(true),
  "fail-on-drift": flag.default(false),
  "github-token": z.string().min(1),
});

export type DriftCheckInputs = z.infer<typeof driftCheckInputs>;
