import { markdownTable } from "markdown-table";
import { thousands } from "../lib/format.ts";

/**
 * Markdown pieces every report shares. User data (metric, slice, column and file names, values
 * from data) goes through one of these before it reaches a comment: table cells, code spans,
 * HTML text and links are each escaped for where they stand, so that a pipe, a backtick, a line
 * break, an HTML tag, `-->` or a bidirectional override cannot break the table, close a block or
 * inject markup.
 */

/**
 * Line breaks become `⏎` (a cell or a span is one line), and bidirectional controls, which can
 * make text read in another order than it is written, become `�`.
 */
export function oneLine(text: string): string {
  return text.replace(/\r\n|\r|\n/g, "⏎").replace(/[\u202a-\u202e\u2066-\u2069]/g, "\ufffd");
}

/**
 * At most `maxLength` characters on one line, cut between code points (never inside a surrogate
 * pair) with `…` at the end, or in the middle for names, whose ends tell them apart
 * (`eval.suite_01…task_0042.accuracy`).
 */
export function shorten(text: string, maxLength: number, cut: "end" | "middle" = "end"): string {
  const flat = oneLine(text);
  if (flat.length <= maxLength) return flat;
  const characters = Array.from(flat);
  if (characters.length <= maxLength) return flat;
  if (cut === "end") return `${characters.slice(0, maxLength - 1).join("")}…`;
  const head = Math.floor((maxLength - 1) / 3);
  const tail = maxLength - 1 - head;
  return `${characters.slice(0, head).join("")}…${characters.slice(-tail).join("")}`;
}

const ZERO_WIDTH_SPACE = "\u200b";

/**
 * Text for a table cell or a line, shown as written: every character markdown could act on is
 * escaped, and a zero-width space keeps GitHub from reading an address as a link (`https:`,
 * `www.`, `a@b.c`), a mention (`@org/team` would notify a team) or an issue reference (`#12`
 * would note this comment on issue 12).
 */
export function cell(text: string, maxLength = 60): string {
  return (
    shorten(text, maxLength)
      .replace(/[\\`*{}[\]<>|~&]/g, (c) => `\\${c}`)
      // An underscore inside a word (`max_drop`) cannot start or end emphasis: it stays as it is.
      .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, "\\_")
      .replace(/(?<=https?|ftp|mailto|xmpp):|(?<=www)\./gi, (c) => `${ZERO_WIDTH_SPACE}${c}`)
      .replace(/@/g, `@${ZERO_WIDTH_SPACE}`)
      .replace(/#/g, `\\#${ZERO_WIDTH_SPACE}`)
  );
}

/** A value quoted as code, its fence longer than any run of backticks in it. */
export function code(text: string, maxLength = 40, cutAt: "end" | "middle" = "end"): string {
  const cut = shorten(text, maxLength, cutAt);
  const longestRun = Math.max(0, ...(cut.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const padded = cut.startsWith("`") || cut.endsWith("`") || cut.trim() === "" ? ` ${cut} ` : cut;
  return `${fence}${padded}${fence}`;
}

/**
 * Text inside HTML, such as a `<summary>`: markdown does not run there, so it is HTML-escaped;
 * mentions and issue references are kept off as in `cell`.
 */
export function htmlText(text: string, maxLength = 120): string {
  return shorten(text, maxLength)
    .replace(/[@#]/g, (c) => `${c}${ZERO_WIDTH_SPACE}`)
    .replace(
      /[&<>"']/g,
      (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string,
    );
}

/** A link to an http(s) address, else the address as code: other schemes are not followed. */
export function link(text: string, url: string): string {
  if (!/^https?:\/\//i.test(url)) return `${cell(text)} (${code(url, 200)})`;
  const safe = url.replace(
    /[\s<>()\\`]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
  return `[${cell(text)}](${safe})`;
}

export interface TableOptions {
  /** Leave cells unpadded: smaller, for comments with a length limit. */
  compact?: boolean;
}

/**
 * A GFM table. Every cell is made one line, and each pipe in it not already escaped (an even
 * number of backslashes before it) is escaped, so no cell, code spans included, can split a row.
 */
export function table(
  header: string[],
  rows: string[][],
  align?: Array<"l" | "r" | "c">,
  options: TableOptions = {},
): string {
  const cells = [header, ...rows].map((row) => row.map((text) => escapePipes(oneLine(text))));
  return markdownTable(cells, { ...(align ? { align } : {}), alignDelimiters: !options.compact });
}

function escapePipes(text: string): string {
  return text.replace(/(\\*)\|/g, (match, backslashes: string) =>
    backslashes.length % 2 === 0 ? `${backslashes}\\|` : match,
  );
}

/** Lines in a code block whose fence no line can close. */
export function fenced(lines: string[]): string {
  const longestRun = Math.max(
    0,
    ...lines.map((line) => Math.max(0, ...(line.match(/`+/g) ?? []).map((r) => r.length))),
  );
  const fence = "`".repeat(Math.max(3, longestRun + 1));
  return `${fence}text\n${lines.join("\n")}\n${fence}`;
}

/** A folded block: `summary` is plain text (escaped here, as HTML), `body` is markdown. */
export function details(summary: string, body: string): string {
  return `<details><summary>${htmlText(summary, 200)}</summary>\n\n${body}\n\n</details>`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${thousands(count)} ${count === 1 ? one : many}`;
}

export function bytes(count: number): string {
  const units = ["B", "KB", "MB", "GB", "TB"];
  let value = count;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

export function duration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  if (ms < 59_950) return `${(ms / 1000).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
  const minutes = Math.round(ms / 60_000);
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
