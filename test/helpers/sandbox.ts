import { afterEach } from "vitest";
import { createGitHubClient, type GitHubClient } from "../../lib/github/client.ts";
import { type Sandbox, type SandboxOptions, startSandbox } from "../../sandbox/server.ts";

const open: Sandbox[] = [];

/**
 * A sandbox for one test, closed afterwards. Every test that uses it also fails if the sandbox
 * broke GitHub's contract in a response or webhook during the test.
 */
export async function useSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const sandbox = await startSandbox({ contract: true, ...options });
  open.push(sandbox);
  return sandbox;
}

afterEach(async () => {
  const sandboxes = open.splice(0);
  await Promise.all(sandboxes.map((s) => s.close()));
  for (const sandbox of sandboxes) {
    sandbox.assertContract();
    const webhookViolations = sandbox.world.webhooks.violations;
    if (webhookViolations.length > 0)
      throw new Error(
        `webhook payloads broke GitHub's schema:\n${webhookViolations.map((v) => `${v.operationId} at ${v.field}: ${v.message}`).join("\n")}`,
      );
  }
});

/** A client as Trainyard builds it, pointed at the sandbox, with back-off shrunk to milliseconds. */
export function clientFor(sandbox: Sandbox, token: string, options: { retries?: number } = {}): GitHubClient {
  return createGitHubClient({
    auth: { kind: "token", token },
    baseUrl: sandbox.url,
    retryTimeUnitMs: 5,
    writeSpacingMs: 0,
    ...options,
  });
}
