// The data and the contract of bench/validate.mjs: a seeded, deterministic CSV of about a given
// size (10 numeric and 3 categorical columns, with a known number of planted violations), the
// same rows as Parquet, and the schema both tools check. Files are generated once and cached
// (their names carry GENERATOR_VERSION: bump it whenever the rows or the schema change).
import fs from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { seeded } from "./random.mjs";

export const GENERATOR_VERSION = 1;

const COUNTRIES = [
  "US",
  "GB",
  "DE",
  "FR",
  "ES",
  "IT",
  "NL",
  "SE",
  "NO",
  "PL",
  "BR",
  "MX",
  "CA",
  "IN",
  "JP",
  "KR",
  "AU",
  "NG",
  "ZA",
  "EG",
];
const PLANS = ["free", "basic", "pro", "enterprise"];
const PLAN_WEIGHTS = [0.55, 0.25, 0.15, 0.05];

/**
 * One entry a column. `p` holds the share of cells planted as each kind of violation (or missing);
 * `value(r)` makes a valid cell from a uniform r in [0, 1); `low`, `high` and `bad` make cells
 * that break the minimum, the maximum or the type (or the enum, for strings).
 * `parquet` is the column's Parquet type.
 */
const COLUMNS = [
  {
    name: "age",
    field: { type: "integer", constraints: { required: true, minimum: 18, maximum: 100 } },
    p: { missing: 0.0005, low: 0.0001, high: 0.0001 },
    value: (r) => String(18 + Math.floor(r * 73)),
    low: (r) => String(Math.floor(r * 18)),
    high: (r) => String(101 + Math.floor(r * 100)),
    parquet: "INT32",
  },
  {
    name: "income",
    field: { type: "number", constraints: { minimum: 0, maximum: 1_000_000 } },
    p: { missing: 0.01, low: 0.0001 },
    value: (r) => (r * 200_000).toFixed(2),
    low: (r) => (-1 - r * 1000).toFixed(2),
    parquet: "DOUBLE",
  },
  {
    name: "balance",
    field: { type: "number", constraints: { minimum: -100_000, maximum: 100_000 } },
    p: { missing: 0.002, high: 0.0001 },
    value: (r) => (r * 20_000 - 10_000).toFixed(2),
    high: (r) => (100_001 + r * 100_000).toFixed(2),
    parquet: "DOUBLE",
  },
  {
    name: "sessions",
    field: { type: "integer", constraints: { minimum: 0, maximum: 10_000 } },
    p: { missing: 0.001, high: 0.00005 },
    value: (r) => String(Math.floor(r * r * 500)),
    high: (r) => String(10_001 + Math.floor(r * 50_000)),
    parquet: "INT32",
  },
  {
    name: "tenure_days",
    field: { type: "integer", constraints: { minimum: 0, maximum: 3650 }, checks: { maxMissingShare: 0.01 } },
    // More missing than the contract allows: maxMissingShare fails, its count is the missing cells.
    p: { missing: 0.015, low: 0.0001 },
    value: (r) => String(Math.floor(r * 3650)),
    low: (r) => String(-1 - Math.floor(r * 30)),
    parquet: "INT32",
  },
  {
    name: "score",
    field: { type: "number", constraints: { minimum: 0, maximum: 1 } },
    p: { missing: 0.001, high: 0.0001 },
    value: (r) => r.toFixed(6),
    high: (r) => (1.5 + r).toFixed(6),
    parquet: "DOUBLE",
  },
  {
    name: "temperature",
    field: { type: "number", constraints: { minimum: -40, maximum: 50 } },
    p: { missing: 0.003, low: 0.0001 },
    value: (r) => (r * 80 - 30).toFixed(1),
    low: (r) => (-41 - r * 40).toFixed(1),
    parquet: "DOUBLE",
  },
  {
    name: "discount",
    field: { type: "number", constraints: { minimum: 0, maximum: 1 } },
    // Text in a number column: the column is text in Parquet too.
    p: { missing: 0.005, bad: 0.00002 },
    value: (r) => (r * 0.5).toFixed(3),
    bad: () => "n/a",
    parquet: "STRING",
  },
  {
    name: "delta",
    field: { type: "integer", constraints: { minimum: -1000, maximum: 1000 } },
    // A fraction in an integer column: a type violation (DOUBLE in Parquet, so it can hold it).
    p: { missing: 0.001, bad: 0.00005, high: 0.0001 },
    value: (r) => String(Math.floor(r * 2001) - 1000),
    bad: (r) => `${Math.floor(r * 100)}.5`,
    high: (r) => String(1001 + Math.floor(r * 5000)),
    parquet: "DOUBLE",
  },
  {
    name: "latency_ms",
    field: { type: "number", constraints: { minimum: 0, maximum: 100_000 } },
    p: { missing: 0.002 },
    value: (r) => (-Math.log(1 - r) * 100).toFixed(3),
    parquet: "DOUBLE",
  },
  {
    name: "country",
    field: { type: "string", constraints: { required: true, enum: COUNTRIES } },
    p: { missing: 0.001, bad: 0.0001 },
    value: (r) => COUNTRIES[Math.floor(r * COUNTRIES.length)],
    bad: (r) => ["XX", "us", "U.S."][Math.floor(r * 3)],
    parquet: "STRING",
  },
  {
    name: "plan",
    field: { type: "string", constraints: { enum: PLANS } },
    p: { missing: 0.01, bad: 0.0001 },
    value: (r) => {
      let cumulative = 0;
      for (let i = 0; i < PLANS.length; i++) {
        cumulative += PLAN_WEIGHTS[i];
        if (r < cumulative) return PLANS[i];
      }
      return PLANS[PLANS.length - 1];
    },
    bad: () => "platinum",
    parquet: "STRING",
  },
  // user_id: written by the generator itself (unique, with planted duplicates); see makeRows.
  {
    name: "user_id",
    field: { type: "string", constraints: { required: true, unique: true } },
    p: {},
    parquet: "STRING",
  },
];

const DUPLICATE_ID_SHARE = 0.0001;
const ROW_BOUNDS = { min: 1000, max: 100_000_000 };

/** The contract, as the object both files (YAML for Trainyard, JSON for the pandas peer) hold. */
export function contract() {
  return {
    missingValues: [""],
    checks: { rows: ROW_BOUNDS },
    fields: COLUMNS.map((column) => ({ name: column.name, ...column.field })),
  };
}

/**
 * Yields batches of rows (arrays of cell texts, "" for missing) until `shouldStop()` says so, and
 * counts what it planted in `truth` (`rule|column` → count), the counts a correct check reports.
 */
function* makeRows(truth, shouldStop, batch = 10_000) {
  const random = seeded(20261122);
  const count = (key, n = 1) => truth.set(key, (truth.get(key) ?? 0) + n);
  const duplicateRows = new Set();
  const missing = new Map(COLUMNS.map((c) => [c.name, 0]));
  let index = 0;
  while (!shouldStop()) {
    const rows = [];
    for (let b = 0; b < batch; b++, index++) {
      const cells = [];
      for (const column of COLUMNS) {
        if (column.name === "user_id") {
          // A duplicate names an earlier row that is not itself a duplicate, so that every
          // duplicate repeats an id already seen: the unique count is the duplicates planted.
          let id = index;
          if (index > 0 && random() < DUPLICATE_ID_SHARE) {
            do id = Math.floor(random() * index);
            while (duplicateRows.has(id));
            duplicateRows.add(index);
            count("unique|user_id");
          }
          cells.push(`u${String(id).padStart(10, "0")}`);
          continue;
        }
        const r = random();
        const { p } = column;
        let threshold = p.missing ?? 0;
        if (r < threshold) {
          cells.push("");
          missing.set(column.name, missing.get(column.name) + 1);
          if (column.field.constraints.required) count(`required|${column.name}`);
          continue;
        }
        let planted;
        for (const kind of ["bad", "low", "high"]) {
          threshold += p[kind] ?? 0;
          if (r < threshold) {
            planted = kind;
            break;
          }
        }
        const v = random();
        if (planted === undefined) {
          cells.push(column.value(v));
        } else {
          cells.push(column[planted](v));
          const rule =
            planted === "low"
              ? "minimum"
              : planted === "high"
                ? "maximum"
                : column.field.type === "string"
                  ? "enum"
                  : "type";
          count(`${rule}|${column.name}`);
        }
      }
      rows.push(cells);
    }
    yield rows;
  }
  truth.set("#rows", index);
  for (const column of COLUMNS) {
    const share = column.field.checks?.maxMissingShare;
    if (share !== undefined && missing.get(column.name) / index > share)
      count(`maxMissingShare|${column.name}`, missing.get(column.name));
  }
  if (index < ROW_BOUNDS.min || index > ROW_BOUNDS.max) count("rows|");
}

function writeCsv(file, targetBytes) {
  const truth = new Map();
  const temporary = `${file}.partial`;
  const out = fs.openSync(temporary, "w");
  let written = fs.writeSync(out, `${COLUMNS.map((c) => c.name).join(",")}\n`);
  for (const rows of makeRows(truth, () => written >= targetBytes)) {
    written += fs.writeSync(out, `${rows.map((cells) => cells.join(",")).join("\n")}\n`);
  }
  fs.closeSync(out);
  fs.renameSync(temporary, file);
  return truth;
}

async function writeParquet(file, rowCount) {
  const { parquetWriteFile } = await import("hyparquet-writer");
  const truth = new Map();
  const data = COLUMNS.map(() => []);
  let rows = 0;
  for (const batch of makeRows(truth, () => rows >= rowCount)) {
    for (const cells of batch) {
      if (rows >= rowCount) break;
      rows++;
      cells.forEach((text, i) => {
        const type = COLUMNS[i].parquet;
        data[i].push(text === "" ? null : type === "STRING" ? text : Number(text));
      });
    }
  }
  const temporary = `${file}.partial`;
  parquetWriteFile({
    filename: temporary,
    columnData: COLUMNS.map((column, i) => ({ name: column.name, data: data[i], type: column.parquet })),
    rowGroupSize: 100_000,
  });
  fs.renameSync(temporary, file);
}

/**
 * The benchmark's files for a CSV of about `megabytes` MB (and, with `parquet`, the same rows as
 * Parquet), generated into `dir` unless already there. Answers their paths, the CSV's bytes and
 * rows, and the planted counts.
 */
export async function ensureDataset(dir, megabytes, { parquet = false, log = console.log } = {}) {
  fs.mkdirSync(dir, { recursive: true });
  const base = path.join(dir, `validate-v${GENERATOR_VERSION}-${megabytes}MB`);
  const csv = `${base}.csv`;
  const truthFile = `${base}.truth.json`;
  if (!fs.existsSync(csv) || !fs.existsSync(truthFile)) {
    const started = performance.now();
    log(`generating ${path.relative(process.cwd(), csv)} (${megabytes} MB)…`);
    const truth = writeCsv(csv, megabytes * 1e6);
    fs.writeFileSync(truthFile, `${JSON.stringify(Object.fromEntries(truth), null, 1)}\n`);
    log(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const truth = JSON.parse(fs.readFileSync(truthFile, "utf8"));
  const rows = truth["#rows"];
  delete truth["#rows"];
  const result = { csv, csvBytes: fs.statSync(csv).size, rows, truth };
  if (parquet) {
    result.parquet = `${base}.parquet`;
    if (!fs.existsSync(result.parquet)) {
      const started = performance.now();
      log(`writing ${path.relative(process.cwd(), result.parquet)} with hyparquet-writer…`);
      await writeParquet(result.parquet, rows);
      log(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    result.parquetBytes = fs.statSync(result.parquet).size;
  }
  return result;
}

/** Writes the contract as YAML (what a user writes, read by Trainyard) and JSON (the pandas peer). */
export function writeContract(dir) {
  fs.mkdirSync(dir, { recursive: true });
  const yamlFile = path.join(dir, `validate-v${GENERATOR_VERSION}.schema.yml`);
  const jsonFile = path.join(dir, `validate-v${GENERATOR_VERSION}.schema.json`);
  const schema = contract();
  const header = "# The data contract of bench/validate.mjs (generated; the .json beside it is the same).\n";
  fs.writeFileSync(yamlFile, header + YAML.stringify(schema));
  fs.writeFileSync(jsonFile, `${JSON.stringify(schema, null, 2)}\n`);
  return { yamlFile, jsonFile };
}
