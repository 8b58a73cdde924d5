export const id = 290;
export const ids = [290];
export const modules = {

/***/ 6583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g2: () => (/* binding */ CONFIG_FILE),
  pZ: () => (/* binding */ loadTrainyardConfig),
  Oc: () => (/* binding */ parseTrainyardConfig)
});

// UNUSED EXPORTS: checkTrainyardConfig, modelConfig, promotionConfig, retrainConfig, trainyardConfig, trainyardConfigJsonSchema

// EXTERNAL MODULE: ./lib/zod.ts
var zod = __webpack_require__(8411);
;// CONCATENATED MODULE: ./lib/deploy/config.ts

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
const seconds = (fallback, what) => zod/* _default */.Rvf(zod/* number */.aig().check(zod/* positive */.yjt(), zod/* maximum */.PhQ(86_400)), fallback).check(zod/* describe */.q0y(what));
const headers = zod/* record */.g1P(zod/* string */.YjP().check(zod/* regex */.yGV(/^[A-Za-z0-9-]+$/, "an HTTP header name")), zod/* string */.YjP())
    .check(zod/* describe */.q0y("Extra HTTP headers, by name (placeholders allowed in values)."));
const commandTarget = zod/* strictObject */.rej({
    kind: zod/* literal */.euz("command"),
    run: zod/* string */.YjP()
        .check(zod/* minLength */.BpQ(1), zod/* describe */.q0y("Your deploy script, run with bash from the working directory, with MODEL_NAME, MODEL_VERSION, MODEL_PATH (a folder with the version's files), MODEL_DIGEST, DEPLOY_ENVIRONMENT, STORAGE_URI and DEPLOYMENT_ID set.")),
    working_directory: zod/* _default */.Rvf(zod/* string */.YjP(), ".")
        .check(zod/* describe */.q0y("Where the script runs, relative to the workspace.")),
    env: zod/* optional */.lqM(zod/* record */.g1P(zod/* string */.YjP().check(zod/* regex */.yGV(/^[A-Za-z_][A-Za-z0-9_]*$/, "an environment variable name")), zod/* string */.YjP()))
        .check(zod/* describe */.q0y("Extra environment variables for the script (placeholders allowed).")),
    timeout_minutes: zod/* _default */.Rvf(zod/* number */.aig().check(zod/* positive */.yjt(), zod/* maximum */.PhQ(360)), 30)
        .check(zod/* describe */.q0y("Stop the script (its whole process group) after this long and count it as failed.")),
})
    .check(zod/* describe */.q0y("Runs your deploy script on the runner."));
const httpTarget = zod/* strictObject */.rej({
    kind: zod/* literal */.euz("http"),
    url: zod/* url */.OZ5({ protocol: /^https?$/ })
        .check(zod/* describe */.q0y("The serving platform's endpoint: it receives a POST with the deployment as JSON, signed with HMAC-SHA256 (X-Trainyard-Signature-256).")),
    status_url: zod/* optional */.lqM(zod/* string */.YjP().check(zod/* minLength */.BpQ(1)))
        .check(zod/* describe */.q0y("Polled with GET until its JSON `state` is success or failure (placeholders allowed). Default: the `status_url` of the POST's answer, else its Location header on 202, else no polling.")),
    headers: zod/* optional */.lqM(headers),
    timeout_seconds: seconds(600, "How long to wait for the platform to finish."),
    poll_interval_seconds: seconds(5, "Seconds between two polls of the status URL."),
})
    .check(zod/* describe */.q0y("Hands the version to a serving platform over HTTP."));
const kubernetesTarget = zod/* strictObject */.rej({
    kind: zod/* literal */.euz("kubernetes"),
    name: zod/* optional */.lqM(zod/* string */.YjP()
        .check(zod/* maxLength */.Ru6(63), zod/* regex */.yGV(dnsLabel, "a Kubernetes name: lower case letters, digits and -, starting with a letter")))
        .check(zod/* describe */.q0y("The InferenceService's name. Default: the model's name, with . and _ as -.")),
    namespace: zod/* optional */.lqM(zod/* string */.YjP().check(zod/* maxLength */.Ru6(63), zod/* regex */.yGV(dnsLabel, "a Kubernetes namespace name")))
        .check(zod/* describe */.q0y("Namespace of the InferenceService (default: kubectl's current one).")),
    model_format: zod/* optional */.lqM(zod/* string */.YjP().check(zod/* minLength */.BpQ(1)))
        .check(zod/* describe */.q0y("The predictor's model format, as KServe names it: sklearn, xgboost, lightgbm, pytorch, tensorflow, onnx, huggingface, ... Required unless a template is given.")),
    model_format_version: zod/* optional */.lqM(zod/* string */.YjP().check(zod/* minLength */.BpQ(1)))
        .check(zod/* describe */.q0y('The model format\'s version, e.g. "1".')),
    runtime: zod/* optional */.lqM(zod/* string */.YjP().check(zod/* minLength */.BpQ(1)))
        .check(zod/* describe */.q0y("A specific ServingRuntime (default: KServe picks one).")),
    template: zod/* optional */.lqM(zod/* string */.YjP().check(zod/* minLength */.BpQ(1)))
        .check(zod/* describe */.q0y("Your own manifest (YAML, path relative to the workspace) with placeholders, instead of the generated InferenceService.")),
    asset: zod/* optional */.lqM(zod/* string */.YjP().check(zod/* minLength */.BpQ(1)))
        .check(zod/* describe */.q0y("Which of the version's files the storage URI points at, when it has several.")),
    context: zod/* optional */.lqM(zod/* string */.YjP().check(zod/* minLength */.BpQ(1))).check(zod/* describe */.q0y("kubectl's --context.")),
    timeout_seconds: seconds(300, "How long to wait for the InferenceService to be Ready."),
})
    .check(zod/* superRefine */.zni((target, context) => {
    if (target.model_format === undefined && target.template === undefined)
        context.addIssue({
            code: "custom",
            path: ["model_format"],
            message: "model_format is required unless a template is given (e.g. model_format: sklearn)",
        });
}), zod/* describe */.q0y("Applies a KServe InferenceService with the runner's kubectl and waits for it to be Ready."));
const TARGET_KINDS = (/* unused pure expression or super */ null && (["command", "http", "kubernetes"]));
const targetConfig = zod/* discriminatedUnion */.gMt("kind", [commandTarget, httpTarget, kubernetesTarget])
    .check(zod/* describe */.q0y("Where the version goes: kind command, http or kubernetes."));
const jsonValue = zod/* union */.KCZ([zod/* string */.YjP(), zod/* number */.aig(), zod/* boolean */.zMY(), zod/* null */.chJ()]);
const smokeRequest = zod/* strictObject */.rej({
    url: zod/* string */.YjP().check(zod/* minLength */.BpQ(1), zod/* describe */.q0y("The URL to call (placeholders allowed).")),
    method: zod/* _default */.Rvf(zod/* enum */.k5n(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"]), "GET"),
    headers: zod/* optional */.lqM(headers),
    body: zod/* optional */.lqM(zod/* union */.KCZ([zod/* string */.YjP(), zod/* record */.g1P(zod/* string */.YjP(), zod/* unknown */.L5J()), zod/* array */.YOg(zod/* unknown */.L5J())]))
        .check(zod/* describe */.q0y("The request body: text as it is, or an object or list sent as JSON (placeholders allowed).")),
    timeout_seconds: seconds(10, "How long one attempt of this request may take."),
    expect: zod/* _default */.Rvf(zod/* strictObject */.rej({
        status: zod/* optional */.lqM(zod/* union */.KCZ([
            zod/* int */.Whr().check(zod/* minimum */.BpO(100), zod/* maximum */.PhQ(599)),
            zod/* array */.YOg(zod/* int */.Whr().check(zod/* minimum */.BpO(100), zod/* maximum */.PhQ(599))).check(zod/* minLength */.BpQ(1)),
        ]))
            .check(zod/* describe */.q0y("The status code, or the list of codes, that pass. Default: any 2xx.")),
        json: zod/* optional */.lqM(zod/* record */.g1P(zod/* string */.YjP().check(zod/* minLength */.BpQ(1)), jsonValue))
            .check(zod/* describe */.q0y('Fields of the JSON answer and their values, by dotted path ("model.version", "predictions.0"); a text value (placeholders allowed) matches the field written as text.')),
        contains: zod/* optional */.lqM(zod/* string */.YjP())
            .check(zod/* describe */.q0y("Text the answer must contain (placeholders allowed).")),
        matches: zod/* optional */.lqM(zod/* string */.YjP().check(zod/* refine */.YPB(isRegex, { message: "a valid regular expression" })))
            .check(zod/* describe */.q0y("A regular expression the answer must match.")),
    }), {})
        .check(zod/* describe */.q0y("What a good answer looks like.")),
})
    .check(zod/* describe */.q0y("One HTTP request of the smoke test."));
const smokeTestConfig = zod/* strictObject */.rej({
    requests: zod/* array */.YOg(smokeRequest)
        .check(zod/* minLength */.BpQ(1), zod/* describe */.q0y("Requests made in order; each must pass.")),
    timeout_seconds: seconds(60, "How long the smoke test may keep retrying before the deployment counts as failed."),
    initial_delay_seconds: seconds(1, "The wait before the first retry; it doubles after each failed attempt (at most 30 s)."),
})
    .check(zod/* describe */.q0y("Proves a new version answers as it should, right after it is deployed."));
const environmentDeployConfig = zod/* strictObject */.rej({
    target: targetConfig,
    url: zod/* optional */.lqM(zod/* string */.YjP().check(zod/* minLength */.BpQ(1)))
        .check(zod/* describe */.q0y("Where the environment answers, shown on the deployment (placeholders allowed).")),
    smoke_test: zod/* optional */.lqM(smokeTestConfig),
    rollback: zod/* _default */.Rvf(zod/* boolean */.zMY(), true)
        .check(zod/* describe */.q0y("When the target or the smoke test fails, deploy the previous version again.")),
})
    .check(zod/* describe */.q0y("How the model is deployed to one environment."));
const deployConfig = zod/* record */.g1P(zod/* string */.YjP().check(zod/* regex */.yGV(environmentName, "an environment name")), environmentDeployConfig)
    .check(zod/* describe */.q0y("Deployment per environment, keyed by the environment names of .trainyard/deployments.yml."));
function isRegex(text) {
    try {
        new RegExp(text);
        return true;
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./lib/drift/settings.ts
var settings = __webpack_require__(6265);
// EXTERNAL MODULE: ./lib/errors.ts
var errors = __webpack_require__(8115);
// EXTERNAL MODULE: ./lib/evaluate/gates.ts
var gates = __webpack_require__(9660);
// EXTERNAL MODULE: ./lib/registry/oci-store.ts
var oci_store = __webpack_require__(5185);
;// CONCATENATED MODULE: ./lib/registry/registry-config.ts


/** `models.<name>.registry` in .github/trainyard.yml: how register keeps the model's versions. */
const DEFAULT_MODEL_CARD_TEMPLATE = ".github/model-card.md";
const approvalsSpec = zod/* strictObject */.rej({
    required: zod/* _default */.Rvf(zod/* boolean */.zMY(), true)
        .check(zod/* describe */.q0y("Refuse to register a model from a pull request without an approving review from a code owner or an approver.")),
    approvers: zod/* _default */.Rvf(zod/* array */.YOg(zod/* string */.YjP()
        .check(zod/* regex */.yGV(/^@?[A-Za-z0-9][A-Za-z0-9-]*(\/[A-Za-z0-9._-]+)?$/, "a GitHub login (alice) or a team (acme/ml-leads)"))), [])
        .check(zod/* describe */.q0y("Who may approve besides the code owners of the changed files (CODEOWNERS): GitHub logins or org/team. With no CODEOWNERS for the files and none here, anyone with write access may.")),
})
    .check(zod/* describe */.q0y("Who must approve a pull request before its model becomes a version."));
const registrySpec = zod/* strictObject */.rej({
    store: zod/* _default */.Rvf(zod/* enum */.k5n(["release", "oci"]), "release")
        .check(zod/* describe */.q0y('Where the model files go: "release" (assets of the version\'s GitHub Release, up to 2 GiB a file) or "oci" (an OCI registry; the Release keeps the metadata and model card).')),
    oci: zod/* optional */.lqM(oci_store/* ociStoreConfig */.TD),
    approvals: zod/* prefault */.SdS(approvalsSpec, {}),
    model_card: zod/* _default */.Rvf(zod/* string */.YjP().check(zod/* minLength */.BpQ(1)), DEFAULT_MODEL_CARD_TEMPLATE)
        .check(zod/* describe */.q0y("The model card's template (markdown with {{metrics}}, {{slices}}, {{data}}, {{cost}}, {{files}}, {{provenance}}, {{model}}, {{version}}, {{tag}}, {{commit}}); used when the file exists.")),
})
    .check(zod/* superRefine */.zni((registry, context) => {
    if (registry.store === "oci" && !registry.oci)
        context.addIssue({
            code: "custom",
            path: ["oci"],
            message: 'store "oci" needs oci: { repository: <host>/<repository> }',
        });
}), zod/* describe */.q0y("How model versions are registered: the store for their files, approvals, the model card."));

// EXTERNAL MODULE: ./lib/config/located-document.ts
var located_document = __webpack_require__(6417);
;// CONCATENATED MODULE: ./lib/config/trainyard-config.ts







/**
 * `.github/trainyard.yml`: the one configuration file the actions and the bot read. Strict, so a
 * misspelt key is an error at its line rather than a setting silently ignored.
 */
const CONFIG_FILE = ".github/trainyard.yml";
const modelName = zod/* string */.YjP()
    .check(zod/* regex */.yGV(/^[a-z0-9][a-z0-9._-]*$/, "a model name in lower case: letters, digits, . _ - (it becomes tags and branch names)"));
const nonEmptyNames = zod/* array */.YOg(zod/* string */.YjP().check(zod/* minLength */.BpQ(1)));
const promotionConfig = zod/* strictObject */.rej({
    environment: zod/* _default */.Rvf(zod/* string */.YjP()
        .check(zod/* regex */.yGV(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "an environment name (letters, digits, . _ -)")), "production")
        .check(zod/* describe */.q0y("The environment a newly registered version is proposed for, in .trainyard/deployments.yml.")),
    labels: zod/* _default */.Rvf(nonEmptyNames, [])
        .check(zod/* describe */.q0y("Labels for the promotion pull request, besides trainyard:promote.")),
    reviewers: zod/* _default */.Rvf(nonEmptyNames, [])
        .check(zod/* describe */.q0y("GitHub users asked to review the promotion pull request.")),
    team_reviewers: zod/* _default */.Rvf(nonEmptyNames, [])
        .check(zod/* describe */.q0y("Teams (by slug) asked to review the promotion pull request.")),
})
    .check(zod/* describe */.q0y("The promotion pull request the bot opens when a version of this model is released: approving and merging it is the promotion."));
const retrainConfig = zod/* strictObject */.rej({
    labels: zod/* _default */.Rvf(nonEmptyNames, [])
        .check(zod/* describe */.q0y("Labels for the retraining pull request, besides trainyard:retrain.")),
    reviewers: zod/* _default */.Rvf(nonEmptyNames, [])
        .check(zod/* describe */.q0y("GitHub users asked to review the retraining pull request.")),
    team_reviewers: zod/* _default */.Rvf(nonEmptyNames, [])
        .check(zod/* describe */.q0y("Teams (by slug) asked to review the retraining pull request.")),
    cooldown_hours: zod/* _default */.Rvf(zod/* number */.aig().check(zod/* minimum */.BpO(0)), 24)
        .check(zod/* describe */.q0y("Hours after a retraining pull request of this model was merged or closed before the bot opens another.")),
    hourly_limit: zod/* _default */.Rvf(zod/* int */.Whr().check(zod/* minimum */.BpO(0)), 2)
        .check(zod/* describe */.q0y("New pull requests the bot may open in this repository per hour, all models together, as Renovate's prHourlyLimit (0: no limit).")),
})
    .check(zod/* describe */.q0y("The retraining pull request the bot opens or updates when this model's data drifts (a drift check's dispatch, a Prometheus alert) or someone comments `/retrain <model>`."));
const modelConfig = zod/* strictObject */.rej({
    metrics: zod/* _default */.Rvf(zod/* string */.YjP(), "metrics.json")
        .check(zod/* describe */.q0y("The metrics file training writes (JSON, YAML or CSV; nested keys are joined with '.').")),
    predictions: zod/* optional */.lqM(zod/* string */.YjP())
        .check(zod/* describe */.q0y("Per-example predictions training writes (CSV or JSON Lines: id, label, prediction), for significance tests.")),
    gates: zod/* _default */.Rvf(gates/* gatesSpec */.G6, {}),
    slices: zod/* optional */.lqM(gates/* slicesSpec */.F2),
    evaluate: zod/* optional */.lqM(zod/* strictObject */.rej({
        command: zod/* string */.YjP()
            .check(zod/* minLength */.BpQ(1), zod/* describe */.q0y("Scores a model on the current test data. Runs with MODEL_PATH (the model's files) and OUTPUT_DIR (where to write metrics and predictions) set, once for production and once for the candidate.")),
    }))
        .check(zod/* describe */.q0y("Champion/challenger: score the production model and the candidate on the same, new data.")),
    registry: zod/* prefault */.SdS(registrySpec, {}),
    promotion: zod/* prefault */.SdS(promotionConfig, {}),
    retrain: zod/* prefault */.SdS(retrainConfig, {}),
    drift: zod/* prefault */.SdS(settings/* driftSettings */.L, {})
        .check(zod/* describe */.q0y("Data drift checks (drift-check, trainyard drift): the share of drifted features that is dataset drift, and per feature its test, threshold, or ignore.")),
    deploy: zod/* optional */.lqM(deployConfig)
        .check(zod/* describe */.q0y("Where each environment of .trainyard/deployments.yml runs the model: the target, the smoke test, rollback.")),
})
    .check(zod/* describe */.q0y("One model: where its metrics are, and the gates it must clear."));
const trainyardConfig = zod/* strictObject */.rej({
    $schema: zod/* optional */.lqM(zod/* string */.YjP()).check(zod/* describe */.q0y("URL of this file's JSON Schema, for editors.")),
    _extends: zod/* optional */.lqM(zod/* string */.YjP())
        .check(zod/* describe */.q0y("Where the bot takes defaults from, as Probot apps do: a repository (`.github`, `other-repo`, `org/repo`) whose .github/trainyard.yml this file is merged over.")),
    models: zod/* record */.g1P(modelName, modelConfig).check(zod/* describe */.q0y("The models of this repository, by name.")),
})
    .check(zod/* describe */.q0y("Trainyard's configuration: .github/trainyard.yml"));
const rules = { schema: trainyardConfig, expected: 'a configuration with "models"' };
function parseTrainyardConfig(text, file = CONFIG_FILE) {
    return (0,located_document/* parseDocumentWith */.$L)(text, file, rules);
}
/**
 * A configuration read and merged elsewhere (the bot's: the repository's file over the defaults
 * it `_extends`), checked as the file is. Problems name the source and field; there is no line.
 */
function checkTrainyardConfig(value, source = CONFIG_FILE) {
    try {
        return parseDocumentWith(JSON.stringify(value ?? null), "merged.json", rules);
    }
    catch (error) {
        if (!(error instanceof ConfigError))
            throw error;
        const { field } = error.location;
        throw new ConfigError(error.detail, { file: source, ...(field ? { field } : {}) }, { cause: error });
    }
}
function loadTrainyardConfig(file) {
    return (0,located_document/* loadDocumentWith */.SQ)(file, rules, "Trainyard configuration");
}
/** JSON Schema of what a user may write in `.github/trainyard.yml`, for editors (`schemas/`). */
function trainyardConfigJsonSchema() {
    return {
        ...z.toJSONSchema(trainyardConfig, { io: "input", unrepresentable: "any" }),
        title: "Trainyard configuration (.github/trainyard.yml)",
    };
}


/***/ }),

/***/ 5185:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TD: () => (/* binding */ ociStoreConfig),
/* harmony export */   v2: () => (/* binding */ createOciStore)
/* harmony export */ });
/* unused harmony exports MODEL_ARTIFACT_TYPE, MODEL_FILE_MEDIA_TYPE, OCI_MANIFEST_MEDIA_TYPE, OCI_EMPTY_MEDIA_TYPE, parseOciRepository, modelManifest, parseChallenge */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8115);
/* harmony import */ var _zod_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8411);









/**
 * The OCI store: a model version's files as one OCI artifact in any registry that speaks the OCI
 * distribution API (ghcr.io, Docker Hub, a self-hosted distribution registry). One layer per file,
 * an empty config, `artifactType` naming Trainyard's model, tagged with the version's tag.
 */
/** `artifactType` of a model version's manifest. */
const MODEL_ARTIFACT_TYPE = "application/vnd.trainyard.model.v1";
/** Media type of each layer: one file of the model, its bytes as they are (not a tar). */
const MODEL_FILE_MEDIA_TYPE = "application/vnd.trainyard.model.file.v1";
const OCI_MANIFEST_MEDIA_TYPE = "application/vnd.oci.image.manifest.v1+json";
/** The OCI 1.1 guidance for artifacts without a config: this media type and the 2-byte blob `{}`. */
const OCI_EMPTY_MEDIA_TYPE = "application/vnd.oci.empty.v1+json";
const EMPTY_CONFIG = Buffer.from("{}");
const EMPTY_CONFIG_DIGEST = `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(EMPTY_CONFIG).digest("hex")}`;
const TITLE_ANNOTATION = "org.opencontainers.image.title";
const MiB = 1024 * 1024;
/** `models.<name>.registry.oci` in .github/trainyard.yml. Credentials never live here: they are inputs. */
const ociStoreConfig = _zod_js__WEBPACK_IMPORTED_MODULE_8__/* .strictObject */ .rej({
    repository: _zod_js__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP()
        .check(_zod_js__WEBPACK_IMPORTED_MODULE_8__/* .regex */ .yGV(/^[a-z0-9.-]+(:[0-9]+)?\/[a-z0-9]+([._-][a-z0-9]+)*(\/[a-z0-9]+([._-][a-z0-9]+)*)*$/, "a registry host and repository in lower case, e.g. ghcr.io/acme/churn-model or registry.internal:5000/ml/churn"), _zod_js__WEBPACK_IMPORTED_MODULE_8__/* .describe */ .q0y("Where the model's files are pushed: registry host[:port]/repository, e.g. ghcr.io/acme/churn-model.")),
    chunk_size_mib: _zod_js__WEBPACK_IMPORTED_MODULE_8__/* ._default */ .Rvf(_zod_js__WEBPACK_IMPORTED_MODULE_8__/* .int */ .Whr().check(_zod_js__WEBPACK_IMPORTED_MODULE_8__/* .minimum */ .BpO(1), _zod_js__WEBPACK_IMPORTED_MODULE_8__/* .maximum */ .PhQ(4096)), 4)
        .check(_zod_js__WEBPACK_IMPORTED_MODULE_8__/* .describe */ .q0y("Files up to this size are uploaded in one request, larger ones in chunks of this size (MiB). ghcr.io takes at most 4 MiB per chunk; a self-hosted registry may take more.")),
    insecure: _zod_js__WEBPACK_IMPORTED_MODULE_8__/* ._default */ .Rvf(_zod_js__WEBPACK_IMPORTED_MODULE_8__/* .boolean */ .zMY(), false)
        .check(_zod_js__WEBPACK_IMPORTED_MODULE_8__/* .describe */ .q0y("Talk plain HTTP to the registry (a self-hosted registry without TLS on a private network). Loopback registries always use HTTP.")),
})
    .check(_zod_js__WEBPACK_IMPORTED_MODULE_8__/* .describe */ .q0y("An OCI registry (ghcr.io, or a self-hosted distribution registry) for model files over 2 GiB."));
/** `ghcr.io/acme/churn-model` → registry `ghcr.io`, repository `acme/churn-model`. */
function parseOciRepository(reference) {
    const slash = reference.indexOf("/");
    if (slash <= 0 || slash === reference.length - 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigError */ .xL(`expected registry host[:port]/repository, got "${reference}"`, {
            field: "registry.oci.repository",
        });
    }
    return { registry: reference.slice(0, slash), repository: reference.slice(slash + 1) };
}
function createOciStore(options) {
    return new OciStore(options);
}
const manifestDescriptor = _zod_js__WEBPACK_IMPORTED_MODULE_8__/* .object */ .Ikc({
    mediaType: _zod_js__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP(),
    digest: _zod_js__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP(),
    size: _zod_js__WEBPACK_IMPORTED_MODULE_8__/* .int */ .Whr().check(_zod_js__WEBPACK_IMPORTED_MODULE_8__/* .minimum */ .BpO(0)),
    annotations: _zod_js__WEBPACK_IMPORTED_MODULE_8__/* .optional */ .lqM(_zod_js__WEBPACK_IMPORTED_MODULE_8__/* .record */ .g1P(_zod_js__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP(), _zod_js__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP())),
});
const ociManifest = _zod_js__WEBPACK_IMPORTED_MODULE_8__/* .object */ .Ikc({
    schemaVersion: _zod_js__WEBPACK_IMPORTED_MODULE_8__/* .literal */ .euz(2),
    mediaType: _zod_js__WEBPACK_IMPORTED_MODULE_8__/* .optional */ .lqM(_zod_js__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP()),
    artifactType: _zod_js__WEBPACK_IMPORTED_MODULE_8__/* .optional */ .lqM(_zod_js__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP()),
    config: manifestDescriptor,
    layers: _zod_js__WEBPACK_IMPORTED_MODULE_8__/* .array */ .YOg(manifestDescriptor),
    annotations: _zod_js__WEBPACK_IMPORTED_MODULE_8__/* .optional */ .lqM(_zod_js__WEBPACK_IMPORTED_MODULE_8__/* .record */ .g1P(_zod_js__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP(), _zod_js__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP())),
});
/** The manifest of a model version; the same files and annotations always give the same bytes. */
function modelManifest(files, annotations) {
    const sorted = Object.fromEntries(Object.entries(annotations).sort(([a], [b]) => (a < b ? -1 : 1)));
    return {
        schemaVersion: 2,
        mediaType: OCI_MANIFEST_MEDIA_TYPE,
        artifactType: MODEL_ARTIFACT_TYPE,
        config: { mediaType: OCI_EMPTY_MEDIA_TYPE, digest: EMPTY_CONFIG_DIGEST, size: EMPTY_CONFIG.length },
        layers: files.map((file) => ({
            mediaType: MODEL_FILE_MEDIA_TYPE,
            digest: `sha256:${file.sha256}`,
            size: file.size,
            annotations: { [TITLE_ANNOTATION]: file.name },
        })),
        ...(Object.keys(sorted).length > 0 ? { annotations: sorted } : {}),
    };
}
class OciStore {
    options;
    kind = "oci";
    clients = new Map();
    constructor(options) {
        this.options = options;
    }
    async put(tag, files, annotations) {
        const config = this.options.config;
        if (!config) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigError */ .xL("the OCI store needs a repository to push to", {
                field: "registry.oci.repository",
            });
        }
        const names = new Set();
        for (const file of files) {
            if (names.has(file.name))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .DataError */ .fL(`two files are named "${file.name}"`, { file: file.name });
            names.add(file.name);
            const onDisk = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(file.path);
            if (onDisk.size !== file.size) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .DataError */ .fL(`is ${onDisk.size} bytes on disk, but ${file.size} bytes were hashed`, {
                    file: file.name,
                });
            }
        }
        const { registry, repository } = parseOciRepository(config.repository);
        const client = this.client(registry, repository);
        const chunkSize = this.options.chunkSize ?? config.chunk_size_mib * MiB;
        await client.pushBlob(EMPTY_CONFIG_DIGEST, EMPTY_CONFIG.length, { bytes: EMPTY_CONFIG }, chunkSize, "config");
        for (const file of files) {
            await client.pushBlob(`sha256:${file.sha256}`, file.size, { path: file.path }, chunkSize, file.name);
        }
        const manifestDigest = await client.pushManifest(tag, Buffer.from(JSON.stringify(modelManifest(files, annotations))));
        return new Map(files.map((file) => [
            file.name,
            { kind: "oci", registry, repository, manifestDigest, layerDigest: `sha256:${file.sha256}` },
        ]));
    }
    async get(name, location, expectedSha256, destination) {
        if (location.kind !== "oci")
            throw new Error(`the OCI store cannot read a file stored as "${location.kind}"`);
        if (location.layerDigest !== `sha256:${expectedSha256}`) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .DataError */ .fL(`the metadata expects sha256:${expectedSha256}, but the file is stored as layer ${location.layerDigest}`, { file: name });
        }
        const client = this.client(location.registry, location.repository);
        const manifest = await client.pullManifest(location.manifestDigest, name);
        const layer = manifest.layers.find((candidate) => candidate.digest === location.layerDigest && candidate.annotations?.[TITLE_ANNOTATION] === name) ?? manifest.layers.find((candidate) => candidate.digest === location.layerDigest);
        if (!layer) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .DataError */ .fL(`manifest ${location.manifestDigest} in ${location.registry}/${location.repository} has no layer ${location.layerDigest}`, { file: name });
        }
        await client.pullBlob(layer.digest, layer.size, destination, name);
    }
    client(registry, repository) {
        const key = `${registry}/${repository}`;
        let client = this.clients.get(key);
        if (!client) {
            const configured = this.options.config ? parseOciRepository(this.options.config.repository) : undefined;
            const plainHttp = isLoopback(registry) || (configured?.registry === registry && this.options.config?.insecure === true);
            client = new RegistryClient(registry, repository, {
                baseUrl: `${plainHttp ? "http" : "https"}://${registry}`,
                credentials: !configured || configured.registry === registry ? this.options.credentials : undefined,
                retries: this.options.retries ?? 4,
                retryDelayMs: this.options.retryDelayMs ?? 500,
                fetch: this.options.fetch ?? fetch,
            });
            this.clients.set(key, client);
        }
        return client;
    }
}
function isLoopback(registry) {
    const host = registry.replace(/:\d+$/, "");
    return host === "localhost" || host === "127.0.0.1" || host === "[::1]" || host.startsWith("127.");
}
/** One repository in one registry: requests with auth (anonymous, Basic, Bearer tokens), retries, errors. */
class RegistryClient {
    registry;
    repository;
    settings;
    authorization;
    constructor(registry, repository, settings) {
        this.registry = registry;
        this.repository = repository;
        this.settings = settings;
    }
    /** Uploads a blob unless the registry has it already; `source` is streamed from disk or sent as is. */
    async pushBlob(digest, size, source, chunkSize, label) {
        const what = `blob ${digest} (${label})`;
        const head = await this.send({
            operation: `check ${what}`,
            method: "HEAD",
            url: `/v2/${this.repository}/blobs/${digest}`,
            access: "pull,push",
            ok: [200, 404],
        });
        if (head.status === 200)
            return "present";
        const started = await this.send({
            operation: `start upload of ${what}`,
            method: "POST",
            url: `/v2/${this.repository}/blobs/uploads/`,
            access: "pull,push",
            ok: [202],
        });
        let location = this.uploadLocation(started, `start upload of ${what}`);
        const slice = (start, end) => () => "bytes" in source
            ? source.bytes.subarray(start, end)
            : node_stream__WEBPACK_IMPORTED_MODULE_4__.Readable.toWeb((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(source.path, { start, end: end - 1 }));
        if (size > chunkSize) {
            for (let start = 0; start < size; start += chunkSize) {
                const end = Math.min(start + chunkSize, size);
                const chunk = await this.send({
                    operation: `upload bytes ${start}-${end - 1} of ${what}`,
                    method: "PATCH",
                    url: location,
                    access: "pull,push",
                    ok: [202],
                    headers: {
                        "content-type": "application/octet-stream",
                        "content-length": String(end - start),
                        "content-range": `${start}-${end - 1}`,
                    },
                    body: slice(start, end),
                });
                location = this.uploadLocation(chunk, `upload bytes ${start}-${end - 1} of ${what}`);
            }
        }
        const monolithic = size <= chunkSize;
        const finished = await this.send({
            operation: `finish upload of ${what}`,
            method: "PUT",
            url: withQuery(location, "digest", digest),
            access: "pull,push",
            ok: [201, 400],
            headers: monolithic
                ? { "content-type": "application/octet-stream", "content-length": String(size) }
                : { "content-length": "0" },
            ...(monolithic ? { body: slice(0, size) } : {}),
        });
        if (finished.status === 400) {
            const failure = await this.failure(`finish upload of ${what}`, finished);
            if (!failure.message.includes("DIGEST_INVALID"))
                throw failure;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .DataError */ .fL(`${this.registry}/${this.repository} received bytes that do not hash to ${digest}: the file changed after it was hashed`, { file: label });
        }
        await finished.body?.cancel();
        return "uploaded";
    }
    /** Tags the manifest (unless the tag already names these exact bytes); returns its digest. */
    async pushManifest(tag, bytes) {
        const digest = `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(bytes).digest("hex")}`;
        const url = `/v2/${this.repository}/manifests/${tag}`;
        const head = await this.send({
            operation: `check manifest ${tag}`,
            method: "HEAD",
            url,
            access: "pull,push",
            ok: [200, 404],
            headers: { accept: OCI_MANIFEST_MEDIA_TYPE },
        });
        if (head.status === 200 && head.headers.get("docker-content-digest") === digest)
            return digest;
        const put = await this.send({
            operation: `push manifest ${tag}`,
            method: "PUT",
            url,
            access: "pull,push",
            ok: [201],
            headers: { "content-type": OCI_MANIFEST_MEDIA_TYPE },
            body: () => bytes,
        });
        await put.body?.cancel();
        const stored = put.headers.get("docker-content-digest");
        if (stored && stored !== digest) {
            throw this.error(`push manifest ${tag}`, `the registry stored it as ${stored}, expected ${digest}`);
        }
        return digest;
    }
    async pullManifest(digest, file) {
        const response = await this.send({
            operation: `get manifest ${digest}`,
            method: "GET",
            url: `/v2/${this.repository}/manifests/${digest}`,
            access: "pull",
            ok: [200],
            headers: { accept: OCI_MANIFEST_MEDIA_TYPE },
        });
        const bytes = Buffer.from(await response.arrayBuffer());
        const actual = `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(bytes).digest("hex")}`;
        if (actual !== digest) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .DataError */ .fL(`manifest ${digest} from ${this.registry}/${this.repository} hashes to ${actual}: it is not the manifest that was stored`, { file });
        }
        let parsed;
        try {
            parsed = JSON.parse(bytes.toString("utf8"));
        }
        catch {
            parsed = undefined;
        }
        const result = ociManifest.safeParse(parsed);
        if (!result.success) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .DataError */ .fL(`manifest ${digest} from ${this.registry}/${this.repository} is not an OCI image manifest`, {
                file,
            });
        }
        return result.data;
    }
    /**
     * Streams a blob to a temporary file beside `destination` while hashing it, and renames it into
     * place only when the bytes hash to `digest`. A download cut off midway starts again (bounded).
     */
    async pullBlob(digest, size, destination, file) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(destination), { recursive: true });
        const partial = `${destination}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)().slice(0, 8)}.partial`;
        const operation = `download blob ${digest} (${file})`;
        try {
            for (let attempt = 0;; attempt++) {
                const response = await this.send({
                    operation,
                    method: "GET",
                    url: `/v2/${this.repository}/blobs/${digest}`,
                    access: "pull",
                    ok: [200],
                });
                const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256");
                let received = 0;
                const hashing = new node_stream__WEBPACK_IMPORTED_MODULE_4__.Transform({
                    transform(chunk, _encoding, callback) {
                        hash.update(chunk);
                        received += chunk.length;
                        callback(null, chunk);
                    },
                });
                try {
                    if (!response.body)
                        throw new Error("the response has no body");
                    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_5__.pipeline)(node_stream__WEBPACK_IMPORTED_MODULE_4__.Readable.fromWeb(response.body), hashing, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(partial));
                }
                catch (error) {
                    if (attempt >= this.settings.retries) {
                        throw this.error(operation, `the download broke off: ${error.message}`, undefined, error);
                    }
                    await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_6__.setTimeout)(this.backoff(attempt));
                    continue;
                }
                const actual = `sha256:${hash.digest("hex")}`;
                if (actual !== digest) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .DataError */ .fL(`the bytes from ${this.registry}/${this.repository} (${received} bytes, ${actual}) do not match the expected ${digest} (${size} bytes)`, { file });
                }
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(partial, destination);
                return;
            }
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(partial).catch(() => undefined);
        }
    }
    uploadLocation(response, operation) {
        void response.body?.cancel();
        const location = response.headers.get("location");
        if (!location)
            throw this.error(operation, "the registry answered without a Location for the upload");
        return new URL(location, this.settings.baseUrl).toString();
    }
    /** One request: authenticates on a 401 challenge, retries 429, 5xx and network errors with backoff. */
    async send(spec) {
        const url = new URL(spec.url, this.settings.baseUrl).toString();
        let authenticated = false;
        for (let attempt = 0;;) {
            let response;
            try {
                response = await this.settings.fetch(url, {
                    method: spec.method,
                    headers: { ...spec.headers, ...(this.authorization ? { authorization: this.authorization } : {}) },
                    redirect: "follow",
                    ...(spec.body ? { body: spec.body(), duplex: "half" } : {}),
                });
            }
            catch (error) {
                if (attempt >= this.settings.retries) {
                    throw this.error(spec.operation, `cannot reach the registry: ${describeNetworkError(error)}`, undefined, error);
                }
                await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_6__.setTimeout)(this.backoff(attempt++));
                continue;
            }
            if (response.status === 401 && !authenticated) {
                await response.body?.cancel();
                await this.authenticate(response.headers.get("www-authenticate"), spec);
                authenticated = true;
                continue;
            }
            if (spec.ok.includes(response.status))
                return response;
            if ((response.status === 429 || response.status >= 500) && attempt < this.settings.retries) {
                await response.body?.cancel();
                await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_6__.setTimeout)(this.backoff(attempt++, response.headers.get("retry-after")));
                continue;
            }
            throw await this.failure(spec.operation, response);
        }
    }
    async authenticate(header, spec) {
        const challenge = header ? parseChallenge(header) : undefined;
        const credentials = this.settings.credentials;
        if (challenge?.scheme === "basic") {
            if (!credentials)
                throw this.error(spec.operation, "the registry asks for a user name and password (Basic)", 401);
            this.authorization = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64")}`;
            return;
        }
        if (challenge?.scheme !== "bearer" || !challenge.params.realm) {
            throw this.error(spec.operation, `unauthorized, and no usable challenge (WWW-Authenticate: ${header ?? "none"})`, 401);
        }
        const tokenUrl = new URL(challenge.params.realm);
        if (challenge.params.service)
            tokenUrl.searchParams.set("service", challenge.params.service);
        const scopes = new Set([`repository:${this.repository}:${spec.access}`]);
        if (challenge.params.scope)
            scopes.add(challenge.params.scope);
        for (const scope of scopes)
            tokenUrl.searchParams.append("scope", scope);
        const headers = credentials
            ? {
                authorization: `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64")}`,
            }
            : {};
        let response;
        try {
            response = await this.settings.fetch(tokenUrl, { headers });
        }
        catch (error) {
            throw this.error(spec.operation, `cannot reach the token service ${tokenUrl.origin}: ${describeNetworkError(error)}`, undefined, error);
        }
        if (!response.ok) {
            const body = await response.text().catch(() => "");
            throw this.error(spec.operation, `the token service ${tokenUrl.origin}${tokenUrl.pathname} refused ${credentials ? `the credentials of "${credentials.username}"` : "an anonymous request"}: ${response.status} ${response.statusText}${body ? `: ${body.slice(0, 200)}` : ""}`, response.status);
        }
        const answer = (await response.json().catch(() => ({})));
        const token = typeof answer.token === "string" ? answer.token : answer.access_token;
        if (typeof token !== "string" || token === "") {
            throw this.error(spec.operation, `the token service ${tokenUrl.origin}${tokenUrl.pathname} answered without a token`);
        }
        this.authorization = `Bearer ${token}`;
    }
    backoff(attempt, retryAfter) {
        const seconds = retryAfter ? Number(retryAfter) : Number.NaN;
        if (Number.isFinite(seconds) && seconds >= 0)
            return Math.min(seconds * 1000, 60_000);
        return this.settings.retryDelayMs * 2 ** attempt;
    }
    async failure(operation, response) {
        const text = await response.text().catch(() => "");
        let detail = text.slice(0, 300);
        try {
            const parsed = JSON.parse(text);
            if (Array.isArray(parsed.errors) && parsed.errors.length > 0) {
                detail = parsed.errors.map((error) => `${error.code ?? "ERROR"}: ${error.message ?? ""}`).join("; ");
            }
        }
        catch {
            // not the registry's JSON error format: keep the text
        }
        return this.error(operation, `${response.status} ${response.statusText}${detail ? `: ${detail}` : ""}`, response.status);
    }
    error(operation, detail, status, cause) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .RegistryError */ .gl(`OCI registry ${this.registry}, repository ${this.repository}: ${operation}: ${detail}`, {
            ...(status === undefined ? {} : { status }),
            cause,
        });
    }
}
function withQuery(url, name, value) {
    const parsed = new URL(url);
    parsed.searchParams.set(name, value);
    return parsed.toString();
}
function describeNetworkError(error) {
    const cause = error.cause;
    return cause?.code ?? cause?.message ?? error.message;
}
/** `Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:a/b:pull"` → its parts. */
function parseChallenge(header) {
    const match = /^\s*([A-Za-z]+)\s*(.*)$/.exec(header);
    if (!match)
        return undefined;
    const params = {};
    const pattern = /([A-Za-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))/g;
    for (const param of match[2].matchAll(pattern)) {
        params[param[1].toLowerCase()] = param[2] !== undefined ? param[2].replace(/\\(.)/g, "$1") : param[3];
    }
    return { scheme: match[1].toLowerCase(), params };
}


/***/ }),

/***/ 4371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ab: () => (/* binding */ VERSION_METADATA_ASSET),
  P5: () => (/* binding */ parseVersionMetadata),
  _Q: () => (/* binding */ parseVersionTag),
  sA: () => (/* binding */ versionMetadata)
});

// UNUSED EXPORTS: approval, versionTag

// EXTERNAL MODULE: ./lib/config/located-document.ts
var located_document = __webpack_require__(6417);
// EXTERNAL MODULE: ./lib/runs/run-record.ts
var run_record = __webpack_require__(7348);
// EXTERNAL MODULE: ./lib/zod.ts
var zod = __webpack_require__(8411);
// EXTERNAL MODULE: ./lib/registry/oci-store.ts
var oci_store = __webpack_require__(5185);
;// CONCATENATED MODULE: ./lib/registry/model-store.ts


/**
 * Where the files of a model version live. The version's Release always holds `trainyard.json` and
 * the model card; the model's files are Release assets (the default, no setup) or, for files over
 * the 2 GiB a Release asset may have, layers of an OCI artifact in any OCI registry.
 */
/** Where one file of a model version lives. Absent location (older metadata) = an asset of the version's Release. */
const assetLocation = zod/* discriminatedUnion */.gMt("kind", [
    zod/* object */.Ikc({ kind: zod/* literal */.euz("release") }),
    zod/* object */.Ikc({
        kind: zod/* literal */.euz("oci"),
        /** `host[:port]`, e.g. `ghcr.io` or `registry.internal:5000`. */
        registry: zod/* string */.YjP().check(zod/* minLength */.BpQ(1)),
        /** Repository inside the registry, e.g. `acme/churn-model`. */
        repository: zod/* string */.YjP().check(zod/* minLength */.BpQ(1)),
        /** Digest of the artifact's manifest, `sha256:<hex>`: pins the version even if the tag moves. */
        manifestDigest: zod/* string */.YjP().check(zod/* regex */.yGV(/^sha256:[0-9a-f]{64}$/)),
        /** Digest of this file's layer, `sha256:<hex>` (the file's sha256). */
        layerDigest: zod/* string */.YjP().check(zod/* regex */.yGV(/^sha256:[0-9a-f]{64}$/)),
    }),
]);
const storeFactories = {
    release: (options) => {
        if (!options.release)
            throw new Error("the Release store must be passed in (options.release)");
        return options.release();
    },
    oci: (options) => (0,oci_store/* createOciStore */.v2)(options.oci ?? {}),
};
/** The store of `kind`: from config (`models.<name>.registry.store`) to put, from `location.kind` to get. */
function createModelStore(kind, options) {
    return storeFactories[kind](options);
}
/** The location of a file whose metadata predates locations: a Release asset. */
function locationOf(asset) {
    return asset.location ?? { kind: "release" };
}
/**
 * Annotations of a stored model version (OCI manifest annotations; `org.opencontainers.image.*`
 * are read by registries' UIs and by tools such as oras). `created` must come from the version
 * (its registration time), not the clock, so that storing the same version again changes nothing.
 */
function modelVersionAnnotations(version) {
    const annotations = {
        "org.opencontainers.image.created": version.created,
        "org.opencontainers.image.version": `v${version.version}`,
        "trainyard.model": version.model,
        "trainyard.version": String(version.version),
    };
    if (version.source)
        annotations["org.opencontainers.image.source"] = version.source;
    if (version.revision)
        annotations["org.opencontainers.image.revision"] = version.revision;
    return annotations;
}

;// CONCATENATED MODULE: ./lib/registry/version-metadata.ts




/**
 * `trainyard.json`, the metadata asset of a model version's Release (tag `<model>-v<N>`): the run
 * that built it (its record, with metrics, params, data digests and cost), the assets with their
 * digests (checked again before anything is deployed), and who approved it.
 */
const VERSION_METADATA_ASSET = "trainyard.json";
const approval = zod/* object */.Ikc({
    login: zod/* string */.YjP(),
    submittedAt: zod/* string */.YjP(),
    /** The commit the approving review was made on. */
    commit: zod/* optional */.lqM(zod/* string */.YjP()),
});
const versionMetadata = zod/* object */.Ikc({
    schemaVersion: zod/* literal */.euz(1),
    model: zod/* string */.YjP().check(zod/* minLength */.BpQ(1)),
    version: zod/* int */.Whr().check(zod/* minimum */.BpO(1)),
    tag: zod/* string */.YjP(),
    registeredAt: zod/* string */.YjP(),
    /** The files that make up the model, by name, with their digests and where each is stored. */
    assets: zod/* array */.YOg(zod/* extend */.X$i(run_record/* fileDigest */.hd, { name: zod/* string */.YjP(), location: zod/* optional */.lqM(assetLocation) })),
    /** The commit the version's tag points at: the merge of its pull request. */
    commit: zod/* optional */.lqM(zod/* string */.YjP()),
    pullRequest: zod/* optional */.lqM(zod/* object */.Ikc({
        number: zod/* int */.Whr(),
        url: zod/* string */.YjP(),
        approvals: zod/* array */.YOg(approval),
        title: zod/* optional */.lqM(zod/* string */.YjP()),
        author: zod/* optional */.lqM(zod/* string */.YjP()),
        headSha: zod/* optional */.lqM(zod/* string */.YjP()),
        mergedAt: zod/* optional */.lqM(zod/* string */.YjP()),
        mergedBy: zod/* optional */.lqM(zod/* string */.YjP()),
        /** Why the approvals sufficed, or that the config requires none. */
        approvalRule: zod/* optional */.lqM(zod/* string */.YjP()),
    })),
    /** The training run and artifact the files came from: what makes a re-registration a no-op. */
    source: zod/* optional */.lqM(zod/* object */.Ikc({ runId: zod/* int */.Whr(), artifact: zod/* string */.YjP() })),
    /** The workflow run that registered the version. */
    registration: zod/* optional */.lqM(zod/* object */.Ikc({ runId: zod/* int */.Whr(), runAttempt: zod/* int */.Whr(), url: zod/* string */.YjP(), event: zod/* string */.YjP() })),
    record: run_record/* runRecord */.DW,
    /** Artifact attestations of the model files (register's `attest: true`), one per file. */
    attestations: zod/* optional */.lqM(zod/* array */.YOg(zod/* object */.Ikc({
        asset: zod/* string */.YjP(),
        sha256: zod/* string */.YjP(),
        /** Absent for an attestation an earlier run stored (GitHub lists them without ids). */
        id: zod/* optional */.lqM(zod/* int */.Whr()),
        url: zod/* optional */.lqM(zod/* string */.YjP()),
    }))),
    /** Per-feature data profile for drift checks later (see lib/drift). */
    dataProfile: zod/* optional */.lqM(zod/* unknown */.L5J()),
});
function versionTag(model, version) {
    return `${model}-v${version}`;
}
/** `churn-v4` → churn, 4; undefined for a tag that names no model version. */
function parseVersionTag(tag) {
    const match = /^([a-z0-9][a-z0-9._-]*)-v([1-9]\d*)$/.exec(tag);
    return match ? { model: match[1], version: Number(match[2]) } : undefined;
}
/** A version's `trainyard.json`, checked: a DataError names the file and the line or field at fault. */
function parseVersionMetadata(text, file) {
    return (0,located_document/* parseJsonWith */._x)(text, file, versionMetadata, "version metadata");
}


/***/ }),

/***/ 7348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DW: () => (/* binding */ runRecord),
/* harmony export */   hd: () => (/* binding */ fileDigest)
/* harmony export */ });
/* unused harmony exports historyPoint, gpuInfo, resourceUse, parseRunRecord */
/* harmony import */ var _config_located_document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6417);
/* harmony import */ var _zod_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8411);


/**
 * The run record: what one training run produced and cost, written by the train action (JSON),
 * uploaded with the model as an artifact, and read by evaluate, report and register. Every field
 * a reviewer or an auditor may ask about later: which commit, which data, which params, which
 * metrics, which files (with digests), on which machine, for how long and at what cost.
 */
const digest = _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().check(_zod_js__WEBPACK_IMPORTED_MODULE_1__/* .regex */ .yGV(/^[0-9a-f]{64}$/, "a sha256 in hex"));
const fileDigest = _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    /** Path relative to the workspace, with forward slashes. */
    path: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().check(_zod_js__WEBPACK_IMPORTED_MODULE_1__/* .minLength */ .BpQ(1)),
    size: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().check(_zod_js__WEBPACK_IMPORTED_MODULE_1__/* .minimum */ .BpO(0)),
    sha256: digest,
});
/** One line of per-step history (e.g. an epoch): a step number and that step's metric values. */
const historyPoint = _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .catchall */ .rUs(_zod_js__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ step: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig() }), _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig());
const gpuInfo = _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    index: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().check(_zod_js__WEBPACK_IMPORTED_MODULE_1__/* .minimum */ .BpO(0)),
    name: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    uuid: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(_zod_js__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    memoryTotalMiB: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().check(_zod_js__WEBPACK_IMPORTED_MODULE_1__/* .minimum */ .BpO(0)),
    driver: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    cuda: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(_zod_js__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
});
const statistic = _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ mean: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), max: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig() });
const resourceUse = _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    gpuCount: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().check(_zod_js__WEBPACK_IMPORTED_MODULE_1__/* .minimum */ .BpO(0)),
    /** GPU-hours: wall time × GPUs the run held. */
    gpuHours: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().check(_zod_js__WEBPACK_IMPORTED_MODULE_1__/* .minimum */ .BpO(0)),
    /** Energy the GPUs drew, integrated from their power samples, in kWh. */
    energyKWh: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().check(_zod_js__WEBPACK_IMPORTED_MODULE_1__/* .minimum */ .BpO(0)),
    cost: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(_zod_js__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        currency: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz("USD"),
        amount: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().check(_zod_js__WEBPACK_IMPORTED_MODULE_1__/* .minimum */ .BpO(0)),
        pricePerGpuHour: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().check(_zod_js__WEBPACK_IMPORTED_MODULE_1__/* .minimum */ .BpO(0)),
    })),
    telemetry: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(_zod_js__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        samples: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().check(_zod_js__WEBPACK_IMPORTED_MODULE_1__/* .minimum */ .BpO(0)),
        intervalSeconds: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().check(_zod_js__WEBPACK_IMPORTED_MODULE_1__/* .positive */ .yjt()),
        utilizationPercent: statistic,
        memoryUsedMiB: statistic,
        powerWatts: statistic,
    })),
});
const runRecord = _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    schemaVersion: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(1),
    model: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().check(_zod_js__WEBPACK_IMPORTED_MODULE_1__/* .minLength */ .BpQ(1)),
    run: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        id: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr(),
        attempt: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().check(_zod_js__WEBPACK_IMPORTED_MODULE_1__/* .minimum */ .BpO(1)),
        url: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        workflow: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        job: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        event: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        actor: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        startedAt: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        finishedAt: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        durationSeconds: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().check(_zod_js__WEBPACK_IMPORTED_MODULE_1__/* .minimum */ .BpO(0)),
    }),
    git: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        repository: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        commit: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        ref: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        pullRequest: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(_zod_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr()),
    }),
    command: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    exitCode: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr(),
    params: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(_zod_js__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([_zod_js__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()])),
    /** Flat metric names (`val.accuracy`, nested keys joined with "."), values as numbers. */
    metrics: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(_zod_js__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()),
    /** Metrics per slice, keyed by the slice's name (`country=DE`). */
    slices: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* ._default */ .Rvf(_zod_js__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(_zod_js__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(_zod_js__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig())), {}),
    history: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* ._default */ .Rvf(_zod_js__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(historyPoint), []),
    artifacts: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(fileDigest),
    data: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* ._default */ .Rvf(_zod_js__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(fileDigest), []),
    environment: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        runner: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ os: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), arch: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), name: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }),
        gpus: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(gpuInfo),
        /** Versions of tools the run could see: python, torch, cuda, scikit-learn... */
        software: _zod_js__WEBPACK_IMPORTED_MODULE_1__/* ._default */ .Rvf(_zod_js__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(_zod_js__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), _zod_js__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()), {}),
    }),
    resources: resourceUse,
});
/** A run record's JSON, checked: a DataError names the file and the line or field at fault. */
function parseRunRecord(text, file) {
    return parseJsonWith(text, file, runRecord, "a run record");
}


/***/ })

};
