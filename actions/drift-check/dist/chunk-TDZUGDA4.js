import { createRequire as __trainyardCreateRequire } from "node:module";
const require = __trainyardCreateRequire(import.meta.url);
import {
  ConfigError,
  DEFAULT_PROGRESS_EVERY_BYTES,
  DataError,
  MAX_RECORD_BYTES,
  RowViewWithDefaults,
  TextSet,
  completeRowView,
  hashText,
  openByteSource,
  parseIntegerText,
  parseNumberText,
  readCsv
} from "./chunk-SP6THENM.js";
import {
  __require
} from "./chunk-UZK6EP4C.js";

// lib/drift/profile.ts
import { readFile } from "node:fs/promises";

// node_modules/zod/v4/core/util.js
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v === "number");
  const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function joinValues(array2, separator = "|") {
  return array2.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
var Cached = class {
  constructor(getter) {
    this._getter = getter;
    this._value = void 0;
  }
  get value() {
    const getter = this._getter;
    if (getter !== void 0) {
      this._value = getter();
      this._getter = void 0;
    }
    return this._value;
  }
};
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
var EVALUATING = /* @__PURE__ */ Symbol("evaluating");
function defineLazy(object2, key, getter) {
  let value = void 0;
  Object.defineProperty(object2, key, {
    get() {
      if (value === EVALUATING) {
        return void 0;
      }
      if (value === void 0) {
        value = EVALUATING;
        value = getter();
      }
      return value;
    },
    set(v) {
      Object.defineProperty(object2, key, {
        value: v
        // configurable: true,
      });
    },
    configurable: true
  });
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
function rawShape(def) {
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  return desc?.get ? desc.get.raw : desc?.value;
}
function sourceShape(schema2) {
  return rawShape(schema2._zod.def) ?? schema2._zod.def.shape;
}
function deferProp(target, key, getter) {
  Object.defineProperty(target, key, {
    get() {
      const value = getter();
      assignProp(this, key, value);
      return value;
    },
    enumerable: true,
    configurable: true
  });
}
function putProp(target, key, value) {
  if (key in target)
    assignProp(target, key, value);
  else
    target[key] = value;
}
function mirrorShape(target, source, keys, wrap) {
  const raw = sourceShape(source);
  for (const key of keys) {
    const desc = Object.getOwnPropertyDescriptor(raw, key);
    if (!desc.enumerable)
      continue;
    if (desc.get) {
      deferProp(target, key, () => {
        const value = source._zod.def.shape[key];
        return wrap ? wrap(value, key) : value;
      });
    } else
      putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
  }
}
function mirrorProps(target, source) {
  for (const key of Reflect.ownKeys(source)) {
    const desc = Object.getOwnPropertyDescriptor(source, key);
    if (!desc.enumerable)
      continue;
    if (desc.get)
      deferProp(target, key, () => source[key]);
    else
      putProp(target, key, desc.value);
  }
}
function mergeDefs(...defs) {
  const mergedDescriptors = {};
  for (const def of defs) {
    const descriptors = Object.getOwnPropertyDescriptors(def);
    Object.assign(mergedDescriptors, descriptors);
  }
  return Object.defineProperties({}, mergedDescriptors);
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
function isPlainObject(o) {
  if (isObject(o) === false)
    return false;
  const ctor = o.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
function shallowClone(o) {
  if (isPlainObject(o))
    return { ...o };
  if (Array.isArray(o))
    return [...o];
  if (o instanceof Map)
    return new Map(o);
  if (o instanceof Set)
    return new Set(o);
  return o;
}
var propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
function escapeRegex(str2) {
  return str2.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function stringifyPrimitive(value) {
  if (typeof value === "bigint")
    return value.toString() + "n";
  if (typeof value === "string")
    return `"${value}"`;
  return `${value}`;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
var NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-34028234663852886e22, 34028234663852886e22],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
function pick(schema2, mask) {
  const currDef = schema2._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".pick() cannot be used on object schemas containing refinements");
  }
  const newShape = {};
  mirrorShape(newShape, schema2, maskedKeys(schema2, mask));
  return clone(schema2, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function maskedKeys(schema2, mask) {
  const raw = sourceShape(schema2);
  const keys = [];
  for (const key of Reflect.ownKeys(mask)) {
    if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
      throw new Error(`Unrecognized key: "${String(key)}"`);
    }
    if (mask[key])
      keys.push(key);
  }
  return keys;
}
function extend(schema2, shape) {
  if (!isPlainObject(shape)) {
    throw new Error("Invalid input to extend: expected a plain object");
  }
  const checks = schema2._zod.def.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    const existingShape = sourceShape(schema2);
    for (const key of Reflect.ownKeys(shape)) {
      if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0) {
        throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
      }
    }
  }
  return clone(schema2, mergeDefs(schema2._zod.def, { shape: extended(schema2, shape) }));
}
function extended(schema2, shape) {
  const newShape = {};
  mirrorShape(newShape, schema2, Reflect.ownKeys(sourceShape(schema2)));
  mirrorProps(newShape, shape);
  return newShape;
}
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path4, issues) {
  return issues.map((iss) => {
    var _a3;
    (_a3 = iss).path ?? (_a3.path = []);
    iss.path.unshift(path4);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a3;
  for (let i = start; i < issues.length; i++) {
    (_a3 = issues[i]).schema ?? (_a3.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a3;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a3 = iss).schema ?? (_a3.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str2) {
  const units = str2.length;
  if (!highSurrogate.test(str2))
    return units;
  let count2 = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str2.charCodeAt(i) & 64512) === 55296 && (str2.charCodeAt(i + 1) & 64512) === 56320) {
      count2--;
      i++;
    }
  }
  return count2;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function parsedType(data) {
  const t = typeof data;
  switch (t) {
    case "number": {
      return Number.isNaN(data) ? "nan" : "number";
    }
    case "object": {
      if (data === null) {
        return "null";
      }
      if (Array.isArray(data)) {
        return "array";
      }
      const obj = data;
      if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
        return obj.constructor.name;
      }
    }
  }
  return t;
}
function issue(...args) {
  const [iss, input, inst] = args;
  if (typeof iss === "string") {
    return {
      message: iss,
      code: "custom",
      input,
      inst
    };
  }
  return { ...iss };
}
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}

// node_modules/zod/v4/core/core.js
var _a;
var _zodDesc = { value: void 0, enumerable: false };
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer2, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
    initializer2(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_, "name", { value: name });
  return _;
}
var $ZodAsyncError = class extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
};
var $ZodEncodeError = class extends Error {
  constructor(name) {
    super(`Encountered unidirectional transform during encode: ${name}`);
    this.name = "ZodEncodeError";
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
var _issuesDesc = { value: void 0, enumerable: false };
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def) => {
  inst.name = "$ZodError";
  _issuesDesc.value = def;
  Object.defineProperty(inst, "issues", _issuesDesc);
  _issuesDesc.value = void 0;
  Object.defineProperty(inst, "message", _messageDesc);
  const proto = Object.getPrototypeOf(inst);
  if (!_installedToString.has(proto)) {
    _installedToString.add(proto);
    Object.defineProperty(proto, "toString", {
      configurable: true,
      enumerable: false,
      get() {
        const value = () => this.message;
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
      }
    });
  }
};
var $ZodError = $constructor("$ZodError", initializer);
var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});

// node_modules/zod/v4/core/parse.js
var _parse = (_Err) => {
  const fn = (schema2, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema2._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    if (result.issues.length) {
      const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, _params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parse = /* @__PURE__ */ _parse($ZodRealError);
var _parseAsync = (_Err) => {
  const fn = async (schema2, value, _ctx, params) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema2._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    if (result.issues.length) {
      const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
var _safeParse = (_Err) => (schema2, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result = schema2._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
function failure(Err, issues, ctx) {
  let error2;
  return {
    success: false,
    get error() {
      if (!error2) {
        error2 = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error2;
    },
    set error(e) {
      error2 = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _safeParseAsync = (_Err) => async (schema2, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result = schema2._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);

// node_modules/zod/v4/core/regexes.js
var httpProtocol = /^https?$/;
var anyString = /^[\s\S]{0,}$/;
var number = /^-?\d+(?:\.\d+)?$/;
var boolean = /^(?:true|false)$/i;
var _null = /^null$/i;

// node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a3;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def;
  (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
});
var _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
var numericOriginMap = {
  number: "number",
  bigint: "bigint",
  object: "date"
};
var $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_big",
      maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_small",
      minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
  $ZodCheck.init(inst, def);
  def.format = def.format || "float64";
  const isInt = def.format?.includes("int");
  const origin = isInt ? "int" : "number";
  const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
  inst._zod.check = (payload) => {
    const input = payload.value;
    if (isInt) {
      if (!Number.isInteger(input)) {
        payload.issues.push({
          expected: origin,
          format: def.format,
          code: "invalid_type",
          continue: false,
          input,
          inst
        });
        return;
      }
      if (!Number.isSafeInteger(input)) {
        if (input > 0) {
          payload.issues.push({
            input,
            code: "too_big",
            maximum: Number.MAX_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        } else {
          payload.issues.push({
            input,
            code: "too_small",
            minimum: Number.MIN_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        }
        return;
      }
    }
    if (input < minimum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_small",
        minimum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
    if (input > maximum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_big",
        maximum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
    if (length <= def.maximum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_big",
      maximum: def.maximum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
    if (length >= def.minimum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_small",
      minimum: def.minimum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckLengthEquals = /* @__PURE__ */ $constructor("$ZodCheckLengthEquals", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def.length && units <= def.length * 2 ? codePointLength(input) : units;
    if (length === def.length)
      return;
    const origin = getLengthableOrigin(input);
    const tooBig = length > def.length;
    payload.issues.push({
      origin,
      ...tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length },
      inclusive: true,
      exact: true,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
  var _a3, _b;
  $ZodCheck.init(inst, def);
  if (def.pattern)
    (_a3 = inst._zod).check ?? (_a3.check = (payload) => {
      def.pattern.lastIndex = 0;
      if (def.pattern.test(payload.value))
        return;
      payload.issues.push({
        origin: "string",
        code: "invalid_format",
        format: def.format,
        input: payload.value,
        ...def.pattern ? { pattern: def.pattern.toString() } : {},
        inst,
        continue: !def.abort
      });
    });
  else
    (_b = inst._zod).check ?? (_b.check = () => {
    });
});
var $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    def.pattern.lastIndex = 0;
    if (def.pattern.test(payload.value))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "regex",
      input: payload.value,
      pattern: def.pattern.toString(),
      inst,
      continue: !def.abort
    });
  };
});

// node_modules/zod/v4/core/versions.js
var version = {
  major: 4,
  minor: 6,
  patch: 7
};

// node_modules/zod/v4/core/schemas.js
var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
  var _a3;
  inst ?? (inst = {});
  inst._zod.def = def;
  inst._zod.bag = inst._zod.bag || {};
  inst._zod.version = version;
  const defChecks = inst._zod.def.checks;
  const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
  for (const ch of checks) {
    for (const fn of ch._zod.onattach) {
      fn(inst);
    }
  }
  if (checks.length === 0) {
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred?.push(() => {
      inst._zod.run = inst._zod.parse;
    });
  } else {
    const runChecks = (payload, checks2, ctx) => {
      if (payload.memo)
        return payload;
      let isAborted = aborted(payload);
      let asyncResult;
      for (const ch of checks2) {
        if (ch._zod.def.when) {
          if (explicitlyAborted(payload))
            continue;
          const shouldRun = ch._zod.def.when(payload);
          if (!shouldRun)
            continue;
        } else if (isAborted) {
          continue;
        }
        const currLen = payload.issues.length;
        const _ = ch._zod.check(payload);
        if (_ instanceof Promise && ctx?.async === false) {
          throw new $ZodAsyncError();
        }
        if (asyncResult || _ instanceof Promise) {
          asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _;
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              return;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          });
        } else {
          const nextLen = payload.issues.length;
          if (nextLen === currLen)
            continue;
          attachSchema(payload.issues, currLen, inst);
          if (!isAborted)
            isAborted = aborted(payload, currLen);
        }
      }
      if (asyncResult) {
        return asyncResult.then(() => {
          return payload;
        });
      }
      return payload;
    };
    const handleCanaryResult = (canary, payload, ctx) => {
      if (aborted(canary)) {
        canary.aborted = true;
        return canary;
      }
      const checkResult = runChecks(payload, checks, ctx);
      if (checkResult instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
      }
      return inst._zod.parse(checkResult, ctx);
    };
    inst._zod.run = (payload, ctx) => {
      if (ctx.skipChecks) {
        return inst._zod.parse(payload, ctx);
      }
      if (ctx.direction === "backward") {
        const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
        if (canary instanceof Promise) {
          return canary.then((canary2) => {
            return handleCanaryResult(canary2, payload, ctx);
          });
        }
        return handleCanaryResult(canary, payload, ctx);
      }
      const result = inst._zod.parse(payload, ctx);
      if (result instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return result.then((result2) => runChecks(result2, checks, ctx));
      }
      return runChecks(result, checks, ctx);
    };
  }
}, {
  // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
  get "~standard"() {
    return hide(this, "~standard", standardProps(this));
  },
  set "~standard"(value) {
    own(this, "~standard", value);
  }
});
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = def.pattern ?? anyString;
  inst._zod.parse = (payload, _) => {
    if (def.coerce)
      try {
        payload.value = String(payload.value);
      } catch (_2) {
      }
    if (typeof payload.value === "string")
      return payload;
    payload.issues.push({
      expected: "string",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodStringFormat = /* @__PURE__ */ $constructor("$ZodStringFormat", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  $ZodString.init(inst, def);
});
var URL_BAD_FORMAT = 1;
var URL_UNPARSEABLE = 2;
function canParseURL(input) {
  try {
    if (typeof URL !== "undefined" && typeof URL.canParse === "function")
      return URL.canParse(input);
    new URL(input);
    return true;
  } catch {
    return false;
  }
}
function validateURL(trimmed, def) {
  if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
    return canParseURL(trimmed) || URL_UNPARSEABLE;
  }
  return parseURLObject(trimmed, def);
}
function parseURLObject(trimmed, def) {
  if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
    return URL_BAD_FORMAT;
  }
  try {
    if (typeof URL !== "undefined") {
      const URLStatic = URL;
      if (typeof URLStatic.parse === "function")
        return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
    }
    return new URL(trimmed);
  } catch {
    return URL_UNPARSEABLE;
  }
}
var asciiTabOrNewline = /[\t\n\r]/g;
function stripTabAndNewline(value) {
  return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url2, hostname) {
  hostname.lastIndex = 0;
  return hostname.test(url2.hostname);
}
function urlProtocolOk(url2, protocol) {
  protocol.lastIndex = 0;
  return protocol.test(url2.protocol.endsWith(":") ? url2.protocol.slice(0, -1) : url2.protocol);
}
var $ZodURL = /* @__PURE__ */ $constructor("$ZodURL", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    try {
      const trimmed = payload.value.trim();
      const url2 = validateURL(trimmed, def);
      if (url2 === URL_BAD_FORMAT) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid URL format",
          input: payload.value,
          inst,
          continue: !def.abort
        });
        return;
      }
      if (url2 === URL_UNPARSEABLE) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          input: payload.value,
          inst,
          continue: !def.abort
        });
        return;
      }
      if (url2 === true) {
        payload.value = stripTabAndNewline(trimmed);
        return;
      }
      if (def.hostname && !urlHostnameOk(url2, def.hostname)) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid hostname",
          pattern: def.hostname.source,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      }
      if (def.protocol && !urlProtocolOk(url2, def.protocol)) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid protocol",
          pattern: def.protocol.source,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      }
      payload.value = def.normalize ? url2.href : stripTabAndNewline(trimmed);
      return;
    } catch (_) {
      payload.issues.push({
        code: "invalid_format",
        format: "url",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = number;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Number(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
      return payload;
    }
    const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
    payload.issues.push({
      expected: "number",
      code: "invalid_type",
      input,
      inst,
      ...received ? { received } : {}
    });
    return payload;
  };
});
var $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
  $ZodCheckNumberFormat.init(inst, def);
  $ZodNumber.init(inst, def);
});
var $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = boolean;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Boolean(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "boolean")
      return payload;
    payload.issues.push({
      expected: "boolean",
      code: "invalid_type",
      input,
      inst
    });
    return payload;
  };
});
var $ZodNull = /* @__PURE__ */ $constructor("$ZodNull", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = _null;
  inst._zod.values = /* @__PURE__ */ new Set([null]);
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (input === null)
      return payload;
    payload.issues.push({
      expected: "null",
      code: "invalid_type",
      input,
      inst
    });
    return payload;
  };
});
var $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload) => payload;
});
var $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    payload.issues.push({
      expected: "never",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse2 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse2(payload, ctx);
  };
}
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
  $ZodType.init(inst, def);
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input)) {
      payload.issues.push({
        expected: "array",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
    const proms = [];
    const abortEarly = ctx?.abortEarly;
    for (let i = 0; i < input.length; i++) {
      const item = input[i];
      const result = def.element._zod.run({
        value: item,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
      } else {
        handleArrayResult(result, payload, i);
        if (abortEarly && result.issues.length !== 0 && aborted(result))
          break;
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
  capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
  $ZodType.init(inst, def);
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  const sh = desc?.get ? desc.get.raw : def.shape ?? {};
  if (sh) {
    const get = () => {
      const newSh = { ...sh };
      Object.defineProperty(def, "shape", { value: newSh });
      get.raw = newSh;
      return newSh;
    };
    get.raw = sh;
    Object.defineProperty(def, "shape", { get });
  }
  const _normalized = cached(() => normalizeDef(def));
  defineLazyInternal(inst, "propValues", (zod) => {
    const shape = zod.def.shape;
    const propValues = {};
    for (const key in shape) {
      const field = shape[key]._zod;
      if (field.values) {
        if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
          assignProp(propValues, key, /* @__PURE__ */ new Set());
        }
        for (const v of field.values)
          propValues[key].add(v);
        if (field.optin !== void 0)
          propValues[key].add(void 0);
      }
    }
    return propValues;
  });
  const isObject2 = isObject;
  const catchall2 = def.catchall;
  let value;
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
    const proms = [];
    const shape = value.shape;
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const key of value.allKeys) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (key === "__proto__")
        continue;
      const el = shape[key];
      const optin = el._zod.optin;
      const optout = el._zod.optout;
      const r = el._zod.run({ value: input[key], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key, input, optin, optout);
      }
    }
    if (!catchall2) {
      return proms.length ? Promise.all(proms).then(() => payload) : payload;
    }
    return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
  };
});
function handleUnionResults(results, final, inst, ctx) {
  for (const result of results) {
    if (result.issues.length === 0) {
      final.value = result.value;
      return final;
    }
  }
  const nonaborted = results.filter((r) => !aborted(r));
  if (nonaborted.length === 1) {
    final.value = nonaborted[0].value;
    return nonaborted[0];
  }
  final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  });
  return final;
}
var $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
  defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
  defineLazyInternal(inst, "values", (zod) => {
    if (zod.def.options.every((o) => o._zod.values)) {
      return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
    }
    return void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    if (zod.def.options.every((o) => o._zod.pattern)) {
      const patterns = zod.def.options.map((o) => o._zod.pattern);
      return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
    }
    return void 0;
  });
  const first = def.options.length === 1 ? def.options[0]._zod.run : null;
  inst._zod.parse = (payload, ctx) => {
    if (first) {
      return first(payload, ctx);
    }
    let async = false;
    const results = [];
    for (const option of def.options) {
      const result = option._zod.run({
        value: payload.value,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        results.push(result);
        async = true;
      } else {
        if (result.issues.length === 0)
          return result;
        results.push(result);
      }
    }
    if (!async)
      return handleUnionResults(results, payload, inst, ctx);
    return Promise.all(results).then((results2) => {
      return handleUnionResults(results2, payload, inst, ctx);
    });
  };
});
function discriminatorMap(def) {
  const map2 = /* @__PURE__ */ new Map();
  for (const option of def.options) {
    const values = option._zod.propValues?.[def.discriminator];
    if (!values || values.size === 0)
      throw new Error(`Invalid discriminated union option at index "${def.options.indexOf(option)}"`);
    for (const value of values) {
      if (map2.has(value)) {
        if (value !== void 0)
          throw new Error(`Duplicate discriminator value "${String(value)}"`);
        map2.set(value, null);
      } else {
        map2.set(value, option);
      }
    }
  }
  return map2;
}
var $ZodDiscriminatedUnion = /* @__PURE__ */ $constructor("$ZodDiscriminatedUnion", (inst, def) => {
  def.inclusive = false;
  $ZodUnion.init(inst, def);
  const _super = inst._zod.parse;
  defineLazyInternal(inst, "propValues", (zod) => {
    const propValues = {};
    let undefinedCount = 0;
    for (const option of zod.def.options) {
      const pv = option._zod.propValues;
      if (!pv || Object.keys(pv).length === 0)
        throw new Error(`Invalid discriminated union option at index "${zod.def.options.indexOf(option)}"`);
      if (pv[zod.def.discriminator]?.has(void 0))
        undefinedCount++;
      for (const [k, v] of Object.entries(pv)) {
        if (!Object.prototype.hasOwnProperty.call(propValues, k)) {
          assignProp(propValues, k, /* @__PURE__ */ new Set());
        }
        for (const val of v) {
          propValues[k].add(val);
        }
      }
    }
    if (!zod.def.unionFallback && undefinedCount > 1)
      propValues[zod.def.discriminator]?.delete(void 0);
    return propValues;
  });
  def.options.forEach((option, i) => {
    const propShape = rawShape(option._zod.def);
    if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def.discriminator)) {
      throw new Error(`Invalid discriminated union option at index "${i}"`);
    }
  });
  const disc = cached(() => discriminatorMap(def));
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!isObject(input)) {
      payload.issues.push({
        code: "invalid_type",
        expected: "object",
        input,
        inst
      });
      return payload;
    }
    const value = input?.[def.discriminator];
    const opt = disc.value.get(value);
    if (opt && (value !== void 0 || ctx.direction !== "backward")) {
      return opt._zod.run(payload, ctx);
    }
    if (def.unionFallback || ctx.direction === "backward") {
      return _super(payload, ctx);
    }
    payload.issues.push({
      code: "invalid_union",
      errors: [],
      note: "No matching discriminator",
      discriminator: def.discriminator,
      options: Array.from(disc.value.keys()).filter((value2) => disc.value.get(value2) !== null),
      input,
      path: [def.discriminator],
      inst
    });
    return payload;
  };
});
var $ZodTuple = /* @__PURE__ */ $constructor("$ZodTuple", (inst, def) => {
  $ZodType.init(inst, def);
  const items = def.items;
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input)) {
      payload.issues.push({
        input,
        inst,
        expected: "tuple",
        code: "invalid_type"
      });
      return payload;
    }
    payload.value = memo ? memo.alloc(inst, payload, [], ctx) : [];
    const proms = [];
    const optinStart = getTupleOptStart(items, "optin");
    const optoutStart = getTupleOptStart(items, "optout");
    if (!def.rest) {
      if (input.length < optinStart) {
        payload.issues.push({
          code: "too_small",
          minimum: optinStart,
          inclusive: true,
          input,
          inst,
          origin: "array"
        });
        return payload;
      }
      if (input.length > items.length) {
        payload.issues.push({
          code: "too_big",
          maximum: items.length,
          inclusive: true,
          input,
          inst,
          origin: "array"
        });
      }
    }
    const itemResults = new Array(items.length);
    const abortEarly = def.rest ? ctx?.abortEarly : void 0;
    let itemAborted = false;
    for (let i = 0; i < items.length; i++) {
      const r = items[i]._zod.run({ value: input[i], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((rr) => {
          itemResults[i] = rr;
        }));
      } else {
        itemResults[i] = r;
        if (abortEarly && !itemAborted && r.issues.length)
          itemAborted = aborted(r);
      }
    }
    if (def.rest && !itemAborted) {
      let i = items.length - 1;
      const rest = input.slice(items.length);
      let seen = payload.issues.length;
      for (const el of rest) {
        if (abortEarly && payload.issues.length !== seen) {
          if (aborted(payload, seen))
            break;
          seen = payload.issues.length;
        }
        i++;
        const result = def.rest._zod.run({ value: el, issues: [] }, ctx);
        if (result instanceof Promise) {
          proms.push(result.then((r) => handleTupleResult(r, payload, i)));
        } else {
          handleTupleResult(result, payload, i);
        }
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => handleTupleResults(itemResults, payload, items, input, optoutStart));
    }
    return handleTupleResults(itemResults, payload, items, input, optoutStart);
  };
});
function getTupleOptStart(items, key) {
  for (let i = items.length - 1; i >= 0; i--) {
    const omittable = key === "optin" ? items[i]._zod.optin !== void 0 : items[i]._zod.optout === "optional";
    if (!omittable)
      return i + 1;
  }
  return 0;
}
function handleTupleResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
function handleTupleResults(itemResults, final, items, input, optoutStart) {
  for (let i = 0; i < items.length; i++) {
    const r = itemResults[i];
    const isPresent = i < input.length;
    if (!isPresent && i >= optoutStart && items[i]._zod.optin === "optional") {
      final.value.length = i;
      break;
    }
    if (r.issues.length) {
      if (!isPresent && i >= optoutStart) {
        final.value.length = i;
        break;
      }
      final.issues.push(...prefixIssues(i, r.issues));
    }
    final.value[i] = r.value;
  }
  for (let i = final.value.length - 1; i >= input.length; i--) {
    if (items[i]._zod.optout === "optional" && final.value[i] === void 0) {
      final.value.length = i;
    } else {
      break;
    }
  }
  return final;
}
var $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
  $ZodType.init(inst, def);
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!isPlainObject(input)) {
      payload.issues.push({
        expected: "record",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    const proms = [];
    const values = def.keyType._zod.values;
    if (values && !def.partial) {
      payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
      const recordKeys = /* @__PURE__ */ new Set();
      for (const key of values) {
        if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
          recordKeys.add(typeof key === "number" ? key.toString() : key);
          if (key === "__proto__")
            continue;
          const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
          if (keyResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (keyResult.issues.length) {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
            continue;
          }
          const outKey = keyResult.value;
          if (outKey === "__proto__")
            continue;
          const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
          if (result instanceof Promise) {
            proms.push(result.then((result2) => {
              if (result2.issues.length) {
                payload.issues.push(...prefixIssues(key, result2.issues));
              }
              payload.value[outKey] = result2.value;
            }));
          } else {
            if (result.issues.length) {
              payload.issues.push(...prefixIssues(key, result.issues));
            }
            payload.value[outKey] = result.value;
          }
        }
      }
      let unrecognized;
      for (const key in input) {
        if (!recordKeys.has(key)) {
          if (def.mode === "loose") {
            if (key === "__proto__")
              continue;
            payload.value[key] = input[key];
          } else {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          }
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    } else {
      payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
      let unrecognized;
      for (const key of Reflect.ownKeys(input)) {
        if (key === "__proto__")
          continue;
        if (!Object.prototype.propertyIsEnumerable.call(input, key))
          continue;
        let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
        if (keyResult instanceof Promise) {
          throw new Error("Async schemas not supported in object keys currently");
        }
        const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
        if (checkNumericKey) {
          const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
          if (retryResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (retryResult.issues.length === 0) {
            keyResult = retryResult;
          }
        }
        if (keyResult.issues.length) {
          if (def.mode === "loose") {
            payload.value[key] = input[key];
          } else if (values) {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          } else {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
          }
          continue;
        }
        const outKey = keyResult.value;
        if (outKey === "__proto__")
          continue;
        const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
        if (result instanceof Promise) {
          proms.push(result.then((result2) => {
            if (result2.issues.length) {
              payload.issues.push(...prefixIssues(key, result2.issues));
            }
            payload.value[outKey] = result2.value;
          }));
        } else {
          if (result.issues.length) {
            payload.issues.push(...prefixIssues(key, result.issues));
          }
          payload.value[outKey] = result.value;
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
});
var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
  $ZodType.init(inst, def);
  const values = getEnumValues(def.entries);
  const valuesSet = new Set(values);
  inst._zod.values = valuesSet;
  defineLazyInternal(inst, "pattern", (zod) => {
    const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
    return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (valuesSet.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values,
      input,
      inst
    });
    return payload;
  };
});
var $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
  $ZodType.init(inst, def);
  const values = new Set(def.values);
  inst._zod.values = values;
  defineLazyInternal(inst, "pattern", (zod) => {
    const vals = zod.def.values;
    return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (values.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values: def.values,
      input,
      inst
    });
    return payload;
  };
});
var $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "optional";
  globalConfig.memoizer?.guard(inst);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    const _out = def.transform(payload.value, payload);
    if (ctx.async) {
      const output = _out instanceof Promise ? _out : Promise.resolve(_out);
      return output.then((output2) => {
        payload.value = output2;
        return payload;
      });
    }
    if (_out instanceof Promise) {
      throw new $ZodAsyncError();
    }
    payload.value = _out;
    return payload;
  };
});
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  inst._zod.optout = "optional";
  defineLazyInternal(inst, "values", (zod) => {
    const values = zod.def.innerType._zod.values;
    return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === void 0) {
      if (def.innerType._zod.optin !== "defaulted")
        return payload;
      const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      if (result instanceof Promise)
        return result.then((result2) => handleOptionalResult(payload, result2));
      return handleOptionalResult(payload, result);
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
  });
  defineLazyInternal(inst, "values", (zod) => {
    return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === null)
      return payload;
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
      return payload;
    }
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleDefaultResult(result2, def));
    }
    return handleDefaultResult(result, def);
  };
});
function handleDefaultResult(payload, def) {
  if (payload.value === void 0) {
    payload.value = def.defaultValue;
  }
  return payload;
}
var $ZodPrefault = /* @__PURE__ */ $constructor("$ZodPrefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      const right = def.out._zod.run(payload, ctx);
      if (right instanceof Promise) {
        return right.then((right2) => handlePipeResult(right2, def.in, ctx));
      }
      return handlePipeResult(right, def.in, ctx);
    }
    const left = def.in._zod.run(payload, ctx);
    if (left instanceof Promise) {
      return left.then((left2) => handlePipeResult(left2, def.out, ctx));
    }
    return handlePipeResult(left, def.out, ctx);
  };
});
function handlePipeResult(left, next, ctx) {
  if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
    left.aborted = true;
    return left;
  }
  return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
var $ZodLazy = /* @__PURE__ */ $constructor("$ZodLazy", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazy(inst._zod, "innerType", () => {
    const d = def;
    if (!d._cachedInner)
      d._cachedInner = def.getter();
    return d._cachedInner;
  });
  defineLazyInternal(inst, "pattern", (zod) => zod.innerType?._zod?.pattern);
  defineLazyInternal(inst, "propValues", (zod) => zod.innerType?._zod?.propValues);
  defineLazyInternal(inst, "optin", (zod) => zod.innerType?._zod?.optin ?? void 0);
  defineLazyInternal(inst, "optout", (zod) => zod.innerType?._zod?.optout ?? void 0);
  inst._zod.parse = (payload, ctx) => {
    const inner = inst._zod.innerType;
    return inner._zod.run(payload, ctx);
  };
});
var $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
  $ZodCheck.init(inst, def);
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _) => {
    return payload;
  };
  inst._zod.check = (payload) => {
    const input = payload.value;
    const r = def.fn(input);
    if (r instanceof Promise) {
      return r.then((r2) => handleRefineResult(r2, payload, input, inst));
    }
    handleRefineResult(r, payload, input, inst);
    return;
  };
});
function handleRefineResult(result, payload, input, inst) {
  if (!result) {
    const _iss = {
      code: "custom",
      input,
      inst,
      // incorporates params.error into issue reporting
      path: [...inst._zod.def.path ?? []],
      // incorporates params.error into issue reporting
      continue: !inst._zod.def.abort
      // params: inst._zod.def.params,
    };
    if (inst._zod.def.params)
      _iss.params = inst._zod.def.params;
    payload.issues.push(issue(_iss));
  }
}

// node_modules/zod/v4/locales/en.js
var error = () => {
  const Sizable = {
    string: { unit: "characters", verb: "to have" },
    file: { unit: "bytes", verb: "to have" },
    array: { unit: "items", verb: "to have" },
    set: { unit: "items", verb: "to have" },
    map: { unit: "entries", verb: "to have" }
  };
  function getSizing(origin) {
    return Sizable[origin] ?? null;
  }
  const FormatDictionary = {
    regex: "input",
    email: "email address",
    url: "URL",
    emoji: "emoji",
    uuid: "UUID",
    uuidv4: "UUIDv4",
    uuidv6: "UUIDv6",
    nanoid: "nanoid",
    guid: "GUID",
    cuid: "cuid",
    cuid2: "cuid2",
    ulid: "ULID",
    xid: "XID",
    ksuid: "KSUID",
    datetime: "ISO datetime",
    date: "ISO date",
    time: "ISO time",
    duration: "ISO duration",
    ipv4: "IPv4 address",
    ipv6: "IPv6 address",
    mac: "MAC address",
    cidrv4: "IPv4 range",
    cidrv6: "IPv6 range",
    base64: "base64-encoded string",
    base64url: "base64url-encoded string",
    json_string: "JSON string",
    e164: "E.164 number",
    currency_code: "currency code",
    credit_card: "credit card number",
    iban: "IBAN",
    jwt: "JWT",
    template_literal: "input"
  };
  const TypeDictionary = {
    // Compatibility: "nan" -> "NaN" for display
    nan: "NaN"
    // All other type names omitted - they fall back to raw values via ?? operator
  };
  function getTypeName(type2, input) {
    if (type2 === "number" && typeof input === "number" && !Number.isFinite(input)) {
      return String(input);
    }
    return TypeDictionary[type2] ?? type2;
  }
  return (issue2) => {
    switch (issue2.code) {
      case "invalid_type": {
        const expected = getTypeName(issue2.expected);
        const receivedType = parsedType(issue2.input);
        const received = getTypeName(receivedType, issue2.input);
        return `Invalid input: expected ${expected}, received ${received}`;
      }
      case "invalid_value":
        if (issue2.values.length === 1)
          return `Invalid input: expected ${stringifyPrimitive(issue2.values[0])}`;
        return `Invalid option: expected one of ${joinValues(issue2.values, "|")}`;
      case "too_big": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? "<=" : "<";
        const sizing = getSizing(issue2.origin);
        if (sizing)
          return `Too big: expected ${issue2.origin ?? "value"} to have ${adj}${issue2.maximum.toString()} ${sizing.unit ?? "elements"}`;
        return `Too big: expected ${issue2.origin ?? "value"} to be ${adj}${issue2.maximum.toString()}`;
      }
      case "too_small": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? ">=" : ">";
        const sizing = getSizing(issue2.origin);
        if (sizing) {
          return `Too small: expected ${issue2.origin} to have ${adj}${issue2.minimum.toString()} ${sizing.unit}`;
        }
        return `Too small: expected ${issue2.origin} to be ${adj}${issue2.minimum.toString()}`;
      }
      case "invalid_format": {
        const _issue = issue2;
        if (_issue.format === "starts_with") {
          return `Invalid string: must start with "${_issue.prefix}"`;
        }
        if (_issue.format === "ends_with")
          return `Invalid string: must end with "${_issue.suffix}"`;
        if (_issue.format === "includes")
          return `Invalid string: must include "${_issue.includes}"`;
        if (_issue.format === "regex")
          return `Invalid string: must match pattern ${_issue.pattern}`;
        return `Invalid ${FormatDictionary[_issue.format] ?? issue2.format}`;
      }
      case "not_multiple_of":
        return `Invalid number: must be a multiple of ${issue2.divisor}`;
      case "unrecognized_keys":
        return `Unrecognized key${issue2.keys.length > 1 ? "s" : ""}: ${joinValues(issue2.keys, ", ")}`;
      case "invalid_key":
        return `Invalid key in ${issue2.origin}`;
      case "invalid_union":
        if (issue2.options && Array.isArray(issue2.options) && issue2.options.length > 0) {
          const opts = issue2.options.map((o) => `'${o}'`).join(" | ");
          return `Invalid discriminator value. Expected ${opts}`;
        }
        if (issue2.inclusive === false) {
          return "Invalid input: more than one option matched";
        }
        return "Invalid input";
      case "invalid_element":
        return `Invalid value in ${issue2.origin}`;
      default:
        return `Invalid input`;
    }
  };
};
function en_default() {
  return {
    localeError: error()
  };
}

// node_modules/zod/v4/core/registries.js
var _a2;
var $ZodRegistry = class {
  constructor() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
  }
  add(schema2, ..._meta) {
    const meta2 = _meta[0];
    this._map.set(schema2, meta2);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.set(meta2.id, schema2);
    }
    return this;
  }
  clear() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
    return this;
  }
  remove(schema2) {
    const meta2 = this._map.get(schema2);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.delete(meta2.id);
    }
    this._map.delete(schema2);
    return this;
  }
  get(schema2) {
    const p = schema2._zod.parent;
    if (p) {
      const pm = { ...this.get(p) ?? {} };
      delete pm.id;
      const f = { ...pm, ...this._map.get(schema2) };
      return Object.keys(f).length ? f : void 0;
    }
    return this._map.get(schema2);
  }
  has(schema2) {
    return this._map.has(schema2);
  }
};
function registry() {
  return new $ZodRegistry();
}
(_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
var globalRegistry = globalThis.__zod_globalRegistry;

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
  return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _url(Class, params) {
  return new Class({
    type: "string",
    format: "url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
  return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
  return new Class({
    type: "number",
    check: "number_format",
    abort: false,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
  return new Class({
    type: "boolean",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _null2(Class, params) {
  return new Class({
    type: "null",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
  return new Class({
    type: "unknown"
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
  return new Class({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _positive(params) {
  return /* @__PURE__ */ _gt(0, params);
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
  const ch = new $ZodCheckMaxLength({
    check: "max_length",
    ...normalizeParams(params),
    maximum
  });
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
  return new $ZodCheckLengthEquals({
    check: "length_equals",
    ...normalizeParams(params),
    length
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
  const schema2 = new Class({
    type: "custom",
    check: "custom",
    fn,
    ...normalizeParams(_params)
  });
  return schema2;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
  const ch = /* @__PURE__ */ _check((payload) => {
    payload.addIssue = (issue2) => {
      if (typeof issue2 === "string") {
        payload.issues.push(issue(issue2, payload.value, ch._zod.def));
      } else {
        const _issue = issue2;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = ch);
        _issue.continue ?? (_issue.continue = !ch._zod.def.abort);
        payload.issues.push(issue(_issue));
      }
    };
    return fn(payload.value, payload);
  }, params);
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
  const ch = new $ZodCheck({
    check: "custom",
    ...normalizeParams(params)
  });
  ch._zod.check = fn;
  return ch;
}
// @__NO_SIDE_EFFECTS__
function describe(description) {
  const ch = new $ZodCheck({ check: "describe" });
  ch._zod.onattach = [
    (inst) => {
      const existing = globalRegistry.get(inst) ?? {};
      globalRegistry.add(inst, { ...existing, description });
    }
  ];
  ch._zod.check = () => {
  };
  return ch;
}

// node_modules/zod/v4/mini/schemas.js
var ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
  if (!inst._zod)
    throw new Error("Uninitialized schema in ZodMiniType.");
  $ZodType.init(inst, def);
  inst.def = def;
  inst.type = def.type;
}, {
  // `with` is an alias for `check`: the same function object, not a wrapper.
  get with() {
    return this.check;
  },
  set with(value) {
    own(this, "with", value);
  },
  parse(data, params) {
    return parse(this, data, params, { callee: this.parse });
  },
  parseAsync(data, params) {
    return parseAsync(this, data, params, { callee: this.parseAsync });
  },
  safeParse(data, params) {
    return safeParse(this, data, params);
  },
  safeParseAsync(data, params) {
    return safeParseAsync(this, data, params);
  },
  check(...checks) {
    const def = this.def;
    return this.clone({
      ...def,
      checks: [
        ...def.checks ?? [],
        ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }, { parent: true });
  },
  clone(_def, params) {
    return clone(this, _def, params);
  },
  brand() {
    return this;
  },
  register(reg, meta2) {
    reg.add(this, meta2);
    return this;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  }
});
var ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
  $ZodString.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function string2(params) {
  return _string(ZodMiniString, params);
}
var ZodMiniStringFormat = /* @__PURE__ */ $constructor("ZodMiniStringFormat", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  ZodMiniString.init(inst, def);
});
var ZodMiniURL = /* @__PURE__ */ $constructor("ZodMiniURL", (inst, def) => {
  $ZodURL.init(inst, def);
  ZodMiniStringFormat.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function url(params) {
  return _url(ZodMiniURL, params);
}
var ZodMiniNumber = /* @__PURE__ */ $constructor("ZodMiniNumber", (inst, def) => {
  $ZodNumber.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function number2(params) {
  return _number(ZodMiniNumber, params);
}
var ZodMiniNumberFormat = /* @__PURE__ */ $constructor("ZodMiniNumberFormat", (inst, def) => {
  $ZodNumberFormat.init(inst, def);
  ZodMiniNumber.init(inst, def);
});
function int(params) {
  return _int(ZodMiniNumberFormat, params);
}
var ZodMiniBoolean = /* @__PURE__ */ $constructor("ZodMiniBoolean", (inst, def) => {
  $ZodBoolean.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function boolean2(params) {
  return _boolean(ZodMiniBoolean, params);
}
var ZodMiniNull = /* @__PURE__ */ $constructor("ZodMiniNull", (inst, def) => {
  $ZodNull.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function _null3(params) {
  return _null2(ZodMiniNull, params);
}
var ZodMiniUnknown = /* @__PURE__ */ $constructor("ZodMiniUnknown", (inst, def) => {
  $ZodUnknown.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function unknown() {
  return _unknown(ZodMiniUnknown);
}
var ZodMiniNever = /* @__PURE__ */ $constructor("ZodMiniNever", (inst, def) => {
  $ZodNever.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function never(params) {
  return _never(ZodMiniNever, params);
}
var ZodMiniArray = /* @__PURE__ */ $constructor("ZodMiniArray", (inst, def) => {
  $ZodArray.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function array(element, params) {
  return new ZodMiniArray({
    type: "array",
    element,
    ...normalizeParams(params)
  });
}
var ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
  $ZodObject.init(inst, def);
  ZodMiniType.init(inst, def);
  installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
});
// @__NO_SIDE_EFFECTS__
function object(shape, params) {
  const def = {
    type: "object",
    shape: shape ?? {},
    ...normalizeParams(params)
  };
  return new ZodMiniObject(def);
}
// @__NO_SIDE_EFFECTS__
function strictObject(shape, params) {
  return new ZodMiniObject({
    type: "object",
    shape,
    catchall: /* @__PURE__ */ never(),
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function extend2(schema2, shape) {
  return extend(schema2, shape);
}
// @__NO_SIDE_EFFECTS__
function pick2(schema2, mask) {
  return pick(schema2, mask);
}
// @__NO_SIDE_EFFECTS__
function catchall(inst, catchall2) {
  return inst.clone(mergeDefs(inst._zod.def, { catchall: catchall2 }));
}
var ZodMiniUnion = /* @__PURE__ */ $constructor("ZodMiniUnion", (inst, def) => {
  $ZodUnion.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function union(options, params) {
  return new ZodMiniUnion({
    type: "union",
    options,
    ...normalizeParams(params)
  });
}
var ZodMiniDiscriminatedUnion = /* @__PURE__ */ $constructor("ZodMiniDiscriminatedUnion", (inst, def) => {
  $ZodDiscriminatedUnion.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function discriminatedUnion(discriminator, options, params) {
  return new ZodMiniDiscriminatedUnion({
    type: "union",
    options,
    discriminator,
    ...normalizeParams(params)
  });
}
var ZodMiniTuple = /* @__PURE__ */ $constructor("ZodMiniTuple", (inst, def) => {
  $ZodTuple.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function tuple(items, _paramsOrRest, _params) {
  const hasRest = _paramsOrRest instanceof $ZodType;
  const params = hasRest ? _params : _paramsOrRest;
  const rest = hasRest ? _paramsOrRest : null;
  return new ZodMiniTuple({
    type: "tuple",
    items,
    rest,
    ...normalizeParams(params)
  });
}
var ZodMiniRecord = /* @__PURE__ */ $constructor("ZodMiniRecord", (inst, def) => {
  $ZodRecord.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function record(keyType, valueType, params) {
  if (!valueType || !valueType._zod) {
    return new ZodMiniRecord({
      type: "record",
      keyType: /* @__PURE__ */ string2(),
      valueType: keyType,
      ...normalizeParams(valueType)
    });
  }
  return new ZodMiniRecord({
    type: "record",
    keyType,
    valueType,
    ...normalizeParams(params)
  });
}
var ZodMiniEnum = /* @__PURE__ */ $constructor("ZodMiniEnum", (inst, def) => {
  $ZodEnum.init(inst, def);
  ZodMiniType.init(inst, def);
  inst.options = [...inst._zod.values];
});
// @__NO_SIDE_EFFECTS__
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodMiniEnum({
    type: "enum",
    entries,
    ...normalizeParams(params)
  });
}
var ZodMiniLiteral = /* @__PURE__ */ $constructor("ZodMiniLiteral", (inst, def) => {
  $ZodLiteral.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function literal(value, params) {
  return new ZodMiniLiteral({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...normalizeParams(params)
  });
}
var ZodMiniTransform = /* @__PURE__ */ $constructor("ZodMiniTransform", (inst, def) => {
  $ZodTransform.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function transform(fn) {
  return new ZodMiniTransform({
    type: "transform",
    transform: fn
  });
}
var ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}
var ZodMiniNullable = /* @__PURE__ */ $constructor("ZodMiniNullable", (inst, def) => {
  $ZodNullable.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function nullable(innerType) {
  return new ZodMiniNullable({
    type: "nullable",
    innerType
  });
}
var ZodMiniDefault = /* @__PURE__ */ $constructor("ZodMiniDefault", (inst, def) => {
  $ZodDefault.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function _default(innerType, defaultValue) {
  return new ZodMiniDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
    }
  });
}
var ZodMiniPrefault = /* @__PURE__ */ $constructor("ZodMiniPrefault", (inst, def) => {
  $ZodPrefault.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function prefault(innerType, defaultValue) {
  return new ZodMiniPrefault({
    type: "prefault",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
    }
  });
}
var ZodMiniPipe = /* @__PURE__ */ $constructor("ZodMiniPipe", (inst, def) => {
  $ZodPipe.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function pipe(in_, out) {
  return new ZodMiniPipe({
    type: "pipe",
    in: in_,
    out
  });
}
var ZodMiniLazy = /* @__PURE__ */ $constructor("ZodMiniLazy", (inst, def) => {
  $ZodLazy.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function _lazy(getter) {
  return new ZodMiniLazy({
    type: "lazy",
    getter
  });
}
var ZodMiniCustom = /* @__PURE__ */ $constructor("ZodMiniCustom", (inst, def) => {
  $ZodCustom.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function refine(fn, _params = {}) {
  return _refine(ZodMiniCustom, fn, _params);
}
// @__NO_SIDE_EFFECTS__
function superRefine(fn, params) {
  return _superRefine(fn, params);
}
var describe2 = describe;

// lib/zod.ts
config(en_default());

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
  const date2 = new Date(Date.UTC(2e3, month - 1, day, hour, minute, second, millisecond));
  date2.setUTCFullYear(year);
  return date2.getTime() - parts.offsetMinutes * 6e4;
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
function parseIsoTemporal(type2, text) {
  return type2 === "date" ? parseIsoDate(text) : parseIsoDatetime(text, false) ?? parseIsoDate(text);
}
function createTemporalParser(type2, format) {
  if (format === "default") {
    return type2 === "date" ? parseIsoDate : (text) => parseIsoDatetime(text, false);
  }
  if (format === "any") {
    const fallbacks = anyDatePatterns.flatMap(
      (datePattern) => (type2 === "date" ? [""] : anyTimeSuffixes).map((suffix) => compilePattern(datePattern + suffix))
    );
    return (text) => {
      const iso = parseIsoDate(text) ?? (type2 === "datetime" ? parseIsoDatetime(text, true) : void 0);
      if (iso !== void 0) return iso;
      for (const parse2 of fallbacks) {
        const value = parse2(text);
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
  const share = number2().check(_gte(0), _lte(1));
  const shareBounds = boundsOf(share);
  const quantileBounds = boundsOf(number2());
  const quantileKey = string2();
  const fieldChecks = strictObject({
    maxMissingShare: optional(share).check(describe2("Largest share (0..1) of missing values allowed in the column.")),
    quantiles: optional(record(quantileKey, quantileBounds)).check(
      describe2(
        'Bounds for quantiles of the column, keyed by quantile: { "0.5": { min: 10, max: 20 } }.'
      )
    ),
    categoryShares: optional(record(string2(), shareBounds)).check(
      describe2('Bounds (0..1) on the share of rows holding each value: { "churned": { max: 0.3 } }.')
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
    describe2("Trainyard's checks on the column as a whole.")
  );
  const baseConstraints = {
    required: optional(boolean2()).check(describe2("Every row must have a value (not one of missingValues).")),
    unique: optional(boolean2()).check(describe2("No two rows may have the same value."))
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
  const regexPattern = string2().check(
    superRefine((pattern, context) => {
      try {
        compileFieldPattern(pattern);
      } catch (error2) {
        let reason = error2 instanceof Error ? error2.message.replace(/^.*: /, "") : String(error2);
        if (reason === "Invalid escape")
          reason += " (only characters with a meaning, such as \\. or \\(, may be escaped)";
        context.addIssue({
          code: "custom",
          message: `expected a valid regular expression, got ${JSON.stringify(pattern)}: ${reason}`
        });
      }
    })
  );
  function isoTemporal(type2) {
    const wanted = type2 === "date" ? "an ISO 8601 date (YYYY-MM-DD)" : "an ISO 8601 date-time (YYYY-MM-DDTHH:MM:SSZ)";
    return string2().check(
      superRefine((text, context) => {
        if (parseIsoTemporal(type2, text) === void 0) {
          context.addIssue({ code: "custom", message: `expected ${wanted}, got ${JSON.stringify(text)}` });
        }
      })
    );
  }
  function compareIsoTemporal(type2) {
    return (a, b) => (parseIsoTemporal(type2, a) ?? 0) - (parseIsoTemporal(type2, b) ?? 0);
  }
  const enumOf = (value) => optional(array(value).check(_minLength(1))).check(describe2("The only values allowed."));
  const stringConstraints = strictObject({
    ...baseConstraints,
    minLength: optional(length),
    maxLength: optional(length),
    pattern: optional(regexPattern).check(describe2("Regular expression the whole value must match.")),
    enum: enumOf(string2())
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
  const numberConstraints = orderedConstraints(number2(), compareNumbers);
  const booleanConstraints = strictObject({ ...baseConstraints, enum: enumOf(boolean2()) });
  const dateConstraints = orderedConstraints(isoTemporal("date"), compareIsoTemporal("date"));
  const datetimeConstraints = orderedConstraints(isoTemporal("datetime"), compareIsoTemporal("datetime"));
  const temporalFormat = _default(
    string2().check(
      superRefine((format, context) => {
        if (format === "default" || format === "any") return;
        const parsed = parseTemporalPattern(format);
        if (parsed.problem !== void 0) context.addIssue({ code: "custom", message: parsed.problem });
      })
    ),
    "default"
  ).check(
    describe2('"default" (ISO 8601), "any", or a pattern such as "%d/%m/%Y" or "%Y-%m-%d %H:%M:%S".')
  );
  const commonField = {
    name: string2().check(_minLength(1), describe2("The column's name, as in the data's header.")),
    title: optional(string2()),
    description: optional(string2())
  };
  const defaultFormatOnly = _default(literal("default"), "default");
  const bareNumber = _default(boolean2(), true).check(describe2("false: allow text around the number, as in 95% or $10."));
  const oneCharacter = string2().check(_length(1));
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
    trueValues: _default(array(string2()).check(_minLength(1)), [...defaultTrueValues]),
    falseValues: _default(array(string2()).check(_minLength(1)), [...defaultFalseValues]),
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
    rows: optional(boundsOf(countBound)).check(describe2("Bounds on the number of data rows."))
  }).check(describe2("Trainyard's checks on the table as a whole."));
  const tableSchema2 = strictObject({
    $schema: optional(string2()).check(describe2("URL of this file's JSON Schema, for editors.")),
    fields: array(fieldSchema2).check(_minLength(1), describe2("The columns, in order.")),
    missingValues: _default(array(string2()), [...defaultMissingValues]).check(describe2('Cell texts that mean "no value" (default [""]).')),
    primaryKey: optional(union([string2(), array(string2()).check(_minLength(1))])).check(describe2("Field name(s) whose values together identify a row: unique and never missing.")),
    checks: _default(tableChecks, {})
  }).check(
    superRefine((schema2, context) => {
      const firstIndexByName = /* @__PURE__ */ new Map();
      schema2.fields.forEach((field, index) => {
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
      const { primaryKey } = schema2;
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

// lib/stats/quantile-sketch.ts
var QuantileSketch = class _QuantileSketch {
  constructor(k = 400, seed = 24301) {
    this.k = k;
    if (!Number.isInteger(k) || k < 8)
      throw new Error(`quantile sketch: k must be an integer of at least 8, got ${k}`);
    this.randomState = seed >>> 0 || 1;
  }
  k;
  levels = [[]];
  count = 0;
  minimum = Number.POSITIVE_INFINITY;
  maximum = Number.NEGATIVE_INFINITY;
  randomState;
  capacityByDepth = [];
  get size() {
    return this.count;
  }
  get min() {
    return this.minimum;
  }
  get max() {
    return this.maximum;
  }
  /** Rank error the sketch promises (as a share of n) with high probability. */
  get rankError() {
    return 1.7 / this.k;
  }
  add(value) {
    if (Number.isNaN(value)) return;
    this.count += 1;
    if (value < this.minimum) this.minimum = value;
    if (value > this.maximum) this.maximum = value;
    this.levels[0].push(value);
    if (this.levels[0].length >= this.capacity(0)) this.compress();
  }
  /** The value at quantile q (0 ≤ q ≤ 1); NaN for an empty sketch. q 0 and 1 are exact (min, max). */
  quantile(q) {
    if (this.count === 0) return Number.NaN;
    if (q <= 0) return this.minimum;
    if (q >= 1) return this.maximum;
    const items = this.weightedItems();
    const target = q * this.count;
    let cumulative = 0;
    for (const [value, weight] of items) {
      cumulative += weight;
      if (cumulative >= target) return value;
    }
    return this.maximum;
  }
  /** Share of values ≤ x (the empirical CDF), within the same rank error. */
  cdf(x) {
    if (this.count === 0) return Number.NaN;
    let below = 0;
    for (const [value, weight] of this.weightedItems()) if (value <= x) below += weight;
    return below / this.count;
  }
  /** Folds another sketch (same k) into this one: profiles of shards merge into one. */
  merge(other) {
    if (other.k !== this.k) throw new Error(`quantile sketch: cannot merge k=${other.k} into k=${this.k}`);
    other.levels.forEach((level, height) => {
      while (this.levels.length <= height) this.levels.push([]);
      this.levels[height].push(...level);
    });
    this.count += other.count;
    this.minimum = Math.min(this.minimum, other.minimum);
    this.maximum = Math.max(this.maximum, other.maximum);
    for (let h = 0; h < this.levels.length; h++)
      if (this.levels[h].length >= this.capacity(h)) this.compress();
  }
  /** A JSON-able form, stored in model version metadata. */
  toJSON() {
    return {
      k: this.k,
      count: this.count,
      min: this.minimum,
      max: this.maximum,
      levels: this.levels.map((l) => [...l])
    };
  }
  static fromJSON(data) {
    const sketch = new _QuantileSketch(data.k);
    sketch.levels = data.levels.map((l) => [...l]);
    sketch.count = data.count;
    sketch.minimum = data.count === 0 ? Number.POSITIVE_INFINITY : data.min;
    sketch.maximum = data.count === 0 ? Number.NEGATIVE_INFINITY : data.max;
    return sketch;
  }
  /**
   * Level capacities shrink by 2/3 per level below the top, as KLL prescribes. Kept per depth:
   * once the sketch is tall, the bottom level's capacity is 2 and add() asks for it every value.
   */
  capacity(height) {
    const depth = this.levels.length - 1 - height;
    let capacity = this.capacityByDepth[depth];
    if (capacity === void 0) {
      capacity = Math.max(2, Math.ceil(this.k * (2 / 3) ** depth));
      this.capacityByDepth[depth] = capacity;
    }
    return capacity;
  }
  compress() {
    for (let h = 0; h < this.levels.length; h++) {
      const level = this.levels[h];
      if (level.length < this.capacity(h)) continue;
      if (h + 1 === this.levels.length) this.levels.push([]);
      level.sort((a, b) => a - b);
      const offset = this.nextRandomBit();
      const promoted = this.levels[h + 1];
      const keepOdd = level.length % 2 === 1 ? level.pop() : void 0;
      for (let i = offset; i < level.length; i += 2) promoted.push(level[i]);
      this.levels[h] = keepOdd === void 0 ? [] : [keepOdd];
    }
  }
  weightedItems() {
    const items = [];
    this.levels.forEach((level, height) => {
      const weight = 2 ** height;
      for (const value of level) items.push([value, weight]);
    });
    return items.sort((a, b) => a[0] - b[0]);
  }
  nextRandomBit() {
    let x = this.randomState;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.randomState = x >>> 0;
    return this.randomState & 1;
  }
};

// lib/drift/columns.ts
import path3 from "node:path";

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
  indexIn(column, set2) {
    return set2.indexOfText(this.text(column));
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
    } catch (error2) {
      problems.push({
        kind: "invalid-json",
        ...where,
        message: `not valid JSON: ${error2.message}`
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
      return import("./parquet-KZ6MDADC.js").then(({ readParquet }) => readParquet(file, options, onRow, onColumns));
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
  const globbing = mayBeGlob(pattern) ? await import("./dist-AL32SAFN.js") : void 0;
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
  const { glob } = globbing ?? await import("./dist-AL32SAFN.js");
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

// lib/schema/infer.ts
var booleanWords = /* @__PURE__ */ new Set(["true", "True", "TRUE", "false", "False", "FALSE"]);
var integerPattern = /^[+-]?(0|[1-9]\d*)$/;
var numberPattern = /^[+-]?(?:(?:0|[1-9]\d*)(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
var nonFiniteNumbers = /* @__PURE__ */ new Set(["NaN", "INF", "-INF", "+INF"]);
var parseIsoDate2 = createTemporalParser("date", "default");
var parseIsoDatetime2 = createTemporalParser("datetime", "default");
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
    if (this.couldBeDate && parseIsoDate2(text) === void 0) this.couldBeDate = false;
    if (this.couldBeDatetime && parseIsoDatetime2(text) === void 0) this.couldBeDatetime = false;
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
    if (this.counts && [...this.counts.values()].every((count2) => count2 >= enumMinCount)) {
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

// lib/drift/spill.ts
import fs from "node:fs";
import os from "node:os";
import path2 from "node:path";
var SPILL_BUFFER_VALUES = 1 << 16;
var READ_BYTES = 1 << 26;
var SpillFolder = class {
  /** `parent`: where the folder goes (default $RUNNER_TEMP, else the OS's temp folder). */
  constructor(parent = process.env.RUNNER_TEMP ?? os.tmpdir()) {
    this.parent = parent;
  }
  parent;
  directory;
  files = 0;
  removeOnExit = () => this.remove();
  /** The folder, when one was made and not yet removed. */
  get path() {
    return this.directory;
  }
  /** A new file's path in the folder (made now if need be). */
  newFile(name) {
    if (this.directory === void 0) {
      this.directory = fs.mkdtempSync(path2.join(this.parent, "trainyard-drift-"));
      process.once("exit", this.removeOnExit);
    }
    return path2.join(this.directory, `${++this.files}-${name.replace(/[^\w.-]+/g, "_")}.f64`);
  }
  /** Removes the folder and every file in it (safe to call more than once). */
  remove() {
    if (this.directory === void 0) return;
    process.removeListener("exit", this.removeOnExit);
    fs.rmSync(this.directory, { recursive: true, force: true });
    this.directory = void 0;
  }
};
var SpilledValues = class {
  constructor(file, bufferValues = SPILL_BUFFER_VALUES) {
    this.file = file;
    this.buffer = new Float64Array(bufferValues);
    fs.writeFileSync(file, new Uint8Array(0));
  }
  file;
  buffer;
  buffered = 0;
  done = false;
  /** Values written or buffered. */
  count = 0;
  add(value) {
    this.buffer[this.buffered++] = value;
    this.count++;
    if (this.buffered === this.buffer.length) this.flush();
  }
  addAll(values) {
    this.flush();
    this.append(values);
    this.count += values.length;
  }
  /** Every value, in the order added, in one array; the file is removed. */
  readAll() {
    const values = new Float64Array(this.count);
    this.eachChunk((chunk, offset) => values.set(chunk, offset));
    return values;
  }
  /** Calls `visit` with the values in order, a chunk at a time; the file is removed after. */
  eachChunk(visit) {
    this.flush();
    this.done = true;
    const reader = fs.openSync(this.file, "r");
    try {
      const chunk = new Float64Array(Math.min(this.count, READ_BYTES / 8));
      const bytes = new Uint8Array(chunk.buffer);
      let offset = 0;
      while (offset < this.count) {
        const take = Math.min(chunk.length, this.count - offset);
        let filled = 0;
        while (filled < take * 8) {
          const read = fs.readSync(reader, bytes, filled, take * 8 - filled, offset * 8 + filled);
          if (read === 0) throw new Error(`${this.file} ended after ${offset * 8 + filled} bytes`);
          filled += read;
        }
        visit(chunk.subarray(0, take), offset);
        offset += take;
      }
    } finally {
      fs.closeSync(reader);
      this.discard();
    }
  }
  /** Removes the file. */
  discard() {
    this.done = true;
    fs.rmSync(this.file, { force: true });
  }
  flush() {
    if (this.buffered === 0) return;
    this.append(this.buffer.subarray(0, this.buffered));
    this.buffered = 0;
  }
  append(values) {
    if (this.done) throw new Error(`${this.file} was already read back`);
    fs.appendFileSync(this.file, new Uint8Array(values.buffer, values.byteOffset, values.byteLength));
  }
};

// lib/drift/sample.ts
var MAX_EXACT_VALUES = 1024;
var DEFAULT_VALUE_BUDGET = 8 * (1 << 20);
var MAX_CATEGORIES = 1e4;
var MAX_SPILLED_VALUES = 1 << 25;
var SKETCH_K = 400;
var ValueBudget = class {
  constructor(remaining = DEFAULT_VALUE_BUDGET) {
    this.remaining = remaining;
  }
  remaining;
  take(values) {
    if (values > this.remaining) return false;
    this.remaining -= values;
    return true;
  }
  give(values) {
    this.remaining += values;
  }
};
var NumericCollector = class {
  constructor(budget = new ValueBudget(), spill) {
    this.budget = budget;
    this.spill = spill;
  }
  budget;
  spill;
  count = 0;
  missing = 0;
  mean = 0;
  squares = 0;
  minimum = Number.POSITIVE_INFINITY;
  maximum = Number.NEGATIVE_INFINITY;
  table = /* @__PURE__ */ new Map();
  raw = new Float64Array(0);
  spilled;
  sketch;
  add(value) {
    if (!Number.isFinite(value)) {
      this.missing++;
      return;
    }
    const n = ++this.count;
    const delta = value - this.mean;
    this.mean += delta / n;
    this.squares += delta * (value - this.mean);
    if (value < this.minimum) this.minimum = value;
    if (value > this.maximum) this.maximum = value;
    const table = this.table;
    if (table !== void 0) {
      table.set(value, (table.get(value) ?? 0) + 1);
      if (table.size <= MAX_EXACT_VALUES) {
        if (this.raw !== void 0 && !this.keep(value, n)) this.releaseRaw();
        return;
      }
      this.table = void 0;
      if (this.raw === void 0) {
        this.fromTable(table);
        return;
      }
    }
    if (this.raw !== void 0) {
      if (this.keep(value, n)) return;
      if (this.spill === void 0) this.toSketch();
      else this.startSpilling();
    }
    const spilled = this.spilled;
    if (spilled !== void 0) {
      if (spilled.count < this.spillLimit) {
        spilled.add(value);
        return;
      }
      this.toSketch();
    }
    this.sketch?.add(value);
  }
  /** Keeps the n-th value in memory, if the budget allows. */
  keep(value, n) {
    const raw = this.raw;
    if (n > raw.length && !this.grow(n)) return false;
    this.raw[n - 1] = value;
    return true;
  }
  releaseRaw() {
    this.budget.give(this.raw.length);
    this.raw = void 0;
  }
  /** Values of the column a spill file may hold. */
  get spillLimit() {
    return this.spill?.maxValues ?? MAX_SPILLED_VALUES;
  }
  openSpill(spill) {
    this.spilled = new SpilledValues(spill.folder.newFile(spill.name), spill.bufferValues);
    return this.spilled;
  }
  /** Moves the values kept so far to a spill file, and gives their memory back to the budget. */
  startSpilling() {
    this.openSpill(this.spill).addAll(this.raw.subarray(0, this.count - 1));
    this.releaseRaw();
  }
  /** The values so far, known only from the overflowing table (their order does not matter). */
  fromTable(table) {
    const spill = this.spill;
    if (spill !== void 0 && this.count <= this.spillLimit) {
      const spilled = this.openSpill(spill);
      for (const [value, count2] of table) for (let i = 0; i < count2; i++) spilled.add(value);
      return;
    }
    const sketch = new QuantileSketch(SKETCH_K);
    this.sketch = sketch;
    for (const [value, count2] of table) for (let i = 0; i < count2; i++) sketch.add(value);
  }
  addMissing() {
    this.missing++;
  }
  /** A sketch of the values so far (made from them when they were kept exactly). */
  toSketch() {
    if (this.sketch === void 0) {
      const sketch = new QuantileSketch(SKETCH_K);
      this.sketch = sketch;
      const kept = this.raw === void 0 ? 0 : Math.min(this.count, this.raw.length);
      for (let index = 0; index < kept; index++) sketch.add(this.raw[index]);
      this.spilled?.eachChunk((chunk) => {
        for (let index = 0; index < chunk.length; index++) sketch.add(chunk[index]);
      });
      this.spilled = void 0;
    }
    if (this.raw !== void 0) this.releaseRaw();
    return this.sketch;
  }
  /** The exact value table, as [value, count] pairs ascending, while the column has at most MAX_EXACT_VALUES distinct values. */
  valueTable() {
    if (this.table === void 0) return void 0;
    const { values, weights } = sortedTable(this.table);
    return Array.from(values, (value, index) => [value, weights[index]]);
  }
  moments() {
    const empty = this.count === 0;
    return {
      mean: empty ? Number.NaN : this.mean,
      std: empty ? Number.NaN : Math.sqrt(this.squares / this.count),
      min: empty ? Number.NaN : this.minimum,
      max: empty ? Number.NaN : this.maximum
    };
  }
  /** The sample (call it once: kept values are sorted in place, a spill file is read and removed). */
  finish() {
    const table = this.table;
    const base = { kind: "numerical", count: this.count, missing: this.missing, ...this.moments() };
    if (table !== void 0) {
      this.spilled?.discard();
      return { ...base, ...sortedTable(table), rankError: 0 };
    }
    const kept = this.raw?.subarray(0, this.count) ?? this.spilled?.readAll();
    if (kept !== void 0) return { ...base, ...runLengths(kept.sort()), rankError: 0 };
    const sketch = this.toSketch();
    return { ...base, ...weightedItems(sketch), rankError: sketch.rankError };
  }
  grow(needed) {
    const old = this.raw;
    const size = Math.max(1024, old.length * 2, needed);
    if (!this.budget.take(size - old.length)) return false;
    const grown = new Float64Array(size);
    grown.set(old);
    this.raw = grown;
    return true;
  }
};
var CategoricalCollector = class {
  constructor(maxCategories = MAX_CATEGORIES) {
    this.maxCategories = maxCategories;
  }
  maxCategories;
  count = 0;
  missing = 0;
  other = 0;
  counts = /* @__PURE__ */ new Map();
  add(value) {
    this.count++;
    const seen = this.counts.get(value);
    if (seen !== void 0) this.counts.set(value, seen + 1);
    else if (this.counts.size < this.maxCategories) this.counts.set(value, 1);
    else this.other++;
  }
  addMissing() {
    this.missing++;
  }
  finish() {
    return {
      kind: "categorical",
      counts: new Map(this.counts),
      other: this.other,
      count: this.count,
      missing: this.missing
    };
  }
};
function runLengths(sorted) {
  let distinct = 0;
  for (let index = 0; index < sorted.length; index++)
    if (index === 0 || sorted[index] !== sorted[index - 1]) distinct++;
  const weights = new Float64Array(distinct);
  if (distinct === sorted.length) return { values: sorted, weights: weights.fill(1) };
  let at = -1;
  let previous = Number.NaN;
  for (let index = 0; index < sorted.length; index++) {
    const value = sorted[index];
    if (index === 0 || value !== previous) sorted[++at] = value;
    previous = value;
    weights[at] = weights[at] + 1;
  }
  return { values: sorted.subarray(0, distinct), weights };
}
function sortedTable(table) {
  const values = Float64Array.from(table.keys()).sort();
  const weights = new Float64Array(values.length);
  for (let index = 0; index < values.length; index++)
    weights[index] = table.get(values[index]);
  return { values, weights };
}
function fromPairs(pairs2) {
  return {
    values: Float64Array.from(pairs2, (pair) => pair[0]),
    weights: Float64Array.from(pairs2, (pair) => pair[1])
  };
}
function weightedItems(sketch) {
  const items = [];
  sketch.toJSON().levels.forEach((level, height) => {
    for (const value of level) items.push([value, 2 ** height]);
  });
  items.sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const [value, weight] of items) {
    const last = merged.at(-1);
    if (last !== void 0 && last[0] === value) last[1] += weight;
    else merged.push([value, weight]);
  }
  return fromPairs(merged);
}

// lib/drift/columns.ts
var INFER_ROWS = 1e4;
async function collectColumns(sources, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  if (sources.length === 0) throw new ConfigError("no data files given");
  const files = await expandSources([...sources], cwd);
  const absolute = files.map((file) => path3.resolve(cwd, file));
  const missingValues = [...options.schema?.missingValues ?? defaultMissingValues];
  const plan = options.schema ? planFromFields(options.schema.fields) : options.features ? { definitions: options.features.map((feature) => ({ ...feature })), skipped: [] } : await inferPlan(absolute, missingValues);
  const wanted = options.columns ? new Set(options.columns) : void 0;
  if (wanted) {
    const known = /* @__PURE__ */ new Set([...plan.definitions.map((d) => d.name), ...plan.skipped.map((s) => s.name)]);
    const unknown2 = [...wanted].filter((name) => !known.has(name));
    if (unknown2.length > 0)
      throw new ConfigError(
        `no column ${unknown2.map((name) => JSON.stringify(name)).join(", ")} in the data`,
        {
          field: "columns"
        }
      );
  }
  const budget = new ValueBudget(options.valueBudget);
  const numericColumns = plan.definitions.filter((definition) => definition.kind === "numerical").length;
  const bufferValues = Math.min(
    SPILL_BUFFER_VALUES,
    Math.max(1024, Math.floor((options.valueBudget ?? DEFAULT_VALUE_BUDGET) / Math.max(numericColumns, 1)))
  );
  const spillOf = (name) => options.spill === void 0 ? void 0 : {
    folder: options.spill,
    name,
    bufferValues,
    ...options.maxSpilledValues === void 0 ? {} : { maxValues: options.maxSpilledValues }
  };
  const features = plan.definitions.filter((definition) => wanted === void 0 || wanted.has(definition.name)).map(
    (definition) => definition.kind === "numerical" ? {
      ...definition,
      kind: "numerical",
      collector: new NumericCollector(budget, spillOf(definition.name))
    } : { ...definition, kind: "categorical", collector: new CategoricalCollector() }
  );
  const skipped = plan.skipped.filter((column) => wanted === void 0 || wanted.has(column.name));
  const fieldsByName = new Map(options.schema?.fields.map((field) => [field.name, field]));
  const readers = features.map((feature) => cellReader(feature, fieldsByName.get(feature.name)));
  let rows = 0;
  for (const file of absolute) {
    let indexes = features.map(() => -1);
    const defaults = new RowViewWithDefaults();
    const onBatch = (view2, count2) => {
      for (let at = 0; at < count2; at++) {
        view2.select(at);
        for (let feature = 0; feature < readers.length; feature++)
          readers[feature](view2, indexes[feature]);
      }
    };
    let lastRow;
    let view = defaults;
    const result = await readData(
      file,
      { missingValues, columns: features.map((feature) => feature.name), onBatch },
      (row) => {
        if (row !== lastRow) {
          lastRow = row;
          view = completeRowView(row, defaults);
        }
        onBatch(view, 1);
      },
      (columns) => {
        indexes = features.map((feature) => columns.indexOf(feature.name));
      }
    );
    rows += result.rows;
  }
  return { rows, files, features, skipped };
}
function cellReader(feature, field) {
  if (feature.kind === "numerical") {
    const collector2 = feature.collector;
    const parse2 = numberParser(field);
    return (row, column) => {
      if (column < 0 || column >= row.length || row.isMissing(column)) collector2.addMissing();
      else collector2.add(parse2(row, column));
    };
  }
  const collector = feature.collector;
  if (feature.type === "boolean") {
    const truthy = new TextSet(field?.type === "boolean" ? field.trueValues : ["true", "True", "TRUE", "1"]);
    const falsy = new TextSet(
      field?.type === "boolean" ? field.falseValues : ["false", "False", "FALSE", "0"]
    );
    return (row, column) => {
      if (column < 0 || column >= row.length || row.isMissing(column)) collector.addMissing();
      else if (row.indexIn(column, truthy) >= 0) collector.add("true");
      else if (row.indexIn(column, falsy) >= 0) collector.add("false");
      else collector.addMissing();
    };
  }
  return (row, column) => {
    if (column < 0 || column >= row.length || row.isMissing(column)) collector.addMissing();
    else collector.add(row.text(column));
  };
}
function numberParser(field) {
  if (field === void 0 || field.type !== "number" && field.type !== "integer")
    return (row, c) => row.number(c);
  const decimalChar = field.type === "number" ? field.decimalChar : ".";
  const { groupChar, bareNumber } = field;
  if (bareNumber && decimalChar === "." && groupChar === void 0) return (row, c) => row.number(c);
  return (row, column) => {
    let text = row.text(column).trim();
    if (groupChar !== void 0) text = text.split(groupChar).join("");
    if (decimalChar !== ".") text = text.split(decimalChar).join(".");
    if (!bareNumber) text = /[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(text)?.[0] ?? "";
    return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) ? Number(text) : Number.NaN;
  };
}
var KIND_OF_TYPE = {
  integer: "numerical",
  number: "numerical",
  year: "numerical",
  string: "categorical",
  boolean: "categorical",
  date: void 0,
  datetime: void 0
};
function planFromFields(fields) {
  const definitions = [];
  const skipped = [];
  for (const field of fields) {
    const kind = KIND_OF_TYPE[field.type];
    if (kind === void 0)
      skipped.push({ name: field.name, reason: `${field.type} columns are not checked for drift` });
    else definitions.push({ name: field.name, kind, type: field.type });
  }
  return { definitions, skipped };
}
async function inferPlan(files, missingValues) {
  const first = files[0];
  let inferrer;
  await readData(
    first,
    { missingValues, maxRows: INFER_ROWS },
    (row) => inferrer?.observeRow(row),
    (columns) => {
      inferrer = new TableSchemaInferrer(columns, { missingValues });
    }
  );
  if (inferrer === void 0) throw new ConfigError("no columns in the data", { file: first });
  return planFromFields(inferrer.fields());
}
function sampleOf(feature) {
  return feature.collector.finish();
}

// lib/drift/profile.ts
var count = int().check(_gte(0));
var statistic = nullable(number2());
var sketchJson = object({
  k: int().check(_gte(8)),
  count,
  min: number2(),
  max: number2(),
  levels: array(array(number2()))
});
var numericalFeatureProfile = object({
  name: string2(),
  kind: literal("numerical"),
  type: _enum(fieldTypes),
  count,
  missing: count,
  mean: statistic,
  std: statistic,
  min: statistic,
  max: statistic,
  /** [value, count] for each distinct value, ascending, when there are few enough; else null. */
  values: nullable(array(tuple([number2(), count]))),
  /** A KLL quantile sketch of the values, when `values` is null. */
  sketch: nullable(sketchJson)
});
var categoricalFeatureProfile = object({
  name: string2(),
  kind: literal("categorical"),
  type: _enum(fieldTypes),
  count,
  missing: count,
  /** [value, count], most frequent first (ties by value). */
  values: array(tuple([string2(), count])),
  /** Rows whose value was cut from the table. */
  other: count
});
var featureProfile = discriminatedUnion("kind", [
  numericalFeatureProfile,
  categoricalFeatureProfile
]);
var dataProfile = object({
  format: literal("trainyard.data-profile"),
  version: literal(1),
  /** Data rows profiled. */
  rows: count,
  /** The files read, as they were named. */
  files: array(string2()),
  features: array(featureProfile),
  /** Columns left out, and why (dates, for instance). */
  skipped: array(object({ name: string2(), reason: string2() }))
});
function profileDefinitions(profile) {
  return profile.features.map(({ name, kind, type: type2 }) => ({ name, kind, type: type2 }));
}
function sampleOfProfile(feature) {
  if (feature.kind === "categorical") {
    const sample = {
      kind: "categorical",
      counts: new Map(feature.values),
      other: feature.other,
      count: feature.count,
      missing: feature.missing
    };
    return sample;
  }
  const moments = {
    mean: feature.mean ?? Number.NaN,
    std: feature.std ?? Number.NaN,
    min: feature.min ?? Number.NaN,
    max: feature.max ?? Number.NaN
  };
  const base = { kind: "numerical", count: feature.count, missing: feature.missing, ...moments };
  if (feature.values !== null)
    return { ...base, ...fromPairs(feature.values), rankError: 0 };
  const sketch = QuantileSketch.fromJSON(
    feature.sketch ?? { k: 400, count: 0, min: Number.NaN, max: Number.NaN, levels: [[]] }
  );
  return { ...base, ...weightedItems(sketch), rankError: sketch.rankError };
}
async function readDataProfile(file) {
  const text = await readFile(file, "utf8").catch((error2) => {
    throw new ConfigError(`cannot read the profile: ${error2.code ?? error2.message}`, { file });
  });
  let data;
  try {
    data = JSON.parse(text);
  } catch (error2) {
    throw new ConfigError(`not JSON: ${error2.message}`, { file });
  }
  const inner = typeof data === "object" && data !== null && !("format" in data) && "dataProfile" in data ? data.dataProfile : data;
  const prefix = inner === data ? "" : "dataProfile.";
  const parsed = dataProfile.safeParse(inner);
  if (!parsed.success) {
    const issue2 = parsed.error.issues[0];
    const where = issue2 ? `${prefix}${issue2.path.join(".")}` : prefix;
    throw new ConfigError(`not a data profile: ${issue2?.message ?? "invalid"}`, {
      file,
      ...where ? { field: where } : {}
    });
  }
  return parsed.data;
}

// lib/yaml.ts
import { createRequire } from "node:module";
var loaded;
function yaml() {
  loaded ??= typeof __require === "function" ? __require("./yaml.cjs") : createRequire(import.meta.url)("yaml");
  return loaded;
}

// lib/config/located-document.ts
import { closeSync, fstatSync, openSync, readFileSync } from "node:fs";

// node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject2(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend3(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string3, count2) {
    let result = "";
    for (let cycle = 0; cycle < count2; cycle += 1) {
      result += string3;
    }
    return result;
  }
  function isNegativeZero(number3) {
    return number3 === 0 && Number.NEGATIVE_INFINITY === 1 / number3;
  }
  common.isNothing = isNothing;
  common.isObject = isObject2;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend3;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError2(exception2, compact) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError2(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError2(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position - maxHalfLength + head.length;
    }
    if (lineEnd - position > maxHalfLength) {
      tail = " ...";
      lineEnd = position + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string3, max) {
    return common2.repeat(" ", max - string3.length) + string3;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend3(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema2;
  return schema;
}
var str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null4;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null4;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object2) {
    return object2 === null;
  }
  _null4 = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null4;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object2) {
    return Object.prototype.toString.call(object2) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object2) {
        return object2 ? "true" : "false";
      },
      uppercase: function(object2) {
        return object2 ? "TRUE" : "FALSE";
      },
      camelcase: function(object2) {
        return object2 ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var int2;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return int2;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object2) {
    return Object.prototype.toString.call(object2) === "[object Number]" && (object2 % 1 === 0 && !common2.isNegativeZero(object2));
  }
  int2 = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return int2;
}
var float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object2, style) {
    if (isNaN(object2)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object2) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object2) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object2)) {
      return "-0.0";
    }
    const res = object2.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object2) {
    return Object.prototype.toString.call(object2) === "[object Number]" && (object2 % 1 !== 0 || common2.isNegativeZero(object2));
  }
  float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date2 = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date2.setTime(date2.getTime() - delta);
    return date2;
  }
  function representYamlTimestamp(object2) {
    return object2.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge2;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge2;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge2 = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge2;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map2.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object2) {
    let result = "";
    let bits = 0;
    const max = object2.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object2[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object2 = data;
    for (let index = 0, length = object2.length; index < length; index += 1) {
      const pair = object2[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object2 = data;
    const result = new Array(object2.length);
    for (let index = 0, length = object2.length; index < length; index += 1) {
      const pair = object2[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object2 = data;
    const result = new Array(object2.length);
    for (let index = 0, length = object2.length; index < length; index += 1) {
      const pair = object2[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object2 = data;
    for (const key in object2) {
      if (_hasOwnProperty.call(object2, key)) {
        if (object2[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default2;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default2;
  hasRequired_default = 1;
  _default2 = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default2;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "\x85";
      case 95:
        return "\xA0";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object2, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object2, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object2[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length2 = _result.length; _position < _length2; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count2) {
    if (count2 === 1) {
      state.result += " ";
    } else if (count2 > 1) {
      state.result += common2.repeat("\n", count2 - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string3 = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string3.length) + string3;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string3, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position = 0;
    let result = "";
    const length = string3.length;
    while (position < length) {
      let line;
      const next = string3.indexOf("\n", position);
      if (next === -1) {
        line = string3.slice(position);
        position = length;
      } else {
        line = string3.slice(position, next + 1);
        position = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str2)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string3, pos) {
    const first = string3.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string3.length) {
      second = string3.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string3) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string3);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string3, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string3, 0)) && isPlainSafeLast(codePointAt(string3, string3.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string3.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string3, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string3.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string3, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string3[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string3[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string3)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string3)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string3, level, iskey, inblock) {
    state.dump = (function() {
      if (string3.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string3) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string3)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string3 + '"' : "'" + string3 + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string22) {
        return testImplicitResolving(state, string22);
      }
      switch (chooseScalarStyle(
        string3,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string3;
        case STYLE_SINGLE:
          return "'" + string3.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string3, state.indent) + dropEndingNewline(indentString(string3, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string3, state.indent) + dropEndingNewline(indentString(foldString(string3, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string3) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string3, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string3) ? String(indentPerLevel) : "";
    const clip = string3[string3.length - 1] === "\n";
    const keep = clip && (string3[string3.length - 2] === "\n" || string3 === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string3) {
    return string3[string3.length - 1] === "\n" ? string3.slice(0, -1) : string3;
  }
  function foldString(string3, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string3.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string3.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string3.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string3[0] === "\n" || string3[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string3)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string3) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string3.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string3, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string3[i];
        if (char >= 65536) result += string3[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object2) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object2.length; index < length; index += 1) {
      let value = object2[index];
      if (state.replacer) {
        value = state.replacer.call(object2, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object2, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object2.length; index < length; index += 1) {
      let value = object2[index];
      if (state.replacer) {
        value = state.replacer.call(object2, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object2) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object2);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object2[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object2, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object2, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object2);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object2[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object2, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object2, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object2 === "object" && object2 instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object2))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object2);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object2, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object2, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object2, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object2;
    if (!detectType(state, object2, false)) {
      detectType(state, object2, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object2);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object2, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object2, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object2, objects, duplicatesIndexes) {
    if (object2 !== null && typeof object2 === "object") {
      const index = objects.indexOf(object2);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object2);
        if (Array.isArray(object2)) {
          for (let i = 0, length = object2.length; i < length; i += 1) {
            inspectNode(object2[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object2);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object2[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
var yaml2 = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
var {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml2;

// lib/config/quick-yaml.ts
var CORE_TYPES = [
  new Type("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: (text) => text === null || /^(?:~|[Nn]ull|NULL)?$/.test(text),
    construct: () => null
  }),
  new Type("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: (text) => text !== null && /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(text),
    construct: (text) => text?.[0] === "t" || text?.[0] === "T"
  }),
  new Type("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: (text) => text !== null && /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/.test(text),
    construct: (text) => {
      const digits = text ?? "";
      if (digits.startsWith("0o")) return Number.parseInt(digits.slice(2), 8);
      if (digits.startsWith("0x")) return Number.parseInt(digits.slice(2), 16);
      return Number.parseInt(digits, 10);
    }
  }),
  new Type("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: (text) => text !== null && /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/.test(
      text
    ),
    construct: (text) => {
      const digits = text ?? "";
      if (/^[-+]?\.(?:inf|Inf|INF)$/.test(digits)) return digits.startsWith("-") ? -1 / 0 : 1 / 0;
      if (/^\.(?:nan|NaN|NAN)$/.test(digits)) return Number.NaN;
      return Number.parseFloat(digits);
    }
  })
];
var CORE_SCHEMA2 = FAILSAFE_SCHEMA.extend({ implicit: CORE_TYPES });
var FOR_YAML_ALONE = /(?:^|[\s[{,])[!&*]|^%|(?:^|\s)[|>][-+0-9]*[ \t]*(?:#.*)?$|(?:^|\s)-[ \t]*(?:#.*)?$|(?:^|[\s[{,])\?(?:\s|$)|[\]}]\s*:(?:\s|$)|__proto__|\r(?!\n)|[\u0085\u2028\u2029\ufeff]|^[ \t]*\t/m;
function quickYamlValue(text, maxDepth) {
  if (FOR_YAML_ALONE.test(text) || !text.split(/\r\n|\r|\n/).every(isOneLineEntry)) return void 0;
  let value;
  try {
    value = load(text, { schema: CORE_SCHEMA2, maxDepth });
  } catch {
    return void 0;
  }
  return value === void 0 || hasNullKey(value) ? void 0 : value;
}
function isOneLineEntry(line) {
  const content = line.trimStart();
  if (content === "" || content.startsWith("#") || content === "---" || content === "...") return true;
  const flow = [];
  let hasKey = false;
  let tokenStart = true;
  let valueNext = false;
  let previous = "";
  for (let at = 0; at < content.length; at++) {
    const char = content[at];
    const next = content[at + 1];
    if (tokenStart && (char === '"' || char === "'")) {
      at = quotedScalarEnd(content, at);
      if (at < 0) return false;
      tokenStart = false;
      previous = char;
      continue;
    }
    if (char === "#" && at > 0 && /\s/.test(content[at - 1])) break;
    const indicator = next === void 0 || /[\s,\]}]/.test(next);
    if (char === "[" || char === "{") {
      if (flow.at(-1) === "{" && !valueNext) return false;
      flow.push(char);
      valueNext = char === "[";
    } else if (char === "]" || char === "}") {
      if (flow.pop() === void 0) return false;
    } else if (char === "," && flow.length > 0) {
      valueNext = flow.at(-1) === "[";
    } else if (char === ":" && indicator) {
      if (flow.length === 0) hasKey = true;
      else if (/^[[{,]?$/.test(previous)) return false;
      else valueNext = true;
    }
    if (!/\s/.test(char)) previous = char;
    tokenStart = /[[{,\s]/.test(char) || char === ":" && /\s/.test(next ?? " ") || char === "-" && at === 0;
  }
  return flow.length === 0 && (hasKey || content.startsWith("- ") || content.startsWith("["));
}
function quotedScalarEnd(line, start) {
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
function hasNullKey(value) {
  if (Array.isArray(value)) return value.some(hasNullKey);
  if (typeof value !== "object" || value === null) return false;
  for (const [key, item] of Object.entries(value)) if (key === "null" || hasNullKey(item)) return true;
  return false;
}

// lib/config/located-document.ts
function parseDocumentWith(text, file, rules) {
  const { value, problems } = analyseDocument(text, file, rules);
  if (problems[0]) throw problems[0];
  return value;
}
async function loadDocumentWith(file, rules, what) {
  if (!/\.(ya?ml|json)$/i.test(file)) {
    throw new ConfigError(`expected a ${what} file ending in .yml, .yaml or .json`, { file });
  }
  const text = await readBoundedFile(file, what, MAX_DOCUMENT_BYTES, ConfigError);
  return parseDocumentWith(text, file, rules);
}
var MAX_DOCUMENT_BYTES = 10 * (1 << 20);
var MAX_NESTING_DEPTH = 100;
var MAX_ALIAS_COUNT = 100;
async function readBoundedFile(file, what, maxBytes, ErrorType, name = file) {
  const fail = (error2) => {
    const code = error2.code;
    const detail = code === "ENOENT" ? `${what} file not found` : code === "EISDIR" ? `expected a ${what} file, found a directory` : `cannot read the ${what} file (${code ?? String(error2)})`;
    throw new ErrorType(detail, { file: name }, { cause: error2 });
  };
  let descriptor;
  try {
    descriptor = openSync(file, "r");
  } catch (error2) {
    return fail(error2);
  }
  try {
    const info = fstatSync(descriptor);
    if (info.isDirectory()) fail(Object.assign(new Error("directory"), { code: "EISDIR" }));
    if (info.size > maxBytes)
      throw new ErrorType(
        `the ${what} file is ${formatMiB(info.size)}, more than the ${formatMiB(maxBytes)} a ${what} file may be`,
        { file: name }
      );
    try {
      return readFileSync(descriptor, "utf8");
    } catch (error2) {
      return fail(error2);
    }
  } finally {
    closeSync(descriptor);
  }
}
function formatMiB(bytes) {
  const mib = bytes / (1 << 20);
  return `${mib >= 10 ? Math.round(mib) : Number(mib.toFixed(1))} MiB`;
}
function parseYamlDocument(text, lineCounter) {
  const { Composer, Parser, YAMLParseError } = yaml();
  const tokens = Array.from(new Parser(lineCounter.addNewLine).parse(text));
  const tooDeep = deepestNesting(tokens);
  if (tooDeep !== void 0) return { tooDeep: { offset: tooDeep } };
  let document;
  const composer = new Composer({ prettyErrors: false, uniqueKeys: false, logLevel: "error" });
  for (const composed of composer.compose(tokens, true, text.length)) {
    if (!document) document = composed;
    else {
      const range = composed.range ?? [0, 0];
      document.errors.push(
        new YAMLParseError([range[0], range[1]], "MULTIPLE_DOCS", "Source contains multiple documents")
      );
      break;
    }
  }
  const parsed = document;
  parsed.errors.push(...duplicateKeyErrors(parsed));
  parsed.errors.sort((a, b) => a.pos[0] - b.pos[0]);
  return { document: parsed };
}
function deepestNesting(tokens) {
  const stack = tokens.map((token) => ({
    token,
    depth: 0
  }));
  while (stack.length > 0) {
    const { token, depth } = stack.pop();
    if (!token) continue;
    if (token.type === "document") stack.push({ token: token.value, depth });
    else if (token.type === "block-map" || token.type === "block-seq" || token.type === "flow-collection") {
      if (depth + 1 > MAX_NESTING_DEPTH) return token.offset;
      for (const item of token.items) {
        if ("key" in item) stack.push({ token: item.key ?? void 0, depth: depth + 1 });
        stack.push({ token: item.value, depth: depth + 1 });
      }
    }
  }
  return void 0;
}
function duplicateKeyErrors(document) {
  const { isScalar, visit, YAMLParseError } = yaml();
  const errors = [];
  visit(document, {
    Map(_, map2) {
      const seen = /* @__PURE__ */ new Set();
      for (const pair of map2.items) {
        if (!isScalar(pair.key)) continue;
        const identity = `${typeof pair.key.value}:${String(pair.key.value)}`;
        if (seen.has(identity)) {
          const range = pair.key.range ?? [0, 0];
          errors.push(new YAMLParseError([range[0], range[1]], "DUPLICATE_KEY", "Map keys must be unique"));
          if (errors.length >= MAX_PROBLEMS) return visit.BREAK;
        }
        seen.add(identity);
      }
    }
  });
  return errors;
}
function aliasProblem(document, error2) {
  const { visit } = yaml();
  let offset = 0;
  visit(document, {
    Alias(_, alias) {
      offset = alias.range?.[0] ?? 0;
      return visit.BREAK;
    }
  });
  const message = error2 instanceof Error ? error2.message : String(error2);
  return {
    offset,
    message: /excessive alias count/i.test(message) ? `aliases copy an anchor more than ${MAX_ALIAS_COUNT} times (an alias bomb?): write the values out instead` : message
  };
}
function parseJsonWith(text, file, schema2, what) {
  const source = text.replace(/^\uFEFF/, "");
  let data;
  try {
    data = JSON.parse(source);
  } catch (error2) {
    const found = findJsonSyntaxError(source);
    throw new DataError(
      `not ${what}: invalid JSON: ${found?.message ?? error2.message}`,
      found ? { file, ...lineAndColumn(source, found.offset) } : { file }
    );
  }
  const prototypeKey = prototypeKeyPath(data);
  if (prototypeKey)
    throw new DataError(`not ${what}: the key "__proto__" is not allowed`, {
      file,
      field: formatPath(prototypeKey)
    });
  const result = safeParse(schema2, data);
  if (result.success) return result.data;
  const [issue2] = result.error.issues;
  throw new DataError(
    `not ${what}: ${issue2?.message ?? "does not match its schema"}`,
    issue2 && issue2.path.length > 0 ? { file, field: formatPath(issue2.path) } : (
      // The whole value is wrong: point at where it starts.
      { file, ...lineAndColumn(source, source.search(/\S|$/)) }
    )
  );
}
function lineAndColumn(text, offset) {
  const before = text.slice(0, offset);
  const lineStart = Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\r")) + 1;
  return { line: (before.match(/\r\n|\r|\n/g)?.length ?? 0) + 1, column: offset - lineStart + 1 };
}
function analyseDocument(source, file, rules) {
  const text = source.replace(/^\uFEFF/, "");
  const flavour = /\.json$/i.test(file) ? "json" : "yaml";
  const size = Buffer.byteLength(text);
  if (size > MAX_DOCUMENT_BYTES)
    return {
      problems: [
        new ConfigError(
          `the file is ${formatMiB(size)}, more than the ${formatMiB(MAX_DOCUMENT_BYTES)} it may be`,
          { file }
        )
      ]
    };
  if (flavour === "yaml") {
    const quick = quickYamlValue(text, MAX_NESTING_DEPTH);
    if (quick !== void 0 && quick !== null) {
      const result2 = safeParse(rules.schema, quick);
      if (result2.success) return { value: result2.data, problems: [] };
    }
  }
  const { LineCounter } = yaml();
  const lineCounter = new LineCounter();
  const locate = (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const parsed = parseYamlDocument(text, lineCounter);
  if (parsed.tooDeep)
    return {
      problems: [
        new ConfigError(
          `nested more than ${MAX_NESTING_DEPTH} levels deep: not a ${flavour === "json" ? "JSON" : "YAML"} file we read`,
          locate(parsed.tooDeep.offset)
        )
      ]
    };
  const { document } = parsed;
  let data;
  if (flavour === "json") {
    try {
      data = JSON.parse(text);
    } catch (error2) {
      return { problems: [jsonSyntaxProblem(error2, text, file, locate)] };
    }
    const duplicates = document.errors.filter((error2) => error2.code === "DUPLICATE_KEY").slice(0, MAX_PROBLEMS);
    if (duplicates.length > 0)
      return {
        problems: duplicates.map(
          (error2) => new ConfigError("invalid JSON: a key is given twice in one object", locate(error2.pos[0]))
        )
      };
  } else {
    if (document.errors.length > 0) {
      return {
        problems: document.errors.slice(0, MAX_PROBLEMS).map((error2) => new ConfigError(`invalid YAML: ${error2.message}`, locate(error2.pos[0])))
      };
    }
    try {
      data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error2) {
      const alias = aliasProblem(document, error2);
      return { problems: [new ConfigError(`invalid YAML: ${alias.message}`, locate(alias.offset))] };
    }
  }
  if (data === null || data === void 0) {
    return {
      problems: [new ConfigError(`the file is empty: expected ${rules.expected}`, { file })]
    };
  }
  const prototypeKey = prototypeKeyPath(data);
  if (prototypeKey) {
    const where = locateNode(document, prototypeKey, true);
    const location = where === void 0 ? { file } : locate(where);
    location.field = formatPath(prototypeKey);
    return { problems: [new ConfigError('the key "__proto__" is not allowed', location)] };
  }
  const result = safeParse(rules.schema, data);
  if (result.success) return { value: result.data, problems: [] };
  const problems = flattenUnionIssues(result.error.issues, []).flatMap(
    (issue2) => describeIssue(issue2, data, document, flavour, rules)
  );
  const placed = problems.map((problem, order) => ({
    problem,
    order,
    where: locateNode(document, problem.path, problem.atKey)
  }));
  placed.sort((a, b) => (a.where ?? -1) - (b.where ?? -1) || a.order - b.order);
  return {
    problems: placed.slice(0, MAX_PROBLEMS).map(({ problem, where }) => {
      const location = where === void 0 ? { file } : locate(where);
      if (problem.path.length > 0) location.field = formatPath(problem.path);
      const detail = typeof problem.detail === "string" ? problem.detail : problem.detail();
      return new ConfigError(detail, location);
    })
  };
}
var MAX_PROBLEMS = 100;
function jsonSyntaxProblem(error2, text, file, locate) {
  const found = findJsonSyntaxError(text);
  if (found) return new ConfigError(`invalid JSON: ${found.message}`, locate(found.offset));
  const message = error2 instanceof Error ? error2.message : String(error2);
  return new ConfigError(`invalid JSON: ${message}`, { file });
}
var literalPattern = /true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
function findJsonSyntaxError(text) {
  let position = 0;
  class JsonSyntaxError extends Error {
    constructor(message, offset = position) {
      super(message);
      this.offset = offset;
    }
    offset;
  }
  const unexpected = (expected) => {
    if (position >= text.length) throw new JsonSyntaxError(`unexpected end of file (expected ${expected})`);
    throw new JsonSyntaxError(`unexpected ${JSON.stringify(text[position])} (expected ${expected})`);
  };
  const skipWhitespace = () => {
    while (position < text.length && " 	\n\r".includes(text[position])) position++;
  };
  const expectChar = (char, expected) => {
    if (text[position] !== char) unexpected(expected);
    position++;
  };
  const parseString = () => {
    const start = position;
    position++;
    while (position < text.length) {
      const char = text[position];
      if (char === '"') {
        position++;
        return;
      }
      if (char === "\\") {
        const escaped = text[position + 1] ?? "";
        const validEscape = escaped === "u" ? /^[0-9a-fA-F]{4}$/.test(text.slice(position + 2, position + 6)) : escaped !== "" && '"\\/bfnrt'.includes(escaped);
        if (!validEscape) {
          throw new JsonSyntaxError(`invalid escape ${JSON.stringify(`\\${escaped}`)} in string`);
        }
        position += escaped === "u" ? 6 : 2;
        continue;
      }
      if (char < " ") throw new JsonSyntaxError("unescaped control character in string");
      position++;
    }
    throw new JsonSyntaxError("unterminated string", start);
  };
  const parseValue = () => {
    skipWhitespace();
    const char = text[position];
    if (char === "{") {
      parseContainer("}", true);
    } else if (char === "[") {
      parseContainer("]", false);
    } else if (char === '"') {
      parseString();
    } else {
      literalPattern.lastIndex = position;
      const literal2 = literalPattern.exec(text);
      if (!literal2) unexpected("a value");
      position += literal2[0].length;
    }
  };
  let depth = 0;
  const parseContainer = (close, isObject2) => {
    if (++depth > MAX_NESTING_DEPTH)
      throw new JsonSyntaxError(`nested more than ${MAX_NESTING_DEPTH} levels deep`);
    parseContainerItems(close, isObject2);
    depth--;
  };
  const parseContainerItems = (close, isObject2) => {
    position++;
    skipWhitespace();
    if (text[position] === close) {
      position++;
      return;
    }
    for (; ; ) {
      if (isObject2) {
        skipWhitespace();
        if (text[position] !== '"') unexpected("a property name in double quotes");
        parseString();
        skipWhitespace();
        expectChar(":", '":"');
      }
      parseValue();
      skipWhitespace();
      if (text[position] === close) {
        position++;
        return;
      }
      const comma = position;
      expectChar(",", `"," or "${close}"`);
      skipWhitespace();
      if (text[position] === close) throw new JsonSyntaxError(`trailing comma before "${close}"`, comma);
    }
  };
  try {
    parseValue();
    skipWhitespace();
    if (position < text.length) unexpected("end of file");
    return void 0;
  } catch (error2) {
    if (error2 instanceof JsonSyntaxError) return { offset: error2.offset, message: error2.message };
    throw error2;
  }
}
function flattenUnionIssues(issues, prefix) {
  return issues.flatMap((issue2) => {
    const path4 = [...prefix, ...issue2.path];
    if (issue2.code !== "invalid_union" || issue2.errors.length === 0) return [{ ...issue2, path: path4 }];
    const onlyWrongTypes = issue2.errors.every(
      (branch) => branch.length === 1 && branch[0].code === "invalid_type" && branch[0].path.length === 0
    );
    if (onlyWrongTypes) {
      return [{ ...issue2, path: path4, errors: issue2.errors }];
    }
    const depth = (branch) => Math.max(...branch.map((nested) => nested.path.length));
    const furthest = issue2.errors.reduce((best, branch) => depth(branch) > depth(best) ? branch : best);
    return flattenUnionIssues(furthest, path4);
  });
}
function describeIssue(issue2, data, document, flavour, rules) {
  const value = valueAt(data, issue2.path);
  const got = () => describeValue(value, nodeAt(document, issue2.path), flavour);
  const problem = (detail) => [{ detail, path: issue2.path, atKey: false }];
  switch (issue2.code) {
    case "custom":
      return [{ detail: issue2.message, path: issue2.path, atKey: issue2.params?.atKey === true }];
    case "invalid_type": {
      const expected = typeName(issue2.expected, flavour);
      if (value === void 0) return problem(`expected ${expected}, got nothing (the key is missing)`);
      return problem(`expected ${expected}, got ${got()}${quoteHint(issue2.expected, document, issue2.path)}`);
    }
    case "invalid_union": {
      if (issue2.discriminator !== void 0 && rules.discriminatorValues) {
        const allowed = rules.discriminatorValues;
        const suggestion = typeof value === "string" ? didYouMean(value, allowed) : "";
        return problem(`expected one of ${allowed.join(", ")}, got ${got()}${suggestion}`);
      }
      const expected = issue2.errors.map((branch) => {
        const first = branch[0];
        return first?.code === "invalid_type" ? typeName(first.expected, flavour) : "another value";
      });
      return problem(`expected ${expected.join(" or ")}, got ${got()}`);
    }
    case "invalid_value": {
      const shown = issue2.values.map((allowed) => JSON.stringify(allowed));
      const suggestion = typeof value === "string" ? didYouMean(
        value,
        issue2.values.filter((v) => typeof v === "string")
      ) : "";
      const expected = shown.length === 1 ? shown[0] : `one of ${shown.join(", ")}`;
      return problem(`expected ${expected}, got ${got()}${suggestion}`);
    }
    case "invalid_key": {
      const key = issue2.path.at(-1);
      const reasons = issue2.issues.map((nested) => nested.message).join("; ");
      return [
        {
          detail: `the key ${JSON.stringify(String(key))} is not allowed: expected ${reasons}`,
          path: issue2.path,
          atKey: true
        }
      ];
    }
    case "unrecognized_keys":
      return issue2.keys.map((key) => ({
        detail: () => describeUnknownKey(key, data, issue2.path, rules),
        path: [...issue2.path, key],
        atKey: true
      }));
    case "too_small":
    case "too_big":
      return problem(`expected ${describeSizeBound(issue2)}, got ${describeSize(issue2.origin, value, got)}`);
    default:
      return problem(issue2.message);
  }
}
function describeSizeBound(issue2) {
  const small = issue2.code === "too_small";
  const bound = Number(small ? issue2.minimum : issue2.maximum);
  const inclusive = issue2.inclusive !== false;
  switch (issue2.origin) {
    case "number":
    case "int": {
      const noun = issue2.origin === "int" ? "an integer" : "a number";
      const relation = small ? inclusive ? "\u2265" : ">" : inclusive ? "\u2264" : "<";
      return `${noun} ${relation} ${bound}`;
    }
    case "string": {
      if (issue2.exact) return `exactly ${plural(bound, "character")}`;
      if (small && bound === 1) return "a non-empty string";
      return `${small ? "at least" : "at most"} ${plural(bound, "character")}`;
    }
    case "array":
      if (issue2.exact) return `exactly ${plural(bound, "item")}`;
      return `${small ? "at least" : "at most"} ${plural(bound, "item")}`;
    default:
      return `${small ? "at least" : "at most"} ${bound}`;
  }
}
function describeSize(origin, value, got) {
  if (origin === "array" && Array.isArray(value)) return value.length === 0 ? "none" : String(value.length);
  return got();
}
function plural(count2, noun) {
  return `${count2} ${noun}${count2 === 1 ? "" : "s"}`;
}
function describeUnknownKey(key, data, parentPath, rules) {
  const knownKeys = allKnownKeys(rules.schema);
  const misplaced = knownKeys.includes(key) ? rules.misplacedKey?.(key, data, parentPath) : void 0;
  if (misplaced !== void 0) return `unknown key ${JSON.stringify(key)}: ${misplaced}`;
  return `unknown key ${JSON.stringify(key)}${didYouMean(key, knownKeys)}`;
}
var knownKeysCache = /* @__PURE__ */ new WeakMap();
function allKnownKeys(schema2) {
  let keys = knownKeysCache.get(schema2);
  if (!keys) {
    const found = /* @__PURE__ */ new Set();
    collectKeys(schema2, found, /* @__PURE__ */ new Set());
    keys = [...found].sort();
    knownKeysCache.set(schema2, keys);
  }
  return keys;
}
function collectKeys(schema2, found, seen) {
  if (seen.has(schema2)) return;
  seen.add(schema2);
  const def = schema2._zod.def;
  const children = [];
  if (def.type === "object") {
    const shape = def.shape;
    for (const [key, child] of Object.entries(shape)) {
      found.add(key);
      children.push(child);
    }
  }
  for (const name of ["innerType", "element", "valueType", "in", "out"]) children.push(def[name]);
  if (def.type === "lazy") children.push(schema2._zod.innerType);
  if (Array.isArray(def.options)) children.push(...def.options);
  for (const child of children) {
    if (child && typeof child === "object" && "_zod" in child)
      collectKeys(child, found, seen);
  }
}
function didYouMean(text, candidates) {
  let best;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = editDistance(text.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const tolerated = Math.min(2, Math.floor(text.length / 3));
  return best !== void 0 && bestDistance <= tolerated && best !== text ? ` (did you mean ${JSON.stringify(best)}?)` : "";
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length];
}
function typeName(expected, flavour) {
  switch (expected) {
    case "int":
      return "integer";
    case "object":
      return flavour === "json" ? "object" : "mapping";
    case "array":
      return flavour === "json" ? "array" : "list";
    default:
      return expected;
  }
}
function describeValue(value, node, flavour) {
  if (value === void 0) return "nothing";
  if (value === null) return yaml().isScalar(node) && node.source === "" ? "nothing" : "null";
  if (typeof value === "string") {
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  }
  if (Array.isArray(value)) return flavour === "json" ? "an array" : "a list";
  if (typeof value === "object") return flavour === "json" ? "an object" : "a mapping";
  return String(value);
}
function quoteHint(expected, document, path4) {
  if (expected !== "string") return "";
  const node = nodeAt(document, path4);
  if (!yaml().isScalar(node) || node.type !== "PLAIN" || !node.source) return "";
  return ` (write ${JSON.stringify(node.source)} in quotes to mean text)`;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function prototypeKeyPath(data) {
  const stack = [{ value: data, path: [] }];
  const seen = /* @__PURE__ */ new Set();
  while (stack.length > 0) {
    const { value, path: path4 } = stack.pop();
    if (typeof value !== "object" || value === null || seen.has(value)) continue;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) stack.push({ value: item, path: [...path4, index] });
    } else if (isRecord(value)) {
      if (Object.hasOwn(value, "__proto__")) return [...path4, "__proto__"];
      for (const [key, child] of Object.entries(value)) stack.push({ value: child, path: [...path4, key] });
    }
  }
  return void 0;
}
function valueAt(data, path4) {
  let current = data;
  for (const segment of path4) {
    if (Array.isArray(current) && typeof segment === "number") current = current[segment];
    else if (isRecord(current) && Object.hasOwn(current, String(segment))) current = current[String(segment)];
    else return void 0;
  }
  return current;
}
function formatPath(path4) {
  let text = "";
  for (const segment of path4) {
    if (typeof segment === "number") text += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(segment)))
      text += text ? `.${String(segment)}` : String(segment);
    else text += `[${JSON.stringify(String(segment))}]`;
  }
  return text;
}
function nodeAt(document, path4) {
  const found = walk(document, path4);
  return found.complete ? found.node : void 0;
}
function walk(document, path4) {
  let node = document.contents;
  let keyNode;
  let deepest = node ?? void 0;
  const { isAlias, isMap, isSeq } = yaml();
  for (const segment of path4) {
    if (isAlias(node)) node = node.resolve(document);
    let next;
    if (isMap(node)) {
      const pair = pairNamed(node, String(segment));
      if (pair) {
        keyNode = pair.key;
        next = pair.value ?? keyNode;
      }
    } else if (isSeq(node) && typeof segment === "number") {
      next = node.items[segment];
      keyNode = void 0;
    }
    if (!next) return { node: deepest, keyNode: void 0, complete: false };
    node = next;
    deepest = next;
  }
  return { node: node ?? void 0, keyNode, complete: true };
}
var pairsByKey = /* @__PURE__ */ new WeakMap();
function pairNamed(map2, key) {
  let pairs2 = pairsByKey.get(map2);
  if (!pairs2) {
    pairs2 = /* @__PURE__ */ new Map();
    for (const item of map2.items) {
      const text = keyText(item.key);
      if (!pairs2.has(text)) pairs2.set(text, item);
    }
    pairsByKey.set(map2, pairs2);
  }
  return pairs2.get(key);
}
function keyText(key) {
  if (yaml().isScalar(key)) return String(key.value);
  return String(key);
}
function locateNode(document, path4, atKey) {
  const found = walk(document, path4);
  const target = found.complete && atKey ? found.keyNode ?? found.node : found.node;
  return target?.range?.[0];
}

// lib/registry/oci-store.ts
import { createHash, randomUUID } from "node:crypto";
var EMPTY_CONFIG = Buffer.from("{}");
var EMPTY_CONFIG_DIGEST = `sha256:${createHash("sha256").update(EMPTY_CONFIG).digest("hex")}`;
var MiB = 1024 * 1024;
var ociStoreConfig = strictObject({
  repository: string2().check(
    _regex(
      /^[a-z0-9.-]+(:[0-9]+)?\/[a-z0-9]+([._-][a-z0-9]+)*(\/[a-z0-9]+([._-][a-z0-9]+)*)*$/,
      "a registry host and repository in lower case, e.g. ghcr.io/acme/churn-model or registry.internal:5000/ml/churn"
    ),
    describe2(
      "Where the model's files are pushed: registry host[:port]/repository, e.g. ghcr.io/acme/churn-model."
    )
  ),
  chunk_size_mib: _default(int().check(_gte(1), _lte(4096)), 4).check(
    describe2(
      "Files up to this size are uploaded in one request, larger ones in chunks of this size (MiB). ghcr.io takes at most 4 MiB per chunk; a self-hosted registry may take more."
    )
  ),
  insecure: _default(boolean2(), false).check(
    describe2(
      "Talk plain HTTP to the registry (a self-hosted registry without TLS on a private network). Loopback registries always use HTTP."
    )
  )
}).check(
  describe2(
    "An OCI registry (ghcr.io, or a self-hosted distribution registry) for model files over 2 GiB."
  )
);
var manifestDescriptor = object({
  mediaType: string2(),
  digest: string2(),
  size: int().check(_gte(0)),
  annotations: optional(record(string2(), string2()))
});
var ociManifest = object({
  schemaVersion: literal(2),
  mediaType: optional(string2()),
  artifactType: optional(string2()),
  config: manifestDescriptor,
  layers: array(manifestDescriptor),
  annotations: optional(record(string2(), string2()))
});

export {
  safeParse,
  _lte,
  _gte,
  _positive,
  _maxLength,
  _minLength,
  _regex,
  string2 as string,
  url,
  number2 as number,
  int,
  boolean2 as boolean,
  _null3 as _null,
  unknown,
  array,
  object,
  strictObject,
  extend2 as extend,
  pick2 as pick,
  catchall,
  union,
  discriminatedUnion,
  record,
  _enum,
  literal,
  transform,
  optional,
  nullable,
  _default,
  prefault,
  pipe,
  refine,
  superRefine,
  describe2 as describe,
  ociStoreConfig,
  parseDocumentWith,
  loadDocumentWith,
  parseJsonWith,
  isRecord,
  valueAt,
  fieldTypes,
  tableSchema,
  SpillFolder,
  collectColumns,
  sampleOf,
  dataProfile,
  profileDefinitions,
  sampleOfProfile,
  readDataProfile
};
