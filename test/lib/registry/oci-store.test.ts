import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseTrainyardConfig } from "../../../lib/config/trainyard-config.ts";
import { DataError, RegistryError } from "../../../lib/errors.ts";
import {
  createModelStore,
  type ModelStore,
  modelVersionAnnotations,
  type StoreFile,
} from "../../../lib/registry/model-store.ts";
import {
  MODEL_ARTIFACT_TYPE,
  MODEL_FILE_MEDIA_TYPE,
  OCI_EMPTY_MEDIA_TYPE,
  OCI_MANIFEST_MEDIA_TYPE,
  type OciCredentials,
  ociStoreConfig,
  parseChallenge,
} from "../../../lib/registry/oci-store.ts";
import { type OciRegistry, startOciRegistry } from "../../helpers/oci-registry.ts";
import { localServer } from "../../helpers/webhook-receiver.ts";

const MiB = 1024 * 1024;

interface SeenRequest {
  method: string;
  url: string;
  headers: Headers;
  status: number;
}

/** Node's fetch, recording each request the store makes and what the registry answered. */
function recordingFetch(seen: SeenRequest[]): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    seen.push({
      method: init?.method ?? "GET",
      url: String(input),
      headers: new Headers(init?.headers),
      status: response.status,
    });
    return response;
  };
}

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "trainyard-oci-store-"));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function modelFile(name: string, size: number): Promise<StoreFile & { bytes: Buffer }> {
  const bytes = randomBytes(size);
  const path = join(work, `${name}.${Math.random().toString(36).slice(2)}`);
  await writeFile(path, bytes);
  return { name, path, size, sha256: createHash("sha256").update(bytes).digest("hex"), bytes };
}

function ociStore(
  registry: OciRegistry,
  repository: string,
  extra: { chunkSize?: number; credentials?: OciCredentials; fetch?: typeof fetch; retries?: number } = {},
): ModelStore {
  return createModelStore("oci", {
    oci: {
      config: ociStoreConfig.parse({ repository: `${registry.host}/${repository}` }),
      retryDelayMs: 1,
      ...extra,
    },
  });
}

const annotations = modelVersionAnnotations({
  model: "churn",
  version: 3,
  created: "2026-11-22T10:00:00Z",
  source: "https://github.com/acme/churn",
  revision: "0123456789abcdef0123456789abcdef01234567",
});

describe("the OCI store against a real registry (docker-registry, no auth)", () => {
  let registry: OciRegistry;
  beforeAll(async () => {
    registry = await startOciRegistry();
  });
  afterAll(async () => {
    await registry?.stop();
  });

  it("pushes a 20 MiB file in 5 MiB chunks and a small one in one request, and pulls both back byte for byte", async () => {
    const weights = await modelFile("model.safetensors", 20 * MiB + 123);
    const card = await modelFile("tokenizer.json", 4000);
    const seen: SeenRequest[] = [];
    const store = ociStore(registry, "acme/churn-model", { chunkSize: 5 * MiB, fetch: recordingFetch(seen) });

    const locations = await store.put("churn-v3", [weights, card], annotations);

    const patches = seen.filter((request) => request.method === "PATCH");
    expect(patches.map((request) => request.headers.get("content-range"))).toEqual([
      `0-${5 * MiB - 1}`,
      `${5 * MiB}-${10 * MiB - 1}`,
      `${10 * MiB}-${15 * MiB - 1}`,
      `${15 * MiB}-${20 * MiB - 1}`,
      `${20 * MiB}-${20 * MiB + 122}`,
    ]);
    expect(patches.every((request) => request.status === 202)).toBe(true);
    const finished = seen.filter((request) => request.method === "PUT" && request.url.includes("digest="));
    expect(finished.map((request) => new URL(request.url).searchParams.get("digest"))).toEqual([
      "sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a",
      `sha256:${weights.sha256}`,
      `sha256:${card.sha256}`,
    ]);

    const weightsAt = locations.get("model.safetensors");
    expect(weightsAt).toMatchObject({
      kind: "oci",
      registry: registry.host,
      repository: "acme/churn-model",
      layerDigest: `sha256:${weights.sha256}`,
    });
    expect(locations.get("tokenizer.json")).toMatchObject({
      manifestDigest: weightsAt?.kind === "oci" ? weightsAt.manifestDigest : "",
    });

    // A fresh store, configured for nothing: it reads where the locations say.
    const reader = createModelStore("oci", { oci: { retryDelayMs: 1 } });
    const out = await mkdtemp(join(work, "pull-"));
    await reader.get(
      "model.safetensors",
      weightsAt!,
      weights.sha256,
      join(out, "model", "model.safetensors"),
    );
    await reader.get(
      "tokenizer.json",
      locations.get("tokenizer.json")!,
      card.sha256,
      join(out, "tokenizer.json"),
    );
    expect((await readFile(join(out, "model", "model.safetensors"))).equals(weights.bytes)).toBe(true);
    expect((await readFile(join(out, "tokenizer.json"))).equals(card.bytes)).toBe(true);
    expect((await readdir(out)).sort()).toEqual(["model", "tokenizer.json"]);
  });

  it("stores a manifest that OCI tools read as a Trainyard model artifact, tagged with the version", async () => {
    const weights = await modelFile("model.onnx", 3000);
    const store = ociStore(registry, "acme/manifest-check");
    const locations = await store.put("churn-v7", [weights], annotations);
    const location = locations.get("model.onnx");
    if (location?.kind !== "oci") throw new Error("expected an OCI location");

    const response = await fetch(`${registry.url}/v2/acme/manifest-check/manifests/churn-v7`, {
      headers: { accept: OCI_MANIFEST_MEDIA_TYPE },
    });
    expect(response.headers.get("content-type")).toBe(OCI_MANIFEST_MEDIA_TYPE);
    expect(response.headers.get("docker-content-digest")).toBe(location.manifestDigest);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(`sha256:${createHash("sha256").update(bytes).digest("hex")}`).toBe(location.manifestDigest);
    expect(JSON.parse(bytes.toString())).toEqual({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST_MEDIA_TYPE,
      artifactType: MODEL_ARTIFACT_TYPE,
      config: {
        mediaType: OCI_EMPTY_MEDIA_TYPE,
        digest: "sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a",
        size: 2,
      },
      layers: [
        {
          mediaType: MODEL_FILE_MEDIA_TYPE,
          digest: `sha256:${weights.sha256}`,
          size: 3000,
          annotations: { "org.opencontainers.image.title": "model.onnx" },
        },
      ],
      annotations: {
        "org.opencontainers.image.created": "2026-11-22T10:00:00Z",
        "org.opencontainers.image.revision": "0123456789abcdef0123456789abcdef01234567",
        "org.opencontainers.image.source": "https://github.com/acme/churn",
        "org.opencontainers.image.version": "v3",
        "trainyard.model": "churn",
        "trainyard.version": "3",
      },
    });
    const config = await fetch(`${registry.url}/v2/acme/manifest-check/blobs/${OCI_EMPTY_DIGEST}`);
    expect(await config.text()).toBe("{}");
    const tags = (await (await fetch(`${registry.url}/v2/acme/manifest-check/tags/list`)).json()) as {
      tags: string[];
    };
    expect(tags.tags).toEqual(["churn-v7"]);
  });

  it("uploads nothing when the same version is stored again", async () => {
    const weights = await modelFile("model.bin", 12 * MiB);
    const first = await ociStore(registry, "acme/again", { chunkSize: 5 * MiB }).put(
      "churn-v1",
      [weights],
      annotations,
    );

    const seen: SeenRequest[] = [];
    const second = await ociStore(registry, "acme/again", {
      chunkSize: 5 * MiB,
      fetch: recordingFetch(seen),
    }).put("churn-v1", [weights], annotations);
    expect(second).toEqual(first);
    expect(seen.map((request) => `${request.method} ${request.status}`)).toEqual([
      "HEAD 200", // config blob
      "HEAD 200", // model.bin
      "HEAD 200", // manifest churn-v1, same digest
    ]);
  });

  it("refuses a file whose expected digest differs, and leaves no file behind", async () => {
    const weights = await modelFile("model.bin", 64 * 1024);
    const locations = await ociStore(registry, "acme/wrong-digest").put("churn-v2", [weights], annotations);
    const out = await mkdtemp(join(work, "wrong-"));
    const otherDigest = createHash("sha256").update("something else").digest("hex");

    const failure = ociStore(registry, "acme/wrong-digest").get(
      "model.bin",
      locations.get("model.bin")!,
      otherDigest,
      join(out, "model.bin"),
    );
    await expect(failure).rejects.toThrow(DataError);
    await expect(failure).rejects.toThrow(/^model\.bin: .*sha256:/);
    expect(await readdir(out)).toEqual([]);
  });

  it("refuses a layer whose bytes were changed in the registry, and leaves no file behind", async () => {
    const weights = await modelFile("model.bin", 6 * MiB + 7);
    const locations = await ociStore(registry, "acme/tampered", { chunkSize: 5 * MiB }).put(
      "churn-v4",
      [weights],
      annotations,
    );
    const tampered = Buffer.from(weights.bytes);
    tampered[4 * MiB] = (tampered[4 * MiB]! + 1) % 256;
    await writeFile(registry.blobPath(`sha256:${weights.sha256}`), tampered);

    const out = await mkdtemp(join(work, "tampered-"));
    const failure = ociStore(registry, "acme/tampered").get(
      "model.bin",
      locations.get("model.bin")!,
      weights.sha256,
      join(out, "model.bin"),
    );
    await expect(failure).rejects.toThrow(DataError);
    await expect(failure).rejects.toThrow(
      `model.bin: the bytes from ${registry.host}/acme/tampered (${6 * MiB + 7} bytes, sha256:${createHash("sha256").update(tampered).digest("hex")}) do not match the expected sha256:${weights.sha256}`,
    );
    expect(await readdir(out)).toEqual([]);
  });

  it("retries a chunk the registry answered 503 to and a download cut by a network error", async () => {
    const weights = await modelFile("model.bin", 11 * MiB);
    const seen: SeenRequest[] = [];
    const realFetch = recordingFetch(seen);
    let patches = 0;
    let downloads = 0;
    const flaky: typeof fetch = async (input, init) => {
      if (init?.method === "PATCH" && ++patches === 2) {
        await (init.body as ReadableStream | undefined)?.cancel();
        seen.push({ method: "PATCH", url: String(input), headers: new Headers(init.headers), status: 503 });
        return new Response("busy", { status: 503, statusText: "Service Unavailable" });
      }
      if ((init?.method ?? "GET") === "GET" && String(input).includes("/blobs/") && ++downloads === 1) {
        throw new TypeError("fetch failed", { cause: { code: "ECONNRESET" } });
      }
      return realFetch(input, init);
    };
    const store = ociStore(registry, "acme/flaky", { chunkSize: 5 * MiB, fetch: flaky });
    const locations = await store.put("churn-v1", [weights], annotations);
    expect(
      seen
        .filter((request) => request.method === "PATCH")
        .map((r) => `${r.headers.get("content-range")} ${r.status}`),
    ).toEqual([
      `0-${5 * MiB - 1} 202`,
      `${5 * MiB}-${10 * MiB - 1} 503`,
      `${5 * MiB}-${10 * MiB - 1} 202`,
      `${10 * MiB}-${11 * MiB - 1} 202`,
    ]);

    const out = await mkdtemp(join(work, "flaky-"));
    await store.get("model.bin", locations.get("model.bin")!, weights.sha256, join(out, "model.bin"));
    expect((await readFile(join(out, "model.bin"))).equals(weights.bytes)).toBe(true);
    expect(downloads).toBe(2);
  });

  it("refuses a file that changed after it was hashed, naming it", async () => {
    const weights = await modelFile("model.bin", 7 * MiB);
    await writeFile(weights.path, randomBytes(weights.size));
    const store = ociStore(registry, "acme/changed", { chunkSize: 5 * MiB });
    const failure = store.put("churn-v1", [weights], annotations);
    await expect(failure).rejects.toThrow(DataError);
    await expect(failure).rejects.toThrow(
      `model.bin: ${registry.host}/acme/changed received bytes that do not hash to sha256:${weights.sha256}: the file changed after it was hashed`,
    );
    await writeFile(weights.path, randomBytes(10));
    await expect(store.put("churn-v1", [weights], annotations)).rejects.toThrow(
      `model.bin: is 10 bytes on disk, but ${7 * MiB} bytes were hashed`,
    );
  });

  it("gives up after its retries and names the registry, repository, operation and status", async () => {
    const weights = await modelFile("model.bin", 1000);
    let attempts = 0;
    const down: typeof fetch = async (input, init) => {
      if (init?.method === "POST") {
        attempts++;
        return new Response('{"errors":[{"code":"UNAVAILABLE","message":"maintenance"}]}', {
          status: 503,
          statusText: "Service Unavailable",
        });
      }
      return fetch(input, init);
    };
    const failure = ociStore(registry, "acme/down", { fetch: down, retries: 2 }).put(
      "churn-v1",
      [weights],
      annotations,
    );
    await expect(failure).rejects.toThrow(RegistryError);
    await expect(failure).rejects.toThrow(
      `OCI registry ${registry.host}, repository acme/down: start upload of blob sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a (config): 503 Service Unavailable: UNAVAILABLE: maintenance`,
    );
    expect(attempts).toBe(3);
  });

  it("says which version is missing when the manifest is not in the registry", async () => {
    const missing = `sha256:${"0".repeat(64)}`;
    const failure = ociStore(registry, "acme/churn-model").get(
      "model.bin",
      {
        kind: "oci",
        registry: registry.host,
        repository: "acme/churn-model",
        manifestDigest: missing,
        layerDigest: missing,
      },
      "0".repeat(64),
      join(work, "never.bin"),
    );
    await expect(failure).rejects.toThrow(
      `OCI registry ${registry.host}, repository acme/churn-model: get manifest ${missing}: 404 Not Found: MANIFEST_UNKNOWN`,
    );
  });
});

describe("the OCI store against a registry with Basic auth (htpasswd)", () => {
  let registry: OciRegistry;
  beforeAll(async () => {
    registry = await startOciRegistry({ kind: "htpasswd", username: "ci", password: "s3cret" });
  });
  afterAll(async () => {
    await registry?.stop();
  });

  it("pushes and pulls with the right password", async () => {
    const weights = await modelFile("model.bin", 7 * MiB);
    const credentials = { username: "ci", password: "s3cret" };
    const store = ociStore(registry, "ml/churn", { chunkSize: 5 * MiB, credentials });
    const locations = await store.put("churn-v1", [weights], annotations);
    const out = await mkdtemp(join(work, "basic-"));
    await store.get("model.bin", locations.get("model.bin")!, weights.sha256, join(out, "model.bin"));
    expect((await readFile(join(out, "model.bin"))).equals(weights.bytes)).toBe(true);
  });

  it("follows the registry's redirect of a download to storage, without sending the credentials there", async () => {
    const weights = await modelFile("model.bin", 3 * MiB);
    const credentials = { username: "ci", password: "s3cret" };
    const basic = `Basic ${Buffer.from("ci:s3cret").toString("base64")}`;
    // Storage on another origin, as registries redirect blob downloads to S3 or a CDN with a signed URL.
    const storageSaw: Array<string | undefined> = [];
    const storage = await localServer(async (req, res) => {
      storageSaw.push(req.headers.authorization);
      const digest = new URL(req.url ?? "/", "http://storage").searchParams.get("blob");
      const blob = await fetch(`${registry.url}/v2/ml/churn/blobs/${digest}`, {
        headers: { authorization: basic },
      });
      res.writeHead(blob.status, { "content-type": "application/octet-stream" });
      res.end(Buffer.from(await blob.arrayBuffer()));
    });
    // The registry as the store sees it: everything passes through, but blob downloads answer 307.
    const front = await localServer(async (req, res) => {
      const blobGet = req.method === "GET" && /\/blobs\/sha256:/.test(req.url ?? "");
      if (blobGet && req.headers.authorization) {
        const digest = (req.url ?? "").split("/blobs/")[1];
        res.writeHead(307, { location: `${storage.origin}/data?blob=${digest}&signature=abc` });
        res.end();
        return;
      }
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const headers = Object.fromEntries(
        Object.entries(req.headers).filter(
          ([name]) => !["host", "connection", "content-length"].includes(name),
        ),
      ) as Record<string, string>;
      const answer = await fetch(`${registry.url}${req.url}`, {
        method: req.method ?? "GET",
        headers,
        ...(chunks.length > 0 ? { body: Buffer.concat(chunks) } : {}),
        redirect: "manual",
      });
      const location = answer.headers.get("location");
      res.writeHead(answer.status, {
        ...Object.fromEntries(answer.headers),
        ...(location ? { location: location.replace(registry.url, front.origin) } : {}),
      });
      res.end(Buffer.from(await answer.arrayBuffer()));
    });
    const host = front.origin.replace("http://", "");
    const store = createModelStore("oci", {
      oci: { config: ociStoreConfig.parse({ repository: `${host}/ml/churn` }), credentials, retryDelayMs: 1 },
    });
    const locations = await store.put("churn-v9", [weights], annotations);
    const out = await mkdtemp(join(work, "redirect-"));
    await store.get("model.bin", locations.get("model.bin")!, weights.sha256, join(out, "model.bin"));

    expect((await readFile(join(out, "model.bin"))).equals(weights.bytes)).toBe(true);
    expect(storageSaw).toEqual([undefined]);
  });

  it("sends the credentials only to the registry of the config", async () => {
    const weights = await modelFile("model.bin", 1000);
    const credentials = { username: "ci", password: "s3cret" };
    const locations = await ociStore(registry, "ml/churn", { credentials }).put(
      "churn-v5",
      [weights],
      annotations,
    );
    const elsewhere = createModelStore("oci", {
      oci: { config: ociStoreConfig.parse({ repository: "registry.example:5000/ml/churn" }), credentials },
    });
    await expect(
      elsewhere.get("model.bin", locations.get("model.bin")!, weights.sha256, join(work, "elsewhere.bin")),
    ).rejects.toThrow(/asks for a user name and password/);
  });

  it("says the registry wants credentials when none are given, and refuses a wrong password", async () => {
    const weights = await modelFile("model.bin", 100);
    await expect(ociStore(registry, "ml/churn").put("churn-v2", [weights], annotations)).rejects.toThrow(
      `OCI registry ${registry.host}, repository ml/churn: check blob sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a (config): the registry asks for a user name and password (Basic)`,
    );
    const wrong = ociStore(registry, "ml/churn", { credentials: { username: "ci", password: "nope" } });
    const failure = wrong.put("churn-v2", [weights], annotations);
    await expect(failure).rejects.toThrow(RegistryError);
    await expect(failure).rejects.toMatchObject({ status: 401 });
  });
});

describe("the OCI store against a registry with token auth (Bearer challenge, as ghcr.io)", () => {
  let registry: OciRegistry;
  beforeAll(async () => {
    registry = await startOciRegistry({ kind: "token", username: "octocat", password: "ghs_token" });
  });
  afterAll(async () => {
    await registry?.stop();
  });

  it("fetches a token for the repository's scope with the credentials, then pushes and pulls", async () => {
    const weights = await modelFile("model.bin", 6 * MiB);
    const credentials = { username: "octocat", password: "ghs_token" };
    const locations = await ociStore(registry, "acme/churn-model", { chunkSize: 5 * MiB, credentials }).put(
      "churn-v1",
      [weights],
      annotations,
    );
    expect(registry.tokenRequests).toEqual([
      {
        username: "octocat",
        service: "trainyard-test-registry",
        scopes: ["repository:acme/churn-model:pull,push", "repository:acme/churn-model:pull"],
        status: 200,
      },
    ]);

    const reader = createModelStore("oci", { oci: { credentials, retryDelayMs: 1 } });
    const out = await mkdtemp(join(work, "token-"));
    await reader.get("model.bin", locations.get("model.bin")!, weights.sha256, join(out, "model.bin"));
    expect((await readFile(join(out, "model.bin"))).equals(weights.bytes)).toBe(true);
    expect(registry.tokenRequests.at(-1)?.scopes).toEqual(["repository:acme/churn-model:pull"]);
  });

  it("names the token service when it refuses the credentials", async () => {
    const weights = await modelFile("model.bin", 100);
    const store = ociStore(registry, "acme/churn-model", {
      credentials: { username: "octocat", password: "expired" },
    });
    const failure = store.put("churn-v2", [weights], annotations);
    await expect(failure).rejects.toThrow(RegistryError);
    await expect(failure).rejects.toThrow(
      /token service http:\/\/127\.0\.0\.1:\d+\/token refused the credentials of "octocat": 401/,
    );
  });
});

describe("the store registry and the config", () => {
  it("needs the Release store passed in: lib/registry does no GitHub I/O", () => {
    expect(() => createModelStore("release", {})).toThrow(/options\.release/);
    const release: ModelStore = { kind: "release", put: async () => new Map(), get: async () => undefined };
    expect(createModelStore("release", { release: () => release })).toBe(release);
  });

  it("reads the OCI repository from the config, and refuses one without a registry host", () => {
    expect(ociStoreConfig.parse({ repository: "ghcr.io/acme/churn-model" })).toEqual({
      repository: "ghcr.io/acme/churn-model",
      chunk_size_mib: 4,
      insecure: false,
    });
    expect(ociStoreConfig.safeParse({ repository: "churn-model" }).success).toBe(false);
    expect(ociStoreConfig.safeParse({ repository: "ghcr.io/Acme/Churn" }).success).toBe(false);
  });

  it("accepts the README's OCI store example as written", () => {
    const readme = readFileSync("README.md", "utf8");
    const section = readme.slice(readme.indexOf("## Where model versions are kept"));
    const example = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
    const config = parseTrainyardConfig(example, "README.md");
    expect(config.models.churn?.registry).toMatchObject({
      store: "oci",
      oci: { repository: "ghcr.io/acme/churn-model", chunk_size_mib: 4, insecure: false },
    });
  });

  it("parses Bearer and Basic challenges as registries send them", () => {
    expect(
      parseChallenge(
        'Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:acme/churn:pull"',
      ),
    ).toEqual({
      scheme: "bearer",
      params: { realm: "https://ghcr.io/token", service: "ghcr.io", scope: "repository:acme/churn:pull" },
    });
    expect(parseChallenge('Basic realm="trainyard-test"')).toEqual({
      scheme: "basic",
      params: { realm: "trainyard-test" },
    });
  });
});

const OCI_EMPTY_DIGEST = "sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a";
