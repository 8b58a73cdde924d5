import { setTimeout as sleep } from "node:timers/promises";
import type { SmokeRequest, SmokeTestConfig } from "./config.ts";
import {
  fillPlaceholders,
  fillPlaceholdersDeep,
  type PlaceholderValues,
  placeholderProblem,
  sampleValues,
} from "./placeholders.ts";

/**
 * The smoke test: right after a version is deployed, the requests of the config must each get a
 * good answer. A fresh server may need a moment, so a failed attempt is tried again after a wait
 * that doubles (1 s, 2 s, 4 s, … at most 30 s) until the timeout, which bounds when the last
 * attempt starts (each request has its own time limit); the last attempt's answers are what a
 * failure reports.
 */
const MAX_DELAY_MS = 30_000;
const BODY_EXCERPT = 500;

export interface SmokeCheck {
  /** `POST http://127.0.0.1:8080/predict` */
  request: string;
  ok: boolean;
  status?: number;
  /** What was wrong: `expected status 2xx, got 500`. */
  problem?: string;
  /** The start of the answer's body. */
  body?: string;
}

export interface SmokeResult {
  ok: boolean;
  attempts: number;
  durationMs: number;
  /** The checks of the last attempt, up to the first that failed. */
  checks: SmokeCheck[];
  log: string[];
}

export interface SmokeOptions {
  onLine: (line: string) => void;
  /** For tests: the clock and the wait. */
  now?: () => number;
  wait?: (ms: number) => Promise<void>;
}

export async function runSmokeTest(
  config: SmokeTestConfig,
  values: PlaceholderValues,
  options: SmokeOptions,
): Promise<SmokeResult> {
  const now = options.now ?? Date.now;
  const wait = options.wait ?? ((ms: number) => sleep(ms));
  const started = now();
  const deadline = started + config.timeout_seconds * 1000;
  const log: string[] = [];
  const say = (line: string) => {
    log.push(line);
    if (log.length > 100) log.shift();
    options.onLine(line);
  };
  const requests = config.requests.map((request, index) =>
    prepare(request, values, `smoke_test.requests[${index}]`),
  );
  let delay = config.initial_delay_seconds * 1000;
  let attempts = 0;
  for (;;) {
    attempts += 1;
    const checks: SmokeCheck[] = [];
    for (const request of requests) {
      const check = await attempt(request, request.timeoutMs);
      checks.push(check);
      say(
        `smoke test ${attempts}: ${check.request} → ${check.status ?? "no answer"}${check.ok ? " ✓" : `: ${check.problem}`}`,
      );
      if (!check.ok) break;
    }
    const ok = checks.every((check) => check.ok);
    const left = deadline - now();
    if (ok || left <= 0) return { ok, attempts, durationMs: now() - started, checks, log };
    await wait(Math.min(delay, left));
    delay = Math.min(delay * 2, MAX_DELAY_MS);
  }
}

/** A problem with the smoke test's placeholders, found before anything is deployed. */
export function smokeTestProblem(config: SmokeTestConfig): string | undefined {
  return placeholderProblem(() => {
    config.requests.forEach((request, index) => {
      const prepared = prepare(request, sampleValues(), `smoke_test.requests[${index}]`);
      for (const [field, value] of Object.entries(request.expect.json ?? {}))
        if (typeof value === "string") fillPlaceholders(value, prepared.values, `expect.json.${field}`);
      if (request.expect.contains)
        fillPlaceholders(request.expect.contains, prepared.values, "expect.contains");
    });
  });
}

interface PreparedRequest {
  label: string;
  url: string;
  init: RequestInit;
  timeoutMs: number;
  expect: SmokeRequest["expect"];
  values: PlaceholderValues;
}

function prepare(request: SmokeRequest, values: PlaceholderValues, where: string): PreparedRequest {
  const url = fillPlaceholders(request.url, values, `${where}.url`);
  const headers: Record<string, string> = { "user-agent": "trainyard-smoke-test" };
  for (const [name, value] of Object.entries(request.headers ?? {}))
    headers[name] = fillPlaceholders(value, values, `${where}.headers.${name}`);
  let body: string | undefined;
  if (typeof request.body === "string") body = fillPlaceholders(request.body, values, `${where}.body`);
  else if (request.body !== undefined) {
    body = JSON.stringify(fillPlaceholdersDeep(request.body, values, `${where}.body`));
    headers["content-type"] ??= "application/json";
  }
  return {
    label: `${request.method} ${url}`,
    url,
    init: { method: request.method, headers, ...(body !== undefined ? { body } : {}) },
    timeoutMs: request.timeout_seconds * 1000,
    expect: request.expect,
    values,
  };
}

async function attempt(request: PreparedRequest, timeoutMs: number): Promise<SmokeCheck> {
  let response: Response;
  let text: string;
  try {
    response = await fetch(request.url, { ...request.init, signal: AbortSignal.timeout(timeoutMs) });
    text = await response.text();
  } catch (error) {
    return { request: request.label, ok: false, problem: `no answer (${describeError(error)})` };
  }
  const problem = judgeAnswer(request.expect, response.status, text, request.values);
  return {
    request: request.label,
    ok: problem === undefined,
    status: response.status,
    ...(problem ? { problem } : {}),
    body: text.slice(0, BODY_EXCERPT),
  };
}

/** What is wrong with an answer, or undefined when it is what the config expects. */
export function judgeAnswer(
  expect: SmokeRequest["expect"],
  status: number,
  body: string,
  values: PlaceholderValues,
): string | undefined {
  const statuses = expect.status === undefined ? undefined : [expect.status].flat();
  if (statuses ? !statuses.includes(status) : status < 200 || status > 299)
    return `expected status ${statuses ? statuses.join(" or ") : "2xx"}, got ${status}`;
  if (expect.contains !== undefined) {
    const wanted = fillPlaceholders(expect.contains, values, "expect.contains");
    if (!body.includes(wanted)) return `the answer does not contain ${JSON.stringify(wanted)}`;
  }
  if (expect.matches !== undefined && !new RegExp(expect.matches).test(body))
    return `the answer does not match /${expect.matches}/`;
  if (expect.json !== undefined) {
    let document: unknown;
    try {
      document = JSON.parse(body);
    } catch {
      return "the answer is not JSON";
    }
    for (const [field, expected] of Object.entries(expect.json)) {
      const found = fieldAt(document, field);
      if (!found.present) return `the answer has no field ${field}`;
      const wanted =
        typeof expected === "string" ? fillPlaceholders(expected, values, `expect.json.${field}`) : expected;
      const matches =
        typeof wanted === "string"
          ? found.value !== null && typeof found.value !== "object" && String(found.value) === wanted
          : found.value === wanted;
      if (!matches) return `${field} is ${JSON.stringify(found.value)}, expected ${JSON.stringify(wanted)}`;
    }
  }
  return undefined;
}

/** `a.b.0.c` in a JSON document: object keys and list indexes. */
function fieldAt(document: unknown, field: string): { present: boolean; value?: unknown } {
  let current: unknown = document;
  for (const part of field.split(".")) {
    if (Array.isArray(current) && /^\d+$/.test(part) && Number(part) < current.length)
      current = current[Number(part)];
    else if (
      current !== null &&
      typeof current === "object" &&
      !Array.isArray(current) &&
      Object.hasOwn(current, part)
    )
      current = (current as Record<string, unknown>)[part];
    else return { present: false };
  }
  return { present: true, value: current };
}

function describeError(error: unknown): string {
  if ((error as Error).name === "TimeoutError") return "timed out";
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message ?? String(error);
}
