/**
 * Reads a configuration file (YAML or JSON), checks it against a zod schema, and turns every
 * problem into a ConfigError that names the file, the line and column of the offending node, the
 * field path (`fields[3].constraints.minimum`) and what was expected: `expected number, got "ten"`.
 * The table schema and `.github/trainyard.yml` are both read this way.
 */
import { readFile } from "node:fs/promises";
import { type Document, isAlias, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import type { z } from "zod";
import { ConfigError, type ErrorLocation } from "../errors.ts";

export type IssuePath = readonly PropertyKey[];
type Flavour = "yaml" | "json";

/** What a kind of file must hold, and the words that help its authors. */
export interface DocumentRules<T> {
  schema: z.ZodType<T>;
  /** What an empty file lacks: `a table schema with "fields"`. */
  expected: string;
  /** The allowed values of a discriminated union's tag (e.g. field types), for "did you mean". */
  discriminatorValues?: readonly string[];
  /** Why a key the schema knows elsewhere does not belong here (`it does not apply to integer fields`). */
  misplacedKey?: (key: string, data: unknown, parentPath: IssuePath) => string | undefined;
}

interface SourceProblem {
  detail: string;
  path: IssuePath;
  /** The problem is about the key at the end of `path` (an unknown key), not its value. */
  atKey: boolean;
}

/** Parses and checks a document, throwing a ConfigError for its first problem in the file. */
export function parseDocumentWith<T>(text: string, file: string, rules: DocumentRules<T>): T {
  const { value, problems } = analyseDocument(text, file, rules);
  if (problems[0]) throw problems[0];
  return value as T;
}

/** Every problem of a document, in source order; empty when it is valid. */
export function describeDocumentProblems<T>(
  text: string,
  file: string,
  rules: DocumentRules<T>,
): ConfigError[] {
  return analyseDocument(text, file, rules).problems;
}

/** Reads a `.yml`, `.yaml` or `.json` file and checks it; `what` names the kind of file in errors. */
export async function loadDocumentWith<T>(file: string, rules: DocumentRules<T>, what: string): Promise<T> {
  if (!/\.(ya?ml|json)$/i.test(file)) {
    throw new ConfigError(`expected a ${what} file ending in .yml, .yaml or .json`, { file });
  }
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const detail =
      code === "ENOENT" ? `${what} file not found` : `cannot read ${what} file (${code ?? String(error)})`;
    throw new ConfigError(detail, { file }, { cause: error });
  }
  return parseDocumentWith(text, file, rules);
}

function analyseDocument<T>(
  source: string,
  file: string,
  rules: DocumentRules<T>,
): { value?: T | undefined; problems: ConfigError[] } {
  const text = source.replace(/^\uFEFF/, "");
  const flavour: Flavour = /\.json$/i.test(file) ? "json" : "yaml";
  const lineCounter = new LineCounter();
  // JSON is YAML too, so one parse gives source positions for both flavours.
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const locate = (offset: number): ErrorLocation => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };

  let data: unknown;
  if (flavour === "json") {
    try {
      data = JSON.parse(text);
    } catch (error) {
      return { problems: [jsonSyntaxProblem(error, text, file, locate)] };
    }
  } else {
    if (document.errors.length > 0) {
      return {
        problems: document.errors.map(
          (error) => new ConfigError(`invalid YAML: ${error.message}`, locate(error.pos[0])),
        ),
      };
    }
    try {
      data = document.toJS();
    } catch (error) {
      return { problems: [new ConfigError(`invalid YAML: ${(error as Error).message}`, { file })] };
    }
  }
  if (data === null || data === undefined) {
    return {
      problems: [new ConfigError(`the file is empty: expected ${rules.expected}`, { file })],
    };
  }

  const result = rules.schema.safeParse(data);
  if (result.success) return { value: result.data, problems: [] };

  const problems = flattenUnionIssues(result.error.issues, []).flatMap((issue) =>
    describeIssue(issue, data, document, flavour, rules),
  );
  const located = problems.map((problem, order) => {
    const where = locateNode(document, problem.path, problem.atKey);
    const location: ErrorLocation = where === undefined ? { file } : locate(where);
    if (problem.path.length > 0) location.field = formatPath(problem.path);
    return { error: new ConfigError(problem.detail, location), order };
  });
  located.sort(
    (a, b) =>
      (a.error.location.line ?? 0) - (b.error.location.line ?? 0) ||
      (a.error.location.column ?? 0) - (b.error.location.column ?? 0) ||
      a.order - b.order,
  );
  return { problems: located.map(({ error }) => error) };
}

function jsonSyntaxProblem(
  error: unknown,
  text: string,
  file: string,
  locate: (offset: number) => ErrorLocation,
): ConfigError {
  // Our own scan words the error the same on every Node version, and always knows where it is.
  const found = findJsonSyntaxError(text);
  if (found) return new ConfigError(`invalid JSON: ${found.message}`, locate(found.offset));
  const message = error instanceof Error ? error.message : String(error);
  return new ConfigError(`invalid JSON: ${message}`, { file });
}

const literalPattern = /true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;

/** The first syntax error of a JSON text with its offset, or undefined when it is valid JSON. */
export function findJsonSyntaxError(text: string): { offset: number; message: string } | undefined {
  let position = 0;
  class JsonSyntaxError extends Error {
    constructor(
      message: string,
      readonly offset = position,
    ) {
      super(message);
    }
  }
  const unexpected = (expected: string): never => {
    if (position >= text.length) throw new JsonSyntaxError(`unexpected end of file (expected ${expected})`);
    throw new JsonSyntaxError(`unexpected ${JSON.stringify(text[position])} (expected ${expected})`);
  };
  const skipWhitespace = () => {
    while (position < text.length && " \t\n\r".includes(text[position]!)) position++;
  };
  const expectChar = (char: string, expected: string) => {
    if (text[position] !== char) unexpected(expected);
    position++;
  };
  const parseString = () => {
    const start = position;
    position++;
    while (position < text.length) {
      const char = text[position]!;
      if (char === '"') {
        position++;
        return;
      }
      if (char === "\\") {
        const escaped = text[position + 1] ?? "";
        const validEscape =
          escaped === "u"
            ? /^[0-9a-fA-F]{4}$/.test(text.slice(position + 2, position + 6))
            : escaped !== "" && '"\\/bfnrt'.includes(escaped);
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
  const parseValue = (): void => {
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
      position += literal![0].length;
    }
  };
  const parseContainer = (close: "}" | "]", isObject: boolean) => {
    position++;
    skipWhitespace();
    if (text[position] === close) {
      position++;
      return;
    }
    for (;;) {
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
    return undefined;
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { offset: error.offset, message: error.message };
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Issues to sentences

type Issue = z.core.$ZodIssue;

/**
 * A union reports one list of issues per option. Where every option just wanted another type, say
 * so in one issue ("expected string or list"); otherwise keep the option that got furthest, whose
 * issues are the most specific (a list of names with a number in it: `primaryKey[1]`).
 */
function flattenUnionIssues(issues: readonly Issue[], prefix: IssuePath): Issue[] {
  return issues.flatMap((issue): Issue[] => {
    const path = [...prefix, ...issue.path];
    if (issue.code !== "invalid_union" || issue.errors.length === 0) return [{ ...issue, path } as Issue];
    const onlyWrongTypes = issue.errors.every(
      (branch) => branch.length === 1 && branch[0]!.code === "invalid_type" && branch[0]!.path.length === 0,
    );
    if (onlyWrongTypes) {
      return [{ ...issue, path, errors: issue.errors } as Issue];
    }
    const depth = (branch: readonly Issue[]) => Math.max(...branch.map((nested) => nested.path.length));
    const furthest = issue.errors.reduce((best, branch) => (depth(branch) > depth(best) ? branch : best));
    return flattenUnionIssues(furthest, path);
  });
}

function describeIssue<T>(
  issue: Issue,
  data: unknown,
  document: Document,
  flavour: Flavour,
  rules: DocumentRules<T>,
): SourceProblem[] {
  const value = valueAt(data, issue.path);
  const got = () => describeValue(value, nodeAt(document, issue.path), flavour);
  const problem = (detail: string): SourceProblem[] => [{ detail, path: issue.path, atKey: false }];

  switch (issue.code) {
    case "custom":
      // A refinement marks an issue about a map's key (a quantile that is not one) with `atKey`.
      return [{ detail: issue.message, path: issue.path, atKey: issue.params?.atKey === true }];
    case "invalid_type": {
      const expected = typeName(issue.expected, flavour);
      if (value === undefined) return problem(`expected ${expected}, got nothing (the key is missing)`);
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
      const suggestion =
        typeof value === "string"
          ? didYouMean(
              value,
              issue.values.filter((v) => typeof v === "string"),
            )
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
        detail: describeUnknownKey(key, data, issue.path, rules),
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

function describeSizeBound(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
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

function describeSize(origin: string, value: unknown, got: () => string): string {
  if (origin === "array" && Array.isArray(value)) return value.length === 0 ? "none" : String(value.length);
  return got();
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/** `unknown key "maximun" (did you mean "maximum"?)`, or why a known key does not belong here. */
function describeUnknownKey<T>(
  key: string,
  data: unknown,
  parentPath: IssuePath,
  rules: DocumentRules<T>,
): string {
  const knownKeys = allKnownKeys(rules.schema);
  const misplaced = knownKeys.includes(key) ? rules.misplacedKey?.(key, data, parentPath) : undefined;
  if (misplaced !== undefined) return `unknown key ${JSON.stringify(key)}: ${misplaced}`;
  return `unknown key ${JSON.stringify(key)}${didYouMean(key, knownKeys)}`;
}

/** Every key any object in a schema accepts, for "did you mean" suggestions. */
const knownKeysCache = new WeakMap<object, readonly string[]>();
function allKnownKeys(schema: z.core.$ZodType): readonly string[] {
  let keys = knownKeysCache.get(schema);
  if (!keys) {
    const found = new Set<string>();
    collectKeys(schema, found, new Set());
    keys = [...found].sort();
    knownKeysCache.set(schema, keys);
  }
  return keys;
}

function collectKeys(schema: z.core.$ZodType, found: Set<string>, seen: Set<z.core.$ZodType>): void {
  if (seen.has(schema)) return;
  seen.add(schema);
  const def = schema._zod.def as unknown as Record<string, unknown>;
  const children: unknown[] = [];
  if (def.type === "object") {
    const shape = def.shape as Record<string, z.core.$ZodType>;
    for (const [key, child] of Object.entries(shape)) {
      found.add(key);
      children.push(child);
    }
  }
  for (const name of ["innerType", "element", "valueType", "in", "out"]) children.push(def[name]);
  if (Array.isArray(def.options)) children.push(...def.options);
  for (const child of children) {
    if (child && typeof child === "object" && "_zod" in child)
      collectKeys(child as z.core.$ZodType, found, seen);
  }
}

function didYouMean(text: string, candidates: readonly string[]): string {
  let best: string | undefined;
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

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length]!;
}

function typeName(expected: string, flavour: Flavour): string {
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

function describeValue(value: unknown, node: Node | undefined, flavour: Flavour): string {
  if (value === undefined) return "nothing";
  if (value === null) return isScalar(node) && node.source === "" ? "nothing" : "null";
  if (typeof value === "string") {
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  }
  if (Array.isArray(value)) return flavour === "json" ? "an array" : "a list";
  if (typeof value === "object") return flavour === "json" ? "an object" : "a mapping";
  return String(value);
}

/** YAML reads `1`, `true` and `null` unquoted as non-text; say how to write them as text. */
function quoteHint(expected: string, document: Document, path: IssuePath): string {
  if (expected !== "string") return "";
  const node = nodeAt(document, path);
  if (!isScalar(node) || node.type !== "PLAIN" || !node.source) return "";
  return ` (write ${JSON.stringify(node.source)} in quotes to mean text)`;
}

// ---------------------------------------------------------------------------------------------
// Paths and source positions

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function valueAt(data: unknown, path: IssuePath): unknown {
  let current = data;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === "number") current = current[segment];
    else if (isRecord(current) && Object.hasOwn(current, String(segment))) current = current[String(segment)];
    else return undefined;
  }
  return current;
}

/** `fields[3].constraints.minimum`, `checks.quantiles["0.99"].max` */
export function formatPath(path: IssuePath): string {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(segment)))
      text += text ? `.${String(segment)}` : String(segment);
    else text += `[${JSON.stringify(String(segment))}]`;
  }
  return text;
}

function nodeAt(document: Document, path: IssuePath): Node | undefined {
  const found = walk(document, path);
  return found.complete ? found.node : undefined;
}

interface WalkResult {
  node: Node | undefined;
  keyNode: Node | undefined;
  complete: boolean;
}

function walk(document: Document, path: IssuePath): WalkResult {
  let node = document.contents as Node | null | undefined;
  let keyNode: Node | undefined;
  let deepest: Node | undefined = node ?? undefined;
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(document);
    let next: Node | null | undefined;
    if (isMap(node)) {
      const pair = node.items.find((item) => keyText(item.key) === String(segment));
      if (pair) {
        keyNode = pair.key as Node;
        next = (pair.value as Node | null) ?? keyNode;
      }
    } else if (isSeq(node) && typeof segment === "number") {
      next = node.items[segment] as Node | undefined;
      keyNode = undefined;
    }
    if (!next) return { node: deepest, keyNode: undefined, complete: false };
    node = next;
    deepest = next;
  }
  return { node: node ?? undefined, keyNode, complete: true };
}

function keyText(key: unknown): string {
  if (isScalar(key)) return String(key.value);
  return String(key);
}

/** Offset in the source of the node an issue is about: the key for unknown keys, else the value. */
function locateNode(document: Document, path: IssuePath, atKey: boolean): number | undefined {
  const found = walk(document, path);
  const target = found.complete && atKey ? (found.keyNode ?? found.node) : found.node;
  return target?.range?.[0];
}
