import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { onTestFinished } from "vitest";
import { stringify } from "yaml";

/**
 * Real Prometheus and Alertmanager (the Debian packages prometheus and prometheus-alertmanager)
 * started on 127.0.0.1 with temporary configurations, stopped after the test. Timing as in
 * FIELD-NOTES.md: evaluation every second, `--rules.alert.resend-delay=2s` (with the default 1m the
 * first alert is lost before Alertmanager is discovered), group_wait 1s: a webhook ~6 s after start.
 */
export const PROMETHEUS_BIN = "/usr/bin/prometheus";
export const ALERTMANAGER_BIN = "/usr/bin/prometheus-alertmanager";

/** Why the monitoring tests cannot run here, or undefined when they can. */
export function monitoringUnavailable(): string | undefined {
  const missing = [PROMETHEUS_BIN, ALERTMANAGER_BIN].filter((bin) => !fs.existsSync(bin));
  return missing.length === 0
    ? undefined
    : `${missing.join(" and ")} not installed (apt-get install prometheus prometheus-alertmanager)`;
}

export interface MonitoringOptions {
  /** `host:port` of each exporter Prometheus scrapes (every second). */
  scrapeTargets: string[];
  /** Prometheus alerting rules: the `groups` of a rule file. */
  ruleGroups: unknown[];
  /** Where Alertmanager posts its webhooks, with which bearer token. */
  webhook: { url: string; bearerToken: string };
  /** Alertmanager's route grouping (default: repository, model). */
  groupBy?: string[];
}

export interface Monitoring {
  prometheusUrl: string;
  alertmanagerUrl: string;
  /** What both processes wrote, for a failing test's message. */
  output(): string;
}

export async function useMonitoring(options: MonitoringOptions): Promise<Monitoring> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-monitoring-"));
  const [prometheusPort, alertmanagerPort] = [await freePort(), await freePort()];
  fs.writeFileSync(
    path.join(dir, "alertmanager.yml"),
    stringify({
      route: {
        receiver: "trainyard",
        group_by: options.groupBy ?? ["repository", "model"],
        group_wait: "1s",
        group_interval: "1s",
        repeat_interval: "1h",
      },
      receivers: [
        {
          name: "trainyard",
          webhook_configs: [
            {
              url: options.webhook.url,
              send_resolved: false,
              http_config: { authorization: { type: "Bearer", credentials: options.webhook.bearerToken } },
            },
          ],
        },
      ],
    }),
  );
  fs.writeFileSync(path.join(dir, "rules.yml"), stringify({ groups: options.ruleGroups }));
  fs.writeFileSync(
    path.join(dir, "prometheus.yml"),
    stringify({
      global: { scrape_interval: "1s", evaluation_interval: "1s" },
      rule_files: [path.join(dir, "rules.yml")],
      alerting: { alertmanagers: [{ static_configs: [{ targets: [`127.0.0.1:${alertmanagerPort}`] }] }] },
      scrape_configs: [{ job_name: "trainyard-drift", static_configs: [{ targets: options.scrapeTargets }] }],
    }),
  );

  const output: string[] = [];
  const processes: ChildProcess[] = [];
  const start = (bin: string, args: string[]) => {
    const child = spawn(bin, args, { stdio: ["ignore", "pipe", "pipe"] });
    const name = path.basename(bin);
    child.stdout?.on("data", (chunk: Buffer) => output.push(`${name}: ${chunk}`));
    child.stderr?.on("data", (chunk: Buffer) => output.push(`${name}: ${chunk}`));
    processes.push(child);
  };
  onTestFinished(async () => {
    await Promise.all(processes.map(stop));
    fs.rmSync(dir, { recursive: true, force: true });
  });
  start(ALERTMANAGER_BIN, [
    `--config.file=${path.join(dir, "alertmanager.yml")}`,
    `--storage.path=${path.join(dir, "alertmanager-data")}`,
    `--web.listen-address=127.0.0.1:${alertmanagerPort}`,
    "--cluster.listen-address=",
  ]);
  start(PROMETHEUS_BIN, [
    `--config.file=${path.join(dir, "prometheus.yml")}`,
    `--storage.tsdb.path=${path.join(dir, "prometheus-data")}`,
    `--web.listen-address=127.0.0.1:${prometheusPort}`,
    "--rules.alert.resend-delay=2s",
    // Alerts link here (generatorURL); by default Prometheus names the machine's hostname.
    `--web.external-url=http://127.0.0.1:${prometheusPort}`,
  ]);
  const prometheusUrl = `http://127.0.0.1:${prometheusPort}`;
  const alertmanagerUrl = `http://127.0.0.1:${alertmanagerPort}`;
  const describe = () => output.join("");
  await Promise.all([
    ready(`${prometheusUrl}/-/ready`, describe),
    ready(`${alertmanagerUrl}/-/ready`, describe),
  ]);
  return { prometheusUrl, alertmanagerUrl, output: describe };
}

/** A loopback HTTP server that answers every GET with `text()` as Prometheus text; closed after the test. */
export async function serveMetrics(text: () => string): Promise<{ target: string }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/plain; version=0.0.4; charset=utf-8" });
    res.end(text());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  onTestFinished(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  );
  return { target: `127.0.0.1:${(server.address() as AddressInfo).port}` };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function ready(url: string, output: () => string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} was not ready within ${timeoutMs} ms:\n${output()}`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/** An alert as Alertmanager's webhook carries it: FeatureDrifted on acme/churn's `tenure`, firing. */
export function alertmanagerAlert(
  overrides: Record<string, unknown> = {},
  labels: Record<string, string> = {},
) {
  return {
    status: "firing",
    labels: {
      alertname: "FeatureDrifted",
      repository: "acme/churn",
      model: "churn",
      feature: "tenure",
      ...labels,
    },
    annotations: { summary: "tenure drifted" },
    startsAt: "2026-11-23T09:00:00.000Z",
    endsAt: "0001-01-01T00:00:00Z",
    generatorURL: "http://prometheus.example/graph?g0.expr=trainyard_feature_drifted",
    fingerprint: "a1b2c3d4e5f60718",
    ...overrides,
  };
}

/** Alertmanager's webhook body (version 4) for the group `{model="churn"}` carrying `alerts`. */
export function alertmanagerWebhook(alerts: unknown[], overrides: Record<string, unknown> = {}) {
  return {
    version: "4",
    groupKey: '{}:{model="churn"}',
    truncatedAlerts: 0,
    status: "firing",
    receiver: "trainyard",
    groupLabels: { model: "churn" },
    commonLabels: {},
    commonAnnotations: {},
    externalURL: "http://alertmanager.example",
    alerts,
    ...overrides,
  };
}
