/**
 * Gates: the bars a model's metrics must clear before it may ship, as users write them in
 * `.github/trainyard.yml` under `models.<name>.gates` and `models.<name>.slices`:
 *
 * ```yaml
 * gates:
 *   accuracy: { direction: higher, min: 0.8, max_drop: 0.01 }   # absolute drop vs baseline
 *   latency_ms: { direction: lower, max: 50, max_rise: "10%" }  # relative rise vs baseline
 *   val.loss: { direction: lower }                              # reported, no gate
 * slices:
 *   gates:
 *     accuracy: { min: 0.7, max_drop: "5%" }                    # applied to every slice
 *   only: ["country=DE", "country=FR"]                          # optional
 * ```
 *
 * Decisions:
 * - `direction` says which way is better. Left out, it is "lower" when the metric's name contains
 *   (case-insensitively) loss, error, mae, mse, rmse, latency or perplexity, else "higher". Write
 *   it out when a name misleads (scikit-learn's `neg_mean_squared_error` is higher-is-better).
 * - `max_drop` limits how far the value may fall below the baseline's, `max_rise` how far it may
 *   climb above it: each a number (in the metric's own units) or a percentage of the baseline's
 *   value ("2%"). A fall is only bad for a higher-is-better metric, so `max_drop` on a
 *   lower-is-better one (or `max_rise` on a higher-is-better one) is a config error, not a gate
 *   that would fail whenever the model improves.
 * - A slice gate without `direction` takes the top-level gate's for the same metric, else the
 *   name's inference; the config check of a slice gate can only see its own direction and name.
 *
 * Refinements write complete messages as `custom` issues; every other issue is worded by the
 * config loader, which can see the source.
 */
import * as z from "../zod.ts";

export const directions = ["higher", "lower"] as const;
export type Direction = (typeof directions)[number];

/** Name parts that mark a lower-is-better metric when no direction is written. */
export const lowerIsBetterNameParts: readonly string[] = [
  "loss",
  "error",
  "mae",
  "mse",
  "rmse",
  "latency",
  "perplexity",
];

const percentPattern = /^(\d+(\.\d*)?|\.\d+)%$/;

const percentText = z.string().check(
  z.regex(percentPattern, {
    error: (issue) =>
      `expected a number or a percentage of the baseline such as "2%", got ${JSON.stringify(issue.input)}`,
  }),
);

/** A change limit as written: an amount in the metric's units (0.01) or a share of the baseline ("2%"). */
const changeLimit = z
  // Text first: for text that is not a percentage the loader reports the first option's issue.
  .union([percentText, z.number()])
  .check(
    z.superRefine((limit, context) => {
      if (typeof limit === "number" && limit < 0) {
        context.addIssue({
          code: "custom",
          message: `expected a number ≥ 0 or a percentage such as "2%", got ${limit}`,
        });
      }
    }),
    z.describe(
      "An amount in the metric's own units (0.01), or a percentage of the baseline's value (\"2%\").",
    ),
  );
export type ChangeLimitText = z.infer<typeof changeLimit>;

export const gateSpec = z
  .strictObject({
    direction: z
      .optional(z.enum(directions))
      .check(
        z.describe(
          'Which way is better. Default: "lower" for names containing loss, error, mae, mse, rmse, latency or perplexity, else "higher".',
        ),
      ),
    min: z.optional(z.number()).check(z.describe("The value must be at least this.")),
    max: z.optional(z.number()).check(z.describe("The value must be at most this.")),
    max_drop: z
      .optional(changeLimit)
      .check(
        z.describe('How far a higher-is-better value may fall below the baseline: 0.01, or "2%" of it.'),
      ),
    max_rise: z
      .optional(changeLimit)
      .check(z.describe('How far a lower-is-better value may rise above the baseline: 5, or "10%" of it.')),
  })
  .check(
    z.superRefine((gate, context) => {
      if (gate.min !== undefined && gate.max !== undefined && gate.min > gate.max) {
        context.addIssue({
          code: "custom",
          path: ["min"],
          message: `min ${gate.min} is greater than max ${gate.max}`,
        });
      }
    }),
    z.describe("Bars one metric must clear; a metric listed with no bar is reported but not gated."),
  );
export type Gate = z.infer<typeof gateSpec>;

const metricName = z.string().check(z.minLength(1));

/** `models.<name>.gates`: metric name → its gate, in the order the report lists them. */
export const gatesSpec = z.record(metricName, gateSpec).check(
  z.superRefine(
    (gates, context) => {
      if (!isRecord(gates)) return;
      for (const [metric, gate] of Object.entries(gates)) checkChangeDirection(metric, gate, context);
    },
    // Also when another gate has a problem, so that one reading lists every problem.
    { when: () => true },
  ),
  z.describe("Gates on the model's metrics, keyed by metric name (nested names joined with '.')."),
);
export type Gates = z.infer<typeof gatesSpec>;

/** `models.<name>.slices`: gates every slice must clear, and optionally which slices. */
export const slicesSpec = z
  .strictObject({
    gates: z._default(gatesSpec, {}).check(z.describe("Gates applied to every slice's metrics.")),
    only: z
      .optional(z.array(z.string().check(z.minLength(1))).check(z.minLength(1)))
      .check(
        z.describe('Check only these slices (e.g. "country=DE"); each must be in the candidate\'s results.'),
      ),
  })
  .check(
    z.superRefine((slices, context) => {
      const seen = new Map<string, number>();
      slices.only?.forEach((slice, index) => {
        const first = seen.get(slice);
        if (first !== undefined) {
          context.addIssue({
            code: "custom",
            path: ["only", index],
            message: `${JSON.stringify(slice)} is listed twice (also only[${first}])`,
          });
        } else {
          seen.set(slice, index);
        }
      });
    }),
    z.describe("Per-slice gates: the same bars, applied to each slice's metrics."),
  );
export type SliceGates = z.infer<typeof slicesSpec>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Runs on the gates as written, which may hold other problems: it checks only what it can read. */
function checkChangeDirection(metric: string, gate: unknown, context: z.core.$RefinementCtx<Gates>): void {
  if (!isRecord(gate)) return;
  const written = gate.direction;
  if (written !== undefined && written !== "higher" && written !== "lower") return;
  const direction = resolveDirection(metric, written);
  const misplaced = direction === "higher" ? "max_rise" : "max_drop";
  if (gate[misplaced] === undefined) return;
  const fitting = direction === "higher" ? "max_drop" : "max_rise";
  const why =
    written === undefined
      ? ` (inferred from its name: write direction: ${direction === "higher" ? "lower" : "higher"} if it is not)`
      : "";
  const wrongWay = misplaced === "max_drop" ? "falls" : "rises";
  context.addIssue({
    code: "custom",
    path: [metric, misplaced],
    message: `${metric} is ${direction}-is-better${why}, so a limit on how far it ${wrongWay} would fail the gate when the model improves: use ${fitting}`,
  });
}

/** The direction a metric is judged in: the one written, else inferred from the name. */
export function resolveDirection(metric: string, written?: Direction): Direction {
  if (written) return written;
  const name = metric.toLowerCase();
  return lowerIsBetterNameParts.some((part) => name.includes(part)) ? "lower" : "higher";
}

/** A change limit, resolved: an absolute amount, or a fraction of the baseline's value. */
export type ChangeLimit =
  | { kind: "absolute"; amount: number; text: string }
  | { kind: "relative"; fraction: number; text: string };

/** `0.01` → absolute 0.01; `"10%"` → relative 0.1. The text is how the report shows it. */
export function parseChangeLimit(limit: ChangeLimitText): ChangeLimit {
  if (typeof limit === "number") return { kind: "absolute", amount: limit, text: String(limit) };
  if (!percentPattern.test(limit)) throw new RangeError(`not a percentage: ${JSON.stringify(limit)}`);
  return { kind: "relative", fraction: Number(limit.slice(0, -1)) / 100, text: limit };
}

/** The allowed change in the metric's units, given the baseline's value. */
export function allowedChange(limit: ChangeLimit, baseline: number): number {
  return limit.kind === "absolute" ? limit.amount : Math.abs(baseline) * limit.fraction;
}
