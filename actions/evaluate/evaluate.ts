import fs from "node:fs/promises";
import path from "node:path";
import { loadTrainyardConfig } from "../../lib/config/trainyard-config.ts";
import { ConfigError, DataError } from "../../lib/errors.ts";
import { type Comparison, compareRuns } from "../../lib/evaluate/compare.ts";
import { readPairedPredictions } from "../../lib/evaluate/predictions.ts";
import { significanceOfCorrectness } from "../../lib/evaluate/significance.ts";
import type { GitHubClient } from "../../lib/github/client.ts";
import { parseRunRecord, type RunRecord } from "../../lib/runs/run-record.ts";
import type { ArtifactStore } from "../artifacts.ts";
import { type Baseline, findBaseline, scoreBoth } from "./baseline.ts";

export interface EvaluationRequest {
  model: string;
  configFile: string;
  recordFile: string;
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
  const candidate = await readRecord(request.recordFile);
  const baseline = await findBaseline({ ...request, model: request.model });

  const scored =
    model.evaluate && baseline?.source === "production"
      ? await scoreBoth({
          ...request,
          command: model.evaluate.command,
          candidateFiles: candidate.artifacts,
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
  return { comparison, baseline, candidate, scoring: scored ? "scored" : "recorded" };
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
