#!/usr/bin/python3
"""The pandas peer of `trainyard validate`, for bench/validate.mjs: reads a data file with pandas
and applies the contract's checks the way Trainyard does, printing the same JSON shape
({ valid, rows, violations: [{ rule, column, count }] }).

    /usr/bin/python3 bench/validate_pandas.py DATA.csv --schema SCHEMA.json [--seconds]

What it mirrors (lib/validate/validate.ts), and how:
- missing: a cell equal to one of `missingValues` (default [""]); pandas' own NA words ("NA",
  "n/a", "null"...) are not missing (keep_default_na=False), as in Trainyard. In Parquet, null is
  missing and so is a string equal to a missing value.
- required: one violation per missing cell of a required field.
- type: a present cell that is not a number (pd.to_numeric on columns pandas left as text), or,
  in an integer field, a number with a fraction. "NaN" is a number in a number field.
- minimum/maximum/enum/unique: on the values that parsed, missing and type violations aside;
  unique counts each repeat of a value seen before (duplicated(keep="first")).
- maxMissingShare: when missing/rows exceeds it, one violation whose count is the missing cells.
- rows: one violation when the row count is outside the bounds.
- columns: a schema field absent from the header (one each), columns not in the schema (one
  violation, counted per column).
Known differences that this benchmark's data does not exercise: Trainyard takes only
`[+-]?(d+.?d*|.d+)([eE][+-]?d+)?`, `INF`, `-INF` and `NaN` as numbers and only `[+-]?digits` as
integers, whereas pandas also reads ` 1`, `inf`, `1.0` or `1e3` (as an integer); and pandas cannot
count malformed CSV rows (it stops on too many cells).
"""
import json
import sys
import time
import warnings

try:
    import numpy as np
    import pandas as pd
except ImportError:
    sys.stderr.write(
        "validate_pandas.py: pandas is not installed for this Python. On Debian:\n"
        "  apt-get install -y --no-install-recommends python3-pandas\n"
    )
    sys.exit(3)



def load_schema(path):
    with open(path, encoding="utf-8") as handle:
        if path.endswith(".json"):
            return json.load(handle)
        import yaml  # PyYAML (Debian python3-yaml); YAML 1.1, so quote values such as NO

        return yaml.safe_load(handle)


def read(path, schema):
    missing = schema.get("missingValues", [""])
    if path.endswith(".parquet"):
        try:
            frame = pd.read_parquet(path)
        except ImportError as error:
            sys.stderr.write(f"validate_pandas.py: pandas needs pyarrow (or fastparquet) for Parquet: {error}\n")
            sys.exit(3)
        for name in frame.columns:
            if frame[name].dtype == object:
                frame[name] = frame[name].mask(frame[name].isin(missing))
        return frame
    # Text fields stay text (an id like 007 is not a number), as categories when the contract
    # lists their values (faster to read and to check, and smaller); number fields are left to
    # pandas' C parser, which gives float64/int64, or object when a column holds text.
    dtypes = {
        f["name"]: "category" if "enum" in f.get("constraints", {}) else str
        for f in schema["fields"]
        if f.get("type", "string") == "string"
    }
    # A column holding text and numbers warns (DtypeWarning); check() handles such columns.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return pd.read_csv(path, dtype=dtypes, keep_default_na=False, na_values=missing)


def numbers_from_text(cells, integer):
    """Present cells of a column pandas left as text (it may also hold floats: pandas infers
    types chunk by chunk) → (count of type violations, the numbers that parsed).
    pd.to_numeric is the vectorised parser; "NaN" is a number, not a type violation, but only
    in a number field."""
    numbers = pd.to_numeric(cells, errors="coerce")
    bad = numbers.isna()
    if integer:
        bad |= numbers != np.floor(numbers)
    else:
        bad &= cells != "NaN"
    return int(bad.sum()), numbers[~bad].astype("float64")


def check(frame, schema):
    violations = {}

    def record(rule, column, count):
        if count > 0:
            key = (rule, column)
            violations[key] = violations.get(key, 0) + int(count)

    rows = len(frame)
    names = [f["name"] for f in schema["fields"]]
    for name in names:
        if name not in frame.columns:
            record("columns", name, 1)
    record("columns", None, sum(1 for c in frame.columns if c not in names))
    primary = schema.get("primaryKey") or []
    primary = [primary] if isinstance(primary, str) else primary

    for field in schema["fields"]:
        name = field["name"]
        if name not in frame.columns:
            continue
        kind = field.get("type", "string")
        constraints = field.get("constraints", {})
        column = frame[name]
        present = column.notna()
        missing = rows - int(present.sum())
        if constraints.get("required") or name in primary:
            record("required", name, missing)
        cells = column[present]

        if kind in ("integer", "number"):
            integer = kind == "integer"
            if cells.dtype == object:
                bad, values = numbers_from_text(cells, integer)
            elif integer and cells.dtype.kind == "f":
                fraction = cells != np.floor(cells)
                bad, values = int(fraction.sum()), cells[~fraction]
            else:
                bad, values = 0, cells
            record("type", name, bad)
        elif kind == "string":
            if field.get("format", "default") != "default":
                raise SystemExit(f"validate_pandas.py: string format {field['format']} is not mirrored")
            values = cells
        else:
            raise SystemExit(f"validate_pandas.py: type {kind} is not mirrored")

        if "minimum" in constraints:
            record("minimum", name, (values < constraints["minimum"]).sum())
        if "maximum" in constraints:
            record("maximum", name, (values > constraints["maximum"]).sum())
        if "enum" in constraints:
            record("enum", name, (~values.isin(constraints["enum"])).sum())
        if constraints.get("unique"):
            record("unique", name, values.duplicated(keep="first").sum())
        if primary:
            raise SystemExit("validate_pandas.py: primaryKey is not mirrored")

        share = field.get("checks", {}).get("maxMissingShare")
        if share is not None and rows > 0 and missing / rows > share:
            violations[("maxMissingShare", name)] = missing

    bounds = schema.get("checks", {}).get("rows")
    if bounds and (rows < bounds.get("min", -np.inf) or rows > bounds.get("max", np.inf)):
        record("rows", None, 1)
    return rows, [{"rule": r, "column": c, "count": n} for (r, c), n in violations.items()]


def main(argv):
    args = list(argv)
    if "--schema" not in args or len(args) < 3:
        sys.stderr.write(__doc__)
        return 2
    at = args.index("--schema")
    schema_file = args[at + 1]
    del args[at : at + 2]
    seconds = "--seconds" in args
    args = [a for a in args if a != "--seconds"]
    schema = load_schema(schema_file)
    started = time.perf_counter()
    frame = read(args[0], schema)
    loaded = time.perf_counter()
    rows, violations = check(frame, schema)
    done = time.perf_counter()
    report = {"valid": not violations, "rows": rows, "violations": violations}
    if seconds:
        report["seconds"] = {"read": round(loaded - started, 3), "check": round(done - loaded, 3)}
    print(json.dumps(report, indent=2))
    return 0 if not violations else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
