import type { Comparison, GateCheck, MetricComparison } from "../lib/evaluate/compare.ts";
import { formatNumber, formatPercent } from "../lib/evaluate/compare.ts";
import { cell, code, details, plural, table } from "./markdown.ts";

/**
 * The metric comparison a reviewer reads: a verdict line, then one row per metric with the
 * baseline, the candidate, the change (an arrow and a word that survive GitHub's markdown, which
 * has no colours), the gates and the significance. Slices follow, collapsed.
 */
export function renderComparison(comparison: Comparison, model: string): string {
  const baseline = comparison.baseline?.label;
  const parts = [verdictLine(comparison, model), ""];
  parts.push(metricTable(comparison.metrics, baseline));
  if (comparison.failures.length > 0)
    parts.push(
      "",
      "**Gates failed:**",
      "",
      ...comparison.failures.map((sentence) => `- ${cell(sentence, 200)}`),
    );
  if (comparison.slices.length > 0) {
    const failed = comparison.slices.filter((s) => !s.passed).length;
    const body = comparison.slices
      .map((slice) =>
        slice.present
          ? `**${cell(slice.slice)}** ${slice.passed ? "✅" : "❌"}\n\n${metricTable(slice.metrics, baseline)}`
          : `**${cell(slice.slice)}** ❌ missing from the candidate's results`,
      )
      .join("\n\n");
    parts.push(
      "",
      details(
        `${plural(comparison.slices.length, "slice")}${failed ? `, ${failed} failing` : ", all passing"}`,
        body,
      ),
    );
  }
  return `${parts.join("\n")}\n`;
}

function verdictLine(comparison: Comparison, model: string): string {
  const gates = comparison.gates;
  const counts = `${plural(gates.passed, "gate")} passed${gates.failed ? `, ${gates.failed} failed` : ""}`;
  switch (comparison.verdict) {
    case "ready":
      return `### ✅ ${code(model)}: ready to promote, better or level with ${comparison.baseline?.label} (${counts})`;
    case "failed":
      return `### ❌ ${code(model)}: gate failed (${counts})`;
    case "no-baseline":
      return `### ⚠️ ${code(model)}: no baseline yet, absolute values only (${counts})`;
  }
}

function metricTable(metrics: MetricComparison[], baseline: string | undefined): string {
  const header = ["metric", baseline ?? "baseline", "candidate", "Δ", "Δ%", "gate", "significance"];
  const rows = metrics.map((m) => [
    code(m.metric),
    value(m.baseline),
    `**${value(m.candidate)}**`,
    change(m),
    m.relativeDelta === null ? "" : signed(formatPercent(m.relativeDelta), m.relativeDelta),
    gates(m.gates),
    m.significance ? cell(m.significance.sentence, 120) : "",
  ]);
  return table(header, rows, ["l", "r", "r", "r", "r", "l", "l"]);
}

function value(v: number | null): string {
  return v === null ? "—" : formatNumber(v);
}

function signed(text: string, n: number): string {
  return n > 0 ? `+${text}` : text.replace(/^-/, "−");
}

function change(m: MetricComparison): string {
  if (m.delta === null || m.change === null) return "";
  const amount = signed(formatNumber(m.delta), m.delta);
  if (m.change === "same") return `= ${amount}`;
  // The arrow is where the number went; the word is whether that is good for this metric.
  return `${m.delta > 0 ? "▲" : "▼"} ${amount} ${m.change}`;
}

function gates(checks: GateCheck[]): string {
  if (checks.length === 0) return "";
  return checks
    .map(
      (g) =>
        `${g.outcome === "passed" ? "✅" : g.outcome === "failed" ? "❌" : "➖"} ${g.gate} ${typeof g.limit === "number" ? formatNumber(g.limit) : g.limit}`,
    )
    .join("<br>");
}
