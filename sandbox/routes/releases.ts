import type { RouteModule } from "../http.ts";

/** GitHub's REST API for releases, release assets (uploads host and downloads). */
export const releaseRoutes: RouteModule = { api: [] };
