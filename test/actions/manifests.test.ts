import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type * as z from "../../lib/zod.ts";

const actions = fs
  .readdirSync("actions", { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && fs.existsSync(path.join("actions", entry.name, "action.yml")))
  .map((entry) => entry.name);

interface Manifest {
  name?: string;
  description?: string;
  branding?: { icon?: string; color?: string };
  inputs?: Record<string, { description?: string; required?: boolean; default?: unknown }>;
  outputs?: Record<string, { description?: string }>;
  runs?: { using?: string; main?: string };
}

describe("action manifests", () => {
  it("finds the actions", () => {
    expect(actions).toContain("validate-data");
  });

  for (const action of actions) {
    describe(action, () => {
      const manifest = parse(fs.readFileSync(path.join("actions", action, "action.yml"), "utf8")) as Manifest;

      it("declares exactly the inputs its zod schema reads", async () => {
        const module = (await import(`../../actions/${action}/inputs.ts`)) as Record<string, z.ZodMiniObject>;
        const schemas = Object.values(module);
        expect(schemas).toHaveLength(1);
        expect(Object.keys(manifest.inputs ?? {}).sort()).toEqual(
          Object.keys((schemas[0] as z.ZodMiniObject).shape).sort(),
        );
      });

      it("runs its committed bundle on GitHub's current JavaScript runtime", () => {
        expect(manifest.runs).toEqual({ using: "node24", main: "dist/index.js" });
        expect(fs.existsSync(path.join("actions", action, "dist", "index.js"))).toBe(true);
      });

      it("documents itself and every input and output", () => {
        expect(manifest.name).toMatch(/^Trainyard /);
        expect(manifest.description?.length).toBeGreaterThan(40);
        expect(manifest.branding?.icon && manifest.branding.color).toBeTruthy();
        for (const [name, input] of Object.entries(manifest.inputs ?? {}))
          expect(input.description, `input ${name}`).toBeTruthy();
        for (const [name, output] of Object.entries(manifest.outputs ?? {}))
          expect(output.description, `output ${name}`).toBeTruthy();
      });

      it("is described in the README, input by input", () => {
        const readme = fs.readFileSync("README.md", "utf8");
        expect(readme).toContain(`actions/${action}`);
        for (const name of Object.keys(manifest.inputs ?? {}))
          expect(readme, `input ${name}`).toContain(`\`${name}\``);
        for (const name of Object.keys(manifest.outputs ?? {}))
          expect(readme, `output ${name}`).toContain(`\`${name}\``);
      });
    });
  }
});
