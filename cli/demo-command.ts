import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { isStepFailure, runLoop } from "./demo/loop.ts";
import { loadProject } from "./demo/project.ts";
import { STEPS_FILE, writeDemoSite } from "./demo/site.ts";

const HELP = `Usage: trainyard demo [--out <dir>] [--project <dir>]

Runs Trainyard's whole loop on an example project against the built-in GitHub sandbox, as real
processes: a pull request's CI (validate-data, train, evaluate, report), merge, register v1, the
app's promotion pull request, deploy with a smoke test, drifted data, drift-check, the app's
retraining pull request and its CI, v2 registered, promoted and deployed.

  --project <dir>  examples/breast-cancer-js (default: trains with Node alone) or
                   examples/breast-cancer (Python: needs /usr/bin/python3 with scikit-learn)
  --out <dir>      where to write what a user would see, as markdown, with steps.json and
                   index.html (default: demo-out; an earlier demo's files there are replaced)`;

export async function runDemoCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      out: { type: "string", default: "demo-out" },
      project: { type: "string", default: "examples/breast-cancer-js" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  let project: ReturnType<typeof loadProject>;
  try {
    project = loadProject(values.project);
  } catch (error) {
    console.error(`trainyard demo: ${(error as Error).message}`);
    return 2;
  }
  const outDir = path.resolve(values.out);
  clearDemoOutput(outDir);
  const transcript: string[] = [];
  const say = (line: string) => {
    console.log(line);
    transcript.push(line);
  };
  const started = Date.now();
  try {
    const { manifest, problems, stats } = await runLoop(project, outDir, say);
    fs.writeFileSync(path.join(outDir, STEPS_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    say("");
    say(
      `Summary: ${manifest.steps.length} steps in ${((Date.now() - started) / 1000).toFixed(1)} s; ${stats.requests} API requests served; ${stats.deliveries} webhooks delivered to the app, ${stats.verified} accepted with a verified signature; ${stats.contractChecked ? `${problems.filter((p) => p.startsWith("OpenAPI")).length} contract violations` : "contract not checked (install @octokit/openapi)"}`,
    );
    fs.writeFileSync(path.join(outDir, "transcript.md"), `${transcript.join("\n")}\n`);
    const index = await writeDemoSite(outDir);
    say(
      `Wrote ${path.relative(process.cwd(), outDir) || "."}/: ${manifest.steps.reduce((n, s) => n + s.files.length, 0)} markdown files, ${STEPS_FILE}; open ${index}`,
    );
    if (problems.length > 0) {
      console.error(
        `trainyard demo: FAILED, the loop ran but:\n${problems.map((p) => `  - ${p}`).join("\n")}`,
      );
      return 1;
    }
    return 0;
  } catch (error) {
    fs.writeFileSync(path.join(outDir, "transcript.md"), `${transcript.join("\n")}\n`);
    if (isStepFailure(error)) {
      console.error(`trainyard demo: FAILED: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

/** What an earlier demo wrote to `outDir`, removed; nothing else there is touched (`--out .` is safe). */
function clearDemoOutput(outDir: string): void {
  fs.mkdirSync(outDir, { recursive: true });
  const ours = /^(\d\d-[\w-]+\.md|failed-[\w-]+\.(log|json)|steps\.json|transcript\.md|index\.html|assets)$/;
  for (const entry of fs.readdirSync(outDir))
    if (ours.test(entry)) fs.rmSync(path.join(outDir, entry), { recursive: true, force: true });
}
