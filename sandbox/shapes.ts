import type { RepoRecord, UserRecord } from "./state.ts";
import type { SandboxWorld } from "./world.ts";

/**
 * The JSON GitHub returns for the objects every route shares (users, repositories). Field for
 * field what GitHub's OpenAPI description requires; the contract checker holds them to it.
 */
export function nodeId(kind: string, id: number): string {
  return Buffer.from(`0:${kind}${id}`).toString("base64url");
}

export function simpleUser(world: SandboxWorld, login: string): Record<string, unknown> {
  const user: UserRecord = world.findUser(login) ?? world.createUser(login);
  const urlLogin = encodeURIComponent(user.login);
  const api = `${world.urls.api}/users/${urlLogin}`;
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId(user.type === "Bot" ? "Bot" : "User", user.id),
    avatar_url: `${world.urls.html}/avatars/${urlLogin}`,
    gravatar_id: "",
    url: api,
    html_url: `${world.urls.html}/${urlLogin}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: user.type,
    user_view_type: "public",
    site_admin: false,
  };
}

export function fullUser(world: SandboxWorld, login: string): Record<string, unknown> {
  const user = world.user(login);
  const repos = Object.values(world.state.repos).filter((r) => r.owner.toLowerCase() === login.toLowerCase());
  return {
    ...simpleUser(world, login),
    name: user.name,
    company: null,
    blog: "",
    location: null,
    email: user.email,
    hireable: null,
    bio: null,
    twitter_username: null,
    public_repos: repos.filter((r) => !r.private).length,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: user.createdAt,
    updated_at: user.createdAt,
  };
}

export function repoUrls(world: SandboxWorld, repo: RepoRecord): Record<string, string> {
  const api = `${world.urls.api}/repos/${repo.owner}/${repo.name}`;
  const html = `${world.urls.html}/${repo.owner}/${repo.name}`;
  return {
    html_url: html,
    url: api,
    archive_url: `${api}/{archive_format}{/ref}`,
    assignees_url: `${api}/assignees{/user}`,
    blobs_url: `${api}/git/blobs{/sha}`,
    branches_url: `${api}/branches{/branch}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    comments_url: `${api}/comments{/number}`,
    commits_url: `${api}/commits{/sha}`,
    compare_url: `${api}/compare/{base}...{head}`,
    contents_url: `${api}/contents/{+path}`,
    contributors_url: `${api}/contributors`,
    deployments_url: `${api}/deployments`,
    downloads_url: `${api}/downloads`,
    events_url: `${api}/events`,
    forks_url: `${api}/forks`,
    git_commits_url: `${api}/git/commits{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    git_url: `${html.replace(/^http/, "git")}.git`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    issue_events_url: `${api}/issues/events{/number}`,
    issues_url: `${api}/issues{/number}`,
    keys_url: `${api}/keys{/key_id}`,
    labels_url: `${api}/labels{/name}`,
    languages_url: `${api}/languages`,
    merges_url: `${api}/merges`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    pulls_url: `${api}/pulls{/number}`,
    releases_url: `${api}/releases{/id}`,
    ssh_url: `git@sandbox:${repo.owner}/${repo.name}.git`,
    stargazers_url: `${api}/stargazers`,
    statuses_url: `${api}/statuses/{sha}`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    tags_url: `${api}/tags`,
    teams_url: `${api}/teams`,
    trees_url: `${api}/git/trees{/sha}`,
    clone_url: `${html}.git`,
    hooks_url: `${api}/hooks`,
    svn_url: html,
  };
}

/** The `repository` object of GitHub's REST API (also the one webhook payloads carry). */
export function repository(world: SandboxWorld, repo: RepoRecord, viewer?: string): Record<string, unknown> {
  const openIssues = Object.values(repo.issues).filter((i) => i.state === "open").length;
  const level = viewer ? world.permissionOf(repo, viewer) : "read";
  return {
    id: repo.id,
    node_id: nodeId("Repository", repo.id),
    name: repo.name,
    full_name: `${repo.owner}/${repo.name}`,
    owner: simpleUser(world, repo.owner),
    private: repo.private,
    description: repo.description,
    fork: false,
    ...repoUrls(world, repo),
    mirror_url: null,
    homepage: null,
    language: null,
    forks_count: 0,
    stargazers_count: 0,
    watchers_count: 0,
    size: Object.keys(repo.objects).length,
    default_branch: repo.defaultBranch,
    open_issues_count: openIssues,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: repo.private ? "private" : "public",
    pushed_at: repo.pushedAt,
    created_at: repo.createdAt,
    updated_at: repo.updatedAt,
    permissions: {
      admin: level === "admin",
      maintain: level === "admin",
      push: level === "admin" || level === "write",
      triage: level !== "none",
      pull: level !== "none",
    },
    allow_rebase_merge: true,
    allow_squash_merge: true,
    allow_merge_commit: true,
    allow_auto_merge: false,
    delete_branch_on_merge: false,
    allow_forking: true,
    web_commit_signoff_required: false,
    license: null,
    forks: 0,
    open_issues: openIssues,
    watchers: 0,
  };
}

export function fullRepository(
  world: SandboxWorld,
  repo: RepoRecord,
  viewer?: string,
): Record<string, unknown> {
  return { ...repository(world, repo, viewer), subscribers_count: 0, network_count: 0 };
}

/** The fields GitHub's webhook schema allows on a `repository` (it rejects any other). */
const WEBHOOK_REPOSITORY_FIELDS = new Set(
  (
    "id node_id name full_name private owner html_url description fork url forks_url keys_url collaborators_url teams_url " +
    "hooks_url issue_events_url events_url assignees_url branches_url tags_url blobs_url git_tags_url git_refs_url " +
    "trees_url statuses_url languages_url stargazers_url contributors_url subscribers_url subscription_url commits_url " +
    "git_commits_url comments_url issue_comment_url contents_url compare_url merges_url archive_url downloads_url " +
    "issues_url pulls_url milestones_url notifications_url labels_url releases_url deployments_url created_at updated_at " +
    "pushed_at git_url ssh_url clone_url svn_url homepage size stargazers_count watchers_count language has_issues " +
    "has_projects has_downloads has_wiki has_pages forks_count mirror_url archived open_issues_count license forks " +
    "open_issues watchers default_branch is_template web_commit_signoff_required topics visibility has_discussions " +
    "disabled allow_squash_merge allow_merge_commit allow_rebase_merge allow_auto_merge allow_forking delete_branch_on_merge"
  ).split(" "),
);

/** A user as webhook payloads carry it (the webhook schema predates `user_view_type`). */
export function webhookUser(world: SandboxWorld, login: string): Record<string, unknown> {
  const { user_view_type: _omitted, ...user } = simpleUser(world, login);
  return user;
}

/** The `repository` of a webhook payload: GitHub's webhook shape, not the REST one. */
export function webhookRepository(world: SandboxWorld, repo: RepoRecord): Record<string, unknown> {
  const shape: Record<string, unknown> = { custom_properties: {} };
  for (const [key, value] of Object.entries(repository(world, repo)))
    if (WEBHOOK_REPOSITORY_FIELDS.has(key)) shape[key] = value;
  shape.owner = webhookUser(world, repo.owner);
  return shape;
}
