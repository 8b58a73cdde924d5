#!/usr/bin/env node
// Trains the breast-cancer diagnosis model with nothing but Node: logistic regression by full-batch
// gradient descent on standardised features. The same outputs as ../breast-cancer/train.py, under out/:
//
//   model/model.json   the model: weights over [1, raw features] (standardisation folded in),
//                      so ../serving/server.mjs serves it as it is
//   metrics.json       validation metrics: accuracy, f1, roc_auc, log_loss
//   history.jsonl      one line per 25 epochs: training and validation loss, validation accuracy
//   params.json        the parameters as this run used them
//   predictions.csv    per-example validation predictions: id, label, prediction, probability
//   slices.json        metrics per tumour size (mean_radius below or above the median)
//
//   node train.mjs [--data data/train.csv,data/incoming/batch.csv] [--epochs 400] [--learning-rate 0.5] [--out out]
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { LABELS, predict, readTable, scores } from "./model.mjs";

const { values } = parseArgs({
  options: {
    data: { type: "string", default: "" },
    epochs: { type: "string", default: "400" },
    "learning-rate": { type: "string", default: "0.5" },
    l2: { type: "string", default: "0.001" },
    "validation-share": { type: "string", default: "0.2" },
    out: { type: "string", default: "out" },
  },
});
const files = values.data ? values.data.split(",") : trainingFiles();
const params = {
  epochs: Number(values.epochs),
  learning_rate: Number(values["learning-rate"]),
  l2: Number(values.l2),
  validation_share: Number(values["validation-share"]),
  data: files,
};

/** data/train.csv and every labelled batch that arrived since, under data/incoming/. */
function trainingFiles() {
  const incoming = fs.existsSync("data/incoming")
    ? fs
        .readdirSync("data/incoming")
        .filter((f) => f.endsWith(".csv"))
        .sort()
        .map((f) => `data/incoming/${f}`)
    : [];
  return ["data/train.csv", ...incoming];
}

const tables = files.map((file) => readTable(file));
const features = tables[0].features;
const rows = tables.flatMap((t) => t.rows);
// A deterministic stratified split: every fifth row of each class is held out.
const seen = [0, 0];
const train = [];
const validation = [];
const every = Math.round(1 / params.validation_share);
for (const row of rows) (seen[row.y]++ % every === every - 1 ? validation : train).push(row);

const d = features.length;
const mean = features.map((_, j) => train.reduce((s, r) => s + r.x[j], 0) / train.length);
const std = features.map(
  (_, j) => Math.sqrt(train.reduce((s, r) => s + (r.x[j] - mean[j]) ** 2, 0) / train.length) || 1,
);
const z = (x) => x.map((v, j) => (v - mean[j]) / std[j]);
const trainZ = train.map((r) => ({ ...r, z: z(r.x) }));
const validationZ = validation.map((r) => ({ ...r, z: z(r.x) }));
let w = new Array(d + 1).fill(0);
const sigmoid = (t) => 1 / (1 + Math.exp(-t));
const p = (weights, zx) => sigmoid(zx.reduce((s, v, j) => s + v * weights[j + 1], weights[0]));
const loss = (weights, set) =>
  -set.reduce((s, r) => {
    const q = Math.min(Math.max(p(weights, r.z), 1e-15), 1 - 1e-15);
    return s + (r.y ? Math.log(q) : Math.log(1 - q));
  }, 0) / set.length;

fs.mkdirSync(path.join(values.out, "model"), { recursive: true });
const history = [];
for (let epoch = 1; epoch <= params.epochs; epoch++) {
  const gradient = new Array(d + 1).fill(0);
  for (const r of trainZ) {
    const error = p(w, r.z) - r.y;
    gradient[0] += error;
    for (let j = 0; j < d; j++) gradient[j + 1] += error * r.z[j];
  }
  w = w.map(
    (value, j) => value - params.learning_rate * (gradient[j] / trainZ.length + (j ? params.l2 * value : 0)),
  );
  if (epoch % 25 === 0 || epoch === params.epochs) {
    const correct = validationZ.filter((r) => (p(w, r.z) >= 0.5 ? 1 : 0) === r.y).length;
    history.push({
      step: epoch,
      train: { loss: loss(w, trainZ) },
      val: { loss: loss(w, validationZ), accuracy: correct / validationZ.length },
    });
  }
}

// Fold the standardisation into the weights: the model works on raw measurements.
const weights = [
  w[0] - features.reduce((s, _, j) => s + (w[j + 1] * mean[j]) / std[j], 0),
  ...features.map((_, j) => w[j + 1] / std[j]),
];
const model = { kind: "logistic-regression", labels: LABELS, features, weights };
fs.writeFileSync(path.join(values.out, "model", "model.json"), `${JSON.stringify(model, null, 2)}\n`);

const probability = validation.map((r) => predict(model, r.x));
const metrics = scores(
  validation.map((r) => r.y),
  probability,
);
fs.writeFileSync(path.join(values.out, "metrics.json"), `${JSON.stringify(metrics, null, 2)}\n`);
fs.writeFileSync(path.join(values.out, "params.json"), `${JSON.stringify(params, null, 2)}\n`);
fs.writeFileSync(
  path.join(values.out, "history.jsonl"),
  history.map((h) => `${JSON.stringify(h)}\n`).join(""),
);
fs.writeFileSync(
  path.join(values.out, "predictions.csv"),
  `id,label,prediction,probability\n${validation
    .map(
      (r, i) =>
        `${r.id},${LABELS[r.y]},${LABELS[probability[i] >= 0.5 ? 1 : 0]},${probability[i].toFixed(6)}`,
    )
    .join("\n")}\n`,
);
const radius = features.indexOf("mean_radius");
const sorted = rows.map((r) => r.x[radius]).sort((a, b) => a - b);
const median = (sorted[(sorted.length - 1) >> 1] + sorted[sorted.length >> 1]) / 2;
const slices = {};
for (const [name, keep] of [
  ["size=small", (r) => r.x[radius] < median],
  ["size=large", (r) => r.x[radius] >= median],
]) {
  const indexes = validation.map((r, i) => (keep(r) ? i : -1)).filter((i) => i >= 0);
  if (indexes.length === 0) continue;
  const correct = indexes.filter((i) => (probability[i] >= 0.5 ? 1 : 0) === validation[i].y).length;
  slices[name] = { accuracy: correct / indexes.length, rows: indexes.length };
}
fs.writeFileSync(path.join(values.out, "slices.json"), `${JSON.stringify(slices, null, 2)}\n`);
console.log(
  `trained on ${train.length} rows, validated on ${validation.length}: ${Object.entries(metrics)
    .map(([k, v]) => `${k} ${v.toFixed(4)}`)
    .join(", ")}`,
);
