/**
 * Reads a table schema file (YAML or JSON): every problem is a ConfigError naming the file, line,
 * column and field (`schema.yml:14:7 fields[3].constraints.minimum: expected number, got "ten"`).
 */

import {
  type DocumentRules,
  describeDocumentProblems,
  type IssuePath,
  isRecord,
  loadDocumentWith,
  parseDocumentWith,
  valueAt,
} from "../config/located-document.ts";
import type { ConfigError } from "../errors.ts";
import { fieldTypes, type TableSchema, tableSchema } from "./table-schema.ts";

export { findJsonSyntaxError, formatPath } from "../config/located-document.ts";

const tableSchemaRules: DocumentRules<TableSchema> = {
  schema: tableSchema,
  expected: 'a table schema with "fields"',
  discriminatorValues: fieldTypes,
  misplacedKey: (_key, data, parentPath) => {
    const fieldType = fieldTypeAt(data, parentPath);
    return fieldType === undefined ? undefined : `it does not apply to ${fieldType} fields`;
  },
};

/** Parses and checks a table schema, throwing a ConfigError for its first problem in the file. */
export function parseTableSchema(text: string, file: string): TableSchema {
  return parseDocumentWith(text, file, tableSchemaRules);
}

/** Every problem of a table schema file, in source order; empty when it is valid. */
export function describeSchemaProblems(text: string, file: string): ConfigError[] {
  return describeDocumentProblems(text, file, tableSchemaRules);
}

/** Reads a `.yml`, `.yaml` or `.json` table schema. */
export function loadTableSchema(file: string): Promise<TableSchema> {
  return loadDocumentWith(file, tableSchemaRules, "table schema");
}

/** The type of the field that `path` (a field or its constraints) belongs to, if it is one. */
function fieldTypeAt(data: unknown, path: IssuePath): string | undefined {
  if (path[0] !== "fields" || typeof path[1] !== "number") return undefined;
  if (path.length > 3 || (path.length === 3 && path[2] !== "constraints")) return undefined;
  const field = valueAt(data, path.slice(0, 2));
  const type = isRecord(field) ? (field.type ?? "string") : undefined;
  return typeof type === "string" ? type : undefined;
}
