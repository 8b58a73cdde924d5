import fs from "node:fs";
import { createRequire } from "node:module";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";

/**
 * Holds the sandbox to GitHub's published OpenAPI description (@octokit/openapi) and webhook
 * schemas (@octokit/webhooks-schemas): every request body and query, every response and every
 * webhook payload is validated against the operation's own schema.
 */
export interface ContractViolation {
  operationId: string;
  direction: "request" | "response" | "webhook";
  status?: number;
  /** JSON pointer of the offending field (`/pull_request/head/sha`), "" for the whole body. */
  field: string;
  message: string;
}

export function describeViolation(v: ContractViolation): string {
  const where = v.direction === "response" ? `response ${v.status}` : v.direction;
  return `${v.operationId} ${where} at ${v.field || "/"}: ${v.message}`;
}

interface Operation {
  operationId: string;
  method: string;
  path: string;
  spec: OpenApiOperation;
}

interface OpenApiParameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: { type?: string; enum?: unknown[] };
  $ref?: string;
}

interface OpenApiOperation {
  operationId: string;
  parameters?: OpenApiParameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema: unknown }> };
  responses: Record<string, { $ref?: string; content?: Record<string, { schema: unknown }> }>;
}

interface OpenApiSpec {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: Record<string, Record<string, unknown>>;
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const require = createRequire(import.meta.url);
const SPEC_FILE = "@octokit/openapi/generated/api.github.com.json";
let shared: ContractChecker | undefined;

export class ContractChecker {
  private readonly ajv: Ajv;
  private readonly operations = new Map<string, Operation>();
  private readonly validators = new Map<string, ValidateFunction | null>();
  private webhookSchemaLoaded = false;

  private constructor(private readonly spec: OpenApiSpec) {
    this.ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, addUsedSchema: false });
    addFormats(this.ajv);
    // GitHub's description uses formats JSON Schema does not define; they constrain nothing here.
    for (const format of [
      "int64",
      "int32",
      "uri-template",
      "repo.nwo",
      "binary",
      "ssh-key",
      "ssh-key fingerprint",
    ])
      this.ajv.addFormat(format, true);
    // GitHub signs an App's commits `<id>+<slug>[bot]@users.noreply.github.com`, which the plain
    // email format (ajv-formats' own pattern, below) refuses for its brackets.
    const email =
      /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
    const botEmail = /^\d+\+[a-z0-9-]+\[bot\]@users\.noreply\.github\.com$/i;
    this.ajv.addFormat("email", (value: string) => email.test(value) || botEmail.test(value));
    this.ajv.addSchema(spec as object, "github");
    for (const [path, item] of Object.entries(spec.paths))
      for (const [method, op] of Object.entries(item))
        if (op && typeof op === "object" && "operationId" in op)
          this.operations.set(op.operationId, {
            operationId: op.operationId,
            method: method.toUpperCase(),
            path,
            spec: op,
          });
  }

  /** Whether GitHub's description (the @octokit/openapi package) is installed here. */
  static available(): boolean {
    try {
      require.resolve(SPEC_FILE);
      return true;
    } catch {
      return false;
    }
  }

  /** Loads GitHub's description once per process (13 MB; about a quarter of a second). */
  static shared(): ContractChecker {
    if (!shared) {
      const file = require.resolve(SPEC_FILE);
      shared = new ContractChecker(oneOfAsAnyOf(JSON.parse(fs.readFileSync(file, "utf8"))) as OpenApiSpec);
    }
    return shared;
  }

  operation(operationId: string): { method: string; path: string } | undefined {
    const op = this.operations.get(operationId);
    return op ? { method: op.method, path: op.path } : undefined;
  }

  checkRequest(
    operationId: string,
    request: { query: URLSearchParams; body: unknown; contentType: string | undefined },
  ): ContractViolation[] {
    const op = this.mustOperation(operationId);
    const violations: ContractViolation[] = [];
    const violation = (field: string, message: string) =>
      violations.push({ operationId, direction: "request", field, message });

    for (const raw of op.spec.parameters ?? []) {
      const param = this.resolve<OpenApiParameter>(raw);
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
      if (request.body === undefined) {
        if (op.spec.requestBody?.required) violation("", "a JSON body is required");
      } else {
        const pointer = `${pathPointer(op)}/requestBody/content/application~1json/schema`;
        violations.push(...this.validate(pointer, request.body, { operationId, direction: "request" }));
      }
    }
    return violations;
  }

  checkResponse(
    operationId: string,
    status: number,
    body: unknown,
    contentType: string | undefined,
  ): ContractViolation[] {
    const op = this.mustOperation(operationId);
    const declared = op.spec.responses[String(status)] ?? undeclaredError(status);
    if (!declared)
      return [
        {
          operationId,
          direction: "response",
          status,
          field: "",
          message: `status ${status} is not one GitHub documents for this operation (${Object.keys(op.spec.responses).join(", ")})`,
        },
      ];
    const response = this.resolve<{ content?: Record<string, unknown> }>(declared);
    if (
      !response.content?.["application/json"] ||
      !(contentType ?? "").includes("json") ||
      body === undefined
    )
      return [];
    const base = declared.$ref
      ? `github#${declared.$ref.slice(1)}`
      : `${pathPointer(op)}/responses/${status}`;
    return this.validate(`${base}/content/application~1json/schema`, body, {
      operationId,
      direction: "response",
      status,
    });
  }

  checkWebhook(event: string, payload: Record<string, unknown>): ContractViolation[] {
    if (!this.webhookSchemaLoaded) {
      const schema = JSON.parse(
        fs.readFileSync(require.resolve("@octokit/webhooks-schemas/schema.json"), "utf8"),
      );
      delete schema.$schema;
      // The root oneOf spans all 344 events; each payload is checked against its own definition.
      delete schema.oneOf;
      this.ajv.addSchema(schema, "webhooks");
      this.webhookSchemaLoaded = true;
    }
    // The schema names action-less events (and repository_dispatch, whose action is free text) `<event>$event`.
    const action =
      typeof payload.action === "string" && event !== "repository_dispatch" ? payload.action : undefined;
    const definition = action ? `${event}$${action}` : `${event}$event`;
    return this.validate(`webhooks#/definitions/${definition.replace(/\$/g, "%24")}`, payload, {
      operationId: action ? `${event}.${action}` : event,
      direction: "webhook",
    });
  }

  private validate(
    ref: string,
    value: unknown,
    about: Pick<ContractViolation, "operationId" | "direction" | "status">,
  ): ContractViolation[] {
    let validator = this.validators.get(ref);
    if (validator === undefined) {
      try {
        validator = this.ajv.compile({ $ref: ref });
      } catch (error) {
        throw new Error(`contract: cannot compile ${ref}: ${(error as Error).message}`);
      }
      this.validators.set(ref, validator);
    }
    if (!validator || validator(value)) return [];
    return [{ ...about, ...summarize(validator.errors ?? []) }];
  }

  private resolve<T>(node: unknown): T {
    let current = node as { $ref?: string };
    while (current?.$ref) {
      current = current.$ref
        .slice(2)
        .split("/")
        .reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], this.spec) as { $ref?: string };
    }
    return current as T;
  }

  private mustOperation(operationId: string): Operation {
    const op = this.operations.get(operationId);
    if (!op) throw new Error(`contract: GitHub's description has no operation ${operationId}`);
    return op;
  }
}

/**
 * Reads GitHub's description as GitHub means it. It uses `oneOf` where it means `anyOf` (a 409 is
 * `oneOf [basic-error, repository-rule-violation-error]` and GitHub's own `{ message }` matches
 * both, which strict `oneOf` rejects); validating as `anyOf` still demands one alternative match.
 * And OpenAPI 3.0's `nullable` needs two fixes for ajv, below.
 */
function oneOfAsAnyOf(node: unknown): unknown {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) node[i] = oneOfAsAnyOf(node[i]);
    return node;
  }
  if (node && typeof node === "object") {
    const record = node as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const value = oneOfAsAnyOf(record[key]);
      if (key === "format" && value === "uri" && record.default === "") {
        // GitHub answers "" for URLs it documents with a default of "" (a deployment status's log_url).
        delete record.format;
        record.anyOf = [{ format: "uri" }, { enum: [""] }];
      } else if (key === "oneOf" && Array.isArray(value) && !("anyOf" in record)) {
        delete record.oneOf;
        record.anyOf = value;
      } else record[key] = value;
    }
    // `nullable` lets null through, but ajv still checks `enum`, and GitHub's nullable enums
    // (e.g. an open issue's `state_reason`) do not list null.
    if (record.nullable === true && Array.isArray(record.enum) && !record.enum.includes(null))
      record.enum = [...record.enum, null];
    // `nullable` without `type` (issues/create's `milestone`) does not compile in ajv: spell it out.
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

/**
 * GitHub answers 401, 403 and 404 on every operation (bad token, no permission, missing or hidden
 * resource), and 422 on any write it cannot accept, though its description lists them only on
 * some operations; they are held to its basic error and validation error shapes.
 */
function undeclaredError(status: number): { $ref: string } | undefined {
  if (status === 401 || status === 403 || status === 404) return { $ref: "#/components/responses/not_found" };
  if (status === 422) return { $ref: "#/components/responses/validation_failed" };
  return undefined;
}

function pathPointer(op: Operation): string {
  const escaped = op.path.replace(/~/g, "~0").replace(/\//g, "~1");
  return `github#/paths/${encodeURIComponent(escaped)}/${op.method.toLowerCase()}`;
}

/**
 * Reduces ajv's errors to the one that explains the failure: the deepest field wins, because
 * `oneOf` failures report every branch and the deepest is where the value actually went wrong.
 */
function summarize(errors: ErrorObject[]): { field: string; message: string } {
  const relevant = errors.filter((e) => !["oneOf", "anyOf", "if"].includes(e.keyword));
  const pool = relevant.length > 0 ? relevant : errors;
  const deepest = pool.reduce((a, b) => (depth(b) > depth(a) ? b : a));
  const field =
    deepest.keyword === "required"
      ? `${deepest.instancePath}/${(deepest.params as { missingProperty: string }).missingProperty}`
      : deepest.instancePath;
  const message =
    deepest.keyword === "required"
      ? "is required but missing"
      : deepest.keyword === "additionalProperties"
        ? `has unexpected property "${(deepest.params as { additionalProperty: string }).additionalProperty}"`
        : `${deepest.message ?? deepest.keyword}${deepest.keyword === "enum" ? ` ${JSON.stringify((deepest.params as { allowedValues: unknown }).allowedValues)}` : ""}`;
  return { field, message };
}

function depth(error: ErrorObject): number {
  return error.instancePath.split("/").length + (error.keyword === "required" ? 1 : 0);
}

function checkQueryValue(value: string, schema: { type?: string; enum?: unknown[] }): string | undefined {
  if (schema.type === "integer" && !/^-?\d+$/.test(value)) return `must be an integer, got "${value}"`;
  if (schema.type === "boolean" && value !== "true" && value !== "false")
    return `must be true or false, got "${value}"`;
  if (schema.enum && !schema.enum.map(String).includes(value))
    return `must be one of ${schema.enum.map(String).join(", ")}, got "${value}"`;
  return undefined;
}
