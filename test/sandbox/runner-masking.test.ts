import { describe, expect, it } from "vitest";
import { RunnerLog, SecretMasker } from "../../sandbox/runner.ts";

/**
 * The harness masks a step's log as GitHub's runner does (actions/runner's SecretMasker and
 * OutputManager), so a test that finds no secret in `result.log` means what it says.
 */
describe("the runner's secret masking", () => {
  it("masks lines after the ::add-mask:: only, as the runner logs them as they come", () => {
    const log = new RunnerLog();
    for (const line of ["early hunter2-token", "::add-mask::hunter2-token", "late hunter2-token"])
      log.line(line);
    expect(log.lines).toEqual(["early hunter2-token", "late ***"]);
    expect(log.masks).toEqual(["hunter2-token"]);
  });

  it("masks annotation messages and titles, and the echo of them in the log", () => {
    const log = new RunnerLog();
    log.line("::add-mask::s3cret-value");
    log.line(
      "::error title=bad s3cret-value,file=a.py,line=3::token s3cret-value refused%0Aagain s3cret-value",
    );
    expect(log.annotations).toEqual([
      { level: "error", title: "bad ***", file: "a.py", line: 3, message: "token *** refused\nagain ***" },
    ]);
    expect(log.lines).toEqual(["Error: token *** refused\nagain ***"]);
  });

  it("masks the encodings the runner adds: base64 (shifted too), JSON, URI, XML and expression escapes", () => {
    const masker = new SecretMasker();
    const secret = `pa"ss w/rd's&<1>`;
    masker.add(secret);
    const base64 = Buffer.from(secret).toString("base64");
    const shifted = Buffer.from(secret).subarray(1).toString("base64");
    expect(masker.mask(`raw ${secret} end`)).toBe("raw *** end");
    expect(masker.mask(`b64 ${base64} ${shifted}`)).toBe("b64 *** ***");
    expect(masker.mask(`json ${JSON.stringify(secret)}`)).toBe('json "***"');
    expect(masker.mask(`uri ${encodeURIComponent(secret).replace(/'/g, "%27")}`)).toBe("uri ***");
    expect(masker.mask("xml pa&quot;ss w/rd&apos;s&amp;&lt;1&gt;")).toBe("xml ***");
    expect(masker.mask("expr pa\"ss w/rd''s&<1>")).toBe("expr ***");
  });

  it("merges overlapping and adjacent secrets into one ***", () => {
    const masker = new SecretMasker();
    masker.add("abcdef");
    masker.add("defghi");
    expect(masker.mask("xabcdefghiy abcdefabcdef")).toBe("x***y ***");
  });

  it("warns on an empty mask and keeps other commands' lines", () => {
    const log = new RunnerLog();
    log.line("::add-mask::  ");
    log.line("::debug::hidden");
    log.line("::group::Training");
    log.line("::endgroup::");
    expect(log.lines).toEqual([
      "Warning: Can't add secret mask for empty string in ##[add-mask] command.",
      "▸ Training",
    ]);
    expect(log.masks).toEqual([]);
  });
});
