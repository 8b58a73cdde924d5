import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { readData } from "../lib/data/sources.ts";
import { ConfigError } from "../lib/errors.ts";
import { CODEOWNERS_LOCATIONS, parseCodeowners } from "../lib/registry/codeowners.ts";
import { TableSchemaInferrer } from "../lib/schema/infer.ts";
import {
  codeownersLine,
  configText,
  DEPLOYMENTS_OWNERS_PATTERN,
  deploymentsText,
  fillTemplate,
  type ProjectFacts,
  schemaText,
} from "./init-files.ts";

const HELP = `Usage: trainyard init [--model <name>] [--data <path>] [--owners <@user|@org/team>...] [--force] [--dry-run]

Sets a repository up for Trainyard: looks at what is there (data files, requirements.txt or
pyproject.toml, existing workflows) and writes

  .github/workflows/ml-ci.yml, ml-cd.yml, ml-monitor.yml, ml-report-fork.yml   the workflows
  .github/trainyard.yml          the configuration, commented, with its JSON Schema for editors
  <data dir>/schema.yml          a data contract inferred from the data (types, ranges, enums)
  .trainyard/deployments.yml     what runs where (nothing yet)
  .github/CODEOWNERS             a line naming who approves promotions

Existing files are left alone unless --force is given.

Options:
  --model <name>     The model's name (default: the repository folder's name)
  --data <path>      The training data: a file or folder (default: the data files found)
  --owners <list>    Who approves promotions, e.g. "@acme/ml-leads" (default: the GitHub owner of origin)
  --force            Overwrite files that exist
  --dry-run          Say what would be written, write nothing
  -h, --help         Show this help`;

const DATA_EXTENSIONS = /\.(csv|tsv|jsonl|ndjson|parquet)(\.gz)?$/i;
const DATA_FOLDERS = ["data", "datasets", "dataset", "input", "inputs", "."];
/** Rows read from each data file, and files read, to infer the contract. */
const SAMPLE_ROWS = 10_000;
const MAX_SAMPLED_FILES = 20;
const TEMPLATES = ["ml-ci.yml", "ml-cd.yml", "ml-monitor.yml", "ml-report-fork.yml"];

export async function runInitCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      model: { type: "string" },
      data: { type: "string" },
      owners: { type: "string" },
      force: { type: "boolean", default: false },
      "dry-run": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const root = gitRoot(process.cwd());
  const model = values.model ?? modelNameOf(path.basename(root));
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(model))
    throw new ConfigError(`--model: "${model}" is not a model name (lower case letters, digits, . _ -)`);

  const found = findData(root, values.data);
  const dataDir = found.files.length > 0 ? found.path : undefined;
  const schemaFile = path.posix.join(dataDir && dataDir !== "." ? folderOf(dataDir) : "data", "schema.yml");
  const install = fs.existsSync(path.join(root, "requirements.txt"))
    ? "pip install -r requirements.txt"
    : fs.existsSync(path.join(root, "pyproject.toml"))
      ? "pip install ."
      : undefined;
  const facts: ProjectFacts = {
    model,
    defaultBranch: defaultBranch(root),
    data: dataDir,
    schemaFile,
    dataBytes: found.files.reduce((sum, file) => sum + fs.statSync(path.join(root, file)).size, 0),
    install,
    repositoryName: path.basename(root),
  };

  console.log(`trainyard init in ${root}`);
  console.log(`  model: ${model}; default branch: ${facts.defaultBranch}`);
  console.log(
    dataDir
      ? `  data: ${dataDir} (${found.files.length} file${found.files.length === 1 ? "" : "s"}, ${(facts.dataBytes / 1e6).toFixed(1)} MB${facts.dataBytes >= 512 * 1024 * 1024 ? ", validated in 4 shards" : ""})`
      : "  data: none found in data/, datasets/, input/ or the root: set DATA and SCHEMA in the workflows",
  );
  console.log(
    `  python: ${install ?? "no requirements.txt or pyproject.toml: set the install step in ml-ci.yml"}`,
  );
  const workflowsDir = path.join(root, ".github", "workflows");
  const existing = fs.existsSync(workflowsDir)
    ? fs.readdirSync(workflowsDir).filter((name) => /\.ya?ml$/.test(name) && !TEMPLATES.includes(name))
    : [];
  if (existing.length > 0) console.log(`  workflows already there, left alone: ${existing.join(", ")}`);

  const templates = templatesDir();
  const files: Array<{ file: string; text: () => Promise<string> | string; append?: boolean }> = [
    ...TEMPLATES.map((name) => ({
      file: `.github/workflows/${name}`,
      text: () => fillTemplate(fs.readFileSync(path.join(templates, name), "utf8"), facts),
    })),
    { file: ".github/trainyard.yml", text: () => configText(facts) },
    { file: ".trainyard/deployments.yml", text: () => deploymentsText(model) },
  ];
  if (found.files.length > 0)
    files.push({ file: schemaFile, text: () => inferSchema(root, found.files.slice(0, MAX_SAMPLED_FILES)) });
  const codeowners = codeownersPlan(root, values.owners);

  const dryRun = values["dry-run"];
  let written = 0;
  for (const { file, text } of files) {
    const target = path.join(root, file);
    if (fs.existsSync(target) && !values.force) {
      console.log(`  skipped  ${file} (it exists; --force overwrites it)`);
      continue;
    }
    const content = await text();
    if (!dryRun) {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, content);
    }
    written++;
    console.log(`  ${dryRun ? "would write" : "wrote"}  ${file}`);
  }
  if (codeowners.skip) console.log(`  skipped  ${codeowners.file} (${codeowners.skip})`);
  else {
    if (!dryRun) {
      const target = path.join(root, codeowners.file);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      const before = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : "";
      fs.writeFileSync(target, `${before}${before && !before.endsWith("\n") ? "\n" : ""}${codeowners.line}`);
    }
    written++;
    console.log(
      `  ${dryRun ? "would add to" : "added to"}  ${codeowners.file}: ${codeowners.line.trim().split("\n").at(-1)}`,
    );
  }
  console.log(
    dryRun
      ? `${written} file(s) would be written; nothing was.`
      : `${written} file(s) written. Next: review ${schemaFile} and .github/trainyard.yml, set the repository variable TRAINYARD_GPU_RUNNER for a GPU, commit, and open a pull request.`,
  );
  return 0;
}

/** Where the package keeps the templates: beside the bundle (cli/dist) or the source (cli/). */
function templatesDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const candidate of [
    path.resolve(here, "../../workflows-templates"),
    path.resolve(here, "../workflows-templates"),
  ])
    if (fs.existsSync(path.join(candidate, "ml-ci.yml"))) return candidate;
  throw new ConfigError(
    `the workflow templates are missing from this installation of trainyard (looked beside ${here})`,
  );
}

function git(cwd: string, args: string[]): string | undefined {
  try {
    return (
      execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim() ||
      undefined
    );
  } catch {
    return undefined;
  }
}

function gitRoot(cwd: string): string {
  return git(cwd, ["rev-parse", "--show-toplevel"]) ?? cwd;
}

/** origin's default branch, else the branch checked out, else main. */
function defaultBranch(root: string): string {
  const remoteHead = git(root, ["symbolic-ref", "--quiet", "--short", "refs/remotes/origin/HEAD"]);
  if (remoteHead) return remoteHead.replace(/^origin\//, "");
  return git(root, ["symbolic-ref", "--quiet", "--short", "HEAD"]) ?? "main";
}

function modelNameOf(folder: string): string {
  const name = folder
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^[^a-z0-9]+|-+$/g, "");
  return name || "model";
}

function folderOf(dataPath: string): string {
  return DATA_EXTENSIONS.test(dataPath) ? path.posix.dirname(dataPath) : dataPath.replace(/\/+$/, "");
}

/** The data: what --data names, else the first common folder holding data files (3 levels deep). */
function findData(root: string, given: string | undefined): { path: string; files: string[] } {
  if (given !== undefined) {
    const target = path.join(root, given);
    if (!fs.existsSync(target)) throw new ConfigError(`--data: ${given} does not exist`);
    const files = fs.statSync(target).isDirectory() ? listData(root, given, 3) : [given];
    return {
      path: files.length > 0 && fs.statSync(target).isDirectory() ? `${given.replace(/\/+$/, "")}/` : given,
      files,
    };
  }
  for (const folder of DATA_FOLDERS) {
    if (!fs.existsSync(path.join(root, folder))) continue;
    const files = listData(root, folder, folder === "." ? 0 : 3);
    if (files.length > 0)
      return {
        path: folder === "." ? (files[0] as string) : `${folder}/`,
        files: folder === "." ? files.slice(0, 1) : files,
      };
  }
  return { path: "data/", files: [] };
}

/** Data files under a folder (relative to root, largest first), skipping hidden and dependency folders. */
function listData(root: string, folder: string, depth: number): string[] {
  const found: string[] = [];
  const walk = (relative: string, level: number) => {
    for (const entry of fs.readdirSync(path.join(root, relative), { withFileTypes: true })) {
      if (entry.name.startsWith(".") || entry.name === "node_modules" || entry.name === "__pycache__")
        continue;
      const child = relative === "." ? entry.name : path.posix.join(relative, entry.name);
      if (entry.isDirectory() && level < depth) walk(child, level + 1);
      else if (entry.isFile() && DATA_EXTENSIONS.test(entry.name)) found.push(child);
    }
  };
  walk(folder, 0);
  return found.sort(
    (a, b) =>
      fs.statSync(path.join(root, b)).size - fs.statSync(path.join(root, a)).size || a.localeCompare(b),
  );
}

/** The contract every sampled file meets: one inference over the first rows of each. */
async function inferSchema(root: string, files: string[]): Promise<string> {
  let inferrer: TableSchemaInferrer | undefined;
  let header = "";
  let rows = 0;
  for (const file of files) {
    let columns = "";
    const result = await readData(
      path.join(root, file),
      { maxRows: SAMPLE_ROWS },
      (row) => {
        if (columns === header) inferrer?.observeRow(row);
      },
      (names) => {
        columns = names.join("\u0000");
        if (inferrer === undefined) {
          header = columns;
          inferrer = new TableSchemaInferrer(names);
        }
      },
    );
    if (columns === header) rows += result.rows;
  }
  if (!inferrer) throw new ConfigError("has no columns to infer a schema from", { file: files[0] ?? "" });
  const shown =
    files.length === 1
      ? (files[0] as string)
      : `${files.length} files (${files.slice(0, 3).join(", ")}${files.length > 3 ? ", ..." : ""})`;
  return schemaText(inferrer.finish(), shown, rows);
}

/** The CODEOWNERS file to add the line to, or why not: a rule for deployments.yml is there already. */
function codeownersPlan(
  root: string,
  owners: string | undefined,
): { file: string; line: string; skip?: string } {
  const file =
    CODEOWNERS_LOCATIONS.find((candidate) => fs.existsSync(path.join(root, candidate))) ??
    ".github/CODEOWNERS";
  const line = codeownersLine(
    owners === undefined ? originOwner(root) : owners.split(/[\s,]+/).filter(Boolean),
  );
  const target = path.join(root, file);
  if (fs.existsSync(target)) {
    // A rule of its own for the file (or its folder), not a catch-all such as `*`, which the
    // line added at the end overrides for this file alone.
    const deployments = DEPLOYMENTS_OWNERS_PATTERN.slice(1);
    const rule = parseCodeowners(fs.readFileSync(target, "utf8"), file).rules.find(
      (r) => r.matches(deployments) && !r.matches("README.md") && !r.matches("src/index.ts"),
    );
    if (rule)
      return { file, line, skip: `line ${rule.line} already names the owners of .trainyard/deployments.yml` };
    if (fs.readFileSync(target, "utf8").includes(DEPLOYMENTS_OWNERS_PATTERN))
      return {
        file,
        line,
        skip: "its line for .trainyard/deployments.yml is commented out: name the owners there",
      };
  }
  return { file, line };
}

/** `@owner` of origin's GitHub URL (a user or an organisation: name a team with --owners). */
function originOwner(root: string): string[] {
  const url = git(root, ["remote", "get-url", "origin"]);
  const owner = url && /github\.com[:/]([A-Za-z0-9-]+)\//.exec(url)?.[1];
  return owner ? [`@${owner}`] : [];
}
