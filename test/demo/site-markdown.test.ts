import { describe, expect, it } from "vitest";
import { renderMarkdown, sanitizeHtml } from "../../cli/demo/site-markdown.ts";

describe("renderMarkdown", () => {
  it("renders what our reports write as GitHub does: tables, details, hidden markers, mermaid charts", () => {
    const html = renderMarkdown(
      [
        "<!-- trainyard:report:churn -->",
        "| metric | value |",
        "| --- | ---: |",
        "| `accuracy` | **0.93** |",
        "",
        "<details><summary>7 params</summary>",
        "",
        "- [x] done",
        "",
        "</details>",
        "",
        "```mermaid",
        'xychart-beta\n  x-axis "step" ["a", "b"]\n  line [1, 2]',
        "```",
      ].join("\n"),
    );
    expect(html).not.toContain("trainyard:report");
    expect(html).toContain('<th>metric</th>\n<th align="right">value</th>');
    expect(html).toContain('<td align="right"><strong>0.93</strong></td>');
    expect(html).toContain("<details><summary>7 params</summary>");
    expect(html).toContain('<input type="checkbox" disabled="" checked="" />');
    expect(html).toContain(
      '<div class="mermaid-chart" data-chart="pending"><pre><code class="language-mermaid">xychart-beta\n  x-axis &quot;step&quot; [&quot;a&quot;, &quot;b&quot;]',
    );
  });
});

describe("sanitizeHtml", () => {
  it.each([
    ['<img src="x.png" onerror="alert(1)">', '<img src="x.png">'],
    ['<a href="jav&#x61;script:alert(1)">x</a>', "<a>x</a>"],
    ['<a href="java&Tab;script:alert(1)">x</a>', "<a>x</a>"],
    ['<a href=" JavaScript:alert(1)">x</a>', "<a>x</a>"],
    [
      '<a href="https://github.com/acme?a=1&amp;b=2" target="_blank">x</a>',
      '<a href="https://github.com/acme?a=1&amp;b=2" target="_blank">x</a>',
    ],
    ["<script>alert(1)</script>after", "after"],
    ['<svg onload="alert(1)"><svg><circle/></svg></svg>after', "after"],
    ['<p style="color:red" class="evil language-js">x</p>', "<p>x</p>"],
    ["<form action=x><input type=text name=q></form>", ""],
    ["<img src=x onerror=alert(1)//", "&lt;img src=x onerror=alert(1)//"],
    ["a <!-- hidden --> b <![CDATA[x]]> c", "a  b  c"],
    [
      "<details open ontoggle=alert(1)><summary>s</summary></details>",
      '<details open=""><summary>s</summary></details>',
    ],
  ])("%s", (input, output) => {
    expect(sanitizeHtml(input)).toBe(output);
  });
});
