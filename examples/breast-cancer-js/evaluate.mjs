#!/usr/bin/env node
// Scores a trained diagnosis model on the held-out test data (data/test.csv), as ../breast-cancer/evaluate.py
// does. Trainyard's evaluate action runs it twice for champion/challenger (evaluate.command), with
//   MODEL_PATH   a folder holding the model's files at their repository paths
//   OUTPUT_DIR   where to write metrics.json and predictions.csv (id, label, prediction)
// By hand: node evaluate.mjs --model out/model --output out/evaluation
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { LABELS, predict, readTable, scores } from "./model.mjs";

const { values } = parseArgs({
  options: {
    model: { type: "string", default: process.env.MODEL_PATH ?? "" },
    output: { type: "string", default: process.env.OUTPUT_DIR ?? "" },
    data: { type: "string", default: "data/test.csv" },
  },
});
if (!values.model || !values.output) {
  console.error("give --model and --output (or set MODEL_PATH and OUTPUT_DIR)");
  process.exit(2);
}
const file = findModel(values.model);
const model = JSON.parse(fs.readFileSync(file, "utf8"));
const { rows } = readTable(values.data);
const probability = rows.map((r) => predict(model, r.x));
const metrics = scores(
  rows.map((r) => r.y),
  probability,
);
fs.mkdirSync(values.output, { recursive: true });
fs.writeFileSync(path.join(values.output, "metrics.json"), `${JSON.stringify(metrics, null, 2)}\n`);
fs.writeFileSync(
  path.join(values.output, "predictions.csv"),
  `id,label,prediction\n${rows.map((r, i) => `${r.id},${LABELS[r.y]},${LABELS[probability[i] >= 0.5 ? 1 : 0]}`).join("\n")}\n`,
);
const role = process.env.MODEL_ROLE ?? "model";
console.log(
  `${role} on ${rows.length} test rows: ${Object.entries(metrics)
    .map(([k, v]) => `${k} ${v.toFixed(4)}`)
    .join(", ")}`,
);

function findModel(folder) {
  if (fs.statSync(folder).isFile()) return folder;
  const found = fs
    .readdirSync(folder, { recursive: true })
    .map(String)
    .filter((f) => path.basename(f) === "model.json")
    .sort();
  if (found.length === 0) {
    console.error(`no model.json under ${folder}`);
    process.exit(1);
  }
  return path.join(folder, found[0]);
}
