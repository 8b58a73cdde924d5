import fs from "node:fs";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { MAX_DOCUMENT_BYTES } from "../../../lib/config/located-document.ts";
import {
  loadTrainyardConfig,
  parseTrainyardConfig,
  trainyardConfig,
} from "../../../lib/config/trainyard-config.ts";
import { ConfigError } from "../../../lib/errors.ts";
import {
  deployedVersion,
  deploymentsSchema,
  parseDeployments,
  setDeployedVersion,
} from "../../../lib/registry/deployments.ts";
import { loadTableSchema, parseTableSchema } from "../../../lib/schema/load.ts";
import { tableSchema } from "../../../lib/schema/table-schema.ts";
import {
  cpuMilliseconds,
  hostileDocuments,
  hostileText,
  mutated,
  outcome,
  PARSE_BUDGET_MS,
  runs,
  scratchFolder,
} from "./hostile.ts";

/**
 * The readers of files people write — .github/trainyard.yml, table schemas, deployments.yml —
 * on anything at all: a valid value, or a ConfigError at a line (or field) of the named file.
 */
const scratch = scratchFolder("documents");
afterAll(() => scratch.remove());

const CONFIG = `models:
  churn:
    metrics: metrics.json
    gates:
      accuracy: {min: 0.8, max_drop: 0.01}
    evaluate:
      command: python evaluate.py
`;
const SCHEMA = fs.readFileSync("test/fixtures/schemas/good/churn.yml", "utf8");
const SCHEMA_JSON = fs.readFileSync("test/fixtures/schemas/good/churn.json", "utf8");
const DEPLOYMENTS = `# what runs where
churn:
  production: v3   # promoted in #41
  staging: v4
fraud:
  production: v12
`;

const readers = [
  {
    kind: "config",
    files: ["trainyard.yml", "trainyard.json"],
    parse: parseTrainyardConfig,
    valid: (value: unknown) => trainyardConfig.safeParse(value).success,
    start: CONFIG,
  },
  {
    kind: "table schema",
    files: ["schema.yml", "schema.json"],
    parse: parseTableSchema,
    valid: (value: unknown) => tableSchema.safeParse(value).success,
    start: SCHEMA,
  },
  {
    kind: "deployments",
    files: [".trainyard/deployments.yml", "deployments.json"],
    parse: parseDeployments,
    valid: (value: unknown) => deploymentsSchema.safeParse(value).success,
    start: DEPLOYMENTS,
  },
] as const;

describe.each(readers)("$kind reader on hostile text", ({ files, parse, valid, start }) => {
  it("reads a valid value or names the file and line of a ConfigError, in time", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(hostileText, mutated(fc.constant(start)), mutated(fc.constant(SCHEMA_JSON))),
        fc.constantFrom(...files),
        async (text, file) => {
          const { value, error } = await outcome(file, () => parse(text, file));
          if (error) expect(error).toBeInstanceOf(ConfigError);
          else expect(valid(value)).toBe(true);
        },
      ),
      runs(250),
    );
  });

  it.each(Object.entries(hostileDocuments()))("%s", async (_, text) => {
    for (const file of files) {
      const { value, error } = await outcome(file, () => parse(text, file));
      if (error) expect(error).toBeInstanceOf(ConfigError);
      else expect(valid(value)).toBe(true);
    }
  });
});

describe("hostile documents are refused with the reason", () => {
  const docs = hostileDocuments();
  const failure = (parse: () => unknown): ConfigError => {
    try {
      parse();
    } catch (error) {
      if (error instanceof ConfigError) return error;
      throw error;
    }
    throw new Error("expected a ConfigError");
  };

  it("an alias bomb, at its first alias, without expanding it", () => {
    const error = failure(() => parseTrainyardConfig(docs["billion laughs"] as string, "c.yml"));
    expect(error.message).toMatch(/^c\.yml:2:\d+: invalid YAML: aliases copy an anchor more than 100 times/);
  });

  it("nesting past 100 levels, in YAML and JSON alike", () => {
    for (const file of ["s.yml", "s.json"]) {
      const error = failure(() => parseTableSchema(docs["5k nested arrays"] as string, file));
      expect(error.message).toMatch(new RegExp(`^${file}:1:\\d+: nested more than 100 levels deep`));
    }
    const json = failure(() => parseTableSchema(docs["60k opening brackets"] as string, "s.json"));
    expect(json.detail).toMatch(/nested more than 100 levels deep/);
  });

  it("a key given twice, in YAML and in JSON (where JSON.parse would keep the last)", () => {
    expect(failure(() => parseDeployments("churn:\n  production: v1\n  production: v2\n")).message).toBe(
      ".trainyard/deployments.yml:3:3: invalid YAML: Map keys must be unique",
    );
    expect(
      failure(() => parseTrainyardConfig('{"models": {"a": {}, "a": {}}}', "trainyard.json")).message,
    ).toBe("trainyard.json:1:22: invalid JSON: a key is given twice in one object");
  });

  it("a __proto__ key, which zod's records would silently drop", () => {
    // Without the check this parses as {} (and as a config with no model), a false "valid".
    expect(failure(() => parseDeployments('{"__proto__": {"production": "v1"}}', "d.json")).message).toBe(
      'd.json:1:2 __proto__: the key "__proto__" is not allowed',
    );
    expect(failure(() => parseTrainyardConfig(docs["nested __proto__"] as string, "c.yml")).message).toBe(
      'c.yml:4:7 models.churn.gates.__proto__: the key "__proto__" is not allowed',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("20,000 keys twice, in linear time (yaml's own duplicate check is quadratic: 4 s for these)", async () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `k${i}: ${i}`).join("\n");
    const { result: error, ms } = await cpuMilliseconds(() =>
      failure(() => parseDeployments(`${keys}\n${keys}`)),
    );
    expect(error.detail).toBe("invalid YAML: Map keys must be unique");
    expect(error.location.line).toBe(20_001);
    expect(ms).toBeLessThan(PARSE_BUDGET_MS);
  });
});

describe("deployments.yml: setDeployedVersion on hostile files", () => {
  it("changes exactly the one value, or refuses with a ConfigError", async () => {
    const name = fc.oneof(
      fc.constantFrom(
        "churn",
        "fraud",
        "toString",
        "constructor",
        "__proto__",
        "production",
        "a.b",
        "-x",
        "",
      ),
      fc.string({ maxLength: 8 }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(mutated(fc.constant(DEPLOYMENTS)), hostileText),
        name,
        name,
        fc.integer({ min: 1, max: 10_000 }),
        async (text, model, environment, version) => {
          const file = ".trainyard/deployments.yml";
          const read = await outcome(file, () => parseDeployments(text));
          const change = () => setDeployedVersion(text, model, environment, version);
          if (read.error) {
            expect(change).toThrow(ConfigError);
            return;
          }
          const names =
            /^[a-z0-9][a-z0-9._-]*$/.test(model) && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(environment);
          if (!names) {
            // A name that cannot be one is the caller's mistake, not the file's.
            expect(change).toThrow(/is not an? (model|environment) name/);
            return;
          }
          const { value: written, error } = await outcome(file, change);
          expect(error).toBeUndefined();
          const before = parseDeployments(text);
          const after = parseDeployments(written as string);
          expect(deployedVersion(after, model, environment)).toBe(version);
          const { [model]: changed, ...others } = after;
          const { [model]: original, ...othersBefore } = before;
          expect(others).toEqual(othersBefore);
          expect({ ...changed, [environment]: undefined }).toEqual({ ...original, [environment]: undefined });
        },
      ),
      runs(200),
    );
  });

  it("an environment named like an Object method is not deployed anywhere", () => {
    const deployments = parseDeployments(DEPLOYMENTS);
    expect(deployedVersion(deployments, "churn", "toString")).toBeUndefined();
    expect(deployedVersion(deployments, "constructor", "production")).toBeUndefined();
    expect(deployedVersion(deployments, "churn", "production")).toBe(3);
  });
});

describe("oversized files are refused before they are read whole", () => {
  it("a config or schema file past 10 MiB, named in the error", async () => {
    const file = scratch.path("huge.yml");
    // A sparse file: 10 MiB and one byte of nothing but its size.
    const handle = fs.openSync(file, "w");
    fs.ftruncateSync(handle, MAX_DOCUMENT_BYTES + 1);
    fs.closeSync(handle);
    const started = performance.now();
    await expect(loadTrainyardConfig(file)).rejects.toThrow(
      `${file}: the Trainyard configuration file is 10 MiB, more than the 10 MiB a Trainyard configuration file may be`,
    );
    await expect(loadTableSchema(file)).rejects.toThrow(/the table schema file is 10 MiB, more than/);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it("text past 10 MiB handed over whole (a file read from GitHub)", () => {
    const text = `a: ${"x".repeat(MAX_DOCUMENT_BYTES)}\n`;
    expect(() => parseDeployments(text)).toThrow(
      ".trainyard/deployments.yml: the file is 10 MiB, more than the 10 MiB it may be",
    );
  });

  it("a directory or a missing file, by name", async () => {
    await expect(loadTableSchema(scratch.path("missing.yml"))).rejects.toThrow(/table schema file not found/);
    const dir = scratch.path("dir.yml");
    fs.mkdirSync(dir);
    await expect(loadTableSchema(dir)).rejects.toThrow(
      `${dir}: expected a table schema file, found a directory`,
    );
  });
});
