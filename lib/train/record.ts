import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { type FileDigest, type RunRecord, runRecord } from "../runs/run-record.ts";

/** The record's name, beside the model files in the artifact and under RUNNER_TEMP. */
export const RUN_RECORD_FILE = "run-record.json";

/**
 * The artifact a training run uploads: one per model, run and attempt, so that re-running a job
 * uploads beside the earlier attempt's artifact and never over it.
 */
export function trainingArtifactName(model: string, runId: number, attempt: number): string {
  return `${trainingArtifactPrefix(model)}${runId}-${attempt}`;
}

/** What every training artifact of a model's name starts with, to find them on other runs. */
export function trainingArtifactPrefix(model: string): string {
  return `trainyard-${model}-run-`;
}

/** Where the record is written on the runner: `$RUNNER_TEMP/trainyard/<model>/run-record.json`. */
export function runRecordPath(runnerTemp: string, model: string): string {
  return path.join(runnerTemp, "trainyard", model, RUN_RECORD_FILE);
}

export type RunRecordParts = Omit<RunRecord, "schemaVersion" | "artifacts" | "data"> & {
  artifacts: FileDigest[];
  data: FileDigest[];
};

/** The record, checked against its schema: one that does not meet it is a bug here, not the user's. */
export function buildRunRecord(parts: RunRecordParts): RunRecord {
  const digestsOnly = (files: FileDigest[]) =>
    files.map(({ path, size, sha256 }) => ({ path, size, sha256 }));
  const candidate = {
    schemaVersion: 1 as const,
    ...parts,
    artifacts: digestsOnly(parts.artifacts),
    data: digestsOnly(parts.data),
  };
  const parsed = runRecord.safeParse(candidate);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    throw new Error(`the run record does not meet its schema: ${issue?.path.join(".")}: ${issue?.message}`);
  }
  return parsed.data;
}

export async function writeRunRecord(record: RunRecord, file: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(record, null, 2)}\n`);
}
