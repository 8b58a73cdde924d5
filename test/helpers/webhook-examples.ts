import { createRequire } from "node:module";

/** A webhook payload as GitHub documents it, with the parts the tests move to their repository. */
export type WebhookExample = Record<string, unknown> & {
  repository: Record<string, unknown> & { owner: Record<string, unknown> };
  sender: Record<string, unknown>;
};

const examples = createRequire(import.meta.url)(
  "@octokit/webhooks-examples/api.github.com/index.json",
) as Array<{
  name: string;
  examples: Array<Record<string, unknown>>;
}>;

/**
 * A copy of GitHub's own example of `event.action` (@octokit/webhooks-examples), or of the first
 * `event` example when no action is named.
 */
export function webhookExample(event: string, action?: string): WebhookExample {
  const found = examples
    .find((entry) => entry.name === event)
    ?.examples.find((payload) => action === undefined || payload.action === action);
  if (!found)
    throw new Error(`no ${event}${action ? `.${action}` : ""} example in @octokit/webhooks-examples`);
  return structuredClone(found) as WebhookExample;
}
