import type { RouteModule } from "../http.ts";
import { actionsRoutes } from "./actions.ts";
import { attestationRoutes } from "./attestations.ts";
import { checkRoutes } from "./checks.ts";
import { compareRoutes } from "./compare.ts";
import { contentRoutes } from "./contents.ts";
import { deploymentRoutes } from "./deployments.ts";
import { gitRoutes } from "./git.ts";
import { issueRoutes } from "./issues.ts";
import { metaRoutes } from "./meta.ts";
import { pullRoutes } from "./pulls.ts";
import { releaseRoutes } from "./releases.ts";
import { repoRoutes } from "./repos.ts";

/** Every route module the sandbox serves, one per area of GitHub's REST API. */
export function allRoutes(): RouteModule[] {
  return [
    metaRoutes,
    repoRoutes,
    gitRoutes,
    compareRoutes,
    contentRoutes,
    pullRoutes,
    issueRoutes,
    checkRoutes,
    deploymentRoutes,
    releaseRoutes,
    actionsRoutes,
    attestationRoutes,
  ];
}
