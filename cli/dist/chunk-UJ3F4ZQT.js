import { createRequire as __trainyardCreateRequire } from "node:module";
const require = __trainyardCreateRequire(import.meta.url);
import {
  _default,
  _enum,
  _gte,
  _lazy,
  _length,
  _lte,
  _minLength,
  array,
  boolean,
  describe,
  discriminatedUnion,
  int,
  literal,
  number,
  optional,
  record,
  strictObject,
  string,
  superRefine,
  union
} from "./chunk-GTQZ2Z3F.js";
import {
  DEFAULT_PROGRESS_EVERY_BYTES,
  MAX_RECORD_BYTES,
  hashText,
  openByteSource,
  parseIntegerText,
  parseNumberText,
  readCsv
} from "./chunk-H3MNTIMB.js";
import {
  ConfigError
} from "./chunk-ND3XTC2T.js";

// lib/data/sources.ts
import { statSync } from "node:fs";
import path from "node:path";

// lib/data/jsonl.ts
import { isUtf8 } from "node:buffer";
var LF = 10;
var JsonRowView = class {
  row = 0;
  line = 0;
  length;
  values;
  missingTexts;
  constructor(columnCount, missingValues) {
    this.length = columnCount;
    this.values = new Array(columnCount).fill(void 0);
    this.missingTexts = new Set(missingValues);
  }
  text(column) {
    const value = this.values[column];
    if (value === null || value === void 0) return "";
    if (typeof value === "string") return value;
    return JSON.stringify(value);
  }
  number(column) {
    const value = this.values[column];
    if (typeof value === "number") return value;
    if (typeof value === "string") return parseNumberText(value);
    return Number.NaN;
  }
  integer(column) {
    const value = this.values[column];
    if (typeof value === "number")
      return Number.isInteger(value) && Math.abs(value) < 1e21 ? value : Number.NaN;
    if (typeof value === "string") return parseIntegerText(value);
    return Number.NaN;
  }
  indexIn(column, set) {
    return set.indexOfText(this.text(column));
  }
  /** One row at a time: the view is always on it. */
  select(_index) {
  }
  numbers(_column, _integers) {
    return void 0;
  }
  lookup(_column, _set) {
    return void 0;
  }
  hash(column, out) {
    hashText(this.text(column), out);
  }
  isMissing(column) {
    const value = this.values[column];
    if (value === null || value === void 0) return true;
    if (typeof value === "string") return this.missingTexts.has(value);
    return typeof value === "number" && this.missingTexts.has(String(value));
  }
};
function isBlank(line) {
  return line.trim() === "";
}
async function readJsonLinesInChunks(file, options, { chunkBytes, maxLineBytes = MAX_RECORD_BYTES }, onRow, onColumns) {
  const source = await openByteSource(file, chunkBytes);
  const problems = [];
  const maxRows = options.maxRows ?? Number.POSITIVE_INFINITY;
  const missingValues = options.missingValues ?? [""];
  let columns;
  let view;
  let rows = 0;
  let lineNumber = 0;
  const announceColumns = (names) => {
    columns = names;
    onColumns?.(names);
    return new JsonRowView(names.length, missingValues);
  };
  if (options.columns) view = announceColumns(options.columns);
  const skipOverlongLine = () => {
    lineNumber++;
    rows++;
    problems.push({
      kind: "invalid-json",
      row: rows,
      line: lineNumber,
      message: `the line is longer than ${maxLineBytes} bytes and was not read`
    });
  };
  const readLine = (bytes) => {
    lineNumber++;
    let text = bytes.toString("utf8");
    if (lineNumber === 1 && text.charCodeAt(0) === 65279) text = text.slice(1);
    if (isBlank(text)) return;
    rows++;
    const where = { row: rows, line: lineNumber };
    if (!isUtf8(bytes)) {
      problems.push({ kind: "invalid-utf8", ...where, message: "the line holds bytes that are not UTF-8" });
    }
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      problems.push({
        kind: "invalid-json",
        ...where,
        message: `not valid JSON: ${error.message}`
      });
      return;
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
      const got = parsed === null ? "null" : Array.isArray(parsed) ? "an array" : `a ${typeof parsed}`;
      problems.push({ kind: "not-an-object", ...where, message: `expected a JSON object, got ${got}` });
      return;
    }
    const record2 = parsed;
    view ??= announceColumns(Object.keys(record2));
    const names = columns ?? [];
    for (let column = 0; column < names.length; column++) {
      const name = names[column];
      view.values[column] = Object.hasOwn(record2, name) ? record2[name] : void 0;
    }
    view.row = rows;
    view.line = lineNumber;
    onRow(view);
  };
  const progressEvery = options.progressEveryBytes ?? DEFAULT_PROGRESS_EVERY_BYTES;
  let nextProgressAt = progressEvery;
  const reportProgress = () => options.onProgress?.({ bytesRead: source.bytesRead(), bytesTotal: source.bytesTotal, rows });
  let pending = [];
  let pendingBytes = 0;
  let skippingOverlongLine = false;
  try {
    reading: for await (const chunk of source.chunks) {
      let lineStart = 0;
      let lineEnd = chunk.indexOf(LF, lineStart);
      while (lineEnd >= 0) {
        if (rows >= maxRows) break reading;
        const tail = chunk.subarray(lineStart, lineEnd);
        if (skippingOverlongLine || pendingBytes + tail.length > maxLineBytes) skipOverlongLine();
        else readLine(pending.length > 0 ? Buffer.concat([...pending, tail]) : tail);
        pending = [];
        pendingBytes = 0;
        skippingOverlongLine = false;
        lineStart = lineEnd + 1;
        lineEnd = chunk.indexOf(LF, lineStart);
      }
      if (lineStart < chunk.length && !skippingOverlongLine) {
        pending.push(chunk.subarray(lineStart));
        pendingBytes += chunk.length - lineStart;
        if (pendingBytes > maxLineBytes) {
          skippingOverlongLine = true;
          pending = [];
        }
      }
      if (source.bytesRead() >= nextProgressAt) {
        reportProgress();
        nextProgressAt = (Math.floor(source.bytesRead() / progressEvery) + 1) * progressEvery;
      }
    }
    if (rows < maxRows) {
      if (skippingOverlongLine) skipOverlongLine();
      else if (pending.length > 0) readLine(Buffer.concat(pending));
    }
  } finally {
    source.close();
  }
  if (columns === void 0) announceColumns([]);
  reportProgress();
  return { columns: columns ?? [], rows, bytes: source.bytesRead(), problems };
}
var readJsonLines = (file, options, onRow, onColumns) => readJsonLinesInChunks(file, options, {}, onRow, onColumns);

// lib/data/sources.ts
var FORMAT_OF_EXTENSION = {
  ".csv": "csv",
  ".txt": "csv",
  ".tsv": "tsv",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".parquet": "parquet"
};
var SUPPORTED = ".csv, .tsv, .txt, .jsonl, .ndjson (each optionally .gz) or .parquet";
function formatOf(file) {
  const name = path.basename(file).toLowerCase();
  const gzipped = name.endsWith(".gz");
  const format = FORMAT_OF_EXTENSION[path.extname(gzipped ? name.slice(0, -3) : name)];
  return gzipped && format === "parquet" ? void 0 : format;
}
function isDirectoryMember(file) {
  return formatOf(file) !== void 0 && !/\.txt(\.gz)?$/i.test(file);
}
var readData = (file, options, onRow, onColumns) => {
  switch (formatOf(file)) {
    case "csv":
      return readCsv(file, options, onRow, onColumns);
    case "tsv":
      return readCsv(file, { ...options, delimiter: options.delimiter ?? "	" }, onRow, onColumns);
    case "jsonl":
      return readJsonLines(file, options, onRow, onColumns);
    case "parquet":
      return import("./parquet-ZQLZACGA.js").then(({ readParquet }) => readParquet(file, options, onRow, onColumns));
    default:
      return Promise.reject(
        new ConfigError(`cannot tell the data format from the file name: expected ${SUPPORTED}`, { file })
      );
  }
};
async function expandSources(patterns, cwd) {
  const found = /* @__PURE__ */ new Set();
  for (const pattern of patterns) {
    const matches = await expandPattern(pattern, cwd);
    if (matches.length === 0) {
      throw new ConfigError(`no data file matches "${pattern}" (looked for ${SUPPORTED})`, { field: "data" });
    }
    for (const match of matches) found.add(displayPath(match, cwd));
  }
  return [...found].sort(byCodePoint);
}
function mayBeGlob(pattern) {
  return /[*?[\]{}()!+@\\]/.test(pattern);
}
async function expandPattern(pattern, cwd) {
  const globbing = mayBeGlob(pattern) ? await import("./dist-ZWSHKRLG.js") : void 0;
  if (globbing?.isDynamicPattern(pattern)) {
    return globbing.glob([pattern], { cwd, absolute: true, onlyFiles: true, expandDirectories: false });
  }
  const target = path.resolve(cwd, pattern);
  let info;
  try {
    info = statSync(target);
  } catch {
    info = void 0;
  }
  if (info === void 0) return [];
  if (!info.isDirectory()) return [target];
  const { glob } = globbing ?? await import("./dist-ZWSHKRLG.js");
  const inside = await glob(["**/*"], { cwd: target, absolute: true, onlyFiles: true });
  return inside.filter(isDirectoryMember);
}
function displayPath(absolute, cwd) {
  const relative = path.relative(path.resolve(cwd), absolute);
  const outside = relative === ".." || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
  return outside ? path.normalize(absolute) : relative;
}
function byCodePoint(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// lib/schema/table-schema.ts
var fieldTypes = ["string", "integer", "number", "boolean", "date", "datetime", "year"];
var stringFormats = ["default", "email", "uri", "uuid"];
var numericFieldTypes = ["integer", "number", "year"];
var defaultMissingValues = [""];
var defaultTrueValues = ["true", "True", "TRUE", "1"];
var defaultFalseValues = ["false", "False", "FALSE", "0"];
var temporalDirectives = {
  Y: "(\\d{4})",
  y: "(\\d{2})",
  m: "(\\d{1,2})",
  d: "(\\d{1,2})",
  H: "(\\d{1,2})",
  M: "(\\d{1,2})",
  S: "(\\d{1,2})",
  f: "(\\d{1,9})",
  b: "([A-Za-z]{3})",
  B: "([A-Za-z]+)",
  z: "(Z|[+-]\\d{2}:?\\d{2})"
};
function parseTemporalPattern(pattern) {
  const tokens = [];
  let literal2 = "";
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index];
    if (char !== "%") {
      literal2 += char;
      continue;
    }
    const next = pattern[index + 1];
    index++;
    if (next === "%") {
      literal2 += "%";
    } else if (next !== void 0 && Object.hasOwn(temporalDirectives, next)) {
      if (literal2) tokens.push({ literal: literal2 });
      literal2 = "";
      tokens.push({ directive: next });
    } else {
      const shown = next === void 0 ? "%" : `%${next}`;
      return {
        problem: `unsupported directive ${shown} in format ${JSON.stringify(pattern)} (supported: %Y %y %m %d %H %M %S %f %b %B %z %%)`
      };
    }
  }
  if (literal2) tokens.push({ literal: literal2 });
  if (!tokens.some((token) => "directive" in token)) {
    return { problem: `format ${JSON.stringify(pattern)} has no directive such as %Y, %m or %d` };
  }
  return { tokens };
}
var monthNames = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december"
];
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
var daysPerMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function daysInMonth(year, month) {
  return month === 2 && isLeapYear(year) ? 29 : daysPerMonth[month - 1];
}
function isLeapYear(year) {
  return year % 4 === 0 && year % 100 !== 0 || year % 400 === 0;
}
function partsToEpochMillis(parts) {
  const { year, month, day, hour, minute, second, millisecond } = parts;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return void 0;
  if (hour > 23 || minute > 59 || second > 59) return void 0;
  const date = new Date(Date.UTC(2e3, month - 1, day, hour, minute, second, millisecond));
  date.setUTCFullYear(year);
  return date.getTime() - parts.offsetMinutes * 6e4;
}
function parseOffsetMinutes(text) {
  if (text === "Z") return 0;
  const digits = text.slice(1).replace(":", "");
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4));
  return text.startsWith("-") ? -minutes : minutes;
}
function compileTokens(tokens) {
  const source = tokens.map((token) => "literal" in token ? escapeRegExp(token.literal) : temporalDirectives[token.directive]).join("");
  const matcher = new RegExp(`^${source}$`);
  const directives = tokens.flatMap((token) => "directive" in token ? [token.directive] : []);
  return (text) => {
    const match = matcher.exec(text);
    if (!match) return void 0;
    const parts = {
      year: 1900,
      month: 1,
      day: 1,
      hour: 0,
      minute: 0,
      second: 0,
      millisecond: 0,
      offsetMinutes: 0
    };
    for (let index = 0; index < directives.length; index++) {
      const value = match[index + 1];
      switch (directives[index]) {
        case "Y":
          parts.year = Number(value);
          break;
        case "y": {
          const short = Number(value);
          parts.year = short >= 69 ? 1900 + short : 2e3 + short;
          break;
        }
        case "m":
          parts.month = Number(value);
          break;
        case "d":
          parts.day = Number(value);
          break;
        case "H":
          parts.hour = Number(value);
          break;
        case "M":
          parts.minute = Number(value);
          break;
        case "S":
          parts.second = Number(value);
          break;
        case "f":
          parts.millisecond = Math.floor(Number(`0.${value}`) * 1e3);
          break;
        case "b":
        case "B": {
          const name = value.toLowerCase();
          const month = monthNames.findIndex(
            (full) => value.length === 3 ? full.startsWith(name) : full === name
          );
          if (month < 0) return void 0;
          parts.month = month + 1;
          break;
        }
        case "z":
          parts.offsetMinutes = parseOffsetMinutes(value);
          break;
      }
    }
    return partsToEpochMillis(parts);
  };
}
function compilePattern(pattern) {
  const parsed = parseTemporalPattern(pattern);
  if (parsed.problem !== void 0) throw new Error(parsed.problem);
  return compileTokens(parsed.tokens);
}
var isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
var isoDatetimePattern = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})?$/;
function parseIsoDate(text) {
  const match = isoDatePattern.exec(text);
  if (!match) return void 0;
  return partsToEpochMillis({
    year: Number(match[1]),
    month: Number(match[2]),
    day: Number(match[3]),
    hour: 0,
    minute: 0,
    second: 0,
    millisecond: 0,
    offsetMinutes: 0
  });
}
function parseIsoDatetime(text, allowSpace) {
  const match = isoDatetimePattern.exec(text);
  if (!match || !allowSpace && text[10] === " ") return void 0;
  return partsToEpochMillis({
    year: Number(match[1]),
    month: Number(match[2]),
    day: Number(match[3]),
    hour: Number(match[4]),
    minute: Number(match[5]),
    second: Number(match[6]),
    millisecond: match[7] ? Math.floor(Number(`0.${match[7]}`) * 1e3) : 0,
    offsetMinutes: match[8] ? parseOffsetMinutes(match[8]) : 0
  });
}
var anyDatePatterns = [
  "%Y/%m/%d",
  "%m/%d/%Y",
  "%d %b %Y",
  "%d %B %Y",
  "%b %d, %Y",
  "%B %d, %Y",
  "%d-%b-%Y"
];
var anyTimeSuffixes = ["", " %H:%M", " %H:%M:%S", "T%H:%M:%S", " %H:%M:%S%z", "T%H:%M:%S%z"];
function parseIsoTemporal(type, text) {
  return type === "date" ? parseIsoDate(text) : parseIsoDatetime(text, false) ?? parseIsoDate(text);
}
function createTemporalParser(type, format) {
  if (format === "default") {
    return type === "date" ? parseIsoDate : (text) => parseIsoDatetime(text, false);
  }
  if (format === "any") {
    const fallbacks = anyDatePatterns.flatMap(
      (datePattern) => (type === "date" ? [""] : anyTimeSuffixes).map((suffix) => compilePattern(datePattern + suffix))
    );
    return (text) => {
      const iso = parseIsoDate(text) ?? (type === "datetime" ? parseIsoDatetime(text, true) : void 0);
      if (iso !== void 0) return iso;
      for (const parse of fallbacks) {
        const value = parse(text);
        if (value !== void 0) return value;
      }
      return void 0;
    };
  }
  return compilePattern(format);
}
function compileFieldPattern(pattern) {
  new RegExp(pattern, "u");
  return new RegExp(`^(?:${pattern})$`, "u");
}
var compareNumbers = (a, b) => a - b;
function show(value) {
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}
function boundsOf(value) {
  return strictObject({ min: optional(value), max: optional(value) }).check(
    superRefine((bounds, context) => {
      if (bounds.min !== void 0 && bounds.max !== void 0 && bounds.min > bounds.max) {
        context.addIssue({
          code: "custom",
          path: ["min"],
          message: `min ${bounds.min} is greater than max ${bounds.max}`
        });
      }
    })
  );
}
var quantileKeyPattern = /^(0(\.\d+)?|1(\.0+)?|\.\d+)$/;
function buildSchemas() {
  const share = number().check(_gte(0), _lte(1));
  const shareBounds = boundsOf(share);
  const quantileBounds = boundsOf(number());
  const quantileKey = string();
  const fieldChecks = strictObject({
    maxMissingShare: optional(share).check(describe("Largest share (0..1) of missing values allowed in the column.")),
    quantiles: optional(record(quantileKey, quantileBounds)).check(
      describe(
        'Bounds for quantiles of the column, keyed by quantile: { "0.5": { min: 10, max: 20 } }.'
      )
    ),
    categoryShares: optional(record(string(), shareBounds)).check(
      describe('Bounds (0..1) on the share of rows holding each value: { "churned": { max: 0.3 } }.')
    )
  }).check(
    superRefine((checks, context) => {
      for (const key of Object.keys(checks.quantiles ?? {})) {
        if (!quantileKeyPattern.test(key)) {
          context.addIssue({
            code: "custom",
            path: ["quantiles", key],
            params: { atKey: true },
            message: `expected a quantile between 0 and 1 such as "0.99", got ${JSON.stringify(key)}`
          });
        }
      }
      const shares = Object.values(checks.categoryShares ?? {});
      const leastTotal = shares.reduce((sum, bounds) => sum + (bounds.min ?? 0), 0);
      if (leastTotal > 1 + 1e-9) {
        context.addIssue({
          code: "custom",
          path: ["categoryShares"],
          message: `the categories' minimum shares add up to ${Number(leastTotal.toFixed(6))}, more than 1`
        });
      }
    }),
    describe("Trainyard's checks on the column as a whole.")
  );
  const baseConstraints = {
    required: optional(boolean()).check(describe("Every row must have a value (not one of missingValues).")),
    unique: optional(boolean()).check(describe("No two rows may have the same value."))
  };
  function refineValueOrder(compare) {
    return (constraints, context) => {
      const { minimum, maximum } = constraints;
      if (minimum !== void 0 && maximum !== void 0 && compare(minimum, maximum) > 0) {
        context.addIssue({
          code: "custom",
          path: ["minimum"],
          message: `minimum ${show(minimum)} is greater than maximum ${show(maximum)}`
        });
      }
    };
  }
  function refineLengthOrder(constraints, context) {
    const { minLength, maxLength } = constraints;
    if (minLength !== void 0 && maxLength !== void 0 && minLength > maxLength) {
      context.addIssue({
        code: "custom",
        path: ["minLength"],
        message: `minLength ${minLength} is greater than maxLength ${maxLength}`
      });
    }
  }
  const length = int().check(_gte(0));
  const regexPattern = string().check(
    superRefine((pattern, context) => {
      try {
        compileFieldPattern(pattern);
      } catch (error) {
        let reason = error instanceof Error ? error.message.replace(/^.*: /, "") : String(error);
        if (reason === "Invalid escape")
          reason += " (only characters with a meaning, such as \\. or \\(, may be escaped)";
        context.addIssue({
          code: "custom",
          message: `expected a valid regular expression, got ${JSON.stringify(pattern)}: ${reason}`
        });
      }
    })
  );
  function isoTemporal(type) {
    const wanted = type === "date" ? "an ISO 8601 date (YYYY-MM-DD)" : "an ISO 8601 date-time (YYYY-MM-DDTHH:MM:SSZ)";
    return string().check(
      superRefine((text, context) => {
        if (parseIsoTemporal(type, text) === void 0) {
          context.addIssue({ code: "custom", message: `expected ${wanted}, got ${JSON.stringify(text)}` });
        }
      })
    );
  }
  function compareIsoTemporal(type) {
    return (a, b) => (parseIsoTemporal(type, a) ?? 0) - (parseIsoTemporal(type, b) ?? 0);
  }
  const enumOf = (value) => optional(array(value).check(_minLength(1))).check(describe("The only values allowed."));
  const stringConstraints = strictObject({
    ...baseConstraints,
    minLength: optional(length),
    maxLength: optional(length),
    pattern: optional(regexPattern).check(describe("Regular expression the whole value must match.")),
    enum: enumOf(string())
  }).check(superRefine(refineLengthOrder));
  function orderedConstraints(value, compare) {
    return strictObject({
      ...baseConstraints,
      minimum: optional(value),
      maximum: optional(value),
      enum: enumOf(value)
    }).check(superRefine(refineValueOrder(compare)));
  }
  const integerValue = int();
  const integerConstraints = orderedConstraints(integerValue, compareNumbers);
  const numberConstraints = orderedConstraints(number(), compareNumbers);
  const booleanConstraints = strictObject({ ...baseConstraints, enum: enumOf(boolean()) });
  const dateConstraints = orderedConstraints(isoTemporal("date"), compareIsoTemporal("date"));
  const datetimeConstraints = orderedConstraints(isoTemporal("datetime"), compareIsoTemporal("datetime"));
  const temporalFormat = _default(
    string().check(
      superRefine((format, context) => {
        if (format === "default" || format === "any") return;
        const parsed = parseTemporalPattern(format);
        if (parsed.problem !== void 0) context.addIssue({ code: "custom", message: parsed.problem });
      })
    ),
    "default"
  ).check(
    describe('"default" (ISO 8601), "any", or a pattern such as "%d/%m/%Y" or "%Y-%m-%d %H:%M:%S".')
  );
  const commonField = {
    name: string().check(_minLength(1), describe("The column's name, as in the data's header.")),
    title: optional(string()),
    description: optional(string())
  };
  const defaultFormatOnly = _default(literal("default"), "default");
  const bareNumber = _default(boolean(), true).check(describe("false: allow text around the number, as in 95% or $10."));
  const oneCharacter = string().check(_length(1));
  const stringField = strictObject({
    ...commonField,
    type: _default(literal("string"), "string"),
    format: _default(_enum(stringFormats), "default"),
    constraints: _default(stringConstraints, {}),
    checks: _default(fieldChecks, {})
  });
  const integerField = strictObject({
    ...commonField,
    type: literal("integer"),
    format: defaultFormatOnly,
    bareNumber,
    groupChar: optional(oneCharacter),
    constraints: _default(integerConstraints, {}),
    checks: _default(fieldChecks, {})
  });
  const numberField = strictObject({
    ...commonField,
    type: literal("number"),
    format: defaultFormatOnly,
    decimalChar: _default(oneCharacter, "."),
    groupChar: optional(oneCharacter),
    bareNumber,
    constraints: _default(numberConstraints, {}),
    checks: _default(fieldChecks, {})
  });
  const booleanField = strictObject({
    ...commonField,
    type: literal("boolean"),
    format: defaultFormatOnly,
    trueValues: _default(array(string()).check(_minLength(1)), [...defaultTrueValues]),
    falseValues: _default(array(string()).check(_minLength(1)), [...defaultFalseValues]),
    constraints: _default(booleanConstraints, {}),
    checks: _default(fieldChecks, {})
  });
  const dateField = strictObject({
    ...commonField,
    type: literal("date"),
    format: temporalFormat,
    constraints: _default(dateConstraints, {}),
    checks: _default(fieldChecks, {})
  });
  const datetimeField = strictObject({
    ...commonField,
    type: literal("datetime"),
    format: temporalFormat,
    constraints: _default(datetimeConstraints, {}),
    checks: _default(fieldChecks, {})
  });
  const yearField = strictObject({
    ...commonField,
    type: literal("year"),
    format: defaultFormatOnly,
    constraints: _default(integerConstraints, {}),
    checks: _default(fieldChecks, {})
  });
  const fieldSchema2 = discriminatedUnion("type", [
    stringField,
    integerField,
    numberField,
    booleanField,
    dateField,
    datetimeField,
    yearField
  ]).check(
    superRefine((field, context) => {
      if (field.checks.quantiles && !numericFieldTypes.includes(field.type)) {
        context.addIssue({
          code: "custom",
          path: ["checks", "quantiles"],
          message: `quantiles apply to integer, number and year fields, not ${field.type}`
        });
      }
      if (field.type === "boolean") {
        const shared = field.trueValues.find((value) => field.falseValues.includes(value));
        if (shared !== void 0) {
          context.addIssue({
            code: "custom",
            path: ["falseValues", field.falseValues.indexOf(shared)],
            message: `${JSON.stringify(shared)} is in both trueValues and falseValues`
          });
        }
      }
      if (field.type === "number" && field.groupChar === field.decimalChar) {
        context.addIssue({
          code: "custom",
          path: ["groupChar"],
          message: `groupChar ${JSON.stringify(field.groupChar)} is also the decimalChar`
        });
      }
    })
  );
  const countBound = int().check(_gte(0));
  const tableChecks = strictObject({
    rows: optional(boundsOf(countBound)).check(describe("Bounds on the number of data rows."))
  }).check(describe("Trainyard's checks on the table as a whole."));
  const tableSchema2 = strictObject({
    $schema: optional(string()).check(describe("URL of this file's JSON Schema, for editors.")),
    fields: array(fieldSchema2).check(_minLength(1), describe("The columns, in order.")),
    missingValues: _default(array(string()), [...defaultMissingValues]).check(describe('Cell texts that mean "no value" (default [""]).')),
    primaryKey: optional(union([string(), array(string()).check(_minLength(1))])).check(describe("Field name(s) whose values together identify a row: unique and never missing.")),
    checks: _default(tableChecks, {})
  }).check(
    superRefine((schema, context) => {
      const firstIndexByName = /* @__PURE__ */ new Map();
      schema.fields.forEach((field, index) => {
        const first = firstIndexByName.get(field.name);
        if (first === void 0) {
          firstIndexByName.set(field.name, index);
        } else {
          context.addIssue({
            code: "custom",
            path: ["fields", index, "name"],
            message: `duplicate field name ${JSON.stringify(field.name)} (also fields[${first}].name)`
          });
        }
      });
      const { primaryKey } = schema;
      if (primaryKey === void 0) return;
      const keyNames = typeof primaryKey === "string" ? [primaryKey] : primaryKey;
      const pathOf = (index) => typeof primaryKey === "string" ? ["primaryKey"] : ["primaryKey", index];
      keyNames.forEach((name, index) => {
        if (!firstIndexByName.has(name)) {
          context.addIssue({
            code: "custom",
            path: pathOf(index),
            message: `no field named ${JSON.stringify(name)} in fields`
          });
        } else if (keyNames.indexOf(name) !== index) {
          context.addIssue({
            code: "custom",
            path: pathOf(index),
            message: `${JSON.stringify(name)} is listed twice`
          });
        }
      });
    })
  );
  return { fieldChecks, fieldSchema: fieldSchema2, quantileKey, tableChecks, tableSchema: tableSchema2 };
}
var built;
function schemas() {
  built ??= buildSchemas();
  return built;
}
var fieldSchema = _lazy(() => schemas().fieldSchema);
var tableSchema = _lazy(() => schemas().tableSchema);
function primaryKeyFields(schema) {
  const { primaryKey } = schema;
  if (primaryKey === void 0) return [];
  return typeof primaryKey === "string" ? [primaryKey] : [...primaryKey];
}

export {
  readData,
  expandSources,
  fieldTypes,
  numericFieldTypes,
  defaultMissingValues,
  parseIsoTemporal,
  createTemporalParser,
  compileFieldPattern,
  tableSchema,
  primaryKeyFields
};
