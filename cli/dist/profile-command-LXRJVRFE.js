import { createRequire as __trainyardCreateRequire } from "node:module";
const require = __trainyardCreateRequire(import.meta.url);
import {
  buildDataProfile
} from "./chunk-CXRRKWUO.js";
import {
  loadTableSchema
} from "./chunk-2ZLSDUPR.js";
import "./chunk-OV7LGPEV.js";
import "./chunk-HU65S6RB.js";
import "./chunk-UJ3F4ZQT.js";
import {
  thousands
} from "./chunk-F3UCSHKE.js";
import "./chunk-GTQZ2Z3F.js";
import "./chunk-H3MNTIMB.js";
import {
  ConfigError
} from "./chunk-ND3XTC2T.js";
import "./chunk-L3VH6XS6.js";

// cli/profile-command.ts
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
var HELP = `Usage: trainyard profile <data file|dir|glob>... [--schema <file>] [-o <file>]

Writes the data's profile as JSON: per feature its count, missing values, mean, standard
deviation, range, and its distinct values with their counts (few values) or a quantile sketch
(many); per category a frequency table. "trainyard drift" takes it as the reference, so drift
can be checked later without the data.

Options:
  --schema <file>      Column types and missing values (a Table Schema); else inferred
  -o, --output <file>  Write the profile there (default: print it)
  -h, --help           Show this help

Exit status: 0 written, 1 a data error, 2 a usage or configuration error.`;
async function runProfileCommand(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      schema: { type: "string" },
      output: { type: "string", short: "o" },
      help: { type: "boolean", short: "h", default: false }
    }
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (positionals.length === 0) throw new ConfigError("name at least one data file, directory or glob");
  const cwd = process.cwd();
  const schema = values.schema ? await loadTableSchema(path.resolve(cwd, values.schema)) : void 0;
  const profile = await buildDataProfile(positionals, { cwd, ...schema ? { schema } : {} });
  const text = `${JSON.stringify(profile)}
`;
  if (values.output) {
    await writeFile(path.resolve(cwd, values.output), text);
    console.error(
      `profile of ${thousands(profile.rows)} rows, ${profile.features.length} features written to ${values.output}`
    );
  } else process.stdout.write(text);
  return 0;
}
export {
  runProfileCommand
};
