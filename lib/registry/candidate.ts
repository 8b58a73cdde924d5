import { stat } from "node:fs/promises";
import path from "node:path";
import { DataError } from "../errors.ts";
import type { FileDigest, RunRecord } from "../runs/run-record.ts";
import { digestFile } from "../train/files.ts";
import type { StoreFile } from "./model-store.ts";
import { VERSION_METADATA_ASSET } from "./version-metadata.ts";

/**
 * The candidate a training run left: its artifact unpacked into a folder, with the run record at
 * the root and the model files at their workspace paths. Before anything is registered, every
 * model file the record lists is hashed again and must match it, byte for byte.
 */

/** A model file ready to store: where it is, its digest, and the name it gets in the version. */
export interface CandidateFile extends StoreFile {
  /** Its path in the run record (the workspace path). */
  recordPath: string;
}

/**
 * Hashes each model file the record lists and returns them named for the version. A file that is
 * missing, or whose size or sha256 differs from the record, is refused with an error naming it.
 */
export async function verifyCandidateFiles(
  folder: string,
  record: RunRecord,
  artifactName: string,
): Promise<CandidateFile[]> {
  if (record.artifacts.length === 0)
    throw new DataError("the run record lists no model files: nothing to register", { file: artifactName });
  const names = assetNames(record.artifacts.map((file) => file.path));
  const files: CandidateFile[] = [];
  for (const recorded of record.artifacts) {
    const onDisk = fileInside(folder, recorded.path, artifactName);
    const exists = await stat(onDisk).then(
      (info) => info.isFile(),
      () => false,
    );
    if (!exists)
      throw new DataError(`the run record lists it, but artifact "${artifactName}" does not hold it`, {
        file: recorded.path,
      });
    const actual = await digestFile(onDisk);
    if (actual.size !== recorded.size || actual.sha256 !== recorded.sha256)
      throw new DataError(
        `does not match the run record: artifact "${artifactName}" holds ${actual.size} bytes with sha256 ${actual.sha256}, the record says ${recorded.size} bytes with sha256 ${recorded.sha256}. The file changed after training: refusing to register it`,
        { file: recorded.path },
      );
    files.push({
      name: names.get(recorded.path) as string,
      path: onDisk,
      size: actual.size,
      sha256: actual.sha256,
      recordPath: recorded.path,
    });
  }
  return files;
}

/** The files as `trainyard.json` lists them: workspace path, digest, asset name. */
export function assetEntries(files: CandidateFile[]): Array<FileDigest & { name: string }> {
  return files.map((file) => ({
    path: file.recordPath,
    size: file.size,
    sha256: file.sha256,
    name: file.name,
  }));
}

/**
 * Names for the files in a version, as GitHub keeps release asset names (letters, digits and
 * `. _ + -`): the file's own name when that is unique among them, else its path with `.` for
 * `/` (`model/a/weights.bin` → `model.a.weights.bin`). The metadata file's name is reserved.
 */
export function assetNames(paths: string[]): Map<string, string> {
  const safe = (text: string) =>
    text
      .replace(/[^A-Za-z0-9._+-]+/g, ".")
      .replace(/\.{2,}/g, ".")
      .replace(/^\.+|\.+$/g, "") || "file";
  const base = (file: string) => safe(file.split("/").at(-1) ?? file);
  const counts = new Map<string, number>();
  for (const file of paths) counts.set(base(file), (counts.get(base(file)) ?? 0) + 1);
  const names = new Map<string, string>();
  const taken = new Map<string, string>();
  for (const file of paths) {
    const short = base(file);
    const name =
      counts.get(short) === 1 && short !== VERSION_METADATA_ASSET ? short : safe(file.replace(/^\/+/, ""));
    const clash = taken.get(name);
    if (clash !== undefined || name === VERSION_METADATA_ASSET)
      throw new DataError(
        `its asset name "${name}" is taken${clash !== undefined ? ` by ${clash}` : " by the version's metadata"}: rename one of the model files`,
        { file },
      );
    taken.set(name, file);
    names.set(file, name);
  }
  return names;
}

function fileInside(folder: string, recordPath: string, artifactName: string): string {
  const root = path.resolve(folder);
  const target = path.resolve(root, ...recordPath.split("/"));
  if (!target.startsWith(root + path.sep))
    throw new DataError(`the path leaves artifact "${artifactName}": refusing to read it`, {
      file: recordPath,
    });
  return target;
}
