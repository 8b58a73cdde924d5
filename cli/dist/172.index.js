export const id = 172;
export const ids = [172];
export const modules = {

/***/ 7742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runInitCommand: () => (/* binding */ runInitCommand)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./lib/data/sources.ts + 1 modules
var sources = __webpack_require__(4950);
// EXTERNAL MODULE: ./lib/errors.ts
var errors = __webpack_require__(8115);
;// CONCATENATED MODULE: ./lib/registry/codeowners.ts
/**
 * CODEOWNERS, read as GitHub reads it: the first of `.github/CODEOWNERS`, `CODEOWNERS` and
 * `docs/CODEOWNERS` counts; each line is a gitignore-style pattern and its owners; for a file, the
 * last matching line wins, and a matching line without owners leaves the file unowned. Owners are
 * `@user` or `@org/team`; e-mail addresses are kept apart (they cannot be matched to a reviewer's
 * login without more access than a workflow has). GitHub's own limits apply: no `!` negation, no
 * `[ ]` ranges (such lines are reported and skipped, as GitHub skips them).
 */
const CODEOWNERS_LOCATIONS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];
function parseCodeowners(text, file) {
    const rules = [];
    const skipped = [];
    text.split(/\r?\n/).forEach((raw, index) => {
        const line = index + 1;
        const content = stripComment(raw).trim();
        if (content === "")
            return;
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
            if (/^@[A-Za-z0-9][A-Za-z0-9-]*(\/[A-Za-z0-9._-]+)?$/.test(token))
                owners.push(token.slice(1));
            else if (/^[^@\s]+@[^@\s]+$/.test(token))
                emails.push(token);
            else
                skipped.push({ line, reason: `owner ${token} is neither @user, @org/team nor an e-mail` });
        }
        const matcher = patternMatcher(pattern);
        rules.push({ pattern, owners, emails, line, matches: (path) => matcher.test(path) });
    });
    return { file, rules, skipped };
}
/** The rule that decides a file's owners (the last that matches), or undefined when none does. */
function ruleFor(codeowners, path) {
    for (let i = codeowners.rules.length - 1; i >= 0; i--) {
        const rule = codeowners.rules[i];
        if (rule.matches(path))
            return rule;
    }
    return undefined;
}
/** A `#` starts a comment unless escaped (`\#`), as in a pattern for files whose names hold one. */
function stripComment(line) {
    const at = line.search(/(?<!\\)#/);
    return at < 0 ? line : line.slice(0, at);
}
/** Splits on whitespace not escaped by a backslash (`my\ file.txt` is one pattern). */
function splitUnescaped(text) {
    return (text.match(/(?:\\.|[^\s\\])+/g) ?? []).filter(Boolean);
}
/**
 * A pattern as a regular expression over repository paths (no leading slash). The rules follow
 * GitHub's documented behaviour: a pattern of one segment (`*.js`, `apps/`, `logs`) matches at
 * any depth; a leading or inner slash anchors it at the root; a trailing slash matches a
 * directory's contents; `*` and `?` stay within a segment; `**` spans segments; a final segment
 * that is exactly `*` matches the files directly inside (`docs/*` leaves `docs/a/b.md` out),
 * while any other final segment also matches everything below what it names.
 */
function patternMatcher(pattern) {
    let segments = pattern.split("/");
    if (segments[0] === "")
        segments = segments.slice(1);
    else if (segments.length === 1 || (segments.length === 2 && segments[1] === "")) {
        if (segments[0] !== "**")
            segments = ["**", ...segments];
    }
    if (segments.length > 1 && segments.at(-1) === "")
        segments[segments.length - 1] = "**";
    const last = segments.length - 1;
    let source = "^";
    let needSlash = false;
    segments.forEach((segment, i) => {
        if (segment === "**") {
            if (i === 0 && i === last)
                source += ".+";
            else if (i === 0) {
                source += "(?:.+/)?";
                needSlash = false;
            }
            else if (i === last)
                source += "/.*";
            else {
                source += "(?:/.+)?";
                needSlash = true;
            }
            return;
        }
        if (needSlash)
            source += "/";
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
            }
            else if (char === "\\")
                escaped = true;
            else if (char === "*")
                source += "[^/]*";
            else if (char === "?")
                source += "[^/]";
            else
                source += escapeRegExp(char);
        }
        if (i === last)
            source += "(?:/.*)?";
        needSlash = true;
    });
    return new RegExp(`${source}$`);
}
function escapeRegExp(char) {
    return char.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

// EXTERNAL MODULE: ./lib/schema/infer.ts
var infer = __webpack_require__(9032);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./lib/format.ts
var format = __webpack_require__(2511);
;// CONCATENATED MODULE: ./cli/init-files.ts


/**
 * What `trainyard init` writes, as text: the workflow templates with this repository's values
 * filled in, a commented `.github/trainyard.yml`, the inferred data contract, deployments.yml and
 * the CODEOWNERS line. Pure: the command gathers the facts, these functions make the files.
 */
const CONFIG_SCHEMA_URL = "https://raw.githubusercontent.com/trainyard/trainyard/v1/schemas/trainyard-config.json";
/** Below this, one runner validates the whole dataset: shards would only wait for each other. */
const SHARDING_BYTES = 512 * 1024 * 1024;
/** A template with the placeholders starter workflows know, and Trainyard's settings, filled in. */
function fillTemplate(template, facts) {
    let text = template
        .replaceAll("$default-branch", facts.defaultBranch)
        .replace(/\$cron-daily/g, `"${dailyCron(facts.repositoryName)}"`)
        .replace(/^(\s*MODEL:) my-model\b/m, `$1 ${facts.model}`);
    if (facts.data !== undefined)
        text = text.replace(/^(\s*DATA:) data\/(?= |$)/m, `$1 ${facts.data}`);
    text = text.replace(/^(\s*SCHEMA:) data\/schema\.yml\b/m, `$1 ${facts.schemaFile}`);
    if (facts.dataBytes < SHARDING_BYTES)
        text = text.replace(/^(\s*shard:) \[1, 2, 3, 4\]$/m, "$1 [1]");
    if (facts.install !== undefined)
        text = text.replaceAll("- run: pip install -r requirements.txt", `- run: ${facts.install}`);
    return text;
}
/** A minute and hour of its own per repository, so that not every repository checks at midnight. */
function dailyCron(name) {
    let hash = 2166136261;
    for (const char of name)
        hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
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
    return `# What runs where: model → environment → version (v1, v2, ...). Changed only by reviewed pull
# requests: the Trainyard app opens a promotion pull request when a version is registered, and
# merging it deploys the version (ml-cd.yml). CODEOWNERS says who may approve.
${model}: {}
`;
}
const DEPLOYMENTS_OWNERS_PATTERN = "/.trainyard/deployments.yml";
/** The CODEOWNERS line for deployments.yml: commented out when no owner is known yet. */
function codeownersLine(owners) {
    const rule = `${DEPLOYMENTS_OWNERS_PATTERN} ${owners.length > 0 ? owners.join(" ") : "@your-org/ml-leads"}`;
    return owners.length > 0
        ? `# Who may approve a promotion (a change to what runs in production).\n${rule}\n`
        : `# Who may approve a promotion (a change to what runs in production): name them and uncomment.\n# ${rule}\n`;
}
/** The inferred data contract, written as a person would: only what differs from the defaults. */
function schemaText(schema, source, rows) {
    const fields = schema.fields.map((field) => {
        const written = { name: field.name, type: field.type };
        if (field.format !== "default")
            written.format = field.format;
        if (Object.keys(field.constraints).length > 0)
            written.constraints = field.constraints;
        return written;
    });
    const body = { fields };
    if (schema.missingValues.join("\u0000") !== "")
        body.missingValues = schema.missingValues;
    return `# The data contract of the training data, inferred by \`trainyard init\` from the first
# ${(0,format/* thousands */.o)(rows)} rows of ${source}. Review it: the ranges are what that sample held, the enums
# the values it had. Add primaryKey, unique, quantiles, categoryShares and row counts as they
# apply: https://github.com/trainyard/trainyard#the-data-contract
${(0,dist/* stringify */.As)(body, { lineWidth: 0, flowCollectionPadding: true, collectionStyle: "block" })}`;
}

;// CONCATENATED MODULE: ./cli/init-command.ts










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
async function runInitCommand(argv) {
    const { values } = (0,external_node_util_.parseArgs)({
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
    const model = values.model ?? modelNameOf(external_node_path_default().basename(root));
    if (!/^[a-z0-9][a-z0-9._-]*$/.test(model))
        throw new errors/* ConfigError */.xL(`--model: "${model}" is not a model name (lower case letters, digits, . _ -)`);
    const found = findData(root, values.data);
    const dataDir = found.files.length > 0 ? found.path : undefined;
    const schemaFile = external_node_path_default().posix.join(dataDir && dataDir !== "." ? folderOf(dataDir) : "data", "schema.yml");
    const install = external_node_fs_default().existsSync(external_node_path_default().join(root, "requirements.txt"))
        ? "pip install -r requirements.txt"
        : external_node_fs_default().existsSync(external_node_path_default().join(root, "pyproject.toml"))
            ? "pip install ."
            : undefined;
    const facts = {
        model,
        defaultBranch: defaultBranch(root),
        data: dataDir,
        schemaFile,
        dataBytes: found.files.reduce((sum, file) => sum + external_node_fs_default().statSync(external_node_path_default().join(root, file)).size, 0),
        install,
        repositoryName: external_node_path_default().basename(root),
    };
    console.log(`trainyard init in ${root}`);
    console.log(`  model: ${model}; default branch: ${facts.defaultBranch}`);
    console.log(dataDir
        ? `  data: ${dataDir} (${found.files.length} file${found.files.length === 1 ? "" : "s"}, ${(facts.dataBytes / 1e6).toFixed(1)} MB${facts.dataBytes >= 512 * 1024 * 1024 ? ", validated in 4 shards" : ""})`
        : "  data: none found in data/, datasets/, input/ or the root: set DATA and SCHEMA in the workflows");
    console.log(`  python: ${install ?? "no requirements.txt or pyproject.toml: set the install step in ml-ci.yml"}`);
    const workflowsDir = external_node_path_default().join(root, ".github", "workflows");
    const existing = external_node_fs_default().existsSync(workflowsDir)
        ? external_node_fs_default().readdirSync(workflowsDir).filter((name) => /\.ya?ml$/.test(name) && !TEMPLATES.includes(name))
        : [];
    if (existing.length > 0)
        console.log(`  workflows already there, left alone: ${existing.join(", ")}`);
    const templates = templatesDir();
    const files = [
        ...TEMPLATES.map((name) => ({
            file: `.github/workflows/${name}`,
            text: () => fillTemplate(external_node_fs_default().readFileSync(external_node_path_default().join(templates, name), "utf8"), facts),
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
        const target = external_node_path_default().join(root, file);
        if (external_node_fs_default().existsSync(target) && !values.force) {
            console.log(`  skipped  ${file} (it exists; --force overwrites it)`);
            continue;
        }
        const content = await text();
        if (!dryRun) {
            external_node_fs_default().mkdirSync(external_node_path_default().dirname(target), { recursive: true });
            external_node_fs_default().writeFileSync(target, content);
        }
        written++;
        console.log(`  ${dryRun ? "would write" : "wrote"}  ${file}`);
    }
    if (codeowners.skip)
        console.log(`  skipped  ${codeowners.file} (${codeowners.skip})`);
    else {
        if (!dryRun) {
            const target = external_node_path_default().join(root, codeowners.file);
            external_node_fs_default().mkdirSync(external_node_path_default().dirname(target), { recursive: true });
            const before = external_node_fs_default().existsSync(target) ? external_node_fs_default().readFileSync(target, "utf8") : "";
            external_node_fs_default().writeFileSync(target, `${before}${before && !before.endsWith("\n") ? "\n" : ""}${codeowners.line}`);
        }
        written++;
        console.log(`  ${dryRun ? "would add to" : "added to"}  ${codeowners.file}: ${codeowners.line.trim().split("\n").at(-1)}`);
    }
    console.log(dryRun
        ? `${written} file(s) would be written; nothing was.`
        : `${written} file(s) written. Next: review ${schemaFile} and .github/trainyard.yml, set the repository variable TRAINYARD_GPU_RUNNER for a GPU, commit, and open a pull request.`);
    return 0;
}
/** Where the package keeps the templates: beside the bundle (cli/dist) or the source (cli/). */
function templatesDir() {
    const here = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (const candidate of [
        external_node_path_default().resolve(here, "../../workflows-templates"),
        external_node_path_default().resolve(here, "../workflows-templates"),
    ])
        if (external_node_fs_default().existsSync(external_node_path_default().join(candidate, "ml-ci.yml")))
            return candidate;
    throw new errors/* ConfigError */.xL(`the workflow templates are missing from this installation of trainyard (looked beside ${here})`);
}
function git(cwd, args) {
    try {
        return ((0,external_node_child_process_.execFileSync)("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim() ||
            undefined);
    }
    catch {
        return undefined;
    }
}
function gitRoot(cwd) {
    return git(cwd, ["rev-parse", "--show-toplevel"]) ?? cwd;
}
/** origin's default branch, else the branch checked out, else main. */
function defaultBranch(root) {
    const remoteHead = git(root, ["symbolic-ref", "--quiet", "--short", "refs/remotes/origin/HEAD"]);
    if (remoteHead)
        return remoteHead.replace(/^origin\//, "");
    return git(root, ["symbolic-ref", "--quiet", "--short", "HEAD"]) ?? "main";
}
function modelNameOf(folder) {
    const name = folder
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, "-")
        .replace(/^[^a-z0-9]+|-+$/g, "");
    return name || "model";
}
function folderOf(dataPath) {
    return DATA_EXTENSIONS.test(dataPath) ? external_node_path_default().posix.dirname(dataPath) : dataPath.replace(/\/+$/, "");
}
/** The data: what --data names, else the first common folder holding data files (3 levels deep). */
function findData(root, given) {
    if (given !== undefined) {
        const target = external_node_path_default().join(root, given);
        if (!external_node_fs_default().existsSync(target))
            throw new errors/* ConfigError */.xL(`--data: ${given} does not exist`);
        const files = external_node_fs_default().statSync(target).isDirectory() ? listData(root, given, 3) : [given];
        return {
            path: files.length > 0 && external_node_fs_default().statSync(target).isDirectory() ? `${given.replace(/\/+$/, "")}/` : given,
            files,
        };
    }
    for (const folder of DATA_FOLDERS) {
        if (!external_node_fs_default().existsSync(external_node_path_default().join(root, folder)))
            continue;
        const files = listData(root, folder, folder === "." ? 0 : 3);
        if (files.length > 0)
            return {
                path: folder === "." ? files[0] : `${folder}/`,
                files: folder === "." ? files.slice(0, 1) : files,
            };
    }
    return { path: "data/", files: [] };
}
/** Data files under a folder (relative to root, largest first), skipping hidden and dependency folders. */
function listData(root, folder, depth) {
    const found = [];
    const walk = (relative, level) => {
        for (const entry of external_node_fs_default().readdirSync(external_node_path_default().join(root, relative), { withFileTypes: true })) {
            if (entry.name.startsWith(".") || entry.name === "node_modules" || entry.name === "__pycache__")
                continue;
            const child = relative === "." ? entry.name : external_node_path_default().posix.join(relative, entry.name);
            if (entry.isDirectory() && level < depth)
                walk(child, level + 1);
            else if (entry.isFile() && DATA_EXTENSIONS.test(entry.name))
                found.push(child);
        }
    };
    walk(folder, 0);
    return found.sort((a, b) => external_node_fs_default().statSync(external_node_path_default().join(root, b)).size - external_node_fs_default().statSync(external_node_path_default().join(root, a)).size || a.localeCompare(b));
}
/** The contract every sampled file meets: one inference over the first rows of each. */
async function inferSchema(root, files) {
    let inferrer;
    let header = "";
    let rows = 0;
    for (const file of files) {
        let columns = "";
        const result = await (0,sources/* readData */.v3)(external_node_path_default().join(root, file), { maxRows: SAMPLE_ROWS }, (row) => {
            if (columns === header)
                inferrer?.observeRow(row);
        }, (names) => {
            columns = names.join("\u0000");
            if (inferrer === undefined) {
                header = columns;
                inferrer = new infer/* TableSchemaInferrer */.$(names);
            }
        });
        if (columns === header)
            rows += result.rows;
    }
    if (!inferrer)
        throw new errors/* ConfigError */.xL("has no columns to infer a schema from", { file: files[0] ?? "" });
    const shown = files.length === 1
        ? files[0]
        : `${files.length} files (${files.slice(0, 3).join(", ")}${files.length > 3 ? ", ..." : ""})`;
    return schemaText(inferrer.finish(), shown, rows);
}
/** The CODEOWNERS file to add the line to, or why not: a rule for deployments.yml is there already. */
function codeownersPlan(root, owners) {
    const file = CODEOWNERS_LOCATIONS.find((candidate) => external_node_fs_default().existsSync(external_node_path_default().join(root, candidate))) ??
        ".github/CODEOWNERS";
    const line = codeownersLine(owners === undefined ? originOwner(root) : owners.split(/[\s,]+/).filter(Boolean));
    const target = external_node_path_default().join(root, file);
    if (external_node_fs_default().existsSync(target)) {
        // A rule of its own for the file (or its folder), not a catch-all such as `*`, which the
        // line added at the end overrides for this file alone.
        const deployments = DEPLOYMENTS_OWNERS_PATTERN.slice(1);
        const rule = parseCodeowners(external_node_fs_default().readFileSync(target, "utf8"), file).rules.find((r) => r.matches(deployments) && !r.matches("README.md") && !r.matches("src/index.ts"));
        if (rule)
            return { file, line, skip: `line ${rule.line} already names the owners of .trainyard/deployments.yml` };
        if (external_node_fs_default().readFileSync(target, "utf8").includes(DEPLOYMENTS_OWNERS_PATTERN))
            return {
                file,
                line,
                skip: "its line for .trainyard/deployments.yml is commented out: name the owners there",
            };
    }
    return { file, line };
}
/** `@owner` of origin's GitHub URL (a user or an organisation: name a team with --owners). */
function originOwner(root) {
    const url = git(root, ["remote", "get-url", "origin"]);
    const owner = url && /github\.com[:/]([A-Za-z0-9-]+)\//.exec(url)?.[1];
    return owner ? [`@${owner}`] : [];
}


/***/ }),

/***/ 9032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ TableSchemaInferrer)
/* harmony export */ });
/* unused harmony export inferTableSchema */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8115);
/* harmony import */ var _table_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8806);
/**
 * Infers a starting data contract from a sample of the data (`trainyard init`): each column's type,
 * whether it is required, the range of numeric columns, and the values of low-cardinality text
 * columns. Incremental, so the first rows of a streamed reader can feed it without being kept.
 * Deterministic: the same sample gives the same schema, whatever the order of its rows.
 */


const booleanWords = new Set(["true", "True", "TRUE", "false", "False", "FALSE"]);
// Leading zeros ("007", "02134") mark codes, not quantities: those columns stay text.
const integerPattern = /^[+-]?(0|[1-9]\d*)$/;
const numberPattern = /^[+-]?(?:(?:0|[1-9]\d*)(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const nonFiniteNumbers = new Set(["NaN", "INF", "-INF", "+INF"]);
const parseIsoDate = (0,_table_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .createTemporalParser */ .qY)("date", "default");
const parseIsoDatetime = (0,_table_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .createTemporalParser */ .qY)("datetime", "default");
const spacedDatetimeFormat = "%Y-%m-%d %H:%M:%S";
const parseSpacedDatetime = (0,_table_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .createTemporalParser */ .qY)("datetime", spacedDatetimeFormat);
/** What one column's sample has shown so far. */
class ColumnProfile {
    enumMaxValues;
    observed = 0;
    missing = 0;
    couldBeBoolean = true;
    couldBeInteger = true;
    couldBeNumber = true;
    couldBeDate = true;
    couldBeDatetime = true;
    couldBeSpacedDatetime = true;
    minimum = Number.POSITIVE_INFINITY;
    maximum = Number.NEGATIVE_INFINITY;
    /** Count of each distinct text; dropped once there are too many to be an enum. */
    counts = new Map();
    constructor(enumMaxValues) {
        this.enumMaxValues = enumMaxValues;
    }
    observeMissing() {
        this.observed++;
        this.missing++;
    }
    observeValue(text) {
        this.observed++;
        if (this.couldBeBoolean && !booleanWords.has(text))
            this.couldBeBoolean = false;
        if (this.couldBeInteger && !(integerPattern.test(text) && Number.isSafeInteger(Number(text)))) {
            this.couldBeInteger = false;
        }
        if (this.couldBeNumber) {
            if (numberPattern.test(text)) {
                const value = Number(text);
                if (value < this.minimum)
                    this.minimum = value;
                if (value > this.maximum)
                    this.maximum = value;
            }
            else if (!nonFiniteNumbers.has(text)) {
                this.couldBeNumber = false;
            }
        }
        if (this.couldBeDate && parseIsoDate(text) === undefined)
            this.couldBeDate = false;
        if (this.couldBeDatetime && parseIsoDatetime(text) === undefined)
            this.couldBeDatetime = false;
        if (this.couldBeSpacedDatetime && parseSpacedDatetime(text) === undefined)
            this.couldBeSpacedDatetime = false;
        if (this.counts) {
            this.counts.set(text, (this.counts.get(text) ?? 0) + 1);
            if (this.counts.size > this.enumMaxValues)
                this.counts = undefined;
        }
    }
    toField(name, enumMinCount) {
        const values = this.observed - this.missing;
        const constraints = {};
        if (values > 0 && this.missing === 0)
            constraints.required = true;
        const withConstraints = (field) => Object.keys(constraints).length > 0 ? { ...field, constraints } : field;
        if (values === 0)
            return { name, type: "string" };
        if (this.couldBeBoolean)
            return withConstraints({ name, type: "boolean" });
        if (this.couldBeInteger || this.couldBeNumber) {
            if (Number.isFinite(this.minimum)) {
                constraints.minimum = this.minimum;
                constraints.maximum = this.maximum;
            }
            return withConstraints({ name, type: this.couldBeInteger ? "integer" : "number" });
        }
        // No bounds for dates: new data is later by nature, so a sampled maximum would fail it at once.
        if (this.couldBeDate)
            return withConstraints({ name, type: "date" });
        if (this.couldBeDatetime)
            return withConstraints({ name, type: "datetime" });
        if (this.couldBeSpacedDatetime) {
            return withConstraints({ name, type: "datetime", format: spacedDatetimeFormat });
        }
        if (this.counts && [...this.counts.values()].every((count) => count >= enumMinCount)) {
            constraints.enum = [...this.counts.keys()].sort();
        }
        return withConstraints({ name, type: "string" });
    }
}
/** Feed it cells (`observe`) or rows (`observeRow`), then `finish()` for the schema. */
class TableSchemaInferrer {
    columns;
    profiles;
    missingValues;
    options;
    constructor(columns, options = {}) {
        this.columns = columns;
        this.options = {
            missingValues: options.missingValues ?? _table_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultMissingValues */ .sr,
            enumMaxValues: options.enumMaxValues ?? 20,
            enumMinCount: options.enumMinCount ?? 2,
        };
        this.missingValues = new Set(this.options.missingValues);
        columns.forEach((name, index) => {
            if (name === "")
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`column ${index + 1} has no name`);
            if (columns.indexOf(name) !== index) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`column ${index + 1}: duplicate column name ${JSON.stringify(name)}`);
            }
        });
        this.profiles = columns.map(() => new ColumnProfile(this.options.enumMaxValues));
    }
    /** One cell, by column index in `columns` order. */
    observe(column, text) {
        const profile = this.profile(column);
        if (this.missingValues.has(text))
            profile.observeMissing();
        else
            profile.observeValue(text);
    }
    /** A cell that is not there at all (a short row). */
    observeAbsent(column) {
        this.profile(column).observeMissing();
    }
    /** A whole row from a reader; cells beyond a short row's end count as missing. */
    observeRow(row) {
        for (let column = 0; column < this.profiles.length; column++) {
            if (column < row.length)
                this.observe(column, row.text(column));
            else
                this.observeAbsent(column);
        }
    }
    profile(column) {
        const profile = this.profiles[column];
        if (!profile)
            throw new RangeError(`column index ${column} is outside the ${this.columns.length} columns`);
        return profile;
    }
    finish() {
        const fields = this.profiles.map((profile, index) => profile.toField(this.columns[index], this.options.enumMinCount));
        const input = { fields };
        const missingValues = [...this.options.missingValues];
        if (missingValues.join("\u0000") !== _table_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultMissingValues */ .sr.join("\u0000"))
            input.missingValues = missingValues;
        return _table_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .tableSchema */ ._A.parse(input);
    }
}
/** Infers a schema from rows already in memory. */
function inferTableSchema(sample, options = {}) {
    const inferrer = new TableSchemaInferrer(sample.columns, options);
    for (const row of sample.rows) {
        for (let column = 0; column < sample.columns.length; column++) {
            const text = row[column];
            if (text === undefined)
                inferrer.observeAbsent(column);
            else
                inferrer.observe(column, text);
        }
    }
    return inferrer.finish();
}


/***/ }),

/***/ 8411:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BpO: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.BpO),
/* harmony export */   BpQ: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.BpQ),
/* harmony export */   Bw9: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.Bw9),
/* harmony export */   FsL: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.FsL),
/* harmony export */   Ikc: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.Ikc),
/* harmony export */   KCZ: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.KCZ),
/* harmony export */   L5J: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.L5J),
/* harmony export */   OZ5: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.OZ5),
/* harmony export */   PVZ: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.PVZ),
/* harmony export */   PhQ: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.PhQ),
/* harmony export */   Ru6: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.Ru6),
/* harmony export */   Rvf: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.Rvf),
/* harmony export */   SdS: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.SdS),
/* harmony export */   UpN: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.UpN),
/* harmony export */   Whr: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.Whr),
/* harmony export */   X$i: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.X$i),
/* harmony export */   YOg: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.YOg),
/* harmony export */   YPB: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.YPB),
/* harmony export */   YjP: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.YjP),
/* harmony export */   aig: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.aig),
/* harmony export */   chJ: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.chJ),
/* harmony export */   euz: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.euz),
/* harmony export */   g1P: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.g1P),
/* harmony export */   gMt: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.gMt),
/* harmony export */   k5n: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.k5n),
/* harmony export */   lqM: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.lqM),
/* harmony export */   mee: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.mee),
/* harmony export */   pdi: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.pdi),
/* harmony export */   q0y: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.q0y),
/* harmony export */   rUs: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.rUs),
/* harmony export */   rej: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.rej),
/* harmony export */   xLC: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.xLC),
/* harmony export */   yGV: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.yGV),
/* harmony export */   yjt: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.yjt),
/* harmony export */   zMY: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.zMY),
/* harmony export */   zni: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.zni)
/* harmony export */ });
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8532);
/* harmony import */ var zod_v4_locales_en_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(252);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2407);
/**
 * zod as every Trainyard schema uses it: zod/mini, whose schemas cost next to nothing to build
 * (classic zod's cost an action tens of milliseconds at start), with zod's English messages, which
 * zod/mini leaves out ("Invalid input") unless a locale is configured. Import it as a namespace,
 * `import * as z from ".../lib/zod.ts"`, so the bundler keeps only what is used.
 */
// biome-ignore lint/style/noRestrictedImports: this is the one place that imports zod.

// The English messages alone: zod's `locales` namespace would bundle all of its languages.

(0,zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .config */ .$W)((0,zod_v4_locales_en_js__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .A)());
// biome-ignore lint/style/noRestrictedImports: this is the one place that imports zod.



/***/ })

};
