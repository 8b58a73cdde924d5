// Summarises a V8 CPU profile (node --cpu-prof) of a bundle (the CLI's, the bot's): self and
// total time per function, each function named with the source module it came from (esbuild's
// "// lib/…" marker line above each module in the bundle's files), so that the time can be traced
// to lib/.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const MODULE_MARKER = /^\/\/ ((?:node_modules\/)?[\w@.+-]+(?:\/[\w@.+-]+)*\.(?:[cm]?[jt]s|json))$/;

/** (file of the bundle, line 0-based) → source module, from the module markers of that file. */
function moduleLocator() {
  const markersOf = new Map();
  const markers = (file) => {
    if (!markersOf.has(file)) {
      const marks = [];
      if (fs.existsSync(file))
        fs.readFileSync(file, "utf8")
          .split("\n")
          .forEach((line, index) => {
            const match = MODULE_MARKER.exec(line);
            if (match) marks.push([index, match[1]]);
          });
      markersOf.set(file, marks);
    }
    return markersOf.get(file);
  };
  return (file, line) => {
    let found = "(bundle)";
    for (const [at, name] of markers(file)) {
      if (at > line) break;
      found = name;
    }
    return found;
  };
}

export function summariseProfile(profileFile, bundleFile, top = 20) {
  const profile = JSON.parse(fs.readFileSync(profileFile, "utf8"));
  const locate = moduleLocator();
  const bundleDir = path.dirname(path.resolve(bundleFile));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const label = (node) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const name = functionName || "(anonymous)";
    if (!url) return name;
    const file = url.startsWith("file:") ? fileURLToPath(url) : url;
    const where =
      path.dirname(file) === bundleDir ? locate(file, lineNumber) : url.replace(/^.*node_modules\//, "");
    return `${name}  ${where}:${lineNumber + 1}`;
  };
  const self = new Map();
  const total = new Map();
  let all = 0;
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) {
    const micros = timeDeltas[i + 1] ?? 0;
    all += micros;
    const node = byId.get(samples[i]);
    const key = label(node);
    self.set(key, (self.get(key) ?? 0) + micros);
    const seen = new Set();
    for (let id = samples[i]; id !== undefined; id = parent.get(id)) {
      const k = label(byId.get(id));
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + micros);
    }
  }
  const rows = [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, micros]) => ({
      function: name,
      selfSeconds: Number((micros / 1e6).toFixed(2)),
      selfShare: Number(((100 * micros) / all).toFixed(1)),
      totalShare: Number(((100 * (total.get(name) ?? 0)) / all).toFixed(1)),
    }));
  return { seconds: Number((all / 1e6).toFixed(2)), rows };
}
