import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DataError } from "../../../lib/errors.ts";
import { readHistory, readMetrics, readParams, readSlices } from "../../../lib/metrics/read.ts";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/train/metrics");
const fixture = (name: string) => path.join(FIXTURES, name);
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-metrics-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** Writes `content` to a file called `name` and returns its path. */
function file(name: string, content: string): string {
  const target = path.join(scratch, name);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, content);
  return target;
}

/** The DataError a read fails with, its location and detail. */
async function failure(read: Promise<unknown>): Promise<DataError> {
  const error = await read.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DataError);
  return error as DataError;
}

describe("metrics files", () => {
  const flat = {
    "val.accuracy": 0.93,
    "val.loss": 0.21,
    "val.confusion.0.0": 50,
    "val.confusion.0.1": 3,
    "val.confusion.1.0": 4,
    "val.confusion.1.1": 43,
    "train.loss": 0.18,
    epochs: 20,
  };

  it("flattens nested JSON keys with '.', list items by index, as DVC does", async () => {
    expect(await readMetrics(fixture("nested.json"))).toEqual(flat);
  });

  it("reads YAML the same way", async () => {
    expect(await readMetrics(fixture("nested.yaml"))).toEqual(flat);
  });

  it("reads a wide CSV's last row under its header of metric names", async () => {
    expect(await readMetrics(fixture("wide.csv"))).toEqual({ epoch: 3, loss: 0.41, accuracy: 0.9 });
  });

  it("reads a long CSV of metric,value rows, quoted names and exponents included", async () => {
    expect(await readMetrics(fixture("long.csv"))).toEqual({
      "val.accuracy": 0.93,
      "val.loss": 0.21,
      "f1, macro": 0.88,
    });
  });

  it("reads a two-column CSV without a header when its first row already holds a number", async () => {
    expect(await readMetrics(fixture("headerless.csv"))).toEqual({ accuracy: 0.93, loss: 0.21 });
  });

  it("takes a one-row wide CSV of two metrics for what it is", async () => {
    expect(await readMetrics(file("two.csv", "precision,recall\n0.8,0.7\n"))).toEqual({
      precision: 0.8,
      recall: 0.7,
    });
  });
});

describe("bad metrics files", () => {
  it("names a missing file", async () => {
    const error = await failure(readMetrics(path.join(scratch, "nowhere.json"), "out/metrics.json"));
    expect(error.message).toBe("out/metrics.json: metrics file not found");
  });

  it("refuses a file name whose format it cannot tell", async () => {
    const error = await failure(readMetrics(file("metrics.txt", "accuracy 0.9\n")));
    expect(error.detail).toBe("cannot tell the format from the file name: expected .json, .yaml, .yml, .csv");
  });

  it("names the line of a JSON syntax error", async () => {
    const error = await failure(
      readMetrics(file("broken.json", '{\n  "accuracy": 0.9,,\n}\n'), "broken.json"),
    );
    expect(error.location).toMatchObject({ file: "broken.json", line: 2 });
    expect(error.detail).toMatch(/^not valid JSON: /);
  });

  it("names the line of a YAML syntax error", async () => {
    // "f1" indented under "loss: 0.3" makes line 2 a mapping inside a plain value.
    const error = await failure(
      readMetrics(file("broken.yaml", "auc: 0.9\nloss: 0.3\n  f1: 0.8\n"), "broken.yaml"),
    );
    expect(error.message).toBe(
      "broken.yaml:2: not valid YAML: Nested mappings are not allowed in compact mappings",
    );
  });

  it("names the key and line of a value that is not a number", async () => {
    const text = '{\n  "val": {\n    "accuracy": "high",\n    "loss": 0.2\n  }\n}\n';
    const error = await failure(readMetrics(file("text.json", text), "metrics.json"));
    expect(error.location).toEqual({ file: "metrics.json", line: 3, field: "val.accuracy" });
    expect(error.message).toBe('metrics.json:3 val.accuracy: expected a number, got "high"');
  });

  it.each([
    ["Python's NaN in JSON", "nan.json", '{"val": {"loss": NaN}}', "val.loss", "NaN"],
    ["Python's -Infinity in JSON", "inf.json", '{"loss": -Infinity}', "loss", "-Infinity"],
    ["YAML's .nan", "nan.yaml", "val:\n  loss: .nan\n", "val.loss", "NaN"],
    ["YAML's .inf", "inf.yaml", "loss: .inf\n", "loss", "Infinity"],
  ])("names the key of %s", async (_, name, text, key, shown) => {
    const error = await failure(readMetrics(file(name, text), name));
    expect(error.location.field).toBe(key);
    expect(error.detail).toBe(`expected a finite number, got ${shown}`);
  });

  it('tells a quoted "NaN" (text) from a bare NaN (a number gone wrong)', async () => {
    const error = await failure(readMetrics(file("quoted.json", '{"loss": "NaN"}'), "quoted.json"));
    expect(error.detail).toBe('expected a number, got "NaN"');
  });

  it("refuses booleans, nulls and empty files", async () => {
    expect((await failure(readMetrics(file("bool.yaml", "converged: true\n")))).detail).toBe(
      "expected a number, got true",
    );
    expect((await failure(readMetrics(file("null.json", '{"auc": null}')))).detail).toBe(
      "expected a number, got nothing (null)",
    );
    expect((await failure(readMetrics(file("empty.json", "")))).detail).toBe(
      "the file is empty: expected a mapping of metrics",
    );
  });

  it("refuses a top level that is not a mapping", async () => {
    const error = await failure(readMetrics(file("list.json", "[0.9, 0.8]"), "list.json"));
    expect(error.detail).toBe("expected a mapping of metrics (name: value), got a list");
  });

  it("refuses a key given twice once flattened", async () => {
    const error = await failure(readMetrics(file("twice.json", '{"val.loss": 1, "val": {"loss": 2}}')));
    expect(error.location.field).toBe("val.loss");
    expect(error.detail).toMatch(/given twice/);
  });

  it("refuses a key written twice in the file", async () => {
    const error = await failure(readMetrics(file("dup.yaml", "auc: 0.9\nauc: 0.8\n")));
    expect(error.location.line).toBe(2);
  });

  it("names the line and column name of a bad cell in a wide CSV", async () => {
    const error = await failure(readMetrics(file("wide-bad.csv", "epoch,loss\n1,0.5\n2,n/a\n"), "log.csv"));
    expect(error.message).toBe('log.csv:3 loss: expected a number, got "n/a"');
  });

  it("names NaN and inf in a CSV as non-finite", async () => {
    const error = await failure(readMetrics(file("nan.csv", "metric,value\nauc,0.9\nloss,nan\n"), "m.csv"));
    expect(error.message).toBe("m.csv:3 loss: expected a finite number, got nan");
  });

  it("names an empty cell, a short row and a header without values", async () => {
    expect((await failure(readMetrics(file("e.csv", "auc,loss\n0.9,\n")))).detail).toBe(
      "expected a number, got an empty cell",
    );
    const short = await failure(readMetrics(file("s.csv", "auc,loss,f1\n0.9,0.2\n"), "s.csv"));
    expect(short.message).toBe("s.csv:2: the last row has 2 cells, the header 3");
    expect((await failure(readMetrics(file("h.csv", "auc,loss\n")))).detail).toMatch(
      /a header row and no values/,
    );
  });

  it("names a long CSV row with the wrong number of cells, and a metric given twice", async () => {
    const wrong = await failure(
      readMetrics(file("l.csv", "metric,value\nauc,0.9\nloss,0.2,extra\n"), "l.csv"),
    );
    expect(wrong.message).toBe("l.csv:3: expected 2 cells (metric,value), found 3");
    const twice = await failure(readMetrics(file("t.csv", "metric,value\nauc,0.9\nauc,0.8\n"), "t.csv"));
    expect(twice.message).toBe('t.csv:3 auc: "auc" is given twice');
  });

  it("names an unclosed quote in a CSV", async () => {
    const error = await failure(readMetrics(file("q.csv", 'metric,value\n"auc,0.9\n'), "q.csv"));
    expect(error.location).toMatchObject({ file: "q.csv", line: 2 });
    expect(error.detail).toMatch(/^not valid CSV: /);
  });
});

describe("history", () => {
  it("reads one point a line, steps from epoch, nested keys flattened, blank lines and CRLF skipped", async () => {
    expect(await readHistory(fixture("history.jsonl"), "history.jsonl")).toEqual([
      { step: 1, epoch: 1, loss: 0.69, "val.accuracy": 0.71 },
      { step: 2, epoch: 2, loss: 0.52, "val.accuracy": 0.84 },
      { step: 3, epoch: 3, loss: 0.41, "val.accuracy": 0.9 },
    ]);
  });

  it("prefers step to epoch, and numbers points from 0 when they have neither", async () => {
    const text = '{"step": 100, "epoch": 1, "loss": 1}\n{"loss": 0.5}\n';
    expect(await readHistory(file("steps.jsonl", text), "steps.jsonl")).toEqual([
      { step: 100, epoch: 1, loss: 1 },
      { step: 1, loss: 0.5 },
    ]);
  });

  it("names the line and key of NaN, Python's way of writing it", async () => {
    const text = '{"epoch": 1, "loss": 0.7}\n{"epoch": 2, "loss": NaN, "note": "NaN in a string is text"}\n';
    const error = await failure(readHistory(file("nan.jsonl", text), "history.jsonl"));
    expect(error.message).toBe("history.jsonl:2 loss: expected a finite number, got NaN");
  });

  it("names the line of a value that is not a number, of broken JSON, and of a line that is no object", async () => {
    const text = (line: string) => `{"epoch": 1, "loss": 0.7}\n${line}\n`;
    expect(
      (await failure(readHistory(file("a.jsonl", text('{"epoch": 2, "phase": "val"}')), "h.jsonl"))).message,
    ).toBe('h.jsonl:2 phase: expected a number, got "val"');
    const broken = await failure(readHistory(file("b.jsonl", text('{"epoch": 2, "loss": }')), "h.jsonl"));
    expect(broken.location).toMatchObject({ file: "h.jsonl", line: 2 });
    expect(broken.detail).toMatch(/^not valid JSON: /);
    expect((await failure(readHistory(file("c.jsonl", text("[1, 2]")), "h.jsonl"))).message).toBe(
      "h.jsonl:2: expected one JSON object a line, got a list",
    );
  });

  it("names a missing history file", async () => {
    expect((await failure(readHistory(path.join(scratch, "none.jsonl"), "history.jsonl"))).message).toBe(
      "history.jsonl: history file not found",
    );
  });
});

describe("params", () => {
  it("flattens params and keeps numbers, text, booleans, and None as null", async () => {
    expect(await readParams(fixture("params.yaml"))).toEqual({
      "train.epochs": 20,
      "train.learning_rate": 0.001,
      "train.early_stopping": true,
      "train.max_depth": "null",
      "model.kind": "gradient-boosting",
      "model.features.0": "tenure",
      "model.features.1": "monthly_charges",
    });
  });

  it("refuses CSV params and a missing params file", async () => {
    expect((await failure(readParams(file("p.csv", "a,b\n1,2\n")))).detail).toMatch(
      /expected \.json, \.yaml, \.yml$/,
    );
    expect((await failure(readParams(path.join(scratch, "none.yaml"), "params.yaml"))).message).toBe(
      "params.yaml: params file not found",
    );
  });
});

describe("slices", () => {
  it("reads each slice's metrics, flattened", async () => {
    expect(await readSlices(fixture("slices.yaml"))).toEqual({
      "country=DE": { accuracy: 0.91, "recall.churned": 0.8 },
      "country=FR": { accuracy: 0.88, "recall.churned": 0.74 },
    });
  });

  it("names the slice and key of a bad value, and a slice that is one value", async () => {
    const bad = await failure(
      readSlices(
        file("s.json", '{\n  "country=DE": { "accuracy": 0.9 },\n  "country=FR": { "accuracy": "?" }\n}\n'),
        "s.json",
      ),
    );
    expect(bad.message).toBe('s.json:3 country=FR.accuracy: expected a number, got "?"');
    const flat = await failure(readSlices(file("f.yaml", "country=DE: 0.9\n"), "f.yaml"));
    expect(flat.message).toBe(
      "f.yaml:1 country=DE: expected the slice's metrics (metric: value), got a single value",
    );
  });
});
