import type { RouteModule } from "../http.ts";

/** GitHub's REST API for deployments, deployment statuses, environments. */
export const deploymentRoutes: RouteModule = { api: [] };
