import { markdownTable } from "markdown-table";

/**
 * Markdown pieces every report shares. Cell text is escaped so user data (a value with a pipe, a
 * backtick, a newline, an HTML tag) cannot break the table or inject markup into a comment.
 */
export function cell(text: string, maxLength = 60): string {
  const flat = text.replace(/\r?\n/g, "⏎");
  const cut = flat.length > maxLength ? `${flat.slice(0, maxLength - 1)}…` : flat;
  return cut.replace(/[\\`*_{}[\]<>|#]/g, (c) => `\\${c}`);
}

/** A value quoted as code, with backticks in it made harmless. */
export function code(text: string, maxLength = 40): string {
  const flat = text.replace(/\r?\n/g, "⏎");
  const cut = flat.length > maxLength ? `${flat.slice(0, maxLength - 1)}…` : flat;
  const fence = cut.includes("`") ? "``" : "`";
  const padded = cut.startsWith("`") || cut.endsWith("`") || cut === "" ? ` ${cut} ` : cut;
  return `${fence}${padded}${fence}`;
}

export function table(header: string[], rows: string[][], align?: Array<"l" | "r" | "c">): string {
  return markdownTable([header, ...rows], align ? { align } : {});
}

export function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;
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
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}
