import type { IncomingHttpHeaders } from "node:http";
import type { Permissions, RepoRecord, UserRecord } from "./state.ts";
import type { SandboxWorld } from "./world.ts";

/** Who is calling: a user token, an installation token, an app's JWT, or nobody. */
export type Actor =
  | { kind: "anonymous" }
  | {
      kind: "user";
      user: UserRecord;
      token: string;
      permissions?: Permissions;
      repositories?: string[];
      /** Set for a workflow's GITHUB_TOKEN: the account whose repositories it acts in. */
      account?: string;
    }
  | {
      kind: "installation";
      user: UserRecord;
      installationId: number;
      token: string;
      permissions: Permissions;
      repositories?: string[];
    }
  | { kind: "app"; appId: number };

export interface SandboxRequest {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  params: Record<string, string>;
  query: URLSearchParams;
  /** Parsed JSON body (undefined when empty or not JSON). */
  body: unknown;
  rawBody: Buffer;
  actor: Actor;
  /** The repository named by `{owner}/{repo}`, after the access check. */
  repo: RepoRecord;
  world: SandboxWorld;
}

export interface SandboxResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (request: SandboxRequest) => SandboxResponse | Promise<SandboxResponse>;

export interface RouteDefinition {
  /** GitHub's operation id, e.g. `repos/get-content`: the contract checker finds the schema by it. */
  operationId: string;
  /** Method and path template exactly as in GitHub's OpenAPI description. */
  route: string;
  /** The permission a token needs, as GitHub names it for GITHUB_TOKEN and apps. */
  permission?: [scope: string, level: "read" | "write"];
  /** Which credential the route takes; `token` (default) accepts user and installation tokens. */
  auth?: "token" | "app" | "none";
  handler: Handler;
}

/** An error answered the way GitHub answers it: `{ message, documentation_url, status }`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const notFound = () => new HttpError(404, "Not Found");

/** GitHub's 422 shape for a field that failed validation. */
export function validationFailed(message: string, errors: Array<Record<string, unknown>> = []): HttpError {
  return new HttpError(422, message, errors.length ? { errors } : {});
}

export const ok = (body: unknown, status = 200, headers?: Record<string, string>): SandboxResponse => ({
  status,
  body,
  ...(headers ? { headers } : {}),
});

export const noContent = (): SandboxResponse => ({ status: 204 });

/** Reads `page`/`per_page` as GitHub does (per_page default 30, max 100) and adds the Link header. */
export function paginate<T>(request: SandboxRequest, items: T[]): SandboxResponse & { body: T[] } {
  const perPage = Math.min(Math.max(Number(request.query.get("per_page") ?? 30) || 30, 1), 100);
  const page = Math.max(Number(request.query.get("page") ?? 1) || 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const body = items.slice((page - 1) * perPage, page * perPage);
  const link = linkHeader(request.url, page, last);
  return { status: 200, body, ...(link ? { headers: { link } } : {}) };
}

function linkHeader(url: URL, page: number, last: number): string | undefined {
  const at = (p: number) => {
    const next = new URL(url);
    next.searchParams.set("page", String(p));
    return next.toString();
  };
  const parts: string[] = [];
  if (page > 1) parts.push(`<${at(page - 1)}>; rel="prev"`);
  if (page < last) parts.push(`<${at(page + 1)}>; rel="next"`, `<${at(last)}>; rel="last"`);
  if (page > 1) parts.push(`<${at(1)}>; rel="first"`);
  return parts.length ? parts.join(", ") : undefined;
}

/** A required string field of a JSON body, or GitHub's 422. */
export function bodyOf(request: SandboxRequest): Record<string, unknown> {
  const body = request.body;
  if (body === undefined || body === null) return {};
  if (typeof body !== "object" || Array.isArray(body)) throw new HttpError(400, "Problems parsing JSON");
  return body as Record<string, unknown>;
}

export function requireField<T>(
  body: Record<string, unknown>,
  name: string,
  check: (v: unknown) => v is T,
): T {
  const value = body[name];
  if (value === undefined) throw validationFailed(`Invalid request.\n\n"${name}" wasn't supplied.`);
  if (!check(value))
    throw validationFailed(`Invalid request.\n\nFor '${name}', ${JSON.stringify(value)} is not valid.`);
  return value;
}

export const isString = (v: unknown): v is string => typeof v === "string";
export const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
export const isBoolean = (v: unknown): v is boolean => typeof v === "boolean";
export const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);

/** A non-API URL the sandbox serves (browser downloads, signed blob URLs), matched by pattern. */
export interface WebRoute {
  method: string;
  pattern: RegExp;
  handler: (request: WebRequest) => SandboxResponse | Promise<SandboxResponse>;
}

/** What a web route is given: signed blob uploads and the Actions results service read the body. */
export interface WebRequest {
  world: SandboxWorld;
  url: URL;
  match: RegExpExecArray;
  method: string;
  headers: IncomingHttpHeaders;
  rawBody: Buffer;
}

/** What a module of routes contributes: API routes, routes on the uploads host, web routes. */
export interface RouteModule {
  api?: RouteDefinition[];
  uploads?: RouteDefinition[];
  web?: WebRoute[];
  /** Called after any branch moves (contents writes, ref updates, merges), e.g. to sync pull requests. */
  onPush?: PushListener;
}

export type PushListener = (
  world: SandboxWorld,
  push: {
    repo: import("./state.ts").RepoRecord;
    branch: string;
    before: string;
    after: string;
    pusher: string;
  },
) => void;
