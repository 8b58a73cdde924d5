import { gzipSync } from "node:zlib";
import fc from "fast-check";
import { afterAll, describe, expect, test } from "vitest";
import { type CsvTuning, parseNumberText, readCsv, readCsvInChunks } from "../../../lib/data/csv.ts";
import type { ReadOptions, RowView } from "../../../lib/data/rows.ts";
import { ConfigError, DataError } from "../../../lib/errors.ts";
import { collect, type ReadRow, tempFolder } from "./helpers.ts";

const folder = tempFolder("csv");
afterAll(() => folder.remove());

function readText(content: string | Uint8Array, options: ReadOptions = {}, tuning?: CsvTuning) {
  const file = folder.file("data.csv", content);
  return collect((onRow, onColumns) =>
    tuning
      ? readCsvInChunks(file, options, tuning, onRow, onColumns)
      : readCsv(file, options, onRow, onColumns),
  );
}

/** Every chunk size from 1 to 7 bytes, and the default: records cross chunk boundaries everywhere. */
async function readAtEveryChunkSize(content: string | Uint8Array, options: ReadOptions = {}) {
  const reads = [];
  for (const chunkBytes of [1, 2, 3, 4, 5, 6, 7, 1 << 20])
    reads.push(await readText(content, options, { chunkBytes }));
  for (const read of reads.slice(1)) {
    expect(read.rows).toEqual(reads[0]!.rows);
    expect(read.result.problems).toEqual(reads[0]!.result.problems);
  }
  return reads[0]!;
}

describe("readCsv: the dialect", () => {
  test("reads a header and rows, with 1-based data rows and file lines", async () => {
    const { rows, columns, result } = await readAtEveryChunkSize("id,name\n1,ann\n2,bob\n");
    expect(columns).toEqual([["id", "name"]]);
    expect(rows).toEqual([
      { row: 1, line: 2, cells: ["1", "ann"] },
      { row: 2, line: 3, cells: ["2", "bob"] },
    ]);
    expect(result).toMatchObject({ columns: ["id", "name"], rows: 2, problems: [] });
    expect(result.bytes).toBe("id,name\n1,ann\n2,bob\n".length);
  });

  test("without a header, columns are field1..N and the first line is data", async () => {
    const { rows, result } = await readAtEveryChunkSize("1,2,3\n4,5,6", { header: false });
    expect(result.columns).toEqual(["field1", "field2", "field3"]);
    expect(rows.map((row) => row.cells)).toEqual([
      ["1", "2", "3"],
      ["4", "5", "6"],
    ]);
  });

  test("RFC 4180 quoting: delimiters, line breaks and doubled quotes inside quotes", async () => {
    const text = 'a,b\n"x,y","say ""hi"""\n"two\nlines",z\n"",""\n';
    const { rows, result } = await readAtEveryChunkSize(text);
    expect(rows).toEqual([
      { row: 1, line: 2, cells: ["x,y", 'say "hi"'] },
      { row: 2, line: 3, cells: ["two\nlines", "z"] },
      { row: 3, line: 5, cells: ["", ""] },
    ]);
    expect(result.problems).toEqual([]);
  });

  test("LF, CRLF and a lone CR each end a record and count as one line", async () => {
    const { rows } = await readAtEveryChunkSize('h\r\na\rb\nc\r\n"d\r\ne"\r"f\rg"\nh');
    expect(rows.map((row) => [row.line, row.cells[0]])).toEqual([
      [2, "a"],
      [3, "b"],
      [4, "c"],
      [5, "d\r\ne"],
      [7, "f\rg"],
      [9, "h"],
    ]);
  });

  test("empty lines are skipped but counted; a line holding only a quoted empty field is a record", async () => {
    const { rows } = await readAtEveryChunkSize('a\n\n1\r\n\r\n\n""\n\n2\n\n');
    expect(rows).toEqual([
      { row: 1, line: 3, cells: ["1"] },
      { row: 2, line: 6, cells: [""] },
      { row: 3, line: 8, cells: ["2"] },
    ]);
  });

  test("a UTF-8 byte order mark is dropped, also when the chunks split it", async () => {
    const { result, rows } = await readAtEveryChunkSize("\uFEFFname,n\nÅsa,1\n");
    expect(result.columns).toEqual(["name", "n"]);
    expect(rows[0]!.cells).toEqual(["Åsa", "1"]);
    const alone = await readAtEveryChunkSize("\uFEFF");
    expect(alone.result).toMatchObject({ columns: [], rows: 0 });
  });

  test("the last record may lack its line break, and may end with an empty field", async () => {
    expect((await readAtEveryChunkSize("a,b\n1,2")).rows.map((row) => row.cells)).toEqual([["1", "2"]]);
    expect((await readAtEveryChunkSize("a,b\n1,")).rows.map((row) => row.cells)).toEqual([["1", ""]]);
    expect((await readAtEveryChunkSize('a,b\n1,"2"')).rows.map((row) => row.cells)).toEqual([["1", "2"]]);
  });

  test("an empty file and a header-only file give no rows", async () => {
    const empty = await readText("");
    expect(empty.result).toMatchObject({ columns: [], rows: 0, problems: [] });
    expect(empty.columns).toEqual([[]]);
    expect((await readText("a,b\n")).result).toMatchObject({ columns: ["a", "b"], rows: 0 });
  });

  test("rows keep their own length; cells past the end read as missing", async () => {
    const seen: Array<[number, string, number, boolean]> = [];
    await readCsv(folder.file("ragged.csv", "a,b,c\n1\n1,2,3,4\n"), {}, (row) => {
      seen.push([row.length, row.text(2), row.number(2), row.isMissing(2)]);
    });
    expect(seen).toEqual([
      [1, "", Number.NaN, true],
      [4, "3", 3, false],
    ]);
  });

  test("other delimiters: semicolon and tab; a delimiter must be one ASCII character", async () => {
    const semicolon = await readAtEveryChunkSize('a;b\n"1;2";3,5\n', { delimiter: ";" });
    expect(semicolon.rows[0]!.cells).toEqual(["1;2", "3,5"]);
    const tab = await readAtEveryChunkSize("a\tb\nx y\tz\n", { delimiter: "\t" });
    expect(tab.rows[0]!.cells).toEqual(["x y", "z"]);
    for (const delimiter of ["", ";;", '"', "\n", "é"]) {
      await expect(readText("a\n", { delimiter })).rejects.toBeInstanceOf(ConfigError);
    }
  });

  test("isMissing compares the cell's bytes with the missing values, quoted or not", async () => {
    const text = 'a,b,c,d,e\nNA,"NA",,"",n/a\n"N""A",NAN,x, NA,"n/a"\n';
    const missing: boolean[][] = [];
    await readCsv(folder.file("missing.csv", text), { missingValues: ["", "NA", "n/a"] }, (row) => {
      missing.push(Array.from({ length: row.length }, (_, column) => row.isMissing(column)));
    });
    expect(missing).toEqual([
      [true, true, true, true, true],
      [false, false, false, false, true],
    ]);
    const defaults: boolean[] = [];
    await readCsv(folder.file("missing.csv", "a,b\n,NA\n"), {}, (row) => {
      defaults.push(row.isMissing(0), row.isMissing(1));
    });
    expect(defaults).toEqual([true, false]);
  });

  test("maxRows stops early and says how many rows it read", async () => {
    const lines = ["n", ...Array.from({ length: 1000 }, (_, index) => String(index))].join("\n");
    const { rows, result } = await readText(lines, { maxRows: 10 }, { chunkBytes: 16 });
    expect(rows.map((row) => row.cells[0])).toEqual(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]);
    expect(result.rows).toBe(10);
    expect(result.bytes).toBeLessThan(lines.length);
    const none = await readText(lines, { maxRows: 0 });
    expect(none.rows).toEqual([]);
    expect(none.result.columns).toEqual(["n"]);
  });

  test("progress comes every progressEveryBytes and once at the end", async () => {
    const text = `n\n${"12345\n".repeat(1000)}`;
    const progress: Array<[number, number, number]> = [];
    const file = folder.file("progress.csv", text);
    await readCsvInChunks(
      file,
      { progressEveryBytes: 1000, onProgress: (p) => progress.push([p.bytesRead, p.bytesTotal, p.rows]) },
      { chunkBytes: 256 },
      () => {},
    );
    expect(progress.length).toBeGreaterThanOrEqual(6);
    expect(progress.at(-1)).toEqual([text.length, text.length, 1000]);
    for (const [index, [bytesRead]] of progress.entries()) {
      if (index > 0) expect(bytesRead).toBeGreaterThanOrEqual(progress[index - 1]![0]);
    }
  });

  test("a record far longer than a chunk (and than the first buffer) reads whole", async () => {
    const long = "x".repeat(100_000);
    const { rows } = await readText(`a,b\n"${long}\n${long}",1\n2,3\n`, {}, { chunkBytes: 7 });
    expect(rows.map((row) => [row.line, row.cells[0]!.length, row.cells[1]])).toEqual([
      [2, 200_001, "1"],
      [4, 1, "3"],
    ]);
  });
});

describe("readCsv: structural problems are reported, never thrown", () => {
  test("a quote left open runs to the end of the file, reported at the line where it opened", async () => {
    const { rows, result } = await readAtEveryChunkSize('a,b\n1,2\n3,"four\n5,6\n7,8\n');
    expect(rows).toEqual([
      { row: 1, line: 2, cells: ["1", "2"] },
      { row: 2, line: 3, cells: ["3", "four\n5,6\n7,8\n"] },
    ]);
    expect(result.problems).toEqual([
      { kind: "unclosed-quote", row: 2, line: 3, message: expect.stringContaining("line 3") },
    ]);
  });

  test("stray quotes are kept as text, as pandas and Python's csv module do, once per row", async () => {
    const { rows, result } = await readAtEveryChunkSize('a,b\n5"6,7"8\n"ab"c,"d""e"f"g\nok,ok\n');
    expect(rows.map((row) => row.cells)).toEqual([
      ['5"6', '7"8'],
      ["abc", 'd"ef"g'],
      ["ok", "ok"],
    ]);
    expect(result.problems.map((problem) => [problem.kind, problem.row, problem.line])).toEqual([
      ["stray-quote", 1, 2],
      ["stray-quote", 2, 3],
    ]);
  });

  test("bytes that are not UTF-8 are reported for their row; text shows U+FFFD", async () => {
    const bytes = Buffer.concat([
      Buffer.from("a,b\nok,é\n1,"),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('\n"x\n'),
      Buffer.from([0xc3]),
      Buffer.from('",2\nfine,ü\n'),
    ]);
    const { rows, result } = await readAtEveryChunkSize(bytes);
    expect(rows.map((row) => row.cells)).toEqual([
      ["ok", "é"],
      ["1", "\uFFFD\uFFFD"],
      ["x\n\uFFFD", "2"],
      ["fine", "ü"],
    ]);
    expect(result.problems.map((problem) => [problem.kind, problem.row, problem.line])).toEqual([
      ["invalid-utf8", 2, 3],
      ["invalid-utf8", 3, 4],
    ]);
  });

  test("problems in the header row carry row 0", async () => {
    const { result } = await readText('a"b,c\n1,2\n');
    expect(result.problems).toMatchObject([{ kind: "stray-quote", row: 0, line: 1 }]);
  });

  test("a record past the size limit stops the read: an open quote is a problem, else an error", async () => {
    const tuning = { chunkBytes: 64, maxRecordBytes: 1000 };
    const open = await readText(`a\n1\n"${"x".repeat(5000)}`, {}, tuning);
    expect(open.rows.map((row) => row.cells)).toEqual([["1"]]);
    expect(open.result.problems).toMatchObject([{ kind: "unclosed-quote", row: 2, line: 3 }]);
    const file = folder.file("binary.csv", `a\n${"x".repeat(5000)}`);
    await expect(readCsvInChunks(file, {}, tuning, () => {})).rejects.toThrow(
      /:2: a record longer than 0.000954 MiB starts here/,
    );
  });

  test("a missing file or a broken gzip file is a DataError naming the file", async () => {
    await expect(readCsv("/nonexistent/data.csv", {}, () => {})).rejects.toBeInstanceOf(DataError);
    const rows = Array.from({ length: 2000 }, (_, index) => `${index},${Math.sin(index)}`);
    const gzipped = gzipSync(rows.join("\n"));
    const broken = folder.file("broken.csv.gz", gzipped.subarray(0, gzipped.length >> 1));
    const error = await readCsv(broken, {}, () => {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).location.file).toBe(broken);
  });
});

describe("readCsv: numbers", () => {
  /** Each numeric text as a plain cell and as a quoted one: both must read the same number. */
  async function numbersOf(texts: string[]): Promise<number[]> {
    const csv = `${texts.map((text) => `${text},"${text}"`).join("\n")}\n`;
    const numbers: number[] = [];
    await readCsv(folder.file("numbers.csv", csv), { header: false }, (row) => {
      expect(Object.is(row.number(0), row.number(1)) || [row.number(0), row.number(1)]).toBe(true);
      numbers.push(row.number(0));
    });
    return numbers;
  }

  test("parses the grammar, INF and -INF; anything else (also NaN) is NaN", () => {
    const cases: Array<[string, number]> = [
      ["0", 0],
      ["-0", -0],
      ["+7", 7],
      ["12.50", 12.5],
      ["-.5", -0.5],
      ["5.", 5],
      ["1e3", 1000],
      ["1.5E-3", 0.0015],
      ["2e+2", 200],
      ["0.1", 0.1],
      ["007", 7],
      ["INF", Number.POSITIVE_INFINITY],
      ["-INF", Number.NEGATIVE_INFINITY],
      ["1e400", Number.POSITIVE_INFINITY],
      ["1e-400", 0],
      ["123456789012345678901234567890", 1.2345678901234568e29],
      ["1.510000000000000000e+02", 151],
      ["NaN", Number.NaN],
      ["+INF", Number.NaN],
      ["inf", Number.NaN],
      ["Infinity", Number.NaN],
      ["", Number.NaN],
      [" 1", Number.NaN],
      ["1 ", Number.NaN],
      ["-", Number.NaN],
      [".", Number.NaN],
      ["e5", Number.NaN],
      ["1e", Number.NaN],
      ["1e+", Number.NaN],
      ["1.2.3", Number.NaN],
      ["0x10", Number.NaN],
      ["1_000", Number.NaN],
      ["1,5", Number.NaN],
      ["١٢", Number.NaN],
    ];
    for (const [text, expected] of cases) expect([text, parseNumberText(text)]).toEqual([text, expected]);
  });

  test("reads numbers from quoted and escaped cells as from plain ones", async () => {
    const numbers: number[] = [];
    const text = 'a,b,c\n"1.5",-2,"3"""\n';
    await readCsv(folder.file("quoted.csv", text), {}, (row) => {
      numbers.push(row.number(0), row.number(1), row.number(2));
    });
    expect(numbers).toEqual([1.5, -2, Number.NaN]);
  });

  const digits = (min: number, max: number) =>
    fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: min, maxLength: max });
  const numericText = fc
    .record({
      sign: fc.constantFrom("", "-", "+"),
      integer: fc.oneof(digits(0, 3), digits(0, 30)),
      fraction: fc.option(fc.oneof(digits(0, 4), digits(0, 30))),
      exponent: fc.option(
        fc.record({
          marker: fc.constantFrom("e", "E"),
          sign: fc.constantFrom("", "-", "+"),
          digits: fc.oneof(digits(1, 2), digits(1, 4)),
        }),
      ),
    })
    .filter(({ integer, fraction }) => integer.length + (fraction?.length ?? 0) > 0)
    .map(
      ({ sign, integer, fraction, exponent }) =>
        `${sign}${integer}${fraction === null ? "" : `.${fraction}`}${
          exponent === null ? "" : `${exponent.marker}${exponent.sign}${exponent.digits}`
        }`,
    );

  test("property: number() of a numeric cell is exactly Number(text), long mantissas and big exponents included", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(numericText, { minLength: 1, maxLength: 40 }), async (texts) => {
        const numbers = await numbersOf(texts);
        for (const [index, text] of texts.entries())
          expect([text, numbers[index]]).toEqual([text, Number(text)]);
      }),
      { numRuns: 150 },
    );
  });

  const grammar = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
  test("property: any other text is NaN (but INF and -INF)", () => {
    const alphabet = fc.constantFrom(..."0123456789.eE+-INFa x_,\u0660");
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: alphabet }), numericText, fc.string()), (text) => {
        const special = new Map([
          ["INF", Number.POSITIVE_INFINITY],
          ["-INF", Number.NEGATIVE_INFINITY],
        ]);
        const expected = special.get(text) ?? (grammar.test(text) ? Number(text) : Number.NaN);
        expect([text, parseNumberText(text)]).toEqual([text, expected]);
      }),
      { numRuns: 2000 },
    );
  });
});

/**
 * What the reader must do, written as plainly as possible over a decoded string: Python's csv
 * module (strict=False) plus this reader's decisions (empty lines skipped, an open quote runs to
 * the end of the file).
 */
function referenceRecords(input: string, delimiter = ","): ReadRow[] {
  const text = input.startsWith("\uFEFF") ? input.slice(1) : input;
  const records: ReadRow[] = [];
  let cells: string[] = [];
  let cell = "";
  let state: "record" | "field" | "unquoted" | "quoted" | "quote-in-quoted" = "record";
  let line = 1;
  let recordLine = 1;
  const endRecord = () => {
    cells.push(cell);
    records.push({ row: records.length + 1, line: recordLine, cells });
    cells = [];
    cell = "";
    state = "record";
  };
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    const lineBreak = char === "\n" || char === "\r";
    const breakLength = char === "\r" && text[index + 1] === "\n" ? 2 : 1;
    if (state === "record") {
      if (lineBreak) {
        line++;
        index += breakLength - 1;
        continue;
      }
      recordLine = line;
      state = "field";
    }
    if (state === "field") {
      if (char === '"') {
        state = "quoted";
        continue;
      }
      state = "unquoted";
    }
    if (state === "quote-in-quoted") {
      if (char === '"') {
        cell += '"';
        state = "quoted";
        continue;
      }
      if (char !== delimiter && !lineBreak) {
        cell += char;
        state = "unquoted";
        continue;
      }
      state = "unquoted";
    }
    if (state === "unquoted") {
      if (char === delimiter) {
        cells.push(cell);
        cell = "";
        state = "field";
      } else if (lineBreak) {
        line++;
        index += breakLength - 1;
        endRecord();
      } else {
        cell += char;
      }
      continue;
    }
    // Quoted.
    if (char === '"') {
      state = "quote-in-quoted";
    } else {
      if (lineBreak) line++;
      cell += text.slice(index, index + (lineBreak ? breakLength : 1));
      if (lineBreak) index += breakLength - 1;
    }
  }
  if (state !== "record") endRecord();
  return records;
}

/** A correct CSV writer: quotes what needs it, and a lone empty cell so the line is not blank. */
function writeCsv(table: string[][], lineBreak: string): string {
  return table
    .map((row) =>
      row
        .map((cell) =>
          /[",\r\n]/.test(cell) || cell.startsWith("\uFEFF") || (row.length === 1 && cell === "")
            ? `"${cell.replaceAll('"', '""')}"`
            : cell,
        )
        .join(","),
    )
    .join(lineBreak);
}

function lineBreaksIn(text: string): number {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}

describe("readCsv: properties, at every chunk size", () => {
  const messyCell = fc.oneof(
    fc.string({ unit: fc.constantFrom("a", "b", ",", '"', "\r", "\n", " ", "é", "😀", "\t", "\uFEFF") }),
    fc.string({ unit: "binary", maxLength: 8 }),
  );
  const table = fc.array(fc.array(messyCell, { minLength: 1, maxLength: 5 }), {
    minLength: 1,
    maxLength: 12,
  });

  test("property: a table written by a correct writer reads back the same, with the right lines", async () => {
    await fc.assert(
      fc.asyncProperty(
        table,
        fc.constantFrom("\n", "\r\n", "\r"),
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: 1, max: 7 }),
        async (rows, lineBreak, trailingBreak, byteOrderMark, chunkBytes) => {
          const body = writeCsv(rows, lineBreak);
          const text = `${byteOrderMark ? "\uFEFF" : ""}${body}${trailingBreak ? lineBreak : ""}`;
          const read = await readText(text, { header: false }, { chunkBytes });
          expect(read.rows.map((row) => row.cells)).toEqual(rows);
          let line = 1;
          const expectedLines = rows.map((row) => {
            const start = line;
            line += lineBreaksIn(writeCsv([row], lineBreak)) + 1;
            return start;
          });
          expect(read.rows.map((row) => row.line)).toEqual(expectedLines);
          expect(read.result.problems).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  test("property: any text reads as the plain reference reader says, and never throws", async () => {
    const messyText = fc.string({
      unit: fc.constantFrom("a", "1", ",", ",", '"', '"', "\r", "\n", "\r\n", " ", "é", "😀"),
      maxLength: 60,
    });
    await fc.assert(
      fc.asyncProperty(messyText, fc.integer({ min: 1, max: 7 }), async (text, chunkBytes) => {
        const read = await readText(text, { header: false }, { chunkBytes });
        const expected = referenceRecords(text);
        expect(read.rows).toEqual(expected);
        const lines = lineBreaksIn(text) + 1;
        for (const problem of read.result.problems) {
          expect(problem.line).toBeGreaterThanOrEqual(1);
          expect(problem.line).toBeLessThanOrEqual(lines);
          expect(problem.row).toBeGreaterThanOrEqual(1);
          expect(problem.row).toBeLessThanOrEqual(expected.length);
        }
        const unclosed = read.result.problems.filter((problem) => problem.kind === "unclosed-quote");
        expect(unclosed.length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 400 },
    );
  });

  test("property: gzip round trip gives the same rows as the plain file", async () => {
    await fc.assert(
      fc.asyncProperty(table, fc.integer({ min: 1, max: 7 }), async (rows, chunkBytes) => {
        const text = writeCsv(rows, "\n");
        const plain = await readText(text, { header: false });
        const gzipped = await readText(gzipSync(text), { header: false }, { chunkBytes });
        expect(gzipped.rows).toEqual(plain.rows);
        expect(gzipped.rows.map((row) => row.cells)).toEqual(rows);
      }),
      { numRuns: 50 },
    );
  });

  test("property: text split anywhere by the chunks never reports invalid UTF-8", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: "binary", maxLength: 40 }),
        fc.integer({ min: 1, max: 5 }),
        async (text, chunkBytes) => {
          const read = await readText(text, { header: false }, { chunkBytes });
          expect(read.result.problems.filter((problem) => problem.kind === "invalid-utf8")).toEqual([]);
        },
      ),
      { numRuns: 100 },
    );
  });
});

test("the row view is one reused object and reads only the current record", async () => {
  const views = new Set<RowView>();
  const texts: string[] = [];
  await readCsv(folder.file("views.csv", "a\nx\ny\n"), {}, (row) => {
    views.add(row);
    texts.push(row.text(0));
  });
  expect(views.size).toBe(1);
  expect(texts).toEqual(["x", "y"]);
});
