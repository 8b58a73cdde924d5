import http from "node:http";
import type { AddressInfo } from "node:net";
import { onTestFinished } from "vitest";

/** One webhook POST as the receiver saw it. */
export interface WebhookDelivery {
  /** `X-GitHub-Event`: `push`, `pull_request`, … */
  event: string | undefined;
  /** `payload.action` where it is a string (events without actions, such as `push`, have none). */
  action: string | undefined;
  /** `X-GitHub-Delivery`: the delivery's GUID. */
  delivery: string | undefined;
  /** `X-Hub-Signature-256`: `sha256=` and the HMAC of `raw`. */
  signature: string | undefined;
  /** Every request header, lower-cased as Node gives them. */
  headers: http.IncomingHttpHeaders;
  /** The body exactly as sent (the text a signature covers). */
  raw: string;
  /** The body parsed as JSON. */
  payload: Record<string, unknown>;
}

export interface WebhookReceiverOptions {
  /** The status to answer each delivery with (default 202); a function answers each its own. */
  status?: number | ((delivery: WebhookDelivery) => number);
  /** How long to wait before answering (default 0 ms), e.g. to play a slow receiver. */
  delayMs?: number | ((delivery: WebhookDelivery) => number);
  /** The path of `url` (default `/hook`); the receiver answers on every path. */
  path?: string;
}

export interface WebhookReceiver {
  /** Where to point a hook or an app's webhook URL. */
  url: string;
  /** Every delivery received so far, in the order they arrived. */
  deliveries: WebhookDelivery[];
  /**
   * Resolves with the first `count` deliveries once they have arrived; rejects after `timeoutMs`
   * (default 5 s), or if any two deliveries to this receiver were ever in flight at once.
   */
  waitFor(count: number, timeoutMs?: number): Promise<WebhookDelivery[]>;
  /** Stops listening (idempotent); the end of the test does it anyway. */
  close(): Promise<void>;
}

export interface LocalServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  origin: string;
  /** Stops listening, dropping open connections (idempotent); the end of the test does it anyway. */
  close(): Promise<void>;
}

/** Serves `handler` on a free loopback port until the current test finishes (or `close()`). */
export async function localServer(handler: http.RequestListener): Promise<LocalServer> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  let closed: Promise<void> | undefined;
  const close = () => {
    closed ??= new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
    return closed;
  };
  onTestFinished(close);
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close };
}

/**
 * A real HTTP endpoint on loopback that records the webhook deliveries it is sent, closed when the
 * current test finishes. It answers 202 at once unless told otherwise in `options`.
 */
export async function webhookReceiver(options: WebhookReceiverOptions = {}): Promise<WebhookReceiver> {
  const deliveries: WebhookDelivery[] = [];
  const problems: string[] = [];
  const waiters: Array<() => void> = [];
  let inFlight = 0;
  let overlapped = false;
  const header = (req: http.IncomingMessage, name: string): string | undefined => {
    const value = req.headers[name];
    return Array.isArray(value) ? value.join(", ") : value;
  };

  const server = await localServer((req, res) => {
    inFlight += 1;
    if (inFlight > 1) overlapped = true;
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      let payload: Record<string, unknown>;
      try {
        payload = JSON.parse(raw) as Record<string, unknown>;
      } catch (error) {
        inFlight -= 1;
        problems.push(`a body that is not JSON (${(error as Error).message}): ${raw.slice(0, 200)}`);
        res.writeHead(400).end();
        return;
      }
      const delivery: WebhookDelivery = {
        event: header(req, "x-github-event"),
        action: typeof payload.action === "string" ? payload.action : undefined,
        delivery: header(req, "x-github-delivery"),
        signature: header(req, "x-hub-signature-256"),
        headers: req.headers,
        raw,
        payload,
      };
      deliveries.push(delivery);
      for (const wake of waiters.splice(0)) wake();
      const pick = (option: number | ((d: WebhookDelivery) => number) | undefined, fallback: number) =>
        typeof option === "function" ? option(delivery) : (option ?? fallback);
      setTimeout(
        () => {
          inFlight -= 1;
          res.writeHead(pick(options.status, 202)).end();
        },
        pick(options.delayMs, 0),
      );
    });
  });
  const url = `${server.origin}${options.path ?? "/hook"}`;
  onTestFinished(() => {
    if (problems.length > 0) throw new Error(`webhook receiver at ${url} got ${problems.join("\n")}`);
  });

  return {
    url,
    deliveries,
    async waitFor(count, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (deliveries.length < count) {
        if (Date.now() > deadline)
          throw new Error(`expected ${count} deliveries at ${url}, got ${deliveries.length}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
      if (overlapped) throw new Error(`deliveries to ${url} overlapped`);
      return deliveries.slice(0, count);
    },
    close: server.close,
  };
}
