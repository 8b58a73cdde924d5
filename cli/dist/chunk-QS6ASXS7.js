import { createRequire as __trainyardCreateRequire } from "node:module";
const require = __trainyardCreateRequire(import.meta.url);
import {
  thousands
} from "./chunk-F3UCSHKE.js";

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table2, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table2.length) {
    const row2 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table2[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table2[rowIndex].length;
    }
    while (++columnIndex2 < table2[rowIndex].length) {
      const cell2 = serialize(table2[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell2);
        sizes2[columnIndex2] = size;
        if (longestCellByColumn[columnIndex2] === void 0 || size > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size;
        }
      }
      row2.push(cell2);
    }
    cellMatrix[rowIndex] = row2;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code2 = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code2;
    }
  }
  columnIndex = -1;
  const row = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code2 = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code2 === 99) {
      before = ":";
      after = ":";
    } else if (code2 === 108) {
      before = ":";
    } else if (code2 === 114) {
      after = ":";
    }
    let size = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell2 = before + "-".repeat(size) + after;
    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;
      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }
      sizes[columnIndex] = size;
    }
    row[columnIndex] = cell2;
  }
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row2 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell2 = row2[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code2 = alignments[columnIndex];
        if (code2 === 114) {
          before = " ".repeat(size);
        } else if (code2 === 99) {
          const half = size / 2;
          if (size % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell2 === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell2);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function toAlignment(value) {
  const code2 = typeof value === "string" ? value.codePointAt(0) : 0;
  return code2 === 67 || code2 === 99 ? 99 : code2 === 76 || code2 === 108 ? 108 : code2 === 82 || code2 === 114 ? 114 : 0;
}

// reports/markdown.ts
function oneLine(text) {
  return text.replace(/\r\n|\r|\n/g, "\u23CE").replace(/[\u202a-\u202e\u2066-\u2069]/g, "\uFFFD");
}
function shorten(text, maxLength, cut = "end") {
  const flat = oneLine(text);
  if (flat.length <= maxLength) return flat;
  const characters = Array.from(flat);
  if (characters.length <= maxLength) return flat;
  if (cut === "end") return `${characters.slice(0, maxLength - 1).join("")}\u2026`;
  const head = Math.floor((maxLength - 1) / 3);
  const tail = maxLength - 1 - head;
  return `${characters.slice(0, head).join("")}\u2026${characters.slice(-tail).join("")}`;
}
var ZERO_WIDTH_SPACE = "\u200B";
function cell(text, maxLength = 60) {
  return shorten(text, maxLength).replace(/[\\`*{}[\]<>|~&]/g, (c) => `\\${c}`).replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, "\\_").replace(/(?<=https?|ftp|mailto|xmpp):|(?<=www)\./gi, (c) => `${ZERO_WIDTH_SPACE}${c}`).replace(/@/g, `@${ZERO_WIDTH_SPACE}`).replace(/#/g, `\\#${ZERO_WIDTH_SPACE}`);
}
function code(text, maxLength = 40, cutAt = "end") {
  const cut = shorten(text, maxLength, cutAt);
  const longestRun = Math.max(0, ...(cut.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const padded = cut.startsWith("`") || cut.endsWith("`") || cut.trim() === "" ? ` ${cut} ` : cut;
  return `${fence}${padded}${fence}`;
}
function htmlText(text, maxLength = 120) {
  return shorten(text, maxLength).replace(/[@#]/g, (c) => `${c}${ZERO_WIDTH_SPACE}`).replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]
  );
}
function table(header, rows, align, options = {}) {
  const cells = [header, ...rows].map((row) => row.map((text) => escapePipes(oneLine(text))));
  return markdownTable(cells, { ...align ? { align } : {}, alignDelimiters: !options.compact });
}
function escapePipes(text) {
  return text.replace(
    /(\\*)\|/g,
    (match, backslashes) => backslashes.length % 2 === 0 ? `${backslashes}\\|` : match
  );
}
function details(summary, body) {
  return `<details><summary>${htmlText(summary, 200)}</summary>

${body}

</details>`;
}
function plural(count, one, many = `${one}s`) {
  return `${thousands(count)} ${count === 1 ? one : many}`;
}

export {
  oneLine,
  shorten,
  cell,
  code,
  table,
  details,
  plural
};
