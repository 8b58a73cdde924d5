#!/usr/bin/python3
"""The scipy/numpy peer of `trainyard drift` for bench/drift.mjs.

    /usr/bin/python3 bench/drift_scipy.py <reference.csv> <current.csv> --schema <schema.json>

Reads both CSVs with pandas (read_csv, C engine; "" is missing; Table Schema "integer" and
"number" fields as float64, "string" fields as pandas categoricals), then for each feature
computes what Evidently computes, with scipy and numpy, and prints the same JSON as
`trainyard drift --json`: { drifted, share, features: [{ feature, kind, test, statistic,
p_value, psi, drifted }] }, plus "seconds": { read, tests }.

The test per feature is Evidently's default (as lib/drift/drift-tests.ts chooses it), n being
the distinct values of both samples together:
- reference of at most 1,000 values: numerical with n > 5: scipy.stats.ks_2samp; n <= 2: the
  two-proportion Z test (2 * scipy.stats.norm.sf(|z|)); else Evidently's chi-squared:
  scipy.stats.chisquare(current counts, reference counts * n_current / n_reference);
- larger: numerical with n > 5: scipy.stats.wasserstein_distance(ref, cur) / numpy.std(ref);
  else scipy.spatial.distance.jensenshannon of the binned shares.
PSI, for every feature: Evidently's get_binned_data (numerical columns with more than 20
distinct reference values in numpy.histogram_bin_edges(both, "sturges") bins, else one bin per
value; empty bins filled with min(non-empty share) / 1e6 when that is <= 1e-4, else 1e-4) and
sum((r - c) * ln(r / c)). Bins of values are in ascending order (numbers) or code point order
(text), as Trainyard orders them, so that numpy sums the same terms in the same order.
"""

import argparse
import json
import sys
import time

import numpy as np
import pandas as pd
from scipy import stats
from scipy.spatial import distance

SMALL_REFERENCE_ROWS = 1000
PER_VALUE_MAX_DISTINCT = 20
THRESHOLDS = {"ks": 0.05, "chisquare": 0.05, "z": 0.05, "wasserstein": 0.1, "jensenshannon": 0.1}


def read(file, schema):
    dtypes = {
        field["name"]: ("float64" if field["type"] in ("integer", "number") else "category")
        for field in schema["fields"]
    }
    return pd.read_csv(
        file,
        dtype=dtypes,
        keep_default_na=False,
        na_values=schema.get("missingValues", [""]),
        engine="c",
    )


def counts(series):
    """Value -> count of the present values, as a dict (categoricals' unused categories dropped)."""
    vc = series.value_counts(dropna=True)
    return {key: int(n) for key, n in vc.items() if n > 0}


def union_keys(ref_counts, cur_counts, numerical):
    keys = set(ref_counts) | set(cur_counts)
    return sorted(keys) if numerical else sorted(keys, key=str)


def binned(ref, cur, numerical, fill_empty):
    if numerical and ref.nunique() > PER_VALUE_MAX_DISTINCT:
        both = np.concatenate([ref.to_numpy(), cur.to_numpy()])
        edges = np.histogram_bin_edges(both, bins="sturges")
        r = np.histogram(ref.to_numpy(), edges)[0] / len(ref)
        c = np.histogram(cur.to_numpy(), edges)[0] / len(cur)
    else:
        rc, cc = counts(ref), counts(cur)
        keys = union_keys(rc, cc, numerical)
        r = np.array([rc.get(k, 0) for k in keys]) / len(ref)
        c = np.array([cc.get(k, 0) for k in keys]) / len(cur)
    if fill_empty:
        for shares in (r, c):
            smallest = shares[shares != 0].min()
            np.place(shares, shares == 0, smallest / 10**6 if smallest <= 0.0001 else 0.0001)
    return r, c


def psi(ref, cur, numerical):
    r, c = binned(ref, cur, numerical, True)
    return float(np.sum((r - c) * np.log(r / c)))


def compare(ref, cur, numerical):
    distinct = pd.concat([ref.astype(object), cur.astype(object)]).nunique() if not numerical else len(
        np.union1d(ref.unique(), cur.unique())
    )
    if len(ref) <= SMALL_REFERENCE_ROWS:
        test = "ks" if numerical and distinct > 5 else ("z" if distinct <= 2 else "chisquare")
    else:
        test = "wasserstein" if numerical and distinct > 5 else "jensenshannon"
    p_value = None
    if test == "ks":
        result = stats.ks_2samp(ref.to_numpy(), cur.to_numpy())
        statistic, p_value = float(result.statistic), float(result.pvalue)
    elif test == "chisquare":
        rc, cc = counts(ref), counts(cur)
        keys = union_keys(rc, cc, numerical)
        scale = len(cur) / len(ref)
        result = stats.chisquare([cc.get(k, 0) for k in keys], [rc.get(k, 0) * scale for k in keys])
        statistic, p_value = float(result.statistic), float(result.pvalue)
    elif test == "z":
        rc, cc = counts(ref), counts(cur)
        keys = union_keys(rc, cc, numerical)
        if len(keys) == 1:
            statistic, p_value = 0.0, 1.0
        else:
            n1, n2 = len(ref), len(cur)
            p1, p2 = rc.get(keys[0], 0) / n1, cc.get(keys[0], 0) / n2
            pooled = (p1 * n1 + p2 * n2) / (n1 + n2)
            statistic = (p1 - p2) / np.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
            statistic, p_value = float(statistic), float(2 * stats.norm.sf(abs(statistic)))
    elif test == "wasserstein":
        r, c = ref.to_numpy(), cur.to_numpy()
        statistic = float(stats.wasserstein_distance(r, c) / np.std(r))
    else:
        r, c = binned(ref, cur, numerical, False)
        statistic = float(distance.jensenshannon(r, c))
    drifted = p_value <= THRESHOLDS[test] if p_value is not None else statistic >= THRESHOLDS[test]
    return test, statistic, p_value, psi(ref, cur, numerical), bool(drifted)


def finite_or_none(value):
    """As `trainyard drift --json` prints them: infinite or NaN values (e.g. chi-squared with a value
    the reference never had) as null."""
    return value if value is not None and np.isfinite(value) else None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("reference")
    parser.add_argument("current")
    parser.add_argument("--schema", required=True)
    args = parser.parse_args()
    with open(args.schema) as f:
        schema = json.load(f)
    started = time.perf_counter()
    reference = read(args.reference, schema)
    current = read(args.current, schema)
    read_seconds = time.perf_counter() - started
    features = []
    for field in schema["fields"]:
        name = field["name"]
        numerical = field["type"] in ("integer", "number")
        test, statistic, p_value, psi_value, drifted = compare(
            reference[name].dropna(), current[name].dropna(), numerical
        )
        features.append(
            {
                "feature": name,
                "kind": "numerical" if numerical else "categorical",
                "test": test,
                "statistic": finite_or_none(statistic),
                "p_value": finite_or_none(p_value),
                "psi": finite_or_none(psi_value),
                "drifted": drifted,
            }
        )
    drifted = sum(f["drifted"] for f in features)
    share = drifted / len(features)
    json.dump(
        {
            "drifted": share >= 0.5,
            "share": share,
            "features": features,
            "seconds": {"read": round(read_seconds, 3), "tests": round(time.perf_counter() - started - read_seconds, 3)},
        },
        sys.stdout,
        indent=2,
    )
    print()


if __name__ == "__main__":
    main()
