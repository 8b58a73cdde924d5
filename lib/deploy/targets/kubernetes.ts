import { spawn } from "node:child_process";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { StringDecoder } from "node:string_decoder";
import { isTrainyardError } from "../../errors.ts";
import type { TargetConfigOf } from "../config.ts";
import { type RenderedManifest, renderInferenceService, renderTemplate } from "../inference-service.ts";
import { sampleValues } from "../placeholders.ts";
import { type DeployRequest, pushTail, type TargetStrategy } from "./target.ts";

/**
 * `kind: kubernetes`: the InferenceService goes to the cluster through the runner's own kubectl
 * (set up and authenticated by earlier steps, e.g. azure/setup-kubectl and a kubeconfig):
 * `kubectl apply -f -` with the manifest on stdin, then `kubectl wait --for=condition=Ready`, then
 * `kubectl get` for the URL KServe gives it.
 */
const GRACE_MS = 30_000;

export const kubernetesTargetStrategy: TargetStrategy<"kubernetes"> = {
  kind: "kubernetes",
  requiresStorageUri: (config) => config.template === undefined,
  describe: (config) =>
    config.template
      ? `kubectl apply -f ${config.template}`
      : `KServe InferenceService ${config.name ?? "(model name)"}`,
  async preflight(config, run) {
    if (!(await onPath("kubectl", run.env)))
      return "kubectl is not on the runner's PATH: install and configure it in an earlier step (e.g. azure/setup-kubectl and a kubeconfig)";
    if (config.template) {
      try {
        renderTemplate(await readTemplate(config, run.workspace), config.template, sampleValues());
      } catch (error) {
        return isTrainyardError(error)
          ? error.message
          : `cannot read ${config.template}: ${(error as Error).message}`;
      }
    }
    return undefined;
  },
  async deploy(config, request, run) {
    const tail: string[] = [];
    const say = (line: string) => {
      pushTail(tail, line);
      run.onLine(line);
    };
    let manifest: RenderedManifest;
    try {
      manifest = await renderManifest(config, request, run.workspace);
    } catch (error) {
      const summary = isTrainyardError(error) ? error.message : String(error);
      return { ok: false, summary, log: tail };
    }
    const context = config.context ? ["--context", config.context] : [];
    const namespace = manifest.namespace ? ["--namespace", manifest.namespace] : [];
    const resource = `inferenceservice/${manifest.name}`;

    const applied = await kubectl([...context, "apply", "-f", "-"], run.env, say, {
      stdin: manifest.yaml,
      timeoutMs: 120_000,
    });
    if (applied.exitCode !== 0)
      return { ok: false, summary: `kubectl apply failed (exit ${applied.exitCode})`, log: tail };
    const waited = await kubectl(
      [
        ...context,
        "wait",
        "--for=condition=Ready",
        resource,
        ...namespace,
        `--timeout=${config.timeout_seconds}s`,
      ],
      run.env,
      say,
      { timeoutMs: config.timeout_seconds * 1000 + GRACE_MS },
    );
    if (waited.exitCode !== 0)
      return {
        ok: false,
        summary: `${resource} was not Ready within ${config.timeout_seconds} s (kubectl wait exit ${waited.exitCode})`,
        log: tail,
      };
    const url = await kubectl(
      [...context, "get", resource, ...namespace, "-o", "jsonpath={.status.url}"],
      run.env,
      () => {},
      {
        timeoutMs: 60_000,
      },
    );
    const environmentUrl = url.exitCode === 0 ? url.output.join("").trim() : "";
    return {
      ok: true,
      summary: `${resource} is Ready`,
      log: tail,
      ...(/^https?:\/\//.test(environmentUrl) ? { environmentUrl } : {}),
    };
  },
};

export async function renderManifest(
  config: TargetConfigOf<"kubernetes">,
  request: DeployRequest,
  workspace: string,
): Promise<RenderedManifest> {
  if (config.template)
    return renderTemplate(await readTemplate(config, workspace), config.template, request.placeholders);
  return renderInferenceService(config, {
    model: request.model,
    version: request.version,
    environment: request.environment,
    digest: request.digest,
    storageUri: request.storageUri,
    deploymentId: request.deploymentId,
    commit: request.commit,
  });
}

async function readTemplate(config: TargetConfigOf<"kubernetes">, workspace: string): Promise<string> {
  return readFile(path.resolve(workspace, config.template as string), "utf8");
}

interface KubectlResult {
  exitCode: number;
  output: string[];
}

/** Runs kubectl (no shell: arguments as they are), stdin given, each output line passed on. */
function kubectl(
  args: string[],
  env: NodeJS.ProcessEnv,
  onLine: (line: string) => void,
  options: { stdin?: string; timeoutMs: number },
): Promise<KubectlResult> {
  onLine(`$ kubectl ${args.join(" ")}`);
  return new Promise((resolve) => {
    const output: string[] = [];
    const child = spawn("kubectl", args, { env, stdio: ["pipe", "pipe", "pipe"] });
    const decoder = new StringDecoder("utf8");
    let pending = "";
    const take = (chunk: Buffer) => {
      const lines = (pending + decoder.write(chunk)).split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) {
        output.push(line);
        onLine(line);
      }
    };
    child.stdout.on("data", take);
    child.stderr.on("data", take);
    const timer = setTimeout(() => child.kill("SIGTERM"), options.timeoutMs);
    child.once("error", (error) => {
      clearTimeout(timer);
      onLine(`kubectl: ${error.message}`);
      resolve({ exitCode: 127, output });
    });
    child.once("close", (code, signal) => {
      clearTimeout(timer);
      if (pending) {
        output.push(pending);
        onLine(pending);
      }
      resolve({ exitCode: code ?? (signal ? 128 : 1), output });
    });
    child.stdin.on("error", () => {});
    child.stdin.end(options.stdin ?? "");
  });
}

async function onPath(binary: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  for (const dir of (env.PATH ?? "").split(path.delimiter).filter(Boolean)) {
    const found = await stat(path.join(dir, binary)).catch(() => undefined);
    if (found?.isFile()) return true;
  }
  return false;
}
