import type { TargetConfigOf, TargetKind } from "../config.ts";
import type { PlaceholderValues } from "../placeholders.ts";

/** One file of a model version, checked and on disk, with where it can be fetched from again. */
export interface VersionFile {
  name: string;
  /** Its path inside the model folder (the path it was trained at). */
  path: string;
  size: number;
  sha256: string;
  /** The Release asset's download URL, or `oci://registry/repository@layer-digest`. */
  url: string;
}

/** What every target is asked to do: put this version of this model in this environment. */
export interface DeployRequest {
  model: string;
  version: number;
  environment: string;
  /** `sha256:<hex>` (see modelDigest). */
  digest: string;
  /** Folder holding the version's files at their paths, each checked against its digest. */
  modelDir: string;
  files: VersionFile[];
  /** Where a serving platform fetches the model from (empty when the version has several files and none is named). */
  storageUri: string;
  /** The GitHub Deployment this is. */
  deploymentId: number;
  /** `owner/name` and the pushed commit. */
  repository: string;
  commit: string;
  /** True when this puts the previous version back after a failure. */
  rollback: boolean;
  placeholders: PlaceholderValues;
}

export interface TargetRun {
  workspace: string;
  /** The step's environment (PATH, RUNNER_TEMP, ...). */
  env: NodeJS.ProcessEnv;
  /** Each line of progress or output, as it comes. */
  onLine: (line: string) => void;
  /** The HMAC key of http targets (an action input from a secret). */
  httpSecret: string | undefined;
}

export interface TargetOutcome {
  ok: boolean;
  /** One line: what happened, or what went wrong. */
  summary: string;
  /** The last lines of the target's output, for the summary and the pull request comment. */
  log: string[];
  /** Where the environment answers, when the target learnt it (KServe's status.url, a platform's answer). */
  environmentUrl?: string;
}

/** A deploy target: a small strategy object, found by its kind in the registry. */
export interface TargetStrategy<K extends TargetKind> {
  readonly kind: K;
  /** What a reader sees in logs and summaries: `bash ./serving/deploy.sh`, `POST https://…`. */
  describe(config: TargetConfigOf<K>): string;
  /** Whether it needs one URI for the whole model (so a version of several files must name one). */
  requiresStorageUri?(config: TargetConfigOf<K>): boolean;
  /** Problems found before anything is deployed (a missing secret, a template that is not there). */
  preflight(config: TargetConfigOf<K>, run: TargetRun): Promise<string | undefined>;
  deploy(config: TargetConfigOf<K>, request: DeployRequest, run: TargetRun): Promise<TargetOutcome>;
}

/** Keeps the last `limit` lines, as a log tail. */
export function pushTail(tail: string[], line: string, limit = 100): void {
  tail.push(line);
  if (tail.length > limit) tail.shift();
}
