// What train.mjs and evaluate.mjs share: reading the CSVs, the model's prediction and the metrics.
import fs from "node:fs";

export const LABELS = ["benign", "malignant"]; // 1 is the positive class: malignant

/** The rows of a CSV with an id, numeric measurements and the diagnosis. */
export function readTable(file) {
  const [header, ...lines] = fs.readFileSync(file, "utf8").trim().split(/\r?\n/);
  const names = header.split(",");
  const features = names.filter((n) => n !== "id" && n !== "diagnosis");
  const rows = lines.map((line, index) => {
    const cells = line.split(",");
    const row = Object.fromEntries(names.map((n, i) => [n, cells[i]]));
    const y = LABELS.indexOf(row.diagnosis);
    if (y < 0)
      throw new Error(`${file}:${index + 2}: diagnosis must be benign or malignant, got ${row.diagnosis}`);
    return { id: row.id, x: features.map((f) => Number(row[f])), y };
  });
  return { features, rows };
}

/** The probability of malignant: sigmoid(w · [1, features]). */
export function predict(model, x) {
  const t = x.reduce((s, v, j) => s + v * model.weights[j + 1], model.weights[0]);
  return 1 / (1 + Math.exp(-t));
}

export function scores(y, probability) {
  const predicted = probability.map((p) => (p >= 0.5 ? 1 : 0));
  const tp = predicted.filter((p, i) => p === 1 && y[i] === 1).length;
  const fp = predicted.filter((p, i) => p === 1 && y[i] === 0).length;
  const fn = predicted.filter((p, i) => p === 0 && y[i] === 1).length;
  const accuracy = predicted.filter((p, i) => p === y[i]).length / y.length;
  const f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  // ROC AUC: the chance a malignant sample scores above a benign one (ties count half).
  const positives = probability.filter((_, i) => y[i] === 1);
  const negatives = probability.filter((_, i) => y[i] === 0);
  let wins = 0;
  for (const a of positives) for (const b of negatives) wins += a > b ? 1 : a === b ? 0.5 : 0;
  const rocAuc =
    positives.length && negatives.length ? wins / (positives.length * negatives.length) : Number.NaN;
  const logLoss =
    -y.reduce((s, label, i) => {
      const q = Math.min(Math.max(probability[i], 1e-15), 1 - 1e-15);
      return s + (label ? Math.log(q) : Math.log(1 - q));
    }, 0) / y.length;
  return { accuracy, f1, roc_auc: rocAuc, log_loss: logLoss };
}
