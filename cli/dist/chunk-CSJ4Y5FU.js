import { createRequire as __trainyardCreateRequire } from "node:module";
const require = __trainyardCreateRequire(import.meta.url);
import {
  driftSettings,
  gatesSpec,
  slicesSpec
} from "./chunk-W6PCX6RR.js";
import {
  loadDocumentWith,
  parseDocumentWith,
  parseJsonWith
} from "./chunk-OV7LGPEV.js";
import {
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
  catchall,
  describe,
  discriminatedUnion,
  extend,
  int,
  literal,
  number,
  object,
  optional,
  prefault,
  record,
  refine,
  strictObject,
  string,
  superRefine,
  union,
  unknown,
  url
} from "./chunk-GTQZ2Z3F.js";

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

// lib/registry/oci-store.ts
import { createHash, randomUUID } from "node:crypto";
var EMPTY_CONFIG = Buffer.from("{}");
var EMPTY_CONFIG_DIGEST = `sha256:${createHash("sha256").update(EMPTY_CONFIG).digest("hex")}`;
var MiB = 1024 * 1024;
var ociStoreConfig = strictObject({
  repository: string().check(
    _regex(
      /^[a-z0-9.-]+(:[0-9]+)?\/[a-z0-9]+([._-][a-z0-9]+)*(\/[a-z0-9]+([._-][a-z0-9]+)*)*$/,
      "a registry host and repository in lower case, e.g. ghcr.io/acme/churn-model or registry.internal:5000/ml/churn"
    ),
    describe(
      "Where the model's files are pushed: registry host[:port]/repository, e.g. ghcr.io/acme/churn-model."
    )
  ),
  chunk_size_mib: _default(int().check(_gte(1), _lte(4096)), 4).check(
    describe(
      "Files up to this size are uploaded in one request, larger ones in chunks of this size (MiB). ghcr.io takes at most 4 MiB per chunk; a self-hosted registry may take more."
    )
  ),
  insecure: _default(boolean(), false).check(
    describe(
      "Talk plain HTTP to the registry (a self-hosted registry without TLS on a private network). Loopback registries always use HTTP."
    )
  )
}).check(
  describe(
    "An OCI registry (ghcr.io, or a self-hosted distribution registry) for model files over 2 GiB."
  )
);
var manifestDescriptor = object({
  mediaType: string(),
  digest: string(),
  size: int().check(_gte(0)),
  annotations: optional(record(string(), string()))
});
var ociManifest = object({
  schemaVersion: literal(2),
  mediaType: optional(string()),
  artifactType: optional(string()),
  config: manifestDescriptor,
  layers: array(manifestDescriptor),
  annotations: optional(record(string(), string()))
});

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
var CONFIG_FILE = ".github/trainyard.yml";
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
function parseTrainyardConfig(text, file = CONFIG_FILE) {
  return parseDocumentWith(text, file, rules);
}
function loadTrainyardConfig(file) {
  return loadDocumentWith(file, rules, "Trainyard configuration");
}

// lib/runs/run-record.ts
var digest = string().check(_regex(/^[0-9a-f]{64}$/, "a sha256 in hex"));
var fileDigest = object({
  /** Path relative to the workspace, with forward slashes. */
  path: string().check(_minLength(1)),
  size: int().check(_gte(0)),
  sha256: digest
});
var historyPoint = catchall(object({ step: number() }), number());
var gpuInfo = object({
  index: int().check(_gte(0)),
  name: string(),
  uuid: optional(string()),
  memoryTotalMiB: number().check(_gte(0)),
  driver: string(),
  cuda: optional(string())
});
var statistic = object({ mean: number(), max: number() });
var resourceUse = object({
  gpuCount: int().check(_gte(0)),
  /** GPU-hours: wall time × GPUs the run held. */
  gpuHours: number().check(_gte(0)),
  /** Energy the GPUs drew, integrated from their power samples, in kWh. */
  energyKWh: number().check(_gte(0)),
  cost: optional(
    object({
      currency: literal("USD"),
      amount: number().check(_gte(0)),
      pricePerGpuHour: number().check(_gte(0))
    })
  ),
  telemetry: optional(
    object({
      samples: int().check(_gte(0)),
      intervalSeconds: number().check(_positive()),
      utilizationPercent: statistic,
      memoryUsedMiB: statistic,
      powerWatts: statistic
    })
  )
});
var runRecord = object({
  schemaVersion: literal(1),
  model: string().check(_minLength(1)),
  run: object({
    id: int(),
    attempt: int().check(_gte(1)),
    url: string(),
    workflow: string(),
    job: string(),
    event: string(),
    actor: string(),
    startedAt: string(),
    finishedAt: string(),
    durationSeconds: number().check(_gte(0))
  }),
  git: object({
    repository: string(),
    commit: string(),
    ref: string(),
    pullRequest: optional(int())
  }),
  command: string(),
  exitCode: int(),
  params: record(string(), union([number(), string(), boolean()])),
  /** Flat metric names (`val.accuracy`, nested keys joined with "."), values as numbers. */
  metrics: record(string(), number()),
  /** Metrics per slice, keyed by the slice's name (`country=DE`). */
  slices: _default(record(string(), record(string(), number())), {}),
  history: _default(array(historyPoint), []),
  artifacts: array(fileDigest),
  data: _default(array(fileDigest), []),
  environment: object({
    runner: object({ os: string(), arch: string(), name: string() }),
    gpus: array(gpuInfo),
    /** Versions of tools the run could see: python, torch, cuda, scikit-learn... */
    software: _default(record(string(), string()), {})
  }),
  resources: resourceUse
});

// lib/registry/model-store.ts
var assetLocation = discriminatedUnion("kind", [
  object({ kind: literal("release") }),
  object({
    kind: literal("oci"),
    /** `host[:port]`, e.g. `ghcr.io` or `registry.internal:5000`. */
    registry: string().check(_minLength(1)),
    /** Repository inside the registry, e.g. `acme/churn-model`. */
    repository: string().check(_minLength(1)),
    /** Digest of the artifact's manifest, `sha256:<hex>`: pins the version even if the tag moves. */
    manifestDigest: string().check(_regex(/^sha256:[0-9a-f]{64}$/)),
    /** Digest of this file's layer, `sha256:<hex>` (the file's sha256). */
    layerDigest: string().check(_regex(/^sha256:[0-9a-f]{64}$/))
  })
]);

// lib/registry/version-metadata.ts
var VERSION_METADATA_ASSET = "trainyard.json";
var approval = object({
  login: string(),
  submittedAt: string(),
  /** The commit the approving review was made on. */
  commit: optional(string())
});
var versionMetadata = object({
  schemaVersion: literal(1),
  model: string().check(_minLength(1)),
  version: int().check(_gte(1)),
  tag: string(),
  registeredAt: string(),
  /** The files that make up the model, by name, with their digests and where each is stored. */
  assets: array(extend(fileDigest, { name: string(), location: optional(assetLocation) })),
  /** The commit the version's tag points at: the merge of its pull request. */
  commit: optional(string()),
  pullRequest: optional(
    object({
      number: int(),
      url: string(),
      approvals: array(approval),
      title: optional(string()),
      author: optional(string()),
      headSha: optional(string()),
      mergedAt: optional(string()),
      mergedBy: optional(string()),
      /** Why the approvals sufficed, or that the config requires none. */
      approvalRule: optional(string())
    })
  ),
  /** The training run and artifact the files came from: what makes a re-registration a no-op. */
  source: optional(object({ runId: int(), artifact: string() })),
  /** The workflow run that registered the version. */
  registration: optional(
    object({ runId: int(), runAttempt: int(), url: string(), event: string() })
  ),
  record: runRecord,
  /** Artifact attestations of the model files (register's `attest: true`), one per file. */
  attestations: optional(
    array(
      object({
        asset: string(),
        sha256: string(),
        /** Absent for an attestation an earlier run stored (GitHub lists them without ids). */
        id: optional(int()),
        url: optional(string())
      })
    )
  ),
  /** Per-feature data profile for drift checks later (see lib/drift). */
  dataProfile: optional(unknown())
});
function parseVersionTag(tag) {
  const match = /^([a-z0-9][a-z0-9._-]*)-v([1-9]\d*)$/.exec(tag);
  return match ? { model: match[1], version: Number(match[2]) } : void 0;
}
function parseVersionMetadata(text, file) {
  return parseJsonWith(text, file, versionMetadata, "version metadata");
}

export {
  CONFIG_FILE,
  parseTrainyardConfig,
  loadTrainyardConfig,
  runRecord,
  VERSION_METADATA_ASSET,
  versionMetadata,
  parseVersionTag,
  parseVersionMetadata
};
