import { createRequire as __trainyardCreateRequire } from "node:module";
const require = __trainyardCreateRequire(import.meta.url);
import {
  __commonJS,
  __toESM
} from "./chunk-L3VH6XS6.js";

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber2 = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber2 ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber2 ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http2 = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http2.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http: http2,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize2(uri, options), options);
      }
      return uri;
    }
    function resolve(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize2(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize2(base, options), options);
        relative = parse(serialize2(relative, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative.path;
              } else if (!base.path) {
                target.path = relative.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize2(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize2(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize2(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve,
      resolveComponent,
      equal,
      serialize: serialize2,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv2 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv2.ValidationError = validation_error_1.default;
    Ajv2.MissingRefError = ref_error_1.default;
    exports.default = Ajv2;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf: oneOf2 } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf2)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf2.length; i++) {
            let sch = oneOf2[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv2 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv2;
    module.exports = exports = Ajv2;
    module.exports.Ajv = Ajv2;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv2;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// node_modules/ajv-formats/dist/limit.js
var require_limit = __commonJS({
  "node_modules/ajv-formats/dist/limit.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatLimitDefinition = void 0;
    var ajv_1 = require_ajv();
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      formatMaximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      formatMinimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      formatExclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      formatExclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`should be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    exports.formatLimitDefinition = {
      keyword: Object.keys(KWDs),
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, keyword, it } = cxt;
        const { opts, self } = it;
        if (!opts.validateFormats)
          return;
        const fCxt = new ajv_1.KeywordCxt(it, self.RULES.all.format.definition, "format");
        if (fCxt.$data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fmt = gen.const("fmt", (0, codegen_1._)`${fmts}[${fCxt.schemaCode}]`);
          cxt.fail$data((0, codegen_1.or)((0, codegen_1._)`typeof ${fmt} != "object"`, (0, codegen_1._)`${fmt} instanceof RegExp`, (0, codegen_1._)`typeof ${fmt}.compare != "function"`, compareCode(fmt)));
        }
        function validateFormat() {
          const format = fCxt.schema;
          const fmtDef = self.formats[format];
          if (!fmtDef || fmtDef === true)
            return;
          if (typeof fmtDef != "object" || fmtDef instanceof RegExp || typeof fmtDef.compare != "function") {
            throw new Error(`"${keyword}": format "${format}" does not define "compare" function`);
          }
          const fmt = gen.scopeValue("formats", {
            key: format,
            ref: fmtDef,
            code: opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(format)}` : void 0
          });
          cxt.fail$data(compareCode(fmt));
        }
        function compareCode(fmt) {
          return (0, codegen_1._)`${fmt}.compare(${data}, ${schemaCode}) ${KWDs[keyword].fail} 0`;
        }
      },
      dependencies: ["format"]
    };
    var formatLimitPlugin = (ajv) => {
      ajv.addKeyword(exports.formatLimitDefinition);
      return ajv;
    };
    exports.default = formatLimitPlugin;
  }
});

// node_modules/ajv-formats/dist/index.js
var require_dist = __commonJS({
  "node_modules/ajv-formats/dist/index.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var formats_1 = require_formats();
    var limit_1 = require_limit();
    var codegen_1 = require_codegen();
    var fullName = new codegen_1.Name("fullFormats");
    var fastName = new codegen_1.Name("fastFormats");
    var formatsPlugin = (ajv, opts = { keywords: true }) => {
      if (Array.isArray(opts)) {
        addFormats2(ajv, opts, formats_1.fullFormats, fullName);
        return ajv;
      }
      const [formats, exportName] = opts.mode === "fast" ? [formats_1.fastFormats, fastName] : [formats_1.fullFormats, fullName];
      const list = opts.formats || formats_1.formatNames;
      addFormats2(ajv, list, formats, exportName);
      if (opts.keywords)
        (0, limit_1.default)(ajv);
      return ajv;
    };
    formatsPlugin.get = (name, mode = "full") => {
      const formats = mode === "fast" ? formats_1.fastFormats : formats_1.fullFormats;
      const f = formats[name];
      if (!f)
        throw new Error(`Unknown format "${name}"`);
      return f;
    };
    function addFormats2(ajv, list, fs4, exportName) {
      var _a;
      var _b;
      (_a = (_b = ajv.opts.code).formats) !== null && _a !== void 0 ? _a : _b.formats = (0, codegen_1._)`require("ajv-formats/dist/formats").${exportName}`;
      for (const f of list)
        ajv.addFormat(f, fs4[f]);
    }
    module.exports = exports = formatsPlugin;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = formatsPlugin;
  }
});

// sandbox/server.ts
import fs3 from "node:fs";
import http from "node:http";

// sandbox/auth.ts
import { createPublicKey, createVerify } from "node:crypto";

// sandbox/http.ts
var HttpError = class extends Error {
  constructor(status, message, extra = {}, headers = {}) {
    super(message);
    this.status = status;
    this.extra = extra;
    this.headers = headers;
  }
  status;
  extra;
  headers;
};
var notFound = () => new HttpError(404, "Not Found");
function validationFailed(message, errors = []) {
  return new HttpError(422, message, errors.length ? { errors } : {});
}
var ok = (body, status = 200, headers) => ({
  status,
  body,
  ...headers ? { headers } : {}
});
var noContent = () => ({ status: 204 });
function paginate(request, items) {
  const perPage = Math.min(Math.max(Number(request.query.get("per_page") ?? 30) || 30, 1), 100);
  const page = Math.max(Number(request.query.get("page") ?? 1) || 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const body = items.slice((page - 1) * perPage, page * perPage);
  const link = linkHeader(request.url, page, last);
  return { status: 200, body, ...link ? { headers: { link } } : {} };
}
function linkHeader(url, page, last) {
  const at = (p) => {
    const next = new URL(url);
    next.searchParams.set("page", String(p));
    return next.toString();
  };
  const parts = [];
  if (page > 1) parts.push(`<${at(page - 1)}>; rel="prev"`);
  if (page < last) parts.push(`<${at(page + 1)}>; rel="next"`, `<${at(last)}>; rel="last"`);
  if (page > 1) parts.push(`<${at(1)}>; rel="first"`);
  return parts.length ? parts.join(", ") : void 0;
}
function bodyOf(request) {
  const body = request.body;
  if (body === void 0 || body === null) return {};
  if (typeof body !== "object" || Array.isArray(body)) throw new HttpError(400, "Problems parsing JSON");
  return body;
}
function requireField(body, name, check) {
  const value = body[name];
  if (value === void 0) throw validationFailed(`Invalid request.

"${name}" wasn't supplied.`);
  if (!check(value))
    throw validationFailed(`Invalid request.

For '${name}', ${JSON.stringify(value)} is not valid.`);
  return value;
}
var isString = (v) => typeof v === "string";
var isNumber = (v) => typeof v === "number" && Number.isFinite(v);
var isBoolean = (v) => typeof v === "boolean";
var isStringArray = (v) => Array.isArray(v) && v.every(isString);

// sandbox/auth.ts
var LEVELS = { none: 0, read: 1, write: 2, admin: 3 };
function authenticate(world, header) {
  if (!header) return { kind: "anonymous" };
  const match = /^(?:token|bearer)\s+(\S+)$/i.exec(header.trim());
  if (!match?.[1]) throw new HttpError(401, "Bad credentials");
  const credential = match[1];
  if (credential.startsWith("eyJ")) return { kind: "app", appId: verifyAppJwt(world, credential) };
  const record = world.state.tokens[credential];
  if (!record || record.expiresAt && Date.parse(record.expiresAt) < Date.now())
    throw new HttpError(401, "Bad credentials");
  const user = world.user(record.login);
  if (record.kind === "installation") {
    const installation = world.state.installations[String(record.installationId)];
    if (!installation) throw new HttpError(401, "Bad credentials");
    return {
      kind: "installation",
      user,
      installationId: installation.id,
      token: credential,
      permissions: record.permissions ?? installation.permissions,
      ...record.repositories ? { repositories: record.repositories } : {}
    };
  }
  return {
    kind: "user",
    user,
    token: credential,
    ...record.permissions ? { permissions: record.permissions } : {},
    ...record.repositories ? { repositories: record.repositories } : {},
    ...record.account ? { account: record.account } : {}
  };
}
function verifyAppJwt(world, jwt) {
  const parts = jwt.split(".");
  const [header, payload, signature] = parts;
  if (parts.length !== 3 || !header || !payload || !signature)
    throw new HttpError(401, "A JSON web token could not be decoded");
  let claims;
  try {
    claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    throw new HttpError(401, "A JSON web token could not be decoded");
  }
  const app = Object.values(world.state.apps).find(
    (a) => String(a.id) === String(claims.iss) || a.slug === claims.iss
  );
  if (!app) throw new HttpError(401, "Integration not found");
  const verifier = createVerify("RSA-SHA256");
  verifier.update(`${header}.${payload}`);
  if (!verifier.verify(createPublicKey(app.publicKeyPem), Buffer.from(signature, "base64url")))
    throw new HttpError(401, "A JSON web token could not be decoded");
  const now = Math.floor(Date.now() / 1e3);
  if (typeof claims.exp !== "number" || claims.exp < now)
    throw new HttpError(
      401,
      "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires"
    );
  if (typeof claims.iat !== "number" || claims.iat > now + 60 || claims.exp - claims.iat > 600)
    throw new HttpError(
      401,
      "'Issued at' claim ('iat') must be an Integer representing the time that the assertion was issued"
    );
  return app.id;
}
function requireCredential(actor, route) {
  const wanted = route.auth ?? "token";
  if (wanted === "none") return;
  if (wanted === "app") {
    if (actor.kind !== "app") throw new HttpError(401, "A JSON web token could not be decoded");
    return;
  }
  if (actor.kind === "app")
    throw new HttpError(
      403,
      "This endpoint requires you to be authenticated as an installation, not as an app."
    );
}
function authorizeRepo(world, actor, params, route) {
  const repo = world.findRepo(params.owner, params.repo);
  if (!repo) throw new HttpError(404, "Not Found");
  const fullName = `${repo.owner}/${repo.name}`.toLowerCase();
  const [scope, level] = route.permission ?? ["metadata", "read"];
  if (actor.kind === "anonymous") {
    if (repo.private) throw new HttpError(404, "Not Found");
    if (level === "write" || params.method !== "GET") throw new HttpError(401, "Requires authentication");
    return repo;
  }
  if (actor.kind === "app")
    throw new HttpError(
      403,
      "This endpoint requires you to be authenticated as an installation, not as an app."
    );
  if (actor.repositories && !actor.repositories.some((r) => r.toLowerCase() === fullName))
    throw new HttpError(404, "Not Found");
  if (actor.kind === "installation") {
    const installation = world.state.installations[String(actor.installationId)];
    if (!installation || installation.account.toLowerCase() !== repo.owner.toLowerCase())
      throw new HttpError(404, "Not Found");
    if (installation.repositories !== "all" && !installation.repositories.some((r) => r.toLowerCase() === fullName))
      throw new HttpError(404, "Not Found");
    requirePermission(actor.permissions, scope, level);
    return repo;
  }
  if (actor.account !== void 0) {
    if (actor.account.toLowerCase() !== repo.owner.toLowerCase()) throw new HttpError(404, "Not Found");
    requirePermission(actor.permissions ?? {}, scope, level);
    return repo;
  }
  const userLevel = world.permissionOf(repo, actor.user.login);
  if (userLevel === "none") throw new HttpError(404, "Not Found");
  if (actor.permissions) requirePermission(actor.permissions, scope, level);
  if (level === "write" && LEVELS[userLevel] < LEVELS.write)
    throw new HttpError(403, "Must have push access to this repository.");
  return repo;
}
function requirePermission(permissions, scope, level) {
  if (scope === "metadata" && level === "read") return;
  const granted = permissions[scope];
  if (!granted || LEVELS[granted] < LEVELS[level])
    throw new HttpError(403, "Resource not accessible by integration");
}

// sandbox/contract.ts
var import_ajv = __toESM(require_ajv(), 1);
var import_ajv_formats = __toESM(require_dist(), 1);
import fs from "node:fs";
import { createRequire } from "node:module";
function describeViolation(v) {
  const where = v.direction === "response" ? `response ${v.status}` : v.direction;
  return `${v.operationId} ${where} at ${v.field || "/"}: ${v.message}`;
}
var addFormats = import_ajv_formats.default;
var require2 = createRequire(import.meta.url);
var SPEC_FILE = "@octokit/openapi/generated/api.github.com.json";
var shared;
var ContractChecker = class _ContractChecker {
  constructor(spec) {
    this.spec = spec;
    this.ajv = new import_ajv.Ajv({ strict: false, allErrors: true, validateSchema: false, addUsedSchema: false });
    addFormats(this.ajv);
    for (const format of [
      "int64",
      "int32",
      "uri-template",
      "repo.nwo",
      "binary",
      "ssh-key",
      "ssh-key fingerprint"
    ])
      this.ajv.addFormat(format, true);
    const email = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
    const botEmail = /^\d+\+[a-z0-9-]+\[bot\]@users\.noreply\.github\.com$/i;
    this.ajv.addFormat("email", (value) => email.test(value) || botEmail.test(value));
    this.ajv.addSchema(spec, "github");
    for (const [path, item] of Object.entries(spec.paths))
      for (const [method, op] of Object.entries(item))
        if (op && typeof op === "object" && "operationId" in op)
          this.operations.set(op.operationId, {
            operationId: op.operationId,
            method: method.toUpperCase(),
            path,
            spec: op
          });
  }
  spec;
  ajv;
  operations = /* @__PURE__ */ new Map();
  validators = /* @__PURE__ */ new Map();
  webhookSchemaLoaded = false;
  /** Whether GitHub's description (the @octokit/openapi package) is installed here. */
  static available() {
    try {
      require2.resolve(SPEC_FILE);
      return true;
    } catch {
      return false;
    }
  }
  /** Loads GitHub's description once per process (13 MB; about a quarter of a second). */
  static shared() {
    if (!shared) {
      const file = require2.resolve(SPEC_FILE);
      shared = new _ContractChecker(oneOfAsAnyOf(JSON.parse(fs.readFileSync(file, "utf8"))));
    }
    return shared;
  }
  operation(operationId) {
    const op = this.operations.get(operationId);
    return op ? { method: op.method, path: op.path } : void 0;
  }
  checkRequest(operationId, request) {
    const op = this.mustOperation(operationId);
    const violations = [];
    const violation = (field, message) => violations.push({ operationId, direction: "request", field, message });
    for (const raw of op.spec.parameters ?? []) {
      const param = this.resolve(raw);
      if (param.in !== "query") continue;
      const value = request.query.get(param.name);
      if (value === null) {
        if (param.required) violation(`?${param.name}`, "is required");
        continue;
      }
      const problem = checkQueryValue(value, param.schema ?? {});
      if (problem) violation(`?${param.name}`, problem);
    }
    const content = op.spec.requestBody?.content;
    const jsonSchema = content?.["application/json"];
    if (jsonSchema && (request.contentType ?? "").includes("json")) {
      if (request.body === void 0) {
        if (op.spec.requestBody?.required) violation("", "a JSON body is required");
      } else {
        const pointer = `${pathPointer(op)}/requestBody/content/application~1json/schema`;
        violations.push(...this.validate(pointer, request.body, { operationId, direction: "request" }));
      }
    }
    return violations;
  }
  checkResponse(operationId, status, body, contentType) {
    const op = this.mustOperation(operationId);
    const declared = op.spec.responses[String(status)] ?? undeclaredError(status);
    if (!declared)
      return [
        {
          operationId,
          direction: "response",
          status,
          field: "",
          message: `status ${status} is not one GitHub documents for this operation (${Object.keys(op.spec.responses).join(", ")})`
        }
      ];
    const response = this.resolve(declared);
    if (!response.content?.["application/json"] || !(contentType ?? "").includes("json") || body === void 0)
      return [];
    const base = declared.$ref ? `github#${declared.$ref.slice(1)}` : `${pathPointer(op)}/responses/${status}`;
    return this.validate(`${base}/content/application~1json/schema`, body, {
      operationId,
      direction: "response",
      status
    });
  }
  checkWebhook(event, payload) {
    if (!this.webhookSchemaLoaded) {
      const schema = JSON.parse(
        fs.readFileSync(require2.resolve("@octokit/webhooks-schemas/schema.json"), "utf8")
      );
      delete schema.$schema;
      delete schema.oneOf;
      this.ajv.addSchema(schema, "webhooks");
      this.webhookSchemaLoaded = true;
    }
    const action = typeof payload.action === "string" && event !== "repository_dispatch" ? payload.action : void 0;
    const definition = action ? `${event}$${action}` : `${event}$event`;
    return this.validate(`webhooks#/definitions/${definition.replace(/\$/g, "%24")}`, payload, {
      operationId: action ? `${event}.${action}` : event,
      direction: "webhook"
    });
  }
  validate(ref, value, about) {
    let validator = this.validators.get(ref);
    if (validator === void 0) {
      try {
        validator = this.ajv.compile({ $ref: ref });
      } catch (error) {
        throw new Error(`contract: cannot compile ${ref}: ${error.message}`);
      }
      this.validators.set(ref, validator);
    }
    if (!validator || validator(value)) return [];
    return [{ ...about, ...summarize(validator.errors ?? []) }];
  }
  resolve(node) {
    let current = node;
    while (current?.$ref) {
      current = current.$ref.slice(2).split("/").reduce((o, k) => o[k], this.spec);
    }
    return current;
  }
  mustOperation(operationId) {
    const op = this.operations.get(operationId);
    if (!op) throw new Error(`contract: GitHub's description has no operation ${operationId}`);
    return op;
  }
};
function oneOfAsAnyOf(node) {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) node[i] = oneOfAsAnyOf(node[i]);
    return node;
  }
  if (node && typeof node === "object") {
    const record = node;
    for (const key of Object.keys(record)) {
      const value = oneOfAsAnyOf(record[key]);
      if (key === "format" && value === "uri" && record.default === "") {
        delete record.format;
        record.anyOf = [{ format: "uri" }, { enum: [""] }];
      } else if (key === "oneOf" && Array.isArray(value) && !("anyOf" in record)) {
        delete record.oneOf;
        record.anyOf = value;
      } else record[key] = value;
    }
    if (record.nullable === true && Array.isArray(record.enum) && !record.enum.includes(null))
      record.enum = [...record.enum, null];
    if ("nullable" in record && !("type" in record)) {
      const nullable = record.nullable === true;
      delete record.nullable;
      if (nullable) {
        const inner = { ...record };
        for (const key of Object.keys(record)) delete record[key];
        record.anyOf = [inner, { type: "null" }];
      }
    }
  }
  return node;
}
function undeclaredError(status) {
  if (status === 401 || status === 403 || status === 404) return { $ref: "#/components/responses/not_found" };
  if (status === 422) return { $ref: "#/components/responses/validation_failed" };
  return void 0;
}
function pathPointer(op) {
  const escaped = op.path.replace(/~/g, "~0").replace(/\//g, "~1");
  return `github#/paths/${encodeURIComponent(escaped)}/${op.method.toLowerCase()}`;
}
function summarize(errors) {
  const relevant = errors.filter((e) => !["oneOf", "anyOf", "if"].includes(e.keyword));
  const pool = relevant.length > 0 ? relevant : errors;
  const deepest = pool.reduce((a, b) => depth(b) > depth(a) ? b : a);
  const field = deepest.keyword === "required" ? `${deepest.instancePath}/${deepest.params.missingProperty}` : deepest.instancePath;
  const message = deepest.keyword === "required" ? "is required but missing" : deepest.keyword === "additionalProperties" ? `has unexpected property "${deepest.params.additionalProperty}"` : `${deepest.message ?? deepest.keyword}${deepest.keyword === "enum" ? ` ${JSON.stringify(deepest.params.allowedValues)}` : ""}`;
  return { field, message };
}
function depth(error) {
  return error.instancePath.split("/").length + (error.keyword === "required" ? 1 : 0);
}
function checkQueryValue(value, schema) {
  if (schema.type === "integer" && !/^-?\d+$/.test(value)) return `must be an integer, got "${value}"`;
  if (schema.type === "boolean" && value !== "true" && value !== "false")
    return `must be true or false, got "${value}"`;
  if (schema.enum && !schema.enum.map(String).includes(value))
    return `must be one of ${schema.enum.map(String).join(", ")}, got "${value}"`;
  return void 0;
}

// sandbox/faults.ts
var FAULT_KINDS = [
  "500",
  "502",
  "503",
  "429",
  "403-secondary",
  "403-primary",
  "delay",
  "reset"
];
var FaultInjector = class {
  random;
  rules;
  stats;
  constructor(settings = { rules: [] }) {
    this.random = mulberry32(settings.seed ?? 1);
    this.rules = settings.rules.map((rule) => ({ ...rule, used: 0 }));
    this.stats = {
      requests: 0,
      injected: Object.fromEntries(FAULT_KINDS.map((k) => [k, 0])),
      byOperation: {}
    };
  }
  /** Replaces the rules (and restarts the random sequence) while the sandbox runs. */
  configure(settings) {
    this.random = mulberry32(settings.seed ?? 1);
    this.rules = settings.rules.map((rule) => ({ ...rule, used: 0 }));
  }
  decide(operationId, method) {
    this.stats.requests += 1;
    for (const rule of this.rules) {
      if (rule.operations && !rule.operations.includes(operationId)) continue;
      if (rule.method && rule.method.toUpperCase() !== method) continue;
      if (rule.limit !== void 0 && rule.used >= rule.limit) continue;
      if (this.random() >= rule.rate) continue;
      const spec = this.pick(rule.kinds.map((k) => typeof k === "string" ? { kind: k } : k));
      rule.used += 1;
      this.stats.injected[spec.kind] += 1;
      this.stats.byOperation[operationId] = (this.stats.byOperation[operationId] ?? 0) + 1;
      return {
        kind: spec.kind,
        delayMs: spec.delayMs ?? 200,
        retryAfter: spec.retryAfter ?? 1,
        phase: rule.phase ?? "before"
      };
    }
    return void 0;
  }
  pick(specs) {
    const total = specs.reduce((sum, s) => sum + (s.weight ?? 1), 0);
    let roll = this.random() * total;
    for (const spec of specs) {
      roll -= spec.weight ?? 1;
      if (roll < 0) return spec;
    }
    return specs[specs.length - 1];
  }
};
function faultResponse(fault) {
  const docs = "https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api";
  const secondary = {
    message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.",
    documentation_url: `${docs}#about-secondary-rate-limits`
  };
  switch (fault.kind) {
    case "500":
      return { status: 500, headers: {}, body: { message: "Server Error" } };
    case "502":
      return { status: 502, headers: {}, body: { message: "Server Error" } };
    case "503":
      return { status: 503, headers: {}, body: { message: "Service Unavailable" } };
    case "429":
      return { status: 429, headers: { "retry-after": String(fault.retryAfter) }, body: secondary };
    case "403-secondary":
      return { status: 403, headers: { "retry-after": String(fault.retryAfter) }, body: secondary };
    case "403-primary":
      return {
        status: 403,
        headers: {
          "x-ratelimit-remaining": "0",
          "x-ratelimit-reset": String(Math.ceil(Date.now() / 1e3) + fault.retryAfter)
        },
        body: { message: "API rate limit exceeded for installation.", documentation_url: docs }
      };
    case "delay":
    case "reset":
      throw new Error(`fault ${fault.kind} has no response of its own`);
  }
}
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}

// sandbox/router.ts
var Router = class {
  routes = [];
  constructor(definitions) {
    for (const definition of definitions) {
      const [method, template] = definition.route.split(" ");
      if (!method || !template) throw new Error(`bad route "${definition.route}"`);
      const segments = template.split("/").filter(Boolean).map((s) => s.startsWith("{") && s.endsWith("}") ? { param: s.slice(1, -1) } : { literal: s });
      this.routes.push({ definition, method: method.toUpperCase(), segments });
    }
  }
  match(method, pathname) {
    const parts = pathname.split("/").filter(Boolean);
    let best;
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const params = matchSegments(route.segments, parts);
      if (!params) continue;
      const score = route.segments.map((s) => "literal" in s ? "1" : "0").join("");
      if (!best || score > best.score) best = { match: { definition: route.definition, params }, score };
    }
    return best?.match;
  }
  definitions() {
    return this.routes.map((r) => r.definition);
  }
};
var GREEDY = /* @__PURE__ */ new Set(["path", "ref", "branch", "tag", "basehead", "dir"]);
function matchSegments(segments, parts) {
  const params = {};
  const last = segments.at(-1);
  const greedyTail = last !== void 0 && "param" in last && GREEDY.has(last.param);
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    const part = parts[i];
    const isLast = i === segments.length - 1;
    if (part === void 0) {
      if (isLast && "param" in segment && segment.param === "path") {
        params.path = "";
        continue;
      }
      return void 0;
    }
    if ("literal" in segment) {
      if (segment.literal !== part) return void 0;
      continue;
    }
    const raw = isLast && greedyTail ? parts.slice(i).join("/") : part;
    try {
      params[segment.param] = decodeURIComponent(raw);
    } catch {
      return void 0;
    }
  }
  return parts.length <= segments.length || greedyTail ? params : void 0;
}

// sandbox/artifacts-service.ts
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

// sandbox/state.ts
import fs2 from "node:fs";
function emptyState() {
  return {
    version: 1,
    nextId: 1e3,
    users: {},
    tokens: {},
    apps: {},
    installations: {},
    repos: {},
    hooks: []
  };
}
function loadState(file) {
  const parsed = JSON.parse(fs2.readFileSync(file, "utf8"));
  if (parsed.version !== 1)
    throw new Error(`${file}: not a sandbox state file (version ${String(parsed.version)})`);
  return { ...emptyState(), ...parsed };
}
function saveState(state, file) {
  const temp = `${file}.${process.pid}.tmp`;
  fs2.writeFileSync(temp, JSON.stringify(state));
  fs2.renameSync(temp, file);
}
function nextId(state) {
  state.nextId += 1;
  return state.nextId;
}
function timestamp(date = /* @__PURE__ */ new Date()) {
  return `${date.toISOString().slice(0, 19)}Z`;
}

// sandbox/artifacts-service.ts
var TWIRP_SERVICE = "github.actions.results.api.v1.ArtifactService";
var DEFAULT_RETENTION_DAYS = 90;
var RUNTIME_TOKEN_LIFETIME_SECONDS = 6 * 60 * 60;
var SIGNED_URL_LIFETIME_SECONDS = 60 * 60;
var SIGNING_KEY = "trainyard-sandbox-actions-results";
function uuidFrom(seed) {
  const hex = createHash("sha256").update(seed).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
function workflowRunBackendId(repo, run) {
  return uuidFrom(`workflow-run:${repo.id}:${run.id}`);
}
function jobRunBackendId(repo, run, job) {
  return uuidFrom(`workflow-job-run:${repo.id}:${run.id}:${job}`);
}
function findRunByBackendId(world, backendId) {
  for (const repo of Object.values(world.state.repos))
    for (const run of Object.values(repo.workflowRuns))
      if (workflowRunBackendId(repo, run) === backendId) return { repo, run };
  return void 0;
}
function hmac(data) {
  return createHmac("sha256", SIGNING_KEY).update(data).digest("base64url");
}
function sameSignature(given, expected) {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
function mintRuntimeToken(repo, run, options = {}) {
  const job = options.job ?? "build";
  const now = Math.floor(Date.now() / 1e3);
  const header = { typ: "JWT", alg: "HS256" };
  const claims = {
    scp: `Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:${workflowRunBackendId(repo, run)}:${jobRunBackendId(repo, run, job)}`,
    ac: "[]",
    iss: "vstoken.actions.githubusercontent.com",
    aud: "vso:sandbox",
    nbf: now - 60,
    iat: now,
    exp: now + (options.lifetimeSeconds ?? RUNTIME_TOKEN_LIFETIME_SECONDS),
    repository_id: String(repo.id),
    run_id: String(run.id)
  };
  const encode = (value) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const unsigned = `${encode(header)}.${encode(claims)}`;
  return `${unsigned}.${hmac(unsigned)}`;
}
function verifyRuntimeToken(authorization) {
  const token = /^bearer\s+(\S+)$/i.exec(authorization?.trim() ?? "")?.[1];
  if (!token) throw new TwirpError(401, "unauthenticated", "missing bearer token");
  const [header, payload, signature] = token.split(".");
  if (!header || !payload || !signature || !sameSignature(signature, hmac(`${header}.${payload}`)))
    throw new TwirpError(401, "unauthenticated", "invalid runtime token");
  let claims;
  try {
    claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    throw new TwirpError(401, "unauthenticated", "invalid runtime token");
  }
  if (typeof claims.exp !== "number" || claims.exp < Date.now() / 1e3)
    throw new TwirpError(401, "unauthenticated", "runtime token expired");
  const results = String(claims.scp ?? "").split(" ").map((scope) => scope.split(":")).find((parts) => parts[0] === "Actions.Results" && parts.length === 3);
  if (!results?.[1] || !results[2])
    throw new TwirpError(403, "permission_denied", "runtime token has no Actions.Results scope");
  return { workflowRunBackendId: results[1], workflowJobRunBackendId: results[2] };
}
function signedUrl(origin, path, method) {
  const expiry = new Date(Date.now() + SIGNED_URL_LIFETIME_SECONDS * 1e3).toISOString();
  const signature = hmac(`${method}
${path}
${expiry}`);
  return `${origin}${path}?se=${encodeURIComponent(expiry)}&sp=${method === "GET" ? "r" : "cw"}&sig=${signature}`;
}
function checkSignedUrl(url, method) {
  const expiry = url.searchParams.get("se") ?? "";
  const signature = url.searchParams.get("sig") ?? "";
  if (!sameSignature(signature, hmac(`${method}
${url.pathname}
${expiry}`)))
    throw new BlobError(
      403,
      "AuthenticationFailed",
      "Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature."
    );
  if (!(Date.parse(expiry) > Date.now()))
    throw new BlobError(403, "AuthenticationFailed", "Signed expiry time must be after signed start time");
}
function artifactFileName(artifact) {
  return `${artifact.name}.zip`;
}
function artifactDownloadUrl(origin, artifact) {
  return signedUrl(
    origin,
    `/_blobs/artifacts/${artifact.id}/${encodeURIComponent(artifactFileName(artifact))}`,
    "GET"
  );
}
function base64DecodedLength(base64) {
  const padding = base64.endsWith("==") ? 2 : base64.endsWith("=") ? 1 : 0;
  return base64.length / 4 * 3 - padding;
}
function isArtifactExpired(artifact) {
  return artifact.expired || Date.parse(artifact.expiresAt) <= Date.now();
}
function findArtifact(world, artifactId) {
  for (const repo of Object.values(world.state.repos)) {
    const artifact = repo.artifacts[String(artifactId)];
    if (artifact) return { repo, artifact };
  }
  return void 0;
}
function sha256Digest(content) {
  return `sha256:${createHash("sha256").update(content).digest("hex")}`;
}
function storeArtifact(world, repo, run, upload) {
  const expiresAt = upload.expiresAt ? new Date(upload.expiresAt) : new Date(Date.now() + DEFAULT_RETENTION_DAYS * 24 * 3600 * 1e3);
  const artifact = {
    id: world.id(),
    runId: run.id,
    name: upload.name,
    content: upload.zip.toString("base64"),
    digest: sha256Digest(upload.zip),
    expired: false,
    createdAt: world.now(),
    expiresAt: timestamp(expiresAt)
  };
  repo.artifacts[String(artifact.id)] = artifact;
  world.changed();
  return artifact;
}
function liveArtifactsOfRun(repo, run) {
  return Object.values(repo.artifacts).filter((a) => a.runId === run.id && !isArtifactExpired(a)).sort((a, b) => a.id - b.id);
}
var pendingUploadsByWorld = /* @__PURE__ */ new WeakMap();
function pendingUploads(world) {
  let uploads = pendingUploadsByWorld.get(world);
  if (!uploads) {
    uploads = /* @__PURE__ */ new Map();
    pendingUploadsByWorld.set(world, uploads);
  }
  return uploads;
}
function pendingUploadFor(world, run, name) {
  return [...pendingUploads(world).values()].find((u) => u.run.id === run.id && u.name === name);
}
var TwirpError = class extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
  status;
  code;
};
function stringField(body, field) {
  const value = body[field];
  if (typeof value !== "string" || value === "")
    throw new TwirpError(400, "invalid_argument", `${field} is required`);
  return value;
}
function optionalString(body, field) {
  const value = body[field];
  if (value === void 0 || value === null) return void 0;
  if (typeof value !== "string") throw new TwirpError(400, "malformed", `${field} must be a string`);
  return value;
}
function optionalInt64(body, field) {
  const value = body[field];
  if (value === void 0 || value === null) return void 0;
  const parsed = typeof value === "number" ? value : typeof value === "string" ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(parsed)) throw new TwirpError(400, "malformed", `${field} must be an int64`);
  return parsed;
}
function requireOwnJob(call) {
  if (stringField(call.body, "workflow_job_run_backend_id") !== call.scope.workflowJobRunBackendId)
    throw new TwirpError(403, "permission_denied", "the runtime token is for another job");
}
function createArtifact(call) {
  const { world, repo, run, body } = call;
  requireOwnJob(call);
  const name = stringField(body, "name");
  if (run.status === "completed")
    throw new TwirpError(412, "failed_precondition", `workflow run ${run.id} has completed`);
  if (liveArtifactsOfRun(repo, run).some((a) => a.name === name))
    throw new TwirpError(
      409,
      "already_exists",
      "an artifact with this name already exists on the workflow run"
    );
  const expiresAt = optionalString(body, "expires_at");
  if (expiresAt !== void 0 && Number.isNaN(Date.parse(expiresAt)))
    throw new TwirpError(400, "malformed", "expires_at must be an RFC 3339 timestamp");
  const uploads = pendingUploads(world);
  const replaced = pendingUploadFor(world, run, name);
  if (replaced) uploads.delete(replaced.uploadId);
  const uploadId = randomBytes(12).toString("hex");
  uploads.set(uploadId, {
    uploadId,
    repo,
    run,
    name,
    expiresAt,
    stagedBlocks: /* @__PURE__ */ new Map(),
    committed: void 0
  });
  const path = `/_blobs/uploads/${uploadId}/${encodeURIComponent(`${name}.zip`)}`;
  return { ok: true, signed_upload_url: signedUrl(call.origin, path, "PUT") };
}
function finalizeArtifact(call) {
  const { world, repo, run, body } = call;
  requireOwnJob(call);
  const name = stringField(body, "name");
  const upload = pendingUploadFor(world, run, name);
  if (!upload) throw new TwirpError(404, "not_found", `no artifact named ${name} is being uploaded`);
  if (!upload.committed)
    throw new TwirpError(412, "failed_precondition", `artifact ${name} has no committed blob`);
  const size = optionalInt64(body, "size");
  if (size !== void 0 && size !== upload.committed.length)
    throw new TwirpError(
      400,
      "invalid_argument",
      `size ${size} does not match the ${upload.committed.length} bytes uploaded`
    );
  const digest = sha256Digest(upload.committed);
  const claimedHash = optionalString(body, "hash");
  if (claimedHash !== void 0 && claimedHash !== digest)
    throw new TwirpError(
      400,
      "invalid_argument",
      `hash ${claimedHash} does not match the uploaded ${digest}`
    );
  pendingUploads(world).delete(upload.uploadId);
  const artifact = storeArtifact(world, repo, run, {
    name,
    zip: upload.committed,
    expiresAt: upload.expiresAt
  });
  return { ok: true, artifact_id: String(artifact.id) };
}
function listArtifacts(call) {
  const { repo, run, body, scope } = call;
  const nameFilter = optionalString(body, "name_filter");
  const idFilter = optionalInt64(body, "id_filter");
  const artifacts = liveArtifactsOfRun(repo, run).filter((a) => nameFilter === void 0 || a.name === nameFilter).filter((a) => idFilter === void 0 || a.id === idFilter).map((a) => ({
    workflow_run_backend_id: scope.workflowRunBackendId,
    workflow_job_run_backend_id: scope.workflowJobRunBackendId,
    database_id: String(a.id),
    name: a.name,
    size: String(base64DecodedLength(a.content)),
    created_at: a.createdAt,
    digest: a.digest
  }));
  return { artifacts };
}
function artifactNamed(call) {
  const name = stringField(call.body, "name");
  const artifact = liveArtifactsOfRun(call.repo, call.run).find((a) => a.name === name);
  if (!artifact) throw new TwirpError(404, "not_found", `artifact ${name} not found`);
  return artifact;
}
function getSignedArtifactUrl(call) {
  return { signed_url: artifactDownloadUrl(call.origin, artifactNamed(call)) };
}
function deleteArtifact(call) {
  const artifact = artifactNamed(call);
  delete call.repo.artifacts[String(artifact.id)];
  call.world.changed();
  return { ok: true, artifact_id: String(artifact.id) };
}
var TWIRP_METHODS = {
  CreateArtifact: createArtifact,
  FinalizeArtifact: finalizeArtifact,
  ListArtifacts: listArtifacts,
  GetSignedArtifactURL: getSignedArtifactUrl,
  DeleteArtifact: deleteArtifact
};
function twirpResponse(status, body) {
  return {
    status,
    body: Buffer.from(JSON.stringify(body)),
    headers: { "content-type": "application/json" }
  };
}
function serveTwirp(request) {
  try {
    const method = TWIRP_METHODS[request.match[1] ?? ""];
    if (!method) throw new TwirpError(404, "bad_route", `no handler for ${request.url.pathname}`);
    const scope = verifyRuntimeToken(headerValue(request.headers.authorization));
    let body;
    try {
      body = JSON.parse(request.rawBody.toString("utf8") || "{}");
    } catch {
      throw new TwirpError(400, "malformed", "the request body is not JSON");
    }
    if (typeof body !== "object" || body === null || Array.isArray(body))
      throw new TwirpError(400, "malformed", "the request body is not a JSON object");
    const fields = body;
    if (stringField(fields, "workflow_run_backend_id") !== scope.workflowRunBackendId)
      throw new TwirpError(403, "permission_denied", "the runtime token is for another workflow run");
    const found = findRunByBackendId(request.world, scope.workflowRunBackendId);
    if (!found) throw new TwirpError(404, "not_found", "workflow run not found");
    return twirpResponse(
      200,
      method({ world: request.world, origin: request.url.origin, scope, ...found, body: fields })
    );
  } catch (error) {
    if (!(error instanceof TwirpError)) throw error;
    return twirpResponse(error.status, { code: error.code, msg: error.message });
  }
}
function headerValue(value) {
  return Array.isArray(value) ? value[0] : value;
}
var BlobError = class extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
  status;
  code;
};
function blobErrorResponse(error) {
  const xml = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${error.code}</Code><Message>${escapeXml(error.message)}</Message></Error>`;
  return {
    status: error.status,
    body: Buffer.from(xml),
    headers: { "content-type": "application/xml", "x-ms-error-code": error.code }
  };
}
function escapeXml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function blobHeaders() {
  return {
    "x-ms-request-id": randomBytes(16).toString("hex"),
    "x-ms-version": "2025-01-05",
    date: (/* @__PURE__ */ new Date()).toUTCString()
  };
}
function blockListIds(xml) {
  return [...xml.matchAll(/<(Latest|Uncommitted|Committed)>([^<]*)<\/\1>/g)].map((m) => m[2] ?? "");
}
function serveBlobUpload(request) {
  try {
    checkSignedUrl(request.url, "PUT");
    const upload = pendingUploads(request.world).get(request.match[1] ?? "");
    if (!upload) throw new BlobError(404, "BlobNotFound", "The specified blob does not exist.");
    const operation = request.url.searchParams.get("comp");
    if (operation === "block") {
      const blockId = request.url.searchParams.get("blockid");
      if (!blockId) throw new BlobError(400, "InvalidQueryParameterValue", "blockid is required");
      upload.stagedBlocks.set(blockId, request.rawBody);
      return { status: 201, headers: blobHeaders() };
    }
    if (operation === "blocklist") {
      const ids = blockListIds(request.rawBody.toString("utf8"));
      const blocks = ids.map((id) => upload.stagedBlocks.get(id));
      if (blocks.some((block) => block === void 0))
        throw new BlobError(400, "InvalidBlockList", "The specified block list is invalid.");
      upload.committed = Buffer.concat(blocks);
      upload.stagedBlocks.clear();
    } else if (operation === null) {
      if (headerValue(request.headers?.["x-ms-blob-type"]) !== "BlockBlob")
        throw new BlobError(400, "MissingRequiredHeader", "x-ms-blob-type must be BlockBlob");
      upload.committed = request.rawBody;
    } else throw new BlobError(400, "InvalidQueryParameterValue", `comp=${operation} is not supported`);
    return {
      status: 201,
      headers: {
        ...blobHeaders(),
        etag: `"0x${createHash("sha256").update(upload.committed).digest("hex").slice(0, 16).toUpperCase()}"`,
        "last-modified": (/* @__PURE__ */ new Date()).toUTCString(),
        "x-ms-request-server-encrypted": "true"
      }
    };
  } catch (error) {
    if (!(error instanceof BlobError)) throw error;
    return blobErrorResponse(error);
  }
}
function serveArtifactDownload(request) {
  try {
    checkSignedUrl(request.url, "GET");
    const found = findArtifact(request.world, Number(request.match[1]));
    if (!found || isArtifactExpired(found.artifact))
      throw new BlobError(404, "BlobNotFound", "The specified blob does not exist.");
    const fileName = artifactFileName(found.artifact);
    return {
      status: 200,
      body: Buffer.from(found.artifact.content, "base64"),
      headers: {
        ...blobHeaders(),
        "content-type": "application/zip",
        "content-disposition": `attachment; filename="${fileName.replace(/[^\x20-\x7e]|"/g, "_")}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        "x-ms-blob-type": "BlockBlob"
      }
    };
  } catch (error) {
    if (!(error instanceof BlobError)) throw error;
    return blobErrorResponse(error);
  }
}
var resultsServiceRoutes = [
  {
    method: "POST",
    pattern: new RegExp(`^/twirp/${TWIRP_SERVICE.replace(/\./g, "\\.")}/([A-Za-z]+)$`),
    handler: serveTwirp
  },
  { method: "PUT", pattern: /^\/_blobs\/uploads\/([0-9a-f]+)\/[^/]+$/, handler: serveBlobUpload },
  { method: "GET", pattern: /^\/_blobs\/artifacts\/(\d+)\/[^/]+$/, handler: serveArtifactDownload }
];

// sandbox/git.ts
import { createHash as createHash2 } from "node:crypto";
function hashObject(object) {
  const body = serialize(object);
  const header = Buffer.from(`${object.type} ${body.length}\0`);
  return createHash2("sha1").update(header).update(body).digest("hex");
}
function serialize(object) {
  switch (object.type) {
    case "blob":
      return Buffer.from(object.content, "base64");
    case "tree":
      return Buffer.concat(
        sortTreeEntries(object.entries).flatMap((entry) => [
          Buffer.from(`${entry.mode === "040000" ? "40000" : entry.mode} ${entry.name}\0`),
          Buffer.from(entry.sha, "hex")
        ])
      );
    case "commit": {
      const lines = [`tree ${object.tree}`, ...object.parents.map((p) => `parent ${p}`)];
      lines.push(
        `author ${person(object.author)}`,
        `committer ${person(object.committer)}`,
        "",
        object.message
      );
      return Buffer.from(lines.join("\n"));
    }
    case "tag":
      return Buffer.from(
        [
          `object ${object.object}`,
          `type ${object.objectType}`,
          `tag ${object.tag}`,
          `tagger ${person(object.tagger)}`,
          "",
          object.message
        ].join("\n")
      );
  }
}
function person(p) {
  return `${p.name} <${p.email}> ${Math.floor(Date.parse(p.date) / 1e3)} +0000`;
}
function sortTreeEntries(entries) {
  const key = (e) => e.mode === "040000" ? `${e.name}/` : e.name;
  return [...entries].sort((a, b) => Buffer.compare(Buffer.from(key(a)), Buffer.from(key(b))));
}
function putObject(repo, object) {
  const normalized = object.type === "tree" ? { ...object, entries: sortTreeEntries(object.entries) } : object;
  const sha = hashObject(normalized);
  repo.objects[sha] ??= normalized;
  return sha;
}
function putBlob(repo, content) {
  return putObject(repo, { type: "blob", content: content.toString("base64") });
}
function getObject(repo, sha, type) {
  const object = repo.objects[sha];
  return object?.type === type ? object : void 0;
}
function blobContent(repo, sha) {
  const blob = getObject(repo, sha, "blob");
  if (!blob) throw new Error(`no blob ${sha}`);
  return Buffer.from(blob.content, "base64");
}
var FULL_SHA = /^[0-9a-f]{40}$/;
function resolveCommit(repo, ref) {
  const candidates = ref.startsWith("refs/") ? [ref] : [`refs/${ref}`, `refs/heads/${ref}`, `refs/tags/${ref}`].filter((r) => r.split("/").length >= 3);
  for (const name of candidates) {
    const target = repo.refs[name];
    if (target) return peelToCommit(repo, target);
  }
  if (FULL_SHA.test(ref) && getObject(repo, ref, "commit")) return ref;
  if (/^[0-9a-f]{7,39}$/.test(ref)) {
    const matches = Object.keys(repo.objects).filter(
      (sha) => sha.startsWith(ref) && repo.objects[sha]?.type === "commit"
    );
    if (matches.length === 1) return matches[0];
  }
  return void 0;
}
function peelToCommit(repo, sha) {
  const object = repo.objects[sha];
  if (object?.type === "tag") return peelToCommit(repo, object.object);
  return object?.type === "commit" ? sha : void 0;
}
function readPath(repo, commitSha, path) {
  const commit = getObject(repo, commitSha, "commit");
  if (!commit) return void 0;
  let treeSha = commit.tree;
  const parts = splitPath(path);
  if (parts.length === 0) {
    const tree = getObject(repo, treeSha, "tree");
    return tree ? { type: "tree", sha: treeSha, mode: "040000", path: "", entries: tree.entries } : void 0;
  }
  for (let i = 0; i < parts.length; i++) {
    const tree = getObject(repo, treeSha, "tree");
    const entry = tree?.entries.find((e) => e.name === parts[i]);
    if (!entry) return void 0;
    const last = i === parts.length - 1;
    if (entry.mode === "040000") {
      if (last) {
        const sub = getObject(repo, entry.sha, "tree");
        return sub ? { type: "tree", sha: entry.sha, mode: "040000", path: parts.join("/"), entries: sub.entries } : void 0;
      }
      treeSha = entry.sha;
    } else {
      return last ? { type: "blob", sha: entry.sha, mode: entry.mode, path: parts.join("/") } : void 0;
    }
  }
  return void 0;
}
function splitPath(path) {
  return path.split("/").filter((p) => p.length > 0);
}
function flattenTree(repo, treeSha, prefix = "") {
  const files = /* @__PURE__ */ new Map();
  const tree = getObject(repo, treeSha, "tree");
  for (const entry of tree?.entries ?? []) {
    const path = prefix + entry.name;
    if (entry.mode === "040000")
      for (const [p, e] of flattenTree(repo, entry.sha, `${path}/`)) files.set(p, e);
    else files.set(path, entry);
  }
  return files;
}
function writeTree(repo, baseTreeSha, changes) {
  const files = baseTreeSha ? flattenTree(repo, baseTreeSha) : /* @__PURE__ */ new Map();
  for (const change of changes) {
    const path = splitPath(change.path).join("/");
    if (change.sha === null) {
      files.delete(path);
      for (const key of [...files.keys()]) if (key.startsWith(`${path}/`)) files.delete(key);
    } else {
      const name = path.split("/").pop() ?? path;
      files.set(path, { mode: change.mode ?? files.get(path)?.mode ?? "100644", name, sha: change.sha });
    }
  }
  return buildTree(repo, files);
}
function buildTree(repo, files) {
  const direct = [];
  const subdirs = /* @__PURE__ */ new Map();
  for (const [path, entry] of files) {
    const slash = path.indexOf("/");
    if (slash < 0) direct.push({ ...entry, name: path });
    else {
      const dir = path.slice(0, slash);
      if (!subdirs.has(dir)) subdirs.set(dir, /* @__PURE__ */ new Map());
      subdirs.get(dir)?.set(path.slice(slash + 1), entry);
    }
  }
  for (const [dir, sub] of subdirs) direct.push({ mode: "040000", name: dir, sha: buildTree(repo, sub) });
  return putObject(repo, { type: "tree", entries: direct });
}
function createCommit(repo, input) {
  return putObject(repo, {
    type: "commit",
    tree: input.tree,
    parents: input.parents,
    message: input.message,
    author: input.author,
    committer: input.committer ?? input.author
  });
}
function commitToBranch(repo, branch, changes, message, author) {
  const ref = `refs/heads/${branch}`;
  const parent = repo.refs[ref];
  const baseTree = parent ? getObject(repo, parent, "commit")?.tree ?? null : null;
  const tree = writeTree(repo, baseTree, changes);
  const sha = createCommit(repo, { tree, parents: parent ? [parent] : [], message, author });
  repo.refs[ref] = sha;
  return sha;
}
function ancestors(repo, sha) {
  const seen = /* @__PURE__ */ new Set();
  const queue = [sha];
  while (queue.length > 0) {
    const next = queue.shift();
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...getObject(repo, next, "commit")?.parents ?? []);
  }
  return [...seen];
}
function isAncestor(repo, ancestor, descendant) {
  return ancestors(repo, descendant).includes(ancestor);
}
function mergeBase(repo, a, b) {
  const ofB = new Set(ancestors(repo, b));
  return ancestors(repo, a).find((sha) => ofB.has(sha));
}
function mergeTrees(repo, baseCommit, ours, theirs) {
  const treeOf = (sha) => sha ? getObject(repo, sha, "commit")?.tree : void 0;
  const base = flattenFiles(repo, treeOf(baseCommit));
  const left = flattenFiles(repo, treeOf(ours));
  const right = flattenFiles(repo, treeOf(theirs));
  const paths = /* @__PURE__ */ new Set([...base.keys(), ...left.keys(), ...right.keys()]);
  const result = /* @__PURE__ */ new Map();
  const conflicts = [];
  for (const path of paths) {
    const b = base.get(path)?.sha;
    const l = left.get(path);
    const r = right.get(path);
    let pick;
    if (l?.sha === r?.sha) pick = l;
    else if (l?.sha === b) pick = r;
    else if (r?.sha === b) pick = l;
    else {
      conflicts.push(path);
      continue;
    }
    if (pick) result.set(path, pick);
  }
  return conflicts.length > 0 ? { conflicts: conflicts.sort() } : { tree: buildTree(repo, result) };
}
function flattenFiles(repo, tree) {
  return tree ? flattenTree(repo, tree) : /* @__PURE__ */ new Map();
}

// sandbox/shapes.ts
function nodeId(kind, id) {
  return Buffer.from(`0:${kind}${id}`).toString("base64url");
}
function simpleUser(world, login) {
  const user = world.findUser(login) ?? world.createUser(login);
  const urlLogin = encodeURIComponent(user.login);
  const api2 = `${world.urls.api}/users/${urlLogin}`;
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId(user.type === "Bot" ? "Bot" : "User", user.id),
    avatar_url: `${world.urls.html}/avatars/${urlLogin}`,
    gravatar_id: "",
    url: api2,
    html_url: `${world.urls.html}/${urlLogin}`,
    followers_url: `${api2}/followers`,
    following_url: `${api2}/following{/other_user}`,
    gists_url: `${api2}/gists{/gist_id}`,
    starred_url: `${api2}/starred{/owner}{/repo}`,
    subscriptions_url: `${api2}/subscriptions`,
    organizations_url: `${api2}/orgs`,
    repos_url: `${api2}/repos`,
    events_url: `${api2}/events{/privacy}`,
    received_events_url: `${api2}/received_events`,
    type: user.type,
    user_view_type: "public",
    site_admin: false
  };
}
function fullUser(world, login) {
  const user = world.user(login);
  const repos = Object.values(world.state.repos).filter((r) => r.owner.toLowerCase() === login.toLowerCase());
  return {
    ...simpleUser(world, login),
    name: user.name,
    company: null,
    blog: "",
    location: null,
    email: user.email,
    hireable: null,
    bio: null,
    twitter_username: null,
    public_repos: repos.filter((r) => !r.private).length,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: user.createdAt,
    updated_at: user.createdAt
  };
}
function repoUrls(world, repo) {
  const api2 = `${world.urls.api}/repos/${repo.owner}/${repo.name}`;
  const html = `${world.urls.html}/${repo.owner}/${repo.name}`;
  return {
    html_url: html,
    url: api2,
    archive_url: `${api2}/{archive_format}{/ref}`,
    assignees_url: `${api2}/assignees{/user}`,
    blobs_url: `${api2}/git/blobs{/sha}`,
    branches_url: `${api2}/branches{/branch}`,
    collaborators_url: `${api2}/collaborators{/collaborator}`,
    comments_url: `${api2}/comments{/number}`,
    commits_url: `${api2}/commits{/sha}`,
    compare_url: `${api2}/compare/{base}...{head}`,
    contents_url: `${api2}/contents/{+path}`,
    contributors_url: `${api2}/contributors`,
    deployments_url: `${api2}/deployments`,
    downloads_url: `${api2}/downloads`,
    events_url: `${api2}/events`,
    forks_url: `${api2}/forks`,
    git_commits_url: `${api2}/git/commits{/sha}`,
    git_refs_url: `${api2}/git/refs{/sha}`,
    git_tags_url: `${api2}/git/tags{/sha}`,
    git_url: `${html.replace(/^http/, "git")}.git`,
    issue_comment_url: `${api2}/issues/comments{/number}`,
    issue_events_url: `${api2}/issues/events{/number}`,
    issues_url: `${api2}/issues{/number}`,
    keys_url: `${api2}/keys{/key_id}`,
    labels_url: `${api2}/labels{/name}`,
    languages_url: `${api2}/languages`,
    merges_url: `${api2}/merges`,
    milestones_url: `${api2}/milestones{/number}`,
    notifications_url: `${api2}/notifications{?since,all,participating}`,
    pulls_url: `${api2}/pulls{/number}`,
    releases_url: `${api2}/releases{/id}`,
    ssh_url: `git@sandbox:${repo.owner}/${repo.name}.git`,
    stargazers_url: `${api2}/stargazers`,
    statuses_url: `${api2}/statuses/{sha}`,
    subscribers_url: `${api2}/subscribers`,
    subscription_url: `${api2}/subscription`,
    tags_url: `${api2}/tags`,
    teams_url: `${api2}/teams`,
    trees_url: `${api2}/git/trees{/sha}`,
    clone_url: `${html}.git`,
    hooks_url: `${api2}/hooks`,
    svn_url: html
  };
}
function repository(world, repo, viewer) {
  const openIssues = Object.values(repo.issues).filter((i) => i.state === "open").length;
  const level = viewer ? world.permissionOf(repo, viewer) : "read";
  return {
    id: repo.id,
    node_id: nodeId("Repository", repo.id),
    name: repo.name,
    full_name: `${repo.owner}/${repo.name}`,
    owner: simpleUser(world, repo.owner),
    private: repo.private,
    description: repo.description,
    fork: false,
    ...repoUrls(world, repo),
    mirror_url: null,
    homepage: null,
    language: null,
    forks_count: 0,
    stargazers_count: 0,
    watchers_count: 0,
    size: Object.keys(repo.objects).length,
    default_branch: repo.defaultBranch,
    open_issues_count: openIssues,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: repo.private ? "private" : "public",
    pushed_at: repo.pushedAt,
    created_at: repo.createdAt,
    updated_at: repo.updatedAt,
    permissions: {
      admin: level === "admin",
      maintain: level === "admin",
      push: level === "admin" || level === "write",
      triage: level !== "none",
      pull: level !== "none"
    },
    allow_rebase_merge: true,
    allow_squash_merge: true,
    allow_merge_commit: true,
    allow_auto_merge: false,
    delete_branch_on_merge: false,
    allow_forking: true,
    web_commit_signoff_required: false,
    license: null,
    forks: 0,
    open_issues: openIssues,
    watchers: 0
  };
}
function fullRepository(world, repo, viewer) {
  return { ...repository(world, repo, viewer), subscribers_count: 0, network_count: 0 };
}
var WEBHOOK_REPOSITORY_FIELDS = new Set(
  "id node_id name full_name private owner html_url description fork url forks_url keys_url collaborators_url teams_url hooks_url issue_events_url events_url assignees_url branches_url tags_url blobs_url git_tags_url git_refs_url trees_url statuses_url languages_url stargazers_url contributors_url subscribers_url subscription_url commits_url git_commits_url comments_url issue_comment_url contents_url compare_url merges_url archive_url downloads_url issues_url pulls_url milestones_url notifications_url labels_url releases_url deployments_url created_at updated_at pushed_at git_url ssh_url clone_url svn_url homepage size stargazers_count watchers_count language has_issues has_projects has_downloads has_wiki has_pages forks_count mirror_url archived open_issues_count license forks open_issues watchers default_branch is_template web_commit_signoff_required topics visibility has_discussions disabled allow_squash_merge allow_merge_commit allow_rebase_merge allow_auto_merge allow_forking delete_branch_on_merge".split(" ")
);
function webhookUser(world, login) {
  const { user_view_type: _omitted, ...user } = simpleUser(world, login);
  return user;
}
function webhookRepository(world, repo) {
  const shape = { custom_properties: {} };
  for (const [key, value] of Object.entries(repository(world, repo)))
    if (WEBHOOK_REPOSITORY_FIELDS.has(key)) shape[key] = value;
  shape.owner = webhookUser(world, repo.owner);
  return shape;
}

// sandbox/routes/actions.ts
function repoOf(world, repo) {
  return typeof repo === "string" ? world.repo(repo) : repo;
}
function runOf(repo, runId) {
  const run = repo.workflowRuns[String(runId)];
  if (!run) throw new Error(`sandbox: no workflow run ${runId} in ${repo.owner}/${repo.name}`);
  return run;
}
function startWorkflowRun(world, options) {
  const repo = repoOf(world, options.repo);
  const headBranch = options.headBranch ?? repo.defaultBranch;
  const headSha = options.headSha ?? resolveCommit(repo, `refs/heads/${headBranch}`);
  if (!headSha || !getObject(repo, headSha, "commit"))
    throw new Error(
      `sandbox: ${options.headSha ?? headBranch} is not a commit in ${repo.owner}/${repo.name}`
    );
  const earlierRuns = Object.values(repo.workflowRuns).filter((r) => r.path === options.workflowPath);
  world.id();
  const id = world.id();
  const now = world.now();
  const run = {
    id,
    name: options.name ?? workflowFileStem(options.workflowPath),
    workflowId: earlierRuns[0]?.workflowId ?? world.id(),
    path: options.workflowPath,
    event: options.event ?? "push",
    status: "queued",
    conclusion: null,
    headBranch,
    headSha,
    runNumber: earlierRuns.length + 1,
    runAttempt: 1,
    actor: options.actor ?? repo.owner,
    pullRequests: options.pullRequests ?? [],
    createdAt: now,
    updatedAt: now
  };
  world.createUser(run.actor);
  repo.workflowRuns[String(id)] = run;
  world.changed();
  emitWorkflowRun(world, repo, run, "requested");
  if ((options.status ?? "in_progress") === "in_progress") markWorkflowRunInProgress(world, repo, id);
  return run;
}
function markWorkflowRunInProgress(world, repo, runId) {
  const record = repoOf(world, repo);
  const run = runOf(record, runId);
  if (run.status === "completed") throw new Error(`sandbox: workflow run ${runId} has already completed`);
  run.status = "in_progress";
  run.updatedAt = world.now();
  world.changed();
  emitWorkflowRun(world, record, run, "in_progress");
  return run;
}
function completeWorkflowRun(world, repo, runId, conclusion) {
  const record = repoOf(world, repo);
  const run = runOf(record, runId);
  if (run.status === "completed") throw new Error(`sandbox: workflow run ${runId} has already completed`);
  run.status = "completed";
  run.conclusion = conclusion;
  run.updatedAt = world.now();
  world.changed();
  emitWorkflowRun(world, record, run, "completed");
  return run;
}
function runnerEnvFor(world, repo, runId, options = {}) {
  const record = repoOf(world, repo);
  const run = runOf(record, runId);
  return {
    GITHUB_ACTIONS: "true",
    CI: "true",
    GITHUB_API_URL: world.urls.api,
    GITHUB_REPOSITORY: `${record.owner}/${record.name}`,
    GITHUB_REPOSITORY_OWNER: record.owner,
    GITHUB_RUN_ID: String(run.id),
    GITHUB_RUN_NUMBER: String(run.runNumber),
    GITHUB_RUN_ATTEMPT: String(run.runAttempt),
    GITHUB_WORKFLOW: run.name,
    GITHUB_WORKFLOW_REF: `${record.owner}/${record.name}/${run.path}@${run.headBranch ? `refs/heads/${run.headBranch}` : run.headSha}`,
    GITHUB_EVENT_NAME: run.event,
    GITHUB_SHA: run.headSha,
    GITHUB_REF: run.headBranch ? `refs/heads/${run.headBranch}` : "",
    GITHUB_ACTOR: run.actor,
    GITHUB_JOB: options.job ?? "build",
    ACTIONS_RESULTS_URL: `${options.resultsUrl ?? world.urls.api}/`,
    ACTIONS_RUNTIME_TOKEN: mintRuntimeToken(record, run, options),
    ...options.token ? { GITHUB_TOKEN: options.token } : {}
  };
}
function checkSuiteIdOf(run) {
  return run.id - 1;
}
function workflowFileStem(path) {
  return (path.split("/").pop() ?? path).replace(/\.ya?ml$/, "");
}
function repoApi(world, repo) {
  return `${world.urls.api}/repos/${repo.owner}/${repo.name}`;
}
function repoHtml(world, repo) {
  return `${world.urls.html}/${repo.owner}/${repo.name}`;
}
var MINIMAL_REPOSITORY_KEYS = [
  "id",
  "node_id",
  "name",
  "full_name",
  "owner",
  "private",
  "html_url",
  "description",
  "fork",
  "url",
  "archive_url",
  "assignees_url",
  "blobs_url",
  "branches_url",
  "collaborators_url",
  "comments_url",
  "commits_url",
  "compare_url",
  "contents_url",
  "contributors_url",
  "deployments_url",
  "downloads_url",
  "events_url",
  "forks_url",
  "git_commits_url",
  "git_refs_url",
  "git_tags_url",
  "hooks_url",
  "issue_comment_url",
  "issue_events_url",
  "issues_url",
  "keys_url",
  "labels_url",
  "languages_url",
  "merges_url",
  "milestones_url",
  "notifications_url",
  "pulls_url",
  "releases_url",
  "stargazers_url",
  "statuses_url",
  "subscribers_url",
  "subscription_url",
  "tags_url",
  "teams_url",
  "trees_url"
];
function userShape(world, login, flavour) {
  return flavour === "webhook" ? webhookUser(world, login) : simpleUser(world, login);
}
function minimalRepository(world, repo, flavour) {
  const full = repository(world, repo);
  const minimal = {};
  for (const key of MINIMAL_REPOSITORY_KEYS) minimal[key] = full[key];
  minimal.owner = userShape(world, repo.owner, flavour);
  return minimal;
}
function pullRequestRefs(world, repo, run) {
  const repoRef = (fullName) => {
    const target = world.state.repos[fullName.toLowerCase()] ?? repo;
    return { id: target.id, url: repoApi(world, target), name: target.name };
  };
  return run.pullRequests.flatMap((number) => {
    const pull = Object.values(repo.pulls).find((p) => p.number === number);
    if (!pull) return [];
    return [
      {
        url: `${repoApi(world, repo)}/pulls/${number}`,
        id: pull.id,
        number,
        head: { ref: pull.headRef, sha: pull.headSha, repo: repoRef(pull.headRepo) },
        base: { ref: pull.baseRef, sha: pull.baseSha, repo: repoRef(`${repo.owner}/${repo.name}`) }
      }
    ];
  });
}
function headCommit(repo, sha) {
  const commit = getObject(repo, sha, "commit");
  if (!commit) return null;
  return {
    id: sha,
    tree_id: commit.tree,
    message: commit.message,
    timestamp: commit.committer.date,
    author: { name: commit.author.name, email: commit.author.email },
    committer: { name: commit.committer.name, email: commit.committer.email }
  };
}
function workflowRunShape(world, repo, run, options = {}) {
  const flavour = options.flavour ?? "rest";
  const api2 = `${repoApi(world, repo)}/actions/runs/${run.id}`;
  const checkSuiteId = checkSuiteIdOf(run);
  const commit = headCommit(repo, run.headSha);
  const minimalRepo = minimalRepository(world, repo, flavour);
  return {
    id: run.id,
    name: run.name,
    node_id: nodeId("WorkflowRun", run.id),
    check_suite_id: checkSuiteId,
    check_suite_node_id: nodeId("CheckSuite", checkSuiteId),
    head_branch: run.headBranch,
    head_sha: run.headSha,
    path: run.path,
    display_title: commit?.message.split("\n")[0] || run.name,
    run_number: run.runNumber,
    run_attempt: run.runAttempt,
    referenced_workflows: [],
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    workflow_id: run.workflowId,
    url: api2,
    html_url: `${repoHtml(world, repo)}/actions/runs/${run.id}`,
    pull_requests: options.excludePullRequests ? [] : pullRequestRefs(world, repo, run),
    created_at: run.createdAt,
    updated_at: run.updatedAt,
    actor: userShape(world, run.actor, flavour),
    triggering_actor: userShape(world, run.actor, flavour),
    run_started_at: run.createdAt,
    jobs_url: `${api2}/jobs`,
    logs_url: `${api2}/logs`,
    check_suite_url: `${repoApi(world, repo)}/check-suites/${checkSuiteId}`,
    artifacts_url: `${api2}/artifacts`,
    cancel_url: `${api2}/cancel`,
    rerun_url: `${api2}/rerun`,
    previous_attempt_url: run.runAttempt > 1 ? `${api2}/attempts/${run.runAttempt - 1}` : null,
    workflow_url: `${repoApi(world, repo)}/actions/workflows/${run.workflowId}`,
    head_commit: commit,
    repository: minimalRepo,
    head_repository: minimalRepo,
    ...flavour === "rest" ? { head_repository_id: repo.id } : {}
  };
}
function workflowShape(world, repo, run) {
  const runs = Object.values(repo.workflowRuns).filter((r) => r.workflowId === run.workflowId);
  const createdAt = runs.map((r) => r.createdAt).sort()[0] ?? run.createdAt;
  const file = run.path.split("/").pop() ?? run.path;
  return {
    id: run.workflowId,
    node_id: nodeId("Workflow", run.workflowId),
    name: run.name,
    path: run.path,
    state: "active",
    created_at: createdAt,
    updated_at: createdAt,
    url: `${repoApi(world, repo)}/actions/workflows/${run.workflowId}`,
    html_url: `${repoHtml(world, repo)}/blob/${repo.defaultBranch}/${run.path}`,
    badge_url: `${repoHtml(world, repo)}/workflows/${encodeURIComponent(file)}/badge.svg`
  };
}
function emitWorkflowRun(world, repo, run, action) {
  world.webhooks.emit(
    "workflow_run",
    {
      action,
      workflow_run: workflowRunShape(world, repo, run, { flavour: "webhook" }),
      workflow: workflowShape(world, repo, run)
    },
    repo,
    run.actor
  );
}
function artifactShape(world, repo, artifact) {
  const url = `${repoApi(world, repo)}/actions/artifacts/${artifact.id}`;
  const run = repo.workflowRuns[String(artifact.runId)];
  return {
    id: artifact.id,
    node_id: nodeId("Artifact", artifact.id),
    name: artifact.name,
    size_in_bytes: base64DecodedLength(artifact.content),
    url,
    archive_download_url: `${url}/zip`,
    expired: isArtifactExpired(artifact),
    created_at: artifact.createdAt,
    expires_at: artifact.expiresAt,
    updated_at: artifact.createdAt,
    digest: artifact.digest,
    workflow_run: run ? {
      id: run.id,
      repository_id: repo.id,
      head_repository_id: repo.id,
      ...run.headBranch !== null ? { head_branch: run.headBranch } : {},
      head_sha: run.headSha
    } : null
  };
}
var RUN_STATUSES = /* @__PURE__ */ new Set(["completed", "in_progress", "queued", "requested", "waiting", "pending"]);
function createdMatcher(expression) {
  const compare = (createdAt, bound2) => {
    const cut = createdAt.slice(0, bound2.length);
    return cut < bound2 ? -1 : cut > bound2 ? 1 : 0;
  };
  const range = /^(.+)\.\.(.+)$/.exec(expression);
  if (range) {
    const [, from = "*", to = "*"] = range;
    return (at) => (from === "*" || compare(at, from) >= 0) && (to === "*" || compare(at, to) <= 0);
  }
  const bounded = /^(>=|<=|>|<)(.+)$/.exec(expression);
  if (!bounded) return (at) => compare(at, expression) === 0;
  const [, operator, bound = ""] = bounded;
  if (operator === ">=") return (at) => compare(at, bound) >= 0;
  if (operator === "<=") return (at) => compare(at, bound) <= 0;
  if (operator === ">") return (at) => compare(at, bound) > 0;
  return (at) => compare(at, bound) < 0;
}
function requestedRun(request) {
  const run = request.repo.workflowRuns[String(Number(request.params.run_id))];
  if (!run) throw notFound();
  return run;
}
function requestedArtifact(request) {
  const artifact = request.repo.artifacts[String(Number(request.params.artifact_id))];
  if (!artifact) throw notFound();
  return artifact;
}
function byName(request) {
  const name = request.query.get("name");
  return (artifact) => name === null || artifact.name === name;
}
function artifactList(request, artifacts) {
  const page = paginate(request, artifacts);
  return ok(
    {
      total_count: artifacts.length,
      artifacts: page.body.map((a) => artifactShape(request.world, request.repo, a))
    },
    200,
    page.headers
  );
}
var actionsRoutes = {
  api: [
    {
      operationId: "actions/list-workflow-runs-for-repo",
      route: "GET /repos/{owner}/{repo}/actions/runs",
      permission: ["actions", "read"],
      handler: (request) => {
        const { query } = request;
        const filters = [];
        const actor = query.get("actor");
        if (actor !== null) filters.push((run) => run.actor.toLowerCase() === actor.toLowerCase());
        const branch = query.get("branch");
        if (branch !== null) filters.push((run) => run.headBranch === branch);
        const event = query.get("event");
        if (event !== null) filters.push((run) => run.event === event);
        const status = query.get("status");
        if (status !== null)
          filters.push((run) => (RUN_STATUSES.has(status) ? run.status : run.conclusion) === status);
        const headSha = query.get("head_sha");
        if (headSha !== null) filters.push((run) => run.headSha === headSha);
        const created = query.get("created");
        if (created !== null) {
          const matches = createdMatcher(created);
          filters.push((run) => matches(run.createdAt));
        }
        const checkSuiteId = query.get("check_suite_id");
        if (checkSuiteId !== null) filters.push((run) => checkSuiteIdOf(run) === Number(checkSuiteId));
        const runs = Object.values(request.repo.workflowRuns).filter((run) => filters.every((matches) => matches(run))).sort((a, b) => b.id - a.id);
        const page = paginate(request, runs);
        const excludePullRequests = query.get("exclude_pull_requests") === "true";
        return ok(
          {
            total_count: runs.length,
            workflow_runs: page.body.map(
              (run) => workflowRunShape(request.world, request.repo, run, { excludePullRequests })
            )
          },
          200,
          page.headers
        );
      }
    },
    {
      operationId: "actions/get-workflow-run",
      route: "GET /repos/{owner}/{repo}/actions/runs/{run_id}",
      permission: ["actions", "read"],
      handler: (request) => ok(
        workflowRunShape(request.world, request.repo, requestedRun(request), {
          excludePullRequests: request.query.get("exclude_pull_requests") === "true"
        })
      )
    },
    {
      operationId: "actions/list-workflow-run-artifacts",
      route: "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts",
      permission: ["actions", "read"],
      handler: (request) => {
        const run = requestedRun(request);
        const ascending = request.query.get("direction") === "asc";
        const artifacts = Object.values(request.repo.artifacts).filter((a) => a.runId === run.id).filter(byName(request)).sort((a, b) => ascending ? a.id - b.id : b.id - a.id);
        return artifactList(request, artifacts);
      }
    },
    {
      operationId: "actions/list-artifacts-for-repo",
      route: "GET /repos/{owner}/{repo}/actions/artifacts",
      permission: ["actions", "read"],
      handler: (request) => {
        const artifacts = Object.values(request.repo.artifacts).filter(byName(request)).sort((a, b) => b.id - a.id);
        return artifactList(request, artifacts);
      }
    },
    {
      operationId: "actions/get-artifact",
      route: "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}",
      permission: ["actions", "read"],
      handler: (request) => ok(artifactShape(request.world, request.repo, requestedArtifact(request)))
    },
    {
      operationId: "actions/download-artifact",
      route: "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}",
      permission: ["actions", "read"],
      handler: (request) => {
        if (request.params.archive_format !== "zip") throw notFound();
        const artifact = requestedArtifact(request);
        if (isArtifactExpired(artifact)) throw new HttpError(410, "Artifact has expired");
        return { status: 302, headers: { location: artifactDownloadUrl(request.world.urls.api, artifact) } };
      }
    },
    {
      operationId: "actions/delete-artifact",
      route: "DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}",
      permission: ["actions", "write"],
      handler: (request) => {
        const artifact = requestedArtifact(request);
        delete request.repo.artifacts[String(artifact.id)];
        request.world.changed();
        return noContent();
      }
    }
  ],
  web: resultsServiceRoutes
};

// sandbox/routes/attestations.ts
var IN_TOTO = "application/vnd.in-toto+json";
var MAX_PER_PAGE = 100;
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var attestationRoutes = {
  api: [
    {
      operationId: "repos/create-attestation",
      route: "POST /repos/{owner}/{repo}/attestations",
      permission: ["attestations", "write"],
      handler: (request) => {
        const bundle = requireField(bodyOf(request), "bundle", isObject);
        const statement = inTotoStatement(bundle);
        const record = {
          id: request.world.id(),
          bundle,
          subjectDigests: statement.digests,
          predicateType: statement.predicateType,
          initiator: "user",
          createdAt: request.world.now()
        };
        request.repo.attestations ??= [];
        request.repo.attestations.push(record);
        return ok({ id: record.id }, 201);
      }
    },
    {
      operationId: "repos/list-attestations",
      route: "GET /repos/{owner}/{repo}/attestations/{subject_digest}",
      permission: ["attestations", "read"],
      handler: (request) => {
        const digest = (request.params.subject_digest ?? "").toLowerCase();
        if (!/^sha256:[0-9a-f]{64}$/.test(digest)) throw notFound();
        const predicateType = request.query.get("predicate_type");
        const matching = (request.repo.attestations ?? []).filter((a) => a.subjectDigests.includes(digest)).filter((a) => !predicateType || a.predicateType === predicateType).reverse();
        const perPage = Math.min(
          Math.max(Number(request.query.get("per_page") ?? 30) || 30, 1),
          MAX_PER_PAGE
        );
        const start = Math.max(Number(request.query.get("after") ?? 0) || 0, 0);
        const page = matching.slice(start, start + perPage);
        const headers = {};
        if (start + perPage < matching.length) {
          const next = new URL(request.url);
          next.searchParams.set("after", String(start + perPage));
          headers.link = `<${next.toString()}>; rel="next"`;
        }
        return ok(
          {
            attestations: page.map((a) => ({
              bundle: a.bundle,
              repository_id: request.repo.id,
              bundle_url: `${request.world.urls.api}/repos/${request.repo.owner}/${request.repo.name}/attestations/${a.id}/bundle`,
              initiator: a.initiator
            }))
          },
          200,
          headers
        );
      }
    }
  ]
};
function inTotoStatement(bundle) {
  const envelope = bundle.dsseEnvelope;
  const invalid = (why) => validationFailed(`Invalid request.

bundle: ${why}`, [
    { resource: "Attestation", field: "bundle", code: "invalid" }
  ]);
  if (typeof bundle.mediaType !== "string" || !bundle.mediaType.startsWith("application/vnd.dev.sigstore.bundle"))
    throw invalid("not a Sigstore bundle");
  if (!isObject(bundle.verificationMaterial)) throw invalid("no verification material");
  if (!isObject(envelope) || envelope.payloadType !== IN_TOTO || typeof envelope.payload !== "string")
    throw invalid("not a DSSE envelope of an in-toto statement");
  let statement;
  try {
    statement = JSON.parse(Buffer.from(envelope.payload, "base64").toString("utf8"));
  } catch {
    throw invalid("the statement is not JSON");
  }
  if (!isObject(statement) || !Array.isArray(statement.subject) || typeof statement.predicateType !== "string")
    throw invalid("not an in-toto statement");
  const digests = statement.subject.map((s) => isObject(s) && isObject(s.digest) ? s.digest.sha256 : void 0).filter((d) => typeof d === "string" && /^[0-9a-f]{64}$/.test(d)).map((d) => `sha256:${d}`);
  if (digests.length === 0) throw invalid("no subject with a sha256 digest");
  return { digests, predicateType: statement.predicateType };
}

// sandbox/routes/checks.ts
var GITHUB_ACTIONS_APP = {
  id: 15368,
  slug: "github-actions",
  name: "GitHub Actions",
  owner: "github",
  permissions: {
    actions: "write",
    checks: "write",
    contents: "write",
    deployments: "write",
    issues: "write",
    metadata: "read",
    pull_requests: "write",
    statuses: "write"
  },
  events: ["check_run", "check_suite", "deployment", "pull_request", "push", "workflow_dispatch"],
  createdAt: "2018-07-30T09:30:17Z"
};
var CHECK_STATUSES = ["queued", "in_progress", "completed"];
var CHECK_CONCLUSIONS = [
  "action_required",
  "cancelled",
  "failure",
  "neutral",
  "success",
  "skipped",
  "timed_out"
];
var ANNOTATION_LEVELS = ["notice", "warning", "failure"];
var MAX_ANNOTATIONS_PER_REQUEST = 50;
var COMMIT_STATES = ["error", "failure", "pending", "success"];
var MAX_STATUSES_PER_CONTEXT = 1e3;
var ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
var isInteger = (v) => Number.isInteger(v);
var nullableString = (v) => v === null || isString(v);
function repoApi2(world, repo) {
  return `${world.urls.api}/repos/${repo.owner}/${repo.name}`;
}
function repoHtml2(world, repo) {
  return `${world.urls.html}/${repo.owner}/${repo.name}`;
}
function callerLogin(request) {
  const { actor } = request;
  if (actor.kind === "user" || actor.kind === "installation") return actor.user.login;
  throw new HttpError(401, "Requires authentication");
}
function callingApp(request) {
  const { actor, world } = request;
  if (actor.kind === "installation") {
    const installation = world.state.installations[String(actor.installationId)];
    return installation ? world.state.apps[String(installation.appId)] : void 0;
  }
  if (actor.kind === "user" && world.state.tokens[actor.token]?.kind === "actions") return actionsApp(world);
  return void 0;
}
function appOfBot(world, login) {
  const slug = /^(.+)\[bot\]$/.exec(login)?.[1];
  if (!slug) return void 0;
  if (slug === GITHUB_ACTIONS_APP.slug) return actionsApp(world);
  return Object.values(world.state.apps).find((app) => app.slug === slug);
}
function appById(world, id) {
  if (id === null) return void 0;
  const registered = world.state.apps[String(id)];
  if (registered) return registered;
  return id === GITHUB_ACTIONS_APP.id ? actionsApp(world) : void 0;
}
function actionsApp(world) {
  const registered = Object.values(world.state.apps).find((app) => app.slug === GITHUB_ACTIONS_APP.slug);
  if (registered) return registered;
  if (!world.findUser(GITHUB_ACTIONS_APP.owner))
    world.createUser(GITHUB_ACTIONS_APP.owner, { type: "Organization" });
  return GITHUB_ACTIONS_APP;
}
function appShape(world, app, flavor) {
  const html = `${world.urls.html}/apps/${app.slug}`;
  const permissions = Object.fromEntries(
    Object.entries(app.permissions).map(([scope, level]) => [scope, level === "admin" ? "write" : level])
  );
  return {
    id: app.id,
    slug: app.slug,
    node_id: nodeId("Integration", app.id),
    owner: flavor === "rest" ? simpleUser(world, app.owner) : webhookUser(world, app.owner),
    name: app.name,
    description: null,
    external_url: html,
    html_url: html,
    created_at: app.createdAt,
    updated_at: app.createdAt,
    permissions,
    events: app.events
  };
}
function pullRequestsFor(world, repo, sha) {
  const fullName = `${repo.owner}/${repo.name}`.toLowerCase();
  const api2 = repoApi2(world, repo);
  const repoRef = { id: repo.id, url: api2, name: repo.name };
  return Object.values(repo.pulls).filter(
    (pull) => pull.headSha === sha && pull.headRepo.toLowerCase() === fullName && repo.issues[String(pull.number)]?.state === "open"
  ).map((pull) => ({
    url: `${api2}/pulls/${pull.number}`,
    id: pull.id,
    number: pull.number,
    head: { ref: pull.headRef, sha: pull.headSha, repo: repoRef },
    base: { ref: pull.baseRef, sha: pull.baseSha, repo: repoRef }
  }));
}
function branchAt(repo, sha) {
  if (repo.refs[`refs/heads/${repo.defaultBranch}`] === sha) return repo.defaultBranch;
  const ref = Object.entries(repo.refs).find(
    ([name, target]) => name.startsWith("refs/heads/") && target === sha
  );
  return ref ? ref[0].slice("refs/heads/".length) : null;
}
var SUITE_CONCLUSION_ORDER = ["action_required", "cancelled", "timed_out", "failure", "neutral", "success"];
function checkSuiteShape(world, repo, run, app) {
  const runs = Object.values(repo.checkRuns).filter((r) => r.checkSuiteId === run.checkSuiteId);
  const allCompleted = runs.every((r) => r.status === "completed");
  const status = allCompleted ? "completed" : runs.some((r) => r.status === "in_progress") ? "in_progress" : "queued";
  const conclusion = allCompleted ? SUITE_CONCLUSION_ORDER.find((c) => runs.some((r) => r.conclusion === c)) ?? "neutral" : null;
  const times = runs.flatMap((r) => [r.startedAt, r.completedAt]).filter(isString).sort();
  return {
    id: run.checkSuiteId,
    node_id: nodeId("CheckSuite", run.checkSuiteId),
    head_branch: branchAt(repo, run.headSha),
    head_sha: run.headSha,
    status,
    conclusion,
    url: `${repoApi2(world, repo)}/check-suites/${run.checkSuiteId}`,
    before: null,
    after: run.headSha,
    pull_requests: pullRequestsFor(world, repo, run.headSha),
    ...app ? { app: appShape(world, app, "webhook") } : {},
    created_at: times[0] ?? world.now(),
    updated_at: times.at(-1) ?? world.now()
  };
}
function checkRunShape(world, repo, run, flavor) {
  const api2 = repoApi2(world, repo);
  const app = appById(world, run.appId);
  return {
    id: run.id,
    name: run.name,
    node_id: nodeId("CheckRun", run.id),
    head_sha: run.headSha,
    external_id: run.externalId ?? "",
    url: `${api2}/check-runs/${run.id}`,
    html_url: `${repoHtml2(world, repo)}/runs/${run.id}`,
    // Without a details_url, GitHub links the app's page.
    details_url: run.detailsUrl ?? (app ? `${world.urls.html}/apps/${app.slug}` : null),
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt ?? world.now(),
    completed_at: run.completedAt,
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: run.output.annotationsCount,
      annotations_url: `${api2}/check-runs/${run.id}/annotations`
    },
    check_suite: flavor === "rest" ? { id: run.checkSuiteId } : checkSuiteShape(world, repo, run, app),
    app: app ? appShape(world, app, flavor) : null,
    pull_requests: pullRequestsFor(world, repo, run.headSha)
  };
}
function findCheckRun(request) {
  const run = request.repo.checkRuns[String(request.params.check_run_id)];
  if (!run) throw notFound();
  return run;
}
function optionalString2(body, name) {
  const value = body[name];
  if (value === void 0) return void 0;
  if (!isString(value))
    throw validationFailed(`Invalid request.

For '${name}', ${JSON.stringify(value)} is not a string.`);
  return value;
}
function optionalDate(body, name) {
  const value = optionalString2(body, name);
  if (value !== void 0 && !ISO_DATE.test(value))
    throw validationFailed(`Invalid request.

For '${name}', ${JSON.stringify(value)} is not a date-time.`);
  return value === void 0 ? void 0 : `${new Date(value).toISOString().slice(0, 19)}Z`;
}
function oneOf(body, name, allowed) {
  const value = body[name];
  if (value === void 0) return void 0;
  if (!allowed.includes(value))
    throw validationFailed(
      `Invalid request.

For '${name}', ${JSON.stringify(value)} is not a valid value.`
    );
  return value;
}
function lifecycle(body, current, now) {
  const conclusion = oneOf(body, "conclusion", CHECK_CONCLUSIONS);
  const requested = oneOf(body, "status", CHECK_STATUSES);
  const completedAt = optionalDate(body, "completed_at");
  const startedAt = optionalDate(body, "started_at") ?? current?.startedAt ?? now;
  const wasCompleted = current?.status === "completed";
  if (conclusion === void 0 && (requested === "completed" || completedAt !== void 0 && !wasCompleted))
    throw validationFailed(
      `Invalid request.

No subschema in "anyOf" matched.
"conclusion" wasn't supplied.`
    );
  const status = conclusion !== void 0 ? "completed" : requested ?? current?.status ?? "queued";
  if (status !== "completed") return { status, conclusion: null, startedAt, completedAt: null };
  const completing = conclusion !== void 0 || !wasCompleted;
  return {
    status,
    conclusion: conclusion ?? current?.conclusion ?? null,
    startedAt,
    completedAt: completedAt ?? (completing ? now : current?.completedAt ?? now)
  };
}
function parseAnnotations(world, repo, headSha, raw) {
  if (raw === void 0) return [];
  if (!Array.isArray(raw))
    throw validationFailed("Invalid request.\n\nFor 'annotations', the value is not an array.");
  if (raw.length > MAX_ANNOTATIONS_PER_REQUEST)
    throw validationFailed(
      `Invalid request.

For 'annotations', only ${MAX_ANNOTATIONS_PER_REQUEST} annotations are allowed per request.`
    );
  return raw.map((item) => {
    if (typeof item !== "object" || item === null || Array.isArray(item))
      throw validationFailed("Invalid request.\n\nEach annotation must be an object.");
    const given = item;
    const path = requireField(given, "path", isString);
    const startLine = requireField(given, "start_line", isInteger);
    const endLine = requireField(given, "end_line", isInteger);
    const level = requireField(given, "annotation_level", isString);
    if (!ANNOTATION_LEVELS.includes(level))
      throw validationFailed(
        `Invalid request.

For 'annotation_level', ${JSON.stringify(level)} is not a valid value.`
      );
    const message = requireField(given, "message", isString);
    const column = (name) => Number.isInteger(given[name]) ? given[name] : null;
    return {
      path,
      start_line: startLine,
      end_line: endLine,
      start_column: column("start_column"),
      end_column: column("end_column"),
      annotation_level: level,
      title: optionalString2(given, "title") ?? null,
      message,
      raw_details: optionalString2(given, "raw_details") ?? null,
      blob_href: `${repoHtml2(world, repo)}/blob/${headSha}/${path}`
    };
  });
}
function applyOutput(world, repo, run, raw) {
  if (raw === void 0) return;
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    throw validationFailed("Invalid request.\n\nFor 'output', the value is not an object.");
  const output = raw;
  const title = requireField(output, "title", isString);
  const summary = requireField(output, "summary", isString);
  const annotations = parseAnnotations(world, repo, run.headSha, output.annotations);
  run.output.title = title;
  run.output.summary = summary;
  if (output.text !== void 0) run.output.text = optionalString2(output, "text") ?? null;
  run.annotations.push(...annotations);
  run.output.annotationsCount = run.annotations.length;
}
function checkSuiteFor(request, appId, headSha) {
  const sibling = Object.values(request.repo.checkRuns).find(
    (r) => r.appId === appId && r.headSha === headSha
  );
  return sibling?.checkSuiteId ?? request.world.id();
}
function requireApp(request) {
  const app = callingApp(request);
  if (!app) throw new HttpError(403, "You must authenticate via a GitHub App.");
  return app;
}
function latestRuns(runs) {
  const newest = /* @__PURE__ */ new Map();
  for (const run of runs) {
    const key = `${run.appId}\0${run.name}`;
    const seen = newest.get(key);
    if (!seen || run.id > seen.id) newest.set(key, run);
  }
  return [...newest.values()];
}
function statusShape(world, repo, status) {
  const creator = simpleUser(world, status.creator);
  return {
    url: `${repoApi2(world, repo)}/statuses/${status.sha}`,
    avatar_url: creator.avatar_url,
    id: status.id,
    node_id: nodeId("StatusContext", status.id),
    state: status.state,
    description: status.description,
    target_url: status.targetUrl,
    context: status.context,
    created_at: status.createdAt,
    updated_at: status.updatedAt,
    creator
  };
}
function statusesOf(repo, sha) {
  return repo.statuses.filter((s) => s.sha === sha).sort((a, b) => b.id - a.id);
}
function latestStatusPerContext(repo, sha) {
  const seen = /* @__PURE__ */ new Set();
  return statusesOf(repo, sha).filter((status) => {
    if (seen.has(status.context)) return false;
    seen.add(status.context);
    return true;
  });
}
function combinedState(latest) {
  if (latest.some((s) => s.state === "error" || s.state === "failure")) return "failure";
  if (latest.length === 0 || latest.some((s) => s.state === "pending")) return "pending";
  return "success";
}
function commitForSha(repo, sha) {
  const commit = /^[0-9a-f]{7,40}$/i.test(sha) ? resolveCommit(repo, sha.toLowerCase()) : void 0;
  if (!commit) throw validationFailed(`No commit found for SHA: ${sha}`);
  return commit;
}
function gitUser(world, person2) {
  const user = Object.values(world.state.users).find(
    (u) => person2.email === u.email || person2.email === world.gitPerson(u.login).email
  );
  return user ? webhookUser(world, user.login) : null;
}
function webhookCommit(world, repo, sha) {
  const commit = getObject(repo, sha, "commit");
  if (!commit) throw notFound();
  const api2 = repoApi2(world, repo);
  const html = repoHtml2(world, repo);
  return {
    sha,
    node_id: Buffer.from(`0:Commit:${sha}`).toString("base64url"),
    commit: {
      author: commit.author,
      committer: commit.committer,
      message: commit.message,
      tree: { sha: commit.tree, url: `${api2}/git/trees/${commit.tree}` },
      url: `${api2}/git/commits/${sha}`,
      comment_count: 0,
      verification: { verified: false, reason: "unsigned", signature: null, payload: null }
    },
    url: `${api2}/commits/${sha}`,
    html_url: `${html}/commit/${sha}`,
    comments_url: `${api2}/commits/${sha}/comments`,
    author: gitUser(world, commit.author),
    committer: gitUser(world, commit.committer),
    parents: commit.parents.map((parent) => ({
      sha: parent,
      url: `${api2}/commits/${parent}`,
      html_url: `${html}/commit/${parent}`
    }))
  };
}
function branchesContaining(world, repo, sha) {
  return Object.entries(repo.refs).filter(([name, head]) => name.startsWith("refs/heads/") && (head === sha || isAncestor(repo, sha, head))).slice(0, 10).map(([name, head]) => ({
    name: name.slice("refs/heads/".length),
    commit: { sha: head, url: `${repoApi2(world, repo)}/commits/${head}` },
    protected: false
  }));
}
function emitStatus(world, repo, status) {
  const avatarUrl = simpleUser(world, status.creator).avatar_url;
  world.webhooks.emit(
    "status",
    {
      id: status.id,
      sha: status.sha,
      name: `${repo.owner}/${repo.name}`,
      avatar_url: avatarUrl,
      target_url: status.targetUrl,
      context: status.context,
      description: status.description,
      state: status.state,
      commit: webhookCommit(world, repo, status.sha),
      branches: branchesContaining(world, repo, status.sha),
      created_at: status.createdAt,
      updated_at: status.updatedAt
    },
    repo,
    status.creator
  );
}
var checkRoutes = {
  api: [
    {
      operationId: "checks/create",
      route: "POST /repos/{owner}/{repo}/check-runs",
      permission: ["checks", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const app = requireApp(request);
        const body = bodyOf(request);
        const name = requireField(body, "name", isString);
        const headSha = requireField(body, "head_sha", isString);
        if (!getObject(repo, headSha, "commit"))
          throw validationFailed(`No commit found for SHA: ${headSha}`);
        const now = world.now();
        const settled = lifecycle(body, void 0, now);
        const run = {
          id: world.id(),
          name,
          headSha,
          status: settled.status,
          conclusion: settled.conclusion,
          startedAt: settled.startedAt,
          completedAt: settled.completedAt,
          externalId: optionalString2(body, "external_id") ?? null,
          detailsUrl: optionalString2(body, "details_url") ?? null,
          output: { title: null, summary: null, text: null, annotationsCount: 0 },
          annotations: [],
          appId: app.id,
          checkSuiteId: checkSuiteFor(request, app.id, headSha)
        };
        applyOutput(world, repo, run, body.output);
        repo.checkRuns[String(run.id)] = run;
        world.changed();
        world.webhooks.emit(
          "check_run",
          { action: "created", check_run: checkRunShape(world, repo, run, "webhook") },
          repo,
          callerLogin(request)
        );
        return ok(checkRunShape(world, repo, run, "rest"), 201);
      }
    },
    {
      operationId: "checks/update",
      route: "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}",
      permission: ["checks", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const app = requireApp(request);
        const run = findCheckRun(request);
        if (run.appId !== app.id)
          throw new HttpError(
            403,
            `Invalid app_id \`${run.appId}\` - check run can only be modified by the GitHub App that created it.`
          );
        const body = bodyOf(request);
        const wasCompleted = run.status === "completed";
        const settled = lifecycle(body, run, world.now());
        const draft = structuredClone(run);
        applyOutput(world, repo, draft, body.output);
        Object.assign(run, draft, settled, {
          name: optionalString2(body, "name") ?? run.name,
          externalId: optionalString2(body, "external_id") ?? run.externalId,
          detailsUrl: optionalString2(body, "details_url") ?? run.detailsUrl
        });
        world.changed();
        if (run.status === "completed" && !wasCompleted)
          world.webhooks.emit(
            "check_run",
            { action: "completed", check_run: checkRunShape(world, repo, run, "webhook") },
            repo,
            callerLogin(request)
          );
        return ok(checkRunShape(world, repo, run, "rest"));
      }
    },
    {
      operationId: "checks/get",
      route: "GET /repos/{owner}/{repo}/check-runs/{check_run_id}",
      permission: ["checks", "read"],
      handler: (request) => ok(checkRunShape(request.world, request.repo, findCheckRun(request), "rest"))
    },
    {
      operationId: "checks/list-annotations",
      route: "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations",
      permission: ["checks", "read"],
      handler: (request) => paginate(request, findCheckRun(request).annotations)
    },
    {
      operationId: "checks/list-for-ref",
      route: "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
      permission: ["checks", "read"],
      handler: (request) => {
        const { repo, world, query } = request;
        const ref = request.params.ref ?? "";
        const sha = resolveCommit(repo, ref);
        if (!sha) throw validationFailed(`No commit found for SHA: ${ref}`);
        const checkName = query.get("check_name");
        const status = query.get("status");
        const appId = query.get("app_id");
        const onCommit = Object.values(repo.checkRuns).filter((run) => run.headSha === sha);
        const runs = (query.get("filter") === "all" ? onCommit : latestRuns(onCommit)).filter(
          (run) => (checkName === null || run.name === checkName) && (status === null || run.status === status) && (appId === null || String(run.appId) === appId)
        ).sort((a, b) => b.id - a.id);
        const page = paginate(request, runs);
        return {
          ...page,
          body: {
            total_count: runs.length,
            check_runs: page.body.map((run) => checkRunShape(world, repo, run, "rest"))
          }
        };
      }
    },
    {
      operationId: "repos/create-commit-status",
      route: "POST /repos/{owner}/{repo}/statuses/{sha}",
      permission: ["statuses", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const sha = commitForSha(repo, request.params.sha ?? "");
        const body = bodyOf(request);
        const state = requireField(body, "state", isString);
        if (!COMMIT_STATES.includes(state))
          throw validationFailed(
            `Invalid request.

For 'state', ${JSON.stringify(state)} is not a valid value.`
          );
        const context = body.context === void 0 ? "default" : requireField(body, "context", isString);
        const targetUrl = body.target_url === void 0 ? null : requireField(body, "target_url", nullableString);
        const description = body.description === void 0 ? null : requireField(body, "description", nullableString);
        if (repo.statuses.filter((s) => s.sha === sha && s.context === context).length >= MAX_STATUSES_PER_CONTEXT)
          throw validationFailed("This SHA and context has reached the maximum number of statuses.");
        const now = world.now();
        const status = {
          id: world.id(),
          sha,
          state,
          context,
          description,
          targetUrl,
          creator: callerLogin(request),
          createdAt: now,
          updatedAt: now
        };
        repo.statuses.push(status);
        world.changed();
        emitStatus(world, repo, status);
        return ok(statusShape(world, repo, status), 201);
      }
    },
    {
      operationId: "repos/list-commit-statuses-for-ref",
      route: "GET /repos/{owner}/{repo}/commits/{ref}/statuses",
      permission: ["statuses", "read"],
      handler: (request) => {
        const { repo, world } = request;
        const sha = resolveCommit(repo, request.params.ref ?? "");
        const statuses = sha ? statusesOf(repo, sha) : [];
        const page = paginate(request, statuses);
        return { ...page, body: page.body.map((status) => statusShape(world, repo, status)) };
      }
    },
    {
      operationId: "repos/get-combined-status-for-ref",
      route: "GET /repos/{owner}/{repo}/commits/{ref}/status",
      permission: ["statuses", "read"],
      handler: (request) => {
        const { repo, world } = request;
        const ref = request.params.ref ?? "";
        const sha = resolveCommit(repo, ref);
        if (!sha) throw new HttpError(404, `No commit found for SHA: ${ref}`);
        const latest = latestStatusPerContext(repo, sha);
        const page = paginate(request, latest);
        const api2 = repoApi2(world, repo);
        return ok(
          {
            state: combinedState(latest),
            statuses: page.body.map((status) => {
              const { creator: _notInCombined, ...shape } = statusShape(world, repo, status);
              return shape;
            }),
            sha,
            total_count: latest.length,
            repository: repository(world, repo),
            commit_url: `${api2}/commits/${sha}`,
            url: `${api2}/commits/${sha}/status`
          },
          200,
          page.headers
        );
      }
    }
  ]
};

// sandbox/routes/git.ts
var SHA = /^[0-9a-f]{40}$/;
function api(world, repo) {
  return `${world.urls.api}/repos/${repo.owner}/${repo.name}`;
}
function shaNodeId(kind, sha) {
  return Buffer.from(`0:${kind}:${sha}`).toString("base64url");
}
function commitShape(world, repo, sha) {
  const commit = getObject(repo, sha, "commit");
  if (!commit) throw notFound();
  const base = api(world, repo);
  const html = `${world.urls.html}/${repo.owner}/${repo.name}`;
  return {
    sha,
    node_id: shaNodeId("Commit", sha),
    url: `${base}/git/commits/${sha}`,
    html_url: `${html}/commit/${sha}`,
    author: commit.author,
    committer: commit.committer,
    message: commit.message,
    tree: { sha: commit.tree, url: `${base}/git/trees/${commit.tree}` },
    parents: commit.parents.map((p) => ({
      sha: p,
      url: `${base}/git/commits/${p}`,
      html_url: `${html}/commit/${p}`
    })),
    verification: { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null }
  };
}
function repoCommitShape(world, repo, sha) {
  const commit = getObject(repo, sha, "commit");
  if (!commit) throw notFound();
  const base = api(world, repo);
  const html = `${world.urls.html}/${repo.owner}/${repo.name}`;
  const userOf = (person2) => {
    const login = Object.values(world.state.users).find(
      (u) => person2.email === world.gitPerson(u.login).email || person2.email === u.email
    )?.login;
    return login ? simpleUser(world, login) : null;
  };
  return {
    url: `${base}/commits/${sha}`,
    sha,
    node_id: shaNodeId("Commit", sha),
    html_url: `${html}/commit/${sha}`,
    comments_url: `${base}/commits/${sha}/comments`,
    commit: {
      url: `${base}/git/commits/${sha}`,
      author: commit.author,
      committer: commit.committer,
      message: commit.message,
      comment_count: 0,
      tree: { sha: commit.tree, url: `${base}/git/trees/${commit.tree}` },
      verification: {
        verified: false,
        reason: "unsigned",
        signature: null,
        payload: null,
        verified_at: null
      }
    },
    author: userOf(commit.author),
    committer: userOf(commit.committer),
    parents: commit.parents.map((p) => ({
      sha: p,
      url: `${base}/commits/${p}`,
      html_url: `${html}/commit/${p}`
    }))
  };
}
function refShape(world, repo, ref) {
  const sha = repo.refs[ref];
  const type = repo.objects[sha]?.type ?? "commit";
  return {
    ref,
    node_id: shaNodeId("Ref", ref),
    url: `${api(world, repo)}/git/${ref}`,
    object: { type, sha, url: `${api(world, repo)}/git/${type}s/${sha}` }
  };
}
function fullRefName(ref) {
  const trimmed = ref.replace(/^\/+/, "");
  return trimmed.startsWith("refs/") ? trimmed : `refs/${trimmed}`;
}
function treeShape(world, repo, sha, recursive) {
  const tree = getObject(repo, sha, "tree");
  if (!tree) throw notFound();
  const base = api(world, repo);
  const entries = [];
  const walk = (treeSha, prefix) => {
    for (const entry of getObject(repo, treeSha, "tree")?.entries ?? []) {
      entries.push({ ...entry, path: prefix + entry.name });
      if (recursive && entry.mode === "040000") walk(entry.sha, `${prefix}${entry.name}/`);
    }
  };
  walk(sha, "");
  return {
    sha,
    url: `${base}/git/trees/${sha}`,
    truncated: false,
    tree: entries.map((e) => {
      const type = e.mode === "040000" ? "tree" : e.mode === "160000" ? "commit" : "blob";
      const blob = type === "blob" ? getObject(repo, e.sha, "blob") : void 0;
      return {
        path: e.path,
        mode: e.mode,
        type,
        sha: e.sha,
        ...blob ? { size: Buffer.from(blob.content, "base64").length } : {},
        url: `${base}/git/${type}s/${e.sha}`
      };
    })
  };
}
function actorLogin(request) {
  return request.actor.kind === "user" || request.actor.kind === "installation" ? request.actor.user.login : "ghost";
}
function personFrom(value, fallback) {
  const v = value ?? {};
  return {
    name: isString(v.name) ? v.name : fallback.name,
    email: isString(v.email) ? v.email : fallback.email,
    date: isString(v.date) ? `${new Date(v.date).toISOString().slice(0, 19)}Z` : fallback.date
  };
}
function branchShape(world, repo, branch) {
  const sha = repo.refs[`refs/heads/${branch}`];
  if (!sha) throw new HttpError(404, "Branch not found");
  const base = api(world, repo);
  return {
    name: branch,
    commit: repoCommitShape(world, repo, sha),
    _links: {
      html: `${world.urls.html}/${repo.owner}/${repo.name}/tree/${branch}`,
      self: `${base}/branches/${branch}`
    },
    protected: false,
    protection: {
      enabled: false,
      required_status_checks: { enforcement_level: "off", contexts: [], checks: [] }
    },
    protection_url: `${base}/branches/${branch}/protection`
  };
}
var gitRoutes = {
  api: [
    {
      operationId: "git/get-ref",
      route: "GET /repos/{owner}/{repo}/git/ref/{ref}",
      permission: ["contents", "read"],
      auth: "none",
      handler: (request) => {
        const ref = fullRefName(request.params.ref);
        if (!request.repo.refs[ref]) throw notFound();
        return ok(refShape(request.world, request.repo, ref));
      }
    },
    {
      operationId: "git/list-matching-refs",
      route: "GET /repos/{owner}/{repo}/git/matching-refs/{ref}",
      permission: ["contents", "read"],
      auth: "none",
      handler: (request) => {
        const prefix = fullRefName(request.params.ref ?? "");
        const refs = Object.keys(request.repo.refs).filter((r) => r.startsWith(prefix)).sort();
        return ok(refs.map((r) => refShape(request.world, request.repo, r)));
      }
    },
    {
      operationId: "git/create-ref",
      route: "POST /repos/{owner}/{repo}/git/refs",
      permission: ["contents", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const body = bodyOf(request);
        const ref = requireField(body, "ref", isString);
        const sha = requireField(body, "sha", isString);
        if (!/^refs\/[^/]+\/.+/.test(ref)) throw validationFailed("Reference name is invalid");
        if (repo.refs[ref]) throw validationFailed("Reference already exists");
        if (!SHA.test(sha) || !repo.objects[sha]) throw validationFailed("Object does not exist");
        repo.refs[ref] = sha;
        world.changed();
        if (ref.startsWith("refs/heads/"))
          world.webhooks.pushed(repo, ref.slice(11), "0".repeat(40), sha, actorLogin(request));
        return ok(refShape(world, repo, ref), 201);
      }
    },
    {
      operationId: "git/update-ref",
      route: "PATCH /repos/{owner}/{repo}/git/refs/{ref}",
      permission: ["contents", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const body = bodyOf(request);
        const sha = requireField(body, "sha", isString);
        const ref = fullRefName(request.params.ref);
        const current = repo.refs[ref];
        if (!current) throw validationFailed("Reference does not exist");
        if (!SHA.test(sha) || !repo.objects[sha]) throw validationFailed("Object does not exist");
        if (body.force !== true && !isAncestor(repo, current, sha))
          throw validationFailed("Update is not a fast forward");
        repo.refs[ref] = sha;
        world.changed();
        if (ref.startsWith("refs/heads/") && current !== sha)
          world.webhooks.pushed(repo, ref.slice(11), current, sha, actorLogin(request));
        return ok(refShape(world, repo, ref));
      }
    },
    {
      operationId: "git/delete-ref",
      route: "DELETE /repos/{owner}/{repo}/git/refs/{ref}",
      permission: ["contents", "write"],
      handler: (request) => {
        const ref = fullRefName(request.params.ref);
        if (!request.repo.refs[ref]) throw validationFailed("Reference does not exist");
        delete request.repo.refs[ref];
        request.world.changed();
        return noContent();
      }
    },
    {
      operationId: "git/create-blob",
      route: "POST /repos/{owner}/{repo}/git/blobs",
      permission: ["contents", "write"],
      handler: (request) => {
        const body = bodyOf(request);
        const content = requireField(body, "content", isString);
        const encoding = body.encoding ?? "utf-8";
        if (encoding !== "utf-8" && encoding !== "base64")
          throw validationFailed(`encoding must be utf-8 or base64`);
        const sha = putBlob(request.repo, Buffer.from(content, encoding === "base64" ? "base64" : "utf8"));
        request.world.changed();
        return ok({ url: `${api(request.world, request.repo)}/git/blobs/${sha}`, sha }, 201);
      }
    },
    {
      operationId: "git/get-blob",
      route: "GET /repos/{owner}/{repo}/git/blobs/{file_sha}",
      permission: ["contents", "read"],
      auth: "none",
      handler: (request) => {
        const sha = request.params.file_sha;
        const blob = getObject(request.repo, sha, "blob");
        if (!blob) throw notFound();
        const content = Buffer.from(blob.content, "base64");
        if (/application\/vnd\.github(?:\.v3)?\.raw/.test(request.headers.accept ?? ""))
          return { status: 200, body: content, headers: { "content-type": "application/vnd.github.raw" } };
        return ok({
          sha,
          node_id: shaNodeId("Blob", sha),
          size: content.length,
          url: `${api(request.world, request.repo)}/git/blobs/${sha}`,
          content: (content.toString("base64").match(/.{1,60}/g) ?? [""]).join("\n"),
          encoding: "base64"
        });
      }
    },
    {
      operationId: "git/create-tree",
      route: "POST /repos/{owner}/{repo}/git/trees",
      permission: ["contents", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const body = bodyOf(request);
        const entries = body.tree;
        if (!Array.isArray(entries)) throw validationFailed(`Invalid request.

"tree" wasn't supplied.`);
        const baseTree = isString(body.base_tree) ? body.base_tree : null;
        if (baseTree && !getObject(repo, baseTree, "tree"))
          throw validationFailed("Invalid request.\n\nbase_tree is not a valid tree");
        const changes = [];
        for (const raw of entries) {
          const path = raw.path;
          if (!isString(path) || path.length === 0)
            throw validationFailed("Invalid request.\n\ntree.path is required");
          if (raw.sha === null) {
            changes.push({ path, sha: null });
          } else if (isString(raw.content)) {
            changes.push({
              path,
              sha: putBlob(repo, Buffer.from(raw.content)),
              mode: raw.mode ?? "100644"
            });
          } else if (isString(raw.sha)) {
            if (raw.type === "tree" || raw.mode === "040000") {
              if (!getObject(repo, raw.sha, "tree"))
                throw validationFailed(`Invalid request.

tree.sha ${raw.sha} is not a valid tree`);
              changes.push({ path, sha: null });
              for (const [sub, entry] of flattenTree(repo, raw.sha))
                changes.push({ path: `${path}/${sub}`, sha: entry.sha, mode: entry.mode });
            } else {
              if (!getObject(repo, raw.sha, "blob") && raw.type !== "commit")
                throw validationFailed(`Invalid request.

tree.sha ${raw.sha} is not a valid blob`);
              changes.push({ path, sha: raw.sha, mode: raw.mode ?? "100644" });
            }
          } else {
            throw validationFailed("Invalid request.\n\nEach tree entry needs a sha or content");
          }
        }
        const sha = writeTree(repo, baseTree, changes);
        world.changed();
        return ok(treeShape(world, repo, sha, false), 201);
      }
    },
    {
      operationId: "git/get-tree",
      route: "GET /repos/{owner}/{repo}/git/trees/{tree_sha}",
      permission: ["contents", "read"],
      auth: "none",
      handler: (request) => {
        const { repo } = request;
        const named = request.params.tree_sha;
        const commit = resolveCommit(repo, named);
        const sha = getObject(repo, named, "tree") ? named : commit ? getObject(repo, commit, "commit")?.tree : void 0;
        if (!sha) throw notFound();
        const recursive = request.query.has("recursive") && !["0", "false"].includes(request.query.get("recursive") ?? "");
        return ok(treeShape(request.world, repo, sha, recursive));
      }
    },
    {
      operationId: "git/create-commit",
      route: "POST /repos/{owner}/{repo}/git/commits",
      permission: ["contents", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const body = bodyOf(request);
        const message = requireField(body, "message", isString);
        const tree = requireField(body, "tree", isString);
        const parents = body.parents === void 0 ? [] : body.parents;
        if (!isStringArray(parents))
          throw validationFailed("Invalid request.\n\nparents must be an array of shas");
        if (!getObject(repo, tree, "tree")) throw validationFailed("Tree SHA does not exist");
        for (const p of parents)
          if (!getObject(repo, p, "commit"))
            throw validationFailed("Parent SHA does not exist or is not a commit object");
        const fallback = world.gitPerson(actorLogin(request));
        const author = personFrom(body.author, fallback);
        const committer2 = personFrom(body.committer, author);
        const sha = putObject(repo, { type: "commit", tree, parents, message, author, committer: committer2 });
        world.changed();
        return ok(commitShape(world, repo, sha), 201);
      }
    },
    {
      operationId: "git/get-commit",
      route: "GET /repos/{owner}/{repo}/git/commits/{commit_sha}",
      permission: ["contents", "read"],
      auth: "none",
      handler: (request) => ok(commitShape(request.world, request.repo, request.params.commit_sha))
    },
    {
      operationId: "repos/get-commit",
      route: "GET /repos/{owner}/{repo}/commits/{ref}",
      permission: ["contents", "read"],
      auth: "none",
      handler: (request) => {
        const sha = resolveCommit(request.repo, request.params.ref);
        if (!sha) throw new HttpError(422, `No commit found for SHA: ${request.params.ref}`);
        return ok(repoCommitShape(request.world, request.repo, sha));
      }
    },
    {
      operationId: "repos/get-branch",
      route: "GET /repos/{owner}/{repo}/branches/{branch}",
      permission: ["contents", "read"],
      auth: "none",
      handler: (request) => ok(branchShape(request.world, request.repo, request.params.branch))
    }
  ]
};

// sandbox/routes/compare.ts
var MAX_COMMITS = 250;
var compareRoutes = {
  api: [
    {
      operationId: "repos/compare-commits-with-basehead",
      route: "GET /repos/{owner}/{repo}/compare/{basehead}",
      permission: ["contents", "read"],
      auth: "none",
      handler: (request) => {
        const { repo, world, query } = request;
        const basehead = request.params.basehead ?? "";
        const separator = basehead.indexOf("...");
        if (separator <= 0) throw notFound();
        const base = resolveCommit(repo, basehead.slice(0, separator));
        const head = resolveCommit(repo, basehead.slice(separator + 3));
        if (!base || !head) throw notFound();
        const common = mergeBase(repo, base, head);
        if (!common) throw notFound();
        const inBase = new Set(ancestors(repo, base));
        const inHead = new Set(ancestors(repo, head));
        const ahead = ancestors(repo, head).filter((sha) => !inBase.has(sha)).reverse();
        const behindBy = [...inBase].filter((sha) => !inHead.has(sha)).length;
        const status = ahead.length === 0 && behindBy === 0 ? "identical" : behindBy === 0 ? "ahead" : ahead.length === 0 ? "behind" : "diverged";
        const perPage = Math.min(Number(query.get("per_page") ?? MAX_COMMITS) || MAX_COMMITS, MAX_COMMITS);
        const page = Math.max(1, Number(query.get("page") ?? 1) || 1);
        const listed = ahead.slice((page - 1) * perPage, page * perPage);
        const html = `${world.urls.html}/${repo.owner}/${repo.name}`;
        return ok({
          url: `${world.urls.api}/repos/${repo.owner}/${repo.name}/compare/${basehead}`,
          html_url: `${html}/compare/${basehead}`,
          permalink_url: `${html}/compare/${repo.owner}:${base.slice(0, 7)}...${repo.owner}:${head.slice(0, 7)}`,
          diff_url: `${html}/compare/${basehead}.diff`,
          patch_url: `${html}/compare/${basehead}.patch`,
          base_commit: repoCommitShape(world, repo, base),
          merge_base_commit: repoCommitShape(world, repo, common),
          status,
          ahead_by: ahead.length,
          behind_by: behindBy,
          total_commits: ahead.length,
          commits: listed.map((sha) => repoCommitShape(world, repo, sha))
        });
      }
    }
  ]
};

// sandbox/routes/contents.ts
var BASE64 = /^[A-Za-z0-9+/\r\n]*={0,2}[\r\n]*$/;
function contentLinks(world, repo, entry, ref) {
  const api2 = `${world.urls.api}/repos/${repo.owner}/${repo.name}`;
  const html = `${world.urls.html}/${repo.owner}/${repo.name}/${entry.type === "dir" ? "tree" : "blob"}/${ref}/${entry.path}`;
  const self = `${api2}/contents/${entry.path}?ref=${encodeURIComponent(ref)}`;
  const git = `${api2}/git/${entry.type === "dir" ? "trees" : "blobs"}/${entry.sha}`;
  return {
    url: self,
    html_url: html,
    git_url: git,
    download_url: entry.type === "file" ? `${world.urls.html}/${repo.owner}/${repo.name}/raw/${ref}/${entry.path}` : null,
    _links: { self, git, html }
  };
}
function fileShape(world, repo, path, sha, ref, withContent) {
  const content = blobContent(repo, sha);
  return {
    type: "file",
    ...withContent ? {
      encoding: "base64",
      content: (content.toString("base64").match(/.{1,60}/g) ?? [""]).join("\n") + (content.length ? "\n" : "")
    } : {},
    size: content.length,
    name: path.split("/").pop() ?? path,
    path,
    sha,
    ...contentLinks(world, repo, { path, sha, type: "file" }, ref)
  };
}
function entryShape(world, repo, entry, ref) {
  if (entry.type === "blob") return fileShape(world, repo, entry.path, entry.sha, ref, false);
  return {
    type: "dir",
    size: 0,
    name: entry.path.split("/").pop() ?? entry.path,
    path: entry.path,
    sha: entry.sha,
    ...contentLinks(world, repo, { path: entry.path, sha: entry.sha, type: "dir" }, ref)
  };
}
function branchHead(request, branch) {
  const sha = request.repo.refs[`refs/heads/${branch}`];
  if (!sha) throw new HttpError(404, `Branch ${branch} not found`);
  return sha;
}
function committer(request, body) {
  const login = request.actor.kind === "user" || request.actor.kind === "installation" ? request.actor.user.login : "ghost";
  const person2 = request.world.gitPerson(login);
  const given = body.committer ?? body.author;
  return {
    login,
    person: {
      name: isString(given?.name) ? given.name : person2.name,
      email: isString(given?.email) ? given.email : person2.email,
      date: person2.date
    }
  };
}
function decodeContent(value) {
  if (!BASE64.test(value)) throw validationFailed("Invalid request.\n\ncontent is not valid Base64");
  return Buffer.from(value, "base64");
}
var contentRoutes = {
  api: [
    {
      operationId: "repos/get-content",
      route: "GET /repos/{owner}/{repo}/contents/{path}",
      permission: ["contents", "read"],
      auth: "none",
      handler: (request) => {
        const { repo, world } = request;
        const ref = request.query.get("ref") ?? repo.defaultBranch;
        const commit = resolveCommit(repo, ref);
        if (!commit) throw new HttpError(404, `No commit found for the ref ${ref}`);
        const path = (request.params.path ?? "").replace(/^\/+|\/+$/g, "");
        const entry = readPath(repo, commit, path);
        if (!entry) throw notFound();
        if (entry.type === "tree")
          return ok(
            entry.entries.map((child) => {
              const childPath = path ? `${path}/${child.name}` : child.name;
              return entryShape(
                world,
                repo,
                {
                  ...child,
                  type: child.mode === "040000" ? "tree" : "blob",
                  path: childPath,
                  entries: []
                },
                ref
              );
            })
          );
        if (/application\/vnd\.github(?:\.v3)?\.raw/.test(request.headers.accept ?? ""))
          return {
            status: 200,
            body: blobContent(repo, entry.sha),
            // As GitHub labels it: with the charset, clients (Octokit, Probot's config loader)
            // read the body as text.
            headers: { "content-type": "application/vnd.github.raw; charset=utf-8" }
          };
        return ok(fileShape(world, repo, path, entry.sha, ref, true));
      }
    },
    {
      operationId: "repos/create-or-update-file-contents",
      route: "PUT /repos/{owner}/{repo}/contents/{path}",
      permission: ["contents", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const body = bodyOf(request);
        const message = requireField(body, "message", isString);
        const content = decodeContent(requireField(body, "content", isString));
        const branch = isString(body.branch) ? body.branch : repo.defaultBranch;
        const path = (request.params.path ?? "").replace(/^\/+|\/+$/g, "");
        const head = branchHead(request, branch);
        const existing = readPath(repo, head, path);
        if (existing?.type === "tree") throw validationFailed(`Invalid request.

${path} is a directory`);
        if (existing && body.sha === void 0)
          throw validationFailed(`Invalid request.

"sha" wasn't supplied.`);
        if (existing && body.sha !== existing.sha)
          throw new HttpError(409, `${path} does not match ${String(body.sha)}`);
        if (!existing && body.sha !== void 0)
          throw new HttpError(409, `${path} does not match ${String(body.sha)}`);
        const who = committer(request, body);
        const sha = commitToBranch(
          repo,
          branch,
          [{ path, sha: putBlob(repo, content) }],
          message,
          who.person
        );
        repo.pushedAt = world.now();
        world.changed();
        world.webhooks.pushed(repo, branch, head, sha, who.login);
        const blob = readPath(repo, sha, path);
        return ok(
          {
            content: fileShape(world, repo, path, blob.sha, branch, false),
            commit: commitShape(world, repo, sha)
          },
          existing ? 200 : 201
        );
      }
    },
    {
      operationId: "repos/delete-file",
      route: "DELETE /repos/{owner}/{repo}/contents/{path}",
      permission: ["contents", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const body = bodyOf(request);
        const message = requireField(body, "message", isString);
        const expected = requireField(body, "sha", isString);
        const branch = isString(body.branch) ? body.branch : repo.defaultBranch;
        const path = (request.params.path ?? "").replace(/^\/+|\/+$/g, "");
        const head = branchHead(request, branch);
        const existing = readPath(repo, head, path);
        if (existing?.type !== "blob") throw notFound();
        if (existing.sha !== expected) throw new HttpError(409, `${path} does not match ${expected}`);
        const who = committer(request, body);
        const sha = commitToBranch(repo, branch, [{ path, sha: null }], message, who.person);
        world.changed();
        world.webhooks.pushed(repo, branch, head, sha, who.login);
        return ok({ content: null, commit: commitShape(world, repo, sha) });
      }
    }
  ]
};

// sandbox/routes/deployments.ts
var DEPLOYMENT_STATES = [
  "error",
  "failure",
  "inactive",
  "in_progress",
  "queued",
  "pending",
  "success"
];
var WEBHOOK_DEPLOYMENT_STATES = /* @__PURE__ */ new Set([
  "pending",
  "in_progress",
  "success",
  "failure",
  "error",
  "queued"
]);
var MAX_WAIT_TIMER_MINUTES = 43200;
var MAX_REVIEWERS = 6;
var MAX_STATUS_DESCRIPTION = 140;
var nullableString2 = (v) => v === null || isString(v);
var isInteger2 = (v) => Number.isInteger(v);
function optional(body, name, check) {
  return body[name] === void 0 ? void 0 : requireField(body, name, check);
}
function deploymentUrl(world, repo, id) {
  return `${repoApi2(world, repo)}/deployments/${id}`;
}
function deploymentShape(world, repo, deployment, flavor) {
  const url = deploymentUrl(world, repo, deployment.id);
  const app = appOfBot(world, deployment.creator);
  return {
    url,
    id: deployment.id,
    node_id: nodeId("Deployment", deployment.id),
    sha: deployment.sha,
    ref: deployment.ref,
    task: deployment.task,
    payload: deployment.payload,
    original_environment: deployment.originalEnvironment,
    environment: deployment.environment,
    description: deployment.description,
    creator: flavor === "rest" ? simpleUser(world, deployment.creator) : webhookUser(world, deployment.creator),
    created_at: deployment.createdAt,
    updated_at: deployment.updatedAt,
    statuses_url: `${url}/statuses`,
    repository_url: repoApi2(world, repo),
    transient_environment: deployment.transientEnvironment,
    production_environment: deployment.productionEnvironment,
    performed_via_github_app: app ? appShape(world, app, flavor) : null
  };
}
function deploymentStatusShape(world, repo, status, flavor) {
  const url = deploymentUrl(world, repo, status.deploymentId);
  const app = appOfBot(world, status.creator);
  return {
    url: `${url}/statuses/${status.id}`,
    id: status.id,
    node_id: nodeId("DeploymentStatus", status.id),
    state: status.state,
    creator: flavor === "rest" ? simpleUser(world, status.creator) : webhookUser(world, status.creator),
    description: status.description,
    environment: status.environment,
    // `log_url` replaced `target_url`; GitHub still answers both with the same value.
    target_url: status.logUrl,
    ...status.logUrl ? { log_url: status.logUrl } : {},
    ...status.environmentUrl ? { environment_url: status.environmentUrl } : {},
    created_at: status.createdAt,
    updated_at: status.updatedAt,
    deployment_url: url,
    repository_url: repoApi2(world, repo),
    performed_via_github_app: app ? appShape(world, app, flavor) : null
  };
}
function environmentShape(world, repo, environment) {
  const name = encodeURIComponent(environment.name);
  const rules = [];
  if (environment.waitTimer > 0)
    rules.push({
      id: environment.id + 1,
      node_id: nodeId("Gate", environment.id + 1),
      type: "wait_timer",
      wait_timer: environment.waitTimer
    });
  if (environment.reviewers.length > 0)
    rules.push({
      id: environment.id + 2,
      node_id: nodeId("Gate", environment.id + 2),
      type: "required_reviewers",
      prevent_self_review: false,
      reviewers: environment.reviewers.map((login) => ({ type: "User", reviewer: simpleUser(world, login) }))
    });
  return {
    id: environment.id,
    node_id: nodeId("Environment", environment.id),
    name: environment.name,
    url: `${repoApi2(world, repo)}/environments/${name}`,
    html_url: `${world.urls.html}/${repo.owner}/${repo.name}/deployments/activity_log?environments_filter=${name}`,
    created_at: environment.createdAt,
    updated_at: environment.updatedAt,
    protection_rules: rules,
    deployment_branch_policy: null
  };
}
function findDeployment(request) {
  const deployment = request.repo.deployments[String(request.params.deployment_id)];
  if (!deployment) throw notFound();
  return deployment;
}
function statusesOf2(repo, deploymentId) {
  return Object.values(repo.deploymentStatuses).filter((s) => s.deploymentId === deploymentId).sort((a, b) => b.id - a.id);
}
function findEnvironment(repo, name) {
  return repo.environments[name.toLowerCase()];
}
function ensureEnvironment(world, repo, name) {
  const existing = findEnvironment(repo, name);
  if (existing) return existing;
  const now = world.now();
  const environment = {
    id: world.id(),
    name,
    createdAt: now,
    updatedAt: now,
    waitTimer: 0,
    reviewers: []
  };
  repo.environments[name.toLowerCase()] = environment;
  return environment;
}
function parsePayload(raw) {
  if (raw === void 0 || raw === "") return {};
  const value = isString(raw) ? parseJson(raw) : raw;
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw validationFailed(`Invalid request.

For 'payload', ${JSON.stringify(raw)} is not a JSON object.`);
  return value;
}
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
function mergeDefaultBranchInto(request, ref, login) {
  const { repo, world } = request;
  const branch = ref.startsWith("refs/heads/") ? ref.slice("refs/heads/".length) : ref;
  const head = repo.refs[`refs/heads/${branch}`];
  const base = repo.refs[`refs/heads/${repo.defaultBranch}`];
  if (!head || !base || branch === repo.defaultBranch || isAncestor(repo, base, head)) return void 0;
  const merged = mergeTrees(repo, mergeBase(repo, head, base), head, base);
  if ("conflicts" in merged)
    throw new HttpError(409, `Conflict merging ${repo.defaultBranch} into ${branch}.`);
  const message = `Auto-merged ${repo.defaultBranch} into ${branch} on deployment.`;
  const commit = createCommit(repo, {
    tree: merged.tree,
    parents: [head, base],
    message,
    author: world.gitPerson(login)
  });
  repo.refs[`refs/heads/${branch}`] = commit;
  repo.pushedAt = world.now();
  world.changed();
  world.webhooks.pushed(repo, branch, head, commit, login);
  return message;
}
function requireSuccessfulContexts(repo, sha, ref, required) {
  const latest = latestStatusPerContext(repo, sha);
  const contexts = required ?? latest.map((status) => status.context);
  const unmet = contexts.map((context) => ({ context, state: latest.find((s) => s.context === context)?.state ?? "missing" })).filter((entry) => entry.state !== "success");
  if (unmet.length > 0)
    throw new HttpError(409, `Conflict: Commit status checks failed for ${ref}.`, {
      errors: [{ contexts: unmet, resource: "Deployment", field: "required_contexts", code: "invalid" }]
    });
}
function isActive(repo, deployment) {
  return statusesOf2(repo, deployment.id)[0]?.state === "success";
}
function retirePreviousDeployments(world, repo, current, creator) {
  const environment = current.environment.toLowerCase();
  for (const deployment of Object.values(repo.deployments)) {
    if (deployment.id >= current.id || deployment.environment.toLowerCase() !== environment) continue;
    const latest = statusesOf2(repo, deployment.id)[0];
    if (latest?.state !== "success") continue;
    const now = world.now();
    const inactive = {
      ...latest,
      id: world.id(),
      state: "inactive",
      description: "",
      creator,
      createdAt: now,
      updatedAt: now
    };
    repo.deploymentStatuses[String(inactive.id)] = inactive;
    deployment.updatedAt = now;
  }
}
function requireAdmin(request) {
  const { actor, repo, world } = request;
  if (actor.kind === "user" && world.permissionOf(repo, actor.user.login) !== "admin")
    throw new HttpError(403, "Must have admin rights to Repository.");
}
var deploymentRoutes = {
  api: [
    {
      operationId: "repos/create-deployment",
      route: "POST /repos/{owner}/{repo}/deployments",
      permission: ["deployments", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const body = bodyOf(request);
        const ref = requireField(body, "ref", isString);
        const task = optional(body, "task", isString) ?? "deploy";
        const environment = optional(body, "environment", isString) ?? "production";
        const autoMerge = optional(body, "auto_merge", isBoolean) ?? true;
        const requiredContexts = optional(body, "required_contexts", isStringArray);
        const description = optional(body, "description", nullableString2) ?? "";
        const transient = optional(body, "transient_environment", isBoolean) ?? false;
        const production = optional(body, "production_environment", isBoolean) ?? environment === "production";
        const payload = parsePayload(body.payload);
        const login = callerLogin(request);
        if (!resolveCommit(repo, ref)) throw validationFailed(`No ref found for: ${ref}`);
        if (autoMerge) {
          const merged = mergeDefaultBranchInto(request, ref, login);
          if (merged) return ok({ message: merged }, 202);
        }
        const sha = resolveCommit(repo, ref);
        requireSuccessfulContexts(repo, sha, ref, requiredContexts);
        const now = world.now();
        const deployment = {
          id: world.id(),
          sha,
          ref,
          task,
          environment,
          originalEnvironment: environment,
          description,
          payload,
          creator: login,
          transientEnvironment: transient,
          productionEnvironment: production,
          createdAt: now,
          updatedAt: now
        };
        repo.deployments[String(deployment.id)] = deployment;
        ensureEnvironment(world, repo, environment);
        world.changed();
        world.webhooks.emit(
          "deployment",
          {
            action: "created",
            deployment: deploymentShape(world, repo, deployment, "webhook"),
            workflow: null,
            workflow_run: null
          },
          repo,
          login
        );
        return ok(deploymentShape(world, repo, deployment, "rest"), 201);
      }
    },
    {
      operationId: "repos/list-deployments",
      route: "GET /repos/{owner}/{repo}/deployments",
      permission: ["deployments", "read"],
      handler: (request) => {
        const { repo, world, query } = request;
        const filter = (name) => {
          const value = query.get(name);
          return value === null || value === "none" ? void 0 : value;
        };
        const [sha, ref, task, environment] = ["sha", "ref", "task", "environment"].map(filter);
        const deployments = Object.values(repo.deployments).filter(
          (d) => (sha === void 0 || d.sha === sha) && (ref === void 0 || d.ref === ref) && (task === void 0 || d.task === task) && (environment === void 0 || d.environment.toLowerCase() === environment.toLowerCase())
        ).sort((a, b) => b.id - a.id);
        const page = paginate(request, deployments);
        return { ...page, body: page.body.map((d) => deploymentShape(world, repo, d, "rest")) };
      }
    },
    {
      operationId: "repos/get-deployment",
      route: "GET /repos/{owner}/{repo}/deployments/{deployment_id}",
      permission: ["deployments", "read"],
      handler: (request) => ok(deploymentShape(request.world, request.repo, findDeployment(request), "rest"))
    },
    {
      operationId: "repos/delete-deployment",
      route: "DELETE /repos/{owner}/{repo}/deployments/{deployment_id}",
      permission: ["deployments", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const deployment = findDeployment(request);
        const environment = deployment.environment.toLowerCase();
        const onlyInEnvironment = Object.values(repo.deployments).every(
          (d) => d.id === deployment.id || d.environment.toLowerCase() !== environment
        );
        if (isActive(repo, deployment) && !onlyInEnvironment)
          throw validationFailed(
            "We cannot delete an active deployment unless it is the only deployment in a given environment."
          );
        delete repo.deployments[String(deployment.id)];
        for (const status of statusesOf2(repo, deployment.id))
          delete repo.deploymentStatuses[String(status.id)];
        world.changed();
        return noContent();
      }
    },
    {
      operationId: "repos/create-deployment-status",
      route: "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
      permission: ["deployments", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const deployment = findDeployment(request);
        const body = bodyOf(request);
        const state = requireField(body, "state", isString);
        if (!DEPLOYMENT_STATES.includes(state))
          throw validationFailed(
            `Invalid request.

For 'state', ${JSON.stringify(state)} is not a valid value.`
          );
        const logUrl = optional(body, "log_url", isString) ?? optional(body, "target_url", isString) ?? "";
        const environmentUrl = optional(body, "environment_url", isString) ?? "";
        const description = optional(body, "description", isString) ?? "";
        if (description.length > MAX_STATUS_DESCRIPTION)
          throw validationFailed("Validation Failed", [
            {
              resource: "DeploymentStatus",
              code: "custom",
              field: "description",
              message: `description is too long (maximum is ${MAX_STATUS_DESCRIPTION} characters)`
            }
          ]);
        const autoInactive = optional(body, "auto_inactive", isBoolean) ?? true;
        const environment = optional(body, "environment", isString) ?? statusesOf2(repo, deployment.id)[0]?.environment ?? deployment.environment;
        const login = callerLogin(request);
        const now = world.now();
        const status = {
          id: world.id(),
          deploymentId: deployment.id,
          state,
          description,
          environment,
          environmentUrl,
          logUrl,
          creator: login,
          createdAt: now,
          updatedAt: now
        };
        repo.deploymentStatuses[String(status.id)] = status;
        if (environment !== deployment.environment) {
          deployment.environment = environment;
          ensureEnvironment(world, repo, environment);
        }
        deployment.updatedAt = now;
        if (state === "success" && autoInactive) retirePreviousDeployments(world, repo, deployment, login);
        world.changed();
        if (WEBHOOK_DEPLOYMENT_STATES.has(state))
          world.webhooks.emit(
            "deployment_status",
            {
              action: "created",
              deployment_status: deploymentStatusShape(world, repo, status, "webhook"),
              deployment: deploymentShape(world, repo, deployment, "webhook")
            },
            repo,
            login
          );
        return ok(deploymentStatusShape(world, repo, status, "rest"), 201);
      }
    },
    {
      operationId: "repos/list-deployment-statuses",
      route: "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
      permission: ["deployments", "read"],
      handler: (request) => {
        const { repo, world } = request;
        const deployment = findDeployment(request);
        const page = paginate(request, statusesOf2(repo, deployment.id));
        return { ...page, body: page.body.map((s) => deploymentStatusShape(world, repo, s, "rest")) };
      }
    },
    {
      operationId: "repos/get-deployment-status",
      route: "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}",
      permission: ["deployments", "read"],
      handler: (request) => {
        const { repo, world } = request;
        const deployment = findDeployment(request);
        const status = repo.deploymentStatuses[String(request.params.status_id)];
        if (!status || status.deploymentId !== deployment.id) throw notFound();
        return ok(deploymentStatusShape(world, repo, status, "rest"));
      }
    },
    {
      operationId: "repos/get-all-environments",
      route: "GET /repos/{owner}/{repo}/environments",
      permission: ["actions", "read"],
      handler: (request) => {
        const { repo, world } = request;
        const environments = Object.values(repo.environments).sort((a, b) => a.name.localeCompare(b.name));
        const page = paginate(request, environments);
        return {
          ...page,
          body: {
            total_count: environments.length,
            environments: page.body.map((e) => environmentShape(world, repo, e))
          }
        };
      }
    },
    {
      operationId: "repos/get-environment",
      route: "GET /repos/{owner}/{repo}/environments/{environment_name}",
      permission: ["actions", "read"],
      handler: (request) => {
        const environment = findEnvironment(request.repo, request.params.environment_name ?? "");
        if (!environment) throw notFound();
        return ok(environmentShape(request.world, request.repo, environment));
      }
    },
    {
      operationId: "repos/create-or-update-environment",
      route: "PUT /repos/{owner}/{repo}/environments/{environment_name}",
      permission: ["administration", "write"],
      handler: (request) => {
        const { repo, world } = request;
        requireAdmin(request);
        const body = bodyOf(request);
        const waitTimer = optional(body, "wait_timer", isInteger2);
        if (waitTimer !== void 0 && (waitTimer < 0 || waitTimer > MAX_WAIT_TIMER_MINUTES))
          throw validationFailed(
            `Invalid request.

wait_timer must be between 0 and ${MAX_WAIT_TIMER_MINUTES}.`
          );
        const reviewers = body.reviewers === void 0 ? void 0 : reviewerLogins(world, body.reviewers);
        const environment = ensureEnvironment(world, repo, request.params.environment_name ?? "");
        if (waitTimer !== void 0) environment.waitTimer = waitTimer;
        if (reviewers !== void 0) environment.reviewers = reviewers;
        environment.updatedAt = world.now();
        world.changed();
        return ok(environmentShape(world, repo, environment));
      }
    },
    {
      operationId: "repos/delete-an-environment",
      route: "DELETE /repos/{owner}/{repo}/environments/{environment_name}",
      permission: ["administration", "write"],
      handler: (request) => {
        const { repo, world } = request;
        requireAdmin(request);
        const name = request.params.environment_name ?? "";
        if (!findEnvironment(repo, name)) throw notFound();
        delete repo.environments[name.toLowerCase()];
        world.changed();
        return noContent();
      }
    }
  ]
};
function reviewerLogins(world, raw) {
  if (raw === null) return [];
  if (!Array.isArray(raw))
    throw validationFailed("Invalid request.\n\nFor 'reviewers', the value is not an array.");
  if (raw.length > MAX_REVIEWERS)
    throw validationFailed(
      `Invalid request.

Only ${MAX_REVIEWERS} reviewers may be set on an environment.`
    );
  return raw.map((entry) => {
    const reviewer = entry ?? {};
    if (reviewer.type !== "User")
      throw validationFailed("Invalid request.\n\nThe sandbox only models reviewers of type User.");
    const user = Object.values(world.state.users).find((u) => u.id === reviewer.id);
    if (!user) throw validationFailed(`Invalid request.

Reviewer ${String(reviewer.id)} was not found.`);
    return user.login;
  });
}

// sandbox/routes/pulls.ts
var NOT_MERGEABLE = "Pull Request is not mergeable";
var MAX_LINE_EDITS = 5e3;
function conversation(repo, pull) {
  const issue = repo.issues[String(pull.number)];
  if (!issue) throw new Error(`sandbox: pull request #${pull.number} has no issue record`);
  return { pull, issue };
}
function pullFrom(request) {
  const pull = request.repo.pulls[String(Number(request.params.pull_number))];
  if (!pull) throw notFound();
  return conversation(request.repo, pull);
}
function branchTip(repo, branch) {
  return repo.refs[`refs/heads/${branch}`];
}
function githubCommitter(world) {
  return { name: "GitHub", email: "noreply@github.com", date: world.now() };
}
function commitsAhead(repo, baseSha, headSha) {
  const inBase = new Set(ancestors(repo, baseSha));
  return ancestors(repo, headSha).filter((sha) => !inBase.has(sha)).reverse();
}
function filesOf(repo, commitSha) {
  const tree = commitSha ? getObject(repo, commitSha, "commit")?.tree : void 0;
  return tree ? flattenTree(repo, tree) : /* @__PURE__ */ new Map();
}
function changedFiles(repo, pull) {
  const before = filesOf(repo, mergeBase(repo, pull.baseSha, pull.headSha));
  const after = filesOf(repo, pull.headSha);
  const paths = [.../* @__PURE__ */ new Set([...before.keys(), ...after.keys()])].sort();
  return paths.flatMap((path) => {
    const old = before.get(path);
    const now = after.get(path);
    const shown = now ?? old;
    if (!shown || old && now && old.sha === now.sha && old.mode === now.mode) return [];
    const lines = lineChanges(
      old ? blobContent(repo, old.sha) : Buffer.alloc(0),
      now ? blobContent(repo, now.sha) : Buffer.alloc(0)
    );
    const status = !old ? "added" : !now ? "removed" : "modified";
    return [{ path, status, sha: shown.sha, ...lines }];
  });
}
function linesOf(content) {
  if (content.length === 0) return [];
  const lines = content.toString("utf8").split("\n");
  if (lines.at(-1) === "") lines.pop();
  return lines;
}
function lineChanges(before, after) {
  if (before.includes(0) || after.includes(0)) return { additions: 0, deletions: 0 };
  const old = linesOf(before);
  const now = linesOf(after);
  const edits = editDistance(old, now, MAX_LINE_EDITS);
  if (edits === void 0) return { additions: now.length, deletions: old.length };
  const growth = now.length - old.length;
  return { additions: (edits + growth) / 2, deletions: (edits - growth) / 2 };
}
function editDistance(a, b, limit) {
  const max = Math.min(a.length + b.length, limit);
  const offset = max + 1;
  const furthest = new Int32Array(2 * max + 3);
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || k !== d && furthest[offset + k - 1] < furthest[offset + k + 1];
      let x = down ? furthest[offset + k + 1] : furthest[offset + k - 1] + 1;
      let y = x - k;
      while (x < a.length && y < b.length && a[x] === b[y]) {
        x++;
        y++;
      }
      furthest[offset + k] = x;
      if (x >= a.length && y >= b.length) return d;
    }
  }
  return void 0;
}
function mergedTree(repo, pull, baseTip) {
  const merged = mergeTrees(repo, mergeBase(repo, baseTip, pull.headSha), baseTip, pull.headSha);
  return "tree" in merged ? merged.tree : void 0;
}
function mergesCleanly(repo, pull) {
  return mergedTree(repo, pull, branchTip(repo, pull.baseRef) ?? pull.baseSha) !== void 0;
}
function pullShape(world, repo, pull, audience, detail = "full") {
  const { issue } = conversation(repo, pull);
  const api2 = repoApiUrl(world, repo);
  const self = `${api2}/pulls/${pull.number}`;
  const html = `${repoHtmlUrl(world, repo)}/pull/${pull.number}`;
  const headRepo = world.state.repos[pull.headRepo.toLowerCase()] ?? repo;
  const end = (target, ref, sha) => ({
    label: `${target.owner}:${ref}`,
    ref,
    sha,
    user: userShape2(world, target.owner, audience),
    repo: repositoryShape(world, target, audience)
  });
  const links = {
    self,
    html,
    issue: `${api2}/issues/${pull.number}`,
    comments: `${api2}/issues/${pull.number}/comments`,
    review_comments: `${self}/comments`,
    review_comment: `${api2}/pulls/comments{/number}`,
    commits: `${self}/commits`,
    statuses: `${api2}/statuses/${pull.headSha}`
  };
  const simple = {
    url: self,
    id: pull.id,
    node_id: nodeId("PullRequest", pull.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: links.issue,
    commits_url: links.commits,
    review_comments_url: links.review_comments,
    review_comment_url: links.review_comment,
    comments_url: links.comments,
    statuses_url: links.statuses,
    number: pull.number,
    state: issue.state,
    locked: issue.locked,
    title: issue.title,
    user: userShape2(world, issue.user, audience),
    body: issue.body,
    labels: issueLabels(repo, issue).map((label) => {
      const shape = labelShape(world, repo, label);
      return detail === "simple" && audience === "rest" ? { ...shape, description: label.description ?? "" } : shape;
    }),
    milestone: null,
    active_lock_reason: null,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    merged_at: pull.mergedAt,
    merge_commit_sha: pull.mergeCommitSha,
    assignee: issue.assignees[0] ? userShape2(world, issue.assignees[0], audience) : null,
    assignees: issue.assignees.map((login) => userShape2(world, login, audience)),
    requested_reviewers: pull.requestedReviewers.map((login) => userShape2(world, login, audience)),
    requested_teams: [],
    head: end(headRepo, pull.headRef, pull.headSha),
    base: end(repo, pull.baseRef, pull.baseSha),
    _links: Object.fromEntries(Object.entries(links).map(([name, href]) => [name, { href }])),
    author_association: authorAssociation(repo, issue.user),
    auto_merge: null,
    draft: pull.draft
  };
  if (detail === "simple") return simple;
  const files = changedFiles(repo, pull);
  const open = issue.state === "open";
  const mergeable = open ? mergesCleanly(repo, pull) : null;
  return {
    ...simple,
    merged: pull.merged,
    mergeable,
    rebaseable: mergeable,
    mergeable_state: !open ? "unknown" : pull.draft ? "draft" : mergeable ? "clean" : "dirty",
    merged_by: pull.mergedBy ? userShape2(world, pull.mergedBy, audience) : null,
    comments: Object.values(repo.comments).filter((c) => c.issueNumber === pull.number).length,
    review_comments: 0,
    maintainer_can_modify: pull.maintainerCanModify,
    commits: commitsAhead(repo, pull.baseSha, pull.headSha).length,
    additions: files.reduce((sum, file) => sum + file.additions, 0),
    deletions: files.reduce((sum, file) => sum + file.deletions, 0),
    changed_files: files.length
  };
}
function reviewShape(world, repo, review, audience) {
  const pullUrl = `${repoApiUrl(world, repo)}/pulls/${review.pullNumber}`;
  const html = `${repoHtmlUrl(world, repo)}/pull/${review.pullNumber}#pullrequestreview-${review.id}`;
  return {
    id: review.id,
    node_id: nodeId("PullRequestReview", review.id),
    user: userShape2(world, review.user, audience),
    body: review.body,
    // Webhooks name review states in lower case (`approved`), the REST API in upper case.
    state: audience === "webhook" ? review.state.toLowerCase() : review.state,
    html_url: html,
    pull_request_url: pullUrl,
    _links: { html: { href: html }, pull_request: { href: pullUrl } },
    ...review.submittedAt || audience === "webhook" ? { submitted_at: review.submittedAt } : {},
    commit_id: review.commitId,
    author_association: authorAssociation(repo, review.user)
  };
}
function emitPullRequestEvent(world, repo, pull, action, sender, extra = {}) {
  world.webhooks.emit(
    "pull_request",
    { action, number: pull.number, pull_request: pullShape(world, repo, pull, "webhook"), ...extra },
    repo,
    sender
  );
}
var headInvalid = () => validationFailed("Validation Failed", [{ resource: "PullRequest", field: "head", code: "invalid" }]);
var baseInvalid = () => validationFailed("Validation Failed", [{ resource: "PullRequest", field: "base", code: "invalid" }]);
var customInvalid = (message) => validationFailed("Validation Failed", [{ resource: "PullRequest", code: "custom", message }]);
function parseHead(repo, head) {
  const colon = head.indexOf(":");
  if (colon < 0) return head;
  if (!equalIgnoringCase(head.slice(0, colon), repo.owner)) throw headInvalid();
  return head.slice(colon + 1);
}
function openPullFor(repo, headRef, baseRef) {
  return Object.values(repo.pulls).find(
    (pull) => pull.headRef === headRef && pull.baseRef === baseRef && repo.issues[String(pull.number)]?.state === "open"
  );
}
var duplicatePull = (repo, headRef) => customInvalid(`A pull request already exists for ${repo.owner}:${headRef}.`);
function commitMessage(title, message) {
  return message ? `${title}

${message}` : title;
}
function mergeCommit(repo, pull, issue, baseTip, options) {
  const tree = mergedTree(repo, pull, baseTip);
  if (!tree) return void 0;
  const title = options.title ?? `Merge pull request #${pull.number} from ${repo.owner}/${pull.headRef}`;
  return createCommit(repo, {
    tree,
    parents: [baseTip, pull.headSha],
    message: commitMessage(title, options.message ?? issue.title),
    author: options.author,
    committer: options.committer
  });
}
function squashCommit(repo, pull, issue, baseTip, options) {
  const tree = mergedTree(repo, pull, baseTip);
  if (!tree) return void 0;
  const squashed = commitsAhead(repo, baseTip, pull.headSha).map(
    (sha) => `* ${getObject(repo, sha, "commit")?.message ?? ""}`
  );
  return createCommit(repo, {
    tree,
    parents: [baseTip],
    message: commitMessage(
      options.title ?? `${issue.title} (#${pull.number})`,
      options.message ?? squashed.join("\n\n")
    ),
    author: options.author,
    committer: options.committer
  });
}
function rebaseCommits(repo, pull, baseTip, committer2) {
  let tip = baseTip;
  for (const sha of commitsAhead(repo, baseTip, pull.headSha)) {
    const commit = getObject(repo, sha, "commit");
    const parent = commit?.parents.length === 1 ? commit.parents[0] : void 0;
    if (!commit || !parent) return void 0;
    const replayed = mergeTrees(repo, parent, tip, sha);
    if (!("tree" in replayed)) return void 0;
    tip = createCommit(repo, {
      tree: replayed.tree,
      parents: [tip],
      message: commit.message,
      author: commit.author,
      committer: committer2
    });
  }
  return tip;
}
var REVIEW_STATES = {
  APPROVE: "APPROVED",
  REQUEST_CHANGES: "CHANGES_REQUESTED",
  COMMENT: "COMMENTED"
};
var reviewRefused = (reason) => new HttpError(422, "Unprocessable Entity", { errors: [reason] });
function reviewsOf(repo, pullNumber) {
  return Object.values(repo.reviews).filter((review) => review.pullNumber === pullNumber).sort((a, b) => a.id - b.id);
}
function reviewerLogins2(request, field, required) {
  const body = bodyOf(request);
  if (body[field] === void 0 && !required) return [];
  return requireField(body, field, isStringArray);
}
function notCollaborators(repo, what) {
  return new HttpError(
    422,
    `Reviews may only be requested from collaborators. One or more of the ${what} you specified is not a collaborator of the ${repo.owner}/${repo.name} repository.`
  );
}
var pullRoutes = {
  api: [
    {
      operationId: "pulls/list",
      route: "GET /repos/{owner}/{repo}/pulls",
      permission: ["pull_requests", "read"],
      auth: "none",
      handler: (request) => {
        const { repo, world, query } = request;
        const state = query.get("state") ?? "open";
        const head = query.get("head");
        const base = query.get("base");
        const sort = query.get("sort") ?? "created";
        const direction = query.get("direction") ?? (sort === "created" ? "desc" : "asc");
        const [headOwner, headRef] = head?.includes(":") ? [head.slice(0, head.indexOf(":")), head.slice(head.indexOf(":") + 1)] : [repo.owner, head];
        const listed = Object.values(repo.pulls).map((pull) => conversation(repo, pull)).filter(
          ({ pull, issue }) => (state === "all" || issue.state === state) && (headRef === null || pull.headRef === headRef && equalIgnoringCase(pull.headRepo.split("/")[0] ?? "", headOwner)) && (base === null || pull.baseRef === base)
        );
        const commentCount = (number) => Object.values(repo.comments).filter((comment) => comment.issueNumber === number).length;
        listed.sort(
          (a, b) => sort === "updated" ? a.issue.updatedAt.localeCompare(b.issue.updatedAt) || a.pull.number - b.pull.number : sort === "popularity" ? commentCount(a.pull.number) - commentCount(b.pull.number) || a.pull.number - b.pull.number : a.pull.number - b.pull.number
        );
        if (direction === "desc") listed.reverse();
        return paginate(
          request,
          listed.map(({ pull }) => pullShape(world, repo, pull, "rest", "simple"))
        );
      }
    },
    {
      operationId: "pulls/create",
      route: "POST /repos/{owner}/{repo}/pulls",
      permission: ["pull_requests", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const body = bodyOf(request);
        const headRef = parseHead(repo, requireField(body, "head", isString));
        const baseRef = requireField(body, "base", isString);
        if (body.title === void 0)
          throw validationFailed("Validation Failed", [
            { resource: "PullRequest", code: "missing_field", field: "title" }
          ]);
        const title = requireField(body, "title", isString);
        if (isString(body.head_repo) && !equalIgnoringCase(body.head_repo, `${repo.owner}/${repo.name}`))
          throw headInvalid();
        const headSha = branchTip(repo, headRef);
        if (!headSha) throw headInvalid();
        const baseSha = branchTip(repo, baseRef);
        if (!baseSha) throw baseInvalid();
        if (openPullFor(repo, headRef, baseRef)) throw duplicatePull(repo, headRef);
        if (isAncestor(repo, headSha, baseSha))
          throw customInvalid(`No commits between ${baseRef} and ${headRef}`);
        const now = world.now();
        const number = repo.nextNumber++;
        const issue = {
          number,
          id: world.id(),
          title,
          body: isString(body.body) ? body.body : null,
          user: actorLogin2(request),
          state: "open",
          stateReason: null,
          labels: [],
          assignees: [],
          isPullRequest: true,
          createdAt: now,
          updatedAt: now,
          closedAt: null,
          locked: false
        };
        const pull = {
          number,
          id: world.id(),
          headRef,
          headSha,
          headRepo: `${repo.owner}/${repo.name}`,
          baseRef,
          baseSha,
          draft: body.draft === true,
          merged: false,
          mergedAt: null,
          mergedBy: null,
          mergeCommitSha: null,
          maintainerCanModify: body.maintainer_can_modify !== false,
          requestedReviewers: [],
          requestedTeams: []
        };
        repo.issues[String(number)] = issue;
        repo.pulls[String(number)] = pull;
        world.changed();
        emitPullRequestEvent(world, repo, pull, "opened", issue.user);
        return ok(pullShape(world, repo, pull, "rest"), 201);
      }
    },
    {
      operationId: "pulls/get",
      route: "GET /repos/{owner}/{repo}/pulls/{pull_number}",
      permission: ["pull_requests", "read"],
      auth: "none",
      handler: (request) => ok(pullShape(request.world, request.repo, pullFrom(request).pull, "rest"))
    },
    {
      operationId: "pulls/update",
      route: "PATCH /repos/{owner}/{repo}/pulls/{pull_number}",
      permission: ["pull_requests", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const body = bodyOf(request);
        const { pull, issue } = pullFrom(request);
        const login = actorLogin2(request);
        const wantedState = body.state === issue.state ? void 0 : body.state;
        const newBase = isString(body.base) && body.base !== pull.baseRef ? body.base : void 0;
        const newBaseSha = newBase === void 0 ? void 0 : branchTip(repo, newBase);
        if (newBase !== void 0) {
          if (issue.state === "closed")
            throw customInvalid("Cannot change the base branch of a closed pull request.");
          if (!newBaseSha) throw baseInvalid();
        }
        const reopening = wantedState === "open";
        const reopenedHead = reopening ? branchTip(repo, pull.headRef) : void 0;
        if (reopening) {
          if (pull.merged)
            throw customInvalid(
              "state cannot be changed. The pull request cannot be reopened because it has been merged."
            );
          if (!reopenedHead) throw customInvalid("state cannot be changed. The head branch was deleted.");
          if (openPullFor(repo, pull.headRef, newBase ?? pull.baseRef))
            throw duplicatePull(repo, pull.headRef);
        }
        const changes = {};
        if (isString(body.title) && body.title !== issue.title) {
          changes.title = { from: issue.title };
          issue.title = body.title;
        }
        if (isString(body.body) && body.body !== issue.body) {
          changes.body = { from: issue.body ?? "" };
          issue.body = body.body;
        }
        if (newBase !== void 0 && newBaseSha) {
          changes.base = { ref: { from: pull.baseRef }, sha: { from: pull.baseSha } };
          pull.baseRef = newBase;
          pull.baseSha = newBaseSha;
        }
        if (isBoolean(body.maintainer_can_modify)) pull.maintainerCanModify = body.maintainer_can_modify;
        const now = world.now();
        if (wantedState === "closed") {
          issue.state = "closed";
          issue.closedAt = now;
        } else if (reopening && reopenedHead) {
          issue.state = "open";
          issue.closedAt = null;
          pull.headSha = reopenedHead;
          pull.baseSha = branchTip(repo, pull.baseRef) ?? pull.baseSha;
        }
        issue.updatedAt = now;
        world.changed();
        if (Object.keys(changes).length > 0)
          emitPullRequestEvent(world, repo, pull, "edited", login, { changes });
        if (wantedState === "closed") emitPullRequestEvent(world, repo, pull, "closed", login);
        if (reopening) emitPullRequestEvent(world, repo, pull, "reopened", login);
        return ok(pullShape(world, repo, pull, "rest"));
      }
    },
    {
      operationId: "pulls/merge",
      route: "PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge",
      permission: ["contents", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const body = bodyOf(request);
        const { pull, issue } = pullFrom(request);
        const login = actorLogin2(request);
        if (pull.merged || issue.state !== "open") throw new HttpError(405, NOT_MERGEABLE);
        if (pull.draft) throw new HttpError(405, "Pull Request is still a draft");
        if (body.sha !== void 0 && body.sha !== pull.headSha)
          throw new HttpError(409, "Head branch was modified. Review and try the merge again.");
        const baseTip = branchTip(repo, pull.baseRef);
        if (!baseTip) throw new HttpError(405, NOT_MERGEABLE);
        const options = {
          title: isString(body.commit_title) ? body.commit_title : void 0,
          message: isString(body.commit_message) ? body.commit_message : void 0,
          author: world.gitPerson(login),
          committer: githubCommitter(world)
        };
        const method = body.merge_method ?? "merge";
        const result = method === "squash" ? squashCommit(repo, pull, issue, baseTip, { ...options, author: world.gitPerson(issue.user) }) : method === "rebase" ? rebaseCommits(repo, pull, baseTip, options.committer) : mergeCommit(repo, pull, issue, baseTip, options);
        if (!result)
          throw new HttpError(405, method === "rebase" ? "This branch can't be rebased" : NOT_MERGEABLE);
        const now = world.now();
        repo.refs[`refs/heads/${pull.baseRef}`] = result;
        repo.pushedAt = now;
        pull.baseSha = baseTip;
        pull.merged = true;
        pull.mergedAt = now;
        pull.mergedBy = login;
        pull.mergeCommitSha = result;
        issue.state = "closed";
        issue.closedAt = now;
        issue.updatedAt = now;
        world.changed();
        world.webhooks.pushed(repo, pull.baseRef, baseTip, result, login);
        emitPullRequestEvent(world, repo, pull, "closed", login);
        return ok({ sha: result, merged: true, message: "Pull Request successfully merged" });
      }
    },
    {
      operationId: "pulls/list-files",
      route: "GET /repos/{owner}/{repo}/pulls/{pull_number}/files",
      permission: ["pull_requests", "read"],
      auth: "none",
      handler: (request) => {
        const { repo, world } = request;
        const { pull } = pullFrom(request);
        const api2 = repoApiUrl(world, repo);
        const html = repoHtmlUrl(world, repo);
        const files = changedFiles(repo, pull).map((file) => {
          const path = file.path.split("/").map(encodeURIComponent).join("/");
          const commit = file.status === "removed" ? pull.baseSha : pull.headSha;
          return {
            sha: file.sha,
            filename: file.path,
            status: file.status,
            additions: file.additions,
            deletions: file.deletions,
            changes: file.additions + file.deletions,
            blob_url: `${html}/blob/${commit}/${path}`,
            raw_url: `${html}/raw/${commit}/${path}`,
            contents_url: `${api2}/contents/${path}?ref=${commit}`
          };
        });
        return paginate(request, files);
      }
    },
    {
      operationId: "repos/list-pull-requests-associated-with-commit",
      route: "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls",
      permission: ["pull_requests", "read"],
      auth: "none",
      handler: (request) => {
        const { repo, world } = request;
        const sha = resolveCommit(repo, request.params.commit_sha);
        if (!sha) throw new HttpError(422, `No commit found for SHA: ${request.params.commit_sha}`);
        const defaultTip = branchTip(repo, repo.defaultBranch);
        const onDefault = defaultTip !== void 0 && isAncestor(repo, sha, defaultTip);
        const associated = Object.values(repo.pulls).filter((pull) => {
          const carries = pull.mergeCommitSha === sha || commitsAhead(repo, pull.baseSha, pull.headSha).includes(sha);
          if (!carries) return false;
          if (pull.merged) return true;
          return !onDefault && repo.issues[String(pull.number)]?.state === "open";
        }).sort((a, b) => b.number - a.number);
        return paginate(
          request,
          associated.map((pull) => pullShape(world, repo, pull, "rest", "simple"))
        );
      }
    },
    {
      operationId: "pulls/list-reviews",
      route: "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews",
      permission: ["pull_requests", "read"],
      auth: "none",
      handler: (request) => {
        const { repo, world } = request;
        const { pull } = pullFrom(request);
        const viewer = actorLogin2(request);
        const visible = reviewsOf(repo, pull.number).filter(
          (review) => review.state !== "PENDING" || equalIgnoringCase(review.user, viewer)
        );
        return paginate(
          request,
          visible.map((review) => reviewShape(world, repo, review, "rest"))
        );
      }
    },
    {
      operationId: "pulls/create-review",
      route: "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews",
      permission: ["pull_requests", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const body = bodyOf(request);
        const { pull, issue } = pullFrom(request);
        const login = actorLogin2(request);
        const event = body.event;
        const text = isString(body.body) ? body.body : "";
        const isAuthor = equalIgnoringCase(login, issue.user);
        if (event === "APPROVE" && isAuthor) throw reviewRefused("Can not approve your own pull request");
        if (event === "REQUEST_CHANGES" && isAuthor)
          throw reviewRefused("Can not request changes on your own pull request");
        if (event === "REQUEST_CHANGES" && text.trim() === "")
          throw reviewRefused("You need to leave a comment indicating the requested changes.");
        if (event === "COMMENT" && text.trim() === "")
          throw reviewRefused("You need to leave a comment to submit a comment review.");
        const pending = reviewsOf(repo, pull.number).some(
          (review2) => review2.state === "PENDING" && equalIgnoringCase(review2.user, login)
        );
        if (event === void 0 && pending)
          throw reviewRefused("User can only have one pending review per pull request");
        const commitId = isString(body.commit_id) ? body.commit_id : pull.headSha;
        if (!getObject(repo, commitId, "commit")) throw reviewRefused("Commit not found");
        const review = {
          id: world.id(),
          pullNumber: pull.number,
          user: login,
          body: text,
          state: event === void 0 ? "PENDING" : REVIEW_STATES[event],
          commitId,
          submittedAt: event === void 0 ? null : world.now()
        };
        repo.reviews[String(review.id)] = review;
        if (review.state !== "PENDING") {
          pull.requestedReviewers = pull.requestedReviewers.filter((r) => !equalIgnoringCase(r, login));
          issue.updatedAt = world.now();
        }
        world.changed();
        if (review.state !== "PENDING")
          world.webhooks.emit(
            "pull_request_review",
            {
              action: "submitted",
              review: reviewShape(world, repo, review, "webhook"),
              pull_request: pullShape(world, repo, pull, "webhook", "simple")
            },
            repo,
            login
          );
        return ok(reviewShape(world, repo, review, "rest"));
      }
    },
    {
      operationId: "pulls/dismiss-review",
      route: "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals",
      permission: ["pull_requests", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const body = bodyOf(request);
        const { pull } = pullFrom(request);
        const review = repo.reviews[String(Number(request.params.review_id))];
        if (!review || review.pullNumber !== pull.number) throw notFound();
        requireField(body, "message", isString);
        if (review.state !== "APPROVED" && review.state !== "CHANGES_REQUESTED")
          throw reviewRefused(`Can not dismiss a ${review.state.toLowerCase()} pull request review`);
        review.state = "DISMISSED";
        world.changed();
        const login = actorLogin2(request);
        world.webhooks.emit(
          "pull_request_review",
          {
            action: "dismissed",
            review: reviewShape(world, repo, review, "webhook"),
            pull_request: pullShape(world, repo, pull, "webhook", "simple")
          },
          repo,
          login
        );
        return ok(reviewShape(world, repo, review, "rest"));
      }
    },
    {
      operationId: "pulls/list-requested-reviewers",
      route: "GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
      permission: ["pull_requests", "read"],
      auth: "none",
      handler: (request) => {
        const { pull } = pullFrom(request);
        return ok({
          users: pull.requestedReviewers.map((login) => userShape2(request.world, login, "rest")),
          teams: []
        });
      }
    },
    {
      operationId: "pulls/request-reviewers",
      route: "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
      permission: ["pull_requests", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const { pull, issue } = pullFrom(request);
        const reviewers = reviewerLogins2(request, "reviewers", false);
        if (reviewerLogins2(request, "team_reviewers", false).length > 0)
          throw notCollaborators(repo, "teams");
        const logins = reviewers.map((name) => {
          if (equalIgnoringCase(name, issue.user))
            throw new HttpError(422, "Review cannot be requested from pull request author.");
          const collaborator = Object.keys(repo.collaborators).find((c) => equalIgnoringCase(c, name));
          if (!collaborator) throw notCollaborators(repo, "users or teams");
          return world.findUser(collaborator)?.login ?? collaborator;
        });
        const added = [...new Set(logins)].filter(
          (login) => !pull.requestedReviewers.some((r) => equalIgnoringCase(r, login))
        );
        pull.requestedReviewers.push(...added);
        issue.updatedAt = world.now();
        world.changed();
        for (const login of added)
          emitPullRequestEvent(world, repo, pull, "review_requested", actorLogin2(request), {
            requested_reviewer: userShape2(world, login, "webhook")
          });
        return ok(pullShape(world, repo, pull, "rest", "simple"), 201);
      }
    },
    {
      operationId: "pulls/remove-requested-reviewers",
      route: "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
      permission: ["pull_requests", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const { pull, issue } = pullFrom(request);
        const reviewers = reviewerLogins2(request, "reviewers", true);
        const removed = pull.requestedReviewers.filter(
          (login) => reviewers.some((r) => equalIgnoringCase(r, login))
        );
        pull.requestedReviewers = pull.requestedReviewers.filter((login) => !removed.includes(login));
        if (removed.length > 0) issue.updatedAt = world.now();
        world.changed();
        for (const login of removed)
          emitPullRequestEvent(world, repo, pull, "review_request_removed", actorLogin2(request), {
            requested_reviewer: userShape2(world, login, "webhook")
          });
        return ok(pullShape(world, repo, pull, "rest", "simple"));
      }
    }
  ],
  /** A push to a pull request's head branch updates it (`synchronize`); one to its base moves its base sha. */
  onPush: (world, push) => {
    const pushedRepo = `${push.repo.owner}/${push.repo.name}`.toLowerCase();
    let changed = false;
    for (const repo of Object.values(world.state.repos)) {
      for (const pull of Object.values(repo.pulls)) {
        const issue = repo.issues[String(pull.number)];
        if (issue?.state !== "open") continue;
        if (repo === push.repo && pull.baseRef === push.branch && pull.baseSha !== push.after) {
          pull.baseSha = push.after;
          changed = true;
        }
        const isHead = pull.headRepo.toLowerCase() === pushedRepo && pull.headRef === push.branch;
        if (!isHead || pull.headSha === push.after) continue;
        const before = pull.headSha;
        pull.headSha = push.after;
        issue.updatedAt = world.now();
        changed = true;
        emitPullRequestEvent(world, repo, pull, "synchronize", push.pusher, { before, after: push.after });
      }
    }
    if (changed) world.changed();
  }
};

// sandbox/routes/issues.ts
var DEFAULT_LABEL_COLOR = "ededed";
var LABEL_COLOR = /^[0-9a-fA-F]{6}$/;
function userShape2(world, login, audience) {
  return audience === "rest" ? simpleUser(world, login) : webhookUser(world, login);
}
function repositoryShape(world, repo, audience) {
  return audience === "rest" ? repository(world, repo) : webhookRepository(world, repo);
}
function actorLogin2(request) {
  return request.actor.kind === "user" || request.actor.kind === "installation" ? request.actor.user.login : "ghost";
}
function equalIgnoringCase(a, b) {
  return a.toLowerCase() === b.toLowerCase();
}
function authorAssociation(repo, login) {
  if (equalIgnoringCase(login, repo.owner)) return "OWNER";
  if (Object.keys(repo.collaborators).some((c) => equalIgnoringCase(c, login))) return "COLLABORATOR";
  return "NONE";
}
function repoApiUrl(world, repo) {
  return `${world.urls.api}/repos/${repo.owner}/${repo.name}`;
}
function repoHtmlUrl(world, repo) {
  return `${world.urls.html}/${repo.owner}/${repo.name}`;
}
function reactionsShape(url) {
  return {
    url,
    total_count: 0,
    "+1": 0,
    "-1": 0,
    laugh: 0,
    confused: 0,
    heart: 0,
    hooray: 0,
    eyes: 0,
    rocket: 0
  };
}
function findLabel(repo, name) {
  return Object.values(repo.labels).find((label) => equalIgnoringCase(label.name, name));
}
function labelShape(world, repo, label) {
  return {
    id: label.id,
    node_id: nodeId("Label", label.id),
    url: `${repoApiUrl(world, repo)}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    color: label.color,
    default: label.default,
    description: label.description
  };
}
function issueLabels(repo, issue) {
  return issue.labels.flatMap((name) => findLabel(repo, name) ?? []);
}
function commentsOn(repo, issueNumber) {
  return Object.values(repo.comments).filter((comment) => comment.issueNumber === issueNumber).sort((a, b) => a.id - b.id);
}
function issueShape(world, repo, issue, audience) {
  const api2 = `${repoApiUrl(world, repo)}/issues/${issue.number}`;
  const html = repoHtmlUrl(world, repo);
  const pull = issue.isPullRequest ? repo.pulls[String(issue.number)] : void 0;
  const pullHtml = `${html}/pull/${issue.number}`;
  return {
    url: api2,
    repository_url: repoApiUrl(world, repo),
    labels_url: `${api2}/labels{/name}`,
    comments_url: `${api2}/comments`,
    events_url: `${api2}/events`,
    html_url: pull ? pullHtml : `${html}/issues/${issue.number}`,
    id: issue.id,
    node_id: nodeId(pull ? "PullRequest" : "Issue", issue.id),
    number: issue.number,
    title: issue.title,
    user: userShape2(world, issue.user, audience),
    labels: issueLabels(repo, issue).map((label) => labelShape(world, repo, label)),
    state: issue.state,
    locked: issue.locked,
    assignee: issue.assignees[0] ? userShape2(world, issue.assignees[0], audience) : null,
    assignees: issue.assignees.map((login) => userShape2(world, login, audience)),
    milestone: null,
    comments: commentsOn(repo, issue.number).length,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    author_association: authorAssociation(repo, issue.user),
    active_lock_reason: null,
    body: issue.body,
    reactions: reactionsShape(`${api2}/reactions`),
    timeline_url: `${api2}/timeline`,
    state_reason: issue.stateReason,
    performed_via_github_app: null,
    ...pull ? {
      draft: pull.draft,
      pull_request: {
        url: `${repoApiUrl(world, repo)}/pulls/${issue.number}`,
        html_url: pullHtml,
        diff_url: `${pullHtml}.diff`,
        patch_url: `${pullHtml}.patch`,
        merged_at: pull.mergedAt
      }
    } : {}
  };
}
function commentShape(world, repo, comment, audience) {
  const api2 = repoApiUrl(world, repo);
  const issue = repo.issues[String(comment.issueNumber)];
  const page = issue?.isPullRequest ? "pull" : "issues";
  return {
    url: `${api2}/issues/comments/${comment.id}`,
    html_url: `${repoHtmlUrl(world, repo)}/${page}/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${api2}/issues/${comment.issueNumber}`,
    id: comment.id,
    node_id: nodeId("IssueComment", comment.id),
    user: userShape2(world, comment.user, audience),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: authorAssociation(repo, comment.user),
    body: comment.body,
    reactions: reactionsShape(`${api2}/issues/comments/${comment.id}/reactions`),
    performed_via_github_app: null
  };
}
function announceIssue(request, issue, action, extra = {}) {
  const { world, repo } = request;
  const pull = issue.isPullRequest ? repo.pulls[String(issue.number)] : void 0;
  if (pull) {
    emitPullRequestEvent(world, repo, pull, action, actorLogin2(request), extra);
    return;
  }
  world.webhooks.emit(
    "issues",
    { action, issue: issueShape(world, repo, issue, "webhook"), ...extra },
    repo,
    actorLogin2(request)
  );
}
function announceComment(request, comment, action, extra = {}) {
  const { world, repo } = request;
  const issue = repo.issues[String(comment.issueNumber)];
  if (!issue) return;
  world.webhooks.emit(
    "issue_comment",
    {
      action,
      issue: issueShape(world, repo, issue, "webhook"),
      comment: commentShape(world, repo, comment, "webhook"),
      ...extra
    },
    repo,
    actorLogin2(request)
  );
}
function issueFrom(request) {
  const issue = request.repo.issues[String(Number(request.params.issue_number))];
  if (!issue) throw notFound();
  return issue;
}
function commentFrom(request) {
  const comment = request.repo.comments[String(Number(request.params.comment_id))];
  if (!comment) throw notFound();
  return comment;
}
function labelFrom(request) {
  const label = findLabel(request.repo, request.params.name ?? "");
  if (!label) throw notFound();
  return label;
}
function labelNames(value) {
  const items = value === void 0 ? [] : value;
  if (!Array.isArray(items))
    throw validationFailed(`Invalid request.

For 'labels', ${JSON.stringify(value)} is not an array.`);
  return items.map((item) => {
    const name = isString(item) ? item : item?.name;
    if (!isString(name) || name.trim() === "")
      throw validationFailed("Validation Failed", [
        { resource: "Label", code: "invalid", field: "name", value: String(name) }
      ]);
    return name.trim();
  });
}
function createLabel(world, repo, name, color = DEFAULT_LABEL_COLOR, description = null) {
  const label = {
    id: world.id(),
    name,
    color: color.toLowerCase(),
    description,
    default: false
  };
  repo.labels[String(label.id)] = label;
  return label;
}
function ensureLabel(world, repo, name) {
  return findLabel(repo, name) ?? createLabel(world, repo, name);
}
function applyLabels(request, issue, names, mode) {
  const { world, repo } = request;
  const wanted = names.map((name) => ensureLabel(world, repo, name));
  const current = issueLabels(repo, issue);
  const removed = mode === "set" ? current.filter((label) => !wanted.includes(label)) : [];
  const added = wanted.filter((label, index) => !current.includes(label) && wanted.indexOf(label) === index);
  if (removed.length === 0 && added.length === 0) return;
  issue.labels = [...current.filter((label) => !removed.includes(label)), ...added].map((l) => l.name);
  issue.updatedAt = world.now();
  world.changed();
  for (const label of removed)
    announceIssue(request, issue, "unlabeled", { label: labelShape(world, repo, label) });
  for (const label of added)
    announceIssue(request, issue, "labeled", { label: labelShape(world, repo, label) });
}
function assigneeLogins(request, value, field) {
  if (value === void 0 || value === null) return [];
  const logins = isString(value) ? [value] : value;
  if (!isStringArray(logins))
    throw validationFailed(`Invalid request.

For '${field}', ${JSON.stringify(value)} is not valid.`);
  return logins.map((login) => {
    const user = request.world.findUser(login);
    if (!user || request.world.permissionOf(request.repo, user.login) === "none")
      throw validationFailed("Validation Failed", [
        { resource: "Issue", code: "invalid", field: "assignees", value: login }
      ]);
    return user.login;
  });
}
var byNumber = (a, b) => a.number - b.number;
function sortIssues(issues, repo, sort, direction) {
  const commentCount = (issue) => commentsOn(repo, issue.number).length;
  const compare = sort === "updated" ? (a, b) => a.updatedAt.localeCompare(b.updatedAt) || byNumber(a, b) : sort === "comments" ? (a, b) => commentCount(a) - commentCount(b) || byNumber(a, b) : byNumber;
  const sorted = [...issues].sort(compare);
  return direction === "asc" ? sorted : sorted.reverse();
}
function matchesAssignee(issue, filter) {
  if (filter === null) return true;
  if (filter === "none") return issue.assignees.length === 0;
  if (filter === "*") return issue.assignees.length > 0;
  return issue.assignees.some((login) => equalIgnoringCase(login, filter));
}
var isTitle = (v) => isString(v) || isNumber(v);
var issueRoutes = {
  api: [
    {
      operationId: "issues/list-for-repo",
      route: "GET /repos/{owner}/{repo}/issues",
      permission: ["issues", "read"],
      auth: "none",
      handler: (request) => {
        const { repo, world, query } = request;
        const state = query.get("state") ?? "open";
        const wantedLabels = (query.get("labels") ?? "").split(",").map((name) => name.trim()).filter(Boolean);
        const since = query.get("since");
        const creator = query.get("creator");
        const assignee = query.get("assignee");
        const issues = Object.values(repo.issues).filter(
          (issue) => (state === "all" || issue.state === state) && wantedLabels.every((name) => issue.labels.some((label) => equalIgnoringCase(label, name))) && (since === null || Date.parse(issue.updatedAt) >= Date.parse(since)) && (creator === null || equalIgnoringCase(issue.user, creator)) && matchesAssignee(issue, assignee)
        );
        const sorted = sortIssues(
          issues,
          repo,
          query.get("sort") ?? "created",
          query.get("direction") ?? "desc"
        );
        return paginate(
          request,
          sorted.map((issue) => issueShape(world, repo, issue, "rest"))
        );
      }
    },
    {
      operationId: "issues/create",
      route: "POST /repos/{owner}/{repo}/issues",
      permission: ["issues", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const body = bodyOf(request);
        const title = String(requireField(body, "title", isTitle));
        if (title.trim() === "")
          throw validationFailed("Validation Failed", [
            { resource: "Issue", code: "missing_field", field: "title" }
          ]);
        const names = labelNames(body.labels);
        const assignees = [
          .../* @__PURE__ */ new Set([
            ...assigneeLogins(request, body.assignee, "assignee"),
            ...assigneeLogins(request, body.assignees, "assignees")
          ])
        ];
        const now = world.now();
        const issue = {
          number: repo.nextNumber++,
          id: world.id(),
          title,
          body: isString(body.body) ? body.body : null,
          user: actorLogin2(request),
          state: "open",
          stateReason: null,
          labels: [],
          assignees,
          isPullRequest: false,
          createdAt: now,
          updatedAt: now,
          closedAt: null,
          locked: false
        };
        repo.issues[String(issue.number)] = issue;
        world.changed();
        announceIssue(request, issue, "opened");
        applyLabels(request, issue, names, "add");
        return ok(issueShape(world, repo, issue, "rest"), 201);
      }
    },
    {
      operationId: "issues/get",
      route: "GET /repos/{owner}/{repo}/issues/{issue_number}",
      permission: ["issues", "read"],
      auth: "none",
      handler: (request) => ok(issueShape(request.world, request.repo, issueFrom(request), "rest"))
    },
    {
      operationId: "issues/update",
      route: "PATCH /repos/{owner}/{repo}/issues/{issue_number}",
      permission: ["issues", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const body = bodyOf(request);
        const issue = issueFrom(request);
        const pull = issue.isPullRequest ? repo.pulls[String(issue.number)] : void 0;
        if (body.title !== void 0 && body.title !== null && !isTitle(body.title))
          throw validationFailed(
            `Invalid request.

For 'title', ${JSON.stringify(body.title)} is not valid.`
          );
        const state = body.state;
        if (state !== void 0 && state !== "open" && state !== "closed")
          throw validationFailed(`Invalid request.

For 'state', ${JSON.stringify(state)} is not valid.`);
        if (state === "open" && pull?.merged)
          throw validationFailed("Validation Failed", [
            {
              resource: "PullRequest",
              code: "custom",
              field: "state",
              message: "state cannot be changed. The pull request cannot be reopened because it has been merged."
            }
          ]);
        const names = body.labels === void 0 ? void 0 : labelNames(body.labels);
        const assignees = body.assignees === void 0 && body.assignee === void 0 ? void 0 : [
          .../* @__PURE__ */ new Set([
            ...assigneeLogins(request, body.assignee, "assignee"),
            ...assigneeLogins(request, body.assignees, "assignees")
          ])
        ];
        const changes = {};
        if (isTitle(body.title) && String(body.title) !== issue.title) {
          changes.title = { from: issue.title };
          issue.title = String(body.title);
        }
        if ((isString(body.body) || body.body === null) && body.body !== issue.body) {
          changes.body = { from: issue.body ?? "" };
          issue.body = body.body;
        }
        if (assignees) issue.assignees = assignees;
        const now = world.now();
        const stateChange = state !== void 0 && state !== issue.state ? state : void 0;
        if (stateChange === "closed") {
          issue.state = "closed";
          issue.closedAt = now;
          issue.stateReason = pull ? null : body.state_reason === "not_planned" ? "not_planned" : "completed";
        } else if (stateChange === "open") {
          issue.state = "open";
          issue.closedAt = null;
          issue.stateReason = pull ? null : "reopened";
        }
        issue.updatedAt = now;
        world.changed();
        if (Object.keys(changes).length > 0) announceIssue(request, issue, "edited", { changes });
        if (stateChange) announceIssue(request, issue, stateChange === "closed" ? "closed" : "reopened");
        if (names) applyLabels(request, issue, names, "set");
        return ok(issueShape(world, repo, issue, "rest"));
      }
    },
    {
      operationId: "issues/list-comments",
      route: "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
      permission: ["issues", "read"],
      auth: "none",
      handler: (request) => {
        const { repo, world } = request;
        const issue = issueFrom(request);
        const since = request.query.get("since");
        const comments = commentsOn(repo, issue.number).filter(
          (comment) => since === null || Date.parse(comment.updatedAt) >= Date.parse(since)
        );
        return paginate(
          request,
          comments.map((comment) => commentShape(world, repo, comment, "rest"))
        );
      }
    },
    {
      operationId: "issues/create-comment",
      route: "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
      permission: ["issues", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const issue = issueFrom(request);
        const body = requireField(bodyOf(request), "body", isString);
        if (body.trim() === "")
          throw validationFailed("Validation Failed", [
            { resource: "IssueComment", code: "missing_field", field: "body" }
          ]);
        if (issue.locked && world.permissionOf(repo, actorLogin2(request)) !== "admin")
          throw new HttpError(403, "Unable to create comment because issue is locked.");
        const now = world.now();
        const comment = {
          id: world.id(),
          issueNumber: issue.number,
          user: actorLogin2(request),
          body,
          createdAt: now,
          updatedAt: now
        };
        repo.comments[String(comment.id)] = comment;
        issue.updatedAt = now;
        world.changed();
        announceComment(request, comment, "created");
        return ok(commentShape(world, repo, comment, "rest"), 201);
      }
    },
    {
      operationId: "issues/get-comment",
      route: "GET /repos/{owner}/{repo}/issues/comments/{comment_id}",
      permission: ["issues", "read"],
      auth: "none",
      handler: (request) => ok(commentShape(request.world, request.repo, commentFrom(request), "rest"))
    },
    {
      operationId: "issues/update-comment",
      route: "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}",
      permission: ["issues", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const comment = commentFrom(request);
        const body = requireField(bodyOf(request), "body", isString);
        if (body.trim() === "")
          throw validationFailed("Validation Failed", [
            { resource: "IssueComment", code: "missing_field", field: "body" }
          ]);
        const previous = comment.body;
        comment.body = body;
        comment.updatedAt = world.now();
        world.changed();
        if (previous !== body)
          announceComment(request, comment, "edited", { changes: { body: { from: previous } } });
        return ok(commentShape(world, repo, comment, "rest"));
      }
    },
    {
      operationId: "issues/delete-comment",
      route: "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}",
      permission: ["issues", "write"],
      handler: (request) => {
        const comment = commentFrom(request);
        delete request.repo.comments[String(comment.id)];
        request.world.changed();
        announceComment(request, comment, "deleted");
        return noContent();
      }
    },
    {
      operationId: "issues/list-labels-on-issue",
      route: "GET /repos/{owner}/{repo}/issues/{issue_number}/labels",
      permission: ["issues", "read"],
      auth: "none",
      handler: (request) => {
        const { repo, world } = request;
        const labels = issueLabels(repo, issueFrom(request));
        return paginate(
          request,
          labels.map((label) => labelShape(world, repo, label))
        );
      }
    },
    {
      operationId: "issues/add-labels",
      route: "POST /repos/{owner}/{repo}/issues/{issue_number}/labels",
      permission: ["issues", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const issue = issueFrom(request);
        applyLabels(request, issue, labelNames(bodyOf(request).labels), "add");
        return ok(issueLabels(repo, issue).map((label) => labelShape(world, repo, label)));
      }
    },
    {
      operationId: "issues/set-labels",
      route: "PUT /repos/{owner}/{repo}/issues/{issue_number}/labels",
      permission: ["issues", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const issue = issueFrom(request);
        applyLabels(request, issue, labelNames(bodyOf(request).labels), "set");
        return ok(issueLabels(repo, issue).map((label) => labelShape(world, repo, label)));
      }
    },
    {
      operationId: "issues/remove-label",
      route: "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}",
      permission: ["issues", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const issue = issueFrom(request);
        const name = request.params.name ?? "";
        const label = issueLabels(repo, issue).find((l) => equalIgnoringCase(l.name, name));
        if (!label) throw new HttpError(404, "Label does not exist");
        issue.labels = issue.labels.filter((l) => !equalIgnoringCase(l, label.name));
        issue.updatedAt = world.now();
        world.changed();
        announceIssue(request, issue, "unlabeled", { label: labelShape(world, repo, label) });
        return ok(issueLabels(repo, issue).map((l) => labelShape(world, repo, l)));
      }
    },
    {
      operationId: "issues/list-labels-for-repo",
      route: "GET /repos/{owner}/{repo}/labels",
      permission: ["issues", "read"],
      auth: "none",
      handler: (request) => {
        const { repo, world } = request;
        const labels = Object.values(repo.labels).sort(
          (a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase())
        );
        return paginate(
          request,
          labels.map((label) => labelShape(world, repo, label))
        );
      }
    },
    {
      operationId: "issues/create-label",
      route: "POST /repos/{owner}/{repo}/labels",
      permission: ["issues", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const body = bodyOf(request);
        const name = requireField(body, "name", isString).trim();
        const color = isString(body.color) ? body.color : DEFAULT_LABEL_COLOR;
        if (name === "")
          throw validationFailed("Validation Failed", [
            { resource: "Label", code: "missing_field", field: "name" }
          ]);
        if (!LABEL_COLOR.test(color))
          throw validationFailed("Validation Failed", [
            { resource: "Label", code: "invalid", field: "color" }
          ]);
        if (findLabel(repo, name))
          throw validationFailed("Validation Failed", [
            { resource: "Label", code: "already_exists", field: "name" }
          ]);
        const label = createLabel(
          world,
          repo,
          name,
          color,
          isString(body.description) ? body.description : null
        );
        world.changed();
        return ok(labelShape(world, repo, label), 201);
      }
    },
    {
      operationId: "issues/get-label",
      route: "GET /repos/{owner}/{repo}/labels/{name}",
      permission: ["issues", "read"],
      auth: "none",
      handler: (request) => ok(labelShape(request.world, request.repo, labelFrom(request)))
    },
    {
      operationId: "issues/update-label",
      route: "PATCH /repos/{owner}/{repo}/labels/{name}",
      permission: ["issues", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const body = bodyOf(request);
        const label = labelFrom(request);
        const newName = isString(body.new_name) ? body.new_name.trim() : void 0;
        if (isString(body.color) && !LABEL_COLOR.test(body.color))
          throw validationFailed("Validation Failed", [
            { resource: "Label", code: "invalid", field: "color" }
          ]);
        if (newName !== void 0) {
          const clash = findLabel(repo, newName);
          if (newName === "")
            throw validationFailed("Validation Failed", [
              { resource: "Label", code: "missing_field", field: "name" }
            ]);
          if (clash && clash !== label)
            throw validationFailed("Validation Failed", [
              { resource: "Label", code: "already_exists", field: "name" }
            ]);
          for (const issue of Object.values(repo.issues))
            issue.labels = issue.labels.map((name) => equalIgnoringCase(name, label.name) ? newName : name);
          label.name = newName;
        }
        if (isString(body.color)) label.color = body.color.toLowerCase();
        if (isString(body.description)) label.description = body.description;
        world.changed();
        return ok(labelShape(world, repo, label));
      }
    },
    {
      operationId: "issues/delete-label",
      route: "DELETE /repos/{owner}/{repo}/labels/{name}",
      permission: ["issues", "write"],
      handler: (request) => {
        const { repo } = request;
        const label = labelFrom(request);
        delete repo.labels[String(label.id)];
        for (const issue of Object.values(repo.issues))
          issue.labels = issue.labels.filter((name) => !equalIgnoringCase(name, label.name));
        request.world.changed();
        return noContent();
      }
    }
  ]
};

// sandbox/routes/meta.ts
import { randomBytes as randomBytes2 } from "node:crypto";
var TOKEN_LIFETIME_MS = 60 * 60 * 1e3;
function appShape2(world, app) {
  return {
    id: app.id,
    slug: app.slug,
    node_id: nodeId("Integration", app.id),
    client_id: `Iv1.${app.id.toString(16).padStart(16, "0")}`,
    owner: simpleUser(world, app.owner),
    name: app.name,
    description: null,
    external_url: `${world.urls.html}/apps/${app.slug}`,
    html_url: `${world.urls.html}/apps/${app.slug}`,
    created_at: app.createdAt,
    updated_at: app.createdAt,
    permissions: app.permissions,
    events: app.events
  };
}
function installationShape(world, installation) {
  const app = world.state.apps[String(installation.appId)];
  const account = world.user(installation.account);
  return {
    id: installation.id,
    account: simpleUser(world, installation.account),
    repository_selection: installation.repositories === "all" ? "all" : "selected",
    access_tokens_url: `${world.urls.api}/app/installations/${installation.id}/access_tokens`,
    repositories_url: `${world.urls.api}/installation/repositories`,
    html_url: `${world.urls.html}/settings/installations/${installation.id}`,
    app_id: installation.appId,
    app_slug: app.slug,
    target_id: account.id,
    target_type: account.type === "Organization" ? "Organization" : "User",
    permissions: installation.permissions,
    events: installation.events,
    created_at: installation.createdAt,
    updated_at: installation.createdAt,
    single_file_name: null,
    suspended_by: null,
    suspended_at: null
  };
}
function appOf(request) {
  if (request.actor.kind !== "app") throw new HttpError(401, "A JSON web token could not be decoded");
  return request.world.state.apps[String(request.actor.appId)];
}
function installationOf(request) {
  const app = appOf(request);
  const installation = request.world.state.installations[request.params.installation_id ?? ""];
  if (!installation || installation.appId !== app.id) throw notFound();
  return installation;
}
var metaRoutes = {
  api: [
    {
      operationId: "users/get-authenticated",
      route: "GET /user",
      handler: (request) => {
        if (request.actor.kind === "installation")
          throw new HttpError(403, "Resource not accessible by integration");
        if (request.actor.kind !== "user") throw new HttpError(401, "Requires authentication");
        const user = fullUser(request.world, request.actor.user.login);
        return ok({
          ...user,
          private_gists: 0,
          total_private_repos: 0,
          owned_private_repos: 0,
          disk_usage: 0,
          collaborators: 0,
          two_factor_authentication: true
        });
      }
    },
    {
      operationId: "users/get-by-username",
      route: "GET /users/{username}",
      auth: "none",
      handler: (request) => {
        if (!request.world.findUser(request.params.username ?? "")) throw notFound();
        return ok(fullUser(request.world, request.params.username));
      }
    },
    {
      operationId: "apps/get-authenticated",
      route: "GET /app",
      auth: "app",
      handler: (request) => ok(appShape2(request.world, appOf(request)))
    },
    {
      operationId: "apps/list-installations",
      route: "GET /app/installations",
      auth: "app",
      handler: (request) => {
        const app = appOf(request);
        const installations = Object.values(request.world.state.installations).filter(
          (i) => i.appId === app.id
        );
        return paginate(
          request,
          installations.map((i) => installationShape(request.world, i))
        );
      }
    },
    {
      operationId: "apps/get-installation",
      route: "GET /app/installations/{installation_id}",
      auth: "app",
      handler: (request) => ok(installationShape(request.world, installationOf(request)))
    },
    {
      operationId: "apps/get-repo-installation",
      route: "GET /repos/{owner}/{repo}/installation",
      auth: "app",
      handler: (request) => {
        const app = appOf(request);
        const id = request.world.installationFor(app.id, request.repo);
        const installation = id === void 0 ? void 0 : request.world.state.installations[String(id)];
        if (!installation) throw notFound();
        return ok(installationShape(request.world, installation));
      }
    },
    {
      operationId: "apps/create-installation-access-token",
      route: "POST /app/installations/{installation_id}/access_tokens",
      auth: "app",
      handler: (request) => createInstallationToken(request)
    },
    {
      operationId: "apps/list-repos-accessible-to-installation",
      route: "GET /installation/repositories",
      handler: (request) => {
        if (request.actor.kind !== "installation")
          throw new HttpError(403, "Resource not accessible by personal access token");
        const installation = request.world.state.installations[String(request.actor.installationId)];
        const repos = Object.values(request.world.state.repos).filter(
          (r) => r.owner.toLowerCase() === installation.account.toLowerCase() && (installation.repositories === "all" || installation.repositories.some(
            (n) => n.toLowerCase() === `${r.owner}/${r.name}`.toLowerCase()
          ))
        );
        const page = paginate(
          request,
          repos.map((r) => repository(request.world, r))
        );
        return { ...page, body: { total_count: repos.length, repositories: page.body } };
      }
    }
  ]
};
function createInstallationToken(request) {
  const installation = installationOf(request);
  const body = bodyOf(request);
  const world = request.world;
  let permissions = installation.permissions;
  if (body.permissions && typeof body.permissions === "object") {
    const asked = body.permissions;
    for (const [scope, level] of Object.entries(asked)) {
      const granted = installation.permissions[scope];
      if (!granted || granted === "read" && level !== "read")
        throw new HttpError(422, `The permissions requested are not granted to this installation.`);
    }
    permissions = asked;
  }
  let repositories;
  if (body.repositories !== void 0) {
    if (!isStringArray(body.repositories)) throw new HttpError(422, "repositories must be an array of names");
    repositories = body.repositories.map((name) => `${installation.account}/${name}`);
    for (const fullName of repositories) {
      const [owner, name] = fullName.split("/");
      const repo = world.findRepo(owner, name);
      if (!repo || world.installationFor(installation.appId, repo) !== installation.id)
        throw new HttpError(
          422,
          `There is at least one repository that does not exist or is not accessible to the parent installation.`
        );
    }
  }
  const app = world.state.apps[String(installation.appId)];
  const token = `ghs_${randomBytes2(18).toString("base64url")}`;
  const expiresAt = new Date(Date.now() + TOKEN_LIFETIME_MS);
  world.state.tokens[token] = {
    login: `${app.slug}[bot]`,
    kind: "installation",
    installationId: installation.id,
    permissions,
    ...repositories ? { repositories } : {},
    expiresAt: expiresAt.toISOString()
  };
  world.changed();
  return ok(
    {
      token,
      expires_at: `${expiresAt.toISOString().slice(0, 19)}Z`,
      permissions,
      repository_selection: repositories || installation.repositories !== "all" ? "selected" : "all"
    },
    201
  );
}

// sandbox/routes/releases.ts
import { createHash as createHash3, createHmac as createHmac2, randomBytes as randomBytes3, timingSafeEqual as timingSafeEqual2 } from "node:crypto";
var SIGNED_URL_TTL_SECONDS = 300;
var DOWNLOAD_SIGNING_KEY = randomBytes3(32);
var SIGNED_DOWNLOAD_PATH = "/_release-assets";
var MAX_EVENT_TYPE_LENGTH = 100;
var MAX_CLIENT_PAYLOAD_PROPERTIES = 10;
function optionalField(body, name, check) {
  return body[name] === void 0 ? void 0 : requireField(body, name, check);
}
function repoApi3(world, repo) {
  return `${world.urls.api}/repos/${repo.owner}/${repo.name}`;
}
function repoHtml3(world, repo) {
  return `${world.urls.html}/${repo.owner}/${repo.name}`;
}
function urlTag(release) {
  if (release.draft)
    return `untagged-${createHash3("sha1").update(String(release.id)).digest("hex").slice(0, 20)}`;
  return release.tagName.split("/").map(encodeURIComponent).join("/");
}
function browserDownloadUrl(world, repo, release, name) {
  return `${repoHtml3(world, repo)}/releases/download/${urlTag(release)}/${encodeURIComponent(name)}`;
}
function assetContent(asset) {
  return Buffer.from(asset.content, "base64");
}
function assetShape(world, repo, asset) {
  const release = repo.releases[String(asset.releaseId)];
  const content = assetContent(asset);
  return {
    url: `${repoApi3(world, repo)}/releases/assets/${asset.id}`,
    browser_download_url: browserDownloadUrl(world, repo, release, asset.name),
    id: asset.id,
    node_id: nodeId("ReleaseAsset", asset.id),
    name: asset.name,
    label: asset.label,
    state: "uploaded",
    content_type: asset.contentType,
    size: content.length,
    digest: `sha256:${createHash3("sha256").update(content).digest("hex")}`,
    download_count: asset.downloadCount,
    created_at: asset.createdAt,
    updated_at: asset.updatedAt,
    uploader: simpleUser(world, asset.uploader)
  };
}
function assetsOf(repo, release) {
  return Object.values(repo.assets).filter((asset) => asset.releaseId === release.id).sort((a, b) => a.id - b.id);
}
function releaseUrls(world, repo, release) {
  const api2 = repoApi3(world, repo);
  const url = `${api2}/releases/${release.id}`;
  return {
    url,
    html_url: `${repoHtml3(world, repo)}/releases/tag/${urlTag(release)}`,
    assets_url: `${url}/assets`,
    upload_url: `${world.urls.uploads}/repos/${repo.owner}/${repo.name}/releases/${release.id}/assets{?name,label}`,
    tarball_url: `${api2}/tarball/${urlTag(release)}`,
    zipball_url: `${api2}/zipball/${urlTag(release)}`
  };
}
function releaseShape(world, repo, release) {
  return {
    ...releaseUrls(world, repo, release),
    id: release.id,
    node_id: nodeId("Release", release.id),
    tag_name: release.tagName,
    target_commitish: release.targetCommitish,
    name: release.name,
    body: release.body,
    draft: release.draft,
    prerelease: release.prerelease,
    immutable: release.immutable,
    created_at: release.createdAt,
    published_at: release.publishedAt,
    updated_at: release.updatedAt,
    author: simpleUser(world, release.author),
    assets: assetsOf(repo, release).map((asset) => assetShape(world, repo, asset))
  };
}
function webhookRelease(world, repo, release) {
  const webhookUser2 = (login) => {
    const { user_view_type: _viewType, ...user } = simpleUser(world, login);
    return user;
  };
  return {
    ...releaseUrls(world, repo, release),
    id: release.id,
    node_id: nodeId("Release", release.id),
    tag_name: release.tagName,
    target_commitish: release.targetCommitish,
    name: release.name ?? "",
    body: release.body ?? "",
    draft: release.draft,
    prerelease: release.prerelease,
    created_at: release.createdAt,
    published_at: release.publishedAt,
    author: webhookUser2(release.author),
    assets: assetsOf(repo, release).map((asset) => {
      const { digest: _digest, uploader: _uploader, ...shape } = assetShape(world, repo, asset);
      return { ...shape, uploader: webhookUser2(asset.uploader) };
    })
  };
}
function emitRelease(request, action, release, extra = {}) {
  const { world, repo } = request;
  world.webhooks.emit(
    "release",
    { action, ...extra, release: webhookRelease(world, repo, release) },
    repo,
    actorLogin3(request)
  );
}
function emitPublished(request, release) {
  emitRelease(request, "published", release);
  emitRelease(request, release.prerelease ? "prereleased" : "released", release);
}
function actorLogin3(request) {
  return request.actor.kind === "user" || request.actor.kind === "installation" ? request.actor.user.login : "ghost";
}
function canPush(request) {
  const { actor, repo, world } = request;
  if (actor.kind === "installation") {
    const level2 = actor.permissions.contents;
    return level2 === "write" || level2 === "admin";
  }
  if (actor.kind !== "user") return false;
  if (actor.account !== void 0) {
    const level2 = actor.permissions?.contents;
    return level2 === "write" || level2 === "admin";
  }
  if (actor.permissions) {
    const level2 = actor.permissions.contents;
    if (level2 !== "write" && level2 !== "admin") return false;
  }
  const level = world.permissionOf(repo, actor.user.login);
  return level === "write" || level === "admin";
}
function visibleRelease(request, id) {
  const release = request.repo.releases[String(Number(id))];
  if (!release || release.draft && !canPush(request)) throw notFound();
  return release;
}
function visibleAsset(request, id) {
  const asset = request.repo.assets[String(Number(id))];
  if (!asset) throw notFound();
  visibleRelease(request, String(asset.releaseId));
  return asset;
}
function newestFirst(a, b) {
  return b.createdAt.localeCompare(a.createdAt) || b.id - a.id;
}
function publishedWithTag(repo, tag, exceptId) {
  return Object.values(repo.releases).find(
    (release) => !release.draft && release.tagName === tag && release.id !== exceptId
  );
}
function tagAlreadyExists() {
  return validationFailed("Validation Failed", [
    { resource: "Release", code: "already_exists", field: "tag_name" }
  ]);
}
function invalidTargetCommitish() {
  return validationFailed("Validation Failed", [
    { resource: "Release", code: "invalid", field: "target_commitish" }
  ]);
}
function tagTarget(repo, release) {
  if (repo.refs[`refs/tags/${release.tagName}`]) return void 0;
  const commit = resolveCommit(repo, release.targetCommitish);
  if (!commit) throw invalidTargetCommitish();
  return commit;
}
function publish(request, release) {
  const { repo, world } = request;
  if (publishedWithTag(repo, release.tagName, release.id)) throw tagAlreadyExists();
  const commit = tagTarget(repo, release);
  if (commit) repo.refs[`refs/tags/${release.tagName}`] = commit;
  release.draft = false;
  release.publishedAt = world.now();
}
function sanitizeAssetName(name) {
  const cleaned = name.replace(/[^A-Za-z0-9._+-]+/g, ".").replace(/\.{2,}/g, ".").replace(/\.+$/, "");
  return cleaned.startsWith(".") ? `default${cleaned}` : cleaned;
}
function assetNameTaken(repo, releaseId, name, exceptId) {
  return Object.values(repo.assets).some(
    (asset) => asset.releaseId === releaseId && asset.name === name && asset.id !== exceptId
  );
}
function assetNameAlreadyExists() {
  return validationFailed("Validation Failed", [
    { resource: "ReleaseAsset", code: "already_exists", field: "name" }
  ]);
}
function downloadSignature(repoId, assetId, expires) {
  return createHmac2("sha256", DOWNLOAD_SIGNING_KEY).update(`${repoId}/${assetId}/${expires}`).digest("hex");
}
function signedDownloadUrl(world, repo, asset) {
  const expires = Math.floor(Date.now() / 1e3) + SIGNED_URL_TTL_SECONDS;
  const url = new URL(`${SIGNED_DOWNLOAD_PATH}/${repo.id}/${asset.id}`, world.urls.api);
  url.searchParams.set("se", String(expires));
  url.searchParams.set("sig", downloadSignature(repo.id, asset.id, expires));
  return url.toString();
}
function redirectTo(location) {
  return { status: 302, headers: { location } };
}
function plainText(status, text) {
  return { status, body: Buffer.from(text), headers: { "content-type": "text/plain; charset=utf-8" } };
}
function serveSignedDownload(world, url, repoId, assetId) {
  const expires = Number(url.searchParams.get("se"));
  const given = Buffer.from(url.searchParams.get("sig") ?? "", "hex");
  const expected = Buffer.from(downloadSignature(repoId, assetId, expires), "hex");
  if (given.length !== expected.length || !timingSafeEqual2(given, expected))
    return plainText(403, "Signature does not match");
  if (expires < Date.now() / 1e3) return plainText(403, "Request has expired");
  const repo = Object.values(world.state.repos).find((r) => r.id === repoId);
  const asset = repo?.assets[String(assetId)];
  if (!asset) return plainText(404, "Not Found");
  asset.downloadCount += 1;
  world.changed();
  return {
    status: 200,
    body: assetContent(asset),
    headers: {
      // GitHub's asset host serves every asset as octet-stream, whatever type it was uploaded with.
      "content-type": "application/octet-stream",
      "content-disposition": `attachment; filename=${asset.name}`
    }
  };
}
function serveBrowserDownload(world, match) {
  let parts;
  try {
    parts = match.map((part) => decodeURIComponent(part ?? ""));
  } catch {
    return plainText(400, "Bad Request");
  }
  const [, prefix, owner, name, tag, assetName] = parts;
  const repo = world.findRepo(owner ?? "", name ?? "");
  if (prefix !== new URL(world.urls.html).pathname || !repo || repo.private)
    return plainText(404, "Not Found");
  const release = Object.values(repo.releases).find((r) => !r.draft && r.tagName === tag);
  const asset = release && assetsOf(repo, release).find((a) => a.name === assetName);
  if (!asset) return plainText(404, "Not Found");
  return redirectTo(signedDownloadUrl(world, repo, asset));
}
var releaseRoutes = {
  api: [
    {
      operationId: "repos/list-releases",
      route: "GET /repos/{owner}/{repo}/releases",
      permission: ["contents", "read"],
      auth: "none",
      handler: (request) => {
        const { repo, world } = request;
        const showDrafts = canPush(request);
        const releases = Object.values(repo.releases).filter((release) => showDrafts || !release.draft).sort(newestFirst);
        return paginate(
          request,
          releases.map((release) => releaseShape(world, repo, release))
        );
      }
    },
    {
      operationId: "repos/create-release",
      route: "POST /repos/{owner}/{repo}/releases",
      permission: ["contents", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const body = bodyOf(request);
        const tagName = requireField(body, "tag_name", isString);
        const targetCommitish = optionalField(body, "target_commitish", isString) ?? repo.defaultBranch;
        const name = optionalField(body, "name", isString) ?? null;
        const releaseBody = optionalField(body, "body", isString) ?? null;
        const draft = optionalField(body, "draft", isBoolean) ?? false;
        const prerelease = optionalField(body, "prerelease", isBoolean) ?? false;
        if (tagName.trim() === "")
          throw validationFailed("Validation Failed", [
            { resource: "Release", code: "missing_field", field: "tag_name" }
          ]);
        tagTarget(repo, { tagName, targetCommitish });
        const now = world.now();
        const release = {
          id: world.id(),
          tagName,
          targetCommitish,
          name,
          body: releaseBody,
          draft: true,
          prerelease,
          immutable: false,
          author: actorLogin3(request),
          createdAt: now,
          publishedAt: null,
          updatedAt: now
        };
        if (!draft) publish(request, release);
        repo.releases[String(release.id)] = release;
        world.changed();
        emitRelease(request, "created", release);
        if (!release.draft) emitPublished(request, release);
        return ok(releaseShape(world, repo, release), 201, {
          location: `${repoApi3(world, repo)}/releases/${release.id}`
        });
      }
    },
    {
      operationId: "repos/get-latest-release",
      route: "GET /repos/{owner}/{repo}/releases/latest",
      permission: ["contents", "read"],
      auth: "none",
      handler: (request) => {
        const { repo, world } = request;
        const latest = Object.values(repo.releases).filter((release) => !release.draft && !release.prerelease).sort(newestFirst)[0];
        if (!latest) throw notFound();
        return ok(releaseShape(world, repo, latest));
      }
    },
    {
      operationId: "repos/get-release-by-tag",
      route: "GET /repos/{owner}/{repo}/releases/tags/{tag}",
      permission: ["contents", "read"],
      auth: "none",
      handler: (request) => {
        const { repo, world } = request;
        const release = publishedWithTag(repo, request.params.tag);
        if (!release) throw notFound();
        return ok(releaseShape(world, repo, release));
      }
    },
    {
      operationId: "repos/get-release",
      route: "GET /repos/{owner}/{repo}/releases/{release_id}",
      permission: ["contents", "read"],
      auth: "none",
      handler: (request) => ok(releaseShape(request.world, request.repo, visibleRelease(request, request.params.release_id)))
    },
    {
      operationId: "repos/update-release",
      route: "PATCH /repos/{owner}/{repo}/releases/{release_id}",
      permission: ["contents", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const release = visibleRelease(request, request.params.release_id);
        const body = bodyOf(request);
        const tagName = optionalField(body, "tag_name", isString);
        const targetCommitish = optionalField(body, "target_commitish", isString);
        const name = optionalField(body, "name", isString);
        const releaseBody = optionalField(body, "body", isString);
        const draft = optionalField(body, "draft", isBoolean);
        const prerelease = optionalField(body, "prerelease", isBoolean);
        const before = { ...release };
        const changes = {};
        if (name !== void 0 && name !== release.name) changes.name = { from: release.name ?? "" };
        if (releaseBody !== void 0 && releaseBody !== release.body)
          changes.body = { from: release.body ?? "" };
        const next = {
          ...release,
          tagName: tagName ?? release.tagName,
          targetCommitish: targetCommitish ?? release.targetCommitish,
          name: name ?? release.name,
          body: releaseBody ?? release.body,
          prerelease: prerelease ?? release.prerelease
        };
        const publishing = before.draft && draft === false;
        const unpublishing = !before.draft && draft === true;
        if (publishing) publish(request, next);
        else if (!next.draft && next.tagName !== before.tagName) {
          if (publishedWithTag(repo, next.tagName, next.id)) throw tagAlreadyExists();
          const commit = tagTarget(repo, next);
          if (commit) repo.refs[`refs/tags/${next.tagName}`] = commit;
        }
        if (unpublishing) {
          next.draft = true;
          next.publishedAt = null;
        }
        const edited = Object.keys(changes).length > 0 || next.tagName !== before.tagName || next.targetCommitish !== before.targetCommitish || next.prerelease !== before.prerelease;
        if (edited || publishing || unpublishing) next.updatedAt = world.now();
        Object.assign(release, next);
        world.changed();
        if (edited) emitRelease(request, "edited", release, { changes });
        if (publishing) emitPublished(request, release);
        else if (unpublishing) emitRelease(request, "unpublished", release);
        else if (!release.draft && before.prerelease && !release.prerelease)
          emitRelease(request, "released", release);
        return ok(releaseShape(world, repo, release));
      }
    },
    {
      operationId: "repos/delete-release",
      route: "DELETE /repos/{owner}/{repo}/releases/{release_id}",
      permission: ["contents", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const release = visibleRelease(request, request.params.release_id);
        const payload = webhookRelease(world, repo, release);
        for (const asset of assetsOf(repo, release)) delete repo.assets[String(asset.id)];
        delete repo.releases[String(release.id)];
        world.changed();
        world.webhooks.emit("release", { action: "deleted", release: payload }, repo, actorLogin3(request));
        return noContent();
      }
    },
    {
      operationId: "repos/list-release-assets",
      route: "GET /repos/{owner}/{repo}/releases/{release_id}/assets",
      permission: ["contents", "read"],
      auth: "none",
      handler: (request) => {
        const { repo, world } = request;
        const release = visibleRelease(request, request.params.release_id);
        return paginate(
          request,
          assetsOf(repo, release).map((asset) => assetShape(world, repo, asset))
        );
      }
    },
    {
      operationId: "repos/get-release-asset",
      route: "GET /repos/{owner}/{repo}/releases/assets/{asset_id}",
      permission: ["contents", "read"],
      auth: "none",
      handler: (request) => {
        const { repo, world } = request;
        const asset = visibleAsset(request, request.params.asset_id);
        if ((request.headers.accept ?? "").includes("application/octet-stream"))
          return redirectTo(signedDownloadUrl(world, repo, asset));
        return ok(assetShape(world, repo, asset));
      }
    },
    {
      operationId: "repos/update-release-asset",
      route: "PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}",
      permission: ["contents", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const asset = visibleAsset(request, request.params.asset_id);
        const body = bodyOf(request);
        const name = optionalField(body, "name", isString);
        const label = optionalField(body, "label", isString);
        if (name !== void 0) {
          const renamed = sanitizeAssetName(name);
          if (assetNameTaken(repo, asset.releaseId, renamed, asset.id)) throw assetNameAlreadyExists();
          asset.name = renamed;
        }
        if (label !== void 0) asset.label = label;
        asset.updatedAt = world.now();
        world.changed();
        return ok(assetShape(world, repo, asset));
      }
    },
    {
      operationId: "repos/delete-release-asset",
      route: "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}",
      permission: ["contents", "write"],
      handler: (request) => {
        const asset = visibleAsset(request, request.params.asset_id);
        delete request.repo.assets[String(asset.id)];
        request.world.changed();
        return noContent();
      }
    },
    {
      operationId: "repos/create-dispatch-event",
      route: "POST /repos/{owner}/{repo}/dispatches",
      permission: ["contents", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const body = bodyOf(request);
        const eventType = requireField(body, "event_type", isString);
        if (eventType.length === 0 || eventType.length > MAX_EVENT_TYPE_LENGTH)
          throw validationFailed(
            `Invalid request.

For 'event_type', ${JSON.stringify(eventType)} must be between 1 and ${MAX_EVENT_TYPE_LENGTH} characters.`
          );
        const clientPayload = body.client_payload ?? {};
        if (typeof clientPayload !== "object" || clientPayload === null || Array.isArray(clientPayload))
          throw validationFailed(
            `Invalid request.

For 'client_payload', ${JSON.stringify(clientPayload)} is not an object.`
          );
        if (Object.keys(clientPayload).length > MAX_CLIENT_PAYLOAD_PROPERTIES)
          throw validationFailed(
            `Invalid request.

No more than ${MAX_CLIENT_PAYLOAD_PROPERTIES} properties are allowed; ${Object.keys(clientPayload).length} were supplied.`
          );
        const sender = actorLogin3(request);
        repo.dispatches.push({ eventType, clientPayload, sender, at: world.now() });
        world.changed();
        const { actor } = request;
        world.webhooks.emit(
          "repository_dispatch",
          {
            action: eventType,
            branch: repo.defaultBranch,
            client_payload: clientPayload,
            // An app's dispatch names its installation; app deliveries get their own from the dispatcher.
            ...actor.kind === "installation" ? {
              installation: {
                id: actor.installationId,
                node_id: nodeId("Installation", actor.installationId)
              }
            } : {}
          },
          repo,
          sender
        );
        return noContent();
      }
    }
  ],
  uploads: [
    {
      operationId: "repos/upload-release-asset",
      route: "POST /repos/{owner}/{repo}/releases/{release_id}/assets",
      permission: ["contents", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const release = visibleRelease(request, request.params.release_id);
        const requestedName = request.query.get("name");
        if (!requestedName)
          throw validationFailed("Validation Failed", [
            { resource: "ReleaseAsset", code: "missing_field", field: "name" }
          ]);
        const name = sanitizeAssetName(requestedName);
        if (assetNameTaken(repo, release.id, name)) throw assetNameAlreadyExists();
        const now = world.now();
        const asset = {
          id: world.id(),
          releaseId: release.id,
          name,
          label: request.query.get("label"),
          contentType: request.headers["content-type"] ?? "application/octet-stream",
          content: request.rawBody.toString("base64"),
          uploader: actorLogin3(request),
          downloadCount: 0,
          createdAt: now,
          updatedAt: now
        };
        repo.assets[String(asset.id)] = asset;
        world.changed();
        return ok(assetShape(world, repo, asset), 201);
      }
    }
  ],
  web: [
    {
      method: "GET",
      pattern: new RegExp(`^${SIGNED_DOWNLOAD_PATH}/(\\d+)/(\\d+)$`),
      handler: ({ world, url, match }) => serveSignedDownload(world, url, Number(match[1]), Number(match[2]))
    },
    {
      method: "GET",
      // The prefix is the html root's path, checked by the handler; a tag may contain slashes.
      pattern: /^(.*)\/([^/]+)\/([^/]+)\/releases\/download\/(.+)\/([^/]+)$/,
      handler: ({ world, match }) => serveBrowserDownload(world, match)
    }
  ]
};

// sandbox/routes/repos.ts
var NAME = /^[A-Za-z0-9_.-]{1,100}$/;
var repoRoutes = {
  api: [
    {
      operationId: "repos/get",
      route: "GET /repos/{owner}/{repo}",
      auth: "none",
      handler: (request) => {
        const viewer = request.actor.kind === "user" || request.actor.kind === "installation" ? request.actor.user.login : void 0;
        return ok(fullRepository(request.world, request.repo, viewer));
      }
    },
    {
      operationId: "repos/create-for-authenticated-user",
      route: "POST /user/repos",
      handler: (request) => {
        if (request.actor.kind !== "user") throw new HttpError(403, "Resource not accessible by integration");
        const body = bodyOf(request);
        const name = requireField(body, "name", isString);
        if (!NAME.test(name))
          throw validationFailed("Repository creation failed.", [
            { resource: "Repository", code: "custom", field: "name", message: "name is invalid" }
          ]);
        const owner = request.actor.user.login;
        if (request.world.findRepo(owner, name))
          throw validationFailed("Repository creation failed.", [
            {
              resource: "Repository",
              code: "custom",
              field: "name",
              message: "name already exists on this account"
            }
          ]);
        const repo = request.world.createRepo(`${owner}/${name}`, {
          private: body.private === true,
          ...isString(body.description) ? { description: body.description } : {},
          ...body.auto_init === false ? { files: {} } : {}
        });
        return ok(fullRepository(request.world, repo, owner), 201);
      }
    },
    {
      operationId: "repos/get-collaborator-permission-level",
      route: "GET /repos/{owner}/{repo}/collaborators/{username}/permission",
      handler: (request) => {
        const login = request.params.username;
        const user = request.world.findUser(login);
        if (!user) throw notFound();
        const permission = request.world.permissionOf(request.repo, login);
        const roleName = permission === "none" ? "none" : permission;
        return ok({
          permission,
          role_name: roleName,
          user: {
            ...simpleUser(request.world, login),
            role_name: roleName,
            permissions: {
              admin: permission === "admin",
              maintain: permission === "admin",
              push: permission === "admin" || permission === "write",
              triage: permission !== "none",
              pull: permission !== "none"
            }
          }
        });
      }
    }
  ]
};

// sandbox/routes/index.ts
function allRoutes() {
  return [
    metaRoutes,
    repoRoutes,
    gitRoutes,
    compareRoutes,
    contentRoutes,
    pullRoutes,
    issueRoutes,
    checkRoutes,
    deploymentRoutes,
    releaseRoutes,
    actionsRoutes,
    attestationRoutes
  ];
}

// sandbox/webhooks.ts
import { createHmac as createHmac3, randomUUID } from "node:crypto";
function signPayload(secret, body) {
  return `sha256=${createHmac3("sha256", secret).update(body).digest("hex")}`;
}
var DELIVERY_TIMEOUT_MS = 1e4;
var WebhookDispatcher = class {
  constructor(contract) {
    this.contract = contract;
  }
  contract;
  deliveries = [];
  violations = [];
  world;
  queues = /* @__PURE__ */ new Map();
  pending = 0;
  idleWaiters = [];
  sent = /* @__PURE__ */ new Map();
  attach(world) {
    this.world = world;
  }
  /**
   * Sends `event` (with `payload.action` where the event has actions) about `repo`, from `sender`.
   * `repository`, `sender` and, for apps, `installation` are filled in here.
   */
  emit(event, payload, repo, sender) {
    const world = this.mustWorld();
    const base = {
      repository: webhookRepository(world, repo),
      ...payload,
      sender: webhookUser(world, sender)
    };
    const fullName = `${repo.owner}/${repo.name}`.toLowerCase();
    const appsOnly = event === "repository_dispatch";
    for (const hook of appsOnly ? [] : world.state.hooks) {
      if (!hook.active || hook.repo !== fullName) continue;
      if (!hook.events.includes("*") && !hook.events.includes(event)) continue;
      this.enqueue(hook, event, base, repo);
    }
    for (const app of Object.values(world.state.apps)) {
      if (!app.webhookUrl || !app.events.includes(event)) continue;
      const installationId = world.installationFor(app.id, repo);
      if (installationId === void 0) continue;
      const hook = {
        id: app.id,
        url: app.webhookUrl,
        secret: app.webhookSecret,
        events: app.events,
        appId: app.id,
        active: true
      };
      this.enqueue(
        hook,
        event,
        { ...base, installation: { id: installationId, node_id: nodeId("Installation", installationId) } },
        repo
      );
    }
  }
  /** A `push` event, whose payload has a shape of its own (numeric timestamps, commit list). */
  pushed(repo, branch, before, after, pusher) {
    const world = this.mustWorld();
    const commit = getObject(repo, after, "commit");
    const repoPayload = webhookRepository(world, repo);
    const headCommit2 = commit ? {
      id: after,
      tree_id: commit.tree,
      distinct: true,
      message: commit.message,
      timestamp: commit.committer.date.replace("Z", "+00:00"),
      url: `${world.urls.html}/${repo.owner}/${repo.name}/commit/${after}`,
      author: { name: commit.author.name, email: commit.author.email, username: pusher },
      committer: { name: commit.committer.name, email: commit.committer.email, username: pusher },
      added: [],
      removed: [],
      modified: []
    } : null;
    this.emit(
      "push",
      {
        ref: `refs/heads/${branch}`,
        before,
        after,
        created: /^0+$/.test(before),
        deleted: false,
        forced: false,
        base_ref: null,
        compare: `${world.urls.html}/${repo.owner}/${repo.name}/compare/${before.slice(0, 12)}...${after.slice(0, 12)}`,
        commits: headCommit2 ? [headCommit2] : [],
        head_commit: headCommit2,
        pusher: { name: pusher, email: world.gitPerson(pusher).email },
        repository: {
          ...repoPayload,
          created_at: Math.floor(Date.parse(repo.createdAt) / 1e3),
          pushed_at: Math.floor(Date.parse(repo.pushedAt) / 1e3),
          master_branch: repo.defaultBranch,
          stargazers: 0
        }
      },
      repo,
      pusher
    );
    for (const listener of world.pushListeners) listener(world, { repo, branch, before, after, pusher });
  }
  /** Resolves once every queued delivery has been attempted. */
  idle() {
    if (this.pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }
  /** GitHub's "Redeliver": the same delivery again, with the same `X-GitHub-Delivery` id. */
  redeliver(id) {
    const sent = this.sent.get(id);
    if (!sent) throw new Error(`sandbox: no delivery ${id} to redeliver`);
    const app = sent.hook.appId !== void 0 ? this.mustWorld().state.apps[String(sent.hook.appId)] : void 0;
    const url = app ? app.webhookUrl : sent.hook.url;
    if (!url) throw new Error(`sandbox: delivery ${id}'s hook has no URL any more`);
    this.enqueue({ ...sent.hook, url }, sent.event, sent.payload, sent.repo, id);
  }
  enqueue(hook, event, payload, repo, id = randomUUID()) {
    if (this.contract) this.violations.push(...this.contract.checkWebhook(event, payload));
    this.sent.set(id, { hook, event, payload, repo });
    this.pending += 1;
    const previous = this.queues.get(hook.url) ?? Promise.resolve();
    const next = previous.then(() => this.deliver(hook, event, payload, repo, id)).finally(() => {
      this.pending -= 1;
      if (this.pending === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
    });
    this.queues.set(hook.url, next);
  }
  async deliver(hook, event, payload, repo, id) {
    const body = JSON.stringify(payload);
    const started = Date.now();
    const record = {
      id,
      hookId: hook.id,
      url: hook.url,
      event,
      action: typeof payload.action === "string" ? payload.action : null,
      repo: `${repo.owner}/${repo.name}`,
      status: null,
      error: null,
      durationMs: 0,
      deliveredAt: (/* @__PURE__ */ new Date()).toISOString()
    };
    try {
      const response = await fetch(hook.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "user-agent": "GitHub-Hookshot/sandbox",
          "x-github-event": event,
          "x-github-delivery": id,
          "x-github-hook-id": String(hook.id),
          "x-github-hook-installation-target-type": hook.appId ? "integration" : "repository",
          "x-github-hook-installation-target-id": String(hook.appId ?? repo.id),
          "x-hub-signature": `sha1=${createHmac3("sha1", hook.secret).update(body).digest("hex")}`,
          "x-hub-signature-256": signPayload(hook.secret, body)
        },
        body,
        signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS)
      });
      record.status = response.status;
      await response.arrayBuffer();
    } catch (error) {
      record.error = error instanceof Error ? error.message : String(error);
    }
    record.durationMs = Date.now() - started;
    this.deliveries.push(record);
  }
  mustWorld() {
    if (!this.world) throw new Error("sandbox: webhook dispatcher used before attach()");
    return this.world;
  }
};

// sandbox/world.ts
import { generateKeyPairSync, randomBytes as randomBytes4 } from "node:crypto";
var ACTIONS_BOT = "github-actions[bot]";
var DEFAULT_GITHUB_TOKEN_PERMISSIONS = {
  actions: "write",
  checks: "write",
  contents: "write",
  deployments: "write",
  issues: "write",
  packages: "write",
  pull_requests: "write",
  statuses: "write"
};
var SandboxWorld = class {
  constructor(state, urls, webhooks, onChange = () => {
  }) {
    this.state = state;
    this.urls = urls;
    this.webhooks = webhooks;
    this.onChange = onChange;
  }
  state;
  urls;
  webhooks;
  onChange;
  /** Route modules that react when a branch moves (see RouteModule.onPush). */
  pushListeners = [];
  id() {
    return nextId(this.state);
  }
  now() {
    return timestamp();
  }
  changed() {
    this.onChange();
  }
  user(login) {
    const user = this.state.users[login.toLowerCase()];
    if (!user) throw new Error(`sandbox: no user ${login}`);
    return user;
  }
  findUser(login) {
    return this.state.users[login.toLowerCase()];
  }
  createUser(login, options = {}) {
    const existing = this.findUser(login);
    if (existing) return existing;
    const user = {
      id: this.id(),
      login,
      type: options.type ?? "User",
      name: options.name ?? null,
      email: options.email ?? null,
      createdAt: this.now()
    };
    this.state.users[login.toLowerCase()] = user;
    this.changed();
    return user;
  }
  /**
   * A personal access token for a user; `permissions` narrows it like a fine-grained token. With
   * `kind: "actions"` it is a workflow's GITHUB_TOKEN instead: it acts as github-actions[bot] in the
   * repositories of `login`'s account, with `permissions` (default: GitHub's permissive set).
   */
  issueToken(login, options = {}) {
    this.createUser(login);
    const actions = options.kind === "actions";
    if (actions) this.createUser(ACTIONS_BOT, { type: "Bot" });
    const token = `${actions ? "ghs" : "ghp"}_${randomBytes4(18).toString("base64url")}`;
    const permissions = options.permissions ?? (actions ? DEFAULT_GITHUB_TOKEN_PERMISSIONS : void 0);
    this.state.tokens[token] = {
      login: actions ? ACTIONS_BOT : login,
      kind: options.kind ?? "user",
      ...actions ? { account: login } : {},
      ...permissions ? { permissions } : {},
      ...options.repositories ? { repositories: options.repositories } : {}
    };
    this.changed();
    return token;
  }
  findRepo(owner, name) {
    return this.state.repos[`${owner}/${name}`.toLowerCase()];
  }
  repo(fullName) {
    const repo = this.state.repos[fullName.toLowerCase()];
    if (!repo) throw new Error(`sandbox: no repository ${fullName}`);
    return repo;
  }
  /**
   * Creates a repository with an initial commit holding `files` on the default branch.
   * Idempotent by name: an existing repository is returned as it is.
   */
  createRepo(fullName, options = {}) {
    const [owner, name] = fullName.split("/");
    if (!owner || !name) throw new Error(`sandbox: repository name must be owner/name, got ${fullName}`);
    const existing = this.findRepo(owner, name);
    if (existing) return existing;
    this.createUser(owner);
    for (const login of Object.keys(options.collaborators ?? {})) this.createUser(login);
    const now = this.now();
    const repo = {
      id: this.id(),
      owner,
      name,
      private: options.private ?? false,
      description: options.description ?? null,
      defaultBranch: options.defaultBranch ?? "main",
      createdAt: now,
      updatedAt: now,
      pushedAt: now,
      collaborators: { [owner]: "admin", ...options.collaborators },
      objects: {},
      refs: {},
      nextNumber: 1,
      issues: {},
      pulls: {},
      reviews: {},
      comments: {},
      labels: {},
      checkRuns: {},
      statuses: [],
      deployments: {},
      deploymentStatuses: {},
      environments: {},
      releases: {},
      assets: {},
      workflowRuns: {},
      artifacts: {},
      dispatches: []
    };
    this.state.repos[fullName.toLowerCase()] = repo;
    const files = options.files ?? { "README.md": `# ${name}
` };
    const changes = Object.entries(files).map(([path, content]) => ({
      path,
      sha: putBlob(repo, Buffer.isBuffer(content) ? content : Buffer.from(content))
    }));
    commitToBranch(repo, repo.defaultBranch, changes, "Initial commit", this.gitPerson(owner));
    this.changed();
    return repo;
  }
  /** Commits files straight to a branch, as a person pushing would (fires `push`). */
  push(fullName, branch, files, options = {}) {
    const repo = this.repo(fullName);
    const before = repo.refs[`refs/heads/${branch}`] ?? "0".repeat(40);
    const author = options.author ?? repo.owner;
    const changes = Object.entries(files).map(([path, content]) => ({
      path,
      sha: content === null ? null : putBlob(repo, Buffer.isBuffer(content) ? content : Buffer.from(content))
    }));
    const sha = commitToBranch(
      repo,
      branch,
      changes,
      options.message ?? "Update files",
      this.gitPerson(author)
    );
    repo.pushedAt = this.now();
    this.changed();
    this.webhooks.pushed(repo, branch, before, sha, author);
    return sha;
  }
  gitPerson(login) {
    const user = this.findUser(login);
    return {
      name: user?.name ?? login,
      email: user?.email ?? `${user?.id ?? 0}+${login}@users.noreply.github.com`,
      date: this.now()
    };
  }
  /** The permission a user has on a repository (owner: admin; public repo: read). */
  permissionOf(repo, login) {
    const direct = Object.entries(repo.collaborators).find(([l]) => l.toLowerCase() === login.toLowerCase());
    if (direct) return direct[1];
    return repo.private ? "none" : "read";
  }
  addCollaborator(fullName, login, permission) {
    this.createUser(login);
    this.repo(fullName).collaborators[login] = permission;
    this.changed();
  }
  /**
   * Registers a GitHub App and returns its private key (PEM). Apps authenticate with RS256 JWTs
   * signed by this key, exchanged for installation tokens, exactly as on GitHub.
   */
  registerApp(options) {
    const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const id = this.id();
    const webhookSecret = options.webhookSecret ?? randomBytes4(16).toString("hex");
    const owner = options.owner ?? "trainyard";
    this.createUser(owner, { type: "Organization" });
    this.createUser(`${options.slug}[bot]`, { type: "Bot" });
    this.state.apps[String(id)] = {
      id,
      slug: options.slug,
      name: options.name ?? options.slug,
      owner,
      publicKeyPem: publicKey.export({ type: "spki", format: "pem" }).toString(),
      webhookSecret,
      webhookUrl: options.webhookUrl ?? null,
      permissions: options.permissions ?? { metadata: "read" },
      events: options.events ?? [],
      createdAt: this.now()
    };
    this.changed();
    return {
      appId: id,
      privateKey: privateKey.export({ type: "pkcs1", format: "pem" }).toString(),
      webhookSecret
    };
  }
  setAppWebhookUrl(appId, url) {
    const app = this.state.apps[String(appId)];
    if (!app) throw new Error(`sandbox: no app ${appId}`);
    app.webhookUrl = url;
    this.changed();
  }
  installApp(appId, account, repositories = "all") {
    const app = this.state.apps[String(appId)];
    if (!app) throw new Error(`sandbox: no app ${appId}`);
    this.createUser(account);
    const id = this.id();
    this.state.installations[String(id)] = {
      id,
      appId,
      account,
      repositories,
      permissions: app.permissions,
      events: app.events,
      createdAt: this.now()
    };
    this.changed();
    return id;
  }
  /** The installation of an app that covers a repository, if any. */
  installationFor(appId, repo) {
    const fullName = `${repo.owner}/${repo.name}`.toLowerCase();
    for (const installation of Object.values(this.state.installations)) {
      if (installation.appId !== appId) continue;
      if (installation.account.toLowerCase() !== repo.owner.toLowerCase()) continue;
      if (installation.repositories === "all" || installation.repositories.some((r) => r.toLowerCase() === fullName))
        return installation.id;
    }
    return void 0;
  }
  /** Subscribes a URL to a repository's events, as a repository webhook does. */
  addRepoHook(fullName, url, secret, events = ["*"]) {
    this.repo(fullName);
    const id = this.id();
    this.state.hooks.push({ id, url, secret, events, repo: fullName.toLowerCase(), active: true });
    this.changed();
    return id;
  }
};

// sandbox/server.ts
var DEFAULT_MAX_BODY = 128 * 1024 * 1024;
async function startSandbox(options = {}) {
  const stateFile = typeof options.state === "string" ? options.state : void 0;
  const state = typeof options.state === "object" ? options.state : stateFile && fs3.existsSync(stateFile) ? loadState(stateFile) : emptyState();
  const contractOn = options.contract ?? Boolean(process.env.VITEST);
  const contract = contractOn ? ContractChecker.shared() : void 0;
  const faults = new FaultInjector(options.faults);
  const webhooks = new WebhookDispatcher(contract);
  const log = options.log ?? (() => {
  });
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const modules = allRoutes();
  const api2 = new Router(modules.flatMap((m) => m.api ?? []));
  const uploads = new Router(modules.flatMap((m) => m.uploads ?? []));
  const web = modules.flatMap((m) => m.web ?? []);
  const violations = [];
  const rejected = [];
  const requests = [];
  let saveTimer;
  const persist = () => {
    if (!stateFile || saveTimer) return;
    saveTimer = setTimeout(() => {
      saveTimer = void 0;
      saveState(state, stateFile);
    }, 50);
  };
  const server = http.createServer();
  const host = options.host ?? "127.0.0.1";
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address();
  const origin = `http://${host}:${port}`;
  const world = new SandboxWorld(
    state,
    { api: origin, html: `${origin}/_html`, uploads: `${origin}/uploads` },
    webhooks,
    persist
  );
  webhooks.attach(world);
  for (const module of modules) if (module.onPush) world.pushListeners.push(module.onPush);
  server.on("request", (req, res) => {
    handle(req, res).catch((error) => {
      log(`sandbox: internal error: ${error.stack ?? String(error)}`);
      if (!res.headersSent)
        send(res, { status: 500, body: { message: `sandbox internal error: ${error.message}` } });
      else res.destroy();
    });
  });
  async function handle(req, res) {
    const url = new URL(req.url ?? "/", origin);
    const method = (req.method ?? "GET").toUpperCase();
    const rawBody = await readBody(req, maxBody).catch((error) => error);
    if (rawBody instanceof HttpError) return send(res, errorResponse(rawBody));
    for (const route of web) {
      const match = route.method === method ? route.pattern.exec(url.pathname) : null;
      if (match)
        return send(res, await route.handler({ world, url, match, method, headers: req.headers, rawBody }));
    }
    if (url.pathname.startsWith("/_sandbox/")) return send(res, admin(method, url.pathname, rawBody));
    const onUploads = url.pathname.startsWith("/uploads/");
    const pathname = onUploads ? url.pathname.slice("/uploads".length) : url.pathname;
    const matched = (onUploads ? uploads : api2).match(method, pathname);
    const entry = {
      method,
      path: url.pathname,
      operationId: matched?.definition.operationId ?? null,
      status: 0,
      fault: null
    };
    requests.push(entry);
    if (!matched) {
      entry.status = 404;
      return send(res, errorResponse(new HttpError(404, "Not Found")));
    }
    const { definition, params } = matched;
    const fault = faults.decide(definition.operationId, method);
    if (fault) entry.fault = fault.kind;
    if (fault?.kind === "reset" && fault.phase === "before") {
      req.socket.destroy();
      return;
    }
    if (fault?.kind === "delay") await sleep(fault.delayMs);
    if (fault && fault.phase === "before" && fault.kind !== "delay") {
      const injected = faultResponse(fault);
      entry.status = injected.status;
      return send(res, injected);
    }
    const response = await runRoute(
      definition,
      params,
      method,
      url,
      req,
      onUploads ? { raw: rawBody } : { json: rawBody }
    );
    entry.status = response.status;
    if (fault && fault.phase === "after" && fault.kind !== "delay") {
      if (fault.kind === "reset") {
        req.socket.destroy();
        return;
      }
      const injected = faultResponse(fault);
      entry.status = injected.status;
      return send(res, injected);
    }
    send(res, response);
  }
  async function runRoute(definition, params, method, url, req, upload) {
    let response;
    const rawBody = "raw" in upload ? upload.raw : upload.json;
    try {
      const contentType = req.headers["content-type"];
      const isJson = "json" in upload && rawBody.length > 0 && (!contentType || contentType.includes("json"));
      let body;
      if (isJson) {
        try {
          body = JSON.parse(rawBody.toString("utf8"));
        } catch {
          throw new HttpError(400, "Problems parsing JSON");
        }
      }
      const actor = authenticate(world, req.headers.authorization);
      requireCredential(actor, definition);
      if (contract) {
        const problems = contract.checkRequest(definition.operationId, {
          query: url.searchParams,
          body,
          contentType: isJson ? "application/json" : contentType
        });
        if (problems.length > 0) {
          rejected.push(...problems);
          throw new HttpError(422, `Invalid request.

${problems.map(describeViolation).join("\n")}`);
        }
      }
      const named = params.owner !== void 0 && params.repo !== void 0;
      const repo = !named ? void 0 : definition.auth === "app" ? world.findRepo(params.owner, params.repo) ?? throwNotFound() : authorizeRepo(
        world,
        actor,
        { owner: params.owner, repo: params.repo, method },
        definition
      );
      const request = {
        method,
        url,
        headers: req.headers,
        params,
        query: url.searchParams,
        body,
        rawBody,
        actor,
        world,
        get repo() {
          if (!repo) throw new Error(`sandbox: ${definition.operationId} has no {owner}/{repo} in its path`);
          return repo;
        }
      };
      response = await definition.handler(request);
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      response = errorResponse(error);
    }
    if (contract && !Buffer.isBuffer(response.body)) {
      const contentType = response.headers?.["content-type"] ?? "application/json";
      const problems = contract.checkResponse(
        definition.operationId,
        response.status,
        response.body,
        contentType
      );
      if (problems.length > 0) {
        violations.push(...problems);
        for (const problem of problems) log(`sandbox: contract violation: ${describeViolation(problem)}`);
        return {
          status: 500,
          body: { message: `sandbox contract violation: ${problems.map(describeViolation).join("; ")}` }
        };
      }
    }
    return response;
  }
  function admin(method, pathname, rawBody) {
    if (method === "GET" && pathname === "/_sandbox/state") return { status: 200, body: state };
    if (method === "GET" && pathname === "/_sandbox/deliveries")
      return { status: 200, body: webhooks.deliveries };
    if (method === "GET" && pathname === "/_sandbox/faults") return { status: 200, body: faults.stats };
    if (method === "PUT" && pathname === "/_sandbox/faults") {
      faults.configure(JSON.parse(rawBody.toString("utf8")));
      return { status: 204 };
    }
    return errorResponse(new HttpError(404, "Not Found"));
  }
  return {
    url: origin,
    world,
    faults,
    violations,
    rejected,
    requests,
    assertContract() {
      const all = [...violations, ...webhooks.violations];
      if (all.length > 0)
        throw new Error(
          `sandbox broke GitHub's contract ${all.length} time(s):
${all.map(describeViolation).join("\n")}`
        );
    },
    webhooksIdle: () => webhooks.idle(),
    async close() {
      await webhooks.idle();
      if (saveTimer) {
        clearTimeout(saveTimer);
        saveTimer = void 0;
      }
      if (stateFile) saveState(state, stateFile);
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve()));
    }
  };
}
function throwNotFound() {
  throw new HttpError(404, "Not Found");
}
function errorResponse(error) {
  return {
    status: error.status,
    headers: error.headers,
    body: {
      message: error.message,
      documentation_url: "https://docs.github.com/rest",
      status: String(error.status),
      ...error.extra
    }
  };
}
var requestCounter = 0;
function send(res, response) {
  const headers = {
    "x-github-api-version-selected": "2022-11-28",
    "x-github-request-id": `SANDBOX:${(++requestCounter).toString(16).toUpperCase()}`,
    "x-ratelimit-limit": "5000",
    "x-ratelimit-remaining": "4999",
    "x-ratelimit-reset": String(Math.ceil(Date.now() / 1e3) + 3600),
    "x-ratelimit-used": "1",
    "x-ratelimit-resource": "core",
    ...response.headers
  };
  let payload;
  if (Buffer.isBuffer(response.body)) {
    payload = response.body;
    headers["content-type"] ??= "application/octet-stream";
  } else if (response.body !== void 0 && response.status !== 204) {
    payload = Buffer.from(JSON.stringify(response.body));
    headers["content-type"] ??= "application/json; charset=utf-8";
  }
  if (payload) headers["content-length"] = String(payload.length);
  res.writeHead(response.status, headers);
  res.end(payload);
}
function readBody(req, limit) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on("data", (chunk) => {
      size += chunk.length;
      if (size > limit) {
        reject(new HttpError(413, "Request body too large"));
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export {
  ContractChecker,
  getObject,
  blobContent,
  flattenTree,
  startWorkflowRun,
  completeWorkflowRun,
  runnerEnvFor,
  startSandbox
};
