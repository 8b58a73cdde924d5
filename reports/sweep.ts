import { formatNumber } from "../lib/evaluate/compare.ts";
import type { Sweep, SweepRun } from "../lib/runs/sweep.ts";
import type { Rendition, Section } from "./budget.ts";
import { cell, code, duration, link, plural, table } from "./markdown.ts";

/**
 * The sweep's section of the report (and evaluate's job summary): every run of the training
 * matrix with its params, the sweep's metric, duration and cost, the best marked, failures named.
 */

/** Runs listed before the rest are counted only, when the comment runs out of room. */
export const SWEEP_ROWS_SHOWN = 20;

const STATUS: Record<SweepRun["status"], string> = {
  succeeded: "✅",
  failed: "❌ failed",
  "no-record": "❌ no record",
};

function paramsText(params: SweepRun["params"]): string {
  const entries = Object.entries(params);
  if (entries.length === 0) return "—";
  return entries.map(([name, value]) => code(`${name}=${String(value)}`, 60)).join(" ");
}

function statusText(run: SweepRun, sweep: Sweep): string {
  if (run.name === sweep.best) return sweep.tiedWith.length > 0 ? "🏆 best (tie)" : "🏆 best";
  if (run.status === "failed")
    return `${STATUS.failed}${run.exitCode === undefined ? "" : ` (exit ${run.exitCode})`}`;
  if (run.status === "succeeded" && sweep.tiedWith.includes(run.name)) return "✅ tie";
  return STATUS[run.status];
}

function valueText(run: SweepRun): string {
  if (run.value !== undefined) return formatNumber(run.value);
  return run.status === "succeeded" ? "— not recorded" : "—";
}

function row(run: SweepRun, sweep: Sweep): string[] {
  const name = run.url ? link(run.name, run.url) : cell(run.name, 80);
  return [
    run.name === sweep.best ? `**${name}**` : name,
    statusText(run, sweep),
    paramsText(run.params),
    valueText(run),
    run.durationSeconds === undefined ? "—" : duration(Math.round(run.durationSeconds * 1000)),
    run.cost === undefined ? "—" : `$${run.cost.toFixed(2)}`,
  ];
}

function sweepTable(sweep: Sweep, rows: number): string {
  const best = sweep.runs.filter((run) => run.name === sweep.best);
  const others = sweep.runs.filter((run) => run.name !== sweep.best);
  // The best first, then the others in their order, so that a cut never hides the best.
  const shown = [...best, ...others].slice(0, rows);
  const arrow = sweep.direction === "higher" ? "↑" : "↓";
  const text = table(
    ["run", "", "params", `${code(sweep.metric, 40, "middle")} ${arrow}`, "duration", "cost"],
    shown.map((run) => row(run, sweep)),
    ["l", "l", "l", "r", "r", "r"],
    { compact: true },
  );
  const hidden = sweep.runs.length - shown.length;
  return hidden > 0 ? `${text}\n\n… and ${plural(hidden, "more run")}, in \`sweep.json\`.` : text;
}

/** The line that says how the sweep went and which run is the candidate. */
export function sweepHeadline(sweep: Sweep, baselineLabel?: string): string {
  const failed = sweep.runs.filter((run) => run.status !== "succeeded").length;
  const against = baselineLabel ? `the candidate compared with ${cell(baselineLabel, 60)}` : "the candidate";
  const tie =
    sweep.tiedWith.length > 0
      ? ` It ties with ${sweep.tiedWith.map((name) => code(name, 80)).join(", ")}; the first by name is taken.`
      : "";
  return `${plural(sweep.runs.length, "run")}${failed > 0 ? ` (${failed} failed)` : ""}; the best by ${code(sweep.metric, 60)} (${sweep.direction} is better), ${code(sweep.best, 80)}, is ${against}.${tie}`;
}

/** The sweep on its own, for evaluate's job summary. */
export function renderSweep(sweep: Sweep, model: string, baselineLabel?: string): string {
  return `### Sweep of ${code(model, 60)}\n\n${sweepHeadline(sweep, baselineLabel)}\n\n${sweepTable(sweep, sweep.runs.length)}\n`;
}

/** Renditions: 0 every run; 1 the first SWEEP_ROWS_SHOWN (the best first). */
export function sweepSection(sweep: Sweep, baselineLabel?: string): Section<"sweep"> {
  const head = `#### Sweep\n\n${sweepHeadline(sweep, baselineLabel)}`;
  const renditions: Rendition[] = [
    { text: `${head}\n\n${sweepTable(sweep, sweep.runs.length)}`, leftOut: [] },
    {
      text: `${head}\n\n${sweepTable(sweep, SWEEP_ROWS_SHOWN)}`,
      leftOut:
        sweep.runs.length > SWEEP_ROWS_SHOWN ? [`the sweep's runs beyond the first ${SWEEP_ROWS_SHOWN}`] : [],
    },
  ];
  return { name: "sweep", renditions };
}
