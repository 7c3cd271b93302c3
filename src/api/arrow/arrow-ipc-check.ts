/**
 * A check of an IPC body's layout before @uwdata/flechette decodes it. flechette trusts the lengths it
 * reads: a damaged vector length in a message's metadata makes it build an array of that length (a
 * billion entries, and the worker runs out of memory, which no catch can stop), a negative message length
 * walks it back to where it was (and it never ends), a damaged row count makes it materialise that many
 * dictionary values. This reads what flechette will read — the message frames, the flatbuffer vectors of
 * their metadata, the rows each batch claims — and refuses the body if any of them does not fit in the
 * bytes. It reads metadata only: microseconds for any body.
 */
import { ArrowFormatError } from './arrow-body';

const CONTINUATION = -1;
const FILE_MAGIC = [0x41, 0x52, 0x52, 0x4f, 0x57, 0x31]; // "ARROW1"
const SCHEMA = 1;
const DICTIONARY_BATCH = 2;
const RECORD_BATCH = 3;
const UNION = 14;
const VERSION_4 = 3;
/** Nesting of fields (lists of structs of lists…): far past any table of requests. */
const DEPTH = 32;

const damaged = (what: string) => new ArrowFormatError(`damaged Arrow body (${what})`);

/** Reads as flechette does: a byte past the end reads as 0. */
class Bytes {
  constructor(readonly bytes: Uint8Array) {}
  uint8(at: number): number {
    return this.bytes[at] ?? 0;
  }
  int16(at: number): number {
    return ((this.uint8(at) | (this.uint8(at + 1) << 8)) << 16) >> 16;
  }
  int32(at: number): number {
    return this.uint8(at) | (this.uint8(at + 1) << 8) | (this.uint8(at + 2) << 16) | (this.uint8(at + 3) << 24);
  }
  /** Near enough for a bound (exact to 2^53). */
  int64(at: number): number {
    return (this.int32(at) >>> 0) + this.int32(at + 4) * 2 ** 32;
  }
  get length(): number {
    return this.bytes.length;
  }

  /** The flatbuffer table an offset at `at` points to: where each of its fields is, 0 when absent. */
  table(at: number): (slot: number) => number {
    const position = at + this.int32(at);
    const vtable = position - this.int32(position);
    const size = this.int16(vtable);
    return (slot) => (slot < size && this.int16(vtable + slot) !== 0 ? position + this.int16(vtable + slot) : 0);
  }

  /** The positions of the entries of the vector an offset at `at` points to, once its length fits. */
  vector(at: number, stride: number): number[] {
    if (at === 0) return [];
    const base = at + this.int32(at);
    const length = this.int32(base);
    if (length < 0 || base + 4 + length * stride > this.length) throw damaged('a vector runs past its message');
    return Array.from({ length }, (_, i) => base + 4 + i * stride);
  }
}

/** Refuses a body whose layout flechette could not decode without running away. */
export function checkIpcLayout(bytes: Uint8Array): void {
  const body = new Bytes(bytes);
  if (FILE_MAGIC.every((byte, i) => bytes[i] === byte)) checkFile(body);
  else for (let at: number | null = 0; at !== null;) at = checkMessage(body, at);
}

/** The message at `at` (a stream's next one, or a file's block): where the one after it starts, or null at the end. */
function checkMessage(body: Bytes, start: number): number | null {
  let at = start;
  let length = body.int32(at);
  at += 4;
  if (length === CONTINUATION) {
    length = body.int32(at);
    at += 4;
  }
  if (length === 0) return null;
  if (length < 0 || at + length > body.length) throw damaged('a message runs past the end');
  const head = new Bytes(body.bytes.subarray(at, at + length));
  const field = head.table(0);
  const version = field(4) ? head.int16(field(4)) : 0;
  const type = field(6) ? head.uint8(field(6)) : 0;
  const bodyLength = field(10) ? head.int64(field(10)) : 0;
  at += length;
  if (bodyLength > body.length - at) throw damaged('a message body runs past the end');
  const header = field(8);
  if (header && type === SCHEMA) checkSchema(head, header);
  if (header && type === RECORD_BATCH) checkBatch(head, header, version, bodyLength);
  if (header && type === DICTIONARY_BATCH) {
    const data = head.table(header)(6);
    if (data) checkBatch(head, data, version, bodyLength);
  }
  return bodyLength > 0 ? at + bodyLength : at;
}

function checkSchema(head: Bytes, at: number): void {
  const field = head.table(at);
  // Tables a damaged body makes the fields point back to are read again: a budget of reads ends that.
  const budget = { left: head.length / 4 + 64 };
  for (const entry of head.vector(field(6), 4)) checkField(head, entry, 0, budget);
  head.vector(field(8), 4);
}

function checkField(head: Bytes, at: number, depth: number, budget: { left: number }): void {
  if (depth > DEPTH || --budget.left < 0) throw damaged('fields nested past reason');
  const field = head.table(at);
  const typeId = field(8) ? head.uint8(field(8)) : 0;
  // As flechette does, an absent type table is read at 0.
  if (typeId === UNION) head.vector(head.table(field(10))(6), 4);
  for (const child of head.vector(field(14), 4)) checkField(head, child, depth + 1, budget);
  head.vector(field(16), 4);
}

/** A record batch (or a dictionary's): its vectors fit, and its rows take at most a bit of its body each. */
function checkBatch(head: Bytes, at: number, version: number, bodyLength: number): void {
  const field = head.table(at);
  const rows = (count: number) => {
    if (count < 0 || count > 8 * Math.max(0, bodyLength) + 64) throw damaged('more rows than the body holds');
  };
  if (field(4)) rows(head.int64(field(4)));
  for (const node of head.vector(field(6), 16)) rows(head.int64(node));
  head.vector(field(8), version < VERSION_4 ? 24 : 16);
  head.vector(field(12), 8);
}

/** The file form: the footer's schema and blocks, and the message each block points to. */
function checkFile(body: Bytes): void {
  const end = body.length - (FILE_MAGIC.length + 4);
  const field = body.table(end - body.int32(end));
  if (field(6)) checkSchema(body, field(6));
  for (const slot of [8, 10]) {
    for (const block of body.vector(field(slot), 24)) {
      const offset = body.int64(block);
      if (offset < 0 || offset > body.length) throw damaged('a block points past the end');
      checkMessage(body, offset);
    }
  }
}
