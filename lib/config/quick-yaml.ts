/**
 * The value of a YAML configuration file read with js-yaml, for located-document.ts to try before
 * the `yaml` package: yaml keeps every node's place in the file, which is how a problem is shown at
 * its line, but reading a first small file with it costs an action about 20 ms (its code compiled
 * as it runs) against 3 ms for js-yaml. A valid file needs no places, so it is read here; a file
 * with a problem is read again with yaml, for the problem's place.
 *
 * The value must be the one yaml gives (YAML 1.2, its core schema), so this answers undefined,
 * "read it with yaml", for whatever the two could read differently, or yaml could refuse:
 * anchors, aliases and tags; directives; block scalars (`|`, `>`: the two keep and fold
 * their blank lines differently); complex keys; null keys; `__proto__`; nesting past
 * MAX_NESTING_DEPTH; and anything js-yaml refuses (two documents, a key given twice, a syntax
 * error). test/lib/config/quick-yaml.test.ts holds the two readers side by side on generated files.
 */
import { FAILSAFE_SCHEMA, load, Type } from "js-yaml";

/** yaml's core schema (its tests and values, in its order), for js-yaml's plain scalars. */
const CORE_TYPES = [
  new Type("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: (text) => text === null || /^(?:~|[Nn]ull|NULL)?$/.test(text),
    construct: () => null,
  }),
  new Type("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: (text) => text !== null && /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(text),
    construct: (text) => text?.[0] === "t" || text?.[0] === "T",
  }),
  new Type("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: (text) => text !== null && /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/.test(text),
    construct: (text) => {
      const digits = text ?? "";
      if (digits.startsWith("0o")) return Number.parseInt(digits.slice(2), 8);
      if (digits.startsWith("0x")) return Number.parseInt(digits.slice(2), 16);
      return Number.parseInt(digits, 10);
    },
  }),
  new Type("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: (text) =>
      text !== null &&
      /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/.test(
        text,
      ),
    construct: (text) => {
      const digits = text ?? "";
      if (/^[-+]?\.(?:inf|Inf|INF)$/.test(digits)) return digits.startsWith("-") ? -1 / 0 : 1 / 0;
      if (/^\.(?:nan|NaN|NAN)$/.test(digits)) return Number.NaN;
      return Number.parseFloat(digits);
    },
  }),
];
const CORE_SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: CORE_TYPES });

/**
 * What only yaml reads as it should, found in the text (in a comment or a string too, which
 * only sends a file to yaml that did not need it): a tag, anchor or alias at the start of a
 * token; a directive; a block scalar's header; a sequence entry left empty on its line (`- -`:
 * js-yaml nests the next line's entry in it); an explicit key (`? `); a flow collection as a key
 * (`[a]: 1`); `__proto__`; a line break other than LF and CR LF (yaml takes a lone CR for none);
 * a byte order mark (the caller takes off the one a file may start with); a tab in an indentation.
 */
const FOR_YAML_ALONE =
  /(?:^|[\s[{,])[!&*]|^%|(?:^|\s)[|>][-+0-9]*[ \t]*(?:#.*)?$|(?:^|\s)-[ \t]*(?:#.*)?$|(?:^|[\s[{,])\?(?:\s|$)|[\]}]\s*:(?:\s|$)|__proto__|\r(?!\n)|[\u0085\u2028\u2029\ufeff]|^[ \t]*\t/m;

/**
 * The value yaml would read from `text` (a whole file, byte order mark removed), or undefined
 * when yaml must read it. `maxDepth` is the deepest nesting of collections yaml is let read.
 */
export function quickYamlValue(text: string, maxDepth: number): unknown {
  if (FOR_YAML_ALONE.test(text) || !text.split(/\r\n|\r|\n/).every(isOneLineEntry)) return undefined;
  let value: unknown;
  try {
    // js-yaml counts every node's depth, a scalar's too: one more than its collections'.
    value = load(text, { schema: CORE_SCHEMA, maxDepth });
  } catch {
    return undefined;
  }
  return value === undefined || hasNullKey(value) ? undefined : value;
}

/**
 * Whether `line` holds its entries whole: every quoted scalar and flow collection on it ends on it,
 * and it is blank, a comment, a document marker, a sequence entry or a `key:` line (not the next
 * line of a scalar). Scalars and collections over several lines are where js-yaml and yaml part
 * ways (js-yaml takes some indentation yaml refuses), so their files go to yaml.
 */
function isOneLineEntry(line: string): boolean {
  const content = line.trimStart();
  if (content === "" || content.startsWith("#") || content === "---" || content === "...") return true;
  const flow: string[] = [];
  let hasKey = false;
  let tokenStart = true;
  // In a flow mapping, whether the next token is a value (after `:`) rather than a key.
  let valueNext = false;
  let previous = "";
  for (let at = 0; at < content.length; at++) {
    const char = content[at] as string;
    const next = content[at + 1];
    if (tokenStart && (char === '"' || char === "'")) {
      at = quotedScalarEnd(content, at);
      if (at < 0) return false;
      tokenStart = false;
      previous = char;
      continue;
    }
    if (char === "#" && at > 0 && /\s/.test(content[at - 1] as string)) break;
    const indicator = next === undefined || /[\s,\]}]/.test(next);
    if (char === "[" || char === "{") {
      // A collection as a key of a flow mapping: js-yaml and yaml name such keys differently.
      if (flow.at(-1) === "{" && !valueNext) return false;
      flow.push(char);
      valueNext = char === "[";
    } else if (char === "]" || char === "}") {
      if (flow.pop() === undefined) return false;
    } else if (char === "," && flow.length > 0) {
      valueNext = flow.at(-1) === "[";
    } else if (char === ":" && indicator) {
      if (flow.length === 0) hasKey = true;
      // An empty key (`{: a}`, `[a, : b]`) is a null key, which the two read differently.
      else if (/^[[{,]?$/.test(previous)) return false;
      else valueNext = true;
    }
    if (!/\s/.test(char)) previous = char;
    tokenStart =
      /[[{,\s]/.test(char) || (char === ":" && /\s/.test(next ?? " ")) || (char === "-" && at === 0);
  }
  return flow.length === 0 && (hasKey || content.startsWith("- ") || content.startsWith("["));
}

/** Where the quoted scalar opening at `start` of `line` closes, or -1 when not on this line. */
function quotedScalarEnd(line: string, start: number): number {
  const quote = line[start];
  for (let at = start + 1; at < line.length; at++) {
    if (quote === '"' && line[at] === "\\") at++;
    else if (line[at] === quote) {
      if (quote === "'" && line[at + 1] === "'") at++;
      else return at;
    }
  }
  return -1;
}

/** Whether a mapping in `value` has a null key, which js-yaml names "null" and yaml "". */
function hasNullKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasNullKey);
  if (typeof value !== "object" || value === null) return false;
  for (const [key, item] of Object.entries(value)) if (key === "null" || hasNullKey(item)) return true;
  return false;
}
