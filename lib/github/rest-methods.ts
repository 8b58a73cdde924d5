import type { Octokit } from "@octokit/core";
import type { Api } from "@octokit/plugin-rest-endpoint-methods";

/**
 * The REST methods Trainyard's code and tests call (`github.rest.issues.createComment(...)`), each
 * with its route and defaults exactly as @octokit/plugin-rest-endpoint-methods' generated table
 * has them (test/lib/github/rest-methods.test.ts holds the two equal). The plugin itself builds a
 * table of all 1,000-odd GitHub methods as it loads: about 100 KB that every action compiled and
 * ran at start to call a few dozen. Its types stay: a method missing here is a type error where
 * it is called, not a surprise at run time. To call a new one, add its line from the plugin's
 * src/generated/endpoints.ts.
 */
export const REST_ROUTES = {
  actions: {
    deleteArtifact: "DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}",
    downloadArtifact: "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}",
    getArtifact: "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}",
    getWorkflowRun: "GET /repos/{owner}/{repo}/actions/runs/{run_id}",
    listArtifactsForRepo: "GET /repos/{owner}/{repo}/actions/artifacts",
    listWorkflowRunArtifacts: "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts",
    listWorkflowRunsForRepo: "GET /repos/{owner}/{repo}/actions/runs",
  },
  apps: {
    getRepoInstallation: "GET /repos/{owner}/{repo}/installation",
  },
  checks: {
    create: "POST /repos/{owner}/{repo}/check-runs",
    get: "GET /repos/{owner}/{repo}/check-runs/{check_run_id}",
    listAnnotations: "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations",
    listForRef: "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
    update: "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}",
  },
  git: {
    createBlob: "POST /repos/{owner}/{repo}/git/blobs",
    createCommit: "POST /repos/{owner}/{repo}/git/commits",
    createRef: "POST /repos/{owner}/{repo}/git/refs",
    createTree: "POST /repos/{owner}/{repo}/git/trees",
    getCommit: "GET /repos/{owner}/{repo}/git/commits/{commit_sha}",
    getRef: "GET /repos/{owner}/{repo}/git/ref/{ref}",
    listMatchingRefs: "GET /repos/{owner}/{repo}/git/matching-refs/{ref}",
    updateRef: "PATCH /repos/{owner}/{repo}/git/refs/{ref}",
  },
  issues: {
    addLabels: "POST /repos/{owner}/{repo}/issues/{issue_number}/labels",
    create: "POST /repos/{owner}/{repo}/issues",
    createComment: "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
    createLabel: "POST /repos/{owner}/{repo}/labels",
    deleteComment: "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}",
    deleteLabel: "DELETE /repos/{owner}/{repo}/labels/{name}",
    get: "GET /repos/{owner}/{repo}/issues/{issue_number}",
    getComment: "GET /repos/{owner}/{repo}/issues/comments/{comment_id}",
    getLabel: "GET /repos/{owner}/{repo}/labels/{name}",
    listComments: "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
    listForRepo: "GET /repos/{owner}/{repo}/issues",
    listLabelsForRepo: "GET /repos/{owner}/{repo}/labels",
    listLabelsOnIssue: "GET /repos/{owner}/{repo}/issues/{issue_number}/labels",
    removeLabel: "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}",
    setLabels: "PUT /repos/{owner}/{repo}/issues/{issue_number}/labels",
    update: "PATCH /repos/{owner}/{repo}/issues/{issue_number}",
    updateComment: "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}",
    updateLabel: "PATCH /repos/{owner}/{repo}/labels/{name}",
  },
  pulls: {
    create: "POST /repos/{owner}/{repo}/pulls",
    createReview: "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews",
    dismissReview: "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals",
    get: "GET /repos/{owner}/{repo}/pulls/{pull_number}",
    list: "GET /repos/{owner}/{repo}/pulls",
    listFiles: "GET /repos/{owner}/{repo}/pulls/{pull_number}/files",
    listRequestedReviewers: "GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
    listReviews: "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews",
    merge: "PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge",
    removeRequestedReviewers: "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
    requestReviewers: "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
    update: "PATCH /repos/{owner}/{repo}/pulls/{pull_number}",
  },
  repos: {
    compareCommitsWithBasehead: "GET /repos/{owner}/{repo}/compare/{basehead}",
    createAttestation: "POST /repos/{owner}/{repo}/attestations",
    createCommitStatus: "POST /repos/{owner}/{repo}/statuses/{sha}",
    createDeployment: "POST /repos/{owner}/{repo}/deployments",
    createDeploymentStatus: "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
    createDispatchEvent: "POST /repos/{owner}/{repo}/dispatches",
    createOrUpdateEnvironment: "PUT /repos/{owner}/{repo}/environments/{environment_name}",
    createOrUpdateFileContents: "PUT /repos/{owner}/{repo}/contents/{path}",
    createRelease: "POST /repos/{owner}/{repo}/releases",
    deleteAnEnvironment: "DELETE /repos/{owner}/{repo}/environments/{environment_name}",
    deleteDeployment: "DELETE /repos/{owner}/{repo}/deployments/{deployment_id}",
    deleteFile: "DELETE /repos/{owner}/{repo}/contents/{path}",
    deleteRelease: "DELETE /repos/{owner}/{repo}/releases/{release_id}",
    deleteReleaseAsset: "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}",
    get: "GET /repos/{owner}/{repo}",
    getAllEnvironments: "GET /repos/{owner}/{repo}/environments",
    getCollaboratorPermissionLevel: "GET /repos/{owner}/{repo}/collaborators/{username}/permission",
    getCombinedStatusForRef: "GET /repos/{owner}/{repo}/commits/{ref}/status",
    getCommit: "GET /repos/{owner}/{repo}/commits/{ref}",
    getContent: "GET /repos/{owner}/{repo}/contents/{path}",
    getDeployment: "GET /repos/{owner}/{repo}/deployments/{deployment_id}",
    getDeploymentStatus: "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}",
    getEnvironment: "GET /repos/{owner}/{repo}/environments/{environment_name}",
    getLatestRelease: "GET /repos/{owner}/{repo}/releases/latest",
    getRelease: "GET /repos/{owner}/{repo}/releases/{release_id}",
    getReleaseAsset: "GET /repos/{owner}/{repo}/releases/assets/{asset_id}",
    getReleaseByTag: "GET /repos/{owner}/{repo}/releases/tags/{tag}",
    listAttestations: "GET /repos/{owner}/{repo}/attestations/{subject_digest}",
    listCommitStatusesForRef: "GET /repos/{owner}/{repo}/commits/{ref}/statuses",
    listDeploymentStatuses: "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
    listDeployments: "GET /repos/{owner}/{repo}/deployments",
    listPullRequestsAssociatedWithCommit: "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls",
    listReleaseAssets: "GET /repos/{owner}/{repo}/releases/{release_id}/assets",
    listReleases: "GET /repos/{owner}/{repo}/releases",
    updateRelease: "PATCH /repos/{owner}/{repo}/releases/{release_id}",
    uploadReleaseAsset: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}",
      { baseUrl: "https://uploads.github.com" },
    ],
  },
  teams: {
    getByName: "GET /orgs/{org}/teams/{team_slug}",
    getMembershipForUserInOrg: "GET /orgs/{org}/teams/{team_slug}/memberships/{username}",
  },
} as const satisfies Record<string, Record<string, Route>>;

type Route = string | readonly [route: string, defaults: Readonly<Record<string, unknown>>];
type AllMethods = Api["rest"];
type Routes = typeof REST_ROUTES;

/** `octokit.rest`, with the methods of REST_ROUTES, typed as the plugin types them. */
export type RestMethods = {
  [Scope in keyof Routes & keyof AllMethods]: Pick<
    AllMethods[Scope],
    keyof Routes[Scope] & keyof AllMethods[Scope]
  >;
};

/**
 * An Octokit plugin adding `rest` (see REST_ROUTES). A method is made on its first use, as the
 * plugin makes it: a `request` with the route's method, URL and defaults.
 */
export function restMethods(octokit: Octokit): { rest: RestMethods } {
  const rest: Record<string, Record<string, unknown>> = {};
  for (const [scope, routes] of Object.entries(REST_ROUTES as Record<string, Record<string, Route>>)) {
    const methods: Record<string, unknown> = {};
    for (const [name, entry] of Object.entries(routes)) {
      const [route, defaults] = typeof entry === "string" ? [entry, {}] : entry;
      Object.defineProperty(methods, name, {
        configurable: true,
        enumerable: true,
        get() {
          const [method, url] = route.split(" ");
          const request = octokit.request.defaults({ method, url, ...defaults });
          Object.defineProperty(methods, name, { value: request, enumerable: true });
          return request;
        },
      });
    }
    rest[scope] = methods;
  }
  return { rest: rest as RestMethods };
}
