/**
 * Temporary files for numbers that do not fit in memory: a column's values past the dataset's
 * value budget (./sample.ts) are appended as Float64 (the machine's byte order) to a file of its
 * own, in one folder per drift check, and read back whole, one feature at a time, when its
 * statistics are computed. The folder is made on first use under $RUNNER_TEMP (else the OS's temp folder) and
 * removed by `remove()` (the caller's `finally`), or at the latest when the process exits.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** Values a spilled column buffers before writing them out, at most (512 KiB). */
export const SPILL_BUFFER_VALUES = 1 << 16;
/** Bytes read back at a time. */
const READ_BYTES = 1 << 26;

export class SpillFolder {
  private directory: string | undefined;
  private files = 0;
  private readonly removeOnExit = () => this.remove();

  /** `parent`: where the folder goes (default $RUNNER_TEMP, else the OS's temp folder). */
  constructor(private readonly parent: string = process.env.RUNNER_TEMP ?? os.tmpdir()) {}

  /** The folder, when one was made and not yet removed. */
  get path(): string | undefined {
    return this.directory;
  }

  /** A new file's path in the folder (made now if need be). */
  newFile(name: string): string {
    if (this.directory === undefined) {
      this.directory = fs.mkdtempSync(path.join(this.parent, "trainyard-drift-"));
      process.once("exit", this.removeOnExit);
    }
    return path.join(this.directory, `${++this.files}-${name.replace(/[^\w.-]+/g, "_")}.f64`);
  }

  /** Removes the folder and every file in it (safe to call more than once). */
  remove(): void {
    if (this.directory === undefined) return;
    process.removeListener("exit", this.removeOnExit);
    fs.rmSync(this.directory, { recursive: true, force: true });
    this.directory = undefined;
  }
}

/**
 * A column's numbers in a file, appended in order and read back whole or in chunks. The file is
 * opened only to append a full buffer, so that many spilled columns hold no file descriptors.
 */
export class SpilledValues {
  private readonly buffer: Float64Array;
  private buffered = 0;
  private done = false;
  /** Values written or buffered. */
  count = 0;

  constructor(
    readonly file: string,
    bufferValues: number = SPILL_BUFFER_VALUES,
  ) {
    this.buffer = new Float64Array(bufferValues);
    fs.writeFileSync(file, new Uint8Array(0));
  }

  add(value: number): void {
    this.buffer[this.buffered++] = value;
    this.count++;
    if (this.buffered === this.buffer.length) this.flush();
  }

  addAll(values: Float64Array): void {
    this.flush();
    this.append(values);
    this.count += values.length;
  }

  /** Every value, in the order added, in one array; the file is removed. */
  readAll(): Float64Array<ArrayBuffer> {
    const values = new Float64Array(this.count);
    this.eachChunk((chunk, offset) => values.set(chunk, offset));
    return values;
  }

  /** Calls `visit` with the values in order, a chunk at a time; the file is removed after. */
  eachChunk(visit: (chunk: Float64Array, offset: number) => void): void {
    this.flush();
    this.done = true;
    const reader = fs.openSync(this.file, "r");
    try {
      const chunk = new Float64Array(Math.min(this.count, READ_BYTES / 8));
      const bytes = new Uint8Array(chunk.buffer);
      let offset = 0;
      while (offset < this.count) {
        const take = Math.min(chunk.length, this.count - offset);
        let filled = 0;
        while (filled < take * 8) {
          const read = fs.readSync(reader, bytes, filled, take * 8 - filled, offset * 8 + filled);
          if (read === 0) throw new Error(`${this.file} ended after ${offset * 8 + filled} bytes`);
          filled += read;
        }
        visit(chunk.subarray(0, take), offset);
        offset += take;
      }
    } finally {
      fs.closeSync(reader);
      this.discard();
    }
  }

  /** Removes the file. */
  discard(): void {
    this.done = true;
    fs.rmSync(this.file, { force: true });
  }

  private flush(): void {
    if (this.buffered === 0) return;
    this.append(this.buffer.subarray(0, this.buffered));
    this.buffered = 0;
  }

  private append(values: Float64Array): void {
    if (this.done) throw new Error(`${this.file} was already read back`);
    fs.appendFileSync(this.file, new Uint8Array(values.buffer, values.byteOffset, values.byteLength));
  }
}
