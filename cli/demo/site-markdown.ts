import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";

/**
 * Markdown to HTML as GitHub shows a comment: GFM (tables, task lists, strikethrough, autolinks,
 * footnotes), raw HTML kept only where GitHub's sanitizer keeps it, HTML comments hidden, and
 * ```mermaid fences left as chart placeholders for the page's script to draw. What we render
 * comes from pull request comments and bodies, so it is treated as hostile.
 */
export function renderMarkdown(markdown: string): string {
  const html = micromark(markdown, {
    allowDangerousHtml: true,
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
  });
  return markMermaidBlocks(sanitizeHtml(html));
}

/** The class a ```mermaid fence's placeholder carries; the page's script draws each one. */
export const MERMAID_CLASS = "mermaid-chart";

function markMermaidBlocks(html: string): string {
  return html.replace(
    /<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g,
    (_, source: string) =>
      `<div class="${MERMAID_CLASS}" data-chart="pending"><pre><code class="language-mermaid">${source}</code></pre></div>`,
  );
}

// GitHub's allow-list (html-pipeline's SanitizationFilter), less what a static page has no use for.
const ALLOWED_ELEMENTS = new Set([
  ..."h1 h2 h3 h4 h5 h6 h7 h8 br b i strong em a pre code img tt div ins del sup sub p ol ul table".split(
    " ",
  ),
  ..."thead tbody tfoot blockquote dl dt dd kbd q samp var hr ruby rt rp li tr td th s strike summary".split(
    " ",
  ),
  ..."details caption figure figcaption abbr bdo cite dfn mark small span time wbr picture source".split(" "),
  // What micromark itself writes for task lists and footnotes.
  "input",
  "section",
]);

const ALLOWED_ATTRIBUTES = new Set([
  ..."abbr accept accept-charset accesskey action align alt aria-describedby aria-hidden aria-label".split(
    " ",
  ),
  ..."aria-labelledby axis border cellpadding cellspacing char charoff charset checked clear cols".split(" "),
  ..."colspan color compact coords datetime dir disabled enctype for frame headers height hreflang".split(
    " ",
  ),
  ..."hspace ismap label lang maxlength media method multiple name nohref noshade nowrap open".split(" "),
  ..."progress prompt readonly rel rev role rows rowspan rules scope selected shape size span start".split(
    " ",
  ),
  ..."summary tabindex target title type usemap valign value vspace width itemprop id".split(" "),
  "data-footnotes",
  "data-footnote-ref",
  "data-footnote-backref",
  "data-footnote-backref-idx",
]);

/** Attributes that hold a URL, and the schemes each may use (a relative URL is always allowed). */
const URL_ATTRIBUTES: Record<string, ReadonlySet<string>> = {
  href: new Set(["http", "https", "mailto"]),
  src: new Set(["http", "https"]),
  cite: new Set(["http", "https"]),
  longdesc: new Set(["http", "https"]),
};

/** Elements removed with everything inside them, not just their tags. */
const DROPPED_WITH_CONTENT = new Set([
  ..."script style iframe object embed noscript template textarea title xmp noembed noframes".split(" "),
  ..."plaintext svg math select option frameset frame applet base link meta".split(" "),
]);

/** Elements micromark writes a class on (code's language, footnotes); GitHub drops every other class. */
const CLASS_ELEMENTS = new Set(["code", "section", "a", "h2"]);
const ALLOWED_CLASS = /^(?:language-[\w+-]+|footnotes|sr-only|data-footnote-backref)$/;

const TOKEN =
  /<!--[\s\S]*?-->|<!--[\s\S]*$|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\?[^>]*>|<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>|</g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/**
 * Keeps the allowed elements with their allowed attributes; drops comments, declarations and
 * every other tag (script-like ones with their content); turns a `<` that starts no tag into text.
 */
export function sanitizeHtml(html: string): string {
  let out = "";
  let last = 0;
  let dropping: string | undefined;
  let dropDepth = 0;
  for (const match of html.matchAll(TOKEN)) {
    const text = html.slice(last, match.index);
    last = match.index + match[0].length;
    if (dropping === undefined) out += text;
    const [whole, slash, rawName, rawAttributes = "", selfClosing] = match;
    if (rawName === undefined) {
      // A comment, a declaration, or a lone `<`.
      if (whole === "<" && dropping === undefined) out += "&lt;";
      continue;
    }
    const name = rawName.toLowerCase();
    const closing = slash === "/";
    if (dropping !== undefined) {
      if (name === dropping) dropDepth += closing ? -1 : selfClosing ? 0 : 1;
      if (dropDepth === 0) dropping = undefined;
      continue;
    }
    if (DROPPED_WITH_CONTENT.has(name)) {
      if (!closing && !selfClosing) {
        dropping = name;
        dropDepth = 1;
      }
      continue;
    }
    if (!ALLOWED_ELEMENTS.has(name)) continue;
    if (closing) {
      out += `</${name}>`;
      continue;
    }
    const attributes = sanitizeAttributes(name, rawAttributes);
    if (attributes !== undefined) out += `<${name}${attributes}${selfClosing ? " /" : ""}>`;
  }
  if (dropping === undefined) out += html.slice(last);
  return out;
}

/** The attributes to keep, or undefined when the element itself must go (an input that is no checkbox). */
function sanitizeAttributes(element: string, raw: string): string | undefined {
  let out = "";
  let checkbox = false;
  for (const match of raw.matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? "").toLowerCase();
    const value = decodeEntities(match[2] ?? match[3] ?? match[4] ?? "");
    if (value === undefined) continue;
    if (name === "class") {
      if (!CLASS_ELEMENTS.has(element)) continue;
      const kept = value.split(/\s+/).filter((c) => ALLOWED_CLASS.test(c));
      if (kept.length > 0) out += ` class="${escapeHtml(kept.join(" "))}"`;
      continue;
    }
    if (name === "type" && element === "input") {
      if (value.toLowerCase() !== "checkbox") return undefined;
      checkbox = true;
    }
    const schemes = URL_ATTRIBUTES[name];
    if (schemes) {
      if (value !== "" && isSafeUrl(value, schemes)) out += ` ${name}="${escapeHtml(value)}"`;
      continue;
    }
    if (ALLOWED_ATTRIBUTES.has(name)) out += ` ${name}="${escapeHtml(value)}"`;
  }
  if (element === "input") {
    if (!checkbox) return undefined;
    if (!/ disabled="/.test(out)) out += ` disabled=""`;
  }
  return out;
}

function isSafeUrl(url: string, schemes: ReadonlySet<string>): boolean {
  // Browsers strip ASCII whitespace and controls before reading the scheme: `java\tscript:`.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: those are exactly what is removed
  const bare = url.replace(/[\u0000-\u0020\u007f]/g, "");
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(bare)?.[1];
  return scheme === undefined || schemes.has(scheme.toLowerCase());
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};

/**
 * An attribute value as the browser reads it, or undefined when it holds a named entity we do not
 * know (`&colon;`, `&Tab;`): such a value could spell a scheme we would not see, so it is dropped.
 */
function decodeEntities(value: string): string | undefined {
  let unknown = false;
  const decoded = value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);?/gi, (whole, body: string) => {
    if (body.startsWith("#")) {
      const code =
        body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "\ufffd";
    }
    const known = NAMED_ENTITIES[body.toLowerCase()];
    if (known === undefined) unknown = true;
    return known ?? whole;
  });
  return unknown ? undefined : decoded;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
