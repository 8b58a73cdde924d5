/**
 * Fault injection: a seeded, reproducible share of matching requests answers with a server
 * error, a rate limit, a slow response or a dropped connection, so reliability tests can prove
 * that nothing is lost or duplicated.
 */
export type FaultKind = "500" | "502" | "503" | "429" | "403-secondary" | "403-primary" | "delay" | "reset";

export const FAULT_KINDS: readonly FaultKind[] = [
  "500",
  "502",
  "503",
  "429",
  "403-secondary",
  "403-primary",
  "delay",
  "reset",
];

export interface FaultSpec {
  kind: FaultKind;
  /** Relative weight in the rule's mix (default 1). */
  weight?: number;
  /** For `delay`: how long the answer is held back (default 200 ms). */
  delayMs?: number;
  /** For rate limits: the Retry-After seconds (or, for `403-primary`, seconds until reset). Default 1. */
  retryAfter?: number;
}

export interface FaultRule {
  /** GitHub operation ids the rule applies to; every operation when absent. */
  operations?: string[];
  /** Only requests with this method. */
  method?: string;
  /** Share of matching requests that get a fault, from 0 to 1. */
  rate: number;
  kinds: Array<FaultKind | FaultSpec>;
  /**
   * `before` (default): the request is not carried out. `after`: it is carried out and then the
   * answer is lost, the nastiest case for anything that is not idempotent.
   */
  phase?: "before" | "after";
  /** Inject at most this many faults with this rule. */
  limit?: number;
}

export interface FaultSettings {
  seed?: number;
  rules: FaultRule[];
}

export interface InjectedFault extends Required<Pick<FaultSpec, "kind">> {
  delayMs: number;
  retryAfter: number;
  phase: "before" | "after";
}

export interface FaultStats {
  /** Requests that reached the API routes. */
  requests: number;
  /** Faults injected, by kind. */
  injected: Record<FaultKind, number>;
  /** Faults injected, by operation id. */
  byOperation: Record<string, number>;
}

export class FaultInjector {
  private random: () => number;
  private rules: Array<FaultRule & { used: number }>;
  readonly stats: FaultStats;

  constructor(settings: FaultSettings = { rules: [] }) {
    this.random = mulberry32(settings.seed ?? 1);
    this.rules = settings.rules.map((rule) => ({ ...rule, used: 0 }));
    this.stats = {
      requests: 0,
      injected: Object.fromEntries(FAULT_KINDS.map((k) => [k, 0])) as Record<FaultKind, number>,
      byOperation: {},
    };
  }

  /** Replaces the rules (and restarts the random sequence) while the sandbox runs. */
  configure(settings: FaultSettings): void {
    this.random = mulberry32(settings.seed ?? 1);
    this.rules = settings.rules.map((rule) => ({ ...rule, used: 0 }));
  }

  decide(operationId: string, method: string): InjectedFault | undefined {
    this.stats.requests += 1;
    for (const rule of this.rules) {
      if (rule.operations && !rule.operations.includes(operationId)) continue;
      if (rule.method && rule.method.toUpperCase() !== method) continue;
      if (rule.limit !== undefined && rule.used >= rule.limit) continue;
      if (this.random() >= rule.rate) continue;
      const spec = this.pick(rule.kinds.map((k) => (typeof k === "string" ? { kind: k } : k)));
      rule.used += 1;
      this.stats.injected[spec.kind] += 1;
      this.stats.byOperation[operationId] = (this.stats.byOperation[operationId] ?? 0) + 1;
      return {
        kind: spec.kind,
        delayMs: spec.delayMs ?? 200,
        retryAfter: spec.retryAfter ?? 1,
        phase: rule.phase ?? "before",
      };
    }
    return undefined;
  }

  private pick(specs: FaultSpec[]): FaultSpec {
    const total = specs.reduce((sum, s) => sum + (s.weight ?? 1), 0);
    let roll = this.random() * total;
    for (const spec of specs) {
      roll -= spec.weight ?? 1;
      if (roll < 0) return spec;
    }
    return specs[specs.length - 1] as FaultSpec;
  }
}

/** The answer GitHub gives in each case: status, headers and body. */
export function faultResponse(fault: InjectedFault): {
  status: number;
  headers: Record<string, string>;
  body: unknown;
} {
  const docs = "https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api";
  const secondary = {
    message:
      "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.",
    documentation_url: `${docs}#about-secondary-rate-limits`,
  };
  switch (fault.kind) {
    case "500":
      return { status: 500, headers: {}, body: { message: "Server Error" } };
    case "502":
      return { status: 502, headers: {}, body: { message: "Server Error" } };
    case "503":
      return { status: 503, headers: {}, body: { message: "Service Unavailable" } };
    case "429":
      return { status: 429, headers: { "retry-after": String(fault.retryAfter) }, body: secondary };
    case "403-secondary":
      return { status: 403, headers: { "retry-after": String(fault.retryAfter) }, body: secondary };
    case "403-primary":
      return {
        status: 403,
        headers: {
          "x-ratelimit-remaining": "0",
          "x-ratelimit-reset": String(Math.ceil(Date.now() / 1000) + fault.retryAfter),
        },
        body: { message: "API rate limit exceeded for installation.", documentation_url: docs },
      };
    case "delay":
    case "reset":
      throw new Error(`fault ${fault.kind} has no response of its own`);
  }
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
