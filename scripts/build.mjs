#!/usr/bin/env node
// Bundles every action (actions/<name>/main.ts → actions/<name>/dist/index.js), the CLI and the
// bot (scripts/bundle.mjs). The bundles are committed, because GitHub runs an action's committed
// bundle; CI rebuilds and fails when the result differs from what is committed.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { bundle } from "./bundle.mjs";

const run = promisify(execFile);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

const entries = [];
for (const name of fs.existsSync(path.join(root, "actions"))
  ? fs.readdirSync(path.join(root, "actions")).sort()
  : []) {
  const dir = path.join("actions", name);
  if (fs.existsSync(path.join(root, dir, "action.yml")))
    entries.push({ entry: path.join(dir, "main.ts"), out: path.join(dir, "dist"), yamlApart: true });
}
for (const dir of ["cli", "bot"])
  if (fs.existsSync(path.join(root, dir, "main.ts")))
    entries.push({ entry: path.join(dir, "main.ts"), out: path.join(dir, "dist") });

const only = process.argv.slice(2);
const selected = only.length ? entries.filter((e) => only.some((o) => e.entry.startsWith(o))) : entries;

const started = Date.now();
for (const { entry, out, yamlApart = false } of selected) {
  const { bytes, files } = await bundle({ root, entry, outdir: out, yamlApart });
  console.log(`built ${out}/index.js  ${(bytes / 1024).toFixed(0)} KiB (${files} files)`);
}
console.log(`${selected.length} bundle(s) in ${((Date.now() - started) / 1000).toFixed(1)} s`);

// The JSON Schemas for editors, generated from the zod schemas (bundled to a temporary folder first:
// Node runs no TypeScript). Only on a full build, or when asked for by name.
if (only.length === 0 || only.includes("schemas")) {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-schemas-"));
  try {
    await bundle({ root, entry: "scripts/generate-schemas.ts", outdir: temp, licenses: false });
    const { stdout } = await run(
      process.execPath,
      [path.join(temp, "index.js"), path.join(root, "schemas")],
      { cwd: root },
    );
    process.stdout.write(stdout);
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}
