import fs from "node:fs/promises";
import path from "node:path";
import { loadTrainyardConfig } from "../../lib/config/trainyard-config.ts";
import { ConfigError, DataError } from "../../lib/errors.ts";
import { type Comparison, compareRuns, serializeComparison } from "../../lib/evaluate/compare.ts";
import { resolveDirection } from "../../lib/evaluate/gates.ts";
import { readPairedPredictions } from "../../lib/evaluate/predictions.ts";
import { significanceOfCorrectness } from "../../lib/evaluate/significance.ts";
import type { GitHubClient } from "../../lib/github/client.ts";
import { parseRunRecord, type RunRecord } from "../../lib/runs/run-record.ts";
import { pickBestRun, readSweepRecords, SWEEP_FILE, type Sweep, sweepMetric } from "../../lib/runs/sweep.ts";
import type { ArtifactStore } from "../artifacts.ts";
import { type Baseline, findBaseline, scoreBoth } from "./baseline.ts";

export interface EvaluationRequest {
  model: string;
  configFile: string;
  recordFile: string;
  /** A hyper-parameter sweep: its runs' records, whose best run is the candidate (recordFile unused). */
  sweep?: { patterns: string[]; metric?: string | undefined; expectedRuns?: number | undefined } | undefined;
  workspace: string;
  tempDir: string;
  github: GitHubClient;
  owner: string;
  repo: string;
  baseBranch: string;
  token: string;
  artifacts: ArtifactStore | undefined;
  onLine: (line: string) => void;
}

export interface Evaluation {
  comparison: Comparison;
  baseline: Baseline | undefined;
  candidate: RunRecord;
  /** The candidate's record file: recordFile, or the sweep's best run's. */
  candidateFile: string;
  sweep: Sweep | undefined;
  /** "recorded" metrics from the runs, or "scored" by the evaluation command on today's data. */
  scoring: "recorded" | "scored";
}

export async function evaluateCandidate(request: EvaluationRequest): Promise<Evaluation> {
  const config = await loadTrainyardConfig(path.resolve(request.workspace, request.configFile));
  const model = config.models[request.model];
  if (!model)
    throw new ConfigError(
      `no model "${request.model}" under models: (has ${Object.keys(config.models).join(", ") || "none"})`,
      {
        file: request.configFile,
        field: `models.${request.model}`,
      },
    );
  let candidateFile = request.recordFile;
  let sweep: Sweep | undefined;
  let candidate: RunRecord;
  if (request.sweep) {
    const metric = sweepMetric(request.sweep.metric, model.gates, request.configFile);
    const entries = await readSweepRecords(request.sweep.patterns, request.workspace);
    const choice = pickBestRun(
      entries,
      metric,
      resolveDirection(metric, model.gates[metric]?.direction),
      request.sweep.expectedRuns,
    );
    ({ sweep } = choice);
    candidate = choice.best.record;
    candidateFile = choice.best.file;
  } else candidate = await readRecord(request.recordFile);
  const baseline = await findBaseline({ ...request, model: request.model });

  const scored =
    model.evaluate && baseline?.source === "production"
      ? await scoreBoth({
          ...request,
          command: model.evaluate.command,
          candidateFiles: candidate.artifacts,
          // A sweep's run keeps its model files beside its record, as its artifact held them.
          candidateRoot: sweep ? path.dirname(candidateFile) : request.workspace,
          production: baseline,
        })
      : undefined;
  const significance =
    scored?.candidate.predictions && scored.production.predictions
      ? await readPairedPredictions(scored.candidate.predictions, scored.production.predictions).then(
          (paired) => ({
            accuracy: significanceOfCorrectness(paired.candidateCorrect, paired.baselineCorrect),
          }),
        )
      : undefined;
  const comparison = compareRuns({
    candidate: {
      metrics: scored?.candidate.metrics ?? candidate.metrics,
      slices: scored ? {} : candidate.slices,
    },
    ...(baseline
      ? {
          baseline: {
            label: baseline.label,
            metrics: scored?.production.metrics ?? baseline.metrics,
            slices: scored ? {} : baseline.slices,
          },
        }
      : {}),
    gates: model.gates,
    ...(model.slices ? { sliceGates: model.slices } : {}),
    ...(significance ? { significance } : {}),
  });
  return { comparison, baseline, candidate, candidateFile, sweep, scoring: scored ? "scored" : "recorded" };
}

/**
 * The files report reads, beside the comparison: the baseline's training history (for the chart)
 * and the sweep, when there was one.
 */
export async function saveEvaluation(
  evaluation: Evaluation,
  comparisonPath: string,
  tempDir: string,
): Promise<void> {
  const { comparison, baseline, sweep } = evaluation;
  await fs.writeFile(comparisonPath, serializeComparison(comparison));
  if (baseline) {
    const history =
      baseline.source === "production" ? baseline.metadata.record.history : baseline.record.history;
    await fs.writeFile(
      path.join(tempDir, "baseline-history.json"),
      JSON.stringify({ label: baseline.label, history }),
    );
  }
  if (sweep) await fs.writeFile(path.join(tempDir, SWEEP_FILE), `${JSON.stringify(sweep, null, 2)}\n`);
}

async function readRecord(file: string): Promise<RunRecord> {
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch {
    throw new DataError("no run record here: run the train action first in this job, or give `record`", {
      file,
    });
  }
  return parseRunRecord(text, file);
}
