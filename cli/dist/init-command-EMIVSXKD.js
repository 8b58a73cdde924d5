import { createRequire as __trainyardCreateRequire } from "node:module";
const require = __trainyardCreateRequire(import.meta.url);
import {
  TableSchemaInferrer
} from "./chunk-HU65S6RB.js";
import {
  readData
} from "./chunk-UJ3F4ZQT.js";
import {
  thousands
} from "./chunk-F3UCSHKE.js";
import {
  require_dist
} from "./chunk-GTQZ2Z3F.js";
import "./chunk-H3MNTIMB.js";
import {
  ConfigError
} from "./chunk-ND3XTC2T.js";
import {
  __toESM
} from "./chunk-L3VH6XS6.js";

// cli/init-command.ts
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

// lib/registry/codeowners.ts
var CODEOWNERS_LOCATIONS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];
function parseCodeowners(text, file) {
  const rules = [];
  const skipped = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const content = stripComment(raw).trim();
    if (content === "") return;
    const [pattern = "", ...tokens] = splitUnescaped(content);
    if (pattern.startsWith("!")) {
      skipped.push({ line, reason: `negated pattern ${pattern}: CODEOWNERS has no negation` });
      return;
    }
    if (/(?<!\\)\[/.test(pattern)) {
      skipped.push({ line, reason: `pattern ${pattern}: CODEOWNERS has no [ ] ranges` });
      return;
    }
    const owners = [];
    const emails = [];
    for (const token of tokens) {
      if (/^@[A-Za-z0-9][A-Za-z0-9-]*(\/[A-Za-z0-9._-]+)?$/.test(token)) owners.push(token.slice(1));
      else if (/^[^@\s]+@[^@\s]+$/.test(token)) emails.push(token);
      else skipped.push({ line, reason: `owner ${token} is neither @user, @org/team nor an e-mail` });
    }
    const matcher = patternMatcher(pattern);
    rules.push({ pattern, owners, emails, line, matches: (path2) => matcher.test(path2) });
  });
  return { file, rules, skipped };
}
function stripComment(line) {
  const at = line.search(/(?<!\\)#/);
  return at < 0 ? line : line.slice(0, at);
}
function splitUnescaped(text) {
  return (text.match(/(?:\\.|[^\s\\])+/g) ?? []).filter(Boolean);
}
function patternMatcher(pattern) {
  let segments = pattern.split("/");
  if (segments[0] === "") segments = segments.slice(1);
  else if (segments.length === 1 || segments.length === 2 && segments[1] === "") {
    if (segments[0] !== "**") segments = ["**", ...segments];
  }
  if (segments.length > 1 && segments.at(-1) === "") segments[segments.length - 1] = "**";
  const last = segments.length - 1;
  let source = "^";
  let needSlash = false;
  segments.forEach((segment, i) => {
    if (segment === "**") {
      if (i === 0 && i === last) source += ".+";
      else if (i === 0) {
        source += "(?:.+/)?";
        needSlash = false;
      } else if (i === last) source += "/.*";
      else {
        source += "(?:/.+)?";
        needSlash = true;
      }
      return;
    }
    if (needSlash) source += "/";
    if (segment === "*") {
      source += "[^/]+";
      needSlash = true;
      return;
    }
    let escaped = false;
    for (const char of segment) {
      if (escaped) {
        source += escapeRegExp(char);
        escaped = false;
      } else if (char === "\\") escaped = true;
      else if (char === "*") source += "[^/]*";
      else if (char === "?") source += "[^/]";
      else source += escapeRegExp(char);
    }
    if (i === last) source += "(?:/.*)?";
    needSlash = true;
  });
  return new RegExp(`${source}$`);
}
function escapeRegExp(char) {
  return char.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

// cli/init-files.ts
var import_yaml = __toESM(require_dist(), 1);
var CONFIG_SCHEMA_URL = "https://raw.githubusercontent.com/trainyard/trainyard/v1/schemas/trainyard-config.json";
var SHARDING_BYTES = 512 * 1024 * 1024;
function fillTemplate(template, facts) {
  let text = template.replaceAll("$default-branch", facts.defaultBranch).replace(/\$cron-daily/g, `"${dailyCron(facts.repositoryName)}"`).replace(/^(\s*MODEL:) my-model\b/m, `$1 ${facts.model}`);
  if (facts.data !== void 0) text = text.replace(/^(\s*DATA:) data\/(?= |$)/m, `$1 ${facts.data}`);
  text = text.replace(/^(\s*SCHEMA:) data\/schema\.yml\b/m, `$1 ${facts.schemaFile}`);
  if (facts.dataBytes < SHARDING_BYTES) text = text.replace(/^(\s*shard:) \[1, 2, 3, 4\]$/m, "$1 [1]");
  if (facts.install !== void 0)
    text = text.replaceAll("- run: pip install -r requirements.txt", `- run: ${facts.install}`);
  return text;
}
function dailyCron(name) {
  let hash = 2166136261;
  for (const char of name) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return `${hash % 60} ${Math.floor(hash / 60) % 24} * * *`;
}
function configText(facts) {
  return `# yaml-language-server: $schema=${CONFIG_SCHEMA_URL}
# Trainyard's configuration, read by its actions and its app. Every key is described in the JSON
# Schema named above (editors with the YAML language server complete and check this file) and in
# https://github.com/trainyard/trainyard#readme.
models:
  ${facts.model}:
    # The metrics file your training writes (JSON, YAML or CSV; nested keys joined with ".").
    metrics: out/metrics.json
    # Per-example predictions (id, label, prediction), for significance tests against production.
    # predictions: out/predictions.csv
    # Gates a candidate must clear. min/max are absolute; max_drop (higher-is-better metrics) and
    # max_rise (lower-is-better: names with loss, error, mae, mse, rmse, latency) compare it with
    # the model in production, in the metric's units or as a percentage.
    gates:
      accuracy: { min: 0.8, max_drop: 0.01 }
      # loss: { max_rise: "10%" }
    # The same gates for every slice of the data your training reports (slices: in the train step).
    # slices:
    #   gates: { accuracy: { min: 0.7 } }
    # Champion/challenger: score the production model and the candidate on the same, new data.
    # Runs with MODEL_PATH and OUTPUT_DIR set; writes metrics.json and predictions.csv there.
    # evaluate:
    #   command: python evaluate.py
    registry:
      store: release # each version is a GitHub Release tagged ${facts.model}-v<N>
      # model_card: .github/model-card.md
    promotion:
      environment: production # the environment a new version is proposed for
`;
}
function deploymentsText(model) {
  return `# What runs where: model \u2192 environment \u2192 version (v1, v2, ...). Changed only by reviewed pull
# requests: the Trainyard app opens a promotion pull request when a version is registered, and
# merging it deploys the version (ml-cd.yml). CODEOWNERS says who may approve.
${model}: {}
`;
}
var DEPLOYMENTS_OWNERS_PATTERN = "/.trainyard/deployments.yml";
function codeownersLine(owners) {
  const rule = `${DEPLOYMENTS_OWNERS_PATTERN} ${owners.length > 0 ? owners.join(" ") : "@your-org/ml-leads"}`;
  return owners.length > 0 ? `# Who may approve a promotion (a change to what runs in production).
${rule}
` : `# Who may approve a promotion (a change to what runs in production): name them and uncomment.
# ${rule}
`;
}
function schemaText(schema, source, rows) {
  const fields = schema.fields.map((field) => {
    const written = { name: field.name, type: field.type };
    if (field.format !== "default") written.format = field.format;
    if (Object.keys(field.constraints).length > 0) written.constraints = field.constraints;
    return written;
  });
  const body = { fields };
  if (schema.missingValues.join("\0") !== "") body.missingValues = schema.missingValues;
  return `# The data contract of the training data, inferred by \`trainyard init\` from the first
# ${thousands(rows)} rows of ${source}. Review it: the ranges are what that sample held, the enums
# the values it had. Add primaryKey, unique, quantiles, categoryShares and row counts as they
# apply: https://github.com/trainyard/trainyard#the-data-contract
${(0, import_yaml.stringify)(body, { lineWidth: 0, flowCollectionPadding: true, collectionStyle: "block" })}`;
}

// cli/init-command.ts
var HELP = `Usage: trainyard init [--model <name>] [--data <path>] [--owners <@user|@org/team>...] [--force] [--dry-run]

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
var DATA_EXTENSIONS = /\.(csv|tsv|jsonl|ndjson|parquet)(\.gz)?$/i;
var DATA_FOLDERS = ["data", "datasets", "dataset", "input", "inputs", "."];
var SAMPLE_ROWS = 1e4;
var MAX_SAMPLED_FILES = 20;
var TEMPLATES = ["ml-ci.yml", "ml-cd.yml", "ml-monitor.yml", "ml-report-fork.yml"];
async function runInitCommand(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      model: { type: "string" },
      data: { type: "string" },
      owners: { type: "string" },
      force: { type: "boolean", default: false },
      "dry-run": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false }
    }
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
  const dataDir = found.files.length > 0 ? found.path : void 0;
  const schemaFile = path.posix.join(dataDir && dataDir !== "." ? folderOf(dataDir) : "data", "schema.yml");
  const install = fs.existsSync(path.join(root, "requirements.txt")) ? "pip install -r requirements.txt" : fs.existsSync(path.join(root, "pyproject.toml")) ? "pip install ." : void 0;
  const facts = {
    model,
    defaultBranch: defaultBranch(root),
    data: dataDir,
    schemaFile,
    dataBytes: found.files.reduce((sum, file) => sum + fs.statSync(path.join(root, file)).size, 0),
    install,
    repositoryName: path.basename(root)
  };
  console.log(`trainyard init in ${root}`);
  console.log(`  model: ${model}; default branch: ${facts.defaultBranch}`);
  console.log(
    dataDir ? `  data: ${dataDir} (${found.files.length} file${found.files.length === 1 ? "" : "s"}, ${(facts.dataBytes / 1e6).toFixed(1)} MB${facts.dataBytes >= 512 * 1024 * 1024 ? ", validated in 4 shards" : ""})` : "  data: none found in data/, datasets/, input/ or the root: set DATA and SCHEMA in the workflows"
  );
  console.log(
    `  python: ${install ?? "no requirements.txt or pyproject.toml: set the install step in ml-ci.yml"}`
  );
  const workflowsDir = path.join(root, ".github", "workflows");
  const existing = fs.existsSync(workflowsDir) ? fs.readdirSync(workflowsDir).filter((name) => /\.ya?ml$/.test(name) && !TEMPLATES.includes(name)) : [];
  if (existing.length > 0) console.log(`  workflows already there, left alone: ${existing.join(", ")}`);
  const templates = templatesDir();
  const files = [
    ...TEMPLATES.map((name) => ({
      file: `.github/workflows/${name}`,
      text: () => fillTemplate(fs.readFileSync(path.join(templates, name), "utf8"), facts)
    })),
    { file: ".github/trainyard.yml", text: () => configText(facts) },
    { file: ".trainyard/deployments.yml", text: () => deploymentsText(model) }
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
      `  ${dryRun ? "would add to" : "added to"}  ${codeowners.file}: ${codeowners.line.trim().split("\n").at(-1)}`
    );
  }
  console.log(
    dryRun ? `${written} file(s) would be written; nothing was.` : `${written} file(s) written. Next: review ${schemaFile} and .github/trainyard.yml, set the repository variable TRAINYARD_GPU_RUNNER for a GPU, commit, and open a pull request.`
  );
  return 0;
}
function templatesDir() {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const candidate of [
    path.resolve(here, "../../workflows-templates"),
    path.resolve(here, "../workflows-templates")
  ])
    if (fs.existsSync(path.join(candidate, "ml-ci.yml"))) return candidate;
  throw new ConfigError(
    `the workflow templates are missing from this installation of trainyard (looked beside ${here})`
  );
}
function git(cwd, args) {
  try {
    return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim() || void 0;
  } catch {
    return void 0;
  }
}
function gitRoot(cwd) {
  return git(cwd, ["rev-parse", "--show-toplevel"]) ?? cwd;
}
function defaultBranch(root) {
  const remoteHead = git(root, ["symbolic-ref", "--quiet", "--short", "refs/remotes/origin/HEAD"]);
  if (remoteHead) return remoteHead.replace(/^origin\//, "");
  return git(root, ["symbolic-ref", "--quiet", "--short", "HEAD"]) ?? "main";
}
function modelNameOf(folder) {
  const name = folder.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^[^a-z0-9]+|-+$/g, "");
  return name || "model";
}
function folderOf(dataPath) {
  return DATA_EXTENSIONS.test(dataPath) ? path.posix.dirname(dataPath) : dataPath.replace(/\/+$/, "");
}
function findData(root, given) {
  if (given !== void 0) {
    const target = path.join(root, given);
    if (!fs.existsSync(target)) throw new ConfigError(`--data: ${given} does not exist`);
    const files = fs.statSync(target).isDirectory() ? listData(root, given, 3) : [given];
    return {
      path: files.length > 0 && fs.statSync(target).isDirectory() ? `${given.replace(/\/+$/, "")}/` : given,
      files
    };
  }
  for (const folder of DATA_FOLDERS) {
    if (!fs.existsSync(path.join(root, folder))) continue;
    const files = listData(root, folder, folder === "." ? 0 : 3);
    if (files.length > 0)
      return {
        path: folder === "." ? files[0] : `${folder}/`,
        files: folder === "." ? files.slice(0, 1) : files
      };
  }
  return { path: "data/", files: [] };
}
function listData(root, folder, depth) {
  const found = [];
  const walk = (relative, level) => {
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
    (a, b) => fs.statSync(path.join(root, b)).size - fs.statSync(path.join(root, a)).size || a.localeCompare(b)
  );
}
async function inferSchema(root, files) {
  let inferrer;
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
        columns = names.join("\0");
        if (inferrer === void 0) {
          header = columns;
          inferrer = new TableSchemaInferrer(names);
        }
      }
    );
    if (columns === header) rows += result.rows;
  }
  if (!inferrer) throw new ConfigError("has no columns to infer a schema from", { file: files[0] ?? "" });
  const shown = files.length === 1 ? files[0] : `${files.length} files (${files.slice(0, 3).join(", ")}${files.length > 3 ? ", ..." : ""})`;
  return schemaText(inferrer.finish(), shown, rows);
}
function codeownersPlan(root, owners) {
  const file = CODEOWNERS_LOCATIONS.find((candidate) => fs.existsSync(path.join(root, candidate))) ?? ".github/CODEOWNERS";
  const line = codeownersLine(
    owners === void 0 ? originOwner(root) : owners.split(/[\s,]+/).filter(Boolean)
  );
  const target = path.join(root, file);
  if (fs.existsSync(target)) {
    const deployments = DEPLOYMENTS_OWNERS_PATTERN.slice(1);
    const rule = parseCodeowners(fs.readFileSync(target, "utf8"), file).rules.find(
      (r) => r.matches(deployments) && !r.matches("README.md") && !r.matches("src/index.ts")
    );
    if (rule)
      return { file, line, skip: `line ${rule.line} already names the owners of .trainyard/deployments.yml` };
    if (fs.readFileSync(target, "utf8").includes(DEPLOYMENTS_OWNERS_PATTERN))
      return {
        file,
        line,
        skip: "its line for .trainyard/deployments.yml is commented out: name the owners there"
      };
  }
  return { file, line };
}
function originOwner(root) {
  const url = git(root, ["remote", "get-url", "origin"]);
  const owner = url && /github\.com[:/]([A-Za-z0-9-]+)\//.exec(url)?.[1];
  return owner ? [`@${owner}`] : [];
}
export {
  runInitCommand
};
