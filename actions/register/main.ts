import fs from "node:fs/promises";
import path from "node:path";
import { ConfigError } from "../../lib/errors.ts";
import { createGitHubClient } from "../../lib/github/client.ts";
import { ArtifactStore, artifactsUnavailable } from "../artifacts.ts";
import {
  actionContext,
  maskSecret,
  progress,
  readInputs,
  runStep,
  setOutputs,
  writeSummary,
} from "../runtime.ts";
import { registerInputs } from "./inputs.ts";
import { registerVersion } from "./register.ts";
import { registrationSummary } from "./summary.ts";

await runStep(async () => {
  const input = readInputs(registerInputs);
  const context = await actionContext();
  const unavailable = artifactsUnavailable();
  if (unavailable) throw new ConfigError(`register reads the training run's artifact: ${unavailable}`);
  const tempDir = path.join(context.runnerTemp ?? context.workspace, "trainyard", input.model, "register");
  await fs.mkdir(tempDir, { recursive: true });
  const password = input["registry-password"];
  if (password) maskSecret(password);

  const registration = await registerVersion({
    model: input.model,
    configFile: input.config,
    workspace: context.workspace,
    tempDir: await fs.mkdtemp(path.join(tempDir, "run-")),
    github: createGitHubClient({
      auth: { kind: "token", token: input["github-token"] },
      baseUrl: context.apiUrl,
    }),
    owner: context.owner,
    repo: context.repo,
    token: input["github-token"],
    commit: context.sha,
    pullRequest: input["pull-request"],
    artifacts: new ArtifactStore(),
    data: input.data,
    schema: input.schema,
    ociCredentials: password
      ? { username: input["registry-username"] ?? context.actor, password }
      : undefined,
    // Sigstore's libraries load only for a run that attests.
    attest: input.attest
      ? (await import("./attest.ts")).attestRequest(context, input, process.env)
      : undefined,
    run: {
      id: context.runId,
      attempt: context.runAttempt,
      url: context.runUrl,
      event: context.eventName,
      serverUrl: context.serverUrl,
    },
    onLine: progress,
  });
  progress(
    registration.registered
      ? `registered ${registration.tag}: ${registration.releaseUrl}`
      : `${registration.tag} already holds this candidate (registered by an earlier run): nothing new`,
  );
  setOutputs({
    version: registration.version,
    tag: registration.tag,
    "release-url": registration.releaseUrl,
    registered: registration.registered,
    attestations: JSON.stringify(registration.metadata.attestations ?? []),
  });
  await writeSummary(registrationSummary(registration));
});
