import type { RouteModule } from "../http.ts";

/** GitHub's REST API for issues, issue comments, labels. */
export const issueRoutes: RouteModule = { api: [] };
