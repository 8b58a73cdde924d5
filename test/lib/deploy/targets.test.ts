import fs from "node:fs";
import http from "node:http";
import type net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { targetConfig } from "../../../lib/deploy/config.ts";
import { inferenceServiceProblems } from "../../../lib/deploy/inference-service.ts";
import { sampleValues } from "../../../lib/deploy/placeholders.ts";
import { SIGNATURE_HEADER, signBody, verifySignature } from "../../../lib/deploy/signature.ts";
import { deployToTarget, preflightTarget } from "../../../lib/deploy/targets/registry.ts";
import type { DeployRequest, TargetRun } from "../../../lib/deploy/targets/target.ts";

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-targets-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));
const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

const SECRET = "platform-shared-secret";
const request: DeployRequest = {
  model: "churn",
  version: 4,
  environment: "production",
  digest: `sha256:${"ab".repeat(32)}`,
  modelDir: scratch,
  files: [
    {
      name: "model.joblib",
      path: "model/model.joblib",
      size: 10,
      sha256: "ab".repeat(32),
      url: "https://github.com/acme/churn/releases/download/churn-v4/model.joblib",
    },
  ],
  storageUri: "https://github.com/acme/churn/releases/download/churn-v4/model.joblib",
  deploymentId: 1042,
  repository: "acme/churn",
  commit: "c".repeat(40),
  rollback: false,
  placeholders: { ...sampleValues(), MODEL_NAME: "churn", MODEL_VERSION: "4", DEPLOYMENT_ID: "1042" },
};

function run(overrides: Partial<TargetRun> = {}): TargetRun & { lines: string[] } {
  const lines: string[] = [];
  return {
    workspace: scratch,
    env: process.env,
    onLine: (line) => lines.push(line),
    httpSecret: SECRET,
    lines,
    ...overrides,
  };
}

/** A serving platform on loopback that checks signatures as a real one must. */
async function platform(
  answer: (
    method: string,
    url: string,
    polls: number,
  ) => { status: number; body: string; headers?: Record<string, string> },
) {
  const posts: Array<{ body: string; headers: http.IncomingHttpHeaders; valid: boolean }> = [];
  let polls = 0;
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => {
      body += chunk;
    });
    req.on("end", () => {
      if (req.method === "POST") {
        const valid = verifySignature(SECRET, body, req.headers[SIGNATURE_HEADER.toLowerCase()] as string);
        posts.push({ body, headers: req.headers, valid });
        if (!valid) return res.writeHead(401).end('{"error":"signature"}');
      } else polls += 1;
      const { status, body: out, headers } = answer(req.method ?? "", req.url ?? "", polls);
      res.writeHead(status, { "content-type": "application/json", ...headers }).end(out);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`, posts, polls: () => polls };
}

const http_ = (url: string, extra: Record<string, unknown> = {}) =>
  targetConfig.parse({ kind: "http", url, poll_interval_seconds: 0.02, timeout_seconds: 5, ...extra });

describe("signatures", () => {
  it("signs as GitHub signs webhooks: HMAC-SHA256 of the body, hex, after sha256=", () => {
    // GitHub's documented example: secret "It's a Secret to Everybody", payload "Hello, World!".
    expect(signBody("It's a Secret to Everybody", "Hello, World!")).toBe(
      "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17",
    );
    expect(verifySignature("k", "body", signBody("k", "body"))).toBe(true);
    expect(verifySignature("k", "body ", signBody("k", "body"))).toBe(false);
    expect(verifySignature("k", "body", undefined)).toBe(false);
  });
});

describe("http target", () => {
  it("posts the deployment signed, and takes the platform's answer when it finishes at once", async () => {
    const server = await platform(() => ({
      status: 200,
      body: '{"state":"success","environment_url":"https://churn.example"}',
    }));
    const outcome = await deployToTarget(
      http_(`${server.url}/deploy`, { headers: { "X-Tenant": `\${MODEL_NAME}` } }),
      request,
      run(),
    );
    expect(outcome).toMatchObject({ ok: true, environmentUrl: "https://churn.example" });
    expect(server.posts).toHaveLength(1);
    const [post] = server.posts;
    expect(post?.valid).toBe(true);
    expect(post?.headers["x-tenant"]).toBe("churn");
    expect(post?.headers["x-trainyard-delivery"]).toBe("1042");
    expect(JSON.parse(post?.body as string)).toEqual({
      model: "churn",
      version: 4,
      environment: "production",
      digest: request.digest,
      storage_uri: request.storageUri,
      download_url: request.storageUri,
      files: request.files,
      deployment_id: 1042,
      repository: "acme/churn",
      commit: "c".repeat(40),
      rollback: false,
    });
    expect(server.polls()).toBe(0);
  });

  it("polls the status URL it is given (202 + Location) until success, passing the platform's log on", async () => {
    const server = await platform((method, _url, polls) =>
      method === "POST"
        ? { status: 202, body: "", headers: { location: "/rollouts/9" } }
        : {
            status: 200,
            body: JSON.stringify({ state: polls < 4 ? "in_progress" : "success", log: `step ${polls}` }),
          },
    );
    const target = run();
    const outcome = await deployToTarget(http_(`${server.url}/deploy`), request, target);
    expect(outcome.ok).toBe(true);
    expect(server.polls()).toBe(4);
    expect(target.lines).toContain(`${server.url}/rollouts/9: in_progress`);
    expect(outcome.log).toContain("  step 4");
  });

  it("fails with the platform's words when it reports failure, and at the timeout when it never finishes", async () => {
    const failing = await platform((method) =>
      method === "POST"
        ? { status: 200, body: '{"state":"pending","status_url":"/s/1"}' }
        : { status: 200, body: '{"state":"failure","description":"image pull backoff"}' },
    );
    expect(await deployToTarget(http_(`${failing.url}/deploy`), request, run())).toMatchObject({
      ok: false,
      summary: "the platform reported failure: image pull backoff",
    });
    const slow = await platform(() => ({ status: 200, body: '{"state":"queued"}' }));
    const outcome = await deployToTarget(
      http_(`${slow.url}/deploy`, {
        status_url: `${slow.url}/status/\${DEPLOYMENT_ID}`,
        timeout_seconds: 0.2,
      }),
      request,
      run(),
    );
    expect(outcome).toMatchObject({
      ok: false,
      summary: "the platform did not finish within 0.2 s (last state: queued)",
    });
  });

  it("fails when the platform refuses the signature, and will not run without a secret", async () => {
    const server = await platform(() => ({ status: 200, body: "{}" }));
    const outcome = await deployToTarget(
      http_(`${server.url}/deploy`),
      request,
      run({ httpSecret: "wrong" }),
    );
    expect(outcome).toMatchObject({
      ok: false,
      summary: `POST ${server.url}/deploy answered 401: {"error":"signature"}`,
    });
    expect(await preflightTarget(http_(server.url), run({ httpSecret: undefined }))).toMatch(
      /set the deploy action's http-secret input/,
    );
  });
});

describe("kubernetes target (a stand-in kubectl on PATH: no cluster here)", () => {
  function standIn(behaviour: { waitExit?: number; url?: string }) {
    const bin = fs.mkdtempSync(path.join(scratch, "bin-"));
    fs.writeFileSync(
      path.join(bin, "kubectl"),
      `#!/usr/bin/env bash
printf '%s\\n' "$*" >>"${bin}/calls"
case "$1 $2 $3" in
  *apply*) cat >"${bin}/stdin"; echo "inferenceservice.serving.kserve.io/churn created" ;;
  *wait*) [ "${behaviour.waitExit ?? 0}" = 0 ] && echo "condition met" || echo "error: timed out waiting for the condition on inferenceservices/churn" >&2; exit ${behaviour.waitExit ?? 0} ;;
  *get*) printf '%s' "${behaviour.url ?? ""}" ;;
esac
`,
      { mode: 0o755 },
    );
    return {
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
      calls: () => fs.readFileSync(path.join(bin, "calls"), "utf8").trim().split("\n"),
      stdin: () => fs.readFileSync(path.join(bin, "stdin"), "utf8"),
    };
  }

  it("applies the rendered InferenceService on stdin, waits for Ready, and reads its URL", async () => {
    const kubectl = standIn({ url: "http://churn.models.example.com" });
    const target = targetConfig.parse({
      kind: "kubernetes",
      model_format: "sklearn",
      namespace: "models",
      context: "prod",
      timeout_seconds: 90,
    });
    const outcome = await deployToTarget(target, request, run({ env: kubectl.env }));
    expect(outcome).toMatchObject({
      ok: true,
      summary: "inferenceservice/churn is Ready",
      environmentUrl: "http://churn.models.example.com",
    });
    expect(kubectl.calls()).toEqual([
      "--context prod apply -f -",
      "--context prod wait --for=condition=Ready inferenceservice/churn --namespace models --timeout=90s",
      "--context prod get inferenceservice/churn --namespace models -o jsonpath={.status.url}",
    ]);
    const applied = parse(kubectl.stdin());
    expect(inferenceServiceProblems(applied)).toEqual([]);
    expect(applied.spec.predictor.model.storageUri).toBe(request.storageUri);
    expect(applied.metadata.annotations["trainyard.dev/deployment-id"]).toBe("1042");
  });

  it("fails with kubectl's words when the InferenceService is not Ready in time", async () => {
    const kubectl = standIn({ waitExit: 1 });
    const target = targetConfig.parse({ kind: "kubernetes", model_format: "sklearn", timeout_seconds: 5 });
    const outcome = await deployToTarget(target, request, run({ env: kubectl.env }));
    expect(outcome.ok).toBe(false);
    expect(outcome.summary).toBe("inferenceservice/churn was not Ready within 5 s (kubectl wait exit 1)");
    expect(outcome.log).toContain("error: timed out waiting for the condition on inferenceservices/churn");
  });

  it("applies the team's template instead, checked before anything runs", async () => {
    const kubectl = standIn({});
    fs.writeFileSync(
      path.join(scratch, "isvc.yaml"),
      `apiVersion: serving.kserve.io/v1beta1\nkind: InferenceService\nmetadata: { name: \${MODEL_NAME}-canary }\nspec:\n  predictor:\n    model: { modelFormat: { name: xgboost }, storageUri: \${STORAGE_URI} }\n`,
    );
    const target = targetConfig.parse({ kind: "kubernetes", template: "isvc.yaml" });
    expect(await preflightTarget(target, run({ env: kubectl.env }))).toBeUndefined();
    expect(await deployToTarget(target, request, run({ env: kubectl.env }))).toMatchObject({ ok: true });
    expect(kubectl.calls()[1]).toBe(
      "wait --for=condition=Ready inferenceservice/churn-canary --timeout=300s",
    );

    fs.writeFileSync(
      path.join(scratch, "broken.yaml"),
      "apiVersion: v1\nkind: ConfigMap\nmetadata: { name: x }\n",
    );
    expect(
      await preflightTarget(
        targetConfig.parse({ kind: "kubernetes", template: "broken.yaml" }),
        run({ env: kubectl.env }),
      ),
    ).toMatch(/broken\.yaml: the template must hold exactly one InferenceService/);
  });

  it("says so before anything is deployed when the runner has no kubectl", async () => {
    const target = targetConfig.parse({ kind: "kubernetes", model_format: "sklearn" });
    expect(await preflightTarget(target, run({ env: { PATH: scratch } }))).toMatch(
      /kubectl is not on the runner's PATH/,
    );
  });
});
