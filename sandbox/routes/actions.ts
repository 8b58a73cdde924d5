import type { RouteModule } from "../http.ts";

/** GitHub's REST API for workflow runs, artifacts, repository dispatch. */
export const actionsRoutes: RouteModule = { api: [] };
