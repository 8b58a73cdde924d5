#!/usr/bin/env node
// Prints the required fields (with types) of a GitHub REST operation's request or response schema,
// from GitHub's own OpenAPI description. A tool for writing sandbox/ shapes that pass the contract.
//   node scripts/schema-skeleton.mjs repos/get-content 200 [depth]
//   node scripts/schema-skeleton.mjs pulls/create request
import fs from "node:fs";
import { createRequire } from "node:module";

const [operationId, which = "200", depthArg = "3"] = process.argv.slice(2);
if (!operationId) {
  console.error("usage: schema-skeleton.mjs <operationId> [status|request] [depth]");
  process.exit(2);
}
const specPath = createRequire(import.meta.url).resolve("@octokit/openapi/generated/api.github.com.json");
const spec = JSON.parse(fs.readFileSync(specPath, "utf8"));
const deref = (s) =>
  s?.$ref
    ? deref(
        s.$ref
          .split("/")
          .slice(1)
          .reduce((o, k) => o[k], spec),
      )
    : s;

let found;
for (const [path, item] of Object.entries(spec.paths))
  for (const [method, op] of Object.entries(item))
    if (op.operationId === operationId) found = { path, method, op };
if (!found) {
  console.error(`no operation ${operationId}`);
  process.exit(1);
}
console.log(
  `${found.method.toUpperCase()} ${found.path}  responses: ${Object.keys(found.op.responses).join(", ")}`,
);
for (const p of found.op.parameters ?? []) {
  const param = deref(p);
  console.log(
    `  ${param.in} ${param.name}${param.required ? " (required)" : ""}: ${JSON.stringify(param.schema)}`,
  );
}
const media = which === "request" ? found.op.requestBody?.content : deref(found.op.responses[which])?.content;
const schema = media ? deref(Object.values(media)[0].schema) : undefined;

function show(s, indent, depth) {
  s = deref(s);
  if (!s) return;
  const pad = " ".repeat(indent);
  for (const key of ["oneOf", "anyOf", "allOf"]) {
    if (s[key]) {
      console.log(`${pad}${key}:`);
      s[key].forEach((alt, i) => {
        console.log(`${pad} [${i}]`);
        show(alt, indent + 2, depth);
      });
    }
  }
  if (s.type === "array") {
    console.log(`${pad}items:`);
    return show(s.items, indent + 2, depth);
  }
  const required = new Set(s.required ?? []);
  for (const [name, prop0] of Object.entries(s.properties ?? {})) {
    const prop = deref(prop0);
    const mark = required.has(name) ? "*" : " ";
    const type = `${prop.type ?? (prop.oneOf ? "oneOf" : prop.anyOf ? "anyOf" : prop.allOf ? "allOf" : "?")}${prop.nullable ? "|null" : ""}${prop.enum ? ` ${JSON.stringify(prop.enum)}` : ""}${prop.format ? ` (${prop.format})` : ""}`;
    if (required.has(name) || which === "request") console.log(`${pad}${mark}${name}: ${type}`);
    if (
      required.has(name) &&
      depth > 1 &&
      (prop.properties || prop.items || prop.allOf || prop.oneOf || prop.anyOf)
    )
      show(prop, indent + 2, depth - 1);
  }
}
show(schema, 2, Number(depthArg));
