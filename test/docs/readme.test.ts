import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { parseTrainyardConfig } from "../../lib/config/trainyard-config.ts";
import { parseTableSchema } from "../../lib/schema/load.ts";

const readme = fs.readFileSync("README.md", "utf8");

describe("README", () => {
  it("starts with the two commands that set everything up", () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
    expect(firstBlock).toMatch(/^npm ci && npm run demo\b/m);
    expect(firstBlock).toMatch(/^npm ci && npm test\b/m);
  });

  it("shows a data contract that the loader accepts as written", () => {
    const section = readme.slice(readme.indexOf("### The data contract"));
    const example = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
    expect(example).toBeDefined();
    const schema = parseTableSchema(example as string, "README.md");
    expect(schema.fields.map((f) => f.name)).toEqual([
      "customer_id",
      "tenure_months",
      "monthly_charges",
      "plan",
      "signup",
    ]);
    expect(schema.primaryKey).toBe("customer_id");
  });

  it("shows a .github/trainyard.yml that the config reader accepts as written", () => {
    const section = readme.slice(readme.indexOf("**Gates** live in"));
    const example = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
    const config = parseTrainyardConfig(example as string, "README.md");
    expect(Object.keys(config.models.churn?.gates ?? {})).toEqual(["accuracy", "latency_ms", "val.loss"]);
    expect(config.models.churn?.evaluate?.command).toBe("python evaluate.py");
  });

  it("shows deploy targets and smoke tests that the config reader accepts as written", () => {
    const section = readme.slice(readme.indexOf("### Targets and smoke tests"));
    const example = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
    const deploy = parseTrainyardConfig(example as string, "README.md").models.churn?.deploy;
    expect(
      Object.entries(deploy ?? {}).map(([environment, settings]) => [environment, settings.target.kind]),
    ).toEqual([
      ["production", "command"],
      ["staging", "http"],
      ["canary", "kubernetes"],
    ]);
    expect(deploy?.production?.smoke_test?.requests).toHaveLength(2);
  });
});
