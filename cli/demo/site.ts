import { createHash } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { parseJsonWith } from "../../lib/config/located-document.ts";
import { DataError } from "../../lib/errors.ts";
import * as z from "../../lib/zod.ts";
import { escapeHtml, MERMAID_CLASS, renderMarkdown } from "./site-markdown.ts";

/** The manifest `npm run demo` writes next to its markdown files. */
export const STEPS_FILE = "steps.json";
export const SITE_FILE = "index.html";
/** Where Mermaid's browser bundle is copied, relative to the output folder. */
export const MERMAID_ASSET = "assets/mermaid.min.js";

const relativeFile = z.string().check(
  z.minLength(1),
  z.refine((file) => !path.isAbsolute(file) && !file.split(/[\\/]/).includes(".."), {
    message: "must be a path inside the demo's output folder",
  }),
);

export const demoManifest = z.object({
  title: z.string().check(z.minLength(1)),
  project: z.string(),
  steps: z.array(
    z.object({
      id: z.string().check(z.regex(/^[A-Za-z0-9][\w-]*$/, "must be letters, digits, '-' or '_'")),
      title: z.string().check(z.minLength(1)),
      summary: z.string(),
      files: z.array(z.object({ path: relativeFile, title: z.string().check(z.minLength(1)) })),
    }),
  ),
});
export type DemoManifest = z.infer<typeof demoManifest>;

/**
 * Renders the demo's output folder (steps.json and the markdown files it names) to one
 * index.html that opens offline from file://, with Mermaid's bundle beside it in assets/.
 * Returns the absolute path of index.html.
 */
export async function writeDemoSite(outDir: string): Promise<string> {
  const root = path.resolve(outDir);
  const manifestFile = path.join(root, STEPS_FILE);
  if (!fs.existsSync(manifestFile))
    throw new DataError(`the demo's manifest is missing: run \`npm run demo\` first`, { file: manifestFile });
  const manifest = parseJsonWith(
    await fs.promises.readFile(manifestFile, "utf8"),
    manifestFile,
    demoManifest,
    "a demo manifest",
  );

  const bodies = await Promise.all(
    manifest.steps.map((step, s) =>
      Promise.all(
        step.files.map(async (file, f) => {
          try {
            return renderMarkdown(await fs.promises.readFile(path.join(root, file.path), "utf8"));
          } catch (error) {
            throw new DataError(
              `cannot read ${file.path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
              { file: manifestFile, field: `steps[${s}].files[${f}].path` },
              { cause: error },
            );
          }
        }),
      ),
    ),
  );

  const mermaidSource = findMermaidBundle();
  if (mermaidSource) {
    await fs.promises.mkdir(path.join(root, path.dirname(MERMAID_ASSET)), { recursive: true });
    await fs.promises.copyFile(mermaidSource, path.join(root, MERMAID_ASSET));
  }
  const indexFile = path.join(root, SITE_FILE);
  await fs.promises.writeFile(indexFile, page(manifest, bodies, mermaidSource !== undefined));
  return indexFile;
}

/**
 * Mermaid's browser bundle from the installed `mermaid` package, looked up from this module and
 * from the working directory (the CLI bundle lives in cli/dist, the project's node_modules beside
 * it). The path is built at run time so that the bundler does not pull 3 MB into cli/dist.
 */
function findMermaidBundle(): string | undefined {
  const specifier = ["mermaid", "dist", "mermaid.min.js"].join("/");
  for (const base of [import.meta.url, path.join(process.cwd(), "package.json")]) {
    try {
      const found = createRequire(base).resolve(specifier);
      if (fs.existsSync(found)) return found;
    } catch {
      // Not installed where this base looks: try the next.
    }
  }
  return undefined;
}

function page(manifest: DemoManifest, bodies: string[][], withMermaid: boolean): string {
  const nav = manifest.steps
    .map(
      (step, s) =>
        `<li><a href="#step-${escapeHtml(step.id)}"><span class="step-number">${s + 1}</span> ${escapeHtml(step.title)}</a></li>`,
    )
    .join("\n");
  const sections = manifest.steps
    .map((step, s) => {
      const files = step.files
        .map(
          (file, f) => `<article class="file" id="step-${escapeHtml(step.id)}-file-${f + 1}">
<h3 class="file-title">${escapeHtml(file.title)} <span class="file-path">${escapeHtml(file.path)}</span></h3>
<div class="markdown-body">
${bodies[s]?.[f] ?? ""}
</div>
</article>`,
        )
        .join("\n");
      return `<section class="step" id="step-${escapeHtml(step.id)}">
<h2 class="step-title"><span class="step-number">${s + 1}</span> ${escapeHtml(step.title)}</h2>
<p class="step-summary">${escapeHtml(step.summary)}</p>
${files}
</section>`;
    })
    .join("\n");
  const note = withMermaid
    ? `<p class="note" id="mermaid-note" hidden>Mermaid did not load (${MERMAID_ASSET} is missing): charts are shown as their source.</p>`
    : `<p class="note" id="mermaid-note">The <code>mermaid</code> package is not installed, so charts are shown as their source. Run <code>npm ci</code> in Trainyard's folder and the demo again to draw them.</p>`;
  const script = withMermaid ? CHART_SCRIPT : "";
  const scriptHash = createHash("sha256").update(script).digest("base64");
  const csp = [
    "default-src 'none'",
    `script-src 'sha256-${scriptHash}' ${withMermaid ? "file: 'self'" : ""}`.trim(),
    "style-src 'unsafe-inline'",
    "img-src data: file: http: https:",
    "font-src data:",
  ].join("; ");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(manifest.title)}</title>
<style>${STYLE}</style>
</head>
<body data-mermaid="${withMermaid ? "pending" : "missing"}">
<nav class="steps">
<h1>${escapeHtml(manifest.title)}</h1>
<p class="project">${escapeHtml(manifest.project)}</p>
<ol>
${nav}
</ol>
</nav>
<main>
${note}
${sections}
</main>
${withMermaid ? `<script src="${MERMAID_ASSET}"></script>\n<script>${script}</script>` : ""}
</body>
</html>
`;
}

/**
 * Draws each chart placeholder with Mermaid, one at a time so that one bad chart does not stop the
 * others: a chart that fails keeps its source and shows Mermaid's message. When all are done the
 * body's data-mermaid says "done" (what a test waits for).
 */
const CHART_SCRIPT = `
(async () => {
  const charts = document.querySelectorAll(".${MERMAID_CLASS}");
  if (typeof mermaid === "undefined") {
    document.getElementById("mermaid-note").hidden = false;
    document.body.dataset.mermaid = "unavailable";
    return;
  }
  mermaid.initialize({ startOnLoad: false, securityLevel: "strict", suppressErrorRendering: true });
  let n = 0;
  for (const chart of charts) {
    const source = chart.textContent;
    try {
      const { svg } = await mermaid.render("trainyard-chart-" + ++n, source);
      chart.innerHTML = svg;
      chart.dataset.chart = "ok";
    } catch (error) {
      chart.dataset.chart = "error";
      const message = document.createElement("p");
      message.className = "chart-error";
      message.textContent = "This chart did not render: " + (error && error.message ? error.message : String(error));
      chart.prepend(message);
    }
  }
  document.body.dataset.mermaid = "done";
})();
`;

const STYLE = `
:root { color-scheme: light; --border: #d0d7de; --muted: #59636e; --accent: #0969da; }
* { box-sizing: border-box; }
body { margin: 0; display: flex; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; }
nav.steps { position: sticky; top: 0; align-self: flex-start; width: 280px; height: 100vh; overflow: auto; padding: 16px; border-right: 1px solid var(--border); background: #f6f8fa; }
nav.steps h1 { font-size: 18px; margin: 0 0 4px; }
nav.steps .project { color: var(--muted); margin: 0 0 12px; }
nav.steps ol { list-style: none; padding: 0; margin: 0; }
nav.steps a { display: block; padding: 4px 6px; border-radius: 6px; color: inherit; text-decoration: none; }
nav.steps a:hover { background: #eaeef2; }
main { flex: 1; min-width: 0; max-width: 1012px; padding: 16px 32px 64px; }
.step { border-bottom: 1px solid var(--border); padding-bottom: 24px; }
.step-number { display: inline-block; min-width: 1.6em; padding: 0 4px; border-radius: 1em; background: var(--accent); color: white; text-align: center; font-size: 12px; }
.step-summary { color: var(--muted); }
.file { border: 1px solid var(--border); border-radius: 6px; margin: 16px 0; }
.file-title { margin: 0; padding: 8px 16px; font-size: 14px; background: #f6f8fa; border-bottom: 1px solid var(--border); }
.file-path { color: var(--muted); font-weight: normal; font-family: ui-monospace, monospace; font-size: 12px; }
.markdown-body { padding: 16px; overflow-wrap: break-word; }
.markdown-body table { border-collapse: collapse; display: block; overflow: auto; margin: 0 0 16px; }
.markdown-body th, .markdown-body td { border: 1px solid var(--border); padding: 6px 13px; }
.markdown-body tr:nth-child(2n) { background: #f6f8fa; }
.markdown-body pre { background: #f6f8fa; padding: 16px; overflow: auto; border-radius: 6px; }
.markdown-body code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 85%; }
.markdown-body blockquote { margin: 0 0 16px; padding: 0 1em; color: var(--muted); border-left: .25em solid var(--border); }
.markdown-body details { margin: 0 0 16px; }
.markdown-body summary { cursor: pointer; }
.markdown-body img { max-width: 100%; }
.${MERMAID_CLASS} { margin: 0 0 16px; text-align: center; }
.${MERMAID_CLASS} svg { max-width: 100%; height: auto; }
.chart-error, .note { border: 1px solid #d1242f; background: #ffebe9; color: #82071e; padding: 8px 12px; border-radius: 6px; }
`;
