// A minimal zip writer for .docx packages: entries deflated by Node's zlib (JSZip's JavaScript deflater took
// most of the time of a big annex), one entry fed as a stream of chunks so that no part is held uncompressed.
// Plain PKZIP 2.0: no data descriptors, no ZIP64 (a part of 4 GiB is far beyond any report).
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  crc: number;
  size: number;
  compressed: Buffer;
}

export const deflatedEntry = (name: string, data: Buffer): ZipEntry => ({
  name,
  crc: crc32(data),
  size: data.length,
  compressed: deflateRawSync(data),
});

/** Deflates the chunks as they come; only the compressed bytes are kept. */
export const streamedEntry = async (name: string, chunks: Iterable<Buffer>): Promise<ZipEntry> => {
  const deflate = createDeflateRaw();
  const out: Buffer[] = [];
  deflate.on('data', (b: Buffer) => out.push(b));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  let crc = 0;
  let size = 0;
  for (const chunk of chunks) {
    crc = crc32(chunk, crc);
    size += chunk.length;
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return { name, crc, size, compressed: Buffer.concat(out) };
};

const dosTime = (d: Date): { time: number; date: number } => ({
  time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
  date: (Math.max(0, d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
});

/** The archive: local headers and data in order, then the central directory. */
export const zipArchive = (entries: readonly ZipEntry[], modified = new Date()): Buffer => {
  const { time, date } = dosTime(modified);
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    if (e.size > 0xffffffff || e.compressed.length > 0xffffffff)
      throw new Error(`${e.name} is too large for a zip`);
    // The fields shared by the local header (from byte 4) and the central entry (from byte 6).
    const common = Buffer.alloc(26);
    common.writeUInt16LE(20, 0); // version needed: deflate
    common.writeUInt16LE(0x0800, 2); // names are UTF-8
    common.writeUInt16LE(8, 4); // deflate
    common.writeUInt16LE(time, 6);
    common.writeUInt16LE(date, 8);
    common.writeUInt32LE(e.crc >>> 0, 10);
    common.writeUInt32LE(e.compressed.length, 14);
    common.writeUInt32LE(e.size, 18);
    common.writeUInt16LE(name.length, 22);
    common.writeUInt16LE(0, 24); // no extra field
    const local = Buffer.alloc(4);
    local.writeUInt32LE(0x04034b50, 0);
    parts.push(local, common, name, e.compressed);
    const head = Buffer.alloc(6);
    head.writeUInt32LE(0x02014b50, 0);
    head.writeUInt16LE(20, 4); // made by: MS-DOS, 2.0
    const tail = Buffer.alloc(14); // comment length, disk, internal and external attributes, then the offset
    tail.writeUInt32LE(offset, 10);
    central.push(head, common, tail, name);
    offset += 30 + name.length + e.compressed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
};
