import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as staticYaml from "yaml";
import { yaml } from "../../lib/yaml.ts";

const root = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .flatMap((entry) =>
      entry.isFile() && entry.name.endsWith(".ts") && !entry.parentPath.includes("node_modules")
        ? [path.relative(root, path.join(entry.parentPath, entry.name))]
        : [],
    );
}

describe("yaml, loaded when first used", () => {
  it("is the same module a static import gives, so documents and node checks mix", () => {
    expect(yaml().isMap).toBe(staticYaml.isMap);
    const document = yaml().parseDocument("a: 1\n");
    expect(staticYaml.isMap(document.contents)).toBe(true);
  });

  it("is the only way the code that actions bundle reaches yaml's values (an import would run yaml at every start)", () => {
    const valueImports = ["lib", "actions", "reports"].flatMap(sourceFiles).filter((file) => {
      const text = fs.readFileSync(path.join(root, file), "utf8");
      return /^import\s+(?!type\b)[^;]*?from\s+["']yaml["']/m.test(text);
    });
    expect(valueImports).toEqual([]);
  });
});
