"""Trains the breast-cancer diagnosis model.

Reads the parameters from params.yaml (a run may override them: --set learning_rate=0.05), fits a
gradient-boosted tree classifier on data/train.csv and every labelled batch that has arrived since
under data/incoming/ (what a retraining PR adds), with a stratified validation split held out,
and writes, under out/:

    model/model.joblib   the fitted model (scikit-learn, joblib)
    metrics.json         validation metrics: accuracy, f1, roc_auc, log_loss
    history.jsonl        one line per boosting stage: training and validation log loss, accuracy
    params.json          the parameters as this run used them
    predictions.csv      per-example validation predictions: id, label, prediction, probability
    slices.json          metrics per tumour size (mean_radius below or above the median)

    python train.py [--params params.yaml] [--set key=value ...] [--data a.csv,b.csv] [--out out]
"""

import argparse
import csv
import json
import pathlib

import joblib
import numpy as np
import yaml
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import accuracy_score, f1_score, log_loss, roc_auc_score
from sklearn.model_selection import train_test_split

HERE = pathlib.Path(__file__).resolve().parent
LABELS = ["benign", "malignant"]  # 1 is the positive class: malignant


def default_data():
    """data/train.csv, then the batches under data/incoming/ in name order."""
    incoming = sorted((HERE / "data" / "incoming").glob("*.csv"))
    return [HERE / "data" / "train.csv", *incoming]


def read_table(paths):
    """The ids, the feature matrix, the labels (1 for malignant) and the feature names."""
    rows = []
    for path in paths:
        with open(path, newline="") as file:
            rows.extend(csv.DictReader(file))
    features = [name for name in rows[0] if name not in ("id", "diagnosis")]
    ids = [row["id"] for row in rows]
    x = np.array([[float(row[name]) for name in features] for row in rows])
    y = np.array([LABELS.index(row["diagnosis"]) for row in rows])
    return ids, x, y, features


def parse_overrides(pairs):
    overrides = {}
    for pair in pairs:
        for item in filter(None, (part.strip() for part in pair.split(","))):
            key, sep, value = item.partition("=")
            if not sep:
                raise SystemExit(f"--set expects key=value, got {item!r}")
            overrides[key.strip()] = yaml.safe_load(value)
    return overrides


def scores(y, probability):
    prediction = (probability >= 0.5).astype(int)
    return {
        "accuracy": float(accuracy_score(y, prediction)),
        "f1": float(f1_score(y, prediction)),
        "roc_auc": float(roc_auc_score(y, probability)) if len(set(y)) > 1 else float("nan"),
        "log_loss": float(log_loss(y, probability, labels=[0, 1])),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--params", default=HERE / "params.yaml", type=pathlib.Path)
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE")
    parser.add_argument(
        "--data",
        type=lambda text: [pathlib.Path(part) for part in text.split(",") if part],
        help="CSV files to train on, comma-separated (default: data/train.csv and data/incoming/*.csv)",
    )
    parser.add_argument("--out", default=HERE / "out", type=pathlib.Path)
    args = parser.parse_args()

    params = yaml.safe_load(args.params.read_text())
    unknown = set(overrides := parse_overrides(args.set)) - set(params)
    if unknown:
        raise SystemExit(f"--set: no such parameter {', '.join(sorted(unknown))} in {args.params}")
    params.update(overrides)

    ids, x, y, features = read_table(args.data or default_data())
    train_ids, val_ids, x_train, x_val, y_train, y_val = train_test_split(
        ids, x, y, test_size=params["validation_share"], random_state=params["seed"], stratify=y
    )
    model = GradientBoostingClassifier(
        n_estimators=params["n_estimators"],
        learning_rate=params["learning_rate"],
        max_depth=params["max_depth"],
        subsample=params["subsample"],
        random_state=params["seed"],
    )
    model.fit(x_train, y_train)

    out = args.out
    (out / "model").mkdir(parents=True, exist_ok=True)
    joblib.dump(model, out / "model" / "model.joblib")

    probability = model.predict_proba(x_val)[:, 1]
    metrics = scores(y_val, probability)
    (out / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n")
    (out / "params.json").write_text(json.dumps(params, indent=2) + "\n")

    with open(out / "history.jsonl", "w") as file:
        staged = zip(model.staged_predict_proba(x_train), model.staged_predict_proba(x_val))
        for stage, (train_probability, val_probability) in enumerate(staged, start=1):
            point = {
                "step": stage,
                "train": {"loss": float(log_loss(y_train, train_probability[:, 1], labels=[0, 1]))},
                "val": {
                    "loss": float(log_loss(y_val, val_probability[:, 1], labels=[0, 1])),
                    "accuracy": float(accuracy_score(y_val, val_probability[:, 1] >= 0.5)),
                },
            }
            file.write(json.dumps(point) + "\n")

    with open(out / "predictions.csv", "w", newline="") as file:
        writer = csv.writer(file, lineterminator="\n")
        writer.writerow(["id", "label", "prediction", "probability"])
        for sample, label, p in zip(val_ids, y_val, probability):
            writer.writerow([sample, LABELS[label], LABELS[int(p >= 0.5)], f"{p:.6f}"])

    radius = x_val[:, features.index("mean_radius")]
    median = float(np.median(x[:, features.index("mean_radius")]))
    slices = {}
    for name, mask in (("size=small", radius < median), ("size=large", radius >= median)):
        if mask.sum() > 0:
            prediction = (probability[mask] >= 0.5).astype(int)
            slices[name] = {"accuracy": float(accuracy_score(y_val[mask], prediction)), "rows": int(mask.sum())}
    (out / "slices.json").write_text(json.dumps(slices, indent=2) + "\n")

    print(
        f"trained on {len(y_train)} rows, validated on {len(y_val)}: "
        + ", ".join(f"{name} {value:.4f}" for name, value in metrics.items())
    )


if __name__ == "__main__":
    main()
