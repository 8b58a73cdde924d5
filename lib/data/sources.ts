/**
 * From what a user names (files, directories, globs) to data files, and from a file to its reader.
 *
 * The format comes from the file name, a trailing `.gz` set aside: `.csv`/`.txt` (comma), `.tsv`
 * (tab), `.jsonl`/`.ndjson`, `.parquet`. Gzip itself is recognised by the readers from the file's
 * first bytes (1f 8b), so a compressed file read by its plain name works too. A directory stands
 * for the data files anywhere below it, hidden ones and `.txt` files excepted (too often a README
 * or a licence); a `.txt` file is read when named, or matched by a glob.
 */
import { type Stats, statSync } from "node:fs";
import path from "node:path";
import { ConfigError } from "../errors.ts";
import { readCsv } from "./csv.ts";
import { readJsonLines } from "./jsonl.ts";
import type { DataReader } from "./rows.ts";

type DataFormat = "csv" | "tsv" | "jsonl" | "parquet";

const FORMAT_OF_EXTENSION: Record<string, DataFormat> = {
  ".csv": "csv",
  ".txt": "csv",
  ".tsv": "tsv",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".parquet": "parquet",
};

const SUPPORTED = ".csv, .tsv, .txt, .jsonl, .ndjson (each optionally .gz) or .parquet";

function formatOf(file: string): DataFormat | undefined {
  const name = path.basename(file).toLowerCase();
  const gzipped = name.endsWith(".gz");
  const format = FORMAT_OF_EXTENSION[path.extname(gzipped ? name.slice(0, -3) : name)];
  // Parquet compresses inside the file; a gzipped Parquet file is not something hyparquet reads.
  return gzipped && format === "parquet" ? undefined : format;
}

function isDirectoryMember(file: string): boolean {
  return formatOf(file) !== undefined && !/\.txt(\.gz)?$/i.test(file);
}

/** Reads any supported data file, choosing the reader (and for .tsv the delimiter) by its name. */
export const readData: DataReader = (file, options, onRow, onColumns) => {
  switch (formatOf(file)) {
    case "csv":
      return readCsv(file, options, onRow, onColumns);
    case "tsv":
      return readCsv(file, { ...options, delimiter: options.delimiter ?? "\t" }, onRow, onColumns);
    case "jsonl":
      return readJsonLines(file, options, onRow, onColumns);
    case "parquet":
      // Loaded on the first Parquet file: its decoders are most of a data step's code.
      return import("./parquet.ts").then(({ readParquet }) => readParquet(file, options, onRow, onColumns));
    default:
      return Promise.reject(
        new ConfigError(`cannot tell the data format from the file name: expected ${SUPPORTED}`, { file }),
      );
  }
};

/**
 * Turns files, directories and globs into a sorted list of data files, each once. Paths inside
 * `cwd` come back relative to it (as a user would write them), others absolute. A pattern that
 * matches nothing is an error naming it.
 */
export async function expandSources(patterns: string[], cwd: string): Promise<string[]> {
  const found = new Set<string>();
  for (const pattern of patterns) {
    const matches = await expandPattern(pattern, cwd);
    if (matches.length === 0) {
      throw new ConfigError(`no data file matches "${pattern}" (looked for ${SUPPORTED})`, { field: "data" });
    }
    for (const match of matches) found.add(displayPath(match, cwd));
  }
  return [...found].sort(byCodePoint);
}

/**
 * False when a pattern has none of the characters of picomatch's syntax, so it cannot be a glob.
 * A plain path, the usual case, then skips loading the glob matcher (a tenth of a data step's start).
 */
export function mayBeGlob(pattern: string): boolean {
  return /[*?[\]{}()!+@\\]/.test(pattern);
}

async function expandPattern(pattern: string, cwd: string): Promise<string[]> {
  const globbing = mayBeGlob(pattern) ? await import("tinyglobby") : undefined;
  if (globbing?.isDynamicPattern(pattern)) {
    return globbing.glob([pattern], { cwd, absolute: true, onlyFiles: true, expandDirectories: false });
  }
  const target = path.resolve(cwd, pattern);
  // At once: a step has nothing else to do meanwhile (no thread-pool round trip).
  let info: Stats | undefined;
  try {
    info = statSync(target);
  } catch {
    info = undefined;
  }
  if (info === undefined) return [];
  if (!info.isDirectory()) return [target];
  const { glob } = globbing ?? (await import("tinyglobby"));
  const inside = await glob(["**/*"], { cwd: target, absolute: true, onlyFiles: true });
  return inside.filter(isDirectoryMember);
}

function displayPath(absolute: string, cwd: string): string {
  const relative = path.relative(path.resolve(cwd), absolute);
  const outside = relative === ".." || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
  return outside ? path.normalize(absolute) : relative;
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
