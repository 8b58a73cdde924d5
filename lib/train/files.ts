import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import path from "node:path";
import { glob } from "tinyglobby";
import { ConfigError } from "../errors.ts";
import type { FileDigest } from "../runs/run-record.ts";

/** A file found for the record: its digest, and where it is on disk. */
export interface FoundFile extends FileDigest {
  source: string;
}

export interface FileSelection {
  /** Files, directories (every file inside, hidden ones too) and globs; `!pattern` leaves files out. */
  patterns: string[];
  /** Where relative patterns start (the working directory). */
  cwd: string;
  /** Paths in the record are relative to it. */
  workspace: string;
  /** The input the patterns came from, for errors. */
  field: string;
  /** Refuse files outside the workspace (artifacts are archived by their workspace path). */
  insideWorkspace: boolean;
}

const PARALLEL_HASHES = 4;

/**
 * Finds the files a selection names and digests each (sha256, streamed), sorted by path. A pattern
 * that matches nothing is an error naming it: a model file the command did not write must not
 * pass unnoticed.
 */
export async function digestFiles(selection: FileSelection): Promise<FoundFile[]> {
  const ignore = selection.patterns.filter((p) => p.startsWith("!")).map((p) => p.slice(1));
  const sources = new Set<string>();
  for (const pattern of selection.patterns.filter((p) => !p.startsWith("!"))) {
    const matches = await glob([pattern], {
      cwd: selection.cwd,
      ignore,
      absolute: true,
      dot: true,
      onlyFiles: true,
    });
    if (matches.length === 0)
      throw new ConfigError(`no file matches "${pattern}" (in ${selection.cwd})`, { field: selection.field });
    for (const match of matches) sources.add(path.normalize(match));
  }
  const found = [...sources].map((source) => ({ source, path: recordPath(source, selection) }));
  found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const digests: FoundFile[] = new Array(found.length);
  let next = 0;
  const worker = async () => {
    while (next < found.length) {
      const index = next++;
      const file = found[index] as { source: string; path: string };
      digests[index] = { ...file, ...(await digestFile(file.source)) };
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_HASHES, found.length) }, worker));
  return digests;
}

export async function digestFile(file: string): Promise<{ size: number; sha256: string }> {
  const hash = createHash("sha256");
  let size = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { size, sha256: hash.digest("hex") };
}

/** The path a file is recorded under: relative to the workspace with "/", absolute outside it. */
function recordPath(source: string, selection: FileSelection): string {
  const relative = path.relative(path.resolve(selection.workspace), source);
  const outside = relative.startsWith(`..${path.sep}`) || relative === ".." || path.isAbsolute(relative);
  if (!outside) return relative.split(path.sep).join("/");
  if (selection.insideWorkspace)
    throw new ConfigError(
      `${source} is outside the workspace (${selection.workspace}); artifacts must be inside it`,
      {
        field: selection.field,
      },
    );
  return source;
}
