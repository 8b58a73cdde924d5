import * as z from "../zod.ts";

/**
 * `models.<name>.deploy` in .github/trainyard.yml: per environment (as named in
 * .trainyard/deployments.yml), where a version goes (the target), how it is proved to work (the
 * smoke test), and whether a failure rolls back:
 *
 *   deploy:
 *     production:
 *       target: { kind: command, run: ./serving/deploy.sh }
 *       url: http://127.0.0.1:8080
 *       smoke_test:
 *         requests:
 *           - url: http://127.0.0.1:8080/version
 *             expect: { json: { version: "${MODEL_VERSION}" } }
 *
 * Text fields marked "placeholders" may hold ${MODEL_NAME}, ${MODEL_VERSION}, ${MODEL_DIGEST},
 * ${DEPLOY_ENVIRONMENT}, ${STORAGE_URI} and ${DEPLOYMENT_ID} (see placeholders.ts).
 */
const environmentName = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** Kubernetes object names (DNS-1123 labels; InferenceService names must also start with a letter). */
const dnsLabel = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

const seconds = (fallback: number, what: string) =>
  z._default(z.number().check(z.positive(), z.maximum(86_400)), fallback).check(z.describe(what));

const headers = z
  .record(z.string().check(z.regex(/^[A-Za-z0-9-]+$/, "an HTTP header name")), z.string())
  .check(z.describe("Extra HTTP headers, by name (placeholders allowed in values)."));

export const commandTarget = z
  .strictObject({
    kind: z.literal("command"),
    run: z
      .string()
      .check(
        z.minLength(1),
        z.describe(
          "Your deploy script, run with bash from the working directory, with MODEL_NAME, MODEL_VERSION, MODEL_PATH (a folder with the version's files), MODEL_DIGEST, DEPLOY_ENVIRONMENT, STORAGE_URI and DEPLOYMENT_ID set.",
        ),
      ),
    working_directory: z
      ._default(z.string(), ".")
      .check(z.describe("Where the script runs, relative to the workspace.")),
    env: z
      .optional(
        z.record(
          z.string().check(z.regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "an environment variable name")),
          z.string(),
        ),
      )
      .check(z.describe("Extra environment variables for the script (placeholders allowed).")),
    timeout_minutes: z
      ._default(z.number().check(z.positive(), z.maximum(360)), 30)
      .check(z.describe("Stop the script (its whole process group) after this long and count it as failed.")),
  })
  .check(z.describe("Runs your deploy script on the runner."));

export const httpTarget = z
  .strictObject({
    kind: z.literal("http"),
    url: z
      .url({ protocol: /^https?$/ })
      .check(
        z.describe(
          "The serving platform's endpoint: it receives a POST with the deployment as JSON, signed with HMAC-SHA256 (X-Trainyard-Signature-256).",
        ),
      ),
    status_url: z
      .optional(z.string().check(z.minLength(1)))
      .check(
        z.describe(
          "Polled with GET until its JSON `state` is success or failure (placeholders allowed). Default: the `status_url` of the POST's answer, else its Location header on 202, else no polling.",
        ),
      ),
    headers: z.optional(headers),
    timeout_seconds: seconds(600, "How long to wait for the platform to finish."),
    poll_interval_seconds: seconds(5, "Seconds between two polls of the status URL."),
  })
  .check(z.describe("Hands the version to a serving platform over HTTP."));

export const kubernetesTarget = z
  .strictObject({
    kind: z.literal("kubernetes"),
    name: z
      .optional(
        z
          .string()
          .check(
            z.maxLength(63),
            z.regex(dnsLabel, "a Kubernetes name: lower case letters, digits and -, starting with a letter"),
          ),
      )
      .check(z.describe("The InferenceService's name. Default: the model's name, with . and _ as -.")),
    namespace: z
      .optional(z.string().check(z.maxLength(63), z.regex(dnsLabel, "a Kubernetes namespace name")))
      .check(z.describe("Namespace of the InferenceService (default: kubectl's current one).")),
    model_format: z
      .optional(z.string().check(z.minLength(1)))
      .check(
        z.describe(
          "The predictor's model format, as KServe names it: sklearn, xgboost, lightgbm, pytorch, tensorflow, onnx, huggingface, ... Required unless a template is given.",
        ),
      ),
    model_format_version: z
      .optional(z.string().check(z.minLength(1)))
      .check(z.describe('The model format\'s version, e.g. "1".')),
    runtime: z
      .optional(z.string().check(z.minLength(1)))
      .check(z.describe("A specific ServingRuntime (default: KServe picks one).")),
    template: z
      .optional(z.string().check(z.minLength(1)))
      .check(
        z.describe(
          "Your own manifest (YAML, path relative to the workspace) with placeholders, instead of the generated InferenceService.",
        ),
      ),
    asset: z
      .optional(z.string().check(z.minLength(1)))
      .check(z.describe("Which of the version's files the storage URI points at, when it has several.")),
    context: z.optional(z.string().check(z.minLength(1))).check(z.describe("kubectl's --context.")),
    timeout_seconds: seconds(300, "How long to wait for the InferenceService to be Ready."),
  })
  .check(
    z.superRefine((target, context) => {
      if (target.model_format === undefined && target.template === undefined)
        context.addIssue({
          code: "custom",
          path: ["model_format"],
          message: "model_format is required unless a template is given (e.g. model_format: sklearn)",
        });
    }),
    z.describe("Applies a KServe InferenceService with the runner's kubectl and waits for it to be Ready."),
  );

export const TARGET_KINDS = ["command", "http", "kubernetes"] as const;

export const targetConfig = z
  .discriminatedUnion("kind", [commandTarget, httpTarget, kubernetesTarget])
  .check(z.describe("Where the version goes: kind command, http or kubernetes."));
export type TargetConfig = z.infer<typeof targetConfig>;
export type TargetKind = TargetConfig["kind"];
export type TargetConfigOf<K extends TargetKind> = Extract<TargetConfig, { kind: K }>;

const jsonValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const smokeRequest = z
  .strictObject({
    url: z.string().check(z.minLength(1), z.describe("The URL to call (placeholders allowed).")),
    method: z._default(z.enum(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"]), "GET"),
    headers: z.optional(headers),
    body: z
      .optional(z.union([z.string(), z.record(z.string(), z.unknown()), z.array(z.unknown())]))
      .check(
        z.describe(
          "The request body: text as it is, or an object or list sent as JSON (placeholders allowed).",
        ),
      ),
    timeout_seconds: seconds(10, "How long one attempt of this request may take."),
    expect: z
      ._default(
        z.strictObject({
          status: z
            .optional(
              z.union([
                z.int().check(z.minimum(100), z.maximum(599)),
                z.array(z.int().check(z.minimum(100), z.maximum(599))).check(z.minLength(1)),
              ]),
            )
            .check(z.describe("The status code, or the list of codes, that pass. Default: any 2xx.")),
          json: z
            .optional(z.record(z.string().check(z.minLength(1)), jsonValue))
            .check(
              z.describe(
                'Fields of the JSON answer and their values, by dotted path ("model.version", "predictions.0"); a text value (placeholders allowed) matches the field written as text.',
              ),
            ),
          contains: z
            .optional(z.string())
            .check(z.describe("Text the answer must contain (placeholders allowed).")),
          matches: z
            .optional(z.string().check(z.refine(isRegex, { message: "a valid regular expression" })))
            .check(z.describe("A regular expression the answer must match.")),
        }),
        {},
      )
      .check(z.describe("What a good answer looks like.")),
  })
  .check(z.describe("One HTTP request of the smoke test."));
export type SmokeRequest = z.infer<typeof smokeRequest>;

export const smokeTestConfig = z
  .strictObject({
    requests: z
      .array(smokeRequest)
      .check(z.minLength(1), z.describe("Requests made in order; each must pass.")),
    timeout_seconds: seconds(
      60,
      "How long the smoke test may keep retrying before the deployment counts as failed.",
    ),
    initial_delay_seconds: seconds(
      1,
      "The wait before the first retry; it doubles after each failed attempt (at most 30 s).",
    ),
  })
  .check(z.describe("Proves a new version answers as it should, right after it is deployed."));
export type SmokeTestConfig = z.infer<typeof smokeTestConfig>;

export const environmentDeployConfig = z
  .strictObject({
    target: targetConfig,
    url: z
      .optional(z.string().check(z.minLength(1)))
      .check(z.describe("Where the environment answers, shown on the deployment (placeholders allowed).")),
    smoke_test: z.optional(smokeTestConfig),
    rollback: z
      ._default(z.boolean(), true)
      .check(z.describe("When the target or the smoke test fails, deploy the previous version again.")),
  })
  .check(z.describe("How the model is deployed to one environment."));
export type EnvironmentDeployConfig = z.infer<typeof environmentDeployConfig>;

export const deployConfig = z
  .record(z.string().check(z.regex(environmentName, "an environment name")), environmentDeployConfig)
  .check(
    z.describe("Deployment per environment, keyed by the environment names of .trainyard/deployments.yml."),
  );
export type DeployConfig = z.infer<typeof deployConfig>;

function isRegex(text: string): boolean {
  try {
    new RegExp(text);
    return true;
  } catch {
    return false;
  }
}
