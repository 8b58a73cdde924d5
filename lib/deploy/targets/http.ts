import { setTimeout as sleep } from "node:timers/promises";
import { fillPlaceholders, placeholderProblem, sampleValues } from "../placeholders.ts";
import { SIGNATURE_HEADER, signBody } from "../signature.ts";
import { type DeployRequest, pushTail, type TargetOutcome, type TargetStrategy } from "./target.ts";

/**
 * `kind: http`: hands the version to a serving platform. The platform gets one POST with the
 * deployment as JSON, signed with the shared secret (see signature.ts), and either answers with
 * the outcome (`{"state": "success"}`), or accepts it (2xx) and reports progress at a status URL
 * that is polled with GET until its `state` is `success`, `failure` or `error` (the states GitHub
 * deployments use; anything else, such as `pending` or `in_progress`, means "not yet").
 */
const POST_ATTEMPTS = 3;
const REQUEST_TIMEOUT_MS = 30_000;
const BODY_EXCERPT = 300;

type PlatformState = "success" | "failure" | "pending";

interface PlatformAnswer {
  state?: unknown;
  status_url?: unknown;
  environment_url?: unknown;
  description?: unknown;
  log?: unknown;
}

export const httpTargetStrategy: TargetStrategy<"http"> = {
  kind: "http",
  describe: (config) => `POST ${config.url}`,
  async preflight(config, run) {
    if (!run.httpSecret)
      return "an http target signs what it sends: set the deploy action's http-secret input (from a repository or environment secret)";
    return placeholderProblem(() => {
      for (const [name, value] of Object.entries(config.headers ?? {}))
        fillPlaceholders(value, sampleValues(), `target.headers.${name}`);
      if (config.status_url) fillPlaceholders(config.status_url, sampleValues(), "target.status_url");
    });
  },
  async deploy(config, request, run) {
    const tail: string[] = [];
    const say = (line: string) => {
      pushTail(tail, line);
      run.onLine(line);
    };
    const headers = Object.fromEntries(
      Object.entries(config.headers ?? {}).map(([name, value]) => [
        name,
        fillPlaceholders(value, request.placeholders, `target.headers.${name}`),
      ]),
    );
    const body = JSON.stringify(deploymentDocument(request));
    const deadline = Date.now() + config.timeout_seconds * 1000;
    const posted = await postWithRetries(config.url, body, {
      ...headers,
      "content-type": "application/json",
      "user-agent": "trainyard",
      [SIGNATURE_HEADER]: signBody(run.httpSecret ?? "", body),
      "X-Trainyard-Event": "deployment",
      // Repeats of one deployment carry the same id, so a platform can drop a duplicate.
      "X-Trainyard-Delivery": String(request.deploymentId),
    });
    if (!posted.ok) {
      say(posted.problem);
      return { ok: false, summary: posted.problem, log: tail };
    }
    say(`POST ${config.url}: ${posted.status}`);
    const answer = posted.answer;
    appendLog(answer, say);
    const first = stateOf(answer);
    if (first !== "pending") return finish(first, answer, tail);
    const statusUrl = config.status_url
      ? fillPlaceholders(config.status_url, request.placeholders, "target.status_url")
      : typeof answer?.status_url === "string"
        ? new URL(answer.status_url, config.url).href
        : posted.status === 202 && posted.location
          ? new URL(posted.location, config.url).href
          : undefined;
    if (!statusUrl)
      return { ok: true, summary: `${config.url} accepted the deployment`, log: tail, ...urlOf(answer) };

    let last = "pending";
    while (Date.now() < deadline) {
      await sleep(Math.min(config.poll_interval_seconds * 1000, Math.max(0, deadline - Date.now())));
      const polled = await fetchJson(statusUrl, {
        method: "GET",
        headers: { ...headers, "user-agent": "trainyard" },
      });
      if (!polled.ok) {
        say(`GET ${statusUrl}: ${polled.problem}`);
        continue;
      }
      appendLog(polled.answer, say);
      const state = stateOf(polled.answer);
      const shown = String(polled.answer?.state ?? "no state");
      if (shown !== last) say(`${statusUrl}: ${shown}`);
      last = shown;
      if (state !== "pending") return finish(state, polled.answer, tail);
    }
    const summary = `the platform did not finish within ${config.timeout_seconds} s (last state: ${last})`;
    say(summary);
    return { ok: false, summary, log: tail };
  },
};

/** The JSON a platform receives. */
export function deploymentDocument(request: DeployRequest): Record<string, unknown> {
  return {
    model: request.model,
    version: request.version,
    environment: request.environment,
    digest: request.digest,
    storage_uri: request.storageUri,
    download_url: request.storageUri || request.files[0]?.url || "",
    files: request.files.map((f) => ({
      name: f.name,
      path: f.path,
      size: f.size,
      sha256: f.sha256,
      url: f.url,
    })),
    deployment_id: request.deploymentId,
    repository: request.repository,
    commit: request.commit,
    rollback: request.rollback,
  };
}

function stateOf(answer: PlatformAnswer | undefined): PlatformState {
  const state = typeof answer?.state === "string" ? answer.state.toLowerCase() : "";
  if (state === "success") return "success";
  if (state === "failure" || state === "error") return "failure";
  return "pending";
}

function finish(state: PlatformState, answer: PlatformAnswer | undefined, tail: string[]): TargetOutcome {
  const description = typeof answer?.description === "string" ? `: ${answer.description}` : "";
  return state === "success"
    ? { ok: true, summary: `the platform reported success${description}`, log: tail, ...urlOf(answer) }
    : { ok: false, summary: `the platform reported ${String(answer?.state)}${description}`, log: tail };
}

function urlOf(answer: PlatformAnswer | undefined): { environmentUrl?: string } {
  return typeof answer?.environment_url === "string" && answer.environment_url
    ? { environmentUrl: answer.environment_url }
    : {};
}

function appendLog(answer: PlatformAnswer | undefined, say: (line: string) => void): void {
  const log = answer?.log;
  const lines = typeof log === "string" ? log.split("\n") : Array.isArray(log) ? log.map(String) : [];
  for (const line of lines) say(`  ${line}`);
}

type Fetched =
  | { ok: true; status: number; answer: PlatformAnswer | undefined; location: string | null }
  | { ok: false; problem: string; retry: boolean };

async function fetchJson(url: string, init: RequestInit): Promise<Fetched> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  } catch (error) {
    return { ok: false, problem: `no answer (${describeError(error)})`, retry: true };
  }
  const text = await response.text().catch(() => "");
  if (!response.ok)
    return {
      ok: false,
      problem: `answered ${response.status}${text ? `: ${text.slice(0, BODY_EXCERPT)}` : ""}`,
      retry: response.status >= 500 || response.status === 429,
    };
  let answer: PlatformAnswer | undefined;
  try {
    const parsed: unknown = text ? JSON.parse(text) : undefined;
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) answer = parsed as PlatformAnswer;
  } catch {
    answer = undefined;
  }
  return { ok: true, status: response.status, answer, location: response.headers.get("location") };
}

async function postWithRetries(
  url: string,
  body: string,
  headers: Record<string, string>,
): Promise<Extract<Fetched, { ok: true }> | { ok: false; problem: string }> {
  let last: Fetched | undefined;
  for (let attempt = 1; attempt <= POST_ATTEMPTS; attempt++) {
    last = await fetchJson(url, { method: "POST", body, headers });
    if (last.ok || !last.retry) break;
    if (attempt < POST_ATTEMPTS) await sleep(1000 * 2 ** (attempt - 1));
  }
  if (last?.ok) return last;
  return { ok: false, problem: `POST ${url} ${last?.problem ?? "was not sent"}` };
}

function describeError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message ?? String(error);
}
