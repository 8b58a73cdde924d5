import path from "node:path";
import type { TrainingOutcome } from "../../lib/train/train.ts";
import { ArtifactStore, artifactsUnavailable } from "../artifacts.ts";
import type { UploadResult } from "./summary.ts";

/** Uploads the model files and the run record as one artifact, or says why it cannot. */
export async function uploadModel(
  outcome: TrainingOutcome,
  name: string,
  options: { retentionDays: number | undefined; log: (line: string) => void },
): Promise<UploadResult> {
  const unavailable = artifactsUnavailable();
  if (unavailable) {
    options.log(`Not uploading the model: ${unavailable}`);
    return { skipped: unavailable };
  }
  const artifact = await new ArtifactStore().upload(name, outcome.uploads, {
    tempDir: path.dirname(outcome.recordPath),
    ...(options.retentionDays === undefined ? {} : { retentionDays: options.retentionDays }),
  });
  options.log(`Uploaded artifact ${name} (id ${artifact.id}, ${artifact.size} bytes, ${artifact.digest})`);
  return { artifact };
}
