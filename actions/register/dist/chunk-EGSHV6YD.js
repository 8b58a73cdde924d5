import { createRequire as __trainyardCreateRequire } from "node:module";
const require = __trainyardCreateRequire(import.meta.url);

// lib/errors.ts
var TrainyardError = class extends Error {
  location;
  /** The problem without the location prefix: `expected number, got "ten"`. */
  detail;
  constructor(detail, location = {}, options) {
    super(formatLocated(detail, location), options);
    this.detail = detail;
    this.location = location;
  }
};
var ConfigError = class extends TrainyardError {
  kind = "config";
  name = "ConfigError";
};
var DataError = class extends TrainyardError {
  kind = "data";
  name = "DataError";
};
var GitHubError = class extends TrainyardError {
  kind = "github";
  name = "GitHubError";
  status;
  request;
  constructor(detail, info = {}) {
    super(info.request ? `${info.request}: ${detail}` : detail, info.location, { cause: info.cause });
    this.status = info.status;
    this.request = info.request;
  }
};
var RegistryError = class extends TrainyardError {
  kind = "registry";
  name = "RegistryError";
  status;
  constructor(detail, info = {}) {
    super(detail, {}, { cause: info.cause });
    this.status = info.status;
  }
};
var PolicyError = class extends TrainyardError {
  kind = "policy";
  name = "PolicyError";
};
function formatLocated(detail, location) {
  let where = location.file ?? "";
  if (location.file && location.line !== void 0) {
    where += `:${location.line}`;
    if (location.column !== void 0) where += `:${location.column}`;
  }
  if (location.field) where = where ? `${where} ${location.field}` : location.field;
  return where ? `${where}: ${detail}` : detail;
}
function isTrainyardError(error) {
  return error instanceof TrainyardError;
}

export {
  ConfigError,
  DataError,
  GitHubError,
  RegistryError,
  PolicyError,
  isTrainyardError
};
