#!/usr/bin/env node
// A tiny model server for Trainyard's example, with nothing but Node: it loads the model file at
// MODEL_PATH (a file, or a folder holding model.json or a single .json file) and answers
//   GET  /healthz  → {"status": "ok"}                       (the process is up)
//   GET  /version  → {"model", "version", "digest", "file"} (what it serves)
//   POST /predict  → {"model", "version", "predictions"}    for {"features": [...]} or {"instances": [[...], ...]}
// A model that cannot serve (a file that is not JSON, or {"broken": true}) still starts, and
// /predict answers 500: what a smoke test is there to catch.
//
// It first listens on a private port (written to SERVE_READY_FILE) so deploy.sh can check it
// before it replaces the running server; on SIGUSR2 it takes SERVE_PORT, on SIGTERM it stops.
//
//   node server.mjs                       serve (environment: MODEL_PATH, SERVE_PORT, ...)
//   node server.mjs probe URL DIGEST [S]  wait up to S seconds (default 10) for URL's /version to
//                                         answer with DIGEST; exit 1 if it does not
import fs from "node:fs";
import http from "node:http";
import path from "node:path";

if (process.argv[2] === "probe") await probe(process.argv[3], process.argv[4], Number(process.argv[5] ?? 10));
else serve();

function serve() {
  const host = process.env.SERVE_HOST || "127.0.0.1";
  const port = Number(process.env.SERVE_PORT || 8080);
  const model = loadModel(process.env.MODEL_PATH);
  const about = {
    model: process.env.MODEL_NAME || "model",
    version: Number(process.env.MODEL_VERSION) || process.env.MODEL_VERSION || null,
    digest: process.env.MODEL_DIGEST || null,
    file: model.file,
  };
  const handler = (request, response) => route(request, response, model, about);
  const check = http.createServer(handler);
  const main = http.createServer(handler);
  check.listen(0, host, () => {
    const ready = process.env.SERVE_READY_FILE;
    if (ready) fs.writeFileSync(ready, String(check.address().port));
    console.log(`${about.model} v${about.version}: checking on ${host}:${check.address().port}`);
  });
  let taken = false;
  process.on("SIGUSR2", () => {
    if (taken) return;
    taken = true;
    const started = Date.now();
    const take = () => main.listen(port, host);
    // The server being replaced may still hold the port for a moment after it was told to stop.
    main.on("error", (error) => {
      if (error.code === "EADDRINUSE" && Date.now() - started < 10_000) setTimeout(take, 50);
      else throw error;
    });
    main.on("listening", () => {
      console.log(`${about.model} v${about.version}: serving on http://${host}:${port}`);
      check.close();
    });
    take();
  });
  process.on("SIGTERM", () => {
    check.close();
    // The callback comes also when `main` never listened; idle keep-alive connections go at once.
    main.close(() => process.exit(0));
    main.closeIdleConnections();
    setTimeout(() => process.exit(0), 2000).unref();
  });
}

function loadModel(modelPath) {
  if (!modelPath) return { ok: false, error: "MODEL_PATH is not set", file: null };
  let file = modelPath;
  try {
    if (fs.statSync(modelPath).isDirectory()) file = pickFile(modelPath);
    const json = JSON.parse(fs.readFileSync(file, "utf8"));
    if (json === null || typeof json !== "object")
      return { ok: false, error: "the model is not a JSON object", file };
    if (json.broken === true) return { ok: false, error: "the model is marked broken", file };
    return { ok: true, json, file };
  } catch (error) {
    return { ok: false, error: `cannot load ${file}: ${error.message}`, file };
  }
}

function pickFile(folder) {
  const files = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(full);
    }
  };
  walk(folder);
  const named = files.find((f) => path.basename(f) === "model.json");
  const json = files.filter((f) => f.endsWith(".json"));
  const chosen = named ?? (json.length === 1 ? json[0] : files.length === 1 ? files[0] : undefined);
  if (!chosen) throw new Error(`no model.json, and not one .json file, in ${folder}`);
  return chosen;
}

function route(request, response, model, about) {
  const send = (status, body) => {
    response.writeHead(status, { "content-type": "application/json" });
    response.end(`${JSON.stringify(body)}\n`);
  };
  const url = new URL(request.url, "http://localhost");
  if (request.method === "GET" && url.pathname === "/healthz") return send(200, { status: "ok" });
  if (request.method === "GET" && url.pathname === "/version") return send(200, about);
  if (request.method === "POST" && url.pathname === "/predict") {
    let body = "";
    request.on("data", (chunk) => {
      body += chunk;
    });
    request.on("end", () => {
      if (!model.ok) return send(500, { error: model.error, model: about.model, version: about.version });
      let input;
      try {
        input = JSON.parse(body || "{}");
      } catch {
        return send(400, { error: "the request body is not JSON" });
      }
      const rows = Array.isArray(input.instances)
        ? input.instances
        : Array.isArray(input.features)
          ? [input.features]
          : null;
      if (!rows?.every((row) => Array.isArray(row) && row.every((x) => typeof x === "number")))
        return send(400, { error: 'expected {"features": [numbers]} or {"instances": [[numbers], ...]}' });
      return send(200, {
        model: about.model,
        version: about.version,
        predictions: rows.map((row) => score(model.json, row)),
      });
    });
    return undefined;
  }
  return send(404, { error: `no ${request.method} ${url.pathname}` });
}

/** A logistic model: sigmoid(w · [1, features]) when the weights have a bias, else sigmoid(w · features). */
function score(model, features) {
  const weights = Array.isArray(model.weights) ? model.weights : [];
  const x = weights.length === features.length + 1 ? [1, ...features] : features;
  const z = x.reduce((sum, value, i) => sum + value * (Number(weights[i]) || 0), 0);
  return Math.round((1 / (1 + Math.exp(-z))) * 1e6) / 1e6;
}

async function probe(url, digest, seconds) {
  const deadline = Date.now() + seconds * 1000;
  let last = "no answer";
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      const about = await response.json();
      if (response.ok && (!digest || about.digest === digest)) {
        console.log(`${url}: ${about.model} v${about.version} (${about.digest})`);
        process.exit(0);
      }
      last = `${response.status} ${JSON.stringify(about)}`;
    } catch (error) {
      last = error.cause?.code ?? error.message;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  console.error(`${url} did not answer with digest ${digest} within ${seconds} s (last: ${last})`);
  process.exit(1);
}
