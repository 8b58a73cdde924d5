import { createRequire as __trainyardCreateRequire } from "node:module";
const require = __trainyardCreateRequire(import.meta.url);
import {
  require_dist,
  safeParse
} from "./chunk-2XBD42AA.js";
import {
  ConfigError,
  DataError
} from "./chunk-ND3XTC2T.js";
import {
  __toESM
} from "./chunk-L3VH6XS6.js";

// lib/config/located-document.ts
var import_yaml = __toESM(require_dist(), 1);
import { open } from "node:fs/promises";
function parseDocumentWith(text, file, rules) {
  const { value, problems } = analyseDocument(text, file, rules);
  if (problems[0]) throw problems[0];
  return value;
}
async function loadDocumentWith(file, rules, what) {
  if (!/\.(ya?ml|json)$/i.test(file)) {
    throw new ConfigError(`expected a ${what} file ending in .yml, .yaml or .json`, { file });
  }
  const text = await readBoundedFile(file, what, MAX_DOCUMENT_BYTES, ConfigError);
  return parseDocumentWith(text, file, rules);
}
var MAX_DOCUMENT_BYTES = 10 * (1 << 20);
var MAX_NESTING_DEPTH = 100;
var MAX_ALIAS_COUNT = 100;
async function readBoundedFile(file, what, maxBytes, ErrorType, name = file) {
  const fail = (error) => {
    const code = error.code;
    const detail = code === "ENOENT" ? `${what} file not found` : code === "EISDIR" ? `expected a ${what} file, found a directory` : `cannot read the ${what} file (${code ?? String(error)})`;
    throw new ErrorType(detail, { file: name }, { cause: error });
  };
  const handle = await open(file, "r").catch(fail);
  try {
    const info = await handle.stat().catch(fail);
    if (info.isDirectory()) fail(Object.assign(new Error("directory"), { code: "EISDIR" }));
    if (info.size > maxBytes)
      throw new ErrorType(
        `the ${what} file is ${formatMiB(info.size)}, more than the ${formatMiB(maxBytes)} a ${what} file may be`,
        { file: name }
      );
    return await handle.readFile("utf8").catch(fail);
  } finally {
    await handle.close();
  }
}
function formatMiB(bytes) {
  const mib = bytes / (1 << 20);
  return `${mib >= 10 ? Math.round(mib) : Number(mib.toFixed(1))} MiB`;
}
function parseYamlDocument(text, lineCounter) {
  const tokens = Array.from(new import_yaml.Parser(lineCounter.addNewLine).parse(text));
  const tooDeep = deepestNesting(tokens);
  if (tooDeep !== void 0) return { tooDeep: { offset: tooDeep } };
  let document;
  const composer = new import_yaml.Composer({ prettyErrors: false, uniqueKeys: false, logLevel: "error" });
  for (const composed of composer.compose(tokens, true, text.length)) {
    if (!document) document = composed;
    else {
      const range = composed.range ?? [0, 0];
      document.errors.push(
        new import_yaml.YAMLParseError([range[0], range[1]], "MULTIPLE_DOCS", "Source contains multiple documents")
      );
      break;
    }
  }
  const parsed = document;
  parsed.errors.push(...duplicateKeyErrors(parsed));
  parsed.errors.sort((a, b) => a.pos[0] - b.pos[0]);
  return { document: parsed };
}
function deepestNesting(tokens) {
  const stack = tokens.map((token) => ({
    token,
    depth: 0
  }));
  while (stack.length > 0) {
    const { token, depth } = stack.pop();
    if (!token) continue;
    if (token.type === "document") stack.push({ token: token.value, depth });
    else if (token.type === "block-map" || token.type === "block-seq" || token.type === "flow-collection") {
      if (depth + 1 > MAX_NESTING_DEPTH) return token.offset;
      for (const item of token.items) {
        if ("key" in item) stack.push({ token: item.key ?? void 0, depth: depth + 1 });
        stack.push({ token: item.value, depth: depth + 1 });
      }
    }
  }
  return void 0;
}
function duplicateKeyErrors(document) {
  const errors = [];
  (0, import_yaml.visit)(document, {
    Map(_, map) {
      const seen = /* @__PURE__ */ new Set();
      for (const pair of map.items) {
        if (!(0, import_yaml.isScalar)(pair.key)) continue;
        const identity = `${typeof pair.key.value}:${String(pair.key.value)}`;
        if (seen.has(identity)) {
          const range = pair.key.range ?? [0, 0];
          errors.push(new import_yaml.YAMLParseError([range[0], range[1]], "DUPLICATE_KEY", "Map keys must be unique"));
          if (errors.length >= MAX_PROBLEMS) return import_yaml.visit.BREAK;
        }
        seen.add(identity);
      }
    }
  });
  return errors;
}
function aliasProblem(document, error) {
  let offset = 0;
  (0, import_yaml.visit)(document, {
    Alias(_, alias) {
      offset = alias.range?.[0] ?? 0;
      return import_yaml.visit.BREAK;
    }
  });
  const message = error instanceof Error ? error.message : String(error);
  return {
    offset,
    message: /excessive alias count/i.test(message) ? `aliases copy an anchor more than ${MAX_ALIAS_COUNT} times (an alias bomb?): write the values out instead` : message
  };
}
function parseJsonWith(text, file, schema, what) {
  const source = text.replace(/^\uFEFF/, "");
  let data;
  try {
    data = JSON.parse(source);
  } catch (error) {
    const found = findJsonSyntaxError(source);
    throw new DataError(
      `not ${what}: invalid JSON: ${found?.message ?? error.message}`,
      found ? { file, ...lineAndColumn(source, found.offset) } : { file }
    );
  }
  const prototypeKey = prototypeKeyPath(data);
  if (prototypeKey)
    throw new DataError(`not ${what}: the key "__proto__" is not allowed`, {
      file,
      field: formatPath(prototypeKey)
    });
  const result = safeParse(schema, data);
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  throw new DataError(
    `not ${what}: ${issue?.message ?? "does not match its schema"}`,
    issue && issue.path.length > 0 ? { file, field: formatPath(issue.path) } : (
      // The whole value is wrong: point at where it starts.
      { file, ...lineAndColumn(source, source.search(/\S|$/)) }
    )
  );
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
        new ConfigError(
          `the file is ${formatMiB(size)}, more than the ${formatMiB(MAX_DOCUMENT_BYTES)} it may be`,
          { file }
        )
      ]
    };
  const lineCounter = new import_yaml.LineCounter();
  const locate = (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const parsed = parseYamlDocument(text, lineCounter);
  if (parsed.tooDeep)
    return {
      problems: [
        new ConfigError(
          `nested more than ${MAX_NESTING_DEPTH} levels deep: not a ${flavour === "json" ? "JSON" : "YAML"} file we read`,
          locate(parsed.tooDeep.offset)
        )
      ]
    };
  const { document } = parsed;
  let data;
  if (flavour === "json") {
    try {
      data = JSON.parse(text);
    } catch (error) {
      return { problems: [jsonSyntaxProblem(error, text, file, locate)] };
    }
    const duplicates = document.errors.filter((error) => error.code === "DUPLICATE_KEY").slice(0, MAX_PROBLEMS);
    if (duplicates.length > 0)
      return {
        problems: duplicates.map(
          (error) => new ConfigError("invalid JSON: a key is given twice in one object", locate(error.pos[0]))
        )
      };
  } else {
    if (document.errors.length > 0) {
      return {
        problems: document.errors.slice(0, MAX_PROBLEMS).map((error) => new ConfigError(`invalid YAML: ${error.message}`, locate(error.pos[0])))
      };
    }
    try {
      data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      const alias = aliasProblem(document, error);
      return { problems: [new ConfigError(`invalid YAML: ${alias.message}`, locate(alias.offset))] };
    }
  }
  if (data === null || data === void 0) {
    return {
      problems: [new ConfigError(`the file is empty: expected ${rules.expected}`, { file })]
    };
  }
  const prototypeKey = prototypeKeyPath(data);
  if (prototypeKey) {
    const where = locateNode(document, prototypeKey, true);
    const location = where === void 0 ? { file } : locate(where);
    location.field = formatPath(prototypeKey);
    return { problems: [new ConfigError('the key "__proto__" is not allowed', location)] };
  }
  const result = safeParse(rules.schema, data);
  if (result.success) return { value: result.data, problems: [] };
  const problems = flattenUnionIssues(result.error.issues, []).flatMap(
    (issue) => describeIssue(issue, data, document, flavour, rules)
  );
  const placed = problems.map((problem, order) => ({
    problem,
    order,
    where: locateNode(document, problem.path, problem.atKey)
  }));
  placed.sort((a, b) => (a.where ?? -1) - (b.where ?? -1) || a.order - b.order);
  return {
    problems: placed.slice(0, MAX_PROBLEMS).map(({ problem, where }) => {
      const location = where === void 0 ? { file } : locate(where);
      if (problem.path.length > 0) location.field = formatPath(problem.path);
      const detail = typeof problem.detail === "string" ? problem.detail : problem.detail();
      return new ConfigError(detail, location);
    })
  };
}
var MAX_PROBLEMS = 100;
function jsonSyntaxProblem(error, text, file, locate) {
  const found = findJsonSyntaxError(text);
  if (found) return new ConfigError(`invalid JSON: ${found.message}`, locate(found.offset));
  const message = error instanceof Error ? error.message : String(error);
  return new ConfigError(`invalid JSON: ${message}`, { file });
}
var literalPattern = /true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
function findJsonSyntaxError(text) {
  let position = 0;
  class JsonSyntaxError extends Error {
    constructor(message, offset = position) {
      super(message);
      this.offset = offset;
    }
    offset;
  }
  const unexpected = (expected) => {
    if (position >= text.length) throw new JsonSyntaxError(`unexpected end of file (expected ${expected})`);
    throw new JsonSyntaxError(`unexpected ${JSON.stringify(text[position])} (expected ${expected})`);
  };
  const skipWhitespace = () => {
    while (position < text.length && " 	\n\r".includes(text[position])) position++;
  };
  const expectChar = (char, expected) => {
    if (text[position] !== char) unexpected(expected);
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
        const validEscape = escaped === "u" ? /^[0-9a-fA-F]{4}$/.test(text.slice(position + 2, position + 6)) : escaped !== "" && '"\\/bfnrt'.includes(escaped);
        if (!validEscape) {
          throw new JsonSyntaxError(`invalid escape ${JSON.stringify(`\\${escaped}`)} in string`);
        }
        position += escaped === "u" ? 6 : 2;
        continue;
      }
      if (char < " ") throw new JsonSyntaxError("unescaped control character in string");
      position++;
    }
    throw new JsonSyntaxError("unterminated string", start);
  };
  const parseValue = () => {
    skipWhitespace();
    const char = text[position];
    if (char === "{") {
      parseContainer("}", true);
    } else if (char === "[") {
      parseContainer("]", false);
    } else if (char === '"') {
      parseString();
    } else {
      literalPattern.lastIndex = position;
      const literal = literalPattern.exec(text);
      if (!literal) unexpected("a value");
      position += literal[0].length;
    }
  };
  let depth = 0;
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
    for (; ; ) {
      if (isObject) {
        skipWhitespace();
        if (text[position] !== '"') unexpected("a property name in double quotes");
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
      if (text[position] === close) throw new JsonSyntaxError(`trailing comma before "${close}"`, comma);
    }
  };
  try {
    parseValue();
    skipWhitespace();
    if (position < text.length) unexpected("end of file");
    return void 0;
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { offset: error.offset, message: error.message };
    throw error;
  }
}
function flattenUnionIssues(issues, prefix) {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code !== "invalid_union" || issue.errors.length === 0) return [{ ...issue, path }];
    const onlyWrongTypes = issue.errors.every(
      (branch) => branch.length === 1 && branch[0].code === "invalid_type" && branch[0].path.length === 0
    );
    if (onlyWrongTypes) {
      return [{ ...issue, path, errors: issue.errors }];
    }
    const depth = (branch) => Math.max(...branch.map((nested) => nested.path.length));
    const furthest = issue.errors.reduce((best, branch) => depth(branch) > depth(best) ? branch : best);
    return flattenUnionIssues(furthest, path);
  });
}
function describeIssue(issue, data, document, flavour, rules) {
  const value = valueAt(data, issue.path);
  const got = () => describeValue(value, nodeAt(document, issue.path), flavour);
  const problem = (detail) => [{ detail, path: issue.path, atKey: false }];
  switch (issue.code) {
    case "custom":
      return [{ detail: issue.message, path: issue.path, atKey: issue.params?.atKey === true }];
    case "invalid_type": {
      const expected = typeName(issue.expected, flavour);
      if (value === void 0) return problem(`expected ${expected}, got nothing (the key is missing)`);
      return problem(`expected ${expected}, got ${got()}${quoteHint(issue.expected, document, issue.path)}`);
    }
    case "invalid_union": {
      if (issue.discriminator !== void 0 && rules.discriminatorValues) {
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
      const suggestion = typeof value === "string" ? didYouMean(
        value,
        issue.values.filter((v) => typeof v === "string")
      ) : "";
      const expected = shown.length === 1 ? shown[0] : `one of ${shown.join(", ")}`;
      return problem(`expected ${expected}, got ${got()}${suggestion}`);
    }
    case "invalid_key": {
      const key = issue.path.at(-1);
      const reasons = issue.issues.map((nested) => nested.message).join("; ");
      return [
        {
          detail: `the key ${JSON.stringify(String(key))} is not allowed: expected ${reasons}`,
          path: issue.path,
          atKey: true
        }
      ];
    }
    case "unrecognized_keys":
      return issue.keys.map((key) => ({
        detail: () => describeUnknownKey(key, data, issue.path, rules),
        path: [...issue.path, key],
        atKey: true
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
      const relation = small ? inclusive ? "\u2265" : ">" : inclusive ? "\u2264" : "<";
      return `${noun} ${relation} ${bound}`;
    }
    case "string": {
      if (issue.exact) return `exactly ${plural(bound, "character")}`;
      if (small && bound === 1) return "a non-empty string";
      return `${small ? "at least" : "at most"} ${plural(bound, "character")}`;
    }
    case "array":
      if (issue.exact) return `exactly ${plural(bound, "item")}`;
      return `${small ? "at least" : "at most"} ${plural(bound, "item")}`;
    default:
      return `${small ? "at least" : "at most"} ${bound}`;
  }
}
function describeSize(origin, value, got) {
  if (origin === "array" && Array.isArray(value)) return value.length === 0 ? "none" : String(value.length);
  return got();
}
function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
function describeUnknownKey(key, data, parentPath, rules) {
  const knownKeys = allKnownKeys(rules.schema);
  const misplaced = knownKeys.includes(key) ? rules.misplacedKey?.(key, data, parentPath) : void 0;
  if (misplaced !== void 0) return `unknown key ${JSON.stringify(key)}: ${misplaced}`;
  return `unknown key ${JSON.stringify(key)}${didYouMean(key, knownKeys)}`;
}
var knownKeysCache = /* @__PURE__ */ new WeakMap();
function allKnownKeys(schema) {
  let keys = knownKeysCache.get(schema);
  if (!keys) {
    const found = /* @__PURE__ */ new Set();
    collectKeys(schema, found, /* @__PURE__ */ new Set());
    keys = [...found].sort();
    knownKeysCache.set(schema, keys);
  }
  return keys;
}
function collectKeys(schema, found, seen) {
  if (seen.has(schema)) return;
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
  for (const name of ["innerType", "element", "valueType", "in", "out"]) children.push(def[name]);
  if (Array.isArray(def.options)) children.push(...def.options);
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
  return best !== void 0 && bestDistance <= tolerated && best !== text ? ` (did you mean ${JSON.stringify(best)}?)` : "";
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
  if (value === void 0) return "nothing";
  if (value === null) return (0, import_yaml.isScalar)(node) && node.source === "" ? "nothing" : "null";
  if (typeof value === "string") {
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  }
  if (Array.isArray(value)) return flavour === "json" ? "an array" : "a list";
  if (typeof value === "object") return flavour === "json" ? "an object" : "a mapping";
  return String(value);
}
function quoteHint(expected, document, path) {
  if (expected !== "string") return "";
  const node = nodeAt(document, path);
  if (!(0, import_yaml.isScalar)(node) || node.type !== "PLAIN" || !node.source) return "";
  return ` (write ${JSON.stringify(node.source)} in quotes to mean text)`;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function prototypeKeyPath(data) {
  const stack = [{ value: data, path: [] }];
  const seen = /* @__PURE__ */ new Set();
  while (stack.length > 0) {
    const { value, path } = stack.pop();
    if (typeof value !== "object" || value === null || seen.has(value)) continue;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) stack.push({ value: item, path: [...path, index] });
    } else if (isRecord(value)) {
      if (Object.hasOwn(value, "__proto__")) return [...path, "__proto__"];
      for (const [key, child] of Object.entries(value)) stack.push({ value: child, path: [...path, key] });
    }
  }
  return void 0;
}
function valueAt(data, path) {
  let current = data;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === "number") current = current[segment];
    else if (isRecord(current) && Object.hasOwn(current, String(segment))) current = current[String(segment)];
    else return void 0;
  }
  return current;
}
function formatPath(path) {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(segment)))
      text += text ? `.${String(segment)}` : String(segment);
    else text += `[${JSON.stringify(String(segment))}]`;
  }
  return text;
}
function nodeAt(document, path) {
  const found = walk(document, path);
  return found.complete ? found.node : void 0;
}
function walk(document, path) {
  let node = document.contents;
  let keyNode;
  let deepest = node ?? void 0;
  for (const segment of path) {
    if ((0, import_yaml.isAlias)(node)) node = node.resolve(document);
    let next;
    if ((0, import_yaml.isMap)(node)) {
      const pair = pairNamed(node, String(segment));
      if (pair) {
        keyNode = pair.key;
        next = pair.value ?? keyNode;
      }
    } else if ((0, import_yaml.isSeq)(node) && typeof segment === "number") {
      next = node.items[segment];
      keyNode = void 0;
    }
    if (!next) return { node: deepest, keyNode: void 0, complete: false };
    node = next;
    deepest = next;
  }
  return { node: node ?? void 0, keyNode, complete: true };
}
var pairsByKey = /* @__PURE__ */ new WeakMap();
function pairNamed(map, key) {
  let pairs = pairsByKey.get(map);
  if (!pairs) {
    pairs = /* @__PURE__ */ new Map();
    for (const item of map.items) {
      const text = keyText(item.key);
      if (!pairs.has(text)) pairs.set(text, item);
    }
    pairsByKey.set(map, pairs);
  }
  return pairs.get(key);
}
function keyText(key) {
  if ((0, import_yaml.isScalar)(key)) return String(key.value);
  return String(key);
}
function locateNode(document, path, atKey) {
  const found = walk(document, path);
  const target = found.complete && atKey ? found.keyNode ?? found.node : found.node;
  return target?.range?.[0];
}

export {
  parseDocumentWith,
  loadDocumentWith,
  MAX_DOCUMENT_BYTES,
  MAX_NESTING_DEPTH,
  MAX_ALIAS_COUNT,
  readBoundedFile,
  parseYamlDocument,
  aliasProblem,
  parseJsonWith,
  isRecord,
  valueAt
};
