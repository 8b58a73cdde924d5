import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { KeySet, NEW_KEY, TABLE_FULL } from "./key-set.ts";

/**
 * Exact uniqueness at any number of keys, in bounded memory. Keys (64-bit hashes, with the row of
 * each occurrence) go to an in-memory KeySet; once it is full, the set is frozen: a key it holds
 * is still told apart at once (every later occurrence of a key first seen before the freeze is a
 * duplicate found there), and any other key is written, with its row, to one of 32 partition files
 * chosen by its hash's top bits. After the scan, `finish` reads each partition back through a
 * table of its own: there, the first record of a hash is that key's first occurrence (files are
 * written in row order) and every later one a duplicate. A partition with more distinct keys than
 * the budget holds is split by the next hash bits, as often as needed.
 *
 * So the answer is the one an unbounded table would give: the same duplicates, each with the row
 * of its key's first occurrence; those found on disk come back after the scan, the first few by
 * row with their first rows, and all of them counted.
 */

/** A duplicate: the row it is on and the row where its key first appeared. */
export interface Duplicate {
  row: number;
  first: number;
}

export interface SpilledDuplicates {
  /** Duplicates among the keys that went to disk. */
  count: number;
  /** The first of them by row (at most the number asked for), ascending. */
  first: Duplicate[];
}

export interface UniqueKeysOptions {
  /** Memory for the table (its growth included); the partition buffers take 1 MiB more once used. */
  maxBytes?: number;
  /** Keys held in memory before the rest go to disk (default: as many as maxBytes holds). */
  maxKeys?: number;
  /** Keys likely to come (a guess): the table starts that large, within maxBytes. */
  expectedKeys?: number;
  /** Where the partition files go (a folder of their own inside it): default $RUNNER_TEMP or the OS's. */
  tempDir?: string;
}

const PARTITION_BITS = 5;
const PARTITIONS = 1 << PARTITION_BITS;
/**
 * Words a key record, in the partition files here and in a shard's key log (shards.ts): hash
 * high, hash low, row low, row high, little-endian.
 */
export const KEY_RECORD_WORDS = 4;
export const KEY_RECORD_BYTES = KEY_RECORD_WORDS * 4;
/** Records a partition buffers before writing them out (32 KiB). */
const BUFFERED_RECORDS = 2048;
/** Records read back at a time (1 MiB). */
const READ_RECORDS = 1 << 16;
/** Each level of splitting uses the next PARTITION_BITS of the 64-bit hash. */
const MAX_LEVEL = Math.floor(64 / PARTITION_BITS) - 1;

/** Which partition a hash falls in at a level: bits [5·level, 5·level + 5) of high‖low. */
function partitionOf(high: number, low: number, level: number): number {
  const shift = 64 - PARTITION_BITS * (level + 1);
  if (shift >= 32) return (high >>> (shift - 32)) & (PARTITIONS - 1);
  if (shift + PARTITION_BITS <= 32) return (low >>> shift) & (PARTITIONS - 1);
  // Straddling the two words.
  return ((high << (32 - shift)) | (low >>> shift)) & (PARTITIONS - 1);
}

/** Appends records to a set of partition files, each through a small buffer. */
class PartitionWriter {
  readonly files: string[];
  private readonly descriptors: Array<number | undefined>;
  private readonly buffers: Uint32Array[];
  private readonly bytes: Uint8Array[];
  private readonly counts: Int32Array;
  readonly records: Float64Array;

  constructor(
    directory: string,
    prefix: string,
    private readonly level: number,
  ) {
    this.files = Array.from({ length: PARTITIONS }, (_, index) => path.join(directory, `${prefix}-${index}`));
    this.descriptors = new Array(PARTITIONS).fill(undefined);
    this.buffers = Array.from(
      { length: PARTITIONS },
      () => new Uint32Array(BUFFERED_RECORDS * KEY_RECORD_WORDS),
    );
    this.bytes = this.buffers.map((buffer) => new Uint8Array(buffer.buffer));
    this.counts = new Int32Array(PARTITIONS);
    this.records = new Float64Array(PARTITIONS);
  }

  add(high: number, low: number, rowLow: number, rowHigh: number): void {
    const partition = partitionOf(high, low, this.level);
    const count = this.counts[partition]!;
    const buffer = this.buffers[partition]!;
    const at = count * KEY_RECORD_WORDS;
    buffer[at] = high;
    buffer[at + 1] = low;
    buffer[at + 2] = rowLow;
    buffer[at + 3] = rowHigh;
    this.counts[partition] = count + 1;
    if (count + 1 === BUFFERED_RECORDS) this.flush(partition);
  }

  private flush(partition: number): void {
    const count = this.counts[partition]!;
    if (count === 0) return;
    let descriptor = this.descriptors[partition];
    if (descriptor === undefined) {
      descriptor = fs.openSync(this.files[partition]!, "w");
      this.descriptors[partition] = descriptor;
    }
    const bytes = this.bytes[partition]!;
    const length = count * KEY_RECORD_BYTES;
    let written = 0;
    while (written < length) written += fs.writeSync(descriptor, bytes, written, length - written);
    this.records[partition]! += count;
    this.counts[partition] = 0;
  }

  /** Writes what is buffered and closes the files; partitions never written have no file. */
  finish(): void {
    for (let partition = 0; partition < PARTITIONS; partition++) this.flush(partition);
    this.close();
  }

  close(): void {
    for (const [partition, descriptor] of this.descriptors.entries()) {
      if (descriptor === undefined) continue;
      this.descriptors[partition] = undefined;
      try {
        fs.closeSync(descriptor);
      } catch {
        // Already unusable: the folder is removed anyway.
      }
    }
  }
}

export class UniqueKeys {
  /** The keys held in memory: all of them until it is full, then the first ones (frozen). */
  readonly memory: KeySet;
  private readonly tempDir: string;
  private directory: string | undefined;
  private writer: PartitionWriter | undefined;
  /** Records written to disk. */
  private spilledRecords = 0;
  /** Why keys could not go to disk: uniqueness was then checked among the keys held in memory only. */
  failure: string | undefined;

  constructor(options: UniqueKeysOptions = {}) {
    this.memory = new KeySet(options.maxKeys, {
      ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
      ...(options.expectedKeys === undefined ? {} : { expectedKeys: options.expectedKeys }),
    });
    this.tempDir = options.tempDir ?? process.env.RUNNER_TEMP ?? os.tmpdir();
  }

  /** Keys (occurrences) that went to disk. */
  get spilled(): number {
    return this.spilledRecords;
  }

  /**
   * Adds a key (its 64-bit hash) seen at `row`, a positive integer; rows must come in ascending
   * order. Answers the row where the key first appeared when that is known now, else NEW_KEY (a
   * new key, or one that went to disk and is settled by `finish`).
   */
  add(high: number, low: number, row: number): number {
    const first = this.memory.addHash(high, low, row);
    if (first !== TABLE_FULL) return first;
    if (this.failure === undefined) this.spill(high, low, row);
    return NEW_KEY;
  }

  private spill(high: number, low: number, row: number): void {
    try {
      if (this.writer === undefined) {
        this.directory = fs.mkdtempSync(path.join(this.tempDir, "trainyard-keys-"));
        this.writer = new PartitionWriter(this.directory, "keys", 0);
      }
      this.writer.add(high, low, row % 0x100000000, Math.floor(row / 0x100000000));
      this.spilledRecords++;
    } catch (error) {
      this.fail(error);
    }
  }

  private fail(error: unknown): void {
    this.failure = `could not write keys to disk: ${(error as Error).message}`;
    this.dispose();
  }

  /**
   * After the last `add`: the duplicates among the keys that went to disk, counted, and the first
   * `examples` of them by row. Frees the memory table (it is reused for the partitions).
   */
  finish(examples: number): SpilledDuplicates {
    const result: SpilledDuplicates = { count: 0, first: [] };
    const writer = this.writer;
    if (writer === undefined || this.failure !== undefined) return result;
    try {
      writer.finish();
      const found: Duplicate[][] = [];
      const read = new Uint32Array(READ_RECORDS * KEY_RECORD_WORDS);
      for (let partition = 0; partition < PARTITIONS; partition++) {
        const records = writer.records[partition]!;
        if (records > 0) this.settle(writer.files[partition]!, records, 1, examples, read, result, found);
      }
      result.first = found
        .flat()
        .sort((a, b) => a.row - b.row)
        .slice(0, examples);
      return result;
    } catch (error) {
      this.fail(error);
      return { count: 0, first: [] };
    } finally {
      this.dispose();
    }
  }

  /** Finds the duplicates in one partition file (records in row order), splitting it when too big. */
  private settle(
    file: string,
    records: number,
    level: number,
    examples: number,
    read: Uint32Array,
    result: SpilledDuplicates,
    found: Duplicate[][],
  ): void {
    const table = this.memory;
    table.reset(records);
    let count = 0;
    const first: Duplicate[] = [];
    let overflow = false;
    eachKeyRecord(
      file,
      (high, low, row) => {
        const seen = table.addHash(high, low, row);
        if (seen === TABLE_FULL) {
          overflow = true;
          return false;
        }
        if (seen !== NEW_KEY) {
          count++;
          if (first.length < examples) first.push({ row, first: seen });
        }
        return true;
      },
      read,
    );
    if (!overflow) {
      fs.rmSync(file, { force: true });
      result.count += count;
      found.push(first);
      return;
    }
    // More distinct keys than the table holds: split the file by the next bits of the hash.
    if (level > MAX_LEVEL) throw new Error("a partition of keys cannot be split further");
    const writer = new PartitionWriter(path.dirname(file), `${path.basename(file)}.${level}`, level);
    try {
      eachKeyRecord(
        file,
        (high, low, row) => {
          writer.add(high, low, row % 0x100000000, Math.floor(row / 0x100000000));
        },
        read,
      );
      writer.finish();
    } finally {
      writer.close();
    }
    fs.rmSync(file, { force: true });
    for (let partition = 0; partition < PARTITIONS; partition++) {
      const part = writer.records[partition]!;
      if (part > 0) this.settle(writer.files[partition]!, part, level + 1, examples, read, result, found);
    }
  }

  /** Closes and removes the partition files (safe to call more than once). */
  dispose(): void {
    this.writer?.close();
    this.writer = undefined;
    if (this.directory !== undefined) {
      try {
        fs.rmSync(this.directory, { recursive: true, force: true });
      } catch {
        // Leaves the folder to the OS's temp cleanup.
      }
      this.directory = undefined;
    }
  }
}

/**
 * Reads a file of key records in order, a buffer (`read`, 1 MiB unless given) at a time, until
 * its end or until `onRecord` answers false.
 */
export function eachKeyRecord(
  file: string,
  onRecord: (high: number, low: number, row: number) => unknown,
  read: Uint32Array = new Uint32Array(READ_RECORDS * KEY_RECORD_WORDS),
): void {
  const bytes = new Uint8Array(read.buffer, read.byteOffset, read.byteLength);
  const descriptor = fs.openSync(file, "r");
  try {
    let position = 0;
    for (;;) {
      let filled = 0;
      while (filled < bytes.length) {
        const got = fs.readSync(descriptor, bytes, filled, bytes.length - filled, position + filled);
        if (got === 0) break;
        filled += got;
      }
      position += filled;
      const words = Math.floor(filled / KEY_RECORD_BYTES) * KEY_RECORD_WORDS;
      for (let at = 0; at < words; at += KEY_RECORD_WORDS) {
        const row = read[at + 2]! + read[at + 3]! * 0x100000000;
        if (onRecord(read[at]!, read[at + 1]!, row) === false) return;
      }
      if (filled < bytes.length) return;
    }
  } finally {
    fs.closeSync(descriptor);
  }
}
