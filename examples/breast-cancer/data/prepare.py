"""Writes data/train.csv and data/test.csv from scikit-learn's bundled copy of the Breast Cancer
Wisconsin (Diagnostic) dataset: a header row, an id per patient, snake_case column names, the
diagnosis as text, and a fixed stratified 80/20 split. Run once; its output is committed.

    python data/prepare.py
"""

import csv
import pathlib

from sklearn.datasets import load_breast_cancer
from sklearn.model_selection import train_test_split

HERE = pathlib.Path(__file__).resolve().parent


def main() -> None:
    bunch = load_breast_cancer()
    columns = [name.replace(" ", "_") for name in bunch.feature_names]
    rows = [
        [f"P{index + 1:04d}", *(f"{value:g}" for value in features), bunch.target_names[target]]
        for index, (features, target) in enumerate(zip(bunch.data, bunch.target))
    ]
    train, test = train_test_split(rows, test_size=0.2, random_state=42, stratify=bunch.target)
    for name, part in (("train.csv", train), ("test.csv", test)):
        with open(HERE / name, "w", newline="") as file:
            writer = csv.writer(file, lineterminator="\n")
            writer.writerow(["id", *columns, "diagnosis"])
            writer.writerows(sorted(part))


if __name__ == "__main__":
    main()
