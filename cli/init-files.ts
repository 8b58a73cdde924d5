import { stringify } from "yaml";
import { thousands } from "../lib/format.ts";
import type { Field, TableSchema } from "../lib/schema/table-schema.ts";

/**
 * What `trainyard init` writes, as text: the workflow templates with this repository's values
 * filled in, a commented `.github/trainyard.yml`, the inferred data contract, deployments.yml and
 * the CODEOWNERS line. Pure: the command gathers the facts, these functions make the files.
 */

export const CONFIG_SCHEMA_URL =
  "https://raw.githubusercontent.com/trainyard/trainyard/v1/schemas/trainyard-config.json";

export interface ProjectFacts {
  model: string;
  defaultBranch: string;
  /** The training data as the workflows name it (`data/`), or undefined when none was found. */
  data: string | undefined;
  schemaFile: string;
  /** Total bytes of the data files found. */
  dataBytes: number;
  /** How the workflows install the project's Python packages, or undefined for none. */
  install: string | undefined;
  /** Used to pick a stable time of day for the daily drift check. */
  repositoryName: string;
}

/** Below this, one runner validates the whole dataset: shards would only wait for each other. */
export const SHARDING_BYTES = 512 * 1024 * 1024;

/** A template with the placeholders starter workflows know, and Trainyard's settings, filled in. */
export function fillTemplate(template: string, facts: ProjectFacts): string {
  let text = template
    .replaceAll("$default-branch", facts.defaultBranch)
    .replace(/\$cron-daily/g, `"${dailyCron(facts.repositoryName)}"`)
    .replace(/^(\s*MODEL:) my-model\b/m, `$1 ${facts.model}`);
  if (facts.data !== undefined) text = text.replace(/^(\s*DATA:) data\/(?= |$)/m, `$1 ${facts.data}`);
  text = text.replace(/^(\s*SCHEMA:) data\/schema\.yml\b/m, `$1 ${facts.schemaFile}`);
  if (facts.dataBytes < SHARDING_BYTES) text = text.replace(/^(\s*shard:) \[1, 2, 3, 4\]$/m, "$1 [1]");
  if (facts.install !== undefined)
    text = text.replaceAll("- run: pip install -r requirements.txt", `- run: ${facts.install}`);
  return text;
}

/** A minute and hour of its own per repository, so that not every repository checks at midnight. */
export function dailyCron(name: string): string {
  let hash = 2166136261;
  for (const char of name) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return `${hash % 60} ${Math.floor(hash / 60) % 24} * * *`;
}

export function configText(facts: ProjectFacts): string {
  return `# yaml-language-server: $schema=${CONFIG_SCHEMA_URL}
# Trainyard's configuration, read by its actions and its app. Every key is described in the JSON
# Schema named above (editors with the YAML language server complete and check this file) and in
# https://github.com/trainyard/trainyard#readme.
models:
  ${facts.model}:
    # The metrics file your training writes (JSON, YAML or CSV; nested keys joined with ".").
    metrics: out/metrics.json
    # Per-example predictions (id, label, prediction), for significance tests against production.
    # predictions: out/predictions.csv
    # Gates a candidate must clear. min/max are absolute; max_drop (higher-is-better metrics) and
    # max_rise (lower-is-better: names with loss, error, mae, mse, rmse, latency) compare it with
    # the model in production, in the metric's units or as a percentage.
    gates:
      accuracy: { min: 0.8, max_drop: 0.01 }
      # loss: { max_rise: "10%" }
    # The same gates for every slice of the data your training reports (slices: in the train step).
    # slices:
    #   gates: { accuracy: { min: 0.7 } }
    # Champion/challenger: score the production model and the candidate on the same, new data.
    # Runs with MODEL_PATH and OUTPUT_DIR set; writes metrics.json and predictions.csv there.
    # evaluate:
    #   command: python evaluate.py
    registry:
      store: release # each version is a GitHub Release tagged ${facts.model}-v<N>
      # model_card: .github/model-card.md
    promotion:
      environment: production # the environment a new version is proposed for
`;
}

export function deploymentsText(model: string): string {
  return `# What runs where: model → environment → version (v1, v2, ...). Changed only by reviewed pull
# requests: the Trainyard app opens a promotion pull request when a version is registered, and
# merging it deploys the version (ml-cd.yml). CODEOWNERS says who may approve.
${model}: {}
`;
}

export const DEPLOYMENTS_OWNERS_PATTERN = "/.trainyard/deployments.yml";

/** The CODEOWNERS line for deployments.yml: commented out when no owner is known yet. */
export function codeownersLine(owners: string[]): string {
  const rule = `${DEPLOYMENTS_OWNERS_PATTERN} ${owners.length > 0 ? owners.join(" ") : "@your-org/ml-leads"}`;
  return owners.length > 0
    ? `# Who may approve a promotion (a change to what runs in production).\n${rule}\n`
    : `# Who may approve a promotion (a change to what runs in production): name them and uncomment.\n# ${rule}\n`;
}

/** The inferred data contract, written as a person would: only what differs from the defaults. */
export function schemaText(schema: TableSchema, source: string, rows: number): string {
  const fields = schema.fields.map((field: Field) => {
    const written: Record<string, unknown> = { name: field.name, type: field.type };
    if (field.format !== "default") written.format = field.format;
    if (Object.keys(field.constraints).length > 0) written.constraints = field.constraints;
    return written;
  });
  const body: Record<string, unknown> = { fields };
  if (schema.missingValues.join("\u0000") !== "") body.missingValues = schema.missingValues;
  return `# The data contract of the training data, inferred by \`trainyard init\` from the first
# ${thousands(rows)} rows of ${source}. Review it: the ranges are what that sample held, the enums
# the values it had. Add primaryKey, unique, quantiles, categoryShares and row counts as they
# apply: https://github.com/trainyard/trainyard#the-data-contract
${stringify(body, { lineWidth: 0, flowCollectionPadding: true, collectionStyle: "block" })}`;
}
