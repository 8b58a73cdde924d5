import { createHash } from "node:crypto";
import { type Deployments, deployedVersion } from "../registry/deployments.ts";

/**
 * What a push to `.trainyard/deployments.yml` asks for: every model and environment whose version
 * changed between the commit before the push and the pushed one, in the order the pushed file
 * lists them.
 */
export interface DeploymentChange {
  model: string;
  environment: string;
  /** The version there before the push; undefined for a model's first deployment there. */
  from: number | undefined;
  /** The version asked for; undefined when the entry was removed. */
  to: number | undefined;
}

export function planChanges(before: Deployments, after: Deployments): DeploymentChange[] {
  const changes: DeploymentChange[] = [];
  const seen = new Set<string>();
  const visit = (model: string, environment: string) => {
    const key = `${model}\u0000${environment}`;
    if (seen.has(key)) return;
    seen.add(key);
    const from = deployedVersion(before, model, environment);
    const to = deployedVersion(after, model, environment);
    if (from !== to) changes.push({ model, environment, from, to });
  };
  for (const [model, environments] of Object.entries(after))
    for (const environment of Object.keys(environments)) visit(model, environment);
  for (const [model, environments] of Object.entries(before))
    for (const environment of Object.keys(environments)) visit(model, environment);
  return changes;
}

/**
 * One digest for a model version, `sha256:<hex>`: the file's own sha256 when the version is one
 * file (what `sha256sum model.joblib` prints), else the sha256 of a manifest of its files sorted
 * by path, one `<sha256>  <path>` line each, as `sha256sum` writes them.
 */
export function modelDigest(files: ReadonlyArray<{ path: string; sha256: string }>): string {
  if (files.length === 1) return `sha256:${files[0]?.sha256}`;
  const manifest = [...files]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((file) => `${file.sha256}  ${file.path}\n`)
    .join("");
  return `sha256:${createHash("sha256").update(manifest).digest("hex")}`;
}
