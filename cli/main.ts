#!/usr/bin/env node
import { isTrainyardError } from "../lib/errors.ts";
import packageJson from "../package.json" with { type: "json" };

const USAGE = `trainyard ${packageJson.version}: continuous delivery for machine-learning models on GitHub

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

// Each command is loaded when it runs: the demo and the sandbox carry the whole GitHub stand-in,
// which `trainyard validate` (often run in a loop over files) should not pay for at start-up.
const COMMANDS: Record<string, () => Promise<(argv: string[]) => Promise<number>>> = {
  compare: async () => (await import("./compare-command.ts")).runCompareCommand,
  demo: async () => (await import("./demo-command.ts")).runDemoCommand,
  init: async () => (await import("./init-command.ts")).runInitCommand,
  drift: async () => (await import("./drift-command.ts")).runDriftCommand,
  profile: async () => (await import("./profile-command.ts")).runProfileCommand,
  registry: async () => (await import("./registry-command.ts")).runRegistryCommand,
  sandbox: async () => (await import("./sandbox-command.ts")).runSandboxCommand,
  validate: async () => (await import("./validate-command.ts")).runValidateCommand,
};

/** Exit codes: 0 done, 1 the check failed (data, gates), 2 a usage or configuration error. */
async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    console.log(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === "--version" || command === "-v") {
    console.log(packageJson.version);
    return 0;
  }
  const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!load) {
    console.error(`trainyard: unknown command "${command}"\n\n${USAGE}`);
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
  } else if (
    error instanceof TypeError &&
    "code" in error &&
    String(error.code).startsWith("ERR_PARSE_ARGS")
  ) {
    console.error(`trainyard: ${error.message}`);
    process.exitCode = 2;
  } else throw error;
}
