import fs from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadTrainyardConfig, type ModelConfig } from "../lib/config/trainyard-config.ts";
import { ConfigError } from "../lib/errors.ts";
import { compareRuns, serializeComparison } from "../lib/evaluate/compare.ts";
import { type Metrics, readMetrics } from "../lib/metrics/read.ts";
import { versionMetadata } from "../lib/registry/version-metadata.ts";
import { runRecord } from "../lib/runs/run-record.ts";
import { renderComparison } from "../reports/comparison.ts";

const HELP = `Usage: trainyard compare <base> <head> [--config .github/trainyard.yml] [--model <name>] [--json]

Compares two runs the way the evaluate action does and prints the report's markdown. Each of
<base> and <head> is a run record (run-record.json), a model version's trainyard.json, or a
metrics file (JSON, YAML or CSV). Gates come from the config's model.

Exit status: 0 every gate passed, 1 a gate failed, 2 a usage or configuration error.`;

interface Side {
  label: string;
  model: string | undefined;
  metrics: Metrics;
  slices: Record<string, Metrics>;
}

export async function runCompareCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      config: { type: "string", default: ".github/trainyard.yml" },
      model: { type: "string" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (positionals.length !== 2) throw new ConfigError("give two files: <base> <head>");
  const [base, head] = await Promise.all(positionals.map((file) => readSide(file)));
  const chosen = await modelFor(values.config, values.model ?? head?.model ?? base?.model);
  const model = chosen.name ?? "model";
  const modelConfig = chosen.config;
  const comparison = compareRuns({
    candidate: { metrics: (head as Side).metrics, slices: (head as Side).slices },
    baseline: { label: (base as Side).label, metrics: (base as Side).metrics, slices: (base as Side).slices },
    ...(modelConfig
      ? { gates: modelConfig.gates, ...(modelConfig.slices ? { sliceGates: modelConfig.slices } : {}) }
      : {}),
  });
  process.stdout.write(
    values.json ? serializeComparison(comparison) : renderComparison(comparison, model ?? "model"),
  );
  return comparison.passed ? 0 : 1;
}

async function readSide(file: string): Promise<Side> {
  const name = path.basename(file);
  if (file.endsWith(".json")) {
    let data: unknown;
    try {
      data = JSON.parse(await fs.readFile(file, "utf8"));
    } catch {
      // Not there, or not JSON: readMetrics below says which, at the line.
    }
    const asVersion = versionMetadata.safeParse(data);
    if (asVersion.success) {
      const { record, version } = asVersion.data;
      return {
        label: `v${version}`,
        model: asVersion.data.model,
        metrics: record.metrics,
        slices: record.slices,
      };
    }
    const asRecord = runRecord.safeParse(data);
    if (asRecord.success)
      return {
        label: `${asRecord.data.git.ref.replace(/^refs\/heads\//, "")}@${asRecord.data.git.commit.slice(0, 7)}`,
        model: asRecord.data.model,
        metrics: asRecord.data.metrics,
        slices: asRecord.data.slices,
      };
  }
  return { label: name, model: undefined, metrics: await readMetrics(file), slices: {} };
}

/** The model to judge (named, or the config's only one) and its config, when there is a config. */
async function modelFor(
  configFile: string,
  named: string | undefined,
): Promise<{ name: string | undefined; config: ModelConfig | undefined }> {
  const exists = await fs.stat(configFile).then(
    () => true,
    () => false,
  );
  if (!exists) return { name: named, config: undefined };
  const config = await loadTrainyardConfig(configFile);
  const names = Object.keys(config.models);
  const name = named ?? (names.length === 1 ? names[0] : undefined);
  if (name === undefined)
    throw new ConfigError(`${configFile} has several models (${names.join(", ")}): say which with --model`);
  const found = config.models[name];
  if (!found)
    throw new ConfigError(`no model "${name}" under models:`, { file: configFile, field: `models.${name}` });
  return { name, config: found };
}
