// Summarises a V8 CPU profile (node --cpu-prof) of the CLI bundle: self and total time per
// function, each function named with the source module it came from (the bundle's
// "CONCATENATED MODULE: ./lib/…" markers), so that the time can be traced to lib/.
import fs from "node:fs";

/** Bundle line (0-based) → source module, from ncc's module markers. */
function moduleLocator(bundleFile) {
  const marks = [];
  if (fs.existsSync(bundleFile)) {
    fs.readFileSync(bundleFile, "utf8")
      .split("\n")
      .forEach((line, index) => {
        const match = /CONCATENATED MODULE: \.\/(.+)$/.exec(line);
        if (match) marks.push([index, match[1]]);
      });
  }
  return (line) => {
    let found = "(bundle)";
    for (const [at, name] of marks) {
      if (at > line) break;
      found = name;
    }
    return found;
  };
}

export function summariseProfile(profileFile, bundleFile, top = 20) {
  const profile = JSON.parse(fs.readFileSync(profileFile, "utf8"));
  const locate = moduleLocator(bundleFile);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const label = (node) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const name = functionName || "(anonymous)";
    if (!url) return name;
    if (name.startsWith("__nccwpck")) return `${name}  (bundle runtime)`;
    const where = url.endsWith(bundleFile.split("/").pop())
      ? locate(lineNumber)
      : url.replace(/^.*node_modules\//, "");
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
