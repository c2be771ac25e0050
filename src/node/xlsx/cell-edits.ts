// A copy of the user's package with a few cells set in existing sheets, by zip surgery: every other part and
// every other cell keeps its bytes (styles, dropdowns, formulas of the officer's sheets survive).
import JSZip from 'jszip';
import type { CellWrite } from '../../core/targets/import';
import type { CellValue } from '../../core/snapshot';
import { foldKey } from '../../core/text/normalize';
import { parseRels, relsPathOf } from './opc';
import { BrokenPackage } from './owned-copy';
import { columnName } from './sheet-xml';
import { attr, elements, escapeXml } from './xml';

const cellXml = (ref: string, v: CellValue, style: string | undefined): string => {
  const s = style === undefined ? '' : ` s="${style}"`;
  if (v === null || v === undefined || v === '') return `<c r="${ref}"${s}/>`;
  if (typeof v === 'number') return `<c r="${ref}"${s}><v>${v}</v></c>`;
  const text = escapeXml(v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>`;
};

const colOf = (ref: string): number =>
  Array.from(/^[A-Z]+/u.exec(ref)?.[0] ?? 'A').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** One row's XML with the given cells (1-based column → value) set, in column order. */
const editRow = (rowXml: string, row: number, cells: ReadonlyMap<number, CellValue>): string => {
  const open = /^<row\b[^>]*?(\/?)>/u.exec(rowXml);
  if (!open) throw new BrokenPackage(`row ${row} is not a <row>`);
  const existing =
    open[1] === '/' ? [] : elements(rowXml, 'c').map((c) => ({ ...c, col: colOf(attr(c.text, 'r') ?? '') }));
  const byCol = new Map(existing.map((c) => [c.col, c.text]));
  for (const [col, v] of cells) {
    const old = byCol.get(col);
    byCol.set(
      col,
      cellXml(`${columnName(col - 1)}${row}`, v, old === undefined ? undefined : attr(old, 's')),
    );
  }
  const body = [...byCol.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, x]) => x)
    .join('');
  const tag = open[0].replace(/\s*\/>$/u, '>');
  return `${tag}${body}</row>`;
};

const editSheet = (xml: string, writes: readonly CellWrite[]): string => {
  const wanted = new Map<number, Map<number, CellValue>>();
  for (const w of writes) {
    if (w.row < 1 || w.col < 1)
      throw new Error(`cell write outside the sheet: row ${w.row}, column ${w.col}`);
    w.values.forEach((line, i) => {
      const cells = wanted.get(w.row + i) ?? new Map<number, CellValue>();
      line.forEach((v, j) => cells.set(w.col + j, v));
      wanted.set(w.row + i, cells);
    });
  }
  let data = /<sheetData\b[^>]*?(?:\/>|>([\s\S]*?)<\/sheetData>)/u.exec(xml);
  if (!data) throw new BrokenPackage('no <sheetData>');
  const inner = data[1] ?? '';
  const rows = elements(inner, 'row').map((r) => ({ ...r, n: Number(attr(r.text, 'r')) }));
  if (rows.some((r) => !Number.isInteger(r.n) || r.n < 1)) throw new BrokenPackage('rows without r');
  const out: string[] = [];
  const pending = [...wanted.keys()].sort((a, b) => a - b);
  for (const r of rows) {
    while (pending.length > 0 && (pending[0] ?? 0) < r.n) {
      const n = pending.shift() ?? 0;
      out.push(editRow(`<row r="${n}"/>`, n, wanted.get(n) ?? new Map()));
    }
    if (pending[0] === r.n) {
      pending.shift();
      out.push(editRow(r.text, r.n, wanted.get(r.n) ?? new Map()));
    } else out.push(r.text);
  }
  for (const n of pending) out.push(editRow(`<row r="${n}"/>`, n, wanted.get(n) ?? new Map()));
  data = /<sheetData\b[^>]*?(?:\/>|>([\s\S]*?)<\/sheetData>)/u.exec(xml);
  const start = data?.index ?? 0;
  const end = start + (data?.[0].length ?? 0);
  return `${xml.slice(0, start)}<sheetData>${out.join('')}</sheetData>${xml.slice(end)}`;
};

/** The input package with `writes` applied to the sheets they name (which must exist). */
export const copyWithCellWrites = async (
  input: Uint8Array,
  writes: readonly CellWrite[],
): Promise<Buffer> => {
  const zip = await JSZip.loadAsync(input).catch((e: unknown) => {
    throw new BrokenPackage(e instanceof Error ? e.message : String(e));
  });
  const read = async (path: string) => {
    const f = zip.file(path);
    if (!f) throw new BrokenPackage(`missing part ${path}`);
    return f.async('string');
  };
  const wbPath = parseRels(await read('_rels/.rels'), '').find((r) =>
    r.type.endsWith('/officeDocument'),
  )?.part;
  if (!wbPath) throw new BrokenPackage('no workbook part');
  const wb = await read(wbPath);
  const rels = parseRels(await read(relsPathOf(wbPath)), wbPath);
  const sheets = elements(wb, 'sheet').map((e) => ({
    name: attr(e.text, 'name') ?? '',
    part: rels.find((r) => r.id === (attr(e.text, 'r:id') ?? ''))?.part,
  }));
  const bySheet = new Map<string, CellWrite[]>();
  for (const w of writes) bySheet.set(w.sheet, [...(bySheet.get(w.sheet) ?? []), w]);
  for (const [name, list] of bySheet) {
    const part = sheets.find((s) => foldKey(s.name) === foldKey(name))?.part;
    if (!part) throw new BrokenPackage(`no sheet ${name}`);
    const file = zip.file(part);
    zip.file(part, editSheet(await read(part), list), {
      date: file?.date ?? new Date(0),
      createFolders: false,
    });
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
};
