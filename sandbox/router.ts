import type { RouteDefinition } from "./http.ts";

interface CompiledRoute {
  definition: RouteDefinition;
  method: string;
  segments: Array<{ literal: string } | { param: string }>;
}

export interface RouteMatch {
  definition: RouteDefinition;
  params: Record<string, string>;
}

/**
 * Matches request paths against GitHub's path templates. A literal segment beats a parameter
 * (`releases/latest` over `releases/{release_id}`), and a path-like parameter that ends a template
 * takes the rest of the path, as GitHub does for `contents/{path}` and `git/ref/{ref}`.
 */
export class Router {
  private readonly routes: CompiledRoute[] = [];

  constructor(definitions: RouteDefinition[]) {
    for (const definition of definitions) {
      const [method, template] = definition.route.split(" ");
      if (!method || !template) throw new Error(`bad route "${definition.route}"`);
      const segments = template
        .split("/")
        .filter(Boolean)
        .map((s) => (s.startsWith("{") && s.endsWith("}") ? { param: s.slice(1, -1) } : { literal: s }));
      this.routes.push({ definition, method: method.toUpperCase(), segments });
    }
  }

  match(method: string, pathname: string): RouteMatch | undefined {
    const parts = pathname.split("/").filter(Boolean);
    let best: { match: RouteMatch; score: string } | undefined;
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const params = matchSegments(route.segments, parts);
      if (!params) continue;
      const score = route.segments.map((s) => ("literal" in s ? "1" : "0")).join("");
      if (!best || score > best.score) best = { match: { definition: route.definition, params }, score };
    }
    return best?.match;
  }

  definitions(): RouteDefinition[] {
    return this.routes.map((r) => r.definition);
  }
}

/** Parameters GitHub lets hold slashes when they end a path: file paths, refs, branches, tags. */
const GREEDY = new Set(["path", "ref", "branch", "tag", "basehead", "dir"]);

function matchSegments(
  segments: CompiledRoute["segments"],
  parts: string[],
): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  const last = segments.at(-1);
  const greedyTail = last !== undefined && "param" in last && GREEDY.has(last.param);
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as CompiledRoute["segments"][number];
    const part = parts[i];
    const isLast = i === segments.length - 1;
    if (part === undefined) {
      // `contents` and `contents/` (Octokit's `path: ""`) name the repository's root directory.
      if (isLast && "param" in segment && segment.param === "path") {
        params.path = "";
        continue;
      }
      return undefined;
    }
    if ("literal" in segment) {
      if (segment.literal !== part) return undefined;
      continue;
    }
    const raw = isLast && greedyTail ? parts.slice(i).join("/") : part;
    try {
      params[segment.param] = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
  }
  return parts.length <= segments.length || greedyTail ? params : undefined;
}
