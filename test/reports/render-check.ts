/**
 * Checks a report the way GitHub will read it. Markdown goes through micromark with its GFM
 * extension (CommonMark and GFM to the letter, tested against the same spec examples as GitHub's
 * cmark-gfm) into an mdast tree and into HTML; Mermaid blocks go through Mermaid's own parser.
 */
import type { Nodes, Root, Table } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";

/** The HTML a report may write itself; anything else in an HTML node came from data. */
const ALLOWED_TAGS = /<\/?(details|summary|sub)>|<br>/g;

export interface TableShape {
  /** Cells of the header row. */
  columns: number;
  /** Body rows. */
  rows: number;
}

export interface ReadMarkdown {
  tree: Root;
  html: string;
  tables: TableShape[];
  mermaidBlocks: string[];
}

function* walk(node: Nodes): Generator<Nodes> {
  yield node;
  if ("children" in node) for (const child of node.children) yield* walk(child);
}

function tableShape(node: Table): TableShape {
  const [header, ...body] = node.children;
  const columns = header?.children.length ?? 0;
  body.forEach((row, index) => {
    if (row.children.length !== columns)
      throw new Error(`table row ${index + 1} has ${row.children.length} cells, its header ${columns}`);
  });
  return { columns, rows: body.length };
}

/**
 * Parses the markdown and throws when: a table row has more or fewer cells than its header, a
 * line that starts a table row is not part of a table, an HTML node holds markup a report does
 * not write (raw HTML from data), `<details>` blocks do not balance, the HTML has a script, an
 * image or a comment other than the marker, or a Mermaid fence was broken.
 */
export function readMarkdown(markdown: string, marker?: string): ReadMarkdown {
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const nodes = [...walk(tree)];
  const tableNodes = nodes.filter((node): node is Table => node.type === "table");
  const tables = tableNodes.map(tableShape);

  const tableLines = new Set<number>();
  for (const node of tableNodes)
    for (let line = node.position?.start.line ?? 0; line <= (node.position?.end.line ?? -1); line++)
      tableLines.add(line);
  const codeLines = new Set<number>();
  for (const node of nodes)
    if (node.type === "code")
      for (let line = node.position?.start.line ?? 0; line <= (node.position?.end.line ?? -1); line++)
        codeLines.add(line);
  markdown.split("\n").forEach((text, index) => {
    if (text.startsWith("|") && !tableLines.has(index + 1) && !codeLines.has(index + 1))
      throw new Error(`line ${index + 1} looks like a table row but is not in a table: ${text.slice(0, 80)}`);
  });

  let depth = 0;
  for (const node of nodes) {
    if (node.type !== "html") continue;
    const value = node.value === marker ? "" : node.value;
    const foreign = value.replace(ALLOWED_TAGS, "");
    if (/<[a-z/!?]/i.test(foreign)) throw new Error(`raw HTML from data: ${node.value.slice(0, 120)}`);
    for (const tag of value.match(/<\/?details>/g) ?? []) {
      depth += tag === "<details>" ? 1 : -1;
      if (depth < 0) throw new Error("a </details> closes nothing");
    }
    if (value.includes("<details>") && !value.includes("<summary>"))
      throw new Error(`a <details> without a <summary>: ${value.slice(0, 80)}`);
  }
  if (depth !== 0) throw new Error(`${depth} <details> left open`);

  const html = micromark(markdown, {
    allowDangerousHtml: true,
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
  });
  if (/<(script|img|iframe|style|a\s[^>]*javascript:)/i.test(html))
    throw new Error("dangerous HTML rendered");
  const comments = html.match(/<!--/g)?.length ?? 0;
  if (comments !== (marker ? 1 : 0)) throw new Error(`${comments} HTML comments rendered`);
  const htmlTables = html.match(/<table>/g)?.length ?? 0;
  if (htmlTables !== tables.length) throw new Error(`${htmlTables} HTML tables for ${tables.length} tables`);

  const mermaidBlocks = nodes.flatMap((node) =>
    node.type === "code" && node.lang === "mermaid" ? [node.value] : [],
  );
  const fences = markdown.split("\n").filter((line) => line === "```mermaid").length;
  if (fences !== mermaidBlocks.length)
    throw new Error(`${fences} mermaid fences, ${mermaidBlocks.length} blocks`);
  return { tree, html, tables, mermaidBlocks };
}

// ---------------------------------------------------------------------------------------------
// Mermaid

type Mermaid = typeof import("mermaid")["default"];
let loading: Promise<Mermaid> | undefined;

/**
 * Mermaid, loaded once. Its parser runs in Node, but it imports DOMPurify, which takes the global
 * `window` when it loads: jsdom stands in for it.
 */
function loadMermaid(): Promise<Mermaid> {
  loading ??= (async () => {
    const { JSDOM } = await import("jsdom");
    const { window } = new JSDOM("");
    Object.assign(globalThis, { window, document: window.document });
    return (await import("mermaid")).default;
  })();
  return loading;
}

interface XyChartData {
  xAxis: { type: string; categories?: string[] };
  plots: Array<{ type: string; data: Array<[string, number | null]> }>;
}

/**
 * Parses an `xychart-beta` block with Mermaid (throws on a syntax error) and returns the chart as
 * Mermaid read it, after checking that every series has a value for every category.
 */
export async function parseXyChart(source: string): Promise<XyChartData> {
  const mermaid = await loadMermaid();
  const parsed = await mermaid.parse(source);
  if (parsed.diagramType !== "xychart") throw new Error(`not an xychart: ${source.slice(0, 40)}`);
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(source);
  const data = (diagram.db as unknown as { getXYChartData(): XyChartData }).getXYChartData();
  const categories = data.xAxis.categories?.length ?? 0;
  for (const plot of data.plots) {
    if (plot.data.length !== categories)
      throw new Error(`a ${plot.type} has ${plot.data.length} of ${categories}`);
    if (plot.data.some(([, value]) => typeof value !== "number" || !Number.isFinite(value)))
      throw new Error(`a ${plot.type} lacks values: ${JSON.stringify(plot.data).slice(0, 200)}`);
  }
  return data;
}

/** The text a reader sees in a node: text and code, without the markup around them. */
export function visibleText(node: Nodes): string {
  if (node.type === "text" || node.type === "inlineCode") return node.value;
  if ("children" in node) return node.children.map((child) => visibleText(child)).join("");
  return "";
}
