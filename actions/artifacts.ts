import { copyFile, link, mkdir, mkdtemp, realpath, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { ArtifactClient, FindOptions } from "@actions/artifact";
import { GitHubError } from "../lib/errors.ts";

/**
 * The one adapter over @actions/artifact that train, evaluate and register share: upload a set of
 * files under a name, and find or download an artifact by name, from this run or another one.
 */

/** A file to upload, and the path it gets inside the artifact. */
export interface ArtifactFile {
  source: string;
  path: string;
}

export interface StoredArtifact {
  id: number;
  name: string;
  /** Size of the archive in bytes. */
  size: number;
  /** `sha256:<hex>` of the archive, when the service gave one. */
  digest: string | undefined;
}

/** Another workflow run, for artifacts a different run uploaded (evaluate and register use it). */
export interface OtherRun {
  owner: string;
  repo: string;
  runId: number;
  /** A token with actions: read. */
  token: string;
}

/**
 * Why artifacts cannot be used here, or undefined when they can: outside GitHub Actions (a local
 * run of the bundle) the runner gives no runtime token, and a step should say so, not fail.
 */
export function artifactsUnavailable(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL)
    return "no Actions runtime here (ACTIONS_RUNTIME_TOKEN is not set: not running in GitHub Actions?)";
  return undefined;
}

/**
 * @actions/artifact is loaded when first needed: its generated protobuf and twirp clients are
 * the largest part of a bundle's start-up, and many runs (a fork's PR, a failed check) never
 * touch artifacts.
 */
let artifactModuleLoading: Promise<typeof import("@actions/artifact")> | undefined;
const artifactModule = () => {
  artifactModuleLoading ??= import("@actions/artifact");
  return artifactModuleLoading;
};

/**
 * Starts loading @actions/artifact (a fifth of a second of compiling) while the step waits on
 * something else, such as the training command. A failure to load shows where it is used.
 */
export function preloadArtifactClient(): void {
  artifactModule().catch(() => {});
}

export class ArtifactStore {
  private loaded: Promise<ArtifactClient> | undefined;

  private client(): Promise<ArtifactClient> {
    this.loaded ??= artifactModule().then((module) => new module.DefaultArtifactClient());
    return this.loaded;
  }

  /**
   * Uploads `files` as one artifact. They are gathered (hard links, or copies across file systems)
   * under one folder first, because the artifact's layout comes from a single root folder and the
   * files may come from several places (the workspace, RUNNER_TEMP).
   */
  async upload(
    name: string,
    files: ArtifactFile[],
    options: { retentionDays?: number; tempDir?: string } = {},
  ): Promise<StoredArtifact> {
    const root = await mkdtemp(path.join(options.tempDir ?? os.tmpdir(), "trainyard-artifact-"));
    try {
      const staged = await Promise.all(files.map((file) => stage(file, root)));
      const client = await this.client();
      const uploaded = await this.call(`upload artifact "${name}"`, () =>
        client.uploadArtifact(name, staged, root, {
          ...(options.retentionDays === undefined ? {} : { retentionDays: options.retentionDays }),
        }),
      );
      if (uploaded.id === undefined)
        throw new GitHubError(`upload artifact "${name}": no artifact was created`);
      return {
        id: uploaded.id,
        name,
        size: uploaded.size ?? 0,
        digest: uploaded.digest ? prefixed(uploaded.digest) : undefined,
      };
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }

  /** The artifact called `name` on this run (or on `from`), newest first; undefined if none. */
  async find(name: string, from?: OtherRun): Promise<StoredArtifact | undefined> {
    const { ArtifactNotFoundError } = await artifactModule();
    const client = await this.client();
    try {
      const { artifact } = await client.getArtifact(name, findOptions(from));
      return {
        id: artifact.id,
        name: artifact.name,
        size: artifact.size,
        digest: artifact.digest ? prefixed(artifact.digest) : undefined,
      };
    } catch (error) {
      if (error instanceof ArtifactNotFoundError) return undefined;
      throw new GitHubError(`find artifact "${name}": ${(error as Error).message}`, { cause: error });
    }
  }

  /** The artifacts of this run (or of `from`), the latest of each name. */
  async list(from?: OtherRun): Promise<StoredArtifact[]> {
    const client = await this.client();
    const { artifacts } = await this.call("list artifacts", () =>
      client.listArtifacts({ latest: true, ...findOptions(from) }),
    );
    return artifacts.map((artifact) => ({
      id: artifact.id,
      name: artifact.name,
      size: artifact.size,
      digest: artifact.digest ? prefixed(artifact.digest) : undefined,
    }));
  }

  /**
   * Downloads and unpacks the artifact called `name` into `destination`, checking the archive
   * against the digest recorded at upload.
   */
  async download(name: string, destination: string, from?: OtherRun): Promise<StoredArtifact> {
    const artifact = await this.find(name, from);
    if (!artifact)
      throw new GitHubError(
        `no artifact called "${name}" on ${from ? `workflow run ${from.runId}` : "this run"} (expired, or never uploaded?)`,
      );
    const client = await this.client();
    const result = await this.call(`download artifact "${name}"`, () =>
      client.downloadArtifact(artifact.id, {
        path: destination,
        ...(artifact.digest ? { expectedHash: artifact.digest } : {}),
        ...findOptions(from),
      }),
    );
    if (result.digestMismatch)
      throw new GitHubError(
        `download artifact "${name}": the archive does not match its digest ${artifact.digest}`,
      );
    return artifact;
  }

  private async call<T>(what: string, request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      if (error instanceof GitHubError) throw error;
      throw new GitHubError(`${what}: ${(error as Error).message}`, { cause: error });
    }
  }
}

async function stage(file: ArtifactFile, root: string): Promise<string> {
  const target = path.join(root, ...file.path.split("/"));
  await mkdir(path.dirname(target), { recursive: true });
  const source = await realpath(file.source);
  try {
    await link(source, target);
  } catch {
    await copyFile(source, target);
  }
  return target;
}

function findOptions(from: OtherRun | undefined): FindOptions {
  if (!from) return {};
  return {
    findBy: {
      token: from.token,
      workflowRunId: from.runId,
      repositoryOwner: from.owner,
      repositoryName: from.repo,
    },
  };
}

function prefixed(digest: string): string {
  return digest.startsWith("sha256:") ? digest : `sha256:${digest}`;
}
