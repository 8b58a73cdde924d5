import type { RouteModule } from "../http.ts";

/** GitHub's REST API for pull requests, reviews, requested reviewers, merges. */
export const pullRoutes: RouteModule = { api: [] };
