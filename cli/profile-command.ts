import { writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildDataProfile } from "../lib/drift/profile.ts";
import { ConfigError } from "../lib/errors.ts";
import { thousands } from "../lib/format.ts";
import { loadTableSchema } from "../lib/schema/load.ts";

const HELP = `Usage: trainyard profile <data file|dir|glob>... [--schema <file>] [-o <file>]

Writes the data's profile as JSON: per feature its count, missing values, mean, standard
deviation, range, and its distinct values with their counts (few values) or a quantile sketch
(many); per category a frequency table. "trainyard drift" takes it as the reference, so drift
can be checked later without the data.

Options:
  --schema <file>      Column types and missing values (a Table Schema); else inferred
  -o, --output <file>  Write the profile there (default: print it)
  -h, --help           Show this help

Exit status: 0 written, 1 a data error, 2 a usage or configuration error.`;

export async function runProfileCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      schema: { type: "string" },
      output: { type: "string", short: "o" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (positionals.length === 0) throw new ConfigError("name at least one data file, directory or glob");
  const cwd = process.cwd();
  const schema = values.schema ? await loadTableSchema(path.resolve(cwd, values.schema)) : undefined;
  const profile = await buildDataProfile(positionals, { cwd, ...(schema ? { schema } : {}) });
  const text = `${JSON.stringify(profile)}\n`;
  if (values.output) {
    await writeFile(path.resolve(cwd, values.output), text);
    console.error(
      `profile of ${thousands(profile.rows)} rows, ${profile.features.length} features written to ${values.output}`,
    );
  } else process.stdout.write(text);
  return 0;
}
