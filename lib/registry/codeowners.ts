/**
 * CODEOWNERS, read as GitHub reads it: the first of `.github/CODEOWNERS`, `CODEOWNERS` and
 * `docs/CODEOWNERS` counts; each line is a gitignore-style pattern and its owners; for a file, the
 * last matching line wins, and a matching line without owners leaves the file unowned. Owners are
 * `@user` or `@org/team`; e-mail addresses are kept apart (they cannot be matched to a reviewer's
 * login without more access than a workflow has). GitHub's own limits apply: no `!` negation, no
 * `[ ]` ranges (such lines are reported and skipped, as GitHub skips them).
 */
export const CODEOWNERS_LOCATIONS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"] as const;

export interface CodeownersRule {
  pattern: string;
  /** `@user` and `@org/team` owners as written, without the `@`. */
  owners: string[];
  /** E-mail owners, which are not matched to reviewers. */
  emails: string[];
  line: number;
  matches(path: string): boolean;
}

export interface Codeowners {
  file: string;
  rules: CodeownersRule[];
  /** Lines GitHub would skip, with why. */
  skipped: Array<{ line: number; reason: string }>;
}

export function parseCodeowners(text: string, file: string): Codeowners {
  const rules: CodeownersRule[] = [];
  const skipped: Codeowners["skipped"] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const content = stripComment(raw).trim();
    if (content === "") return;
    const [pattern = "", ...tokens] = splitUnescaped(content);
    if (pattern.startsWith("!")) {
      skipped.push({ line, reason: `negated pattern ${pattern}: CODEOWNERS has no negation` });
      return;
    }
    if (/(?<!\\)\[/.test(pattern)) {
      skipped.push({ line, reason: `pattern ${pattern}: CODEOWNERS has no [ ] ranges` });
      return;
    }
    const owners: string[] = [];
    const emails: string[] = [];
    for (const token of tokens) {
      if (/^@[A-Za-z0-9][A-Za-z0-9-]*(\/[A-Za-z0-9._-]+)?$/.test(token)) owners.push(token.slice(1));
      else if (/^[^@\s]+@[^@\s]+$/.test(token)) emails.push(token);
      else skipped.push({ line, reason: `owner ${token} is neither @user, @org/team nor an e-mail` });
    }
    const matcher = patternMatcher(pattern);
    rules.push({ pattern, owners, emails, line, matches: (path) => matcher.test(path) });
  });
  return { file, rules, skipped };
}

/** The rule that decides a file's owners (the last that matches), or undefined when none does. */
export function ruleFor(codeowners: Codeowners, path: string): CodeownersRule | undefined {
  for (let i = codeowners.rules.length - 1; i >= 0; i--) {
    const rule = codeowners.rules[i] as CodeownersRule;
    if (rule.matches(path)) return rule;
  }
  return undefined;
}

/** A `#` starts a comment unless escaped (`\#`), as in a pattern for files whose names hold one. */
function stripComment(line: string): string {
  const at = line.search(/(?<!\\)#/);
  return at < 0 ? line : line.slice(0, at);
}

/** Splits on whitespace not escaped by a backslash (`my\ file.txt` is one pattern). */
function splitUnescaped(text: string): string[] {
  return (text.match(/(?:\\.|[^\s\\])+/g) ?? []).filter(Boolean);
}

/**
 * A pattern as a regular expression over repository paths (no leading slash). The rules follow
 * GitHub's documented behaviour: a pattern of one segment (`*.js`, `apps/`, `logs`) matches at
 * any depth; a leading or inner slash anchors it at the root; a trailing slash matches a
 * directory's contents; `*` and `?` stay within a segment; `**` spans segments; a final segment
 * that is exactly `*` matches the files directly inside (`docs/*` leaves `docs/a/b.md` out),
 * while any other final segment also matches everything below what it names.
 */
export function patternMatcher(pattern: string): RegExp {
  let segments = pattern.split("/");
  if (segments[0] === "") segments = segments.slice(1);
  else if (segments.length === 1 || (segments.length === 2 && segments[1] === "")) {
    if (segments[0] !== "**") segments = ["**", ...segments];
  }
  if (segments.length > 1 && segments.at(-1) === "") segments[segments.length - 1] = "**";

  const last = segments.length - 1;
  let source = "^";
  let needSlash = false;
  segments.forEach((segment, i) => {
    if (segment === "**") {
      if (i === 0 && i === last) source += ".+";
      else if (i === 0) {
        source += "(?:.+/)?";
        needSlash = false;
      } else if (i === last) source += "/.*";
      else {
        source += "(?:/.+)?";
        needSlash = true;
      }
      return;
    }
    if (needSlash) source += "/";
    if (segment === "*") {
      source += "[^/]+";
      needSlash = true;
      return;
    }
    let escaped = false;
    for (const char of segment) {
      if (escaped) {
        source += escapeRegExp(char);
        escaped = false;
      } else if (char === "\\") escaped = true;
      else if (char === "*") source += "[^/]*";
      else if (char === "?") source += "[^/]";
      else source += escapeRegExp(char);
    }
    if (i === last) source += "(?:/.*)?";
    needSlash = true;
  });
  return new RegExp(`${source}$`);
}

function escapeRegExp(char: string): string {
  return char.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
