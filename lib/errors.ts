/**
 * Typed errors: every error a user can cause names where it happened (file, line or row, field)
 * and what was expected, so an action can annotate the exact place and the CLI can print one line.
 */
export interface ErrorLocation {
  /** File the problem is in, as the user named it (repo-relative where possible). */
  file?: string;
  /** 1-based line in the file, as an editor shows it. */
  line?: number;
  /** 1-based column in the line. */
  column?: number;
  /** Dotted path of the offending field, e.g. `fields[3].constraints.minimum`. */
  field?: string;
}

export abstract class TrainyardError extends Error {
  abstract readonly kind: "config" | "data" | "github" | "registry" | "policy";
  readonly location: ErrorLocation;
  /** The problem without the location prefix: `expected number, got "ten"`. */
  readonly detail: string;

  constructor(detail: string, location: ErrorLocation = {}, options?: { cause?: unknown }) {
    super(formatLocated(detail, location), options);
    this.detail = detail;
    this.location = location;
  }
}

/** A configuration or schema file the user wrote is wrong. */
export class ConfigError extends TrainyardError {
  readonly kind = "config";
  override readonly name = "ConfigError";
}

/** The data (or a metric file) does not meet what it must. */
export class DataError extends TrainyardError {
  readonly kind = "data";
  override readonly name = "DataError";
}

/** GitHub (or the sandbox) answered something we cannot go on from. */
export class GitHubError extends TrainyardError {
  readonly kind = "github";
  override readonly name = "GitHubError";
  readonly status: number | undefined;
  readonly request: string | undefined;

  constructor(
    detail: string,
    info: { status?: number; request?: string; location?: ErrorLocation; cause?: unknown } = {},
  ) {
    super(info.request ? `${info.request}: ${detail}` : detail, info.location, { cause: info.cause });
    this.status = info.status;
    this.request = info.request;
  }
}

/** An OCI registry (model store) answered something we cannot go on from, or could not be reached. */
export class RegistryError extends TrainyardError {
  readonly kind = "registry";
  override readonly name = "RegistryError";
  readonly status: number | undefined;

  constructor(detail: string, info: { status?: number; cause?: unknown } = {}) {
    super(detail, {}, { cause: info.cause });
    this.status = info.status;
  }
}

/** A rule of the repository forbids what was asked: a model from a pull request nobody allowed approved. */
export class PolicyError extends TrainyardError {
  readonly kind = "policy";
  override readonly name = "PolicyError";
}

/** `schema.yml:14 fields[3].constraints.minimum: expected number, got "ten"` */
export function formatLocated(detail: string, location: ErrorLocation): string {
  let where = location.file ?? "";
  if (location.file && location.line !== undefined) {
    where += `:${location.line}`;
    if (location.column !== undefined) where += `:${location.column}`;
  }
  if (location.field) where = where ? `${where} ${location.field}` : location.field;
  return where ? `${where}: ${detail}` : detail;
}

export function isTrainyardError(error: unknown): error is TrainyardError {
  return error instanceof TrainyardError;
}
