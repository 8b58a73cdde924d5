import { createRequire as __trainyardCreateRequire } from "node:module";
const require = __trainyardCreateRequire(import.meta.url);
import {
  getUserAgent,
  request
} from "./chunk-KSK3BMTL.js";
import {
  parseDocumentWith
} from "./chunk-OV7LGPEV.js";
import {
  _regex,
  nullable,
  pipe,
  record,
  string,
  transform
} from "./chunk-GTQZ2Z3F.js";

// node_modules/before-after-hook/lib/register.js
function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }
  if (!options) {
    options = {};
  }
  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name2) => {
      return register.bind(null, state, name2, callback, options);
    }, method)();
  }
  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }
    return state.registry[name].reduce((method2, registered) => {
      return registered.hook.bind(null, method2, options);
    }, method)();
  });
}

// node_modules/before-after-hook/lib/add.js
function addHook(state, kind, name, hook2) {
  const orig = hook2;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }
  if (kind === "before") {
    hook2 = (method, options) => {
      return Promise.resolve().then(orig.bind(null, options)).then(method.bind(null, options));
    };
  }
  if (kind === "after") {
    hook2 = (method, options) => {
      let result;
      return Promise.resolve().then(method.bind(null, options)).then((result_) => {
        result = result_;
        return orig(result, options);
      }).then(() => {
        return result;
      });
    };
  }
  if (kind === "error") {
    hook2 = (method, options) => {
      return Promise.resolve().then(method.bind(null, options)).catch((error) => {
        return orig(error, options);
      });
    };
  }
  state.registry[name].push({
    hook: hook2,
    orig
  });
}

// node_modules/before-after-hook/lib/remove.js
function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }
  const index = state.registry[name].map((registered) => {
    return registered.orig;
  }).indexOf(method);
  if (index === -1) {
    return;
  }
  state.registry[name].splice(index, 1);
}

// node_modules/before-after-hook/index.js
var bind = Function.bind;
var bindable = bind.bind(bind);
function bindApi(hook2, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook2.api = { remove: removeHookRef };
  hook2.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook2[kind] = hook2.api[kind] = bindable(addHook, null).apply(null, args);
  });
}
function Singular() {
  const singularHookName = /* @__PURE__ */ Symbol("Singular");
  const singularHookState = {
    registry: {}
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}
function Collection() {
  const state = {
    registry: {}
  };
  const hook2 = register.bind(null, state);
  bindApi(hook2, state);
  return hook2;
}
var before_after_hook_default = { Singular, Collection };

// node_modules/@octokit/graphql/dist-bundle/index.js
var VERSION = "0.0.0-development";
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}
function withDefaults(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: withDefaults.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}
var graphql2 = withDefaults(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${VERSION} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return withDefaults(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}
/* v8 ignore if -- @preserve */

// node_modules/@octokit/auth-token/dist-bundle/index.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}
async function hook(token, request2, route, parameters) {
  const endpoint = request2.endpoint.merge(
    route,
    parameters
  );
  endpoint.headers.authorization = withAuthorizationPrefix(token);
  return request2(endpoint);
}
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};

// node_modules/@octokit/core/dist-src/version.js
var VERSION2 = "7.0.8";

// node_modules/@octokit/core/dist-src/index.js
var noop = () => {
};
var consoleWarn = console.warn.bind(console);
var consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = noop;
  }
  if (typeof logger.info !== "function") {
    logger.info = noop;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
var userAgentTrail = `octokit-core.js/${VERSION2} ${getUserAgent()}`;
var Octokit = class {
  static VERSION = VERSION2;
  static defaults(defaults) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults === "function") {
          super(defaults(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options,
            options.userAgent && defaults.userAgent ? {
              userAgent: `${options.userAgent} ${defaults.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook2 = new before_after_hook_default.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook2.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook2;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth2 = createTokenAuth(options.auth);
        hook2.wrap("request", auth2.hook);
        this.auth = auth2;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth2 = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook2.wrap("request", auth2.hook);
      this.auth = auth2;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
};

// node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var VERSION3 = "0.0.0-development";
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error) {
          if (error.status !== 409) throw error;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}
var composePaginateRest = Object.assign(paginate, {
  iterator
});
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = VERSION3;

// lib/github/request-policy.ts
var DEFAULT_RETRIES = 3;
var MAX_IN_FLIGHT = 10;
var DO_NOT_RETRY = /* @__PURE__ */ new Set([400, 401, 403, 404, 410, 422, 451]);
var SECONDARY_LIMIT_FALLBACK_SECONDS = 60;
var NOTIFYING_WRITE = /^\/repos\/[^/]+\/[^/]+\/(issues(\/[^/]+\/comments)?|pulls(\/[^/]+\/(comments(\/[^/]+\/replies)?|merge|requested_reviewers|reviews))?|commits\/[^/]+\/comments|releases|collaborators\/[^/]+)$/;
var TOKEN_REQUEST = /^\/app\/installations\/[^/]+\/access_tokens$/;
var quietLog = { debug() {
}, info() {
}, warn() {
}, error() {
} };
function requestPolicy(options = {}) {
  const unitFromEnv = Number(process.env.TRAINYARD_GITHUB_TIME_UNIT_MS || Number.NaN);
  const defaultUnit = Number.isFinite(unitFromEnv) && unitFromEnv >= 0 ? unitFromEnv : 1e3;
  return {
    retries: options.retries ?? DEFAULT_RETRIES,
    timeUnitMs: options.retryTimeUnitMs ?? defaultUnit,
    writeSpacingMs: options.writeSpacingMs ?? defaultUnit,
    log: options.log ?? quietLog,
    queues: /* @__PURE__ */ new Map(),
    inFlight: new Slots(MAX_IN_FLIGHT)
  };
}
function requestPolicyPlugin(octokit, options) {
  const policy = options.requestPolicy;
  if (policy === void 0) return;
  const queue = options.requestQueue ?? "default";
  octokit.hook.wrap("request", async (send, request2) => {
    const { pathname } = new URL(request2.url, "https://api.github.invalid");
    const tokenRequest = TOKEN_REQUEST.test(pathname);
    const write = request2.method !== "GET" && request2.method !== "HEAD" && !tokenRequest;
    const retries = typeof request2.request?.retries === "number" ? request2.request.retries : policy.retries;
    let serverRetries = 0;
    let limitRetries = 0;
    for (; ; ) {
      if (write) await waitForWriteTurn(policy, queue, NOTIFYING_WRITE.test(pathname));
      try {
        return tokenRequest ? await send(request2) : await policy.inFlight.run(async () => send(request2));
      } catch (error) {
        const next = nextAttempt(error, { serverRetries, limitRetries, retries });
        const what = `${request2.method} ${request2.url}`;
        if (next === void 0) throw error;
        if (next.giveUp) {
          policy.log.warn(`${next.reason} on ${what}: giving up after ${next.attempt - 1} retries`);
          throw error;
        }
        if (next.rateLimit) limitRetries++;
        else serverRetries++;
        policy.log.info(
          `${next.reason} on ${what}: retrying in ${next.seconds}s (${next.attempt}/${retries})`
        );
        await sleep(next.seconds * policy.timeUnitMs);
      }
    }
  });
}
function nextAttempt(error, attempts) {
  const failure = error;
  if (typeof failure.status !== "number") return void 0;
  const status = failure.status;
  const headers = failure.response?.headers ?? {};
  const retryAfter = Number(headers["retry-after"]);
  if (status === 403 || status === 429) {
    let limit;
    if (/\bsecondary rate\b/i.test(String(failure.message))) {
      limit = {
        reason: "secondary rate limit",
        seconds: retryAfter > 0 ? retryAfter : SECONDARY_LIMIT_FALLBACK_SECONDS
      };
    } else if (String(headers["x-ratelimit-remaining"]) === "0") {
      const resetMs = Number(headers["x-ratelimit-reset"]) * 1e3;
      limit = { reason: "rate limit", seconds: Math.max(Math.ceil((resetMs - Date.now()) / 1e3) + 1, 0) };
    }
    if (limit !== void 0) {
      const attempt2 = attempts.limitRetries + 1;
      if (attempts.limitRetries >= attempts.retries) return { giveUp: true, reason: limit.reason, attempt: attempt2 };
      return { giveUp: false, rateLimit: true, ...limit, attempt: attempt2 };
    }
  }
  if (status < 400 || DO_NOT_RETRY.has(status)) return void 0;
  const reason = failure.response === void 0 ? "no answer" : `HTTP ${status}`;
  const attempt = attempts.serverRetries + 1;
  if (attempts.serverRetries >= attempts.retries) return { giveUp: true, reason, attempt };
  const seconds = retryAfter > 0 ? retryAfter : attempt ** 2;
  return { giveUp: false, rateLimit: false, reason, seconds, attempt };
}
async function waitForWriteTurn(policy, queue, notifies) {
  if (policy.writeSpacingMs <= 0) return;
  let turns = policy.queues.get(queue);
  if (turns === void 0) {
    turns = { nextWrite: 0, nextNotification: 0 };
    policy.queues.set(queue, turns);
  }
  const now = Date.now();
  let start = Math.max(now, turns.nextWrite);
  if (notifies) start = Math.max(start, turns.nextNotification);
  turns.nextWrite = start + policy.writeSpacingMs;
  if (notifies) turns.nextNotification = start + 3 * policy.writeSpacingMs;
  if (start > now) await sleep(start - now);
}
function sleep(ms) {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
var Slots = class {
  #free;
  #waiting = [];
  constructor(size) {
    this.#free = size;
  }
  async run(task) {
    if (this.#free > 0) this.#free--;
    else await new Promise((resolve) => this.#waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = this.#waiting.shift();
      if (next) next();
      else this.#free++;
    }
  }
};

// lib/github/rest-methods.ts
var REST_ROUTES = {
  actions: {
    deleteArtifact: "DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}",
    downloadArtifact: "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}",
    getArtifact: "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}",
    getWorkflowRun: "GET /repos/{owner}/{repo}/actions/runs/{run_id}",
    listArtifactsForRepo: "GET /repos/{owner}/{repo}/actions/artifacts",
    listWorkflowRunArtifacts: "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts",
    listWorkflowRunsForRepo: "GET /repos/{owner}/{repo}/actions/runs"
  },
  apps: {
    getRepoInstallation: "GET /repos/{owner}/{repo}/installation"
  },
  checks: {
    create: "POST /repos/{owner}/{repo}/check-runs",
    get: "GET /repos/{owner}/{repo}/check-runs/{check_run_id}",
    listAnnotations: "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations",
    listForRef: "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
    update: "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}"
  },
  git: {
    createBlob: "POST /repos/{owner}/{repo}/git/blobs",
    createCommit: "POST /repos/{owner}/{repo}/git/commits",
    createRef: "POST /repos/{owner}/{repo}/git/refs",
    createTree: "POST /repos/{owner}/{repo}/git/trees",
    getCommit: "GET /repos/{owner}/{repo}/git/commits/{commit_sha}",
    getRef: "GET /repos/{owner}/{repo}/git/ref/{ref}",
    listMatchingRefs: "GET /repos/{owner}/{repo}/git/matching-refs/{ref}",
    updateRef: "PATCH /repos/{owner}/{repo}/git/refs/{ref}"
  },
  issues: {
    addLabels: "POST /repos/{owner}/{repo}/issues/{issue_number}/labels",
    create: "POST /repos/{owner}/{repo}/issues",
    createComment: "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
    createLabel: "POST /repos/{owner}/{repo}/labels",
    deleteComment: "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}",
    deleteLabel: "DELETE /repos/{owner}/{repo}/labels/{name}",
    get: "GET /repos/{owner}/{repo}/issues/{issue_number}",
    getComment: "GET /repos/{owner}/{repo}/issues/comments/{comment_id}",
    getLabel: "GET /repos/{owner}/{repo}/labels/{name}",
    listComments: "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
    listForRepo: "GET /repos/{owner}/{repo}/issues",
    listLabelsForRepo: "GET /repos/{owner}/{repo}/labels",
    listLabelsOnIssue: "GET /repos/{owner}/{repo}/issues/{issue_number}/labels",
    removeLabel: "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}",
    setLabels: "PUT /repos/{owner}/{repo}/issues/{issue_number}/labels",
    update: "PATCH /repos/{owner}/{repo}/issues/{issue_number}",
    updateComment: "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}",
    updateLabel: "PATCH /repos/{owner}/{repo}/labels/{name}"
  },
  pulls: {
    create: "POST /repos/{owner}/{repo}/pulls",
    createReview: "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews",
    dismissReview: "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals",
    get: "GET /repos/{owner}/{repo}/pulls/{pull_number}",
    list: "GET /repos/{owner}/{repo}/pulls",
    listFiles: "GET /repos/{owner}/{repo}/pulls/{pull_number}/files",
    listRequestedReviewers: "GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
    listReviews: "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews",
    merge: "PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge",
    removeRequestedReviewers: "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
    requestReviewers: "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
    update: "PATCH /repos/{owner}/{repo}/pulls/{pull_number}"
  },
  repos: {
    compareCommitsWithBasehead: "GET /repos/{owner}/{repo}/compare/{basehead}",
    createAttestation: "POST /repos/{owner}/{repo}/attestations",
    createCommitStatus: "POST /repos/{owner}/{repo}/statuses/{sha}",
    createDeployment: "POST /repos/{owner}/{repo}/deployments",
    createDeploymentStatus: "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
    createDispatchEvent: "POST /repos/{owner}/{repo}/dispatches",
    createOrUpdateEnvironment: "PUT /repos/{owner}/{repo}/environments/{environment_name}",
    createOrUpdateFileContents: "PUT /repos/{owner}/{repo}/contents/{path}",
    createRelease: "POST /repos/{owner}/{repo}/releases",
    deleteAnEnvironment: "DELETE /repos/{owner}/{repo}/environments/{environment_name}",
    deleteDeployment: "DELETE /repos/{owner}/{repo}/deployments/{deployment_id}",
    deleteFile: "DELETE /repos/{owner}/{repo}/contents/{path}",
    deleteRelease: "DELETE /repos/{owner}/{repo}/releases/{release_id}",
    deleteReleaseAsset: "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}",
    get: "GET /repos/{owner}/{repo}",
    getAllEnvironments: "GET /repos/{owner}/{repo}/environments",
    getCollaboratorPermissionLevel: "GET /repos/{owner}/{repo}/collaborators/{username}/permission",
    getCombinedStatusForRef: "GET /repos/{owner}/{repo}/commits/{ref}/status",
    getCommit: "GET /repos/{owner}/{repo}/commits/{ref}",
    getContent: "GET /repos/{owner}/{repo}/contents/{path}",
    getDeployment: "GET /repos/{owner}/{repo}/deployments/{deployment_id}",
    getDeploymentStatus: "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}",
    getEnvironment: "GET /repos/{owner}/{repo}/environments/{environment_name}",
    getLatestRelease: "GET /repos/{owner}/{repo}/releases/latest",
    getRelease: "GET /repos/{owner}/{repo}/releases/{release_id}",
    getReleaseAsset: "GET /repos/{owner}/{repo}/releases/assets/{asset_id}",
    getReleaseByTag: "GET /repos/{owner}/{repo}/releases/tags/{tag}",
    listAttestations: "GET /repos/{owner}/{repo}/attestations/{subject_digest}",
    listCommitStatusesForRef: "GET /repos/{owner}/{repo}/commits/{ref}/statuses",
    listDeploymentStatuses: "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
    listDeployments: "GET /repos/{owner}/{repo}/deployments",
    listPullRequestsAssociatedWithCommit: "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls",
    listReleaseAssets: "GET /repos/{owner}/{repo}/releases/{release_id}/assets",
    listReleases: "GET /repos/{owner}/{repo}/releases",
    updateRelease: "PATCH /repos/{owner}/{repo}/releases/{release_id}",
    uploadReleaseAsset: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}",
      { baseUrl: "https://uploads.github.com" }
    ]
  },
  teams: {
    getByName: "GET /orgs/{org}/teams/{team_slug}",
    getMembershipForUserInOrg: "GET /orgs/{org}/teams/{team_slug}/memberships/{username}"
  }
};
function restMethods(octokit) {
  const rest = {};
  for (const [scope, routes] of Object.entries(REST_ROUTES)) {
    const methods = {};
    for (const [name, entry] of Object.entries(routes)) {
      const [route, defaults] = typeof entry === "string" ? [entry, {}] : entry;
      Object.defineProperty(methods, name, {
        configurable: true,
        enumerable: true,
        get() {
          const [method, url] = route.split(" ");
          const request2 = octokit.request.defaults({ method, url, ...defaults });
          Object.defineProperty(methods, name, { value: request2, enumerable: true });
          return request2;
        }
      });
    }
    rest[scope] = methods;
  }
  return { rest };
}

// lib/github/client.ts
var Octokit2 = Octokit.plugin(restMethods, paginateRest, requestPolicyPlugin);
var DEFAULT_API_URL = "https://api.github.com";
function createGitHubClient(options) {
  const auth2 = options.auth;
  return new Octokit2({
    baseUrl: trimSlash(options.baseUrl ?? DEFAULT_API_URL),
    userAgent: options.userAgent ?? "trainyard",
    log: options.log ?? quietLog,
    ...auth2.kind === "token" ? { auth: auth2.token } : {
      authStrategy: appAuthOnFirstRequest,
      auth: { appId: auth2.appId, privateKey: auth2.privateKey, installationId: auth2.installationId }
    },
    requestPolicy: requestPolicy(options)
  });
}
function appAuthOnFirstRequest(options) {
  let strategy;
  const load = () => strategy ??= import("./dist-node-JQQPBU7X.js").then(({ createAppAuth }) => createAppAuth(options));
  const auth2 = async (authOptions) => (await load())(authOptions);
  auth2.hook = async (...hookArguments) => (await load()).hook(...hookArguments);
  return auth2;
}
function trimSlash(url) {
  return url.replace(/\/+$/, "");
}

// lib/registry/deployments.ts
var modelName = /^[a-z0-9][a-z0-9._-]*$/;
var environmentName = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
var versionLabel = string().check(_regex(/^v[1-9]\d*$/, "a version such as v3"));
var deploymentsSchema = pipe(
  nullable(
    record(
      string().check(_regex(modelName, "a model name in lower case (letters, digits, . _ -)")),
      record(string().check(_regex(environmentName, "an environment name")), versionLabel)
    )
  ),
  transform((value) => value ?? {})
);
var DEPLOYMENTS_FILE = ".trainyard/deployments.yml";
function parseDeployments(text, file = DEPLOYMENTS_FILE) {
  if (text.trim() === "") return {};
  if (text.split(/\r\n|\r|\n/).every((line) => /^\s*(#.*)?$/.test(line))) return {};
  return parseDocumentWith(text, file, {
    schema: deploymentsSchema,
    expected: "models with their environments"
  });
}

export {
  DEFAULT_API_URL,
  createGitHubClient,
  DEPLOYMENTS_FILE,
  parseDeployments
};
