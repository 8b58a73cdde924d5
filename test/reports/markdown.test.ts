import type { Nodes, TableCell } from "mdast";
import { describe, expect, it } from "vitest";
import {
  cell,
  code,
  details,
  duration,
  htmlText,
  link,
  oneLine,
  shorten,
  table,
} from "../../reports/markdown.ts";
import { readMarkdown, visibleText } from "./render-check.ts";
import { HOSTILE_NAMES } from "./scenarios.ts";

function cellsOf(markdown: string): TableCell[] {
  const { tree } = readMarkdown(markdown);
  const cells: TableCell[] = [];
  const visit = (node: Nodes) => {
    if (node.type === "tableCell") cells.push(node);
    else if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return cells;
}

describe("cell", () => {
  it("shows any text as written, on one line, with nothing markdown acts on", () => {
    for (const name of HOSTILE_NAMES) {
      const { tree, html } = readMarkdown(`${cell(name, 1_000)}\n`);
      expect(visibleText(tree).replaceAll("\u200b", "")).toBe(oneLine(name));
      expect(html).not.toMatch(/<(strong|em|del|h1|a|img|script)/);
    }
  });

  it("keeps GitHub from reading mentions and issue references", () => {
    expect(cell("@org/team fixed #12")).toBe("@\u200borg/team fixed \\#\u200b12");
  });

  it("cuts long text between characters, not inside a surrogate pair", () => {
    expect(cell("😀".repeat(10), 5)).toBe("😀😀😀😀…");
  });
});

describe("code", () => {
  it("fences with one backtick more than the longest run inside, padding an edge backtick", () => {
    expect(code("plain")).toBe("`plain`");
    expect(code("a`b")).toBe("``a`b``");
    expect(code("``x``")).toBe("``` ``x`` ```");
    expect(code("")).toBe("`  `");
    for (const name of ["a`b", "``x``", "`", "<script>", "-->"]) {
      const { tree } = readMarkdown(`x ${code(name)}\n`);
      expect(visibleText(tree)).toBe(`x ${name}`);
    }
  });

  it("cuts a name in the middle, where long names are alike", () => {
    expect(shorten("eval.suite_01.task_0042.accuracy", 20, "middle")).toBe("eval.s…0042.accuracy");
  });
});

describe("table", () => {
  it("keeps every row whole whatever its cells hold: pipes in code, backslashes before pipes, line breaks", () => {
    const names = ["a|b", "\\|x", "\\\\|y", "`|`", "p\nq", "\\"];
    const markdown = table(
      ["name", "as text"],
      names.map((name) => [code(name), cell(name)]),
      undefined,
      { compact: true },
    );
    const { tables } = readMarkdown(markdown);
    expect(tables).toEqual([{ columns: 2, rows: names.length }]);
    const texts = cellsOf(markdown).map((tableCell) => visibleText(tableCell));
    // Column two shows the text exactly; column one loses a backslash before a pipe at most.
    expect(texts.filter((_, index) => index % 2 === 1 && index > 1)).toEqual(names.map(oneLine));
    expect(texts[2]).toBe("a|b");
  });

  it("pads cells by default and not when compact", () => {
    expect(table(["a", "bb"], [["ccc", "d"]])).toContain("| ccc | d  |");
    expect(table(["a", "bb"], [["ccc", "d"]], undefined, { compact: true })).toContain("| ccc | d |");
  });
});

describe("htmlText and details", () => {
  it("escapes a summary, where markdown does not run, as HTML", () => {
    const markdown = details("</summary><script>x</script> & 'q'", "body");
    const { html } = readMarkdown(markdown);
    expect(html).toContain("&lt;/summary&gt;&lt;script&gt;x&lt;/script&gt; &amp; &#39;q&#39;</summary>");
    expect(htmlText("@org #1")).toBe("@\u200borg #\u200b1");
  });
});

describe("link", () => {
  it("links http(s) addresses with what would end the link encoded, and shows others as code", () => {
    expect(link("run", "https://x.test/a b(c)")).toBe("[run](https://x.test/a%20b%28c%29)");
    expect(link("run", "javascript:alert(1)")).toBe("run (`javascript:alert(1)`)");
  });
});

describe("duration", () => {
  it("reads in the largest units that matter, without 60 s minutes", () => {
    expect(duration(850)).toBe("850 ms");
    expect(duration(12_340)).toBe("12.3 s");
    expect(duration(119_600)).toBe("2 min 0 s");
    expect(duration(2_537_000)).toBe("42 min 17 s");
    expect(duration(9_000_000)).toBe("2 h 30 min");
  });
});
