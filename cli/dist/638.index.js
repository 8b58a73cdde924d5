export const id = 638;
export const ids = [638];
export const modules = {

/***/ 9638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDemoCommand: () => (/* binding */ runDemoCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./lib/zod.ts
var zod = __webpack_require__(8411);
// EXTERNAL MODULE: ./lib/drift/report.ts
var report = __webpack_require__(4370);
;// CONCATENATED MODULE: ./lib/drift/retrain-record.ts
/**
 * The retraining record: `.trainyard/retrain/<model>.json` on the bot's retraining branch says
 * why the model is being retrained — every piece of evidence (a drift check's report, a
 * Prometheus alert, a person's `/retrain`), when it came, and the latest drift report. The
 * retraining PR's body is rendered from it, and a piece of evidence already in it is not added
 * (or commented on) again. Pure: the bot reads and writes the file.
 */



const RETRAIN_LABEL = "trainyard:retrain";
/** On a closed retraining pull request: no new one for that model until it is removed. */
const SNOOZE_LABEL = "trainyard:snooze";
function retrainBranch(model) {
    return `trainyard/retrain/${model}`;
}
function retrainRecordPath(model) {
    return `.trainyard/retrain/${model}.json`;
}
const dataWindow = zod/* object */.Ikc({ start: zod/* optional */.lqM(zod/* string */.YjP()), end: zod/* optional */.lqM(zod/* string */.YjP()) });
const retrainEvidence = zod/* object */.Ikc({
    /** Same key, same evidence: `alert-<fingerprint>-<startsAt>`, `drift-<report digest>`, `command-<comment id>`. */
    key: zod/* string */.YjP().check(zod/* regex */.yGV(/^[\w.-]+$/)),
    trigger: zod/* enum */.k5n(["drift", "alert", "command"]),
    /** When it happened: the alert's startsAt, the dispatch's or the comment's arrival. */
    at: zod/* string */.YjP(),
    /** Who: the dispatch's sender, the alert's name, the commenter. */
    by: zod/* string */.YjP(),
    /** Where to see it: the comment, Prometheus' graph of the alert. */
    url: zod/* optional */.lqM(zod/* string */.YjP()),
    /** Features the evidence says drifted. */
    features: zod/* array */.YOg(zod/* string */.YjP()),
    /** Share of drifted features, when a drift report came with it. */
    share: zod/* optional */.lqM(zod/* number */.aig()),
    window: zod/* optional */.lqM(dataWindow),
    /** The alert's labels, for alerts. */
    labels: zod/* optional */.lqM(zod/* record */.g1P(zod/* string */.YjP(), zod/* string */.YjP())),
});
const retrainRecord = zod/* object */.Ikc({
    model: zod/* string */.YjP(),
    requested_at: zod/* string */.YjP(),
    updated_at: zod/* string */.YjP(),
    evidence: zod/* array */.YOg(retrainEvidence),
    /** The newest drift report among the evidence. */
    drift: zod/* optional */.lqM(report/* driftReport */.CP),
});
/** The record as written: two-space JSON, one final newline, so equal records are equal files. */
function formatRetrainRecord(record) {
    return `${JSON.stringify(record, null, 2)}\n`;
}
/** The record in a file, or undefined when the text is not one (then the bot starts afresh). */
function parseRetrainRecord(text) {
    if (text === undefined)
        return undefined;
    try {
        const parsed = retrainRecord.safeParse(JSON.parse(text));
        return parsed.success ? parsed.data : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The record with the evidence added that it does not hold yet (by key), and the report (when
 * given) as the latest drift. `added` lists what was new; none means the record is unchanged.
 */
function addEvidence(record, model, evidence, report) {
    const known = new Set(record?.evidence.map((item) => item.key));
    const added = evidence.filter((item, index) => {
        if (known.has(item.key))
            return false;
        return evidence.findIndex((other) => other.key === item.key) === index;
    });
    if (record && added.length === 0)
        return { record, added };
    const all = [...(record?.evidence ?? []), ...added];
    const times = all.map((item) => item.at).sort();
    const drift = added.length > 0 && report ? report : record?.drift;
    return {
        record: {
            model,
            requested_at: record?.requested_at ?? times[0],
            updated_at: times[times.length - 1],
            evidence: all,
            ...(drift ? { drift } : {}),
        },
        added,
    };
}
/** The key of a drift report as evidence: the same report twice is one piece of evidence. */
function driftReportKey(report) {
    return `drift-${createHash("sha256").update(JSON.stringify(report)).digest("hex").slice(0, 16)}`;
}
/** The key of an alert as Alertmanager identifies one firing: its fingerprint and when it started. */
function alertKey(fingerprint, startsAt) {
    const safe = (text) => text.replace(/[^\w.-]/g, "_");
    return `alert-${safe(fingerprint)}-${safe(startsAt)}`;
}
function driftedFeatures(report) {
    return report.features.filter((feature) => feature.drifted).map((feature) => feature.feature);
}

// EXTERNAL MODULE: ./lib/github/client.ts + 1 modules
var client = __webpack_require__(2669);
// EXTERNAL MODULE: ./lib/evaluate/compare.ts
var compare = __webpack_require__(4555);
// EXTERNAL MODULE: ./lib/registry/deployments.ts
var deployments = __webpack_require__(8904);
;// CONCATENATED MODULE: ./lib/registry/promotion.ts


/**
 * Promotion by pull request: a released version is proposed for an environment by changing its
 * line in `.trainyard/deployments.yml` on the fixed branch `trainyard/promote/<model>`. One pull
 * request per model carries the newest proposal; approving and merging it is the promotion.
 */
const PROMOTE_LABEL = "trainyard:promote";
function promotionBranch(model) {
    return `trainyard/promote/${model}`;
}
/** What to do about a released version. Pure: the file's text in, the decision (and new text) out. */
function decidePromotion(input) {
    const text = input.deployments ?? "";
    const source = input.source ?? DEPLOYMENTS_FILE;
    const deployed = deployedVersion(parseDeployments(text, source), input.model, input.environment);
    if (deployed === input.version)
        return { kind: "already-deployed", deployed };
    if (deployed !== undefined && deployed > input.version)
        return { kind: "older-than-deployed", deployed };
    if (input.proposed !== undefined && input.proposed > input.version)
        return { kind: "older-than-proposed", proposed: input.proposed };
    return {
        kind: "propose",
        deployments: setDeployedVersion(text, input.model, input.environment, input.version, source),
        from: deployed,
    };
}
/** The version a promotion branch's deployments file proposes for the environment. */
function proposedVersion(deployments, model, environment, source = DEPLOYMENTS_FILE) {
    if (deployments === undefined)
        return undefined;
    return deployedVersion(parseDeployments(deployments, source), model, environment);
}
/**
 * The candidate version against the one in the environment, by the model's gates: the same
 * comparison the evaluate step makes on a pull request, now between two released versions.
 */
function comparePromotion(candidate, current, model) {
    return compareRuns({
        candidate: { metrics: candidate.record.metrics, slices: candidate.record.slices },
        ...(current
            ? {
                baseline: {
                    label: `${current.environment} v${current.version}`,
                    metrics: current.metadata.record.metrics,
                    slices: current.metadata.record.slices,
                },
            }
            : {}),
        ...(model ? { gates: model.gates, ...(model.slices ? { sliceGates: model.slices } : {}) } : {}),
    });
}

// EXTERNAL MODULE: ./sandbox/contract.ts
var sandbox_contract = __webpack_require__(9478);
// EXTERNAL MODULE: ./sandbox/git.ts
var git = __webpack_require__(9094);
// EXTERNAL MODULE: ./sandbox/routes/actions.ts + 1 modules
var actions = __webpack_require__(9747);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
;// CONCATENATED MODULE: ./sandbox/runner.ts






function readActionManifest(actionDir) {
    const file = external_node_path_default().join(actionDir, "action.yml");
    const doc = (0,dist/* parse */.qg)(external_node_fs_default().readFileSync(file, "utf8"));
    if (!doc.runs?.main || !/^node\d+$/.test(doc.runs.using ?? ""))
        throw new Error(`${file}: runs.using must be a node runtime with runs.main`);
    const inputs = {};
    for (const [name, spec] of Object.entries(doc.inputs ?? {}))
        inputs[name] = {
            ...(spec?.default !== undefined ? { default: String(spec.default) } : {}),
            ...(spec?.required !== undefined ? { required: spec.required } : {}),
        };
    return { inputs, main: doc.runs.main };
}
async function runAction(options) {
    const actionDir = external_node_path_default().resolve(options.action);
    const manifest = readActionManifest(actionDir);
    const temp = external_node_fs_default().mkdtempSync(external_node_path_default().join(external_node_os_default().tmpdir(), "trainyard-runner-"));
    const workspace = options.workspace ?? external_node_fs_default().mkdtempSync(external_node_path_default().join(temp, "workspace-"));
    const files = {
        event: external_node_path_default().join(temp, "event.json"),
        output: external_node_path_default().join(temp, "output"),
        env: external_node_path_default().join(temp, "env"),
        path: external_node_path_default().join(temp, "path"),
        state: external_node_path_default().join(temp, "state"),
        summary: external_node_path_default().join(temp, "step_summary"),
    };
    const event = options.event ?? { name: "push", payload: {} };
    external_node_fs_default().writeFileSync(files.event, JSON.stringify(event.payload));
    for (const file of [files.output, files.env, files.path, files.state, files.summary])
        external_node_fs_default().writeFileSync(file, "");
    const runnerTemp = options.runnerTemp ?? external_node_fs_default().mkdtempSync(external_node_path_default().join(temp, "runner-temp-"));
    const g = options.github;
    const serverUrl = g.serverUrl ?? defaultServerUrl(g.apiUrl);
    const context = {
        github: {
            token: g.token,
            repository: g.repository,
            repository_owner: g.repository.split("/")[0],
            sha: g.sha,
            ref: g.ref,
            ref_name: g.ref.replace(/^refs\/(heads|tags)\//, ""),
            actor: g.actor ?? "octocat",
            event_name: event.name,
            event: event.payload,
            workspace,
            api_url: g.apiUrl,
            server_url: serverUrl,
            run_id: String(g.runId ?? 1),
            run_number: String(g.runNumber ?? 1),
            head_ref: g.headRef ?? "",
            base_ref: g.baseRef ?? "",
        },
        runner: { temp: runnerTemp, os: "Linux", arch: "X64" },
    };
    const env = {
        ...inheritedEnv(),
        CI: "true",
        GITHUB_ACTIONS: "true",
        GITHUB_API_URL: g.apiUrl,
        GITHUB_SERVER_URL: serverUrl,
        GITHUB_GRAPHQL_URL: `${g.apiUrl}/graphql`,
        GITHUB_REPOSITORY: g.repository,
        GITHUB_REPOSITORY_OWNER: context.github.repository_owner,
        GITHUB_EVENT_NAME: event.name,
        GITHUB_EVENT_PATH: files.event,
        GITHUB_SHA: g.sha,
        GITHUB_REF: g.ref,
        GITHUB_REF_NAME: context.github.ref_name,
        GITHUB_HEAD_REF: g.headRef ?? "",
        GITHUB_BASE_REF: g.baseRef ?? "",
        GITHUB_ACTOR: context.github.actor,
        GITHUB_TRIGGERING_ACTOR: context.github.actor,
        GITHUB_WORKFLOW: g.workflow ?? "ml-ci",
        GITHUB_JOB: g.job ?? "job",
        GITHUB_RUN_ID: context.github.run_id,
        GITHUB_RUN_NUMBER: context.github.run_number,
        GITHUB_RUN_ATTEMPT: String(g.runAttempt ?? 1),
        GITHUB_ACTION: "__run",
        GITHUB_ACTION_PATH: actionDir,
        GITHUB_WORKSPACE: workspace,
        GITHUB_OUTPUT: files.output,
        GITHUB_ENV: files.env,
        GITHUB_PATH: files.path,
        GITHUB_STATE: files.state,
        GITHUB_STEP_SUMMARY: files.summary,
        RUNNER_TEMP: runnerTemp,
        RUNNER_TOOL_CACHE: external_node_path_default().join(temp, "tool-cache"),
        RUNNER_OS: "Linux",
        RUNNER_ARCH: "X64",
        RUNNER_NAME: "trainyard-sandbox-runner",
        RUNNER_ENVIRONMENT: "self-hosted",
        ...options.env,
    };
    for (const [name, spec] of Object.entries(manifest.inputs)) {
        const given = options.inputs?.[name];
        const value = given ?? (spec.default !== undefined ? evaluateExpressions(spec.default, context) : "");
        env[inputVariable(name)] = value;
    }
    for (const name of Object.keys(options.inputs ?? {}))
        if (!(name in manifest.inputs))
            throw new Error(`${options.action}/action.yml declares no input "${name}"`);
    const started = Date.now();
    const child = (0,external_node_child_process_.spawn)(process.execPath, [external_node_path_default().join(actionDir, manifest.main)], {
        cwd: workspace,
        env,
        stdio: ["ignore", "pipe", "pipe"],
    });
    const stdout = [];
    const stderr = [];
    const runnerLog = new RunnerLog();
    const lines = { stdout: new LineReader(runnerLog), stderr: new LineReader(runnerLog) };
    child.stdout.on("data", (chunk) => {
        stdout.push(chunk);
        lines.stdout.push(chunk);
    });
    child.stderr.on("data", (chunk) => {
        stderr.push(chunk);
        lines.stderr.push(chunk);
    });
    options.onStart?.(() => child.kill("SIGKILL"));
    let timedOut = false;
    const timer = options.timeoutMs
        ? setTimeout(() => {
            timedOut = true;
            child.kill("SIGKILL");
        }, options.timeoutMs)
        : undefined;
    const [exitCode, signal] = await new Promise((resolve, reject) => {
        child.once("error", reject);
        child.once("close", (code, sig) => resolve([code, sig]));
    });
    if (timer)
        clearTimeout(timer);
    lines.stdout.end();
    lines.stderr.end();
    const summary = external_node_fs_default().readFileSync(files.summary, "utf8");
    const result = {
        exitCode,
        signal,
        timedOut,
        outputs: parseFileCommand(external_node_fs_default().readFileSync(files.output, "utf8")),
        summary,
        shownSummary: summary
            .split("\n")
            .map((line) => runnerLog.masker.mask(line))
            .join("\n"),
        annotations: runnerLog.annotations,
        masks: runnerLog.masks,
        env: parseFileCommand(external_node_fs_default().readFileSync(files.env, "utf8")),
        path: external_node_fs_default().readFileSync(files.path, "utf8").split("\n").filter(Boolean),
        state: parseFileCommand(external_node_fs_default().readFileSync(files.state, "utf8")),
        log: runnerLog.lines.join("\n"),
        stdout: Buffer.concat(stdout).toString("utf8"),
        stderr: Buffer.concat(stderr).toString("utf8"),
        durationMs: Date.now() - started,
    };
    external_node_fs_default().rmSync(temp, { recursive: true, force: true });
    return result;
}
/**
 * GITHUB_SERVER_URL for a run against the sandbox: its web pages, under a `*.localhost` name that
 * browsers send to loopback. @actions/artifact takes any other host than github.com, *.ghe.com or
 * *.localhost for GitHub Enterprise Server, where it refuses to work.
 */
function defaultServerUrl(apiUrl) {
    const url = new URL(apiUrl);
    if (url.hostname !== "127.0.0.1" && url.hostname !== "localhost")
        return url.origin;
    return `${url.protocol}//github.localhost:${url.port}/_html`;
}
/** The runner's name for an input's variable: spaces to underscores, upper case; hyphens stay. */
function inputVariable(name) {
    return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}
/** The variables of the machine, less any a runner sets itself (so no outer CI leaks in). */
function inheritedEnv() {
    const env = {};
    for (const [key, value] of Object.entries(process.env)) {
        if (value === undefined ||
            /^(GITHUB_|INPUT_|RUNNER_|ACTIONS_|STATE_)/.test(key) ||
            key === "VITEST" ||
            key.startsWith("VITEST_"))
            continue;
        env[key] = value;
    }
    return env;
}
/**
 * Evaluates the `${{ a.b.c }}` expressions action.yml defaults use (context lookups, optionally
 * `a || b`). Anything richer is refused rather than guessed.
 */
function evaluateExpressions(text, context) {
    return text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expression) => {
        for (const alternative of expression.split("||").map((s) => s.trim())) {
            const literal = /^'(.*)'$/.exec(alternative);
            if (literal)
                return literal[1] ?? "";
            if (!/^[A-Za-z_][\w-]*(\.[\w-]+)*$/.test(alternative))
                throw new Error(`runner: unsupported expression \${{ ${expression} }}`);
            const value = alternative
                .split(".")
                .reduce((o, k) => o?.[k], context);
            if (value !== undefined && value !== null && value !== "")
                return typeof value === "object" ? JSON.stringify(value) : String(value);
        }
        return "";
    });
}
/** `name=value` lines and `name<<DELIMITER ... DELIMITER` blocks, as GITHUB_OUTPUT holds them. */
function parseFileCommand(content) {
    const values = {};
    const lines = content.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (!line)
            continue;
        const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
        if (heredoc) {
            const [, name, delimiter] = heredoc;
            const body = [];
            for (i += 1; i < lines.length && lines[i] !== delimiter; i++)
                body.push(lines[i]);
            if (i >= lines.length)
                throw new Error(`file command: "${name}" has no closing delimiter ${delimiter}`);
            values[name] = body.join("\n");
            continue;
        }
        const eq = line.indexOf("=");
        if (eq < 0)
            throw new Error(`file command: line "${line}" is neither name=value nor name<<DELIMITER`);
        values[line.slice(0, eq)] = line.slice(eq + 1);
    }
    return values;
}
const COMMAND = /^::([A-Za-z][\w-]*)(?: ([^:]*))?::(.*)$/;
/** Reads `::error file=x,line=3::message` and the other workflow commands out of a step's stdout. */
function parseWorkflowCommands(stdout) {
    const runnerLog = new RunnerLog();
    for (const line of stdout.split(/\r?\n/))
        runnerLog.line(line);
    return { annotations: runnerLog.annotations, masks: runnerLog.masks, log: runnerLog.lines.join("\n") };
}
/**
 * What the runner makes of a step's output, line by line as it comes (stdout and stderr alike):
 * a workflow command is carried out and left out of the log; any other line is logged masked with
 * the values registered so far — a secret printed before its `::add-mask::` stays in the log, as
 * on GitHub. Annotation messages are masked too (the runner masks an issue before it records it).
 */
class RunnerLog {
    masker = new SecretMasker();
    lines = [];
    annotations = [];
    masks = [];
    line(line) {
        const match = COMMAND.exec(line);
        if (!match) {
            this.lines.push(this.masker.mask(line));
            return;
        }
        const [, command, rawProperties, rawData] = match;
        const data = unescapeData(rawData);
        const properties = {};
        for (const pair of (rawProperties ?? "").split(",").filter(Boolean)) {
            const eq = pair.indexOf("=");
            if (eq > 0)
                properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
        }
        if (command === "error" || command === "warning" || command === "notice") {
            const number = (key) => (properties[key] !== undefined ? Number(properties[key]) : undefined);
            const message = this.masker.mask(data);
            const annotation = { level: command, message };
            if (properties.title !== undefined)
                annotation.title = this.masker.mask(properties.title);
            if (properties.file !== undefined)
                annotation.file = properties.file;
            for (const [key, field] of [
                ["line", "line"],
                ["endLine", "endLine"],
                ["col", "col"],
                ["endColumn", "endColumn"],
            ]) {
                const value = number(key);
                if (value !== undefined)
                    annotation[field] = value;
            }
            this.annotations.push(annotation);
            this.lines.push(`${command[0]?.toUpperCase()}${command.slice(1)}: ${message}`);
        }
        else if (command === "add-mask") {
            if (data.trim() === "")
                this.lines.push("Warning: Can't add secret mask for empty string in ##[add-mask] command.");
            else {
                this.masker.add(data);
                this.masks.push(data);
            }
        }
        else if (command === "group") {
            this.lines.push(`▸ ${this.masker.mask(data)}`);
        }
        else if (command !== "endgroup" && command !== "debug") {
            this.lines.push(this.masker.mask(line));
        }
    }
}
/** Bytes of one stream to lines for a RunnerLog: UTF-8 decoded across chunks, split at LF or CRLF. */
class LineReader {
    log;
    decoder = new external_node_string_decoder_.StringDecoder("utf8");
    pending = "";
    constructor(log) {
        this.log = log;
    }
    push(chunk) {
        const parts = (this.pending + this.decoder.write(chunk)).split("\n");
        this.pending = parts.pop() ?? "";
        for (const part of parts)
            this.log.line(part.endsWith("\r") ? part.slice(0, -1) : part);
    }
    end() {
        const rest = this.pending + this.decoder.end();
        this.pending = "";
        if (rest !== "")
            this.log.line(rest);
    }
}
/**
 * The runner's secret masker (actions/runner SecretMasker): each value added brings the encodings
 * the runner registers with it — base64 of its UTF-8 bytes (also from its 2nd and 3rd byte, for a
 * secret base64'd after a prefix such as `user:`), JSON string escaping, URI data escaping, XML
 * escaping, expression string escaping, and the value without enclosing double quotes. Masking
 * finds every occurrence of every value, merges the overlapping ones, and puts `***` for each.
 */
class SecretMasker {
    values = new Set();
    add(value) {
        if (value === "")
            return;
        for (const form of [value, ...runnerEncodings(value)])
            if (form !== "")
                this.values.add(form);
    }
    mask(text) {
        const ranges = [];
        for (const value of this.values)
            for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1))
                ranges.push([at, at + value.length]);
        if (ranges.length === 0)
            return text;
        ranges.sort((a, b) => a[0] - b[0]);
        let masked = "";
        let from = 0;
        let current = ranges[0];
        for (const range of [...ranges.slice(1), [Number.POSITIVE_INFINITY, 0]]) {
            if (range[0] <= current[1]) {
                current = [current[0], Math.max(current[1], range[1])];
                continue;
            }
            masked += `${text.slice(from, current[0])}***`;
            from = current[1];
            current = range;
        }
        return masked + text.slice(from);
    }
}
function runnerEncodings(value) {
    const bytes = Buffer.from(value, "utf8");
    const base64From = (shift) => (bytes.length > shift ? bytes.subarray(shift) : bytes).toString("base64");
    return [
        base64From(0),
        base64From(1),
        base64From(2),
        value.replaceAll("'", "''"),
        JSON.stringify(value).slice(1, -1),
        // .NET's Uri.EscapeDataString leaves only RFC 3986's unreserved characters.
        encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
        value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]),
        value.length > 8 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : "",
    ];
}
function unescapeData(value) {
    return value.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
}
function unescapeProperty(value) {
    return value
        .replace(/%3A/g, ":")
        .replace(/%2C/g, ",")
        .replace(/%0D/g, "\r")
        .replace(/%0A/g, "\n")
        .replace(/%25/g, "%");
}

// EXTERNAL MODULE: ./sandbox/server.ts + 17 modules
var server = __webpack_require__(2226);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./cli/demo/project.ts



/** The package's root: cli/demo/project.ts and cli/dist/index.js both sit two folders below it. */
const PACKAGE_ROOT = external_node_path_default().resolve(external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url)), "..", "..");
const DEMO_MODEL = "diagnosis";
const PYTHON = "/usr/bin/python3";
const JS_PROJECT = "examples/breast-cancer-js";
const PY_PROJECT = "examples/breast-cancer";
/** The project behind `--project`; a clear error when Python's scikit-learn is needed and missing. */
function loadProject(name) {
    const normalized = name.replace(/\/+$/, "");
    const read = (relative) => external_node_fs_default().readFileSync(external_node_path_default().join(PACKAGE_ROOT, relative));
    const shared = {
        "data/train.csv": read(`${PY_PROJECT}/data/train.csv`),
        "data/test.csv": read(`${PY_PROJECT}/data/test.csv`),
        "data/schema.yml": read(`${PY_PROJECT}/data/schema.yml`),
        ".github/model-card.md": read(`${PY_PROJECT}/.github/model-card.md`),
        ".github/CODEOWNERS": Buffer.from("# ML code and data: alice reviews. What runs in production: bob approves.\n/data/ @alice\n/.trainyard/deployments.yml @bob\n"),
        "serving/deploy.sh": read("examples/serving/deploy.sh"),
        "serving/server.mjs": read("examples/serving/server.mjs"),
    };
    if (normalized === JS_PROJECT || normalized === "breast-cancer-js")
        return {
            name: JS_PROJECT,
            language: "JavaScript",
            files: {
                ...shared,
                "README.md": read(`${JS_PROJECT}/README.md`),
                "train.mjs": read(`${JS_PROJECT}/train.mjs`),
                "evaluate.mjs": read(`${JS_PROJECT}/evaluate.mjs`),
                "model.mjs": read(`${JS_PROJECT}/model.mjs`),
            },
            trainCommand: "node train.mjs",
            evaluateCommand: "node evaluate.mjs",
            servesPredictions: true,
        };
    if (normalized === PY_PROJECT || normalized === "breast-cancer") {
        if (!pythonHasSklearn())
            throw new Error(`--project ${PY_PROJECT} needs ${PYTHON} with scikit-learn, numpy, joblib and PyYAML (Debian: apt-get install python3-sklearn python3-yaml); ${PYTHON} lacks them`);
        return {
            name: PY_PROJECT,
            language: "Python",
            files: {
                ...shared,
                "README.md": read(`${PY_PROJECT}/README.md`),
                "train.py": read(`${PY_PROJECT}/train.py`),
                "evaluate.py": read(`${PY_PROJECT}/evaluate.py`),
                "params.yaml": read(`${PY_PROJECT}/params.yaml`),
                "requirements.txt": read(`${PY_PROJECT}/requirements.txt`),
            },
            trainCommand: `${PYTHON} train.py --params params.yaml`,
            evaluateCommand: `${PYTHON} evaluate.py`,
            // The server reads JSON weights; a joblib pickle it serves only /version (what the smoke test checks).
            servesPredictions: false,
        };
    }
    throw new Error(`--project must be ${JS_PROJECT} (default) or ${PY_PROJECT}, got ${name}`);
}
function pythonHasSklearn() {
    if (!external_node_fs_default().existsSync(PYTHON))
        return false;
    const dist = ["/usr/lib/python3/dist-packages"];
    return dist.some((dir) => ["sklearn", "joblib", "yaml", "numpy"].every((p) => external_node_fs_default().existsSync(external_node_path_default().join(dir, p))));
}
/** .github/trainyard.yml for the demo: the example's gates, plus where production runs on this machine. */
function demoConfig(project, port, stateDir) {
    const predict = project.servesPredictions
        ? `
            - url: http://127.0.0.1:${port}/predict
              method: POST
              body: { features: [17.99, 10.38, 122.8, 1001, 0.1184, 0.2776, 0.3001, 0.1471, 0.2419, 0.07871, 1.095, 0.9053, 8.589, 153.4, 0.006399, 0.04904, 0.05373, 0.01587, 0.03003, 0.006193, 25.38, 17.33, 184.6, 2019, 0.1622, 0.6656, 0.7119, 0.2654, 0.4601, 0.1189] }
              expect: { status: 200, contains: '"predictions"' }`
        : "";
    return `# Trainyard's configuration for the breast-cancer diagnosis model (the demo's copy of the example's).
models:
  ${DEMO_MODEL}:
    metrics: out/metrics.json
    predictions: out/predictions.csv
    gates:
      accuracy: { min: 0.9, max_drop: 0.02 }
      roc_auc: { min: 0.95, max_drop: 0.01 }
      f1: { min: 0.85 }
      log_loss: { max_rise: "25%" }
    slices:
      gates: { accuracy: { min: 0.85 } }
    evaluate:
      command: ${project.evaluateCommand}
    registry:
      model_card: .github/model-card.md
    promotion:
      environment: production
      reviewers: [bob]
    retrain:
      reviewers: [alice]
    drift:
      share: 0.15
      features:
        id: { ignore: true }
    deploy:
      production:
        target:
          kind: command
          run: bash serving/deploy.sh
          env:
            SERVE_PORT: "${port}"
            SERVE_STATE_DIR: ${stateDir}
        url: http://127.0.0.1:${port}
        smoke_test:
          timeout_seconds: 5
          initial_delay_seconds: 0.2
          requests:
            - url: http://127.0.0.1:${port}/version
              expect:
                json: { version: "\${MODEL_VERSION}", digest: "\${MODEL_DIGEST}" }${predict}
`;
}
/**
 * The batch the data pipeline lands after deployment: 228 training rows re-measured by a new
 * scanner whose texture and smoothness readings run 30% high (new ids, labels as diagnosed).
 */
function driftedBatch(trainCsv) {
    const [header = "", ...lines] = trainCsv.trim().split(/\r?\n/);
    const names = header.split(",");
    const shifted = new Set(names.filter((n) => /texture|smoothness|symmetry/.test(n) && !n.endsWith("_error")));
    const rows = lines
        .filter((_, index) => index % 2 === 0)
        .map((line, index) => line
        .split(",")
        .map((cell, column) => {
        const name = names[column] ?? "";
        if (name === "id")
            return `P${String(2001 + index).padStart(4, "0")}`;
        return shifted.has(name) ? String(Math.round(Number(cell) * 1.3 * 1e5) / 1e5) : cell;
    })
        .join(","));
    return `${header}\n${rows.join("\n")}\n`;
}

;// CONCATENATED MODULE: ./cli/demo/loop.ts















const OWNER = "acme";
const NAME = "diagnosis-model";
const FULL = `${OWNER}/${NAME}`;
const repo = { owner: OWNER, repo: NAME };
const DEPLOYMENTS = ".trainyard/deployments.yml";
class StepFailed extends Error {
}
/** The whole loop on `project`, against a fresh sandbox, with the bot as a process; writes `outDir`. */
async function runLoop(project, outDir, say, 
/** Where actions/ and bot/ are: the package (tests may point at another build). */
root = PACKAGE_ROOT) {
    const scratch = external_node_fs_default().mkdtempSync(external_node_path_default().join(external_node_os_default().tmpdir(), "trainyard-demo-"));
    const contract = sandbox_contract/* ContractChecker */.u.available();
    const sandbox = await (0,server/* startSandbox */.O)({ contract });
    let bot;
    const loop = new Loop(project, sandbox, outDir, scratch, say, root);
    try {
        say(`Trainyard demo: ${project.name} (${project.language}) in ${FULL}, GitHub sandbox at ${sandbox.url}${contract ? " (every request and webhook checked against GitHub's OpenAPI description)" : ""}`);
        bot = await loop.startBot();
        await loop.run();
        await sandbox.webhooksIdle();
    }
    catch (error) {
        // What the app and the sandbox saw, for the failure's reader.
        if (bot)
            external_node_fs_default().writeFileSync(external_node_path_default().join(outDir, "failed-bot.log"), bot.output());
        external_node_fs_default().writeFileSync(external_node_path_default().join(outDir, "failed-deliveries.json"), `${JSON.stringify(sandbox.world.webhooks.deliveries, null, 2)}\n`);
        throw error;
    }
    finally {
        await loop.stopServer();
        await sandbox.webhooksIdle().catch(() => undefined);
        await bot?.stop();
        await sandbox.close();
        external_node_fs_default().rmSync(scratch, { recursive: true, force: true });
    }
    const problems = [];
    for (const v of [...sandbox.violations, ...sandbox.world.webhooks.violations])
        problems.push(`OpenAPI contract violation: ${v.operationId} at ${v.field}: ${v.message}`);
    const deliveries = sandbox.world.webhooks.deliveries;
    const verified = deliveries.filter((d) => d.status !== null && d.status >= 200 && d.status < 300).length;
    for (const d of deliveries.filter((x) => !(x.status !== null && x.status >= 200 && x.status < 300)))
        problems.push(`webhook ${d.event}${d.action ? `.${d.action}` : ""} not accepted by the bot: ${d.status ?? d.error}`);
    for (const line of bot?.errors() ?? [])
        problems.push(`bot error: ${line}`);
    return {
        manifest: {
            title: `Trainyard: the whole loop on ${project.name}`,
            project: project.name,
            steps: loop.steps,
        },
        problems,
        stats: {
            requests: sandbox.requests.length,
            deliveries: deliveries.length,
            verified,
            contractChecked: contract !== undefined && contract !== null,
        },
    };
}
class Loop {
    project;
    sandbox;
    outDir;
    scratch;
    say;
    root;
    steps = [];
    people = {};
    port = 0;
    stateDir;
    stepNumber = 0;
    constructor(project, sandbox, outDir, scratch, say, root) {
        this.project = project;
        this.sandbox = sandbox;
        this.outDir = outDir;
        this.scratch = scratch;
        this.say = say;
        this.root = root;
        this.stateDir = external_node_path_default().join(scratch, "serving-state");
    }
    get world() {
        return this.sandbox.world;
    }
    person(login) {
        this.people[login] ??= (0,client/* createGitHubClient */.L)({
            auth: { kind: "token", token: this.world.issueToken(login) },
            baseUrl: this.sandbox.url,
            retryTimeUnitMs: 10,
            writeSpacingMs: 0,
        });
        return this.people[login];
    }
    /** Records a step: prints its line, writes its markdown files. */
    step(id, title, summary, files = []) {
        this.stepNumber += 1;
        const n = String(this.stepNumber).padStart(2, "0");
        const written = files
            .filter((f) => f.body.trim() !== "")
            .map((f) => {
            const file = `${n}-${id}${files.length > 1 ? `-${f.name}` : ""}.md`;
            external_node_fs_default().writeFileSync(external_node_path_default().join(this.outDir, file), `${f.body.trimEnd()}\n`);
            return { path: file, title: f.title };
        });
        this.steps.push({ id, title, summary, files: written });
        this.say(`${String(this.stepNumber).padStart(2)}. ${title}: ${summary}`);
    }
    async startBot() {
        const manifest = appManifest(this.root);
        const { appId, privateKey, webhookSecret } = this.world.registerApp({ slug: "trainyard", ...manifest });
        this.world.installApp(appId, OWNER);
        const keyFile = external_node_path_default().join(this.scratch, "app.pem");
        external_node_fs_default().writeFileSync(keyFile, privateKey, { mode: 0o600 });
        const child = (0,external_node_child_process_.spawn)(process.execPath, [external_node_path_default().join(this.root, "bot", "dist", "index.js")], {
            env: {
                PATH: process.env.PATH ?? "",
                APP_ID: String(appId),
                PRIVATE_KEY_PATH: keyFile,
                WEBHOOK_SECRET: webhookSecret,
                GITHUB_API_URL: this.sandbox.url,
                PORT: "0",
                HOST: "127.0.0.1",
                LOG_FORMAT: "json",
            },
            stdio: ["ignore", "pipe", "pipe"],
        });
        let output = "";
        child.stdout?.on("data", (chunk) => {
            output += chunk.toString("utf8");
        });
        child.stderr?.on("data", (chunk) => {
            output += chunk.toString("utf8");
        });
        const url = await listeningUrl(child, () => output);
        this.world.setAppWebhookUrl(appId, `${url}/api/github/webhooks`);
        this.say(`    The Trainyard app (bot/dist/index.js, pid ${child.pid}) listens on ${url}; the sandbox signs and delivers its webhooks.`);
        return {
            output: () => output,
            errors: () => output
                .split("\n")
                .filter((line) => line.startsWith("{"))
                .map((line) => {
                try {
                    return JSON.parse(line);
                }
                catch {
                    return {};
                }
            })
                .filter((r) => (r.level ?? 0) >= 50)
                .map((r) => r.msg ?? ""),
            stop: () => new Promise((resolve) => {
                if (child.exitCode !== null)
                    return resolve();
                const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
                child.once("exit", () => {
                    clearTimeout(timer);
                    resolve();
                });
                child.kill("SIGTERM");
            }),
        };
    }
    async run() {
        this.port = await freePort();
        const config = demoConfig(this.project, this.port, this.stateDir);
        this.world.createRepo(FULL, {
            files: {
                ...this.project.files,
                ".github/trainyard.yml": config,
                [DEPLOYMENTS]: `# What runs where: model → environment → version. Changed only by reviewed pull requests.\n${DEMO_MODEL}: {}\n`,
            },
            collaborators: { alice: "write", bob: "write", dave: "write" },
        });
        const dave = this.person("dave");
        const alice = this.person("alice");
        // 1. A pull request: dave tunes the training.
        const branch = "tune-training";
        const main = this.ref("main");
        await dave.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha: main });
        this.world.push(FULL, branch, { "data/NOTES.md": "# Data notes\n\nThe training data is the UCI copy as scikit-learn ships it.\n" }, { author: "dave", message: "Document the training data" });
        const body = `Trains the first diagnosis model from the reviewed data.\n\nThe CI trains it (\`${this.project.trainCommand}\`), scores it on \`data/test.csv\` and reports here.`;
        const { data: pr } = await dave.rest.pulls.create({
            ...repo,
            head: branch,
            base: "main",
            title: "Train the diagnosis model",
            body,
        });
        this.step("pull-request", "Pull request opened", `dave opened #${pr.number} "${pr.title}" ${pr.html_url}`, [
            {
                name: "body",
                title: `PR #${pr.number}: ${pr.title}`,
                body: `# #${pr.number} ${pr.title}\n\n${body}`,
            },
        ]);
        const v1ci = await this.ci(pr.number, branch, "");
        await this.approveAndMerge(pr.number, "alice", "dave", "ci");
        await this.register(1, "v1");
        const promote1 = await this.promotion(1, "v1");
        await this.approveAndMerge(promote1, "bob", "alice", "promotion-v1");
        await this.deploy(1, "v1");
        // Drifted data arrives.
        const trainCsv = this.fileOn("main", "data/train.csv");
        const batchPath = "data/incoming/batch-2026-11.csv";
        const batch = driftedBatch(trainCsv);
        this.world.push(FULL, "main", { [batchPath]: batch }, { author: "dave", message: "Land November's labelled batch (new scanner)" });
        const batchRows = batch.trim().split("\n").length - 1;
        this.step("drifted-data", "New data arrives", `the data pipeline pushed ${batchPath} (${batchRows} rows from a new scanner: texture, smoothness and symmetry read 30% high) to main`, []);
        await this.driftCheck(batchPath);
        const retrain = await this.retrainPull();
        const v2ci = await this.ci(retrain.number, retrainBranch(DEMO_MODEL), "retrain-");
        await this.approveAndMerge(retrain.number, "alice", "alice", "retrain");
        const v2 = await this.register(2, "v2");
        const promote2 = await this.promotion(2, "v2");
        await this.approveAndMerge(promote2, "bob", "alice", "promotion-v2");
        await this.deploy(2, "v2");
        const open = await alice.paginate(alice.rest.pulls.list, { ...repo, state: "all", per_page: 100 });
        const retrainPulls = open.filter((p) => p.head.ref === retrainBranch(DEMO_MODEL)).length;
        this.step("summary", "The loop, closed", `production runs ${DEMO_MODEL} v2 (${v2.outputs["release-url"] ?? ""}), retrained with the drifted batch; ${retrainPulls} retraining pull request; validation accuracy at training v1 ${fmt(v1ci.metrics.accuracy)}, v2 ${fmt(v2ci.metrics.accuracy)}`, []);
    }
    ref(branch) {
        const sha = this.world.repo(FULL).refs[`refs/heads/${branch}`];
        if (!sha)
            throw new StepFailed(`no branch ${branch} in ${FULL}`);
        return sha;
    }
    fileOn(branch, file) {
        const record = this.world.repo(FULL);
        const commit = (0,git/* getObject */.iM)(record, this.ref(branch), "commit");
        const entry = commit ? (0,git/* flattenTree */.dG)(record, commit.tree).get(file) : undefined;
        if (!entry)
            throw new StepFailed(`no ${file} on ${branch}`);
        return (0,git/* blobContent */.fM)(record, entry.sha).toString("utf8");
    }
    /** actions/checkout: the commit's files in a fresh folder. */
    checkout(sha, label) {
        const dir = external_node_fs_default().mkdtempSync(external_node_path_default().join(this.scratch, `${label}-`));
        const record = this.world.repo(FULL);
        const commit = (0,git/* getObject */.iM)(record, sha, "commit");
        if (!commit)
            throw new StepFailed(`no commit ${sha}`);
        for (const [file, entry] of (0,git/* flattenTree */.dG)(record, commit.tree)) {
            external_node_fs_default().mkdirSync(external_node_path_default().dirname(external_node_path_default().join(dir, file)), { recursive: true });
            external_node_fs_default().writeFileSync(external_node_path_default().join(dir, file), (0,git/* blobContent */.fM)(record, entry.sha));
        }
        return dir;
    }
    async action(name, label, options) {
        const result = await runAction({
            action: external_node_path_default().join(this.root, "actions", name),
            timeoutMs: 120_000,
            ...options,
        });
        if (result.exitCode !== 0) {
            external_node_fs_default().writeFileSync(external_node_path_default().join(this.outDir, `failed-${label}.log`), result.log);
            throw new StepFailed(`${label}: actions/${name} exited ${result.exitCode ?? result.signal}${result.timedOut ? " (timed out)" : ""}:\n${result.log.split("\n").slice(-25).join("\n")}`);
        }
        return result;
    }
    token(permissions) {
        return this.world.issueToken(OWNER, { kind: "actions", permissions });
    }
    /** The ml-ci workflow on a pull request, one job: validate-data, train, evaluate, report. */
    async ci(number, branch, prefix) {
        const run = (0,actions/* startWorkflowRun */.rY)(this.world, {
            repo: FULL,
            workflowPath: ".github/workflows/ml-ci.yml",
            headBranch: branch,
            event: "pull_request",
            pullRequests: [number],
        });
        const workspace = this.checkout(run.headSha, "ci");
        const runnerTemp = external_node_fs_default().mkdtempSync(external_node_path_default().join(this.scratch, "runner-temp-"));
        const env = (0,actions/* runnerEnvFor */.jb)(this.world, FULL, run.id, { resultsUrl: this.sandbox.url, job: "ml" });
        const { data: pull } = await this.person("alice").rest.pulls.get({ ...repo, pull_number: number });
        const { data: repository } = await this.person("alice").rest.repos.get(repo);
        const event = {
            name: "pull_request",
            payload: {
                action: "synchronize",
                number,
                pull_request: pull,
                repository,
                sender: pull.user,
            },
        };
        const github = {
            apiUrl: this.sandbox.url,
            serverUrl: "https://github.com",
            repository: FULL,
            sha: run.headSha,
            ref: `refs/pull/${number}/merge`,
            headRef: branch,
            baseRef: "main",
            runId: run.id,
        };
        const job = { workspace, runnerTemp, env, event };
        const where = `PR #${number}`;
        const validated = await this.action("validate-data", `${prefix}validate-data`, {
            ...job,
            inputs: { data: "data/", schema: "data/schema.yml" },
            github: { ...github, token: this.token({ contents: "read" }) },
        });
        this.step(`${prefix}validate-data`, `validate-data on ${where}`, `${validated.outputs.rows ?? "?"} rows checked against data/schema.yml, ${validated.outputs.errors ?? "0"} errors`, [{ name: "summary", title: "Job summary: validate-data", body: validated.summary }]);
        const trained = await this.action("train", `${prefix}train`, {
            ...job,
            inputs: {
                command: this.project.trainCommand,
                model: DEMO_MODEL,
                metrics: "out/metrics.json",
                history: "out/history.jsonl",
                params: "out/params.json",
                slices: "out/slices.json",
                artifacts: "out/model/",
                data: "data/",
            },
            github: { ...github, token: this.token({ contents: "read", actions: "write" }) },
        });
        const metrics = JSON.parse(external_node_fs_default().readFileSync(external_node_path_default().join(workspace, "out", "metrics.json"), "utf8"));
        this.step(`${prefix}train`, `train on ${where}`, `\`${this.project.trainCommand}\` in ${trained.outputs["duration-seconds"] ?? "?"} s: validation accuracy ${fmt(metrics.accuracy)}, roc_auc ${fmt(metrics.roc_auc)}; artifact ${trained.outputs["artifact-name"] ?? ""}`, [{ name: "summary", title: "Job summary: train", body: trained.summary }]);
        const evaluated = await this.action("evaluate", `${prefix}evaluate`, {
            ...job,
            inputs: { model: DEMO_MODEL, "base-branch": "main" },
            github: { ...github, token: this.token({ contents: "read", actions: "read" }) },
        });
        this.step(`${prefix}evaluate`, `evaluate on ${where}`, `verdict ${evaluated.outputs.verdict}${evaluated.outputs.baseline ? ` against ${evaluated.outputs.baseline}` : ""}, gates ${evaluated.outputs.passed === "true" ? "passed" : "failed"}`, [{ name: "summary", title: "Job summary: evaluate", body: evaluated.summary }]);
        const reported = await this.action("report", `${prefix}report`, {
            ...job,
            inputs: { model: DEMO_MODEL },
            github: {
                ...github,
                token: this.token({
                    contents: "read",
                    actions: "write",
                    pull_requests: "write",
                    issues: "write",
                    checks: "write",
                }),
            },
        });
        (0,actions/* completeWorkflowRun */.GQ)(this.world, FULL, run.id, "success");
        const comment = await this.stickyComment(number);
        this.step(`${prefix}report`, `report on ${where}`, `sticky comment ${reported.outputs["comment-url"] ?? ""}, check run verdict ${reported.outputs.verdict ?? ""}`, [
            { name: "comment", title: `PR #${number} comment: the Trainyard report`, body: comment },
            { name: "summary", title: "Job summary: report", body: reported.summary },
        ]);
        return { comment, metrics, verdict: evaluated.outputs.verdict ?? "" };
    }
    async stickyComment(number) {
        const bob = this.person("bob");
        const comments = await bob.paginate(bob.rest.issues.listComments, {
            ...repo,
            issue_number: number,
            per_page: 100,
        });
        const reports = comments.filter((c) => (c.body ?? "").includes(`<!-- trainyard:report:${DEMO_MODEL}`));
        if (reports.length !== 1)
            throw new StepFailed(`PR #${number} has ${reports.length} report comments, expected 1`);
        return reports[0]?.body ?? "";
    }
    async approveAndMerge(number, reviewer, author, id) {
        await this.person(reviewer).rest.pulls.createReview({
            ...repo,
            pull_number: number,
            event: "APPROVE",
            body: "Looks right.",
        });
        const { data } = await this.person(author).rest.pulls.merge({
            ...repo,
            pull_number: number,
            merge_method: "merge",
        });
        if (!data.merged)
            throw new StepFailed(`PR #${number} did not merge: ${data.message}`);
        const production = /production:\s*(v\d+)/.exec(this.fileOn("main", DEPLOYMENTS))?.[1] ?? "none";
        this.step(`merge-${id}`, `PR #${number} approved and merged`, `${reviewer} approved, ${author} merged (${data.sha.slice(0, 7)}); ${DEPLOYMENTS} on main: production ${production}`, []);
        await this.sandbox.webhooksIdle();
        return data.sha;
    }
    /** The ml-cd workflow's register job on the push to main. */
    async register(version, label) {
        const commit = this.ref("main");
        const run = (0,actions/* startWorkflowRun */.rY)(this.world, {
            repo: FULL,
            workflowPath: ".github/workflows/ml-cd.yml",
            headBranch: "main",
            headSha: commit,
            event: "push",
        });
        const workspace = this.checkout(commit, "cd");
        const result = await this.action("register", `register-${label}`, {
            workspace,
            env: (0,actions/* runnerEnvFor */.jb)(this.world, FULL, run.id, { resultsUrl: this.sandbox.url, job: "register" }),
            inputs: { model: DEMO_MODEL, data: "data/", schema: "data/schema.yml" },
            event: { name: "push", payload: { ref: "refs/heads/main", after: commit } },
            github: {
                apiUrl: this.sandbox.url,
                token: this.token({ contents: "write", pull_requests: "read", actions: "read" }),
                repository: FULL,
                sha: commit,
                ref: "refs/heads/main",
                serverUrl: "https://github.com",
                runId: run.id,
            },
        });
        (0,actions/* completeWorkflowRun */.GQ)(this.world, FULL, run.id, "success");
        if (result.outputs.version !== String(version))
            throw new StepFailed(`register-${label}: registered version ${result.outputs.version}, expected ${version}`);
        const { data: release } = await this.person("alice").rest.repos.getReleaseByTag({
            ...repo,
            tag: `${DEMO_MODEL}-v${version}`,
        });
        this.step(`register-${label}`, `${DEMO_MODEL} ${label} registered`, `Release ${result.outputs.tag} ${result.outputs["release-url"] ?? release.html_url} with ${release.assets.length} assets`, [
            {
                name: "release",
                title: `Release notes: ${release.name ?? release.tag_name}`,
                body: release.body ?? "",
            },
            { name: "summary", title: "Job summary: register", body: result.summary },
        ]);
        await this.sandbox.webhooksIdle();
        return result;
    }
    /** The bot's promotion pull request for `version`, opened on release.published. */
    async promotion(version, label) {
        const title = `Promote ${DEMO_MODEL} v${version} to production`;
        const pull = await this.waitForPull(promotionBranch(DEMO_MODEL), (p) => p.title === title, title);
        await this.sandbox.webhooksIdle();
        const { data } = await this.person("alice").rest.pulls.get({ ...repo, pull_number: pull.number });
        this.step(`promotion-${label}`, `The app opened promotion PR #${data.number}`, `"${data.title}" by ${data.user.login}, reviewers ${(data.requested_reviewers ?? []).map((u) => u.login).join(", ") || "none"} ${data.html_url}`, [
            {
                name: "body",
                title: `PR #${data.number}: ${data.title}`,
                body: `# #${data.number} ${data.title}\n\n${data.body ?? ""}`,
            },
        ]);
        return data.number;
    }
    async waitForPull(branch, match, what) {
        const alice = this.person("alice");
        const deadline = Date.now() + 30_000;
        for (;;) {
            await this.sandbox.webhooksIdle();
            const { data } = await alice.rest.pulls.list({ ...repo, state: "open", head: `${OWNER}:${branch}` });
            const found = data.find(match);
            if (found)
                return found;
            if (Date.now() > deadline)
                throw new StepFailed(`the app did not open "${what}" on ${branch} within 30 s`);
            await new Promise((resolve) => setTimeout(resolve, 100));
        }
    }
    /** The deploy workflow on the push of the merged promotion. */
    async deploy(version, label) {
        const record = this.world.repo(FULL);
        const after = this.ref("main");
        const commit = (0,git/* getObject */.iM)(record, after, "commit");
        const before = commit?.parents[0] ?? "0".repeat(40);
        const workspace = this.checkout(after, "deploy");
        const result = await this.action("deploy", `deploy-${label}`, {
            workspace,
            event: { name: "push", payload: { ref: "refs/heads/main", before, after } },
            github: {
                apiUrl: this.sandbox.url,
                token: this.token({
                    contents: "read",
                    deployments: "write",
                    pull_requests: "write",
                    issues: "write",
                }),
                repository: FULL,
                sha: after,
                ref: "refs/heads/main",
                serverUrl: "https://github.com",
                runId: this.world.id(),
            },
        });
        const served = (await (await fetch(`http://127.0.0.1:${this.port}/version`)).json());
        if (String(served.version) !== String(version))
            throw new StepFailed(`deploy-${label}: the server answers version ${String(served.version)}, expected ${version}`);
        const alice = this.person("alice");
        const { data: deployments } = await alice.rest.repos.listDeployments({
            ...repo,
            environment: "production",
            per_page: 100,
        });
        const latest = deployments[0];
        const statuses = latest
            ? (await alice.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: latest.id })).data
            : [];
        const statusMd = [
            `# Deployment ${latest?.id ?? "?"}: ${DEMO_MODEL} ${label} to production`,
            "",
            `Ref \`${latest?.ref ?? ""}\` (${latest?.sha.slice(0, 7) ?? ""}), created by ${latest?.creator?.login ?? "?"}.`,
            "",
            "| state | description | environment URL | at |",
            "| --- | --- | --- | --- |",
            ...[...statuses]
                .reverse()
                .map((s) => `| ${s.state} | ${s.description ?? ""} | ${s.environment_url ?? ""} | ${s.created_at} |`),
        ].join("\n");
        this.step(`deploy-${label}`, `${DEMO_MODEL} ${label} deployed to production`, `deployment ${latest?.id ?? "?"} ${statuses[0]?.state ?? "?"}; smoke test passed; http://127.0.0.1:${this.port}/version serves v${String(served.version)} (${(served.digest ?? "").slice(0, 19)}…)`, [
            { name: "statuses", title: `Deployment statuses: ${label} to production`, body: statusMd },
            { name: "summary", title: "Job summary: deploy", body: result.summary },
        ]);
    }
    /** The scheduled drift-check on main's newest batch, against production's reference profile. */
    async driftCheck(current) {
        const commit = this.ref("main");
        const workspace = this.checkout(commit, "drift");
        const result = await this.action("drift-check", "drift-check", {
            workspace,
            inputs: { model: DEMO_MODEL, current, schema: "data/schema.yml" },
            event: { name: "schedule", payload: { schedule: "0 6 * * *" } },
            github: {
                apiUrl: this.sandbox.url,
                token: this.token({ contents: "write", actions: "read" }),
                repository: FULL,
                sha: commit,
                ref: "refs/heads/main",
                serverUrl: "https://github.com",
                runId: this.world.id(),
            },
        });
        if (result.outputs.drifted !== "true")
            throw new StepFailed(`drift-check found no drift in ${current}: share ${result.outputs.share}`);
        this.step("drift-check", "drift-check on the new batch", `drifted: ${(Number(result.outputs.share) * 100).toFixed(0)}% of features (${result.outputs["drifted-features"]}); sent repository_dispatch trainyard-drift`, [{ name: "summary", title: "Job summary: drift-check", body: result.summary }]);
        await this.sandbox.webhooksIdle();
    }
    async retrainPull() {
        const branch = retrainBranch(DEMO_MODEL);
        const pull = await this.waitForPull(branch, () => true, `the retraining pull request for ${DEMO_MODEL}`);
        await this.sandbox.webhooksIdle();
        const alice = this.person("alice");
        const { data } = await alice.rest.pulls.get({ ...repo, pull_number: pull.number });
        const all = await alice.paginate(alice.rest.pulls.list, { ...repo, state: "all", per_page: 100 });
        const count = all.filter((p) => p.head.ref === branch).length;
        this.step("retrain-pull-request", `The app opened retraining PR #${data.number}`, `"${data.title}" on ${branch}, labels ${data.labels.map((l) => l.name).join(", ")}; ${count} retraining pull request for ${DEMO_MODEL} ${data.html_url}`, [
            {
                name: "body",
                title: `PR #${data.number}: ${data.title}`,
                body: `# #${data.number} ${data.title}\n\n${data.body ?? ""}`,
            },
        ]);
        return { number: data.number };
    }
    async stopServer() {
        const pidFile = external_node_path_default().join(this.stateDir, "server.pid");
        if (!external_node_fs_default().existsSync(pidFile))
            return;
        const pid = Number(external_node_fs_default().readFileSync(pidFile, "utf8").trim());
        if (!Number.isInteger(pid) || pid <= 0)
            return;
        try {
            process.kill(pid, "SIGTERM");
        }
        catch {
            return;
        }
        const deadline = Date.now() + 3000;
        while (Date.now() < deadline) {
            try {
                process.kill(pid, 0);
            }
            catch {
                return;
            }
            await new Promise((resolve) => setTimeout(resolve, 50));
        }
    }
}
function fmt(value) {
    return value === undefined ? "?" : value.toFixed(4);
}
/** The App as bot/app.yml registers it. */
function appManifest(root) {
    const manifest = (0,dist/* parse */.qg)(external_node_fs_default().readFileSync(external_node_path_default().join(root, "bot", "app.yml"), "utf8"));
    return { permissions: manifest.default_permissions, events: manifest.default_events };
}
async function listeningUrl(child, output) {
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
        const found = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output());
        if (found?.[1])
            return found[1];
        if (child.exitCode !== null)
            break;
        await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new StepFailed(`the bot (bot/dist/index.js) did not start:\n${output()}`);
}
async function freePort() {
    const server = external_node_net_default().createServer();
    await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address();
    await new Promise((resolve) => server.close(resolve));
    return port;
}
function isStepFailure(error) {
    return error instanceof StepFailed;
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: ./lib/config/located-document.ts
var located_document = __webpack_require__(6417);
// EXTERNAL MODULE: ./lib/errors.ts
var errors = __webpack_require__(8115);
// EXTERNAL MODULE: ./node_modules/micromark/index.js + 43 modules
var micromark = __webpack_require__(5951);
// EXTERNAL MODULE: ./node_modules/micromark-extension-gfm/index.js + 13 modules
var micromark_extension_gfm = __webpack_require__(9363);
;// CONCATENATED MODULE: ./cli/demo/site-markdown.ts


/**
 * Markdown to HTML as GitHub shows a comment: GFM (tables, task lists, strikethrough, autolinks,
 * footnotes), raw HTML kept only where GitHub's sanitizer keeps it, HTML comments hidden, and
 * ```mermaid fences left as chart placeholders for the page's script to draw. What we render
 * comes from pull request comments and bodies, so it is treated as hostile.
 */
function renderMarkdown(markdown) {
    const html = (0,micromark/* micromark */.yt)(markdown, {
        allowDangerousHtml: true,
        extensions: [(0,micromark_extension_gfm/* gfm */.T)()],
        htmlExtensions: [(0,micromark_extension_gfm/* gfmHtml */.I)()],
    });
    return markMermaidBlocks(sanitizeHtml(html));
}
/** The class a ```mermaid fence's placeholder carries; the page's script draws each one. */
const MERMAID_CLASS = "mermaid-chart";
function markMermaidBlocks(html) {
    return html.replace(/<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g, (_, source) => `<div class="${MERMAID_CLASS}" data-chart="pending"><pre><code class="language-mermaid">${source}</code></pre></div>`);
}
// GitHub's allow-list (html-pipeline's SanitizationFilter), less what a static page has no use for.
const ALLOWED_ELEMENTS = new Set([
    ..."h1 h2 h3 h4 h5 h6 h7 h8 br b i strong em a pre code img tt div ins del sup sub p ol ul table".split(" "),
    ..."thead tbody tfoot blockquote dl dt dd kbd q samp var hr ruby rt rp li tr td th s strike summary".split(" "),
    ..."details caption figure figcaption abbr bdo cite dfn mark small span time wbr picture source".split(" "),
    // What micromark itself writes for task lists and footnotes.
    "input",
    "section",
]);
const ALLOWED_ATTRIBUTES = new Set([
    ..."abbr accept accept-charset accesskey action align alt aria-describedby aria-hidden aria-label".split(" "),
    ..."aria-labelledby axis border cellpadding cellspacing char charoff charset checked clear cols".split(" "),
    ..."colspan color compact coords datetime dir disabled enctype for frame headers height hreflang".split(" "),
    ..."hspace ismap label lang maxlength media method multiple name nohref noshade nowrap open".split(" "),
    ..."progress prompt readonly rel rev role rows rowspan rules scope selected shape size span start".split(" "),
    ..."summary tabindex target title type usemap valign value vspace width itemprop id".split(" "),
    "data-footnotes",
    "data-footnote-ref",
    "data-footnote-backref",
    "data-footnote-backref-idx",
]);
/** Attributes that hold a URL, and the schemes each may use (a relative URL is always allowed). */
const URL_ATTRIBUTES = {
    href: new Set(["http", "https", "mailto"]),
    src: new Set(["http", "https"]),
    cite: new Set(["http", "https"]),
    longdesc: new Set(["http", "https"]),
};
/** Elements removed with everything inside them, not just their tags. */
const DROPPED_WITH_CONTENT = new Set([
    ..."script style iframe object embed noscript template textarea title xmp noembed noframes".split(" "),
    ..."plaintext svg math select option frameset frame applet base link meta".split(" "),
]);
/** Elements micromark writes a class on (code's language, footnotes); GitHub drops every other class. */
const CLASS_ELEMENTS = new Set(["code", "section", "a", "h2"]);
const ALLOWED_CLASS = /^(?:language-[\w+-]+|footnotes|sr-only|data-footnote-backref)$/;
const TOKEN = /<!--[\s\S]*?-->|<!--[\s\S]*$|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\?[^>]*>|<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>|</g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
/**
 * Keeps the allowed elements with their allowed attributes; drops comments, declarations and
 * every other tag (script-like ones with their content); turns a `<` that starts no tag into text.
 */
function sanitizeHtml(html) {
    let out = "";
    let last = 0;
    let dropping;
    let dropDepth = 0;
    for (const match of html.matchAll(TOKEN)) {
        const text = html.slice(last, match.index);
        last = match.index + match[0].length;
        if (dropping === undefined)
            out += text;
        const [whole, slash, rawName, rawAttributes = "", selfClosing] = match;
        if (rawName === undefined) {
            // A comment, a declaration, or a lone `<`.
            if (whole === "<" && dropping === undefined)
                out += "&lt;";
            continue;
        }
        const name = rawName.toLowerCase();
        const closing = slash === "/";
        if (dropping !== undefined) {
            if (name === dropping)
                dropDepth += closing ? -1 : selfClosing ? 0 : 1;
            if (dropDepth === 0)
                dropping = undefined;
            continue;
        }
        if (DROPPED_WITH_CONTENT.has(name)) {
            if (!closing && !selfClosing) {
                dropping = name;
                dropDepth = 1;
            }
            continue;
        }
        if (!ALLOWED_ELEMENTS.has(name))
            continue;
        if (closing) {
            out += `</${name}>`;
            continue;
        }
        const attributes = sanitizeAttributes(name, rawAttributes);
        if (attributes !== undefined)
            out += `<${name}${attributes}${selfClosing ? " /" : ""}>`;
    }
    if (dropping === undefined)
        out += html.slice(last);
    return out;
}
/** The attributes to keep, or undefined when the element itself must go (an input that is no checkbox). */
function sanitizeAttributes(element, raw) {
    let out = "";
    let checkbox = false;
    for (const match of raw.matchAll(ATTRIBUTE)) {
        const name = (match[1] ?? "").toLowerCase();
        const value = decodeEntities(match[2] ?? match[3] ?? match[4] ?? "");
        if (value === undefined)
            continue;
        if (name === "class") {
            if (!CLASS_ELEMENTS.has(element))
                continue;
            const kept = value.split(/\s+/).filter((c) => ALLOWED_CLASS.test(c));
            if (kept.length > 0)
                out += ` class="${escapeHtml(kept.join(" "))}"`;
            continue;
        }
        if (name === "type" && element === "input") {
            if (value.toLowerCase() !== "checkbox")
                return undefined;
            checkbox = true;
        }
        const schemes = URL_ATTRIBUTES[name];
        if (schemes) {
            if (value !== "" && isSafeUrl(value, schemes))
                out += ` ${name}="${escapeHtml(value)}"`;
            continue;
        }
        if (ALLOWED_ATTRIBUTES.has(name))
            out += ` ${name}="${escapeHtml(value)}"`;
    }
    if (element === "input") {
        if (!checkbox)
            return undefined;
        if (!/ disabled="/.test(out))
            out += ` disabled=""`;
    }
    return out;
}
function isSafeUrl(url, schemes) {
    // Browsers strip ASCII whitespace and controls before reading the scheme: `java\tscript:`.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: those are exactly what is removed
    const bare = url.replace(/[\u0000-\u0020\u007f]/g, "");
    const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(bare)?.[1];
    return scheme === undefined || schemes.has(scheme.toLowerCase());
}
const NAMED_ENTITIES = {
    amp: "&",
    lt: "<",
    gt: ">",
    quot: '"',
    apos: "'",
    nbsp: "\u00a0",
};
/**
 * An attribute value as the browser reads it, or undefined when it holds a named entity we do not
 * know (`&colon;`, `&Tab;`): such a value could spell a scheme we would not see, so it is dropped.
 */
function decodeEntities(value) {
    let unknown = false;
    const decoded = value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);?/gi, (whole, body) => {
        if (body.startsWith("#")) {
            const code = body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
            return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "\ufffd";
        }
        const known = NAMED_ENTITIES[body.toLowerCase()];
        if (known === undefined)
            unknown = true;
        return known ?? whole;
    });
    return unknown ? undefined : decoded;
}
function escapeHtml(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

;// CONCATENATED MODULE: ./cli/demo/site.ts








/** The manifest `npm run demo` writes next to its markdown files. */
const STEPS_FILE = "steps.json";
const SITE_FILE = "index.html";
/** Where Mermaid's browser bundle is copied, relative to the output folder. */
const MERMAID_ASSET = "assets/mermaid.min.js";
const relativeFile = zod/* string */.YjP().check(zod/* minLength */.BpQ(1), zod/* refine */.YPB((file) => !external_node_path_default().isAbsolute(file) && !file.split(/[\\/]/).includes(".."), {
    message: "must be a path inside the demo's output folder",
}));
const demoManifest = zod/* object */.Ikc({
    title: zod/* string */.YjP().check(zod/* minLength */.BpQ(1)),
    project: zod/* string */.YjP(),
    steps: zod/* array */.YOg(zod/* object */.Ikc({
        id: zod/* string */.YjP().check(zod/* regex */.yGV(/^[A-Za-z0-9][\w-]*$/, "must be letters, digits, '-' or '_'")),
        title: zod/* string */.YjP().check(zod/* minLength */.BpQ(1)),
        summary: zod/* string */.YjP(),
        files: zod/* array */.YOg(zod/* object */.Ikc({ path: relativeFile, title: zod/* string */.YjP().check(zod/* minLength */.BpQ(1)) })),
    })),
});
/**
 * Renders the demo's output folder (steps.json and the markdown files it names) to one
 * index.html that opens offline from file://, with Mermaid's bundle beside it in assets/.
 * Returns the absolute path of index.html.
 */
async function writeDemoSite(outDir) {
    const root = external_node_path_default().resolve(outDir);
    const manifestFile = external_node_path_default().join(root, STEPS_FILE);
    if (!external_node_fs_default().existsSync(manifestFile))
        throw new errors/* DataError */.fL(`the demo's manifest is missing: run \`npm run demo\` first`, { file: manifestFile });
    const manifest = (0,located_document/* parseJsonWith */._x)(await external_node_fs_default().promises.readFile(manifestFile, "utf8"), manifestFile, demoManifest, "a demo manifest");
    const bodies = await Promise.all(manifest.steps.map((step, s) => Promise.all(step.files.map(async (file, f) => {
        try {
            return renderMarkdown(await external_node_fs_default().promises.readFile(external_node_path_default().join(root, file.path), "utf8"));
        }
        catch (error) {
            throw new errors/* DataError */.fL(`cannot read ${file.path}: ${error.code ?? error.message}`, { file: manifestFile, field: `steps[${s}].files[${f}].path` }, { cause: error });
        }
    }))));
    const mermaidSource = findMermaidBundle();
    if (mermaidSource) {
        await external_node_fs_default().promises.mkdir(external_node_path_default().join(root, external_node_path_default().dirname(MERMAID_ASSET)), { recursive: true });
        await external_node_fs_default().promises.copyFile(mermaidSource, external_node_path_default().join(root, MERMAID_ASSET));
    }
    const indexFile = external_node_path_default().join(root, SITE_FILE);
    await external_node_fs_default().promises.writeFile(indexFile, page(manifest, bodies, mermaidSource !== undefined));
    return indexFile;
}
/**
 * Mermaid's browser bundle from the installed `mermaid` package, looked up from this module and
 * from the working directory (the CLI bundle lives in cli/dist, the project's node_modules beside
 * it). The path is built at run time so that the bundler does not pull 3 MB into cli/dist.
 */
function findMermaidBundle() {
    const specifier = ["mermaid", "dist", "mermaid.min.js"].join("/");
    for (const base of [import.meta.url, __webpack_require__.ab + "package.json"]) {
        try {
            const found = (0,external_node_module_.createRequire)(base).resolve(specifier);
            if (external_node_fs_default().existsSync(found))
                return found;
        }
        catch {
            // Not installed where this base looks: try the next.
        }
    }
    return undefined;
}
function page(manifest, bodies, withMermaid) {
    const nav = manifest.steps
        .map((step, s) => `<li><a href="#step-${escapeHtml(step.id)}"><span class="step-number">${s + 1}</span> ${escapeHtml(step.title)}</a></li>`)
        .join("\n");
    const sections = manifest.steps
        .map((step, s) => {
        const files = step.files
            .map((file, f) => `<article class="file" id="step-${escapeHtml(step.id)}-file-${f + 1}">
<h3 class="file-title">${escapeHtml(file.title)} <span class="file-path">${escapeHtml(file.path)}</span></h3>
<div class="markdown-body">
${bodies[s]?.[f] ?? ""}
</div>
</article>`)
            .join("\n");
        return `<section class="step" id="step-${escapeHtml(step.id)}">
<h2 class="step-title"><span class="step-number">${s + 1}</span> ${escapeHtml(step.title)}</h2>
<p class="step-summary">${escapeHtml(step.summary)}</p>
${files}
</section>`;
    })
        .join("\n");
    const note = withMermaid
        ? `<p class="note" id="mermaid-note" hidden>Mermaid did not load (${MERMAID_ASSET} is missing): charts are shown as their source.</p>`
        : `<p class="note" id="mermaid-note">The <code>mermaid</code> package is not installed, so charts are shown as their source. Run <code>npm ci</code> in Trainyard's folder and the demo again to draw them.</p>`;
    const script = withMermaid ? CHART_SCRIPT : "";
    const scriptHash = (0,external_node_crypto_.createHash)("sha256").update(script).digest("base64");
    const csp = [
        "default-src 'none'",
        `script-src 'sha256-${scriptHash}' ${withMermaid ? "file: 'self'" : ""}`.trim(),
        "style-src 'unsafe-inline'",
        "img-src data: file: http: https:",
        "font-src data:",
    ].join("; ");
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(manifest.title)}</title>
<style>${STYLE}</style>
</head>
<body data-mermaid="${withMermaid ? "pending" : "missing"}">
<nav class="steps">
<h1>${escapeHtml(manifest.title)}</h1>
<p class="project">${escapeHtml(manifest.project)}</p>
<ol>
${nav}
</ol>
</nav>
<main>
${note}
${sections}
</main>
${withMermaid ? `<script src="${MERMAID_ASSET}"></script>\n<script>${script}</script>` : ""}
</body>
</html>
`;
}
/**
 * Draws each chart placeholder with Mermaid, one at a time so that one bad chart does not stop the
 * others: a chart that fails keeps its source and shows Mermaid's message. When all are done the
 * body's data-mermaid says "done" (what a test waits for).
 */
const CHART_SCRIPT = `
(async () => {
  const charts = document.querySelectorAll(".${MERMAID_CLASS}");
  if (typeof mermaid === "undefined") {
    document.getElementById("mermaid-note").hidden = false;
    document.body.dataset.mermaid = "unavailable";
    return;
  }
  mermaid.initialize({ startOnLoad: false, securityLevel: "strict", suppressErrorRendering: true });
  let n = 0;
  for (const chart of charts) {
    const source = chart.textContent;
    try {
      const { svg } = await mermaid.render("trainyard-chart-" + ++n, source);
      chart.innerHTML = svg;
      chart.dataset.chart = "ok";
    } catch (error) {
      chart.dataset.chart = "error";
      const message = document.createElement("p");
      message.className = "chart-error";
      message.textContent = "This chart did not render: " + (error && error.message ? error.message : String(error));
      chart.prepend(message);
    }
  }
  document.body.dataset.mermaid = "done";
})();
`;
const STYLE = `
:root { color-scheme: light; --border: #d0d7de; --muted: #59636e; --accent: #0969da; }
* { box-sizing: border-box; }
body { margin: 0; display: flex; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; }
nav.steps { position: sticky; top: 0; align-self: flex-start; width: 280px; height: 100vh; overflow: auto; padding: 16px; border-right: 1px solid var(--border); background: #f6f8fa; }
nav.steps h1 { font-size: 18px; margin: 0 0 4px; }
nav.steps .project { color: var(--muted); margin: 0 0 12px; }
nav.steps ol { list-style: none; padding: 0; margin: 0; }
nav.steps a { display: block; padding: 4px 6px; border-radius: 6px; color: inherit; text-decoration: none; }
nav.steps a:hover { background: #eaeef2; }
main { flex: 1; min-width: 0; max-width: 1012px; padding: 16px 32px 64px; }
.step { border-bottom: 1px solid var(--border); padding-bottom: 24px; }
.step-number { display: inline-block; min-width: 1.6em; padding: 0 4px; border-radius: 1em; background: var(--accent); color: white; text-align: center; font-size: 12px; }
.step-summary { color: var(--muted); }
.file { border: 1px solid var(--border); border-radius: 6px; margin: 16px 0; }
.file-title { margin: 0; padding: 8px 16px; font-size: 14px; background: #f6f8fa; border-bottom: 1px solid var(--border); }
.file-path { color: var(--muted); font-weight: normal; font-family: ui-monospace, monospace; font-size: 12px; }
.markdown-body { padding: 16px; overflow-wrap: break-word; }
.markdown-body table { border-collapse: collapse; display: block; overflow: auto; margin: 0 0 16px; }
.markdown-body th, .markdown-body td { border: 1px solid var(--border); padding: 6px 13px; }
.markdown-body tr:nth-child(2n) { background: #f6f8fa; }
.markdown-body pre { background: #f6f8fa; padding: 16px; overflow: auto; border-radius: 6px; }
.markdown-body code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 85%; }
.markdown-body blockquote { margin: 0 0 16px; padding: 0 1em; color: var(--muted); border-left: .25em solid var(--border); }
.markdown-body details { margin: 0 0 16px; }
.markdown-body summary { cursor: pointer; }
.markdown-body img { max-width: 100%; }
.${MERMAID_CLASS} { margin: 0 0 16px; text-align: center; }
.${MERMAID_CLASS} svg { max-width: 100%; height: auto; }
.chart-error, .note { border: 1px solid #d1242f; background: #ffebe9; color: #82071e; padding: 8px 12px; border-radius: 6px; }
`;

;// CONCATENATED MODULE: ./cli/demo-command.ts






const HELP = `Usage: trainyard demo [--out <dir>] [--project <dir>]

Runs Trainyard's whole loop on an example project against the built-in GitHub sandbox, as real
processes: a pull request's CI (validate-data, train, evaluate, report), merge, register v1, the
app's promotion pull request, deploy with a smoke test, drifted data, drift-check, the app's
retraining pull request and its CI, v2 registered, promoted and deployed.

  --project <dir>  examples/breast-cancer-js (default: trains with Node alone) or
                   examples/breast-cancer (Python: needs /usr/bin/python3 with scikit-learn)
  --out <dir>      where to write what a user would see, as markdown, with steps.json and
                   index.html (default: demo-out; an earlier demo's files there are replaced)`;
async function runDemoCommand(argv) {
    const { values } = (0,external_node_util_.parseArgs)({
        args: argv,
        options: {
            out: { type: "string", default: "demo-out" },
            project: { type: "string", default: "examples/breast-cancer-js" },
            help: { type: "boolean", short: "h", default: false },
        },
    });
    if (values.help) {
        console.log(HELP);
        return 0;
    }
    let project;
    try {
        project = loadProject(values.project);
    }
    catch (error) {
        console.error(`trainyard demo: ${error.message}`);
        return 2;
    }
    const outDir = external_node_path_default().resolve(values.out);
    clearDemoOutput(outDir);
    const transcript = [];
    const say = (line) => {
        console.log(line);
        transcript.push(line);
    };
    const started = Date.now();
    try {
        const { manifest, problems, stats } = await runLoop(project, outDir, say);
        external_node_fs_default().writeFileSync(external_node_path_default().join(outDir, STEPS_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
        say("");
        say(`Summary: ${manifest.steps.length} steps in ${((Date.now() - started) / 1000).toFixed(1)} s; ${stats.requests} API requests served; ${stats.deliveries} webhooks delivered to the app, ${stats.verified} accepted with a verified signature; ${stats.contractChecked ? `${problems.filter((p) => p.startsWith("OpenAPI")).length} contract violations` : "contract not checked (install @octokit/openapi)"}`);
        external_node_fs_default().writeFileSync(external_node_path_default().join(outDir, "transcript.md"), `${transcript.join("\n")}\n`);
        const index = await writeDemoSite(outDir);
        say(`Wrote ${external_node_path_default().relative(process.cwd(), outDir) || "."}/: ${manifest.steps.reduce((n, s) => n + s.files.length, 0)} markdown files, ${STEPS_FILE}; open ${index}`);
        if (problems.length > 0) {
            console.error(`trainyard demo: FAILED, the loop ran but:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
            return 1;
        }
        return 0;
    }
    catch (error) {
        external_node_fs_default().writeFileSync(external_node_path_default().join(outDir, "transcript.md"), `${transcript.join("\n")}\n`);
        if (isStepFailure(error)) {
            console.error(`trainyard demo: FAILED: ${error.message}`);
            return 1;
        }
        throw error;
    }
}
/** What an earlier demo wrote to `outDir`, removed; nothing else there is touched (`--out .` is safe). */
function clearDemoOutput(outDir) {
    external_node_fs_default().mkdirSync(outDir, { recursive: true });
    const ours = /^(\d\d-[\w-]+\.md|failed-[\w-]+\.(log|json)|steps\.json|transcript\.md|index\.html|assets)$/;
    for (const entry of external_node_fs_default().readdirSync(outDir))
        if (ours.test(entry))
            external_node_fs_default().rmSync(external_node_path_default().join(outDir, entry), { recursive: true, force: true });
}


/***/ }),

/***/ 4370:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CP: () => (/* binding */ driftReport),
/* harmony export */   tF: () => (/* binding */ summarizeDriftReport)
/* harmony export */ });
/* unused harmony exports featureDrift, driftDispatchReport, DISPATCH_REPORT_BYTES, compactDriftReport, driftDispatchPayload */
/* harmony import */ var _zod_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8411);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6265);
/**
 * The drift report: what `trainyard drift --json`, the drift-check action and the bot exchange.
 * Parse it with `driftReport` where it comes in from outside (a file, a dispatch payload).
 *
 * Numbers JSON cannot hold come as null: `statistic` is null when it is infinite (chi-squared with
 * a value the reference never had, Wasserstein over a constant reference) or could not be computed
 * (a side without values, `note` says which).
 */


const count = _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .minimum */ .BpO(0));
const side = _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ count, missing: count });
const featureDrift = _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    feature: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    kind: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(["numerical", "categorical"]),
    test: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .driftTestNames */ .s),
    /** The test's statistic or the distance (null: infinite, or not computed). */
    statistic: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .nullable */ .mee(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()),
    /** The test's p-value; null for distances. */
    p_value: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .nullable */ .mee(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()),
    /** Population stability index, whatever the test (null: not computed). */
    psi: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .nullable */ .mee(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()),
    /** p-value at or below, or distance at or above, this is drift. */
    threshold: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    drifted: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    /** Computed from every value (false: from a quantile sketch, within `error`). */
    exact: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    /** Bound on |statistic − the statistic from all the data|: 0 when exact, null when unknown. */
    error: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .nullable */ .mee(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()),
    reference: side,
    current: side,
    note: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
});
const driftReport = _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    /** Dataset drift: the share of drifted features is at least `threshold`. */
    drifted: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    /** Drifted features / features checked. */
    share: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .minimum */ .BpO(0), _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .maximum */ .PhQ(1)),
    threshold: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .minimum */ .BpO(0), _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .maximum */ .PhQ(1)),
    features: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(featureDrift),
    reference: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ rows: count, source: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(["data", "profile"]) }),
    current: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ rows: count }),
    /** Columns not checked, and why. */
    skipped: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ name: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), reason: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() })),
});
/** The short form `trainyard drift --json` prints. */
function summarizeDriftReport(report) {
    return {
        drifted: report.drifted,
        share: report.share,
        features: report.features.map(({ feature, kind, test, statistic, p_value, psi, drifted }) => ({
            feature,
            kind,
            test,
            statistic,
            p_value,
            psi,
            drifted,
        })),
    };
}
const featureSummary = _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .pick */ .UpN(featureDrift, {
    feature: true,
    kind: true,
    test: true,
    statistic: true,
    p_value: true,
    psi: true,
    threshold: true,
    drifted: true,
});
/**
 * The report as the drift check sends it to the bot in a `repository_dispatch` (`client_payload.report`):
 * the verdict and each feature's summary, drifted features first. GitHub caps the payload's size,
 * so features past the budget are cut and counted in `omitted`.
 */
const driftDispatchReport = _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    drifted: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    share: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .minimum */ .BpO(0), _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .maximum */ .PhQ(1)),
    threshold: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .minimum */ .BpO(0), _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .maximum */ .PhQ(1)),
    features: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(featureSummary),
    /** Features cut to keep the payload small (the full report is in the run's report file). */
    omitted: count,
    reference: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ rows: count, source: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(["data", "profile"]) }),
    current: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ rows: count }),
});
/** Bytes of JSON the dispatched report may take (GitHub refuses much larger client payloads). */
const DISPATCH_REPORT_BYTES = 60_000;
function compactDriftReport(report, maxBytes = DISPATCH_REPORT_BYTES) {
    const ordered = [...report.features].sort((a, b) => Number(b.drifted) - Number(a.drifted) || (b.psi ?? 0) - (a.psi ?? 0));
    const compact = {
        drifted: report.drifted,
        share: report.share,
        threshold: report.threshold,
        features: [],
        omitted: 0,
        reference: report.reference,
        current: report.current,
    };
    // Room for the largest `omitted` count, then each feature with its comma.
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
/** `client_payload` of the `trainyard-drift` repository_dispatch: parse it with this where it comes in. */
const driftDispatchPayload = _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    model: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    report: driftDispatchReport,
});


/***/ }),

/***/ 2669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r: () => (/* binding */ DEFAULT_API_URL),
  L: () => (/* binding */ createGitHubClient)
});

// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 7 modules
var dist_src = __webpack_require__(3070);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __webpack_require__(3779);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js + 3 modules
var plugin_rest_endpoint_methods_dist_src = __webpack_require__(9210);
;// CONCATENATED MODULE: ./lib/github/request-policy.ts
const DEFAULT_RETRIES = 3;
const MAX_IN_FLIGHT = 10;
/** GitHub's answers that another attempt cannot change. */
const DO_NOT_RETRY = new Set([400, 401, 403, 404, 410, 422, 451]);
/** Seconds to wait on a secondary rate limit that names no Retry-After. */
const SECONDARY_LIMIT_FALLBACK_SECONDS = 60;
/** Writes that notify people (issues, comments, pull requests, reviews, releases) are spaced 3×. */
const NOTIFYING_WRITE = /^\/repos\/[^/]+\/[^/]+\/(issues(\/[^/]+\/comments)?|pulls(\/[^/]+\/(comments(\/[^/]+\/replies)?|merge|requested_reviewers|reviews))?|commits\/[^/]+\/comments|releases|collaborators\/[^/]+)$/;
/** Requests for an App's installation token: neither writes to space nor requests to count. */
const TOKEN_REQUEST = /^\/app\/installations\/[^/]+\/access_tokens$/;
const quietLog = { debug() { }, info() { }, warn() { }, error() { } };
function requestPolicy(options = {}) {
    // TRAINYARD_GITHUB_TIME_UNIT_MS shrinks both for a bundle run as a process against the sandbox.
    const unitFromEnv = Number(process.env.TRAINYARD_GITHUB_TIME_UNIT_MS || Number.NaN);
    const defaultUnit = Number.isFinite(unitFromEnv) && unitFromEnv >= 0 ? unitFromEnv : 1000;
    return {
        retries: options.retries ?? DEFAULT_RETRIES,
        timeUnitMs: options.retryTimeUnitMs ?? defaultUnit,
        writeSpacingMs: options.writeSpacingMs ?? defaultUnit,
        log: options.log ?? quietLog,
        queues: new Map(),
        inFlight: new Slots(MAX_IN_FLIGHT),
    };
}
/**
 * The Octokit plugin that applies a policy: `new (Octokit.plugin(requestPolicyPlugin))({
 * requestPolicy, requestQueue })`. Clients given one policy share its limits; `requestQueue` (one
 * per installation in the bot) keeps a queue's writes spaced apart from other queues'.
 */
function requestPolicyPlugin(octokit, options) {
    const policy = options.requestPolicy;
    if (policy === undefined)
        return;
    const queue = options.requestQueue ?? "default";
    octokit.hook.wrap("request", async (send, request) => {
        const { pathname } = new URL(request.url, "https://api.github.invalid");
        const tokenRequest = TOKEN_REQUEST.test(pathname);
        const write = request.method !== "GET" && request.method !== "HEAD" && !tokenRequest;
        const retries = typeof request.request?.retries === "number" ? request.request.retries : policy.retries;
        let serverRetries = 0;
        let limitRetries = 0;
        for (;;) {
            if (write)
                await waitForWriteTurn(policy, queue, NOTIFYING_WRITE.test(pathname));
            try {
                // A token request is made from inside another request's slot (by the App auth strategy,
                // for the request that needs the token): taking a slot of its own could wait forever.
                return tokenRequest ? await send(request) : await policy.inFlight.run(async () => send(request));
            }
            catch (error) {
                const next = nextAttempt(error, { serverRetries, limitRetries, retries });
                const what = `${request.method} ${request.url}`;
                if (next === undefined)
                    throw error;
                if (next.giveUp) {
                    policy.log.warn(`${next.reason} on ${what}: giving up after ${next.attempt - 1} retries`);
                    throw error;
                }
                if (next.rateLimit)
                    limitRetries++;
                else
                    serverRetries++;
                policy.log.info(`${next.reason} on ${what}: retrying in ${next.seconds}s (${next.attempt}/${retries})`);
                await sleep(next.seconds * policy.timeUnitMs);
            }
        }
    });
}
/** Whether, and after how many seconds, a failed request is sent again; undefined: not retried. */
function nextAttempt(error, attempts) {
    const failure = error;
    if (typeof failure.status !== "number")
        return undefined;
    const status = failure.status;
    const headers = failure.response?.headers ?? {};
    const retryAfter = Number(headers["retry-after"]);
    if (status === 403 || status === 429) {
        let limit;
        if (/\bsecondary rate\b/i.test(String(failure.message))) {
            limit = {
                reason: "secondary rate limit",
                seconds: retryAfter > 0 ? retryAfter : SECONDARY_LIMIT_FALLBACK_SECONDS,
            };
        }
        else if (String(headers["x-ratelimit-remaining"]) === "0") {
            // One second past the reset, as GitHub's documentation asks.
            const resetMs = Number(headers["x-ratelimit-reset"]) * 1000;
            limit = { reason: "rate limit", seconds: Math.max(Math.ceil((resetMs - Date.now()) / 1000) + 1, 0) };
        }
        if (limit !== undefined) {
            const attempt = attempts.limitRetries + 1;
            if (attempts.limitRetries >= attempts.retries)
                return { giveUp: true, reason: limit.reason, attempt };
            return { giveUp: false, rateLimit: true, ...limit, attempt };
        }
    }
    if (status < 400 || DO_NOT_RETRY.has(status))
        return undefined;
    // A dropped connection reaches here as status 500 with no response.
    const reason = failure.response === undefined ? "no answer" : `HTTP ${status}`;
    const attempt = attempts.serverRetries + 1;
    if (attempts.serverRetries >= attempts.retries)
        return { giveUp: true, reason, attempt };
    const seconds = retryAfter > 0 ? retryAfter : attempt ** 2;
    return { giveUp: false, rateLimit: false, reason, seconds, attempt };
}
async function waitForWriteTurn(policy, queue, notifies) {
    if (policy.writeSpacingMs <= 0)
        return;
    let turns = policy.queues.get(queue);
    if (turns === undefined) {
        turns = { nextWrite: 0, nextNotification: 0 };
        policy.queues.set(queue, turns);
    }
    const now = Date.now();
    let start = Math.max(now, turns.nextWrite);
    if (notifies)
        start = Math.max(start, turns.nextNotification);
    turns.nextWrite = start + policy.writeSpacingMs;
    if (notifies)
        turns.nextNotification = start + 3 * policy.writeSpacingMs;
    if (start > now)
        await sleep(start - now);
}
function sleep(ms) {
    return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
/** At most `size` tasks at once; the others start in the order they asked, with no timer. */
class Slots {
    #free;
    #waiting = [];
    constructor(size) {
        this.#free = size;
    }
    async run(task) {
        if (this.#free > 0)
            this.#free--;
        else
            await new Promise((resolve) => this.#waiting.push(resolve));
        try {
            return await task();
        }
        finally {
            const next = this.#waiting.shift();
            if (next)
                next();
            else
                this.#free++;
        }
    }
}

;// CONCATENATED MODULE: ./lib/github/client.ts




/**
 * Octokit with what Trainyard uses: the REST methods, pagination, retries and rate-limit handling.
 * Composed from @octokit/core rather than the `octokit` package, whose entry point also loads the
 * App, OAuth and webhooks toolkits (a fifth of an action's cold start) that no caller here uses.
 */
const Octokit = dist_src/* Octokit */.E.plugin(plugin_rest_endpoint_methods_dist_src/* restEndpointMethods */._, dist_bundle/* paginateRest */.ud, requestPolicyPlugin);
const DEFAULT_API_URL = "https://api.github.com";
function createGitHubClient(options) {
    const auth = options.auth;
    return new Octokit({
        baseUrl: trimSlash(options.baseUrl ?? DEFAULT_API_URL),
        userAgent: options.userAgent ?? "trainyard",
        log: options.log ?? quietLog,
        ...(auth.kind === "token"
            ? { auth: auth.token }
            : {
                authStrategy: appAuthOnFirstRequest,
                auth: { appId: auth.appId, privateKey: auth.privateKey, installationId: auth.installationId },
            }),
        requestPolicy: requestPolicy(options),
    });
}
/**
 * GitHub App authentication, loaded with its first request. Actions authenticate with a token; the
 * App strategy (JWT signing, OAuth flows, a token cache) would otherwise be compiled at every
 * action's start for nothing.
 */
function appAuthOnFirstRequest(options) {
    let strategy;
    const load = () => (strategy ??= __webpack_require__.e(/* import() */ 479).then(__webpack_require__.bind(__webpack_require__, 6479)).then(({ createAppAuth }) => createAppAuth(options)));
    const auth = async (authOptions) => (await load())(authOptions);
    auth.hook = async (...hookArguments) => (await load()).hook(...hookArguments);
    return auth;
}
function trimSlash(url) {
    return url.replace(/\/+$/, "");
}


/***/ }),

/***/ 8904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Et: () => (/* binding */ parseDeployments),
/* harmony export */   cu: () => (/* binding */ DEPLOYMENTS_FILE)
/* harmony export */ });
/* unused harmony exports versionLabel, deploymentsSchema, deployedVersion, setDeployedVersion */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _config_located_document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6417);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8115);
/* harmony import */ var _zod_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8411);




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
const versionLabel = _zod_js__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().check(_zod_js__WEBPACK_IMPORTED_MODULE_3__/* .regex */ .yGV(/^v[1-9]\d*$/, "a version such as v3"));
const deploymentsSchema = _zod_js__WEBPACK_IMPORTED_MODULE_3__/* .pipe */ .FsL(_zod_js__WEBPACK_IMPORTED_MODULE_3__/* .nullable */ .mee(_zod_js__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(_zod_js__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().check(_zod_js__WEBPACK_IMPORTED_MODULE_3__/* .regex */ .yGV(modelName, "a model name in lower case (letters, digits, . _ -)")), _zod_js__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(_zod_js__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().check(_zod_js__WEBPACK_IMPORTED_MODULE_3__/* .regex */ .yGV(environmentName, "an environment name")), versionLabel))), _zod_js__WEBPACK_IMPORTED_MODULE_3__/* .transform */ .pdi((value) => value ?? {}));
const DEPLOYMENTS_FILE = ".trainyard/deployments.yml";
function parseDeployments(text, file = DEPLOYMENTS_FILE) {
    if (text.trim() === "")
        return {};
    // Comments only (a new repository's file, before any promotion): nothing is deployed yet. Told
    // by its lines, not by a second parse (yaml's default parse is quadratic in a mapping's keys).
    if (text.split(/\r\n|\r|\n/).every((line) => /^\s*(#.*)?$/.test(line)))
        return {};
    return (0,_config_located_document_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDocumentWith */ .$L)(text, file, {
        schema: deploymentsSchema,
        expected: "models with their environments",
    });
}
/** The version (number) of a model in an environment, or undefined when it is not deployed there. */
function deployedVersion(deployments, model, environment) {
    // Own keys only: an environment named "toString" is not the function every object has.
    const environments = Object.hasOwn(deployments, model) ? deployments[model] : undefined;
    const label = environments && Object.hasOwn(environments, environment) ? environments[environment] : undefined;
    return label === undefined ? undefined : Number(label.slice(1));
}
/**
 * The file with `model.environment` set to `v<version>`, everything else as it was. Adds the
 * model or environment at the end when missing.
 */
function setDeployedVersion(text, model, environment, version, file = DEPLOYMENTS_FILE) {
    parseDeployments(text, file);
    if (!modelName.test(model))
        throw new ConfigError(`"${model}" is not a model name (lower case letters, digits, . _ -)`, { file });
    if (!environmentName.test(environment))
        throw new ConfigError(`"${environment}" is not an environment name`, { file });
    // A new document, not "{}" parsed: that would make the whole file one flow mapping. Keys were
    // found unique above, in linear time; yaml's own check would compare each with every other.
    const document = text.trim() === "" ? new Document({}) : parseDocument(text, { uniqueKeys: false });
    if (!isMap(document.contents) && document.contents !== null)
        throw new ConfigError("expected a mapping of models", { file });
    const label = `v${version}`;
    const existing = document.getIn([model, environment], true);
    if (isScalar(existing)) {
        if (existing.value === label)
            return text;
        existing.value = label;
    }
    else if (isMap(document.get(model, true))) {
        document.setIn([model, environment], label);
    }
    else {
        document.set(model, document.createNode({ [environment]: label }));
    }
    return document.toString({ lineWidth: 0 });
}


/***/ })

};
