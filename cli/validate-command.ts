import { parseArgs } from "node:util";
import { ConfigError } from "../lib/errors.ts";
import { thousands } from "../lib/format.ts";
import { describeExample } from "../lib/validate/annotations.ts";
import { runValidation } from "../lib/validate/run.ts";

const HELP = `Usage: trainyard validate <data file|dir|glob>... --schema <schema file> [--json]

Checks data (CSV, TSV, JSON Lines, Parquet; .gz read as is) against a data contract: a
Frictionless Table Schema in YAML or JSON, with Trainyard's table checks.

Options:
  --schema <file>   The data contract (required)
  --shard <k/n>     Validate only the k-th of n slices of the file list
  --json            Print one JSON report: { valid, rows, violations: [{ rule, column, count, examples }] }
  -h, --help        Show this help

Exit status: 0 the data meets the contract, 1 it does not, 2 a usage or schema error.`;

export async function runValidateCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      schema: { type: "string" },
      shard: { type: "string" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (!values.schema) throw new ConfigError("--schema <file> is required");
  if (positionals.length === 0) throw new ConfigError("name at least one data file, directory or glob");

  const interactive = !values.json && process.stderr.isTTY;
  const { report } = await runValidation({
    data: positionals,
    schemaFile: values.schema,
    cwd: process.cwd(),
    ...(values.shard ? { shard: values.shard } : {}),
    ...(interactive ? { onProgress: (line: string) => process.stderr.write(`\r${line}\u001b[K`) } : {}),
  });
  if (interactive) process.stderr.write("\r\u001b[K");

  if (values.json) {
    const violations = report.violations.map((v) => ({
      rule: v.rule,
      column: v.column,
      count: v.count,
      expected: v.expected,
      examples: v.examples.map((e) => ({
        file: e.file,
        row: e.row,
        line: e.line,
        value: e.value,
        ...(e.detail ? { detail: e.detail } : {}),
      })),
    }));
    console.log(
      JSON.stringify({ valid: report.valid, rows: report.rows, violations, notes: report.notes }, null, 2),
    );
  } else {
    const errors = report.violations.reduce((sum, v) => sum + v.count, 0);
    console.log(
      report.valid
        ? `✓ ${thousands(report.rows)} rows meet ${values.schema}`
        : `✗ ${thousands(report.rows)} rows, ${thousands(errors)} violations of ${report.violations.length} rules in ${values.schema}`,
    );
    for (const v of report.violations) {
      console.log(
        `  ${v.rule}${v.column === null ? "" : ` ${v.column}`}: ${thousands(v.count)} (expected ${v.expected})`,
      );
      for (const example of v.examples.slice(0, 3)) console.log(`    ${describeExample(v, example)}`);
    }
    for (const note of report.notes) console.log(`  note: ${note}`);
  }
  return report.valid ? 0 : 1;
}
