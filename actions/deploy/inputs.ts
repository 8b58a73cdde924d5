import { z } from "zod";

const list = z.string().transform((text) =>
  text
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter(Boolean),
);

/** The inputs action.yml declares, parsed once: a test holds the two to the same names. */
export const deployInputs = z.object({
  config: z.string().default(".github/trainyard.yml"),
  environments: list.default([]),
  "http-secret": z.string().optional(),
  "registry-username": z.string().optional(),
  "registry-password": z.string().optional(),
  "github-token": z.string().min(1),
});

export type DeployInputs = z.infer<typeof deployInputs>;
