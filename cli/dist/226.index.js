export const id = 226;
export const ids = [226];
export const modules = {

/***/ 9478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ describeViolation),
/* harmony export */   u: () => (/* binding */ ContractChecker)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2815);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(ajv_formats__WEBPACK_IMPORTED_MODULE_2__);




function describeViolation(v) {
    const where = v.direction === "response" ? `response ${v.status}` : v.direction;
    return `${v.operationId} ${where} at ${v.field || "/"}: ${v.message}`;
}
const addFormats = (ajv_formats__WEBPACK_IMPORTED_MODULE_2___default());
const require = (0,node_module__WEBPACK_IMPORTED_MODULE_1__.createRequire)(import.meta.url);
const SPEC_FILE = "@octokit/openapi/generated/api.github.com.json";
let shared;
class ContractChecker {
    spec;
    ajv;
    operations = new Map();
    validators = new Map();
    webhookSchemaLoaded = false;
    constructor(spec) {
        this.spec = spec;
        this.ajv = new ajv__WEBPACK_IMPORTED_MODULE_3__.Ajv({ strict: false, allErrors: true, validateSchema: false, addUsedSchema: false });
        addFormats(this.ajv);
        // GitHub's description uses formats JSON Schema does not define; they constrain nothing here.
        for (const format of [
            "int64",
            "int32",
            "uri-template",
            "repo.nwo",
            "binary",
            "ssh-key",
            "ssh-key fingerprint",
        ])
            this.ajv.addFormat(format, true);
        // GitHub signs an App's commits `<id>+<slug>[bot]@users.noreply.github.com`, which the plain
        // email format (ajv-formats' own pattern, below) refuses for its brackets.
        const email = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
        const botEmail = /^\d+\+[a-z0-9-]+\[bot\]@users\.noreply\.github\.com$/i;
        this.ajv.addFormat("email", (value) => email.test(value) || botEmail.test(value));
        this.ajv.addSchema(spec, "github");
        for (const [path, item] of Object.entries(spec.paths))
            for (const [method, op] of Object.entries(item))
                if (op && typeof op === "object" && "operationId" in op)
                    this.operations.set(op.operationId, {
                        operationId: op.operationId,
                        method: method.toUpperCase(),
                        path,
                        spec: op,
                    });
    }
    /** Whether GitHub's description (the @octokit/openapi package) is installed here. */
    static available() {
        try {
            require.resolve(SPEC_FILE);
            return true;
        }
        catch {
            return false;
        }
    }
    /** Loads GitHub's description once per process (13 MB; about a quarter of a second). */
    static shared() {
        if (!shared) {
            const file = require.resolve(SPEC_FILE);
            shared = new ContractChecker(oneOfAsAnyOf(JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(file, "utf8"))));
        }
        return shared;
    }
    operation(operationId) {
        const op = this.operations.get(operationId);
        return op ? { method: op.method, path: op.path } : undefined;
    }
    checkRequest(operationId, request) {
        const op = this.mustOperation(operationId);
        const violations = [];
        const violation = (field, message) => violations.push({ operationId, direction: "request", field, message });
        for (const raw of op.spec.parameters ?? []) {
            const param = this.resolve(raw);
            if (param.in !== "query")
                continue;
            const value = request.query.get(param.name);
            if (value === null) {
                if (param.required)
                    violation(`?${param.name}`, "is required");
                continue;
            }
            const problem = checkQueryValue(value, param.schema ?? {});
            if (problem)
                violation(`?${param.name}`, problem);
        }
        const content = op.spec.requestBody?.content;
        const jsonSchema = content?.["application/json"];
        if (jsonSchema && (request.contentType ?? "").includes("json")) {
            if (request.body === undefined) {
                if (op.spec.requestBody?.required)
                    violation("", "a JSON body is required");
            }
            else {
                const pointer = `${pathPointer(op)}/requestBody/content/application~1json/schema`;
                violations.push(...this.validate(pointer, request.body, { operationId, direction: "request" }));
            }
        }
        return violations;
    }
    checkResponse(operationId, status, body, contentType) {
        const op = this.mustOperation(operationId);
        const declared = op.spec.responses[String(status)] ?? undeclaredError(status);
        if (!declared)
            return [
                {
                    operationId,
                    direction: "response",
                    status,
                    field: "",
                    message: `status ${status} is not one GitHub documents for this operation (${Object.keys(op.spec.responses).join(", ")})`,
                },
            ];
        const response = this.resolve(declared);
        if (!response.content?.["application/json"] ||
            !(contentType ?? "").includes("json") ||
            body === undefined)
            return [];
        const base = declared.$ref
            ? `github#${declared.$ref.slice(1)}`
            : `${pathPointer(op)}/responses/${status}`;
        return this.validate(`${base}/content/application~1json/schema`, body, {
            operationId,
            direction: "response",
            status,
        });
    }
    checkWebhook(event, payload) {
        if (!this.webhookSchemaLoaded) {
            const schema = JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(require.resolve("@octokit/webhooks-schemas/schema.json"), "utf8"));
            delete schema.$schema;
            // The root oneOf spans all 344 events; each payload is checked against its own definition.
            delete schema.oneOf;
            this.ajv.addSchema(schema, "webhooks");
            this.webhookSchemaLoaded = true;
        }
        // The schema names action-less events (and repository_dispatch, whose action is free text) `<event>$event`.
        const action = typeof payload.action === "string" && event !== "repository_dispatch" ? payload.action : undefined;
        const definition = action ? `${event}$${action}` : `${event}$event`;
        return this.validate(`webhooks#/definitions/${definition.replace(/\$/g, "%24")}`, payload, {
            operationId: action ? `${event}.${action}` : event,
            direction: "webhook",
        });
    }
    validate(ref, value, about) {
        let validator = this.validators.get(ref);
        if (validator === undefined) {
            try {
                validator = this.ajv.compile({ $ref: ref });
            }
            catch (error) {
                throw new Error(`contract: cannot compile ${ref}: ${error.message}`);
            }
            this.validators.set(ref, validator);
        }
        if (!validator || validator(value))
            return [];
        return [{ ...about, ...summarize(validator.errors ?? []) }];
    }
    resolve(node) {
        let current = node;
        while (current?.$ref) {
            current = current.$ref
                .slice(2)
                .split("/")
                .reduce((o, k) => o[k], this.spec);
        }
        return current;
    }
    mustOperation(operationId) {
        const op = this.operations.get(operationId);
        if (!op)
            throw new Error(`contract: GitHub's description has no operation ${operationId}`);
        return op;
    }
}
/**
 * Reads GitHub's description as GitHub means it. It uses `oneOf` where it means `anyOf` (a 409 is
 * `oneOf [basic-error, repository-rule-violation-error]` and GitHub's own `{ message }` matches
 * both, which strict `oneOf` rejects); validating as `anyOf` still demands one alternative match.
 * And OpenAPI 3.0's `nullable` needs two fixes for ajv, below.
 */
function oneOfAsAnyOf(node) {
    if (Array.isArray(node)) {
        for (let i = 0; i < node.length; i++)
            node[i] = oneOfAsAnyOf(node[i]);
        return node;
    }
    if (node && typeof node === "object") {
        const record = node;
        for (const key of Object.keys(record)) {
            const value = oneOfAsAnyOf(record[key]);
            if (key === "format" && value === "uri" && record.default === "") {
                // GitHub answers "" for URLs it documents with a default of "" (a deployment status's log_url).
                delete record.format;
                record.anyOf = [{ format: "uri" }, { enum: [""] }];
            }
            else if (key === "oneOf" && Array.isArray(value) && !("anyOf" in record)) {
                delete record.oneOf;
                record.anyOf = value;
            }
            else
                record[key] = value;
        }
        // `nullable` lets null through, but ajv still checks `enum`, and GitHub's nullable enums
        // (e.g. an open issue's `state_reason`) do not list null.
        if (record.nullable === true && Array.isArray(record.enum) && !record.enum.includes(null))
            record.enum = [...record.enum, null];
        // `nullable` without `type` (issues/create's `milestone`) does not compile in ajv: spell it out.
        if ("nullable" in record && !("type" in record)) {
            const nullable = record.nullable === true;
            delete record.nullable;
            if (nullable) {
                const inner = { ...record };
                for (const key of Object.keys(record))
                    delete record[key];
                record.anyOf = [inner, { type: "null" }];
            }
        }
    }
    return node;
}
/**
 * GitHub answers 401, 403 and 404 on every operation (bad token, no permission, missing or hidden
 * resource), and 422 on any write it cannot accept, though its description lists them only on
 * some operations; they are held to its basic error and validation error shapes.
 */
function undeclaredError(status) {
    if (status === 401 || status === 403 || status === 404)
        return { $ref: "#/components/responses/not_found" };
    if (status === 422)
        return { $ref: "#/components/responses/validation_failed" };
    return undefined;
}
function pathPointer(op) {
    const escaped = op.path.replace(/~/g, "~0").replace(/\//g, "~1");
    return `github#/paths/${encodeURIComponent(escaped)}/${op.method.toLowerCase()}`;
}
/**
 * Reduces ajv's errors to the one that explains the failure: the deepest field wins, because
 * `oneOf` failures report every branch and the deepest is where the value actually went wrong.
 */
function summarize(errors) {
    const relevant = errors.filter((e) => !["oneOf", "anyOf", "if"].includes(e.keyword));
    const pool = relevant.length > 0 ? relevant : errors;
    const deepest = pool.reduce((a, b) => (depth(b) > depth(a) ? b : a));
    const field = deepest.keyword === "required"
        ? `${deepest.instancePath}/${deepest.params.missingProperty}`
        : deepest.instancePath;
    const message = deepest.keyword === "required"
        ? "is required but missing"
        : deepest.keyword === "additionalProperties"
            ? `has unexpected property "${deepest.params.additionalProperty}"`
            : `${deepest.message ?? deepest.keyword}${deepest.keyword === "enum" ? ` ${JSON.stringify(deepest.params.allowedValues)}` : ""}`;
    return { field, message };
}
function depth(error) {
    return error.instancePath.split("/").length + (error.keyword === "required" ? 1 : 0);
}
function checkQueryValue(value, schema) {
    if (schema.type === "integer" && !/^-?\d+$/.test(value))
        return `must be an integer, got "${value}"`;
    if (schema.type === "boolean" && value !== "true" && value !== "false")
        return `must be true or false, got "${value}"`;
    if (schema.enum && !schema.enum.map(String).includes(value))
        return `must be one of ${schema.enum.map(String).join(", ")}, got "${value}"`;
    return undefined;
}


/***/ }),

/***/ 9094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $R: () => (/* binding */ putObject),
/* harmony export */   Bg: () => (/* binding */ commitToBranch),
/* harmony export */   G7: () => (/* binding */ readPath),
/* harmony export */   HT: () => (/* binding */ putBlob),
/* harmony export */   Md: () => (/* binding */ mergeTrees),
/* harmony export */   QX: () => (/* binding */ isAncestor),
/* harmony export */   T1: () => (/* binding */ ancestors),
/* harmony export */   WL: () => (/* binding */ resolveCommit),
/* harmony export */   WM: () => (/* binding */ writeTree),
/* harmony export */   dG: () => (/* binding */ flattenTree),
/* harmony export */   fM: () => (/* binding */ blobContent),
/* harmony export */   iM: () => (/* binding */ getObject),
/* harmony export */   kt: () => (/* binding */ createCommit),
/* harmony export */   wu: () => (/* binding */ mergeBase)
/* harmony export */ });
/* unused harmony exports hashObject, sortTreeEntries, splitPath */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Git objects as git itself stores them: the same bytes hashed with SHA-1, so a sha the sandbox
 * hands out is the sha `git hash-object` would compute for the same content.
 */
function hashObject(object) {
    const body = serialize(object);
    const header = Buffer.from(`${object.type} ${body.length}\0`);
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha1").update(header).update(body).digest("hex");
}
function serialize(object) {
    switch (object.type) {
        case "blob":
            return Buffer.from(object.content, "base64");
        case "tree":
            return Buffer.concat(sortTreeEntries(object.entries).flatMap((entry) => [
                Buffer.from(`${entry.mode === "040000" ? "40000" : entry.mode} ${entry.name}\0`),
                Buffer.from(entry.sha, "hex"),
            ]));
        case "commit": {
            const lines = [`tree ${object.tree}`, ...object.parents.map((p) => `parent ${p}`)];
            lines.push(`author ${person(object.author)}`, `committer ${person(object.committer)}`, "", object.message);
            return Buffer.from(lines.join("\n"));
        }
        case "tag":
            return Buffer.from([
                `object ${object.object}`,
                `type ${object.objectType}`,
                `tag ${object.tag}`,
                `tagger ${person(object.tagger)}`,
                "",
                object.message,
            ].join("\n"));
    }
}
function person(p) {
    return `${p.name} <${p.email}> ${Math.floor(Date.parse(p.date) / 1000)} +0000`;
}
/** Git's tree order: byte order of names, with a tree's name compared as if it ended in "/". */
function sortTreeEntries(entries) {
    const key = (e) => (e.mode === "040000" ? `${e.name}/` : e.name);
    return [...entries].sort((a, b) => Buffer.compare(Buffer.from(key(a)), Buffer.from(key(b))));
}
function putObject(repo, object) {
    const normalized = object.type === "tree" ? { ...object, entries: sortTreeEntries(object.entries) } : object;
    const sha = hashObject(normalized);
    repo.objects[sha] ??= normalized;
    return sha;
}
function putBlob(repo, content) {
    return putObject(repo, { type: "blob", content: content.toString("base64") });
}
function getObject(repo, sha, type) {
    const object = repo.objects[sha];
    return object?.type === type ? object : undefined;
}
function blobContent(repo, sha) {
    const blob = getObject(repo, sha, "blob");
    if (!blob)
        throw new Error(`no blob ${sha}`);
    return Buffer.from(blob.content, "base64");
}
const FULL_SHA = /^[0-9a-f]{40}$/;
/** A branch, tag, full ref (`refs/heads/x`, `heads/x`) or commit sha, to the commit it names. */
function resolveCommit(repo, ref) {
    const candidates = ref.startsWith("refs/")
        ? [ref]
        : [`refs/${ref}`, `refs/heads/${ref}`, `refs/tags/${ref}`].filter((r) => r.split("/").length >= 3);
    for (const name of candidates) {
        const target = repo.refs[name];
        if (target)
            return peelToCommit(repo, target);
    }
    if (FULL_SHA.test(ref) && getObject(repo, ref, "commit"))
        return ref;
    if (/^[0-9a-f]{7,39}$/.test(ref)) {
        const matches = Object.keys(repo.objects).filter((sha) => sha.startsWith(ref) && repo.objects[sha]?.type === "commit");
        if (matches.length === 1)
            return matches[0];
    }
    return undefined;
}
function peelToCommit(repo, sha) {
    const object = repo.objects[sha];
    if (object?.type === "tag")
        return peelToCommit(repo, object.object);
    return object?.type === "commit" ? sha : undefined;
}
/** What a path names in a commit's tree ("" is the root), or undefined. */
function readPath(repo, commitSha, path) {
    const commit = getObject(repo, commitSha, "commit");
    if (!commit)
        return undefined;
    let treeSha = commit.tree;
    const parts = splitPath(path);
    if (parts.length === 0) {
        const tree = getObject(repo, treeSha, "tree");
        return tree ? { type: "tree", sha: treeSha, mode: "040000", path: "", entries: tree.entries } : undefined;
    }
    for (let i = 0; i < parts.length; i++) {
        const tree = getObject(repo, treeSha, "tree");
        const entry = tree?.entries.find((e) => e.name === parts[i]);
        if (!entry)
            return undefined;
        const last = i === parts.length - 1;
        if (entry.mode === "040000") {
            if (last) {
                const sub = getObject(repo, entry.sha, "tree");
                return sub
                    ? { type: "tree", sha: entry.sha, mode: "040000", path: parts.join("/"), entries: sub.entries }
                    : undefined;
            }
            treeSha = entry.sha;
        }
        else {
            return last ? { type: "blob", sha: entry.sha, mode: entry.mode, path: parts.join("/") } : undefined;
        }
    }
    return undefined;
}
function splitPath(path) {
    return path.split("/").filter((p) => p.length > 0);
}
/** Every file of a tree as path → blob entry, for diffs and merges. */
function flattenTree(repo, treeSha, prefix = "") {
    const files = new Map();
    const tree = getObject(repo, treeSha, "tree");
    for (const entry of tree?.entries ?? []) {
        const path = prefix + entry.name;
        if (entry.mode === "040000")
            for (const [p, e] of flattenTree(repo, entry.sha, `${path}/`))
                files.set(p, e);
        else
            files.set(path, entry);
    }
    return files;
}
/** Builds the tree that results from applying changes to a base tree (or to an empty tree). */
function writeTree(repo, baseTreeSha, changes) {
    const files = baseTreeSha ? flattenTree(repo, baseTreeSha) : new Map();
    for (const change of changes) {
        const path = splitPath(change.path).join("/");
        if (change.sha === null) {
            files.delete(path);
            for (const key of [...files.keys()])
                if (key.startsWith(`${path}/`))
                    files.delete(key);
        }
        else {
            const name = path.split("/").pop() ?? path;
            files.set(path, { mode: change.mode ?? files.get(path)?.mode ?? "100644", name, sha: change.sha });
        }
    }
    return buildTree(repo, files);
}
function buildTree(repo, files) {
    const direct = [];
    const subdirs = new Map();
    for (const [path, entry] of files) {
        const slash = path.indexOf("/");
        if (slash < 0)
            direct.push({ ...entry, name: path });
        else {
            const dir = path.slice(0, slash);
            if (!subdirs.has(dir))
                subdirs.set(dir, new Map());
            subdirs.get(dir)?.set(path.slice(slash + 1), entry);
        }
    }
    for (const [dir, sub] of subdirs)
        direct.push({ mode: "040000", name: dir, sha: buildTree(repo, sub) });
    return putObject(repo, { type: "tree", entries: direct });
}
function createCommit(repo, input) {
    return putObject(repo, {
        type: "commit",
        tree: input.tree,
        parents: input.parents,
        message: input.message,
        author: input.author,
        committer: input.committer ?? input.author,
    });
}
/** Commits file changes on top of a branch and moves the branch; returns the new commit's sha. */
function commitToBranch(repo, branch, changes, message, author) {
    const ref = `refs/heads/${branch}`;
    const parent = repo.refs[ref];
    const baseTree = parent ? (getObject(repo, parent, "commit")?.tree ?? null) : null;
    const tree = writeTree(repo, baseTree, changes);
    const sha = createCommit(repo, { tree, parents: parent ? [parent] : [], message, author });
    repo.refs[ref] = sha;
    return sha;
}
/** Commits reachable from a commit, newest first (breadth-first over parents). */
function ancestors(repo, sha) {
    const seen = new Set();
    const queue = [sha];
    while (queue.length > 0) {
        const next = queue.shift();
        if (seen.has(next))
            continue;
        seen.add(next);
        queue.push(...(getObject(repo, next, "commit")?.parents ?? []));
    }
    return [...seen];
}
function isAncestor(repo, ancestor, descendant) {
    return ancestors(repo, descendant).includes(ancestor);
}
function mergeBase(repo, a, b) {
    const ofB = new Set(ancestors(repo, b));
    return ancestors(repo, a).find((sha) => ofB.has(sha));
}
/**
 * Three-way merge at file level: a file changed on one side only takes that side; changed the
 * same way on both is fine; changed differently on both is a conflict.
 */
function mergeTrees(repo, baseCommit, ours, theirs) {
    const treeOf = (sha) => (sha ? getObject(repo, sha, "commit")?.tree : undefined);
    const base = flattenFiles(repo, treeOf(baseCommit));
    const left = flattenFiles(repo, treeOf(ours));
    const right = flattenFiles(repo, treeOf(theirs));
    const paths = new Set([...base.keys(), ...left.keys(), ...right.keys()]);
    const result = new Map();
    const conflicts = [];
    for (const path of paths) {
        const b = base.get(path)?.sha;
        const l = left.get(path);
        const r = right.get(path);
        let pick;
        if (l?.sha === r?.sha)
            pick = l;
        else if (l?.sha === b)
            pick = r;
        else if (r?.sha === b)
            pick = l;
        else {
            conflicts.push(path);
            continue;
        }
        if (pick)
            result.set(path, pick);
    }
    return conflicts.length > 0 ? { conflicts: conflicts.sort() } : { tree: buildTree(repo, result) };
}
function flattenFiles(repo, tree) {
    return tree ? flattenTree(repo, tree) : new Map();
}


/***/ }),

/***/ 9512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ validationFailed),
/* harmony export */   Bo: () => (/* binding */ isStringArray),
/* harmony export */   EN: () => (/* binding */ bodyOf),
/* harmony export */   En: () => (/* binding */ paginate),
/* harmony export */   Et: () => (/* binding */ isNumber),
/* harmony export */   Kg: () => (/* binding */ isString),
/* harmony export */   Lm: () => (/* binding */ isBoolean),
/* harmony export */   MB: () => (/* binding */ requireField),
/* harmony export */   V$: () => (/* binding */ noContent),
/* harmony export */   j$: () => (/* binding */ HttpError),
/* harmony export */   mX: () => (/* binding */ notFound),
/* harmony export */   ok: () => (/* binding */ ok)
/* harmony export */ });
/** An error answered the way GitHub answers it: `{ message, documentation_url, status }`. */
class HttpError extends Error {
    status;
    extra;
    headers;
    constructor(status, message, extra = {}, headers = {}) {
        super(message);
        this.status = status;
        this.extra = extra;
        this.headers = headers;
    }
}
const notFound = () => new HttpError(404, "Not Found");
/** GitHub's 422 shape for a field that failed validation. */
function validationFailed(message, errors = []) {
    return new HttpError(422, message, errors.length ? { errors } : {});
}
const ok = (body, status = 200, headers) => ({
    status,
    body,
    ...(headers ? { headers } : {}),
});
const noContent = () => ({ status: 204 });
/** Reads `page`/`per_page` as GitHub does (per_page default 30, max 100) and adds the Link header. */
function paginate(request, items) {
    const perPage = Math.min(Math.max(Number(request.query.get("per_page") ?? 30) || 30, 1), 100);
    const page = Math.max(Number(request.query.get("page") ?? 1) || 1, 1);
    const last = Math.max(Math.ceil(items.length / perPage), 1);
    const body = items.slice((page - 1) * perPage, page * perPage);
    const link = linkHeader(request.url, page, last);
    return { status: 200, body, ...(link ? { headers: { link } } : {}) };
}
function linkHeader(url, page, last) {
    const at = (p) => {
        const next = new URL(url);
        next.searchParams.set("page", String(p));
        return next.toString();
    };
    const parts = [];
    if (page > 1)
        parts.push(`<${at(page - 1)}>; rel="prev"`);
    if (page < last)
        parts.push(`<${at(page + 1)}>; rel="next"`, `<${at(last)}>; rel="last"`);
    if (page > 1)
        parts.push(`<${at(1)}>; rel="first"`);
    return parts.length ? parts.join(", ") : undefined;
}
/** A required string field of a JSON body, or GitHub's 422. */
function bodyOf(request) {
    const body = request.body;
    if (body === undefined || body === null)
        return {};
    if (typeof body !== "object" || Array.isArray(body))
        throw new HttpError(400, "Problems parsing JSON");
    return body;
}
function requireField(body, name, check) {
    const value = body[name];
    if (value === undefined)
        throw validationFailed(`Invalid request.\n\n"${name}" wasn't supplied.`);
    if (!check(value))
        throw validationFailed(`Invalid request.\n\nFor '${name}', ${JSON.stringify(value)} is not valid.`);
    return value;
}
const isString = (v) => typeof v === "string";
const isNumber = (v) => typeof v === "number" && Number.isFinite(v);
const isBoolean = (v) => typeof v === "boolean";
const isStringArray = (v) => Array.isArray(v) && v.every(isString);


/***/ }),

/***/ 9747:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uP: () => (/* binding */ actionsRoutes),
  GQ: () => (/* binding */ completeWorkflowRun),
  jb: () => (/* binding */ runnerEnvFor),
  rY: () => (/* binding */ startWorkflowRun)
});

// UNUSED EXPORTS: artifactShape, checkSuiteIdOf, markWorkflowRunInProgress, recordArtifact, runtimeTokenFor, workflowRunShape

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./sandbox/state.ts
var state = __webpack_require__(4779);
;// CONCATENATED MODULE: ./sandbox/artifacts-service.ts


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
function uuidFrom(seed) {
    const hex = (0,external_node_crypto_.createHash)("sha256").update(seed).digest("hex");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
function workflowRunBackendId(repo, run) {
    return uuidFrom(`workflow-run:${repo.id}:${run.id}`);
}
function jobRunBackendId(repo, run, job) {
    return uuidFrom(`workflow-job-run:${repo.id}:${run.id}:${job}`);
}
function findRunByBackendId(world, backendId) {
    for (const repo of Object.values(world.state.repos))
        for (const run of Object.values(repo.workflowRuns))
            if (workflowRunBackendId(repo, run) === backendId)
                return { repo, run };
    return undefined;
}
function hmac(data) {
    return (0,external_node_crypto_.createHmac)("sha256", SIGNING_KEY).update(data).digest("base64url");
}
function sameSignature(given, expected) {
    const a = Buffer.from(given);
    const b = Buffer.from(expected);
    return a.length === b.length && (0,external_node_crypto_.timingSafeEqual)(a, b);
}
/**
 * An ACTIONS_RUNTIME_TOKEN for one job of a run: an HS256 JWT whose `scp` claim carries
 * `Actions.Results:<workflowRunBackendId>:<workflowJobRunBackendId>`, as the runner's does.
 */
function artifacts_service_mintRuntimeToken(repo, run, options = {}) {
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
    const encode = (value) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const unsigned = `${encode(header)}.${encode(claims)}`;
    return `${unsigned}.${hmac(unsigned)}`;
}
function verifyRuntimeToken(authorization) {
    const token = /^bearer\s+(\S+)$/i.exec(authorization?.trim() ?? "")?.[1];
    if (!token)
        throw new TwirpError(401, "unauthenticated", "missing bearer token");
    const [header, payload, signature] = token.split(".");
    if (!header || !payload || !signature || !sameSignature(signature, hmac(`${header}.${payload}`)))
        throw new TwirpError(401, "unauthenticated", "invalid runtime token");
    let claims;
    try {
        claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    }
    catch {
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
function signedUrl(origin, path, method) {
    const expiry = new Date(Date.now() + SIGNED_URL_LIFETIME_SECONDS * 1000).toISOString();
    const signature = hmac(`${method}\n${path}\n${expiry}`);
    return `${origin}${path}?se=${encodeURIComponent(expiry)}&sp=${method === "GET" ? "r" : "cw"}&sig=${signature}`;
}
function checkSignedUrl(url, method) {
    const expiry = url.searchParams.get("se") ?? "";
    const signature = url.searchParams.get("sig") ?? "";
    if (!sameSignature(signature, hmac(`${method}\n${url.pathname}\n${expiry}`)))
        throw new BlobError(403, "AuthenticationFailed", "Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.");
    if (!(Date.parse(expiry) > Date.now()))
        throw new BlobError(403, "AuthenticationFailed", "Signed expiry time must be after signed start time");
}
function artifactFileName(artifact) {
    return `${artifact.name}.zip`;
}
/** Where an artifact's zip can be fetched without further credentials, for a while. */
function artifactDownloadUrl(origin, artifact) {
    return signedUrl(origin, `/_blobs/artifacts/${artifact.id}/${encodeURIComponent(artifactFileName(artifact))}`, "GET");
}
// ---------------------------------------------------------------------------------------------
// Artifact records
/** Bytes a base64 string decodes to, without decoding it (artifacts can be large). */
function base64DecodedLength(base64) {
    const padding = base64.endsWith("==") ? 2 : base64.endsWith("=") ? 1 : 0;
    return (base64.length / 4) * 3 - padding;
}
function isArtifactExpired(artifact) {
    return artifact.expired || Date.parse(artifact.expiresAt) <= Date.now();
}
function findArtifact(world, artifactId) {
    for (const repo of Object.values(world.state.repos)) {
        const artifact = repo.artifacts[String(artifactId)];
        if (artifact)
            return { repo, artifact };
    }
    return undefined;
}
function sha256Digest(content) {
    return `sha256:${(0,external_node_crypto_.createHash)("sha256").update(content).digest("hex")}`;
}
/** Records a finished artifact on a run; `expiresAt` defaults to GitHub's 90-day retention. */
function artifacts_service_storeArtifact(world, repo, run, upload) {
    const expiresAt = upload.expiresAt
        ? new Date(upload.expiresAt)
        : new Date(Date.now() + DEFAULT_RETENTION_DAYS * 24 * 3600 * 1000);
    const artifact = {
        id: world.id(),
        runId: run.id,
        name: upload.name,
        content: upload.zip.toString("base64"),
        digest: sha256Digest(upload.zip),
        expired: false,
        createdAt: world.now(),
        expiresAt: (0,state/* timestamp */.vE)(expiresAt),
    };
    repo.artifacts[String(artifact.id)] = artifact;
    world.changed();
    return artifact;
}
function liveArtifactsOfRun(repo, run) {
    return Object.values(repo.artifacts)
        .filter((a) => a.runId === run.id && !isArtifactExpired(a))
        .sort((a, b) => a.id - b.id);
}
const pendingUploadsByWorld = new WeakMap();
function pendingUploads(world) {
    let uploads = pendingUploadsByWorld.get(world);
    if (!uploads) {
        uploads = new Map();
        pendingUploadsByWorld.set(world, uploads);
    }
    return uploads;
}
function pendingUploadFor(world, run, name) {
    return [...pendingUploads(world).values()].find((u) => u.run.id === run.id && u.name === name);
}
// ---------------------------------------------------------------------------------------------
// Twirp
/** Twirp's error: an HTTP status and `{ code, msg }`. */
class TwirpError extends Error {
    status;
    code;
    constructor(status, code, message) {
        super(message);
        this.status = status;
        this.code = code;
    }
}
function stringField(body, field) {
    const value = body[field];
    if (typeof value !== "string" || value === "")
        throw new TwirpError(400, "invalid_argument", `${field} is required`);
    return value;
}
function optionalString(body, field) {
    const value = body[field];
    if (value === undefined || value === null)
        return undefined;
    if (typeof value !== "string")
        throw new TwirpError(400, "malformed", `${field} must be a string`);
    return value;
}
/** Proto3 JSON writes int64 as a string, but accepts a number too. */
function optionalInt64(body, field) {
    const value = body[field];
    if (value === undefined || value === null)
        return undefined;
    const parsed = typeof value === "number" ? value : typeof value === "string" ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(parsed))
        throw new TwirpError(400, "malformed", `${field} must be an int64`);
    return parsed;
}
function requireOwnJob(call) {
    if (stringField(call.body, "workflow_job_run_backend_id") !== call.scope.workflowJobRunBackendId)
        throw new TwirpError(403, "permission_denied", "the runtime token is for another job");
}
function createArtifact(call) {
    const { world, repo, run, body } = call;
    requireOwnJob(call);
    const name = stringField(body, "name");
    if (run.status === "completed")
        throw new TwirpError(412, "failed_precondition", `workflow run ${run.id} has completed`);
    if (liveArtifactsOfRun(repo, run).some((a) => a.name === name))
        throw new TwirpError(409, "already_exists", "an artifact with this name already exists on the workflow run");
    const expiresAt = optionalString(body, "expires_at");
    if (expiresAt !== undefined && Number.isNaN(Date.parse(expiresAt)))
        throw new TwirpError(400, "malformed", "expires_at must be an RFC 3339 timestamp");
    const uploads = pendingUploads(world);
    const replaced = pendingUploadFor(world, run, name);
    if (replaced)
        uploads.delete(replaced.uploadId);
    const uploadId = (0,external_node_crypto_.randomBytes)(12).toString("hex");
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
function finalizeArtifact(call) {
    const { world, repo, run, body } = call;
    requireOwnJob(call);
    const name = stringField(body, "name");
    const upload = pendingUploadFor(world, run, name);
    if (!upload)
        throw new TwirpError(404, "not_found", `no artifact named ${name} is being uploaded`);
    if (!upload.committed)
        throw new TwirpError(412, "failed_precondition", `artifact ${name} has no committed blob`);
    const size = optionalInt64(body, "size");
    if (size !== undefined && size !== upload.committed.length)
        throw new TwirpError(400, "invalid_argument", `size ${size} does not match the ${upload.committed.length} bytes uploaded`);
    const digest = sha256Digest(upload.committed);
    const claimedHash = optionalString(body, "hash");
    if (claimedHash !== undefined && claimedHash !== digest)
        throw new TwirpError(400, "invalid_argument", `hash ${claimedHash} does not match the uploaded ${digest}`);
    pendingUploads(world).delete(upload.uploadId);
    const artifact = artifacts_service_storeArtifact(world, repo, run, {
        name,
        zip: upload.committed,
        expiresAt: upload.expiresAt,
    });
    return { ok: true, artifact_id: String(artifact.id) };
}
function listArtifacts(call) {
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
function artifactNamed(call) {
    const name = stringField(call.body, "name");
    const artifact = liveArtifactsOfRun(call.repo, call.run).find((a) => a.name === name);
    if (!artifact)
        throw new TwirpError(404, "not_found", `artifact ${name} not found`);
    return artifact;
}
function getSignedArtifactUrl(call) {
    return { signed_url: artifactDownloadUrl(call.origin, artifactNamed(call)) };
}
function deleteArtifact(call) {
    const artifact = artifactNamed(call);
    delete call.repo.artifacts[String(artifact.id)];
    call.world.changed();
    return { ok: true, artifact_id: String(artifact.id) };
}
const TWIRP_METHODS = {
    CreateArtifact: createArtifact,
    FinalizeArtifact: finalizeArtifact,
    ListArtifacts: listArtifacts,
    GetSignedArtifactURL: getSignedArtifactUrl,
    DeleteArtifact: deleteArtifact,
};
function twirpResponse(status, body) {
    return {
        status,
        body: Buffer.from(JSON.stringify(body)),
        headers: { "content-type": "application/json" },
    };
}
function serveTwirp(request) {
    try {
        const method = TWIRP_METHODS[request.match[1] ?? ""];
        if (!method)
            throw new TwirpError(404, "bad_route", `no handler for ${request.url.pathname}`);
        const scope = verifyRuntimeToken(headerValue(request.headers.authorization));
        let body;
        try {
            body = JSON.parse(request.rawBody.toString("utf8") || "{}");
        }
        catch {
            throw new TwirpError(400, "malformed", "the request body is not JSON");
        }
        if (typeof body !== "object" || body === null || Array.isArray(body))
            throw new TwirpError(400, "malformed", "the request body is not a JSON object");
        const fields = body;
        if (stringField(fields, "workflow_run_backend_id") !== scope.workflowRunBackendId)
            throw new TwirpError(403, "permission_denied", "the runtime token is for another workflow run");
        const found = findRunByBackendId(request.world, scope.workflowRunBackendId);
        if (!found)
            throw new TwirpError(404, "not_found", "workflow run not found");
        return twirpResponse(200, method({ world: request.world, origin: request.url.origin, scope, ...found, body: fields }));
    }
    catch (error) {
        if (!(error instanceof TwirpError))
            throw error;
        return twirpResponse(error.status, { code: error.code, msg: error.message });
    }
}
function headerValue(value) {
    return Array.isArray(value) ? value[0] : value;
}
// ---------------------------------------------------------------------------------------------
// Blob storage (the subset of Azure's Blob REST API that @azure/storage-blob's uploads use)
class BlobError extends Error {
    status;
    code;
    constructor(status, code, message) {
        super(message);
        this.status = status;
        this.code = code;
    }
}
function blobErrorResponse(error) {
    const xml = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${error.code}</Code><Message>${escapeXml(error.message)}</Message></Error>`;
    return {
        status: error.status,
        body: Buffer.from(xml),
        headers: { "content-type": "application/xml", "x-ms-error-code": error.code },
    };
}
function escapeXml(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function blobHeaders() {
    return {
        "x-ms-request-id": (0,external_node_crypto_.randomBytes)(16).toString("hex"),
        "x-ms-version": "2025-01-05",
        date: new Date().toUTCString(),
    };
}
/** Block ids in a Put Block List body, in order (`<Latest>`, `<Uncommitted>` or `<Committed>`). */
function blockListIds(xml) {
    return [...xml.matchAll(/<(Latest|Uncommitted|Committed)>([^<]*)<\/\1>/g)].map((m) => m[2] ?? "");
}
function serveBlobUpload(request) {
    try {
        checkSignedUrl(request.url, "PUT");
        const upload = pendingUploads(request.world).get(request.match[1] ?? "");
        if (!upload)
            throw new BlobError(404, "BlobNotFound", "The specified blob does not exist.");
        const operation = request.url.searchParams.get("comp");
        if (operation === "block") {
            const blockId = request.url.searchParams.get("blockid");
            if (!blockId)
                throw new BlobError(400, "InvalidQueryParameterValue", "blockid is required");
            upload.stagedBlocks.set(blockId, request.rawBody);
            return { status: 201, headers: blobHeaders() };
        }
        if (operation === "blocklist") {
            const ids = blockListIds(request.rawBody.toString("utf8"));
            const blocks = ids.map((id) => upload.stagedBlocks.get(id));
            if (blocks.some((block) => block === undefined))
                throw new BlobError(400, "InvalidBlockList", "The specified block list is invalid.");
            upload.committed = Buffer.concat(blocks);
            upload.stagedBlocks.clear();
        }
        else if (operation === null) {
            if (headerValue(request.headers?.["x-ms-blob-type"]) !== "BlockBlob")
                throw new BlobError(400, "MissingRequiredHeader", "x-ms-blob-type must be BlockBlob");
            upload.committed = request.rawBody;
        }
        else
            throw new BlobError(400, "InvalidQueryParameterValue", `comp=${operation} is not supported`);
        return {
            status: 201,
            headers: {
                ...blobHeaders(),
                etag: `"0x${(0,external_node_crypto_.createHash)("sha256").update(upload.committed).digest("hex").slice(0, 16).toUpperCase()}"`,
                "last-modified": new Date().toUTCString(),
                "x-ms-request-server-encrypted": "true",
            },
        };
    }
    catch (error) {
        if (!(error instanceof BlobError))
            throw error;
        return blobErrorResponse(error);
    }
}
function serveArtifactDownload(request) {
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
    }
    catch (error) {
        if (!(error instanceof BlobError))
            throw error;
        return blobErrorResponse(error);
    }
}
const resultsServiceRoutes = [
    {
        method: "POST",
        pattern: new RegExp(`^/twirp/${TWIRP_SERVICE.replace(/\./g, "\\.")}/([A-Za-z]+)$`),
        handler: serveTwirp,
    },
    { method: "PUT", pattern: /^\/_blobs\/uploads\/([0-9a-f]+)\/[^/]+$/, handler: serveBlobUpload },
    { method: "GET", pattern: /^\/_blobs\/artifacts\/(\d+)\/[^/]+$/, handler: serveArtifactDownload },
];

// EXTERNAL MODULE: ./sandbox/git.ts
var git = __webpack_require__(9094);
// EXTERNAL MODULE: ./sandbox/http.ts
var http = __webpack_require__(9512);
// EXTERNAL MODULE: ./sandbox/shapes.ts
var shapes = __webpack_require__(3002);
;// CONCATENATED MODULE: ./sandbox/routes/actions.ts




function repoOf(world, repo) {
    return typeof repo === "string" ? world.repo(repo) : repo;
}
function runOf(repo, runId) {
    const run = repo.workflowRuns[String(runId)];
    if (!run)
        throw new Error(`sandbox: no workflow run ${runId} in ${repo.owner}/${repo.name}`);
    return run;
}
/** Creates a workflow run as GitHub does when a workflow triggers, and announces it. */
function startWorkflowRun(world, options) {
    const repo = repoOf(world, options.repo);
    const headBranch = options.headBranch ?? repo.defaultBranch;
    const headSha = options.headSha ?? (0,git/* resolveCommit */.WL)(repo, `refs/heads/${headBranch}`);
    if (!headSha || !(0,git/* getObject */.iM)(repo, headSha, "commit"))
        throw new Error(`sandbox: ${options.headSha ?? headBranch} is not a commit in ${repo.owner}/${repo.name}`);
    const earlierRuns = Object.values(repo.workflowRuns).filter((r) => r.path === options.workflowPath);
    // A run belongs to a check suite, and the record has no field for its id: the suite takes the id
    // allocated just before the run's, so `checkSuiteIdOf(run)` is `run.id - 1`.
    world.id();
    const id = world.id();
    const now = world.now();
    const run = {
        id,
        name: options.name ?? workflowFileStem(options.workflowPath),
        workflowId: earlierRuns[0]?.workflowId ?? world.id(),
        path: options.workflowPath,
        event: options.event ?? "push",
        status: "queued",
        conclusion: null,
        headBranch,
        headSha,
        runNumber: earlierRuns.length + 1,
        runAttempt: 1,
        actor: options.actor ?? repo.owner,
        pullRequests: options.pullRequests ?? [],
        createdAt: now,
        updatedAt: now,
    };
    world.createUser(run.actor);
    repo.workflowRuns[String(id)] = run;
    world.changed();
    emitWorkflowRun(world, repo, run, "requested");
    if ((options.status ?? "in_progress") === "in_progress")
        markWorkflowRunInProgress(world, repo, id);
    return run;
}
function markWorkflowRunInProgress(world, repo, runId) {
    const record = repoOf(world, repo);
    const run = runOf(record, runId);
    if (run.status === "completed")
        throw new Error(`sandbox: workflow run ${runId} has already completed`);
    run.status = "in_progress";
    run.updatedAt = world.now();
    world.changed();
    emitWorkflowRun(world, record, run, "in_progress");
    return run;
}
function completeWorkflowRun(world, repo, runId, conclusion) {
    const record = repoOf(world, repo);
    const run = runOf(record, runId);
    if (run.status === "completed")
        throw new Error(`sandbox: workflow run ${runId} has already completed`);
    run.status = "completed";
    run.conclusion = conclusion;
    run.updatedAt = world.now();
    world.changed();
    emitWorkflowRun(world, record, run, "completed");
    return run;
}
/**
 * The ACTIONS_RUNTIME_TOKEN a runner gives the steps of one job of the run; with it and
 * ACTIONS_RESULTS_URL=<sandbox url>/, @actions/artifact uploads to and downloads from this run.
 */
function runtimeTokenFor(world, repo, runId, options = {}) {
    const record = repoOf(world, repo);
    return mintRuntimeToken(record, runOf(record, runId), options);
}
/**
 * The environment a runner gives a step of the run, as far as actions and @actions/artifact read
 * it. GITHUB_SERVER_URL is left out on purpose: @actions/artifact refuses to run against a server
 * that is not github.com (it takes it for GitHub Enterprise Server).
 */
function runnerEnvFor(world, repo, runId, options = {}) {
    const record = repoOf(world, repo);
    const run = runOf(record, runId);
    return {
        GITHUB_ACTIONS: "true",
        CI: "true",
        GITHUB_API_URL: world.urls.api,
        GITHUB_REPOSITORY: `${record.owner}/${record.name}`,
        GITHUB_REPOSITORY_OWNER: record.owner,
        GITHUB_RUN_ID: String(run.id),
        GITHUB_RUN_NUMBER: String(run.runNumber),
        GITHUB_RUN_ATTEMPT: String(run.runAttempt),
        GITHUB_WORKFLOW: run.name,
        GITHUB_WORKFLOW_REF: `${record.owner}/${record.name}/${run.path}@${run.headBranch ? `refs/heads/${run.headBranch}` : run.headSha}`,
        GITHUB_EVENT_NAME: run.event,
        GITHUB_SHA: run.headSha,
        GITHUB_REF: run.headBranch ? `refs/heads/${run.headBranch}` : "",
        GITHUB_ACTOR: run.actor,
        GITHUB_JOB: options.job ?? "build",
        ACTIONS_RESULTS_URL: `${options.resultsUrl ?? world.urls.api}/`,
        ACTIONS_RUNTIME_TOKEN: artifacts_service_mintRuntimeToken(record, run, options),
        ...(options.token ? { GITHUB_TOKEN: options.token } : {}),
    };
}
/**
 * Records an artifact (a zip archive) on a run as a finished upload-artifact step would, for tests
 * that need one without running @actions/artifact.
 */
function recordArtifact(world, repo, runId, artifact) {
    const record = repoOf(world, repo);
    return storeArtifact(world, record, runOf(record, runId), artifact);
}
// ---------------------------------------------------------------------------------------------
// Shapes
function checkSuiteIdOf(run) {
    return run.id - 1;
}
function workflowFileStem(path) {
    return (path.split("/").pop() ?? path).replace(/\.ya?ml$/, "");
}
function repoApi(world, repo) {
    return `${world.urls.api}/repos/${repo.owner}/${repo.name}`;
}
function repoHtml(world, repo) {
    return `${world.urls.html}/${repo.owner}/${repo.name}`;
}
/** The keys of `minimal-repository` (REST) and `repository-lite` (webhooks), which agree. */
const MINIMAL_REPOSITORY_KEYS = [
    "id",
    "node_id",
    "name",
    "full_name",
    "owner",
    "private",
    "html_url",
    "description",
    "fork",
    "url",
    "archive_url",
    "assignees_url",
    "blobs_url",
    "branches_url",
    "collaborators_url",
    "comments_url",
    "commits_url",
    "compare_url",
    "contents_url",
    "contributors_url",
    "deployments_url",
    "downloads_url",
    "events_url",
    "forks_url",
    "git_commits_url",
    "git_refs_url",
    "git_tags_url",
    "hooks_url",
    "issue_comment_url",
    "issue_events_url",
    "issues_url",
    "keys_url",
    "labels_url",
    "languages_url",
    "merges_url",
    "milestones_url",
    "notifications_url",
    "pulls_url",
    "releases_url",
    "stargazers_url",
    "statuses_url",
    "subscribers_url",
    "subscription_url",
    "tags_url",
    "teams_url",
    "trees_url",
];
function userShape(world, login, flavour) {
    return flavour === "webhook" ? (0,shapes/* webhookUser */.zR)(world, login) : (0,shapes/* simpleUser */.U5)(world, login);
}
function minimalRepository(world, repo, flavour) {
    const full = (0,shapes/* repository */.Jk)(world, repo);
    const minimal = {};
    for (const key of MINIMAL_REPOSITORY_KEYS)
        minimal[key] = full[key];
    minimal.owner = userShape(world, repo.owner, flavour);
    return minimal;
}
function pullRequestRefs(world, repo, run) {
    const repoRef = (fullName) => {
        const target = world.state.repos[fullName.toLowerCase()] ?? repo;
        return { id: target.id, url: repoApi(world, target), name: target.name };
    };
    return run.pullRequests.flatMap((number) => {
        const pull = Object.values(repo.pulls).find((p) => p.number === number);
        if (!pull)
            return [];
        return [
            {
                url: `${repoApi(world, repo)}/pulls/${number}`,
                id: pull.id,
                number,
                head: { ref: pull.headRef, sha: pull.headSha, repo: repoRef(pull.headRepo) },
                base: { ref: pull.baseRef, sha: pull.baseSha, repo: repoRef(`${repo.owner}/${repo.name}`) },
            },
        ];
    });
}
function headCommit(repo, sha) {
    const commit = (0,git/* getObject */.iM)(repo, sha, "commit");
    if (!commit)
        return null;
    return {
        id: sha,
        tree_id: commit.tree,
        message: commit.message,
        timestamp: commit.committer.date,
        author: { name: commit.author.name, email: commit.author.email },
        committer: { name: commit.committer.name, email: commit.committer.email },
    };
}
/** The `workflow-run` object: REST's, or the stricter one webhook payloads carry. */
function workflowRunShape(world, repo, run, options = {}) {
    const flavour = options.flavour ?? "rest";
    const api = `${repoApi(world, repo)}/actions/runs/${run.id}`;
    const checkSuiteId = checkSuiteIdOf(run);
    const commit = headCommit(repo, run.headSha);
    const minimalRepo = minimalRepository(world, repo, flavour);
    return {
        id: run.id,
        name: run.name,
        node_id: (0,shapes/* nodeId */.s5)("WorkflowRun", run.id),
        check_suite_id: checkSuiteId,
        check_suite_node_id: (0,shapes/* nodeId */.s5)("CheckSuite", checkSuiteId),
        head_branch: run.headBranch,
        head_sha: run.headSha,
        path: run.path,
        display_title: commit?.message.split("\n")[0] || run.name,
        run_number: run.runNumber,
        run_attempt: run.runAttempt,
        referenced_workflows: [],
        event: run.event,
        status: run.status,
        conclusion: run.conclusion,
        workflow_id: run.workflowId,
        url: api,
        html_url: `${repoHtml(world, repo)}/actions/runs/${run.id}`,
        pull_requests: options.excludePullRequests ? [] : pullRequestRefs(world, repo, run),
        created_at: run.createdAt,
        updated_at: run.updatedAt,
        actor: userShape(world, run.actor, flavour),
        triggering_actor: userShape(world, run.actor, flavour),
        run_started_at: run.createdAt,
        jobs_url: `${api}/jobs`,
        logs_url: `${api}/logs`,
        check_suite_url: `${repoApi(world, repo)}/check-suites/${checkSuiteId}`,
        artifacts_url: `${api}/artifacts`,
        cancel_url: `${api}/cancel`,
        rerun_url: `${api}/rerun`,
        previous_attempt_url: run.runAttempt > 1 ? `${api}/attempts/${run.runAttempt - 1}` : null,
        workflow_url: `${repoApi(world, repo)}/actions/workflows/${run.workflowId}`,
        head_commit: commit,
        repository: minimalRepo,
        head_repository: minimalRepo,
        ...(flavour === "rest" ? { head_repository_id: repo.id } : {}),
    };
}
function workflowShape(world, repo, run) {
    const runs = Object.values(repo.workflowRuns).filter((r) => r.workflowId === run.workflowId);
    const createdAt = runs.map((r) => r.createdAt).sort()[0] ?? run.createdAt;
    const file = run.path.split("/").pop() ?? run.path;
    return {
        id: run.workflowId,
        node_id: (0,shapes/* nodeId */.s5)("Workflow", run.workflowId),
        name: run.name,
        path: run.path,
        state: "active",
        created_at: createdAt,
        updated_at: createdAt,
        url: `${repoApi(world, repo)}/actions/workflows/${run.workflowId}`,
        html_url: `${repoHtml(world, repo)}/blob/${repo.defaultBranch}/${run.path}`,
        badge_url: `${repoHtml(world, repo)}/workflows/${encodeURIComponent(file)}/badge.svg`,
    };
}
function emitWorkflowRun(world, repo, run, action) {
    world.webhooks.emit("workflow_run", {
        action,
        workflow_run: workflowRunShape(world, repo, run, { flavour: "webhook" }),
        workflow: workflowShape(world, repo, run),
    }, repo, run.actor);
}
function artifactShape(world, repo, artifact) {
    const url = `${repoApi(world, repo)}/actions/artifacts/${artifact.id}`;
    const run = repo.workflowRuns[String(artifact.runId)];
    return {
        id: artifact.id,
        node_id: (0,shapes/* nodeId */.s5)("Artifact", artifact.id),
        name: artifact.name,
        size_in_bytes: base64DecodedLength(artifact.content),
        url,
        archive_download_url: `${url}/zip`,
        expired: isArtifactExpired(artifact),
        created_at: artifact.createdAt,
        expires_at: artifact.expiresAt,
        updated_at: artifact.createdAt,
        digest: artifact.digest,
        workflow_run: run
            ? {
                id: run.id,
                repository_id: repo.id,
                head_repository_id: repo.id,
                ...(run.headBranch !== null ? { head_branch: run.headBranch } : {}),
                head_sha: run.headSha,
            }
            : null,
    };
}
// ---------------------------------------------------------------------------------------------
// REST
const RUN_STATUSES = new Set(["completed", "in_progress", "queued", "requested", "waiting", "pending"]);
/**
 * GitHub's `created` search qualifier: `2024-05-01`, `>=2024-05-01`, `<2024-05-01T10:00:00Z`,
 * `2024-05-01..2024-05-31` (either side may be `*`). A bound compares to as many characters of
 * the timestamp as it has, so a bare date covers the whole day.
 */
function createdMatcher(expression) {
    const compare = (createdAt, bound) => {
        const cut = createdAt.slice(0, bound.length);
        return cut < bound ? -1 : cut > bound ? 1 : 0;
    };
    const range = /^(.+)\.\.(.+)$/.exec(expression);
    if (range) {
        const [, from = "*", to = "*"] = range;
        return (at) => (from === "*" || compare(at, from) >= 0) && (to === "*" || compare(at, to) <= 0);
    }
    const bounded = /^(>=|<=|>|<)(.+)$/.exec(expression);
    if (!bounded)
        return (at) => compare(at, expression) === 0;
    const [, operator, bound = ""] = bounded;
    if (operator === ">=")
        return (at) => compare(at, bound) >= 0;
    if (operator === "<=")
        return (at) => compare(at, bound) <= 0;
    if (operator === ">")
        return (at) => compare(at, bound) > 0;
    return (at) => compare(at, bound) < 0;
}
function requestedRun(request) {
    const run = request.repo.workflowRuns[String(Number(request.params.run_id))];
    if (!run)
        throw (0,http/* notFound */.mX)();
    return run;
}
function requestedArtifact(request) {
    const artifact = request.repo.artifacts[String(Number(request.params.artifact_id))];
    if (!artifact)
        throw (0,http/* notFound */.mX)();
    return artifact;
}
function byName(request) {
    const name = request.query.get("name");
    return (artifact) => name === null || artifact.name === name;
}
function artifactList(request, artifacts) {
    const page = (0,http/* paginate */.En)(request, artifacts);
    return (0,http.ok)({
        total_count: artifacts.length,
        artifacts: page.body.map((a) => artifactShape(request.world, request.repo, a)),
    }, 200, page.headers);
}
const actionsRoutes = {
    api: [
        {
            operationId: "actions/list-workflow-runs-for-repo",
            route: "GET /repos/{owner}/{repo}/actions/runs",
            permission: ["actions", "read"],
            handler: (request) => {
                const { query } = request;
                const filters = [];
                const actor = query.get("actor");
                if (actor !== null)
                    filters.push((run) => run.actor.toLowerCase() === actor.toLowerCase());
                const branch = query.get("branch");
                if (branch !== null)
                    filters.push((run) => run.headBranch === branch);
                const event = query.get("event");
                if (event !== null)
                    filters.push((run) => run.event === event);
                const status = query.get("status");
                if (status !== null)
                    filters.push((run) => (RUN_STATUSES.has(status) ? run.status : run.conclusion) === status);
                const headSha = query.get("head_sha");
                if (headSha !== null)
                    filters.push((run) => run.headSha === headSha);
                const created = query.get("created");
                if (created !== null) {
                    const matches = createdMatcher(created);
                    filters.push((run) => matches(run.createdAt));
                }
                const checkSuiteId = query.get("check_suite_id");
                if (checkSuiteId !== null)
                    filters.push((run) => checkSuiteIdOf(run) === Number(checkSuiteId));
                const runs = Object.values(request.repo.workflowRuns)
                    .filter((run) => filters.every((matches) => matches(run)))
                    .sort((a, b) => b.id - a.id);
                const page = (0,http/* paginate */.En)(request, runs);
                const excludePullRequests = query.get("exclude_pull_requests") === "true";
                return (0,http.ok)({
                    total_count: runs.length,
                    workflow_runs: page.body.map((run) => workflowRunShape(request.world, request.repo, run, { excludePullRequests })),
                }, 200, page.headers);
            },
        },
        {
            operationId: "actions/get-workflow-run",
            route: "GET /repos/{owner}/{repo}/actions/runs/{run_id}",
            permission: ["actions", "read"],
            handler: (request) => (0,http.ok)(workflowRunShape(request.world, request.repo, requestedRun(request), {
                excludePullRequests: request.query.get("exclude_pull_requests") === "true",
            })),
        },
        {
            operationId: "actions/list-workflow-run-artifacts",
            route: "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts",
            permission: ["actions", "read"],
            handler: (request) => {
                const run = requestedRun(request);
                const ascending = request.query.get("direction") === "asc";
                const artifacts = Object.values(request.repo.artifacts)
                    .filter((a) => a.runId === run.id)
                    .filter(byName(request))
                    .sort((a, b) => (ascending ? a.id - b.id : b.id - a.id));
                return artifactList(request, artifacts);
            },
        },
        {
            operationId: "actions/list-artifacts-for-repo",
            route: "GET /repos/{owner}/{repo}/actions/artifacts",
            permission: ["actions", "read"],
            handler: (request) => {
                const artifacts = Object.values(request.repo.artifacts)
                    .filter(byName(request))
                    .sort((a, b) => b.id - a.id);
                return artifactList(request, artifacts);
            },
        },
        {
            operationId: "actions/get-artifact",
            route: "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}",
            permission: ["actions", "read"],
            handler: (request) => (0,http.ok)(artifactShape(request.world, request.repo, requestedArtifact(request))),
        },
        {
            operationId: "actions/download-artifact",
            route: "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}",
            permission: ["actions", "read"],
            handler: (request) => {
                if (request.params.archive_format !== "zip")
                    throw (0,http/* notFound */.mX)();
                const artifact = requestedArtifact(request);
                if (isArtifactExpired(artifact))
                    throw new http/* HttpError */.j$(410, "Artifact has expired");
                return { status: 302, headers: { location: artifactDownloadUrl(request.world.urls.api, artifact) } };
            },
        },
        {
            operationId: "actions/delete-artifact",
            route: "DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}",
            permission: ["actions", "write"],
            handler: (request) => {
                const artifact = requestedArtifact(request);
                delete request.repo.artifacts[String(artifact.id)];
                request.world.changed();
                return (0,http/* noContent */.V$)();
            },
        },
    ],
    web: resultsServiceRoutes,
};


/***/ }),

/***/ 2226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O: () => (/* binding */ startSandbox)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./sandbox/http.ts
var http = __webpack_require__(9512);
;// CONCATENATED MODULE: ./sandbox/auth.ts


const LEVELS = { none: 0, read: 1, write: 2, admin: 3 };
/** Who the Authorization header says is calling, checked the way GitHub checks it. */
function authenticate(world, header) {
    if (!header)
        return { kind: "anonymous" };
    const match = /^(?:token|bearer)\s+(\S+)$/i.exec(header.trim());
    if (!match?.[1])
        throw new http/* HttpError */.j$(401, "Bad credentials");
    const credential = match[1];
    if (credential.startsWith("eyJ"))
        return { kind: "app", appId: verifyAppJwt(world, credential) };
    const record = world.state.tokens[credential];
    if (!record || (record.expiresAt && Date.parse(record.expiresAt) < Date.now()))
        throw new http/* HttpError */.j$(401, "Bad credentials");
    const user = world.user(record.login);
    if (record.kind === "installation") {
        const installation = world.state.installations[String(record.installationId)];
        if (!installation)
            throw new http/* HttpError */.j$(401, "Bad credentials");
        return {
            kind: "installation",
            user,
            installationId: installation.id,
            token: credential,
            permissions: record.permissions ?? installation.permissions,
            ...(record.repositories ? { repositories: record.repositories } : {}),
        };
    }
    return {
        kind: "user",
        user,
        token: credential,
        ...(record.permissions ? { permissions: record.permissions } : {}),
        ...(record.repositories ? { repositories: record.repositories } : {}),
        ...(record.account ? { account: record.account } : {}),
    };
}
/** Verifies an app's RS256 JWT as GitHub does: signature, `iss`, `iat`/`exp` (at most 10 minutes). */
function verifyAppJwt(world, jwt) {
    const parts = jwt.split(".");
    const [header, payload, signature] = parts;
    if (parts.length !== 3 || !header || !payload || !signature)
        throw new http/* HttpError */.j$(401, "A JSON web token could not be decoded");
    let claims;
    try {
        claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    }
    catch {
        throw new http/* HttpError */.j$(401, "A JSON web token could not be decoded");
    }
    const app = Object.values(world.state.apps).find((a) => String(a.id) === String(claims.iss) || a.slug === claims.iss);
    if (!app)
        throw new http/* HttpError */.j$(401, "Integration not found");
    const verifier = (0,external_node_crypto_.createVerify)("RSA-SHA256");
    verifier.update(`${header}.${payload}`);
    if (!verifier.verify((0,external_node_crypto_.createPublicKey)(app.publicKeyPem), Buffer.from(signature, "base64url")))
        throw new http/* HttpError */.j$(401, "A JSON web token could not be decoded");
    const now = Math.floor(Date.now() / 1000);
    if (typeof claims.exp !== "number" || claims.exp < now)
        throw new http/* HttpError */.j$(401, "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires");
    if (typeof claims.iat !== "number" || claims.iat > now + 60 || claims.exp - claims.iat > 600)
        throw new http/* HttpError */.j$(401, "'Issued at' claim ('iat') must be an Integer representing the time that the assertion was issued");
    return app.id;
}
/** Enforces what a route needs of the caller, before any repository is looked at. */
function requireCredential(actor, route) {
    const wanted = route.auth ?? "token";
    if (wanted === "none")
        return;
    if (wanted === "app") {
        if (actor.kind !== "app")
            throw new http/* HttpError */.j$(401, "A JSON web token could not be decoded");
        return;
    }
    if (actor.kind === "app")
        throw new http/* HttpError */.j$(403, "This endpoint requires you to be authenticated as an installation, not as an app.");
}
/**
 * Looks up `{owner}/{repo}` for the caller. A repository the caller may not see answers 404, as
 * on GitHub; one it sees but may not change in the way the route needs answers 403.
 */
function authorizeRepo(world, actor, params, route) {
    const repo = world.findRepo(params.owner, params.repo);
    if (!repo)
        throw new http/* HttpError */.j$(404, "Not Found");
    const fullName = `${repo.owner}/${repo.name}`.toLowerCase();
    const [scope, level] = route.permission ?? ["metadata", "read"];
    if (actor.kind === "anonymous") {
        if (repo.private)
            throw new http/* HttpError */.j$(404, "Not Found");
        if (level === "write" || params.method !== "GET")
            throw new http/* HttpError */.j$(401, "Requires authentication");
        return repo;
    }
    if (actor.kind === "app")
        throw new http/* HttpError */.j$(403, "This endpoint requires you to be authenticated as an installation, not as an app.");
    if (actor.repositories && !actor.repositories.some((r) => r.toLowerCase() === fullName))
        throw new http/* HttpError */.j$(404, "Not Found");
    if (actor.kind === "installation") {
        const installation = world.state.installations[String(actor.installationId)];
        if (!installation || installation.account.toLowerCase() !== repo.owner.toLowerCase())
            throw new http/* HttpError */.j$(404, "Not Found");
        if (installation.repositories !== "all" &&
            !installation.repositories.some((r) => r.toLowerCase() === fullName))
            throw new http/* HttpError */.j$(404, "Not Found");
        requirePermission(actor.permissions, scope, level);
        return repo;
    }
    if (actor.account !== undefined) {
        // A GITHUB_TOKEN reaches its own account's repositories, as far as its permissions go.
        if (actor.account.toLowerCase() !== repo.owner.toLowerCase())
            throw new http/* HttpError */.j$(404, "Not Found");
        requirePermission(actor.permissions ?? {}, scope, level);
        return repo;
    }
    const userLevel = world.permissionOf(repo, actor.user.login);
    if (userLevel === "none")
        throw new http/* HttpError */.j$(404, "Not Found");
    if (actor.permissions)
        requirePermission(actor.permissions, scope, level);
    if (level === "write" && LEVELS[userLevel] < LEVELS.write)
        throw new http/* HttpError */.j$(403, "Must have push access to this repository.");
    return repo;
}
function requirePermission(permissions, scope, level) {
    if (scope === "metadata" && level === "read")
        return;
    const granted = permissions[scope];
    if (!granted || LEVELS[granted] < LEVELS[level])
        throw new http/* HttpError */.j$(403, "Resource not accessible by integration");
}

// EXTERNAL MODULE: ./sandbox/contract.ts
var sandbox_contract = __webpack_require__(9478);
;// CONCATENATED MODULE: ./sandbox/faults.ts
const FAULT_KINDS = [
    "500",
    "502",
    "503",
    "429",
    "403-secondary",
    "403-primary",
    "delay",
    "reset",
];
class FaultInjector {
    random;
    rules;
    stats;
    constructor(settings = { rules: [] }) {
        this.random = mulberry32(settings.seed ?? 1);
        this.rules = settings.rules.map((rule) => ({ ...rule, used: 0 }));
        this.stats = {
            requests: 0,
            injected: Object.fromEntries(FAULT_KINDS.map((k) => [k, 0])),
            byOperation: {},
        };
    }
    /** Replaces the rules (and restarts the random sequence) while the sandbox runs. */
    configure(settings) {
        this.random = mulberry32(settings.seed ?? 1);
        this.rules = settings.rules.map((rule) => ({ ...rule, used: 0 }));
    }
    decide(operationId, method) {
        this.stats.requests += 1;
        for (const rule of this.rules) {
            if (rule.operations && !rule.operations.includes(operationId))
                continue;
            if (rule.method && rule.method.toUpperCase() !== method)
                continue;
            if (rule.limit !== undefined && rule.used >= rule.limit)
                continue;
            if (this.random() >= rule.rate)
                continue;
            const spec = this.pick(rule.kinds.map((k) => (typeof k === "string" ? { kind: k } : k)));
            rule.used += 1;
            this.stats.injected[spec.kind] += 1;
            this.stats.byOperation[operationId] = (this.stats.byOperation[operationId] ?? 0) + 1;
            return {
                kind: spec.kind,
                delayMs: spec.delayMs ?? 200,
                retryAfter: spec.retryAfter ?? 1,
                phase: rule.phase ?? "before",
            };
        }
        return undefined;
    }
    pick(specs) {
        const total = specs.reduce((sum, s) => sum + (s.weight ?? 1), 0);
        let roll = this.random() * total;
        for (const spec of specs) {
            roll -= spec.weight ?? 1;
            if (roll < 0)
                return spec;
        }
        return specs[specs.length - 1];
    }
}
/** The answer GitHub gives in each case: status, headers and body. */
function faultResponse(fault) {
    const docs = "https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api";
    const secondary = {
        message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.",
        documentation_url: `${docs}#about-secondary-rate-limits`,
    };
    switch (fault.kind) {
        case "500":
            return { status: 500, headers: {}, body: { message: "Server Error" } };
        case "502":
            return { status: 502, headers: {}, body: { message: "Server Error" } };
        case "503":
            return { status: 503, headers: {}, body: { message: "Service Unavailable" } };
        case "429":
            return { status: 429, headers: { "retry-after": String(fault.retryAfter) }, body: secondary };
        case "403-secondary":
            return { status: 403, headers: { "retry-after": String(fault.retryAfter) }, body: secondary };
        case "403-primary":
            return {
                status: 403,
                headers: {
                    "x-ratelimit-remaining": "0",
                    "x-ratelimit-reset": String(Math.ceil(Date.now() / 1000) + fault.retryAfter),
                },
                body: { message: "API rate limit exceeded for installation.", documentation_url: docs },
            };
        case "delay":
        case "reset":
            throw new Error(`fault ${fault.kind} has no response of its own`);
    }
}
function mulberry32(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

;// CONCATENATED MODULE: ./sandbox/router.ts
/**
 * Matches request paths against GitHub's path templates. A literal segment beats a parameter
 * (`releases/latest` over `releases/{release_id}`), and a path-like parameter that ends a template
 * takes the rest of the path, as GitHub does for `contents/{path}` and `git/ref/{ref}`.
 */
class Router {
    routes = [];
    constructor(definitions) {
        for (const definition of definitions) {
            const [method, template] = definition.route.split(" ");
            if (!method || !template)
                throw new Error(`bad route "${definition.route}"`);
            const segments = template
                .split("/")
                .filter(Boolean)
                .map((s) => (s.startsWith("{") && s.endsWith("}") ? { param: s.slice(1, -1) } : { literal: s }));
            this.routes.push({ definition, method: method.toUpperCase(), segments });
        }
    }
    match(method, pathname) {
        const parts = pathname.split("/").filter(Boolean);
        let best;
        for (const route of this.routes) {
            if (route.method !== method)
                continue;
            const params = matchSegments(route.segments, parts);
            if (!params)
                continue;
            const score = route.segments.map((s) => ("literal" in s ? "1" : "0")).join("");
            if (!best || score > best.score)
                best = { match: { definition: route.definition, params }, score };
        }
        return best?.match;
    }
    definitions() {
        return this.routes.map((r) => r.definition);
    }
}
/** Parameters GitHub lets hold slashes when they end a path: file paths, refs, branches, tags. */
const GREEDY = new Set(["path", "ref", "branch", "tag", "basehead", "dir"]);
function matchSegments(segments, parts) {
    const params = {};
    const last = segments.at(-1);
    const greedyTail = last !== undefined && "param" in last && GREEDY.has(last.param);
    for (let i = 0; i < segments.length; i++) {
        const segment = segments[i];
        const part = parts[i];
        const isLast = i === segments.length - 1;
        if (part === undefined) {
            // `contents` and `contents/` (Octokit's `path: ""`) name the repository's root directory.
            if (isLast && "param" in segment && segment.param === "path") {
                params.path = "";
                continue;
            }
            return undefined;
        }
        if ("literal" in segment) {
            if (segment.literal !== part)
                return undefined;
            continue;
        }
        const raw = isLast && greedyTail ? parts.slice(i).join("/") : part;
        try {
            params[segment.param] = decodeURIComponent(raw);
        }
        catch {
            return undefined;
        }
    }
    return parts.length <= segments.length || greedyTail ? params : undefined;
}

// EXTERNAL MODULE: ./sandbox/routes/actions.ts + 1 modules
var actions = __webpack_require__(9747);
;// CONCATENATED MODULE: ./sandbox/routes/attestations.ts

const IN_TOTO = "application/vnd.in-toto+json";
const MAX_PER_PAGE = 100;
const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
/**
 * Artifact attestations: storing a Sigstore bundle with a repository, and listing the bundles
 * stored for a subject digest. Like GitHub, the sandbox reads the subjects out of the bundle's
 * in-toto statement; unlike GitHub, it does not check the bundle's signature against a Sigstore
 * instance (a verifier must do that anyway: see the API's own warning).
 */
const attestationRoutes = {
    api: [
        {
            operationId: "repos/create-attestation",
            route: "POST /repos/{owner}/{repo}/attestations",
            permission: ["attestations", "write"],
            handler: (request) => {
                const bundle = (0,http/* requireField */.MB)((0,http/* bodyOf */.EN)(request), "bundle", isObject);
                const statement = inTotoStatement(bundle);
                const record = {
                    id: request.world.id(),
                    bundle,
                    subjectDigests: statement.digests,
                    predicateType: statement.predicateType,
                    initiator: "user",
                    createdAt: request.world.now(),
                };
                request.repo.attestations ??= [];
                request.repo.attestations.push(record);
                return (0,http.ok)({ id: record.id }, 201);
            },
        },
        {
            operationId: "repos/list-attestations",
            route: "GET /repos/{owner}/{repo}/attestations/{subject_digest}",
            permission: ["attestations", "read"],
            handler: (request) => {
                const digest = (request.params.subject_digest ?? "").toLowerCase();
                if (!/^sha256:[0-9a-f]{64}$/.test(digest))
                    throw (0,http/* notFound */.mX)();
                const predicateType = request.query.get("predicate_type");
                const matching = (request.repo.attestations ?? [])
                    .filter((a) => a.subjectDigests.includes(digest))
                    .filter((a) => !predicateType || a.predicateType === predicateType)
                    .reverse();
                const perPage = Math.min(Math.max(Number(request.query.get("per_page") ?? 30) || 30, 1), MAX_PER_PAGE);
                const start = Math.max(Number(request.query.get("after") ?? 0) || 0, 0);
                const page = matching.slice(start, start + perPage);
                const headers = {};
                if (start + perPage < matching.length) {
                    const next = new URL(request.url);
                    next.searchParams.set("after", String(start + perPage));
                    headers.link = `<${next.toString()}>; rel="next"`;
                }
                return (0,http.ok)({
                    attestations: page.map((a) => ({
                        bundle: a.bundle,
                        repository_id: request.repo.id,
                        bundle_url: `${request.world.urls.api}/repos/${request.repo.owner}/${request.repo.name}/attestations/${a.id}/bundle`,
                        initiator: a.initiator,
                    })),
                }, 200, headers);
            },
        },
    ],
};
/** The subjects' sha256 digests and the predicate type of a DSSE bundle's in-toto statement, or 422. */
function inTotoStatement(bundle) {
    const envelope = bundle.dsseEnvelope;
    const invalid = (why) => (0,http/* validationFailed */.$Y)(`Invalid request.\n\nbundle: ${why}`, [
        { resource: "Attestation", field: "bundle", code: "invalid" },
    ]);
    if (typeof bundle.mediaType !== "string" ||
        !bundle.mediaType.startsWith("application/vnd.dev.sigstore.bundle"))
        throw invalid("not a Sigstore bundle");
    if (!isObject(bundle.verificationMaterial))
        throw invalid("no verification material");
    if (!isObject(envelope) || envelope.payloadType !== IN_TOTO || typeof envelope.payload !== "string")
        throw invalid("not a DSSE envelope of an in-toto statement");
    let statement;
    try {
        statement = JSON.parse(Buffer.from(envelope.payload, "base64").toString("utf8"));
    }
    catch {
        throw invalid("the statement is not JSON");
    }
    if (!isObject(statement) ||
        !Array.isArray(statement.subject) ||
        typeof statement.predicateType !== "string")
        throw invalid("not an in-toto statement");
    const digests = statement.subject
        .map((s) => (isObject(s) && isObject(s.digest) ? s.digest.sha256 : undefined))
        .filter((d) => typeof d === "string" && /^[0-9a-f]{64}$/.test(d))
        .map((d) => `sha256:${d}`);
    if (digests.length === 0)
        throw invalid("no subject with a sha256 digest");
    return { digests, predicateType: statement.predicateType };
}

// EXTERNAL MODULE: ./sandbox/git.ts
var git = __webpack_require__(9094);
// EXTERNAL MODULE: ./sandbox/shapes.ts
var shapes = __webpack_require__(3002);
;// CONCATENATED MODULE: ./sandbox/routes/checks.ts



/** GitHub Actions' own app: the GITHUB_TOKEN creates check runs as it. */
const GITHUB_ACTIONS_APP = {
    id: 15368,
    slug: "github-actions",
    name: "GitHub Actions",
    owner: "github",
    permissions: {
        actions: "write",
        checks: "write",
        contents: "write",
        deployments: "write",
        issues: "write",
        metadata: "read",
        pull_requests: "write",
        statuses: "write",
    },
    events: ["check_run", "check_suite", "deployment", "pull_request", "push", "workflow_dispatch"],
    createdAt: "2018-07-30T09:30:17Z",
};
const CHECK_STATUSES = ["queued", "in_progress", "completed"];
const CHECK_CONCLUSIONS = [
    "action_required",
    "cancelled",
    "failure",
    "neutral",
    "success",
    "skipped",
    "timed_out",
];
const ANNOTATION_LEVELS = ["notice", "warning", "failure"];
const MAX_ANNOTATIONS_PER_REQUEST = 50;
const COMMIT_STATES = ["error", "failure", "pending", "success"];
const MAX_STATUSES_PER_CONTEXT = 1000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
const isInteger = (v) => Number.isInteger(v);
const nullableString = (v) => v === null || (0,http/* isString */.Kg)(v);
function repoApi(world, repo) {
    return `${world.urls.api}/repos/${repo.owner}/${repo.name}`;
}
function repoHtml(world, repo) {
    return `${world.urls.html}/${repo.owner}/${repo.name}`;
}
/** The login a write is made as (writes never reach a handler anonymously: auth answers 401). */
function callerLogin(request) {
    const { actor } = request;
    if (actor.kind === "user" || actor.kind === "installation")
        return actor.user.login;
    throw new http/* HttpError */.j$(401, "Requires authentication");
}
/** The app a request acts as: an installation's app, or GitHub Actions for a GITHUB_TOKEN. */
function callingApp(request) {
    const { actor, world } = request;
    if (actor.kind === "installation") {
        const installation = world.state.installations[String(actor.installationId)];
        return installation ? world.state.apps[String(installation.appId)] : undefined;
    }
    if (actor.kind === "user" && world.state.tokens[actor.token]?.kind === "actions")
        return actionsApp(world);
    return undefined;
}
/** The app whose bot user is `login` (`<slug>[bot]`), for `performed_via_github_app`. */
function appOfBot(world, login) {
    const slug = /^(.+)\[bot\]$/.exec(login)?.[1];
    if (!slug)
        return undefined;
    if (slug === GITHUB_ACTIONS_APP.slug)
        return actionsApp(world);
    return Object.values(world.state.apps).find((app) => app.slug === slug);
}
function appById(world, id) {
    if (id === null)
        return undefined;
    const registered = world.state.apps[String(id)];
    if (registered)
        return registered;
    return id === GITHUB_ACTIONS_APP.id ? actionsApp(world) : undefined;
}
function actionsApp(world) {
    const registered = Object.values(world.state.apps).find((app) => app.slug === GITHUB_ACTIONS_APP.slug);
    if (registered)
        return registered;
    if (!world.findUser(GITHUB_ACTIONS_APP.owner))
        world.createUser(GITHUB_ACTIONS_APP.owner, { type: "Organization" });
    return GITHUB_ACTIONS_APP;
}
/** The `integration` object of the REST API, or the `app` of webhook payloads. */
function appShape(world, app, flavor) {
    const html = `${world.urls.html}/apps/${app.slug}`;
    // Webhook schemas know only read and write; an app granted admin holds write.
    const permissions = Object.fromEntries(Object.entries(app.permissions).map(([scope, level]) => [scope, level === "admin" ? "write" : level]));
    return {
        id: app.id,
        slug: app.slug,
        node_id: (0,shapes/* nodeId */.s5)("Integration", app.id),
        owner: flavor === "rest" ? (0,shapes/* simpleUser */.U5)(world, app.owner) : (0,shapes/* webhookUser */.zR)(world, app.owner),
        name: app.name,
        description: null,
        external_url: html,
        html_url: html,
        created_at: app.createdAt,
        updated_at: app.createdAt,
        permissions,
        events: app.events,
    };
}
/** Open pull requests from this repository whose head is the checked commit. */
function pullRequestsFor(world, repo, sha) {
    const fullName = `${repo.owner}/${repo.name}`.toLowerCase();
    const api = repoApi(world, repo);
    const repoRef = { id: repo.id, url: api, name: repo.name };
    return Object.values(repo.pulls)
        .filter((pull) => pull.headSha === sha &&
        pull.headRepo.toLowerCase() === fullName &&
        repo.issues[String(pull.number)]?.state === "open")
        .map((pull) => ({
        url: `${api}/pulls/${pull.number}`,
        id: pull.id,
        number: pull.number,
        head: { ref: pull.headRef, sha: pull.headSha, repo: repoRef },
        base: { ref: pull.baseRef, sha: pull.baseSha, repo: repoRef },
    }));
}
/** A branch whose head is `sha`, the default branch first, as GitHub names a check suite's branch. */
function branchAt(repo, sha) {
    if (repo.refs[`refs/heads/${repo.defaultBranch}`] === sha)
        return repo.defaultBranch;
    const ref = Object.entries(repo.refs).find(([name, target]) => name.startsWith("refs/heads/") && target === sha);
    return ref ? ref[0].slice("refs/heads/".length) : null;
}
/** Most decisive first, as a check suite concludes from its runs. */
const SUITE_CONCLUSION_ORDER = ["action_required", "cancelled", "timed_out", "failure", "neutral", "success"];
/** The check suite as check_run webhooks carry it, derived from the runs that share its id. */
function checkSuiteShape(world, repo, run, app) {
    const runs = Object.values(repo.checkRuns).filter((r) => r.checkSuiteId === run.checkSuiteId);
    const allCompleted = runs.every((r) => r.status === "completed");
    const status = allCompleted
        ? "completed"
        : runs.some((r) => r.status === "in_progress")
            ? "in_progress"
            : "queued";
    // `skipped` runs do not decide a suite; a suite of only skipped runs is neutral.
    const conclusion = allCompleted
        ? (SUITE_CONCLUSION_ORDER.find((c) => runs.some((r) => r.conclusion === c)) ?? "neutral")
        : null;
    const times = runs
        .flatMap((r) => [r.startedAt, r.completedAt])
        .filter(http/* isString */.Kg)
        .sort();
    return {
        id: run.checkSuiteId,
        node_id: (0,shapes/* nodeId */.s5)("CheckSuite", run.checkSuiteId),
        head_branch: branchAt(repo, run.headSha),
        head_sha: run.headSha,
        status,
        conclusion,
        url: `${repoApi(world, repo)}/check-suites/${run.checkSuiteId}`,
        before: null,
        after: run.headSha,
        pull_requests: pullRequestsFor(world, repo, run.headSha),
        ...(app ? { app: appShape(world, app, "webhook") } : {}),
        created_at: times[0] ?? world.now(),
        updated_at: times.at(-1) ?? world.now(),
    };
}
/** A check run as the REST API (`rest`) or a `check_run` webhook (`webhook`) shows it. */
function checkRunShape(world, repo, run, flavor) {
    const api = repoApi(world, repo);
    const app = appById(world, run.appId);
    return {
        id: run.id,
        name: run.name,
        node_id: (0,shapes/* nodeId */.s5)("CheckRun", run.id),
        head_sha: run.headSha,
        external_id: run.externalId ?? "",
        url: `${api}/check-runs/${run.id}`,
        html_url: `${repoHtml(world, repo)}/runs/${run.id}`,
        // Without a details_url, GitHub links the app's page.
        details_url: run.detailsUrl ?? (app ? `${world.urls.html}/apps/${app.slug}` : null),
        status: run.status,
        conclusion: run.conclusion,
        started_at: run.startedAt ?? world.now(),
        completed_at: run.completedAt,
        output: {
            title: run.output.title,
            summary: run.output.summary,
            text: run.output.text,
            annotations_count: run.output.annotationsCount,
            annotations_url: `${api}/check-runs/${run.id}/annotations`,
        },
        check_suite: flavor === "rest" ? { id: run.checkSuiteId } : checkSuiteShape(world, repo, run, app),
        app: app ? appShape(world, app, flavor) : null,
        pull_requests: pullRequestsFor(world, repo, run.headSha),
    };
}
function findCheckRun(request) {
    const run = request.repo.checkRuns[String(request.params.check_run_id)];
    if (!run)
        throw (0,http/* notFound */.mX)();
    return run;
}
function optionalString(body, name) {
    const value = body[name];
    if (value === undefined)
        return undefined;
    if (!(0,http/* isString */.Kg)(value))
        throw (0,http/* validationFailed */.$Y)(`Invalid request.\n\nFor '${name}', ${JSON.stringify(value)} is not a string.`);
    return value;
}
function optionalDate(body, name) {
    const value = optionalString(body, name);
    if (value !== undefined && !ISO_DATE.test(value))
        throw (0,http/* validationFailed */.$Y)(`Invalid request.\n\nFor '${name}', ${JSON.stringify(value)} is not a date-time.`);
    return value === undefined ? undefined : `${new Date(value).toISOString().slice(0, 19)}Z`;
}
function oneOf(body, name, allowed) {
    const value = body[name];
    if (value === undefined)
        return undefined;
    if (!allowed.includes(value))
        throw (0,http/* validationFailed */.$Y)(`Invalid request.\n\nFor '${name}', ${JSON.stringify(value)} is not a valid value.`);
    return value;
}
/** `status`, `conclusion` and their times, settled the way GitHub settles them. */
function lifecycle(body, current, now) {
    const conclusion = oneOf(body, "conclusion", CHECK_CONCLUSIONS);
    const requested = oneOf(body, "status", CHECK_STATUSES);
    const completedAt = optionalDate(body, "completed_at");
    const startedAt = optionalDate(body, "started_at") ?? current?.startedAt ?? now;
    const wasCompleted = current?.status === "completed";
    if (conclusion === undefined && (requested === "completed" || (completedAt !== undefined && !wasCompleted)))
        throw (0,http/* validationFailed */.$Y)('Invalid request.\n\nNo subschema in "anyOf" matched.\n"conclusion" wasn\'t supplied.');
    // Providing a conclusion completes the run, whatever status says.
    const status = conclusion !== undefined ? "completed" : (requested ?? current?.status ?? "queued");
    if (status !== "completed")
        return { status, conclusion: null, startedAt, completedAt: null };
    const completing = conclusion !== undefined || !wasCompleted;
    return {
        status,
        conclusion: conclusion ?? current?.conclusion ?? null,
        startedAt,
        completedAt: completedAt ?? (completing ? now : (current?.completedAt ?? now)),
    };
}
function parseAnnotations(world, repo, headSha, raw) {
    if (raw === undefined)
        return [];
    if (!Array.isArray(raw))
        throw (0,http/* validationFailed */.$Y)("Invalid request.\n\nFor 'annotations', the value is not an array.");
    if (raw.length > MAX_ANNOTATIONS_PER_REQUEST)
        throw (0,http/* validationFailed */.$Y)(`Invalid request.\n\nFor 'annotations', only ${MAX_ANNOTATIONS_PER_REQUEST} annotations are allowed per request.`);
    return raw.map((item) => {
        if (typeof item !== "object" || item === null || Array.isArray(item))
            throw (0,http/* validationFailed */.$Y)("Invalid request.\n\nEach annotation must be an object.");
        const given = item;
        const path = (0,http/* requireField */.MB)(given, "path", http/* isString */.Kg);
        const startLine = (0,http/* requireField */.MB)(given, "start_line", isInteger);
        const endLine = (0,http/* requireField */.MB)(given, "end_line", isInteger);
        const level = (0,http/* requireField */.MB)(given, "annotation_level", http/* isString */.Kg);
        if (!ANNOTATION_LEVELS.includes(level))
            throw (0,http/* validationFailed */.$Y)(`Invalid request.\n\nFor 'annotation_level', ${JSON.stringify(level)} is not a valid value.`);
        const message = (0,http/* requireField */.MB)(given, "message", http/* isString */.Kg);
        const column = (name) => (Number.isInteger(given[name]) ? given[name] : null);
        return {
            path,
            start_line: startLine,
            end_line: endLine,
            start_column: column("start_column"),
            end_column: column("end_column"),
            annotation_level: level,
            title: optionalString(given, "title") ?? null,
            message,
            raw_details: optionalString(given, "raw_details") ?? null,
            blob_href: `${repoHtml(world, repo)}/blob/${headSha}/${path}`,
        };
    });
}
/** Applies `output` to a run: title, summary and text replace, annotations accumulate. */
function applyOutput(world, repo, run, raw) {
    if (raw === undefined)
        return;
    if (typeof raw !== "object" || raw === null || Array.isArray(raw))
        throw (0,http/* validationFailed */.$Y)("Invalid request.\n\nFor 'output', the value is not an object.");
    const output = raw;
    const title = (0,http/* requireField */.MB)(output, "title", http/* isString */.Kg);
    const summary = (0,http/* requireField */.MB)(output, "summary", http/* isString */.Kg);
    const annotations = parseAnnotations(world, repo, run.headSha, output.annotations);
    run.output.title = title;
    run.output.summary = summary;
    if (output.text !== undefined)
        run.output.text = optionalString(output, "text") ?? null;
    run.annotations.push(...annotations);
    run.output.annotationsCount = run.annotations.length;
}
/** Runs of one app on one commit share a check suite, as on GitHub. */
function checkSuiteFor(request, appId, headSha) {
    const sibling = Object.values(request.repo.checkRuns).find((r) => r.appId === appId && r.headSha === headSha);
    return sibling?.checkSuiteId ?? request.world.id();
}
function requireApp(request) {
    const app = callingApp(request);
    if (!app)
        throw new http/* HttpError */.j$(403, "You must authenticate via a GitHub App.");
    return app;
}
/** The newest run per app and name: what `filter=latest` lists. */
function latestRuns(runs) {
    const newest = new Map();
    for (const run of runs) {
        const key = `${run.appId}\0${run.name}`;
        const seen = newest.get(key);
        if (!seen || run.id > seen.id)
            newest.set(key, run);
    }
    return [...newest.values()];
}
// ---------------------------------------------------------------------------------------------
// Commit statuses
function statusShape(world, repo, status) {
    const creator = (0,shapes/* simpleUser */.U5)(world, status.creator);
    return {
        url: `${repoApi(world, repo)}/statuses/${status.sha}`,
        avatar_url: creator.avatar_url,
        id: status.id,
        node_id: (0,shapes/* nodeId */.s5)("StatusContext", status.id),
        state: status.state,
        description: status.description,
        target_url: status.targetUrl,
        context: status.context,
        created_at: status.createdAt,
        updated_at: status.updatedAt,
        creator,
    };
}
/** Statuses of a commit, newest first. */
function statusesOf(repo, sha) {
    return repo.statuses.filter((s) => s.sha === sha).sort((a, b) => b.id - a.id);
}
/** The newest status of each context of a commit, newest first. */
function latestStatusPerContext(repo, sha) {
    const seen = new Set();
    return statusesOf(repo, sha).filter((status) => {
        if (seen.has(status.context))
            return false;
        seen.add(status.context);
        return true;
    });
}
/** GitHub's combined state: failure beats pending beats success; no statuses at all is pending. */
function combinedState(latest) {
    if (latest.some((s) => s.state === "error" || s.state === "failure"))
        return "failure";
    if (latest.length === 0 || latest.some((s) => s.state === "pending"))
        return "pending";
    return "success";
}
/** A commit addressed by a hex sha (full or abbreviated), as `POST /statuses/{sha}` takes it. */
function commitForSha(repo, sha) {
    const commit = /^[0-9a-f]{7,40}$/i.test(sha) ? (0,git/* resolveCommit */.WL)(repo, sha.toLowerCase()) : undefined;
    if (!commit)
        throw (0,http/* validationFailed */.$Y)(`No commit found for SHA: ${sha}`);
    return commit;
}
function gitUser(world, person) {
    const user = Object.values(world.state.users).find((u) => person.email === u.email || person.email === world.gitPerson(u.login).email);
    return user ? (0,shapes/* webhookUser */.zR)(world, user.login) : null;
}
/** The commit as `status` webhooks carry it. */
function webhookCommit(world, repo, sha) {
    const commit = (0,git/* getObject */.iM)(repo, sha, "commit");
    if (!commit)
        throw (0,http/* notFound */.mX)();
    const api = repoApi(world, repo);
    const html = repoHtml(world, repo);
    return {
        sha,
        node_id: Buffer.from(`0:Commit:${sha}`).toString("base64url"),
        commit: {
            author: commit.author,
            committer: commit.committer,
            message: commit.message,
            tree: { sha: commit.tree, url: `${api}/git/trees/${commit.tree}` },
            url: `${api}/git/commits/${sha}`,
            comment_count: 0,
            verification: { verified: false, reason: "unsigned", signature: null, payload: null },
        },
        url: `${api}/commits/${sha}`,
        html_url: `${html}/commit/${sha}`,
        comments_url: `${api}/commits/${sha}/comments`,
        author: gitUser(world, commit.author),
        committer: gitUser(world, commit.committer),
        parents: commit.parents.map((parent) => ({
            sha: parent,
            url: `${api}/commits/${parent}`,
            html_url: `${html}/commit/${parent}`,
        })),
    };
}
/** Up to ten branches that contain the commit, as the `status` webhook lists them. */
function branchesContaining(world, repo, sha) {
    return Object.entries(repo.refs)
        .filter(([name, head]) => name.startsWith("refs/heads/") && (head === sha || (0,git/* isAncestor */.QX)(repo, sha, head)))
        .slice(0, 10)
        .map(([name, head]) => ({
        name: name.slice("refs/heads/".length),
        commit: { sha: head, url: `${repoApi(world, repo)}/commits/${head}` },
        protected: false,
    }));
}
function emitStatus(world, repo, status) {
    const avatarUrl = (0,shapes/* simpleUser */.U5)(world, status.creator).avatar_url;
    world.webhooks.emit("status", {
        id: status.id,
        sha: status.sha,
        name: `${repo.owner}/${repo.name}`,
        avatar_url: avatarUrl,
        target_url: status.targetUrl,
        context: status.context,
        description: status.description,
        state: status.state,
        commit: webhookCommit(world, repo, status.sha),
        branches: branchesContaining(world, repo, status.sha),
        created_at: status.createdAt,
        updated_at: status.updatedAt,
    }, repo, status.creator);
}
/** GitHub's REST API for check runs and commit statuses. */
const checkRoutes = {
    api: [
        {
            operationId: "checks/create",
            route: "POST /repos/{owner}/{repo}/check-runs",
            permission: ["checks", "write"],
            handler: (request) => {
                const { repo, world } = request;
                const app = requireApp(request);
                const body = (0,http/* bodyOf */.EN)(request);
                const name = (0,http/* requireField */.MB)(body, "name", http/* isString */.Kg);
                const headSha = (0,http/* requireField */.MB)(body, "head_sha", http/* isString */.Kg);
                if (!(0,git/* getObject */.iM)(repo, headSha, "commit"))
                    throw (0,http/* validationFailed */.$Y)(`No commit found for SHA: ${headSha}`);
                const now = world.now();
                const settled = lifecycle(body, undefined, now);
                const run = {
                    id: world.id(),
                    name,
                    headSha,
                    status: settled.status,
                    conclusion: settled.conclusion,
                    startedAt: settled.startedAt,
                    completedAt: settled.completedAt,
                    externalId: optionalString(body, "external_id") ?? null,
                    detailsUrl: optionalString(body, "details_url") ?? null,
                    output: { title: null, summary: null, text: null, annotationsCount: 0 },
                    annotations: [],
                    appId: app.id,
                    checkSuiteId: checkSuiteFor(request, app.id, headSha),
                };
                applyOutput(world, repo, run, body.output);
                repo.checkRuns[String(run.id)] = run;
                world.changed();
                world.webhooks.emit("check_run", { action: "created", check_run: checkRunShape(world, repo, run, "webhook") }, repo, callerLogin(request));
                return (0,http.ok)(checkRunShape(world, repo, run, "rest"), 201);
            },
        },
        {
            operationId: "checks/update",
            route: "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}",
            permission: ["checks", "write"],
            handler: (request) => {
                const { repo, world } = request;
                const app = requireApp(request);
                const run = findCheckRun(request);
                if (run.appId !== app.id)
                    throw new http/* HttpError */.j$(403, `Invalid app_id \`${run.appId}\` - check run can only be modified by the GitHub App that created it.`);
                const body = (0,http/* bodyOf */.EN)(request);
                const wasCompleted = run.status === "completed";
                const settled = lifecycle(body, run, world.now());
                // Validate the output before changing anything, so a refused update leaves the run as it was.
                const draft = structuredClone(run);
                applyOutput(world, repo, draft, body.output);
                Object.assign(run, draft, settled, {
                    name: optionalString(body, "name") ?? run.name,
                    externalId: optionalString(body, "external_id") ?? run.externalId,
                    detailsUrl: optionalString(body, "details_url") ?? run.detailsUrl,
                });
                world.changed();
                if (run.status === "completed" && !wasCompleted)
                    world.webhooks.emit("check_run", { action: "completed", check_run: checkRunShape(world, repo, run, "webhook") }, repo, callerLogin(request));
                return (0,http.ok)(checkRunShape(world, repo, run, "rest"));
            },
        },
        {
            operationId: "checks/get",
            route: "GET /repos/{owner}/{repo}/check-runs/{check_run_id}",
            permission: ["checks", "read"],
            handler: (request) => (0,http.ok)(checkRunShape(request.world, request.repo, findCheckRun(request), "rest")),
        },
        {
            operationId: "checks/list-annotations",
            route: "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations",
            permission: ["checks", "read"],
            handler: (request) => (0,http/* paginate */.En)(request, findCheckRun(request).annotations),
        },
        {
            operationId: "checks/list-for-ref",
            route: "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
            permission: ["checks", "read"],
            handler: (request) => {
                const { repo, world, query } = request;
                const ref = request.params.ref ?? "";
                const sha = (0,git/* resolveCommit */.WL)(repo, ref);
                if (!sha)
                    throw (0,http/* validationFailed */.$Y)(`No commit found for SHA: ${ref}`);
                const checkName = query.get("check_name");
                const status = query.get("status");
                const appId = query.get("app_id");
                const onCommit = Object.values(repo.checkRuns).filter((run) => run.headSha === sha);
                const runs = (query.get("filter") === "all" ? onCommit : latestRuns(onCommit))
                    .filter((run) => (checkName === null || run.name === checkName) &&
                    (status === null || run.status === status) &&
                    (appId === null || String(run.appId) === appId))
                    .sort((a, b) => b.id - a.id);
                const page = (0,http/* paginate */.En)(request, runs);
                return {
                    ...page,
                    body: {
                        total_count: runs.length,
                        check_runs: page.body.map((run) => checkRunShape(world, repo, run, "rest")),
                    },
                };
            },
        },
        {
            operationId: "repos/create-commit-status",
            route: "POST /repos/{owner}/{repo}/statuses/{sha}",
            permission: ["statuses", "write"],
            handler: (request) => {
                const { repo, world } = request;
                const sha = commitForSha(repo, request.params.sha ?? "");
                const body = (0,http/* bodyOf */.EN)(request);
                const state = (0,http/* requireField */.MB)(body, "state", http/* isString */.Kg);
                if (!COMMIT_STATES.includes(state))
                    throw (0,http/* validationFailed */.$Y)(`Invalid request.\n\nFor 'state', ${JSON.stringify(state)} is not a valid value.`);
                const context = body.context === undefined ? "default" : (0,http/* requireField */.MB)(body, "context", http/* isString */.Kg);
                const targetUrl = body.target_url === undefined ? null : (0,http/* requireField */.MB)(body, "target_url", nullableString);
                const description = body.description === undefined ? null : (0,http/* requireField */.MB)(body, "description", nullableString);
                if (repo.statuses.filter((s) => s.sha === sha && s.context === context).length >=
                    MAX_STATUSES_PER_CONTEXT)
                    throw (0,http/* validationFailed */.$Y)("This SHA and context has reached the maximum number of statuses.");
                const now = world.now();
                const status = {
                    id: world.id(),
                    sha,
                    state: state,
                    context,
                    description,
                    targetUrl,
                    creator: callerLogin(request),
                    createdAt: now,
                    updatedAt: now,
                };
                repo.statuses.push(status);
                world.changed();
                emitStatus(world, repo, status);
                return (0,http.ok)(statusShape(world, repo, status), 201);
            },
        },
        {
            operationId: "repos/list-commit-statuses-for-ref",
            route: "GET /repos/{owner}/{repo}/commits/{ref}/statuses",
            permission: ["statuses", "read"],
            handler: (request) => {
                const { repo, world } = request;
                const sha = (0,git/* resolveCommit */.WL)(repo, request.params.ref ?? "");
                const statuses = sha ? statusesOf(repo, sha) : [];
                const page = (0,http/* paginate */.En)(request, statuses);
                return { ...page, body: page.body.map((status) => statusShape(world, repo, status)) };
            },
        },
        {
            operationId: "repos/get-combined-status-for-ref",
            route: "GET /repos/{owner}/{repo}/commits/{ref}/status",
            permission: ["statuses", "read"],
            handler: (request) => {
                const { repo, world } = request;
                const ref = request.params.ref ?? "";
                const sha = (0,git/* resolveCommit */.WL)(repo, ref);
                if (!sha)
                    throw new http/* HttpError */.j$(404, `No commit found for SHA: ${ref}`);
                const latest = latestStatusPerContext(repo, sha);
                const page = (0,http/* paginate */.En)(request, latest);
                const api = repoApi(world, repo);
                return (0,http.ok)({
                    state: combinedState(latest),
                    statuses: page.body.map((status) => {
                        const { creator: _notInCombined, ...shape } = statusShape(world, repo, status);
                        return shape;
                    }),
                    sha,
                    total_count: latest.length,
                    repository: (0,shapes/* repository */.Jk)(world, repo),
                    commit_url: `${api}/commits/${sha}`,
                    url: `${api}/commits/${sha}/status`,
                }, 200, page.headers);
            },
        },
    ],
};

;// CONCATENATED MODULE: ./sandbox/routes/git.ts



const SHA = /^[0-9a-f]{40}$/;
function api(world, repo) {
    return `${world.urls.api}/repos/${repo.owner}/${repo.name}`;
}
function shaNodeId(kind, sha) {
    return Buffer.from(`0:${kind}:${sha}`).toString("base64url");
}
/** `git/get-commit` and the `commit` of contents writes. */
function commitShape(world, repo, sha) {
    const commit = (0,git/* getObject */.iM)(repo, sha, "commit");
    if (!commit)
        throw (0,http/* notFound */.mX)();
    const base = api(world, repo);
    const html = `${world.urls.html}/${repo.owner}/${repo.name}`;
    return {
        sha,
        node_id: shaNodeId("Commit", sha),
        url: `${base}/git/commits/${sha}`,
        html_url: `${html}/commit/${sha}`,
        author: commit.author,
        committer: commit.committer,
        message: commit.message,
        tree: { sha: commit.tree, url: `${base}/git/trees/${commit.tree}` },
        parents: commit.parents.map((p) => ({
            sha: p,
            url: `${base}/git/commits/${p}`,
            html_url: `${html}/commit/${p}`,
        })),
        verification: { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null },
    };
}
/** `repos/get-commit`: the commit as the commits API shows it, with GitHub users where known. */
function repoCommitShape(world, repo, sha) {
    const commit = (0,git/* getObject */.iM)(repo, sha, "commit");
    if (!commit)
        throw (0,http/* notFound */.mX)();
    const base = api(world, repo);
    const html = `${world.urls.html}/${repo.owner}/${repo.name}`;
    const userOf = (person) => {
        const login = Object.values(world.state.users).find((u) => person.email === world.gitPerson(u.login).email || person.email === u.email)?.login;
        return login ? (0,shapes/* simpleUser */.U5)(world, login) : null;
    };
    return {
        url: `${base}/commits/${sha}`,
        sha,
        node_id: shaNodeId("Commit", sha),
        html_url: `${html}/commit/${sha}`,
        comments_url: `${base}/commits/${sha}/comments`,
        commit: {
            url: `${base}/git/commits/${sha}`,
            author: commit.author,
            committer: commit.committer,
            message: commit.message,
            comment_count: 0,
            tree: { sha: commit.tree, url: `${base}/git/trees/${commit.tree}` },
            verification: {
                verified: false,
                reason: "unsigned",
                signature: null,
                payload: null,
                verified_at: null,
            },
        },
        author: userOf(commit.author),
        committer: userOf(commit.committer),
        parents: commit.parents.map((p) => ({
            sha: p,
            url: `${base}/commits/${p}`,
            html_url: `${html}/commit/${p}`,
        })),
    };
}
function refShape(world, repo, ref) {
    const sha = repo.refs[ref];
    const type = repo.objects[sha]?.type ?? "commit";
    return {
        ref,
        node_id: shaNodeId("Ref", ref),
        url: `${api(world, repo)}/git/${ref}`,
        object: { type, sha, url: `${api(world, repo)}/git/${type}s/${sha}` },
    };
}
function fullRefName(ref) {
    const trimmed = ref.replace(/^\/+/, "");
    return trimmed.startsWith("refs/") ? trimmed : `refs/${trimmed}`;
}
function treeShape(world, repo, sha, recursive) {
    const tree = (0,git/* getObject */.iM)(repo, sha, "tree");
    if (!tree)
        throw (0,http/* notFound */.mX)();
    const base = api(world, repo);
    const entries = [];
    const walk = (treeSha, prefix) => {
        for (const entry of (0,git/* getObject */.iM)(repo, treeSha, "tree")?.entries ?? []) {
            entries.push({ ...entry, path: prefix + entry.name });
            if (recursive && entry.mode === "040000")
                walk(entry.sha, `${prefix}${entry.name}/`);
        }
    };
    walk(sha, "");
    return {
        sha,
        url: `${base}/git/trees/${sha}`,
        truncated: false,
        tree: entries.map((e) => {
            const type = e.mode === "040000" ? "tree" : e.mode === "160000" ? "commit" : "blob";
            const blob = type === "blob" ? (0,git/* getObject */.iM)(repo, e.sha, "blob") : undefined;
            return {
                path: e.path,
                mode: e.mode,
                type,
                sha: e.sha,
                ...(blob ? { size: Buffer.from(blob.content, "base64").length } : {}),
                url: `${base}/git/${type}s/${e.sha}`,
            };
        }),
    };
}
function actorLogin(request) {
    return request.actor.kind === "user" || request.actor.kind === "installation"
        ? request.actor.user.login
        : "ghost";
}
function personFrom(value, fallback) {
    const v = (value ?? {});
    return {
        name: (0,http/* isString */.Kg)(v.name) ? v.name : fallback.name,
        email: (0,http/* isString */.Kg)(v.email) ? v.email : fallback.email,
        date: (0,http/* isString */.Kg)(v.date) ? `${new Date(v.date).toISOString().slice(0, 19)}Z` : fallback.date,
    };
}
function branchShape(world, repo, branch) {
    const sha = repo.refs[`refs/heads/${branch}`];
    if (!sha)
        throw new http/* HttpError */.j$(404, "Branch not found");
    const base = api(world, repo);
    return {
        name: branch,
        commit: repoCommitShape(world, repo, sha),
        _links: {
            html: `${world.urls.html}/${repo.owner}/${repo.name}/tree/${branch}`,
            self: `${base}/branches/${branch}`,
        },
        protected: false,
        protection: {
            enabled: false,
            required_status_checks: { enforcement_level: "off", contexts: [], checks: [] },
        },
        protection_url: `${base}/branches/${branch}/protection`,
    };
}
const gitRoutes = {
    api: [
        {
            operationId: "git/get-ref",
            route: "GET /repos/{owner}/{repo}/git/ref/{ref}",
            permission: ["contents", "read"],
            auth: "none",
            handler: (request) => {
                const ref = fullRefName(request.params.ref);
                if (!request.repo.refs[ref])
                    throw (0,http/* notFound */.mX)();
                return (0,http.ok)(refShape(request.world, request.repo, ref));
            },
        },
        {
            operationId: "git/list-matching-refs",
            route: "GET /repos/{owner}/{repo}/git/matching-refs/{ref}",
            permission: ["contents", "read"],
            auth: "none",
            handler: (request) => {
                const prefix = fullRefName(request.params.ref ?? "");
                const refs = Object.keys(request.repo.refs)
                    .filter((r) => r.startsWith(prefix))
                    .sort();
                return (0,http.ok)(refs.map((r) => refShape(request.world, request.repo, r)));
            },
        },
        {
            operationId: "git/create-ref",
            route: "POST /repos/{owner}/{repo}/git/refs",
            permission: ["contents", "write"],
            handler: (request) => {
                const { repo, world } = request;
                const body = (0,http/* bodyOf */.EN)(request);
                const ref = (0,http/* requireField */.MB)(body, "ref", http/* isString */.Kg);
                const sha = (0,http/* requireField */.MB)(body, "sha", http/* isString */.Kg);
                if (!/^refs\/[^/]+\/.+/.test(ref))
                    throw (0,http/* validationFailed */.$Y)("Reference name is invalid");
                if (repo.refs[ref])
                    throw (0,http/* validationFailed */.$Y)("Reference already exists");
                if (!SHA.test(sha) || !repo.objects[sha])
                    throw (0,http/* validationFailed */.$Y)("Object does not exist");
                repo.refs[ref] = sha;
                world.changed();
                if (ref.startsWith("refs/heads/"))
                    world.webhooks.pushed(repo, ref.slice(11), "0".repeat(40), sha, actorLogin(request));
                return (0,http.ok)(refShape(world, repo, ref), 201);
            },
        },
        {
            operationId: "git/update-ref",
            route: "PATCH /repos/{owner}/{repo}/git/refs/{ref}",
            permission: ["contents", "write"],
            handler: (request) => {
                const { repo, world } = request;
                const body = (0,http/* bodyOf */.EN)(request);
                const sha = (0,http/* requireField */.MB)(body, "sha", http/* isString */.Kg);
                const ref = fullRefName(request.params.ref);
                const current = repo.refs[ref];
                if (!current)
                    throw (0,http/* validationFailed */.$Y)("Reference does not exist");
                if (!SHA.test(sha) || !repo.objects[sha])
                    throw (0,http/* validationFailed */.$Y)("Object does not exist");
                if (body.force !== true && !(0,git/* isAncestor */.QX)(repo, current, sha))
                    throw (0,http/* validationFailed */.$Y)("Update is not a fast forward");
                repo.refs[ref] = sha;
                world.changed();
                if (ref.startsWith("refs/heads/") && current !== sha)
                    world.webhooks.pushed(repo, ref.slice(11), current, sha, actorLogin(request));
                return (0,http.ok)(refShape(world, repo, ref));
            },
        },
        {
            operationId: "git/delete-ref",
            route: "DELETE /repos/{owner}/{repo}/git/refs/{ref}",
            permission: ["contents", "write"],
            handler: (request) => {
                const ref = fullRefName(request.params.ref);
                if (!request.repo.refs[ref])
                    throw (0,http/* validationFailed */.$Y)("Reference does not exist");
                delete request.repo.refs[ref];
                request.world.changed();
                return (0,http/* noContent */.V$)();
            },
        },
        {
            operationId: "git/create-blob",
            route: "POST /repos/{owner}/{repo}/git/blobs",
            permission: ["contents", "write"],
            handler: (request) => {
                const body = (0,http/* bodyOf */.EN)(request);
                const content = (0,http/* requireField */.MB)(body, "content", http/* isString */.Kg);
                const encoding = body.encoding ?? "utf-8";
                if (encoding !== "utf-8" && encoding !== "base64")
                    throw (0,http/* validationFailed */.$Y)(`encoding must be utf-8 or base64`);
                const sha = (0,git/* putBlob */.HT)(request.repo, Buffer.from(content, encoding === "base64" ? "base64" : "utf8"));
                request.world.changed();
                return (0,http.ok)({ url: `${api(request.world, request.repo)}/git/blobs/${sha}`, sha }, 201);
            },
        },
        {
            operationId: "git/get-blob",
            route: "GET /repos/{owner}/{repo}/git/blobs/{file_sha}",
            permission: ["contents", "read"],
            auth: "none",
            handler: (request) => {
                const sha = request.params.file_sha;
                const blob = (0,git/* getObject */.iM)(request.repo, sha, "blob");
                if (!blob)
                    throw (0,http/* notFound */.mX)();
                const content = Buffer.from(blob.content, "base64");
                if (/application\/vnd\.github(?:\.v3)?\.raw/.test(request.headers.accept ?? ""))
                    return { status: 200, body: content, headers: { "content-type": "application/vnd.github.raw" } };
                return (0,http.ok)({
                    sha,
                    node_id: shaNodeId("Blob", sha),
                    size: content.length,
                    url: `${api(request.world, request.repo)}/git/blobs/${sha}`,
                    content: (content.toString("base64").match(/.{1,60}/g) ?? [""]).join("\n"),
                    encoding: "base64",
                });
            },
        },
        {
            operationId: "git/create-tree",
            route: "POST /repos/{owner}/{repo}/git/trees",
            permission: ["contents", "write"],
            handler: (request) => {
                const { repo, world } = request;
                const body = (0,http/* bodyOf */.EN)(request);
                const entries = body.tree;
                if (!Array.isArray(entries))
                    throw (0,http/* validationFailed */.$Y)(`Invalid request.\n\n"tree" wasn't supplied.`);
                const baseTree = (0,http/* isString */.Kg)(body.base_tree) ? body.base_tree : null;
                if (baseTree && !(0,git/* getObject */.iM)(repo, baseTree, "tree"))
                    throw (0,http/* validationFailed */.$Y)("Invalid request.\n\nbase_tree is not a valid tree");
                const changes = [];
                for (const raw of entries) {
                    const path = raw.path;
                    if (!(0,http/* isString */.Kg)(path) || path.length === 0)
                        throw (0,http/* validationFailed */.$Y)("Invalid request.\n\ntree.path is required");
                    if (raw.sha === null) {
                        changes.push({ path, sha: null });
                    }
                    else if ((0,http/* isString */.Kg)(raw.content)) {
                        changes.push({
                            path,
                            sha: (0,git/* putBlob */.HT)(repo, Buffer.from(raw.content)),
                            mode: raw.mode ?? "100644",
                        });
                    }
                    else if ((0,http/* isString */.Kg)(raw.sha)) {
                        if (raw.type === "tree" || raw.mode === "040000") {
                            if (!(0,git/* getObject */.iM)(repo, raw.sha, "tree"))
                                throw (0,http/* validationFailed */.$Y)(`Invalid request.\n\ntree.sha ${raw.sha} is not a valid tree`);
                            changes.push({ path, sha: null });
                            for (const [sub, entry] of (0,git/* flattenTree */.dG)(repo, raw.sha))
                                changes.push({ path: `${path}/${sub}`, sha: entry.sha, mode: entry.mode });
                        }
                        else {
                            if (!(0,git/* getObject */.iM)(repo, raw.sha, "blob") && raw.type !== "commit")
                                throw (0,http/* validationFailed */.$Y)(`Invalid request.\n\ntree.sha ${raw.sha} is not a valid blob`);
                            changes.push({ path, sha: raw.sha, mode: raw.mode ?? "100644" });
                        }
                    }
                    else {
                        throw (0,http/* validationFailed */.$Y)("Invalid request.\n\nEach tree entry needs a sha or content");
                    }
                }
                const sha = (0,git/* writeTree */.WM)(repo, baseTree, changes);
                world.changed();
                return (0,http.ok)(treeShape(world, repo, sha, false), 201);
            },
        },
        {
            operationId: "git/get-tree",
            route: "GET /repos/{owner}/{repo}/git/trees/{tree_sha}",
            permission: ["contents", "read"],
            auth: "none",
            handler: (request) => {
                const { repo } = request;
                const named = request.params.tree_sha;
                const commit = (0,git/* resolveCommit */.WL)(repo, named);
                const sha = (0,git/* getObject */.iM)(repo, named, "tree")
                    ? named
                    : commit
                        ? (0,git/* getObject */.iM)(repo, commit, "commit")?.tree
                        : undefined;
                if (!sha)
                    throw (0,http/* notFound */.mX)();
                const recursive = request.query.has("recursive") && !["0", "false"].includes(request.query.get("recursive") ?? "");
                return (0,http.ok)(treeShape(request.world, repo, sha, recursive));
            },
        },
        {
            operationId: "git/create-commit",
            route: "POST /repos/{owner}/{repo}/git/commits",
            permission: ["contents", "write"],
            handler: (request) => {
                const { repo, world } = request;
                const body = (0,http/* bodyOf */.EN)(request);
                const message = (0,http/* requireField */.MB)(body, "message", http/* isString */.Kg);
                const tree = (0,http/* requireField */.MB)(body, "tree", http/* isString */.Kg);
                const parents = body.parents === undefined ? [] : body.parents;
                if (!(0,http/* isStringArray */.Bo)(parents))
                    throw (0,http/* validationFailed */.$Y)("Invalid request.\n\nparents must be an array of shas");
                if (!(0,git/* getObject */.iM)(repo, tree, "tree"))
                    throw (0,http/* validationFailed */.$Y)("Tree SHA does not exist");
                for (const p of parents)
                    if (!(0,git/* getObject */.iM)(repo, p, "commit"))
                        throw (0,http/* validationFailed */.$Y)("Parent SHA does not exist or is not a commit object");
                const fallback = world.gitPerson(actorLogin(request));
                const author = personFrom(body.author, fallback);
                const committer = personFrom(body.committer, author);
                const sha = (0,git/* putObject */.$R)(repo, { type: "commit", tree, parents, message, author, committer });
                world.changed();
                return (0,http.ok)(commitShape(world, repo, sha), 201);
            },
        },
        {
            operationId: "git/get-commit",
            route: "GET /repos/{owner}/{repo}/git/commits/{commit_sha}",
            permission: ["contents", "read"],
            auth: "none",
            handler: (request) => (0,http.ok)(commitShape(request.world, request.repo, request.params.commit_sha)),
        },
        {
            operationId: "repos/get-commit",
            route: "GET /repos/{owner}/{repo}/commits/{ref}",
            permission: ["contents", "read"],
            auth: "none",
            handler: (request) => {
                const sha = (0,git/* resolveCommit */.WL)(request.repo, request.params.ref);
                if (!sha)
                    throw new http/* HttpError */.j$(422, `No commit found for SHA: ${request.params.ref}`);
                return (0,http.ok)(repoCommitShape(request.world, request.repo, sha));
            },
        },
        {
            operationId: "repos/get-branch",
            route: "GET /repos/{owner}/{repo}/branches/{branch}",
            permission: ["contents", "read"],
            auth: "none",
            handler: (request) => (0,http.ok)(branchShape(request.world, request.repo, request.params.branch)),
        },
    ],
};

;// CONCATENATED MODULE: ./sandbox/routes/compare.ts



/** GitHub lists at most this many commits in a comparison. */
const MAX_COMMITS = 250;
/**
 * Comparing two commits (`GET /repos/{owner}/{repo}/compare/{base}...{head}`): whether the head
 * is ahead of the base, behind it, the same, or on another line of history, and by how many
 * commits. The changed files are left out (GitHub's description makes them optional).
 */
const compareRoutes = {
    api: [
        {
            operationId: "repos/compare-commits-with-basehead",
            route: "GET /repos/{owner}/{repo}/compare/{basehead}",
            permission: ["contents", "read"],
            auth: "none",
            handler: (request) => {
                const { repo, world, query } = request;
                const basehead = request.params.basehead ?? "";
                const separator = basehead.indexOf("...");
                if (separator <= 0)
                    throw (0,http/* notFound */.mX)();
                const base = (0,git/* resolveCommit */.WL)(repo, basehead.slice(0, separator));
                const head = (0,git/* resolveCommit */.WL)(repo, basehead.slice(separator + 3));
                if (!base || !head)
                    throw (0,http/* notFound */.mX)();
                const common = (0,git/* mergeBase */.wu)(repo, base, head);
                // GitHub answers 404 for commits without a common ancestor.
                if (!common)
                    throw (0,http/* notFound */.mX)();
                const inBase = new Set((0,git/* ancestors */.T1)(repo, base));
                const inHead = new Set((0,git/* ancestors */.T1)(repo, head));
                // Oldest first, as GitHub lists them.
                const ahead = (0,git/* ancestors */.T1)(repo, head)
                    .filter((sha) => !inBase.has(sha))
                    .reverse();
                const behindBy = [...inBase].filter((sha) => !inHead.has(sha)).length;
                const status = ahead.length === 0 && behindBy === 0
                    ? "identical"
                    : behindBy === 0
                        ? "ahead"
                        : ahead.length === 0
                            ? "behind"
                            : "diverged";
                const perPage = Math.min(Number(query.get("per_page") ?? MAX_COMMITS) || MAX_COMMITS, MAX_COMMITS);
                const page = Math.max(1, Number(query.get("page") ?? 1) || 1);
                const listed = ahead.slice((page - 1) * perPage, page * perPage);
                const html = `${world.urls.html}/${repo.owner}/${repo.name}`;
                return (0,http.ok)({
                    url: `${world.urls.api}/repos/${repo.owner}/${repo.name}/compare/${basehead}`,
                    html_url: `${html}/compare/${basehead}`,
                    permalink_url: `${html}/compare/${repo.owner}:${base.slice(0, 7)}...${repo.owner}:${head.slice(0, 7)}`,
                    diff_url: `${html}/compare/${basehead}.diff`,
                    patch_url: `${html}/compare/${basehead}.patch`,
                    base_commit: repoCommitShape(world, repo, base),
                    merge_base_commit: repoCommitShape(world, repo, common),
                    status,
                    ahead_by: ahead.length,
                    behind_by: behindBy,
                    total_commits: ahead.length,
                    commits: listed.map((sha) => repoCommitShape(world, repo, sha)),
                });
            },
        },
    ],
};

;// CONCATENATED MODULE: ./sandbox/routes/contents.ts



const BASE64 = /^[A-Za-z0-9+/\r\n]*={0,2}[\r\n]*$/;
function contentLinks(world, repo, entry, ref) {
    const api = `${world.urls.api}/repos/${repo.owner}/${repo.name}`;
    const html = `${world.urls.html}/${repo.owner}/${repo.name}/${entry.type === "dir" ? "tree" : "blob"}/${ref}/${entry.path}`;
    const self = `${api}/contents/${entry.path}?ref=${encodeURIComponent(ref)}`;
    const git = `${api}/git/${entry.type === "dir" ? "trees" : "blobs"}/${entry.sha}`;
    return {
        url: self,
        html_url: html,
        git_url: git,
        download_url: entry.type === "file" ? `${world.urls.html}/${repo.owner}/${repo.name}/raw/${ref}/${entry.path}` : null,
        _links: { self, git, html },
    };
}
function fileShape(world, repo, path, sha, ref, withContent) {
    const content = (0,git/* blobContent */.fM)(repo, sha);
    return {
        type: "file",
        ...(withContent
            ? {
                encoding: "base64",
                content: (content.toString("base64").match(/.{1,60}/g) ?? [""]).join("\n") + (content.length ? "\n" : ""),
            }
            : {}),
        size: content.length,
        name: path.split("/").pop() ?? path,
        path,
        sha,
        ...contentLinks(world, repo, { path, sha, type: "file" }, ref),
    };
}
function entryShape(world, repo, entry, ref) {
    if (entry.type === "blob")
        return fileShape(world, repo, entry.path, entry.sha, ref, false);
    return {
        type: "dir",
        size: 0,
        name: entry.path.split("/").pop() ?? entry.path,
        path: entry.path,
        sha: entry.sha,
        ...contentLinks(world, repo, { path: entry.path, sha: entry.sha, type: "dir" }, ref),
    };
}
function branchHead(request, branch) {
    const sha = request.repo.refs[`refs/heads/${branch}`];
    if (!sha)
        throw new http/* HttpError */.j$(404, `Branch ${branch} not found`);
    return sha;
}
function committer(request, body) {
    const login = request.actor.kind === "user" || request.actor.kind === "installation"
        ? request.actor.user.login
        : "ghost";
    const person = request.world.gitPerson(login);
    const given = (body.committer ?? body.author);
    return {
        login,
        person: {
            name: (0,http/* isString */.Kg)(given?.name) ? given.name : person.name,
            email: (0,http/* isString */.Kg)(given?.email) ? given.email : person.email,
            date: person.date,
        },
    };
}
function decodeContent(value) {
    if (!BASE64.test(value))
        throw (0,http/* validationFailed */.$Y)("Invalid request.\n\ncontent is not valid Base64");
    return Buffer.from(value, "base64");
}
const contentRoutes = {
    api: [
        {
            operationId: "repos/get-content",
            route: "GET /repos/{owner}/{repo}/contents/{path}",
            permission: ["contents", "read"],
            auth: "none",
            handler: (request) => {
                const { repo, world } = request;
                const ref = request.query.get("ref") ?? repo.defaultBranch;
                const commit = (0,git/* resolveCommit */.WL)(repo, ref);
                if (!commit)
                    throw new http/* HttpError */.j$(404, `No commit found for the ref ${ref}`);
                const path = (request.params.path ?? "").replace(/^\/+|\/+$/g, "");
                const entry = (0,git/* readPath */.G7)(repo, commit, path);
                if (!entry)
                    throw (0,http/* notFound */.mX)();
                if (entry.type === "tree")
                    return (0,http.ok)(entry.entries.map((child) => {
                        const childPath = path ? `${path}/${child.name}` : child.name;
                        return entryShape(world, repo, {
                            ...child,
                            type: child.mode === "040000" ? "tree" : "blob",
                            path: childPath,
                            entries: [],
                        }, ref);
                    }));
                if (/application\/vnd\.github(?:\.v3)?\.raw/.test(request.headers.accept ?? ""))
                    return {
                        status: 200,
                        body: (0,git/* blobContent */.fM)(repo, entry.sha),
                        // As GitHub labels it: with the charset, clients (Octokit, Probot's config loader)
                        // read the body as text.
                        headers: { "content-type": "application/vnd.github.raw; charset=utf-8" },
                    };
                return (0,http.ok)(fileShape(world, repo, path, entry.sha, ref, true));
            },
        },
        {
            operationId: "repos/create-or-update-file-contents",
            route: "PUT /repos/{owner}/{repo}/contents/{path}",
            permission: ["contents", "write"],
            handler: (request) => {
                const { repo, world } = request;
                const body = (0,http/* bodyOf */.EN)(request);
                const message = (0,http/* requireField */.MB)(body, "message", http/* isString */.Kg);
                const content = decodeContent((0,http/* requireField */.MB)(body, "content", http/* isString */.Kg));
                const branch = (0,http/* isString */.Kg)(body.branch) ? body.branch : repo.defaultBranch;
                const path = (request.params.path ?? "").replace(/^\/+|\/+$/g, "");
                const head = branchHead(request, branch);
                const existing = (0,git/* readPath */.G7)(repo, head, path);
                if (existing?.type === "tree")
                    throw (0,http/* validationFailed */.$Y)(`Invalid request.\n\n${path} is a directory`);
                if (existing && body.sha === undefined)
                    throw (0,http/* validationFailed */.$Y)(`Invalid request.\n\n"sha" wasn't supplied.`);
                if (existing && body.sha !== existing.sha)
                    throw new http/* HttpError */.j$(409, `${path} does not match ${String(body.sha)}`);
                if (!existing && body.sha !== undefined)
                    throw new http/* HttpError */.j$(409, `${path} does not match ${String(body.sha)}`);
                const who = committer(request, body);
                const sha = (0,git/* commitToBranch */.Bg)(repo, branch, [{ path, sha: (0,git/* putBlob */.HT)(repo, content) }], message, who.person);
                repo.pushedAt = world.now();
                world.changed();
                world.webhooks.pushed(repo, branch, head, sha, who.login);
                const blob = (0,git/* readPath */.G7)(repo, sha, path);
                return (0,http.ok)({
                    content: fileShape(world, repo, path, blob.sha, branch, false),
                    commit: commitShape(world, repo, sha),
                }, existing ? 200 : 201);
            },
        },
        {
            operationId: "repos/delete-file",
            route: "DELETE /repos/{owner}/{repo}/contents/{path}",
            permission: ["contents", "write"],
            handler: (request) => {
                const { repo, world } = request;
                const body = (0,http/* bodyOf */.EN)(request);
                const message = (0,http/* requireField */.MB)(body, "message", http/* isString */.Kg);
                const expected = (0,http/* requireField */.MB)(body, "sha", http/* isString */.Kg);
                const branch = (0,http/* isString */.Kg)(body.branch) ? body.branch : repo.defaultBranch;
                const path = (request.params.path ?? "").replace(/^\/+|\/+$/g, "");
                const head = branchHead(request, branch);
                const existing = (0,git/* readPath */.G7)(repo, head, path);
                if (existing?.type !== "blob")
                    throw (0,http/* notFound */.mX)();
                if (existing.sha !== expected)
                    throw new http/* HttpError */.j$(409, `${path} does not match ${expected}`);
                const who = committer(request, body);
                const sha = (0,git/* commitToBranch */.Bg)(repo, branch, [{ path, sha: null }], message, who.person);
                world.changed();
                world.webhooks.pushed(repo, branch, head, sha, who.login);
                return (0,http.ok)({ content: null, commit: commitShape(world, repo, sha) });
            },
        },
    ],
};

;// CONCATENATED MODULE: ./sandbox/routes/deployments.ts




const DEPLOYMENT_STATES = [
    "error",
    "failure",
    "inactive",
    "in_progress",
    "queued",
    "pending",
    "success",
];
/** The states `deployment_status` webhooks carry: GitHub sends none for `inactive`. */
const WEBHOOK_DEPLOYMENT_STATES = new Set([
    "pending",
    "in_progress",
    "success",
    "failure",
    "error",
    "queued",
]);
const MAX_WAIT_TIMER_MINUTES = 43_200;
const MAX_REVIEWERS = 6;
/** GitHub's documented limit for a deployment status's description. */
const MAX_STATUS_DESCRIPTION = 140;
const deployments_nullableString = (v) => v === null || (0,http/* isString */.Kg)(v);
const deployments_isInteger = (v) => Number.isInteger(v);
function optional(body, name, check) {
    return body[name] === undefined ? undefined : (0,http/* requireField */.MB)(body, name, check);
}
// ---------------------------------------------------------------------------------------------
// Shapes
function deploymentUrl(world, repo, id) {
    return `${repoApi(world, repo)}/deployments/${id}`;
}
/** A deployment as the REST API (`rest`) or a webhook payload (`webhook`) shows it. */
function deploymentShape(world, repo, deployment, flavor) {
    const url = deploymentUrl(world, repo, deployment.id);
    const app = appOfBot(world, deployment.creator);
    return {
        url,
        id: deployment.id,
        node_id: (0,shapes/* nodeId */.s5)("Deployment", deployment.id),
        sha: deployment.sha,
        ref: deployment.ref,
        task: deployment.task,
        payload: deployment.payload,
        original_environment: deployment.originalEnvironment,
        environment: deployment.environment,
        description: deployment.description,
        creator: flavor === "rest" ? (0,shapes/* simpleUser */.U5)(world, deployment.creator) : (0,shapes/* webhookUser */.zR)(world, deployment.creator),
        created_at: deployment.createdAt,
        updated_at: deployment.updatedAt,
        statuses_url: `${url}/statuses`,
        repository_url: repoApi(world, repo),
        transient_environment: deployment.transientEnvironment,
        production_environment: deployment.productionEnvironment,
        performed_via_github_app: app ? appShape(world, app, flavor) : null,
    };
}
function deploymentStatusShape(world, repo, status, flavor) {
    const url = deploymentUrl(world, repo, status.deploymentId);
    const app = appOfBot(world, status.creator);
    return {
        url: `${url}/statuses/${status.id}`,
        id: status.id,
        node_id: (0,shapes/* nodeId */.s5)("DeploymentStatus", status.id),
        state: status.state,
        creator: flavor === "rest" ? (0,shapes/* simpleUser */.U5)(world, status.creator) : (0,shapes/* webhookUser */.zR)(world, status.creator),
        description: status.description,
        environment: status.environment,
        // `log_url` replaced `target_url`; GitHub still answers both with the same value.
        target_url: status.logUrl,
        ...(status.logUrl ? { log_url: status.logUrl } : {}),
        ...(status.environmentUrl ? { environment_url: status.environmentUrl } : {}),
        created_at: status.createdAt,
        updated_at: status.updatedAt,
        deployment_url: url,
        repository_url: repoApi(world, repo),
        performed_via_github_app: app ? appShape(world, app, flavor) : null,
    };
}
function environmentShape(world, repo, environment) {
    const name = encodeURIComponent(environment.name);
    // Protection rules have no record of their own; their ids derive from the environment's.
    const rules = [];
    if (environment.waitTimer > 0)
        rules.push({
            id: environment.id + 1,
            node_id: (0,shapes/* nodeId */.s5)("Gate", environment.id + 1),
            type: "wait_timer",
            wait_timer: environment.waitTimer,
        });
    if (environment.reviewers.length > 0)
        rules.push({
            id: environment.id + 2,
            node_id: (0,shapes/* nodeId */.s5)("Gate", environment.id + 2),
            type: "required_reviewers",
            prevent_self_review: false,
            reviewers: environment.reviewers.map((login) => ({ type: "User", reviewer: (0,shapes/* simpleUser */.U5)(world, login) })),
        });
    return {
        id: environment.id,
        node_id: (0,shapes/* nodeId */.s5)("Environment", environment.id),
        name: environment.name,
        url: `${repoApi(world, repo)}/environments/${name}`,
        html_url: `${world.urls.html}/${repo.owner}/${repo.name}/deployments/activity_log?environments_filter=${name}`,
        created_at: environment.createdAt,
        updated_at: environment.updatedAt,
        protection_rules: rules,
        deployment_branch_policy: null,
    };
}
// ---------------------------------------------------------------------------------------------
// Records
function findDeployment(request) {
    const deployment = request.repo.deployments[String(request.params.deployment_id)];
    if (!deployment)
        throw (0,http/* notFound */.mX)();
    return deployment;
}
/** A deployment's statuses, newest first. */
function deployments_statusesOf(repo, deploymentId) {
    return Object.values(repo.deploymentStatuses)
        .filter((s) => s.deploymentId === deploymentId)
        .sort((a, b) => b.id - a.id);
}
function findEnvironment(repo, name) {
    return repo.environments[name.toLowerCase()];
}
/** The named environment, created on first use as a deployment to a new environment does on GitHub. */
function ensureEnvironment(world, repo, name) {
    const existing = findEnvironment(repo, name);
    if (existing)
        return existing;
    const now = world.now();
    const environment = {
        id: world.id(),
        name,
        createdAt: now,
        updatedAt: now,
        waitTimer: 0,
        reviewers: [],
    };
    repo.environments[name.toLowerCase()] = environment;
    return environment;
}
/** `payload` as given: an object, or a string holding a JSON object (GitHub parses it). */
function parsePayload(raw) {
    if (raw === undefined || raw === "")
        return {};
    const value = (0,http/* isString */.Kg)(raw) ? parseJson(raw) : raw;
    if (typeof value !== "object" || value === null || Array.isArray(value))
        throw (0,http/* validationFailed */.$Y)(`Invalid request.\n\nFor 'payload', ${JSON.stringify(raw)} is not a JSON object.`);
    return value;
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/**
 * `auto_merge`: when the deployed branch lacks commits of the default branch, GitHub merges the
 * default branch into it and answers 202 instead of deploying (the client deploys again).
 * Returns the message of that answer, or undefined when nothing needed merging.
 */
function mergeDefaultBranchInto(request, ref, login) {
    const { repo, world } = request;
    const branch = ref.startsWith("refs/heads/") ? ref.slice("refs/heads/".length) : ref;
    const head = repo.refs[`refs/heads/${branch}`];
    const base = repo.refs[`refs/heads/${repo.defaultBranch}`];
    if (!head || !base || branch === repo.defaultBranch || (0,git/* isAncestor */.QX)(repo, base, head))
        return undefined;
    const merged = (0,git/* mergeTrees */.Md)(repo, (0,git/* mergeBase */.wu)(repo, head, base), head, base);
    if ("conflicts" in merged)
        throw new http/* HttpError */.j$(409, `Conflict merging ${repo.defaultBranch} into ${branch}.`);
    const message = `Auto-merged ${repo.defaultBranch} into ${branch} on deployment.`;
    const commit = (0,git/* createCommit */.kt)(repo, {
        tree: merged.tree,
        parents: [head, base],
        message,
        author: world.gitPerson(login),
    });
    repo.refs[`refs/heads/${branch}`] = commit;
    repo.pushedAt = world.now();
    world.changed();
    world.webhooks.pushed(repo, branch, head, commit, login);
    return message;
}
/**
 * The commit-status gate: every required context (by default every context the commit has) must
 * have `success` as its latest state. An empty list skips the gate.
 */
function requireSuccessfulContexts(repo, sha, ref, required) {
    const latest = latestStatusPerContext(repo, sha);
    const contexts = required ?? latest.map((status) => status.context);
    const unmet = contexts
        .map((context) => ({ context, state: latest.find((s) => s.context === context)?.state ?? "missing" }))
        .filter((entry) => entry.state !== "success");
    if (unmet.length > 0)
        throw new http/* HttpError */.j$(409, `Conflict: Commit status checks failed for ${ref}.`, {
            errors: [{ contexts: unmet, resource: "Deployment", field: "required_contexts", code: "invalid" }],
        });
}
/** A deployment counts as active while its latest status is `success`. */
function isActive(repo, deployment) {
    return deployments_statusesOf(repo, deployment.id)[0]?.state === "success";
}
/**
 * `auto_inactive`: a new successful deployment retires the earlier successful deployments of
 * the same environment with an `inactive` status of their own.
 */
function retirePreviousDeployments(world, repo, current, creator) {
    const environment = current.environment.toLowerCase();
    for (const deployment of Object.values(repo.deployments)) {
        if (deployment.id >= current.id || deployment.environment.toLowerCase() !== environment)
            continue;
        const latest = deployments_statusesOf(repo, deployment.id)[0];
        if (latest?.state !== "success")
            continue;
        const now = world.now();
        const inactive = {
            ...latest,
            id: world.id(),
            state: "inactive",
            description: "",
            creator,
            createdAt: now,
            updatedAt: now,
        };
        repo.deploymentStatuses[String(inactive.id)] = inactive;
        deployment.updatedAt = now;
    }
}
function requireAdmin(request) {
    const { actor, repo, world } = request;
    if (actor.kind === "user" && world.permissionOf(repo, actor.user.login) !== "admin")
        throw new http/* HttpError */.j$(403, "Must have admin rights to Repository.");
}
/** GitHub's REST API for deployments, deployment statuses, environments. */
const deploymentRoutes = {
    api: [
        {
            operationId: "repos/create-deployment",
            route: "POST /repos/{owner}/{repo}/deployments",
            permission: ["deployments", "write"],
            handler: (request) => {
                const { repo, world } = request;
                const body = (0,http/* bodyOf */.EN)(request);
                const ref = (0,http/* requireField */.MB)(body, "ref", http/* isString */.Kg);
                const task = optional(body, "task", http/* isString */.Kg) ?? "deploy";
                const environment = optional(body, "environment", http/* isString */.Kg) ?? "production";
                const autoMerge = optional(body, "auto_merge", http/* isBoolean */.Lm) ?? true;
                const requiredContexts = optional(body, "required_contexts", http/* isStringArray */.Bo);
                const description = optional(body, "description", deployments_nullableString) ?? "";
                const transient = optional(body, "transient_environment", http/* isBoolean */.Lm) ?? false;
                const production = optional(body, "production_environment", http/* isBoolean */.Lm) ?? environment === "production";
                const payload = parsePayload(body.payload);
                const login = callerLogin(request);
                if (!(0,git/* resolveCommit */.WL)(repo, ref))
                    throw (0,http/* validationFailed */.$Y)(`No ref found for: ${ref}`);
                if (autoMerge) {
                    const merged = mergeDefaultBranchInto(request, ref, login);
                    if (merged)
                        return (0,http.ok)({ message: merged }, 202);
                }
                const sha = (0,git/* resolveCommit */.WL)(repo, ref);
                requireSuccessfulContexts(repo, sha, ref, requiredContexts);
                const now = world.now();
                const deployment = {
                    id: world.id(),
                    sha,
                    ref,
                    task,
                    environment,
                    originalEnvironment: environment,
                    description,
                    payload,
                    creator: login,
                    transientEnvironment: transient,
                    productionEnvironment: production,
                    createdAt: now,
                    updatedAt: now,
                };
                repo.deployments[String(deployment.id)] = deployment;
                ensureEnvironment(world, repo, environment);
                world.changed();
                world.webhooks.emit("deployment", {
                    action: "created",
                    deployment: deploymentShape(world, repo, deployment, "webhook"),
                    workflow: null,
                    workflow_run: null,
                }, repo, login);
                return (0,http.ok)(deploymentShape(world, repo, deployment, "rest"), 201);
            },
        },
        {
            operationId: "repos/list-deployments",
            route: "GET /repos/{owner}/{repo}/deployments",
            permission: ["deployments", "read"],
            handler: (request) => {
                const { repo, world, query } = request;
                // GitHub documents "none" as these filters' default: it means "not filtered".
                const filter = (name) => {
                    const value = query.get(name);
                    return value === null || value === "none" ? undefined : value;
                };
                const [sha, ref, task, environment] = ["sha", "ref", "task", "environment"].map(filter);
                const deployments = Object.values(repo.deployments)
                    .filter((d) => (sha === undefined || d.sha === sha) &&
                    (ref === undefined || d.ref === ref) &&
                    (task === undefined || d.task === task) &&
                    (environment === undefined || d.environment.toLowerCase() === environment.toLowerCase()))
                    .sort((a, b) => b.id - a.id);
                const page = (0,http/* paginate */.En)(request, deployments);
                return { ...page, body: page.body.map((d) => deploymentShape(world, repo, d, "rest")) };
            },
        },
        {
            operationId: "repos/get-deployment",
            route: "GET /repos/{owner}/{repo}/deployments/{deployment_id}",
            permission: ["deployments", "read"],
            handler: (request) => (0,http.ok)(deploymentShape(request.world, request.repo, findDeployment(request), "rest")),
        },
        {
            operationId: "repos/delete-deployment",
            route: "DELETE /repos/{owner}/{repo}/deployments/{deployment_id}",
            permission: ["deployments", "write"],
            handler: (request) => {
                const { repo, world } = request;
                const deployment = findDeployment(request);
                const environment = deployment.environment.toLowerCase();
                const onlyInEnvironment = Object.values(repo.deployments).every((d) => d.id === deployment.id || d.environment.toLowerCase() !== environment);
                if (isActive(repo, deployment) && !onlyInEnvironment)
                    throw (0,http/* validationFailed */.$Y)("We cannot delete an active deployment unless it is the only deployment in a given environment.");
                delete repo.deployments[String(deployment.id)];
                for (const status of deployments_statusesOf(repo, deployment.id))
                    delete repo.deploymentStatuses[String(status.id)];
                world.changed();
                return (0,http/* noContent */.V$)();
            },
        },
        {
            operationId: "repos/create-deployment-status",
            route: "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
            permission: ["deployments", "write"],
            handler: (request) => {
                const { repo, world } = request;
                const deployment = findDeployment(request);
                const body = (0,http/* bodyOf */.EN)(request);
                const state = (0,http/* requireField */.MB)(body, "state", http/* isString */.Kg);
                if (!DEPLOYMENT_STATES.includes(state))
                    throw (0,http/* validationFailed */.$Y)(`Invalid request.\n\nFor 'state', ${JSON.stringify(state)} is not a valid value.`);
                const logUrl = optional(body, "log_url", http/* isString */.Kg) ?? optional(body, "target_url", http/* isString */.Kg) ?? "";
                const environmentUrl = optional(body, "environment_url", http/* isString */.Kg) ?? "";
                const description = optional(body, "description", http/* isString */.Kg) ?? "";
                if (description.length > MAX_STATUS_DESCRIPTION)
                    throw (0,http/* validationFailed */.$Y)("Validation Failed", [
                        {
                            resource: "DeploymentStatus",
                            code: "custom",
                            field: "description",
                            message: `description is too long (maximum is ${MAX_STATUS_DESCRIPTION} characters)`,
                        },
                    ]);
                const autoInactive = optional(body, "auto_inactive", http/* isBoolean */.Lm) ?? true;
                // Without `environment`, the previous status's environment holds, else the deployment's.
                const environment = optional(body, "environment", http/* isString */.Kg) ??
                    deployments_statusesOf(repo, deployment.id)[0]?.environment ??
                    deployment.environment;
                const login = callerLogin(request);
                const now = world.now();
                const status = {
                    id: world.id(),
                    deploymentId: deployment.id,
                    state: state,
                    description,
                    environment,
                    environmentUrl,
                    logUrl,
                    creator: login,
                    createdAt: now,
                    updatedAt: now,
                };
                repo.deploymentStatuses[String(status.id)] = status;
                if (environment !== deployment.environment) {
                    deployment.environment = environment;
                    ensureEnvironment(world, repo, environment);
                }
                deployment.updatedAt = now;
                if (state === "success" && autoInactive)
                    retirePreviousDeployments(world, repo, deployment, login);
                world.changed();
                if (WEBHOOK_DEPLOYMENT_STATES.has(state))
                    world.webhooks.emit("deployment_status", {
                        action: "created",
                        deployment_status: deploymentStatusShape(world, repo, status, "webhook"),
                        deployment: deploymentShape(world, repo, deployment, "webhook"),
                    }, repo, login);
                return (0,http.ok)(deploymentStatusShape(world, repo, status, "rest"), 201);
            },
        },
        {
            operationId: "repos/list-deployment-statuses",
            route: "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
            permission: ["deployments", "read"],
            handler: (request) => {
                const { repo, world } = request;
                const deployment = findDeployment(request);
                const page = (0,http/* paginate */.En)(request, deployments_statusesOf(repo, deployment.id));
                return { ...page, body: page.body.map((s) => deploymentStatusShape(world, repo, s, "rest")) };
            },
        },
        {
            operationId: "repos/get-deployment-status",
            route: "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}",
            permission: ["deployments", "read"],
            handler: (request) => {
                const { repo, world } = request;
                const deployment = findDeployment(request);
                const status = repo.deploymentStatuses[String(request.params.status_id)];
                if (!status || status.deploymentId !== deployment.id)
                    throw (0,http/* notFound */.mX)();
                return (0,http.ok)(deploymentStatusShape(world, repo, status, "rest"));
            },
        },
        {
            operationId: "repos/get-all-environments",
            route: "GET /repos/{owner}/{repo}/environments",
            permission: ["actions", "read"],
            handler: (request) => {
                const { repo, world } = request;
                const environments = Object.values(repo.environments).sort((a, b) => a.name.localeCompare(b.name));
                const page = (0,http/* paginate */.En)(request, environments);
                return {
                    ...page,
                    body: {
                        total_count: environments.length,
                        environments: page.body.map((e) => environmentShape(world, repo, e)),
                    },
                };
            },
        },
        {
            operationId: "repos/get-environment",
            route: "GET /repos/{owner}/{repo}/environments/{environment_name}",
            permission: ["actions", "read"],
            handler: (request) => {
                const environment = findEnvironment(request.repo, request.params.environment_name ?? "");
                if (!environment)
                    throw (0,http/* notFound */.mX)();
                return (0,http.ok)(environmentShape(request.world, request.repo, environment));
            },
        },
        {
            operationId: "repos/create-or-update-environment",
            route: "PUT /repos/{owner}/{repo}/environments/{environment_name}",
            permission: ["administration", "write"],
            handler: (request) => {
                const { repo, world } = request;
                requireAdmin(request);
                const body = (0,http/* bodyOf */.EN)(request);
                const waitTimer = optional(body, "wait_timer", deployments_isInteger);
                if (waitTimer !== undefined && (waitTimer < 0 || waitTimer > MAX_WAIT_TIMER_MINUTES))
                    throw (0,http/* validationFailed */.$Y)(`Invalid request.\n\nwait_timer must be between 0 and ${MAX_WAIT_TIMER_MINUTES}.`);
                const reviewers = body.reviewers === undefined ? undefined : reviewerLogins(world, body.reviewers);
                const environment = ensureEnvironment(world, repo, request.params.environment_name ?? "");
                if (waitTimer !== undefined)
                    environment.waitTimer = waitTimer;
                if (reviewers !== undefined)
                    environment.reviewers = reviewers;
                environment.updatedAt = world.now();
                world.changed();
                return (0,http.ok)(environmentShape(world, repo, environment));
            },
        },
        {
            operationId: "repos/delete-an-environment",
            route: "DELETE /repos/{owner}/{repo}/environments/{environment_name}",
            permission: ["administration", "write"],
            handler: (request) => {
                const { repo, world } = request;
                requireAdmin(request);
                const name = request.params.environment_name ?? "";
                if (!findEnvironment(repo, name))
                    throw (0,http/* notFound */.mX)();
                delete repo.environments[name.toLowerCase()];
                world.changed();
                return (0,http/* noContent */.V$)();
            },
        },
    ],
};
/** `reviewers: [{ type: "User", id }]` to logins; teams are not modelled by the sandbox. */
function reviewerLogins(world, raw) {
    if (raw === null)
        return [];
    if (!Array.isArray(raw))
        throw (0,http/* validationFailed */.$Y)("Invalid request.\n\nFor 'reviewers', the value is not an array.");
    if (raw.length > MAX_REVIEWERS)
        throw (0,http/* validationFailed */.$Y)(`Invalid request.\n\nOnly ${MAX_REVIEWERS} reviewers may be set on an environment.`);
    return raw.map((entry) => {
        const reviewer = (entry ?? {});
        if (reviewer.type !== "User")
            throw (0,http/* validationFailed */.$Y)("Invalid request.\n\nThe sandbox only models reviewers of type User.");
        const user = Object.values(world.state.users).find((u) => u.id === reviewer.id);
        if (!user)
            throw (0,http/* validationFailed */.$Y)(`Invalid request.\n\nReviewer ${String(reviewer.id)} was not found.`);
        return user.login;
    });
}

;// CONCATENATED MODULE: ./sandbox/routes/pulls.ts




const NOT_MERGEABLE = "Pull Request is not mergeable";
/** Above this many line edits in one file, additions/deletions count every line instead. */
const MAX_LINE_EDITS = 5_000;
function conversation(repo, pull) {
    const issue = repo.issues[String(pull.number)];
    if (!issue)
        throw new Error(`sandbox: pull request #${pull.number} has no issue record`);
    return { pull, issue };
}
function pullFrom(request) {
    const pull = request.repo.pulls[String(Number(request.params.pull_number))];
    if (!pull)
        throw (0,http/* notFound */.mX)();
    return conversation(request.repo, pull);
}
function branchTip(repo, branch) {
    return repo.refs[`refs/heads/${branch}`];
}
/** GitHub's committer for commits it makes on a user's behalf (merges, squashes, rebases). */
function githubCommitter(world) {
    return { name: "GitHub", email: "noreply@github.com", date: world.now() };
}
/** Commits on the head that the base lacks, oldest first. */
function commitsAhead(repo, baseSha, headSha) {
    const inBase = new Set((0,git/* ancestors */.T1)(repo, baseSha));
    return (0,git/* ancestors */.T1)(repo, headSha)
        .filter((sha) => !inBase.has(sha))
        .reverse();
}
function filesOf(repo, commitSha) {
    const tree = commitSha ? (0,git/* getObject */.iM)(repo, commitSha, "commit")?.tree : undefined;
    return tree ? (0,git/* flattenTree */.dG)(repo, tree) : new Map();
}
/** The files a pull request changes: head against the merge base, as GitHub's "three-dot" diff. */
function changedFiles(repo, pull) {
    const before = filesOf(repo, (0,git/* mergeBase */.wu)(repo, pull.baseSha, pull.headSha));
    const after = filesOf(repo, pull.headSha);
    const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
    return paths.flatMap((path) => {
        const old = before.get(path);
        const now = after.get(path);
        const shown = now ?? old;
        if (!shown || (old && now && old.sha === now.sha && old.mode === now.mode))
            return [];
        const lines = lineChanges(old ? (0,git/* blobContent */.fM)(repo, old.sha) : Buffer.alloc(0), now ? (0,git/* blobContent */.fM)(repo, now.sha) : Buffer.alloc(0));
        const status = !old ? "added" : !now ? "removed" : "modified";
        return [{ path, status, sha: shown.sha, ...lines }];
    });
}
function linesOf(content) {
    if (content.length === 0)
        return [];
    const lines = content.toString("utf8").split("\n");
    if (lines.at(-1) === "")
        lines.pop();
    return lines;
}
/** Lines added and deleted between two versions of a file; binary files count none, as on GitHub. */
function lineChanges(before, after) {
    if (before.includes(0) || after.includes(0))
        return { additions: 0, deletions: 0 };
    const old = linesOf(before);
    const now = linesOf(after);
    const edits = editDistance(old, now, MAX_LINE_EDITS);
    if (edits === undefined)
        return { additions: now.length, deletions: old.length };
    // Insertions minus deletions is the change in length; their sum is the edit distance.
    const growth = now.length - old.length;
    return { additions: (edits + growth) / 2, deletions: (edits - growth) / 2 };
}
/** Myers' shortest edit script length (insertions + deletions), or undefined past `limit`. */
function editDistance(a, b, limit) {
    const max = Math.min(a.length + b.length, limit);
    const offset = max + 1;
    const furthest = new Int32Array(2 * max + 3);
    for (let d = 0; d <= max; d++) {
        for (let k = -d; k <= d; k += 2) {
            const down = k === -d || (k !== d && furthest[offset + k - 1] < furthest[offset + k + 1]);
            let x = down ? furthest[offset + k + 1] : furthest[offset + k - 1] + 1;
            let y = x - k;
            while (x < a.length && y < b.length && a[x] === b[y]) {
                x++;
                y++;
            }
            furthest[offset + k] = x;
            if (x >= a.length && y >= b.length)
                return d;
        }
    }
    return undefined;
}
/** The tree of the head merged into `baseTip`, or undefined when they conflict. */
function mergedTree(repo, pull, baseTip) {
    const merged = (0,git/* mergeTrees */.Md)(repo, (0,git/* mergeBase */.wu)(repo, baseTip, pull.headSha), baseTip, pull.headSha);
    return "tree" in merged ? merged.tree : undefined;
}
/** Whether the head merges cleanly into the base as it is now. */
function mergesCleanly(repo, pull) {
    return mergedTree(repo, pull, branchTip(repo, pull.baseRef) ?? pull.baseSha) !== undefined;
}
// ---------------------------------------------------------------------------------------------
// Shapes
/**
 * A pull request as REST and webhooks show it. `simple` is GitHub's `pull-request-simple` (lists,
 * review webhooks), without the fields that need the diff computed.
 */
function pullShape(world, repo, pull, audience, detail = "full") {
    const { issue } = conversation(repo, pull);
    const api = repoApiUrl(world, repo);
    const self = `${api}/pulls/${pull.number}`;
    const html = `${repoHtmlUrl(world, repo)}/pull/${pull.number}`;
    const headRepo = world.state.repos[pull.headRepo.toLowerCase()] ?? repo;
    const end = (target, ref, sha) => ({
        label: `${target.owner}:${ref}`,
        ref,
        sha,
        user: userShape(world, target.owner, audience),
        repo: repositoryShape(world, target, audience),
    });
    const links = {
        self: self,
        html: html,
        issue: `${api}/issues/${pull.number}`,
        comments: `${api}/issues/${pull.number}/comments`,
        review_comments: `${self}/comments`,
        review_comment: `${api}/pulls/comments{/number}`,
        commits: `${self}/commits`,
        statuses: `${api}/statuses/${pull.headSha}`,
    };
    const simple = {
        url: self,
        id: pull.id,
        node_id: (0,shapes/* nodeId */.s5)("PullRequest", pull.id),
        html_url: html,
        diff_url: `${html}.diff`,
        patch_url: `${html}.patch`,
        issue_url: links.issue,
        commits_url: links.commits,
        review_comments_url: links.review_comments,
        review_comment_url: links.review_comment,
        comments_url: links.comments,
        statuses_url: links.statuses,
        number: pull.number,
        state: issue.state,
        locked: issue.locked,
        title: issue.title,
        user: userShape(world, issue.user, audience),
        body: issue.body,
        labels: issueLabels(repo, issue).map((label) => {
            const shape = labelShape(world, repo, label);
            // GitHub's OpenAPI description types a listed pull request's label description as a
            // string, never null; a label made on the fly (issues/add-labels) has none.
            return detail === "simple" && audience === "rest"
                ? { ...shape, description: label.description ?? "" }
                : shape;
        }),
        milestone: null,
        active_lock_reason: null,
        created_at: issue.createdAt,
        updated_at: issue.updatedAt,
        closed_at: issue.closedAt,
        merged_at: pull.mergedAt,
        merge_commit_sha: pull.mergeCommitSha,
        assignee: issue.assignees[0] ? userShape(world, issue.assignees[0], audience) : null,
        assignees: issue.assignees.map((login) => userShape(world, login, audience)),
        requested_reviewers: pull.requestedReviewers.map((login) => userShape(world, login, audience)),
        requested_teams: [],
        head: end(headRepo, pull.headRef, pull.headSha),
        base: end(repo, pull.baseRef, pull.baseSha),
        _links: Object.fromEntries(Object.entries(links).map(([name, href]) => [name, { href }])),
        author_association: authorAssociation(repo, issue.user),
        auto_merge: null,
        draft: pull.draft,
    };
    if (detail === "simple")
        return simple;
    const files = changedFiles(repo, pull);
    const open = issue.state === "open";
    const mergeable = open ? mergesCleanly(repo, pull) : null;
    return {
        ...simple,
        merged: pull.merged,
        mergeable,
        rebaseable: mergeable,
        mergeable_state: !open ? "unknown" : pull.draft ? "draft" : mergeable ? "clean" : "dirty",
        merged_by: pull.mergedBy ? userShape(world, pull.mergedBy, audience) : null,
        comments: Object.values(repo.comments).filter((c) => c.issueNumber === pull.number).length,
        review_comments: 0,
        maintainer_can_modify: pull.maintainerCanModify,
        commits: commitsAhead(repo, pull.baseSha, pull.headSha).length,
        additions: files.reduce((sum, file) => sum + file.additions, 0),
        deletions: files.reduce((sum, file) => sum + file.deletions, 0),
        changed_files: files.length,
    };
}
function reviewShape(world, repo, review, audience) {
    const pullUrl = `${repoApiUrl(world, repo)}/pulls/${review.pullNumber}`;
    const html = `${repoHtmlUrl(world, repo)}/pull/${review.pullNumber}#pullrequestreview-${review.id}`;
    return {
        id: review.id,
        node_id: (0,shapes/* nodeId */.s5)("PullRequestReview", review.id),
        user: userShape(world, review.user, audience),
        body: review.body,
        // Webhooks name review states in lower case (`approved`), the REST API in upper case.
        state: audience === "webhook" ? review.state.toLowerCase() : review.state,
        html_url: html,
        pull_request_url: pullUrl,
        _links: { html: { href: html }, pull_request: { href: pullUrl } },
        ...(review.submittedAt || audience === "webhook" ? { submitted_at: review.submittedAt } : {}),
        commit_id: review.commitId,
        author_association: authorAssociation(repo, review.user),
    };
}
/** Sends a `pull_request` webhook; `extra` adds what the action needs (`changes`, `label`, ...). */
function emitPullRequestEvent(world, repo, pull, action, sender, extra = {}) {
    world.webhooks.emit("pull_request", { action, number: pull.number, pull_request: pullShape(world, repo, pull, "webhook"), ...extra }, repo, sender);
}
// ---------------------------------------------------------------------------------------------
// Opening pull requests
const headInvalid = () => (0,http/* validationFailed */.$Y)("Validation Failed", [{ resource: "PullRequest", field: "head", code: "invalid" }]);
const baseInvalid = () => (0,http/* validationFailed */.$Y)("Validation Failed", [{ resource: "PullRequest", field: "base", code: "invalid" }]);
const customInvalid = (message) => (0,http/* validationFailed */.$Y)("Validation Failed", [{ resource: "PullRequest", code: "custom", message }]);
/** `branch` or `owner:branch`; forks are not modelled, so the owner must be the repository's. */
function parseHead(repo, head) {
    const colon = head.indexOf(":");
    if (colon < 0)
        return head;
    if (!equalIgnoringCase(head.slice(0, colon), repo.owner))
        throw headInvalid();
    return head.slice(colon + 1);
}
function openPullFor(repo, headRef, baseRef) {
    return Object.values(repo.pulls).find((pull) => pull.headRef === headRef &&
        pull.baseRef === baseRef &&
        repo.issues[String(pull.number)]?.state === "open");
}
const duplicatePull = (repo, headRef) => customInvalid(`A pull request already exists for ${repo.owner}:${headRef}.`);
function commitMessage(title, message) {
    return message ? `${title}\n\n${message}` : title;
}
function mergeCommit(repo, pull, issue, baseTip, options) {
    const tree = mergedTree(repo, pull, baseTip);
    if (!tree)
        return undefined;
    const title = options.title ?? `Merge pull request #${pull.number} from ${repo.owner}/${pull.headRef}`;
    return (0,git/* createCommit */.kt)(repo, {
        tree,
        parents: [baseTip, pull.headSha],
        message: commitMessage(title, options.message ?? issue.title),
        author: options.author,
        committer: options.committer,
    });
}
function squashCommit(repo, pull, issue, baseTip, options) {
    const tree = mergedTree(repo, pull, baseTip);
    if (!tree)
        return undefined;
    const squashed = commitsAhead(repo, baseTip, pull.headSha).map((sha) => `* ${(0,git/* getObject */.iM)(repo, sha, "commit")?.message ?? ""}`);
    return (0,git/* createCommit */.kt)(repo, {
        tree,
        parents: [baseTip],
        message: commitMessage(options.title ?? `${issue.title} (#${pull.number})`, options.message ?? squashed.join("\n\n")),
        author: options.author,
        committer: options.committer,
    });
}
/** Replays the head's commits onto the base one by one; only a linear head can be rebased. */
function rebaseCommits(repo, pull, baseTip, committer) {
    let tip = baseTip;
    for (const sha of commitsAhead(repo, baseTip, pull.headSha)) {
        const commit = (0,git/* getObject */.iM)(repo, sha, "commit");
        const parent = commit?.parents.length === 1 ? commit.parents[0] : undefined;
        if (!commit || !parent)
            return undefined;
        const replayed = (0,git/* mergeTrees */.Md)(repo, parent, tip, sha);
        if (!("tree" in replayed))
            return undefined;
        tip = (0,git/* createCommit */.kt)(repo, {
            tree: replayed.tree,
            parents: [tip],
            message: commit.message,
            author: commit.author,
            committer,
        });
    }
    return tip;
}
// ---------------------------------------------------------------------------------------------
// Reviews
const REVIEW_STATES = {
    APPROVE: "APPROVED",
    REQUEST_CHANGES: "CHANGES_REQUESTED",
    COMMENT: "COMMENTED",
};
/** GitHub answers review refusals with plain-string errors (`validation-error-simple`). */
const reviewRefused = (reason) => new http/* HttpError */.j$(422, "Unprocessable Entity", { errors: [reason] });
function reviewsOf(repo, pullNumber) {
    return Object.values(repo.reviews)
        .filter((review) => review.pullNumber === pullNumber)
        .sort((a, b) => a.id - b.id);
}
function pulls_reviewerLogins(request, field, required) {
    const body = (0,http/* bodyOf */.EN)(request);
    if (body[field] === undefined && !required)
        return [];
    return (0,http/* requireField */.MB)(body, field, http/* isStringArray */.Bo);
}
function notCollaborators(repo, what) {
    return new http/* HttpError */.j$(422, `Reviews may only be requested from collaborators. One or more of the ${what} you specified is not a collaborator of the ${repo.owner}/${repo.name} repository.`);
}
// ---------------------------------------------------------------------------------------------
const pullRoutes = {
    api: [
        {
            operationId: "pulls/list",
            route: "GET /repos/{owner}/{repo}/pulls",
            permission: ["pull_requests", "read"],
            auth: "none",
            handler: (request) => {
                const { repo, world, query } = request;
                const state = query.get("state") ?? "open";
                const head = query.get("head");
                const base = query.get("base");
                const sort = query.get("sort") ?? "created";
                const direction = query.get("direction") ?? (sort === "created" ? "desc" : "asc");
                const [headOwner, headRef] = head?.includes(":")
                    ? [head.slice(0, head.indexOf(":")), head.slice(head.indexOf(":") + 1)]
                    : [repo.owner, head];
                const listed = Object.values(repo.pulls)
                    .map((pull) => conversation(repo, pull))
                    .filter(({ pull, issue }) => (state === "all" || issue.state === state) &&
                    (headRef === null ||
                        (pull.headRef === headRef &&
                            equalIgnoringCase(pull.headRepo.split("/")[0] ?? "", headOwner))) &&
                    (base === null || pull.baseRef === base));
                const commentCount = (number) => Object.values(repo.comments).filter((comment) => comment.issueNumber === number).length;
                listed.sort((a, b) => sort === "updated"
                    ? a.issue.updatedAt.localeCompare(b.issue.updatedAt) || a.pull.number - b.pull.number
                    : sort === "popularity"
                        ? commentCount(a.pull.number) - commentCount(b.pull.number) || a.pull.number - b.pull.number
                        : a.pull.number - b.pull.number);
                if (direction === "desc")
                    listed.reverse();
                return (0,http/* paginate */.En)(request, listed.map(({ pull }) => pullShape(world, repo, pull, "rest", "simple")));
            },
        },
        {
            operationId: "pulls/create",
            route: "POST /repos/{owner}/{repo}/pulls",
            permission: ["pull_requests", "write"],
            handler: (request) => {
                const { repo, world } = request;
                const body = (0,http/* bodyOf */.EN)(request);
                const headRef = parseHead(repo, (0,http/* requireField */.MB)(body, "head", http/* isString */.Kg));
                const baseRef = (0,http/* requireField */.MB)(body, "base", http/* isString */.Kg);
                if (body.title === undefined)
                    throw (0,http/* validationFailed */.$Y)("Validation Failed", [
                        { resource: "PullRequest", code: "missing_field", field: "title" },
                    ]);
                const title = (0,http/* requireField */.MB)(body, "title", http/* isString */.Kg);
                if ((0,http/* isString */.Kg)(body.head_repo) && !equalIgnoringCase(body.head_repo, `${repo.owner}/${repo.name}`))
                    throw headInvalid();
                const headSha = branchTip(repo, headRef);
                if (!headSha)
                    throw headInvalid();
                const baseSha = branchTip(repo, baseRef);
                if (!baseSha)
                    throw baseInvalid();
                if (openPullFor(repo, headRef, baseRef))
                    throw duplicatePull(repo, headRef);
                if ((0,git/* isAncestor */.QX)(repo, headSha, baseSha))
                    throw customInvalid(`No commits between ${baseRef} and ${headRef}`);
                const now = world.now();
                const number = repo.nextNumber++;
                const issue = {
                    number,
                    id: world.id(),
                    title,
                    body: (0,http/* isString */.Kg)(body.body) ? body.body : null,
                    user: issues_actorLogin(request),
                    state: "open",
                    stateReason: null,
                    labels: [],
                    assignees: [],
                    isPullRequest: true,
                    createdAt: now,
                    updatedAt: now,
                    closedAt: null,
                    locked: false,
                };
                const pull = {
                    number,
                    id: world.id(),
                    headRef,
                    headSha,
                    headRepo: `${repo.owner}/${repo.name}`,
                    baseRef,
                    baseSha,
                    draft: body.draft === true,
                    merged: false,
                    mergedAt: null,
                    mergedBy: null,
                    mergeCommitSha: null,
                    maintainerCanModify: body.maintainer_can_modify !== false,
                    requestedReviewers: [],
                    requestedTeams: [],
                };
                repo.issues[String(number)] = issue;
                repo.pulls[String(number)] = pull;
                world.changed();
                emitPullRequestEvent(world, repo, pull, "opened", issue.user);
                return (0,http.ok)(pullShape(world, repo, pull, "rest"), 201);
            },
        },
        {
            operationId: "pulls/get",
            route: "GET /repos/{owner}/{repo}/pulls/{pull_number}",
            permission: ["pull_requests", "read"],
            auth: "none",
            handler: (request) => (0,http.ok)(pullShape(request.world, request.repo, pullFrom(request).pull, "rest")),
        },
        {
            operationId: "pulls/update",
            route: "PATCH /repos/{owner}/{repo}/pulls/{pull_number}",
            permission: ["pull_requests", "write"],
            handler: (request) => {
                const { repo, world } = request;
                const body = (0,http/* bodyOf */.EN)(request);
                const { pull, issue } = pullFrom(request);
                const login = issues_actorLogin(request);
                const wantedState = body.state === issue.state ? undefined : body.state;
                const newBase = (0,http/* isString */.Kg)(body.base) && body.base !== pull.baseRef ? body.base : undefined;
                const newBaseSha = newBase === undefined ? undefined : branchTip(repo, newBase);
                if (newBase !== undefined) {
                    if (issue.state === "closed")
                        throw customInvalid("Cannot change the base branch of a closed pull request.");
                    if (!newBaseSha)
                        throw baseInvalid();
                }
                const reopening = wantedState === "open";
                const reopenedHead = reopening ? branchTip(repo, pull.headRef) : undefined;
                if (reopening) {
                    if (pull.merged)
                        throw customInvalid("state cannot be changed. The pull request cannot be reopened because it has been merged.");
                    if (!reopenedHead)
                        throw customInvalid("state cannot be changed. The head branch was deleted.");
                    if (openPullFor(repo, pull.headRef, newBase ?? pull.baseRef))
                        throw duplicatePull(repo, pull.headRef);
                }
                const changes = {};
                if ((0,http/* isString */.Kg)(body.title) && body.title !== issue.title) {
                    changes.title = { from: issue.title };
                    issue.title = body.title;
                }
                if ((0,http/* isString */.Kg)(body.body) && body.body !== issue.body) {
                    changes.body = { from: issue.body ?? "" };
                    issue.body = body.body;
                }
                if (newBase !== undefined && newBaseSha) {
                    changes.base = { ref: { from: pull.baseRef }, sha: { from: pull.baseSha } };
                    pull.baseRef = newBase;
                    pull.baseSha = newBaseSha;
                }
                if ((0,http/* isBoolean */.Lm)(body.maintainer_can_modify))
                    pull.maintainerCanModify = body.maintainer_can_modify;
                const now = world.now();
                if (wantedState === "closed") {
                    issue.state = "closed";
                    issue.closedAt = now;
                }
                else if (reopening && reopenedHead) {
                    issue.state = "open";
                    issue.closedAt = null;
                    pull.headSha = reopenedHead;
                    pull.baseSha = branchTip(repo, pull.baseRef) ?? pull.baseSha;
                }
                issue.updatedAt = now;
                world.changed();
                if (Object.keys(changes).length > 0)
                    emitPullRequestEvent(world, repo, pull, "edited", login, { changes });
                if (wantedState === "closed")
                    emitPullRequestEvent(world, repo, pull, "closed", login);
                if (reopening)
                    emitPullRequestEvent(world, repo, pull, "reopened", login);
                return (0,http.ok)(pullShape(world, repo, pull, "rest"));
            },
        },
        {
            operationId: "pulls/merge",
            route: "PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge",
            permission: ["contents", "write"],
            handler: (request) => {
                const { repo, world } = request;
                const body = (0,http/* bodyOf */.EN)(request);
                const { pull, issue } = pullFrom(request);
                const login = issues_actorLogin(request);
                if (pull.merged || issue.state !== "open")
                    throw new http/* HttpError */.j$(405, NOT_MERGEABLE);
                if (pull.draft)
                    throw new http/* HttpError */.j$(405, "Pull Request is still a draft");
                if (body.sha !== undefined && body.sha !== pull.headSha)
                    throw new http/* HttpError */.j$(409, "Head branch was modified. Review and try the merge again.");
                const baseTip = branchTip(repo, pull.baseRef);
                if (!baseTip)
                    throw new http/* HttpError */.j$(405, NOT_MERGEABLE);
                const options = {
                    title: (0,http/* isString */.Kg)(body.commit_title) ? body.commit_title : undefined,
                    message: (0,http/* isString */.Kg)(body.commit_message) ? body.commit_message : undefined,
                    author: world.gitPerson(login),
                    committer: githubCommitter(world),
                };
                const method = body.merge_method ?? "merge";
                const result = method === "squash"
                    ? squashCommit(repo, pull, issue, baseTip, { ...options, author: world.gitPerson(issue.user) })
                    : method === "rebase"
                        ? rebaseCommits(repo, pull, baseTip, options.committer)
                        : mergeCommit(repo, pull, issue, baseTip, options);
                if (!result)
                    throw new http/* HttpError */.j$(405, method === "rebase" ? "This branch can't be rebased" : NOT_MERGEABLE);
                const now = world.now();
                repo.refs[`refs/heads/${pull.baseRef}`] = result;
                repo.pushedAt = now;
                // The base as it was before the merge stays recorded, so the pull request keeps
                // showing the commits and files it merged.
                pull.baseSha = baseTip;
                pull.merged = true;
                pull.mergedAt = now;
                pull.mergedBy = login;
                pull.mergeCommitSha = result;
                issue.state = "closed";
                issue.closedAt = now;
                issue.updatedAt = now;
                world.changed();
                world.webhooks.pushed(repo, pull.baseRef, baseTip, result, login);
                emitPullRequestEvent(world, repo, pull, "closed", login);
                return (0,http.ok)({ sha: result, merged: true, message: "Pull Request successfully merged" });
            },
        },
        {
            operationId: "pulls/list-files",
            route: "GET /repos/{owner}/{repo}/pulls/{pull_number}/files",
            permission: ["pull_requests", "read"],
            auth: "none",
            handler: (request) => {
                const { repo, world } = request;
                const { pull } = pullFrom(request);
                const api = repoApiUrl(world, repo);
                const html = repoHtmlUrl(world, repo);
                const files = changedFiles(repo, pull).map((file) => {
                    const path = file.path.split("/").map(encodeURIComponent).join("/");
                    const commit = file.status === "removed" ? pull.baseSha : pull.headSha;
                    return {
                        sha: file.sha,
                        filename: file.path,
                        status: file.status,
                        additions: file.additions,
                        deletions: file.deletions,
                        changes: file.additions + file.deletions,
                        blob_url: `${html}/blob/${commit}/${path}`,
                        raw_url: `${html}/raw/${commit}/${path}`,
                        contents_url: `${api}/contents/${path}?ref=${commit}`,
                    };
                });
                return (0,http/* paginate */.En)(request, files);
            },
        },
        {
            operationId: "repos/list-pull-requests-associated-with-commit",
            route: "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls",
            permission: ["pull_requests", "read"],
            auth: "none",
            handler: (request) => {
                const { repo, world } = request;
                const sha = (0,git/* resolveCommit */.WL)(repo, request.params.commit_sha);
                if (!sha)
                    throw new http/* HttpError */.j$(422, `No commit found for SHA: ${request.params.commit_sha}`);
                // As GitHub: for a commit on the default branch, the merged pull request that brought it
                // in; for any other commit, the open and merged pull requests that carry it.
                const defaultTip = branchTip(repo, repo.defaultBranch);
                const onDefault = defaultTip !== undefined && (0,git/* isAncestor */.QX)(repo, sha, defaultTip);
                const associated = Object.values(repo.pulls)
                    .filter((pull) => {
                    const carries = pull.mergeCommitSha === sha || commitsAhead(repo, pull.baseSha, pull.headSha).includes(sha);
                    if (!carries)
                        return false;
                    if (pull.merged)
                        return true;
                    return !onDefault && repo.issues[String(pull.number)]?.state === "open";
                })
                    .sort((a, b) => b.number - a.number);
                return (0,http/* paginate */.En)(request, associated.map((pull) => pullShape(world, repo, pull, "rest", "simple")));
            },
        },
        {
            operationId: "pulls/list-reviews",
            route: "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews",
            permission: ["pull_requests", "read"],
            auth: "none",
            handler: (request) => {
                const { repo, world } = request;
                const { pull } = pullFrom(request);
                const viewer = issues_actorLogin(request);
                // A pending review is a draft: only its author sees it.
                const visible = reviewsOf(repo, pull.number).filter((review) => review.state !== "PENDING" || equalIgnoringCase(review.user, viewer));
                return (0,http/* paginate */.En)(request, visible.map((review) => reviewShape(world, repo, review, "rest")));
            },
        },
        {
            operationId: "pulls/create-review",
            route: "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews",
            permission: ["pull_requests", "write"],
            handler: (request) => {
                const { repo, world } = request;
                const body = (0,http/* bodyOf */.EN)(request);
                const { pull, issue } = pullFrom(request);
                const login = issues_actorLogin(request);
                const event = body.event;
                const text = (0,http/* isString */.Kg)(body.body) ? body.body : "";
                const isAuthor = equalIgnoringCase(login, issue.user);
                if (event === "APPROVE" && isAuthor)
                    throw reviewRefused("Can not approve your own pull request");
                if (event === "REQUEST_CHANGES" && isAuthor)
                    throw reviewRefused("Can not request changes on your own pull request");
                if (event === "REQUEST_CHANGES" && text.trim() === "")
                    throw reviewRefused("You need to leave a comment indicating the requested changes.");
                if (event === "COMMENT" && text.trim() === "")
                    throw reviewRefused("You need to leave a comment to submit a comment review.");
                const pending = reviewsOf(repo, pull.number).some((review) => review.state === "PENDING" && equalIgnoringCase(review.user, login));
                if (event === undefined && pending)
                    throw reviewRefused("User can only have one pending review per pull request");
                const commitId = (0,http/* isString */.Kg)(body.commit_id) ? body.commit_id : pull.headSha;
                if (!(0,git/* getObject */.iM)(repo, commitId, "commit"))
                    throw reviewRefused("Commit not found");
                const review = {
                    id: world.id(),
                    pullNumber: pull.number,
                    user: login,
                    body: text,
                    state: event === undefined ? "PENDING" : REVIEW_STATES[event],
                    commitId,
                    submittedAt: event === undefined ? null : world.now(),
                };
                repo.reviews[String(review.id)] = review;
                if (review.state !== "PENDING") {
                    // Reviewing answers a review request, as on GitHub.
                    pull.requestedReviewers = pull.requestedReviewers.filter((r) => !equalIgnoringCase(r, login));
                    issue.updatedAt = world.now();
                }
                world.changed();
                if (review.state !== "PENDING")
                    world.webhooks.emit("pull_request_review", {
                        action: "submitted",
                        review: reviewShape(world, repo, review, "webhook"),
                        pull_request: pullShape(world, repo, pull, "webhook", "simple"),
                    }, repo, login);
                return (0,http.ok)(reviewShape(world, repo, review, "rest"));
            },
        },
        {
            operationId: "pulls/dismiss-review",
            route: "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals",
            permission: ["pull_requests", "write"],
            handler: (request) => {
                const { repo, world } = request;
                const body = (0,http/* bodyOf */.EN)(request);
                const { pull } = pullFrom(request);
                const review = repo.reviews[String(Number(request.params.review_id))];
                if (!review || review.pullNumber !== pull.number)
                    throw (0,http/* notFound */.mX)();
                (0,http/* requireField */.MB)(body, "message", http/* isString */.Kg);
                // Only a standing verdict can be dismissed: comments and drafts have none to withdraw.
                if (review.state !== "APPROVED" && review.state !== "CHANGES_REQUESTED")
                    throw reviewRefused(`Can not dismiss a ${review.state.toLowerCase()} pull request review`);
                review.state = "DISMISSED";
                world.changed();
                const login = issues_actorLogin(request);
                world.webhooks.emit("pull_request_review", {
                    action: "dismissed",
                    review: reviewShape(world, repo, review, "webhook"),
                    pull_request: pullShape(world, repo, pull, "webhook", "simple"),
                }, repo, login);
                return (0,http.ok)(reviewShape(world, repo, review, "rest"));
            },
        },
        {
            operationId: "pulls/list-requested-reviewers",
            route: "GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
            permission: ["pull_requests", "read"],
            auth: "none",
            handler: (request) => {
                const { pull } = pullFrom(request);
                return (0,http.ok)({
                    users: pull.requestedReviewers.map((login) => userShape(request.world, login, "rest")),
                    teams: [],
                });
            },
        },
        {
            operationId: "pulls/request-reviewers",
            route: "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
            permission: ["pull_requests", "write"],
            handler: (request) => {
                const { repo, world } = request;
                const { pull, issue } = pullFrom(request);
                const reviewers = pulls_reviewerLogins(request, "reviewers", false);
                // Teams are not modelled, so no team can be a collaborator.
                if (pulls_reviewerLogins(request, "team_reviewers", false).length > 0)
                    throw notCollaborators(repo, "teams");
                const logins = reviewers.map((name) => {
                    if (equalIgnoringCase(name, issue.user))
                        throw new http/* HttpError */.j$(422, "Review cannot be requested from pull request author.");
                    const collaborator = Object.keys(repo.collaborators).find((c) => equalIgnoringCase(c, name));
                    if (!collaborator)
                        throw notCollaborators(repo, "users or teams");
                    return world.findUser(collaborator)?.login ?? collaborator;
                });
                const added = [...new Set(logins)].filter((login) => !pull.requestedReviewers.some((r) => equalIgnoringCase(r, login)));
                pull.requestedReviewers.push(...added);
                issue.updatedAt = world.now();
                world.changed();
                for (const login of added)
                    emitPullRequestEvent(world, repo, pull, "review_requested", issues_actorLogin(request), {
                        requested_reviewer: userShape(world, login, "webhook"),
                    });
                return (0,http.ok)(pullShape(world, repo, pull, "rest", "simple"), 201);
            },
        },
        {
            operationId: "pulls/remove-requested-reviewers",
            route: "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
            permission: ["pull_requests", "write"],
            handler: (request) => {
                const { repo, world } = request;
                const { pull, issue } = pullFrom(request);
                const reviewers = pulls_reviewerLogins(request, "reviewers", true);
                const removed = pull.requestedReviewers.filter((login) => reviewers.some((r) => equalIgnoringCase(r, login)));
                pull.requestedReviewers = pull.requestedReviewers.filter((login) => !removed.includes(login));
                if (removed.length > 0)
                    issue.updatedAt = world.now();
                world.changed();
                for (const login of removed)
                    emitPullRequestEvent(world, repo, pull, "review_request_removed", issues_actorLogin(request), {
                        requested_reviewer: userShape(world, login, "webhook"),
                    });
                return (0,http.ok)(pullShape(world, repo, pull, "rest", "simple"));
            },
        },
    ],
    /** A push to a pull request's head branch updates it (`synchronize`); one to its base moves its base sha. */
    onPush: (world, push) => {
        const pushedRepo = `${push.repo.owner}/${push.repo.name}`.toLowerCase();
        let changed = false;
        for (const repo of Object.values(world.state.repos)) {
            for (const pull of Object.values(repo.pulls)) {
                const issue = repo.issues[String(pull.number)];
                if (issue?.state !== "open")
                    continue;
                if (repo === push.repo && pull.baseRef === push.branch && pull.baseSha !== push.after) {
                    pull.baseSha = push.after;
                    changed = true;
                }
                const isHead = pull.headRepo.toLowerCase() === pushedRepo && pull.headRef === push.branch;
                if (!isHead || pull.headSha === push.after)
                    continue;
                const before = pull.headSha;
                pull.headSha = push.after;
                issue.updatedAt = world.now();
                changed = true;
                emitPullRequestEvent(world, repo, pull, "synchronize", push.pusher, { before, after: push.after });
            }
        }
        if (changed)
            world.changed();
    },
};

;// CONCATENATED MODULE: ./sandbox/routes/issues.ts



/** GitHub gives labels created on the fly (by adding them to an issue) this grey. */
const DEFAULT_LABEL_COLOR = "ededed";
const LABEL_COLOR = /^[0-9a-fA-F]{6}$/;
function userShape(world, login, audience) {
    return audience === "rest" ? (0,shapes/* simpleUser */.U5)(world, login) : (0,shapes/* webhookUser */.zR)(world, login);
}
function repositoryShape(world, repo, audience) {
    return audience === "rest" ? (0,shapes/* repository */.Jk)(world, repo) : (0,shapes/* webhookRepository */._T)(world, repo);
}
/** The login a request acts as; anonymous readers show as GitHub's `ghost`. */
function issues_actorLogin(request) {
    return request.actor.kind === "user" || request.actor.kind === "installation"
        ? request.actor.user.login
        : "ghost";
}
function equalIgnoringCase(a, b) {
    return a.toLowerCase() === b.toLowerCase();
}
function authorAssociation(repo, login) {
    if (equalIgnoringCase(login, repo.owner))
        return "OWNER";
    if (Object.keys(repo.collaborators).some((c) => equalIgnoringCase(c, login)))
        return "COLLABORATOR";
    return "NONE";
}
function repoApiUrl(world, repo) {
    return `${world.urls.api}/repos/${repo.owner}/${repo.name}`;
}
function repoHtmlUrl(world, repo) {
    return `${world.urls.html}/${repo.owner}/${repo.name}`;
}
function reactionsShape(url) {
    return {
        url,
        total_count: 0,
        "+1": 0,
        "-1": 0,
        laugh: 0,
        confused: 0,
        heart: 0,
        hooray: 0,
        eyes: 0,
        rocket: 0,
    };
}
function findLabel(repo, name) {
    return Object.values(repo.labels).find((label) => equalIgnoringCase(label.name, name));
}
function labelShape(world, repo, label) {
    return {
        id: label.id,
        node_id: (0,shapes/* nodeId */.s5)("Label", label.id),
        url: `${repoApiUrl(world, repo)}/labels/${encodeURIComponent(label.name)}`,
        name: label.name,
        color: label.color,
        default: label.default,
        description: label.description,
    };
}
function issueLabels(repo, issue) {
    return issue.labels.flatMap((name) => findLabel(repo, name) ?? []);
}
function commentsOn(repo, issueNumber) {
    return Object.values(repo.comments)
        .filter((comment) => comment.issueNumber === issueNumber)
        .sort((a, b) => a.id - b.id);
}
/** The issue as both the REST API and webhooks show it (a pull request's issue carries `pull_request`). */
function issueShape(world, repo, issue, audience) {
    const api = `${repoApiUrl(world, repo)}/issues/${issue.number}`;
    const html = repoHtmlUrl(world, repo);
    const pull = issue.isPullRequest ? repo.pulls[String(issue.number)] : undefined;
    const pullHtml = `${html}/pull/${issue.number}`;
    return {
        url: api,
        repository_url: repoApiUrl(world, repo),
        labels_url: `${api}/labels{/name}`,
        comments_url: `${api}/comments`,
        events_url: `${api}/events`,
        html_url: pull ? pullHtml : `${html}/issues/${issue.number}`,
        id: issue.id,
        node_id: (0,shapes/* nodeId */.s5)(pull ? "PullRequest" : "Issue", issue.id),
        number: issue.number,
        title: issue.title,
        user: userShape(world, issue.user, audience),
        labels: issueLabels(repo, issue).map((label) => labelShape(world, repo, label)),
        state: issue.state,
        locked: issue.locked,
        assignee: issue.assignees[0] ? userShape(world, issue.assignees[0], audience) : null,
        assignees: issue.assignees.map((login) => userShape(world, login, audience)),
        milestone: null,
        comments: commentsOn(repo, issue.number).length,
        created_at: issue.createdAt,
        updated_at: issue.updatedAt,
        closed_at: issue.closedAt,
        author_association: authorAssociation(repo, issue.user),
        active_lock_reason: null,
        body: issue.body,
        reactions: reactionsShape(`${api}/reactions`),
        timeline_url: `${api}/timeline`,
        state_reason: issue.stateReason,
        performed_via_github_app: null,
        ...(pull
            ? {
                draft: pull.draft,
                pull_request: {
                    url: `${repoApiUrl(world, repo)}/pulls/${issue.number}`,
                    html_url: pullHtml,
                    diff_url: `${pullHtml}.diff`,
                    patch_url: `${pullHtml}.patch`,
                    merged_at: pull.mergedAt,
                },
            }
            : {}),
    };
}
function commentShape(world, repo, comment, audience) {
    const api = repoApiUrl(world, repo);
    const issue = repo.issues[String(comment.issueNumber)];
    const page = issue?.isPullRequest ? "pull" : "issues";
    return {
        url: `${api}/issues/comments/${comment.id}`,
        html_url: `${repoHtmlUrl(world, repo)}/${page}/${comment.issueNumber}#issuecomment-${comment.id}`,
        issue_url: `${api}/issues/${comment.issueNumber}`,
        id: comment.id,
        node_id: (0,shapes/* nodeId */.s5)("IssueComment", comment.id),
        user: userShape(world, comment.user, audience),
        created_at: comment.createdAt,
        updated_at: comment.updatedAt,
        author_association: authorAssociation(repo, comment.user),
        body: comment.body,
        reactions: reactionsShape(`${api}/issues/comments/${comment.id}/reactions`),
        performed_via_github_app: null,
    };
}
/**
 * Tells webhooks about a change to an issue. A pull request's issue is announced as the pull
 * request (`pull_request` event), as GitHub does when a pull request is labeled or edited
 * through the issues API.
 */
function announceIssue(request, issue, action, extra = {}) {
    const { world, repo } = request;
    const pull = issue.isPullRequest ? repo.pulls[String(issue.number)] : undefined;
    if (pull) {
        emitPullRequestEvent(world, repo, pull, action, issues_actorLogin(request), extra);
        return;
    }
    world.webhooks.emit("issues", { action, issue: issueShape(world, repo, issue, "webhook"), ...extra }, repo, issues_actorLogin(request));
}
function announceComment(request, comment, action, extra = {}) {
    const { world, repo } = request;
    const issue = repo.issues[String(comment.issueNumber)];
    if (!issue)
        return;
    world.webhooks.emit("issue_comment", {
        action,
        issue: issueShape(world, repo, issue, "webhook"),
        comment: commentShape(world, repo, comment, "webhook"),
        ...extra,
    }, repo, issues_actorLogin(request));
}
function issueFrom(request) {
    const issue = request.repo.issues[String(Number(request.params.issue_number))];
    if (!issue)
        throw (0,http/* notFound */.mX)();
    return issue;
}
function commentFrom(request) {
    const comment = request.repo.comments[String(Number(request.params.comment_id))];
    if (!comment)
        throw (0,http/* notFound */.mX)();
    return comment;
}
function labelFrom(request) {
    const label = findLabel(request.repo, request.params.name ?? "");
    if (!label)
        throw (0,http/* notFound */.mX)();
    return label;
}
/** Label names from a body's `labels`: names, or objects with a `name`, as GitHub accepts both. */
function labelNames(value) {
    const items = value === undefined ? [] : value;
    if (!Array.isArray(items))
        throw (0,http/* validationFailed */.$Y)(`Invalid request.\n\nFor 'labels', ${JSON.stringify(value)} is not an array.`);
    return items.map((item) => {
        const name = (0,http/* isString */.Kg)(item) ? item : item?.name;
        if (!(0,http/* isString */.Kg)(name) || name.trim() === "")
            throw (0,http/* validationFailed */.$Y)("Validation Failed", [
                { resource: "Label", code: "invalid", field: "name", value: String(name) },
            ]);
        return name.trim();
    });
}
function createLabel(world, repo, name, color = DEFAULT_LABEL_COLOR, description = null) {
    const label = {
        id: world.id(),
        name,
        color: color.toLowerCase(),
        description,
        default: false,
    };
    repo.labels[String(label.id)] = label;
    return label;
}
/** The repository's label of that name, created with GitHub's default colour when missing. */
function ensureLabel(world, repo, name) {
    return findLabel(repo, name) ?? createLabel(world, repo, name);
}
/**
 * Puts labels on an issue: `add` keeps the ones it has, `set` replaces them. Fires `labeled` and
 * `unlabeled` for what actually changed.
 */
function applyLabels(request, issue, names, mode) {
    const { world, repo } = request;
    const wanted = names.map((name) => ensureLabel(world, repo, name));
    const current = issueLabels(repo, issue);
    const removed = mode === "set" ? current.filter((label) => !wanted.includes(label)) : [];
    const added = wanted.filter((label, index) => !current.includes(label) && wanted.indexOf(label) === index);
    if (removed.length === 0 && added.length === 0)
        return;
    issue.labels = [...current.filter((label) => !removed.includes(label)), ...added].map((l) => l.name);
    issue.updatedAt = world.now();
    world.changed();
    for (const label of removed)
        announceIssue(request, issue, "unlabeled", { label: labelShape(world, repo, label) });
    for (const label of added)
        announceIssue(request, issue, "labeled", { label: labelShape(world, repo, label) });
}
/** Users an issue may be assigned to: anyone with access to the repository, as on GitHub. */
function assigneeLogins(request, value, field) {
    if (value === undefined || value === null)
        return [];
    const logins = (0,http/* isString */.Kg)(value) ? [value] : value;
    if (!(0,http/* isStringArray */.Bo)(logins))
        throw (0,http/* validationFailed */.$Y)(`Invalid request.\n\nFor '${field}', ${JSON.stringify(value)} is not valid.`);
    return logins.map((login) => {
        const user = request.world.findUser(login);
        if (!user || request.world.permissionOf(request.repo, user.login) === "none")
            throw (0,http/* validationFailed */.$Y)("Validation Failed", [
                { resource: "Issue", code: "invalid", field: "assignees", value: login },
            ]);
        return user.login;
    });
}
const byNumber = (a, b) => a.number - b.number;
function sortIssues(issues, repo, sort, direction) {
    const commentCount = (issue) => commentsOn(repo, issue.number).length;
    const compare = sort === "updated"
        ? (a, b) => a.updatedAt.localeCompare(b.updatedAt) || byNumber(a, b)
        : sort === "comments"
            ? (a, b) => commentCount(a) - commentCount(b) || byNumber(a, b)
            : byNumber;
    const sorted = [...issues].sort(compare);
    return direction === "asc" ? sorted : sorted.reverse();
}
function matchesAssignee(issue, filter) {
    if (filter === null)
        return true;
    if (filter === "none")
        return issue.assignees.length === 0;
    if (filter === "*")
        return issue.assignees.length > 0;
    return issue.assignees.some((login) => equalIgnoringCase(login, filter));
}
const isTitle = (v) => (0,http/* isString */.Kg)(v) || (0,http/* isNumber */.Et)(v);
const issueRoutes = {
    api: [
        {
            operationId: "issues/list-for-repo",
            route: "GET /repos/{owner}/{repo}/issues",
            permission: ["issues", "read"],
            auth: "none",
            handler: (request) => {
                const { repo, world, query } = request;
                const state = query.get("state") ?? "open";
                const wantedLabels = (query.get("labels") ?? "")
                    .split(",")
                    .map((name) => name.trim())
                    .filter(Boolean);
                const since = query.get("since");
                const creator = query.get("creator");
                const assignee = query.get("assignee");
                const issues = Object.values(repo.issues).filter((issue) => (state === "all" || issue.state === state) &&
                    wantedLabels.every((name) => issue.labels.some((label) => equalIgnoringCase(label, name))) &&
                    (since === null || Date.parse(issue.updatedAt) >= Date.parse(since)) &&
                    (creator === null || equalIgnoringCase(issue.user, creator)) &&
                    matchesAssignee(issue, assignee));
                const sorted = sortIssues(issues, repo, query.get("sort") ?? "created", query.get("direction") ?? "desc");
                return (0,http/* paginate */.En)(request, sorted.map((issue) => issueShape(world, repo, issue, "rest")));
            },
        },
        {
            operationId: "issues/create",
            route: "POST /repos/{owner}/{repo}/issues",
            permission: ["issues", "write"],
            handler: (request) => {
                const { repo, world } = request;
                const body = (0,http/* bodyOf */.EN)(request);
                const title = String((0,http/* requireField */.MB)(body, "title", isTitle));
                if (title.trim() === "")
                    throw (0,http/* validationFailed */.$Y)("Validation Failed", [
                        { resource: "Issue", code: "missing_field", field: "title" },
                    ]);
                const names = labelNames(body.labels);
                const assignees = [
                    ...new Set([
                        ...assigneeLogins(request, body.assignee, "assignee"),
                        ...assigneeLogins(request, body.assignees, "assignees"),
                    ]),
                ];
                const now = world.now();
                const issue = {
                    number: repo.nextNumber++,
                    id: world.id(),
                    title,
                    body: (0,http/* isString */.Kg)(body.body) ? body.body : null,
                    user: issues_actorLogin(request),
                    state: "open",
                    stateReason: null,
                    labels: [],
                    assignees,
                    isPullRequest: false,
                    createdAt: now,
                    updatedAt: now,
                    closedAt: null,
                    locked: false,
                };
                repo.issues[String(issue.number)] = issue;
                world.changed();
                announceIssue(request, issue, "opened");
                applyLabels(request, issue, names, "add");
                return (0,http.ok)(issueShape(world, repo, issue, "rest"), 201);
            },
        },
        {
            operationId: "issues/get",
            route: "GET /repos/{owner}/{repo}/issues/{issue_number}",
            permission: ["issues", "read"],
            auth: "none",
            handler: (request) => (0,http.ok)(issueShape(request.world, request.repo, issueFrom(request), "rest")),
        },
        {
            operationId: "issues/update",
            route: "PATCH /repos/{owner}/{repo}/issues/{issue_number}",
            permission: ["issues", "write"],
            handler: (request) => {
                const { repo, world } = request;
                const body = (0,http/* bodyOf */.EN)(request);
                const issue = issueFrom(request);
                const pull = issue.isPullRequest ? repo.pulls[String(issue.number)] : undefined;
                if (body.title !== undefined && body.title !== null && !isTitle(body.title))
                    throw (0,http/* validationFailed */.$Y)(`Invalid request.\n\nFor 'title', ${JSON.stringify(body.title)} is not valid.`);
                const state = body.state;
                if (state !== undefined && state !== "open" && state !== "closed")
                    throw (0,http/* validationFailed */.$Y)(`Invalid request.\n\nFor 'state', ${JSON.stringify(state)} is not valid.`);
                if (state === "open" && pull?.merged)
                    throw (0,http/* validationFailed */.$Y)("Validation Failed", [
                        {
                            resource: "PullRequest",
                            code: "custom",
                            field: "state",
                            message: "state cannot be changed. The pull request cannot be reopened because it has been merged.",
                        },
                    ]);
                const names = body.labels === undefined ? undefined : labelNames(body.labels);
                const assignees = body.assignees === undefined && body.assignee === undefined
                    ? undefined
                    : [
                        ...new Set([
                            ...assigneeLogins(request, body.assignee, "assignee"),
                            ...assigneeLogins(request, body.assignees, "assignees"),
                        ]),
                    ];
                const changes = {};
                if (isTitle(body.title) && String(body.title) !== issue.title) {
                    changes.title = { from: issue.title };
                    issue.title = String(body.title);
                }
                if (((0,http/* isString */.Kg)(body.body) || body.body === null) && body.body !== issue.body) {
                    changes.body = { from: issue.body ?? "" };
                    issue.body = body.body;
                }
                if (assignees)
                    issue.assignees = assignees;
                const now = world.now();
                const stateChange = state !== undefined && state !== issue.state ? state : undefined;
                if (stateChange === "closed") {
                    issue.state = "closed";
                    issue.closedAt = now;
                    issue.stateReason = pull ? null : body.state_reason === "not_planned" ? "not_planned" : "completed";
                }
                else if (stateChange === "open") {
                    issue.state = "open";
                    issue.closedAt = null;
                    issue.stateReason = pull ? null : "reopened";
                }
                issue.updatedAt = now;
                world.changed();
                if (Object.keys(changes).length > 0)
                    announceIssue(request, issue, "edited", { changes });
                if (stateChange)
                    announceIssue(request, issue, stateChange === "closed" ? "closed" : "reopened");
                if (names)
                    applyLabels(request, issue, names, "set");
                return (0,http.ok)(issueShape(world, repo, issue, "rest"));
            },
        },
        {
            operationId: "issues/list-comments",
            route: "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
            permission: ["issues", "read"],
            auth: "none",
            handler: (request) => {
                const { repo, world } = request;
                const issue = issueFrom(request);
                const since = request.query.get("since");
                const comments = commentsOn(repo, issue.number).filter((comment) => since === null || Date.parse(comment.updatedAt) >= Date.parse(since));
                return (0,http/* paginate */.En)(request, comments.map((comment) => commentShape(world, repo, comment, "rest")));
            },
        },
        {
            operationId: "issues/create-comment",
            route: "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
            permission: ["issues", "write"],
            handler: (request) => {
                const { repo, world } = request;
                const issue = issueFrom(request);
                const body = (0,http/* requireField */.MB)((0,http/* bodyOf */.EN)(request), "body", http/* isString */.Kg);
                if (body.trim() === "")
                    throw (0,http/* validationFailed */.$Y)("Validation Failed", [
                        { resource: "IssueComment", code: "missing_field", field: "body" },
                    ]);
                if (issue.locked && world.permissionOf(repo, issues_actorLogin(request)) !== "admin")
                    throw new http/* HttpError */.j$(403, "Unable to create comment because issue is locked.");
                const now = world.now();
                const comment = {
                    id: world.id(),
                    issueNumber: issue.number,
                    user: issues_actorLogin(request),
                    body,
                    createdAt: now,
                    updatedAt: now,
                };
                repo.comments[String(comment.id)] = comment;
                issue.updatedAt = now;
                world.changed();
                announceComment(request, comment, "created");
                return (0,http.ok)(commentShape(world, repo, comment, "rest"), 201);
            },
        },
        {
            operationId: "issues/get-comment",
            route: "GET /repos/{owner}/{repo}/issues/comments/{comment_id}",
            permission: ["issues", "read"],
            auth: "none",
            handler: (request) => (0,http.ok)(commentShape(request.world, request.repo, commentFrom(request), "rest")),
        },
        {
            operationId: "issues/update-comment",
            route: "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}",
            permission: ["issues", "write"],
            handler: (request) => {
                const { repo, world } = request;
                const comment = commentFrom(request);
                const body = (0,http/* requireField */.MB)((0,http/* bodyOf */.EN)(request), "body", http/* isString */.Kg);
                if (body.trim() === "")
                    throw (0,http/* validationFailed */.$Y)("Validation Failed", [
                        { resource: "IssueComment", code: "missing_field", field: "body" },
                    ]);
                const previous = comment.body;
                comment.body = body;
                comment.updatedAt = world.now();
                world.changed();
                if (previous !== body)
                    announceComment(request, comment, "edited", { changes: { body: { from: previous } } });
                return (0,http.ok)(commentShape(world, repo, comment, "rest"));
            },
        },
        {
            operationId: "issues/delete-comment",
            route: "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}",
            permission: ["issues", "write"],
            handler: (request) => {
                const comment = commentFrom(request);
                delete request.repo.comments[String(comment.id)];
                request.world.changed();
                announceComment(request, comment, "deleted");
                return (0,http/* noContent */.V$)();
            },
        },
        {
            operationId: "issues/list-labels-on-issue",
            route: "GET /repos/{owner}/{repo}/issues/{issue_number}/labels",
            permission: ["issues", "read"],
            auth: "none",
            handler: (request) => {
                const { repo, world } = request;
                const labels = issueLabels(repo, issueFrom(request));
                return (0,http/* paginate */.En)(request, labels.map((label) => labelShape(world, repo, label)));
            },
        },
        {
            operationId: "issues/add-labels",
            route: "POST /repos/{owner}/{repo}/issues/{issue_number}/labels",
            permission: ["issues", "write"],
            handler: (request) => {
                const { repo, world } = request;
                const issue = issueFrom(request);
                applyLabels(request, issue, labelNames((0,http/* bodyOf */.EN)(request).labels), "add");
                return (0,http.ok)(issueLabels(repo, issue).map((label) => labelShape(world, repo, label)));
            },
        },
        {
            operationId: "issues/set-labels",
            route: "PUT /repos/{owner}/{repo}/issues/{issue_number}/labels",
            permission: ["issues", "write"],
            handler: (request) => {
                const { repo, world } = request;
                const issue = issueFrom(request);
                applyLabels(request, issue, labelNames((0,http/* bodyOf */.EN)(request).labels), "set");
                return (0,http.ok)(issueLabels(repo, issue).map((label) => labelShape(world, repo, label)));
            },
        },
        {
            operationId: "issues/remove-label",
            route: "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}",
            permission: ["issues", "write"],
            handler: (request) => {
                const { repo, world } = request;
                const issue = issueFrom(request);
                const name = request.params.name ?? "";
                const label = issueLabels(repo, issue).find((l) => equalIgnoringCase(l.name, name));
                if (!label)
                    throw new http/* HttpError */.j$(404, "Label does not exist");
                issue.labels = issue.labels.filter((l) => !equalIgnoringCase(l, label.name));
                issue.updatedAt = world.now();
                world.changed();
                announceIssue(request, issue, "unlabeled", { label: labelShape(world, repo, label) });
                return (0,http.ok)(issueLabels(repo, issue).map((l) => labelShape(world, repo, l)));
            },
        },
        {
            operationId: "issues/list-labels-for-repo",
            route: "GET /repos/{owner}/{repo}/labels",
            permission: ["issues", "read"],
            auth: "none",
            handler: (request) => {
                const { repo, world } = request;
                const labels = Object.values(repo.labels).sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()));
                return (0,http/* paginate */.En)(request, labels.map((label) => labelShape(world, repo, label)));
            },
        },
        {
            operationId: "issues/create-label",
            route: "POST /repos/{owner}/{repo}/labels",
            permission: ["issues", "write"],
            handler: (request) => {
                const { repo, world } = request;
                const body = (0,http/* bodyOf */.EN)(request);
                const name = (0,http/* requireField */.MB)(body, "name", http/* isString */.Kg).trim();
                const color = (0,http/* isString */.Kg)(body.color) ? body.color : DEFAULT_LABEL_COLOR;
                if (name === "")
                    throw (0,http/* validationFailed */.$Y)("Validation Failed", [
                        { resource: "Label", code: "missing_field", field: "name" },
                    ]);
                if (!LABEL_COLOR.test(color))
                    throw (0,http/* validationFailed */.$Y)("Validation Failed", [
                        { resource: "Label", code: "invalid", field: "color" },
                    ]);
                if (findLabel(repo, name))
                    throw (0,http/* validationFailed */.$Y)("Validation Failed", [
                        { resource: "Label", code: "already_exists", field: "name" },
                    ]);
                const label = createLabel(world, repo, name, color, (0,http/* isString */.Kg)(body.description) ? body.description : null);
                world.changed();
                return (0,http.ok)(labelShape(world, repo, label), 201);
            },
        },
        {
            operationId: "issues/get-label",
            route: "GET /repos/{owner}/{repo}/labels/{name}",
            permission: ["issues", "read"],
            auth: "none",
            handler: (request) => (0,http.ok)(labelShape(request.world, request.repo, labelFrom(request))),
        },
        {
            operationId: "issues/update-label",
            route: "PATCH /repos/{owner}/{repo}/labels/{name}",
            permission: ["issues", "write"],
            handler: (request) => {
                const { repo, world } = request;
                const body = (0,http/* bodyOf */.EN)(request);
                const label = labelFrom(request);
                const newName = (0,http/* isString */.Kg)(body.new_name) ? body.new_name.trim() : undefined;
                if ((0,http/* isString */.Kg)(body.color) && !LABEL_COLOR.test(body.color))
                    throw (0,http/* validationFailed */.$Y)("Validation Failed", [
                        { resource: "Label", code: "invalid", field: "color" },
                    ]);
                if (newName !== undefined) {
                    const clash = findLabel(repo, newName);
                    if (newName === "")
                        throw (0,http/* validationFailed */.$Y)("Validation Failed", [
                            { resource: "Label", code: "missing_field", field: "name" },
                        ]);
                    if (clash && clash !== label)
                        throw (0,http/* validationFailed */.$Y)("Validation Failed", [
                            { resource: "Label", code: "already_exists", field: "name" },
                        ]);
                    for (const issue of Object.values(repo.issues))
                        issue.labels = issue.labels.map((name) => (equalIgnoringCase(name, label.name) ? newName : name));
                    label.name = newName;
                }
                if ((0,http/* isString */.Kg)(body.color))
                    label.color = body.color.toLowerCase();
                if ((0,http/* isString */.Kg)(body.description))
                    label.description = body.description;
                world.changed();
                return (0,http.ok)(labelShape(world, repo, label));
            },
        },
        {
            operationId: "issues/delete-label",
            route: "DELETE /repos/{owner}/{repo}/labels/{name}",
            permission: ["issues", "write"],
            handler: (request) => {
                const { repo } = request;
                const label = labelFrom(request);
                delete repo.labels[String(label.id)];
                for (const issue of Object.values(repo.issues))
                    issue.labels = issue.labels.filter((name) => !equalIgnoringCase(name, label.name));
                request.world.changed();
                return (0,http/* noContent */.V$)();
            },
        },
    ],
};

;// CONCATENATED MODULE: ./sandbox/routes/meta.ts



const TOKEN_LIFETIME_MS = 60 * 60 * 1000;
function meta_appShape(world, app) {
    return {
        id: app.id,
        slug: app.slug,
        node_id: (0,shapes/* nodeId */.s5)("Integration", app.id),
        client_id: `Iv1.${app.id.toString(16).padStart(16, "0")}`,
        owner: (0,shapes/* simpleUser */.U5)(world, app.owner),
        name: app.name,
        description: null,
        external_url: `${world.urls.html}/apps/${app.slug}`,
        html_url: `${world.urls.html}/apps/${app.slug}`,
        created_at: app.createdAt,
        updated_at: app.createdAt,
        permissions: app.permissions,
        events: app.events,
    };
}
function installationShape(world, installation) {
    const app = world.state.apps[String(installation.appId)];
    const account = world.user(installation.account);
    return {
        id: installation.id,
        account: (0,shapes/* simpleUser */.U5)(world, installation.account),
        repository_selection: installation.repositories === "all" ? "all" : "selected",
        access_tokens_url: `${world.urls.api}/app/installations/${installation.id}/access_tokens`,
        repositories_url: `${world.urls.api}/installation/repositories`,
        html_url: `${world.urls.html}/settings/installations/${installation.id}`,
        app_id: installation.appId,
        app_slug: app.slug,
        target_id: account.id,
        target_type: account.type === "Organization" ? "Organization" : "User",
        permissions: installation.permissions,
        events: installation.events,
        created_at: installation.createdAt,
        updated_at: installation.createdAt,
        single_file_name: null,
        suspended_by: null,
        suspended_at: null,
    };
}
function appOf(request) {
    if (request.actor.kind !== "app")
        throw new http/* HttpError */.j$(401, "A JSON web token could not be decoded");
    return request.world.state.apps[String(request.actor.appId)];
}
function installationOf(request) {
    const app = appOf(request);
    const installation = request.world.state.installations[request.params.installation_id ?? ""];
    if (!installation || installation.appId !== app.id)
        throw (0,http/* notFound */.mX)();
    return installation;
}
const metaRoutes = {
    api: [
        {
            operationId: "users/get-authenticated",
            route: "GET /user",
            handler: (request) => {
                if (request.actor.kind === "installation")
                    throw new http/* HttpError */.j$(403, "Resource not accessible by integration");
                if (request.actor.kind !== "user")
                    throw new http/* HttpError */.j$(401, "Requires authentication");
                const user = (0,shapes/* fullUser */.$S)(request.world, request.actor.user.login);
                return (0,http.ok)({
                    ...user,
                    private_gists: 0,
                    total_private_repos: 0,
                    owned_private_repos: 0,
                    disk_usage: 0,
                    collaborators: 0,
                    two_factor_authentication: true,
                });
            },
        },
        {
            operationId: "users/get-by-username",
            route: "GET /users/{username}",
            auth: "none",
            handler: (request) => {
                if (!request.world.findUser(request.params.username ?? ""))
                    throw (0,http/* notFound */.mX)();
                return (0,http.ok)((0,shapes/* fullUser */.$S)(request.world, request.params.username));
            },
        },
        {
            operationId: "apps/get-authenticated",
            route: "GET /app",
            auth: "app",
            handler: (request) => (0,http.ok)(meta_appShape(request.world, appOf(request))),
        },
        {
            operationId: "apps/list-installations",
            route: "GET /app/installations",
            auth: "app",
            handler: (request) => {
                const app = appOf(request);
                const installations = Object.values(request.world.state.installations).filter((i) => i.appId === app.id);
                return (0,http/* paginate */.En)(request, installations.map((i) => installationShape(request.world, i)));
            },
        },
        {
            operationId: "apps/get-installation",
            route: "GET /app/installations/{installation_id}",
            auth: "app",
            handler: (request) => (0,http.ok)(installationShape(request.world, installationOf(request))),
        },
        {
            operationId: "apps/get-repo-installation",
            route: "GET /repos/{owner}/{repo}/installation",
            auth: "app",
            handler: (request) => {
                const app = appOf(request);
                const id = request.world.installationFor(app.id, request.repo);
                const installation = id === undefined ? undefined : request.world.state.installations[String(id)];
                if (!installation)
                    throw (0,http/* notFound */.mX)();
                return (0,http.ok)(installationShape(request.world, installation));
            },
        },
        {
            operationId: "apps/create-installation-access-token",
            route: "POST /app/installations/{installation_id}/access_tokens",
            auth: "app",
            handler: (request) => createInstallationToken(request),
        },
        {
            operationId: "apps/list-repos-accessible-to-installation",
            route: "GET /installation/repositories",
            handler: (request) => {
                if (request.actor.kind !== "installation")
                    throw new http/* HttpError */.j$(403, "Resource not accessible by personal access token");
                const installation = request.world.state.installations[String(request.actor.installationId)];
                const repos = Object.values(request.world.state.repos).filter((r) => r.owner.toLowerCase() === installation.account.toLowerCase() &&
                    (installation.repositories === "all" ||
                        installation.repositories.some((n) => n.toLowerCase() === `${r.owner}/${r.name}`.toLowerCase())));
                const page = (0,http/* paginate */.En)(request, repos.map((r) => (0,shapes/* repository */.Jk)(request.world, r)));
                return { ...page, body: { total_count: repos.length, repositories: page.body } };
            },
        },
    ],
};
function createInstallationToken(request) {
    const installation = installationOf(request);
    const body = (0,http/* bodyOf */.EN)(request);
    const world = request.world;
    let permissions = installation.permissions;
    if (body.permissions && typeof body.permissions === "object") {
        const asked = body.permissions;
        for (const [scope, level] of Object.entries(asked)) {
            const granted = installation.permissions[scope];
            if (!granted || (granted === "read" && level !== "read"))
                throw new http/* HttpError */.j$(422, `The permissions requested are not granted to this installation.`);
        }
        permissions = asked;
    }
    let repositories;
    if (body.repositories !== undefined) {
        if (!(0,http/* isStringArray */.Bo)(body.repositories))
            throw new http/* HttpError */.j$(422, "repositories must be an array of names");
        repositories = body.repositories.map((name) => `${installation.account}/${name}`);
        for (const fullName of repositories) {
            const [owner, name] = fullName.split("/");
            const repo = world.findRepo(owner, name);
            if (!repo || world.installationFor(installation.appId, repo) !== installation.id)
                throw new http/* HttpError */.j$(422, `There is at least one repository that does not exist or is not accessible to the parent installation.`);
        }
    }
    const app = world.state.apps[String(installation.appId)];
    const token = `ghs_${(0,external_node_crypto_.randomBytes)(18).toString("base64url")}`;
    const expiresAt = new Date(Date.now() + TOKEN_LIFETIME_MS);
    world.state.tokens[token] = {
        login: `${app.slug}[bot]`,
        kind: "installation",
        installationId: installation.id,
        permissions,
        ...(repositories ? { repositories } : {}),
        expiresAt: expiresAt.toISOString(),
    };
    world.changed();
    return (0,http.ok)({
        token,
        expires_at: `${expiresAt.toISOString().slice(0, 19)}Z`,
        permissions,
        repository_selection: repositories || installation.repositories !== "all" ? "selected" : "all",
    }, 201);
}

;// CONCATENATED MODULE: ./sandbox/routes/releases.ts




/** How long a signed asset download URL stays valid, as GitHub's do (five minutes). */
const SIGNED_URL_TTL_SECONDS = 300;
/** Signs download URLs; a URL signed by an earlier process is refused, like an expired one. */
const DOWNLOAD_SIGNING_KEY = (0,external_node_crypto_.randomBytes)(32);
const SIGNED_DOWNLOAD_PATH = "/_release-assets";
const MAX_EVENT_TYPE_LENGTH = 100;
const MAX_CLIENT_PAYLOAD_PROPERTIES = 10;
/** A field GitHub lets the caller leave out, checked like a required one when it is there. */
function optionalField(body, name, check) {
    return body[name] === undefined ? undefined : (0,http/* requireField */.MB)(body, name, check);
}
function releases_repoApi(world, repo) {
    return `${world.urls.api}/repos/${repo.owner}/${repo.name}`;
}
function releases_repoHtml(world, repo) {
    return `${world.urls.html}/${repo.owner}/${repo.name}`;
}
/** The tag as it appears in release URLs; a draft has no tag yet, so GitHub names it `untagged-…`. */
function urlTag(release) {
    if (release.draft)
        return `untagged-${(0,external_node_crypto_.createHash)("sha1").update(String(release.id)).digest("hex").slice(0, 20)}`;
    return release.tagName.split("/").map(encodeURIComponent).join("/");
}
function browserDownloadUrl(world, repo, release, name) {
    return `${releases_repoHtml(world, repo)}/releases/download/${urlTag(release)}/${encodeURIComponent(name)}`;
}
function assetContent(asset) {
    return Buffer.from(asset.content, "base64");
}
function assetShape(world, repo, asset) {
    const release = repo.releases[String(asset.releaseId)];
    const content = assetContent(asset);
    return {
        url: `${releases_repoApi(world, repo)}/releases/assets/${asset.id}`,
        browser_download_url: browserDownloadUrl(world, repo, release, asset.name),
        id: asset.id,
        node_id: (0,shapes/* nodeId */.s5)("ReleaseAsset", asset.id),
        name: asset.name,
        label: asset.label,
        state: "uploaded",
        content_type: asset.contentType,
        size: content.length,
        digest: `sha256:${(0,external_node_crypto_.createHash)("sha256").update(content).digest("hex")}`,
        download_count: asset.downloadCount,
        created_at: asset.createdAt,
        updated_at: asset.updatedAt,
        uploader: (0,shapes/* simpleUser */.U5)(world, asset.uploader),
    };
}
function assetsOf(repo, release) {
    return Object.values(repo.assets)
        .filter((asset) => asset.releaseId === release.id)
        .sort((a, b) => a.id - b.id);
}
function releaseUrls(world, repo, release) {
    const api = releases_repoApi(world, repo);
    const url = `${api}/releases/${release.id}`;
    return {
        url,
        html_url: `${releases_repoHtml(world, repo)}/releases/tag/${urlTag(release)}`,
        assets_url: `${url}/assets`,
        upload_url: `${world.urls.uploads}/repos/${repo.owner}/${repo.name}/releases/${release.id}/assets{?name,label}`,
        tarball_url: `${api}/tarball/${urlTag(release)}`,
        zipball_url: `${api}/zipball/${urlTag(release)}`,
    };
}
function releaseShape(world, repo, release) {
    return {
        ...releaseUrls(world, repo, release),
        id: release.id,
        node_id: (0,shapes/* nodeId */.s5)("Release", release.id),
        tag_name: release.tagName,
        target_commitish: release.targetCommitish,
        name: release.name,
        body: release.body,
        draft: release.draft,
        prerelease: release.prerelease,
        immutable: release.immutable,
        created_at: release.createdAt,
        published_at: release.publishedAt,
        updated_at: release.updatedAt,
        author: (0,shapes/* simpleUser */.U5)(world, release.author),
        assets: assetsOf(repo, release).map((asset) => assetShape(world, repo, asset)),
    };
}
/**
 * The release as webhook payloads carry it. GitHub's webhook schema is older than the REST one:
 * it has no `immutable`, `updated_at`, asset `digest` or user `user_view_type`, and types `name`
 * and `body` as strings (GitHub sends "" where the REST API says null).
 */
function webhookRelease(world, repo, release) {
    const webhookUser = (login) => {
        const { user_view_type: _viewType, ...user } = (0,shapes/* simpleUser */.U5)(world, login);
        return user;
    };
    return {
        ...releaseUrls(world, repo, release),
        id: release.id,
        node_id: (0,shapes/* nodeId */.s5)("Release", release.id),
        tag_name: release.tagName,
        target_commitish: release.targetCommitish,
        name: release.name ?? "",
        body: release.body ?? "",
        draft: release.draft,
        prerelease: release.prerelease,
        created_at: release.createdAt,
        published_at: release.publishedAt,
        author: webhookUser(release.author),
        assets: assetsOf(repo, release).map((asset) => {
            const { digest: _digest, uploader: _uploader, ...shape } = assetShape(world, repo, asset);
            return { ...shape, uploader: webhookUser(asset.uploader) };
        }),
    };
}
function emitRelease(request, action, release, extra = {}) {
    const { world, repo } = request;
    world.webhooks.emit("release", { action, ...extra, release: webhookRelease(world, repo, release) }, repo, releases_actorLogin(request));
}
/** A release going public fires `published`, then `prereleased` or `released`. */
function emitPublished(request, release) {
    emitRelease(request, "published", release);
    emitRelease(request, release.prerelease ? "prereleased" : "released", release);
}
function releases_actorLogin(request) {
    return request.actor.kind === "user" || request.actor.kind === "installation"
        ? request.actor.user.login
        : "ghost";
}
/** Drafts (and their assets) are visible only to those who may push, as on GitHub. */
function canPush(request) {
    const { actor, repo, world } = request;
    if (actor.kind === "installation") {
        const level = actor.permissions.contents;
        return level === "write" || level === "admin";
    }
    if (actor.kind !== "user")
        return false;
    // A workflow's GITHUB_TOKEN acts as github-actions[bot]: its permissions are the token's own.
    if (actor.account !== undefined) {
        const level = actor.permissions?.contents;
        return level === "write" || level === "admin";
    }
    if (actor.permissions) {
        const level = actor.permissions.contents;
        if (level !== "write" && level !== "admin")
            return false;
    }
    const level = world.permissionOf(repo, actor.user.login);
    return level === "write" || level === "admin";
}
function visibleRelease(request, id) {
    const release = request.repo.releases[String(Number(id))];
    if (!release || (release.draft && !canPush(request)))
        throw (0,http/* notFound */.mX)();
    return release;
}
function visibleAsset(request, id) {
    const asset = request.repo.assets[String(Number(id))];
    if (!asset)
        throw (0,http/* notFound */.mX)();
    visibleRelease(request, String(asset.releaseId));
    return asset;
}
/** Newest first: by creation time, then by id for releases created in the same second. */
function newestFirst(a, b) {
    return b.createdAt.localeCompare(a.createdAt) || b.id - a.id;
}
function publishedWithTag(repo, tag, exceptId) {
    return Object.values(repo.releases).find((release) => !release.draft && release.tagName === tag && release.id !== exceptId);
}
function tagAlreadyExists() {
    return (0,http/* validationFailed */.$Y)("Validation Failed", [
        { resource: "Release", code: "already_exists", field: "tag_name" },
    ]);
}
function invalidTargetCommitish() {
    return (0,http/* validationFailed */.$Y)("Validation Failed", [
        { resource: "Release", code: "invalid", field: "target_commitish" },
    ]);
}
/** The commit a new tag would point at, or the 422 GitHub gives when the target names none. */
function tagTarget(repo, release) {
    if (repo.refs[`refs/tags/${release.tagName}`])
        return undefined;
    const commit = (0,git/* resolveCommit */.WL)(repo, release.targetCommitish);
    if (!commit)
        throw invalidTargetCommitish();
    return commit;
}
/** Publishing creates the tag at `target_commitish` unless the tag already exists. */
function publish(request, release) {
    const { repo, world } = request;
    if (publishedWithTag(repo, release.tagName, release.id))
        throw tagAlreadyExists();
    const commit = tagTarget(repo, release);
    if (commit)
        repo.refs[`refs/tags/${release.tagName}`] = commit;
    release.draft = false;
    release.publishedAt = world.now();
}
/**
 * GitHub renames asset files with characters outside a safe set: each run of them becomes one
 * ".", and a name that would start with "." gets "default" in front (`.env` → `default.env`).
 */
function sanitizeAssetName(name) {
    const cleaned = name
        .replace(/[^A-Za-z0-9._+-]+/g, ".")
        .replace(/\.{2,}/g, ".")
        .replace(/\.+$/, "");
    return cleaned.startsWith(".") ? `default${cleaned}` : cleaned;
}
function assetNameTaken(repo, releaseId, name, exceptId) {
    return Object.values(repo.assets).some((asset) => asset.releaseId === releaseId && asset.name === name && asset.id !== exceptId);
}
function assetNameAlreadyExists() {
    return (0,http/* validationFailed */.$Y)("Validation Failed", [
        { resource: "ReleaseAsset", code: "already_exists", field: "name" },
    ]);
}
function downloadSignature(repoId, assetId, expires) {
    return (0,external_node_crypto_.createHmac)("sha256", DOWNLOAD_SIGNING_KEY).update(`${repoId}/${assetId}/${expires}`).digest("hex");
}
/** A short-lived URL that serves an asset's bytes without credentials, as GitHub's CDN URLs do. */
function signedDownloadUrl(world, repo, asset) {
    const expires = Math.floor(Date.now() / 1000) + SIGNED_URL_TTL_SECONDS;
    const url = new URL(`${SIGNED_DOWNLOAD_PATH}/${repo.id}/${asset.id}`, world.urls.api);
    url.searchParams.set("se", String(expires));
    url.searchParams.set("sig", downloadSignature(repo.id, asset.id, expires));
    return url.toString();
}
function redirectTo(location) {
    return { status: 302, headers: { location } };
}
function plainText(status, text) {
    return { status, body: Buffer.from(text), headers: { "content-type": "text/plain; charset=utf-8" } };
}
function serveSignedDownload(world, url, repoId, assetId) {
    const expires = Number(url.searchParams.get("se"));
    const given = Buffer.from(url.searchParams.get("sig") ?? "", "hex");
    const expected = Buffer.from(downloadSignature(repoId, assetId, expires), "hex");
    if (given.length !== expected.length || !(0,external_node_crypto_.timingSafeEqual)(given, expected))
        return plainText(403, "Signature does not match");
    if (expires < Date.now() / 1000)
        return plainText(403, "Request has expired");
    const repo = Object.values(world.state.repos).find((r) => r.id === repoId);
    const asset = repo?.assets[String(assetId)];
    if (!asset)
        return plainText(404, "Not Found");
    asset.downloadCount += 1;
    world.changed();
    return {
        status: 200,
        body: assetContent(asset),
        headers: {
            // GitHub's asset host serves every asset as octet-stream, whatever type it was uploaded with.
            "content-type": "application/octet-stream",
            "content-disposition": `attachment; filename=${asset.name}`,
        },
    };
}
/** `<html>/<owner>/<repo>/releases/download/<tag>/<name>`: public releases only, as for a browser. */
function serveBrowserDownload(world, match) {
    let parts;
    try {
        parts = match.map((part) => decodeURIComponent(part ?? ""));
    }
    catch {
        return plainText(400, "Bad Request");
    }
    const [, prefix, owner, name, tag, assetName] = parts;
    const repo = world.findRepo(owner ?? "", name ?? "");
    if (prefix !== new URL(world.urls.html).pathname || !repo || repo.private)
        return plainText(404, "Not Found");
    const release = Object.values(repo.releases).find((r) => !r.draft && r.tagName === tag);
    const asset = release && assetsOf(repo, release).find((a) => a.name === assetName);
    if (!asset)
        return plainText(404, "Not Found");
    return redirectTo(signedDownloadUrl(world, repo, asset));
}
const releaseRoutes = {
    api: [
        {
            operationId: "repos/list-releases",
            route: "GET /repos/{owner}/{repo}/releases",
            permission: ["contents", "read"],
            auth: "none",
            handler: (request) => {
                const { repo, world } = request;
                const showDrafts = canPush(request);
                const releases = Object.values(repo.releases)
                    .filter((release) => showDrafts || !release.draft)
                    .sort(newestFirst);
                return (0,http/* paginate */.En)(request, releases.map((release) => releaseShape(world, repo, release)));
            },
        },
        {
            operationId: "repos/create-release",
            route: "POST /repos/{owner}/{repo}/releases",
            permission: ["contents", "write"],
            handler: (request) => {
                const { repo, world } = request;
                const body = (0,http/* bodyOf */.EN)(request);
                const tagName = (0,http/* requireField */.MB)(body, "tag_name", http/* isString */.Kg);
                const targetCommitish = optionalField(body, "target_commitish", http/* isString */.Kg) ?? repo.defaultBranch;
                const name = optionalField(body, "name", http/* isString */.Kg) ?? null;
                const releaseBody = optionalField(body, "body", http/* isString */.Kg) ?? null;
                const draft = optionalField(body, "draft", http/* isBoolean */.Lm) ?? false;
                const prerelease = optionalField(body, "prerelease", http/* isBoolean */.Lm) ?? false;
                if (tagName.trim() === "")
                    throw (0,http/* validationFailed */.$Y)("Validation Failed", [
                        { resource: "Release", code: "missing_field", field: "tag_name" },
                    ]);
                // Validated now even for a draft, whose tag is only created when it is published.
                tagTarget(repo, { tagName, targetCommitish });
                const now = world.now();
                const release = {
                    id: world.id(),
                    tagName,
                    targetCommitish,
                    name,
                    body: releaseBody,
                    draft: true,
                    prerelease,
                    immutable: false,
                    author: releases_actorLogin(request),
                    createdAt: now,
                    publishedAt: null,
                    updatedAt: now,
                };
                if (!draft)
                    publish(request, release);
                repo.releases[String(release.id)] = release;
                world.changed();
                emitRelease(request, "created", release);
                if (!release.draft)
                    emitPublished(request, release);
                return (0,http.ok)(releaseShape(world, repo, release), 201, {
                    location: `${releases_repoApi(world, repo)}/releases/${release.id}`,
                });
            },
        },
        {
            operationId: "repos/get-latest-release",
            route: "GET /repos/{owner}/{repo}/releases/latest",
            permission: ["contents", "read"],
            auth: "none",
            handler: (request) => {
                const { repo, world } = request;
                const latest = Object.values(repo.releases)
                    .filter((release) => !release.draft && !release.prerelease)
                    .sort(newestFirst)[0];
                if (!latest)
                    throw (0,http/* notFound */.mX)();
                return (0,http.ok)(releaseShape(world, repo, latest));
            },
        },
        {
            operationId: "repos/get-release-by-tag",
            route: "GET /repos/{owner}/{repo}/releases/tags/{tag}",
            permission: ["contents", "read"],
            auth: "none",
            handler: (request) => {
                const { repo, world } = request;
                const release = publishedWithTag(repo, request.params.tag);
                if (!release)
                    throw (0,http/* notFound */.mX)();
                return (0,http.ok)(releaseShape(world, repo, release));
            },
        },
        {
            operationId: "repos/get-release",
            route: "GET /repos/{owner}/{repo}/releases/{release_id}",
            permission: ["contents", "read"],
            auth: "none",
            handler: (request) => (0,http.ok)(releaseShape(request.world, request.repo, visibleRelease(request, request.params.release_id))),
        },
        {
            operationId: "repos/update-release",
            route: "PATCH /repos/{owner}/{repo}/releases/{release_id}",
            permission: ["contents", "write"],
            handler: (request) => {
                const { repo, world } = request;
                const release = visibleRelease(request, request.params.release_id);
                const body = (0,http/* bodyOf */.EN)(request);
                const tagName = optionalField(body, "tag_name", http/* isString */.Kg);
                const targetCommitish = optionalField(body, "target_commitish", http/* isString */.Kg);
                const name = optionalField(body, "name", http/* isString */.Kg);
                const releaseBody = optionalField(body, "body", http/* isString */.Kg);
                const draft = optionalField(body, "draft", http/* isBoolean */.Lm);
                const prerelease = optionalField(body, "prerelease", http/* isBoolean */.Lm);
                const before = { ...release };
                const changes = {};
                if (name !== undefined && name !== release.name)
                    changes.name = { from: release.name ?? "" };
                if (releaseBody !== undefined && releaseBody !== release.body)
                    changes.body = { from: release.body ?? "" };
                const next = {
                    ...release,
                    tagName: tagName ?? release.tagName,
                    targetCommitish: targetCommitish ?? release.targetCommitish,
                    name: name ?? release.name,
                    body: releaseBody ?? release.body,
                    prerelease: prerelease ?? release.prerelease,
                };
                const publishing = before.draft && draft === false;
                const unpublishing = !before.draft && draft === true;
                if (publishing)
                    publish(request, next);
                else if (!next.draft && next.tagName !== before.tagName) {
                    // Retagging a published release moves it to the new tag, created if need be.
                    if (publishedWithTag(repo, next.tagName, next.id))
                        throw tagAlreadyExists();
                    const commit = tagTarget(repo, next);
                    if (commit)
                        repo.refs[`refs/tags/${next.tagName}`] = commit;
                }
                if (unpublishing) {
                    next.draft = true;
                    next.publishedAt = null;
                }
                const edited = Object.keys(changes).length > 0 ||
                    next.tagName !== before.tagName ||
                    next.targetCommitish !== before.targetCommitish ||
                    next.prerelease !== before.prerelease;
                if (edited || publishing || unpublishing)
                    next.updatedAt = world.now();
                Object.assign(release, next);
                world.changed();
                if (edited)
                    emitRelease(request, "edited", release, { changes });
                if (publishing)
                    emitPublished(request, release);
                else if (unpublishing)
                    emitRelease(request, "unpublished", release);
                else if (!release.draft && before.prerelease && !release.prerelease)
                    emitRelease(request, "released", release);
                return (0,http.ok)(releaseShape(world, repo, release));
            },
        },
        {
            operationId: "repos/delete-release",
            route: "DELETE /repos/{owner}/{repo}/releases/{release_id}",
            permission: ["contents", "write"],
            handler: (request) => {
                const { repo, world } = request;
                const release = visibleRelease(request, request.params.release_id);
                const payload = webhookRelease(world, repo, release);
                // The tag stays, as on GitHub: deleting a release never deletes its tag.
                for (const asset of assetsOf(repo, release))
                    delete repo.assets[String(asset.id)];
                delete repo.releases[String(release.id)];
                world.changed();
                world.webhooks.emit("release", { action: "deleted", release: payload }, repo, releases_actorLogin(request));
                return (0,http/* noContent */.V$)();
            },
        },
        {
            operationId: "repos/list-release-assets",
            route: "GET /repos/{owner}/{repo}/releases/{release_id}/assets",
            permission: ["contents", "read"],
            auth: "none",
            handler: (request) => {
                const { repo, world } = request;
                const release = visibleRelease(request, request.params.release_id);
                return (0,http/* paginate */.En)(request, assetsOf(repo, release).map((asset) => assetShape(world, repo, asset)));
            },
        },
        {
            operationId: "repos/get-release-asset",
            route: "GET /repos/{owner}/{repo}/releases/assets/{asset_id}",
            permission: ["contents", "read"],
            auth: "none",
            handler: (request) => {
                const { repo, world } = request;
                const asset = visibleAsset(request, request.params.asset_id);
                if ((request.headers.accept ?? "").includes("application/octet-stream"))
                    return redirectTo(signedDownloadUrl(world, repo, asset));
                return (0,http.ok)(assetShape(world, repo, asset));
            },
        },
        {
            operationId: "repos/update-release-asset",
            route: "PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}",
            permission: ["contents", "write"],
            handler: (request) => {
                const { repo, world } = request;
                const asset = visibleAsset(request, request.params.asset_id);
                const body = (0,http/* bodyOf */.EN)(request);
                const name = optionalField(body, "name", http/* isString */.Kg);
                const label = optionalField(body, "label", http/* isString */.Kg);
                if (name !== undefined) {
                    const renamed = sanitizeAssetName(name);
                    if (assetNameTaken(repo, asset.releaseId, renamed, asset.id))
                        throw assetNameAlreadyExists();
                    asset.name = renamed;
                }
                if (label !== undefined)
                    asset.label = label;
                asset.updatedAt = world.now();
                world.changed();
                return (0,http.ok)(assetShape(world, repo, asset));
            },
        },
        {
            operationId: "repos/delete-release-asset",
            route: "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}",
            permission: ["contents", "write"],
            handler: (request) => {
                const asset = visibleAsset(request, request.params.asset_id);
                delete request.repo.assets[String(asset.id)];
                request.world.changed();
                return (0,http/* noContent */.V$)();
            },
        },
        {
            operationId: "repos/create-dispatch-event",
            route: "POST /repos/{owner}/{repo}/dispatches",
            permission: ["contents", "write"],
            handler: (request) => {
                const { repo, world } = request;
                const body = (0,http/* bodyOf */.EN)(request);
                const eventType = (0,http/* requireField */.MB)(body, "event_type", http/* isString */.Kg);
                if (eventType.length === 0 || eventType.length > MAX_EVENT_TYPE_LENGTH)
                    throw (0,http/* validationFailed */.$Y)(`Invalid request.\n\nFor 'event_type', ${JSON.stringify(eventType)} must be between 1 and ${MAX_EVENT_TYPE_LENGTH} characters.`);
                const clientPayload = body.client_payload ?? {};
                if (typeof clientPayload !== "object" || clientPayload === null || Array.isArray(clientPayload))
                    throw (0,http/* validationFailed */.$Y)(`Invalid request.\n\nFor 'client_payload', ${JSON.stringify(clientPayload)} is not an object.`);
                if (Object.keys(clientPayload).length > MAX_CLIENT_PAYLOAD_PROPERTIES)
                    throw (0,http/* validationFailed */.$Y)(`Invalid request.\n\nNo more than ${MAX_CLIENT_PAYLOAD_PROPERTIES} properties are allowed; ${Object.keys(clientPayload).length} were supplied.`);
                const sender = releases_actorLogin(request);
                repo.dispatches.push({ eventType, clientPayload, sender, at: world.now() });
                world.changed();
                const { actor } = request;
                world.webhooks.emit("repository_dispatch", {
                    action: eventType,
                    branch: repo.defaultBranch,
                    client_payload: clientPayload,
                    // An app's dispatch names its installation; app deliveries get their own from the dispatcher.
                    ...(actor.kind === "installation"
                        ? {
                            installation: {
                                id: actor.installationId,
                                node_id: (0,shapes/* nodeId */.s5)("Installation", actor.installationId),
                            },
                        }
                        : {}),
                }, repo, sender);
                return (0,http/* noContent */.V$)();
            },
        },
    ],
    uploads: [
        {
            operationId: "repos/upload-release-asset",
            route: "POST /repos/{owner}/{repo}/releases/{release_id}/assets",
            permission: ["contents", "write"],
            handler: (request) => {
                const { repo, world } = request;
                const release = visibleRelease(request, request.params.release_id);
                const requestedName = request.query.get("name");
                if (!requestedName)
                    throw (0,http/* validationFailed */.$Y)("Validation Failed", [
                        { resource: "ReleaseAsset", code: "missing_field", field: "name" },
                    ]);
                const name = sanitizeAssetName(requestedName);
                if (assetNameTaken(repo, release.id, name))
                    throw assetNameAlreadyExists();
                const now = world.now();
                const asset = {
                    id: world.id(),
                    releaseId: release.id,
                    name,
                    label: request.query.get("label"),
                    contentType: request.headers["content-type"] ?? "application/octet-stream",
                    content: request.rawBody.toString("base64"),
                    uploader: releases_actorLogin(request),
                    downloadCount: 0,
                    createdAt: now,
                    updatedAt: now,
                };
                repo.assets[String(asset.id)] = asset;
                world.changed();
                return (0,http.ok)(assetShape(world, repo, asset), 201);
            },
        },
    ],
    web: [
        {
            method: "GET",
            pattern: new RegExp(`^${SIGNED_DOWNLOAD_PATH}/(\\d+)/(\\d+)$`),
            handler: ({ world, url, match }) => serveSignedDownload(world, url, Number(match[1]), Number(match[2])),
        },
        {
            method: "GET",
            // The prefix is the html root's path, checked by the handler; a tag may contain slashes.
            pattern: /^(.*)\/([^/]+)\/([^/]+)\/releases\/download\/(.+)\/([^/]+)$/,
            handler: ({ world, match }) => serveBrowserDownload(world, match),
        },
    ],
};

;// CONCATENATED MODULE: ./sandbox/routes/repos.ts


const NAME = /^[A-Za-z0-9_.-]{1,100}$/;
const repoRoutes = {
    api: [
        {
            operationId: "repos/get",
            route: "GET /repos/{owner}/{repo}",
            auth: "none",
            handler: (request) => {
                const viewer = request.actor.kind === "user" || request.actor.kind === "installation"
                    ? request.actor.user.login
                    : undefined;
                return (0,http.ok)((0,shapes/* fullRepository */.gp)(request.world, request.repo, viewer));
            },
        },
        {
            operationId: "repos/create-for-authenticated-user",
            route: "POST /user/repos",
            handler: (request) => {
                if (request.actor.kind !== "user")
                    throw new http/* HttpError */.j$(403, "Resource not accessible by integration");
                const body = (0,http/* bodyOf */.EN)(request);
                const name = (0,http/* requireField */.MB)(body, "name", http/* isString */.Kg);
                if (!NAME.test(name))
                    throw (0,http/* validationFailed */.$Y)("Repository creation failed.", [
                        { resource: "Repository", code: "custom", field: "name", message: "name is invalid" },
                    ]);
                const owner = request.actor.user.login;
                if (request.world.findRepo(owner, name))
                    throw (0,http/* validationFailed */.$Y)("Repository creation failed.", [
                        {
                            resource: "Repository",
                            code: "custom",
                            field: "name",
                            message: "name already exists on this account",
                        },
                    ]);
                const repo = request.world.createRepo(`${owner}/${name}`, {
                    private: body.private === true,
                    ...((0,http/* isString */.Kg)(body.description) ? { description: body.description } : {}),
                    ...(body.auto_init === false ? { files: {} } : {}),
                });
                return (0,http.ok)((0,shapes/* fullRepository */.gp)(request.world, repo, owner), 201);
            },
        },
        {
            operationId: "repos/get-collaborator-permission-level",
            route: "GET /repos/{owner}/{repo}/collaborators/{username}/permission",
            handler: (request) => {
                const login = request.params.username;
                const user = request.world.findUser(login);
                if (!user)
                    throw (0,http/* notFound */.mX)();
                const permission = request.world.permissionOf(request.repo, login);
                const roleName = permission === "none" ? "none" : permission;
                return (0,http.ok)({
                    permission,
                    role_name: roleName,
                    user: {
                        ...(0,shapes/* simpleUser */.U5)(request.world, login),
                        role_name: roleName,
                        permissions: {
                            admin: permission === "admin",
                            maintain: permission === "admin",
                            push: permission === "admin" || permission === "write",
                            triage: permission !== "none",
                            pull: permission !== "none",
                        },
                    },
                });
            },
        },
    ],
};

;// CONCATENATED MODULE: ./sandbox/routes/index.ts












/** Every route module the sandbox serves, one per area of GitHub's REST API. */
function allRoutes() {
    return [
        metaRoutes,
        repoRoutes,
        gitRoutes,
        compareRoutes,
        contentRoutes,
        pullRoutes,
        issueRoutes,
        checkRoutes,
        deploymentRoutes,
        releaseRoutes,
        actions/* actionsRoutes */.uP,
        attestationRoutes,
    ];
}

// EXTERNAL MODULE: ./sandbox/state.ts
var sandbox_state = __webpack_require__(4779);
;// CONCATENATED MODULE: ./sandbox/webhooks.ts



/** `X-Hub-Signature-256` exactly as GitHub computes it: HMAC-SHA256 of the raw body, hex. */
function signPayload(secret, body) {
    return `sha256=${(0,external_node_crypto_.createHmac)("sha256", secret).update(body).digest("hex")}`;
}
const DELIVERY_TIMEOUT_MS = 10_000;
/**
 * Delivers events to repository hooks and to the webhook URLs of installed apps, signed like
 * GitHub, one delivery at a time per URL (so a receiver sees them in order), without retries
 * (GitHub does not redeliver on its own either).
 */
class WebhookDispatcher {
    contract;
    deliveries = [];
    violations = [];
    world;
    queues = new Map();
    pending = 0;
    idleWaiters = [];
    sent = new Map();
    constructor(contract) {
        this.contract = contract;
    }
    attach(world) {
        this.world = world;
    }
    /**
     * Sends `event` (with `payload.action` where the event has actions) about `repo`, from `sender`.
     * `repository`, `sender` and, for apps, `installation` are filled in here.
     */
    emit(event, payload, repo, sender) {
        const world = this.mustWorld();
        const base = {
            repository: (0,shapes/* webhookRepository */._T)(world, repo),
            ...payload,
            sender: (0,shapes/* webhookUser */.zR)(world, sender),
        };
        const fullName = `${repo.owner}/${repo.name}`.toLowerCase();
        // GitHub delivers repository_dispatch to GitHub Apps only (its payload requires `installation`).
        const appsOnly = event === "repository_dispatch";
        for (const hook of appsOnly ? [] : world.state.hooks) {
            if (!hook.active || hook.repo !== fullName)
                continue;
            if (!hook.events.includes("*") && !hook.events.includes(event))
                continue;
            this.enqueue(hook, event, base, repo);
        }
        for (const app of Object.values(world.state.apps)) {
            if (!app.webhookUrl || !app.events.includes(event))
                continue;
            const installationId = world.installationFor(app.id, repo);
            if (installationId === undefined)
                continue;
            const hook = {
                id: app.id,
                url: app.webhookUrl,
                secret: app.webhookSecret,
                events: app.events,
                appId: app.id,
                active: true,
            };
            this.enqueue(hook, event, { ...base, installation: { id: installationId, node_id: (0,shapes/* nodeId */.s5)("Installation", installationId) } }, repo);
        }
    }
    /** A `push` event, whose payload has a shape of its own (numeric timestamps, commit list). */
    pushed(repo, branch, before, after, pusher) {
        const world = this.mustWorld();
        const commit = (0,git/* getObject */.iM)(repo, after, "commit");
        const repoPayload = (0,shapes/* webhookRepository */._T)(world, repo);
        const headCommit = commit
            ? {
                id: after,
                tree_id: commit.tree,
                distinct: true,
                message: commit.message,
                timestamp: commit.committer.date.replace("Z", "+00:00"),
                url: `${world.urls.html}/${repo.owner}/${repo.name}/commit/${after}`,
                author: { name: commit.author.name, email: commit.author.email, username: pusher },
                committer: { name: commit.committer.name, email: commit.committer.email, username: pusher },
                added: [],
                removed: [],
                modified: [],
            }
            : null;
        this.emit("push", {
            ref: `refs/heads/${branch}`,
            before,
            after,
            created: /^0+$/.test(before),
            deleted: false,
            forced: false,
            base_ref: null,
            compare: `${world.urls.html}/${repo.owner}/${repo.name}/compare/${before.slice(0, 12)}...${after.slice(0, 12)}`,
            commits: headCommit ? [headCommit] : [],
            head_commit: headCommit,
            pusher: { name: pusher, email: world.gitPerson(pusher).email },
            repository: {
                ...repoPayload,
                created_at: Math.floor(Date.parse(repo.createdAt) / 1000),
                pushed_at: Math.floor(Date.parse(repo.pushedAt) / 1000),
                master_branch: repo.defaultBranch,
                stargazers: 0,
            },
        }, repo, pusher);
        for (const listener of world.pushListeners)
            listener(world, { repo, branch, before, after, pusher });
    }
    /** Resolves once every queued delivery has been attempted. */
    idle() {
        if (this.pending === 0)
            return Promise.resolve();
        return new Promise((resolve) => this.idleWaiters.push(resolve));
    }
    /** GitHub's "Redeliver": the same delivery again, with the same `X-GitHub-Delivery` id. */
    redeliver(id) {
        const sent = this.sent.get(id);
        if (!sent)
            throw new Error(`sandbox: no delivery ${id} to redeliver`);
        // To where the hook points now (an App's webhook URL may have changed since).
        const app = sent.hook.appId !== undefined ? this.mustWorld().state.apps[String(sent.hook.appId)] : undefined;
        const url = app ? app.webhookUrl : sent.hook.url;
        if (!url)
            throw new Error(`sandbox: delivery ${id}'s hook has no URL any more`);
        this.enqueue({ ...sent.hook, url }, sent.event, sent.payload, sent.repo, id);
    }
    enqueue(hook, event, payload, repo, id = (0,external_node_crypto_.randomUUID)()) {
        if (this.contract)
            this.violations.push(...this.contract.checkWebhook(event, payload));
        this.sent.set(id, { hook, event, payload, repo });
        this.pending += 1;
        const previous = this.queues.get(hook.url) ?? Promise.resolve();
        const next = previous
            .then(() => this.deliver(hook, event, payload, repo, id))
            .finally(() => {
            this.pending -= 1;
            if (this.pending === 0)
                for (const resolve of this.idleWaiters.splice(0))
                    resolve();
        });
        this.queues.set(hook.url, next);
    }
    async deliver(hook, event, payload, repo, id) {
        const body = JSON.stringify(payload);
        const started = Date.now();
        const record = {
            id,
            hookId: hook.id,
            url: hook.url,
            event,
            action: typeof payload.action === "string" ? payload.action : null,
            repo: `${repo.owner}/${repo.name}`,
            status: null,
            error: null,
            durationMs: 0,
            deliveredAt: new Date().toISOString(),
        };
        try {
            const response = await fetch(hook.url, {
                method: "POST",
                headers: {
                    "content-type": "application/json",
                    "user-agent": "GitHub-Hookshot/sandbox",
                    "x-github-event": event,
                    "x-github-delivery": id,
                    "x-github-hook-id": String(hook.id),
                    "x-github-hook-installation-target-type": hook.appId ? "integration" : "repository",
                    "x-github-hook-installation-target-id": String(hook.appId ?? repo.id),
                    "x-hub-signature": `sha1=${(0,external_node_crypto_.createHmac)("sha1", hook.secret).update(body).digest("hex")}`,
                    "x-hub-signature-256": signPayload(hook.secret, body),
                },
                body,
                signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
            });
            record.status = response.status;
            await response.arrayBuffer();
        }
        catch (error) {
            record.error = error instanceof Error ? error.message : String(error);
        }
        record.durationMs = Date.now() - started;
        this.deliveries.push(record);
    }
    mustWorld() {
        if (!this.world)
            throw new Error("sandbox: webhook dispatcher used before attach()");
        return this.world;
    }
}

;// CONCATENATED MODULE: ./sandbox/world.ts



/** Who a workflow's GITHUB_TOKEN acts as on GitHub. */
const ACTIONS_BOT = "github-actions[bot]";
/** GITHUB_TOKEN's permissions in a repository with GitHub's permissive default. */
const DEFAULT_GITHUB_TOKEN_PERMISSIONS = {
    actions: "write",
    checks: "write",
    contents: "write",
    deployments: "write",
    issues: "write",
    packages: "write",
    pull_requests: "write",
    statuses: "write",
};
/**
 * The sandbox's state and the operations on it that routes, tests and the CLI share. Seeding
 * (users, repos, apps) happens here; everything a client does goes through the REST routes.
 */
class SandboxWorld {
    state;
    urls;
    webhooks;
    onChange;
    /** Route modules that react when a branch moves (see RouteModule.onPush). */
    pushListeners = [];
    constructor(state, urls, webhooks, onChange = () => { }) {
        this.state = state;
        this.urls = urls;
        this.webhooks = webhooks;
        this.onChange = onChange;
    }
    id() {
        return (0,sandbox_state/* nextId */.Hn)(this.state);
    }
    now() {
        return (0,sandbox_state/* timestamp */.vE)();
    }
    changed() {
        this.onChange();
    }
    user(login) {
        const user = this.state.users[login.toLowerCase()];
        if (!user)
            throw new Error(`sandbox: no user ${login}`);
        return user;
    }
    findUser(login) {
        return this.state.users[login.toLowerCase()];
    }
    createUser(login, options = {}) {
        const existing = this.findUser(login);
        if (existing)
            return existing;
        const user = {
            id: this.id(),
            login,
            type: options.type ?? "User",
            name: options.name ?? null,
            email: options.email ?? null,
            createdAt: this.now(),
        };
        this.state.users[login.toLowerCase()] = user;
        this.changed();
        return user;
    }
    /**
     * A personal access token for a user; `permissions` narrows it like a fine-grained token. With
     * `kind: "actions"` it is a workflow's GITHUB_TOKEN instead: it acts as github-actions[bot] in the
     * repositories of `login`'s account, with `permissions` (default: GitHub's permissive set).
     */
    issueToken(login, options = {}) {
        this.createUser(login);
        const actions = options.kind === "actions";
        if (actions)
            this.createUser(ACTIONS_BOT, { type: "Bot" });
        const token = `${actions ? "ghs" : "ghp"}_${(0,external_node_crypto_.randomBytes)(18).toString("base64url")}`;
        const permissions = options.permissions ?? (actions ? DEFAULT_GITHUB_TOKEN_PERMISSIONS : undefined);
        this.state.tokens[token] = {
            login: actions ? ACTIONS_BOT : login,
            kind: options.kind ?? "user",
            ...(actions ? { account: login } : {}),
            ...(permissions ? { permissions } : {}),
            ...(options.repositories ? { repositories: options.repositories } : {}),
        };
        this.changed();
        return token;
    }
    findRepo(owner, name) {
        return this.state.repos[`${owner}/${name}`.toLowerCase()];
    }
    repo(fullName) {
        const repo = this.state.repos[fullName.toLowerCase()];
        if (!repo)
            throw new Error(`sandbox: no repository ${fullName}`);
        return repo;
    }
    /**
     * Creates a repository with an initial commit holding `files` on the default branch.
     * Idempotent by name: an existing repository is returned as it is.
     */
    createRepo(fullName, options = {}) {
        const [owner, name] = fullName.split("/");
        if (!owner || !name)
            throw new Error(`sandbox: repository name must be owner/name, got ${fullName}`);
        const existing = this.findRepo(owner, name);
        if (existing)
            return existing;
        this.createUser(owner);
        for (const login of Object.keys(options.collaborators ?? {}))
            this.createUser(login);
        const now = this.now();
        const repo = {
            id: this.id(),
            owner,
            name,
            private: options.private ?? false,
            description: options.description ?? null,
            defaultBranch: options.defaultBranch ?? "main",
            createdAt: now,
            updatedAt: now,
            pushedAt: now,
            collaborators: { [owner]: "admin", ...options.collaborators },
            objects: {},
            refs: {},
            nextNumber: 1,
            issues: {},
            pulls: {},
            reviews: {},
            comments: {},
            labels: {},
            checkRuns: {},
            statuses: [],
            deployments: {},
            deploymentStatuses: {},
            environments: {},
            releases: {},
            assets: {},
            workflowRuns: {},
            artifacts: {},
            dispatches: [],
        };
        this.state.repos[fullName.toLowerCase()] = repo;
        const files = options.files ?? { "README.md": `# ${name}\n` };
        const changes = Object.entries(files).map(([path, content]) => ({
            path,
            sha: (0,git/* putBlob */.HT)(repo, Buffer.isBuffer(content) ? content : Buffer.from(content)),
        }));
        (0,git/* commitToBranch */.Bg)(repo, repo.defaultBranch, changes, "Initial commit", this.gitPerson(owner));
        this.changed();
        return repo;
    }
    /** Commits files straight to a branch, as a person pushing would (fires `push`). */
    push(fullName, branch, files, options = {}) {
        const repo = this.repo(fullName);
        const before = repo.refs[`refs/heads/${branch}`] ?? "0".repeat(40);
        const author = options.author ?? repo.owner;
        const changes = Object.entries(files).map(([path, content]) => ({
            path,
            sha: content === null ? null : (0,git/* putBlob */.HT)(repo, Buffer.isBuffer(content) ? content : Buffer.from(content)),
        }));
        const sha = (0,git/* commitToBranch */.Bg)(repo, branch, changes, options.message ?? "Update files", this.gitPerson(author));
        repo.pushedAt = this.now();
        this.changed();
        this.webhooks.pushed(repo, branch, before, sha, author);
        return sha;
    }
    gitPerson(login) {
        const user = this.findUser(login);
        return {
            name: user?.name ?? login,
            email: user?.email ?? `${user?.id ?? 0}+${login}@users.noreply.github.com`,
            date: this.now(),
        };
    }
    /** The permission a user has on a repository (owner: admin; public repo: read). */
    permissionOf(repo, login) {
        const direct = Object.entries(repo.collaborators).find(([l]) => l.toLowerCase() === login.toLowerCase());
        if (direct)
            return direct[1];
        return repo.private ? "none" : "read";
    }
    addCollaborator(fullName, login, permission) {
        this.createUser(login);
        this.repo(fullName).collaborators[login] = permission;
        this.changed();
    }
    /**
     * Registers a GitHub App and returns its private key (PEM). Apps authenticate with RS256 JWTs
     * signed by this key, exchanged for installation tokens, exactly as on GitHub.
     */
    registerApp(options) {
        const { privateKey, publicKey } = (0,external_node_crypto_.generateKeyPairSync)("rsa", { modulusLength: 2048 });
        const id = this.id();
        const webhookSecret = options.webhookSecret ?? (0,external_node_crypto_.randomBytes)(16).toString("hex");
        const owner = options.owner ?? "trainyard";
        this.createUser(owner, { type: "Organization" });
        this.createUser(`${options.slug}[bot]`, { type: "Bot" });
        this.state.apps[String(id)] = {
            id,
            slug: options.slug,
            name: options.name ?? options.slug,
            owner,
            publicKeyPem: publicKey.export({ type: "spki", format: "pem" }).toString(),
            webhookSecret,
            webhookUrl: options.webhookUrl ?? null,
            permissions: options.permissions ?? { metadata: "read" },
            events: options.events ?? [],
            createdAt: this.now(),
        };
        this.changed();
        return {
            appId: id,
            privateKey: privateKey.export({ type: "pkcs1", format: "pem" }).toString(),
            webhookSecret,
        };
    }
    setAppWebhookUrl(appId, url) {
        const app = this.state.apps[String(appId)];
        if (!app)
            throw new Error(`sandbox: no app ${appId}`);
        app.webhookUrl = url;
        this.changed();
    }
    installApp(appId, account, repositories = "all") {
        const app = this.state.apps[String(appId)];
        if (!app)
            throw new Error(`sandbox: no app ${appId}`);
        this.createUser(account);
        const id = this.id();
        this.state.installations[String(id)] = {
            id,
            appId,
            account,
            repositories,
            permissions: app.permissions,
            events: app.events,
            createdAt: this.now(),
        };
        this.changed();
        return id;
    }
    /** The installation of an app that covers a repository, if any. */
    installationFor(appId, repo) {
        const fullName = `${repo.owner}/${repo.name}`.toLowerCase();
        for (const installation of Object.values(this.state.installations)) {
            if (installation.appId !== appId)
                continue;
            if (installation.account.toLowerCase() !== repo.owner.toLowerCase())
                continue;
            if (installation.repositories === "all" ||
                installation.repositories.some((r) => r.toLowerCase() === fullName))
                return installation.id;
        }
        return undefined;
    }
    /** Subscribes a URL to a repository's events, as a repository webhook does. */
    addRepoHook(fullName, url, secret, events = ["*"]) {
        this.repo(fullName);
        const id = this.id();
        this.state.hooks.push({ id, url, secret, events, repo: fullName.toLowerCase(), active: true });
        this.changed();
        return id;
    }
}

;// CONCATENATED MODULE: ./sandbox/server.ts











const DEFAULT_MAX_BODY = 128 * 1024 * 1024;
async function startSandbox(options = {}) {
    const stateFile = typeof options.state === "string" ? options.state : undefined;
    const state = typeof options.state === "object"
        ? options.state
        : stateFile && external_node_fs_default().existsSync(stateFile)
            ? (0,sandbox_state/* loadState */.C7)(stateFile)
            : (0,sandbox_state/* emptyState */.p$)();
    const contractOn = options.contract ?? Boolean(process.env.VITEST);
    const contract = contractOn ? sandbox_contract/* ContractChecker */.u.shared() : undefined;
    const faults = new FaultInjector(options.faults);
    const webhooks = new WebhookDispatcher(contract);
    const log = options.log ?? (() => { });
    const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
    const modules = allRoutes();
    const api = new Router(modules.flatMap((m) => m.api ?? []));
    const uploads = new Router(modules.flatMap((m) => m.uploads ?? []));
    const web = modules.flatMap((m) => m.web ?? []);
    const violations = [];
    const rejected = [];
    const requests = [];
    let saveTimer;
    const persist = () => {
        if (!stateFile || saveTimer)
            return;
        saveTimer = setTimeout(() => {
            saveTimer = undefined;
            (0,sandbox_state/* saveState */.LZ)(state, stateFile);
        }, 50);
    };
    const server = external_node_http_default().createServer();
    const host = options.host ?? "127.0.0.1";
    await new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(options.port ?? 0, host, () => resolve());
    });
    const { port } = server.address();
    const origin = `http://${host}:${port}`;
    const world = new SandboxWorld(state, { api: origin, html: `${origin}/_html`, uploads: `${origin}/uploads` }, webhooks, persist);
    webhooks.attach(world);
    for (const module of modules)
        if (module.onPush)
            world.pushListeners.push(module.onPush);
    server.on("request", (req, res) => {
        handle(req, res).catch((error) => {
            log(`sandbox: internal error: ${error.stack ?? String(error)}`);
            if (!res.headersSent)
                send(res, { status: 500, body: { message: `sandbox internal error: ${error.message}` } });
            else
                res.destroy();
        });
    });
    async function handle(req, res) {
        const url = new URL(req.url ?? "/", origin);
        const method = (req.method ?? "GET").toUpperCase();
        const rawBody = await readBody(req, maxBody).catch((error) => error);
        if (rawBody instanceof http/* HttpError */.j$)
            return send(res, errorResponse(rawBody));
        for (const route of web) {
            const match = route.method === method ? route.pattern.exec(url.pathname) : null;
            if (match)
                return send(res, await route.handler({ world, url, match, method, headers: req.headers, rawBody }));
        }
        if (url.pathname.startsWith("/_sandbox/"))
            return send(res, admin(method, url.pathname, rawBody));
        const onUploads = url.pathname.startsWith("/uploads/");
        const pathname = onUploads ? url.pathname.slice("/uploads".length) : url.pathname;
        const matched = (onUploads ? uploads : api).match(method, pathname);
        const entry = {
            method,
            path: url.pathname,
            operationId: matched?.definition.operationId ?? null,
            status: 0,
            fault: null,
        };
        requests.push(entry);
        if (!matched) {
            entry.status = 404;
            return send(res, errorResponse(new http/* HttpError */.j$(404, "Not Found")));
        }
        const { definition, params } = matched;
        const fault = faults.decide(definition.operationId, method);
        if (fault)
            entry.fault = fault.kind;
        if (fault?.kind === "reset" && fault.phase === "before") {
            req.socket.destroy();
            return;
        }
        if (fault?.kind === "delay")
            await sleep(fault.delayMs);
        if (fault && fault.phase === "before" && fault.kind !== "delay") {
            const injected = faultResponse(fault);
            entry.status = injected.status;
            return send(res, injected);
        }
        const response = await runRoute(definition, params, method, url, req, onUploads ? { raw: rawBody } : { json: rawBody });
        entry.status = response.status;
        if (fault && fault.phase === "after" && fault.kind !== "delay") {
            if (fault.kind === "reset") {
                req.socket.destroy();
                return;
            }
            const injected = faultResponse(fault);
            entry.status = injected.status;
            return send(res, injected);
        }
        send(res, response);
    }
    async function runRoute(definition, params, method, url, req, upload) {
        let response;
        // Bodies sent to the uploads host are the file's bytes, whatever their content type says.
        const rawBody = "raw" in upload ? upload.raw : upload.json;
        try {
            const contentType = req.headers["content-type"];
            const isJson = "json" in upload && rawBody.length > 0 && (!contentType || contentType.includes("json"));
            let body;
            if (isJson) {
                try {
                    body = JSON.parse(rawBody.toString("utf8"));
                }
                catch {
                    throw new http/* HttpError */.j$(400, "Problems parsing JSON");
                }
            }
            const actor = authenticate(world, req.headers.authorization);
            requireCredential(actor, definition);
            if (contract) {
                const problems = contract.checkRequest(definition.operationId, {
                    query: url.searchParams,
                    body,
                    contentType: isJson ? "application/json" : contentType,
                });
                if (problems.length > 0) {
                    rejected.push(...problems);
                    throw new http/* HttpError */.j$(422, `Invalid request.\n\n${problems.map(sandbox_contract/* describeViolation */.L).join("\n")}`);
                }
            }
            const named = params.owner !== undefined && params.repo !== undefined;
            const repo = !named
                ? undefined
                : definition.auth === "app"
                    ? (world.findRepo(params.owner, params.repo) ?? throwNotFound())
                    : authorizeRepo(world, actor, { owner: params.owner, repo: params.repo, method }, definition);
            const request = {
                method,
                url,
                headers: req.headers,
                params,
                query: url.searchParams,
                body,
                rawBody,
                actor,
                world,
                get repo() {
                    if (!repo)
                        throw new Error(`sandbox: ${definition.operationId} has no {owner}/{repo} in its path`);
                    return repo;
                },
            };
            response = await definition.handler(request);
        }
        catch (error) {
            if (!(error instanceof http/* HttpError */.j$))
                throw error;
            response = errorResponse(error);
        }
        if (contract && !Buffer.isBuffer(response.body)) {
            const contentType = response.headers?.["content-type"] ?? "application/json";
            const problems = contract.checkResponse(definition.operationId, response.status, response.body, contentType);
            if (problems.length > 0) {
                violations.push(...problems);
                for (const problem of problems)
                    log(`sandbox: contract violation: ${(0,sandbox_contract/* describeViolation */.L)(problem)}`);
                return {
                    status: 500,
                    body: { message: `sandbox contract violation: ${problems.map(sandbox_contract/* describeViolation */.L).join("; ")}` },
                };
            }
        }
        return response;
    }
    function admin(method, pathname, rawBody) {
        if (method === "GET" && pathname === "/_sandbox/state")
            return { status: 200, body: state };
        if (method === "GET" && pathname === "/_sandbox/deliveries")
            return { status: 200, body: webhooks.deliveries };
        if (method === "GET" && pathname === "/_sandbox/faults")
            return { status: 200, body: faults.stats };
        if (method === "PUT" && pathname === "/_sandbox/faults") {
            faults.configure(JSON.parse(rawBody.toString("utf8")));
            return { status: 204 };
        }
        return errorResponse(new http/* HttpError */.j$(404, "Not Found"));
    }
    return {
        url: origin,
        world,
        faults,
        violations,
        rejected,
        requests,
        assertContract() {
            const all = [...violations, ...webhooks.violations];
            if (all.length > 0)
                throw new Error(`sandbox broke GitHub's contract ${all.length} time(s):\n${all.map(sandbox_contract/* describeViolation */.L).join("\n")}`);
        },
        webhooksIdle: () => webhooks.idle(),
        async close() {
            await webhooks.idle();
            if (saveTimer) {
                clearTimeout(saveTimer);
                saveTimer = undefined;
            }
            if (stateFile)
                (0,sandbox_state/* saveState */.LZ)(state, stateFile);
            server.closeAllConnections();
            await new Promise((resolve) => server.close(() => resolve()));
        },
    };
}
function throwNotFound() {
    throw new http/* HttpError */.j$(404, "Not Found");
}
function errorResponse(error) {
    return {
        status: error.status,
        headers: error.headers,
        body: {
            message: error.message,
            documentation_url: "https://docs.github.com/rest",
            status: String(error.status),
            ...error.extra,
        },
    };
}
let requestCounter = 0;
function send(res, response) {
    const headers = {
        "x-github-api-version-selected": "2022-11-28",
        "x-github-request-id": `SANDBOX:${(++requestCounter).toString(16).toUpperCase()}`,
        "x-ratelimit-limit": "5000",
        "x-ratelimit-remaining": "4999",
        "x-ratelimit-reset": String(Math.ceil(Date.now() / 1000) + 3600),
        "x-ratelimit-used": "1",
        "x-ratelimit-resource": "core",
        ...response.headers,
    };
    let payload;
    if (Buffer.isBuffer(response.body)) {
        payload = response.body;
        headers["content-type"] ??= "application/octet-stream";
    }
    else if (response.body !== undefined && response.status !== 204) {
        payload = Buffer.from(JSON.stringify(response.body));
        headers["content-type"] ??= "application/json; charset=utf-8";
    }
    if (payload)
        headers["content-length"] = String(payload.length);
    res.writeHead(response.status, headers);
    res.end(payload);
}
function readBody(req, limit) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        req.on("data", (chunk) => {
            size += chunk.length;
            if (size > limit) {
                reject(new http/* HttpError */.j$(413, "Request body too large"));
                req.resume();
                return;
            }
            chunks.push(chunk);
        });
        req.on("end", () => resolve(Buffer.concat(chunks)));
        req.on("error", reject);
    });
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}


/***/ }),

/***/ 3002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $S: () => (/* binding */ fullUser),
/* harmony export */   Jk: () => (/* binding */ repository),
/* harmony export */   U5: () => (/* binding */ simpleUser),
/* harmony export */   _T: () => (/* binding */ webhookRepository),
/* harmony export */   gp: () => (/* binding */ fullRepository),
/* harmony export */   s5: () => (/* binding */ nodeId),
/* harmony export */   zR: () => (/* binding */ webhookUser)
/* harmony export */ });
/* unused harmony export repoUrls */
/**
 * The JSON GitHub returns for the objects every route shares (users, repositories). Field for
 * field what GitHub's OpenAPI description requires; the contract checker holds them to it.
 */
function nodeId(kind, id) {
    return Buffer.from(`0:${kind}${id}`).toString("base64url");
}
function simpleUser(world, login) {
    const user = world.findUser(login) ?? world.createUser(login);
    const urlLogin = encodeURIComponent(user.login);
    const api = `${world.urls.api}/users/${urlLogin}`;
    return {
        login: user.login,
        id: user.id,
        node_id: nodeId(user.type === "Bot" ? "Bot" : "User", user.id),
        avatar_url: `${world.urls.html}/avatars/${urlLogin}`,
        gravatar_id: "",
        url: api,
        html_url: `${world.urls.html}/${urlLogin}`,
        followers_url: `${api}/followers`,
        following_url: `${api}/following{/other_user}`,
        gists_url: `${api}/gists{/gist_id}`,
        starred_url: `${api}/starred{/owner}{/repo}`,
        subscriptions_url: `${api}/subscriptions`,
        organizations_url: `${api}/orgs`,
        repos_url: `${api}/repos`,
        events_url: `${api}/events{/privacy}`,
        received_events_url: `${api}/received_events`,
        type: user.type,
        user_view_type: "public",
        site_admin: false,
    };
}
function fullUser(world, login) {
    const user = world.user(login);
    const repos = Object.values(world.state.repos).filter((r) => r.owner.toLowerCase() === login.toLowerCase());
    return {
        ...simpleUser(world, login),
        name: user.name,
        company: null,
        blog: "",
        location: null,
        email: user.email,
        hireable: null,
        bio: null,
        twitter_username: null,
        public_repos: repos.filter((r) => !r.private).length,
        public_gists: 0,
        followers: 0,
        following: 0,
        created_at: user.createdAt,
        updated_at: user.createdAt,
    };
}
function repoUrls(world, repo) {
    const api = `${world.urls.api}/repos/${repo.owner}/${repo.name}`;
    const html = `${world.urls.html}/${repo.owner}/${repo.name}`;
    return {
        html_url: html,
        url: api,
        archive_url: `${api}/{archive_format}{/ref}`,
        assignees_url: `${api}/assignees{/user}`,
        blobs_url: `${api}/git/blobs{/sha}`,
        branches_url: `${api}/branches{/branch}`,
        collaborators_url: `${api}/collaborators{/collaborator}`,
        comments_url: `${api}/comments{/number}`,
        commits_url: `${api}/commits{/sha}`,
        compare_url: `${api}/compare/{base}...{head}`,
        contents_url: `${api}/contents/{+path}`,
        contributors_url: `${api}/contributors`,
        deployments_url: `${api}/deployments`,
        downloads_url: `${api}/downloads`,
        events_url: `${api}/events`,
        forks_url: `${api}/forks`,
        git_commits_url: `${api}/git/commits{/sha}`,
        git_refs_url: `${api}/git/refs{/sha}`,
        git_tags_url: `${api}/git/tags{/sha}`,
        git_url: `${html.replace(/^http/, "git")}.git`,
        issue_comment_url: `${api}/issues/comments{/number}`,
        issue_events_url: `${api}/issues/events{/number}`,
        issues_url: `${api}/issues{/number}`,
        keys_url: `${api}/keys{/key_id}`,
        labels_url: `${api}/labels{/name}`,
        languages_url: `${api}/languages`,
        merges_url: `${api}/merges`,
        milestones_url: `${api}/milestones{/number}`,
        notifications_url: `${api}/notifications{?since,all,participating}`,
        pulls_url: `${api}/pulls{/number}`,
        releases_url: `${api}/releases{/id}`,
        ssh_url: `git@sandbox:${repo.owner}/${repo.name}.git`,
        stargazers_url: `${api}/stargazers`,
        statuses_url: `${api}/statuses/{sha}`,
        subscribers_url: `${api}/subscribers`,
        subscription_url: `${api}/subscription`,
        tags_url: `${api}/tags`,
        teams_url: `${api}/teams`,
        trees_url: `${api}/git/trees{/sha}`,
        clone_url: `${html}.git`,
        hooks_url: `${api}/hooks`,
        svn_url: html,
    };
}
/** The `repository` object of GitHub's REST API (also the one webhook payloads carry). */
function repository(world, repo, viewer) {
    const openIssues = Object.values(repo.issues).filter((i) => i.state === "open").length;
    const level = viewer ? world.permissionOf(repo, viewer) : "read";
    return {
        id: repo.id,
        node_id: nodeId("Repository", repo.id),
        name: repo.name,
        full_name: `${repo.owner}/${repo.name}`,
        owner: simpleUser(world, repo.owner),
        private: repo.private,
        description: repo.description,
        fork: false,
        ...repoUrls(world, repo),
        mirror_url: null,
        homepage: null,
        language: null,
        forks_count: 0,
        stargazers_count: 0,
        watchers_count: 0,
        size: Object.keys(repo.objects).length,
        default_branch: repo.defaultBranch,
        open_issues_count: openIssues,
        is_template: false,
        topics: [],
        has_issues: true,
        has_projects: false,
        has_wiki: false,
        has_pages: false,
        has_downloads: true,
        has_discussions: false,
        archived: false,
        disabled: false,
        visibility: repo.private ? "private" : "public",
        pushed_at: repo.pushedAt,
        created_at: repo.createdAt,
        updated_at: repo.updatedAt,
        permissions: {
            admin: level === "admin",
            maintain: level === "admin",
            push: level === "admin" || level === "write",
            triage: level !== "none",
            pull: level !== "none",
        },
        allow_rebase_merge: true,
        allow_squash_merge: true,
        allow_merge_commit: true,
        allow_auto_merge: false,
        delete_branch_on_merge: false,
        allow_forking: true,
        web_commit_signoff_required: false,
        license: null,
        forks: 0,
        open_issues: openIssues,
        watchers: 0,
    };
}
function fullRepository(world, repo, viewer) {
    return { ...repository(world, repo, viewer), subscribers_count: 0, network_count: 0 };
}
/** The fields GitHub's webhook schema allows on a `repository` (it rejects any other). */
const WEBHOOK_REPOSITORY_FIELDS = new Set(("id node_id name full_name private owner html_url description fork url forks_url keys_url collaborators_url teams_url " +
    "hooks_url issue_events_url events_url assignees_url branches_url tags_url blobs_url git_tags_url git_refs_url " +
    "trees_url statuses_url languages_url stargazers_url contributors_url subscribers_url subscription_url commits_url " +
    "git_commits_url comments_url issue_comment_url contents_url compare_url merges_url archive_url downloads_url " +
    "issues_url pulls_url milestones_url notifications_url labels_url releases_url deployments_url created_at updated_at " +
    "pushed_at git_url ssh_url clone_url svn_url homepage size stargazers_count watchers_count language has_issues " +
    "has_projects has_downloads has_wiki has_pages forks_count mirror_url archived open_issues_count license forks " +
    "open_issues watchers default_branch is_template web_commit_signoff_required topics visibility has_discussions " +
    "disabled allow_squash_merge allow_merge_commit allow_rebase_merge allow_auto_merge allow_forking delete_branch_on_merge").split(" "));
/** A user as webhook payloads carry it (the webhook schema predates `user_view_type`). */
function webhookUser(world, login) {
    const { user_view_type: _omitted, ...user } = simpleUser(world, login);
    return user;
}
/** The `repository` of a webhook payload: GitHub's webhook shape, not the REST one. */
function webhookRepository(world, repo) {
    const shape = { custom_properties: {} };
    for (const [key, value] of Object.entries(repository(world, repo)))
        if (WEBHOOK_REPOSITORY_FIELDS.has(key))
            shape[key] = value;
    shape.owner = webhookUser(world, repo.owner);
    return shape;
}


/***/ }),

/***/ 4779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C7: () => (/* binding */ loadState),
/* harmony export */   Hn: () => (/* binding */ nextId),
/* harmony export */   LZ: () => (/* binding */ saveState),
/* harmony export */   p$: () => (/* binding */ emptyState),
/* harmony export */   vE: () => (/* binding */ timestamp)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

function emptyState() {
    return {
        version: 1,
        nextId: 1000,
        users: {},
        tokens: {},
        apps: {},
        installations: {},
        repos: {},
        hooks: [],
    };
}
function loadState(file) {
    const parsed = JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(file, "utf8"));
    if (parsed.version !== 1)
        throw new Error(`${file}: not a sandbox state file (version ${String(parsed.version)})`);
    return { ...emptyState(), ...parsed };
}
/** Writes atomically (temp file + rename), so a crash never leaves half a state file. */
function saveState(state, file) {
    const temp = `${file}.${process.pid}.tmp`;
    node_fs__WEBPACK_IMPORTED_MODULE_0___default().writeFileSync(temp, JSON.stringify(state));
    node_fs__WEBPACK_IMPORTED_MODULE_0___default().renameSync(temp, file);
}
function nextId(state) {
    state.nextId += 1;
    return state.nextId;
}
/** GitHub's timestamp form: second precision, `Z`. */
function timestamp(date = new Date()) {
    return `${date.toISOString().slice(0, 19)}Z`;
}


/***/ })

};
