import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Octokit } from "@octokit/core";
import { restEndpointMethods } from "@octokit/plugin-rest-endpoint-methods";
import { describe, expect, it } from "vitest";
import { createGitHubClient } from "../../../lib/github/client.ts";
import { REST_ROUTES } from "../../../lib/github/rest-methods.ts";
import { clientFor, useSandbox } from "../../helpers/sandbox.ts";

/**
 * Trainyard's clients carry the REST methods it calls (lib/github/rest-methods.ts) in place of
 * @octokit/plugin-rest-endpoint-methods' table of all of GitHub's. Each must be the plugin's
 * method to the byte: same route, same defaults, and none that the plugin would decorate
 * (renamed, deprecated, mapped parameters), which a plain request would not reproduce.
 */
type Entry = readonly [string, Record<string, unknown>?, Record<string, unknown>?];
const pluginEntry = createRequire(import.meta.url).resolve("@octokit/plugin-rest-endpoint-methods");
const pluginTable: Record<string, Record<string, Entry>> = (
  await import(pathToFileURL(path.join(path.dirname(pluginEntry), "generated", "endpoints.js")).href)
).default;

const ours = Object.entries(REST_ROUTES).flatMap(([scope, methods]) =>
  Object.entries(methods).map(([name, entry]) => ({
    scope,
    name,
    route: typeof entry === "string" ? entry : entry[0],
    defaults: typeof entry === "string" ? {} : entry[1],
  })),
);

/** Every {placeholder} of a route, given a value, so endpoint() can expand it. */
function parametersFor(route: string): Record<string, string> {
  return Object.fromEntries(
    [...route.matchAll(/\{\??([^}]+)\}/g)].flatMap((m) => m[1]!.split(",")).map((p) => [p, `${p}-1`]),
  );
}

describe("the REST methods Trainyard's clients carry", () => {
  it.each(ours)(
    "$scope $name has the plugin's route and defaults, and no decorations",
    ({ scope, name, route, defaults }) => {
      const plugin = pluginTable[scope]?.[name];
      expect(plugin, `${scope}.${name} is not one of the plugin's methods`).toBeDefined();
      const [pluginRoute, pluginDefaults = {}, decorations] = plugin as Entry;
      expect(route).toBe(pluginRoute);
      expect(defaults).toEqual(pluginDefaults);
      expect(decorations).toBeUndefined();
    },
  );

  it("build the same request as the plugin's methods, for every one of them", () => {
    type Methods = Record<
      string,
      Record<string, { endpoint: (parameters: object) => Record<string, unknown> }>
    >;
    const client = createGitHubClient({
      auth: { kind: "token", token: "ghs_x" },
      baseUrl: "http://127.0.0.1:9",
    });
    const reference = restEndpointMethods(
      new Octokit({ auth: "ghs_x", baseUrl: "http://127.0.0.1:9", userAgent: "trainyard" }),
    ).rest;
    // What goes on the wire (the `request` options also hold the client's own hooks).
    const wire = ({ method, url, headers, body }: Record<string, unknown>) => ({
      method,
      url,
      headers,
      body,
    });
    for (const { scope, name, route } of ours) {
      const parameters = { ...parametersFor(route), per_page: 5, data: "x" };
      const method = (client.rest as unknown as Methods)[scope]![name]!;
      const expected = (reference as unknown as Methods)[scope]![name]!;
      expect(wire(method.endpoint(parameters)), `${scope}.${name}`).toEqual(
        wire(expected.endpoint(parameters)),
      );
    }
  });

  it("send them to GitHub: a method reaches its route and returns its answer", async () => {
    const sandbox = await useSandbox();
    sandbox.world.createRepo("acme/churn", { collaborators: { alice: "write" } });
    const client = clientFor(sandbox, sandbox.world.issueToken("alice"));
    const { data: repo } = await client.rest.repos.get({ owner: "acme", repo: "churn" });
    expect(repo.full_name).toBe("acme/churn");
    const { data: issue } = await client.rest.issues.create({ owner: "acme", repo: "churn", title: "drift" });
    const comments = await client.paginate(client.rest.issues.listComments, {
      owner: "acme",
      repo: "churn",
      issue_number: issue.number,
    });
    expect(comments).toEqual([]);
  });
});
