import type { Document, LineCounter, Node } from "yaml";
import {
  aliasProblem,
  MAX_ALIAS_COUNT,
  MAX_DOCUMENT_BYTES,
  MAX_NESTING_DEPTH,
  parseYamlDocument,
  readBoundedFile,
} from "../config/located-document.ts";
import { DataError } from "../errors.ts";
import { yaml } from "../yaml.ts";
import type { RawValue } from "./values.ts";

/** One leaf of a nested document: its key path joined with ".", its value, and its line. */
export interface Leaf {
  key: string;
  raw: RawValue;
  line: number | undefined;
}

/** A top-level entry of the document's mapping, its value still a node to flatten. */
export interface TopEntry {
  key: string;
  line: number | undefined;
  value: Node | null;
}

/**
 * A JSON or YAML file whose top level is a mapping, read with the line of every node so that a
 * bad value is reported where it is. JSON is read by the YAML parser (JSON is YAML), which also
 * lets the bare `NaN` and `Infinity` Python writes into JSON through as words to be named.
 */
export class NestedFile {
  private constructor(
    /** The file as the user named it, for errors. */
    readonly name: string,
    private readonly document: Document,
    private readonly lines: LineCounter,
  ) {}

  static async read(file: string, name: string, what: string): Promise<NestedFile> {
    const text = (await readUserFile(file, name, what)).replace(/^\uFEFF/, "");
    const flavour = /\.json$/i.test(file) ? "JSON" : "YAML";
    const { LineCounter } = yaml();
    const lines = new LineCounter();
    const parsed = parseYamlDocument(text, lines);
    if (parsed.tooDeep)
      throw new DataError(`not valid ${flavour}: nested more than ${MAX_NESTING_DEPTH} levels deep`, {
        file: name,
        line: lines.linePos(parsed.tooDeep.offset).line,
      });
    const { document } = parsed;
    const [problem] = document.errors;
    if (problem) {
      const firstLine = problem.message.split("\n")[0] ?? problem.message;
      throw new DataError(`not valid ${flavour}: ${firstLine.replace(/ at line \d+, column \d+:?$/, "")}`, {
        file: name,
        line: lines.linePos(problem.pos[0]).line,
      });
    }
    try {
      // The leaves below follow aliases themselves: refuse an alias bomb before they expand it.
      document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      const alias = aliasProblem(document, error);
      throw new DataError(`not valid ${flavour}: ${alias.message}`, {
        file: name,
        line: lines.linePos(alias.offset).line,
      });
    }
    const contents = document.contents;
    if (contents === null || (yaml().isScalar(contents) && contents.value === null))
      throw new DataError(`the file is empty: expected a mapping of ${what}`, { file: name });
    if (!yaml().isMap(contents))
      throw new DataError(`expected a mapping of ${what} (name: value), got ${kindOf(contents)}`, {
        file: name,
        line: lines.linePos(contents.range?.[0] ?? 0).line,
      });
    return new NestedFile(name, document, lines);
  }

  topEntries(): TopEntry[] {
    const contents = this.document.contents;
    if (!yaml().isMap(contents)) return [];
    return contents.items.map((pair) => {
      const keyNode = pair.key as Node | null;
      return {
        key: keyText(keyNode),
        line: this.lineOf(keyNode),
        value: this.resolve(pair.value as Node | null),
      };
    });
  }

  /** Every leaf under `node`, keys joined with "." (list items by index), as DVC flattens. */
  leaves(node: Node | null, prefix: string, line?: number): Leaf[] {
    const found: Leaf[] = [];
    // The collections being flattened: an alias to one of them (`a: &a [*a]`) would never end.
    const open = new Set<Node>();
    const visit = (current: Node | null, key: string, fallbackLine: number | undefined) => {
      const resolved = this.resolve(current);
      const at = this.lineOf(resolved) ?? fallbackLine;
      if ((yaml().isMap(resolved) || yaml().isSeq(resolved)) && open.has(resolved))
        throw new DataError("an alias refers to a mapping or list that contains it", {
          file: this.name,
          line: this.lineOf(current) ?? at,
          field: key,
        });
      if (yaml().isMap(resolved)) {
        open.add(resolved);
        for (const pair of resolved.items) {
          const keyNode = pair.key as Node | null;
          visit(pair.value as Node | null, join(key, keyText(keyNode)), this.lineOf(keyNode) ?? at);
        }
        open.delete(resolved);
      } else if (yaml().isSeq(resolved)) {
        open.add(resolved);
        resolved.items.forEach((item, index) => {
          visit(item as Node | null, join(key, String(index)), at);
        });
        open.delete(resolved);
      } else if (yaml().isScalar(resolved)) {
        found.push({ key, raw: { value: resolved.value, bare: resolved.type === "PLAIN" }, line: at });
      } else {
        found.push({ key, raw: { value: null, bare: true }, line: at });
      }
    };
    visit(node, prefix, line);
    return uniqueKeys(found, this.name);
  }

  allLeaves(): Leaf[] {
    return uniqueKeys(
      this.topEntries().flatMap((entry) => this.leaves(entry.value, entry.key, entry.line)),
      this.name,
    );
  }

  private resolve(node: Node | null): Node | null {
    return yaml().isAlias(node) ? ((node.resolve(this.document) as Node | undefined) ?? null) : node;
  }

  private lineOf(node: Node | null): number | undefined {
    const offset = node?.range?.[0];
    return offset === undefined ? undefined : this.lines.linePos(offset).line;
  }
}

/** Reads a file the user named, turning "not there" or "far too big" into an error that names it. */
export function readUserFile(file: string, name: string, what: string): Promise<string> {
  return readBoundedFile(file, what, MAX_DOCUMENT_BYTES, DataError, name);
}

function uniqueKeys(leaves: Leaf[], file: string): Leaf[] {
  const seen = new Set<string>();
  for (const leaf of leaves) {
    if (leaf.key.split(".").includes("__proto__"))
      throw new DataError('"__proto__" cannot be a name here', { file, line: leaf.line, field: leaf.key });
    if (seen.has(leaf.key))
      throw new DataError(`"${leaf.key}" is given twice once nested keys are joined with "."`, {
        file,
        line: leaf.line,
        field: leaf.key,
      });
    seen.add(leaf.key);
  }
  return leaves;
}

function join(prefix: string, key: string): string {
  return prefix === "" ? key : `${prefix}.${key}`;
}

function keyText(node: Node | null): string {
  if (yaml().isScalar(node)) return String(node.value);
  return node === null ? "" : String(node);
}

function kindOf(node: Node): string {
  if (yaml().isSeq(node)) return "a list";
  if (yaml().isScalar(node)) return JSON.stringify(String(node.value).slice(0, 40));
  return "something else";
}
