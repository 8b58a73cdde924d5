import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseTrainyardConfig } from "../../lib/config/trainyard-config.ts";
import { pairPredictions, readPredictions } from "../../lib/evaluate/predictions.ts";
import { readHistory, readMetrics, readParams, readSlices } from "../../lib/metrics/read.ts";
import { parseDeployments } from "../../lib/registry/deployments.ts";
import { runValidation } from "../../lib/validate/run.ts";

/**
 * examples/breast-cancer as a Python team runs it: train.py and evaluate.py with Debian's
 * scikit-learn (/usr/bin/python3), and what they write read back by the same code the train and
 * evaluate actions read it with. Its data meets its contract; its config, as Trainyard reads it.
 */
const EXAMPLE = "examples/breast-cancer";
const PYTHON = "/usr/bin/python3";
const probe = spawnSync(PYTHON, ["-c", "import sklearn, yaml, joblib"], { encoding: "utf8" });
const missing =
  probe.error !== undefined
    ? `${PYTHON} not found`
    : probe.status !== 0
      ? `${PYTHON} lacks scikit-learn, PyYAML or joblib (apt-get install python3-sklearn python3-yaml): ${probe.stderr.trim().split("\n").at(-1)}`
      : undefined;

const out = fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-example-"));
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

describe("the example's files as Trainyard reads them", () => {
  it("its .github/trainyard.yml names the files train.py writes, and the evaluation command", () => {
    const file = path.join(EXAMPLE, ".github/trainyard.yml");
    const text = fs.readFileSync(file, "utf8");
    expect(text.split("\n")[0]).toBe(
      "# yaml-language-server: $schema=https://raw.githubusercontent.com/trainyard/trainyard/v1/schemas/trainyard-config.json",
    );
    const config = parseTrainyardConfig(text, file);
    const model = config.models.diagnosis;
    expect(model?.metrics).toBe("out/metrics.json");
    expect(model?.predictions).toBe("out/predictions.csv");
    expect(Object.keys(model?.gates ?? {})).toEqual(["accuracy", "roc_auc", "f1", "log_loss"]);
    expect(model?.evaluate?.command).toBe("python evaluate.py");
    expect(model?.registry.model_card).toBe(".github/model-card.md");
    // The model card's template uses only the placeholders register fills in.
    const card = fs.readFileSync(path.join(EXAMPLE, ".github/model-card.md"), "utf8");
    const used = [...card.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);
    expect(new Set(used)).toEqual(
      new Set([
        "model",
        "version",
        "tag",
        "commit",
        "metrics",
        "slices",
        "data",
        "cost",
        "files",
        "provenance",
      ]),
    );
  });

  it("its deployments.yml lists the model, deployed nowhere yet", () => {
    const text = fs.readFileSync(path.join(EXAMPLE, ".trainyard/deployments.yml"), "utf8");
    expect(parseDeployments(text)).toEqual({ diagnosis: {} });
  });

  it("its data meets its data contract, and the contract catches a broken row", async () => {
    const { report } = await runValidation({
      data: ["data/train.csv", "data/test.csv"],
      schemaFile: "data/schema.yml",
      cwd: EXAMPLE,
    });
    expect(report).toMatchObject({ valid: true, rows: 569, violations: [] });

    const broken = fs.mkdtempSync(path.join(out, "broken-"));
    const rows = fs.readFileSync(path.join(EXAMPLE, "data/train.csv"), "utf8").split("\n");
    rows[5] = (rows[5] as string).replace(/,malignant$|,benign$/, ",unknown");
    fs.writeFileSync(path.join(broken, "train.csv"), rows.join("\n"));
    fs.copyFileSync(path.join(EXAMPLE, "data/schema.yml"), path.join(broken, "schema.yml"));
    const bad = await runValidation({ data: ["train.csv"], schemaFile: "schema.yml", cwd: broken });
    expect(bad.report.violations.map((v) => [v.rule, v.column, v.count])).toEqual([["enum", "diagnosis", 1]]);
  });
});

describe.skipIf(missing !== undefined)(
  missing ? `SKIPPED: ${missing}` : "the example's Python scripts",
  () => {
    it("train.py writes a model, metrics, history, params, predictions and slices that Trainyard reads", async () => {
      const log = execFileSync(
        PYTHON,
        [path.join(EXAMPLE, "train.py"), "--set", "learning_rate=0.05", "--out", path.join(out, "run")],
        { encoding: "utf8", timeout: 120_000 },
      );
      expect(log).toMatch(/^trained on 364 rows, validated on 91: accuracy 0\.\d+/);

      const run = path.join(out, "run");
      expect(fs.statSync(path.join(run, "model/model.joblib")).size).toBeGreaterThan(10_000);
      const metrics = await readMetrics(path.join(run, "metrics.json"));
      expect(Object.keys(metrics)).toEqual(["accuracy", "f1", "roc_auc", "log_loss"]);
      expect(metrics.accuracy).toBeGreaterThan(0.9);
      expect(metrics.roc_auc).toBeGreaterThan(0.95);

      const params = await readParams(path.join(run, "params.json"));
      expect(params).toMatchObject({ learning_rate: 0.05, n_estimators: 150, max_depth: 2 });

      const history = await readHistory(path.join(run, "history.jsonl"), "history.jsonl");
      expect(history).toHaveLength(150);
      expect(Object.keys(history[0] ?? {}).sort()).toEqual([
        "step",
        "train.loss",
        "val.accuracy",
        "val.loss",
      ]);
      expect((history.at(-1)?.["train.loss"] as number) < (history[0]?.["train.loss"] as number)).toBe(true);

      const slices = await readSlices(path.join(run, "slices.json"));
      expect(Object.keys(slices)).toEqual(["size=small", "size=large"]);
      expect((slices["size=small"]?.rows ?? 0) + (slices["size=large"]?.rows ?? 0)).toBe(91);

      const predictions = await readPredictions(path.join(run, "predictions.csv"));
      expect(predictions.ids).toHaveLength(91);
      const accuracy = predictions.correct.filter(Boolean).length / predictions.correct.length;
      expect(accuracy).toBeCloseTo(metrics.accuracy as number, 10);
    });

    it("evaluate.py scores a model found under MODEL_PATH, as champion/challenger runs it", async () => {
      // MODEL_PATH holds the model's files at their repository paths, wherever the project lives.
      const modelPath = path.join(out, "production");
      fs.mkdirSync(path.join(modelPath, "examples/breast-cancer/out"), { recursive: true });
      fs.cpSync(path.join(out, "run/model"), path.join(modelPath, "examples/breast-cancer/out/model"), {
        recursive: true,
      });
      const scores = (role: string) => {
        const outputDir = path.join(out, `${role}-scores`);
        execFileSync(PYTHON, [path.join(EXAMPLE, "evaluate.py")], {
          encoding: "utf8",
          timeout: 120_000,
          env: { ...process.env, MODEL_PATH: modelPath, OUTPUT_DIR: outputDir, MODEL_ROLE: role },
        });
        return outputDir;
      };
      const production = scores("production");
      const candidate = scores("candidate");

      const metrics = await readMetrics(path.join(production, "metrics.json"));
      expect(Object.keys(metrics)).toEqual(["accuracy", "f1", "roc_auc", "log_loss"]);
      const paired = pairPredictions(
        await readPredictions(path.join(candidate, "predictions.csv")),
        await readPredictions(path.join(production, "predictions.csv")),
      );
      expect(paired.ids).toHaveLength(114);
      // The same model twice: the same answers on every test example.
      expect(paired.candidateCorrect).toEqual(paired.baselineCorrect);
      const accuracy = paired.candidateCorrect.filter(Boolean).length / 114;
      expect(accuracy).toBeCloseTo(metrics.accuracy as number, 10);
    });

    it("refuses a parameter params.yaml does not have", () => {
      const result = spawnSync(PYTHON, [path.join(EXAMPLE, "train.py"), "--set", "learning_rat=0.1"], {
        encoding: "utf8",
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain("--set: no such parameter learning_rat");
    });
  },
);
