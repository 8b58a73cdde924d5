import { createHash } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { parseArgs } from "node:util";
import { Webhooks } from "@octokit/webhooks";
import { createGitHubClient } from "../lib/github/client.ts";
import { commentMarker, upsertStickyComment } from "../lib/github/comments.ts";
import { ContractChecker } from "../sandbox/contract.ts";
import { type Sandbox, startSandbox } from "../sandbox/server.ts";

const HELP = `Usage: trainyard demo [--out <dir>]

Runs what Trainyard has so far, end to end, against the built-in GitHub sandbox, and prints what a
user would see. Writes the transcript and the pull request comment to <dir> (default: demo-out).`;

interface Delivery {
  event: string;
  action: string | undefined;
  verified: boolean;
}

export async function runDemoCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      out: { type: "string", default: "demo-out" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const outDir = path.resolve(values.out);
  const transcript: string[] = [];
  const say = (line: string) => {
    console.log(line);
    transcript.push(line);
  };

  const contract = ContractChecker.available();
  const sandbox = await startSandbox({ contract });
  const receiver = await startWebhookReceiver();
  try {
    say(
      `Trainyard demo: GitHub sandbox at ${sandbox.url}${contract ? ", every request and response checked against GitHub's OpenAPI description" : ""}`,
    );
    const story = await tellStory(sandbox, receiver, say);
    fs.mkdirSync(outDir, { recursive: true });
    fs.writeFileSync(path.join(outDir, "pr-comment.md"), story.comment);
    fs.writeFileSync(
      path.join(outDir, "deliveries.json"),
      `${JSON.stringify(receiver.deliveries, null, 2)}\n`,
    );

    await sandbox.webhooksIdle();
    const violations = [...sandbox.violations, ...sandbox.world.webhooks.violations];
    const unverified = receiver.deliveries.filter((d) => !d.verified).length;
    say("");
    say(
      `Summary: ${sandbox.requests.length} API requests served, ${sandbox.requests.filter((r) => r.fault !== null).length} answered with an injected fault and retried by the client`,
    );
    say(
      `         ${receiver.deliveries.length} webhooks delivered to the app, ${receiver.deliveries.length - unverified} with a verified signature`,
    );
    say(
      `         ${contract ? `${violations.length} contract violations` : "contract not checked (install @octokit/openapi)"}`,
    );
    say(
      `Wrote ${path.relative(process.cwd(), outDir) || "."}/: transcript.md, pr-comment.md, deliveries.json`,
    );
    fs.writeFileSync(path.join(outDir, "transcript.md"), `${transcript.join("\n")}\n`);
    return violations.length === 0 && unverified === 0 ? 0 : 1;
  } finally {
    await sandbox.close();
    await receiver.close();
  }
}

async function tellStory(sandbox: Sandbox, receiver: WebhookReceiver, say: (line: string) => void) {
  const { world } = sandbox;
  const repoName = { owner: "acme", repo: "churn-model" };
  world.createRepo("acme/churn-model", {
    files: {
      "README.md": "# churn-model\n",
      "data/train.csv": "tenure,monthly_charges,churned\n1,29.85,yes\n34,56.95,no\n",
      ".github/trainyard.yml": "models:\n  churn:\n    metrics: metrics.json\n",
    },
    collaborators: { alice: "write", bob: "write" },
  });
  say("\n1. acme/churn-model exists; alice and bob can write to it.");

  const { appId, privateKey } = world.registerApp({
    slug: "trainyard",
    owner: "trainyard",
    webhookUrl: receiver.url,
    webhookSecret: receiver.secret,
    permissions: {
      contents: "write",
      pull_requests: "write",
      issues: "write",
      checks: "write",
      metadata: "read",
    },
    events: [
      "pull_request",
      "pull_request_review",
      "push",
      "release",
      "repository_dispatch",
      "issue_comment",
    ],
  });
  const installationId = world.installApp(appId, "acme");
  const client = (auth: Parameters<typeof createGitHubClient>[0]["auth"]) =>
    createGitHubClient({ auth, baseUrl: sandbox.url, retryTimeUnitMs: 10, writeSpacingMs: 0 });
  const bot = client({ kind: "installation", appId, privateKey, installationId });
  const alice = client({ kind: "token", token: world.issueToken("alice") });
  const bob = client({ kind: "token", token: world.issueToken("bob") });
  say(
    `2. The Trainyard GitHub App (id ${appId}) is installed on acme; it authenticates with an RS256 JWT exchanged for an installation token.`,
  );

  const main = await alice.rest.git.getRef({ ...repoName, ref: "heads/main" });
  await alice.rest.git.createRef({
    ...repoName,
    ref: "refs/heads/retrain-october",
    sha: main.data.object.sha,
  });
  const current = await alice.rest.repos.getContent({
    ...repoName,
    path: "data/train.csv",
    ref: "retrain-october",
  });
  await alice.rest.repos.createOrUpdateFileContents({
    ...repoName,
    path: "data/train.csv",
    branch: "retrain-october",
    message: "Add October data",
    sha: (current.data as { sha: string }).sha,
    content: Buffer.from("tenure,monthly_charges,churned\n1,29.85,yes\n34,56.95,no\n2,53.85,yes\n").toString(
      "base64",
    ),
  });
  const pr = await alice.rest.pulls.create({
    ...repoName,
    head: "retrain-october",
    base: "main",
    title: "Retrain churn on October data",
  });
  say(
    `3. alice opened pull request #${pr.data.number} "${pr.data.title}" (${pr.data.head.sha.slice(0, 7)}).`,
  );

  const marker = commentMarker("report", "churn");
  const report = (sha: string) =>
    [
      "### Trainyard · churn",
      "",
      `Data: \`data/train.csv\`, ${sha.slice(0, 7)}. The metric comparison lands here once the report action exists (issue 5);`,
      "this comment is already the sticky one it will keep up to date.",
      "",
      `<sub>last updated for ${sha}</sub>`,
    ].join("\n");
  const target = { ...repoName, issueNumber: pr.data.number };
  const first = await upsertStickyComment(bot, target, marker, report(pr.data.head.sha));
  for (let i = 0; i < 3; i++)
    await alice.rest.issues.createComment({
      ...repoName,
      issue_number: pr.data.number,
      body: `Looks good ${i + 1}`,
    });
  const again = await upsertStickyComment(bot, target, marker, report(pr.data.head.sha));
  say(
    `4. The app posted its report comment (${first.action}); a re-run found it again and wrote nothing (${again.action}).`,
  );

  sandbox.faults.configure({
    seed: 42,
    rules: [{ rate: 0.2, kinds: ["500", "502", "503", "429", "403-secondary"] }],
  });
  const prHead = (await bot.rest.pulls.get({ ...repoName, pull_number: pr.data.number })).data.head.sha;
  const check = await bot.rest.checks.create({
    ...repoName,
    name: "trainyard / churn",
    head_sha: prHead,
    status: "in_progress",
  });
  await bot.rest.checks.update({
    ...repoName,
    check_run_id: check.data.id,
    status: "completed",
    conclusion: "success",
    output: { title: "Gates passed", summary: "No gates configured yet." },
  });
  const updated = await upsertStickyComment(
    bot,
    target,
    marker,
    `${report(prHead)}\n\nChecked again under injected faults.`,
  );
  sandbox.faults.configure({ rules: [] });
  const comments = await bot.paginate(bot.rest.issues.listComments, {
    ...repoName,
    issue_number: pr.data.number,
    per_page: 100,
  });
  const reports = comments.filter((c) => (c.body ?? "").includes(marker));
  say(
    `5. With 20% of requests failing (500/502/503/429/403), the check run "trainyard / churn" completed and the comment was ${updated.action}: ${reports.length} report comment among ${comments.length}.`,
  );

  await bob.rest.pulls.createReview({
    ...repoName,
    pull_number: pr.data.number,
    event: "APPROVE",
    body: "Ship it",
  });
  const merged = await alice.rest.pulls.merge({
    ...repoName,
    pull_number: pr.data.number,
    merge_method: "merge",
  });
  const onMain = await bot.rest.repos.getContent({ ...repoName, path: "data/train.csv" });
  const rows =
    Buffer.from((onMain.data as { content: string }).content, "base64")
      .toString()
      .trim()
      .split("\n").length - 1;
  say(
    `6. bob approved; alice merged (${merged.data.sha?.slice(0, 7)}); main's data/train.csv now has ${rows} rows.`,
  );

  const model = Buffer.from(JSON.stringify({ kind: "logistic-regression", weights: [0.12, -0.4, 1.7] }));
  const digest = createHash("sha256").update(model).digest("hex");
  const release = await bot.rest.repos.createRelease({
    ...repoName,
    tag_name: "churn-v1",
    name: "churn v1",
    body: "Model card to come.",
  });
  const asset = await bot.rest.repos.uploadReleaseAsset({
    ...repoName,
    release_id: release.data.id,
    name: "model.json",
    data: model as unknown as string,
    headers: { "content-type": "application/json", "content-length": model.length },
    baseUrl: world.urls.uploads,
  });
  const download = await bot.request("GET /repos/{owner}/{repo}/releases/assets/{asset_id}", {
    ...repoName,
    asset_id: asset.data.id,
    headers: { accept: "application/octet-stream" },
  });
  const downloaded = Buffer.from(download.data as unknown as ArrayBuffer);
  const same = createHash("sha256").update(downloaded).digest("hex") === digest;
  say(
    `7. Release churn-v1 holds model.json (sha256 ${digest.slice(0, 12)}…); downloaded back ${same ? "identical" : "DIFFERENT"}.`,
  );

  await bot.rest.repos.createDispatchEvent({
    ...repoName,
    event_type: "trainyard-drift",
    client_payload: { model: "churn", share: 0.6 },
  });
  await sandbox.webhooksIdle();
  const kinds = [...new Set(receiver.deliveries.map((d) => (d.action ? `${d.event}.${d.action}` : d.event)))];
  say(
    `8. A drift signal (repository_dispatch trainyard-drift) reached the app. Events it received: ${kinds.join(", ")}.`,
  );

  const finalComment = reports[0]?.body ?? "";
  return { comment: `${finalComment}\n` };
}

interface WebhookReceiver {
  url: string;
  secret: string;
  deliveries: Delivery[];
  close(): Promise<void>;
}

/** Stands where the bot will: receives the app's webhooks and verifies each signature. */
async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const secret = "demo-webhook-secret";
  const webhooks = new Webhooks({ secret });
  const deliveries: Delivery[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const verified = await webhooks
        .verify(body, String(req.headers["x-hub-signature-256"] ?? ""))
        .catch(() => false);
      const action = (JSON.parse(body) as { action?: string }).action;
      deliveries.push({ event: String(req.headers["x-github-event"]), action, verified });
      res.writeHead(verified ? 202 : 401).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhooks`,
    secret,
    deliveries,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
