import { createHash, randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, rename, unlink } from "node:fs/promises";
import { dirname } from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { DataError, GitHubError } from "../errors.ts";
import type { AssetLocation, ModelStore, StoreFile } from "../registry/model-store.ts";
import type { GitHubClient } from "./client.ts";
import type { RepoRef } from "./releases.ts";

/**
 * The default model store: a version's files as assets of its GitHub Release (up to 2 GiB each,
 * no setup). Uploads stream from disk and are idempotent: an asset already there with the same
 * name, size and sha256 is kept, one with other bytes is refused (a version's files never change).
 * Downloads stream to a temporary file while hashing, and only bytes that match the recorded
 * sha256 reach the destination.
 */

/** GitHub refuses release assets from 2 GiB up. */
export const RELEASE_ASSET_LIMIT = 2 * 1024 ** 3;
const UPLOAD_ATTEMPTS = 3;

type ReleaseData = Awaited<ReturnType<GitHubClient["rest"]["repos"]["getRelease"]>>["data"];
type AssetData = ReleaseData["assets"][number];

export interface ReleaseRef {
  /** The version's tag, e.g. churn-v3. */
  tag: string;
  /** The release's id; needed for a draft, which cannot be found by its tag. */
  id?: number;
}

export function createReleaseStore(github: GitHubClient, repo: RepoRef, release: ReleaseRef): ReleaseStore {
  return new ReleaseStore(github, repo, release);
}

export class ReleaseStore implements ModelStore {
  readonly kind = "release" as const;

  constructor(
    private readonly github: GitHubClient,
    private readonly repo: RepoRef,
    private readonly release: ReleaseRef,
  ) {}

  /** Annotations are for registries that keep them (OCI); a Release keeps them in trainyard.json. */
  async put(
    tag: string,
    files: StoreFile[],
    _annotations: Record<string, string> = {},
  ): Promise<Map<string, AssetLocation>> {
    if (tag !== this.release.tag)
      throw new Error(`this store holds the assets of ${this.release.tag}, not of ${tag}`);
    const release = await this.fetchRelease();
    const names = new Set<string>();
    for (const file of files) {
      if (names.has(file.name))
        throw new DataError(`two files are named "${file.name}"`, { file: file.name });
      names.add(file.name);
      if (file.size >= RELEASE_ASSET_LIMIT)
        throw new DataError(
          `is ${file.size} bytes, over the 2 GiB GitHub allows a release asset: set models.<name>.registry.store to "oci"`,
          { file: file.name },
        );
    }
    const locations = new Map<string, AssetLocation>();
    for (const file of files) {
      const existing = release.assets.find((asset) => asset.name === file.name);
      if (existing) await this.checkSame(existing, file);
      else await this.upload(release, file);
      locations.set(file.name, { kind: "release" });
    }
    return locations;
  }

  async get(
    name: string,
    location: AssetLocation,
    expectedSha256: string,
    destination: string,
  ): Promise<void> {
    if (location.kind !== "release")
      throw new Error(`the Release store cannot read a file stored as "${location.kind}"`);
    const release = await this.fetchRelease();
    const asset = release.assets.find((candidate) => candidate.name === name);
    if (!asset) throw new GitHubError(`release ${this.release.tag} has no asset "${name}"`, { status: 404 });
    await mkdir(dirname(destination), { recursive: true });
    const partial = `${destination}.${randomUUID().slice(0, 8)}.partial`;
    try {
      const actual = await this.download(asset, partial);
      if (actual !== expectedSha256)
        throw new DataError(
          `release ${this.release.tag} asset "${name}" does not match its recorded digest (sha256 ${actual}, expected ${expectedSha256}): refusing to use it`,
          { file: name },
        );
      await rename(partial, destination);
    } finally {
      await unlink(partial).catch(() => undefined);
    }
  }

  /**
   * Downloads an asset whose digest no record holds (the metadata itself), checked against the
   * digest GitHub keeps for the asset; false when the release has no asset of that name.
   */
  async fetch(name: string, destination: string): Promise<boolean> {
    const release = await this.fetchRelease();
    const asset = release.assets.find((candidate) => candidate.name === name);
    if (!asset) return false;
    const kept = (asset as { digest?: string | null }).digest?.replace(/^sha256:/, "");
    await mkdir(dirname(destination), { recursive: true });
    const partial = `${destination}.${randomUUID().slice(0, 8)}.partial`;
    try {
      const actual = await this.download(asset, partial);
      if (kept && actual !== kept)
        throw new DataError(
          `release ${this.release.tag} asset "${name}" arrived with sha256 ${actual}, GitHub keeps ${kept} for it`,
          { file: name },
        );
      await rename(partial, destination);
      return true;
    } finally {
      await unlink(partial).catch(() => undefined);
    }
  }

  private async fetchRelease(): Promise<ReleaseData> {
    const { github, repo } = this;
    try {
      const { data } =
        this.release.id === undefined
          ? await github.rest.repos.getReleaseByTag({ ...repo, tag: this.release.tag })
          : await github.rest.repos.getRelease({ ...repo, release_id: this.release.id });
      return data;
    } catch (error) {
      if ((error as { status?: number }).status === 404)
        throw new GitHubError(`there is no release ${this.release.tag} in ${repo.owner}/${repo.repo}`, {
          status: 404,
        });
      throw error;
    }
  }

  /** An asset already there must hold exactly the file's bytes. */
  private async checkSame(asset: AssetData, file: StoreFile): Promise<void> {
    const digest =
      (asset as { digest?: string | null }).digest?.replace(/^sha256:/, "") ??
      (await this.download(asset, undefined));
    if (asset.size === file.size && digest === file.sha256) return;
    throw new DataError(
      `release ${this.release.tag} already has an asset "${asset.name}" with other bytes (${asset.size} bytes, sha256 ${digest}; this file: ${file.size} bytes, sha256 ${file.sha256}): a version's files never change, so it is not replaced`,
      { file: file.name },
    );
  }

  /**
   * Streams the file up. The body is a stream, which a retry could not send again, so Octokit's
   * retries are off here and this loop retries with a fresh stream, after checking whether the
   * failed attempt stored the asset after all (an answer lost on the way back).
   */
  private async upload(release: ReleaseData, file: StoreFile): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        const { data } = await this.github.request({
          method: "POST",
          url: release.upload_url,
          name: file.name,
          data: createReadStream(file.path),
          headers: { "content-type": "application/octet-stream", "content-length": String(file.size) },
          request: { retries: 0 },
        });
        const uploaded = data as { name?: string };
        if (uploaded.name !== file.name)
          throw new GitHubError(`GitHub stored the asset "${file.name}" as "${uploaded.name}"`);
        return;
      } catch (error) {
        const status = (error as { status?: number }).status ?? 0;
        if (
          error instanceof GitHubError ||
          (status >= 400 && status < 500 && status !== 422 && status !== 429)
        )
          throw error;
        const { data } = await this.github.rest.repos.getRelease({ ...this.repo, release_id: release.id });
        const stored = data.assets.find((asset) => asset.name === file.name);
        if (stored) {
          const digest = (stored as { digest?: string | null }).digest?.replace(/^sha256:/, "");
          if (stored.size === file.size && (digest === undefined || digest === file.sha256)) return;
          await this.github.rest.repos.deleteReleaseAsset({ ...this.repo, asset_id: stored.id });
        }
        if (attempt >= UPLOAD_ATTEMPTS)
          throw new GitHubError(
            `upload of "${file.name}" to release ${this.release.tag} failed ${attempt} times: ${(error as Error).message}`,
            { cause: error },
          );
      }
    }
  }

  /** Streams an asset to `file` (or nowhere) and returns its sha256. */
  private async download(asset: AssetData, file: string | undefined): Promise<string> {
    const response = await this.github.request("GET /repos/{owner}/{repo}/releases/assets/{asset_id}", {
      ...this.repo,
      asset_id: asset.id,
      headers: { accept: "application/octet-stream" },
      request: { parseSuccessResponseBody: false },
    });
    const body = response.data as unknown;
    const source =
      body instanceof ArrayBuffer || typeof body === "string"
        ? Readable.from([Buffer.from(body as ArrayBuffer)])
        : Readable.fromWeb(body as WebReadableStream<Uint8Array>);
    const hash = createHash("sha256");
    const hashing = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        hash.update(chunk);
        callback(null, file ? chunk : undefined);
      },
    });
    if (file) await pipeline(source, hashing, createWriteStream(file));
    else
      await pipeline(source, hashing, async (chunks: AsyncIterable<unknown>) => {
        for await (const _ of chunks);
      });
    return hash.digest("hex");
  }
}
