import fs from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { ContractChecker, describeViolation } from "../../sandbox/contract.ts";
import { allRoutes } from "../../sandbox/routes/index.ts";
import type { Sandbox } from "../../sandbox/server.ts";
import { fixtureDir, loadScenario, resolveOperation } from "../helpers/replay.ts";
import { useSandbox } from "../helpers/sandbox.ts";

const require = createRequire(import.meta.url);

/**
 * The sandbox holds both sides of every exchange to GitHub's published OpenAPI description: a
 * client that sends what GitHub would refuse is refused (422, as GitHub answers), and a sandbox
 * response GitHub would never send is caught instead of teaching clients a wrong shape.
 */

async function call(
  sandbox: Sandbox,
  method: string,
  path: string,
  options: { token?: string; body?: unknown } = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: {
      accept: "application/vnd.github+json",
      ...(options.token ? { authorization: `token ${options.token}` } : {}),
      ...(options.body !== undefined ? { "content-type": "application/json" } : {}),
    },
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

describe("requests that break GitHub's description", () => {
  it("refuses a contents write whose content is a number, naming the operation and the field", async () => {
    const sandbox = await useSandbox();
    sandbox.world.createRepo("acme/churn");
    const token = sandbox.world.issueToken("acme");

    const answer = await call(sandbox, "PUT", "/repos/acme/churn/contents/model.json", {
      token,
      body: { message: "add model", content: 5 },
    });

    expect(answer.status).toBe(422);
    expect(answer.body.message).toContain("repos/create-or-update-file-contents");
    expect(answer.body.message).toContain("/content");
    expect(sandbox.rejected).toEqual([
      expect.objectContaining({
        operationId: "repos/create-or-update-file-contents",
        direction: "request",
        field: "/content",
      }),
    ]);
    // Refused before anything happened: the file is not there.
    const read = await call(sandbox, "GET", "/repos/acme/churn/contents/model.json", { token });
    expect(read.status).toBe(404);
  });

  it("refuses a repository whose name is a number", async () => {
    const sandbox = await useSandbox();
    const token = sandbox.world.issueToken("alice");

    const answer = await call(sandbox, "POST", "/user/repos", { token, body: { name: 123 } });

    expect(answer.status).toBe(422);
    expect(answer.body.message).toContain("repos/create-for-authenticated-user");
    expect(answer.body.message).toContain("/name");
    expect(sandbox.rejected.map((v) => [v.operationId, v.field])).toEqual([
      ["repos/create-for-authenticated-user", "/name"],
    ]);
    expect(Object.keys(sandbox.world.state.repos)).toEqual([]);
  });

  it("refuses a body that lacks a field GitHub requires", async () => {
    const sandbox = await useSandbox();
    sandbox.world.createRepo("acme/churn");
    const token = sandbox.world.issueToken("acme");

    const answer = await call(sandbox, "PUT", "/repos/acme/churn/contents/x.txt", {
      token,
      body: { content: Buffer.from("x").toString("base64") },
    });

    expect(answer.status).toBe(422);
    expect(sandbox.rejected.map((v) => [v.operationId, v.field])).toEqual([
      ["repos/create-or-update-file-contents", "/message"],
    ]);
  });

  it("refuses a query parameter of the wrong type (per_page=abc where GitHub wants an integer)", async () => {
    const sandbox = await useSandbox();
    sandbox.world.createRepo("acme/churn");
    const token = sandbox.world.issueToken("acme");

    const bad = await call(sandbox, "GET", "/repos/acme/churn/commits/main?per_page=abc", { token });
    const good = await call(sandbox, "GET", "/repos/acme/churn/commits/main?per_page=5", { token });

    expect(bad.status).toBe(422);
    expect(bad.body.message).toContain("repos/get-commit");
    expect(bad.body.message).toContain("?per_page");
    expect(sandbox.rejected).toEqual([
      expect.objectContaining({ operationId: "repos/get-commit", field: "?per_page" }),
    ]);
    expect(good.status).toBe(200);
  });

  it("accepts what the description allows: no false alarms on a valid write", async () => {
    const sandbox = await useSandbox();
    sandbox.world.createRepo("acme/churn");
    const token = sandbox.world.issueToken("acme");

    const answer = await call(sandbox, "PUT", "/repos/acme/churn/contents/a/b.txt", {
      token,
      body: {
        message: "add b",
        content: Buffer.from("b\n").toString("base64"),
        committer: { name: "A", email: "a@example.com" },
      },
    });

    expect(answer.status).toBe(201);
    expect(sandbox.rejected).toEqual([]);
  });
});

describe("unknown routes", () => {
  it.each([
    ["GET", "/no/such/thing"],
    ["DELETE", "/user"],
    ["POST", "/repos/acme/churn/git/blobs/0000000000000000000000000000000000000000"],
  ])("%s %s answers 404 with GitHub's Not Found body", async (method, path) => {
    const sandbox = await useSandbox();
    sandbox.world.createRepo("acme/churn");
    const token = sandbox.world.issueToken("acme");

    const answer = await call(sandbox, method, path, { token });

    expect(answer.status).toBe(404);
    expect(answer.body).toMatchObject({ message: "Not Found" });
    expect(sandbox.requests.at(-1)).toMatchObject({ method, path, status: 404, operationId: null });
  });
});

describe("responses that break GitHub's description", () => {
  it("names the field of a wrong response body, checked directly", async () => {
    const sandbox = await useSandbox();
    sandbox.world.createRepo("acme/churn");
    const good = await call(sandbox, "GET", "/repos/acme/churn");
    expect(good.status).toBe(200);
    const checker = ContractChecker.shared();
    expect(checker.checkResponse("repos/get", 200, good.body, "application/json")).toEqual([]);

    const wrongId = checker.checkResponse("repos/get", 200, { ...good.body, id: "x" }, "application/json");
    expect(wrongId).toEqual([
      expect.objectContaining({ operationId: "repos/get", direction: "response", status: 200, field: "/id" }),
    ]);
    expect(describeViolation(wrongId[0] as (typeof wrongId)[number])).toContain(
      "repos/get response 200 at /id",
    );

    const { full_name: _dropped, ...missing } = good.body;
    expect(checker.checkResponse("repos/get", 200, missing, "application/json")).toEqual([
      expect.objectContaining({ field: "/full_name", message: "is required but missing" }),
    ]);

    const nested = { ...good.body, owner: { ...(good.body.owner as object), login: 5 } };
    expect(checker.checkResponse("repos/get", 200, nested, "application/json")).toEqual([
      expect.objectContaining({ field: "/owner/login" }),
    ]);

    // A bare `{id: "x"}` is wrong in many ways; it is still caught.
    expect(checker.checkResponse("repos/get", 200, { id: "x" }, "application/json").length).toBeGreaterThan(
      0,
    );
  });

  it("flags a status GitHub does not document for the operation", () => {
    const checker = ContractChecker.shared();

    const teapot = checker.checkResponse("repos/get", 418, { message: "I'm a teapot" }, "application/json");
    const created = checker.checkResponse("repos/get", 201, {}, "application/json");

    expect(teapot).toEqual([expect.objectContaining({ operationId: "repos/get", status: 418, field: "" })]);
    expect(teapot[0]?.message).toMatch(/status 418 is not one GitHub documents/);
    expect(teapot[0]?.message).toContain("200");
    expect(created).toHaveLength(1);
    // A documented error status with GitHub's error body passes.
    expect(
      checker.checkResponse(
        "repos/get",
        404,
        { message: "Not Found", documentation_url: "x" },
        "application/json",
      ),
    ).toEqual([]);
  });

  it("answers 500 and records the violation when its own state yields a response GitHub would not send", async () => {
    const sandbox = await useSandbox();
    const repo = sandbox.world.createRepo("acme/churn");
    repo.createdAt = "yesterday"; // a corrupt record: created_at must be a date-time

    const answer = await call(sandbox, "GET", "/repos/acme/churn");

    expect(answer.status).toBe(500);
    expect(answer.body.message).toContain("repos/get");
    expect(answer.body.message).toContain("/created_at");
    expect(sandbox.violations).toEqual([
      expect.objectContaining({ operationId: "repos/get", direction: "response", field: "/created_at" }),
    ]);
    expect(() => sandbox.assertContract()).toThrow(/repos\/get response 200 at \/created_at/);
    sandbox.violations.splice(0); // seen and asserted: keep the shared after-each check for other faults
  });

  it("can check every documented response of every operation the sandbox serves", () => {
    // A schema the checker cannot compile turns each answer of that operation into a 500
    // ("sandbox internal error") that no contract report explains.
    const checker = ContractChecker.shared();
    const spec = JSON.parse(
      fs.readFileSync(require.resolve("@octokit/openapi/generated/api.github.com.json"), "utf8"),
    ) as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
    const failures: string[] = [];
    for (const module of allRoutes())
      for (const route of [...(module.api ?? []), ...(module.uploads ?? [])]) {
        const where = checker.operation(route.operationId);
        if (!where) continue; // reported by router.test.ts
        const op = spec.paths[where.path]?.[where.method.toLowerCase()];
        for (const status of Object.keys(op?.responses ?? {})) {
          try {
            checker.checkResponse(route.operationId, Number(status), {}, "application/json");
          } catch (error) {
            failures.push(`${route.operationId} ${status}: ${(error as Error).message}`);
          }
        }
        try {
          checker.checkRequest(route.operationId, {
            query: new URLSearchParams(),
            body: {},
            contentType: "application/json",
          });
        } catch (error) {
          failures.push(`${route.operationId} request: ${(error as Error).message}`);
        }
      }
    expect(failures).toEqual([]);
  });

  it("passes GitHub's own recorded answers (@octokit/fixtures), except fields made required since", () => {
    // The checker must not cry wolf: what api.github.com really sent is valid, save for fields
    // the description has made required after the recording (e.g. an asset's `digest`).
    const checker = ContractChecker.shared();
    const problems: string[] = [];
    let checked = 0;
    for (const scenario of fs.readdirSync(fixtureDir()))
      for (const [index, request] of loadScenario(scenario).entries()) {
        const resolved = resolveOperation(request.method.toUpperCase(), request.path.split("?")[0] ?? "");
        if (!resolved) continue;
        const id = resolved.template.operationId;
        const body = request.response === "" ? undefined : request.response;
        try {
          for (const v of checker.checkResponse(id, request.status, body, request.headers["content-type"]))
            if (v.message !== "is required but missing")
              problems.push(`${scenario} #${index}: ${describeViolation(v)}`);
          checked += 1;
        } catch (error) {
          problems.push(`${scenario} #${index} ${id}: ${(error as Error).message}`);
        }
      }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(40);
  });

  it("accepts null where GitHub's description says nullable, enums included", () => {
    // An open issue has `state_reason: null` on GitHub (nullable enum of completed, reopened...).
    const checker = ContractChecker.shared();
    const recorded = loadScenario("add-labels-to-issue")[0]?.response as Record<string, unknown>;
    const check = (issue: Record<string, unknown>) =>
      checker
        .checkResponse("issues/create", 201, issue, "application/json")
        .filter((v) => v.message !== "is required but missing");

    expect(check({ ...recorded, state_reason: null })).toEqual([]);
    expect(check({ ...recorded, state_reason: "completed" })).toEqual([]);
    expect(check({ ...recorded, milestone: null, closed_by: null })).toEqual([]);
    expect(check({ ...recorded, state_reason: "bogus" })).toEqual([
      expect.objectContaining({ field: "/state_reason" }),
    ]);
  });

  it("rejects an operation id GitHub's description does not have", () => {
    expect(() =>
      ContractChecker.shared().checkResponse("repos/teleport", 200, {}, "application/json"),
    ).toThrow(/no operation repos\/teleport/);
  });
});
