import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The package's root: cli/demo/project.ts and cli/dist/index.js both sit two folders below it. */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

export const DEMO_MODEL = "diagnosis";
export const PYTHON = "/usr/bin/python3";

/** An example project the demo runs through the loop: its files and how its workflows call it. */
export interface DemoProject {
  /** As the user named it: examples/breast-cancer-js or examples/breast-cancer. */
  name: string;
  language: "JavaScript" | "Python";
  /** The repository's first commit: the project at the root, the example deploy script under serving/. */
  files: Record<string, Buffer>;
  /** The train step's `command` (the sweep's parameters not used by the demo). */
  trainCommand: string;
  evaluateCommand: string;
  /** Whether the model server can answer /predict with the model file (JSON weights). */
  servesPredictions: boolean;
}

const JS_PROJECT = "examples/breast-cancer-js";
const PY_PROJECT = "examples/breast-cancer";

/** The project behind `--project`; a clear error when Python's scikit-learn is needed and missing. */
export function loadProject(name: string): DemoProject {
  const normalized = name.replace(/\/+$/, "");
  const read = (relative: string) => fs.readFileSync(path.join(PACKAGE_ROOT, relative));
  const shared: Record<string, Buffer> = {
    "data/train.csv": read(`${PY_PROJECT}/data/train.csv`),
    "data/test.csv": read(`${PY_PROJECT}/data/test.csv`),
    "data/schema.yml": read(`${PY_PROJECT}/data/schema.yml`),
    ".github/model-card.md": read(`${PY_PROJECT}/.github/model-card.md`),
    ".github/CODEOWNERS": Buffer.from(
      "# ML code and data: alice reviews. What runs in production: bob approves.\n/data/ @alice\n/.trainyard/deployments.yml @bob\n",
    ),
    "serving/deploy.sh": read("examples/serving/deploy.sh"),
    "serving/server.mjs": read("examples/serving/server.mjs"),
  };
  if (normalized === JS_PROJECT || normalized === "breast-cancer-js")
    return {
      name: JS_PROJECT,
      language: "JavaScript",
      files: {
        ...shared,
        "README.md": read(`${JS_PROJECT}/README.md`),
        "train.mjs": read(`${JS_PROJECT}/train.mjs`),
        "evaluate.mjs": read(`${JS_PROJECT}/evaluate.mjs`),
        "model.mjs": read(`${JS_PROJECT}/model.mjs`),
      },
      trainCommand: "node train.mjs",
      evaluateCommand: "node evaluate.mjs",
      servesPredictions: true,
    };
  if (normalized === PY_PROJECT || normalized === "breast-cancer") {
    if (!pythonHasSklearn())
      throw new Error(
        `--project ${PY_PROJECT} needs ${PYTHON} with scikit-learn, numpy, joblib and PyYAML (Debian: apt-get install python3-sklearn python3-yaml); ${PYTHON} lacks them`,
      );
    return {
      name: PY_PROJECT,
      language: "Python",
      files: {
        ...shared,
        "README.md": read(`${PY_PROJECT}/README.md`),
        "train.py": read(`${PY_PROJECT}/train.py`),
        "evaluate.py": read(`${PY_PROJECT}/evaluate.py`),
        "params.yaml": read(`${PY_PROJECT}/params.yaml`),
        "requirements.txt": read(`${PY_PROJECT}/requirements.txt`),
      },
      trainCommand: `${PYTHON} train.py --params params.yaml`,
      evaluateCommand: `${PYTHON} evaluate.py`,
      // The server reads JSON weights; a joblib pickle it serves only /version (what the smoke test checks).
      servesPredictions: false,
    };
  }
  throw new Error(`--project must be ${JS_PROJECT} (default) or ${PY_PROJECT}, got ${name}`);
}

export function pythonHasSklearn(): boolean {
  if (!fs.existsSync(PYTHON)) return false;
  const dist = ["/usr/lib/python3/dist-packages"];
  return dist.some((dir) =>
    ["sklearn", "joblib", "yaml", "numpy"].every((p) => fs.existsSync(path.join(dir, p))),
  );
}

/** .github/trainyard.yml for the demo: the example's gates, plus where production runs on this machine. */
export function demoConfig(project: DemoProject, port: number, stateDir: string): string {
  const predict = project.servesPredictions
    ? `
            - url: http://127.0.0.1:${port}/predict
              method: POST
              body: { features: [17.99, 10.38, 122.8, 1001, 0.1184, 0.2776, 0.3001, 0.1471, 0.2419, 0.07871, 1.095, 0.9053, 8.589, 153.4, 0.006399, 0.04904, 0.05373, 0.01587, 0.03003, 0.006193, 25.38, 17.33, 184.6, 2019, 0.1622, 0.6656, 0.7119, 0.2654, 0.4601, 0.1189] }
              expect: { status: 200, contains: '"predictions"' }`
    : "";
  return `# Trainyard's configuration for the breast-cancer diagnosis model (the demo's copy of the example's).
models:
  ${DEMO_MODEL}:
    metrics: out/metrics.json
    predictions: out/predictions.csv
    gates:
      accuracy: { min: 0.9, max_drop: 0.02 }
      roc_auc: { min: 0.95, max_drop: 0.01 }
      f1: { min: 0.85 }
      log_loss: { max_rise: "25%" }
    slices:
      gates: { accuracy: { min: 0.85 } }
    evaluate:
      command: ${project.evaluateCommand}
    registry:
      model_card: .github/model-card.md
    promotion:
      environment: production
      reviewers: [bob]
    retrain:
      reviewers: [alice]
    drift:
      share: 0.15
      features:
        id: { ignore: true }
    deploy:
      production:
        target:
          kind: command
          run: bash serving/deploy.sh
          env:
            SERVE_PORT: "${port}"
            SERVE_STATE_DIR: ${stateDir}
        url: http://127.0.0.1:${port}
        smoke_test:
          timeout_seconds: 5
          initial_delay_seconds: 0.2
          requests:
            - url: http://127.0.0.1:${port}/version
              expect:
                json: { version: "\${MODEL_VERSION}", digest: "\${MODEL_DIGEST}" }${predict}
`;
}

/**
 * The batch the data pipeline lands after deployment: 228 training rows re-measured by a new
 * scanner whose texture and smoothness readings run 30% high (new ids, labels as diagnosed).
 */
export function driftedBatch(trainCsv: string): string {
  const [header = "", ...lines] = trainCsv.trim().split(/\r?\n/);
  const names = header.split(",");
  const shifted = new Set(
    names.filter((n) => /texture|smoothness|symmetry/.test(n) && !n.endsWith("_error")),
  );
  const rows = lines
    .filter((_, index) => index % 2 === 0)
    .map((line, index) =>
      line
        .split(",")
        .map((cell, column) => {
          const name = names[column] ?? "";
          if (name === "id") return `P${String(2001 + index).padStart(4, "0")}`;
          return shifted.has(name) ? String(Math.round(Number(cell) * 1.3 * 1e5) / 1e5) : cell;
        })
        .join(","),
    );
  return `${header}\n${rows.join("\n")}\n`;
}
