#!/usr/bin/env node
import { isTrainyardError } from "../lib/errors.ts";
import packageJson from "../package.json" with { type: "json" };
import { runCompareCommand } from "./compare-command.ts";
import { runDemoCommand } from "./demo-command.ts";
import { runDriftCommand } from "./drift-command.ts";
import { runInitCommand } from "./init-command.ts";
import { runProfileCommand } from "./profile-command.ts";
import { runRegistryCommand } from "./registry-command.ts";
import { runSandboxCommand } from "./sandbox-command.ts";
import { runValidateCommand } from "./validate-command.ts";

const USAGE = `trainyard ${packageJson.version}: continuous delivery for machine-learning models on GitHub

Usage: trainyard <command> [options]

Commands:
  compare    Compare two runs' metrics against the gates, printing the report's markdown
  demo       Run what Trainyard has, end to end, against the built-in GitHub sandbox
  init       Set a repository up: workflows, config, a data contract inferred from the data
  drift      Compare current data with reference data (or its profile), feature by feature
  profile    Write a data profile (the reference "trainyard drift" checks against later)
  registry   List a repository's model versions (list [model]) or show one (show <model> [vN])
  sandbox    Start GitHub's REST API on 127.0.0.1 (a stand-in for trying Trainyard without GitHub)
  validate   Check data files against a data contract (a Frictionless Table Schema)

Run "trainyard <command> --help" for a command's options.`;

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
  switch (command) {
    case "compare":
      return runCompareCommand(rest);
    case "demo":
      return runDemoCommand(rest);
    case "init":
      return runInitCommand(rest);
    case "drift":
      return runDriftCommand(rest);
    case "profile":
      return runProfileCommand(rest);
    case "registry":
      return runRegistryCommand(rest);
    case "sandbox":
      return runSandboxCommand(rest);
    case "validate":
      return runValidateCommand(rest);
    default:
      console.error(`trainyard: unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
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
