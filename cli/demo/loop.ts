import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { retrainBranch } from "../../lib/drift/retrain-record.ts";
import type { GitHubClient } from "../../lib/github/client.ts";
import { createGitHubClient } from "../../lib/github/client.ts";
import { promotionBranch } from "../../lib/registry/promotion.ts";
import { ContractChecker } from "../../sandbox/contract.ts";
import { blobContent, flattenTree, getObject } from "../../sandbox/git.ts";
import { completeWorkflowRun, runnerEnvFor, startWorkflowRun } from "../../sandbox/routes/actions.ts";
import { type ActionResult, runAction } from "../../sandbox/runner.ts";
import { type Sandbox, startSandbox } from "../../sandbox/server.ts";
import type { Permissions } from "../../sandbox/state.ts";
import { type DemoProject, demoConfig, driftedBatch, DEMO_MODEL as MODEL, PACKAGE_ROOT } from "./project.ts";
import type { DemoManifest } from "./site.ts";

const OWNER = "acme";
const NAME = "diagnosis-model";
const FULL = `${OWNER}/${NAME}`;
const repo = { owner: OWNER, repo: NAME };
const DEPLOYMENTS = ".trainyard/deployments.yml";

export interface LoopResult {
  manifest: DemoManifest;
  /** Everything that went wrong outside a failed step: contract violations, unverified webhooks, bot errors. */
  problems: string[];
  stats: { requests: number; deliveries: number; verified: number; contractChecked: boolean };
}

class StepFailed extends Error {}

/** The whole loop on `project`, against a fresh sandbox, with the bot as a process; writes `outDir`. */
export async function runLoop(
  project: DemoProject,
  outDir: string,
  say: (line: string) => void,
  /** Where actions/ and bot/ are: the package (tests may point at another build). */
  root: string = PACKAGE_ROOT,
): Promise<LoopResult> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-demo-"));
  const contract = ContractChecker.available();
  const sandbox = await startSandbox({ contract });
  let bot: BotProcess | undefined;
  const loop = new Loop(project, sandbox, outDir, scratch, say, root);
  try {
    say(
      `Trainyard demo: ${project.name} (${project.language}) in ${FULL}, GitHub sandbox at ${sandbox.url}${contract ? " (every request and webhook checked against GitHub's OpenAPI description)" : ""}`,
    );
    bot = await loop.startBot();
    await loop.run();
    await sandbox.webhooksIdle();
  } catch (error) {
    // What the app and the sandbox saw, for the failure's reader.
    if (bot) fs.writeFileSync(path.join(outDir, "failed-bot.log"), bot.output());
    fs.writeFileSync(
      path.join(outDir, "failed-deliveries.json"),
      `${JSON.stringify(sandbox.world.webhooks.deliveries, null, 2)}\n`,
    );
    throw error;
  } finally {
    await loop.stopServer();
    await sandbox.webhooksIdle().catch(() => undefined);
    await bot?.stop();
    await sandbox.close();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  const problems: string[] = [];
  for (const v of [...sandbox.violations, ...sandbox.world.webhooks.violations])
    problems.push(`OpenAPI contract violation: ${v.operationId} at ${v.field}: ${v.message}`);
  const deliveries = sandbox.world.webhooks.deliveries;
  const verified = deliveries.filter((d) => d.status !== null && d.status >= 200 && d.status < 300).length;
  for (const d of deliveries.filter((x) => !(x.status !== null && x.status >= 200 && x.status < 300)))
    problems.push(
      `webhook ${d.event}${d.action ? `.${d.action}` : ""} not accepted by the bot: ${d.status ?? d.error}`,
    );
  for (const line of bot?.errors() ?? []) problems.push(`bot error: ${line}`);
  return {
    manifest: {
      title: `Trainyard: the whole loop on ${project.name}`,
      project: project.name,
      steps: loop.steps,
    },
    problems,
    stats: {
      requests: sandbox.requests.length,
      deliveries: deliveries.length,
      verified,
      contractChecked: contract !== undefined && contract !== null,
    },
  };
}

interface BotProcess {
  stop(): Promise<void>;
  output(): string;
  errors(): string[];
}

interface CiResult {
  comment: string;
  metrics: Record<string, number>;
  verdict: string;
}

class Loop {
  readonly steps: DemoManifest["steps"] = [];
  private readonly people: Record<string, GitHubClient> = {};
  private port = 0;
  private readonly stateDir: string;
  private stepNumber = 0;

  constructor(
    private readonly project: DemoProject,
    private readonly sandbox: Sandbox,
    private readonly outDir: string,
    private readonly scratch: string,
    private readonly say: (line: string) => void,
    private readonly root: string,
  ) {
    this.stateDir = path.join(scratch, "serving-state");
  }

  private get world() {
    return this.sandbox.world;
  }

  private person(login: string): GitHubClient {
    this.people[login] ??= createGitHubClient({
      auth: { kind: "token", token: this.world.issueToken(login) },
      baseUrl: this.sandbox.url,
      retryTimeUnitMs: 10,
      writeSpacingMs: 0,
    });
    return this.people[login];
  }

  /** Records a step: prints its line, writes its markdown files. */
  private step(
    id: string,
    title: string,
    summary: string,
    files: Array<{ name: string; title: string; body: string }> = [],
  ) {
    this.stepNumber += 1;
    const n = String(this.stepNumber).padStart(2, "0");
    const written = files
      .filter((f) => f.body.trim() !== "")
      .map((f) => {
        const file = `${n}-${id}${files.length > 1 ? `-${f.name}` : ""}.md`;
        fs.writeFileSync(path.join(this.outDir, file), `${f.body.trimEnd()}\n`);
        return { path: file, title: f.title };
      });
    this.steps.push({ id, title, summary, files: written });
    this.say(`${String(this.stepNumber).padStart(2)}. ${title}: ${summary}`);
  }

  async startBot(): Promise<BotProcess> {
    const manifest = appManifest(this.root);
    const { appId, privateKey, webhookSecret } = this.world.registerApp({ slug: "trainyard", ...manifest });
    this.world.installApp(appId, OWNER);
    const keyFile = path.join(this.scratch, "app.pem");
    fs.writeFileSync(keyFile, privateKey, { mode: 0o600 });
    const child = spawn(process.execPath, [path.join(this.root, "bot", "dist", "index.js")], {
      env: {
        PATH: process.env.PATH ?? "",
        APP_ID: String(appId),
        PRIVATE_KEY_PATH: keyFile,
        WEBHOOK_SECRET: webhookSecret,
        GITHUB_API_URL: this.sandbox.url,
        PORT: "0",
        HOST: "127.0.0.1",
        LOG_FORMAT: "json",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
    });
    const url = await listeningUrl(child, () => output);
    this.world.setAppWebhookUrl(appId, `${url}/api/github/webhooks`);
    this.say(
      `    The Trainyard app (bot/dist/index.js, pid ${child.pid}) listens on ${url}; the sandbox signs and delivers its webhooks.`,
    );
    return {
      output: () => output,
      errors: () =>
        output
          .split("\n")
          .filter((line) => line.startsWith("{"))
          .map((line) => {
            try {
              return JSON.parse(line) as { level?: number; msg?: string };
            } catch {
              return {};
            }
          })
          .filter((r) => (r.level ?? 0) >= 50)
          .map((r) => r.msg ?? ""),
      stop: () =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve();
          const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
          child.once("exit", () => {
            clearTimeout(timer);
            resolve();
          });
          child.kill("SIGTERM");
        }),
    };
  }

  async run(): Promise<void> {
    this.port = await freePort();
    const config = demoConfig(this.project, this.port, this.stateDir);
    this.world.createRepo(FULL, {
      files: {
        ...this.project.files,
        ".github/trainyard.yml": config,
        [DEPLOYMENTS]: `# What runs where: model → environment → version. Changed only by reviewed pull requests.\n${MODEL}: {}\n`,
      },
      collaborators: { alice: "write", bob: "write", dave: "write" },
    });
    const dave = this.person("dave");
    const alice = this.person("alice");

    // 1. A pull request: dave tunes the training.
    const branch = "tune-training";
    const main = this.ref("main");
    await dave.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha: main });
    this.world.push(
      FULL,
      branch,
      { "data/NOTES.md": "# Data notes\n\nThe training data is the UCI copy as scikit-learn ships it.\n" },
      { author: "dave", message: "Document the training data" },
    );
    const body = `Trains the first diagnosis model from the reviewed data.\n\nThe CI trains it (\`${this.project.trainCommand}\`), scores it on \`data/test.csv\` and reports here.`;
    const { data: pr } = await dave.rest.pulls.create({
      ...repo,
      head: branch,
      base: "main",
      title: "Train the diagnosis model",
      body,
    });
    this.step(
      "pull-request",
      "Pull request opened",
      `dave opened #${pr.number} "${pr.title}" ${pr.html_url}`,
      [
        {
          name: "body",
          title: `PR #${pr.number}: ${pr.title}`,
          body: `# #${pr.number} ${pr.title}\n\n${body}`,
        },
      ],
    );

    const v1ci = await this.ci(pr.number, branch, "");
    await this.approveAndMerge(pr.number, "alice", "dave", "ci");

    await this.register(1, "v1");
    const promote1 = await this.promotion(1, "v1");
    await this.approveAndMerge(promote1, "bob", "alice", "promotion-v1");
    await this.deploy(1, "v1");

    // Drifted data arrives.
    const trainCsv = this.fileOn("main", "data/train.csv");
    const batchPath = "data/incoming/batch-2026-11.csv";
    const batch = driftedBatch(trainCsv);
    this.world.push(
      FULL,
      "main",
      { [batchPath]: batch },
      { author: "dave", message: "Land November's labelled batch (new scanner)" },
    );
    const batchRows = batch.trim().split("\n").length - 1;
    this.step(
      "drifted-data",
      "New data arrives",
      `the data pipeline pushed ${batchPath} (${batchRows} rows from a new scanner: texture, smoothness and symmetry read 30% high) to main`,
      [],
    );

    await this.driftCheck(batchPath);
    const retrain = await this.retrainPull();
    const v2ci = await this.ci(retrain.number, retrainBranch(MODEL), "retrain-");
    await this.approveAndMerge(retrain.number, "alice", "alice", "retrain");
    const v2 = await this.register(2, "v2");
    const promote2 = await this.promotion(2, "v2");
    await this.approveAndMerge(promote2, "bob", "alice", "promotion-v2");
    await this.deploy(2, "v2");

    const open = await alice.paginate(alice.rest.pulls.list, { ...repo, state: "all", per_page: 100 });
    const retrainPulls = open.filter((p) => p.head.ref === retrainBranch(MODEL)).length;
    this.step(
      "summary",
      "The loop, closed",
      `production runs ${MODEL} v2 (${v2.outputs["release-url"] ?? ""}), retrained with the drifted batch; ${retrainPulls} retraining pull request; validation accuracy at training v1 ${fmt(v1ci.metrics.accuracy)}, v2 ${fmt(v2ci.metrics.accuracy)}`,
      [],
    );
  }

  private ref(branch: string): string {
    const sha = this.world.repo(FULL).refs[`refs/heads/${branch}`];
    if (!sha) throw new StepFailed(`no branch ${branch} in ${FULL}`);
    return sha;
  }

  private fileOn(branch: string, file: string): string {
    const record = this.world.repo(FULL);
    const commit = getObject(record, this.ref(branch), "commit");
    const entry = commit ? flattenTree(record, commit.tree).get(file) : undefined;
    if (!entry) throw new StepFailed(`no ${file} on ${branch}`);
    return blobContent(record, entry.sha).toString("utf8");
  }

  /** actions/checkout: the commit's files in a fresh folder. */
  private checkout(sha: string, label: string): string {
    const dir = fs.mkdtempSync(path.join(this.scratch, `${label}-`));
    const record = this.world.repo(FULL);
    const commit = getObject(record, sha, "commit");
    if (!commit) throw new StepFailed(`no commit ${sha}`);
    for (const [file, entry] of flattenTree(record, commit.tree)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), blobContent(record, entry.sha));
    }
    return dir;
  }

  private async action(
    name: string,
    label: string,
    options: Omit<Parameters<typeof runAction>[0], "action">,
  ): Promise<ActionResult> {
    const result = await runAction({
      action: path.join(this.root, "actions", name),
      timeoutMs: 120_000,
      ...options,
    });
    if (result.exitCode !== 0) {
      fs.writeFileSync(path.join(this.outDir, `failed-${label}.log`), result.log);
      throw new StepFailed(
        `${label}: actions/${name} exited ${result.exitCode ?? result.signal}${result.timedOut ? " (timed out)" : ""}:\n${result.log.split("\n").slice(-25).join("\n")}`,
      );
    }
    return result;
  }

  private token(permissions: Permissions): string {
    return this.world.issueToken(OWNER, { kind: "actions", permissions });
  }

  /** The ml-ci workflow on a pull request, one job: validate-data, train, evaluate, report. */
  private async ci(number: number, branch: string, prefix: string): Promise<CiResult> {
    const run = startWorkflowRun(this.world, {
      repo: FULL,
      workflowPath: ".github/workflows/ml-ci.yml",
      headBranch: branch,
      event: "pull_request",
      pullRequests: [number],
    });
    const workspace = this.checkout(run.headSha, "ci");
    const runnerTemp = fs.mkdtempSync(path.join(this.scratch, "runner-temp-"));
    const env = runnerEnvFor(this.world, FULL, run.id, { resultsUrl: this.sandbox.url, job: "ml" });
    const { data: pull } = await this.person("alice").rest.pulls.get({ ...repo, pull_number: number });
    const { data: repository } = await this.person("alice").rest.repos.get(repo);
    const event = {
      name: "pull_request",
      payload: {
        action: "synchronize",
        number,
        pull_request: pull,
        repository,
        sender: pull.user,
      } as unknown as Record<string, unknown>,
    };
    const github = {
      apiUrl: this.sandbox.url,
      serverUrl: "https://github.com",
      repository: FULL,
      sha: run.headSha,
      ref: `refs/pull/${number}/merge`,
      headRef: branch,
      baseRef: "main",
      runId: run.id,
    };
    const job = { workspace, runnerTemp, env, event };
    const where = `PR #${number}`;

    const validated = await this.action("validate-data", `${prefix}validate-data`, {
      ...job,
      inputs: { data: "data/", schema: "data/schema.yml" },
      github: { ...github, token: this.token({ contents: "read" }) },
    });
    this.step(
      `${prefix}validate-data`,
      `validate-data on ${where}`,
      `${validated.outputs.rows ?? "?"} rows checked against data/schema.yml, ${validated.outputs.errors ?? "0"} errors`,
      [{ name: "summary", title: "Job summary: validate-data", body: validated.summary }],
    );

    const trained = await this.action("train", `${prefix}train`, {
      ...job,
      inputs: {
        command: this.project.trainCommand,
        model: MODEL,
        metrics: "out/metrics.json",
        history: "out/history.jsonl",
        params: "out/params.json",
        slices: "out/slices.json",
        artifacts: "out/model/",
        data: "data/",
      },
      github: { ...github, token: this.token({ contents: "read", actions: "write" }) },
    });
    const metrics = JSON.parse(
      fs.readFileSync(path.join(workspace, "out", "metrics.json"), "utf8"),
    ) as Record<string, number>;
    this.step(
      `${prefix}train`,
      `train on ${where}`,
      `\`${this.project.trainCommand}\` in ${trained.outputs["duration-seconds"] ?? "?"} s: validation accuracy ${fmt(metrics.accuracy)}, roc_auc ${fmt(metrics.roc_auc)}; artifact ${trained.outputs["artifact-name"] ?? ""}`,
      [{ name: "summary", title: "Job summary: train", body: trained.summary }],
    );

    const evaluated = await this.action("evaluate", `${prefix}evaluate`, {
      ...job,
      inputs: { model: MODEL, "base-branch": "main" },
      github: { ...github, token: this.token({ contents: "read", actions: "read" }) },
    });
    this.step(
      `${prefix}evaluate`,
      `evaluate on ${where}`,
      `verdict ${evaluated.outputs.verdict}${evaluated.outputs.baseline ? ` against ${evaluated.outputs.baseline}` : ""}, gates ${evaluated.outputs.passed === "true" ? "passed" : "failed"}`,
      [{ name: "summary", title: "Job summary: evaluate", body: evaluated.summary }],
    );

    const reported = await this.action("report", `${prefix}report`, {
      ...job,
      inputs: { model: MODEL },
      github: {
        ...github,
        token: this.token({
          contents: "read",
          actions: "write",
          pull_requests: "write",
          issues: "write",
          checks: "write",
        }),
      },
    });
    completeWorkflowRun(this.world, FULL, run.id, "success");
    const comment = await this.stickyComment(number);
    this.step(
      `${prefix}report`,
      `report on ${where}`,
      `sticky comment ${reported.outputs["comment-url"] ?? ""}, check run verdict ${reported.outputs.verdict ?? ""}`,
      [
        { name: "comment", title: `PR #${number} comment: the Trainyard report`, body: comment },
        { name: "summary", title: "Job summary: report", body: reported.summary },
      ],
    );
    return { comment, metrics, verdict: evaluated.outputs.verdict ?? "" };
  }

  private async stickyComment(number: number): Promise<string> {
    const bob = this.person("bob");
    const comments = await bob.paginate(bob.rest.issues.listComments, {
      ...repo,
      issue_number: number,
      per_page: 100,
    });
    const reports = comments.filter((c) => (c.body ?? "").includes(`<!-- trainyard:report:${MODEL}`));
    if (reports.length !== 1)
      throw new StepFailed(`PR #${number} has ${reports.length} report comments, expected 1`);
    return reports[0]?.body ?? "";
  }

  private async approveAndMerge(
    number: number,
    reviewer: string,
    author: string,
    id: string,
  ): Promise<string> {
    await this.person(reviewer).rest.pulls.createReview({
      ...repo,
      pull_number: number,
      event: "APPROVE",
      body: "Looks right.",
    });
    const { data } = await this.person(author).rest.pulls.merge({
      ...repo,
      pull_number: number,
      merge_method: "merge",
    });
    if (!data.merged) throw new StepFailed(`PR #${number} did not merge: ${data.message}`);
    const production = /production:\s*(v\d+)/.exec(this.fileOn("main", DEPLOYMENTS))?.[1] ?? "none";
    this.step(
      `merge-${id}`,
      `PR #${number} approved and merged`,
      `${reviewer} approved, ${author} merged (${data.sha.slice(0, 7)}); ${DEPLOYMENTS} on main: production ${production}`,
      [],
    );
    await this.sandbox.webhooksIdle();
    return data.sha;
  }

  /** The ml-cd workflow's register job on the push to main. */
  private async register(version: number, label: string): Promise<ActionResult> {
    const commit = this.ref("main");
    const run = startWorkflowRun(this.world, {
      repo: FULL,
      workflowPath: ".github/workflows/ml-cd.yml",
      headBranch: "main",
      headSha: commit,
      event: "push",
    });
    const workspace = this.checkout(commit, "cd");
    const result = await this.action("register", `register-${label}`, {
      workspace,
      env: runnerEnvFor(this.world, FULL, run.id, { resultsUrl: this.sandbox.url, job: "register" }),
      inputs: { model: MODEL, data: "data/", schema: "data/schema.yml" },
      event: { name: "push", payload: { ref: "refs/heads/main", after: commit } },
      github: {
        apiUrl: this.sandbox.url,
        token: this.token({ contents: "write", pull_requests: "read", actions: "read" }),
        repository: FULL,
        sha: commit,
        ref: "refs/heads/main",
        serverUrl: "https://github.com",
        runId: run.id,
      },
    });
    completeWorkflowRun(this.world, FULL, run.id, "success");
    if (result.outputs.version !== String(version))
      throw new StepFailed(
        `register-${label}: registered version ${result.outputs.version}, expected ${version}`,
      );
    const { data: release } = await this.person("alice").rest.repos.getReleaseByTag({
      ...repo,
      tag: `${MODEL}-v${version}`,
    });
    this.step(
      `register-${label}`,
      `${MODEL} ${label} registered`,
      `Release ${result.outputs.tag} ${result.outputs["release-url"] ?? release.html_url} with ${release.assets.length} assets`,
      [
        {
          name: "release",
          title: `Release notes: ${release.name ?? release.tag_name}`,
          body: release.body ?? "",
        },
        { name: "summary", title: "Job summary: register", body: result.summary },
      ],
    );
    await this.sandbox.webhooksIdle();
    return result;
  }

  /** The bot's promotion pull request for `version`, opened on release.published. */
  private async promotion(version: number, label: string): Promise<number> {
    const title = `Promote ${MODEL} v${version} to production`;
    const pull = await this.waitForPull(promotionBranch(MODEL), (p) => p.title === title, title);
    await this.sandbox.webhooksIdle();
    const { data } = await this.person("alice").rest.pulls.get({ ...repo, pull_number: pull.number });
    this.step(
      `promotion-${label}`,
      `The app opened promotion PR #${data.number}`,
      `"${data.title}" by ${data.user.login}, reviewers ${(data.requested_reviewers ?? []).map((u) => u.login).join(", ") || "none"} ${data.html_url}`,
      [
        {
          name: "body",
          title: `PR #${data.number}: ${data.title}`,
          body: `# #${data.number} ${data.title}\n\n${data.body ?? ""}`,
        },
      ],
    );
    return data.number;
  }

  private async waitForPull(
    branch: string,
    match: (p: { title: string; number: number }) => boolean,
    what: string,
  ) {
    const alice = this.person("alice");
    const deadline = Date.now() + 30_000;
    for (;;) {
      await this.sandbox.webhooksIdle();
      const { data } = await alice.rest.pulls.list({ ...repo, state: "open", head: `${OWNER}:${branch}` });
      const found = data.find(match);
      if (found) return found;
      if (Date.now() > deadline)
        throw new StepFailed(`the app did not open "${what}" on ${branch} within 30 s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** The deploy workflow on the push of the merged promotion. */
  private async deploy(version: number, label: string): Promise<void> {
    const record = this.world.repo(FULL);
    const after = this.ref("main");
    const commit = getObject(record, after, "commit");
    const before = commit?.parents[0] ?? "0".repeat(40);
    const workspace = this.checkout(after, "deploy");
    const result = await this.action("deploy", `deploy-${label}`, {
      workspace,
      event: { name: "push", payload: { ref: "refs/heads/main", before, after } },
      github: {
        apiUrl: this.sandbox.url,
        token: this.token({
          contents: "read",
          deployments: "write",
          pull_requests: "write",
          issues: "write",
        }),
        repository: FULL,
        sha: after,
        ref: "refs/heads/main",
        serverUrl: "https://github.com",
        runId: this.world.id(),
      },
    });
    const served = (await (await fetch(`http://127.0.0.1:${this.port}/version`)).json()) as {
      version: unknown;
      digest?: string;
    };
    if (String(served.version) !== String(version))
      throw new StepFailed(
        `deploy-${label}: the server answers version ${String(served.version)}, expected ${version}`,
      );
    const alice = this.person("alice");
    const { data: deployments } = await alice.rest.repos.listDeployments({
      ...repo,
      environment: "production",
      per_page: 100,
    });
    const latest = deployments[0];
    const statuses = latest
      ? (await alice.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: latest.id })).data
      : [];
    const statusMd = [
      `# Deployment ${latest?.id ?? "?"}: ${MODEL} ${label} to production`,
      "",
      `Ref \`${latest?.ref ?? ""}\` (${latest?.sha.slice(0, 7) ?? ""}), created by ${latest?.creator?.login ?? "?"}.`,
      "",
      "| state | description | environment URL | at |",
      "| --- | --- | --- | --- |",
      ...[...statuses]
        .reverse()
        .map((s) => `| ${s.state} | ${s.description ?? ""} | ${s.environment_url ?? ""} | ${s.created_at} |`),
    ].join("\n");
    this.step(
      `deploy-${label}`,
      `${MODEL} ${label} deployed to production`,
      `deployment ${latest?.id ?? "?"} ${statuses[0]?.state ?? "?"}; smoke test passed; http://127.0.0.1:${this.port}/version serves v${String(served.version)} (${(served.digest ?? "").slice(0, 19)}…)`,
      [
        { name: "statuses", title: `Deployment statuses: ${label} to production`, body: statusMd },
        { name: "summary", title: "Job summary: deploy", body: result.summary },
      ],
    );
  }

  /** The scheduled drift-check on main's newest batch, against production's reference profile. */
  private async driftCheck(current: string): Promise<void> {
    const commit = this.ref("main");
    const workspace = this.checkout(commit, "drift");
    const result = await this.action("drift-check", "drift-check", {
      workspace,
      inputs: { model: MODEL, current, schema: "data/schema.yml" },
      event: { name: "schedule", payload: { schedule: "0 6 * * *" } },
      github: {
        apiUrl: this.sandbox.url,
        token: this.token({ contents: "write", actions: "read" }),
        repository: FULL,
        sha: commit,
        ref: "refs/heads/main",
        serverUrl: "https://github.com",
        runId: this.world.id(),
      },
    });
    if (result.outputs.drifted !== "true")
      throw new StepFailed(`drift-check found no drift in ${current}: share ${result.outputs.share}`);
    this.step(
      "drift-check",
      "drift-check on the new batch",
      `drifted: ${(Number(result.outputs.share) * 100).toFixed(0)}% of features (${result.outputs["drifted-features"]}); sent repository_dispatch trainyard-drift`,
      [{ name: "summary", title: "Job summary: drift-check", body: result.summary }],
    );
    await this.sandbox.webhooksIdle();
  }

  private async retrainPull(): Promise<{ number: number }> {
    const branch = retrainBranch(MODEL);
    const pull = await this.waitForPull(branch, () => true, `the retraining pull request for ${MODEL}`);
    await this.sandbox.webhooksIdle();
    const alice = this.person("alice");
    const { data } = await alice.rest.pulls.get({ ...repo, pull_number: pull.number });
    const all = await alice.paginate(alice.rest.pulls.list, { ...repo, state: "all", per_page: 100 });
    const count = all.filter((p) => p.head.ref === branch).length;
    this.step(
      "retrain-pull-request",
      `The app opened retraining PR #${data.number}`,
      `"${data.title}" on ${branch}, labels ${data.labels.map((l) => l.name).join(", ")}; ${count} retraining pull request for ${MODEL} ${data.html_url}`,
      [
        {
          name: "body",
          title: `PR #${data.number}: ${data.title}`,
          body: `# #${data.number} ${data.title}\n\n${data.body ?? ""}`,
        },
      ],
    );
    return { number: data.number };
  }

  async stopServer(): Promise<void> {
    const pidFile = path.join(this.stateDir, "server.pid");
    if (!fs.existsSync(pidFile)) return;
    const pid = Number(fs.readFileSync(pidFile, "utf8").trim());
    if (!Number.isInteger(pid) || pid <= 0) return;
    try {
      process.kill(pid, "SIGTERM");
    } catch {
      return;
    }
    const deadline = Date.now() + 3000;
    while (Date.now() < deadline) {
      try {
        process.kill(pid, 0);
      } catch {
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

function fmt(value: number | undefined): string {
  return value === undefined ? "?" : value.toFixed(4);
}

/** The App as bot/app.yml registers it. */
function appManifest(root: string): { permissions: Permissions; events: string[] } {
  const manifest = parseYaml(fs.readFileSync(path.join(root, "bot", "app.yml"), "utf8")) as {
    default_permissions: Permissions;
    default_events: string[];
  };
  return { permissions: manifest.default_permissions, events: manifest.default_events };
}

async function listeningUrl(child: ChildProcess, output: () => string): Promise<string> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const found = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output());
    if (found?.[1]) return found[1];
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new StepFailed(`the bot (bot/dist/index.js) did not start:\n${output()}`);
}

/**
 * A port for the demo's model server, free now and kept for the whole loop. Drawn below Linux's
 * ephemeral range (32768 and up), where every `listen(0)` lands: a port the OS handed out there
 * could be handed to another process (another demo's server starting up) before the loop deploys.
 */
async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    const server = net.createServer();
    const bound = await new Promise<boolean>((resolve) => {
      server.once("error", () => resolve(false));
      server.listen(port, "127.0.0.1", () => resolve(true));
    });
    if (bound) {
      await new Promise((resolve) => server.close(resolve));
      return port;
    }
  }
  throw new StepFailed("no free port between 20000 and 32000 for the model server");
}

export function isStepFailure(error: unknown): error is Error {
  return error instanceof StepFailed;
}
