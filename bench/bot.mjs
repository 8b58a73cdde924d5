#!/usr/bin/env node
// Throughput of the bot: signed webhook deliveries per second and latency on 127.0.0.1, against
// the floor, a bare Node http server answering 200 to the same requests.
//
// - The bot is its committed bundle as a process (`node bot/dist/index.js`, configured by its
//   environment as in production, LOG_LEVEL info), a GitHub App registered and installed in the
//   sandbox (in this process), which answers its GitHub calls.
// - Two deliveries, both GitHub's issue_comment.created, signed with the App's secret, each with a
//   fresh X-GitHub-Delivery id: "cheap", a comment that is no command (verified, parsed, routed,
//   ignored); "GitHub work", `/retrain churn` by a user with read access (the bot asks GitHub for
//   the user's permission, then declines: one GitHub request a delivery, after the first
//   delivery's installation token).
// - The floor: `http.createServer` reading the body and answering 200, as its own process.
// - Load: autocannon (bench/lib/load.mjs, its own process), N connections for S seconds, the
//   targets alternating, several rounds; medians of the rounds.
//
//   node bench/bot.mjs [--quick] [--rounds N] [--seconds S] [--connections C]
//
// --quick: 2 rounds of 5 s (default 3 rounds of 10 s); 10 connections.
// --profile: run the bot under node --cpu-prof (bench/out/profile/bot/) and print where its time went.
// Results are merged into bench/results.json under "bot".
import { spawn } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { parseArgs } from "node:util";
import { parse as parseYaml } from "yaml";
import { loadAverage, machineInfo, median, mergeResults, table } from "./lib/measure.mjs";
import { summariseProfile } from "./lib/profile.mjs";
import { importTs } from "./lib/ts.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const { values: options } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    rounds: { type: "string" },
    seconds: { type: "string" },
    connections: { type: "string", default: "10" },
    profile: { type: "boolean", default: false },
  },
});
const rounds = Number(options.rounds ?? (options.quick ? 2 : 3));
const seconds = Number(options.seconds ?? (options.quick ? 5 : 10));
const connections = Number(options.connections);
const TARGET_SHARE = 0.5;

const { startSandbox } = await importTs("sandbox/server.ts");
const { signPayload } = await importTs("sandbox/webhooks.ts");

// GitHub: the App as bot/app.yml registers it, installed on acme, a reader on acme/churn.
const sandbox = await startSandbox({});
const manifest = parseYaml(fs.readFileSync(path.join(root, "bot", "app.yml"), "utf8"));
const { appId, privateKey, webhookSecret } = sandbox.world.registerApp({
  slug: "trainyard",
  permissions: manifest.default_permissions,
  events: manifest.default_events,
});
const installationId = sandbox.world.installApp(appId, "acme", "all");
sandbox.world.createRepo("acme/churn", { collaborators: { reader: "read" } });

function commentDelivery(body) {
  const examples = createRequire(import.meta.url)("@octokit/webhooks-examples/api.github.com/index.json");
  const payload = structuredClone(
    examples.find((e) => e.name === "issue_comment").examples.find((e) => e.action === "created"),
  );
  return {
    ...payload,
    comment: { ...payload.comment, id: 9001, body, user: { ...payload.sender, login: "reader" } },
    repository: {
      ...payload.repository,
      name: "churn",
      full_name: "acme/churn",
      default_branch: "main",
      owner: { ...payload.repository.owner, login: "acme" },
    },
    sender: { ...payload.sender, login: "reader", type: "User" },
    installation: { id: installationId, node_id: "MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMQ==" },
  };
}

/** Starts `node args` and resolves with its process and the URL it printed (matched by `ready`). */
function startProcess(args, env, ready) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    let text = "";
    let found = false;
    const onData = (chunk) => {
      if (found) return; // keep draining: a full pipe would block the process
      text += chunk;
      const match = ready.exec(text);
      if (match) {
        found = true;
        resolve({ child, url: match[1] });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => {
      if (!found) reject(new Error(`node ${args.join(" ")} exited ${code}:\n${text}`));
    });
  });
}

const profileDir = path.join(root, "bench", "out", "profile", "bot");
if (options.profile) fs.rmSync(profileDir, { recursive: true, force: true });
const bot = await startProcess(
  [...(options.profile ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : []), "bot/dist/index.js"],
  {
    PATH: process.env.PATH,
    APP_ID: String(appId),
    PRIVATE_KEY: privateKey,
    WEBHOOK_SECRET: webhookSecret,
    GITHUB_API_URL: sandbox.url,
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_FORMAT: "json",
    LOG_LEVEL: "info",
  },
  /webhooks at (http:\/\/[^\s,"]+)/,
);
const floor = await startProcess(
  [
    "-e",
    `require("node:http").createServer((q, s) => { q.resume(); q.on("end", () => { s.writeHead(200); s.end("ok"); }); })` +
      `.listen(0, "127.0.0.1", function () { console.log("listening on http://127.0.0.1:" + this.address().port + "/"); })`,
  ],
  { PATH: process.env.PATH },
  /listening on (http:\/\/\S+)/,
);

function request(url, event, payload) {
  const body = JSON.stringify(payload);
  return {
    url,
    body,
    headers: {
      "content-type": "application/json",
      "user-agent": "GitHub-Hookshot/benchmark",
      "x-github-event": event,
      "x-github-hook-id": "1",
      "x-github-hook-installation-target-type": "integration",
      "x-github-hook-installation-target-id": String(appId),
      "x-hub-signature-256": signPayload(webhookSecret, body),
    },
  };
}

const cheap = commentDelivery("Thanks, this looks right to me.");
const work = commentDelivery("/retrain churn");
const targets = [
  { name: "floor: bare http server", key: "floor", ...request(floor.url, "issue_comment", cheap) },
  {
    name: "bot: comment, no command (cheap)",
    key: "cheap",
    targeted: true,
    ...request(bot.url, "issue_comment", cheap),
  },
  // For scale, not held to the target: each delivery waits on a GitHub request (to the sandbox,
  // in this benchmark's process), which no server answering 200 makes.
  {
    name: "bot: /retrain by a reader (1 GitHub call)",
    key: "githubWork",
    targeted: false,
    ...request(bot.url, "issue_comment", work),
  },
];

function load(target, duration) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        path.join(root, "bench", "lib", "load.mjs"),
        JSON.stringify({
          url: target.url,
          body: target.body,
          headers: target.headers,
          connections,
          seconds: duration,
        }),
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
    });
    child.on("exit", (code) =>
      code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`load.mjs exited ${code}`)),
    );
  });
}

const loadBefore = loadAverage();
console.log(
  `load average before: ${loadBefore.join(" ")}   (${rounds} rounds of ${seconds} s, ${connections} connections, targets alternating)`,
);
// Warm-up: JIT, the installation token, keep-alive sockets.
for (const target of targets) await load(target, 1);
const samples = Object.fromEntries(targets.map((t) => [t.key, []]));
for (let round = 1; round <= rounds; round++)
  for (const target of targets) {
    const result = await load(target, seconds);
    result.loadAverage1m = loadAverage()[0];
    samples[target.key].push(result);
    console.log(
      `round ${round} ${target.name}: ${result.requestsPerSecond.toFixed(0)} req/s, p99 ${result.latencyMs.p99} ms, non-2xx ${result.non2xx}, errors ${result.errors}, load ${result.loadAverage1m}`,
    );
  }
const loadAfter = loadAverage();
const botExited = new Promise((resolve) => bot.child.on("exit", resolve));
bot.child.kill("SIGTERM");
floor.child.kill("SIGTERM");
await botExited;
await sandbox.close();

const summary = (list) => ({
  requestsPerSecond: Math.round(median(list.map((r) => r.requestsPerSecond))),
  p50Ms: median(list.map((r) => r.latencyMs.p50)),
  p99Ms: median(list.map((r) => r.latencyMs.p99)),
  non2xx: list.reduce((n, r) => n + r.non2xx, 0),
  errors: list.reduce((n, r) => n + r.errors + r.timeouts, 0),
  rounds: list,
});
const floorSummary = summary(samples.floor);
const results = targets.map((target) => {
  const s = summary(samples[target.key]);
  return {
    name: target.name,
    key: target.key,
    targeted: target.targeted === true,
    ...s,
    shareOfFloor: Number((s.requestsPerSecond / floorSummary.requestsPerSecond).toFixed(3)),
  };
});

console.log("");
console.log(
  table(
    ["target", "req/s", "p50 ms", "p99 ms", "non-2xx", "errors", "of floor", `≥ ${TARGET_SHARE * 100}%`],
    results.map((r) => [
      r.name,
      r.requestsPerSecond,
      r.p50Ms,
      r.p99Ms,
      r.non2xx,
      r.errors,
      `${(r.shareOfFloor * 100).toFixed(0)}%`,
      !r.targeted
        ? r.key === "floor"
          ? ""
          : "— (scale)"
        : r.shareOfFloor >= TARGET_SHARE
          ? "met"
          : "MISSED",
    ]),
  ),
);
console.log(
  `medians of ${rounds} rounds of ${seconds} s, ${connections} connections (autocannon in its own process; bot, sandbox and load generator share the machine's ${machineInfo().cores} cores)`,
);
console.log(`load average before ${loadBefore.join(" ")}, after ${loadAfter.join(" ")}`);
const bad = results.filter((r) => r.non2xx > 0 || r.errors > 0);
for (const r of bad) console.log(`${r.name}: ${r.non2xx} non-2xx answers, ${r.errors} errors/timeouts`);
const missed = results.filter((r) => r.targeted && r.shareOfFloor < TARGET_SHARE);
console.log(
  `\ntarget ≥ ${TARGET_SHARE * 100}% of the floor's throughput: ${missed.length ? `MISSED on ${missed.map((r) => `${r.name} (${(r.shareOfFloor * 100).toFixed(0)}%)`).join(", ")}` : "met"}`,
);

let profile;
if (options.profile) {
  const file = fs.readdirSync(profileDir).find((f) => f.endsWith(".cpuprofile"));
  profile = {
    file: path.relative(root, path.join(profileDir, file)),
    ...summariseProfile(path.join(profileDir, file), path.join(root, "bot", "dist", "index.js"), 20),
  };
  console.log(
    `\nthe bot's profile: ${profile.seconds} s sampled; functions by self time (total: with what they call):`,
  );
  console.log(
    table(
      ["function  module:line of bot/dist/index.js", "self s", "self %", "total %"],
      profile.rows.map((r) => [
        r.function,
        r.selfSeconds.toFixed(2),
        r.selfShare.toFixed(1),
        r.totalShare.toFixed(1),
      ]),
    ),
  );
}

mergeResults(path.join(root, "bench", "results.json"), "bot", {
  machine: machineInfo(),
  loadAverage: { before: loadBefore, after: loadAfter },
  command: `node bench/bot.mjs ${process.argv.slice(2).join(" ")}`.trim(),
  rounds,
  seconds,
  connections,
  loadGenerator: "autocannon (bench/lib/load.mjs, own process)",
  targets: { shareOfFloor: TARGET_SHARE, met: missed.length === 0 },
  results,
  ...(profile ? { profile } : {}),
});
console.log(`results merged into bench/results.json under "bot"`);
process.exit(bad.length ? 1 : 0);
