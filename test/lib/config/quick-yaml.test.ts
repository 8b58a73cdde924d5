import { execFileSync } from "node:child_process";
import fs from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LineCounter, stringify } from "yaml";
import { MAX_NESTING_DEPTH, parseYamlDocument } from "../../../lib/config/located-document.ts";
import { quickYamlValue } from "../../../lib/config/quick-yaml.ts";

// quickYamlValue reads a configuration file with js-yaml where yaml (with the places of its nodes)
// would take several times longer. It may say "read it with yaml" (undefined) as often as it
// likes; when it answers, its value must be the one yaml gives a file yaml finds no fault in.

/** What yaml makes of `text` as located-document.ts reads it: the value, or that it has errors. */
function yamlReading(text: string): { value: unknown } | { errors: string[] } {
  const parsed = parseYamlDocument(text, new LineCounter());
  if (!parsed.document) return { errors: ["too deep"] };
  if (parsed.document.errors.length > 0) return { errors: parsed.document.errors.map((e) => e.code) };
  try {
    return { value: parsed.document.toJS({ maxAliasCount: 100 }) };
  } catch (error) {
    return { errors: [String(error)] };
  }
}

function expectSameAsYaml(text: string): unknown {
  const quick = quickYamlValue(text, MAX_NESTING_DEPTH);
  if (quick === undefined) return undefined;
  const reading = yamlReading(text);
  expect(reading, `yaml finds a fault in a file quickYamlValue read:\n${text}`).toHaveProperty("value");
  expect(quick, `quickYamlValue and yaml read this file differently:\n${text}`).toEqual(
    (reading as { value: unknown }).value,
  );
  return quick;
}

/** Plain scalars each YAML reader may take for a string, a number, a boolean or null. */
const TRICKY_SCALARS = [
  "~",
  "null",
  "Null",
  "NULL",
  "nULL",
  "",
  "true",
  "True",
  "TRUE",
  "tRUE",
  "yes",
  "No",
  "on",
  "OFF",
  "y",
  "n",
  "0",
  "-0",
  "+0",
  "007",
  "0o17",
  "0o18",
  "0O17",
  "0x1F",
  "0X1F",
  "-0x1F",
  "+0x1f",
  "0xG",
  "1_000",
  "0b101",
  "1e5",
  "1E+5",
  "-1e-5",
  "1.5e",
  ".5",
  "+.5",
  "-.5",
  "5.",
  "-5.",
  "1.2.3",
  ".inf",
  "-.Inf",
  "+.INF",
  ".nan",
  ".NaN",
  "NaN",
  "inf",
  "2024-01-01",
  "2024-01-01T10:00:00Z",
  "12:30:00",
  "1:20",
  "<<",
  "=",
  "0.1",
  "1,000",
  "99999999999999999999",
  "9007199254740993",
  "3.14159265358979323846",
  "-",
  "~~",
  "a b",
  "a#b",
  "p\\d{4}",
];

const scalarText = fc.oneof(
  fc.constantFrom(...TRICKY_SCALARS),
  fc.constantFrom(...TRICKY_SCALARS).map((s) => `'${s.replace(/'/g, "''")}'`),
  fc.constantFrom(...TRICKY_SCALARS).map((s) => JSON.stringify(s)),
  fc.string({ maxLength: 8 }),
  // Scalars over several lines, each continued at another indentation.
  fc.constantFrom(
    "a\nb",
    "a\n  b",
    "a\n\n  b",
    '"a\nb"',
    '"a\n  b"',
    "'a\n b'",
    '"a\\\n b"',
    "[a,\nb]",
    "{a: 1,\n  b: 2}",
  ),
  fc.stringMatching(/^[a-z][a-z0-9_.-]{0,8}$/),
);

/** Hand-assembled YAML: block and flow collections, tricky scalars as keys and values, comments. */
const assembledYaml: fc.Arbitrary<string> = fc.letrec<{ node: string; block: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    scalarText,
    fc.array(tie("node"), { maxLength: 3 }).map((items) => `[${items.join(", ")}]`),
    fc
      .array(fc.tuple(scalarText, tie("node")), { maxLength: 3 })
      .map((pairs) => `{${pairs.map(([k, v]) => `${k}: ${v}`).join(", ")}}`),
  ),
  block: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc
      .array(fc.tuple(scalarText, tie("node"), fc.boolean()), { minLength: 1, maxLength: 4 })
      .map((pairs) =>
        pairs.map(([k, v, comment]) => `${k}: ${v}${comment ? "  # note: it's fine" : ""}`).join("\n"),
      ),
    fc
      .array(tie("node"), { minLength: 1, maxLength: 4 })
      .map((items) => items.map((item) => `- ${item}`).join("\n")),
    fc
      .array(fc.tuple(scalarText, tie("block")), { minLength: 1, maxLength: 3 })
      .map((pairs) => pairs.map(([k, v]) => `${k}:\n${v.replace(/^/gm, "  ")}`).join("\n")),
    fc
      .tuple(
        scalarText,
        fc.constantFrom("|", "|-", "|+", ">", ">-", "|2"),
        fc.array(fc.string(), { maxLength: 3 }),
      )
      .map(([k, style, lines]) => `${k}: ${style}\n${lines.map((line) => `  ${line}`).join("\n")}`),
  ),
})).block;

/** A file as editors leave it: LF, CR LF or lone CR line ends, tabs and odd spaces here and there. */
const editedYaml = fc
  .tuple(
    assembledYaml,
    fc.constantFrom("\n", "\r\n", "\r", "\u2028"),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom("\t", " \t", "\u00a0", "\ufeff", "\u0085", "\u0000")), {
      maxLength: 2,
    }),
  )
  .map(([text, lineEnd, insertions]) => {
    let edited = text.replace(/\n/g, lineEnd);
    for (const [at, inserted] of insertions) {
      const position = edited.length === 0 ? 0 : at % edited.length;
      edited = edited.slice(0, position) + inserted + edited.slice(position);
    }
    return edited;
  });

describe("quickYamlValue", () => {
  it("reads every hand-assembled file as yaml does, or leaves it to yaml", () => {
    let answered = 0;
    const runs = Number(process.env.QY_RUNS ?? 3_000);
    fc.assert(
      fc.property(fc.oneof(assembledYaml, editedYaml), (text) => {
        if (expectSameAsYaml(text) !== undefined) answered++;
      }),
      { numRuns: runs },
    );
    expect(answered).toBeGreaterThan(runs / 20);
  });

  it("reads every value yaml writes, in each of its styles, as yaml reads it back", () => {
    let answered = 0;
    const runs = Number(process.env.QY_RUNS ?? 3_000);
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 4 }),
        fc.record({
          collectionStyle: fc.constantFrom("any", "block", "flow") as fc.Arbitrary<"any" | "block" | "flow">,
          defaultStringType: fc.constantFrom(
            "PLAIN",
            "QUOTE_DOUBLE",
            "QUOTE_SINGLE",
            "BLOCK_LITERAL",
            "BLOCK_FOLDED",
          ) as fc.Arbitrary<"PLAIN" | "QUOTE_DOUBLE" | "QUOTE_SINGLE" | "BLOCK_LITERAL" | "BLOCK_FOLDED">,
          indent: fc.integer({ min: 1, max: 4 }),
        }),
        (value, options) => {
          if (expectSameAsYaml(stringify(value, options)) !== undefined) answered++;
        },
      ),
      { numRuns: runs },
    );
    // Not a reader that leaves everything to yaml (generated strings send many files there).
    expect(answered).toBeGreaterThan(runs / 5);
  });

  it("leaves to yaml what only yaml reads right: anchors, tags, directives, complex and null keys, __proto__, too deep", () => {
    const deep = (levels: number) => `${"[".repeat(levels)}1${"]".repeat(levels)}`;
    for (const text of [
      "a: &x [1, 2]\nb: *x",
      "a: !!str 5",
      "a: !local 5",
      "%YAML 1.1\n---\na: yes",
      "? [a, b]\n: 1",
      "[a, b]: 1",
      "{a: 1}: 2",
      "~: a",
      "null: a",
      "__proto__: {polluted: true}",
      "a: 1\n---\nb: 2",
      "a: 1\na: 2",
      "a: [1, 2",
      "",
      `a: ${deep(MAX_NESTING_DEPTH + 5)}`,
    ])
      expect(quickYamlValue(text, MAX_NESTING_DEPTH), text).toBeUndefined();
  });

  it("reads the repository's own YAML files (examples, templates, fixtures) as yaml does", () => {
    const files = execFileSync("git", ["ls-files", "*.yml", "*.yaml"], { encoding: "utf8" })
      .split("\n")
      .filter(Boolean);
    let answered = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "");
      if (expectSameAsYaml(text) !== undefined) answered++;
    }
    // The files an action reads on every run are read without yaml.
    for (const file of [
      "examples/breast-cancer/.github/trainyard.yml",
      "examples/breast-cancer/data/schema.yml",
    ])
      expect(quickYamlValue(fs.readFileSync(file, "utf8"), MAX_NESTING_DEPTH), file).toBeDefined();
    expect(answered).toBeGreaterThan(files.length / 2);
  });
});
