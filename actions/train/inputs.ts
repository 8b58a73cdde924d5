import { z } from "zod";

const list = z.string().transform((text) =>
  text
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter(Boolean),
);

const number = (check: z.ZodNumber) => z.string().transform(Number).pipe(check);

/** The inputs action.yml declares, parsed once: a test holds the two to the same names. */
export const trainInputs = z.object({
  command: z.string().min(1),
  model: z
    .string()
    .regex(
      /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
      "must be a name of letters, digits, '.', '_' and '-' (it names the artifact and the release tags)",
    ),
  metrics: z.string().optional(),
  history: z.string().optional(),
  params: z.string().optional(),
  slices: z.string().optional(),
  artifacts: list.pipe(z.array(z.string()).min(1, "names no file")),
  data: list.default([]),
  "price-per-gpu-hour": number(z.number().min(0, "must be a price of 0 or more")).optional(),
  "telemetry-interval": number(z.number().min(0.1, "must be at least 0.1 seconds")).default(5),
  "artifact-name": z.string().optional(),
  "retention-days": number(z.number().int().min(1).max(90)).optional(),
  "working-directory": z.string().default("."),
  "timeout-minutes": number(z.number().positive("must be more than 0")).optional(),
});

export type TrainInputs = z.infer<typeof trainInputs>;
