import * as core from "@actions/core";
import { z } from "zod";
import { ConfigError, type ErrorLocation, isTrainyardError } from "../lib/errors.ts";

/**
 * The one adapter between Trainyard's actions and the Actions runner (@actions/core): inputs are
 * parsed once with zod, outputs and the job summary are written here, annotations respect
 * GitHub's caps, and typed errors become a failed step with an annotation at the place at fault.
 */

/** GitHub shows at most this many annotations of each level from one step. */
export const ANNOTATIONS_PER_LEVEL = 10;

export type InputShape = Record<string, z.ZodType>;

/**
 * Reads every input the schema names. An empty input counts as not given, so zod defaults apply,
 * as they would to an input the workflow leaves out.
 */
export function readInputs<Shape extends InputShape>(
  schema: z.ZodObject<Shape>,
): z.infer<z.ZodObject<Shape>> {
  const raw: Record<string, string> = {};
  for (const name of Object.keys(schema.shape)) {
    const value = core.getInput(name);
    if (value !== "") raw[name] = value;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0] as z.core.$ZodIssue;
    const name = String(issue.path[0] ?? "");
    const given = raw[name];
    const detail =
      given === undefined
        ? `is required (${issue.message})`
        : `${issue.message}, got ${JSON.stringify(given)}`;
    throw new ConfigError(`input "${name}" ${detail}`);
  }
  return parsed.data;
}

/** The input names a schema reads: a test holds each action.yml to exactly these. */
export function inputNames(schema: z.ZodObject<InputShape>): string[] {
  return Object.keys(schema.shape);
}

export function setOutputs(outputs: Record<string, string | number | boolean>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, String(value));
}

/** Appends markdown to the step's job summary. */
export async function writeSummary(markdown: string): Promise<void> {
  await core.summary.addRaw(markdown, true).write();
}

export function maskSecret(value: string): void {
  if (value) core.setSecret(value);
}

export function progress(line: string): void {
  core.info(line);
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
    const properties: core.AnnotationProperties = {};
    if (place.title) properties.title = place.title;
    if (place.file) properties.file = place.file;
    if (place.line !== undefined) properties.startLine = place.line;
    if (place.column !== undefined) properties.startColumn = place.column;
    const write = { error: core.error, warning: core.warning, notice: core.notice }[level];
    write(message, properties);
    return true;
  }

  /** How many annotations of each level were not shown because of the cap. */
  heldBack(): Record<AnnotationLevel, number> {
    return { ...this.held };
  }
}

const contextSchema = z.object({
  GITHUB_REPOSITORY: z.string().regex(/^[^/]+\/[^/]+$/, "must be owner/name"),
  GITHUB_API_URL: z.string().url().default("https://api.github.com"),
  GITHUB_SERVER_URL: z.string().url().default("https://github.com"),
  GITHUB_SHA: z.string().min(1),
  GITHUB_REF: z.string().default(""),
  GITHUB_EVENT_NAME: z.string().default(""),
  GITHUB_EVENT_PATH: z.string().optional(),
  GITHUB_RUN_ID: z.string().default("0"),
  GITHUB_RUN_ATTEMPT: z.string().default("1"),
  GITHUB_WORKSPACE: z.string().default(process.cwd()),
  GITHUB_ACTOR: z.string().default(""),
  RUNNER_TEMP: z.string().optional(),
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
  if (env.GITHUB_EVENT_PATH) {
    const { readFile } = await import("node:fs/promises");
    eventPayload = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, "utf8"));
  }
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
  try {
    await main(annotations);
  } catch (error) {
    if (isTrainyardError(error)) {
      // One annotation, at the place at fault; setFailed would add a second one without it.
      annotations.add("error", error.message, { ...error.location, title: error.name });
      process.exitCode = core.ExitCode.Failure;
    } else {
      core.debug(error instanceof Error ? (error.stack ?? error.message) : String(error));
      core.setFailed(error instanceof Error ? error.message : String(error));
    }
  }
}
