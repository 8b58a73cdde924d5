import { ConfigError } from "../errors.ts";

/**
 * `${MODEL_VERSION}` and its siblings in config text (URLs, smoke-test bodies and expectations,
 * Kubernetes templates): the same names the command target's script gets as environment
 * variables. An unknown name is an error rather than text left as it is, so a typo shows up in
 * the first deploy instead of as a request to a URL with `${MODEL_VERSON}` in it.
 */
export const PLACEHOLDERS = [
  "MODEL_NAME",
  "MODEL_VERSION",
  "MODEL_DIGEST",
  "DEPLOY_ENVIRONMENT",
  "STORAGE_URI",
  "DEPLOYMENT_ID",
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type PlaceholderValues = Record<Placeholder, string>;

const PATTERN = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** The text with every placeholder replaced; `where` names the field for the error of an unknown one. */
export function fillPlaceholders(text: string, values: PlaceholderValues, where: string): string {
  return text.replace(PATTERN, (_, name: string) => {
    if (!(PLACEHOLDERS as readonly string[]).includes(name))
      throw new ConfigError(
        `unknown placeholder \${${name}}: known are ${PLACEHOLDERS.map((p) => `\${${p}}`).join(", ")}`,
        {
          field: where,
        },
      );
    return values[name as Placeholder];
  });
}

/** Every string inside a JSON-like value filled (keys too). */
export function fillPlaceholdersDeep(value: unknown, values: PlaceholderValues, where: string): unknown {
  if (typeof value === "string") return fillPlaceholders(value, values, where);
  if (Array.isArray(value))
    return value.map((item, i) => fillPlaceholdersDeep(item, values, `${where}[${i}]`));
  if (value !== null && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        fillPlaceholders(key, values, where),
        fillPlaceholdersDeep(item, values, `${where}.${key}`),
      ]),
    );
  return value;
}

/** Values shaped like real ones, to check config text before anything is deployed. */
export function sampleValues(): PlaceholderValues {
  return {
    MODEL_NAME: "model",
    MODEL_VERSION: "1",
    MODEL_DIGEST: `sha256:${"0".repeat(64)}`,
    DEPLOY_ENVIRONMENT: "production",
    STORAGE_URI: "https://example.com/model",
    DEPLOYMENT_ID: "1",
  };
}

/** The message of the ConfigError a check throws, or undefined when it passes. */
export function placeholderProblem(check: () => void): string | undefined {
  try {
    check();
    return undefined;
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
}
