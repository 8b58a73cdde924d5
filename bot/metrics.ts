import { Counter, collectDefaultMetrics, Registry } from "prom-client";

/**
 * The bot's Prometheus metrics, served at `/metrics`. Each running bot has its own registry, so
 * two bots in one process (tests, the demo) count apart.
 */
export interface BotMetrics {
  registry: Registry;
  /** Webhook deliveries by event and outcome: handled, failed, duplicate, rejected (bad signature). */
  deliveries: Counter<"event" | "outcome">;
  /** Bot pull requests by purpose (promote, retrain) and change: opened, updated, unchanged. */
  pullRequests: Counter<"purpose" | "change">;
  /** Errors a feature's handler or route hit, by feature. */
  errors: Counter<"feature">;
  /** Alertmanager alerts received, by outcome: accepted, resolved, unlabelled, unknown-repository. */
  alerts: Counter<"outcome">;
  /** Retraining requests that opened or changed nothing, by reason (cooldown, snoozed, hourly-limit, ...). */
  retrainSkipped: Counter<"trigger" | "reason">;
}

export type DeliveryOutcome = "handled" | "failed" | "duplicate" | "rejected";

export function createBotMetrics(): BotMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "trainyard_bot_" });
  return {
    registry,
    deliveries: new Counter({
      name: "trainyard_bot_webhook_deliveries_total",
      help: "Webhook deliveries received, by event and outcome (handled, failed, duplicate, rejected).",
      labelNames: ["event", "outcome"],
      registers: [registry],
    }),
    pullRequests: new Counter({
      name: "trainyard_bot_pull_requests_total",
      help: "Bot pull requests written, by purpose (promote, retrain) and change (opened, updated, unchanged).",
      labelNames: ["purpose", "change"],
      registers: [registry],
    }),
    errors: new Counter({
      name: "trainyard_bot_errors_total",
      help: "Errors while handling an event or a request, by feature.",
      labelNames: ["feature"],
      registers: [registry],
    }),
    alerts: new Counter({
      name: "trainyard_bot_alerts_total",
      help: "Alertmanager alerts received, by outcome (accepted, resolved, unlabelled, unknown-repository).",
      labelNames: ["outcome"],
      registers: [registry],
    }),
    retrainSkipped: new Counter({
      name: "trainyard_bot_retrain_skipped_total",
      help: "Retraining requests that changed nothing, by trigger (drift, alert, command) and reason.",
      labelNames: ["trigger", "reason"],
      registers: [registry],
    }),
  };
}
