import { z } from "zod";
import { gatesSpec, slicesSpec } from "../evaluate/gates.ts";
import { loadDocumentWith, parseDocumentWith } from "./located-document.ts";

/**
 * `.github/trainyard.yml`: the one configuration file the actions and the bot read. Strict, so a
 * misspelt key is an error at its line rather than a setting silently ignored.
 */
export const CONFIG_FILE = ".github/trainyard.yml";

const modelName = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9._-]*$/,
    "a model name in lower case: letters, digits, . _ - (it becomes tags and branch names)",
  );

export const modelConfig = z
  .strictObject({
    metrics: z
      .string()
      .default("metrics.json")
      .describe("The metrics file training writes (JSON, YAML or CSV; nested keys are joined with '.')."),
    predictions: z
      .string()
      .optional()
      .describe(
        "Per-example predictions training writes (CSV or JSON Lines: id, label, prediction), for significance tests.",
      ),
    gates: gatesSpec.default({}),
    slices: slicesSpec.optional(),
    evaluate: z
      .strictObject({
        command: z
          .string()
          .min(1)
          .describe(
            "Scores a model on the current test data. Runs with MODEL_PATH (the model's files) and OUTPUT_DIR (where to write metrics and predictions) set, once for production and once for the candidate.",
          ),
      })
      .optional()
      .describe("Champion/challenger: score the production model and the candidate on the same, new data."),
  })
  .describe("One model: where its metrics are, and the gates it must clear.");
export type ModelConfig = z.infer<typeof modelConfig>;

export const trainyardConfig = z
  .strictObject({
    $schema: z.string().optional().describe("URL of this file's JSON Schema, for editors."),
    models: z.record(modelName, modelConfig).describe("The models of this repository, by name."),
  })
  .describe("Trainyard's configuration: .github/trainyard.yml");
export type TrainyardConfig = z.infer<typeof trainyardConfig>;

const rules = { schema: trainyardConfig, expected: 'a configuration with "models"' };

export function parseTrainyardConfig(text: string, file = CONFIG_FILE): TrainyardConfig {
  return parseDocumentWith(text, file, rules);
}

export function loadTrainyardConfig(file: string): Promise<TrainyardConfig> {
  return loadDocumentWith(file, rules, "Trainyard configuration");
}

/** JSON Schema of what a user may write in `.github/trainyard.yml`, for editors (`schemas/`). */
export function trainyardConfigJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(trainyardConfig, { io: "input", unrepresentable: "any" }),
    title: "Trainyard configuration (.github/trainyard.yml)",
  };
}
