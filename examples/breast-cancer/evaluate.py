"""Scores a trained diagnosis model on the held-out test data (data/test.csv).

Trainyard's evaluate action runs it twice for champion/challenger (evaluate.command in
.github/trainyard.yml), once with the production model and once with the candidate, from the
repository root, with:

    MODEL_PATH   a folder holding the model's files at their repository paths
    OUTPUT_DIR   where to write metrics.json and predictions.csv (id, label, prediction)

By hand: python evaluate.py --model out/model --output out/evaluation
"""

import argparse
import csv
import json
import os
import pathlib

import joblib

from train import HERE, LABELS, read_table, scores


def find_model(folder: pathlib.Path) -> pathlib.Path:
    found = sorted(folder.rglob("model.joblib"))
    if not found:
        raise SystemExit(f"no model.joblib under {folder}")
    return found[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=pathlib.Path, default=os.environ.get("MODEL_PATH"))
    parser.add_argument("--output", type=pathlib.Path, default=os.environ.get("OUTPUT_DIR"))
    parser.add_argument("--data", type=pathlib.Path, default=HERE / "data" / "test.csv")
    args = parser.parse_args()
    if args.model is None or args.output is None:
        parser.error("give --model and --output (or set MODEL_PATH and OUTPUT_DIR)")

    model = joblib.load(find_model(args.model))
    ids, x, y, _ = read_table([args.data])
    probability = model.predict_proba(x)[:, 1]

    args.output.mkdir(parents=True, exist_ok=True)
    metrics = scores(y, probability)
    (args.output / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n")
    with open(args.output / "predictions.csv", "w", newline="") as file:
        writer = csv.writer(file, lineterminator="\n")
        writer.writerow(["id", "label", "prediction"])
        for sample, label, p in zip(ids, y, probability):
            writer.writerow([sample, LABELS[label], LABELS[int(p >= 0.5)]])
    role = os.environ.get("MODEL_ROLE", "model")
    print(f"{role} on {len(y)} test rows: " + ", ".join(f"{k} {v:.4f}" for k, v in metrics.items()))


if __name__ == "__main__":
    main()
