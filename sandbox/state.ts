import fs from "node:fs";

/**
 * The sandbox's whole world, kept as plain JSON-able records so it can be saved to and loaded
 * from a file (`trainyard sandbox --state file.json`). Binary content is stored base64-encoded.
 */
export interface SandboxState {
  version: 1;
  /** One counter for every numeric id, as GitHub's ids are unique across kinds in practice. */
  nextId: number;
  users: Record<string, UserRecord>;
  tokens: Record<string, TokenRecord>;
  apps: Record<string, AppRecord>;
  installations: Record<string, InstallationRecord>;
  repos: Record<string, RepoRecord>;
  hooks: HookRecord[];
}

export interface UserRecord {
  id: number;
  login: string;
  type: "User" | "Bot" | "Organization";
  name: string | null;
  email: string | null;
  createdAt: string;
}

/** Repository permissions as GitHub names them for GITHUB_TOKEN and app installations. */
export type PermissionLevel = "read" | "write" | "admin";
export type Permissions = Record<string, PermissionLevel>;

export interface TokenRecord {
  /** The user the token acts as (for installations: the app's `<slug>[bot]` user). */
  login: string;
  kind: "user" | "installation" | "actions";
  installationId?: number;
  /** Restricts what the token may do; absent means the user's own rights. */
  permissions?: Permissions;
  /** Restricts which repositories (`owner/name`) the token reaches; absent means all it may see. */
  repositories?: string[];
  /** For a workflow's GITHUB_TOKEN (kind `actions`): the account whose repositories it acts in. */
  account?: string;
  expiresAt?: string;
}

export interface AppRecord {
  id: number;
  slug: string;
  name: string;
  owner: string;
  /** PEM public key that verifies the app's JWTs (RS256). */
  publicKeyPem: string;
  webhookSecret: string;
  webhookUrl: string | null;
  permissions: Permissions;
  events: string[];
  createdAt: string;
}

export interface InstallationRecord {
  id: number;
  appId: number;
  account: string;
  /** `all`, or the `owner/name` list of selected repositories. */
  repositories: "all" | string[];
  permissions: Permissions;
  events: string[];
  createdAt: string;
}

export interface HookRecord {
  id: number;
  url: string;
  secret: string;
  events: string[];
  /** A repository hook (`owner/name`), or an app's hook (`appId`). */
  repo?: string;
  appId?: number;
  active: boolean;
}

export interface GitPerson {
  name: string;
  email: string;
  date: string;
}

export type GitObjectRecord =
  | { type: "blob"; content: string /* base64 */ }
  | { type: "tree"; entries: TreeEntry[] }
  | {
      type: "commit";
      tree: string;
      parents: string[];
      message: string;
      author: GitPerson;
      committer: GitPerson;
    }
  | { type: "tag"; object: string; objectType: string; tag: string; message: string; tagger: GitPerson };

export interface TreeEntry {
  mode: "100644" | "100755" | "040000" | "160000" | "120000";
  name: string;
  sha: string;
}

export interface IssueRecord {
  number: number;
  id: number;
  title: string;
  body: string | null;
  user: string;
  state: "open" | "closed";
  stateReason: "completed" | "not_planned" | "reopened" | null;
  labels: string[];
  assignees: string[];
  isPullRequest: boolean;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  locked: boolean;
}

export interface PullRecord {
  number: number;
  id: number;
  headRef: string;
  headSha: string;
  /** `owner/name` of the head repository (a fork, or the same repository). */
  headRepo: string;
  baseRef: string;
  baseSha: string;
  draft: boolean;
  merged: boolean;
  mergedAt: string | null;
  mergedBy: string | null;
  mergeCommitSha: string | null;
  maintainerCanModify: boolean;
  requestedReviewers: string[];
  requestedTeams: string[];
}

export interface ReviewRecord {
  id: number;
  pullNumber: number;
  user: string;
  body: string;
  state: "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED" | "PENDING" | "DISMISSED";
  commitId: string;
  submittedAt: string | null;
}

export interface CommentRecord {
  id: number;
  issueNumber: number;
  user: string;
  body: string;
  createdAt: string;
  updatedAt: string;
}

export interface LabelRecord {
  id: number;
  name: string;
  color: string;
  description: string | null;
  default: boolean;
}

export interface CheckRunRecord {
  id: number;
  name: string;
  headSha: string;
  status: "queued" | "in_progress" | "completed" | "waiting" | "requested" | "pending";
  conclusion: string | null;
  startedAt: string | null;
  completedAt: string | null;
  externalId: string | null;
  detailsUrl: string | null;
  output: { title: string | null; summary: string | null; text: string | null; annotationsCount: number };
  annotations: unknown[];
  appId: number | null;
  checkSuiteId: number;
}

export interface StatusRecord {
  id: number;
  sha: string;
  state: "error" | "failure" | "pending" | "success";
  context: string;
  description: string | null;
  targetUrl: string | null;
  creator: string;
  createdAt: string;
  updatedAt: string;
}

export interface DeploymentRecord {
  id: number;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  originalEnvironment: string;
  description: string | null;
  payload: unknown;
  creator: string;
  transientEnvironment: boolean;
  productionEnvironment: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface DeploymentStatusRecord {
  id: number;
  deploymentId: number;
  state: "error" | "failure" | "inactive" | "pending" | "success" | "queued" | "in_progress";
  description: string;
  environment: string;
  environmentUrl: string;
  logUrl: string;
  creator: string;
  createdAt: string;
  updatedAt: string;
}

export interface EnvironmentRecord {
  id: number;
  name: string;
  createdAt: string;
  updatedAt: string;
  waitTimer: number;
  reviewers: string[];
}

export interface ReleaseRecord {
  id: number;
  tagName: string;
  targetCommitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  immutable: boolean;
  author: string;
  createdAt: string;
  publishedAt: string | null;
  updatedAt: string;
}

export interface AssetRecord {
  id: number;
  releaseId: number;
  name: string;
  label: string | null;
  contentType: string;
  content: string /* base64 */;
  uploader: string;
  downloadCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface AttestationRecord {
  id: number;
  /** The Sigstore bundle as stored. */
  bundle: Record<string, unknown>;
  /** `sha256:<hex>` of each subject of the bundle's in-toto statement. */
  subjectDigests: string[];
  predicateType: string;
  initiator: string;
  createdAt: string;
}

export interface WorkflowRunRecord {
  id: number;
  name: string;
  workflowId: number;
  path: string;
  event: string;
  status: "queued" | "in_progress" | "completed" | "requested" | "waiting" | "pending";
  conclusion: string | null;
  headBranch: string | null;
  headSha: string;
  runNumber: number;
  runAttempt: number;
  actor: string;
  pullRequests: number[];
  createdAt: string;
  updatedAt: string;
}

export interface ArtifactRecord {
  id: number;
  runId: number;
  name: string;
  /** The zip archive as uploaded (base64). */
  content: string;
  digest: string;
  expired: boolean;
  createdAt: string;
  expiresAt: string;
}

export interface RepoRecord {
  id: number;
  owner: string;
  name: string;
  private: boolean;
  description: string | null;
  defaultBranch: string;
  createdAt: string;
  updatedAt: string;
  pushedAt: string;
  /** login → permission; the owner is always admin. */
  collaborators: Record<string, PermissionLevel>;
  objects: Record<string, GitObjectRecord>;
  refs: Record<string, string>;
  /** Issues and pull requests share one number sequence, as on GitHub. */
  nextNumber: number;
  issues: Record<string, IssueRecord>;
  pulls: Record<string, PullRecord>;
  reviews: Record<string, ReviewRecord>;
  comments: Record<string, CommentRecord>;
  labels: Record<string, LabelRecord>;
  checkRuns: Record<string, CheckRunRecord>;
  statuses: StatusRecord[];
  deployments: Record<string, DeploymentRecord>;
  deploymentStatuses: Record<string, DeploymentStatusRecord>;
  environments: Record<string, EnvironmentRecord>;
  releases: Record<string, ReleaseRecord>;
  assets: Record<string, AssetRecord>;
  workflowRuns: Record<string, WorkflowRunRecord>;
  artifacts: Record<string, ArtifactRecord>;
  dispatches: Array<{ eventType: string; clientPayload: unknown; sender: string; at: string }>;
  /** Artifact attestations (absent in states saved before the sandbox knew them). */
  attestations?: AttestationRecord[];
}

export function emptyState(): SandboxState {
  return {
    version: 1,
    nextId: 1000,
    users: {},
    tokens: {},
    apps: {},
    installations: {},
    repos: {},
    hooks: [],
  };
}

export function loadState(file: string): SandboxState {
  const parsed = JSON.parse(fs.readFileSync(file, "utf8")) as Partial<SandboxState>;
  if (parsed.version !== 1)
    throw new Error(`${file}: not a sandbox state file (version ${String(parsed.version)})`);
  return { ...emptyState(), ...parsed } as SandboxState;
}

/** Writes atomically (temp file + rename), so a crash never leaves half a state file. */
export function saveState(state: SandboxState, file: string): void {
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(state));
  fs.renameSync(temp, file);
}

export function nextId(state: SandboxState): number {
  state.nextId += 1;
  return state.nextId;
}

/** GitHub's timestamp form: second precision, `Z`. */
export function timestamp(date: Date = new Date()): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}
