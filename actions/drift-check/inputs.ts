import * as z from "../../lib/zod.ts";
import { listInput } from "../runtime.ts";

const flag = z.pipe(
  z.enum(["true", "false"], { message: 'must be "true" or "false"' }),
  z.transform((value: "true" | "false") => value === "true"),
);

/** The inputs action.yml declares, parsed once: a test holds the two to the same names. */
export const driftCheckInputs = z.object({
  model: z.string().check(z.regex(/^[a-z0-9][a-z0-9._-]*$/, "a model name as in .github/trainyard.yml")),
  current: z.pipe(
    listInput,
    z.array(z.string()).check(z.minLength(1, "give at least one file, folder or glob")),
  ),
  reference: z._default(listInput, []),
  schema: z.optional(z.string()),
  config: z._default(z.string(), ".github/trainyard.yml"),
  "report-file": z._default(z.string(), "drift-report.json"),
  "prometheus-file": z.optional(z.string()),
  "pushgateway-url": z.optional(z.string().check(z.url("an http(s) URL"))),
  dispatch: z._default(flag, true),
  "fail-on-drift": z._default(flag, false),
  "github-token": z.string().check(z.minLength(1)),
});

export type DriftCheckInputs = z.infer<typeof driftCheckInputs>;
