// Bundles one entry (an action's main.ts, the CLI, the bot) into a folder of ES modules with esbuild:
// `index.js`, the chunks it loads when it needs them, `package.json` (type module) and
// `licenses.txt` (the license of every package inside). scripts/build.mjs bundles everything
// with it; tests bundle their fixture actions with it, as the real ones are bundled.
//
// Why esbuild (and not ncc, which Trainyard used first): its ES module output hoists every
// module into one scope and leaves out what nothing imports, so an action has less to compile
// when it starts (10-25 ms less per action on bench/cold-start.mjs); and it builds all bundles in
// seconds where ncc took minutes.
import fs from "node:fs";
import path from "node:path";
import * as esbuild from "esbuild";

// CommonJS packages inside an ES module bundle still call require() (for Node's own modules):
// each output file gets one, made for its own location.
const REQUIRE_SHIM =
  'import { createRequire as __trainyardCreateRequire } from "node:module";\n' +
  "const require = __trainyardCreateRequire(import.meta.url);";

// `yamlApart`: yaml (the package) goes to a file of its own beside the bundle, `yaml.cjs`, which
// lib/yaml.ts require()s the first time a document needs it. Inside the bundle, even code that
// never runs costs its start: V8 reads through all of it once (about 5 ms for yaml's 260 KB in an
// action's cold start). Only for bundles that reach yaml through lib/yaml.ts alone (the actions:
// test/lib/yaml.test.ts keeps them so): an `import` of it here would get a CommonJS file whose
// named exports Node cannot always see.
const YAML_FILE = "yaml.cjs";
const yamlApart = {
  name: "yaml-apart",
  setup(build) {
    build.onResolve({ filter: /^yaml$/ }, (args) => {
      if (args.kind !== "require-call")
        return {
          errors: [
            {
              text: `${args.importer} imports yaml: take it from lib/yaml.ts, which loads it when first used`,
            },
          ],
        };
      return { path: `./${YAML_FILE}`, external: true };
    });
  },
};

/**
 * Bundles `entry` (a path from `root`) into `outdir`, replacing what was there. Deterministic: the
 * same sources give the same files, which CI checks against the committed ones.
 */
export async function bundle({ root, entry, outdir, licenses = true, yamlApart: apart = false }) {
  const out = path.resolve(root, outdir);
  fs.rmSync(out, { recursive: true, force: true });
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: { index: entry },
    outdir: out,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    banner: { js: REQUIRE_SHIM },
    legalComments: "inline",
    metafile: true,
    logLevel: "error",
    plugins: apart ? [yamlApart] : [],
  });
  const inputs = Object.keys(result.metafile.inputs);
  const loadsYaml = Object.values(result.metafile.outputs).some((output) =>
    output.imports.some((imported) => imported.path === `./${YAML_FILE}`),
  );
  if (loadsYaml) {
    const yaml = await esbuild.build({
      absWorkingDir: root,
      stdin: { contents: 'module.exports = require("yaml");', resolveDir: root, sourcefile: YAML_FILE },
      outfile: path.join(out, YAML_FILE),
      bundle: true,
      format: "cjs",
      platform: "node",
      target: "node20",
      legalComments: "inline",
      metafile: true,
      logLevel: "error",
    });
    inputs.push(...Object.keys(yaml.metafile.inputs));
  }
  fs.writeFileSync(path.join(out, "package.json"), '{\n  "type": "module"\n}\n');
  if (licenses) fs.writeFileSync(path.join(out, "licenses.txt"), licenseText(root, inputs));
  return {
    bytes: fs.statSync(path.join(out, "index.js")).size,
    files: Object.keys(result.metafile.outputs).length,
  };
}

/** Each bundled package once, by name: its license (package.json) and license file's text. */
function licenseText(root, inputs) {
  const packages = new Map();
  for (const input of inputs) {
    const match = /^(.*node_modules\/(@[^/]+\/)?[^/]+)\//.exec(input);
    if (!match) continue;
    const dir = path.resolve(root, match[1]);
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
    if (packages.has(manifest.name)) continue;
    const file = fs
      .readdirSync(dir)
      .sort()
      .find((name) => /^(licen[cs]e|copying)(\.|-|$)/i.test(name));
    packages.set(manifest.name, {
      license: typeof manifest.license === "string" ? manifest.license : (manifest.license?.type ?? ""),
      text: file ? fs.readFileSync(path.join(dir, file), "utf8").trim() : "",
    });
  }
  return [...packages]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, { license, text }]) => [name, license, text].filter(Boolean).join("\n"))
    .join("\n\n\n")
    .concat("\n");
}
