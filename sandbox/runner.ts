import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { StringDecoder } from "node:string_decoder";
import { parse as parseYaml } from "yaml";

/**
 * Runs a JavaScript action the way the GitHub Actions runner does: `node <runs.main>` as a child
 * process, inputs as INPUT_* variables (defaults from action.yml, `${{ github.* }}` expressions
 * evaluated), the event payload in a file, file commands (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH,
 * GITHUB_STATE, GITHUB_STEP_SUMMARY) read back, and workflow commands parsed from stdout.
 */
export interface ActionRunOptions {
  /** Folder holding action.yml (e.g. `actions/validate-data`). */
  action: string;
  inputs?: Record<string, string>;
  /** The event that triggered the workflow (default: `push` with an empty payload). */
  event?: { name: string; payload: Record<string, unknown> };
  github: GitHubContext;
  /** The checked-out repository (default: a fresh temporary folder). */
  workspace?: string;
  /** Extra environment, as a step's `env:` gives. */
  env?: Record<string, string>;
  /** Kill the action (SIGKILL) after this long. */
  timeoutMs?: number;
  /** Called with a function that kills the action (SIGKILL) at once, as a runner that dies does. */
  onStart?: (kill: () => void) => void;
  /**
   * RUNNER_TEMP: give the same folder to the steps of one job, as the runner does, so a step can
   * read what an earlier one left there. Default: a fresh folder, removed after the step.
   */
  runnerTemp?: string;
}

export interface GitHubContext {
  /** GITHUB_API_URL: the sandbox's URL, or https://api.github.com. */
  apiUrl: string;
  serverUrl?: string;
  /** What `${{ github.token }}` gives the action. */
  token: string;
  /** `owner/name` */
  repository: string;
  sha: string;
  ref: string;
  actor?: string;
  runId?: number;
  runNumber?: number;
  runAttempt?: number;
  workflow?: string;
  job?: string;
  headRef?: string;
  baseRef?: string;
}

export type AnnotationLevel = "error" | "warning" | "notice";

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  title?: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
}

export interface ActionResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  outputs: Record<string, string>;
  /** The markdown the step wrote to its job summary, as it wrote it. */
  summary: string;
  /** The job summary as GitHub shows it: the runner masks it line by line when the step ends. */
  shownSummary: string;
  /** Annotations as GitHub shows them (their messages masked, as the runner does). */
  annotations: Annotation[];
  /** Values the action asked the runner to mask (`::add-mask::`). */
  masks: string[];
  /** Variables written to GITHUB_ENV, and folders added to GITHUB_PATH. */
  env: Record<string, string>;
  path: string[];
  state: Record<string, string>;
  /**
   * The step's log as the runner shows it: stdout and stderr lines in the order they came,
   * commands taken out, each line masked with the values registered before it (see RunnerLog).
   */
  log: string;
  stdout: string;
  stderr: string;
  durationMs: number;
}

interface ActionManifest {
  inputs: Record<string, { default?: string; required?: boolean }>;
  main: string;
}

export function readActionManifest(actionDir: string): ActionManifest {
  const file = path.join(actionDir, "action.yml");
  const doc = parseYaml(fs.readFileSync(file, "utf8")) as {
    inputs?: Record<string, { default?: unknown; required?: boolean }>;
    runs?: { using?: string; main?: string };
  };
  if (!doc.runs?.main || !/^node\d+$/.test(doc.runs.using ?? ""))
    throw new Error(`${file}: runs.using must be a node runtime with runs.main`);
  const inputs: ActionManifest["inputs"] = {};
  for (const [name, spec] of Object.entries(doc.inputs ?? {}))
    inputs[name] = {
      ...(spec?.default !== undefined ? { default: String(spec.default) } : {}),
      ...(spec?.required !== undefined ? { required: spec.required } : {}),
    };
  return { inputs, main: doc.runs.main };
}

export async function runAction(options: ActionRunOptions): Promise<ActionResult> {
  const actionDir = path.resolve(options.action);
  const manifest = readActionManifest(actionDir);
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-runner-"));
  const workspace = options.workspace ?? fs.mkdtempSync(path.join(temp, "workspace-"));
  const files = {
    event: path.join(temp, "event.json"),
    output: path.join(temp, "output"),
    env: path.join(temp, "env"),
    path: path.join(temp, "path"),
    state: path.join(temp, "state"),
    summary: path.join(temp, "step_summary"),
  };
  const event = options.event ?? { name: "push", payload: {} };
  fs.writeFileSync(files.event, JSON.stringify(event.payload));
  for (const file of [files.output, files.env, files.path, files.state, files.summary])
    fs.writeFileSync(file, "");
  const runnerTemp = options.runnerTemp ?? fs.mkdtempSync(path.join(temp, "runner-temp-"));

  const g = options.github;
  const serverUrl = g.serverUrl ?? defaultServerUrl(g.apiUrl);
  const context = {
    github: {
      token: g.token,
      repository: g.repository,
      repository_owner: g.repository.split("/")[0],
      sha: g.sha,
      ref: g.ref,
      ref_name: g.ref.replace(/^refs\/(heads|tags)\//, ""),
      actor: g.actor ?? "octocat",
      event_name: event.name,
      event: event.payload,
      workspace,
      api_url: g.apiUrl,
      server_url: serverUrl,
      run_id: String(g.runId ?? 1),
      run_number: String(g.runNumber ?? 1),
      head_ref: g.headRef ?? "",
      base_ref: g.baseRef ?? "",
    },
    runner: { temp: runnerTemp, os: "Linux", arch: "X64" },
  };

  const env: Record<string, string> = {
    ...inheritedEnv(),
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_API_URL: g.apiUrl,
    GITHUB_SERVER_URL: serverUrl,
    GITHUB_GRAPHQL_URL: `${g.apiUrl}/graphql`,
    GITHUB_REPOSITORY: g.repository,
    GITHUB_REPOSITORY_OWNER: context.github.repository_owner as string,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_SHA: g.sha,
    GITHUB_REF: g.ref,
    GITHUB_REF_NAME: context.github.ref_name,
    GITHUB_HEAD_REF: g.headRef ?? "",
    GITHUB_BASE_REF: g.baseRef ?? "",
    GITHUB_ACTOR: context.github.actor,
    GITHUB_TRIGGERING_ACTOR: context.github.actor,
    GITHUB_WORKFLOW: g.workflow ?? "ml-ci",
    GITHUB_JOB: g.job ?? "job",
    GITHUB_RUN_ID: context.github.run_id,
    GITHUB_RUN_NUMBER: context.github.run_number,
    GITHUB_RUN_ATTEMPT: String(g.runAttempt ?? 1),
    GITHUB_ACTION: "__run",
    GITHUB_ACTION_PATH: actionDir,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: path.join(temp, "tool-cache"),
    RUNNER_OS: "Linux",
    RUNNER_ARCH: "X64",
    RUNNER_NAME: "trainyard-sandbox-runner",
    RUNNER_ENVIRONMENT: "self-hosted",
    ...options.env,
  };
  for (const [name, spec] of Object.entries(manifest.inputs)) {
    const given = options.inputs?.[name];
    const value = given ?? (spec.default !== undefined ? evaluateExpressions(spec.default, context) : "");
    env[inputVariable(name)] = value;
  }
  for (const name of Object.keys(options.inputs ?? {}))
    if (!(name in manifest.inputs))
      throw new Error(`${options.action}/action.yml declares no input "${name}"`);

  const started = Date.now();
  const child = spawn(process.execPath, [path.join(actionDir, manifest.main)], {
    cwd: workspace,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  const runnerLog = new RunnerLog();
  const lines = { stdout: new LineReader(runnerLog), stderr: new LineReader(runnerLog) };
  child.stdout.on("data", (chunk: Buffer) => {
    stdout.push(chunk);
    lines.stdout.push(chunk);
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr.push(chunk);
    lines.stderr.push(chunk);
  });
  options.onStart?.(() => child.kill("SIGKILL"));
  let timedOut = false;
  const timer = options.timeoutMs
    ? setTimeout(() => {
        timedOut = true;
        child.kill("SIGKILL");
      }, options.timeoutMs)
    : undefined;
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code, sig) => resolve([code, sig]));
  });
  if (timer) clearTimeout(timer);

  lines.stdout.end();
  lines.stderr.end();
  const summary = fs.readFileSync(files.summary, "utf8");
  const result: ActionResult = {
    exitCode,
    signal,
    timedOut,
    outputs: parseFileCommand(fs.readFileSync(files.output, "utf8")),
    summary,
    shownSummary: summary
      .split("\n")
      .map((line) => runnerLog.masker.mask(line))
      .join("\n"),
    annotations: runnerLog.annotations,
    masks: runnerLog.masks,
    env: parseFileCommand(fs.readFileSync(files.env, "utf8")),
    path: fs.readFileSync(files.path, "utf8").split("\n").filter(Boolean),
    state: parseFileCommand(fs.readFileSync(files.state, "utf8")),
    log: runnerLog.lines.join("\n"),
    stdout: Buffer.concat(stdout).toString("utf8"),
    stderr: Buffer.concat(stderr).toString("utf8"),
    durationMs: Date.now() - started,
  };
  fs.rmSync(temp, { recursive: true, force: true });
  return result;
}

/**
 * GITHUB_SERVER_URL for a run against the sandbox: its web pages, under a `*.localhost` name that
 * browsers send to loopback. @actions/artifact takes any other host than github.com, *.ghe.com or
 * *.localhost for GitHub Enterprise Server, where it refuses to work.
 */
function defaultServerUrl(apiUrl: string): string {
  const url = new URL(apiUrl);
  if (url.hostname !== "127.0.0.1" && url.hostname !== "localhost") return url.origin;
  return `${url.protocol}//github.localhost:${url.port}/_html`;
}

/** The runner's name for an input's variable: spaces to underscores, upper case; hyphens stay. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}

/** The variables of the machine, less any a runner sets itself (so no outer CI leaks in). */
function inheritedEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (
      value === undefined ||
      /^(GITHUB_|INPUT_|RUNNER_|ACTIONS_|STATE_)/.test(key) ||
      key === "VITEST" ||
      key.startsWith("VITEST_")
    )
      continue;
    env[key] = value;
  }
  return env;
}

/**
 * Evaluates the `${{ a.b.c }}` expressions action.yml defaults use (context lookups, optionally
 * `a || b`). Anything richer is refused rather than guessed.
 */
export function evaluateExpressions(text: string, context: Record<string, unknown>): string {
  return text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expression: string) => {
    for (const alternative of expression.split("||").map((s) => s.trim())) {
      const literal = /^'(.*)'$/.exec(alternative);
      if (literal) return literal[1] ?? "";
      if (!/^[A-Za-z_][\w-]*(\.[\w-]+)*$/.test(alternative))
        throw new Error(`runner: unsupported expression \${{ ${expression} }}`);
      const value = alternative
        .split(".")
        .reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], context);
      if (value !== undefined && value !== null && value !== "")
        return typeof value === "object" ? JSON.stringify(value) : String(value);
    }
    return "";
  });
}

/** `name=value` lines and `name<<DELIMITER ... DELIMITER` blocks, as GITHUB_OUTPUT holds them. */
export function parseFileCommand(content: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = content.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (!line) continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string];
      const body: string[] = [];
      for (i += 1; i < lines.length && lines[i] !== delimiter; i++) body.push(lines[i] as string);
      if (i >= lines.length) throw new Error(`file command: "${name}" has no closing delimiter ${delimiter}`);
      values[name] = body.join("\n");
      continue;
    }
    const eq = line.indexOf("=");
    if (eq < 0) throw new Error(`file command: line "${line}" is neither name=value nor name<<DELIMITER`);
    values[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return values;
}

const COMMAND = /^::([A-Za-z][\w-]*)(?: ([^:]*))?::(.*)$/;

/** Reads `::error file=x,line=3::message` and the other workflow commands out of a step's stdout. */
export function parseWorkflowCommands(stdout: string): {
  annotations: Annotation[];
  masks: string[];
  log: string;
} {
  const runnerLog = new RunnerLog();
  for (const line of stdout.split(/\r?\n/)) runnerLog.line(line);
  return { annotations: runnerLog.annotations, masks: runnerLog.masks, log: runnerLog.lines.join("\n") };
}

/**
 * What the runner makes of a step's output, line by line as it comes (stdout and stderr alike):
 * a workflow command is carried out and left out of the log; any other line is logged masked with
 * the values registered so far — a secret printed before its `::add-mask::` stays in the log, as
 * on GitHub. Annotation messages are masked too (the runner masks an issue before it records it).
 */
export class RunnerLog {
  readonly masker = new SecretMasker();
  readonly lines: string[] = [];
  readonly annotations: Annotation[] = [];
  readonly masks: string[] = [];

  line(line: string): void {
    const match = COMMAND.exec(line);
    if (!match) {
      this.lines.push(this.masker.mask(line));
      return;
    }
    const [, command, rawProperties, rawData] = match as unknown as [
      string,
      string,
      string | undefined,
      string,
    ];
    const data = unescapeData(rawData);
    const properties: Record<string, string> = {};
    for (const pair of (rawProperties ?? "").split(",").filter(Boolean)) {
      const eq = pair.indexOf("=");
      if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
    if (command === "error" || command === "warning" || command === "notice") {
      const number = (key: string) => (properties[key] !== undefined ? Number(properties[key]) : undefined);
      const message = this.masker.mask(data);
      const annotation: Annotation = { level: command, message };
      if (properties.title !== undefined) annotation.title = this.masker.mask(properties.title);
      if (properties.file !== undefined) annotation.file = properties.file;
      for (const [key, field] of [
        ["line", "line"],
        ["endLine", "endLine"],
        ["col", "col"],
        ["endColumn", "endColumn"],
      ] as const) {
        const value = number(key);
        if (value !== undefined) annotation[field] = value;
      }
      this.annotations.push(annotation);
      this.lines.push(`${command[0]?.toUpperCase()}${command.slice(1)}: ${message}`);
    } else if (command === "add-mask") {
      if (data.trim() === "")
        this.lines.push("Warning: Can't add secret mask for empty string in ##[add-mask] command.");
      else {
        this.masker.add(data);
        this.masks.push(data);
      }
    } else if (command === "group") {
      this.lines.push(`▸ ${this.masker.mask(data)}`);
    } else if (command !== "endgroup" && command !== "debug") {
      this.lines.push(this.masker.mask(line));
    }
  }
}

/** Bytes of one stream to lines for a RunnerLog: UTF-8 decoded across chunks, split at LF or CRLF. */
class LineReader {
  private readonly decoder = new StringDecoder("utf8");
  private pending = "";

  constructor(private readonly log: RunnerLog) {}

  push(chunk: Buffer): void {
    const parts = (this.pending + this.decoder.write(chunk)).split("\n");
    this.pending = parts.pop() ?? "";
    for (const part of parts) this.log.line(part.endsWith("\r") ? part.slice(0, -1) : part);
  }

  end(): void {
    const rest = this.pending + this.decoder.end();
    this.pending = "";
    if (rest !== "") this.log.line(rest);
  }
}

/**
 * The runner's secret masker (actions/runner SecretMasker): each value added brings the encodings
 * the runner registers with it — base64 of its UTF-8 bytes (also from its 2nd and 3rd byte, for a
 * secret base64'd after a prefix such as `user:`), JSON string escaping, URI data escaping, XML
 * escaping, expression string escaping, and the value without enclosing double quotes. Masking
 * finds every occurrence of every value, merges the overlapping ones, and puts `***` for each.
 */
export class SecretMasker {
  private readonly values = new Set<string>();

  add(value: string): void {
    if (value === "") return;
    for (const form of [value, ...runnerEncodings(value)]) if (form !== "") this.values.add(form);
  }

  mask(text: string): string {
    const ranges: Array<[number, number]> = [];
    for (const value of this.values)
      for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1))
        ranges.push([at, at + value.length]);
    if (ranges.length === 0) return text;
    ranges.sort((a, b) => a[0] - b[0]);
    let masked = "";
    let from = 0;
    let current = ranges[0] as [number, number];
    for (const range of [...ranges.slice(1), [Number.POSITIVE_INFINITY, 0] as [number, number]]) {
      if (range[0] <= current[1]) {
        current = [current[0], Math.max(current[1], range[1])];
        continue;
      }
      masked += `${text.slice(from, current[0])}***`;
      from = current[1];
      current = range;
    }
    return masked + text.slice(from);
  }
}

function runnerEncodings(value: string): string[] {
  const bytes = Buffer.from(value, "utf8");
  const base64From = (shift: number) =>
    (bytes.length > shift ? bytes.subarray(shift) : bytes).toString("base64");
  return [
    base64From(0),
    base64From(1),
    base64From(2),
    value.replaceAll("'", "''"),
    JSON.stringify(value).slice(1, -1),
    // .NET's Uri.EscapeDataString leaves only RFC 3986's unreserved characters.
    encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
    value.replace(
      /[&<>"']/g,
      (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c] as string,
    ),
    value.length > 8 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : "",
  ];
}

function unescapeData(value: string): string {
  return value.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
}

function unescapeProperty(value: string): string {
  return value
    .replace(/%3A/g, ":")
    .replace(/%2C/g, ",")
    .replace(/%0D/g, "\r")
    .replace(/%0A/g, "\n")
    .replace(/%25/g, "%");
}
