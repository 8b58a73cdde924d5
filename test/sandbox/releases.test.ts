import { createHash, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createGitHubClient } from "../../lib/github/client.ts";
import { clientFor, useSandbox } from "../helpers/sandbox.ts";
import { webhookReceiver } from "../helpers/webhook-receiver.ts";

const owner = "acme";
const repo = "churn";

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

describe("sandbox releases API", () => {
  it("tags the target commit when a release is published, and refuses a second release of a tag", async () => {
    const sandbox = await useSandbox();
    const created = sandbox.world.createRepo(`${owner}/${repo}`);
    const firstCommit = created.refs["refs/heads/main"] as string;
    const headCommit = sandbox.world.push(`${owner}/${repo}`, "main", { "model.txt": "v2\n" });
    const github = clientFor(sandbox, sandbox.world.issueToken(owner));

    await github.rest.repos.createRelease({ owner, repo, tag_name: "v1.0.0", target_commitish: firstCommit });
    await github.rest.repos.createRelease({ owner, repo, tag_name: "v2.0.0" });
    const draft = await github.rest.repos.createRelease({ owner, repo, tag_name: "v3.0.0", draft: true });

    const v1Tag = await github.rest.git.getRef({ owner, repo, ref: "tags/v1.0.0" });
    const v2Tag = await github.rest.git.getRef({ owner, repo, ref: "tags/v2.0.0" });
    expect(v1Tag.data.object.sha).toBe(firstCommit);
    expect(v2Tag.data.object.sha).toBe(headCommit);
    await expect(github.rest.git.getRef({ owner, repo, ref: "tags/v3.0.0" })).rejects.toMatchObject({
      status: 404,
    });
    expect(draft.data.published_at).toBeNull();

    const published = await github.rest.repos.updateRelease({
      owner,
      repo,
      release_id: draft.data.id,
      draft: false,
    });
    expect(published.data.draft).toBe(false);
    expect(published.data.published_at).not.toBeNull();
    const v3Tag = await github.rest.git.getRef({ owner, repo, ref: "tags/v3.0.0" });
    expect(v3Tag.data.object.sha).toBe(headCommit);

    const duplicate = github.rest.repos.createRelease({ owner, repo, tag_name: "v1.0.0" });
    await expect(duplicate).rejects.toMatchObject({
      status: 422,
      response: {
        data: { errors: [{ resource: "Release", code: "already_exists", field: "tag_name" }] },
      },
    });
  });

  it("takes a 3 MB asset on the uploads host and gives back the same bytes through the API and the browser URL", async () => {
    const sandbox = await useSandbox();
    sandbox.world.createRepo(`${owner}/${repo}`);
    const github = clientFor(sandbox, sandbox.world.issueToken(owner));
    const model = randomBytes(3 * 1024 * 1024);
    const { data: release } = await github.rest.repos.createRelease({ owner, repo, tag_name: "v1.0.0" });
    // Octokit sends uploads to uploads.github.com unless told otherwise; the release's upload_url
    // names the uploads host, as GitHub's does (and a GHES's /api/uploads).
    const uploadsBaseUrl = release.upload_url.replace(/\/repos\/.*$/, "");
    expect(uploadsBaseUrl).not.toBe(sandbox.url);

    const { data: asset } = await github.rest.repos.uploadReleaseAsset({
      owner,
      repo,
      release_id: release.id,
      name: "model.onnx",
      label: "Model weights",
      // Octokit types `data` as a string, but sends binary bodies as they are.
      data: model as unknown as string,
      baseUrl: uploadsBaseUrl,
      headers: { "content-type": "application/octet-stream" },
    });
    expect(asset).toMatchObject({ name: "model.onnx", label: "Model weights", state: "uploaded" });
    expect(asset.size).toBe(model.length);
    expect(asset.digest).toBe(`sha256:${sha256(model)}`);

    const viaApi = await github.request("GET /repos/{owner}/{repo}/releases/assets/{asset_id}", {
      owner,
      repo,
      asset_id: asset.id,
      headers: { accept: "application/octet-stream" },
    });
    expect(sha256(new Uint8Array(viaApi.data as unknown as ArrayBuffer))).toBe(sha256(model));

    const viaBrowser = await fetch(asset.browser_download_url);
    expect(viaBrowser.status).toBe(200);
    expect(sha256(new Uint8Array(await viaBrowser.arrayBuffer()))).toBe(sha256(model));

    const { data: counted } = await github.rest.repos.getReleaseAsset({ owner, repo, asset_id: asset.id });
    expect(counted.download_count).toBe(2);

    const again = github.rest.repos.uploadReleaseAsset({
      owner,
      repo,
      release_id: release.id,
      name: "model.onnx",
      data: "other bytes",
      baseUrl: uploadsBaseUrl,
      headers: { "content-type": "application/octet-stream" },
    });
    await expect(again).rejects.toMatchObject({
      status: 422,
      response: {
        data: { errors: [{ resource: "ReleaseAsset", code: "already_exists", field: "name" }] },
      },
    });
  });

  it("accepts an upload addressed by the release's upload_url template, as Octokit's docs show", async () => {
    const sandbox = await useSandbox();
    sandbox.world.createRepo(`${owner}/${repo}`);
    const github = clientFor(sandbox, sandbox.world.issueToken(owner));
    const { data: release } = await github.rest.repos.createRelease({ owner, repo, tag_name: "v1.0.0" });

    await github.request({
      method: "POST",
      url: release.upload_url,
      name: "metrics.json",
      data: '{"auc":0.91}',
      headers: { "content-type": "application/json" },
    });

    const { data: assets } = await github.rest.repos.listReleaseAssets({
      owner,
      repo,
      release_id: release.id,
    });
    expect(assets.map((a) => [a.name, a.content_type, a.size])).toEqual([
      ["metrics.json", "application/json", 12],
    ]);
    const download = await fetch(assets[0]?.browser_download_url as string);
    expect(await download.text()).toBe('{"auc":0.91}');
    // Through the API, a JSON asset still arrives as bytes: GitHub's asset host says octet-stream.
    const viaApi = await github.request("GET /repos/{owner}/{repo}/releases/assets/{asset_id}", {
      owner,
      repo,
      asset_id: assets[0]?.id as number,
      headers: { accept: "application/octet-stream" },
    });
    expect(Buffer.from(viaApi.data as unknown as ArrayBuffer).toString()).toBe('{"auc":0.91}');
  });

  it("names the newest published full release as latest, skipping drafts and prereleases", async () => {
    const sandbox = await useSandbox();
    sandbox.world.createRepo(`${owner}/${repo}`);
    sandbox.world.addCollaborator(`${owner}/${repo}`, "reader", "read");
    const github = clientFor(sandbox, sandbox.world.issueToken(owner));
    const reader = clientFor(sandbox, sandbox.world.issueToken("reader"));

    await github.rest.repos.createRelease({ owner, repo, tag_name: "v0.9.0-rc.1", prerelease: true });
    await expect(github.rest.repos.getLatestRelease({ owner, repo })).rejects.toMatchObject({ status: 404 });

    await github.rest.repos.createRelease({ owner, repo, tag_name: "v1.0.0" });
    await github.rest.repos.createRelease({ owner, repo, tag_name: "v1.1.0-rc.1", prerelease: true });
    const draft = await github.rest.repos.createRelease({ owner, repo, tag_name: "v2.0.0", draft: true });
    expect((await github.rest.repos.getLatestRelease({ owner, repo })).data.tag_name).toBe("v1.0.0");

    const listedByOwner = await github.rest.repos.listReleases({ owner, repo });
    expect(listedByOwner.data.map((r) => r.tag_name)).toEqual([
      "v2.0.0",
      "v1.1.0-rc.1",
      "v1.0.0",
      "v0.9.0-rc.1",
    ]);
    const listedByReader = await reader.rest.repos.listReleases({ owner, repo });
    expect(listedByReader.data.map((r) => r.tag_name)).toEqual(["v1.1.0-rc.1", "v1.0.0", "v0.9.0-rc.1"]);

    await github.rest.repos.updateRelease({ owner, repo, release_id: draft.data.id, draft: false });
    expect((await github.rest.repos.getLatestRelease({ owner, repo })).data.tag_name).toBe("v2.0.0");
    expect((await github.rest.repos.getReleaseByTag({ owner, repo, tag: "v2.0.0" })).data.id).toBe(
      draft.data.id,
    );

    await github.rest.repos.deleteRelease({ owner, repo, release_id: draft.data.id });
    expect((await github.rest.repos.getLatestRelease({ owner, repo })).data.tag_name).toBe("v1.0.0");
    await expect(github.rest.repos.getReleaseByTag({ owner, repo, tag: "v2.0.0" })).rejects.toMatchObject({
      status: 404,
    });
  });

  it("sends release webhooks as a release is drafted, edited, published and deleted", async () => {
    const sandbox = await useSandbox();
    sandbox.world.createRepo(`${owner}/${repo}`);
    const receiver = await webhookReceiver();
    sandbox.world.addRepoHook(`${owner}/${repo}`, receiver.url, "hook-secret", ["release"]);
    const github = clientFor(sandbox, sandbox.world.issueToken(owner));

    const { data: draft } = await github.rest.repos.createRelease({
      owner,
      repo,
      tag_name: "v1.0.0",
      draft: true,
    });
    await github.rest.repos.updateRelease({ owner, repo, release_id: draft.id, name: "First model" });
    await github.rest.repos.updateRelease({ owner, repo, release_id: draft.id, draft: false });
    await github.rest.repos.deleteRelease({ owner, repo, release_id: draft.id });
    await sandbox.webhooksIdle();

    expect(receiver.deliveries.map((d) => [d.event, d.payload.action])).toEqual([
      ["release", "created"],
      ["release", "edited"],
      ["release", "published"],
      ["release", "released"],
      ["release", "deleted"],
    ]);
    const [, edited, published] = receiver.deliveries;
    expect(edited?.payload.changes).toEqual({ name: { from: "" } });
    expect(published?.payload.release).toMatchObject({
      tag_name: "v1.0.0",
      name: "First model",
      draft: false,
    });
  });
});

describe("sandbox repository dispatch", () => {
  it("delivers the repository_dispatch an app sends, with its client payload, to the app and not to repository hooks", async () => {
    const sandbox = await useSandbox();
    sandbox.world.createRepo(`${owner}/${repo}`, { defaultBranch: "trunk" });
    const receiver = await webhookReceiver();
    const repoHook = await webhookReceiver();
    sandbox.world.addRepoHook(`${owner}/${repo}`, repoHook.url, "hook-secret", ["repository_dispatch"]);
    const app = sandbox.world.registerApp({
      slug: "trainyard",
      webhookUrl: receiver.url,
      permissions: { contents: "write", metadata: "read" },
      events: ["repository_dispatch"],
    });
    const installationId = sandbox.world.installApp(app.appId, owner);
    const bot = createGitHubClient({
      auth: { kind: "installation", appId: app.appId, privateKey: app.privateKey, installationId },
      baseUrl: sandbox.url,
      retryTimeUnitMs: 5,
      writeSpacingMs: 0,
    });

    const answer = await bot.rest.repos.createDispatchEvent({
      owner,
      repo,
      event_type: "retrain",
      client_payload: { model: "churn", epochs: 3 },
    });
    await sandbox.webhooksIdle();

    expect(answer.status).toBe(204);
    expect(repoHook.deliveries).toHaveLength(0);
    expect(receiver.deliveries).toHaveLength(1);
    expect(receiver.deliveries[0]).toMatchObject({
      event: "repository_dispatch",
      payload: {
        action: "retrain",
        branch: "trunk",
        client_payload: { model: "churn", epochs: 3 },
        sender: { login: "trainyard[bot]" },
        installation: { id: installationId },
      },
    });
  });

  it("refuses a client payload of more than ten top-level properties", async () => {
    const sandbox = await useSandbox();
    sandbox.world.createRepo(`${owner}/${repo}`);
    const receiver = await webhookReceiver();
    sandbox.world.addRepoHook(`${owner}/${repo}`, receiver.url, "hook-secret");
    const github = clientFor(sandbox, sandbox.world.issueToken(owner));
    const eleven = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`key${i}`, i]));

    const answer = github.rest.repos.createDispatchEvent({
      owner,
      repo,
      event_type: "retrain",
      client_payload: eleven,
    });

    await expect(answer).rejects.toMatchObject({ status: 422 });
    await sandbox.webhooksIdle();
    expect(receiver.deliveries).toEqual([]);
  });
});
