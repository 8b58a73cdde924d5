/**
 * yaml (the package), loaded when first used. Reading its source and running its start (its node
 * classes, tags and schemas) cost an action about 13 ms, and most runs never need it: valid
 * configuration files are read by the quick reader (./config/quick-yaml.ts), and yaml only places
 * their problems.
 * Import its types from "yaml" as usual (`import type`), and its values through `yaml()`.
 *
 * How it stays lazy: in an action's bundle, `require("yaml")` loads `yaml.cjs`, a file of its
 * own beside the bundle (scripts/bundle.mjs), so that not even yaml's source is read at start.
 * In the CLI's and the bot's, esbuild turns it into a function that runs the bundled package on
 * its first call. Outside a bundle (tests, the sources run directly) an ES module has no
 * `require`, and `createRequire` loads the same CommonJS build of yaml that an `import` resolves
 * to under Node.
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
