import { createRequire as __trainyardCreateRequire } from "node:module";
const require = __trainyardCreateRequire(import.meta.url);
import {
  SpillFolder,
  _default,
  _enum,
  _gte,
  _lte,
  _maxLength,
  _minLength,
  _null,
  _positive,
  _regex,
  array,
  boolean,
  collectColumns,
  describe,
  discriminatedUnion,
  fieldTypes,
  int,
  isRecord,
  literal,
  loadDocumentWith,
  nullable,
  number,
  object,
  ociStoreConfig,
  optional,
  pick,
  pipe,
  prefault,
  profileDefinitions,
  readDataProfile,
  record,
  refine,
  safeParse,
  sampleOf,
  sampleOfProfile,
  strictObject,
  string,
  superRefine,
  tableSchema,
  transform,
  union,
  unknown,
  url,
  valueAt
} from "./chunk-TDZUGDA4.js";
import {
  ConfigError,
  DataError,
  isTrainyardError
} from "./chunk-SP6THENM.js";
import "./chunk-UZK6EP4C.js";

// actions/runtime.ts
import { readFileSync } from "node:fs";

// lib/secrets.ts
function isSecretName(name) {
  const words = name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  return SECRET_WORDS.has(words.at(-1) ?? "");
}
var SECRET_WORDS = /* @__PURE__ */ new Set([
  "token",
  "password",
  "passwd",
  "secret",
  "key",
  "apikey",
  "credential",
  "credentials"
]);
var REDACTED = "***";

// actions/workflow-commands.ts
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import { EOL } from "node:os";
function getInput(name) {
  return (process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
function issueCommand(command, properties, message) {
  const list = Object.entries(properties).filter(([, value]) => value).map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
  process.stdout.write(`::${command}${list ? ` ${list}` : ""}::${escapeData(message)}${EOL}`);
}
function info(line) {
  process.stdout.write(`${line}${EOL}`);
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function setSecret(value) {
  issueCommand("add-mask", {}, value);
}
function annotate(level, message, place) {
  const { title, file, line, endLine, column, endColumn } = place;
  issueCommand(level, { title, file, line, endLine, col: column, endColumn }, message);
}
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function setOutput(name, value) {
  if (!process.env.GITHUB_OUTPUT) {
    process.stdout.write(EOL);
    issueCommand("set-output", { name }, value);
    return;
  }
  const file = process.env.GITHUB_OUTPUT;
  if (!fs.existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter))
    throw new Error(`output ${name} holds the delimiter ${delimiter}`);
  fs.appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, "utf8");
}
async function appendSummary(markdown) {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file)
    throw new Error(
      "Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries."
    );
  try {
    fs.accessSync(file, fs.constants.R_OK | fs.constants.W_OK);
  } catch {
    throw new Error(
      `Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`
    );
  }
  fs.appendFileSync(file, `${markdown}${EOL}`, "utf8");
}

// actions/runtime.ts
var ANNOTATIONS_PER_LEVEL = 10;
var listInput = pipe(
  string(),
  transform(
    (text) => text.split(/[\n,]/).map((item) => item.trim()).filter(Boolean)
  )
);
function readInputs(schema) {
  const raw = {};
  for (const name of inputNames(schema)) {
    const value = getInput(name);
    if (value === "") continue;
    if (isSecretName(name)) maskSecret(value);
    raw[name] = value;
  }
  const parsed = safeParse(schema, raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue.path[0] ?? "");
    const given = raw[name];
    const detail = given === void 0 ? `is required (${issue.message})` : isSecretName(name) ? `${issue.message} (the value is a secret: not shown)` : `${issue.message}, got ${JSON.stringify(given)}`;
    throw new ConfigError(`input "${name}" ${detail}`);
  }
  return parsed.data;
}
var MIN_MASKED_ENV_LENGTH = 6;
function maskSecretEnvironment(env = process.env) {
  for (const [name, value] of Object.entries(env))
    if (value !== void 0 && value.length >= MIN_MASKED_ENV_LENGTH && isSecretName(name)) maskSecret(value);
}
var secrets = [];
function redactSecrets(text) {
  let redacted = text;
  for (const secret of secrets) redacted = redacted.split(secret).join(REDACTED);
  return redacted;
}
function inputNames(schema) {
  return Object.keys(schema._zod.def.shape);
}
function setOutputs(outputs) {
  for (const [name, value] of Object.entries(outputs)) setOutput(name, String(value));
}
async function writeSummary(markdown) {
  await appendSummary(redactSecrets(markdown));
}
function maskSecret(value) {
  if (value.trim() === "") return;
  for (const form of /* @__PURE__ */ new Set([value, JSON.stringify(value).slice(1, -1)])) {
    if (secrets.includes(form)) continue;
    setSecret(form);
    secrets.push(form);
  }
  secrets.sort((a, b) => b.length - a.length);
}
function progress(line) {
  info(line);
}
var Annotations = class {
  shown = { error: 0, warning: 0, notice: 0 };
  held = { error: 0, warning: 0, notice: 0 };
  add(level, message, place = {}) {
    if (this.shown[level] >= ANNOTATIONS_PER_LEVEL) {
      this.held[level] += 1;
      return false;
    }
    this.shown[level] += 1;
    message = redactSecrets(message);
    annotate(level, message, {
      title: place.title,
      file: place.file,
      line: place.line,
      column: place.column
    });
    return true;
  }
  /** How many annotations of each level were not shown because of the cap. */
  heldBack() {
    return { ...this.held };
  }
};
var contextSchema = object({
  GITHUB_REPOSITORY: string().check(_regex(/^[^/]+\/[^/]+$/, "must be owner/name")),
  GITHUB_API_URL: _default(url(), "https://api.github.com"),
  GITHUB_SERVER_URL: _default(url(), "https://github.com"),
  GITHUB_SHA: string().check(_minLength(1)),
  GITHUB_REF: _default(string(), ""),
  GITHUB_EVENT_NAME: _default(string(), ""),
  GITHUB_EVENT_PATH: optional(string()),
  GITHUB_RUN_ID: _default(string(), "0"),
  GITHUB_RUN_ATTEMPT: _default(string(), "1"),
  GITHUB_WORKFLOW_REF: _default(string(), ""),
  GITHUB_WORKSPACE: _default(string(), process.cwd()),
  GITHUB_ACTOR: _default(string(), ""),
  RUNNER_TEMP: optional(string())
});
async function actionContext() {
  const parsed = contextSchema.safeParse(process.env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(
      `runner environment ${String(issue.path[0])}: ${issue.message} (is this running in GitHub Actions?)`
    );
  }
  const env = parsed.data;
  const [owner, repo] = env.GITHUB_REPOSITORY.split("/");
  let eventPayload = {};
  if (env.GITHUB_EVENT_PATH) eventPayload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
  return {
    owner,
    repo,
    apiUrl: env.GITHUB_API_URL,
    serverUrl: env.GITHUB_SERVER_URL,
    sha: env.GITHUB_SHA,
    ref: env.GITHUB_REF,
    eventName: env.GITHUB_EVENT_NAME,
    eventPayload,
    runId: Number(env.GITHUB_RUN_ID),
    runAttempt: Number(env.GITHUB_RUN_ATTEMPT),
    runUrl: `${env.GITHUB_SERVER_URL}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`,
    workflowRef: env.GITHUB_WORKFLOW_REF,
    workspace: env.GITHUB_WORKSPACE,
    runnerTemp: env.RUNNER_TEMP,
    actor: env.GITHUB_ACTOR
  };
}
async function runStep(main) {
  const annotations = new Annotations();
  maskSecretEnvironment();
  try {
    await main(annotations);
  } catch (error) {
    if (isTrainyardError(error)) {
      annotations.add("error", error.message, { ...error.location, title: error.name });
      process.exitCode = 1;
    } else {
      debug(redactSecrets(error instanceof Error ? error.stack ?? error.message : String(error)));
      annotate("error", redactSecrets(error instanceof Error ? error.message : String(error)), {});
      process.exitCode = 1;
    }
  }
}

// actions/drift-check/check.ts
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

// lib/deploy/config.ts
var environmentName = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
var dnsLabel = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
var seconds = (fallback, what) => _default(number().check(_positive(), _lte(86400)), fallback).check(describe(what));
var headers = record(string().check(_regex(/^[A-Za-z0-9-]+$/, "an HTTP header name")), string()).check(describe("Extra HTTP headers, by name (placeholders allowed in values)."));
var commandTarget = strictObject({
  kind: literal("command"),
  run: string().check(
    _minLength(1),
    describe(
      "Your deploy script, run with bash from the working directory, with MODEL_NAME, MODEL_VERSION, MODEL_PATH (a folder with the version's files), MODEL_DIGEST, DEPLOY_ENVIRONMENT, STORAGE_URI and DEPLOYMENT_ID set."
    )
  ),
  working_directory: _default(string(), ".").check(describe("Where the script runs, relative to the workspace.")),
  env: optional(
    record(
      string().check(_regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "an environment variable name")),
      string()
    )
  ).check(describe("Extra environment variables for the script (placeholders allowed).")),
  timeout_minutes: _default(number().check(_positive(), _lte(360)), 30).check(describe("Stop the script (its whole process group) after this long and count it as failed."))
}).check(describe("Runs your deploy script on the runner."));
var httpTarget = strictObject({
  kind: literal("http"),
  url: url({ protocol: /^https?$/ }).check(
    describe(
      "The serving platform's endpoint: it receives a POST with the deployment as JSON, signed with HMAC-SHA256 (X-Trainyard-Signature-256)."
    )
  ),
  status_url: optional(string().check(_minLength(1))).check(
    describe(
      "Polled with GET until its JSON `state` is success or failure (placeholders allowed). Default: the `status_url` of the POST's answer, else its Location header on 202, else no polling."
    )
  ),
  headers: optional(headers),
  timeout_seconds: seconds(600, "How long to wait for the platform to finish."),
  poll_interval_seconds: seconds(5, "Seconds between two polls of the status URL.")
}).check(describe("Hands the version to a serving platform over HTTP."));
var kubernetesTarget = strictObject({
  kind: literal("kubernetes"),
  name: optional(
    string().check(
      _maxLength(63),
      _regex(dnsLabel, "a Kubernetes name: lower case letters, digits and -, starting with a letter")
    )
  ).check(describe("The InferenceService's name. Default: the model's name, with . and _ as -.")),
  namespace: optional(string().check(_maxLength(63), _regex(dnsLabel, "a Kubernetes namespace name"))).check(describe("Namespace of the InferenceService (default: kubectl's current one).")),
  model_format: optional(string().check(_minLength(1))).check(
    describe(
      "The predictor's model format, as KServe names it: sklearn, xgboost, lightgbm, pytorch, tensorflow, onnx, huggingface, ... Required unless a template is given."
    )
  ),
  model_format_version: optional(string().check(_minLength(1))).check(describe(`The model format's version, e.g. "1".`)),
  runtime: optional(string().check(_minLength(1))).check(describe("A specific ServingRuntime (default: KServe picks one).")),
  template: optional(string().check(_minLength(1))).check(
    describe(
      "Your own manifest (YAML, path relative to the workspace) with placeholders, instead of the generated InferenceService."
    )
  ),
  asset: optional(string().check(_minLength(1))).check(describe("Which of the version's files the storage URI points at, when it has several.")),
  context: optional(string().check(_minLength(1))).check(describe("kubectl's --context.")),
  timeout_seconds: seconds(300, "How long to wait for the InferenceService to be Ready.")
}).check(
  superRefine((target, context) => {
    if (target.model_format === void 0 && target.template === void 0)
      context.addIssue({
        code: "custom",
        path: ["model_format"],
        message: "model_format is required unless a template is given (e.g. model_format: sklearn)"
      });
  }),
  describe("Applies a KServe InferenceService with the runner's kubectl and waits for it to be Ready.")
);
var targetConfig = discriminatedUnion("kind", [commandTarget, httpTarget, kubernetesTarget]).check(describe("Where the version goes: kind command, http or kubernetes."));
var jsonValue = union([string(), number(), boolean(), _null()]);
var smokeRequest = strictObject({
  url: string().check(_minLength(1), describe("The URL to call (placeholders allowed).")),
  method: _default(_enum(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"]), "GET"),
  headers: optional(headers),
  body: optional(union([string(), record(string(), unknown()), array(unknown())])).check(
    describe(
      "The request body: text as it is, or an object or list sent as JSON (placeholders allowed)."
    )
  ),
  timeout_seconds: seconds(10, "How long one attempt of this request may take."),
  expect: _default(
    strictObject({
      status: optional(
        union([
          int().check(_gte(100), _lte(599)),
          array(int().check(_gte(100), _lte(599))).check(_minLength(1))
        ])
      ).check(describe("The status code, or the list of codes, that pass. Default: any 2xx.")),
      json: optional(record(string().check(_minLength(1)), jsonValue)).check(
        describe(
          'Fields of the JSON answer and their values, by dotted path ("model.version", "predictions.0"); a text value (placeholders allowed) matches the field written as text.'
        )
      ),
      contains: optional(string()).check(describe("Text the answer must contain (placeholders allowed).")),
      matches: optional(string().check(refine(isRegex, { message: "a valid regular expression" }))).check(describe("A regular expression the answer must match."))
    }),
    {}
  ).check(describe("What a good answer looks like."))
}).check(describe("One HTTP request of the smoke test."));
var smokeTestConfig = strictObject({
  requests: array(smokeRequest).check(_minLength(1), describe("Requests made in order; each must pass.")),
  timeout_seconds: seconds(
    60,
    "How long the smoke test may keep retrying before the deployment counts as failed."
  ),
  initial_delay_seconds: seconds(
    1,
    "The wait before the first retry; it doubles after each failed attempt (at most 30 s)."
  )
}).check(describe("Proves a new version answers as it should, right after it is deployed."));
var environmentDeployConfig = strictObject({
  target: targetConfig,
  url: optional(string().check(_minLength(1))).check(describe("Where the environment answers, shown on the deployment (placeholders allowed).")),
  smoke_test: optional(smokeTestConfig),
  rollback: _default(boolean(), true).check(describe("When the target or the smoke test fails, deploy the previous version again."))
}).check(describe("How the model is deployed to one environment."));
var deployConfig = record(string().check(_regex(environmentName, "an environment name")), environmentDeployConfig).check(
  describe("Deployment per environment, keyed by the environment names of .trainyard/deployments.yml.")
);
function isRegex(text) {
  try {
    new RegExp(text);
    return true;
  } catch {
    return false;
  }
}

// lib/drift/settings.ts
var driftTestNames = ["ks", "chisquare", "z", "wasserstein", "jensenshannon", "psi"];
var featureSettings = strictObject({
  test: optional(_enum(driftTestNames)).check(describe("The test for this feature (default: as Evidently chooses).")),
  threshold: optional(number().check(_gte(0))).check(
    describe("p-value at or below which (tests), or distance at or above which (distances), is drift.")
  ),
  ignore: optional(boolean()).check(describe("Leave this feature out."))
});
var driftSettings = strictObject({
  share: _default(number().check(_gte(0), _lte(1)), 0.5).check(describe("The dataset has drifted when at least this share of its features has.")),
  features: _default(record(string(), featureSettings), {}).check(describe("Per feature: the test, its threshold, or ignore."))
});

// lib/evaluate/gates.ts
var directions = ["higher", "lower"];
var lowerIsBetterNameParts = [
  "loss",
  "error",
  "mae",
  "mse",
  "rmse",
  "latency",
  "perplexity"
];
var percentPattern = /^(\d+(\.\d*)?|\.\d+)%$/;
var percentText = string().check(
  _regex(percentPattern, {
    error: (issue) => `expected a number or a percentage of the baseline such as "2%", got ${JSON.stringify(issue.input)}`
  })
);
var changeLimit = union([percentText, number()]).check(
  superRefine((limit, context) => {
    if (typeof limit === "number" && limit < 0) {
      context.addIssue({
        code: "custom",
        message: `expected a number \u2265 0 or a percentage such as "2%", got ${limit}`
      });
    }
  }),
  describe(
    `An amount in the metric's own units (0.01), or a percentage of the baseline's value ("2%").`
  )
);
var gateSpec = strictObject({
  direction: optional(_enum(directions)).check(
    describe(
      'Which way is better. Default: "lower" for names containing loss, error, mae, mse, rmse, latency or perplexity, else "higher".'
    )
  ),
  min: optional(number()).check(describe("The value must be at least this.")),
  max: optional(number()).check(describe("The value must be at most this.")),
  max_drop: optional(changeLimit).check(
    describe('How far a higher-is-better value may fall below the baseline: 0.01, or "2%" of it.')
  ),
  max_rise: optional(changeLimit).check(describe('How far a lower-is-better value may rise above the baseline: 5, or "10%" of it.'))
}).check(
  superRefine((gate, context) => {
    if (gate.min !== void 0 && gate.max !== void 0 && gate.min > gate.max) {
      context.addIssue({
        code: "custom",
        path: ["min"],
        message: `min ${gate.min} is greater than max ${gate.max}`
      });
    }
  }),
  describe("Bars one metric must clear; a metric listed with no bar is reported but not gated.")
);
var metricName = string().check(_minLength(1));
var gatesSpec = record(metricName, gateSpec).check(
  superRefine(
    (gates, context) => {
      if (!isRecord2(gates)) return;
      for (const [metric, gate] of Object.entries(gates)) checkChangeDirection(metric, gate, context);
    },
    // Also when another gate has a problem, so that one reading lists every problem.
    { when: () => true }
  ),
  describe("Gates on the model's metrics, keyed by metric name (nested names joined with '.').")
);
var slicesSpec = strictObject({
  gates: _default(gatesSpec, {}).check(describe("Gates applied to every slice's metrics.")),
  only: optional(array(string().check(_minLength(1))).check(_minLength(1))).check(
    describe(`Check only these slices (e.g. "country=DE"); each must be in the candidate's results.`)
  )
}).check(
  superRefine((slices, context) => {
    const seen = /* @__PURE__ */ new Map();
    slices.only?.forEach((slice, index) => {
      const first = seen.get(slice);
      if (first !== void 0) {
        context.addIssue({
          code: "custom",
          path: ["only", index],
          message: `${JSON.stringify(slice)} is listed twice (also only[${first}])`
        });
      } else {
        seen.set(slice, index);
      }
    });
  }),
  describe("Per-slice gates: the same bars, applied to each slice's metrics.")
);
function isRecord2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function checkChangeDirection(metric, gate, context) {
  if (!isRecord2(gate)) return;
  const written = gate.direction;
  if (written !== void 0 && written !== "higher" && written !== "lower") return;
  const direction = resolveDirection(metric, written);
  const misplaced = direction === "higher" ? "max_rise" : "max_drop";
  if (gate[misplaced] === void 0) return;
  const fitting = direction === "higher" ? "max_drop" : "max_rise";
  const why = written === void 0 ? ` (inferred from its name: write direction: ${direction === "higher" ? "lower" : "higher"} if it is not)` : "";
  const wrongWay = misplaced === "max_drop" ? "falls" : "rises";
  context.addIssue({
    code: "custom",
    path: [metric, misplaced],
    message: `${metric} is ${direction}-is-better${why}, so a limit on how far it ${wrongWay} would fail the gate when the model improves: use ${fitting}`
  });
}
function resolveDirection(metric, written) {
  if (written) return written;
  const name = metric.toLowerCase();
  return lowerIsBetterNameParts.some((part) => name.includes(part)) ? "lower" : "higher";
}

// lib/registry/registry-config.ts
var DEFAULT_MODEL_CARD_TEMPLATE = ".github/model-card.md";
var approvalsSpec = strictObject({
  required: _default(boolean(), true).check(
    describe(
      "Refuse to register a model from a pull request without an approving review from a code owner or an approver."
    )
  ),
  approvers: _default(
    array(
      string().check(
        _regex(
          /^@?[A-Za-z0-9][A-Za-z0-9-]*(\/[A-Za-z0-9._-]+)?$/,
          "a GitHub login (alice) or a team (acme/ml-leads)"
        )
      )
    ),
    []
  ).check(
    describe(
      "Who may approve besides the code owners of the changed files (CODEOWNERS): GitHub logins or org/team. With no CODEOWNERS for the files and none here, anyone with write access may."
    )
  )
}).check(describe("Who must approve a pull request before its model becomes a version."));
var registrySpec = strictObject({
  store: _default(_enum(["release", "oci"]), "release").check(
    describe(
      `Where the model files go: "release" (assets of the version's GitHub Release, up to 2 GiB a file) or "oci" (an OCI registry; the Release keeps the metadata and model card).`
    )
  ),
  oci: optional(ociStoreConfig),
  approvals: prefault(approvalsSpec, {}),
  model_card: _default(string().check(_minLength(1)), DEFAULT_MODEL_CARD_TEMPLATE).check(
    describe(
      "The model card's template (markdown with {{metrics}}, {{slices}}, {{data}}, {{cost}}, {{files}}, {{provenance}}, {{model}}, {{version}}, {{tag}}, {{commit}}); used when the file exists."
    )
  )
}).check(
  superRefine((registry, context) => {
    if (registry.store === "oci" && !registry.oci)
      context.addIssue({
        code: "custom",
        path: ["oci"],
        message: 'store "oci" needs oci: { repository: <host>/<repository> }'
      });
  }),
  describe("How model versions are registered: the store for their files, approvals, the model card.")
);

// lib/config/trainyard-config.ts
var modelName = string().check(
  _regex(
    /^[a-z0-9][a-z0-9._-]*$/,
    "a model name in lower case: letters, digits, . _ - (it becomes tags and branch names)"
  )
);
var nonEmptyNames = array(string().check(_minLength(1)));
var promotionConfig = strictObject({
  environment: _default(
    string().check(_regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "an environment name (letters, digits, . _ -)")),
    "production"
  ).check(
    describe(
      "The environment a newly registered version is proposed for, in .trainyard/deployments.yml."
    )
  ),
  labels: _default(nonEmptyNames, []).check(describe("Labels for the promotion pull request, besides trainyard:promote.")),
  reviewers: _default(nonEmptyNames, []).check(describe("GitHub users asked to review the promotion pull request.")),
  team_reviewers: _default(nonEmptyNames, []).check(describe("Teams (by slug) asked to review the promotion pull request."))
}).check(
  describe(
    "The promotion pull request the bot opens when a version of this model is released: approving and merging it is the promotion."
  )
);
var retrainConfig = strictObject({
  labels: _default(nonEmptyNames, []).check(describe("Labels for the retraining pull request, besides trainyard:retrain.")),
  reviewers: _default(nonEmptyNames, []).check(describe("GitHub users asked to review the retraining pull request.")),
  team_reviewers: _default(nonEmptyNames, []).check(describe("Teams (by slug) asked to review the retraining pull request.")),
  cooldown_hours: _default(number().check(_gte(0)), 24).check(
    describe(
      "Hours after a retraining pull request of this model was merged or closed before the bot opens another."
    )
  ),
  hourly_limit: _default(int().check(_gte(0)), 2).check(
    describe(
      "New pull requests the bot may open in this repository per hour, all models together, as Renovate's prHourlyLimit (0: no limit)."
    )
  )
}).check(
  describe(
    "The retraining pull request the bot opens or updates when this model's data drifts (a drift check's dispatch, a Prometheus alert) or someone comments `/retrain <model>`."
  )
);
var modelConfig = strictObject({
  metrics: _default(string(), "metrics.json").check(
    describe("The metrics file training writes (JSON, YAML or CSV; nested keys are joined with '.').")
  ),
  predictions: optional(string()).check(
    describe(
      "Per-example predictions training writes (CSV or JSON Lines: id, label, prediction), for significance tests."
    )
  ),
  gates: _default(gatesSpec, {}),
  slices: optional(slicesSpec),
  evaluate: optional(
    strictObject({
      command: string().check(
        _minLength(1),
        describe(
          "Scores a model on the current test data. Runs with MODEL_PATH (the model's files) and OUTPUT_DIR (where to write metrics and predictions) set, once for production and once for the candidate."
        )
      )
    })
  ).check(
    describe(
      "Champion/challenger: score the production model and the candidate on the same, new data."
    )
  ),
  registry: prefault(registrySpec, {}),
  promotion: prefault(promotionConfig, {}),
  retrain: prefault(retrainConfig, {}),
  drift: prefault(driftSettings, {}).check(
    describe(
      "Data drift checks (drift-check, trainyard drift): the share of drifted features that is dataset drift, and per feature its test, threshold, or ignore."
    )
  ),
  deploy: optional(deployConfig).check(
    describe(
      "Where each environment of .trainyard/deployments.yml runs the model: the target, the smoke test, rollback."
    )
  )
}).check(describe("One model: where its metrics are, and the gates it must clear."));
var trainyardConfig = strictObject({
  $schema: optional(string()).check(describe("URL of this file's JSON Schema, for editors.")),
  _extends: optional(string()).check(
    describe(
      "Where the bot takes defaults from, as Probot apps do: a repository (`.github`, `other-repo`, `org/repo`) whose .github/trainyard.yml this file is merged over."
    )
  ),
  models: record(modelName, modelConfig).check(describe("The models of this repository, by name."))
}).check(describe("Trainyard's configuration: .github/trainyard.yml"));
var rules = { schema: trainyardConfig, expected: 'a configuration with "models"' };
function loadTrainyardConfig(file) {
  return loadDocumentWith(file, rules, "Trainyard configuration");
}

// lib/evaluate/significance.ts
var EXACT_PRODUCT_LIMIT = 2 ** 21;
var bootstrapResultSchema = object({
  /** mean(candidate) − mean(baseline) over all examples. */
  estimate: number(),
  low: number(),
  high: number(),
  confidence: number(),
  resamples: int(),
  seed: int(),
  examples: int()
});
var mcnemarResultSchema = object({
  /** Examples the candidate got right and the baseline wrong. */
  b: int(),
  /** Examples the candidate got wrong and the baseline right. */
  c: int(),
  /** Exact: min(b, c), the binomial count; chi-squared: (|b − c| − 1)² / (b + c). */
  statistic: number(),
  pValue: number(),
  method: _enum(["exact-binomial", "chi-squared-corrected"])
});
var SQRT_PI = Math.sqrt(Math.PI);
var TINY = 1e-300;
var EPSILON = 2 ** -53;
function erfc(x) {
  if (Number.isNaN(x)) return Number.NaN;
  if (x < 0) return 2 - erfc(-x);
  const [square, error] = exactSquare(x);
  return upperGammaHalf(square) * Math.exp(-error);
}
function exactSquare(x) {
  const square = x * x;
  if (!Number.isFinite(square)) return [square, 0];
  const scaled = 134217729 * x;
  const high = scaled - (scaled - x);
  const low = x - high;
  return [square, high * high - square + 2 * high * low + low * low];
}
function upperGammaHalf(y) {
  if (y <= 0) return 1;
  if (y === Number.POSITIVE_INFINITY) return 0;
  return y < 1.5 ? 1 - lowerGammaHalfSeries(y) : upperGammaHalfContinuedFraction(y);
}
function lowerGammaHalfSeries(y) {
  let term = 1;
  let sum = 1;
  for (let n = 1; n < 500; n++) {
    term *= y / (0.5 + n);
    sum += term;
    if (term < sum * EPSILON) break;
  }
  return Math.exp(-y) * Math.sqrt(y) / (SQRT_PI / 2) * sum;
}
function upperGammaHalfContinuedFraction(y) {
  const a = 0.5;
  let denominator = y + 1 - a;
  let c = 1 / TINY;
  let d = 1 / denominator;
  let fraction = d;
  for (let i = 1; i < 1e3; i++) {
    const numerator = -i * (i - a);
    denominator += 2;
    d = numerator * d + denominator;
    if (Math.abs(d) < TINY) d = TINY;
    c = denominator + numerator / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const step = d * c;
    fraction *= step;
    if (Math.abs(step - 1) < EPSILON) break;
  }
  return Math.exp(-y) * Math.sqrt(y) / SQRT_PI * fraction;
}
var significanceResultSchema = object({
  /** "share": scores are 0/1 correctness, shown in percentage points; "value": in the scores' units. */
  unit: _enum(["share", "value"]),
  bootstrap: bootstrapResultSchema,
  mcnemar: optional(mcnemarResultSchema),
  /** McNemar's p below 1 − confidence where it was run, else the interval leaves out 0. */
  significant: boolean(),
  sentence: string()
});
function formatPValue(p, alpha = 0.05) {
  if (p < 1e-3) return "< 0.001";
  for (let digits = 2; digits <= 6; digits++) {
    const shown = Number(p.toPrecision(digits));
    if (shown < alpha === p < alpha) return `= ${shown}`;
  }
  return `= ${p}`;
}

// lib/drift/distributions.ts
var TWO_128 = 2 ** 128;
var TWO_MINUS_128 = 2 ** -128;
function roundHalfEven(x) {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}
function ldexp(x, exponent) {
  let result = x;
  let left = exponent;
  while (left > 1e3) {
    result *= 2 ** 1e3;
    left -= 1e3;
  }
  while (left < -1e3) {
    result *= 2 ** -1e3;
    left += 1e3;
  }
  return result * 2 ** left;
}
function clipProbability(p) {
  return p < 0 ? 0 : p > 1 ? 1 : p;
}
function greatestCommonDivisor(a, b) {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}
function exactProduct(a, b) {
  const product = a * b;
  const split = (value) => {
    const scaled = 134217729 * value;
    const high = scaled - (scaled - value);
    return [high, value - high];
  };
  const [aHigh, aLow] = split(a);
  const [bHigh, bLow] = split(b);
  const error = aHigh * bHigh - product + aHigh * bLow + aLow * bHigh + aLow * bLow;
  return [product, error];
}
var KS_EXACT_MAX_N = 1e4;
function ksTwoSamplePValue(d, n1, n2) {
  if (max(n1, n2) <= KS_EXACT_MAX_N) {
    const g = greatestCommonDivisor(n1, n2);
    const lcm = n1 / g * n2;
    const h = roundHalfEven(d * lcm);
    const rounded = h / lcm;
    if (h === 0) return { statistic: rounded, pValue: 1, method: "exact" };
    const p = n1 === n2 ? probabilityOutsideSquare(n1, h) : outerProbabilityInside(n1, n2, g, h);
    if (p >= 0 && p <= 1) return { statistic: rounded, pValue: p, method: "exact" };
    return { statistic: rounded, pValue: asymptotic(rounded, n1, n2), method: "asymptotic" };
  }
  return { statistic: d, pValue: asymptotic(d, n1, n2), method: "asymptotic" };
}
function max(a, b) {
  return a > b ? a : b;
}
function asymptotic(d, n1, n2) {
  const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
  const en = m * n / (m + n);
  return clipProbability(kolmogorovSmirnovSf(roundHalfEven(en), d));
}
function probabilityOutsideSquare(n, h) {
  let total = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = (n - k * h - j) * p1 / (n + k * h + j + 1);
    total = p1 * (1 - total);
  }
  return 2 * total;
}
function outerProbabilityInside(m0, n0, g, h) {
  const [m, n] = m0 < n0 ? [n0, m0] : [m0, n0];
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const A = new Float64Array(lenA).fill(1);
  A.fill(0, minj, maxj);
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.max(Math.floor((ng * i - h) / mg) + 1, 0);
    minj = Math.min(minj, n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let value = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      value = (A[jj + minj - lastminj] * i + value * j) / (i + j);
      A[jj] = value;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) A.fill(1, maxj - minj, Math.min(maxj - minj + (lastlen - curlen), lenA));
  }
  return A[maxj - minj - 1];
}
var LOG_2PI = Math.log(2 * Math.PI);
var SQRT_2PI = Math.sqrt(2 * Math.PI);
var SQRT3 = Math.sqrt(3);
var PI_SQUARED = Math.PI ** 2;
var PI_FOUR = Math.PI ** 4;
var PI_SIX = Math.PI ** 6;
var MIN_LOG = -708;
var STIRLING = [
  -0.029550653594771242,
  0.00641025641025641,
  -0.0019175269175269176,
  8417508417508417e-19,
  -5952380952380953e-19,
  7936507936507937e-19,
  -0.002777777777777778,
  0.08333333333333333
];
function logFactorialOverPower(n) {
  const rn = 1 / n;
  let poly = 0;
  for (const coefficient of STIRLING) poly = poly * (rn / n) + coefficient;
  return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * poly;
}
function kolmogorovSmirnovSf(n, x) {
  if (!Number.isInteger(n) || n <= 0) return Number.NaN;
  if (x >= 1) return 0;
  if (x <= 0) return 1;
  const t = n * x;
  if (t <= 1) {
    if (t <= 0.5) return 1;
    let prob;
    if (n <= 140) {
      prob = 1;
      for (let i = 1; i <= n; i++) prob *= i * (1 / n) * (2 * t - 1);
    } else prob = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    return clipProbability(1 - prob);
  }
  if (t >= n - 1) return clipProbability(2 * (1 - x) ** n);
  if (x >= 0.5) return clipProbability(2 * smirnovSf(n, x));
  const nxSquared = t * x;
  if (n <= 140) {
    if (nxSquared <= 0.754693) return clipProbability(1 - durbinMatrixCdf(n, x));
    if (nxSquared <= 4) return clipProbability(1 - pomeranzCdf(n, x));
    return clipProbability(2 * smirnovSf(n, x));
  }
  if (nxSquared >= 370) return 0;
  if (nxSquared >= 2.2) return clipProbability(2 * smirnovSf(n, x));
  const cdf = nxSquared >= 18 ? 1 : n <= 1e5 && n * x ** 1.5 <= 1.4 ? durbinMatrixCdf(n, x) : pelzGoodCdf(n, x);
  return clipProbability(1 - cdf);
}
function durbinMatrixCdf(n, d) {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let fac = 1;
  for (let j = 1; j <= m; j++) {
    v[j - 1] = 1 - h ** j;
    w[j - 1] = fac;
    fac /= j;
    v[j - 1] = v[j - 1] * fac;
  }
  const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
  v[m - 1] = (1 + tt) * fac;
  let H = new Float64Array(m * m);
  for (let i = 1; i < m; i++) for (let row = i - 1; row < m; row++) H[row * m + i] = w[row - i + 1];
  for (let row = 0; row < m; row++) H[row * m] = v[row];
  for (let column = 0; column < m; column++) H[(m - 1) * m + column] = v[m - 1 - column];
  let power = new Float64Array(m * m);
  for (let i = 0; i < m; i++) power[i * m + i] = 1;
  let nn = n;
  let exponent = 0;
  let hExponent = 0;
  while (nn > 0) {
    if (nn % 2) {
      power = multiply(power, H, m);
      exponent += hExponent;
    }
    H = multiply(H, H, m);
    hExponent *= 2;
    if (Math.abs(H[(k - 1) * m + (k - 1)]) > TWO_128) {
      for (let i = 0; i < H.length; i++) H[i] = H[i] / TWO_128;
      hExponent += 128;
    }
    nn = Math.floor(nn / 2);
  }
  let p = power[(k - 1) * m + (k - 1)];
  for (let i = 1; i <= n; i++) {
    p = i * p / n;
    if (Math.abs(p) < TWO_MINUS_128) {
      p *= TWO_128;
      exponent -= 128;
    }
  }
  if (exponent !== 0) p = ldexp(p, exponent);
  return clipProbability(p);
}
function multiply(a, b, m) {
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++)
    for (let l = 0; l < m; l++) {
      const factor = a[i * m + l];
      if (factor === 0) continue;
      for (let j = 0; j < m; j++)
        out[i * m + j] = out[i * m + j] + factor * b[l * m + j];
    }
  return out;
}
function pomeranzBounds(i, n, ll, ceilf, roundf) {
  let j1;
  let j2;
  if (i === 0) {
    j1 = -ll - ceilf - 1;
    j2 = ll + ceilf - 1;
  } else {
    const half = Math.floor((i + 1) / 2);
    if ((i + 1) % 2 === 0) {
      if (half === n + 1) {
        j1 = n - ll - ceilf - 1;
        j2 = n + ll + ceilf - 1;
      } else {
        j1 = half - 1 - ll - roundf - 1;
        j2 = half + ll - 1 + ceilf - 1;
      }
    } else {
      j1 = half - 1 - ll - 1;
      j2 = half + ll + roundf - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}
function pomeranzCdf(n, x) {
  const t = n * x;
  const ll = Math.floor(t);
  const f = t - ll;
  const g = Math.min(f, 1 - f);
  const ceilf = f > 0 ? 1 : 0;
  const roundf = f > 0.5 ? 1 : 0;
  const powers = 2 * (ll + 1);
  const gPower = new Float64Array(powers);
  const twoGPower = new Float64Array(powers);
  const oneMinusTwoGPower = new Float64Array(powers);
  gPower[0] = 1;
  twoGPower[0] = 1;
  oneMinusTwoGPower[0] = 1;
  let exponent = 0;
  const gOverN = g / n;
  const twoGOverN = 2 * g / n;
  const oneMinusTwoGOverN = (1 - 2 * g) / n;
  for (let m = 1; m < powers; m++) {
    gPower[m] = gPower[m - 1] * gOverN / m;
    twoGPower[m] = twoGPower[m - 1] * twoGOverN / m;
    oneMinusTwoGPower[m] = oneMinusTwoGPower[m - 1] * oneMinusTwoGOverN / m;
  }
  let V0 = new Float64Array(powers);
  let V1 = new Float64Array(powers);
  V1[0] = 1;
  let V0s = 0;
  let V1s = 0;
  let [j1, j2] = pomeranzBounds(0, n, ll, ceilf, roundf);
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1;
    [V0, V1] = [V1, V0];
    [V0s, V1s] = [V1s, V0s];
    V1.fill(0);
    [j1, j2] = pomeranzBounds(i, n, ll, ceilf, roundf);
    const pwrs = i === 1 || i === 2 * n + 1 ? gPower : i % 2 ? twoGPower : oneMinusTwoGPower;
    const ln2 = j2 - k1 + 1;
    if (ln2 > 0) {
      const start = k1 - V0s;
      const aLength = Math.max(0, Math.min(ln2, powers - start));
      const convStart = j1 - k1;
      const convLength = j2 - j1 + 1;
      for (let out = 0; out < convLength; out++) {
        const index = convStart + out;
        let sum = 0;
        const from = Math.max(0, index - (ln2 - 1));
        const to = Math.min(aLength - 1, index);
        for (let a = from; a <= to; a++) sum += V0[start + a] * pwrs[index - a];
        V1[out] = sum;
      }
      let largest = 0;
      for (let index = 0; index < powers; index++)
        if (V1[index] > largest) largest = V1[index];
      if (largest > 0 && largest < TWO_MINUS_128) {
        for (let index = 0; index < powers; index++) V1[index] = V1[index] * TWO_128;
        exponent -= 128;
      }
      V1s = V0s + j1 - k1;
    }
  }
  let answer = V1[n - V1s];
  for (let m = 1; m <= n; m++) {
    if (Math.abs(answer) > TWO_128) {
      answer *= TWO_MINUS_128;
      exponent += 128;
    }
    answer *= m;
  }
  if (exponent !== 0) answer = ldexp(answer, exponent);
  return clipProbability(answer);
}
function pelzGoodCdf(n, x) {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const z = Math.sqrt(n) * x;
  const z2 = z ** 2;
  const z3 = z ** 3;
  const z4 = z ** 4;
  const z6 = z ** 6;
  const qlog = -PI_SQUARED / 8 / z2;
  if (qlog < MIN_LOG) return 0;
  let q = Math.exp(qlog);
  const k1a = -z2;
  const k1b = PI_SQUARED / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = (2 * z4 - 5 * z2) * PI_SQUARED / 4;
  const k2c = PI_FOUR * (1 - 2 * z2) / 16;
  const k3d = PI_SIX * (5 - 30 * z2) / 64;
  const k3c = PI_FOUR * (-60 * z2 + 212 * z4) / 16;
  const k3b = PI_SQUARED * (135 * z4 - 96 * z6) / 4;
  const k3a = -30 * z6 - 90 * z ** 8;
  const K = [0, 0, 0, 0];
  const maxk = Math.ceil(16 * z / Math.PI);
  for (let k = maxk; k > 0; k--) {
    const m = 2 * k - 1;
    const m2 = m ** 2;
    const m4 = m ** 4;
    const m6 = m ** 6;
    const qpower = q ** (8 * k);
    const coefficients = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6];
    for (let i = 0; i < 4; i++) K[i] = K[i] * qpower + coefficients[i];
  }
  const divisors = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
  for (let i = 0; i < 4; i++) K[i] = K[i] * q * SQRT_2PI / divisors[i];
  q = Math.exp(-PI_SQUARED / 2 / z2);
  const sqrt3z = SQRT3 * z;
  let k2extra = 0;
  let k3extra = 0;
  for (let k = maxk; k > 0; k--) {
    const k2 = k ** 2;
    const qk = q ** k2;
    const kpi = Math.PI * k;
    k2extra += k2 * qk;
    k3extra += (sqrt3z + kpi) * (sqrt3z - kpi) * k2 * qk;
  }
  K[2] = K[2] + k2extra * PI_SQUARED * SQRT_2PI / (-36 * z3);
  K[3] = K[3] + k3extra * PI_SQUARED * SQRT_2PI / (216 * z6);
  let sum = 0;
  for (let i = 0; i < 4; i++) sum += K[i] / n ** (i / 2);
  return sum;
}
function smirnovSf(n, x) {
  if (!(n > 0 && x >= 0 && x <= 1)) return Number.NaN;
  if (n === 1) return 1 - x;
  if (x === 0) return 1;
  if (x === 1) return 0;
  const [nxHigh, nxLow] = exactProduct(n, x);
  let nxFloor = Math.floor(nxHigh);
  let alpha = nxHigh - nxFloor + nxLow;
  if (alpha < 0) {
    nxFloor -= 1;
    alpha += 1;
  }
  if (alpha >= 1) {
    nxFloor += 1;
    alpha = 0;
  }
  if (nxFloor === 0 || nxFloor === 1 && alpha === 0) return clipProbability(1 - x * (1 + x) ** (n - 1));
  if (-2 * n * x * x < -708.3964185322641) return 0;
  if (nxFloor >= n - 1) return clipProbability((1 - x) ** n);
  if (n > 1e6) return clipProbability(Math.exp(-((6 * n * x + 1) ** 2) / 18 / n));
  let lastTerm = n - nxFloor - (alpha === 0 ? 0 : 1);
  if (alpha === 0) lastTerm -= 1;
  const logTerms = [n * Math.log1p(-x) - Math.log(x)];
  let largest = logTerms[0];
  const stirlingN = stirlingRemainder(n);
  for (let v = 1; v <= lastTerm; v++) {
    const meanAbove = nxFloor + v + alpha;
    const meanBelow = n - nxFloor - v - alpha;
    if (meanBelow <= 0) break;
    const logBinomialProbability = stirlingN - stirlingRemainder(v) - stirlingRemainder(n - v) - deviance(v, meanAbove) - deviance(n - v, meanBelow) - 0.5 * (LOG_2PI + Math.log(v) + Math.log1p(-v / n));
    const logTerm = logBinomialProbability - Math.log(meanAbove / n);
    logTerms.push(logTerm);
    if (logTerm > largest) largest = logTerm;
    else if (logTerm < largest + Math.log(2 ** -52 / (4 * (lastTerm + 1 - v)))) break;
  }
  let sum = 0;
  for (const logTerm of logTerms) sum += Math.exp(logTerm - largest);
  return clipProbability(Math.exp(largest + Math.log(sum) + Math.log(x)));
}
function stirlingRemainder(k) {
  if (k <= 15) {
    let logFactorial = 0;
    for (let i = 2; i <= k; i++) logFactorial += Math.log(i);
    return logFactorial - (k + 0.5) * Math.log(k) + k - LOG_2PI / 2;
  }
  const k2 = k * k;
  const S0 = 1 / 12;
  const S1 = 1 / 360;
  const S2 = 1 / 1260;
  const S3 = 1 / 1680;
  const S4 = 1 / 1188;
  if (k > 500) return (S0 - S1 / k2) / k;
  if (k > 80) return (S0 - (S1 - S2 / k2) / k2) / k;
  if (k > 35) return (S0 - (S1 - (S2 - S3 / k2) / k2) / k2) / k;
  return (S0 - (S1 - (S2 - (S3 - S4 / k2) / k2) / k2) / k2) / k;
}
function deviance(x, m) {
  if (Math.abs(x - m) < 0.1 * (x + m)) {
    let v = (x - m) / (x + m);
    let s = (x - m) * v;
    let ej = 2 * x * v;
    v *= v;
    for (let j = 1; j < 1e3; j++) {
      ej *= v;
      const next = s + ej / (2 * j + 1);
      if (next === s) return next;
      s = next;
    }
    return s;
  }
  return x * Math.log(x / m) + m - x;
}
function chiSquaredSf(x, df) {
  if (Number.isNaN(x) || !Number.isInteger(df) || df < 1) return Number.NaN;
  if (x <= 0) return 1;
  if (x === Number.POSITIVE_INFINITY) return 0;
  return upperGammaHalfInteger(df, x / 2);
}
function upperGammaHalfInteger(twiceA, y) {
  const logY = Math.log(y);
  const logTerms = [];
  let base = 0;
  if (twiceA % 2 === 0) {
    let logFactorial = 0;
    for (let k = 0; k < twiceA / 2; k++) {
      if (k > 0) logFactorial += Math.log(k);
      logTerms.push(-y + k * logY - logFactorial);
    }
  } else {
    base = erfc(Math.sqrt(y));
    let logGamma = Math.log(Math.sqrt(Math.PI) / 2);
    for (let k = 0; k < (twiceA - 1) / 2; k++) {
      if (k > 0) logGamma += Math.log(k + 0.5);
      logTerms.push(-y + (k + 0.5) * logY - logGamma);
    }
  }
  if (logTerms.length === 0) return base;
  let largest = Number.NEGATIVE_INFINITY;
  for (const logTerm of logTerms) if (logTerm > largest) largest = logTerm;
  let sum = 0;
  for (const logTerm of logTerms) sum += Math.exp(logTerm - largest);
  return base + Math.exp(largest + Math.log(sum));
}
function normalTwoSidedP(z) {
  if (Number.isNaN(z)) return Number.NaN;
  return erfc(Math.abs(z) / Math.SQRT2);
}

// lib/drift/statistics.ts
function numpySum(values) {
  if (values.length === 0) return 0;
  return values[0] + pairwiseSum(values, 1, values.length - 1);
}
function pairwiseSum(values, start, n) {
  if (n < 8) {
    let sum = -0;
    for (let i = 0; i < n; i++) sum += values[start + i];
    return sum;
  }
  if (n <= 128) {
    const r = new Float64Array(8);
    for (let j = 0; j < 8; j++) r[j] = values[start + j];
    let i = 8;
    for (; i < n - n % 8; i += 8)
      for (let j = 0; j < 8; j++) r[j] = r[j] + values[start + i + j];
    let sum = r[0] + r[1] + (r[2] + r[3]) + (r[4] + r[5] + (r[6] + r[7]));
    for (; i < n; i++) sum += values[start + i];
    return sum;
  }
  let half = Math.floor(n / 2);
  half -= half % 8;
  return pairwiseSum(values, start, half) + pairwiseSum(values, start + half, n - half);
}
function walkUnion(u, v, visit) {
  let i = 0;
  let j = 0;
  let below1 = 0;
  let below2 = 0;
  const a = u.values;
  const b = v.values;
  while (i < a.length || j < b.length) {
    const x = j >= b.length || i < a.length && a[i] <= b[j] ? a[i] : b[j];
    while (i < a.length && a[i] === x) below1 += u.weights[i++];
    while (j < b.length && b[j] === x) below2 += v.weights[j++];
    const next = i < a.length && j < b.length ? Math.min(a[i], b[j]) : i < a.length ? a[i] : j < b.length ? b[j] : Number.NaN;
    visit(x, below1, below2, next);
  }
}
function ksTwoSample(reference, current) {
  const n1 = reference.count;
  const n2 = current.count;
  let largest = 0;
  let smallest = 0;
  walkUnion(reference, current, (_value, below1, below2) => {
    const difference = below1 / n1 - below2 / n2;
    if (difference > largest) largest = difference;
    if (difference < smallest) smallest = difference;
  });
  const minS = Math.min(Math.max(-smallest, 0), 1);
  const d = minS > largest ? minS : largest;
  const { statistic, pValue, method } = ksTwoSamplePValue(d, n1, n2);
  return { statistic, pValue, method };
}
function wassersteinDistance(u, v) {
  const terms = [];
  walkUnion(u, v, (value, below1, below2, next) => {
    if (!Number.isNaN(next)) terms.push(Math.abs(below1 / u.count - below2 / v.count) * (next - value));
  });
  return numpySum(terms);
}
function normalisedWasserstein(reference, current) {
  const distance = wassersteinDistance(reference, current);
  if (reference.std === 0) return distance === 0 ? 0 : Number.POSITIVE_INFINITY;
  return distance / reference.std;
}
function sturgesEdges(count2, min, max2) {
  let first = min;
  let last = max2;
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  }
  const width = (max2 - min) / (Math.log2(count2) + 1);
  const bins = width ? Math.ceil((last - first) / width) : 1;
  const step = (last - first) / bins;
  const edges = [];
  for (let i = 0; i <= bins; i++) edges.push(i * step + first);
  edges[bins] = last;
  return edges;
}
function histogram(sample, edges) {
  if (sample.rankError > 0) return spreadHistogram(sample, edges);
  const counts = new Array(edges.length - 1).fill(0);
  let bin = 0;
  const last = edges.length - 2;
  for (let i = 0; i < sample.values.length; i++) {
    const value = sample.values[i];
    if (value < edges[0] || value > edges[last + 1]) continue;
    while (bin < last && value >= edges[bin + 1]) bin++;
    counts[bin] = counts[bin] + sample.weights[i];
  }
  return counts;
}
function spreadHistogram(sample, edges) {
  const counts = new Array(edges.length - 1).fill(0);
  const { values, weights } = sample;
  const n = values.length;
  const last = edges.length - 1;
  for (let i = 0; i < n; i++) {
    const low = i === 0 ? sample.min : (values[i - 1] + values[i]) / 2;
    const high = i === n - 1 ? sample.max : (values[i] + values[i + 1]) / 2;
    const weight = weights[i];
    if (!(high > low)) {
      const bin = binOf(edges, values[i]);
      counts[bin] = counts[bin] + weight;
      continue;
    }
    for (let bin = binOf(edges, low); bin < last; bin++) {
      const from = Math.max(low, edges[bin]);
      const to = Math.min(high, edges[bin + 1]);
      if (to > from) counts[bin] = counts[bin] + weight * (to - from) / (high - low);
      if (edges[bin + 1] >= high) break;
    }
  }
  return counts;
}
function binOf(edges, x) {
  let lo = 0;
  let hi = edges.length - 2;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (edges[mid] <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
function binningRankError(sample) {
  if (sample.kind !== "numerical" || sample.rankError === 0) return 0;
  let largest = 0;
  for (const weight of sample.weights) if (weight > largest) largest = weight;
  return sample.rankError + largest / sample.count;
}
var PER_VALUE_MAX_DISTINCT = 20;
var OTHER = "(other)";
function binShares(reference, current, fillEmpty) {
  let shares;
  if (reference.kind === "numerical" && current.kind === "numerical") {
    if (reference.values.length > PER_VALUE_MAX_DISTINCT) {
      const edges = sturgesEdges(
        reference.count + current.count,
        Math.min(reference.min, current.min),
        Math.max(reference.max, current.max)
      );
      const r = histogram(reference, edges);
      const c = histogram(current, edges);
      shares = {
        labels: r.map((_, i) => `[${edges[i]}, ${edges[i + 1]}${i === r.length - 1 ? "]" : ")"}`),
        reference: r.map((count2) => count2 / reference.count),
        current: c.map((count2) => count2 / current.count),
        sturges: true
      };
    } else {
      const counts = numericCounts(reference, current);
      shares = {
        labels: counts.keys.map(String),
        reference: counts.reference.map((count2) => count2 / reference.count),
        current: counts.current.map((count2) => count2 / current.count),
        sturges: false
      };
    }
  } else {
    const counts = categoryCounts(asCategorical(reference), asCategorical(current));
    shares = {
      labels: counts.keys,
      reference: counts.reference.map((count2) => count2 / reference.count),
      current: counts.current.map((count2) => count2 / current.count),
      sturges: false
    };
  }
  if (fillEmpty) {
    shares.reference = fillEmptyBins(shares.reference);
    shares.current = fillEmptyBins(shares.current);
  }
  return shares;
}
function fillEmptyBins(shares) {
  let smallest = Number.POSITIVE_INFINITY;
  for (const share of shares) if (share !== 0 && share < smallest) smallest = share;
  const floor = smallest <= 1e-4 ? smallest / 10 ** 6 : 1e-4;
  return shares.map((share) => share === 0 ? floor : share);
}
function distinctNumbers(reference, current) {
  const a = reference.values;
  const b = current.values;
  let i = 0;
  let j = 0;
  let distinct = 0;
  while (i < a.length && j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x <= y) i++;
    if (y <= x) j++;
    distinct++;
  }
  return distinct + (a.length - i) + (b.length - j);
}
function numericCounts(reference, current) {
  const keys = [];
  const r = [];
  const c = [];
  let previous1 = 0;
  let previous2 = 0;
  walkUnion(reference, current, (value, below1, below2) => {
    keys.push(value);
    r.push(below1 - previous1);
    c.push(below2 - previous2);
    previous1 = below1;
    previous2 = below2;
  });
  return { keys, reference: r, current: c };
}
function categoryCounts(reference, current) {
  const keys = [.../* @__PURE__ */ new Set([...reference.counts.keys(), ...current.counts.keys()])].sort(byCodePoint);
  const r = [];
  const c = [];
  const kept = [];
  let otherR = reference.other;
  let otherC = current.other;
  for (const key of keys) {
    const inR = reference.counts.get(key);
    const inC = current.counts.get(key);
    if (inR === void 0 && reference.other > 0) {
      otherC += inC ?? 0;
      continue;
    }
    if (inC === void 0 && current.other > 0) {
      otherR += inR ?? 0;
      continue;
    }
    kept.push(key);
    r.push(inR ?? 0);
    c.push(inC ?? 0);
  }
  if (otherR > 0 || otherC > 0) {
    kept.push(OTHER);
    r.push(otherR);
    c.push(otherC);
  }
  return { keys: kept, reference: r, current: c };
}
function asCategorical(sample) {
  if (sample.kind === "categorical") return sample;
  const counts = /* @__PURE__ */ new Map();
  sample.values.forEach((value, i) => {
    counts.set(String(value), sample.weights[i]);
  });
  return { kind: "categorical", counts, other: 0, count: sample.count, missing: sample.missing };
}
function byCodePoint(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function valueCounts(reference, current) {
  if (reference.kind === "numerical" && current.kind === "numerical") {
    const counts = numericCounts(reference, current);
    return { ...counts, keys: counts.keys.map(String) };
  }
  return categoryCounts(asCategorical(reference), asCategorical(current));
}
function chiSquare(observed, expected) {
  const terms = observed.map((o, i) => (o - expected[i]) ** 2 / expected[i]);
  const statistic = numpySum(terms);
  const df = observed.length - 1;
  return { statistic, pValue: df < 1 ? Number.NaN : chiSquaredSf(statistic, df) };
}
function chiSquareTest(reference, current) {
  const counts = valueCounts(reference, current);
  const scale = current.count / reference.count;
  return chiSquare(
    counts.current,
    counts.reference.map((count2) => count2 * scale)
  );
}
function zTest(reference, current) {
  const counts = valueCounts(reference, current);
  if (counts.keys.length > 2)
    throw new RangeError(`the z-test takes at most two values, got ${counts.keys.length}`);
  if (counts.keys.length === 1) return { statistic: 0, pValue: 1 };
  const n1 = reference.count;
  const n2 = current.count;
  const p1 = counts.reference[0] / n1;
  const p2 = counts.current[0] / n2;
  const pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
  const z = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return { statistic: z, pValue: normalTwoSidedP(z) };
}
function relativeEntropy(x, y) {
  if (x > 0 && y > 0) return x * Math.log(x / y);
  if (x === 0 && y >= 0) return 0;
  return Number.POSITIVE_INFINITY;
}
function jensenShannon(p0, q0) {
  const sumP = numpySum(p0);
  const sumQ = numpySum(q0);
  const p = p0.map((x) => x / sumP);
  const q = q0.map((x) => x / sumQ);
  const m = p.map((x, i) => (x + q[i]) / 2);
  const left = numpySum(p.map((x, i) => relativeEntropy(x, m[i])));
  const right = numpySum(q.map((x, i) => relativeEntropy(x, m[i])));
  return Math.sqrt((left + right) / 2);
}
function psi(reference, current) {
  return numpySum(
    reference.map((r, i) => (r - current[i]) * Math.log(r / current[i]))
  );
}
function jensenShannonTest(reference, current) {
  const shares = binShares(reference, current, false);
  return { statistic: jensenShannon(shares.reference, shares.current), pValue: null };
}
function psiTest(reference, current) {
  const shares = binShares(reference, current, true);
  return { statistic: psi(shares.reference, shares.current), pValue: null };
}
function rankErrorOf(sample) {
  return sample.kind === "numerical" ? sample.rankError : 0;
}
function ksErrorBound(reference, current) {
  return rankErrorOf(reference) + rankErrorOf(current);
}
function wassersteinErrorBound(reference, current) {
  const spread = reference.rankError * (reference.max - reference.min) + current.rankError * (current.max - current.min);
  if (spread === 0) return 0;
  return spread / reference.std;
}
function psiErrorBound(reference, current) {
  const dr = 2 * binningRankError(reference);
  const dc = 2 * binningRankError(current);
  if (dr === 0 && dc === 0) return 0;
  const shares = binShares(reference, current, true);
  const lowest = (share, delta, count2) => share - delta >= 1 / count2 ? share - delta : 1 / count2 / 10 ** 6;
  const term = (r, c) => (r - c) * Math.log(r / c);
  let bound = 0;
  shares.reference.forEach((r, i) => {
    const c = shares.current[i];
    const value = term(r, c);
    let highest = value;
    for (const rr of [lowest(r, dr, reference.count), Math.min(r + dr, 1)])
      for (const cc of [lowest(c, dc, current.count), Math.min(c + dc, 1)])
        highest = Math.max(highest, term(rr, cc));
    const slopeR = Math.log(r / c) + 1 - c / r;
    const slopeC = -Math.log(r / c) + 1 - r / c;
    const below = Math.abs(slopeR) * dr + Math.abs(slopeC) * dc;
    bound += Math.max(highest - value, Math.min(below, value));
  });
  return bound;
}

// lib/drift/drift-tests.ts
var exact = (reference, current) => rankErrorOf(reference) === 0 && rankErrorOf(current) === 0;
var driftTests = {
  ks: {
    name: "ks",
    title: "Kolmogorov\u2013Smirnov",
    scoredBy: "p_value",
    defaultThreshold: 0.05,
    appliesTo: ["numerical"],
    run: (reference, current) => ksTwoSample(numerical(reference), numerical(current)),
    errorBound: ksErrorBound
  },
  chisquare: {
    name: "chisquare",
    title: "chi-squared",
    scoredBy: "p_value",
    defaultThreshold: 0.05,
    appliesTo: ["numerical", "categorical"],
    run: chiSquareTest,
    errorBound: (reference, current) => exact(reference, current) ? 0 : null
  },
  z: {
    name: "z",
    title: "two-proportion Z",
    scoredBy: "p_value",
    defaultThreshold: 0.05,
    appliesTo: ["numerical", "categorical"],
    maxValues: 2,
    run: zTest,
    errorBound: (reference, current) => exact(reference, current) ? 0 : null
  },
  wasserstein: {
    name: "wasserstein",
    title: "Wasserstein (normed)",
    scoredBy: "distance",
    defaultThreshold: 0.1,
    appliesTo: ["numerical"],
    run: (reference, current) => ({
      statistic: normalisedWasserstein(numerical(reference), numerical(current)),
      pValue: null
    }),
    errorBound: (reference, current) => wassersteinErrorBound(numerical(reference), numerical(current))
  },
  jensenshannon: {
    name: "jensenshannon",
    title: "Jensen\u2013Shannon distance",
    scoredBy: "distance",
    defaultThreshold: 0.1,
    appliesTo: ["numerical", "categorical"],
    run: jensenShannonTest,
    errorBound: (reference, current) => exact(reference, current) ? 0 : null
  },
  psi: {
    name: "psi",
    title: "PSI",
    scoredBy: "distance",
    defaultThreshold: 0.1,
    appliesTo: ["numerical", "categorical"],
    run: psiTest,
    errorBound: psiErrorBound
  }
};
function numerical(sample) {
  if (sample.kind !== "numerical") throw new TypeError("this test takes numerical columns only");
  return sample;
}
function distinctValues(reference, current) {
  if (reference.kind === "numerical" && current.kind === "numerical")
    return distinctNumbers(reference, current);
  return valueCounts(reference, current).keys.length;
}
var SMALL_REFERENCE_ROWS = 1e3;
function defaultDriftTest(kind, referenceCount, distinct) {
  if (referenceCount <= SMALL_REFERENCE_ROWS) {
    if (kind === "numerical" && distinct > 5) return "ks";
    return distinct <= 2 ? "z" : "chisquare";
  }
  if (kind === "numerical" && distinct > 5) return "wasserstein";
  return "jensenshannon";
}
function isDrift(test, value, threshold) {
  if (test.scoredBy === "p_value") return value.pValue !== null && value.pValue <= threshold;
  return value.statistic >= threshold;
}

// lib/drift/drift.ts
function compareFeatures(reference, current, settingsInput = {}) {
  const settings = driftSettings.parse(settingsInput);
  const currentByName = new Map(current.features.map((feature) => [feature.definition.name, feature]));
  const features = [];
  for (const input of reference.features) {
    const definition = input.definition;
    const chosen = settings.features[definition.name];
    if (chosen?.ignore) continue;
    const sample = sampleOfInput(input);
    const currentInput = currentByName.get(definition.name);
    const other = currentInput === void 0 ? emptyLike(sample) : sampleOfInput(currentInput);
    features.push(compareFeature(definition, sample, other, chosen?.test, chosen?.threshold));
  }
  for (const name of Object.keys(settings.features))
    if (!reference.features.some((feature) => feature.definition.name === name))
      throw new ConfigError(`no feature "${name}" in the reference data`, {
        field: `drift.features.${name}`
      });
  const drifted = features.filter((feature) => feature.drifted).length;
  const share = features.length === 0 ? 0 : drifted / features.length;
  return {
    drifted: features.length > 0 && share >= settings.share,
    share,
    threshold: settings.share,
    features,
    reference: { rows: reference.rows, source: reference.source },
    current: { rows: current.rows },
    skipped: reference.skipped ?? []
  };
}
function compareFeature(definition, reference, current, testName, threshold) {
  const sides = {
    reference: { count: reference.count, missing: reference.missing },
    current: { count: current.count, missing: current.missing }
  };
  const empty = reference.count === 0 ? "reference" : current.count === 0 ? "current" : void 0;
  const distinct = empty ? 0 : distinctValues(reference, current);
  const name = testName ?? defaultDriftTest(definition.kind, reference.count, distinct);
  const test = driftTests[name];
  if (!test.appliesTo.includes(definition.kind))
    throw new ConfigError(
      `the ${name} test does not apply to ${definition.kind} feature "${definition.name}"`,
      {
        field: `drift.features.${definition.name}.test`
      }
    );
  if (test.maxValues !== void 0 && distinct > test.maxValues)
    throw new ConfigError(
      `the ${name} test takes at most ${test.maxValues} distinct values; feature "${definition.name}" has ${distinct}`,
      { field: `drift.features.${definition.name}.test` }
    );
  const limit = threshold ?? test.defaultThreshold;
  const base = { feature: definition.name, kind: definition.kind, test: name, threshold: limit, ...sides };
  if (empty)
    return {
      ...base,
      statistic: null,
      p_value: null,
      psi: null,
      drifted: false,
      exact: true,
      error: null,
      note: `no values in the ${empty} data`
    };
  const value = test.run(reference, current);
  const error = test.errorBound(reference, current);
  return {
    ...base,
    statistic: finiteOrNull(value.statistic),
    p_value: value.pValue === null ? null : finiteOrNull(value.pValue),
    psi: finiteOrNull(psiTest(reference, current).statistic),
    drifted: isDrift(test, value, limit),
    exact: error === 0,
    error
  };
}
function sampleOfInput(input) {
  return typeof input.sample === "function" ? input.sample() : input.sample;
}
function emptyLike(sample) {
  return sample.kind === "numerical" ? {
    kind: "numerical",
    values: new Float64Array(0),
    weights: new Float64Array(0),
    count: 0,
    missing: 0,
    mean: Number.NaN,
    std: Number.NaN,
    min: Number.NaN,
    max: Number.NaN,
    rankError: 0
  } : { kind: "categorical", counts: /* @__PURE__ */ new Map(), other: 0, count: 0, missing: 0 };
}
function finiteOrNull(value) {
  return Number.isFinite(value) ? value : null;
}
async function checkDrift(request) {
  const spill = new SpillFolder(request.tempDir);
  const shared = {
    ...request.cwd ? { cwd: request.cwd } : {},
    ...request.valueBudget !== void 0 ? { valueBudget: request.valueBudget } : {},
    ...request.maxSpilledValues !== void 0 ? { maxSpilledValues: request.maxSpilledValues } : {},
    ...request.schema ? { schema: request.schema } : {},
    spill
  };
  try {
    let reference;
    let definitions;
    if (Array.isArray(request.reference)) {
      const collected2 = await collectColumns(request.reference, {
        ...shared,
        ...request.columns ? { columns: request.columns } : {}
      });
      reference = { ...sideOf(collected2), source: "data" };
      definitions = collected2.features.map(({ name, kind, type }) => ({ name, kind, type }));
    } else {
      const profile = request.reference;
      const wanted = request.columns ? new Set(request.columns) : void 0;
      const kept = profile.features.filter((feature) => wanted === void 0 || wanted.has(feature.name));
      reference = {
        rows: profile.rows,
        features: kept.map((feature) => ({
          definition: { name: feature.name, kind: feature.kind, type: feature.type },
          sample: sampleOfProfile(feature)
        })),
        skipped: profile.skipped,
        source: "profile"
      };
      definitions = profileDefinitions(profile).filter((d) => wanted === void 0 || wanted.has(d.name));
    }
    const collected = await collectColumns(request.current, {
      ...shared,
      // Read as the reference was: same features, same kinds.
      features: definitions,
      columns: definitions.map((definition) => definition.name)
    });
    return compareFeatures(reference, sideOf(collected), request.settings);
  } finally {
    spill.remove();
  }
}
function sideOf(collected) {
  return {
    rows: collected.rows,
    features: collected.features.map((feature) => ({
      definition: { name: feature.name, kind: feature.kind, type: feature.type },
      sample: () => sampleOf(feature)
    })),
    skipped: collected.skipped
  };
}

// lib/drift/prometheus.ts
var LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
function driftMetricsText(report, options) {
  const constant = { ...options.labels, model: options.model };
  for (const name of Object.keys(constant))
    if (!LABEL_NAME.test(name) || name.startsWith("__"))
      throw new RangeError(`"${name}" is not a Prometheus label name`);
  const families = [
    {
      name: "trainyard_drift_statistic",
      help: "The drift test's statistic or distance, per feature.",
      samples: []
    },
    {
      name: "trainyard_drift_p_value",
      help: "The drift test's p-value, per feature (tests only).",
      samples: []
    },
    { name: "trainyard_drift_psi", help: "Population stability index of the feature.", samples: [] },
    {
      name: "trainyard_drift_threshold",
      help: "The feature's drift threshold: p-value at or below it, or distance at or above it, is drift.",
      samples: []
    },
    { name: "trainyard_feature_drifted", help: "1 when the feature has drifted, else 0.", samples: [] },
    { name: "trainyard_dataset_drift_share", help: "Share of the features that have drifted.", samples: [] },
    {
      name: "trainyard_dataset_drifted",
      help: "1 when the share of drifted features reaches the dataset threshold, else 0.",
      samples: []
    }
  ];
  const [statistic, pValue, psi2, threshold, drifted, share, datasetDrifted] = families;
  for (const feature of report.features) {
    const labels = { ...constant, feature: feature.feature, test: feature.test };
    if (feature.statistic !== null) statistic.samples.push({ labels, value: feature.statistic });
    if (feature.p_value !== null) pValue.samples.push({ labels, value: feature.p_value });
    if (feature.psi !== null)
      psi2.samples.push({ labels: { ...constant, feature: feature.feature }, value: feature.psi });
    threshold.samples.push({ labels, value: feature.threshold });
    drifted.samples.push({ labels, value: feature.drifted ? 1 : 0 });
  }
  share.samples.push({ labels: constant, value: report.share });
  datasetDrifted.samples.push({ labels: constant, value: report.drifted ? 1 : 0 });
  return families.map(
    (family) => [
      `# HELP ${family.name} ${escapeHelp(family.help)}`,
      `# TYPE ${family.name} gauge`,
      ...family.samples.map(
        (sample) => `${family.name}{${formatLabels(sample.labels)}} ${formatValue(sample.value)}`
      )
    ].join("\n")
  ).join("\n").concat("\n");
}
function formatLabels(labels) {
  return Object.entries(labels).map(([name, value]) => `${name}="${escapeLabelValue(value)}"`).join(",");
}
function escapeLabelValue(value) {
  return value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
}
function escapeHelp(text) {
  return text.replace(/\\/g, "\\\\").replace(/\n/g, "\\n");
}
function formatValue(value) {
  if (Number.isNaN(value)) return "NaN";
  if (value === Number.POSITIVE_INFINITY) return "+Inf";
  if (value === Number.NEGATIVE_INFINITY) return "-Inf";
  return String(value);
}
async function pushDriftMetrics(gatewayUrl, model, text) {
  const url2 = `${gatewayUrl.replace(/\/+$/, "")}/metrics/job/trainyard/model/${encodeURIComponent(model)}`;
  let response;
  try {
    response = await fetch(url2, {
      method: "PUT",
      headers: { "content-type": "text/plain; version=0.0.4; charset=utf-8" },
      body: text
    });
  } catch (error) {
    throw new ConfigError(`cannot reach the Pushgateway at ${url2}: ${error.message}`, {
      field: "pushgateway-url"
    });
  }
  if (!response.ok)
    throw new ConfigError(
      `the Pushgateway at ${url2} answered ${response.status}: ${(await response.text()).slice(0, 300)}`,
      { field: "pushgateway-url" }
    );
  return url2;
}

// lib/drift/report.ts
var count = int().check(_gte(0));
var side = object({ count, missing: count });
var featureDrift = object({
  feature: string(),
  kind: _enum(["numerical", "categorical"]),
  test: _enum(driftTestNames),
  /** The test's statistic or the distance (null: infinite, or not computed). */
  statistic: nullable(number()),
  /** The test's p-value; null for distances. */
  p_value: nullable(number()),
  /** Population stability index, whatever the test (null: not computed). */
  psi: nullable(number()),
  /** p-value at or below, or distance at or above, this is drift. */
  threshold: number(),
  drifted: boolean(),
  /** Computed from every value (false: from a quantile sketch, within `error`). */
  exact: boolean(),
  /** Bound on |statistic − the statistic from all the data|: 0 when exact, null when unknown. */
  error: nullable(number()),
  reference: side,
  current: side,
  note: optional(string())
});
var driftReport = object({
  /** Dataset drift: the share of drifted features is at least `threshold`. */
  drifted: boolean(),
  /** Drifted features / features checked. */
  share: number().check(_gte(0), _lte(1)),
  threshold: number().check(_gte(0), _lte(1)),
  features: array(featureDrift),
  reference: object({ rows: count, source: _enum(["data", "profile"]) }),
  current: object({ rows: count }),
  /** Columns not checked, and why. */
  skipped: array(object({ name: string(), reason: string() }))
});
var featureSummary = pick(featureDrift, {
  feature: true,
  kind: true,
  test: true,
  statistic: true,
  p_value: true,
  psi: true,
  threshold: true,
  drifted: true
});
var driftDispatchReport = object({
  drifted: boolean(),
  share: number().check(_gte(0), _lte(1)),
  threshold: number().check(_gte(0), _lte(1)),
  features: array(featureSummary),
  /** Features cut to keep the payload small (the full report is in the run's report file). */
  omitted: count,
  reference: object({ rows: count, source: _enum(["data", "profile"]) }),
  current: object({ rows: count })
});
var DISPATCH_REPORT_BYTES = 6e4;
function compactDriftReport(report, maxBytes = DISPATCH_REPORT_BYTES) {
  const ordered = [...report.features].sort(
    (a, b) => Number(b.drifted) - Number(a.drifted) || (b.psi ?? 0) - (a.psi ?? 0)
  );
  const compact = {
    drifted: report.drifted,
    share: report.share,
    threshold: report.threshold,
    features: [],
    omitted: 0,
    reference: report.reference,
    current: report.current
  };
  let size = Buffer.byteLength(JSON.stringify({ ...compact, omitted: report.features.length }));
  for (const [index, feature] of ordered.entries()) {
    const summary = featureSummary.parse(feature);
    size += Buffer.byteLength(JSON.stringify(summary)) + (index > 0 ? 1 : 0);
    if (size > maxBytes) {
      compact.omitted = ordered.length - index;
      break;
    }
    compact.features.push(summary);
  }
  return compact;
}
var driftDispatchPayload = object({
  model: string(),
  report: driftDispatchReport
});

// lib/github/dispatch.ts
var DRIFT_EVENT_TYPE = "trainyard-drift";
async function dispatchDrift(github, repo, model, report) {
  const payload = { model, report: compactDriftReport(report) };
  await github.rest.repos.createDispatchEvent({
    ...repo,
    event_type: DRIFT_EVENT_TYPE,
    client_payload: payload
  });
  return payload;
}

// lib/schema/load.ts
var tableSchemaRules = {
  schema: tableSchema,
  expected: 'a table schema with "fields"',
  discriminatorValues: fieldTypes,
  misplacedKey: (_key, data, parentPath) => {
    const fieldType = fieldTypeAt(data, parentPath);
    return fieldType === void 0 ? void 0 : `it does not apply to ${fieldType} fields`;
  }
};
function loadTableSchema(file) {
  return loadDocumentWith(file, tableSchemaRules, "table schema");
}
function fieldTypeAt(data, path2) {
  if (path2[0] !== "fields" || typeof path2[1] !== "number") return void 0;
  if (path2.length > 3 || path2.length === 3 && path2[2] !== "constraints") return void 0;
  const field = valueAt(data, path2.slice(0, 2));
  const type = isRecord(field) ? field.type ?? "string" : void 0;
  return typeof type === "string" ? type : void 0;
}

// lib/evaluate/compare.ts
var nonFiniteNames = ["NaN", "Infinity", "-Infinity"];
var anyNumber = union([
  number(),
  pipe(
    _enum(nonFiniteNames),
    transform((name) => Number(name))
  )
]);
var gateKinds = ["min", "max", "max_drop", "max_rise"];
var gateCheckSchema = object({
  gate: _enum(gateKinds),
  /** The bar as written in the config: 0.8, 0.01, "10%". */
  limit: union([number(), string()]),
  outcome: _enum(["passed", "failed", "skipped"]),
  /** `accuracy 0.912 ≥ min 0.8`, `accuracy dropped 0.013, more than max_drop 0.01` */
  sentence: string()
});
var metricComparisonSchema = object({
  metric: string(),
  direction: _enum(directions),
  /** null: the candidate has no such metric. */
  candidate: nullable(anyNumber),
  /** null: no baseline, or the baseline has no such metric. */
  baseline: nullable(anyNumber),
  /** candidate − baseline. */
  delta: nullable(anyNumber),
  /** delta / |baseline|; null where the baseline is 0 and the delta is not. */
  relativeDelta: nullable(anyNumber),
  /** Judged in the metric's direction, within floating noise; null where there is nothing to judge. */
  change: nullable(_enum(["better", "worse", "same"])),
  /** The metric has at least one bar (min, max, max_drop, max_rise). */
  gated: boolean(),
  /** No gate of the metric failed. */
  passed: boolean(),
  gates: array(gateCheckSchema),
  significance: optional(significanceResultSchema)
});
var sliceComparisonSchema = object({
  slice: string(),
  /** False for a slice named in `only` that the candidate's results lack. */
  present: boolean(),
  passed: boolean(),
  metrics: array(metricComparisonSchema)
});
var verdicts = ["ready", "failed", "no-baseline"];
var gateCount = int().check(_gte(0));
var comparisonSchema = object({
  schemaVersion: literal(1),
  verdict: _enum(verdicts),
  passed: boolean(),
  /** What the candidate was compared with: `production v3`, `main@abc1234`; null for a first model. */
  baseline: nullable(object({ label: string() })),
  /** Gate checks over metrics and slices together. */
  gates: object({ passed: gateCount, failed: gateCount, skipped: gateCount }),
  /** The sentence of every failed gate, slices prefixed: `country=DE: accuracy 0.65 < min 0.7`. */
  failures: array(string()),
  metrics: array(metricComparisonSchema),
  slices: array(sliceComparisonSchema)
});
function formatNumber(value) {
  if (!Number.isFinite(value) || Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(6)));
}

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table2, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table2.length) {
    const row2 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table2[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table2[rowIndex].length;
    }
    while (++columnIndex2 < table2[rowIndex].length) {
      const cell2 = serialize(table2[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell2);
        sizes2[columnIndex2] = size;
        if (longestCellByColumn[columnIndex2] === void 0 || size > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size;
        }
      }
      row2.push(cell2);
    }
    cellMatrix[rowIndex] = row2;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code2 = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code2;
    }
  }
  columnIndex = -1;
  const row = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code2 = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code2 === 99) {
      before = ":";
      after = ":";
    } else if (code2 === 108) {
      before = ":";
    } else if (code2 === 114) {
      after = ":";
    }
    let size = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell2 = before + "-".repeat(size) + after;
    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;
      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }
      sizes[columnIndex] = size;
    }
    row[columnIndex] = cell2;
  }
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row2 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell2 = row2[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code2 = alignments[columnIndex];
        if (code2 === 114) {
          before = " ".repeat(size);
        } else if (code2 === 99) {
          const half = size / 2;
          if (size % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell2 === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell2);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function toAlignment(value) {
  const code2 = typeof value === "string" ? value.codePointAt(0) : 0;
  return code2 === 67 || code2 === 99 ? 99 : code2 === 76 || code2 === 108 ? 108 : code2 === 82 || code2 === 114 ? 114 : 0;
}

// lib/format.ts
function thousands(value) {
  if (!Number.isSafeInteger(value) || Object.is(value, -0)) return value.toLocaleString("en-US");
  const digits = String(Math.abs(value));
  const groups = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return `${value < 0 ? "-" : ""}${groups.join(",")}`;
}

// reports/markdown.ts
function oneLine(text) {
  return text.replace(/\r\n|\r|\n/g, "\u23CE").replace(/[\u202a-\u202e\u2066-\u2069]/g, "\uFFFD");
}
function shorten(text, maxLength, cut = "end") {
  const flat = oneLine(text);
  if (flat.length <= maxLength) return flat;
  const characters = Array.from(flat);
  if (characters.length <= maxLength) return flat;
  if (cut === "end") return `${characters.slice(0, maxLength - 1).join("")}\u2026`;
  const head = Math.floor((maxLength - 1) / 3);
  const tail = maxLength - 1 - head;
  return `${characters.slice(0, head).join("")}\u2026${characters.slice(-tail).join("")}`;
}
var ZERO_WIDTH_SPACE = "\u200B";
function code(text, maxLength = 40, cutAt = "end") {
  const cut = shorten(text, maxLength, cutAt);
  const longestRun = Math.max(0, ...(cut.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const padded = cut.startsWith("`") || cut.endsWith("`") || cut.trim() === "" ? ` ${cut} ` : cut;
  return `${fence}${padded}${fence}`;
}
function htmlText(text, maxLength = 120) {
  return shorten(text, maxLength).replace(/[@#]/g, (c) => `${c}${ZERO_WIDTH_SPACE}`).replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]
  );
}
function table(header, rows, align, options = {}) {
  const cells = [header, ...rows].map((row) => row.map((text) => escapePipes(oneLine(text))));
  return markdownTable(cells, { ...align ? { align } : {}, alignDelimiters: !options.compact });
}
function escapePipes(text) {
  return text.replace(
    /(\\*)\|/g,
    (match, backslashes) => backslashes.length % 2 === 0 ? `${backslashes}\\|` : match
  );
}
function details(summary, body) {
  return `<details><summary>${htmlText(summary, 200)}</summary>

${body}

</details>`;
}
function plural(count2, one, many = `${one}s`) {
  return `${thousands(count2)} ${count2 === 1 ? one : many}`;
}

// reports/charts.ts
var MAX_CHART_POINTS = 50;
var MAX_LABEL_LENGTH = 40;
function mermaidLabel(text) {
  const flat = oneLine(text).replace(new RegExp("\\p{Cc}", "gu"), " ").replace(/["`]/g, "'").replace(/</g, "\u2039").replace(/>/g, "\u203A").replace(/#/g, "\uFF03").replace(/%(?=%)/g, "%\u200B");
  const cut = shorten(flat, MAX_LABEL_LENGTH);
  return `"${cut.trim() === "" ? "(unnamed)" : cut}"`;
}
function mermaidNumber(value) {
  const rounded = Number(value.toPrecision(6));
  if (rounded === 0) return "0";
  const text = String(rounded);
  if (!text.includes("e")) return text;
  const [mantissa = "", exponentText = ""] = Math.abs(rounded).toExponential().split("e");
  const digits = mantissa.replace(".", "");
  const exponent = Number(exponentText);
  const sign = rounded < 0 ? "-" : "";
  return exponent >= 0 ? `${sign}${digits}${"0".repeat(exponent - (digits.length - 1))}` : `${sign}0.${"0".repeat(-exponent - 1)}${digits}`;
}
function xyChartSource(chart) {
  const lines = [
    "xychart-beta",
    `  title ${mermaidLabel(chart.title)}`,
    `  x-axis ${mermaidLabel(chart.xAxis.title)} [${chart.xAxis.categories.map(mermaidLabel).join(", ")}]`,
    `  y-axis ${mermaidLabel(chart.yAxis.title)}${chart.yAxis.range ? ` ${mermaidNumber(chart.yAxis.range[0])} --> ${mermaidNumber(chart.yAxis.range[1])}` : ""}`
  ];
  const series = (values) => `[${values.map(mermaidNumber).join(", ")}]`;
  if (chart.bars) lines.push(`  bar ${series(chart.bars)}`);
  for (const line of chart.lines) lines.push(`  line ${series(line)}`);
  return lines.join("\n");
}

// reports/drift.ts
var PSI_LINE = 0.1;
var MINUS = "\u2212";
function renderDriftReport(report, options = {}) {
  const maxRows = options.maxRows ?? 100;
  const drifted = report.features.filter((feature) => feature.drifted);
  const whose = options.model ? ` for ${code(options.model)}` : "";
  const verdict = report.drifted ? `\u26A0\uFE0F **Data drift${whose}**: ${drifted.length} of ${plural(report.features.length, "feature")} drifted (${percent(report.share)}), at or above the ${percent(report.threshold)} dataset threshold.` : drifted.length > 0 ? `\u2705 **No dataset drift${whose}**: ${drifted.length} of ${plural(report.features.length, "feature")} drifted (${percent(report.share)}), below the ${percent(report.threshold)} dataset threshold.` : `\u2705 **No drift${whose}**: none of ${plural(report.features.length, "feature")} drifted.`;
  const source = report.reference.source === "profile" ? "the reference profile" : "the reference data";
  const lines = [
    verdict,
    "",
    `Current data: ${plural(report.current.rows, "row")}, against ${source} (${plural(report.reference.rows, "row")}).`,
    ""
  ];
  const ordered = [...report.features].sort(
    (a, b) => Number(b.drifted) - Number(a.drifted) || (b.psi ?? 0) - (a.psi ?? 0)
  );
  const shown = ordered.slice(0, maxRows);
  lines.push(
    table(
      ["Feature", "Kind", "Test", "Statistic", "p-value", "PSI", "Threshold", "Drift"],
      shown.map((feature) => [
        code(feature.feature, 60, "middle"),
        feature.kind,
        driftTests[feature.test].title,
        statisticText(feature),
        feature.p_value === null ? "\u2014" : `p ${formatPValue(feature.p_value, feature.threshold)}`,
        feature.psi === null ? "\u2014" : number2(feature.psi),
        `${driftTests[feature.test].scoredBy === "p_value" ? "p \u2264" : "\u2265"} ${number2(feature.threshold)}`,
        feature.drifted ? "\u26A0\uFE0F drifted" : feature.note ? feature.note : "no"
      ]),
      ["l", "l", "l", "r", "r", "r", "r", "l"]
    )
  );
  if (ordered.length > shown.length)
    lines.push(
      "",
      `\u2026and ${plural(ordered.length - shown.length, "more feature")}, none of them shown above.`
    );
  const approximate = report.features.filter((feature) => !feature.exact);
  if (approximate.length > 0)
    lines.push(
      "",
      `${plural(approximate.length, "statistic")} came from quantile sketches, not all the values: each is within its error bound (${approximate.slice(0, 10).map((feature) => `${code(feature.feature)} \xB1${feature.error === null ? "?" : number2(feature.error)}`).join(", ")}${approximate.length > 10 ? ", \u2026" : ""}).`
    );
  const chart = psiChart(ordered);
  if (chart) lines.push("", chart);
  if (report.skipped.length > 0)
    lines.push(
      "",
      details(
        `${plural(report.skipped.length, "column")} not checked`,
        report.skipped.map((column) => `- ${code(column.name)}: ${column.reason}`).join("\n")
      )
    );
  return `${lines.join("\n")}
`;
}
function psiChart(features) {
  const withPsi = features.filter((feature) => feature.psi !== null).slice(0, MAX_CHART_POINTS);
  if (withPsi.length === 0) return void 0;
  const values = withPsi.map((feature) => feature.psi);
  const source = xyChartSource({
    title: "PSI per feature",
    xAxis: { title: "feature", categories: withPsi.map((feature) => feature.feature) },
    yAxis: { title: "PSI", range: [0, Math.max(PSI_LINE * 1.5, ...values) * 1.1] },
    bars: values,
    lines: [withPsi.map(() => PSI_LINE)]
  });
  const more = features.length > withPsi.length ? ` (the first ${withPsi.length} features)` : "";
  return `\`\`\`mermaid
${source}
\`\`\`

Bars: each feature's population stability index${more}; line: ${PSI_LINE}, where PSI usually counts as drift.`;
}
function statisticText(feature) {
  if (feature.statistic === null) return feature.note ? "\u2014" : "\u221E";
  const shown = number2(feature.statistic);
  return feature.exact || feature.error === null ? shown : `${shown} \xB1${number2(feature.error)}`;
}
function number2(value) {
  return formatNumber(Number(value.toPrecision(4))).replace(/^-/, MINUS);
}
function percent(share) {
  return `${Number((share * 100).toPrecision(3))}%`;
}

// actions/drift-check/check.ts
async function runDriftCheck(request) {
  const { input, workspace, onLine } = request;
  const settings = await driftSettingsOf(workspace, input.config, input.model, onLine);
  const schema = input.schema ? await loadTableSchema(path.resolve(workspace, input.schema)) : void 0;
  let reference = input.reference;
  let referenceLabel = input.reference.join(", ");
  if (input.reference.length === 0) {
    const { modelReferenceProfile } = await import("./drift-reference-UQKQQ5DQ.js");
    const found = await modelReferenceProfile(await request.github(), request.repo, input.model);
    reference = found.profile;
    referenceLabel = `the data profile of ${input.model} ${found.label}`;
  } else if (input.reference.length === 1 && /\.json$/i.test(input.reference[0])) {
    reference = await readDataProfile(path.resolve(workspace, input.reference[0]));
    referenceLabel = `the profile ${input.reference[0]}`;
  }
  onLine(`comparing ${input.current.join(", ")} with ${referenceLabel}`);
  const report = await checkDrift({
    reference,
    current: input.current,
    cwd: workspace,
    settings,
    ...schema ? { schema } : {}
  });
  const drifted = report.features.filter((feature) => feature.drifted);
  onLine(
    `${plural(report.current.rows, "row")} checked: ${drifted.length} of ${plural(report.features.length, "feature")} drifted (share ${round(report.share)}, dataset threshold ${report.threshold})`
  );
  const reportFile = path.resolve(workspace, input["report-file"]);
  writeFileIn(reportFile, `${JSON.stringify(report, null, 2)}
`);
  onLine(`wrote the report to ${input["report-file"]}`);
  let pushed;
  if (input["prometheus-file"] || input["pushgateway-url"]) {
    const text = driftMetricsText(report, { model: input.model });
    if (input["prometheus-file"]) {
      writeFileIn(path.resolve(workspace, input["prometheus-file"]), text);
      onLine(`wrote Prometheus metrics to ${input["prometheus-file"]}`);
    }
    if (input["pushgateway-url"]) {
      pushed = await pushDriftMetrics(input["pushgateway-url"], input.model, text);
      onLine(`pushed Prometheus metrics to ${pushed}`);
    }
  }
  let dispatched;
  if (report.drifted && input.dispatch) {
    dispatched = await dispatchDrift(await request.github(), request.repo, input.model, report);
    const cut = dispatched.report.omitted;
    onLine(
      `sent repository_dispatch trainyard-drift for ${input.model}${cut > 0 ? ` (${plural(cut, "feature")} left out of the payload to keep it small)` : ""}`
    );
  }
  return { report, reportFile, reference: referenceLabel, dispatched, pushed };
}
async function driftSettingsOf(workspace, configFile, model, onLine) {
  const file = path.resolve(workspace, configFile);
  if (!existsSync(file)) {
    onLine(`no ${configFile}: default drift settings`);
    return {};
  }
  const config = await loadTrainyardConfig(file);
  const settings = config.models[model]?.drift;
  if (!settings)
    throw new ConfigError(
      `no model "${model}" under models: (has ${Object.keys(config.models).join(", ") || "none"})`,
      { file: configFile, field: `models.${model}` }
    );
  return settings;
}
function writeFileIn(file, text) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}
function driftWarning(feature) {
  const test = driftTests[feature.test];
  const value = test.scoredBy === "p_value" ? `p = ${feature.p_value === null ? "?" : feature.p_value.toPrecision(3)} \u2264 ${feature.threshold}` : `${feature.statistic === null ? "\u221E" : feature.statistic.toPrecision(3)} \u2265 ${feature.threshold}`;
  return `feature "${feature.feature}" drifted: ${test.title} ${value}${feature.psi === null ? "" : `, PSI ${feature.psi.toPrecision(3)}`}`;
}
function driftCheckSummary(model, check, heldBackWarnings) {
  const lines = [`## Drift check: ${code(model)}`, "", renderDriftReport(check.report, { model })];
  lines.push(`Reference: ${check.reference}.`);
  if (check.dispatched)
    lines.push(
      "",
      `Sent \`repository_dispatch\` \`trainyard-drift\`: the Trainyard app opens or updates the retraining pull request.${check.dispatched.report.omitted > 0 ? ` ${plural(check.dispatched.report.omitted, "feature")} left out of its payload (see the report file).` : ""}`
    );
  if (heldBackWarnings > 0)
    lines.push(
      "",
      `${plural(heldBackWarnings, "more drifted feature")} not annotated (GitHub shows 10 warnings per step).`
    );
  return `${lines.join("\n")}
`;
}
function round(value) {
  return String(Number(value.toPrecision(3)));
}

// actions/drift-check/inputs.ts
var flag = pipe(
  _enum(["true", "false"], { message: 'must be "true" or "false"' }),
  transform((value) => value === "true")
);
var driftCheckInputs = object({
  model: string().check(_regex(/^[a-z0-9][a-z0-9._-]*$/, "a model name as in .github/trainyard.yml")),
  current: pipe(
    listInput,
    array(string()).check(_minLength(1, "give at least one file, folder or glob"))
  ),
  reference: _default(listInput, []),
  schema: optional(string()),
  config: _default(string(), ".github/trainyard.yml"),
  "report-file": _default(string(), "drift-report.json"),
  "prometheus-file": optional(string()),
  "pushgateway-url": optional(string().check(url("an http(s) URL"))),
  dispatch: _default(flag, true),
  "fail-on-drift": _default(flag, false),
  "github-token": string().check(_minLength(1))
});

// actions/drift-check/main.ts
await runStep(async (annotations) => {
  const input = readInputs(driftCheckInputs);
  const context = await actionContext();
  let github;
  const check = await runDriftCheck({
    input,
    workspace: context.workspace,
    github: () => github ??= import("./client-UKXWPYQN.js").then(
      ({ createGitHubClient }) => createGitHubClient({
        auth: { kind: "token", token: input["github-token"] },
        baseUrl: context.apiUrl
      })
    ),
    repo: { owner: context.owner, repo: context.repo },
    onLine: progress
  });
  const drifted = check.report.features.filter((feature) => feature.drifted);
  for (const feature of drifted)
    annotations.add("warning", driftWarning(feature), { title: `Data drift: ${input.model}` });
  setOutputs({
    drifted: check.report.drifted,
    share: check.report.share,
    report: check.reportFile,
    "drifted-features": drifted.map((feature) => feature.feature).join(",")
  });
  await writeSummary(driftCheckSummary(input.model, check, annotations.heldBack().warning));
  if (check.report.drifted && input["fail-on-drift"])
    throw new DataError(
      `the data of ${input.model} has drifted (${drifted.length} of ${check.report.features.length} features) and fail-on-drift is set`,
      { file: input["report-file"] }
    );
});
