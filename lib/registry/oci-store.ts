import { createHash, randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, rename, stat, unlink } from "node:fs/promises";
import { dirname } from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { setTimeout as sleep } from "node:timers/promises";
import { ConfigError, DataError, RegistryError } from "../errors.ts";
import * as z from "../zod.ts";
import type { AssetLocation, ModelStore, StoreFile } from "./model-store.ts";

/**
 * The OCI store: a model version's files as one OCI artifact in any registry that speaks the OCI
 * distribution API (ghcr.io, Docker Hub, a self-hosted distribution registry). One layer per file,
 * an empty config, `artifactType` naming Trainyard's model, tagged with the version's tag.
 */

/** `artifactType` of a model version's manifest. */
export const MODEL_ARTIFACT_TYPE = "application/vnd.trainyard.model.v1";
/** Media type of each layer: one file of the model, its bytes as they are (not a tar). */
export const MODEL_FILE_MEDIA_TYPE = "application/vnd.trainyard.model.file.v1";
export const OCI_MANIFEST_MEDIA_TYPE = "application/vnd.oci.image.manifest.v1+json";
/** The OCI 1.1 guidance for artifacts without a config: this media type and the 2-byte blob `{}`. */
export const OCI_EMPTY_MEDIA_TYPE = "application/vnd.oci.empty.v1+json";
const EMPTY_CONFIG = Buffer.from("{}");
const EMPTY_CONFIG_DIGEST = `sha256:${createHash("sha256").update(EMPTY_CONFIG).digest("hex")}`;
const TITLE_ANNOTATION = "org.opencontainers.image.title";
const MiB = 1024 * 1024;

/** `models.<name>.registry.oci` in .github/trainyard.yml. Credentials never live here: they are inputs. */
export const ociStoreConfig = z
  .strictObject({
    repository: z
      .string()
      .check(
        z.regex(
          /^[a-z0-9.-]+(:[0-9]+)?\/[a-z0-9]+([._-][a-z0-9]+)*(\/[a-z0-9]+([._-][a-z0-9]+)*)*$/,
          "a registry host and repository in lower case, e.g. ghcr.io/acme/churn-model or registry.internal:5000/ml/churn",
        ),
        z.describe(
          "Where the model's files are pushed: registry host[:port]/repository, e.g. ghcr.io/acme/churn-model.",
        ),
      ),
    chunk_size_mib: z
      ._default(z.int().check(z.minimum(1), z.maximum(4096)), 4)
      .check(
        z.describe(
          "Files up to this size are uploaded in one request, larger ones in chunks of this size (MiB). ghcr.io takes at most 4 MiB per chunk; a self-hosted registry may take more.",
        ),
      ),
    insecure: z
      ._default(z.boolean(), false)
      .check(
        z.describe(
          "Talk plain HTTP to the registry (a self-hosted registry without TLS on a private network). Loopback registries always use HTTP.",
        ),
      ),
  })
  .check(
    z.describe(
      "An OCI registry (ghcr.io, or a self-hosted distribution registry) for model files over 2 GiB.",
    ),
  );
export type OciStoreConfig = z.infer<typeof ociStoreConfig>;

export interface OciCredentials {
  username: string;
  /** Password or token; for ghcr.io a GitHub token with `packages: write` (to push) or `packages: read`. */
  password: string;
}

export interface OciStoreOptions {
  /** Where `put` pushes; `get` reads the registry and repository of each file's location instead. */
  config?: OciStoreConfig | undefined;
  /**
   * Sent (Basic, or to the token realm a registry's challenge names) to the registry of `config`
   * only, or to every registry when there is no config; anonymous when absent.
   */
  credentials?: OciCredentials | undefined;
  /** Overrides `config.chunk_size_mib`, in bytes. */
  chunkSize?: number | undefined;
  /** Retries of a request that failed with 429, 5xx or a network error. Default 4. */
  retries?: number | undefined;
  /** First backoff delay in ms, doubled on each retry. Default 500. */
  retryDelayMs?: number | undefined;
  /** `fetch` to use (default: Node's global fetch). */
  fetch?: typeof fetch | undefined;
}

/** `ghcr.io/acme/churn-model` → registry `ghcr.io`, repository `acme/churn-model`. */
export function parseOciRepository(reference: string): { registry: string; repository: string } {
  const slash = reference.indexOf("/");
  if (slash <= 0 || slash === reference.length - 1) {
    throw new ConfigError(`expected registry host[:port]/repository, got "${reference}"`, {
      field: "registry.oci.repository",
    });
  }
  return { registry: reference.slice(0, slash), repository: reference.slice(slash + 1) };
}

export function createOciStore(options: OciStoreOptions): ModelStore {
  return new OciStore(options);
}

const manifestDescriptor = z.object({
  mediaType: z.string(),
  digest: z.string(),
  size: z.int().check(z.minimum(0)),
  annotations: z.optional(z.record(z.string(), z.string())),
});
const ociManifest = z.object({
  schemaVersion: z.literal(2),
  mediaType: z.optional(z.string()),
  artifactType: z.optional(z.string()),
  config: manifestDescriptor,
  layers: z.array(manifestDescriptor),
  annotations: z.optional(z.record(z.string(), z.string())),
});
type OciManifest = z.infer<typeof ociManifest>;

/** The manifest of a model version; the same files and annotations always give the same bytes. */
export function modelManifest(files: StoreFile[], annotations: Record<string, string>): OciManifest {
  const sorted = Object.fromEntries(Object.entries(annotations).sort(([a], [b]) => (a < b ? -1 : 1)));
  return {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST_MEDIA_TYPE,
    artifactType: MODEL_ARTIFACT_TYPE,
    config: { mediaType: OCI_EMPTY_MEDIA_TYPE, digest: EMPTY_CONFIG_DIGEST, size: EMPTY_CONFIG.length },
    layers: files.map((file) => ({
      mediaType: MODEL_FILE_MEDIA_TYPE,
      digest: `sha256:${file.sha256}`,
      size: file.size,
      annotations: { [TITLE_ANNOTATION]: file.name },
    })),
    ...(Object.keys(sorted).length > 0 ? { annotations: sorted } : {}),
  };
}

class OciStore implements ModelStore {
  readonly kind = "oci" as const;
  private readonly clients = new Map<string, RegistryClient>();

  constructor(private readonly options: OciStoreOptions) {}

  async put(
    tag: string,
    files: StoreFile[],
    annotations: Record<string, string>,
  ): Promise<Map<string, AssetLocation>> {
    const config = this.options.config;
    if (!config) {
      throw new ConfigError("the OCI store needs a repository to push to", {
        field: "registry.oci.repository",
      });
    }
    const names = new Set<string>();
    for (const file of files) {
      if (names.has(file.name))
        throw new DataError(`two files are named "${file.name}"`, { file: file.name });
      names.add(file.name);
      const onDisk = await stat(file.path);
      if (onDisk.size !== file.size) {
        throw new DataError(`is ${onDisk.size} bytes on disk, but ${file.size} bytes were hashed`, {
          file: file.name,
        });
      }
    }
    const { registry, repository } = parseOciRepository(config.repository);
    const client = this.client(registry, repository);
    const chunkSize = this.options.chunkSize ?? config.chunk_size_mib * MiB;

    await client.pushBlob(
      EMPTY_CONFIG_DIGEST,
      EMPTY_CONFIG.length,
      { bytes: EMPTY_CONFIG },
      chunkSize,
      "config",
    );
    for (const file of files) {
      await client.pushBlob(`sha256:${file.sha256}`, file.size, { path: file.path }, chunkSize, file.name);
    }
    const manifestDigest = await client.pushManifest(
      tag,
      Buffer.from(JSON.stringify(modelManifest(files, annotations))),
    );

    return new Map(
      files.map((file) => [
        file.name,
        { kind: "oci", registry, repository, manifestDigest, layerDigest: `sha256:${file.sha256}` },
      ]),
    );
  }

  async get(
    name: string,
    location: AssetLocation,
    expectedSha256: string,
    destination: string,
  ): Promise<void> {
    if (location.kind !== "oci")
      throw new Error(`the OCI store cannot read a file stored as "${location.kind}"`);
    if (location.layerDigest !== `sha256:${expectedSha256}`) {
      throw new DataError(
        `the metadata expects sha256:${expectedSha256}, but the file is stored as layer ${location.layerDigest}`,
        { file: name },
      );
    }
    const client = this.client(location.registry, location.repository);
    const manifest = await client.pullManifest(location.manifestDigest, name);
    const layer =
      manifest.layers.find(
        (candidate) =>
          candidate.digest === location.layerDigest && candidate.annotations?.[TITLE_ANNOTATION] === name,
      ) ?? manifest.layers.find((candidate) => candidate.digest === location.layerDigest);
    if (!layer) {
      throw new DataError(
        `manifest ${location.manifestDigest} in ${location.registry}/${location.repository} has no layer ${location.layerDigest}`,
        { file: name },
      );
    }
    await client.pullBlob(layer.digest, layer.size, destination, name);
  }

  private client(registry: string, repository: string): RegistryClient {
    const key = `${registry}/${repository}`;
    let client = this.clients.get(key);
    if (!client) {
      const configured = this.options.config ? parseOciRepository(this.options.config.repository) : undefined;
      const plainHttp =
        isLoopback(registry) || (configured?.registry === registry && this.options.config?.insecure === true);
      client = new RegistryClient(registry, repository, {
        baseUrl: `${plainHttp ? "http" : "https"}://${registry}`,
        credentials: !configured || configured.registry === registry ? this.options.credentials : undefined,
        retries: this.options.retries ?? 4,
        retryDelayMs: this.options.retryDelayMs ?? 500,
        fetch: this.options.fetch ?? fetch,
      });
      this.clients.set(key, client);
    }
    return client;
  }
}

function isLoopback(registry: string): boolean {
  const host = registry.replace(/:\d+$/, "");
  return host === "localhost" || host === "127.0.0.1" || host === "[::1]" || host.startsWith("127.");
}

interface ClientSettings {
  baseUrl: string;
  credentials: OciCredentials | undefined;
  retries: number;
  retryDelayMs: number;
  fetch: typeof fetch;
}

type Access = "pull" | "pull,push";

interface RequestSpec {
  /** What we were doing, in words, for errors: `upload blob sha256:… (model.bin)`. */
  operation: string;
  method: string;
  /** A path under the registry (`/v2/...`) or an absolute URL (an upload's Location). */
  url: string;
  access: Access;
  /** Statuses that mean success; any other is an error (after retries where retrying makes sense). */
  ok: number[];
  headers?: Record<string, string>;
  /** Makes the body afresh for each attempt, so a retried upload sends its bytes again. */
  body?: () => Buffer | ReadableStream<Uint8Array>;
}

/** One repository in one registry: requests with auth (anonymous, Basic, Bearer tokens), retries, errors. */
class RegistryClient {
  private authorization: string | undefined;

  constructor(
    readonly registry: string,
    readonly repository: string,
    private readonly settings: ClientSettings,
  ) {}

  /** Uploads a blob unless the registry has it already; `source` is streamed from disk or sent as is. */
  async pushBlob(
    digest: string,
    size: number,
    source: { path: string } | { bytes: Buffer },
    chunkSize: number,
    label: string,
  ): Promise<"present" | "uploaded"> {
    const what = `blob ${digest} (${label})`;
    const head = await this.send({
      operation: `check ${what}`,
      method: "HEAD",
      url: `/v2/${this.repository}/blobs/${digest}`,
      access: "pull,push",
      ok: [200, 404],
    });
    if (head.status === 200) return "present";

    const started = await this.send({
      operation: `start upload of ${what}`,
      method: "POST",
      url: `/v2/${this.repository}/blobs/uploads/`,
      access: "pull,push",
      ok: [202],
    });
    let location = this.uploadLocation(started, `start upload of ${what}`);
    const slice = (start: number, end: number) => () =>
      "bytes" in source
        ? source.bytes.subarray(start, end)
        : (Readable.toWeb(
            createReadStream(source.path, { start, end: end - 1 }),
          ) as ReadableStream<Uint8Array>);

    if (size > chunkSize) {
      for (let start = 0; start < size; start += chunkSize) {
        const end = Math.min(start + chunkSize, size);
        const chunk = await this.send({
          operation: `upload bytes ${start}-${end - 1} of ${what}`,
          method: "PATCH",
          url: location,
          access: "pull,push",
          ok: [202],
          headers: {
            "content-type": "application/octet-stream",
            "content-length": String(end - start),
            "content-range": `${start}-${end - 1}`,
          },
          body: slice(start, end),
        });
        location = this.uploadLocation(chunk, `upload bytes ${start}-${end - 1} of ${what}`);
      }
    }
    const monolithic = size <= chunkSize;
    const finished = await this.send({
      operation: `finish upload of ${what}`,
      method: "PUT",
      url: withQuery(location, "digest", digest),
      access: "pull,push",
      ok: [201, 400],
      headers: monolithic
        ? { "content-type": "application/octet-stream", "content-length": String(size) }
        : { "content-length": "0" },
      ...(monolithic ? { body: slice(0, size) } : {}),
    });
    if (finished.status === 400) {
      const failure = await this.failure(`finish upload of ${what}`, finished);
      if (!failure.message.includes("DIGEST_INVALID")) throw failure;
      throw new DataError(
        `${this.registry}/${this.repository} received bytes that do not hash to ${digest}: the file changed after it was hashed`,
        { file: label },
      );
    }
    await finished.body?.cancel();
    return "uploaded";
  }

  /** Tags the manifest (unless the tag already names these exact bytes); returns its digest. */
  async pushManifest(tag: string, bytes: Buffer): Promise<string> {
    const digest = `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
    const url = `/v2/${this.repository}/manifests/${tag}`;
    const head = await this.send({
      operation: `check manifest ${tag}`,
      method: "HEAD",
      url,
      access: "pull,push",
      ok: [200, 404],
      headers: { accept: OCI_MANIFEST_MEDIA_TYPE },
    });
    if (head.status === 200 && head.headers.get("docker-content-digest") === digest) return digest;
    const put = await this.send({
      operation: `push manifest ${tag}`,
      method: "PUT",
      url,
      access: "pull,push",
      ok: [201],
      headers: { "content-type": OCI_MANIFEST_MEDIA_TYPE },
      body: () => bytes,
    });
    await put.body?.cancel();
    const stored = put.headers.get("docker-content-digest");
    if (stored && stored !== digest) {
      throw this.error(`push manifest ${tag}`, `the registry stored it as ${stored}, expected ${digest}`);
    }
    return digest;
  }

  async pullManifest(digest: string, file: string): Promise<OciManifest> {
    const response = await this.send({
      operation: `get manifest ${digest}`,
      method: "GET",
      url: `/v2/${this.repository}/manifests/${digest}`,
      access: "pull",
      ok: [200],
      headers: { accept: OCI_MANIFEST_MEDIA_TYPE },
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    const actual = `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
    if (actual !== digest) {
      throw new DataError(
        `manifest ${digest} from ${this.registry}/${this.repository} hashes to ${actual}: it is not the manifest that was stored`,
        { file },
      );
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(bytes.toString("utf8"));
    } catch {
      parsed = undefined;
    }
    const result = ociManifest.safeParse(parsed);
    if (!result.success) {
      throw new DataError(
        `manifest ${digest} from ${this.registry}/${this.repository} is not an OCI image manifest`,
        {
          file,
        },
      );
    }
    return result.data;
  }

  /**
   * Streams a blob to a temporary file beside `destination` while hashing it, and renames it into
   * place only when the bytes hash to `digest`. A download cut off midway starts again (bounded).
   */
  async pullBlob(digest: string, size: number, destination: string, file: string): Promise<void> {
    await mkdir(dirname(destination), { recursive: true });
    const partial = `${destination}.${randomUUID().slice(0, 8)}.partial`;
    const operation = `download blob ${digest} (${file})`;
    try {
      for (let attempt = 0; ; attempt++) {
        const response = await this.send({
          operation,
          method: "GET",
          url: `/v2/${this.repository}/blobs/${digest}`,
          access: "pull",
          ok: [200],
        });
        const hash = createHash("sha256");
        let received = 0;
        const hashing = new Transform({
          transform(chunk: Buffer, _encoding, callback) {
            hash.update(chunk);
            received += chunk.length;
            callback(null, chunk);
          },
        });
        try {
          if (!response.body) throw new Error("the response has no body");
          await pipeline(
            Readable.fromWeb(response.body as import("node:stream/web").ReadableStream<Uint8Array>),
            hashing,
            createWriteStream(partial),
          );
        } catch (error) {
          if (attempt >= this.settings.retries) {
            throw this.error(
              operation,
              `the download broke off: ${(error as Error).message}`,
              undefined,
              error,
            );
          }
          await sleep(this.backoff(attempt));
          continue;
        }
        const actual = `sha256:${hash.digest("hex")}`;
        if (actual !== digest) {
          throw new DataError(
            `the bytes from ${this.registry}/${this.repository} (${received} bytes, ${actual}) do not match the expected ${digest} (${size} bytes)`,
            { file },
          );
        }
        await rename(partial, destination);
        return;
      }
    } finally {
      await unlink(partial).catch(() => undefined);
    }
  }

  private uploadLocation(response: Response, operation: string): string {
    void response.body?.cancel();
    const location = response.headers.get("location");
    if (!location) throw this.error(operation, "the registry answered without a Location for the upload");
    return new URL(location, this.settings.baseUrl).toString();
  }

  /** One request: authenticates on a 401 challenge, retries 429, 5xx and network errors with backoff. */
  private async send(spec: RequestSpec): Promise<Response> {
    const url = new URL(spec.url, this.settings.baseUrl).toString();
    let authenticated = false;
    for (let attempt = 0; ; ) {
      let response: Response;
      try {
        response = await this.settings.fetch(url, {
          method: spec.method,
          headers: { ...spec.headers, ...(this.authorization ? { authorization: this.authorization } : {}) },
          redirect: "follow",
          ...(spec.body ? { body: spec.body(), duplex: "half" } : {}),
        } as RequestInit);
      } catch (error) {
        if (attempt >= this.settings.retries) {
          throw this.error(
            spec.operation,
            `cannot reach the registry: ${describeNetworkError(error)}`,
            undefined,
            error,
          );
        }
        await sleep(this.backoff(attempt++));
        continue;
      }
      if (response.status === 401 && !authenticated) {
        await response.body?.cancel();
        await this.authenticate(response.headers.get("www-authenticate"), spec);
        authenticated = true;
        continue;
      }
      if (spec.ok.includes(response.status)) return response;
      if ((response.status === 429 || response.status >= 500) && attempt < this.settings.retries) {
        await response.body?.cancel();
        await sleep(this.backoff(attempt++, response.headers.get("retry-after")));
        continue;
      }
      throw await this.failure(spec.operation, response);
    }
  }

  private async authenticate(header: string | null, spec: RequestSpec): Promise<void> {
    const challenge = header ? parseChallenge(header) : undefined;
    const credentials = this.settings.credentials;
    if (challenge?.scheme === "basic") {
      if (!credentials)
        throw this.error(spec.operation, "the registry asks for a user name and password (Basic)", 401);
      this.authorization = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64")}`;
      return;
    }
    if (challenge?.scheme !== "bearer" || !challenge.params.realm) {
      throw this.error(
        spec.operation,
        `unauthorized, and no usable challenge (WWW-Authenticate: ${header ?? "none"})`,
        401,
      );
    }
    const tokenUrl = new URL(challenge.params.realm);
    if (challenge.params.service) tokenUrl.searchParams.set("service", challenge.params.service);
    const scopes = new Set([`repository:${this.repository}:${spec.access}`]);
    if (challenge.params.scope) scopes.add(challenge.params.scope);
    for (const scope of scopes) tokenUrl.searchParams.append("scope", scope);
    const headers: Record<string, string> = credentials
      ? {
          authorization: `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64")}`,
        }
      : {};
    let response: Response;
    try {
      response = await this.settings.fetch(tokenUrl, { headers });
    } catch (error) {
      throw this.error(
        spec.operation,
        `cannot reach the token service ${tokenUrl.origin}: ${describeNetworkError(error)}`,
        undefined,
        error,
      );
    }
    if (!response.ok) {
      const body = await response.text().catch(() => "");
      throw this.error(
        spec.operation,
        `the token service ${tokenUrl.origin}${tokenUrl.pathname} refused ${credentials ? `the credentials of "${credentials.username}"` : "an anonymous request"}: ${response.status} ${response.statusText}${body ? `: ${body.slice(0, 200)}` : ""}`,
        response.status,
      );
    }
    const answer = (await response.json().catch(() => ({}))) as { token?: unknown; access_token?: unknown };
    const token = typeof answer.token === "string" ? answer.token : answer.access_token;
    if (typeof token !== "string" || token === "") {
      throw this.error(
        spec.operation,
        `the token service ${tokenUrl.origin}${tokenUrl.pathname} answered without a token`,
      );
    }
    this.authorization = `Bearer ${token}`;
  }

  private backoff(attempt: number, retryAfter?: string | null): number {
    const seconds = retryAfter ? Number(retryAfter) : Number.NaN;
    if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, 60_000);
    return this.settings.retryDelayMs * 2 ** attempt;
  }

  private async failure(operation: string, response: Response): Promise<RegistryError> {
    const text = await response.text().catch(() => "");
    let detail = text.slice(0, 300);
    try {
      const parsed = JSON.parse(text) as { errors?: Array<{ code?: string; message?: string }> };
      if (Array.isArray(parsed.errors) && parsed.errors.length > 0) {
        detail = parsed.errors.map((error) => `${error.code ?? "ERROR"}: ${error.message ?? ""}`).join("; ");
      }
    } catch {
      // not the registry's JSON error format: keep the text
    }
    return this.error(
      operation,
      `${response.status} ${response.statusText}${detail ? `: ${detail}` : ""}`,
      response.status,
    );
  }

  private error(operation: string, detail: string, status?: number, cause?: unknown): RegistryError {
    return new RegistryError(
      `OCI registry ${this.registry}, repository ${this.repository}: ${operation}: ${detail}`,
      {
        ...(status === undefined ? {} : { status }),
        cause,
      },
    );
  }
}

function withQuery(url: string, name: string, value: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set(name, value);
  return parsed.toString();
}

function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}

/** `Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:a/b:pull"` → its parts. */
export function parseChallenge(
  header: string,
): { scheme: string; params: Record<string, string> } | undefined {
  const match = /^\s*([A-Za-z]+)\s*(.*)$/.exec(header);
  if (!match) return undefined;
  const params: Record<string, string> = {};
  const pattern = /([A-Za-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))/g;
  for (const param of match[2]!.matchAll(pattern)) {
    params[param[1]!.toLowerCase()] = param[2] !== undefined ? param[2].replace(/\\(.)/g, "$1") : param[3]!;
  }
  return { scheme: match[1]!.toLowerCase(), params };
}
