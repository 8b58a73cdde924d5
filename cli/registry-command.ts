import { parseArgs } from "node:util";
import { CONFIG_FILE, parseTrainyardConfig, type TrainyardConfig } from "../lib/config/trainyard-config.ts";
import { ConfigError, isTrainyardError } from "../lib/errors.ts";
import { formatNumber } from "../lib/evaluate/compare.ts";
import { createGitHubClient, DEFAULT_API_URL, type GitHubClient } from "../lib/github/client.ts";
import { readFileAt } from "../lib/github/contents.ts";
import { listModelVersions, type ModelVersion, type RepoRef } from "../lib/github/releases.ts";
import { DEPLOYMENTS_FILE, type Deployments, parseDeployments } from "../lib/registry/deployments.ts";

const HELP = `Usage: trainyard registry list [model] [options]
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

/** Metric columns of the list at most: the model's gated metrics first, then others by name. */
const KEY_METRICS = 3;

interface Registry {
  repo: RepoRef;
  defaultBranch: string;
  deployments: Deployments;
  config: TrainyardConfig | undefined;
  versions: ModelVersion[];
}

export async function runRegistryCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      repo: { type: "string" },
      "api-url": { type: "string" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const [action, model, versionText, ...extra] = positionals;
  if (values.help || action === undefined) {
    console.log(HELP);
    return values.help ? 0 : 2;
  }
  if (action !== "list" && action !== "show")
    throw new ConfigError(`unknown registry command "${action}": use list or show`);
  if (extra.length > 0 || (action === "list" && versionText !== undefined))
    throw new ConfigError(`too many arguments: ${positionals.join(" ")}`);
  if (action === "show" && model === undefined)
    throw new ConfigError("name the model: registry show <model> [vN]");
  const version = versionText === undefined ? undefined : parseVersion(versionText);

  const github = clientFromEnvironment(values["api-url"]);
  const registry = await readRegistry(github, repoFrom(values.repo), model);
  if (action === "list") {
    if (model !== undefined && registry.versions.length === 0) {
      console.error(`trainyard: no versions of ${model} in ${registry.repo.owner}/${registry.repo.repo}`);
      return 1;
    }
    process.stdout.write(
      values.json ? `${JSON.stringify(listJson(registry), null, 2)}\n` : listText(registry),
    );
    return 0;
  }
  const chosen =
    version === undefined ? registry.versions[0] : registry.versions.find((v) => v.version === version);
  if (!chosen) {
    console.error(
      `trainyard: no ${version === undefined ? "versions" : `version v${version}`} of ${model} in ${registry.repo.owner}/${registry.repo.repo}`,
    );
    return 1;
  }
  process.stdout.write(
    values.json ? `${JSON.stringify(showJson(registry, chosen), null, 2)}\n` : showText(registry, chosen),
  );
  return 0;
}

function parseVersion(text: string): number {
  const match = /^v?([1-9]\d*)$/.exec(text);
  if (!match) throw new ConfigError(`"${text}" is not a version: write it as v3`);
  return Number(match[1]);
}

function repoFrom(flag: string | undefined): RepoRef {
  const named = flag ?? process.env.GITHUB_REPOSITORY;
  if (!named) throw new ConfigError("name the repository with --repo owner/name (or set GITHUB_REPOSITORY)");
  const [owner, repo, ...rest] = named.split("/");
  if (!owner || !repo || rest.length > 0)
    throw new ConfigError(`"${named}" is not a repository: write it as owner/name`);
  return { owner, repo };
}

function clientFromEnvironment(apiUrl: string | undefined): GitHubClient {
  const token = process.env.GITHUB_TOKEN || process.env.GH_TOKEN;
  if (!token) throw new ConfigError("set GITHUB_TOKEN (a token that can read the repository's contents)");
  return createGitHubClient({
    auth: { kind: "token", token },
    baseUrl: apiUrl ?? (process.env.GITHUB_API_URL || DEFAULT_API_URL),
    userAgent: "trainyard-cli",
  });
}

async function readRegistry(
  github: GitHubClient,
  repo: RepoRef,
  model: string | undefined,
): Promise<Registry> {
  const { data } = await github.rest.repos.get({ owner: repo.owner, repo: repo.repo });
  const defaultBranch = data.default_branch;
  const at = (path: string) => readFileAt(github, { ...repo, path, ref: defaultBranch });
  const [deploymentsText, configText, versions] = await Promise.all([
    at(DEPLOYMENTS_FILE),
    at(CONFIG_FILE),
    listModelVersions(github, repo, model === undefined ? {} : { model }),
  ]);
  let config: TrainyardConfig | undefined;
  if (configText !== undefined) {
    try {
      config = parseTrainyardConfig(configText, `${CONFIG_FILE}@${defaultBranch}`);
    } catch (error) {
      if (!isTrainyardError(error)) throw error;
      console.error(`trainyard: ${error.message} (metrics shown without the model's gates)`);
    }
  }
  const deployments =
    deploymentsText === undefined
      ? {}
      : parseDeployments(deploymentsText, `${DEPLOYMENTS_FILE}@${defaultBranch}`);
  return { repo, defaultBranch, deployments, config, versions };
}

// ---------------------------------------------------------------------------------------------
// What the commands print

function byModel(registry: Registry): Map<string, ModelVersion[]> {
  const models = new Map<string, ModelVersion[]>();
  for (const version of registry.versions)
    models.set(version.model, [...(models.get(version.model) ?? []), version]);
  return models;
}

/** `production: v3` for each environment the deployments file names for the model. */
function aliasesOf(registry: Registry, model: string): Record<string, number> {
  const environments = Object.hasOwn(registry.deployments, model) ? (registry.deployments[model] ?? {}) : {};
  return Object.fromEntries(
    Object.entries(environments).map(([name, label]) => [name, Number(label.slice(1))]),
  );
}

function environmentsRunning(registry: Registry, version: ModelVersion): string[] {
  return Object.entries(aliasesOf(registry, version.model))
    .filter(([, deployed]) => deployed === version.version)
    .map(([environment]) => environment);
}

function keyMetrics(registry: Registry, model: string, versions: ModelVersion[]): string[] {
  const gated = Object.keys(registry.config?.models[model]?.gates ?? {});
  const all = [...new Set(versions.flatMap((v) => Object.keys(v.metadata?.record.metrics ?? {})))].sort();
  return [...new Set([...gated.filter((name) => all.includes(name)), ...all])].slice(0, KEY_METRICS);
}

function digestOf(version: ModelVersion): string | undefined {
  const first = version.metadata?.assets[0];
  return first ? `sha256:${first.sha256}` : undefined;
}

function listJson(registry: Registry) {
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
        ...(version.problem ? { problem: version.problem } : {}),
      })),
    })),
  };
}

function listText(registry: Registry): string {
  const models = byModel(registry);
  if (models.size === 0) return `No model versions in ${registry.repo.owner}/${registry.repo.repo}.\n`;
  const blocks = [...models].map(([model, versions]) => {
    const aliases = Object.entries(aliasesOf(registry, model))
      .map(([environment, version]) => `${environment}: v${version}`)
      .join(", ");
    const metrics = keyMetrics(registry, model, versions);
    const rows = versions.map((version) => {
      const metadata = version.metadata;
      const running = environmentsRunning(registry, version);
      return [
        `v${version.version}`,
        (version.publishedAt ?? "").replace("T", " ").replace(/:\d\d(\.\d+)?Z$/, "Z"),
        digestOf(version)?.slice(0, 19) ?? "—",
        ...metrics.map((name) => {
          const value = metadata?.record.metrics[name];
          return value === undefined ? "—" : formatNumber(value);
        }),
        metadata?.pullRequest ? `#${metadata.pullRequest.number}` : "—",
        (metadata?.pullRequest?.approvals ?? []).map((approval) => approval.login).join(", ") || "—",
        [running.length > 0 ? `← ${running.join(", ")}` : "", version.problem ? `(${version.problem})` : ""]
          .filter(Boolean)
          .join(" "),
      ];
    });
    const header = ["VERSION", "PUBLISHED", "DIGEST", ...metrics, "PR", "APPROVED BY", ""];
    return `${model}${aliases ? `  (${aliases})` : ""}\n${columns([header, ...rows])}`;
  });
  return `${blocks.join("\n\n")}\n`;
}

function showJson(registry: Registry, version: ModelVersion) {
  return {
    model: version.model,
    version: version.version,
    tag: version.tag,
    url: version.url,
    publishedAt: version.publishedAt,
    environments: environmentsRunning(registry, version),
    metadata: version.metadata ?? null,
    ...(version.problem ? { problem: version.problem } : {}),
  };
}

function showText(registry: Registry, version: ModelVersion): string {
  const lines = [`${version.model} v${version.version}  ${version.url}`];
  const running = environmentsRunning(registry, version);
  lines.push(`  runs in      ${running.length > 0 ? running.join(", ") : "no environment"}`);
  lines.push(`  published    ${version.publishedAt ?? "—"}`);
  const metadata = version.metadata;
  if (!metadata) {
    lines.push(`  metadata     ${version.problem ?? "none"}`);
    return `${lines.join("\n")}\n`;
  }
  const pull = metadata.pullRequest;
  lines.push(
    `  registered   ${metadata.registeredAt}`,
    `  commit       ${metadata.commit ?? metadata.record.git.commit}`,
    `  pull request ${pull ? `#${pull.number} ${pull.url}${pull.title ? `  "${pull.title}"` : ""}` : "—"}`,
    `  approved by  ${pull && pull.approvals.length > 0 ? pull.approvals.map((a) => `${a.login} (${a.submittedAt})`).join(", ") : "—"}`,
    `  training run ${metadata.record.run.url}`,
    "",
    "  files",
    columns(
      metadata.assets.map((asset) => [asset.name, `${asset.size} bytes`, `sha256:${asset.sha256}`]),
      "    ",
    ),
    "",
    "  metrics",
    columns(
      Object.entries(metadata.record.metrics).map(([name, value]) => [name, formatNumber(value)]),
      "    ",
    ),
  );
  const params = Object.entries(metadata.record.params);
  if (params.length > 0)
    lines.push(
      "",
      "  params",
      columns(
        params.map(([name, value]) => [name, String(value)]),
        "    ",
      ),
    );
  if (metadata.record.data.length > 0)
    lines.push(
      "",
      "  data",
      columns(
        metadata.record.data.map((file) => [file.path, `${file.size} bytes`, `sha256:${file.sha256}`]),
        "    ",
      ),
    );
  return `${lines.join("\n")}\n`;
}

/** Rows as aligned columns, two spaces apart. */
function columns(rows: string[][], indent = "  "): string {
  const widths = rows.reduce<number[]>(
    (found, row) => row.map((cell, i) => Math.max(found[i] ?? 0, [...cell].length)),
    [],
  );
  return rows
    .map(
      (row) =>
        indent +
        row
          .map((cell, i) => cell.padEnd(widths[i] ?? 0))
          .join("  ")
          .trimEnd(),
    )
    .join("\n");
}
