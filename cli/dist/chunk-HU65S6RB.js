import { createRequire as __trainyardCreateRequire } from "node:module";
const require = __trainyardCreateRequire(import.meta.url);
import {
  createTemporalParser,
  defaultMissingValues,
  tableSchema
} from "./chunk-UJ3F4ZQT.js";
import {
  DataError
} from "./chunk-ND3XTC2T.js";

// lib/schema/infer.ts
var booleanWords = /* @__PURE__ */ new Set(["true", "True", "TRUE", "false", "False", "FALSE"]);
var integerPattern = /^[+-]?(0|[1-9]\d*)$/;
var numberPattern = /^[+-]?(?:(?:0|[1-9]\d*)(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
var nonFiniteNumbers = /* @__PURE__ */ new Set(["NaN", "INF", "-INF", "+INF"]);
var parseIsoDate = createTemporalParser("date", "default");
var parseIsoDatetime = createTemporalParser("datetime", "default");
var spacedDatetimeFormat = "%Y-%m-%d %H:%M:%S";
var parseSpacedDatetime = createTemporalParser("datetime", spacedDatetimeFormat);
var ColumnProfile = class {
  constructor(enumMaxValues) {
    this.enumMaxValues = enumMaxValues;
  }
  enumMaxValues;
  observed = 0;
  missing = 0;
  couldBeBoolean = true;
  couldBeInteger = true;
  couldBeNumber = true;
  couldBeDate = true;
  couldBeDatetime = true;
  couldBeSpacedDatetime = true;
  minimum = Number.POSITIVE_INFINITY;
  maximum = Number.NEGATIVE_INFINITY;
  /** Count of each distinct text; dropped once there are too many to be an enum. */
  counts = /* @__PURE__ */ new Map();
  observeMissing() {
    this.observed++;
    this.missing++;
  }
  observeValue(text) {
    this.observed++;
    if (this.couldBeBoolean && !booleanWords.has(text)) this.couldBeBoolean = false;
    if (this.couldBeInteger && !(integerPattern.test(text) && Number.isSafeInteger(Number(text)))) {
      this.couldBeInteger = false;
    }
    if (this.couldBeNumber) {
      if (numberPattern.test(text)) {
        const value = Number(text);
        if (value < this.minimum) this.minimum = value;
        if (value > this.maximum) this.maximum = value;
      } else if (!nonFiniteNumbers.has(text)) {
        this.couldBeNumber = false;
      }
    }
    if (this.couldBeDate && parseIsoDate(text) === void 0) this.couldBeDate = false;
    if (this.couldBeDatetime && parseIsoDatetime(text) === void 0) this.couldBeDatetime = false;
    if (this.couldBeSpacedDatetime && parseSpacedDatetime(text) === void 0)
      this.couldBeSpacedDatetime = false;
    if (this.counts) {
      this.counts.set(text, (this.counts.get(text) ?? 0) + 1);
      if (this.counts.size > this.enumMaxValues) this.counts = void 0;
    }
  }
  toField(name, enumMinCount) {
    const values = this.observed - this.missing;
    const constraints = {};
    if (values > 0 && this.missing === 0) constraints.required = true;
    const withConstraints = (field) => Object.keys(constraints).length > 0 ? { ...field, constraints } : field;
    if (values === 0) return { name, type: "string" };
    if (this.couldBeBoolean) return withConstraints({ name, type: "boolean" });
    if (this.couldBeInteger || this.couldBeNumber) {
      if (Number.isFinite(this.minimum)) {
        constraints.minimum = this.minimum;
        constraints.maximum = this.maximum;
      }
      return withConstraints({ name, type: this.couldBeInteger ? "integer" : "number" });
    }
    if (this.couldBeDate) return withConstraints({ name, type: "date" });
    if (this.couldBeDatetime) return withConstraints({ name, type: "datetime" });
    if (this.couldBeSpacedDatetime) {
      return withConstraints({ name, type: "datetime", format: spacedDatetimeFormat });
    }
    if (this.counts && [...this.counts.values()].every((count) => count >= enumMinCount)) {
      constraints.enum = [...this.counts.keys()].sort();
    }
    return withConstraints({ name, type: "string" });
  }
};
var TableSchemaInferrer = class {
  constructor(columns, options = {}) {
    this.columns = columns;
    this.options = {
      missingValues: options.missingValues ?? defaultMissingValues,
      enumMaxValues: options.enumMaxValues ?? 20,
      enumMinCount: options.enumMinCount ?? 2
    };
    this.missingValues = new Set(this.options.missingValues);
    columns.forEach((name, index) => {
      if (name === "") throw new DataError(`column ${index + 1} has no name`);
      if (columns.indexOf(name) !== index) {
        throw new DataError(`column ${index + 1}: duplicate column name ${JSON.stringify(name)}`);
      }
    });
    this.profiles = columns.map(() => new ColumnProfile(this.options.enumMaxValues));
  }
  columns;
  profiles;
  missingValues;
  options;
  /** One cell, by column index in `columns` order. */
  observe(column, text) {
    const profile = this.profile(column);
    if (this.missingValues.has(text)) profile.observeMissing();
    else profile.observeValue(text);
  }
  /** A cell that is not there at all (a short row). */
  observeAbsent(column) {
    this.profile(column).observeMissing();
  }
  /** A whole row from a reader; cells beyond a short row's end count as missing. */
  observeRow(row) {
    for (let column = 0; column < this.profiles.length; column++) {
      if (column < row.length) this.observe(column, row.text(column));
      else this.observeAbsent(column);
    }
  }
  profile(column) {
    const profile = this.profiles[column];
    if (!profile)
      throw new RangeError(`column index ${column} is outside the ${this.columns.length} columns`);
    return profile;
  }
  /** Each column's inferred field, as written in a schema (before zod fills in defaults). */
  fields() {
    return this.profiles.map(
      (profile, index) => profile.toField(this.columns[index], this.options.enumMinCount)
    );
  }
  finish() {
    const input = { fields: this.fields() };
    const missingValues = [...this.options.missingValues];
    if (missingValues.join("\0") !== defaultMissingValues.join("\0"))
      input.missingValues = missingValues;
    return tableSchema.parse(input);
  }
};

export {
  TableSchemaInferrer
};
