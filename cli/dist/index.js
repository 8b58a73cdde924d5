#!/usr/bin/env node
import { createRequire as __trainyardCreateRequire } from "node:module";
const require = __trainyardCreateRequire(import.meta.url);
import {
  isTrainyardError
} from "./chunk-ND3XTC2T.js";
import "./chunk-L3VH6XS6.js";

// package.json
var package_default = {
  name: "trainyard",
  version: "0.1.0",
  description: "Continuous delivery for machine-learning models, built from GitHub\u2019s own parts: Actions, pull requests, Releases, Deployments and a GitHub App.",
  type: "module",
  license: "MIT",
  engines: {
    node: ">=20"
  },
  bin: {
    trainyard: "cli/dist/index.js"
  },
  files: [
    "actions/*/action.yml",
    "actions/*/dist",
    "cli/dist",
    "bot/dist",
    "workflows-templates",
    "schemas",
    "README.md"
  ],
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc -p . --noEmit",
    lint: "biome check .",
    format: "biome check --write .",
    test: "vitest run",
    demo: "node cli/dist/index.js demo",
    sandbox: "node cli/dist/index.js sandbox",
    bench: "node bench/run.mjs"
  },
  dependencies: {
    "@actions/artifact": "^6.2.1",
    "@actions/github": "^9.1.1",
    "@octokit/auth-app": "^8.3.1",
    "@octokit/core": "^7.0.8",
    "@octokit/plugin-paginate-rest": "^14.0.0",
    "@sigstore/bundle": "^4.0.0",
    "@sigstore/protobuf-specs": "^0.5.2",
    "@sigstore/sign": "^4.1.1",
    "@sigstore/verify": "^3.1.1",
    hyparquet: "^1.31.5",
    "hyparquet-compressors": "^1.1.2",
    "js-yaml": "4.3.2",
    "markdown-table": "^3.1.0",
    probot: "^14.3.2",
    "prom-client": "^15.1.3",
    tinyglobby: "^0.2.17",
    yaml: "^2.9.1",
    zod: "^4.6.7"
  },
  devDependencies: {
    "@actions/core": "^3.0.1",
    "@biomejs/biome": "2.5.15",
    "@octokit/fixtures": "^23.1.2",
    "@octokit/openapi": "^23.0.2",
    "@octokit/plugin-rest-endpoint-methods": "^17.0.0",
    "@octokit/webhooks": "^14.2.0",
    "@octokit/webhooks-examples": "^7.6.1",
    "@octokit/webhooks-schemas": "^7.6.1",
    "@types/jsdom": "^30.0.0",
    "@types/mdast": "^4.0.4",
    "@types/node": "^20.19.43",
    ajv: "^8.20.0",
    "ajv-formats": "^3.0.1",
    autocannon: "^9.0.0",
    esbuild: "0.28.2",
    "fast-check": "^4.10.2",
    "hyparquet-writer": "^0.17.0",
    jsdom: "^29.1.1",
    "mdast-util-from-markdown": "^2.1.0",
    "mdast-util-gfm": "^3.1.0",
    mermaid: "^11.17.2",
    micromark: "^4.0.3",
    "micromark-extension-gfm": "^3.0.0",
    pino: "^10.4.0",
    "playwright-core": "^1.65.1",
    typescript: "^6.0.3",
    vitest: "^4.1.12"
  }
};

// cli/main.ts
var USAGE = `trainyard ${package_default.version}: continuous delivery for machine-learning models on GitHub

Usage: trainyard <command> [options]

Commands:
  compare    Compare two runs' metrics against the gates, printing the report's markdown
  demo       Run the whole loop on an example project, end to end, against the built-in GitHub sandbox
  init       Set a repository up: workflows, config, a data contract inferred from the data
  drift      Compare current data with reference data (or its profile), feature by feature
  profile    Write a data profile (the reference "trainyard drift" checks against later)
  registry   List a repository's model versions (list [model]) or show one (show <model> [vN])
  sandbox    Start GitHub's REST API on 127.0.0.1 (a stand-in for trying Trainyard without GitHub)
  validate   Check data files against a data contract (a Frictionless Table Schema)

Run "trainyard <command> --help" for a command's options.`;
var COMMANDS = {
  compare: async () => (await import("./compare-command-GGKFJI3X.js")).runCompareCommand,
  demo: async () => (await import("./demo-command-WY5HSJ2X.js")).runDemoCommand,
  init: async () => (await import("./init-command-EMIVSXKD.js")).runInitCommand,
  drift: async () => (await import("./drift-command-GDVFFQ3L.js")).runDriftCommand,
  profile: async () => (await import("./profile-command-LXRJVRFE.js")).runProfileCommand,
  registry: async () => (await import("./registry-command-CCD2FH67.js")).runRegistryCommand,
  sandbox: async () => (await import("./sandbox-command-PUGDEJIT.js")).runSandboxCommand,
  validate: async () => (await import("./validate-command-WAZ5L5NC.js")).runValidateCommand
};
async function main(argv) {
  const [command, ...rest] = argv;
  if (command === void 0 || command === "--help" || command === "-h" || command === "help") {
    console.log(USAGE);
    return command === void 0 ? 2 : 0;
  }
  if (command === "--version" || command === "-v") {
    console.log(package_default.version);
    return 0;
  }
  const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : void 0;
  if (!load) {
    console.error(`trainyard: unknown command "${command}"

${USAGE}`);
    return 2;
  }
  return (await load())(rest);
}
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (isTrainyardError(error)) {
    console.error(`trainyard: ${error.message}`);
    process.exitCode = error.kind === "data" ? 1 : 2;
  } else if (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")) {
    console.error(`trainyard: ${error.message}`);
    process.exitCode = 2;
  } else throw error;
}
