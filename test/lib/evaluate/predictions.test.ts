import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError, DataError } from "../../../lib/errors.ts";
import {
  pairPredictions,
  readPairedPredictions,
  readPredictions,
} from "../../../lib/evaluate/predictions.ts";
import { mcnemar } from "../../../lib/evaluate/significance.ts";
import { tempFolder } from "../data/helpers.ts";

const FIXTURES = path.join(import.meta.dirname, "../../fixtures/evaluate");
const candidateFile = path.join(FIXTURES, "candidate-predictions.csv");
const baselineFile = path.join(FIXTURES, "baseline-predictions.jsonl");

const folder = tempFolder("predictions");
afterAll(() => folder.remove());

async function readError(file: string): Promise<DataError> {
  const error = await readPredictions(file).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(DataError);
  return error as DataError;
}

describe("predictions files", () => {
  it("reads CSV, judging each example right or wrong (1 and 1.0 agree)", async () => {
    const predictions = await readPredictions(candidateFile);
    expect(predictions.ids).toEqual(
      Array.from({ length: 10 }, (_, index) => `c-${String(index + 1).padStart(3, "0")}`),
    );
    expect(predictions.correct).toEqual([true, true, false, true, true, false, true, true, true, true]);
    expect([...predictions.scores.slice(0, 3)]).toEqual([0.105, 0.051, 1.204]);
    expect(predictions.lines.slice(0, 2)).toEqual([2, 3]);
  });

  it("reads JSON Lines, blank lines counted", async () => {
    const predictions = await readPredictions(baselineFile);
    expect(predictions.ids[0]).toBe("c-010");
    expect(predictions.labels[0]).toBe("0");
    expect(predictions.lines.slice(3, 5)).toEqual([4, 6]);
  });

  it("pairs two models' predictions by id, in the candidate's order", async () => {
    const paired = await readPairedPredictions(candidateFile, baselineFile);
    expect(paired.ids[0]).toBe("c-001");
    expect(paired.candidateCorrect).toEqual([true, true, false, true, true, false, true, true, true, true]);
    expect(paired.baselineCorrect).toEqual([true, true, false, true, true, false, false, true, true, false]);
    expect(paired.scores?.candidate.slice(0, 2)).toEqual([0.105, 0.051]);
    expect(paired.scores?.baseline.slice(0, 2)).toEqual([0.15, 0.08]);
    expect(mcnemar(paired.candidateCorrect, paired.baselineCorrect)).toMatchObject({
      b: 2,
      c: 0,
      pValue: 0.5,
    });
  });

  it("leaves the scores out unless both files score every example", async () => {
    const unscored = folder.file("unscored.csv", "id,label,prediction,score\nc-001,1,1,\nc-002,0,1,0.3\n");
    const other = folder.file("other.csv", "id,prediction,label\nc-002,0,0\nc-001,1,1\n");
    const paired = await readPairedPredictions(unscored, other);
    expect(paired).toEqual({
      ids: ["c-001", "c-002"],
      candidateCorrect: [true, false],
      baselineCorrect: [true, true],
    });
  });

  it("names the file when the two do not hold the same examples", async () => {
    const candidate = await readPredictions(candidateFile);
    const ids = ["c-001", "c-002", "x-1", "x-2", "x-3", "x-4", "x-5", "x-6"];
    const text = `id,label,prediction\n${ids.map((id) => `${id},1,1`).join("\n")}\n`;
    const baseline = await readPredictions(folder.file("short.csv", text));
    expect(() => pairPredictions(candidate, baseline)).toThrow(
      `${baseline.file}: the baseline's predictions are not on the same examples as ${candidateFile}: 8 ids of the candidate missing here ("c-003", "c-004", "c-005", "c-006", "c-007", ...); 6 ids here not in the candidate ("x-1", "x-2", "x-3", "x-4", "x-5", ...)`,
    );
  });

  it("refuses pairs whose labels differ", async () => {
    const lines = [
      "id,label,prediction",
      ...Array.from(
        { length: 10 },
        (_, i) => `c-${String(i + 1).padStart(3, "0")},${i === 3 ? 1 : i % 2 === 0 ? 1 : 0},0`,
      ),
    ];
    const relabelled = folder.file("relabelled.csv", `${lines.join("\n")}\n`);
    await expect(readPairedPredictions(candidateFile, relabelled)).rejects.toThrow(
      `${relabelled}:5 label: id "c-004" has label "1" here but "0" in ${candidateFile} (line 5)`,
    );
  });

  it("names file, line and column of a bad row", async () => {
    const cases: Array<[string, string, string]> = [
      [
        "columns.csv",
        "id,label,pred\n1,a,a\n",
        ":1: missing column prediction: expected id, label, prediction (and optionally score), found id, label, pred",
      ],
      ["empty-cell.csv", "id,label,prediction\n1,a,a\n2,b,\n", ":3 prediction: missing prediction"],
      ["short-row.csv", "id,label,prediction\n1,a,a\n2,b\n", ":3 prediction: missing prediction"],
      [
        "duplicate.csv",
        "id,label,prediction\n1,a,a\n2,b,b\n1,c,c\n",
        ':4 id: duplicate id "1" (first on line 2)',
      ],
      [
        "score.csv",
        "id,label,prediction,score\n1,a,a,0.5\n2,b,b,high\n",
        ':3 score: expected a finite number, got "high"',
      ],
      [
        "missing-key.jsonl",
        '{"id": "1", "label": "a", "prediction": "a"}\n{"id": "2", "label": "b"}\n',
        ":2 prediction: missing prediction",
      ],
      ["null-id.jsonl", '{"id": null, "label": "a", "prediction": "a"}\n', ":1 id: missing id"],
      [
        "broken.jsonl",
        '{"id": "1", "label": "a", "prediction": "a"}\n{"id": "2",\n{"id": "1", "label": "a", "prediction": "a"}\n',
        ":2: not valid JSON",
      ],
      [
        "nothing.csv",
        "id,label,prediction\n",
        ": no predictions: expected one row per example with id, label, prediction",
      ],
      [
        "blank.csv",
        "",
        ":1: missing columns id, label, prediction: expected id, label, prediction (and optionally score), found none",
      ],
    ];
    for (const [name, content, expected] of cases) {
      const file = folder.file(name, content);
      const error = await readError(file);
      expect(error.message, name).toContain(`${file}${expected}`);
    }
  });

  it("refuses a file whose format it cannot tell", async () => {
    await expect(readPredictions(folder.file("predictions.xlsx", "id"))).rejects.toBeInstanceOf(ConfigError);
  });
});
