import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { expect, vi } from "vitest";
import { isTrainyardError, type TrainyardError } from "../../../lib/errors.ts";

/**
 * What every fuzz test here shares: hostile inputs, and the one outcome a parser may have on them
 * — a valid value, or a Trainyard error that names the file and where in it — within a time bound.
 *
 * Runs are seeded, so a failure reproduces. To search further than CI does, raise the runs and
 * vary the seed, e.g. `FUZZ_RUNS=20000 FUZZ_SEED=$RANDOM npx vitest run test/lib/fuzz`.
 */
export const SEED = Number(process.env.FUZZ_SEED ?? 20_261_122);

// A longer search needs longer than the 30 s a test gets by default.
if (process.env.FUZZ_RUNS) vi.setConfig({ testTimeout: 3_600_000 });

/** `numRuns` for a property, scaled up by FUZZ_RUNS (the count for the cheapest properties). */
export function runs(base: number): { seed: number; numRuns: number } {
  const scale = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) / 500 : 1;
  return { seed: SEED, numRuns: Math.max(1, Math.round(base * scale)) };
}

/**
 * A single parse of at most 64 KiB must be done within this much CPU time. CPU time, not wall
 * time: this machine is shared, and a test that fails when a neighbour is busy tells nothing.
 */
export const PARSE_BUDGET_MS = 2_000;

/** CPU milliseconds `work` took (user and system, the process's threads together). */
export async function cpuMilliseconds<T>(work: () => T | Promise<T>): Promise<{ result: T; ms: number }> {
  const before = process.cpuUsage();
  const result = await work();
  const used = process.cpuUsage(before);
  return { result, ms: (used.user + used.system) / 1000 };
}

/** Words a location-free error may say: it is about the whole file, not a place in it. */
const WHOLE_FILE = /the file is empty|more than the .* (it|a .*) may be|not found|found a directory|is empty/;

/**
 * Runs `parse` and holds its outcome to the contract: it returns (the caller checks the value), or
 * throws a Trainyard error whose message begins with the file and which says where (a line, a
 * field) unless it is about the whole file. Anything else thrown fails the property.
 */
export async function outcome<T>(
  file: string,
  parse: () => T | Promise<T>,
): Promise<{ value: T; error?: undefined } | { value?: undefined; error: TrainyardError }> {
  type Outcome = { value: T; error?: undefined } | { value?: undefined; error: TrainyardError };
  const { result, ms } = await cpuMilliseconds(async (): Promise<Outcome> => {
    try {
      return { value: await parse() };
    } catch (error) {
      if (!isTrainyardError(error)) throw error;
      return { error };
    }
  });
  if (result.error) expectLocated(result.error, file);
  expect(ms, `parsing ${file} took too long`).toBeLessThan(PARSE_BUDGET_MS);
  return result;
}

export function expectLocated(error: TrainyardError, file: string): void {
  expect(error.location.file, error.message).toBe(file);
  expect(error.message.startsWith(file), error.message).toBe(true);
  const located = error.location.line !== undefined || error.location.field !== undefined;
  if (!located) expect(error.detail, `${error.message}: no line or field`).toMatch(WHOLE_FILE);
  if (error.location.line !== undefined) expect(error.location.line).toBeGreaterThanOrEqual(1);
}

/** Pieces YAML and JSON are made of, and the ones that have broken parsers elsewhere. */
const TOKENS = [
  "a",
  "models",
  "fields",
  "name",
  "type",
  "gates",
  "min",
  "churn",
  "production",
  "v3",
  ":",
  ": ",
  " ",
  "  ",
  "\t",
  "\n",
  "\r\n",
  "\r",
  "- ",
  "-",
  "[",
  "]",
  "{",
  "}",
  ",",
  "? ",
  "|",
  ">-",
  "#",
  "'",
  '"',
  '\\"',
  "\\u00",
  "&a ",
  "*a",
  "&b ",
  "*b",
  "!!str ",
  "!!binary ",
  "!!js/function ",
  "!<tag:x> ",
  "<<: ",
  "---\n",
  "...\n",
  "%YAML 1.2\n",
  "~",
  "null",
  "true",
  "yes",
  "0x1F",
  "0o17",
  "1e999",
  "-1e999",
  "NaN",
  "Infinity",
  "-Infinity",
  ".nan",
  ".inf",
  "-.inf",
  "12345678901234567890123",
  "0.1",
  "-0",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "\uFEFF",
  "\u0000",
  "\u2028",
  "\u0085",
  "😀",
  "é",
  "\uD800",
];

/** Text built from YAML's and JSON's own pieces: far more of it reaches deep into a parser than random characters. */
export const tokenSoup = fc
  .array(fc.constantFrom(...TOKENS), { maxLength: 80 })
  .map((tokens) => tokens.join(""));

/** Any text: random code points (lone surrogates included), token soup, or JSON-ish values. */
export const hostileText = fc.oneof(
  { arbitrary: tokenSoup, weight: 4 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 200 }), weight: 1 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 60 }), weight: 1 },
  { arbitrary: fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)), weight: 1 },
);

/** `text` edited the way files go wrong: a piece cut out, a token or a line break put in, a line doubled. */
export function mutated(text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(
      text,
      fc.array(
        fc.tuple(
          fc.constantFrom("cut", "insert", "double", "line-ending"),
          fc.nat(),
          fc.nat(20),
          fc.constantFrom(...TOKENS),
        ),
        { maxLength: 4 },
      ),
    )
    .map(([start, edits]) =>
      edits.reduce((current, [kind, at, length, token]) => {
        const position = current.length === 0 ? 0 : at % current.length;
        switch (kind) {
          case "cut":
            return current.slice(0, position) + current.slice(position + length);
          case "insert":
            return current.slice(0, position) + token + current.slice(position);
          case "double": {
            const lines = current.split("\n");
            const line = position % Math.max(1, lines.length);
            lines.splice(line, 0, lines[line] ?? "");
            return lines.join("\n");
          }
          default:
            return current.replace(/\n/g, () => ["\n", "\r\n", "\r"][length % 3] as string);
        }
      }, start),
    );
}

/** Hostile documents every YAML or JSON reader must refuse or read, quickly and without crashing. */
export function hostileDocuments(): Record<string, string> {
  const laughs = ["a: &a [x, x, x, x, x, x, x, x, x]"];
  for (const [from, to] of ["ab", "bc", "cd", "de", "ef", "fg", "gh", "hi"].map((p) => p.split(""))) {
    laughs.push(`${to}: &${to} [${Array(9).fill(`*${from}`).join(", ")}]`);
  }
  const manyKeys = Array.from({ length: 6000 }, (_, i) => `k${i}: ${i}`).join("\n");
  return {
    "billion laughs": `${laughs.join("\n")}\n`,
    "billion laughs as keys": `a: &a {x: 1, y: 1, z: 1}\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d]\n`,
    "an alias to itself": "a: &a [*a]\n",
    "an alias with no anchor": "a: *nowhere\n",
    "60k opening brackets": "[".repeat(60_000),
    "5k nested arrays": `${"[".repeat(5_000)}${"]".repeat(5_000)}`,
    "3k nested objects": `${'{"a":'.repeat(3_000)}1${"}".repeat(3_000)}`,
    "deep block mappings": Array.from({ length: 300 }, (_, i) => `${" ".repeat(i)}a:`).join("\n"),
    "deep block sequences": `${"- ".repeat(5_000)}x\n`,
    "6000 keys": manyKeys,
    "6000 keys twice": `${manyKeys}\n${manyKeys}`,
    "duplicate keys": "a: 1\nb: 2\na: 3\n",
    "duplicate keys in JSON": '{"a": 1, "a": 2}',
    "__proto__ key": "__proto__:\n  polluted: 1\n",
    "__proto__ in JSON": '{"__proto__": {"polluted": true}, "models": {"__proto__": {}}}',
    "nested __proto__": "models:\n  churn:\n    gates:\n      __proto__: {min: 1}\n",
    "constructor keys": "constructor:\n  prototype:\n    polluted: 1\ntoString: x\n",
    "byte order mark": "\uFEFFa: 1\n",
    "two byte order marks": "\uFEFF\uFEFFa: 1\n",
    "mixed line endings": "a: 1\r\nb: 2\rc: 3\n",
    "unterminated double quote": 'a: "abc\n',
    "unterminated single quote": "a: 'abc\n",
    "unterminated flow": "a: [1, 2\nb: {c: 3\n",
    "a 60k-character line": `a: ${"x".repeat(60_000)}\n`,
    "a 60k-character key": `${"k".repeat(60_000)}: 1\n`,
    "a 60k-character quoted key": `"${"k".repeat(60_000)}": 1\n`,
    "huge numbers": "a: 1e999\nb: -1e999\nc: 123456789012345678901234567890\nd: 0x7fffffffffffffffffff\n",
    "NaN and Infinity words": "a: NaN\nb: Infinity\nc: -Infinity\nd: .nan\ne: .inf\n",
    "NaN in JSON": '{"a": NaN, "b": Infinity}',
    tags: "a: !!js/function 'function(){}'\nb: !!binary aGVsbG8=\nc: !!set {x, y}\nd: !!timestamp 2001-12-14\ne: !!omap [a: 1]\n",
    "merge keys": "base: &base {x: 1}\nderived:\n  <<: *base\n  y: 2\n",
    "many documents": "a: 1\n---\nb: 2\n---\nc: 3\n",
    directives: "%YAML 1.1\n%TAG ! tag:example.com,2000:\n---\na: !foo 1\n",
    "NUL bytes": "a: \u0000\u0000\nb\u0000: 1\n",
    "lone surrogates": "a: \uD800\nb: \uDC00x\n",
    "only a comment": "# nothing\n",
    "only whitespace": " \n\t\n  ",
    empty: "",
    "a scalar": "42",
    "a list": "- 1\n- 2\n",
    "complex key": "? [a, b]\n: 1\n",
    "tab indentation": "a:\n\tb: 1\n",
  };
}

/** A temporary folder for the files a fuzz test writes. */
export function scratchFolder(prefix: string): { path(name: string): string; remove(): void } {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), `trainyard-fuzz-${prefix}-`));
  let count = 0;
  return {
    path: (name) => path.join(folder, `${++count}-${name}`),
    remove: () => fs.rmSync(folder, { recursive: true, force: true }),
  };
}
