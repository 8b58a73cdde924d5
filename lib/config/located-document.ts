/**
 * Reads a configuration file (YAML or JSON), checks it against a zod schema, and turns every
 * problem into a ConfigError that names the file, the line and column of the offending node, the
 * field path (`fields[3].constraints.minimum`) and what was expected: `expected number, got "ten"`.
 * The table schema and `.github/trainyard.yml` are both read this way.
 */
import { closeSync, fstatSync, openSync, readFileSync } from "node:fs";
import type { CST, Document, LineCounter, Node, Pair, YAMLMap, YAMLParseError } from "yaml";
import { ConfigError, DataError, type ErrorLocation } from "../errors.ts";
import { yaml } from "../yaml.ts";
import * as z from "../zod.ts";
import { quickYamlValue } from "./quick-yaml.ts";

export type IssuePath = readonly PropertyKey[];
type Flavour = "yaml" | "json";

/** What a kind of file must hold, and the words that help its authors. */
export interface DocumentRules<T> {
  schema: z.core.$ZodType<T>;
  /** What an empty file lacks: `a table schema with "fields"`. */
  expected: string;
  /** The allowed values of a discriminated union's tag (e.g. field types), for "did you mean". */
  discriminatorValues?: readonly string[];
  /** Why a key the schema knows elsewhere does not belong here (`it does not apply to integer fields`). */
  misplacedKey?: (key: string, data: unknown, parentPath: IssuePath) => string | undefined;
}

interface SourceProblem {
  /** Said lazily where wording it costs (a "did you mean"): only the problems reported are worded. */
  detail: string | (() => string);
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

/** Every problem of a document (the first MAX_PROBLEMS), in source order; empty when it is valid. */
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
  const text = await readBoundedFile(file, what, MAX_DOCUMENT_BYTES, ConfigError);
  return parseDocumentWith(text, file, rules);
}

/** A configuration, schema or metrics file past this size is refused unread: none is near it. */
export const MAX_DOCUMENT_BYTES = 10 * (1 << 20);
/**
 * Collections nested deeper than this are refused before the YAML composer, which recurses once
 * per level, sees them: near the end of the stack V8 can abort the whole process, not throw.
 */
export const MAX_NESTING_DEPTH = 100;
/** How often one anchor may be copied through aliases before a document is taken for an alias bomb. */
export const MAX_ALIAS_COUNT = 100;

type ErrorClass = typeof ConfigError | typeof DataError;

/**
 * Reads a user's text file whole, after checking its size on the open file: one past `maxBytes`
 * is refused with an error naming it, before any of it is read.
 */
export async function readBoundedFile(
  file: string,
  what: string,
  maxBytes: number,
  ErrorType: ErrorClass,
  name = file,
): Promise<string> {
  const fail = (error: unknown): never => {
    const code = (error as NodeJS.ErrnoException).code;
    const detail =
      code === "ENOENT"
        ? `${what} file not found`
        : code === "EISDIR"
          ? `expected a ${what} file, found a directory`
          : `cannot read the ${what} file (${code ?? String(error)})`;
    throw new ErrorType(detail, { file: name }, { cause: error });
  };
  // Synchronous: the file is small (bounded), and its readers are one-shot processes (actions, the
  // CLI) with nothing to do meanwhile; each asynchronous step would be a round trip through
  // libuv's thread pool, four of them for open, stat, read and close.
  let descriptor: number;
  try {
    descriptor = openSync(file, "r");
  } catch (error) {
    return fail(error);
  }
  try {
    const info = fstatSync(descriptor);
    if (info.isDirectory()) fail(Object.assign(new Error("directory"), { code: "EISDIR" }));
    if (info.size > maxBytes)
      throw new ErrorType(
        `the ${what} file is ${formatMiB(info.size)}, more than the ${formatMiB(maxBytes)} a ${what} file may be`,
        { file: name },
      );
    try {
      return readFileSync(descriptor, "utf8");
    } catch (error) {
      return fail(error);
    }
  } finally {
    closeSync(descriptor);
  }
}

function formatMiB(bytes: number): string {
  const mib = bytes / (1 << 20);
  return `${mib >= 10 ? Math.round(mib) : Number(mib.toFixed(1))} MiB`;
}

/**
 * `parseDocument`, hardened for text from anyone: nesting past MAX_NESTING_DEPTH is refused from
 * the parser's flat tokens before the recursive composer runs, and duplicate keys are found in one
 * pass (yaml's own `uniqueKeys` compares every key with every other: minutes on a large mapping)
 * and added to the document's errors. Without a document, `tooDeep` says where nesting went past.
 */
export function parseYamlDocument(
  text: string,
  lineCounter: LineCounter,
): { document: Document; tooDeep?: undefined } | { document?: undefined; tooDeep: { offset: number } } {
  const { Composer, Parser, YAMLParseError } = yaml();
  const tokens = Array.from(new Parser(lineCounter.addNewLine).parse(text));
  const tooDeep = deepestNesting(tokens);
  if (tooDeep !== undefined) return { tooDeep: { offset: tooDeep } };
  let document: Document | undefined;
  // logLevel "error": a complex key is stringified without a warning on the process's stderr.
  const composer = new Composer({ prettyErrors: false, uniqueKeys: false, logLevel: "error" });
  for (const composed of composer.compose(tokens, true, text.length)) {
    if (!document) document = composed;
    else {
      const range = composed.range ?? [0, 0];
      document.errors.push(
        new YAMLParseError([range[0], range[1]], "MULTIPLE_DOCS", "Source contains multiple documents"),
      );
      break;
    }
  }
  const parsed = document as Document;
  parsed.errors.push(...duplicateKeyErrors(parsed));
  parsed.errors.sort((a, b) => a.pos[0] - b.pos[0]);
  return { document: parsed };
}

/** Where collections first nest deeper than MAX_NESTING_DEPTH, walking the tokens with a stack of our own. */
function deepestNesting(tokens: CST.Token[]): number | undefined {
  const stack: Array<{ token: CST.Token | undefined; depth: number }> = tokens.map((token) => ({
    token,
    depth: 0,
  }));
  while (stack.length > 0) {
    const { token, depth } = stack.pop() as { token: CST.Token | undefined; depth: number };
    if (!token) continue;
    if (token.type === "document") stack.push({ token: token.value, depth });
    else if (token.type === "block-map" || token.type === "block-seq" || token.type === "flow-collection") {
      if (depth + 1 > MAX_NESTING_DEPTH) return token.offset;
      for (const item of token.items) {
        if ("key" in item) stack.push({ token: item.key ?? undefined, depth: depth + 1 });
        stack.push({ token: item.value, depth: depth + 1 });
      }
    }
  }
  return undefined;
}

function duplicateKeyErrors(document: Document): YAMLParseError[] {
  const { isScalar, visit, YAMLParseError } = yaml();
  const errors: YAMLParseError[] = [];
  visit(document, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const identity = `${typeof pair.key.value}:${String(pair.key.value)}`;
        if (seen.has(identity)) {
          const range = pair.key.range ?? [0, 0];
          errors.push(new YAMLParseError([range[0], range[1]], "DUPLICATE_KEY", "Map keys must be unique"));
          if (errors.length >= MAX_PROBLEMS) return visit.BREAK;
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
export function aliasProblem(document: Document, error: unknown): { offset: number; message: string } {
  const { visit } = yaml();
  let offset = 0;
  visit(document, {
    Alias(_, alias) {
      offset = alias.range?.[0] ?? 0;
      return visit.BREAK;
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
export function parseJsonWith<T>(text: string, file: string, schema: z.core.$ZodType<T>, what: string): T {
  const source = text.replace(/^\uFEFF/, "");
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    const found = findJsonSyntaxError(source);
    throw new DataError(
      `not ${what}: invalid JSON: ${found?.message ?? (error as Error).message}`,
      found ? { file, ...lineAndColumn(source, found.offset) } : { file },
    );
  }
  const prototypeKey = prototypeKeyPath(data);
  if (prototypeKey)
    throw new DataError(`not ${what}: the key "__proto__" is not allowed`, {
      file,
      field: formatPath(prototypeKey),
    });
  const result = z.safeParse(schema, data);
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  throw new DataError(
    `not ${what}: ${issue?.message ?? "does not match its schema"}`,
    issue && issue.path.length > 0
      ? { file, field: formatPath(issue.path) }
      : // The whole value is wrong: point at where it starts.
        { file, ...lineAndColumn(source, source.search(/\S|$/)) },
  );
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\r")) + 1;
  return { line: (before.match(/\r\n|\r|\n/g)?.length ?? 0) + 1, column: offset - lineStart + 1 };
}

function analyseDocument<T>(
  source: string,
  file: string,
  rules: DocumentRules<T>,
): { value?: T | undefined; problems: ConfigError[] } {
  const text = source.replace(/^\uFEFF/, "");
  const flavour: Flavour = /\.json$/i.test(file) ? "json" : "yaml";
  const size = Buffer.byteLength(text);
  if (size > MAX_DOCUMENT_BYTES)
    return {
      problems: [
        new ConfigError(
          `the file is ${formatMiB(size)}, more than the ${formatMiB(MAX_DOCUMENT_BYTES)} it may be`,
          { file },
        ),
      ],
    };
  // Most files are valid: read without positions first (quick-yaml.ts), and with them only when
  // there is a problem to place.
  if (flavour === "yaml") {
    const quick = quickYamlValue(text, MAX_NESTING_DEPTH);
    if (quick !== undefined && quick !== null) {
      const result = z.safeParse(rules.schema, quick);
      if (result.success) return { value: result.data, problems: [] };
    }
  }
  const { LineCounter } = yaml();
  const lineCounter = new LineCounter();
  const locate = (offset: number): ErrorLocation => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  // JSON is YAML too, so one parse gives source positions for both flavours.
  const parsed = parseYamlDocument(text, lineCounter);
  if (parsed.tooDeep)
    return {
      problems: [
        new ConfigError(
          `nested more than ${MAX_NESTING_DEPTH} levels deep: not a ${flavour === "json" ? "JSON" : "YAML"} file we read`,
          locate(parsed.tooDeep.offset),
        ),
      ],
    };
  const { document } = parsed;

  let data: unknown;
  if (flavour === "json") {
    try {
      data = JSON.parse(text);
    } catch (error) {
      return { problems: [jsonSyntaxProblem(error, text, file, locate)] };
    }
    // JSON.parse keeps the last of two equal keys; a file that says two things is an error.
    const duplicates = document.errors
      .filter((error) => error.code === "DUPLICATE_KEY")
      .slice(0, MAX_PROBLEMS);
    if (duplicates.length > 0)
      return {
        problems: duplicates.map(
          (error) =>
            new ConfigError("invalid JSON: a key is given twice in one object", locate(error.pos[0])),
        ),
      };
  } else {
    if (document.errors.length > 0) {
      return {
        problems: document.errors
          .slice(0, MAX_PROBLEMS)
          .map((error) => new ConfigError(`invalid YAML: ${error.message}`, locate(error.pos[0]))),
      };
    }
    try {
      data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      const alias = aliasProblem(document, error);
      return { problems: [new ConfigError(`invalid YAML: ${alias.message}`, locate(alias.offset))] };
    }
  }
  if (data === null || data === undefined) {
    return {
      problems: [new ConfigError(`the file is empty: expected ${rules.expected}`, { file })],
    };
  }
  const prototypeKey = prototypeKeyPath(data);
  if (prototypeKey) {
    const where = locateNode(document, prototypeKey, true);
    const location: ErrorLocation = where === undefined ? { file } : locate(where);
    location.field = formatPath(prototypeKey);
    return { problems: [new ConfigError('the key "__proto__" is not allowed', location)] };
  }

  const result = z.safeParse(rules.schema, data);
  if (result.success) return { value: result.data, problems: [] };

  const problems = flattenUnionIssues(result.error.issues, []).flatMap((issue) =>
    describeIssue(issue, data, document, flavour, rules),
  );
  const placed = problems.map((problem, order) => ({
    problem,
    order,
    where: locateNode(document, problem.path, problem.atKey),
  }));
  placed.sort((a, b) => (a.where ?? -1) - (b.where ?? -1) || a.order - b.order);
  return {
    problems: placed.slice(0, MAX_PROBLEMS).map(({ problem, where }) => {
      const location: ErrorLocation = where === undefined ? { file } : locate(where);
      if (problem.path.length > 0) location.field = formatPath(problem.path);
      const detail = typeof problem.detail === "string" ? problem.detail : problem.detail();
      return new ConfigError(detail, location);
    }),
  };
}

/** Problems reported of one document, the first in the file: past these, more help no one. */
export const MAX_PROBLEMS = 100;

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
  let depth = 0;
  // Each level is a call here: deep enough nesting would end the stack (see MAX_NESTING_DEPTH).
  const parseContainer = (close: "}" | "]", isObject: boolean) => {
    if (++depth > MAX_NESTING_DEPTH)
      throw new JsonSyntaxError(`nested more than ${MAX_NESTING_DEPTH} levels deep`);
    parseContainerItems(close, isObject);
    depth--;
  };
  const parseContainerItems = (close: "}" | "]", isObject: boolean) => {
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
  // A schema built when first used (z.lazy): its inner schema.
  if (def.type === "lazy") children.push((schema._zod as { innerType?: unknown }).innerType);
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
  if (value === null) return yaml().isScalar(node) && node.source === "" ? "nothing" : "null";
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
  if (!yaml().isScalar(node) || node.type !== "PLAIN" || !node.source) return "";
  return ` (write ${JSON.stringify(node.source)} in quotes to mean text)`;
}

// ---------------------------------------------------------------------------------------------
// Paths and source positions

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The path to the first `__proto__` key in parsed data, if any. zod's records drop such a key
 * without a word (it cannot be set as an own key by assignment), so a file holding one would pass
 * with part of it unread.
 */
export function prototypeKeyPath(data: unknown): IssuePath | undefined {
  const stack: Array<{ value: unknown; path: IssuePath }> = [{ value: data, path: [] }];
  // YAML aliases can make a value contain itself (`a: &a [*a]`): each object is looked into once.
  const seen = new Set<object>();
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: IssuePath };
    if (typeof value !== "object" || value === null || seen.has(value)) continue;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) stack.push({ value: item, path: [...path, index] });
    } else if (isRecord(value)) {
      if (Object.hasOwn(value, "__proto__")) return [...path, "__proto__"];
      for (const [key, child] of Object.entries(value)) stack.push({ value: child, path: [...path, key] });
    }
  }
  return undefined;
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
  const { isAlias, isMap, isSeq } = yaml();
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(document);
    let next: Node | null | undefined;
    if (isMap(node)) {
      const pair = pairNamed(node, String(segment));
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

/** Each mapping's pairs by key, built once: a file with many problems is located in linear time. */
const pairsByKey = new WeakMap<YAMLMap, Map<string, Pair>>();
function pairNamed(map: YAMLMap, key: string): Pair | undefined {
  let pairs = pairsByKey.get(map);
  if (!pairs) {
    pairs = new Map();
    for (const item of map.items) {
      const text = keyText(item.key);
      if (!pairs.has(text)) pairs.set(text, item as Pair);
    }
    pairsByKey.set(map, pairs);
  }
  return pairs.get(key);
}

function keyText(key: unknown): string {
  if (yaml().isScalar(key)) return String(key.value);
  return String(key);
}

/** Offset in the source of the node an issue is about: the key for unknown keys, else the value. */
function locateNode(document: Document, path: IssuePath, atKey: boolean): number | undefined {
  const found = walk(document, path);
  const target = found.complete && atKey ? (found.keyNode ?? found.node) : found.node;
  return target?.range?.[0];
}
