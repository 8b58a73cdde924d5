// The data of bench/drift.mjs: a seeded reference CSV and a drifted current CSV of the same size,
// 20 features of every shape the drift check treats differently — continuous numbers (many
// distinct values: kept exactly while the value budget lasts, then as a sketch), integers with few
// values (an exact table: per value up to 20, Sturges bins above), and text categories. Generated
// once and cached; the names carry DRIFT_DATA_VERSION: bump it whenever the rows change.
import fs from "node:fs";
import path from "node:path";
import { seeded } from "./random.mjs";

export const DRIFT_DATA_VERSION = 1;

const COUNTRIES = "US GB DE FR ES IT NL SE NO PL BR MX CA IN JP KR AU NG ZA EG".split(" ");
const CITIES = Array.from({ length: 200 }, (_, i) => `city${String(i).padStart(3, "0")}`);
const pick = (list, r) => list[Math.min(list.length - 1, Math.floor(r * list.length))];
const weighted = (list, weights, r) => {
  let acc = 0;
  for (let i = 0; i < list.length; i++) {
    acc += weights[i];
    if (r < acc) return list[i];
  }
  return list[list.length - 1];
};

/**
 * One entry a feature: `type` (Table Schema), and `cell({ u, n, d })` (u: a uniform draw, n: a normal one, d: drifted) making a cell's
 * text ("" for missing). The current data is drawn with `drifted` true: some features move.
 */
export const FEATURES = [
  { name: "num_0", type: "number", cell: ({ n, d }) => (50 + (d ? 1 : 0) + 10 * n()).toFixed(4) },
  { name: "num_1", type: "number", cell: ({ n }) => Math.exp(3 + 0.5 * n()).toFixed(2) },
  { name: "num_2", type: "number", cell: ({ u }) => (u() * 1000).toFixed(3) },
  { name: "num_3", type: "number", cell: ({ u, d }) => (-Math.log(1 - u()) * (d ? 11 : 10)).toFixed(4) },
  { name: "num_4", type: "number", cell: ({ n }) => n().toFixed(6) },
  {
    name: "num_5",
    type: "number",
    cell: ({ u, n, d }) => (u() < (d ? 0.35 : 0.3) ? 5 + n() : -2 + 2 * n()).toFixed(4),
  },
  { name: "num_6", type: "number", cell: ({ n }) => (100 + 15 * n()).toFixed(2) },
  { name: "num_7", type: "number", cell: ({ u }) => (u() < 0.01 ? "" : (2 * u() - 1).toFixed(5)) },
  {
    name: "int_0",
    type: "integer",
    cell: ({ u, d }) => String(18 + Math.floor((d ? u() ** 0.9 : u()) * 73)),
  },
  {
    name: "int_1",
    type: "integer",
    cell: ({ u }) => {
      // Poisson(3) by inversion.
      let k = 0;
      let p = Math.exp(-3);
      let s = p;
      const r = u();
      while (r > s && k < 30) {
        k++;
        p *= 3 / k;
        s += p;
      }
      return String(k);
    },
  },
  { name: "int_2", type: "integer", cell: ({ u, d }) => String(1 + Math.floor((d ? u() ** 0.8 : u()) * 5)) },
  { name: "int_3", type: "integer", cell: ({ u, d }) => (u() < (d ? 0.22 : 0.2) ? "1" : "0") },
  { name: "int_4", type: "integer", cell: ({ u }) => String(Math.floor(u() * 1000)) },
  { name: "int_5", type: "integer", cell: ({ u }) => String(Math.floor(u() * 41)) },
  { name: "cat_0", type: "string", cell: ({ u }) => pick(COUNTRIES, u()) },
  {
    name: "cat_1",
    type: "string",
    cell: ({ u, d }) =>
      weighted(
        ["free", "basic", "pro", "enterprise"],
        d ? [0.5, 0.28, 0.16, 0.06] : [0.55, 0.25, 0.15, 0.05],
        u(),
      ),
  },
  {
    name: "cat_2",
    type: "string",
    cell: ({ u }) => weighted(["mobile", "desktop", "tablet"], [0.6, 0.3, 0.1], u()),
  },
  { name: "cat_3", type: "string", cell: ({ u, d }) => (u() < (d ? 0.45 : 0.5) ? "yes" : "no") },
  { name: "cat_4", type: "string", cell: ({ u }) => (u() < 0.005 ? "" : pick(CITIES, u() * u())) },
  {
    name: "cat_5",
    type: "string",
    cell: ({ u, d }) => `s${String(Math.floor(u() * (d ? 51 : 50))).padStart(2, "0")}`,
  },
];

/** The Table Schema both files are read with (Trainyard: --schema; the scipy peer: its dtypes). */
export function driftSchema() {
  return { fields: FEATURES.map(({ name, type }) => ({ name, type })), missingValues: [""] };
}

function writeCsv(file, rows, seed, drifted) {
  const u = seeded(seed);
  let spare;
  const n = () => {
    if (spare !== undefined) {
      const value = spare;
      spare = undefined;
      return value;
    }
    // Box–Muller: two normals from two uniforms.
    const radius = Math.sqrt(-2 * Math.log(1 - u()));
    const angle = 2 * Math.PI * u();
    spare = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  };
  const partial = `${file}.partial`;
  const out = fs.openSync(partial, "w");
  fs.writeSync(out, `${FEATURES.map((f) => f.name).join(",")}\n`);
  const BATCH = 20_000;
  for (let done = 0; done < rows; done += BATCH) {
    const lines = [];
    for (let i = 0; i < Math.min(BATCH, rows - done); i++)
      lines.push(FEATURES.map((feature) => feature.cell({ u, n, d: drifted })).join(","));
    fs.writeSync(out, `${lines.join("\n")}\n`);
  }
  fs.closeSync(out);
  fs.renameSync(partial, file);
}

/** The reference and current CSVs of `rows` rows each (generated when missing) and the schema file. */
export function ensureDriftData(dir, rows, { log = console.log } = {}) {
  fs.mkdirSync(dir, { recursive: true });
  const base = path.join(dir, `drift-v${DRIFT_DATA_VERSION}-${rows}`);
  const files = { reference: `${base}-reference.csv`, current: `${base}-current.csv` };
  for (const [side, file] of Object.entries(files)) {
    if (fs.existsSync(file)) continue;
    const started = performance.now();
    log(`generating ${path.relative(process.cwd(), file)} (${rows.toLocaleString("en-US")} rows)…`);
    writeCsv(file, rows, side === "reference" ? 20261123 : 20261124, side === "current");
    log(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const schema = path.join(dir, `drift-v${DRIFT_DATA_VERSION}.schema.json`);
  fs.writeFileSync(schema, `${JSON.stringify(driftSchema(), null, 2)}\n`);
  return { ...files, schema, bytes: fs.statSync(files.reference).size + fs.statSync(files.current).size };
}
