import { createRequire as __trainyardCreateRequire } from "node:module";
const require = __trainyardCreateRequire(import.meta.url);
import {
  CONFIG_FILE,
  VERSION_METADATA_ASSET,
  parseTrainyardConfig,
  parseVersionMetadata,
  parseVersionTag
} from "./chunk-CSJ4Y5FU.js";
import {
  DEFAULT_API_URL,
  DEPLOYMENTS_FILE,
  createGitHubClient,
  parseDeployments
} from "./chunk-JQPMXO5M.js";
import "./chunk-KSK3BMTL.js";
import {
  formatNumber
} from "./chunk-W6PCX6RR.js";
import "./chunk-OV7LGPEV.js";
import "./chunk-GTQZ2Z3F.js";
import {
  ConfigError,
  GitHubError,
  isTrainyardError
} from "./chunk-ND3XTC2T.js";
import "./chunk-L3VH6XS6.js";

// cli/registry-command.ts
import { parseArgs } from "node:util";

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

// cli/registry-command.ts
var HELP = `Usage: trainyard registry list [model] [options]
       trainyard registry show <model> [vN] [options]

Shows a repository's model versions (its Releases tagged <model>-v<N>, each with a trainyard.json)
and which version runs where (.trainyard/deployments.yml on the default branch).

  list   every version of every model (or of one): date, digest, key metrics, pull request, approvers
  show   one version in full (the newest when no vN is given): files, metrics, params, data, approvals

Options:
  --repo <owner/name>   The repository (default: $GITHUB_REPOSITORY)
  --api-url <url>       GitHub's REST API (default: $GITHUB_API_URL, else https://api.github.com)
  --json                Print JSON instead of text
  -h, --help            Show this help

The token comes from $GITHUB_TOKEN (or $GH_TOKEN); reading Releases needs contents: read.

Exit status: 0 shown, 1 no such model or version, 2 a usage or configuration error.`;
var KEY_METRICS = 3;
async function runRegistryCommand(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      repo: { type: "string" },
      "api-url": { type: "string" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false }
    }
  });
  const [action, model, versionText, ...extra] = positionals;
  if (values.help || action === void 0) {
    console.log(HELP);
    return values.help ? 0 : 2;
  }
  if (action !== "list" && action !== "show")
    throw new ConfigError(`unknown registry command "${action}": use list or show`);
  if (extra.length > 0 || action === "list" && versionText !== void 0)
    throw new ConfigError(`too many arguments: ${positionals.join(" ")}`);
  if (action === "show" && model === void 0)
    throw new ConfigError("name the model: registry show <model> [vN]");
  const version = versionText === void 0 ? void 0 : parseVersion(versionText);
  const github = clientFromEnvironment(values["api-url"]);
  const registry = await readRegistry(github, repoFrom(values.repo), model);
  if (action === "list") {
    if (model !== void 0 && registry.versions.length === 0) {
      console.error(`trainyard: no versions of ${model} in ${registry.repo.owner}/${registry.repo.repo}`);
      return 1;
    }
    process.stdout.write(
      values.json ? `${JSON.stringify(listJson(registry), null, 2)}
` : listText(registry)
    );
    return 0;
  }
  const chosen = version === void 0 ? registry.versions[0] : registry.versions.find((v) => v.version === version);
  if (!chosen) {
    console.error(
      `trainyard: no ${version === void 0 ? "versions" : `version v${version}`} of ${model} in ${registry.repo.owner}/${registry.repo.repo}`
    );
    return 1;
  }
  process.stdout.write(
    values.json ? `${JSON.stringify(showJson(registry, chosen), null, 2)}
` : showText(registry, chosen)
  );
  return 0;
}
function parseVersion(text) {
  const match = /^v?([1-9]\d*)$/.exec(text);
  if (!match) throw new ConfigError(`"${text}" is not a version: write it as v3`);
  return Number(match[1]);
}
function repoFrom(flag) {
  const named = flag ?? process.env.GITHUB_REPOSITORY;
  if (!named) throw new ConfigError("name the repository with --repo owner/name (or set GITHUB_REPOSITORY)");
  const [owner, repo, ...rest] = named.split("/");
  if (!owner || !repo || rest.length > 0)
    throw new ConfigError(`"${named}" is not a repository: write it as owner/name`);
  return { owner, repo };
}
function clientFromEnvironment(apiUrl) {
  const token = process.env.GITHUB_TOKEN || process.env.GH_TOKEN;
  if (!token) throw new ConfigError("set GITHUB_TOKEN (a token that can read the repository's contents)");
  return createGitHubClient({
    auth: { kind: "token", token },
    baseUrl: apiUrl ?? (process.env.GITHUB_API_URL || DEFAULT_API_URL),
    userAgent: "trainyard-cli"
  });
}
async function readRegistry(github, repo, model) {
  const { data } = await github.rest.repos.get({ owner: repo.owner, repo: repo.repo });
  const defaultBranch = data.default_branch;
  const at = (path) => readFileAt(github, { ...repo, path, ref: defaultBranch });
  const [deploymentsText, configText, versions] = await Promise.all([
    at(DEPLOYMENTS_FILE),
    at(CONFIG_FILE),
    listModelVersions(github, repo, model === void 0 ? {} : { model })
  ]);
  let config;
  if (configText !== void 0) {
    try {
      config = parseTrainyardConfig(configText, `${CONFIG_FILE}@${defaultBranch}`);
    } catch (error) {
      if (!isTrainyardError(error)) throw error;
      console.error(`trainyard: ${error.message} (metrics shown without the model's gates)`);
    }
  }
  const deployments = deploymentsText === void 0 ? {} : parseDeployments(deploymentsText, `${DEPLOYMENTS_FILE}@${defaultBranch}`);
  return { repo, defaultBranch, deployments, config, versions };
}
function byModel(registry) {
  const models = /* @__PURE__ */ new Map();
  for (const version of registry.versions)
    models.set(version.model, [...models.get(version.model) ?? [], version]);
  return models;
}
function aliasesOf(registry, model) {
  const environments = Object.hasOwn(registry.deployments, model) ? registry.deployments[model] ?? {} : {};
  return Object.fromEntries(
    Object.entries(environments).map(([name, label]) => [name, Number(label.slice(1))])
  );
}
function environmentsRunning(registry, version) {
  return Object.entries(aliasesOf(registry, version.model)).filter(([, deployed]) => deployed === version.version).map(([environment]) => environment);
}
function keyMetrics(registry, model, versions) {
  const gated = Object.keys(registry.config?.models[model]?.gates ?? {});
  const all = [...new Set(versions.flatMap((v) => Object.keys(v.metadata?.record.metrics ?? {})))].sort();
  return [.../* @__PURE__ */ new Set([...gated.filter((name) => all.includes(name)), ...all])].slice(0, KEY_METRICS);
}
function digestOf(version) {
  const first = version.metadata?.assets[0];
  return first ? `sha256:${first.sha256}` : void 0;
}
function listJson(registry) {
  return {
    repository: `${registry.repo.owner}/${registry.repo.repo}`,
    models: [...byModel(registry)].map(([model, versions]) => ({
      model,
      aliases: aliasesOf(registry, model),
      versions: versions.map((version) => ({
        version: version.version,
        tag: version.tag,
        url: version.url,
        publishedAt: version.publishedAt,
        registeredAt: version.metadata?.registeredAt ?? null,
        digest: digestOf(version) ?? null,
        metrics: version.metadata?.record.metrics ?? {},
        pullRequest: version.metadata?.pullRequest?.number ?? null,
        approvals: (version.metadata?.pullRequest?.approvals ?? []).map((approval) => approval.login),
        environments: environmentsRunning(registry, version),
        ...version.problem ? { problem: version.problem } : {}
      }))
    }))
  };
}
function listText(registry) {
  const models = byModel(registry);
  if (models.size === 0) return `No model versions in ${registry.repo.owner}/${registry.repo.repo}.
`;
  const blocks = [...models].map(([model, versions]) => {
    const aliases = Object.entries(aliasesOf(registry, model)).map(([environment, version]) => `${environment}: v${version}`).join(", ");
    const metrics = keyMetrics(registry, model, versions);
    const rows = versions.map((version) => {
      const metadata = version.metadata;
      const running = environmentsRunning(registry, version);
      return [
        `v${version.version}`,
        (version.publishedAt ?? "").replace("T", " ").replace(/:\d\d(\.\d+)?Z$/, "Z"),
        digestOf(version)?.slice(0, 19) ?? "\u2014",
        ...metrics.map((name) => {
          const value = metadata?.record.metrics[name];
          return value === void 0 ? "\u2014" : formatNumber(value);
        }),
        metadata?.pullRequest ? `#${metadata.pullRequest.number}` : "\u2014",
        (metadata?.pullRequest?.approvals ?? []).map((approval) => approval.login).join(", ") || "\u2014",
        [running.length > 0 ? `\u2190 ${running.join(", ")}` : "", version.problem ? `(${version.problem})` : ""].filter(Boolean).join(" ")
      ];
    });
    const header = ["VERSION", "PUBLISHED", "DIGEST", ...metrics, "PR", "APPROVED BY", ""];
    return `${model}${aliases ? `  (${aliases})` : ""}
${columns([header, ...rows])}`;
  });
  return `${blocks.join("\n\n")}
`;
}
function showJson(registry, version) {
  return {
    model: version.model,
    version: version.version,
    tag: version.tag,
    url: version.url,
    publishedAt: version.publishedAt,
    environments: environmentsRunning(registry, version),
    metadata: version.metadata ?? null,
    ...version.problem ? { problem: version.problem } : {}
  };
}
function showText(registry, version) {
  const lines = [`${version.model} v${version.version}  ${version.url}`];
  const running = environmentsRunning(registry, version);
  lines.push(`  runs in      ${running.length > 0 ? running.join(", ") : "no environment"}`);
  lines.push(`  published    ${version.publishedAt ?? "\u2014"}`);
  const metadata = version.metadata;
  if (!metadata) {
    lines.push(`  metadata     ${version.problem ?? "none"}`);
    return `${lines.join("\n")}
`;
  }
  const pull = metadata.pullRequest;
  lines.push(
    `  registered   ${metadata.registeredAt}`,
    `  commit       ${metadata.commit ?? metadata.record.git.commit}`,
    `  pull request ${pull ? `#${pull.number} ${pull.url}${pull.title ? `  "${pull.title}"` : ""}` : "\u2014"}`,
    `  approved by  ${pull && pull.approvals.length > 0 ? pull.approvals.map((a) => `${a.login} (${a.submittedAt})`).join(", ") : "\u2014"}`,
    `  training run ${metadata.record.run.url}`,
    "",
    "  files",
    columns(
      metadata.assets.map((asset) => [asset.name, `${asset.size} bytes`, `sha256:${asset.sha256}`]),
      "    "
    ),
    "",
    "  metrics",
    columns(
      Object.entries(metadata.record.metrics).map(([name, value]) => [name, formatNumber(value)]),
      "    "
    )
  );
  const params = Object.entries(metadata.record.params);
  if (params.length > 0)
    lines.push(
      "",
      "  params",
      columns(
        params.map(([name, value]) => [name, String(value)]),
        "    "
      )
    );
  if (metadata.record.data.length > 0)
    lines.push(
      "",
      "  data",
      columns(
        metadata.record.data.map((file) => [file.path, `${file.size} bytes`, `sha256:${file.sha256}`]),
        "    "
      )
    );
  return `${lines.join("\n")}
`;
}
function columns(rows, indent = "  ") {
  const widths = rows.reduce(
    (found, row) => row.map((cell, i) => Math.max(found[i] ?? 0, [...cell].length)),
    []
  );
  return rows.map(
    (row) => indent + row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("  ").trimEnd()
  ).join("\n");
}
export {
  runRegistryCommand
};
