import { createRequire as __trainyardCreateRequire } from "node:module";
const require = __trainyardCreateRequire(import.meta.url);
import {
  startSandbox
} from "./chunk-D2H4DL5C.js";
import {
  ConfigError
} from "./chunk-ND3XTC2T.js";
import "./chunk-L3VH6XS6.js";

// cli/sandbox-command.ts
import { parseArgs } from "node:util";
var HELP = `Usage: trainyard sandbox [options]

Starts a local stand-in for GitHub's REST API on 127.0.0.1 and prints its URL and a token, so the
Trainyard actions, bot and CLI can be tried without a GitHub account.

Options:
  --port <n>          Port to listen on (default: any free port)
  --state <file>      Load state from this JSON file if it exists, and save every change to it
  --user <login>      The user to issue a token for (default: octocat)
  --repo <owner/name> Create this repository if it does not exist
  --contract          Check every request and response against GitHub's OpenAPI description
                      (needs the @octokit/openapi package installed)
  -h, --help          Show this help`;
async function runSandboxCommand(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: "string" },
      state: { type: "string" },
      user: { type: "string", default: "octocat" },
      repo: { type: "string" },
      contract: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false }
    },
    strict: true
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const port = values.port === void 0 ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError(`--port must be a whole number from 0 to 65535, got "${values.port}"`);
  if (values.repo !== void 0 && !/^[\w.-]+\/[\w.-]+$/.test(values.repo))
    throw new ConfigError(`--repo must be owner/name, got "${values.repo}"`);
  const sandbox = await startSandbox({
    port,
    contract: values.contract,
    ...values.state ? { state: values.state } : {},
    log: (line) => console.error(line)
  });
  const token = sandbox.world.issueToken(values.user);
  if (values.repo) sandbox.world.createRepo(values.repo);
  console.log(`Trainyard sandbox: GitHub's REST API on ${sandbox.url}`);
  console.log(`  token for ${values.user}: ${token}`);
  for (const repo of Object.values(sandbox.world.state.repos))
    console.log(`  repository: ${repo.owner}/${repo.name}`);
  if (values.state) console.log(`  state: ${values.state} (saved on every change)`);
  if (values.contract)
    console.log("  contract: every request and response is checked against GitHub's OpenAPI description");
  console.log(`Use it as Octokit's baseUrl, or as GITHUB_API_URL for an action. Ctrl-C stops it.`);
  await new Promise((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await sandbox.close();
  return 0;
}
export {
  runSandboxCommand
};
