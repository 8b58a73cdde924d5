import fs from "node:fs";
import { gzipSync } from "node:zlib";
import fc from "fast-check";
import { parquetWriteBuffer } from "hyparquet-writer";
import { afterAll, describe, expect, it } from "vitest";
import type { ReadResult } from "../../../lib/data/rows.ts";
import { readData } from "../../../lib/data/sources.ts";
import { isTrainyardError } from "../../../lib/errors.ts";
import { cpuMilliseconds, PARSE_BUDGET_MS, runs, scratchFolder, tokenSoup } from "./hostile.ts";

/**
 * The data readers on any bytes under any data file name: they deliver rows and report problems,
 * or refuse the file with a Trainyard error naming it — no other exception, no hang. The CSV and
 * JSON Lines readers' own property tests (test/lib/data) cover text; these add raw bytes, broken
 * gzip and broken Parquet, whose decoder parses offsets and lengths out of the file itself.
 */
const scratch = scratchFolder("readers");
afterAll(() => scratch.remove());

async function readAll(file: string): Promise<{ result?: ReadResult; error?: unknown }> {
  let cells = 0;
  return readData(file, { maxRows: 10_000 }, (row) => {
    for (let column = 0; column < row.length; column++) {
      row.text(column);
      row.number(column);
      row.isMissing(column);
      cells++;
    }
  }).then(
    (result) => ({ result }),
    (error: unknown) => ({ error, cells }),
  );
}

async function expectReadOrRefused(bytes: Uint8Array, name: string): Promise<void> {
  const file = scratch.path(name);
  fs.writeFileSync(file, bytes);
  const { result, ms } = await cpuMilliseconds(() => readAll(file));
  expect(ms, `reading ${name} took too long`).toBeLessThan(PARSE_BUDGET_MS);
  if (result.error !== undefined) {
    expect(isTrainyardError(result.error), String((result.error as Error)?.stack ?? result.error)).toBe(true);
    expect((result.error as Error).message.startsWith(file), (result.error as Error).message).toBe(true);
    return;
  }
  const read = result.result as ReadResult;
  for (const problem of read.problems) {
    expect(problem.row).toBeGreaterThanOrEqual(0); // 0: the header row
    expect(problem.line).toBeGreaterThanOrEqual(1);
  }
}

const NAMES = ["d.csv", "d.tsv", "d.txt", "d.jsonl", "d.ndjson", "d.csv.gz", "d.jsonl.gz", "d.parquet"];

/** A small Parquet file of every flat type, and a nested one (read by hyparquet's own scan). */
const PARQUET = new Uint8Array(
  parquetWriteBuffer({
    columnData: [
      { name: "id", data: [1, 2, 3, 4] },
      { name: "amount", data: [1.5, Number.NaN, null, -2] },
      { name: "big", data: [1n, 2n ** 60n, null, 0n] },
      { name: "plan", data: ["free", "pro", null, "é😀"] },
      { name: "ok", data: [true, false, null, true] },
      { name: "tags", data: [[1, 2], [], null, [3]] },
    ],
    rowGroupSize: 2,
  }),
);

/** `bytes` with a few bytes overwritten, a piece cut out, or cut short. */
function damaged(bytes: Uint8Array): fc.Arbitrary<Uint8Array> {
  return fc
    .tuple(
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }),
      fc.constantFrom("overwrite", "cut", "truncate"),
      fc.nat(),
    )
    .map(([writes, kind, at]) => {
      const copy = Uint8Array.from(bytes);
      if (kind === "truncate") return copy.subarray(0, at % copy.length);
      if (kind === "cut") {
        const from = at % copy.length;
        return Uint8Array.from([...copy.subarray(0, from), ...copy.subarray(from + 1 + (at % 9))]);
      }
      for (const [position, value] of writes) copy[position % copy.length] = value;
      return copy;
    });
}

describe("data readers on hostile bytes", () => {
  it("random bytes under every data file name", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 400 }),
          tokenSoup.map((text) => new TextEncoder().encode(text)),
          fc.uint8Array({ maxLength: 64 }).map((tail) => Uint8Array.from([0x1f, 0x8b, ...tail])),
          fc.uint8Array({ maxLength: 64 }).map((tail) => Uint8Array.from([...Buffer.from("PAR1"), ...tail])),
        ),
        fc.constantFrom(...NAMES),
        expectReadOrRefused,
      ),
      runs(300),
    );
  });

  it("a damaged Parquet file", async () => {
    await fc.assert(
      fc.asyncProperty(damaged(PARQUET), (bytes) => expectReadOrRefused(bytes, "damaged.parquet")),
      runs(400),
    );
  });

  it("a damaged gzip file", async () => {
    const gzipped = gzipSync('a,b\n1,"x"\n2,"y\nz"\n'.repeat(20));
    await fc.assert(
      fc.asyncProperty(damaged(gzipped), fc.constantFrom("d.csv.gz", "d.jsonl.gz"), expectReadOrRefused),
      runs(200),
    );
  });

  it("the undamaged Parquet file reads whole", async () => {
    const file = scratch.path("ok.parquet");
    fs.writeFileSync(file, PARQUET);
    const { result, error } = await readAll(file);
    expect(error).toBeUndefined();
    expect(result).toMatchObject({ rows: 4, problems: [] });
  });
});
