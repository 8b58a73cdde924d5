import fs from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import { type DemoManifest, demoManifest } from "../../cli/demo/site.ts";

/**
 * What `trainyard demo` showed, checked as a user would read it: each step's line, the versions
 * registered, production after each promotion, one retraining pull request, v2 compared with v1,
 * and every file steps.json lists present and non-empty. Shared by the JavaScript and Python runs.
 */
export function checkDemoOutput(stdout: string, out: string): DemoManifest {
  const lines = [
    /^ 1\. Pull request opened: dave opened #1 "Train the diagnosis model"/m,
    /^ 2\. validate-data on PR #1: 569 rows checked against data\/schema\.yml, 0 errors$/m,
    /^ 3\. train on PR #1: .* validation accuracy 0\.9\d+/m,
    /^ 4\. evaluate on PR #1: verdict no-baseline, gates passed$/m,
    /^ 5\. report on PR #1: sticky comment \S+#issuecomment-\d+/m,
    /^ 6\. PR #1 approved and merged: alice approved, dave merged \([0-9a-f]{7}\); \.trainyard\/deployments\.yml on main: production none$/m,
    /^ 7\. diagnosis v1 registered: Release diagnosis-v1 /m,
    /^ 8\. The app opened promotion PR #2: "Promote diagnosis v1 to production" by trainyard\[bot\], reviewers bob/m,
    /^ 9\. PR #2 approved and merged: .*production v1$/m,
    /^10\. diagnosis v1 deployed to production: deployment \d+ success; smoke test passed; \S+ serves v1 /m,
    /^11\. New data arrives: the data pipeline pushed data\/incoming\/batch-2026-11\.csv \(228 rows/m,
    /^12\. drift-check on the new batch: drifted: \d+% of features \(.*texture.*\); sent repository_dispatch trainyard-drift$/m,
    /^13\. The app opened retraining PR #3: .* on trainyard\/retrain\/diagnosis, labels .*trainyard:retrain.*; 1 retraining pull request/m,
    /^14\. validate-data on PR #3: 797 rows/m,
    /^15\. train on PR #3: /m,
    /^16\. evaluate on PR #3: verdict \S+ against production v1, gates passed$/m,
    /^17\. report on PR #3: sticky comment /m,
    /^18\. PR #3 approved and merged: .*production v1$/m,
    /^19\. diagnosis v2 registered: Release diagnosis-v2 /m,
    /^20\. The app opened promotion PR #4: "Promote diagnosis v2 to production"/m,
    /^21\. PR #4 approved and merged: .*production v2$/m,
    /^22\. diagnosis v2 deployed to production: deployment \d+ success; smoke test passed; \S+ serves v2 /m,
    /^23\. The loop, closed: production runs diagnosis v2 .* 1 retraining pull request;/m,
  ];
  for (const line of lines) expect(stdout).toMatch(line);
  expect(stdout).toMatch(/ 0 contract violations/);
  const [, delivered, accepted] = /(\d+) webhooks delivered to the app, (\d+) accepted/.exec(stdout) ?? [];
  expect(Number(delivered)).toBeGreaterThan(5);
  expect(accepted).toBe(delivered);

  const manifest = demoManifest.parse(JSON.parse(fs.readFileSync(path.join(out, "steps.json"), "utf8")));
  expect(manifest.steps).toHaveLength(lines.length);
  for (const step of manifest.steps)
    for (const file of step.files)
      expect(fs.statSync(path.join(out, file.path)).size, file.path).toBeGreaterThan(0);
  const read = (id: string, name: string) => {
    const files = manifest.steps.find((s) => s.id === id)?.files ?? [];
    // A step's only file is named by the step; several are told apart by a suffix.
    const file = files.length === 1 ? files[0] : files.find((f) => f.path.endsWith(`-${name}.md`));
    expect(file, `${id} ${name}`).toBeDefined();
    return fs.readFileSync(path.join(out, file?.path ?? ""), "utf8");
  };
  // The retraining pull request's report compares the candidate with production v1.
  const retrainReport = read("retrain-report", "comment");
  expect(retrainReport).toContain("<!-- trainyard:report:diagnosis");
  expect(retrainReport).toContain("| metric | production v1 | candidate |");
  // v2's promotion pull request shows the comparison with v1.
  const promotion = read("promotion-v2", "body");
  expect(promotion).toMatch(/moves `diagnosis` in production from \[v1\]\(\S+\) to \[v2\]\(\S+\)/);
  expect(promotion).toContain("| production now: v1 | candidate: v2 |");
  expect(read("register-v2", "release")).toContain("diagnosis");
  expect(read("deploy-v2", "statuses")).toMatch(/\| success \|/);
  return manifest;
}
