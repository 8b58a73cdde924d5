/**
 * yaml (the package), loaded when first used. Its start (building its node classes, tags and
 * schemas) costs an action about 8 ms, and most runs never need it: valid configuration files
 * are read by the quick reader (./config/quick-yaml.ts), and yaml only places their problems.
 * Import its types from "yaml" as usual (`import type`), and its values through `yaml()`.
 *
 * How it stays lazy: a bundler turns a `require()` of a package into a function that runs the
 * package's code on its first call (esbuild wraps CommonJS modules so), where a static import
 * would run it as the bundle starts. Outside a bundle (tests, the sources run directly) an ES
 * module has no `require`, and `createRequire` loads the same CommonJS build of yaml that an
 * `import` resolves to under Node.
 */
import { createRequire } from "node:module";
import type * as Yaml from "yaml";

let loaded: typeof Yaml | undefined;

export function yaml(): typeof Yaml {
  loaded ??= (
    typeof require === "function" ? require("yaml") : createRequire(import.meta.url)("yaml")
  ) as typeof Yaml;
  return loaded;
}
