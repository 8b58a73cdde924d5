import { randomUUID } from "node:crypto";
import fs from "node:fs";
import { EOL } from "node:os";

/**
 * The Actions runner's protocol for a step: inputs from `INPUT_*`, workflow commands on stdout
 * (`::error file=a.csv,line=3::message`), outputs and the job summary appended to the files that
 * `GITHUB_OUTPUT` and `GITHUB_STEP_SUMMARY` name. Written here rather than imported from
 * @actions/core because that package loads its OIDC client, and with it undici (~1 MB), in every
 * action at start, which was half of an action's cold start; what the runner reads is byte for byte
 * what @actions/core writes (test/actions/workflow-commands.test.ts holds the two side by side).
 * Only actions/runtime.ts uses this module.
 */

/** Where an annotation points. */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  line?: number;
  endLine?: number;
  column?: number;
  endColumn?: number;
}

/** An input as the runner passes it: `INPUT_<NAME>`, spaces as `_`, trimmed; `""` when not given. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}

/** `::command key=value,…::message`; properties in their order, empty ones left out. */
export function issueCommand(
  command: string,
  properties: Record<string, string | number | undefined>,
  message: string,
): void {
  const list = Object.entries(properties)
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(",");
  process.stdout.write(`::${command}${list ? ` ${list}` : ""}::${escapeData(message)}${EOL}`);
}

export function info(line: string): void {
  process.stdout.write(`${line}${EOL}`);
}

/** A line shown only when the run has step debug logging on. */
export function debug(message: string): void {
  issueCommand("debug", {}, message);
}

/** From here on the runner prints `***` in this value's place in the log. */
export function setSecret(value: string): void {
  issueCommand("add-mask", {}, value);
}

/** An annotation on the step, and on the file and line when given (in @actions/core's order). */
export function annotate(
  level: "error" | "warning" | "notice",
  message: string,
  place: AnnotationProperties,
): void {
  const { title, file, line, endLine, column, endColumn } = place;
  issueCommand(level, { title, file, line, endLine, col: column, endColumn }, message);
}

export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/**
 * Appends `name<<delimiter … delimiter` to the file the runner reads outputs from. The delimiter is
 * random per value, so a value cannot end its own block and set another output. Without
 * GITHUB_OUTPUT (a runner older than 2.297), the deprecated `::set-output` command.
 */
export function setOutput(name: string, value: string): void {
  if (!process.env.GITHUB_OUTPUT) {
    process.stdout.write(EOL);
    issueCommand("set-output", { name }, value);
    return;
  }
  const file = process.env.GITHUB_OUTPUT;
  if (!fs.existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter))
    throw new Error(`output ${name} holds the delimiter ${delimiter}`);
  fs.appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, "utf8");
}

/** Appends markdown to the job summary (`addEOL` as @actions/core's `summary.addRaw(text, true)`). */
export async function appendSummary(markdown: string): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file)
    throw new Error(
      "Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.",
    );
  try {
    fs.accessSync(file, fs.constants.R_OK | fs.constants.W_OK);
  } catch {
    throw new Error(
      `Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`,
    );
  }
  // As GITHUB_OUTPUT is written: at once, without thread-pool round trips.
  fs.appendFileSync(file, `${markdown}${EOL}`, "utf8");
}
