// Writes the JSON Schemas editors use for Trainyard's files, generated from the zod schemas the
// code reads them with, so the two cannot drift. Run by `npm run build`; the output is committed.
import fs from "node:fs";
import path from "node:path";
import { trainyardConfigJsonSchema } from "../lib/config/trainyard-config.ts";
import { tableSchemaJsonSchema } from "../lib/schema/table-schema.ts";

const outDir = path.resolve(process.argv[2] ?? "schemas");
fs.mkdirSync(outDir, { recursive: true });
for (const [name, schema] of [
  ["trainyard-config.json", trainyardConfigJsonSchema()],
  ["table-schema.json", tableSchemaJsonSchema()],
] as const) {
  fs.writeFileSync(path.join(outDir, name), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote schemas/${name}`);
}
