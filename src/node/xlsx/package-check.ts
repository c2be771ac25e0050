// Before any reader sees the file: every sheet the workbook lists must have its part in the package. A damaged
// download that lost a part would otherwise read as an empty sheet, and the figures as zeros.
import { readFile } from 'node:fs/promises';
import { posix } from 'node:path';
import JSZip from 'jszip';
import { XlsxFileError } from './errors';
import { parseRels, relsPathOf, REL_TYPE } from './opc';
import { attr, rootPrefix, elements, element } from './xml';

const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** The sheets the workbook part lists whose worksheet part is absent from the package (names as listed). */
export const missingSheetParts = async (bytes: Uint8Array): Promise<string[]> => {
  if (!ZIP.every((b, i) => bytes[i] === b)) return []; // not a zip: the reader says what it is instead
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return []; // an unreadable zip is the reader's CORRUPT
  }
  const text = async (path: string) => zip.file(path)?.async('string') ?? null;
  const rootRels = await text('_rels/.rels');
  const wbPath =
    (rootRels === null ? [] : parseRels(rootRels, '')).find((r) => r.type === `${REL_TYPE}/officeDocument`)
      ?.part ?? 'xl/workbook.xml';
  const wb = await text(wbPath);
  if (wb === null) return [];
  const rels = parseRels((await text(relsPathOf(wbPath))) ?? '', wbPath);
  const p = rootPrefix(wb, 'workbook');
  const r = /\s([A-Za-z_][-.A-Za-z0-9_]*):id\s*=/u.exec(element(wb, `${p}sheets`)?.text ?? '')?.[1] ?? 'r';
  const missing: string[] = [];
  for (const el of elements(element(wb, `${p}sheets`)?.text ?? '', `${p}sheet`)) {
    const rel = rels.find((x) => x.id === attr(el.text, `${r}:id`));
    const part = rel?.part;
    // Chart sheets and dialog sheets are not worksheets; only a listed worksheet without its part is damage.
    if (!rel || !rel.type.endsWith('/worksheet') || !part) continue;
    const found = zip.file(part) ?? zip.file(new RegExp(`^${escapeRe(posix.normalize(part))}$`, 'iu'))[0];
    if (!found) missing.push(attr(el.text, 'name') ?? part);
  }
  return missing;
};

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Throws SHEET_PART_MISSING (a file error) naming the first listed sheet whose part is missing. */
export const checkPackage = async (path: string): Promise<void> => {
  const bytes = await readFile(path).catch(() => null);
  if (bytes === null) return; // the reader reports a missing or unreadable file with its own code
  const missing = await missingSheetParts(bytes);
  if (missing.length > 0) throw new XlsxFileError('SHEET_PART_MISSING', path, missing.join('", "'));
};
