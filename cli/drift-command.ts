import { writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { checkDrift } from "../lib/drift/drift.ts";
import { buildDataProfile, type DataProfile, readDataProfile } from "../lib/drift/profile.ts";
import { driftMetricsText } from "../lib/drift/prometheus.ts";
import { summarizeDriftReport } from "../lib/drift/report.ts";
import { ConfigError } from "../lib/errors.ts";
import { loadTableSchema } from "../lib/schema/load.ts";
import { renderDriftReport } from "../reports/drift.ts";

const HELP = `Usage: trainyard drift <reference> <current>... [--schema <file>] [--json] [--profile]

Compares current data with reference data feature by feature (Kolmogorov–Smirnov, chi-squared,
Z, normalised Wasserstein, Jensen–Shannon, PSI; chosen per column as Evidently does) and prints
the drift report. <reference> is data (a file, directory or glob: CSV, TSV, JSON Lines, Parquet)
or a profile JSON (from "trainyard profile", or a model version's trainyard.json).

Options:
  --schema <file>        Column types and missing values (a Table Schema); else inferred
  --json                 Print { drifted, share, features: [{ feature, kind, test, statistic, p_value, psi, drifted }] }
  --profile              Compare against the reference's profile, as for a registered model
  --share <0..1>         Share of drifted features that is dataset drift (default 0.5)
  --prometheus <file>    Also write the statistics in Prometheus text format
  --model <name>         The model label for --prometheus (default "model")
  -h, --help             Show this help

Exit status: 0 no dataset drift, 1 dataset drift, 2 a usage or configuration error.`;

export async function runDriftCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      schema: { type: "string" },
      json: { type: "boolean", default: false },
      profile: { type: "boolean", default: false },
      share: { type: "string" },
      prometheus: { type: "string" },
      model: { type: "string", default: "model" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const [referenceArgument, ...current] = positionals;
  if (referenceArgument === undefined || current.length === 0)
    throw new ConfigError(
      "give the reference and the current data: trainyard drift <reference> <current>...",
    );
  const share = values.share === undefined ? undefined : Number(values.share);
  if (share !== undefined && !(share >= 0 && share <= 1))
    throw new ConfigError(`--share must be a number from 0 to 1, got "${values.share}"`);
  const cwd = process.cwd();
  const schema = values.schema ? await loadTableSchema(path.resolve(cwd, values.schema)) : undefined;
  let reference: string[] | DataProfile = [referenceArgument];
  if (/\.json$/i.test(referenceArgument))
    reference = await readDataProfile(path.resolve(cwd, referenceArgument));
  else if (values.profile)
    reference = await buildDataProfile([referenceArgument], { cwd, ...(schema ? { schema } : {}) });
  const report = await checkDrift({
    reference,
    current,
    cwd,
    ...(schema ? { schema } : {}),
    ...(share !== undefined ? { settings: { share } } : {}),
  });
  if (values.prometheus)
    await writeFile(path.resolve(cwd, values.prometheus), driftMetricsText(report, { model: values.model }));
  process.stdout.write(
    values.json ? `${JSON.stringify(summarizeDriftReport(report), null, 2)}\n` : renderDriftReport(report),
  );
  return report.drifted ? 1 : 0;
}
