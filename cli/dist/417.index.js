export const id = 417;
export const ids = [417];
export const modules = {

/***/ 6417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $L: () => (/* binding */ parseDocumentWith),
/* harmony export */   C1: () => (/* binding */ aliasProblem),
/* harmony export */   Iu: () => (/* binding */ parseYamlDocument),
/* harmony export */   Mv: () => (/* binding */ readBoundedFile),
/* harmony export */   SQ: () => (/* binding */ loadDocumentWith),
/* harmony export */   _x: () => (/* binding */ parseJsonWith),
/* harmony export */   bi: () => (/* binding */ MAX_DOCUMENT_BYTES),
/* harmony export */   fK: () => (/* binding */ valueAt),
/* harmony export */   u4: () => (/* binding */ isRecord),
/* harmony export */   w4: () => (/* binding */ MAX_ALIAS_COUNT),
/* harmony export */   wM: () => (/* binding */ MAX_NESTING_DEPTH)
/* harmony export */ });
/* unused harmony exports describeDocumentProblems, MAX_PROBLEMS, findJsonSyntaxError, prototypeKeyPath, formatPath */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8115);
/* harmony import */ var _zod_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8411);
/**
 * Reads a configuration file (YAML or JSON), checks it against a zod schema, and turns every
 * problem into a ConfigError that names the file, the line and column of the offending node, the
 * field path (`fields[3].constraints.minimum`) and what was expected: `expected number, got "ten"`.
 * The table schema and `.github/trainyard.yml` are both read this way.
 */




/** Parses and checks a document, throwing a ConfigError for its first problem in the file. */
function parseDocumentWith(text, file, rules) {
    const { value, problems } = analyseDocument(text, file, rules);
    if (problems[0])
        throw problems[0];
    return value;
}
/** Every problem of a document (the first MAX_PROBLEMS), in source order; empty when it is valid. */
function describeDocumentProblems(text, file, rules) {
    return analyseDocument(text, file, rules).problems;
}
/** Reads a `.yml`, `.yaml` or `.json` file and checks it; `what` names the kind of file in errors. */
async function loadDocumentWith(file, rules, what) {
    if (!/\.(ya?ml|json)$/i.test(file)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`expected a ${what} file ending in .yml, .yaml or .json`, { file });
    }
    const text = await readBoundedFile(file, what, MAX_DOCUMENT_BYTES, _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL);
    return parseDocumentWith(text, file, rules);
}
/** A configuration, schema or metrics file past this size is refused unread: none is near it. */
const MAX_DOCUMENT_BYTES = 10 * (1 << 20);
/**
 * Collections nested deeper than this are refused before the YAML composer, which recurses once
 * per level, sees them: near the end of the stack V8 can abort the whole process, not throw.
 */
const MAX_NESTING_DEPTH = 100;
/** How often one anchor may be copied through aliases before a document is taken for an alias bomb. */
const MAX_ALIAS_COUNT = 100;
/**
 * Reads a user's text file whole, after checking its size on the open file: one past `maxBytes`
 * is refused with an error naming it, before any of it is read.
 */
async function readBoundedFile(file, what, maxBytes, ErrorType, name = file) {
    const fail = (error) => {
        const code = error.code;
        const detail = code === "ENOENT"
            ? `${what} file not found`
            : code === "EISDIR"
                ? `expected a ${what} file, found a directory`
                : `cannot read the ${what} file (${code ?? String(error)})`;
        throw new ErrorType(detail, { file: name }, { cause: error });
    };
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, "r").catch(fail);
    try {
        const info = await handle.stat().catch(fail);
        if (info.isDirectory())
            fail(Object.assign(new Error("directory"), { code: "EISDIR" }));
        if (info.size > maxBytes)
            throw new ErrorType(`the ${what} file is ${formatMiB(info.size)}, more than the ${formatMiB(maxBytes)} a ${what} file may be`, { file: name });
        return await handle.readFile("utf8").catch(fail);
    }
    finally {
        await handle.close();
    }
}
function formatMiB(bytes) {
    const mib = bytes / (1 << 20);
    return `${mib >= 10 ? Math.round(mib) : Number(mib.toFixed(1))} MiB`;
}
/**
 * `parseDocument`, hardened for text from anyone: nesting past MAX_NESTING_DEPTH is refused from
 * the parser's flat tokens before the recursive composer runs, and duplicate keys are found in one
 * pass (yaml's own `uniqueKeys` compares every key with every other: minutes on a large mapping)
 * and added to the document's errors. Without a document, `tooDeep` says where nesting went past.
 */
function parseYamlDocument(text, lineCounter) {
    const tokens = Array.from(new yaml__WEBPACK_IMPORTED_MODULE_1__/* .Parser */ .iX(lineCounter.addNewLine).parse(text));
    const tooDeep = deepestNesting(tokens);
    if (tooDeep !== undefined)
        return { tooDeep: { offset: tooDeep } };
    let document;
    // logLevel "error": a complex key is stringified without a warning on the process's stderr.
    const composer = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .Composer */ .Dk({ prettyErrors: false, uniqueKeys: false, logLevel: "error" });
    for (const composed of composer.compose(tokens, true, text.length)) {
        if (!document)
            document = composed;
        else {
            const range = composed.range ?? [0, 0];
            document.errors.push(new yaml__WEBPACK_IMPORTED_MODULE_1__/* .YAMLParseError */ .XT([range[0], range[1]], "MULTIPLE_DOCS", "Source contains multiple documents"));
            break;
        }
    }
    const parsed = document;
    parsed.errors.push(...duplicateKeyErrors(parsed));
    parsed.errors.sort((a, b) => a.pos[0] - b.pos[0]);
    return { document: parsed };
}
/** Where collections first nest deeper than MAX_NESTING_DEPTH, walking the tokens with a stack of our own. */
function deepestNesting(tokens) {
    const stack = tokens.map((token) => ({
        token,
        depth: 0,
    }));
    while (stack.length > 0) {
        const { token, depth } = stack.pop();
        if (!token)
            continue;
        if (token.type === "document")
            stack.push({ token: token.value, depth });
        else if (token.type === "block-map" || token.type === "block-seq" || token.type === "flow-collection") {
            if (depth + 1 > MAX_NESTING_DEPTH)
                return token.offset;
            for (const item of token.items) {
                if ("key" in item)
                    stack.push({ token: item.key ?? undefined, depth: depth + 1 });
                stack.push({ token: item.value, depth: depth + 1 });
            }
        }
    }
    return undefined;
}
function duplicateKeyErrors(document) {
    const errors = [];
    (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .visit */ .YR)(document, {
        Map(_, map) {
            const seen = new Set();
            for (const pair of map.items) {
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(pair.key))
                    continue;
                const identity = `${typeof pair.key.value}:${String(pair.key.value)}`;
                if (seen.has(identity)) {
                    const range = pair.key.range ?? [0, 0];
                    errors.push(new yaml__WEBPACK_IMPORTED_MODULE_1__/* .YAMLParseError */ .XT([range[0], range[1]], "DUPLICATE_KEY", "Map keys must be unique"));
                    if (errors.length >= MAX_PROBLEMS)
                        return yaml__WEBPACK_IMPORTED_MODULE_1__/* .visit */ .YR.BREAK;
                }
                seen.add(identity);
            }
        },
    });
    return errors;
}
/**
 * What `toJS` threw about aliases (only they make it throw), in words, at the document's first
 * alias: its guard against alias bombs, or an alias without its anchor.
 */
function aliasProblem(document, error) {
    let offset = 0;
    (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .visit */ .YR)(document, {
        Alias(_, alias) {
            offset = alias.range?.[0] ?? 0;
            return yaml__WEBPACK_IMPORTED_MODULE_1__/* .visit */ .YR.BREAK;
        },
    });
    const message = error instanceof Error ? error.message : String(error);
    return {
        offset,
        message: /excessive alias count/i.test(message)
            ? `aliases copy an anchor more than ${MAX_ALIAS_COUNT} times (an alias bomb?): write the values out instead`
            : message,
    };
}
/**
 * Parses JSON that Trainyard itself wrote (a run record, version metadata) against its schema:
 * a DataError names the file and the line and column of a syntax error, or the field and what was
 * expected. No YAML parse for positions, as a config file gets: a record can run to megabytes.
 */
function parseJsonWith(text, file, schema, what) {
    const source = text.replace(/^\uFEFF/, "");
    let data;
    try {
        data = JSON.parse(source);
    }
    catch (error) {
        const found = findJsonSyntaxError(source);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(`not ${what}: invalid JSON: ${found?.message ?? error.message}`, found ? { file, ...lineAndColumn(source, found.offset) } : { file });
    }
    const prototypeKey = prototypeKeyPath(data);
    if (prototypeKey)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(`not ${what}: the key "__proto__" is not allowed`, {
            file,
            field: formatPath(prototypeKey),
        });
    const result = _zod_js__WEBPACK_IMPORTED_MODULE_3__/* .safeParse */ .xLC(schema, data);
    if (result.success)
        return result.data;
    const [issue] = result.error.issues;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(`not ${what}: ${issue?.message ?? "does not match its schema"}`, issue && issue.path.length > 0
        ? { file, field: formatPath(issue.path) }
        : // The whole value is wrong: point at where it starts.
            { file, ...lineAndColumn(source, source.search(/\S|$/)) });
}
function lineAndColumn(text, offset) {
    const before = text.slice(0, offset);
    const lineStart = Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\r")) + 1;
    return { line: (before.match(/\r\n|\r|\n/g)?.length ?? 0) + 1, column: offset - lineStart + 1 };
}
function analyseDocument(source, file, rules) {
    const text = source.replace(/^\uFEFF/, "");
    const flavour = /\.json$/i.test(file) ? "json" : "yaml";
    const size = Buffer.byteLength(text);
    if (size > MAX_DOCUMENT_BYTES)
        return {
            problems: [
                new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`the file is ${formatMiB(size)}, more than the ${formatMiB(MAX_DOCUMENT_BYTES)} it may be`, { file }),
            ],
        };
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const locate = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { file, line, column: col };
    };
    // JSON is YAML too, so one parse gives source positions for both flavours.
    const parsed = parseYamlDocument(text, lineCounter);
    if (parsed.tooDeep)
        return {
            problems: [
                new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`nested more than ${MAX_NESTING_DEPTH} levels deep: not a ${flavour === "json" ? "JSON" : "YAML"} file we read`, locate(parsed.tooDeep.offset)),
            ],
        };
    const { document } = parsed;
    let data;
    if (flavour === "json") {
        try {
            data = JSON.parse(text);
        }
        catch (error) {
            return { problems: [jsonSyntaxProblem(error, text, file, locate)] };
        }
        // JSON.parse keeps the last of two equal keys; a file that says two things is an error.
        const duplicates = document.errors
            .filter((error) => error.code === "DUPLICATE_KEY")
            .slice(0, MAX_PROBLEMS);
        if (duplicates.length > 0)
            return {
                problems: duplicates.map((error) => new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL("invalid JSON: a key is given twice in one object", locate(error.pos[0]))),
            };
    }
    else {
        if (document.errors.length > 0) {
            return {
                problems: document.errors
                    .slice(0, MAX_PROBLEMS)
                    .map((error) => new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`invalid YAML: ${error.message}`, locate(error.pos[0]))),
            };
        }
        try {
            data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
        }
        catch (error) {
            const alias = aliasProblem(document, error);
            return { problems: [new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`invalid YAML: ${alias.message}`, locate(alias.offset))] };
        }
    }
    if (data === null || data === undefined) {
        return {
            problems: [new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`the file is empty: expected ${rules.expected}`, { file })],
        };
    }
    const prototypeKey = prototypeKeyPath(data);
    if (prototypeKey) {
        const where = locateNode(document, prototypeKey, true);
        const location = where === undefined ? { file } : locate(where);
        location.field = formatPath(prototypeKey);
        return { problems: [new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL('the key "__proto__" is not allowed', location)] };
    }
    const result = _zod_js__WEBPACK_IMPORTED_MODULE_3__/* .safeParse */ .xLC(rules.schema, data);
    if (result.success)
        return { value: result.data, problems: [] };
    const problems = flattenUnionIssues(result.error.issues, []).flatMap((issue) => describeIssue(issue, data, document, flavour, rules));
    const placed = problems.map((problem, order) => ({
        problem,
        order,
        where: locateNode(document, problem.path, problem.atKey),
    }));
    placed.sort((a, b) => (a.where ?? -1) - (b.where ?? -1) || a.order - b.order);
    return {
        problems: placed.slice(0, MAX_PROBLEMS).map(({ problem, where }) => {
            const location = where === undefined ? { file } : locate(where);
            if (problem.path.length > 0)
                location.field = formatPath(problem.path);
            const detail = typeof problem.detail === "string" ? problem.detail : problem.detail();
            return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(detail, location);
        }),
    };
}
/** Problems reported of one document, the first in the file: past these, more help no one. */
const MAX_PROBLEMS = 100;
function jsonSyntaxProblem(error, text, file, locate) {
    // Our own scan words the error the same on every Node version, and always knows where it is.
    const found = findJsonSyntaxError(text);
    if (found)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`invalid JSON: ${found.message}`, locate(found.offset));
    const message = error instanceof Error ? error.message : String(error);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`invalid JSON: ${message}`, { file });
}
const literalPattern = /true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
/** The first syntax error of a JSON text with its offset, or undefined when it is valid JSON. */
function findJsonSyntaxError(text) {
    let position = 0;
    class JsonSyntaxError extends Error {
        offset;
        constructor(message, offset = position) {
            super(message);
            this.offset = offset;
        }
    }
    const unexpected = (expected) => {
        if (position >= text.length)
            throw new JsonSyntaxError(`unexpected end of file (expected ${expected})`);
        throw new JsonSyntaxError(`unexpected ${JSON.stringify(text[position])} (expected ${expected})`);
    };
    const skipWhitespace = () => {
        while (position < text.length && " \t\n\r".includes(text[position]))
            position++;
    };
    const expectChar = (char, expected) => {
        if (text[position] !== char)
            unexpected(expected);
        position++;
    };
    const parseString = () => {
        const start = position;
        position++;
        while (position < text.length) {
            const char = text[position];
            if (char === '"') {
                position++;
                return;
            }
            if (char === "\\") {
                const escaped = text[position + 1] ?? "";
                const validEscape = escaped === "u"
                    ? /^[0-9a-fA-F]{4}$/.test(text.slice(position + 2, position + 6))
                    : escaped !== "" && '"\\/bfnrt'.includes(escaped);
                if (!validEscape) {
                    throw new JsonSyntaxError(`invalid escape ${JSON.stringify(`\\${escaped}`)} in string`);
                }
                position += escaped === "u" ? 6 : 2;
                continue;
            }
            if (char < " ")
                throw new JsonSyntaxError("unescaped control character in string");
            position++;
        }
        throw new JsonSyntaxError("unterminated string", start);
    };
    const parseValue = () => {
        skipWhitespace();
        const char = text[position];
        if (char === "{") {
            parseContainer("}", true);
        }
        else if (char === "[") {
            parseContainer("]", false);
        }
        else if (char === '"') {
            parseString();
        }
        else {
            literalPattern.lastIndex = position;
            const literal = literalPattern.exec(text);
            if (!literal)
                unexpected("a value");
            position += literal[0].length;
        }
    };
    let depth = 0;
    // Each level is a call here: deep enough nesting would end the stack (see MAX_NESTING_DEPTH).
    const parseContainer = (close, isObject) => {
        if (++depth > MAX_NESTING_DEPTH)
            throw new JsonSyntaxError(`nested more than ${MAX_NESTING_DEPTH} levels deep`);
        parseContainerItems(close, isObject);
        depth--;
    };
    const parseContainerItems = (close, isObject) => {
        position++;
        skipWhitespace();
        if (text[position] === close) {
            position++;
            return;
        }
        for (;;) {
            if (isObject) {
                skipWhitespace();
                if (text[position] !== '"')
                    unexpected("a property name in double quotes");
                parseString();
                skipWhitespace();
                expectChar(":", '":"');
            }
            parseValue();
            skipWhitespace();
            if (text[position] === close) {
                position++;
                return;
            }
            const comma = position;
            expectChar(",", `"," or "${close}"`);
            skipWhitespace();
            if (text[position] === close)
                throw new JsonSyntaxError(`trailing comma before "${close}"`, comma);
        }
    };
    try {
        parseValue();
        skipWhitespace();
        if (position < text.length)
            unexpected("end of file");
        return undefined;
    }
    catch (error) {
        if (error instanceof JsonSyntaxError)
            return { offset: error.offset, message: error.message };
        throw error;
    }
}
/**
 * A union reports one list of issues per option. Where every option just wanted another type, say
 * so in one issue ("expected string or list"); otherwise keep the option that got furthest, whose
 * issues are the most specific (a list of names with a number in it: `primaryKey[1]`).
 */
function flattenUnionIssues(issues, prefix) {
    return issues.flatMap((issue) => {
        const path = [...prefix, ...issue.path];
        if (issue.code !== "invalid_union" || issue.errors.length === 0)
            return [{ ...issue, path }];
        const onlyWrongTypes = issue.errors.every((branch) => branch.length === 1 && branch[0].code === "invalid_type" && branch[0].path.length === 0);
        if (onlyWrongTypes) {
            return [{ ...issue, path, errors: issue.errors }];
        }
        const depth = (branch) => Math.max(...branch.map((nested) => nested.path.length));
        const furthest = issue.errors.reduce((best, branch) => (depth(branch) > depth(best) ? branch : best));
        return flattenUnionIssues(furthest, path);
    });
}
function describeIssue(issue, data, document, flavour, rules) {
    const value = valueAt(data, issue.path);
    const got = () => describeValue(value, nodeAt(document, issue.path), flavour);
    const problem = (detail) => [{ detail, path: issue.path, atKey: false }];
    switch (issue.code) {
        case "custom":
            // A refinement marks an issue about a map's key (a quantile that is not one) with `atKey`.
            return [{ detail: issue.message, path: issue.path, atKey: issue.params?.atKey === true }];
        case "invalid_type": {
            const expected = typeName(issue.expected, flavour);
            if (value === undefined)
                return problem(`expected ${expected}, got nothing (the key is missing)`);
            return problem(`expected ${expected}, got ${got()}${quoteHint(issue.expected, document, issue.path)}`);
        }
        case "invalid_union": {
            if (issue.discriminator !== undefined && rules.discriminatorValues) {
                const allowed = rules.discriminatorValues;
                const suggestion = typeof value === "string" ? didYouMean(value, allowed) : "";
                return problem(`expected one of ${allowed.join(", ")}, got ${got()}${suggestion}`);
            }
            const expected = issue.errors.map((branch) => {
                const first = branch[0];
                return first?.code === "invalid_type" ? typeName(first.expected, flavour) : "another value";
            });
            return problem(`expected ${expected.join(" or ")}, got ${got()}`);
        }
        case "invalid_value": {
            const shown = issue.values.map((allowed) => JSON.stringify(allowed));
            const suggestion = typeof value === "string"
                ? didYouMean(value, issue.values.filter((v) => typeof v === "string"))
                : "";
            const expected = shown.length === 1 ? shown[0] : `one of ${shown.join(", ")}`;
            return problem(`expected ${expected}, got ${got()}${suggestion}`);
        }
        case "invalid_key": {
            // A record's key broke its own rule; the reason is in the nested issues.
            const key = issue.path.at(-1);
            const reasons = issue.issues.map((nested) => nested.message).join("; ");
            return [
                {
                    detail: `the key ${JSON.stringify(String(key))} is not allowed: expected ${reasons}`,
                    path: issue.path,
                    atKey: true,
                },
            ];
        }
        case "unrecognized_keys":
            return issue.keys.map((key) => ({
                detail: () => describeUnknownKey(key, data, issue.path, rules),
                path: [...issue.path, key],
                atKey: true,
            }));
        case "too_small":
        case "too_big":
            return problem(`expected ${describeSizeBound(issue)}, got ${describeSize(issue.origin, value, got)}`);
        default:
            return problem(issue.message);
    }
}
function describeSizeBound(issue) {
    const small = issue.code === "too_small";
    const bound = Number(small ? issue.minimum : issue.maximum);
    const inclusive = issue.inclusive !== false;
    switch (issue.origin) {
        case "number":
        case "int": {
            const noun = issue.origin === "int" ? "an integer" : "a number";
            const relation = small ? (inclusive ? "≥" : ">") : inclusive ? "≤" : "<";
            return `${noun} ${relation} ${bound}`;
        }
        case "string": {
            if (issue.exact)
                return `exactly ${plural(bound, "character")}`;
            if (small && bound === 1)
                return "a non-empty string";
            return `${small ? "at least" : "at most"} ${plural(bound, "character")}`;
        }
        case "array":
            if (issue.exact)
                return `exactly ${plural(bound, "item")}`;
            return `${small ? "at least" : "at most"} ${plural(bound, "item")}`;
        default:
            return `${small ? "at least" : "at most"} ${bound}`;
    }
}
function describeSize(origin, value, got) {
    if (origin === "array" && Array.isArray(value))
        return value.length === 0 ? "none" : String(value.length);
    return got();
}
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
/** `unknown key "maximun" (did you mean "maximum"?)`, or why a known key does not belong here. */
function describeUnknownKey(key, data, parentPath, rules) {
    const knownKeys = allKnownKeys(rules.schema);
    const misplaced = knownKeys.includes(key) ? rules.misplacedKey?.(key, data, parentPath) : undefined;
    if (misplaced !== undefined)
        return `unknown key ${JSON.stringify(key)}: ${misplaced}`;
    return `unknown key ${JSON.stringify(key)}${didYouMean(key, knownKeys)}`;
}
/** Every key any object in a schema accepts, for "did you mean" suggestions. */
const knownKeysCache = new WeakMap();
function allKnownKeys(schema) {
    let keys = knownKeysCache.get(schema);
    if (!keys) {
        const found = new Set();
        collectKeys(schema, found, new Set());
        keys = [...found].sort();
        knownKeysCache.set(schema, keys);
    }
    return keys;
}
function collectKeys(schema, found, seen) {
    if (seen.has(schema))
        return;
    seen.add(schema);
    const def = schema._zod.def;
    const children = [];
    if (def.type === "object") {
        const shape = def.shape;
        for (const [key, child] of Object.entries(shape)) {
            found.add(key);
            children.push(child);
        }
    }
    for (const name of ["innerType", "element", "valueType", "in", "out"])
        children.push(def[name]);
    if (Array.isArray(def.options))
        children.push(...def.options);
    for (const child of children) {
        if (child && typeof child === "object" && "_zod" in child)
            collectKeys(child, found, seen);
    }
}
function didYouMean(text, candidates) {
    let best;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const candidate of candidates) {
        const distance = editDistance(text.toLowerCase(), candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    const tolerated = Math.min(2, Math.floor(text.length / 3));
    return best !== undefined && bestDistance <= tolerated && best !== text
        ? ` (did you mean ${JSON.stringify(best)}?)`
        : "";
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
        }
        previous = current;
    }
    return previous[b.length];
}
function typeName(expected, flavour) {
    switch (expected) {
        case "int":
            return "integer";
        case "object":
            return flavour === "json" ? "object" : "mapping";
        case "array":
            return flavour === "json" ? "array" : "list";
        default:
            return expected;
    }
}
function describeValue(value, node, flavour) {
    if (value === undefined)
        return "nothing";
    if (value === null)
        return (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(node) && node.source === "" ? "nothing" : "null";
    if (typeof value === "string") {
        return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
    }
    if (Array.isArray(value))
        return flavour === "json" ? "an array" : "a list";
    if (typeof value === "object")
        return flavour === "json" ? "an object" : "a mapping";
    return String(value);
}
/** YAML reads `1`, `true` and `null` unquoted as non-text; say how to write them as text. */
function quoteHint(expected, document, path) {
    if (expected !== "string")
        return "";
    const node = nodeAt(document, path);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(node) || node.type !== "PLAIN" || !node.source)
        return "";
    return ` (write ${JSON.stringify(node.source)} in quotes to mean text)`;
}
// ---------------------------------------------------------------------------------------------
// Paths and source positions
function isRecord(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
/**
 * The path to the first `__proto__` key in parsed data, if any. zod's records drop such a key
 * without a word (it cannot be set as an own key by assignment), so a file holding one would pass
 * with part of it unread.
 */
function prototypeKeyPath(data) {
    const stack = [{ value: data, path: [] }];
    // YAML aliases can make a value contain itself (`a: &a [*a]`): each object is looked into once.
    const seen = new Set();
    while (stack.length > 0) {
        const { value, path } = stack.pop();
        if (typeof value !== "object" || value === null || seen.has(value))
            continue;
        seen.add(value);
        if (Array.isArray(value)) {
            for (const [index, item] of value.entries())
                stack.push({ value: item, path: [...path, index] });
        }
        else if (isRecord(value)) {
            if (Object.hasOwn(value, "__proto__"))
                return [...path, "__proto__"];
            for (const [key, child] of Object.entries(value))
                stack.push({ value: child, path: [...path, key] });
        }
    }
    return undefined;
}
function valueAt(data, path) {
    let current = data;
    for (const segment of path) {
        if (Array.isArray(current) && typeof segment === "number")
            current = current[segment];
        else if (isRecord(current) && Object.hasOwn(current, String(segment)))
            current = current[String(segment)];
        else
            return undefined;
    }
    return current;
}
/** `fields[3].constraints.minimum`, `checks.quantiles["0.99"].max` */
function formatPath(path) {
    let text = "";
    for (const segment of path) {
        if (typeof segment === "number")
            text += `[${segment}]`;
        else if (/^[A-Za-z_$][\w$]*$/.test(String(segment)))
            text += text ? `.${String(segment)}` : String(segment);
        else
            text += `[${JSON.stringify(String(segment))}]`;
    }
    return text;
}
function nodeAt(document, path) {
    const found = walk(document, path);
    return found.complete ? found.node : undefined;
}
function walk(document, path) {
    let node = document.contents;
    let keyNode;
    let deepest = node ?? undefined;
    for (const segment of path) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isAlias */ .Vj)(node))
            node = node.resolve(document);
        let next;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node)) {
            const pair = pairNamed(node, String(segment));
            if (pair) {
                keyNode = pair.key;
                next = pair.value ?? keyNode;
            }
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node) && typeof segment === "number") {
            next = node.items[segment];
            keyNode = undefined;
        }
        if (!next)
            return { node: deepest, keyNode: undefined, complete: false };
        node = next;
        deepest = next;
    }
    return { node: node ?? undefined, keyNode, complete: true };
}
/** Each mapping's pairs by key, built once: a file with many problems is located in linear time. */
const pairsByKey = new WeakMap();
function pairNamed(map, key) {
    let pairs = pairsByKey.get(map);
    if (!pairs) {
        pairs = new Map();
        for (const item of map.items) {
            const text = keyText(item.key);
            if (!pairs.has(text))
                pairs.set(text, item);
        }
        pairsByKey.set(map, pairs);
    }
    return pairs.get(key);
}
function keyText(key) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(key))
        return String(key.value);
    return String(key);
}
/** Offset in the source of the node an issue is about: the key for unknown keys, else the value. */
function locateNode(document, path, atKey) {
    const found = walk(document, path);
    const target = found.complete && atKey ? (found.keyNode ?? found.node) : found.node;
    return target?.range?.[0];
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
