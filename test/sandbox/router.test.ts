import { describe, expect, it } from "vitest";
import { ContractChecker } from "../../sandbox/contract.ts";
import type { RouteDefinition } from "../../sandbox/http.ts";
import { Router } from "../../sandbox/router.ts";
import { allRoutes } from "../../sandbox/routes/index.ts";
import { clientFor, useSandbox } from "../helpers/sandbox.ts";

/** Route definitions for the router alone: the handler is never called by `match`. */
function routes(...templates: Array<[operationId: string, route: string]>): RouteDefinition[] {
  return templates.map(([operationId, route]) => ({
    operationId,
    route,
    handler: () => {
      throw new Error("not called");
    },
  }));
}

describe("Router, as GitHub matches paths", () => {
  const router = new Router(
    routes(
      ["repos/get-release", "GET /repos/{owner}/{repo}/releases/{release_id}"],
      ["repos/get-latest-release", "GET /repos/{owner}/{repo}/releases/latest"],
      ["repos/get-release-asset", "GET /repos/{owner}/{repo}/releases/assets/{asset_id}"],
      ["repos/list-release-assets", "GET /repos/{owner}/{repo}/releases/{release_id}/assets"],
      ["repos/get", "GET /repos/{owner}/{repo}"],
      ["repos/get-content", "GET /repos/{owner}/{repo}/contents/{path}"],
      ["git/get-ref", "GET /repos/{owner}/{repo}/git/ref/{ref}"],
      ["repos/get-commit", "GET /repos/{owner}/{repo}/commits/{ref}"],
      ["repos/get-combined-status-for-ref", "GET /repos/{owner}/{repo}/commits/{ref}/status"],
      ["users/get-authenticated", "GET /user"],
      ["users/get-by-username", "GET /users/{username}"],
    ),
  );
  const match = (path: string, method = "GET") => {
    const found = router.match(method, path);
    return found && { operationId: found.definition.operationId, params: found.params };
  };

  it("lets a literal segment beat a parameter, whatever the order of registration", () => {
    expect(match("/repos/acme/churn/releases/latest")?.operationId).toBe("repos/get-latest-release");
    expect(match("/repos/acme/churn/releases/1001")).toEqual({
      operationId: "repos/get-release",
      params: { owner: "acme", repo: "churn", release_id: "1001" },
    });
    const reversed = new Router(
      routes(
        ["repos/get-latest-release", "GET /repos/{owner}/{repo}/releases/latest"],
        ["repos/get-release", "GET /repos/{owner}/{repo}/releases/{release_id}"],
      ),
    );
    expect(reversed.match("GET", "/repos/acme/churn/releases/latest")?.definition.operationId).toBe(
      "repos/get-latest-release",
    );
    expect(match("/repos/acme/churn/releases/assets/7")).toMatchObject({
      operationId: "repos/get-release-asset",
      params: { asset_id: "7" },
    });
    expect(match("/repos/acme/churn/releases/7/assets")).toMatchObject({
      operationId: "repos/list-release-assets",
      params: { release_id: "7" },
    });
  });

  it("lets a longer literal route beat a trailing parameter that would swallow its segments", () => {
    expect(match("/repos/acme/churn/commits/main/status")).toMatchObject({
      operationId: "repos/get-combined-status-for-ref",
      params: { ref: "main" },
    });
    expect(match("/repos/acme/churn/commits/feature/x")).toMatchObject({
      operationId: "repos/get-commit",
      params: { ref: "feature/x" },
    });
  });

  it("gives a trailing path or ref parameter the rest of the path", () => {
    expect(match("/repos/acme/churn/contents/models/v1/config.yml")).toEqual({
      operationId: "repos/get-content",
      params: { owner: "acme", repo: "churn", path: "models/v1/config.yml" },
    });
    expect(match("/repos/acme/churn/git/ref/heads/feature/x")).toMatchObject({
      operationId: "git/get-ref",
      params: { ref: "heads/feature/x" },
    });
  });

  it("decodes percent-encoded segments, slashes included", () => {
    expect(match("/repos/acme/churn/git/ref/heads%2Fmain")?.params.ref).toBe("heads/main");
    expect(match("/repos/acme/churn/contents/docs%2Fmy%20notes.md")?.params.path).toBe("docs/my notes.md");
    expect(match("/users/d%C3%A9j%C3%A0")?.params.username).toBe("déjà");
    expect(match("/repos/acme/churn/contents/%E0%A4%A")).toBeUndefined(); // malformed escape
  });

  it("matches the method as well as the path", () => {
    expect(match("/user", "DELETE")).toBeUndefined();
    expect(match("/user")?.operationId).toBe("users/get-authenticated");
    expect(match("/users/alice")?.params.username).toBe("alice");
  });

  it("treats an empty contents path (`contents/`, or `contents` as Octokit sends path: '') as the root", () => {
    for (const path of ["/repos/acme/churn/contents/", "/repos/acme/churn/contents"])
      expect(match(path)).toEqual({
        operationId: "repos/get-content",
        params: { owner: "acme", repo: "churn", path: "" },
      });
  });

  it("does not let {repo} or {username}, which never hold a slash, swallow unknown paths", () => {
    // Otherwise an unknown path is counted (and faulted, and contract-checked) as repos/get.
    expect(match("/repos/acme/churn/no-such-collection")).toBeUndefined();
    expect(match("/users/alice/no-such-collection")).toBeUndefined();
  });
});

describe("the sandbox's routes, end to end", () => {
  it("reads a nested file and a ref whose name holds a slash", async () => {
    const sandbox = await useSandbox();
    sandbox.world.createRepo("acme/churn", { files: { "models/v1/config.yml": "lr: 0.1\n" } });
    const featureSha = sandbox.world.push("acme/churn", "feature/x", { "x.txt": "x\n" });
    const github = clientFor(sandbox, sandbox.world.issueToken("acme"));

    const file = await github.rest.repos.getContent({
      owner: "acme",
      repo: "churn",
      path: "models/v1/config.yml",
    });
    const ref = await github.rest.git.getRef({ owner: "acme", repo: "churn", ref: "heads/feature/x" });
    const encoded = await fetch(`${sandbox.url}/repos/acme/churn/git/ref/heads%2Ffeature%2Fx`);

    expect(file.data).toMatchObject({ path: "models/v1/config.yml", type: "file" });
    expect(ref.data).toMatchObject({ ref: "refs/heads/feature/x", object: { sha: featureSha } });
    expect(encoded.status).toBe(200);
    expect(((await encoded.json()) as { object: { sha: string } }).object.sha).toBe(featureSha);
  });

  it("lists the repository root for an empty contents path", async () => {
    const sandbox = await useSandbox();
    sandbox.world.createRepo("acme/churn", { files: { "README.md": "# churn\n", "src/a.ts": "" } });
    const github = clientFor(sandbox, sandbox.world.issueToken("acme"));

    const { data } = await github.rest.repos.getContent({ owner: "acme", repo: "churn", path: "" });

    expect(Array.isArray(data)).toBe(true);
    expect((data as Array<{ name: string; type: string }>).map((e) => [e.name, e.type])).toEqual([
      ["README.md", "file"],
      ["src", "dir"],
    ]);
  });

  it("registers every route under GitHub's own operation id, method and path template", () => {
    const checker = ContractChecker.shared();
    const modules = allRoutes();
    const all = modules.flatMap((m) => [
      ...(m.api ?? []).map((d) => ({ host: "api", d })),
      ...(m.uploads ?? []).map((d) => ({ host: "uploads", d })),
    ]);
    expect(all.length).toBeGreaterThan(0);
    const problems: string[] = [];
    const seen = new Map<string, string>();
    for (const { host, d } of all) {
      const op = checker.operation(d.operationId);
      if (!op) problems.push(`${d.operationId}: not an operation in GitHub's description`);
      else if (`${op.method} ${op.path}` !== d.route)
        problems.push(`${d.operationId}: registered as "${d.route}", GitHub has "${op.method} ${op.path}"`);
      const key = `${host} ${d.route}`;
      const before = seen.get(key);
      if (before) problems.push(`${key}: registered twice (${before}, ${d.operationId})`);
      seen.set(key, d.operationId);
    }
    expect(problems).toEqual([]);
  });

  it("serves release asset uploads only on the uploads host, as GitHub does", () => {
    const uploads = allRoutes().flatMap((m) => m.uploads ?? []);
    for (const d of uploads) expect(d.operationId).toBe("repos/upload-release-asset");
    const api = allRoutes().flatMap((m) => m.api ?? []);
    expect(api.map((d) => d.operationId)).not.toContain("repos/upload-release-asset");
  });
});
