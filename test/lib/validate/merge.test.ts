import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { mergeShardReports } from "../../../lib/validate/merge.ts";
import { runValidation } from "../../../lib/validate/run.ts";
import type { ValidationReport } from "../../../lib/validate/validate.ts";

/**
 * A dataset in 6 files, validated by 3 shards whose reports are merged, against the same data
 * validated in one run: the merged report must say what the one run says (validity, rows, every
 * rule's count), including the table checks no shard could judge alone and the duplicates that
 * only show across shards.
 */
const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
});

const schema = {
  fields: [
    { name: "id", type: "string", constraints: { required: true, unique: true } },
    {
      name: "age",
      type: "integer",
      constraints: { minimum: 0, maximum: 120 },
      checks: { quantiles: { "0.5": { min: 30, max: 50 } } },
    },
    { name: "income", type: "number", checks: { maxMissingShare: 0.05 } },
    {
      name: "plan",
      type: "string",
      constraints: { enum: ["basic", "plus", "pro"] },
      checks: { categoryShares: { pro: { max: 0.1 } } },
    },
    { name: "region", type: "string" },
    { name: "account", type: "integer" },
  ],
  primaryKey: ["region", "account"],
  checks: { rows: { min: 1000 } },
};

function workspace(files: Record<string, string>, schemaText = stringify(schema)): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-merge-"));
  folders.push(dir);
  fs.mkdirSync(path.join(dir, "data"));
  fs.mkdirSync(path.join(dir, "reports"));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, "data", name), text);
  fs.writeFileSync(path.join(dir, "schema.yml"), schemaText);
  return dir;
}

/**
 * 6 files of 250 rows (1,500 in all, so `rows ≥ 1000` holds only for the whole): ids unique within
 * each file but 7 repeated in another file; a few bad ages; 83 incomes missing (5.5%, over the
 * 5% allowed); plan "pro" at 13% (over 10%); 4 (region, account) keys repeated in another file.
 */
function dataset(): Record<string, string> {
  let state = 12345;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const files: Record<string, string> = {};
  for (let f = 0; f < 6; f++) {
    const lines = ["id,age,income,plan,region,account"];
    for (let r = 0; r < 250; r++) {
      const n = f * 250 + r;
      const id = f === 4 && r < 7 ? `C${r * 3}` : `C${n}`; // file 4 repeats ids of file 0
      const age =
        f === 2 && r % 50 === 0 ? "-3" : f === 5 && r === 9 ? "old" : String(20 + Math.floor(random() * 45));
      const missingIncome = f === 1 ? r % 4 === 0 : r % 50 === 0 && f !== 3;
      const income = missingIncome ? "" : (1000 + random() * 9000).toFixed(2);
      const plan = f === 3 ? (r % 10 < 3 ? "pro" : "basic") : r % 10 === 0 ? "pro" : r % 2 ? "plus" : "basic";
      const account = f === 5 && r < 4 ? r : n; // file 5 repeats keys of file 0
      const region = ["north", "south", "east"][account % 3] as string;
      lines.push(`${id},${age},${income},${plan},${region},${account}`);
    }
    files[`part-${f}.csv`] = `${lines.join("\n")}\n`;
  }
  return files;
}

async function shardReports(dir: string, n: number, data = ["data/*.csv"]): Promise<string[]> {
  const written: string[] = [];
  for (let k = 1; k <= n; k++) {
    const reportPath = path.join(dir, "reports", `shard-${k}.json`);
    const { report, schemaChanges } = await runValidation({
      data,
      schemaFile: "schema.yml",
      cwd: dir,
      shard: `${k}/${n}`,
      shardReportPath: reportPath,
    });
    fs.writeFileSync(reportPath, JSON.stringify({ ...report, schemaFile: "schema.yml", schemaChanges }));
    written.push(reportPath);
  }
  return written;
}

const counts = (report: ValidationReport) =>
  Object.fromEntries(report.violations.map((v) => [`${v.rule} ${v.column ?? ""}`.trim(), v.count]));

describe("merging shard reports", () => {
  it("gives the report one run over every file gives", async () => {
    const dir = workspace(dataset());
    const single = (await runValidation({ data: ["data/*.csv"], schemaFile: "schema.yml", cwd: dir })).report;
    await shardReports(dir, 3);

    const { report, sources } = await mergeShardReports({
      reports: ["reports/*.json"],
      schemaFile: "schema.yml",
      cwd: dir,
    });

    expect(sources).toEqual(["reports/shard-1.json", "reports/shard-2.json", "reports/shard-3.json"]);
    expect(report.valid).toBe(false);
    expect(report.rows).toBe(1500);
    expect(report.files.map((f) => f.file).sort()).toEqual(single.files.map((f) => f.file).sort());
    expect(counts(report)).toEqual(counts(single));
    // What the one run found, spelled out, so a wrong single run cannot pass unnoticed.
    expect(counts(single)).toEqual({
      "minimum age": 5,
      "type age": 1,
      "unique id": 7,
      "primaryKey region, account": 4,
      "maxMissingShare income": 83,
      "categoryShares plan": 1,
    });
    expect(report.notes).toEqual([]);
  });

  it("leaves the table checks to the merge: a shard of 500 rows is not short of 1000", async () => {
    const dir = workspace(dataset());
    const [first] = await shardReports(dir, 3);
    const shard = JSON.parse(fs.readFileSync(first as string, "utf8")) as ValidationReport;

    expect(shard.rows).toBe(500);
    expect(shard.violations.map((v) => v.rule)).not.toContain("rows");
    expect(shard.notes.join(" ")).toMatch(/left to the merge of all shards: this is shard 1\/3/);
    expect(shard.shard?.keys.map((k) => [k.rule, k.column, k.records])).toEqual([
      ["unique", "id", 500],
      ["primaryKey", "region, account", 500],
    ]);
    // 16 bytes a key, beside the report.
    expect(fs.statSync(path.join(dir, "reports", "shard-1.keys-0.bin")).size).toBe(500 * 16);
  });

  it("names a duplicate's rows across shards, with the value when a shard saw it", async () => {
    const files = dataset();
    const dir = workspace(files);
    await shardReports(dir, 3);
    const { report } = await mergeShardReports({
      reports: ["reports/*.json"],
      schemaFile: "schema.yml",
      cwd: dir,
    });

    const unique = report.violations.find((v) => v.rule === "unique");
    // Files 0 and 3 are shard 1's, 1 and 4 shard 2's, 2 and 5 shard 3's: part-4's first 7 ids
    // repeat part-0's, held by another shard.
    expect(unique?.examples[0]).toMatchObject({
      file: "data/part-4.csv",
      row: 1,
      detail: "same as data/part-0.csv row 1",
    });
    expect(unique?.examples.map((e) => e.row)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const key = report.violations.find((v) => v.rule === "primaryKey");
    expect(key?.examples[0]).toMatchObject({
      file: "data/part-5.csv",
      detail: "same key as data/part-0.csv row 1",
    });
  });

  it("checks uniqueness across shards exactly when the keys go to disk", async () => {
    const dir = workspace(dataset());
    await shardReports(dir, 3);
    const inMemory = await mergeShardReports({
      reports: ["reports/*.json"],
      schemaFile: "schema.yml",
      cwd: dir,
    });
    const spilled = await mergeShardReports({
      reports: ["reports/*.json"],
      schemaFile: "schema.yml",
      cwd: dir,
      uniqueKeyBytes: 4096,
      tempDir: dir,
    });

    expect(counts(spilled.report)).toEqual(counts(inMemory.report));
    expect(spilled.report.violations.find((v) => v.rule === "unique")?.examples).toEqual(
      inMemory.report.violations.find((v) => v.rule === "unique")?.examples,
    );
  });

  it("passes a dataset that only the whole meets", async () => {
    const text = stringify({
      fields: schema.fields.map(({ name }) => ({ name, type: "string" })),
      checks: { rows: { min: 1000 } },
    });
    const dir = workspace(dataset(), text);
    await shardReports(dir, 2);

    const { report } = await mergeShardReports({
      reports: ["reports/*.json"],
      schemaFile: "schema.yml",
      cwd: dir,
    });

    expect(report).toMatchObject({ valid: true, rows: 1500, violations: [] });
  });

  it("refuses an incomplete set of shards, naming the one missing", async () => {
    const dir = workspace(dataset());
    await shardReports(dir, 3);
    fs.rmSync(path.join(dir, "reports", "shard-2.json"));

    await expect(
      mergeShardReports({ reports: ["reports/*.json"], schemaFile: "schema.yml", cwd: dir }),
    ).rejects.toThrow(/shard 2\/3 is missing: found 1\/3, 3\/3/);
  });

  it("refuses shards validated against another contract", async () => {
    const dir = workspace(dataset());
    await shardReports(dir, 2);
    fs.writeFileSync(path.join(dir, "schema.yml"), stringify({ ...schema, checks: { rows: { min: 10 } } }));

    await expect(
      mergeShardReports({ reports: ["reports/*.json"], schemaFile: "schema.yml", cwd: dir }),
    ).rejects.toThrow(/reports\/shard-1\.json.*another data contract than schema\.yml/);
  });

  it("says so when a key log was not uploaded with its report", async () => {
    const dir = workspace(dataset());
    await shardReports(dir, 3);
    fs.rmSync(path.join(dir, "reports", "shard-3.keys-1.bin"));

    await expect(
      mergeShardReports({ reports: ["reports/*.json"], schemaFile: "schema.yml", cwd: dir }),
    ).rejects.toThrow(/key log named in a shard report is missing/);
  });

  it("without key logs, checks keys within each shard only, and says so", async () => {
    const dir = workspace(dataset());
    for (let k = 1; k <= 3; k++) {
      const { report } = await runValidation({
        data: ["data/*.csv"],
        schemaFile: "schema.yml",
        cwd: dir,
        shard: `${k}/3`,
      });
      fs.writeFileSync(path.join(dir, "reports", `shard-${k}.json`), JSON.stringify(report));
    }

    const { report } = await mergeShardReports({
      reports: ["reports/*.json"],
      schemaFile: "schema.yml",
      cwd: dir,
    });

    expect(report.violations.find((v) => v.rule === "unique")).toBeUndefined();
    expect(report.notes).toContainEqual(
      expect.stringMatching(/^uniqueness of "id" was checked within each shard only, not across shards/),
    );
    // Everything else is still merged in full.
    expect(counts(report)["maxMissingShare income"]).toBe(83);
  });
});
