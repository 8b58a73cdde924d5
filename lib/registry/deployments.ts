import type { Document } from "yaml";
import { parseDocumentWith } from "../config/located-document.ts";
import { ConfigError } from "../errors.ts";
import { yaml } from "../yaml.ts";
import * as z from "../zod.ts";

/**
 * `.trainyard/deployments.yml`: the desired state of which model version runs in which
 * environment, changed only by reviewed pull requests (GitOps):
 *
 *   churn:
 *     production: v3   # promoted in #41
 *     staging: v4
 *
 * Reading checks it with zod; writing edits the one value in place, keeping comments, order and
 * layout, so the pull request a reviewer approves shows a one-line diff.
 */
const modelName = /^[a-z0-9][a-z0-9._-]*$/;
const environmentName = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export const versionLabel = z.string().check(z.regex(/^v[1-9]\d*$/, "a version such as v3"));

export const deploymentsSchema = z.pipe(
  z.nullable(
    z.record(
      z.string().check(z.regex(modelName, "a model name in lower case (letters, digits, . _ -)")),
      z.record(z.string().check(z.regex(environmentName, "an environment name")), versionLabel),
    ),
  ),
  z.transform((value) => value ?? {}),
);

export type Deployments = z.infer<typeof deploymentsSchema>;

export const DEPLOYMENTS_FILE = ".trainyard/deployments.yml";

export function parseDeployments(text: string, file = DEPLOYMENTS_FILE): Deployments {
  if (text.trim() === "") return {};
  // Comments only (a new repository's file, before any promotion): nothing is deployed yet. Told
  // by its lines, not by a second parse (yaml's default parse is quadratic in a mapping's keys).
  if (text.split(/\r\n|\r|\n/).every((line) => /^\s*(#.*)?$/.test(line))) return {};
  return parseDocumentWith(text, file, {
    schema: deploymentsSchema,
    expected: "models with their environments",
  });
}

/** The version (number) of a model in an environment, or undefined when it is not deployed there. */
export function deployedVersion(
  deployments: Deployments,
  model: string,
  environment: string,
): number | undefined {
  // Own keys only: an environment named "toString" is not the function every object has.
  const environments = Object.hasOwn(deployments, model) ? deployments[model] : undefined;
  const label =
    environments && Object.hasOwn(environments, environment) ? environments[environment] : undefined;
  return label === undefined ? undefined : Number(label.slice(1));
}

/**
 * The file with `model.environment` set to `v<version>`, everything else as it was. Adds the
 * model or environment at the end when missing.
 */
export function setDeployedVersion(
  text: string,
  model: string,
  environment: string,
  version: number,
  file = DEPLOYMENTS_FILE,
): string {
  parseDeployments(text, file);
  if (!modelName.test(model))
    throw new ConfigError(`"${model}" is not a model name (lower case letters, digits, . _ -)`, { file });
  if (!environmentName.test(environment))
    throw new ConfigError(`"${environment}" is not an environment name`, { file });
  // A new document, not "{}" parsed: that would make the whole file one flow mapping. Keys were
  // found unique above, in linear time; yaml's own check would compare each with every other.
  const { Document, isMap, isScalar, parseDocument } = yaml();
  const document: Document =
    text.trim() === "" ? new Document({}) : parseDocument(text, { uniqueKeys: false });
  if (!isMap(document.contents) && document.contents !== null)
    throw new ConfigError("expected a mapping of models", { file });
  const label = `v${version}`;
  const existing = document.getIn([model, environment], true);
  if (isScalar(existing)) {
    if (existing.value === label) return text;
    existing.value = label;
  } else if (isMap(document.get(model, true))) {
    document.setIn([model, environment], label);
  } else {
    document.set(model, document.createNode({ [environment]: label }));
  }
  return document.toString({ lineWidth: 0 });
}
