import type { RouteModule } from "../http.ts";

/** GitHub's REST API for check runs and commit statuses. */
export const checkRoutes: RouteModule = { api: [] };
