import { ConfigError } from "../errors.ts";
import { yaml } from "../yaml.ts";
import type { TargetConfigOf } from "./config.ts";
import { fillPlaceholders, type PlaceholderValues } from "./placeholders.ts";

/**
 * The Kubernetes manifest of a model version: a KServe InferenceService (serving.kserve.io/v1beta1)
 * generated from the config, or the team's own template with placeholders filled. Either way it is
 * checked against the shape KServe's CRD requires before kubectl sees it.
 */
export const KSERVE_API_VERSION = "serving.kserve.io/v1beta1";
export const LABEL_PREFIX = "trainyard.dev";

/** The storage URI schemes KServe's storage initializer (and modelcars, for oci://) can fetch. */
export const STORAGE_SCHEMES = ["gs", "s3", "pvc", "http", "https", "oci", "hf", "hdfs", "webhdfs"] as const;

/** Predictor keys of KServe's older per-framework form, accepted in templates. */
const LEGACY_PREDICTORS = [
  "sklearn",
  "xgboost",
  "tensorflow",
  "pytorch",
  "triton",
  "onnx",
  "pmml",
  "lightgbm",
  "paddle",
  "huggingface",
];

export interface ManifestFacts {
  model: string;
  version: number;
  environment: string;
  digest: string;
  storageUri: string;
  deploymentId: number;
  commit: string;
}

export interface RenderedManifest {
  /** The YAML kubectl applies (one or more documents). */
  yaml: string;
  /** The InferenceService to wait for. */
  name: string;
  namespace: string | undefined;
}

/** `churn` → `churn`; `fraud_v2.large` → `fraud-v2-large`; a name starting with a digit gets `model-`. */
export function inferenceServiceName(model: string): string {
  let name = model
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/-+/g, "-");
  if (!/^[a-z]/.test(name)) name = `model-${name}`;
  return name.slice(0, 63).replace(/-+$/, "");
}

export function renderInferenceService(
  config: TargetConfigOf<"kubernetes">,
  facts: ManifestFacts,
): RenderedManifest {
  if (!config.model_format)
    throw new ConfigError("model_format is required", { field: "target.model_format" });
  const name = config.name ?? inferenceServiceName(facts.model);
  const modelFormat: Record<string, string> = { name: config.model_format };
  if (config.model_format_version) modelFormat.version = config.model_format_version;
  const manifest = {
    apiVersion: KSERVE_API_VERSION,
    kind: "InferenceService",
    metadata: {
      name,
      ...(config.namespace ? { namespace: config.namespace } : {}),
      labels: versionLabels(facts),
      annotations: {
        [`${LABEL_PREFIX}/digest`]: facts.digest,
        [`${LABEL_PREFIX}/deployment-id`]: String(facts.deploymentId),
        [`${LABEL_PREFIX}/commit`]: facts.commit,
      },
    },
    spec: {
      predictor: {
        model: {
          modelFormat,
          ...(config.runtime ? { runtime: config.runtime } : {}),
          storageUri: facts.storageUri,
        },
      },
    },
  };
  const problems = inferenceServiceProblems(manifest);
  if (problems.length > 0)
    throw new ConfigError(`the InferenceService would be invalid: ${problems.join("; ")}`, {
      field: "target",
    });
  return { yaml: yaml().stringify(manifest, { lineWidth: 0 }), name, namespace: config.namespace };
}

/** Labels a version carries: the Kubernetes recommended ones and Trainyard's own. */
export function versionLabels(
  facts: Pick<ManifestFacts, "model" | "version" | "environment">,
): Record<string, string> {
  return {
    "app.kubernetes.io/name": labelValue(facts.model),
    "app.kubernetes.io/version": `v${facts.version}`,
    "app.kubernetes.io/managed-by": "trainyard",
    [`${LABEL_PREFIX}/model`]: labelValue(facts.model),
    [`${LABEL_PREFIX}/version`]: String(facts.version),
    [`${LABEL_PREFIX}/environment`]: labelValue(facts.environment),
  };
}

/**
 * The team's template with placeholders filled: YAML, one or more documents, exactly one of them
 * an InferenceService (the one waited for), each document checked as far as its kind is known.
 */
export function renderTemplate(text: string, file: string, values: PlaceholderValues): RenderedManifest {
  const filled = fillPlaceholders(text, values, file);
  const { isMap, parseAllDocuments } = yaml();
  const documents = parseAllDocuments(filled);
  if (!Array.isArray(documents) || documents.length === 0)
    throw new ConfigError("the template holds no YAML document", { file });
  const services: Array<Record<string, unknown>> = [];
  for (const [index, document] of documents.entries()) {
    const error = document.errors[0];
    if (error)
      throw new ConfigError(`not YAML after filling placeholders: ${error.message.split("\n")[0]}`, {
        file,
        line: error.linePos?.[0]?.line,
      });
    if (!isMap(document.contents))
      throw new ConfigError(`document ${index + 1} is not a Kubernetes object (a mapping)`, { file });
    const value = document.toJS() as Record<string, unknown>;
    if (typeof value.apiVersion !== "string" || typeof value.kind !== "string")
      throw new ConfigError(`document ${index + 1} has no apiVersion and kind`, { file });
    if (value.kind === "InferenceService") services.push(value);
  }
  if (services.length !== 1)
    throw new ConfigError(
      `the template must hold exactly one InferenceService (the one to wait for), it holds ${services.length}`,
      { file },
    );
  const service = services[0] as Record<string, unknown>;
  const problems = inferenceServiceProblems(service);
  if (problems.length > 0) throw new ConfigError(`InferenceService: ${problems.join("; ")}`, { file });
  const metadata = service.metadata as { name: string; namespace?: string };
  return { yaml: filled, name: metadata.name, namespace: metadata.namespace };
}

/**
 * What stops an object from being a valid KServe v1beta1 InferenceService, as KServe's CRD and
 * the Kubernetes API server would reject it; empty when it is valid.
 */
export function inferenceServiceProblems(value: unknown): string[] {
  const problems: string[] = [];
  const object = asRecord(value);
  if (!object) return ["not an object"];
  if (object.apiVersion !== KSERVE_API_VERSION)
    problems.push(`apiVersion must be ${KSERVE_API_VERSION}, got ${JSON.stringify(object.apiVersion)}`);
  if (object.kind !== "InferenceService")
    problems.push(`kind must be InferenceService, got ${JSON.stringify(object.kind)}`);
  const metadata = asRecord(object.metadata);
  if (!metadata) problems.push("metadata is missing");
  else {
    const name = metadata.name;
    if (typeof name !== "string" || !/^[a-z]([-a-z0-9]*[a-z0-9])?$/.test(name) || name.length > 63)
      problems.push(
        `metadata.name must be a DNS-1123 label starting with a letter (at most 63), got ${JSON.stringify(name)}`,
      );
    if (
      metadata.namespace !== undefined &&
      (typeof metadata.namespace !== "string" || !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(metadata.namespace))
    )
      problems.push(`metadata.namespace is not a namespace name: ${JSON.stringify(metadata.namespace)}`);
    for (const [key, text] of Object.entries(asRecord(metadata.labels) ?? {})) {
      if (!isQualifiedName(key)) problems.push(`label key ${JSON.stringify(key)} is not a qualified name`);
      if (typeof text !== "string" || !isLabelValue(text))
        problems.push(`label ${key}: ${JSON.stringify(text)} is not a label value (text of at most 63)`);
    }
    for (const [key, text] of Object.entries(asRecord(metadata.annotations) ?? {})) {
      if (!isQualifiedName(key))
        problems.push(`annotation key ${JSON.stringify(key)} is not a qualified name`);
      if (typeof text !== "string")
        problems.push(`annotation ${key} must be text, got ${JSON.stringify(text)}`);
    }
  }
  const predictor = asRecord(asRecord(object.spec)?.predictor);
  if (!predictor) {
    problems.push("spec.predictor is missing");
    return problems;
  }
  const forms = ["model", "containers", ...LEGACY_PREDICTORS].filter((key) => predictor[key] !== undefined);
  if (forms.length !== 1)
    problems.push(
      `spec.predictor must have exactly one of model, containers or a framework (${LEGACY_PREDICTORS.join(", ")}), has ${forms.length === 0 ? "none" : forms.join(", ")}`,
    );
  const model = asRecord(predictor.model);
  if (predictor.model !== undefined && !model) problems.push("spec.predictor.model must be an object");
  if (model) {
    const format = asRecord(model.modelFormat);
    if (!format || typeof format.name !== "string" || format.name === "")
      problems.push("spec.predictor.model.modelFormat.name is required");
    if (format?.version !== undefined && typeof format.version !== "string")
      problems.push("spec.predictor.model.modelFormat.version must be text");
    if (model.runtime !== undefined && typeof model.runtime !== "string")
      problems.push("spec.predictor.model.runtime must be text");
    problems.push(...storageUriProblems(model.storageUri, "spec.predictor.model.storageUri"));
  }
  for (const key of LEGACY_PREDICTORS) {
    const framework = asRecord(predictor[key]);
    if (predictor[key] !== undefined && !framework) problems.push(`spec.predictor.${key} must be an object`);
    if (framework)
      problems.push(...storageUriProblems(framework.storageUri, `spec.predictor.${key}.storageUri`));
  }
  return problems;
}

function storageUriProblems(uri: unknown, field: string): string[] {
  if (typeof uri !== "string" || uri === "") return [`${field} is required`];
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//.exec(uri)?.[1];
  if (!scheme || !(STORAGE_SCHEMES as readonly string[]).includes(scheme))
    return [
      `${field} ${JSON.stringify(uri)} must start with one of ${STORAGE_SCHEMES.map((s) => `${s}://`).join(", ")}`,
    ];
  return [];
}

/** A label value: at most 63 characters, alphanumeric at both ends, `-_.` inside. */
export function isLabelValue(text: string): boolean {
  return text.length <= 63 && /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/.test(text);
}

/** `name` or `prefix/name`: name as a label value (not empty), prefix a DNS subdomain. */
function isQualifiedName(key: string): boolean {
  const slash = key.lastIndexOf("/");
  const name = slash < 0 ? key : key.slice(slash + 1);
  const prefix = slash < 0 ? undefined : key.slice(0, slash);
  if (name === "" || !isLabelValue(name)) return false;
  return (
    prefix === undefined ||
    (prefix.length <= 253 && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/.test(prefix))
  );
}

/** Text made a label value: cut to 63, trimmed to alphanumeric ends, other characters as `-`. */
function labelValue(text: string): string {
  return text
    .replace(/[^-A-Za-z0-9_.]/g, "-")
    .slice(0, 63)
    .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, "");
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
