export const id = 443;
export const ids = [443];
export const modules = {

/***/ 8443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runRegistryCommand: () => (/* binding */ runRegistryCommand)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./lib/config/trainyard-config.ts + 2 modules
var trainyard_config = __webpack_require__(6583);
// EXTERNAL MODULE: ./lib/errors.ts
var errors = __webpack_require__(8115);
// EXTERNAL MODULE: ./lib/evaluate/compare.ts
var compare = __webpack_require__(4555);
// EXTERNAL MODULE: ./lib/github/client.ts + 1 modules
var client = __webpack_require__(2669);
;// CONCATENATED MODULE: ./lib/github/contents.ts

/**
 * A file's text at a commit, branch or tag; undefined when the file is not there. Reads the JSON
 * form (base64 content, files up to 1 MB), which every client decodes the same way.
 */
async function readFileAt(github, where) {
    let data;
    try {
        ({ data } = await github.rest.repos.getContent(where));
    }
    catch (error) {
        if (error.status === 404)
            return undefined;
        throw error;
    }
    if (Array.isArray(data) || data.type !== "file" || !("content" in data))
        throw new errors/* GitHubError */.y_(`${where.path} at ${where.ref} is not a file`, {
            request: `GET contents/${where.path}`,
        });
    return Buffer.from(data.content, "base64").toString("utf8");
}

// EXTERNAL MODULE: ./lib/registry/version-metadata.ts + 1 modules
var version_metadata = __webpack_require__(4371);
;// CONCATENATED MODULE: ./lib/github/releases.ts


/** The bytes of a release's asset, found by tag and asset name; undefined when either is missing. */
async function downloadReleaseAsset(github, repo, tag, name) {
    let release;
    try {
        ({ data: release } = await github.rest.repos.getReleaseByTag({ ...repo, tag }));
    }
    catch (error) {
        if (error.status === 404)
            return undefined;
        throw error;
    }
    const asset = release.assets.find((a) => a.name === name);
    if (!asset)
        return undefined;
    const response = await github.request("GET /repos/{owner}/{repo}/releases/assets/{asset_id}", {
        ...repo,
        asset_id: asset.id,
        headers: { accept: "application/octet-stream" },
    });
    const data = response.data;
    if (data instanceof ArrayBuffer)
        return Buffer.from(data);
    if (typeof data === "string")
        return Buffer.from(data);
    throw new errors/* GitHubError */.y_(`asset ${name} of ${tag} did not come back as bytes`, {
        request: `GET release asset ${asset.id}`,
    });
}
/**
 * The metrics of a model's registered versions, newest first (at most `limit`), read from the
 * `trainyard.json` of each Release tagged `<model>-v<N>`. `parse` checks the metadata.
 */
async function listVersionMetrics(github, repo, model, parse, limit = 12) {
    const pattern = new RegExp(`^${model.replace(/[.]/g, "\\.")}-v([1-9]\\d*)$`);
    const releases = await github.paginate(github.rest.repos.listReleases, { ...repo, per_page: 100 });
    const tags = releases
        .filter((r) => !r.draft && pattern.test(r.tag_name))
        .map((r) => ({ tag: r.tag_name, version: Number(pattern.exec(r.tag_name)?.[1]) }))
        .sort((a, b) => b.version - a.version)
        .slice(0, limit);
    const found = [];
    for (const { tag } of tags) {
        const bytes = await downloadReleaseAsset(github, repo, tag, VERSION_METADATA_ASSET);
        if (bytes)
            found.push(parse(bytes, tag));
    }
    return found;
}
/**
 * The published model versions of the repository, newest first: of one model, or of every model
 * (grouped by model name) when none is named. Drafts are left out: they are not versions yet.
 */
async function listModelVersions(github, repo, options = {}) {
    const releases = await github.paginate(github.rest.repos.listReleases, { ...repo, per_page: 100 });
    const found = releases
        .filter((release) => !release.draft)
        .flatMap((release) => {
        const parsed = (0,version_metadata/* parseVersionTag */._Q)(release.tag_name);
        if (!parsed || (options.model !== undefined && parsed.model !== options.model))
            return [];
        return [{ ...parsed, release }];
    })
        .sort((a, b) => a.model.localeCompare(b.model) || b.version - a.version)
        .slice(0, options.limit ?? Number.POSITIVE_INFINITY);
    const versions = [];
    for (const { model, version, release } of found) {
        const base = {
            model,
            version,
            tag: release.tag_name,
            url: release.html_url,
            publishedAt: release.published_at,
        };
        if (!release.assets.some((asset) => asset.name === version_metadata/* VERSION_METADATA_ASSET */.ab)) {
            versions.push({ ...base, metadata: undefined, problem: `no ${version_metadata/* VERSION_METADATA_ASSET */.ab} asset` });
            continue;
        }
        try {
            versions.push({ ...base, metadata: await readVersionMetadata(github, repo, release.tag_name) });
        }
        catch (error) {
            if (!(0,errors/* isTrainyardError */.Dz)(error) || error.kind !== "data")
                throw error;
            versions.push({ ...base, metadata: undefined, problem: error.message });
        }
    }
    return versions;
}
/** A version's `trainyard.json`, downloaded and checked; undefined when the Release or asset is missing. */
async function readVersionMetadata(github, repo, tag) {
    const bytes = await downloadReleaseAsset(github, repo, tag, version_metadata/* VERSION_METADATA_ASSET */.ab);
    return bytes && (0,version_metadata/* parseVersionMetadata */.P5)(bytes.toString("utf8"), `${tag}/${version_metadata/* VERSION_METADATA_ASSET */.ab}`);
}

// EXTERNAL MODULE: ./lib/registry/deployments.ts
var registry_deployments = __webpack_require__(8904);
;// CONCATENATED MODULE: ./cli/registry-command.ts








const HELP = `Usage: trainyard registry list [model] [options]
       trainyard registry show <model> [vN] [options]

Shows a repository's model versions (its Releases tagged <model>-v<N>, each with a trainyard.json)
and which version runs where (.trainyard/deployments.yml on the default branch).

  list   every version of every model (or of one): date, digest, key metrics, pull request, approvers
  show   one version in full (the newest when no vN is given): files, metrics, params, data, approvals

Options:
  --repo <owner/name>   The repository (default: $GITHUB_REPOSITORY)
  --api-url <url>       GitHub's REST API (default: $GITHUB_API_URL, else https://api.github.com)
  --json                Print JSON instead of text
  -h, --help            Show this help

The token comes from $GITHUB_TOKEN (or $GH_TOKEN); reading Releases needs contents: read.

Exit status: 0 shown, 1 no such model or version, 2 a usage or configuration error.`;
/** Metric columns of the list at most: the model's gated metrics first, then others by name. */
const KEY_METRICS = 3;
async function runRegistryCommand(argv) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args: argv,
        allowPositionals: true,
        options: {
            repo: { type: "string" },
            "api-url": { type: "string" },
            json: { type: "boolean", default: false },
            help: { type: "boolean", short: "h", default: false },
        },
    });
    const [action, model, versionText, ...extra] = positionals;
    if (values.help || action === undefined) {
        console.log(HELP);
        return values.help ? 0 : 2;
    }
    if (action !== "list" && action !== "show")
        throw new errors/* ConfigError */.xL(`unknown registry command "${action}": use list or show`);
    if (extra.length > 0 || (action === "list" && versionText !== undefined))
        throw new errors/* ConfigError */.xL(`too many arguments: ${positionals.join(" ")}`);
    if (action === "show" && model === undefined)
        throw new errors/* ConfigError */.xL("name the model: registry show <model> [vN]");
    const version = versionText === undefined ? undefined : parseVersion(versionText);
    const github = clientFromEnvironment(values["api-url"]);
    const registry = await readRegistry(github, repoFrom(values.repo), model);
    if (action === "list") {
        if (model !== undefined && registry.versions.length === 0) {
            console.error(`trainyard: no versions of ${model} in ${registry.repo.owner}/${registry.repo.repo}`);
            return 1;
        }
        process.stdout.write(values.json ? `${JSON.stringify(listJson(registry), null, 2)}\n` : listText(registry));
        return 0;
    }
    const chosen = version === undefined ? registry.versions[0] : registry.versions.find((v) => v.version === version);
    if (!chosen) {
        console.error(`trainyard: no ${version === undefined ? "versions" : `version v${version}`} of ${model} in ${registry.repo.owner}/${registry.repo.repo}`);
        return 1;
    }
    process.stdout.write(values.json ? `${JSON.stringify(showJson(registry, chosen), null, 2)}\n` : showText(registry, chosen));
    return 0;
}
function parseVersion(text) {
    const match = /^v?([1-9]\d*)$/.exec(text);
    if (!match)
        throw new errors/* ConfigError */.xL(`"${text}" is not a version: write it as v3`);
    return Number(match[1]);
}
function repoFrom(flag) {
    const named = flag ?? process.env.GITHUB_REPOSITORY;
    if (!named)
        throw new errors/* ConfigError */.xL("name the repository with --repo owner/name (or set GITHUB_REPOSITORY)");
    const [owner, repo, ...rest] = named.split("/");
    if (!owner || !repo || rest.length > 0)
        throw new errors/* ConfigError */.xL(`"${named}" is not a repository: write it as owner/name`);
    return { owner, repo };
}
function clientFromEnvironment(apiUrl) {
    const token = process.env.GITHUB_TOKEN || process.env.GH_TOKEN;
    if (!token)
        throw new errors/* ConfigError */.xL("set GITHUB_TOKEN (a token that can read the repository's contents)");
    return (0,client/* createGitHubClient */.L)({
        auth: { kind: "token", token },
        baseUrl: apiUrl ?? (process.env.GITHUB_API_URL || client/* DEFAULT_API_URL */.r),
        userAgent: "trainyard-cli",
    });
}
async function readRegistry(github, repo, model) {
    const { data } = await github.rest.repos.get({ owner: repo.owner, repo: repo.repo });
    const defaultBranch = data.default_branch;
    const at = (path) => readFileAt(github, { ...repo, path, ref: defaultBranch });
    const [deploymentsText, configText, versions] = await Promise.all([
        at(registry_deployments/* DEPLOYMENTS_FILE */.cu),
        at(trainyard_config/* CONFIG_FILE */.g2),
        listModelVersions(github, repo, model === undefined ? {} : { model }),
    ]);
    let config;
    if (configText !== undefined) {
        try {
            config = (0,trainyard_config/* parseTrainyardConfig */.Oc)(configText, `${trainyard_config/* CONFIG_FILE */.g2}@${defaultBranch}`);
        }
        catch (error) {
            if (!(0,errors/* isTrainyardError */.Dz)(error))
                throw error;
            console.error(`trainyard: ${error.message} (metrics shown without the model's gates)`);
        }
    }
    const deployments = deploymentsText === undefined
        ? {}
        : (0,registry_deployments/* parseDeployments */.Et)(deploymentsText, `${registry_deployments/* DEPLOYMENTS_FILE */.cu}@${defaultBranch}`);
    return { repo, defaultBranch, deployments, config, versions };
}
// ---------------------------------------------------------------------------------------------
// What the commands print
function byModel(registry) {
    const models = new Map();
    for (const version of registry.versions)
        models.set(version.model, [...(models.get(version.model) ?? []), version]);
    return models;
}
/** `production: v3` for each environment the deployments file names for the model. */
function aliasesOf(registry, model) {
    const environments = Object.hasOwn(registry.deployments, model) ? (registry.deployments[model] ?? {}) : {};
    return Object.fromEntries(Object.entries(environments).map(([name, label]) => [name, Number(label.slice(1))]));
}
function environmentsRunning(registry, version) {
    return Object.entries(aliasesOf(registry, version.model))
        .filter(([, deployed]) => deployed === version.version)
        .map(([environment]) => environment);
}
function keyMetrics(registry, model, versions) {
    const gated = Object.keys(registry.config?.models[model]?.gates ?? {});
    const all = [...new Set(versions.flatMap((v) => Object.keys(v.metadata?.record.metrics ?? {})))].sort();
    return [...new Set([...gated.filter((name) => all.includes(name)), ...all])].slice(0, KEY_METRICS);
}
function digestOf(version) {
    const first = version.metadata?.assets[0];
    return first ? `sha256:${first.sha256}` : undefined;
}
function listJson(registry) {
    return {
        repository: `${registry.repo.owner}/${registry.repo.repo}`,
        models: [...byModel(registry)].map(([model, versions]) => ({
            model,
            aliases: aliasesOf(registry, model),
            versions: versions.map((version) => ({
                version: version.version,
                tag: version.tag,
                url: version.url,
                publishedAt: version.publishedAt,
                registeredAt: version.metadata?.registeredAt ?? null,
                digest: digestOf(version) ?? null,
                metrics: version.metadata?.record.metrics ?? {},
                pullRequest: version.metadata?.pullRequest?.number ?? null,
                approvals: (version.metadata?.pullRequest?.approvals ?? []).map((approval) => approval.login),
                environments: environmentsRunning(registry, version),
                ...(version.problem ? { problem: version.problem } : {}),
            })),
        })),
    };
}
function listText(registry) {
    const models = byModel(registry);
    if (models.size === 0)
        return `No model versions in ${registry.repo.owner}/${registry.repo.repo}.\n`;
    const blocks = [...models].map(([model, versions]) => {
        const aliases = Object.entries(aliasesOf(registry, model))
            .map(([environment, version]) => `${environment}: v${version}`)
            .join(", ");
        const metrics = keyMetrics(registry, model, versions);
        const rows = versions.map((version) => {
            const metadata = version.metadata;
            const running = environmentsRunning(registry, version);
            return [
                `v${version.version}`,
                (version.publishedAt ?? "").replace("T", " ").replace(/:\d\d(\.\d+)?Z$/, "Z"),
                digestOf(version)?.slice(0, 19) ?? "—",
                ...metrics.map((name) => {
                    const value = metadata?.record.metrics[name];
                    return value === undefined ? "—" : (0,compare/* formatNumber */.ZV)(value);
                }),
                metadata?.pullRequest ? `#${metadata.pullRequest.number}` : "—",
                (metadata?.pullRequest?.approvals ?? []).map((approval) => approval.login).join(", ") || "—",
                [running.length > 0 ? `← ${running.join(", ")}` : "", version.problem ? `(${version.problem})` : ""]
                    .filter(Boolean)
                    .join(" "),
            ];
        });
        const header = ["VERSION", "PUBLISHED", "DIGEST", ...metrics, "PR", "APPROVED BY", ""];
        return `${model}${aliases ? `  (${aliases})` : ""}\n${columns([header, ...rows])}`;
    });
    return `${blocks.join("\n\n")}\n`;
}
function showJson(registry, version) {
    return {
        model: version.model,
        version: version.version,
        tag: version.tag,
        url: version.url,
        publishedAt: version.publishedAt,
        environments: environmentsRunning(registry, version),
        metadata: version.metadata ?? null,
        ...(version.problem ? { problem: version.problem } : {}),
    };
}
function showText(registry, version) {
    const lines = [`${version.model} v${version.version}  ${version.url}`];
    const running = environmentsRunning(registry, version);
    lines.push(`  runs in      ${running.length > 0 ? running.join(", ") : "no environment"}`);
    lines.push(`  published    ${version.publishedAt ?? "—"}`);
    const metadata = version.metadata;
    if (!metadata) {
        lines.push(`  metadata     ${version.problem ?? "none"}`);
        return `${lines.join("\n")}\n`;
    }
    const pull = metadata.pullRequest;
    lines.push(`  registered   ${metadata.registeredAt}`, `  commit       ${metadata.commit ?? metadata.record.git.commit}`, `  pull request ${pull ? `#${pull.number} ${pull.url}${pull.title ? `  "${pull.title}"` : ""}` : "—"}`, `  approved by  ${pull && pull.approvals.length > 0 ? pull.approvals.map((a) => `${a.login} (${a.submittedAt})`).join(", ") : "—"}`, `  training run ${metadata.record.run.url}`, "", "  files", columns(metadata.assets.map((asset) => [asset.name, `${asset.size} bytes`, `sha256:${asset.sha256}`]), "    "), "", "  metrics", columns(Object.entries(metadata.record.metrics).map(([name, value]) => [name, (0,compare/* formatNumber */.ZV)(value)]), "    "));
    const params = Object.entries(metadata.record.params);
    if (params.length > 0)
        lines.push("", "  params", columns(params.map(([name, value]) => [name, String(value)]), "    "));
    if (metadata.record.data.length > 0)
        lines.push("", "  data", columns(metadata.record.data.map((file) => [file.path, `${file.size} bytes`, `sha256:${file.sha256}`]), "    "));
    return `${lines.join("\n")}\n`;
}
/** Rows as aligned columns, two spaces apart. */
function columns(rows, indent = "  ") {
    const widths = rows.reduce((found, row) => row.map((cell, i) => Math.max(found[i] ?? 0, [...cell].length)), []);
    return rows
        .map((row) => indent +
        row
            .map((cell, i) => cell.padEnd(widths[i] ?? 0))
            .join("  ")
            .trimEnd())
        .join("\n");
}


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
