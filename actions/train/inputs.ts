import * as z from "../../lib/zod.ts";
import { listInput } from "../runtime.ts";

const number = (check: z.ZodMiniType<number, number>) =>
  z.pipe(z.pipe(z.string(), z.transform(Number)), check);

/** The inputs action.yml declares, parsed once: a test holds the two to the same names. */
export const trainInputs = z.object({
  command: z.string().check(z.minLength(1)),
  model: z
    .string()
    .check(
      z.regex(
        /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
        "must be a name of letters, digits, '.', '_' and '-' (it names the artifact and the release tags)",
      ),
    ),
  metrics: z.optional(z.string()),
  history: z.optional(z.string()),
  params: z.optional(z.string()),
  slices: z.optional(z.string()),
  artifacts: z.pipe(listInput, z.array(z.string()).check(z.minLength(1, "names no file"))),
  data: z._default(listInput, []),
  "price-per-gpu-hour": z.optional(number(z.number().check(z.minimum(0, "must be a price of 0 or more")))),
  "telemetry-interval": z._default(
    number(z.number().check(z.minimum(0.1, "must be at least 0.1 seconds"))),
    5,
  ),
  "artifact-name": z.optional(z.string()),
  "retention-days": z.optional(number(z.int().check(z.minimum(1), z.maximum(90)))),
  "working-directory": z._default(z.string(), "."),
  "timeout-minutes": z.optional(number(z.number().check(z.positive("must be more than 0")))),
});

export type TrainInputs = z.infer<typeof trainInputs>;
