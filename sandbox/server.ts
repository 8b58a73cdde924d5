import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { authenticate, authorizeRepo, requireCredential } from "./auth.ts";
import { ContractChecker, type ContractViolation, describeViolation } from "./contract.ts";
import { FaultInjector, type FaultSettings, faultResponse } from "./faults.ts";
import {
  type Actor,
  HttpError,
  type RouteDefinition,
  type SandboxRequest,
  type SandboxResponse,
  type WebRoute,
} from "./http.ts";
import { Router } from "./router.ts";
import { allRoutes } from "./routes/index.ts";
import { emptyState, loadState, type SandboxState, saveState } from "./state.ts";
import { WebhookDispatcher } from "./webhooks.ts";
import { SandboxWorld } from "./world.ts";

export interface SandboxOptions {
  /** 0 (default) lets the system choose; the chosen port is in `url`. */
  port?: number;
  host?: string;
  /** A state to start from, or a JSON file to load (if it exists) and keep saved on every change. */
  state?: SandboxState | string;
  /**
   * Hold every request, response and webhook to GitHub's OpenAPI description. On by default
   * under tests. Requests that break it are answered 422 as GitHub would; responses that break it
   * (a sandbox bug) are answered 500 naming the operation and field, and recorded.
   */
  contract?: boolean;
  faults?: FaultSettings;
  /** Largest request body accepted, in bytes (GitHub refuses large JSON bodies too). */
  maxBodyBytes?: number;
  log?: (line: string) => void;
}

export interface RequestLogEntry {
  method: string;
  path: string;
  operationId: string | null;
  status: number;
  fault: string | null;
}

export interface Sandbox {
  /** REST API root: give it to Octokit as `baseUrl`, to actions as GITHUB_API_URL. */
  url: string;
  world: SandboxWorld;
  faults: FaultInjector;
  /** Responses that broke GitHub's contract: sandbox bugs (webhook payloads: `world.webhooks.violations`). */
  violations: ContractViolation[];
  /** Requests that broke GitHub's contract and were answered 422: client bugs. */
  rejected: ContractViolation[];
  requests: RequestLogEntry[];
  /** Throws listing every contract violation seen so far. */
  assertContract(): void;
  /** Resolves when every webhook queued so far has been delivered (or failed). */
  webhooksIdle(): Promise<void>;
  close(): Promise<void>;
}

const DEFAULT_MAX_BODY = 128 * 1024 * 1024;

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const stateFile = typeof options.state === "string" ? options.state : undefined;
  const state =
    typeof options.state === "object"
      ? options.state
      : stateFile && fs.existsSync(stateFile)
        ? loadState(stateFile)
        : emptyState();
  const contractOn = options.contract ?? Boolean(process.env.VITEST);
  const contract = contractOn ? ContractChecker.shared() : undefined;
  const faults = new FaultInjector(options.faults);
  const webhooks = new WebhookDispatcher(contract);
  const log = options.log ?? (() => {});
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;

  const modules = allRoutes();
  const api = new Router(modules.flatMap((m) => m.api ?? []));
  const uploads = new Router(modules.flatMap((m) => m.uploads ?? []));
  const web: WebRoute[] = modules.flatMap((m) => m.web ?? []);

  const violations: ContractViolation[] = [];
  const rejected: ContractViolation[] = [];
  const requests: RequestLogEntry[] = [];

  let saveTimer: NodeJS.Timeout | undefined;
  const persist = () => {
    if (!stateFile || saveTimer) return;
    saveTimer = setTimeout(() => {
      saveTimer = undefined;
      saveState(state, stateFile);
    }, 50);
  };

  const server = http.createServer();
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host}:${port}`;
  const world = new SandboxWorld(
    state,
    { api: origin, html: `${origin}/_html`, uploads: `${origin}/uploads` },
    webhooks,
    persist,
  );
  webhooks.attach(world);
  for (const module of modules) if (module.onPush) world.pushListeners.push(module.onPush);

  server.on("request", (req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(`sandbox: internal error: ${(error as Error).stack ?? String(error)}`);
      if (!res.headersSent)
        send(res, { status: 500, body: { message: `sandbox internal error: ${(error as Error).message}` } });
      else res.destroy();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", origin);
    const method = (req.method ?? "GET").toUpperCase();
    const rawBody = await readBody(req, maxBody).catch((error: HttpError) => error);
    if (rawBody instanceof HttpError) return send(res, errorResponse(rawBody));

    for (const route of web) {
      const match = route.method === method ? route.pattern.exec(url.pathname) : null;
      if (match)
        return send(res, await route.handler({ world, url, match, method, headers: req.headers, rawBody }));
    }
    if (url.pathname.startsWith("/_sandbox/")) return send(res, admin(method, url.pathname, rawBody));

    const onUploads = url.pathname.startsWith("/uploads/");
    const pathname = onUploads ? url.pathname.slice("/uploads".length) : url.pathname;
    const matched = (onUploads ? uploads : api).match(method, pathname);
    const entry: RequestLogEntry = {
      method,
      path: url.pathname,
      operationId: matched?.definition.operationId ?? null,
      status: 0,
      fault: null,
    };
    requests.push(entry);
    if (!matched) {
      entry.status = 404;
      return send(res, errorResponse(new HttpError(404, "Not Found")));
    }
    const { definition, params } = matched;

    const fault = faults.decide(definition.operationId, method);
    if (fault) entry.fault = fault.kind;
    if (fault?.kind === "reset" && fault.phase === "before") {
      req.socket.destroy();
      return;
    }
    if (fault?.kind === "delay") await sleep(fault.delayMs);
    if (fault && fault.phase === "before" && fault.kind !== "delay") {
      const injected = faultResponse(fault);
      entry.status = injected.status;
      return send(res, injected);
    }

    const response = await runRoute(
      definition,
      params,
      method,
      url,
      req,
      onUploads ? { raw: rawBody } : { json: rawBody },
    );
    entry.status = response.status;

    if (fault && fault.phase === "after" && fault.kind !== "delay") {
      if (fault.kind === "reset") {
        req.socket.destroy();
        return;
      }
      const injected = faultResponse(fault);
      entry.status = injected.status;
      return send(res, injected);
    }
    send(res, response);
  }

  async function runRoute(
    definition: RouteDefinition,
    params: Record<string, string>,
    method: string,
    url: URL,
    req: http.IncomingMessage,
    upload: { raw: Buffer } | { json: Buffer },
  ): Promise<SandboxResponse> {
    let response: SandboxResponse;
    // Bodies sent to the uploads host are the file's bytes, whatever their content type says.
    const rawBody = "raw" in upload ? upload.raw : upload.json;
    try {
      const contentType = req.headers["content-type"];
      const isJson = "json" in upload && rawBody.length > 0 && (!contentType || contentType.includes("json"));
      let body: unknown;
      if (isJson) {
        try {
          body = JSON.parse(rawBody.toString("utf8"));
        } catch {
          throw new HttpError(400, "Problems parsing JSON");
        }
      }
      const actor: Actor = authenticate(world, req.headers.authorization);
      requireCredential(actor, definition);
      if (contract) {
        const problems = contract.checkRequest(definition.operationId, {
          query: url.searchParams,
          body,
          contentType: isJson ? "application/json" : contentType,
        });
        if (problems.length > 0) {
          rejected.push(...problems);
          throw new HttpError(422, `Invalid request.\n\n${problems.map(describeViolation).join("\n")}`);
        }
      }
      const named = params.owner !== undefined && params.repo !== undefined;
      const repo = !named
        ? undefined
        : definition.auth === "app"
          ? (world.findRepo(params.owner as string, params.repo as string) ?? throwNotFound())
          : authorizeRepo(
              world,
              actor,
              { owner: params.owner as string, repo: params.repo as string, method },
              definition,
            );
      const request: SandboxRequest = {
        method,
        url,
        headers: req.headers,
        params,
        query: url.searchParams,
        body,
        rawBody,
        actor,
        world,
        get repo() {
          if (!repo) throw new Error(`sandbox: ${definition.operationId} has no {owner}/{repo} in its path`);
          return repo;
        },
      };
      response = await definition.handler(request);
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      response = errorResponse(error);
    }
    if (contract && !Buffer.isBuffer(response.body)) {
      const contentType = response.headers?.["content-type"] ?? "application/json";
      const problems = contract.checkResponse(
        definition.operationId,
        response.status,
        response.body,
        contentType,
      );
      if (problems.length > 0) {
        violations.push(...problems);
        for (const problem of problems) log(`sandbox: contract violation: ${describeViolation(problem)}`);
        return {
          status: 500,
          body: { message: `sandbox contract violation: ${problems.map(describeViolation).join("; ")}` },
        };
      }
    }
    return response;
  }

  function admin(method: string, pathname: string, rawBody: Buffer): SandboxResponse {
    if (method === "GET" && pathname === "/_sandbox/state") return { status: 200, body: state };
    if (method === "GET" && pathname === "/_sandbox/deliveries")
      return { status: 200, body: webhooks.deliveries };
    if (method === "GET" && pathname === "/_sandbox/faults") return { status: 200, body: faults.stats };
    if (method === "PUT" && pathname === "/_sandbox/faults") {
      faults.configure(JSON.parse(rawBody.toString("utf8")) as FaultSettings);
      return { status: 204 };
    }
    return errorResponse(new HttpError(404, "Not Found"));
  }

  return {
    url: origin,
    world,
    faults,
    violations,
    rejected,
    requests,
    assertContract() {
      const all = [...violations, ...webhooks.violations];
      if (all.length > 0)
        throw new Error(
          `sandbox broke GitHub's contract ${all.length} time(s):\n${all.map(describeViolation).join("\n")}`,
        );
    },
    webhooksIdle: () => webhooks.idle(),
    async close() {
      await webhooks.idle();
      if (saveTimer) {
        clearTimeout(saveTimer);
        saveTimer = undefined;
      }
      if (stateFile) saveState(state, stateFile);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function throwNotFound(): never {
  throw new HttpError(404, "Not Found");
}

function errorResponse(error: HttpError): SandboxResponse {
  return {
    status: error.status,
    headers: error.headers,
    body: {
      message: error.message,
      documentation_url: "https://docs.github.com/rest",
      status: String(error.status),
      ...error.extra,
    },
  };
}

let requestCounter = 0;

function send(res: http.ServerResponse, response: SandboxResponse): void {
  const headers: Record<string, string> = {
    "x-github-api-version-selected": "2022-11-28",
    "x-github-request-id": `SANDBOX:${(++requestCounter).toString(16).toUpperCase()}`,
    "x-ratelimit-limit": "5000",
    "x-ratelimit-remaining": "4999",
    "x-ratelimit-reset": String(Math.ceil(Date.now() / 1000) + 3600),
    "x-ratelimit-used": "1",
    "x-ratelimit-resource": "core",
    ...response.headers,
  };
  let payload: Buffer | undefined;
  if (Buffer.isBuffer(response.body)) {
    payload = response.body;
    headers["content-type"] ??= "application/octet-stream";
  } else if (response.body !== undefined && response.status !== 204) {
    payload = Buffer.from(JSON.stringify(response.body));
    headers["content-type"] ??= "application/json; charset=utf-8";
  }
  if (payload) headers["content-length"] = String(payload.length);
  res.writeHead(response.status, headers);
  res.end(payload);
}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new HttpError(413, "Request body too large"));
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
