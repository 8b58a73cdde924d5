import { deployConfig } from "../deploy/config.ts";
import { driftSettings } from "../drift/settings.ts";
import { ConfigError } from "../errors.ts";
import { gatesSpec, slicesSpec } from "../evaluate/gates.ts";
import { registrySpec } from "../registry/registry-config.ts";
import * as z from "../zod.ts";
import { loadDocumentWith, parseDocumentWith } from "./located-document.ts";

/**
 * `.github/trainyard.yml`: the one configuration file the actions and the bot read. Strict, so a
 * misspelt key is an error at its line rather than a setting silently ignored.
 */
export const CONFIG_FILE = ".github/trainyard.yml";

const modelName = z
  .string()
  .check(
    z.regex(
      /^[a-z0-9][a-z0-9._-]*$/,
      "a model name in lower case: letters, digits, . _ - (it becomes tags and branch names)",
    ),
  );

const nonEmptyNames = z.array(z.string().check(z.minLength(1)));

export const promotionConfig = z
  .strictObject({
    environment: z
      ._default(
        z
          .string()
          .check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "an environment name (letters, digits, . _ -)")),
        "production",
      )
      .check(
        z.describe(
          "The environment a newly registered version is proposed for, in .trainyard/deployments.yml.",
        ),
      ),
    labels: z
      ._default(nonEmptyNames, [])
      .check(z.describe("Labels for the promotion pull request, besides trainyard:promote.")),
    reviewers: z
      ._default(nonEmptyNames, [])
      .check(z.describe("GitHub users asked to review the promotion pull request.")),
    team_reviewers: z
      ._default(nonEmptyNames, [])
      .check(z.describe("Teams (by slug) asked to review the promotion pull request.")),
  })
  .check(
    z.describe(
      "The promotion pull request the bot opens when a version of this model is released: approving and merging it is the promotion.",
    ),
  );
export type PromotionConfig = z.infer<typeof promotionConfig>;

export const retrainConfig = z
  .strictObject({
    labels: z
      ._default(nonEmptyNames, [])
      .check(z.describe("Labels for the retraining pull request, besides trainyard:retrain.")),
    reviewers: z
      ._default(nonEmptyNames, [])
      .check(z.describe("GitHub users asked to review the retraining pull request.")),
    team_reviewers: z
      ._default(nonEmptyNames, [])
      .check(z.describe("Teams (by slug) asked to review the retraining pull request.")),
    cooldown_hours: z
      ._default(z.number().check(z.minimum(0)), 24)
      .check(
        z.describe(
          "Hours after a retraining pull request of this model was merged or closed before the bot opens another.",
        ),
      ),
    hourly_limit: z
      ._default(z.int().check(z.minimum(0)), 2)
      .check(
        z.describe(
          "New pull requests the bot may open in this repository per hour, all models together, as Renovate's prHourlyLimit (0: no limit).",
        ),
      ),
  })
  .check(
    z.describe(
      "The retraining pull request the bot opens or updates when this model's data drifts (a drift check's dispatch, a Prometheus alert) or someone comments `/retrain <model>`.",
    ),
  );
export type RetrainConfig = z.infer<typeof retrainConfig>;

export const modelConfig = z
  .strictObject({
    metrics: z
      ._default(z.string(), "metrics.json")
      .check(
        z.describe("The metrics file training writes (JSON, YAML or CSV; nested keys are joined with '.')."),
      ),
    predictions: z
      .optional(z.string())
      .check(
        z.describe(
          "Per-example predictions training writes (CSV or JSON Lines: id, label, prediction), for significance tests.",
        ),
      ),
    gates: z._default(gatesSpec, {}),
    slices: z.optional(slicesSpec),
    evaluate: z
      .optional(
        z.strictObject({
          command: z
            .string()
            .check(
              z.minLength(1),
              z.describe(
                "Scores a model on the current test data. Runs with MODEL_PATH (the model's files) and OUTPUT_DIR (where to write metrics and predictions) set, once for production and once for the candidate.",
              ),
            ),
        }),
      )
      .check(
        z.describe(
          "Champion/challenger: score the production model and the candidate on the same, new data.",
        ),
      ),
    registry: z.prefault(registrySpec, {}),
    promotion: z.prefault(promotionConfig, {}),
    retrain: z.prefault(retrainConfig, {}),
    drift: z
      .prefault(driftSettings, {})
      .check(
        z.describe(
          "Data drift checks (drift-check, trainyard drift): the share of drifted features that is dataset drift, and per feature its test, threshold, or ignore.",
        ),
      ),
    deploy: z
      .optional(deployConfig)
      .check(
        z.describe(
          "Where each environment of .trainyard/deployments.yml runs the model: the target, the smoke test, rollback.",
        ),
      ),
  })
  .check(z.describe("One model: where its metrics are, and the gates it must clear."));
export type ModelConfig = z.infer<typeof modelConfig>;

export const trainyardConfig = z
  .strictObject({
    $schema: z.optional(z.string()).check(z.describe("URL of this file's JSON Schema, for editors.")),
    _extends: z
      .optional(z.string())
      .check(
        z.describe(
          "Where the bot takes defaults from, as Probot apps do: a repository (`.github`, `other-repo`, `org/repo`) whose .github/trainyard.yml this file is merged over.",
        ),
      ),
    models: z.record(modelName, modelConfig).check(z.describe("The models of this repository, by name.")),
  })
  .check(z.describe("Trainyard's configuration: .github/trainyard.yml"));
export type TrainyardConfig = z.infer<typeof trainyardConfig>;

const rules = { schema: trainyardConfig, expected: 'a configuration with "models"' };

export function parseTrainyardConfig(text: string, file = CONFIG_FILE): TrainyardConfig {
  return parseDocumentWith(text, file, rules);
}

/**
 * A configuration read and merged elsewhere (the bot's: the repository's file over the defaults
 * it `_extends`), checked as the file is. Problems name the source and field; there is no line.
 */
export function checkTrainyardConfig(value: unknown, source = CONFIG_FILE): TrainyardConfig {
  try {
    return parseDocumentWith(JSON.stringify(value ?? null), "merged.json", rules);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const { field } = error.location;
    throw new ConfigError(error.detail, { file: source, ...(field ? { field } : {}) }, { cause: error });
  }
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
