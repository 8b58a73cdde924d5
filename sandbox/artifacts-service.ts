import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { SandboxResponse, WebRequest, WebRoute } from "./http.ts";
import { type ArtifactRecord, type RepoRecord, timestamp, type WorkflowRunRecord } from "./state.ts";
import type { SandboxWorld } from "./world.ts";

/**
 * The Actions results service that @actions/artifact (v2+) talks to on a runner: twirp JSON calls
 * under `$ACTIONS_RESULTS_URL/twirp/github.actions.results.api.v1.ArtifactService/`, authorised by
 * ACTIONS_RUNTIME_TOKEN, and signed blob URLs that @azure/storage-blob uploads to (Put Block, Put
 * Block List) and that downloads read from. Artifacts land on `repo.artifacts` once finalized.
 */

/**
 * What a results-service route needs of a request. The sandbox server gives web routes only
 * `{ world, url, match }` today; `method`, `headers` and `rawBody` are what it must add for the
 * twirp calls and blob uploads, which carry a body (downloads work without them).
 */
export type ResultsRequest = WebRequest;
export type ResultsWebRoute = WebRoute;

const TWIRP_SERVICE = "github.actions.results.api.v1.ArtifactService";
const DEFAULT_RETENTION_DAYS = 90;
const RUNTIME_TOKEN_LIFETIME_SECONDS = 6 * 60 * 60;
const SIGNED_URL_LIFETIME_SECONDS = 60 * 60;
/**
 * Runtime tokens and blob URLs are HMAC-signed so that a tampered, truncated or stale one is
 * refused as GitHub refuses it; the key is fixed so that tokens survive a sandbox restarted on
 * the same state file. It guards against mistakes, not attackers: the sandbox serves localhost.
 */
const SIGNING_KEY = "trainyard-sandbox-actions-results";

// ---------------------------------------------------------------------------------------------
// Backend ids and runtime tokens

/** GitHub's backend ids are UUIDs; the sandbox derives them from the run so they need no storage. */
function uuidFrom(seed: string): string {
  const hex = createHash("sha256").update(seed).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function workflowRunBackendId(repo: RepoRecord, run: WorkflowRunRecord): string {
  return uuidFrom(`workflow-run:${repo.id}:${run.id}`);
}

export function jobRunBackendId(repo: RepoRecord, run: WorkflowRunRecord, job: string): string {
  return uuidFrom(`workflow-job-run:${repo.id}:${run.id}:${job}`);
}

export function findRunByBackendId(
  world: SandboxWorld,
  backendId: string,
): { repo: RepoRecord; run: WorkflowRunRecord } | undefined {
  for (const repo of Object.values(world.state.repos))
    for (const run of Object.values(repo.workflowRuns))
      if (workflowRunBackendId(repo, run) === backendId) return { repo, run };
  return undefined;
}

function hmac(data: string): string {
  return createHmac("sha256", SIGNING_KEY).update(data).digest("base64url");
}

function sameSignature(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * An ACTIONS_RUNTIME_TOKEN for one job of a run: an HS256 JWT whose `scp` claim carries
 * `Actions.Results:<workflowRunBackendId>:<workflowJobRunBackendId>`, as the runner's does.
 */
export function mintRuntimeToken(
  repo: RepoRecord,
  run: WorkflowRunRecord,
  options: { job?: string; lifetimeSeconds?: number } = {},
): string {
  const job = options.job ?? "build";
  const now = Math.floor(Date.now() / 1000);
  const header = { typ: "JWT", alg: "HS256" };
  const claims = {
    scp: `Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:${workflowRunBackendId(repo, run)}:${jobRunBackendId(repo, run, job)}`,
    ac: "[]",
    iss: "vstoken.actions.githubusercontent.com",
    aud: "vso:sandbox",
    nbf: now - 60,
    iat: now,
    exp: now + (options.lifetimeSeconds ?? RUNTIME_TOKEN_LIFETIME_SECONDS),
    repository_id: String(repo.id),
    run_id: String(run.id),
  };
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const unsigned = `${encode(header)}.${encode(claims)}`;
  return `${unsigned}.${hmac(unsigned)}`;
}

interface RuntimeScope {
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
}

function verifyRuntimeToken(authorization: string | undefined): RuntimeScope {
  const token = /^bearer\s+(\S+)$/i.exec(authorization?.trim() ?? "")?.[1];
  if (!token) throw new TwirpError(401, "unauthenticated", "missing bearer token");
  const [header, payload, signature] = token.split(".");
  if (!header || !payload || !signature || !sameSignature(signature, hmac(`${header}.${payload}`)))
    throw new TwirpError(401, "unauthenticated", "invalid runtime token");
  let claims: { scp?: unknown; exp?: unknown };
  try {
    claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    throw new TwirpError(401, "unauthenticated", "invalid runtime token");
  }
  if (typeof claims.exp !== "number" || claims.exp < Date.now() / 1000)
    throw new TwirpError(401, "unauthenticated", "runtime token expired");
  const results = String(claims.scp ?? "")
    .split(" ")
    .map((scope) => scope.split(":"))
    .find((parts) => parts[0] === "Actions.Results" && parts.length === 3);
  if (!results?.[1] || !results[2])
    throw new TwirpError(403, "permission_denied", "runtime token has no Actions.Results scope");
  return { workflowRunBackendId: results[1], workflowJobRunBackendId: results[2] };
}

// ---------------------------------------------------------------------------------------------
// Signed blob URLs

function signedUrl(origin: string, path: string, method: "GET" | "PUT"): string {
  const expiry = new Date(Date.now() + SIGNED_URL_LIFETIME_SECONDS * 1000).toISOString();
  const signature = hmac(`${method}\n${path}\n${expiry}`);
  return `${origin}${path}?se=${encodeURIComponent(expiry)}&sp=${method === "GET" ? "r" : "cw"}&sig=${signature}`;
}

function checkSignedUrl(url: URL, method: "GET" | "PUT"): void {
  const expiry = url.searchParams.get("se") ?? "";
  const signature = url.searchParams.get("sig") ?? "";
  if (!sameSignature(signature, hmac(`${method}\n${url.pathname}\n${expiry}`)))
    throw new BlobError(
      403,
      "AuthenticationFailed",
      "Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.",
    );
  if (!(Date.parse(expiry) > Date.now()))
    throw new BlobError(403, "AuthenticationFailed", "Signed expiry time must be after signed start time");
}

function artifactFileName(artifact: ArtifactRecord): string {
  return `${artifact.name}.zip`;
}

/** Where an artifact's zip can be fetched without further credentials, for a while. */
export function artifactDownloadUrl(origin: string, artifact: ArtifactRecord): string {
  return signedUrl(
    origin,
    `/_blobs/artifacts/${artifact.id}/${encodeURIComponent(artifactFileName(artifact))}`,
    "GET",
  );
}

// ---------------------------------------------------------------------------------------------
// Artifact records

/** Bytes a base64 string decodes to, without decoding it (artifacts can be large). */
export function base64DecodedLength(base64: string): number {
  const padding = base64.endsWith("==") ? 2 : base64.endsWith("=") ? 1 : 0;
  return (base64.length / 4) * 3 - padding;
}

export function isArtifactExpired(artifact: ArtifactRecord): boolean {
  return artifact.expired || Date.parse(artifact.expiresAt) <= Date.now();
}

export function findArtifact(
  world: SandboxWorld,
  artifactId: number,
): { repo: RepoRecord; artifact: ArtifactRecord } | undefined {
  for (const repo of Object.values(world.state.repos)) {
    const artifact = repo.artifacts[String(artifactId)];
    if (artifact) return { repo, artifact };
  }
  return undefined;
}

function sha256Digest(content: Buffer): string {
  return `sha256:${createHash("sha256").update(content).digest("hex")}`;
}

/** Records a finished artifact on a run; `expiresAt` defaults to GitHub's 90-day retention. */
export function storeArtifact(
  world: SandboxWorld,
  repo: RepoRecord,
  run: WorkflowRunRecord,
  upload: { name: string; zip: Buffer; expiresAt?: string },
): ArtifactRecord {
  const expiresAt = upload.expiresAt
    ? new Date(upload.expiresAt)
    : new Date(Date.now() + DEFAULT_RETENTION_DAYS * 24 * 3600 * 1000);
  const artifact: ArtifactRecord = {
    id: world.id(),
    runId: run.id,
    name: upload.name,
    content: upload.zip.toString("base64"),
    digest: sha256Digest(upload.zip),
    expired: false,
    createdAt: world.now(),
    expiresAt: timestamp(expiresAt),
  };
  repo.artifacts[String(artifact.id)] = artifact;
  world.changed();
  return artifact;
}

function liveArtifactsOfRun(repo: RepoRecord, run: WorkflowRunRecord): ArtifactRecord[] {
  return Object.values(repo.artifacts)
    .filter((a) => a.runId === run.id && !isArtifactExpired(a))
    .sort((a, b) => a.id - b.id);
}

// ---------------------------------------------------------------------------------------------
// Uploads in flight (between CreateArtifact and FinalizeArtifact); not part of the saved state

interface PendingUpload {
  uploadId: string;
  repo: RepoRecord;
  run: WorkflowRunRecord;
  name: string;
  expiresAt: string | undefined;
  stagedBlocks: Map<string, Buffer>;
  committed: Buffer | undefined;
}

const pendingUploadsByWorld = new WeakMap<SandboxWorld, Map<string, PendingUpload>>();

function pendingUploads(world: SandboxWorld): Map<string, PendingUpload> {
  let uploads = pendingUploadsByWorld.get(world);
  if (!uploads) {
    uploads = new Map();
    pendingUploadsByWorld.set(world, uploads);
  }
  return uploads;
}

function pendingUploadFor(world: SandboxWorld, run: WorkflowRunRecord, name: string) {
  return [...pendingUploads(world).values()].find((u) => u.run.id === run.id && u.name === name);
}

// ---------------------------------------------------------------------------------------------
// Twirp

/** Twirp's error: an HTTP status and `{ code, msg }`. */
class TwirpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface TwirpCall {
  world: SandboxWorld;
  origin: string;
  scope: RuntimeScope;
  repo: RepoRecord;
  run: WorkflowRunRecord;
  body: Record<string, unknown>;
}

function stringField(body: Record<string, unknown>, field: string): string {
  const value = body[field];
  if (typeof value !== "string" || value === "")
    throw new TwirpError(400, "invalid_argument", `${field} is required`);
  return value;
}

function optionalString(body: Record<string, unknown>, field: string): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw new TwirpError(400, "malformed", `${field} must be a string`);
  return value;
}

/** Proto3 JSON writes int64 as a string, but accepts a number too. */
function optionalInt64(body: Record<string, unknown>, field: string): number | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  const parsed = typeof value === "number" ? value : typeof value === "string" ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(parsed)) throw new TwirpError(400, "malformed", `${field} must be an int64`);
  return parsed;
}

function requireOwnJob(call: TwirpCall): void {
  if (stringField(call.body, "workflow_job_run_backend_id") !== call.scope.workflowJobRunBackendId)
    throw new TwirpError(403, "permission_denied", "the runtime token is for another job");
}

function createArtifact(call: TwirpCall): Record<string, unknown> {
  const { world, repo, run, body } = call;
  requireOwnJob(call);
  const name = stringField(body, "name");
  if (run.status === "completed")
    throw new TwirpError(412, "failed_precondition", `workflow run ${run.id} has completed`);
  if (liveArtifactsOfRun(repo, run).some((a) => a.name === name))
    throw new TwirpError(
      409,
      "already_exists",
      "an artifact with this name already exists on the workflow run",
    );
  const expiresAt = optionalString(body, "expires_at");
  if (expiresAt !== undefined && Number.isNaN(Date.parse(expiresAt)))
    throw new TwirpError(400, "malformed", "expires_at must be an RFC 3339 timestamp");

  const uploads = pendingUploads(world);
  const replaced = pendingUploadFor(world, run, name);
  if (replaced) uploads.delete(replaced.uploadId);
  const uploadId = randomBytes(12).toString("hex");
  uploads.set(uploadId, {
    uploadId,
    repo,
    run,
    name,
    expiresAt,
    stagedBlocks: new Map(),
    committed: undefined,
  });
  const path = `/_blobs/uploads/${uploadId}/${encodeURIComponent(`${name}.zip`)}`;
  return { ok: true, signed_upload_url: signedUrl(call.origin, path, "PUT") };
}

function finalizeArtifact(call: TwirpCall): Record<string, unknown> {
  const { world, repo, run, body } = call;
  requireOwnJob(call);
  const name = stringField(body, "name");
  const upload = pendingUploadFor(world, run, name);
  if (!upload) throw new TwirpError(404, "not_found", `no artifact named ${name} is being uploaded`);
  if (!upload.committed)
    throw new TwirpError(412, "failed_precondition", `artifact ${name} has no committed blob`);
  const size = optionalInt64(body, "size");
  if (size !== undefined && size !== upload.committed.length)
    throw new TwirpError(
      400,
      "invalid_argument",
      `size ${size} does not match the ${upload.committed.length} bytes uploaded`,
    );
  const digest = sha256Digest(upload.committed);
  const claimedHash = optionalString(body, "hash");
  if (claimedHash !== undefined && claimedHash !== digest)
    throw new TwirpError(
      400,
      "invalid_argument",
      `hash ${claimedHash} does not match the uploaded ${digest}`,
    );
  pendingUploads(world).delete(upload.uploadId);
  const artifact = storeArtifact(world, repo, run, {
    name,
    zip: upload.committed,
    expiresAt: upload.expiresAt,
  });
  return { ok: true, artifact_id: String(artifact.id) };
}

function listArtifacts(call: TwirpCall): Record<string, unknown> {
  const { repo, run, body, scope } = call;
  const nameFilter = optionalString(body, "name_filter");
  const idFilter = optionalInt64(body, "id_filter");
  const artifacts = liveArtifactsOfRun(repo, run)
    .filter((a) => nameFilter === undefined || a.name === nameFilter)
    .filter((a) => idFilter === undefined || a.id === idFilter)
    .map((a) => ({
      workflow_run_backend_id: scope.workflowRunBackendId,
      workflow_job_run_backend_id: scope.workflowJobRunBackendId,
      database_id: String(a.id),
      name: a.name,
      size: String(base64DecodedLength(a.content)),
      created_at: a.createdAt,
      digest: a.digest,
    }));
  return { artifacts };
}

function artifactNamed(call: TwirpCall): ArtifactRecord {
  const name = stringField(call.body, "name");
  const artifact = liveArtifactsOfRun(call.repo, call.run).find((a) => a.name === name);
  if (!artifact) throw new TwirpError(404, "not_found", `artifact ${name} not found`);
  return artifact;
}

function getSignedArtifactUrl(call: TwirpCall): Record<string, unknown> {
  return { signed_url: artifactDownloadUrl(call.origin, artifactNamed(call)) };
}

function deleteArtifact(call: TwirpCall): Record<string, unknown> {
  const artifact = artifactNamed(call);
  delete call.repo.artifacts[String(artifact.id)];
  call.world.changed();
  return { ok: true, artifact_id: String(artifact.id) };
}

const TWIRP_METHODS: Record<string, (call: TwirpCall) => Record<string, unknown>> = {
  CreateArtifact: createArtifact,
  FinalizeArtifact: finalizeArtifact,
  ListArtifacts: listArtifacts,
  GetSignedArtifactURL: getSignedArtifactUrl,
  DeleteArtifact: deleteArtifact,
};

function twirpResponse(status: number, body: unknown): SandboxResponse {
  return {
    status,
    body: Buffer.from(JSON.stringify(body)),
    headers: { "content-type": "application/json" },
  };
}

function serveTwirp(request: ResultsRequest): SandboxResponse {
  try {
    const method = TWIRP_METHODS[request.match[1] ?? ""];
    if (!method) throw new TwirpError(404, "bad_route", `no handler for ${request.url.pathname}`);
    const scope = verifyRuntimeToken(headerValue(request.headers.authorization));
    let body: unknown;
    try {
      body = JSON.parse(request.rawBody.toString("utf8") || "{}");
    } catch {
      throw new TwirpError(400, "malformed", "the request body is not JSON");
    }
    if (typeof body !== "object" || body === null || Array.isArray(body))
      throw new TwirpError(400, "malformed", "the request body is not a JSON object");
    const fields = body as Record<string, unknown>;
    if (stringField(fields, "workflow_run_backend_id") !== scope.workflowRunBackendId)
      throw new TwirpError(403, "permission_denied", "the runtime token is for another workflow run");
    const found = findRunByBackendId(request.world, scope.workflowRunBackendId);
    if (!found) throw new TwirpError(404, "not_found", "workflow run not found");
    return twirpResponse(
      200,
      method({ world: request.world, origin: request.url.origin, scope, ...found, body: fields }),
    );
  } catch (error) {
    if (!(error instanceof TwirpError)) throw error;
    return twirpResponse(error.status, { code: error.code, msg: error.message });
  }
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

// ---------------------------------------------------------------------------------------------
// Blob storage (the subset of Azure's Blob REST API that @azure/storage-blob's uploads use)

class BlobError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function blobErrorResponse(error: BlobError): SandboxResponse {
  const xml = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${error.code}</Code><Message>${escapeXml(error.message)}</Message></Error>`;
  return {
    status: error.status,
    body: Buffer.from(xml),
    headers: { "content-type": "application/xml", "x-ms-error-code": error.code },
  };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function blobHeaders(): Record<string, string> {
  return {
    "x-ms-request-id": randomBytes(16).toString("hex"),
    "x-ms-version": "2025-01-05",
    date: new Date().toUTCString(),
  };
}

/** Block ids in a Put Block List body, in order (`<Latest>`, `<Uncommitted>` or `<Committed>`). */
function blockListIds(xml: string): string[] {
  return [...xml.matchAll(/<(Latest|Uncommitted|Committed)>([^<]*)<\/\1>/g)].map((m) => m[2] ?? "");
}

function serveBlobUpload(request: ResultsRequest): SandboxResponse {
  try {
    checkSignedUrl(request.url, "PUT");
    const upload = pendingUploads(request.world).get(request.match[1] ?? "");
    if (!upload) throw new BlobError(404, "BlobNotFound", "The specified blob does not exist.");
    const operation = request.url.searchParams.get("comp");
    if (operation === "block") {
      const blockId = request.url.searchParams.get("blockid");
      if (!blockId) throw new BlobError(400, "InvalidQueryParameterValue", "blockid is required");
      upload.stagedBlocks.set(blockId, request.rawBody);
      return { status: 201, headers: blobHeaders() };
    }
    if (operation === "blocklist") {
      const ids = blockListIds(request.rawBody.toString("utf8"));
      const blocks = ids.map((id) => upload.stagedBlocks.get(id));
      if (blocks.some((block) => block === undefined))
        throw new BlobError(400, "InvalidBlockList", "The specified block list is invalid.");
      upload.committed = Buffer.concat(blocks as Buffer[]);
      upload.stagedBlocks.clear();
    } else if (operation === null) {
      if (headerValue(request.headers?.["x-ms-blob-type"]) !== "BlockBlob")
        throw new BlobError(400, "MissingRequiredHeader", "x-ms-blob-type must be BlockBlob");
      upload.committed = request.rawBody;
    } else throw new BlobError(400, "InvalidQueryParameterValue", `comp=${operation} is not supported`);
    return {
      status: 201,
      headers: {
        ...blobHeaders(),
        etag: `"0x${createHash("sha256").update(upload.committed).digest("hex").slice(0, 16).toUpperCase()}"`,
        "last-modified": new Date().toUTCString(),
        "x-ms-request-server-encrypted": "true",
      },
    };
  } catch (error) {
    if (!(error instanceof BlobError)) throw error;
    return blobErrorResponse(error);
  }
}

function serveArtifactDownload(request: ResultsRequest): SandboxResponse {
  try {
    checkSignedUrl(request.url, "GET");
    const found = findArtifact(request.world, Number(request.match[1]));
    if (!found || isArtifactExpired(found.artifact))
      throw new BlobError(404, "BlobNotFound", "The specified blob does not exist.");
    const fileName = artifactFileName(found.artifact);
    return {
      status: 200,
      body: Buffer.from(found.artifact.content, "base64"),
      headers: {
        ...blobHeaders(),
        "content-type": "application/zip",
        "content-disposition": `attachment; filename="${fileName.replace(/[^\x20-\x7e]|"/g, "_")}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        "x-ms-blob-type": "BlockBlob",
      },
    };
  } catch (error) {
    if (!(error instanceof BlobError)) throw error;
    return blobErrorResponse(error);
  }
}

export const resultsServiceRoutes: ResultsWebRoute[] = [
  {
    method: "POST",
    pattern: new RegExp(`^/twirp/${TWIRP_SERVICE.replace(/\./g, "\\.")}/([A-Za-z]+)$`),
    handler: serveTwirp,
  },
  { method: "PUT", pattern: /^\/_blobs\/uploads\/([0-9a-f]+)\/[^/]+$/, handler: serveBlobUpload },
  { method: "GET", pattern: /^\/_blobs\/artifacts\/(\d+)\/[^/]+$/, handler: serveArtifactDownload },
];
