/**
 * The rule for what holds a secret, for action inputs, environment variables and params alike: a
 * name whose last word (split at `-`, `_`, `.` and case changes) is token, password, passwd,
 * secret, key, apikey, credential or credentials — `github-token`, `HF_TOKEN`, `WANDB_API_KEY`,
 * `AWS_SECRET_ACCESS_KEY`, `mlflow.password` — but not `ACTIONS_ID_TOKEN_REQUEST_URL`, `SSH_KEY_PATH`.
 */
export function isSecretName(name: string): boolean {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return SECRET_WORDS.has(words.at(-1) ?? "");
}

const SECRET_WORDS = new Set([
  "token",
  "password",
  "passwd",
  "secret",
  "key",
  "apikey",
  "credential",
  "credentials",
]);

/** What a secret's value is recorded as. */
export const REDACTED = "***";
