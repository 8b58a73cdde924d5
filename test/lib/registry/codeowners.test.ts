import { describe, expect, it } from "vitest";
import { parseCodeowners, patternMatcher, ruleFor } from "../../../lib/registry/codeowners.ts";

/** The example file of GitHub's documentation ("About code owners"), as published. */
const GITHUB_EXAMPLE = `# This is a comment.
# Each line is a file pattern followed by one or more owners.

# These owners will be the default owners for everything in
# the repo. Unless a later match takes precedence,
# @global-owner1 and @global-owner2 will be requested for
# review when someone opens a pull request.
*       @global-owner1 @global-owner2

# Order is important; the last matching pattern takes the most
# precedence. When someone opens a pull request that only
# modifies JS files, only @js-owner and not the global
# owner(s) will be requested for a review.
*.js    @js-owner #This is an inline comment.

# You can also use email addresses if you prefer. They'll be
# used to look up users just like we do for commit author
# emails.
*.go docs@example.com

# Teams can be specified as code owners as well. Teams should
# be identified in the format @org/team-name. Teams must have
# explicit write access to the repository. In this example,
# the octocats team in the octo-org organization owns all .txt files.
*.txt @octo-org/octocats

# In this example, @doctocat owns any files in the build/logs
# directory at the root of the repository and any of its
# subdirectories.
/build/logs/ @doctocat

# The \`docs/*\` pattern will match files like
# \`docs/getting-started.md\` but not further nested files like
# \`docs/build-app/troubleshooting.md\`.
docs/*  docs@example.com

# In this example, @octocat owns any file in an apps directory
# anywhere in your repository.
apps/ @octocat

# In this example, @doctocat owns any file in the \`/docs\`
# directory in the root of your repository and any of its
# subdirectories.
/docs/ @doctocat

# In this example, any change inside the \`/scripts\` directory
# will require approval from @doctocat or @octocat.
/scripts/ @doctocat @octocat

# In this example, @octocat owns any file in a \`/logs\` directory such as
# \`/build/logs\`, \`/scripts/logs\`, and \`/deeply/nested/logs\`. Any changes
# in a \`/logs\` directory will require approval from @octocat.
**/logs @octocat

# In this example, @octocat owns any file in the \`/apps\`
# directory in the root of your repository except for the \`/apps/github\`
# subdirectory, as its owners are left empty. Without an owner, changes
# to \`apps/github\` can be made with the approval of any user who has
# write access to the repository.
/apps/ @octocat
/apps/github

# In this example, @octocat owns any file in the \`/apps\`
# directory in the root of your repository except for the \`/apps/github\`
# subdirectory, as this subdirectory has its own owner @doctocat
/apps/ @octocat
/apps/github @doctocat
`;

const owners = (text: string, path: string) => ruleFor(parseCodeowners(text, "CODEOWNERS"), path)?.owners;

describe("CODEOWNERS patterns, as GitHub's documentation describes them", () => {
  it("reads owners, teams and e-mails, and skips comments, inline ones too", () => {
    const parsed = parseCodeowners(GITHUB_EXAMPLE, ".github/CODEOWNERS");
    expect(parsed.rules.map((rule) => rule.pattern)).toEqual([
      "*",
      "*.js",
      "*.go",
      "*.txt",
      "/build/logs/",
      "docs/*",
      "apps/",
      "/docs/",
      "/scripts/",
      "**/logs",
      "/apps/",
      "/apps/github",
      "/apps/",
      "/apps/github",
    ]);
    expect(parsed.rules[1]).toMatchObject({ owners: ["js-owner"], line: 14 });
    expect(parsed.rules[2]).toMatchObject({ owners: [], emails: ["docs@example.com"] });
    expect(parsed.rules[3]?.owners).toEqual(["octo-org/octocats"]);
    expect(parsed.skipped).toEqual([]);
  });

  it("gives every file the global owners unless a later line matches", () => {
    expect(owners(GITHUB_EXAMPLE, "README.md")).toEqual(["global-owner1", "global-owner2"]);
    expect(owners(GITHUB_EXAMPLE, "src/deep/index.js")).toEqual(["js-owner"]);
    expect(owners(GITHUB_EXAMPLE, "notes/todo.txt")).toEqual(["octo-org/octocats"]);
  });

  it("lets an e-mail-only line take a file (its owners are not matched to reviewers)", () => {
    const rule = ruleFor(parseCodeowners(GITHUB_EXAMPLE, "CODEOWNERS"), "cmd/main.go");
    expect(rule?.pattern).toBe("*.go");
    expect(rule?.owners).toEqual([]);
  });

  it("anchors /build/logs/ at the root and takes everything below it", () => {
    expect(owners(GITHUB_EXAMPLE, "build/logs/today.log")).toEqual(["octocat"]); // **/logs comes later
    const only = "/build/logs/ @doctocat\n";
    expect(owners(only, "build/logs/today.log")).toEqual(["doctocat"]);
    expect(owners(only, "build/logs/2024/01/today.log")).toEqual(["doctocat"]);
    expect(owners(only, "src/build/logs/today.log")).toBeUndefined();
  });

  it("matches docs/* against the files directly in docs, not nested ones", () => {
    const only = "docs/*  @docs-team-lead\n";
    expect(owners(only, "docs/getting-started.md")).toEqual(["docs-team-lead"]);
    expect(owners(only, "docs/build-app/troubleshooting.md")).toBeUndefined();
  });

  it("matches apps/ in any directory, and **/logs at any depth", () => {
    const apps = "apps/ @octocat\n";
    expect(owners(apps, "apps/web/index.ts")).toEqual(["octocat"]);
    expect(owners(apps, "services/apps/web/index.ts")).toEqual(["octocat"]);
    expect(owners(apps, "apps")).toBeUndefined(); // a file named apps is not the directory
    const logs = "**/logs @octocat\n";
    for (const path of ["build/logs/a.log", "scripts/logs/a.log", "deeply/nested/logs/a.log", "logs/a.log"])
      expect(owners(logs, path), path).toEqual(["octocat"]);
  });

  it("leaves /apps/github without owners when its line names none, and gives it its own when one does", () => {
    const unowned = "/apps/ @octocat\n/apps/github\n";
    expect(owners(unowned, "apps/github/index.ts")).toEqual([]);
    expect(owners(unowned, "apps/web/index.ts")).toEqual(["octocat"]);
    const owned = "/apps/ @octocat\n/apps/github @doctocat\n";
    expect(owners(owned, "apps/github/index.ts")).toEqual(["doctocat"]);
  });

  it("anchors /docs/ and /scripts/ at the root", () => {
    expect(owners(GITHUB_EXAMPLE, "docs/guide/intro.md")).toEqual(["doctocat"]);
    expect(owners(GITHUB_EXAMPLE, "scripts/deploy.sh")).toEqual(["doctocat", "octocat"]);
    expect(owners("/scripts/ @a\n", "tools/scripts/deploy.sh")).toBeUndefined();
  });

  it("keeps * and ? within a segment, and ** across them", () => {
    expect(patternMatcher("/ml/*.py").test("ml/train.py")).toBe(true);
    expect(patternMatcher("/ml/*.py").test("ml/sub/train.py")).toBe(false);
    expect(patternMatcher("model-?.bin").test("out/model-1.bin")).toBe(true);
    expect(patternMatcher("model-?.bin").test("out/model-10.bin")).toBe(false);
    expect(patternMatcher("/ml/**/params.yaml").test("ml/params.yaml")).toBe(true);
    expect(patternMatcher("/ml/**/params.yaml").test("ml/a/b/params.yaml")).toBe(true);
    expect(patternMatcher("/ml/**").test("ml/a/b.py")).toBe(true);
    expect(patternMatcher("*").test("a/b/c.txt")).toBe(true);
  });

  it("escapes: a \\# in a pattern is a hash, not a comment; a \\  is a space", () => {
    const parsed = parseCodeowners("docs/\\#notes.md @alice\nmy\\ file.txt @bob\n", "CODEOWNERS");
    expect(parsed.rules.map((rule) => rule.owners)).toEqual([["alice"], ["bob"]]);
    expect(ruleFor(parsed, "docs/#notes.md")?.owners).toEqual(["alice"]);
    expect(ruleFor(parsed, "my file.txt")?.owners).toEqual(["bob"]);
  });

  it("skips what CODEOWNERS does not support, saying why, as GitHub ignores such lines", () => {
    const parsed = parseCodeowners("!secret.txt @a\n*.[ch] @b\n*.py @c not-an-owner\n", "CODEOWNERS");
    expect(parsed.rules.map((rule) => rule.pattern)).toEqual(["*.py"]);
    expect(parsed.skipped.map((skip) => skip.line)).toEqual([1, 2, 3]);
    expect(parsed.skipped[0]?.reason).toMatch(/negation/);
  });
});
