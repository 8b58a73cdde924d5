import { createRequire as __trainyardCreateRequire } from "node:module";
const require = __trainyardCreateRequire(import.meta.url);
import {
  _default,
  _gte,
  _minLength,
  _positive,
  _regex,
  array,
  boolean,
  catchall,
  dataProfile,
  discriminatedUnion,
  extend,
  int,
  literal,
  nullable,
  number,
  object,
  optional,
  parseDocumentWith,
  parseJsonWith,
  pipe,
  record,
  string,
  transform,
  union,
  unknown
} from "./chunk-TDZUGDA4.js";
import {
  DataError,
  GitHubError,
  isTrainyardError
} from "./chunk-SP6THENM.js";
import "./chunk-UZK6EP4C.js";

// lib/registry/deployments.ts
var modelName = /^[a-z0-9][a-z0-9._-]*$/;
var environmentName = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
var versionLabel = string().check(_regex(/^v[1-9]\d*$/, "a version such as v3"));
var deploymentsSchema = pipe(
  nullable(
    record(
      string().check(_regex(modelName, "a model name in lower case (letters, digits, . _ -)")),
      record(string().check(_regex(environmentName, "an environment name")), versionLabel)
    )
  ),
  transform((value) => value ?? {})
);
var DEPLOYMENTS_FILE = ".trainyard/deployments.yml";
function parseDeployments(text, file = DEPLOYMENTS_FILE) {
  if (text.trim() === "") return {};
  if (text.split(/\r\n|\r|\n/).every((line) => /^\s*(#.*)?$/.test(line))) return {};
  return parseDocumentWith(text, file, {
    schema: deploymentsSchema,
    expected: "models with their environments"
  });
}
function deployedVersion(deployments, model, environment) {
  const environments = Object.hasOwn(deployments, model) ? deployments[model] : void 0;
  const label = environments && Object.hasOwn(environments, environment) ? environments[environment] : void 0;
  return label === void 0 ? void 0 : Number(label.slice(1));
}

// lib/runs/run-record.ts
var digest = string().check(_regex(/^[0-9a-f]{64}$/, "a sha256 in hex"));
var fileDigest = object({
  /** Path relative to the workspace, with forward slashes. */
  path: string().check(_minLength(1)),
  size: int().check(_gte(0)),
  sha256: digest
});
var historyPoint = catchall(object({ step: number() }), number());
var gpuInfo = object({
  index: int().check(_gte(0)),
  name: string(),
  uuid: optional(string()),
  memoryTotalMiB: number().check(_gte(0)),
  driver: string(),
  cuda: optional(string())
});
var statistic = object({ mean: number(), max: number() });
var resourceUse = object({
  gpuCount: int().check(_gte(0)),
  /** GPU-hours: wall time × GPUs the run held. */
  gpuHours: number().check(_gte(0)),
  /** Energy the GPUs drew, integrated from their power samples, in kWh. */
  energyKWh: number().check(_gte(0)),
  cost: optional(
    object({
      currency: literal("USD"),
      amount: number().check(_gte(0)),
      pricePerGpuHour: number().check(_gte(0))
    })
  ),
  telemetry: optional(
    object({
      samples: int().check(_gte(0)),
      intervalSeconds: number().check(_positive()),
      utilizationPercent: statistic,
      memoryUsedMiB: statistic,
      powerWatts: statistic
    })
  )
});
var runRecord = object({
  schemaVersion: literal(1),
  model: string().check(_minLength(1)),
  run: object({
    id: int(),
    attempt: int().check(_gte(1)),
    url: string(),
    workflow: string(),
    job: string(),
    event: string(),
    actor: string(),
    startedAt: string(),
    finishedAt: string(),
    durationSeconds: number().check(_gte(0))
  }),
  git: object({
    repository: string(),
    commit: string(),
    ref: string(),
    pullRequest: optional(int())
  }),
  command: string(),
  exitCode: int(),
  params: record(string(), union([number(), string(), boolean()])),
  /** Flat metric names (`val.accuracy`, nested keys joined with "."), values as numbers. */
  metrics: record(string(), number()),
  /** Metrics per slice, keyed by the slice's name (`country=DE`). */
  slices: _default(record(string(), record(string(), number())), {}),
  history: _default(array(historyPoint), []),
  artifacts: array(fileDigest),
  data: _default(array(fileDigest), []),
  environment: object({
    runner: object({ os: string(), arch: string(), name: string() }),
    gpus: array(gpuInfo),
    /** Versions of tools the run could see: python, torch, cuda, scikit-learn... */
    software: _default(record(string(), string()), {})
  }),
  resources: resourceUse
});

// lib/registry/model-store.ts
var assetLocation = discriminatedUnion("kind", [
  object({ kind: literal("release") }),
  object({
    kind: literal("oci"),
    /** `host[:port]`, e.g. `ghcr.io` or `registry.internal:5000`. */
    registry: string().check(_minLength(1)),
    /** Repository inside the registry, e.g. `acme/churn-model`. */
    repository: string().check(_minLength(1)),
    /** Digest of the artifact's manifest, `sha256:<hex>`: pins the version even if the tag moves. */
    manifestDigest: string().check(_regex(/^sha256:[0-9a-f]{64}$/)),
    /** Digest of this file's layer, `sha256:<hex>` (the file's sha256). */
    layerDigest: string().check(_regex(/^sha256:[0-9a-f]{64}$/))
  })
]);

// lib/registry/version-metadata.ts
var VERSION_METADATA_ASSET = "trainyard.json";
var approval = object({
  login: string(),
  submittedAt: string(),
  /** The commit the approving review was made on. */
  commit: optional(string())
});
var versionMetadata = object({
  schemaVersion: literal(1),
  model: string().check(_minLength(1)),
  version: int().check(_gte(1)),
  tag: string(),
  registeredAt: string(),
  /** The files that make up the model, by name, with their digests and where each is stored. */
  assets: array(extend(fileDigest, { name: string(), location: optional(assetLocation) })),
  /** The commit the version's tag points at: the merge of its pull request. */
  commit: optional(string()),
  pullRequest: optional(
    object({
      number: int(),
      url: string(),
      approvals: array(approval),
      title: optional(string()),
      author: optional(string()),
      headSha: optional(string()),
      mergedAt: optional(string()),
      mergedBy: optional(string()),
      /** Why the approvals sufficed, or that the config requires none. */
      approvalRule: optional(string())
    })
  ),
  /** The training run and artifact the files came from: what makes a re-registration a no-op. */
  source: optional(object({ runId: int(), artifact: string() })),
  /** The workflow run that registered the version. */
  registration: optional(
    object({ runId: int(), runAttempt: int(), url: string(), event: string() })
  ),
  record: runRecord,
  /** Artifact attestations of the model files (register's `attest: true`), one per file. */
  attestations: optional(
    array(
      object({
        asset: string(),
        sha256: string(),
        /** Absent for an attestation an earlier run stored (GitHub lists them without ids). */
        id: optional(int()),
        url: optional(string())
      })
    )
  ),
  /** Per-feature data profile for drift checks later (see lib/drift). */
  dataProfile: optional(unknown())
});
function versionTag(model, version) {
  return `${model}-v${version}`;
}
function parseVersionTag(tag) {
  const match = /^([a-z0-9][a-z0-9._-]*)-v([1-9]\d*)$/.exec(tag);
  return match ? { model: match[1], version: Number(match[2]) } : void 0;
}
function parseVersionMetadata(text, file) {
  return parseJsonWith(text, file, versionMetadata, "version metadata");
}

// lib/github/contents.ts
async function readFileAt(github, where) {
  let data;
  try {
    ({ data } = await github.rest.repos.getContent(where));
  } catch (error) {
    if (error.status === 404) return void 0;
    throw error;
  }
  if (Array.isArray(data) || data.type !== "file" || !("content" in data))
    throw new GitHubError(`${where.path} at ${where.ref} is not a file`, {
      request: `GET contents/${where.path}`
    });
  return Buffer.from(data.content, "base64").toString("utf8");
}

// lib/github/releases.ts
async function downloadReleaseAsset(github, repo, tag, name) {
  let release;
  try {
    ({ data: release } = await github.rest.repos.getReleaseByTag({ ...repo, tag }));
  } catch (error) {
    if (error.status === 404) return void 0;
    throw error;
  }
  const asset = release.assets.find((a) => a.name === name);
  if (!asset) return void 0;
  const response = await github.request("GET /repos/{owner}/{repo}/releases/assets/{asset_id}", {
    ...repo,
    asset_id: asset.id,
    headers: { accept: "application/octet-stream" }
  });
  const data = response.data;
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  if (typeof data === "string") return Buffer.from(data);
  throw new GitHubError(`asset ${name} of ${tag} did not come back as bytes`, {
    request: `GET release asset ${asset.id}`
  });
}
async function listModelVersions(github, repo, options = {}) {
  const releases = await github.paginate(github.rest.repos.listReleases, { ...repo, per_page: 100 });
  const found = releases.filter((release) => !release.draft).flatMap((release) => {
    const parsed = parseVersionTag(release.tag_name);
    if (!parsed || options.model !== void 0 && parsed.model !== options.model) return [];
    return [{ ...parsed, release }];
  }).sort((a, b) => a.model.localeCompare(b.model) || b.version - a.version).slice(0, options.limit ?? Number.POSITIVE_INFINITY);
  const versions = [];
  for (const { model, version, release } of found) {
    const base = {
      model,
      version,
      tag: release.tag_name,
      url: release.html_url,
      publishedAt: release.published_at
    };
    if (!release.assets.some((asset) => asset.name === VERSION_METADATA_ASSET)) {
      versions.push({ ...base, metadata: void 0, problem: `no ${VERSION_METADATA_ASSET} asset` });
      continue;
    }
    try {
      versions.push({ ...base, metadata: await readVersionMetadata(github, repo, release.tag_name) });
    } catch (error) {
      if (!isTrainyardError(error) || error.kind !== "data") throw error;
      versions.push({ ...base, metadata: void 0, problem: error.message });
    }
  }
  return versions;
}
async function readVersionMetadata(github, repo, tag) {
  const bytes = await downloadReleaseAsset(github, repo, tag, VERSION_METADATA_ASSET);
  return bytes && parseVersionMetadata(bytes.toString("utf8"), `${tag}/${VERSION_METADATA_ASSET}`);
}

// lib/github/drift-reference.ts
async function modelReferenceProfile(github, repo, model) {
  const { data: repository } = await github.rest.repos.get({ ...repo });
  const branch = repository.default_branch;
  const text = await readFileAt(github, { ...repo, path: DEPLOYMENTS_FILE, ref: branch });
  const production = text === void 0 ? void 0 : deployedVersion(parseDeployments(text, `${DEPLOYMENTS_FILE}@${branch}`), model, "production");
  let version;
  let label;
  if (production !== void 0) {
    version = production;
    label = `production v${version}`;
  } else {
    const newest = (await listModelVersions(github, repo, { model, limit: 1 }))[0];
    if (!newest)
      throw new DataError(
        `no reference for ${model}: it has no registered version (no Release ${model}-v<N>); give the reference input (data or a profile)`,
        { field: "reference" }
      );
    version = newest.version;
    label = `newest version v${version} (none in production in ${DEPLOYMENTS_FILE} on ${branch})`;
  }
  const tag = versionTag(model, version);
  const metadata = await readVersionMetadata(github, repo, tag);
  if (!metadata)
    throw new DataError(
      `no reference for ${model}: release ${tag} (${label}) has no ${VERSION_METADATA_ASSET}`,
      {
        field: "reference"
      }
    );
  if (metadata.dataProfile === void 0)
    throw new DataError(
      `no reference for ${model}: ${tag} (${label}) was registered without a data profile; register it with the data input, or give the reference input`,
      { file: `${tag}/${VERSION_METADATA_ASSET}`, field: "dataProfile" }
    );
  const parsed = dataProfile.safeParse(metadata.dataProfile);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DataError(`not a data profile: ${issue?.message ?? "invalid"}`, {
      file: `${tag}/${VERSION_METADATA_ASSET}`,
      field: `dataProfile.${issue?.path.join(".") ?? ""}`
    });
  }
  return { profile: parsed.data, version, label };
}
export {
  modelReferenceProfile
};
