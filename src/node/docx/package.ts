// Zip surgery on the package docx wrote: each placeholder paragraph in word/document.xml is replaced by the markup
// of its body table, streamed into the deflater in chunks, so the whole document never sits in memory as one string.
// The other parts keep their bytes and order.
import { randomUUID } from 'node:crypto';
import JSZip from 'jszip';
import { deflatedEntry, streamedEntry, zipArchive, type ZipEntry } from './zip';

const DOCUMENT = 'word/document.xml';
const CHUNK_CHARS = 1 << 16;

/** Unique markers for one rendering: no text of the model can equal them. */
export const placeholderMarkers = (): ((i: number) => string) => {
  const nonce = randomUUID();
  return (i) => `kh-table-${nonce}-${i}`;
};

/** The paragraph docx writes for `new Paragraph({ children: [new TextRun(marker)] })`. */
export const placeholderParagraph = (marker: string): string =>
  `<w:p><w:r><w:t xml:space="preserve">${marker}</w:t></w:r></w:p>`;

/** Skeleton text and table markup, in document order, as UTF-8 chunks of about CHUNK_CHARS characters. */
function* documentChunks(
  skeleton: string,
  markers: readonly string[],
  tables: readonly (() => Iterable<string>)[],
) {
  let pending: string[] = [];
  let size = 0;
  const add = function* (s: string) {
    pending.push(s);
    size += s.length;
    if (size >= CHUNK_CHARS) {
      yield Buffer.from(pending.join(''), 'utf8');
      pending = [];
      size = 0;
    }
  };
  let at = 0;
  for (const [i, marker] of markers.entries()) {
    const p = placeholderParagraph(marker);
    const start = skeleton.indexOf(p, at);
    const table = tables[i];
    if (start < 0 || !table) throw new Error(`placeholder ${i} of a body table is missing from ${DOCUMENT}`);
    yield* add(skeleton.slice(at, start));
    for (const piece of table()) yield* add(piece);
    at = start + p.length;
  }
  yield* add(skeleton.slice(at));
  if (size > 0) yield Buffer.from(pending.join(''), 'utf8');
}

/**
 * Replaces the placeholders of `markers` in the package `docx` by the markup `tables[i]()` yields, in order.
 * Returns the new package.
 */
export const spliceBodyTables = async (
  docx: Buffer,
  markers: readonly string[],
  tables: readonly (() => Iterable<string>)[],
): Promise<Buffer> => {
  if (markers.length === 0) return docx;
  const zip = await JSZip.loadAsync(docx);
  const entries: ZipEntry[] = [];
  let found = false;
  for (const [name, file] of Object.entries(zip.files)) {
    if (file.dir) continue;
    if (name === DOCUMENT) {
      found = true;
      const skeleton = await file.async('string');
      entries.push(await streamedEntry(name, documentChunks(skeleton, markers, tables)));
    } else entries.push(deflatedEntry(name, await file.async('nodebuffer')));
  }
  if (!found) throw new Error(`${DOCUMENT} is missing from the package docx wrote`);
  return zipArchive(entries);
};
