import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Sandbox } from "../../sandbox/server.ts";

/**
 * Replays @octokit/fixtures scenarios (requests recorded against the real api.github.com, then
 * normalized) against the sandbox, and compares what the sandbox answers with what GitHub
 * answered: the status code of every request, and the kind of body (JSON object, JSON array of
 * the same length, raw text, nothing).
 *
 * The recordings are normalized: ids are 1000, 1001..., shas 000...001, 000...002... in order of
 * appearance. A scenario names the path parameters whose recorded values must be replaced by the
 * sandbox's own (learned from seeding or from the sandbox's earlier answers), and the placeholder
 * values to replace wherever they appear in a path parameter or a request body.
 *
 * A recorded request for which GitHub's current description has no operation (e.g. the old
 * `GET /repos/{owner}/{repo}/git/refs/`) is not sent: it is returned in `skipped`, with its reason,
 * and printed, never dropped silently.
 */

const require = createRequire(import.meta.url);

export interface FixtureRequest {
  scope: string;
  method: string;
  path: string;
  body: unknown;
  status: number;
  reqheaders: Record<string, string | number>;
  response: unknown;
  headers: Record<string, string>;
}

export function fixtureDir(): string {
  return path.join(
    path.dirname(require.resolve("@octokit/fixtures/package.json")),
    "scenarios",
    "api.github.com",
  );
}

export function loadScenario(name: string): FixtureRequest[] {
  const file = path.join(fixtureDir(), name, "normalized-fixture.json");
  return JSON.parse(fs.readFileSync(file, "utf8")) as FixtureRequest[];
}

/** One request as replayed: what was sent, what GitHub answered then, what the sandbox answers now. */
export interface ReplayedStep {
  index: number;
  method: string;
  /** The path as sent to the sandbox (after placeholders were replaced), without the host. */
  path: string;
  operationId: string;
  recordedStatus: number;
  status: number;
  recordedBody: string;
  bodyKind: string;
  /** The sandbox's answer: parsed JSON, or the raw text. */
  body: unknown;
  /** Empty when the sandbox answered as GitHub did. */
  problems: string[];
}

export interface SkippedRequest {
  scenario: string;
  index: number;
  method: string;
  path: string;
  reason: string;
}

export interface ReplayContext {
  sandbox: Sandbox;
  steps: ReplayedStep[];
  /** The body of the latest answer to an operation, if there was one. */
  last(operationId: string): unknown;
}

export interface ReplayScenario {
  name: string;
  /**
   * Puts in place what the recording assumed (repositories, files, releases...), and returns the
   * placeholder values it can already map (e.g. `0000...0001` → the head commit's sha).
   */
  seed?: (sandbox: Sandbox, token: string) => Promise<Record<string, string>> | Record<string, string>;
  /** Path parameters to rewrite, by name, from the sandbox's earlier answers. */
  params?: Record<string, (context: ReplayContext) => string | number | undefined>;
}

export interface ReplayResult {
  steps: ReplayedStep[];
  skipped: SkippedRequest[];
  /** One line per request that the sandbox answered differently from GitHub. */
  mismatches: string[];
}

interface Template {
  operationId: string;
  method: string;
  template: string;
  segments: Array<{ literal: string } | { param: string }>;
}

let templates: Template[] | undefined;

/** Every operation of GitHub's current description, as method + path template. */
function githubTemplates(): Template[] {
  if (templates) return templates;
  const spec = JSON.parse(
    fs.readFileSync(require.resolve("@octokit/openapi/generated/api.github.com.json"), "utf8"),
  ) as { paths: Record<string, Record<string, { operationId?: string }>> };
  templates = [];
  for (const [template, item] of Object.entries(spec.paths))
    for (const [method, op] of Object.entries(item))
      if (op && typeof op === "object" && op.operationId)
        templates.push({
          operationId: op.operationId,
          method: method.toUpperCase(),
          template,
          segments: template
            .split("/")
            .filter(Boolean)
            .map((s) => (s.startsWith("{") && s.endsWith("}") ? { param: s.slice(1, -1) } : { literal: s })),
        });
  return templates;
}

/** Parameters that hold slashes when they end a template (file paths, refs). */
const GREEDY = new Set(["path", "ref"]);

interface Resolved {
  template: Template;
  /** Raw (still encoded) path segments for each parameter. */
  params: Record<string, string>;
}

/** Finds GitHub's operation for a recorded request: literal segments beat parameters. */
export function resolveOperation(method: string, pathname: string): Resolved | undefined {
  const parts = pathname.split("/").filter(Boolean);
  const trailingSlash = pathname.length > 1 && pathname.endsWith("/");
  let best: { resolved: Resolved; score: string } | undefined;
  for (const template of githubTemplates()) {
    if (template.method !== method) continue;
    const params = matchTemplate(template.segments, parts, trailingSlash);
    if (!params) continue;
    const score = template.segments.map((s) => ("literal" in s ? "1" : "0")).join("");
    if (!best || score > best.score) best = { resolved: { template, params }, score };
  }
  return best?.resolved;
}

function matchTemplate(
  segments: Template["segments"],
  parts: string[],
  trailingSlash: boolean,
): Record<string, string> | undefined {
  const last = segments.at(-1);
  const greedy = last !== undefined && "param" in last && GREEDY.has(last.param);
  if (parts.length !== segments.length && !(greedy && parts.length >= segments.length - 1)) return undefined;
  if (greedy && parts.length === segments.length - 1 && !trailingSlash) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as Template["segments"][number];
    const isLast = i === segments.length - 1;
    if ("literal" in segment) {
      if (parts[i] !== segment.literal) return undefined;
    } else params[segment.param] = isLast && greedy ? parts.slice(i).join("/") : (parts[i] ?? "");
  }
  return params;
}

function kindOf(body: unknown, contentType: string): string {
  if (body === "" || body === undefined || body === null) return "empty";
  if (Array.isArray(body)) return `array[${body.length}]`;
  if (typeof body === "object") return "object";
  return contentType.includes("json") ? "json" : "text";
}

/** Replaces placeholder strings wherever they are a whole string value inside a JSON body. */
function substitute(value: unknown, values: Record<string, string>): unknown {
  if (typeof value === "string") return values[value] ?? value;
  if (Array.isArray(value)) return value.map((v) => substitute(v, values));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, values)]));
  return value;
}

export async function replay(
  sandbox: Sandbox,
  scenario: ReplayScenario,
  token: string,
): Promise<ReplayResult> {
  const recorded = loadScenario(scenario.name);
  const values = { ...((await scenario.seed?.(sandbox, token)) ?? {}) };
  const steps: ReplayedStep[] = [];
  const skipped: SkippedRequest[] = [];
  const mismatches: string[] = [];
  const context: ReplayContext = {
    sandbox,
    steps,
    last(operationId) {
      return steps.findLast((s) => s.operationId === operationId && s.status < 300)?.body;
    },
  };

  for (const [index, request] of recorded.entries()) {
    const method = request.method.toUpperCase();
    const [pathname = "", query] = request.path.split("?", 2);
    const resolved = resolveOperation(method, pathname);
    if (!resolved) {
      const skip = {
        scenario: scenario.name,
        index,
        method,
        path: request.path,
        reason: "GitHub's current OpenAPI description has no such operation",
      };
      skipped.push(skip);
      console.log(
        `replay ${scenario.name}: SKIPPED request ${index}: ${method} ${request.path} (${skip.reason})`,
      );
      continue;
    }
    const { template } = resolved;
    const params = { ...resolved.params };
    for (const [name, recordedValue] of Object.entries(params)) {
      const override = scenario.params?.[name]?.(context);
      if (override !== undefined) params[name] = encodeURIComponent(String(override));
      else if (values[recordedValue] !== undefined) params[name] = encodeURIComponent(values[recordedValue]);
    }
    let sentPath = `/${template.segments.map((s) => ("literal" in s ? s.literal : params[s.param])).join("/")}`;
    if (pathname.endsWith("/") && !sentPath.endsWith("/")) sentPath += "/";
    if (query) sentPath += `?${query}`;
    const onUploads = request.scope.startsWith("https://uploads.github.com");
    const url = `${sandbox.url}${onUploads ? "/uploads" : ""}${sentPath}`;

    const headers: Record<string, string> = { authorization: `token ${token}` };
    if (request.reqheaders.accept) headers.accept = String(request.reqheaders.accept);
    let body: string | undefined;
    if (request.body !== "" && request.body !== undefined) {
      headers["content-type"] = String(request.reqheaders["content-type"] ?? "application/json");
      body =
        typeof request.body === "string" ? request.body : JSON.stringify(substitute(request.body, values));
    }
    const response = await fetch(url, { method, headers, ...(body !== undefined ? { body } : {}) });
    const contentType = response.headers.get("content-type") ?? "";
    const text = await response.text();
    let parsed: unknown = text;
    if (contentType.includes("json") && text) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = text;
      }
    }
    const recordedType = request.headers["content-type"] ?? "";
    const recordedKind = kindOf(request.response, recordedType);
    const actualKind = kindOf(parsed, contentType);
    const problems: string[] = [];
    if (response.status !== request.status)
      problems.push(
        `status ${response.status}, GitHub answered ${request.status}${
          response.status >= 400 && typeof parsed === "object" && parsed
            ? ` (sandbox: ${JSON.stringify((parsed as { message?: unknown }).message)})`
            : ""
        }`,
      );
    else if (actualKind !== recordedKind)
      problems.push(`body ${actualKind}, GitHub answered ${recordedKind}`);
    else if (recordedKind === "text" && parsed !== request.response)
      problems.push(`body ${JSON.stringify(parsed)}, GitHub answered ${JSON.stringify(request.response)}`);
    const step: ReplayedStep = {
      index,
      method,
      path: sentPath,
      operationId: template.operationId,
      recordedStatus: request.status,
      status: response.status,
      recordedBody: recordedKind,
      bodyKind: actualKind,
      body: parsed,
      problems,
    };
    steps.push(step);
    for (const problem of problems)
      mismatches.push(
        `${scenario.name} #${index} ${method} ${sentPath} (${template.operationId}): ${problem}`,
      );
  }
  return { steps, skipped, mismatches };
}

/** Sends one seeding request through the REST API, failing loudly if the sandbox refuses it. */
export async function seedRequest(
  sandbox: Sandbox,
  token: string,
  method: string,
  url: string,
  body?: unknown,
  contentType = "application/json",
): Promise<Record<string, unknown>> {
  const response = await fetch(url.startsWith("http") ? url : `${sandbox.url}${url}`, {
    method,
    headers: {
      authorization: `token ${token}`,
      accept: "application/vnd.github+json",
      ...(body !== undefined ? { "content-type": contentType } : {}),
    },
    ...(body !== undefined ? { body: typeof body === "string" ? body : JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  if (response.status >= 300)
    throw new Error(`seeding failed: ${method} ${url} answered ${response.status} ${text.slice(0, 300)}`);
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}
