import { stat } from "node:fs/promises";
import path from "node:path";
import { commandEnvironment, runCommand } from "../../train/command.ts";
import { fillPlaceholders, placeholderProblem, sampleValues } from "../placeholders.ts";
import type { TargetStrategy } from "./target.ts";

/**
 * `kind: command`: the team's own deploy script, run as a `run:` step with `shell: bash` runs it,
 * with the version's facts in its environment. Exit code 0 is a deployed version.
 */
export const commandTargetStrategy: TargetStrategy<"command"> = {
  kind: "command",
  describe: (config) => `bash: ${config.run.split("\n")[0]}`,
  async preflight(config, run) {
    const cwd = path.resolve(run.workspace, config.working_directory);
    const relative = path.relative(path.resolve(run.workspace), cwd);
    if (relative.startsWith("..") || path.isAbsolute(relative))
      return `target.working_directory ${config.working_directory} leaves the workspace`;
    if (!(await stat(cwd).catch(() => undefined))?.isDirectory())
      return `target.working_directory ${config.working_directory} is not a folder of the workspace (is the repository checked out?)`;
    return placeholderProblem(() => {
      for (const [name, value] of Object.entries(config.env ?? {}))
        fillPlaceholders(value, sampleValues(), `target.env.${name}`);
    });
  },
  async deploy(config, request, run) {
    const extra = Object.fromEntries(
      Object.entries(config.env ?? {}).map(([name, value]) => [
        name,
        fillPlaceholders(value, request.placeholders, `target.env.${name}`),
      ]),
    );
    const env: NodeJS.ProcessEnv = {
      ...commandEnvironment(run.env),
      ...extra,
      MODEL_NAME: request.model,
      MODEL_VERSION: String(request.version),
      MODEL_PATH: request.modelDir,
      MODEL_DIGEST: request.digest,
      DEPLOY_ENVIRONMENT: request.environment,
      STORAGE_URI: request.storageUri,
      DEPLOYMENT_ID: String(request.deploymentId),
    };
    const result = await runCommand({
      command: config.run,
      cwd: path.resolve(run.workspace, config.working_directory),
      env,
      onLine: run.onLine,
      timeoutMs: config.timeout_minutes * 60_000,
    });
    const ok = result.exitCode === 0 && !result.timedOut;
    const summary = ok
      ? "the deploy script finished"
      : result.timedOut
        ? `the deploy script was stopped after ${config.timeout_minutes} min`
        : `the deploy script failed with exit code ${result.exitCode}`;
    return { ok, summary, log: result.tail };
  },
};
