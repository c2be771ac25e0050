// A zip archive read from its central directory, each entry inflated on demand: whole for the small parts, as a
// stream of chunks for the sheets (memory stays flat however many rows), or only its first bytes when a caller
// needs to look at the head of a part without paying for the rest.
import { createInflateRaw, constants, inflateRawSync } from 'node:zlib';

/** The bytes are not a zip archive we can read (truncated, damaged, encrypted entries, unknown compression). */
export class ZipError extends Error {}

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  size: number;
  /** Offset of the entry's local header. */
  headerOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_EOCD = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;

const findEndOfCentralDirectory = (buf: Buffer): number => {
  const stop = Math.max(0, buf.length - 22 - MAX_COMMENT);
  for (let i = buf.length - 22; i >= stop; i--) if (buf.readUInt32LE(i) === EOCD) return i;
  throw new ZipError('no end of central directory (truncated or not a zip)');
};

/** Sizes and offset that did not fit 32 bits live in the zip64 extra field, in this order. */
const zip64Fields = (extra: Buffer, entry: ZipEntry): void => {
  for (let at = 0; at + 4 <= extra.length;) {
    const id = extra.readUInt16LE(at);
    const len = extra.readUInt16LE(at + 2);
    if (id === 0x0001) {
      let p = at + 4;
      const next = (): number => {
        if (p + 8 > at + 4 + len) throw new ZipError('short zip64 field');
        const v = Number(extra.readBigUInt64LE(p));
        p += 8;
        return v;
      };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.headerOffset === 0xffffffff) entry.headerOffset = next();
      return;
    }
    at += 4 + len;
  }
};

export class ZipArchive {
  readonly entries = new Map<string, ZipEntry>();

  constructor(readonly buf: Buffer) {
    if (buf.length < 22) throw new ZipError('too short for a zip');
    const end = findEndOfCentralDirectory(buf);
    let count = buf.readUInt16LE(end + 10);
    let offset = buf.readUInt32LE(end + 16);
    if (
      (count === 0xffff || offset === 0xffffffff) &&
      end >= 20 &&
      buf.readUInt32LE(end - 20) === ZIP64_LOCATOR
    ) {
      const at = Number(buf.readBigUInt64LE(end - 12));
      if (at + 56 > buf.length || buf.readUInt32LE(at) !== ZIP64_EOCD)
        throw new ZipError('bad zip64 directory');
      count = Number(buf.readBigUInt64LE(at + 32));
      offset = Number(buf.readBigUInt64LE(at + 48));
    }
    let p = offset;
    for (let i = 0; i < count; i++) {
      if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL)
        throw new ZipError('damaged central directory');
      const flags = buf.readUInt16LE(p + 8);
      const nameLen = buf.readUInt16LE(p + 28);
      const extraLen = buf.readUInt16LE(p + 30);
      const commentLen = buf.readUInt16LE(p + 32);
      // Bit 11: the name is UTF-8; otherwise CP437, which for the ASCII names of an .xlsx reads the same.
      const name = buf.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLen);
      const entry: ZipEntry = {
        name,
        method: buf.readUInt16LE(p + 10),
        compressedSize: buf.readUInt32LE(p + 20),
        size: buf.readUInt32LE(p + 24),
        headerOffset: buf.readUInt32LE(p + 42),
      };
      zip64Fields(buf.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen), entry);
      if (flags & 0x1) throw new ZipError(`encrypted entry ${name}`);
      if (entry.method !== 0 && entry.method !== 8)
        throw new ZipError(`compression ${entry.method} in ${name}`);
      // Some writers name parts with a leading slash; OPC part names never have one.
      this.entries.set(name.startsWith('/') ? name.slice(1) : name, entry);
      p += 46 + nameLen + extraLen + commentLen;
    }
  }

  has = (name: string): boolean => this.entries.has(name);

  private entry(name: string): ZipEntry {
    const entry = this.entries.get(name);
    if (!entry) throw new ZipError(`missing part ${name}`);
    return entry;
  }

  /** The entry's bytes as stored (still compressed). */
  raw(name: string): Buffer {
    const e = this.entry(name);
    const h = e.headerOffset;
    if (h + 30 > this.buf.length || this.buf.readUInt32LE(h) !== LOCAL)
      throw new ZipError(`damaged entry ${name}`);
    const start = h + 30 + this.buf.readUInt16LE(h + 26) + this.buf.readUInt16LE(h + 28);
    if (start + e.compressedSize > this.buf.length) throw new ZipError(`truncated entry ${name}`);
    return this.buf.subarray(start, start + e.compressedSize);
  }

  bytes(name: string): Buffer {
    const e = this.entry(name);
    const raw = this.raw(name);
    if (e.method === 0) return raw;
    try {
      return inflateRawSync(raw);
    } catch (err) {
      throw new ZipError(`damaged data in ${name}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  text = (name: string): string => this.bytes(name).toString('utf8');

  /** The entry inflated chunk by chunk. */
  async *chunks(name: string, chunkSize = 1 << 20): AsyncGenerator<Buffer> {
    const e = this.entry(name);
    const raw = this.raw(name);
    if (e.method === 0) {
      for (let at = 0; at < raw.length; at += chunkSize) yield raw.subarray(at, at + chunkSize);
      return;
    }
    const inflate = createInflateRaw({ chunkSize });
    inflate.end(raw);
    try {
      for await (const chunk of inflate) yield chunk as Buffer;
    } catch (err) {
      throw new ZipError(`damaged data in ${name}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  /**
   * The entry's text up to (not including) the first `marker`, or the whole text when it has none; inflates only
   * as far as needed, so the head of a 100 MB sheet costs what its head weighs.
   */
  head(name: string, marker: RegExp): string {
    const e = this.entry(name);
    const raw = this.raw(name);
    for (let take = 1 << 14; ; take *= 4) {
      const whole = take >= raw.length;
      let bytes: Buffer;
      if (e.method === 0) bytes = raw.subarray(0, take);
      else if (whole) bytes = this.bytes(name);
      else {
        try {
          bytes = inflateRawSync(raw.subarray(0, take), { finishFlush: constants.Z_SYNC_FLUSH });
        } catch {
          bytes = this.bytes(name);
        }
      }
      // A multi-byte character cut at the end only damages the tail, which is never before the marker we accept.
      const text = bytes.toString('utf8');
      const at = text.search(marker);
      if (at >= 0 && (whole || at < text.length - 64)) return text.slice(0, at);
      if (whole) return text;
    }
  }
}
