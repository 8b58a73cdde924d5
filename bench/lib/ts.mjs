// Imports one of the project's TypeScript modules (the sandbox, the runner, the bot) from a
// benchmark script: Node 20 cannot strip types, so vite (already here for vitest) transpiles the
// module and what it imports, once, in this process. Only the harness is loaded this way: what is
// measured runs as the committed bundles (actions/*/dist, bot/dist, cli/dist) in their own processes.
import path from "node:path";
import { runnerImport } from "vite";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..", "..");

/** The module at `file` (relative to the repository root), e.g. importTs("sandbox/runner.ts"). */
export async function importTs(file) {
  const { module } = await runnerImport(path.join(root, file), { configFile: false, logLevel: "error" });
  return module;
}
