import { readFileSync } from "node:fs";
import { ConfigError, type ErrorLocation, isTrainyardError } from "../lib/errors.ts";
import { isSecretName, REDACTED } from "../lib/secrets.ts";
import * as z from "../lib/zod.ts";
import { annotate, appendSummary, debug, getInput, info, setOutput, setSecret } from "./workflow-commands.ts";

/**
 * The one adapter between Trainyard's actions and the Actions runner (./workflow-commands.ts): inputs are
 * parsed once with zod, outputs and the job summary are written here, annotations respect
 * GitHub's caps, and typed errors become a failed step with an annotation at the place at fault.
 */

/** GitHub shows at most this many annotations of each level from one step. */
export const ANNOTATIONS_PER_LEVEL = 10;

export type InputShape = Record<string, z.core.$ZodType>;

/** A list input: items on lines or separated by commas, trimmed, the empty ones dropped. */
export const listInput = z.pipe(
  z.string(),
  z.transform((text: string) =>
    text
      .split(/[\n,]/)
      .map((item) => item.trim())
      .filter(Boolean),
  ),
);

/**
 * Reads every input the schema names. An empty input counts as not given, so zod defaults apply,
 * as they would to an input the workflow leaves out. An input whose name says it holds a secret
 * (isSecretName in lib/secrets.ts: `github-token`) is masked before anything else happens, and never repeated in an
 * error.
 */
export function readInputs<Schema extends z.core.$ZodObject<InputShape>>(schema: Schema): z.output<Schema> {
  const raw: Record<string, string> = {};
  for (const name of inputNames(schema)) {
    const value = getInput(name);
    if (value === "") continue;
    if (isSecretName(name)) maskSecret(value);
    raw[name] = value;
  }
  const parsed = z.safeParse(schema, raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0] as z.core.$ZodIssue;
    const name = String(issue.path[0] ?? "");
    const given = raw[name];
    const detail =
      given === undefined
        ? `is required (${issue.message})`
        : isSecretName(name)
          ? `${issue.message} (the value is a secret: not shown)`
          : `${issue.message}, got ${JSON.stringify(given)}`;
    throw new ConfigError(`input "${name}" ${detail}`);
  }
  return parsed.data;
}

/**
 * Values of the environment's secret-named variables (isSecretName) are masked too: the step's
 * commands get them, and print them in tracebacks and debug lines. Values shorter than this are
 * left alone: masking `1` or `true` would star every such word in the log, and hide nothing.
 */
export const MIN_MASKED_ENV_LENGTH = 6;

export function maskSecretEnvironment(env: NodeJS.ProcessEnv = process.env): void {
  for (const [name, value] of Object.entries(env))
    if (value !== undefined && value.length >= MIN_MASKED_ENV_LENGTH && isSecretName(name)) maskSecret(value);
}

/** Every value masked in this step, longest first (so a secret inside another goes with it). */
const secrets: string[] = [];

/**
 * `text` with every masked value replaced by `***`, as the runner shows logs. For what the action
 * itself writes where no runner masks: comments, check runs, records, Release notes.
 */
export function redactSecrets(text: string): string {
  let redacted = text;
  for (const secret of secrets) redacted = redacted.split(secret).join(REDACTED);
  return redacted;
}

/** The input names a schema reads: a test holds each action.yml to exactly these. */
export function inputNames(schema: z.core.$ZodObject<InputShape>): string[] {
  return Object.keys(schema._zod.def.shape);
}

export function setOutputs(outputs: Record<string, string | number | boolean>): void {
  for (const [name, value] of Object.entries(outputs)) setOutput(name, String(value));
}

/** `value` with redactSecrets applied to every string in it (plain objects and arrays walked). */
export function redactSecretsIn<T>(value: T): T {
  if (secrets.length === 0) return value;
  if (typeof value === "string") return redactSecrets(value) as T;
  if (Array.isArray(value)) return value.map((item) => redactSecretsIn(item)) as T;
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactSecretsIn(item)])) as T;
  return value;
}

/** Appends markdown to the step's job summary, masked values redacted. */
export async function writeSummary(markdown: string): Promise<void> {
  await appendSummary(redactSecrets(markdown));
}

/**
 * Masks a value in the step's log (the runner's `::add-mask::`) and in what redactSecrets cleans.
 * Its JSON-escaped form goes with it: a secret with a quote or a line break in it is written so
 * in a JSON file.
 */
export function maskSecret(value: string): void {
  if (value.trim() === "") return;
  for (const form of new Set([value, JSON.stringify(value).slice(1, -1)])) {
    if (secrets.includes(form)) continue;
    setSecret(form);
    secrets.push(form);
  }
  secrets.sort((a, b) => b.length - a.length);
}

export function progress(line: string): void {
  info(line);
}

export type AnnotationLevel = "error" | "warning" | "notice";

export interface AnnotationPlace extends ErrorLocation {
  title?: string;
}

/**
 * Annotations past GitHub's cap are not shown, so the action spends them on what matters most
 * and reports how many it held back (in its summary).
 */
export class Annotations {
  private readonly shown: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  private readonly held: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };

  add(level: AnnotationLevel, message: string, place: AnnotationPlace = {}): boolean {
    if (this.shown[level] >= ANNOTATIONS_PER_LEVEL) {
      this.held[level] += 1;
      return false;
    }
    this.shown[level] += 1;
    message = redactSecrets(message);
    annotate(level, message, {
      title: place.title,
      file: place.file,
      line: place.line,
      column: place.column,
    });
    return true;
  }

  /** How many annotations of each level were not shown because of the cap. */
  heldBack(): Record<AnnotationLevel, number> {
    return { ...this.held };
  }
}

const contextSchema = z.object({
  GITHUB_REPOSITORY: z.string().check(z.regex(/^[^/]+\/[^/]+$/, "must be owner/name")),
  GITHUB_API_URL: z._default(z.url(), "https://api.github.com"),
  GITHUB_SERVER_URL: z._default(z.url(), "https://github.com"),
  GITHUB_SHA: z.string().check(z.minLength(1)),
  GITHUB_REF: z._default(z.string(), ""),
  GITHUB_EVENT_NAME: z._default(z.string(), ""),
  GITHUB_EVENT_PATH: z.optional(z.string()),
  GITHUB_RUN_ID: z._default(z.string(), "0"),
  GITHUB_RUN_ATTEMPT: z._default(z.string(), "1"),
  GITHUB_WORKFLOW_REF: z._default(z.string(), ""),
  GITHUB_WORKSPACE: z._default(z.string(), process.cwd()),
  GITHUB_ACTOR: z._default(z.string(), ""),
  RUNNER_TEMP: z.optional(z.string()),
});

export interface ActionContext {
  owner: string;
  repo: string;
  apiUrl: string;
  serverUrl: string;
  sha: string;
  ref: string;
  eventName: string;
  /** The raw event payload; parse the parts you use with zod where you use them. */
  eventPayload: unknown;
  runId: number;
  runAttempt: number;
  runUrl: string;
  /** `owner/repo/.github/workflows/<file>@<ref>`: the workflow this job runs. */
  workflowRef: string;
  workspace: string;
  runnerTemp: string | undefined;
  actor: string;
}

/** What the runner tells a step about its run, read from the environment once and checked. */
export async function actionContext(): Promise<ActionContext> {
  const parsed = contextSchema.safeParse(process.env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0] as z.core.$ZodIssue;
    throw new ConfigError(
      `runner environment ${String(issue.path[0])}: ${issue.message} (is this running in GitHub Actions?)`,
    );
  }
  const env = parsed.data;
  const [owner, repo] = env.GITHUB_REPOSITORY.split("/") as [string, string];
  let eventPayload: unknown = {};
  // Read at once (a step has nothing else to do meanwhile): no thread-pool round trips.
  if (env.GITHUB_EVENT_PATH) eventPayload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
  return {
    owner,
    repo,
    apiUrl: env.GITHUB_API_URL,
    serverUrl: env.GITHUB_SERVER_URL,
    sha: env.GITHUB_SHA,
    ref: env.GITHUB_REF,
    eventName: env.GITHUB_EVENT_NAME,
    eventPayload,
    runId: Number(env.GITHUB_RUN_ID),
    runAttempt: Number(env.GITHUB_RUN_ATTEMPT),
    runUrl: `${env.GITHUB_SERVER_URL}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`,
    workflowRef: env.GITHUB_WORKFLOW_REF,
    workspace: env.GITHUB_WORKSPACE,
    runnerTemp: env.RUNNER_TEMP,
    actor: env.GITHUB_ACTOR,
  };
}

/**
 * Runs an action's main function. A Trainyard error fails the step with one line naming the file,
 * line and field at fault, and an annotation there; anything else fails it with its stack.
 */
export async function runStep(main: (annotations: Annotations) => Promise<void>): Promise<void> {
  const annotations = new Annotations();
  maskSecretEnvironment();
  try {
    await main(annotations);
  } catch (error) {
    if (isTrainyardError(error)) {
      // One annotation, at the place at fault; setFailed would add a second one without it.
      annotations.add("error", error.message, { ...error.location, title: error.name });
      process.exitCode = 1;
    } else {
      debug(redactSecrets(error instanceof Error ? (error.stack ?? error.message) : String(error)));
      annotate("error", redactSecrets(error instanceof Error ? error.message : String(error)), {});
      process.exitCode = 1;
    }
  }
}
