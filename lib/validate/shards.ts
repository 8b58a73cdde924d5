import { createHash } from "node:crypto";
import fs from "node:fs";
import type { TableSchema } from "../schema/table-schema.ts";
import * as z from "../zod.ts";
import { KEY_RECORD_BYTES, KEY_RECORD_WORDS } from "./unique-keys.ts";

/**
 * A shard's report carries what the merge of all shards needs to judge the dataset as one run
 * would: the totals behind the table checks (missing cells, category counts, quantile sketches)
 * and, for uniqueness across shards, a log of every key the unique and primary-key checks met.
 *
 * Per-shard reports alone cannot prove a key unique across shards (two shards may each hold the
 * same key once) unless the files partition the key space; the key logs make no such assumption.
 * A log holds 16 bytes a key: the key's 64-bit hash and the row (in the shard's sequence of files)
 * it was met on, little-endian, in row order: unique-keys.ts' key records, read back with its
 * eachKeyRecord.
 */

const BUFFERED_RECORDS = 1 << 14;

/** Appends key records to a file through a buffer; a write that fails is kept as `failure`. */
export class KeyLog {
  private readonly buffer = new Uint32Array(BUFFERED_RECORDS * KEY_RECORD_WORDS);
  private readonly bytes = new Uint8Array(this.buffer.buffer);
  private count = 0;
  private descriptor: number | undefined;
  records = 0;
  failure: string | undefined;

  constructor(readonly file: string) {
    try {
      this.descriptor = fs.openSync(file, "w");
    } catch (error) {
      this.failure = (error as Error).message;
    }
  }

  add(high: number, low: number, row: number): void {
    if (this.descriptor === undefined) return;
    const at = this.count * KEY_RECORD_WORDS;
    this.buffer[at] = high;
    this.buffer[at + 1] = low;
    this.buffer[at + 2] = row % 0x100000000;
    this.buffer[at + 3] = Math.floor(row / 0x100000000);
    this.count++;
    this.records++;
    if (this.count === BUFFERED_RECORDS) this.flush();
  }

  private flush(): void {
    if (this.descriptor === undefined || this.count === 0) return;
    try {
      const length = this.count * KEY_RECORD_BYTES;
      let written = 0;
      while (written < length)
        written += fs.writeSync(this.descriptor, this.bytes, written, length - written);
    } catch (error) {
      this.failure = (error as Error).message;
      this.close();
    }
    this.count = 0;
  }

  /** Writes what is buffered and closes the file. */
  finish(): void {
    this.flush();
    this.close();
  }

  close(): void {
    if (this.descriptor === undefined) return;
    try {
      fs.closeSync(this.descriptor);
    } catch {
      // Nothing more to write to it.
    }
    this.descriptor = undefined;
  }
}

const sketchState = z.object({
  k: z.int(),
  count: z.int().check(z.minimum(0)),
  min: z.nullable(z.number()),
  max: z.nullable(z.number()),
  levels: z.array(z.array(z.number())),
});

export const shardState = z.object({
  /** `k/n`, as the shard input gave it. */
  shard: z.string(),
  /** sha256 of the data contract as parsed: every shard and the merge must use the same one. */
  schemaSha256: z.string(),
  columns: z.record(
    z.string(),
    z.object({
      missing: z.int().check(z.minimum(0)),
      /** [value, rows] pairs, for columns with categoryShares. */
      categories: z.optional(z.array(z.tuple([z.string(), z.int().check(z.minimum(0))]))),
      sketch: z.optional(sketchState),
    }),
  ),
  keys: z.array(
    z.object({
      rule: z.enum(["unique", "primaryKey"]),
      column: z.string(),
      /** The key log, beside the report (its base name). */
      file: z.optional(z.string().check(z.regex(/^[^/\\]+$/, "a file name beside the report"))),
      records: z.int().check(z.minimum(0)),
      /** Why the log is missing or incomplete: the merge then cannot check this key across shards. */
      failure: z.optional(z.string()),
    }),
  ),
});
export type ShardState = z.infer<typeof shardState>;

/** The digest that ties shard reports to one data contract. */
export function schemaDigest(schema: TableSchema): string {
  return createHash("sha256").update(JSON.stringify(schema)).digest("hex");
}

/** `k/n` as numbers, or undefined when it is not one. */
export function parseShard(text: string): { k: number; n: number } | undefined {
  const match = /^(\d+)\s*\/\s*(\d+)$/.exec(text.trim());
  const k = Number(match?.[1]);
  const n = Number(match?.[2]);
  return match && n >= 1 && k >= 1 && k <= n ? { k, n } : undefined;
}
