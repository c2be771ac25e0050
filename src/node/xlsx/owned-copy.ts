// The copy of the user's package with the owned sheets added or replaced by zip surgery: every other part keeps its
// bytes (charts, pivot tables, slicers, macros… survive whatever a spreadsheet library would not understand).
import JSZip from 'jszip';
import { chartPlaces } from '../../core/output/chart-place';
import type { OutputTable } from '../../core/result';
import { foldKey } from '../../core/text/normalize';
import {
  addRel,
  CONTENT_TYPES,
  freshRelId,
  parseRels,
  REL_TYPE,
  relativeTarget,
  relsPathOf,
  removeRel,
  setOverride,
  sourceOfRels,
  STYLES_TYPE,
  WORKSHEET_TYPE,
  type Relationship,
} from './opc';
import {
  CHART_REL,
  CHART_TYPE,
  chartXml,
  DRAWING_REL,
  DRAWING_TYPE,
  drawingXml,
  lineChartXml,
} from './chart-xml';

import { printTitleRows } from './print-pages';
import { setPrintTitles } from './print-titles';
import { OWNED_CODE_NAME, worksheetXml } from './sheet-xml';
import { MINIMAL_STYLES, StyleBook } from './styles-xml';
import { attr, element, elements, escapeXml, rootPrefix, setAttr, splice } from './xml';
import { ZipArchive } from './zip-read';

/** The input is not the package an .xlsx must be (no workbook part, unreadable zip). */
export class BrokenPackage extends Error {}

/** The user's own sheet, with data, has the name of an owned one: the copy is not made. */
export class SheetInTheWay extends Error {
  constructor(readonly sheet: string) {
    super(`user sheet in the way: ${sheet}`, { cause: { code: 'SHEET_IN_THE_WAY' } });
  }
}

/** A value, a formula or inline text in any cell: an empty sheet of that name may be taken over. */
const HAS_CELL_CONTENT = /<(?:[A-Za-z_][-.A-Za-z0-9_]*:)?(?:v|f|is)[\s>]/u;

const NAME = '(?:[A-Za-z_][-.A-Za-z0-9_]*:)?';
const isType = (rel: Relationship, kind: string) => rel.type.endsWith(`/${kind}`);

/**
 * A package read lazily part by part; edits are written back with the original entry's date. Parts never written
 * keep their compressed bytes in the copy (JSZip reuses them), so an unchanged sheet is never inflated.
 */
class Package {
  private readonly written = new Set<string>();

  private constructor(
    readonly zip: JSZip,
    private readonly date: Date,
    private readonly archive: ZipArchive | undefined,
  ) {}

  static async open(bytes: Uint8Array): Promise<Package> {
    const zip = await JSZip.loadAsync(bytes).catch((e: unknown) => {
      throw new BrokenPackage(e instanceof Error ? e.message : String(e));
    });
    let archive: ZipArchive | undefined;
    try {
      archive = new ZipArchive(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    } catch {
      // JSZip reads some archives this reader does not: heads are then read through JSZip, whole.
      archive = undefined;
    }
    return new Package(zip, zip.file(CONTENT_TYPES)?.date ?? new Date(0), archive);
  }

  /** The part's text before the first match of `marker`, inflating only that far when the part is untouched. */
  head = async (path: string, marker: RegExp): Promise<string> => {
    if (this.archive?.has(path) && !this.written.has(path)) {
      try {
        return this.archive.head(path, marker);
      } catch {
        // fall through to the whole part
      }
    }
    const xml = await this.read(path);
    const at = xml.search(marker);
    return at < 0 ? xml : xml.slice(0, at);
  };

  has = (path: string): boolean => this.zip.file(path) !== null;
  read = async (path: string): Promise<string> => {
    const file = this.zip.file(path);
    if (!file) throw new BrokenPackage(`missing part ${path}`);
    return file.async('string');
  };
  write = (path: string, text: string): void => {
    this.written.add(path);
    this.zip.file(path, text, { date: this.zip.file(path)?.date ?? this.date, createFolders: false });
  };
  remove = (path: string): void => void this.zip.remove(path);
  paths = (): string[] => Object.keys(this.zip.files).filter((p) => !this.zip.files[p]?.dir);
}

/** sheetN.xml with an N no part (or leftover rels) uses, compared as OPC does, ignoring case. */
const freshSheetPath = (pkg: Package, dir: string, reserved: Iterable<string>): string => {
  const taken = new Set([...pkg.paths(), ...reserved].map((p) => p.toLowerCase()));
  for (let n = 1; ; n++) {
    const path = `${dir}/worksheets/sheet${n}.xml`;
    if (!taken.has(path.toLowerCase()) && !taken.has(relsPathOf(path).toLowerCase())) return path;
  }
};

const SHEET_DATA = new RegExp(`<${NAME}sheetData[\\s/>]`, 'u');
const TAB_SELECTED = new RegExp(
  `(<${NAME}sheetView\\s[^>]*?)\\s+tabSelected\\s*=\\s*("(?:1|true)"|'(?:1|true)')`,
  'gu',
);

/**
 * Unselects a user's tab (only the attribute, only in the sheet views ahead of the cells). Only the head of the
 * part is inflated to look; the part is rewritten only when a view really is selected, which Excel would otherwise
 * show as a group of selected tabs alongside the one the copy opens on.
 */
const clearTabSelected = async (pkg: Package, part: string): Promise<void> => {
  if (!pkg.has(part)) return;
  if (!new RegExp(TAB_SELECTED.source, 'u').test(await pkg.head(part, SHEET_DATA))) return;
  const xml = await pkg.read(part);
  const end = xml.search(SHEET_DATA);
  const head = end < 0 ? xml : xml.slice(0, end);
  const cleared = head.replace(TAB_SELECTED, '$1');
  if (cleared !== head) pkg.write(part, cleared + xml.slice(head.length));
};

/** Drops a replaced sheet's relationships, and each part they led to that nothing else still references. */
const dropRelsOf = async (pkg: Package, part: string, types: { xml: string }): Promise<void> => {
  const relsPath = relsPathOf(part);
  if (!pkg.has(relsPath)) return;
  const targets = parseRels(await pkg.read(relsPath), part).flatMap((r) => (r.part ? [r.part] : []));
  pkg.remove(relsPath);
  const stillUsed = new Set<string>();
  for (const path of pkg.paths().filter((p) => p.endsWith('.rels')))
    for (const rel of parseRels(await pkg.read(path), sourceOfRels(path)))
      if (rel.part) stillUsed.add(rel.part);
  for (const target of new Set(targets)) {
    if (stillUsed.has(target) || !pkg.has(target)) continue;
    pkg.remove(target);
    types.xml = setOverride(types.xml, target, undefined);
    await dropRelsOf(pkg, target, types);
  }
};

/** Adds `rels` prefix declaration to the root element when the workbook does not declare one. */
const relsPrefix = (wb: string): { wb: string; prefix: string } => {
  const declared = new RegExp(`xmlns:([A-Za-z_][-.A-Za-z0-9_]*)="${REL_TYPE}"`, 'u').exec(wb)?.[1];
  if (declared) return { wb, prefix: declared };
  const root = new RegExp(`<${NAME}workbook[\\s>]`, 'u').exec(wb);
  if (!root) throw new Error('no <workbook> element');
  const at = root.index + root[0].length - 1;
  return { wb: splice(wb, at, at, ` xmlns:r="${REL_TYPE}"`), prefix: 'r' };
};

/** The input package with the owned tables as its sheets; the workbook opens on `activeSheet` (the first table's by default). */
export const copyWithOwnedSheets = async (
  input: Uint8Array,
  tables: readonly OutputTable[],
  activeSheet: string | undefined = tables[0]?.sheet,
): Promise<Buffer> => {
  const pkg = await Package.open(input);
  const wbPath = parseRels(await pkg.read('_rels/.rels'), '').find((r) => isType(r, 'officeDocument'))?.part;
  if (!wbPath || !pkg.has(wbPath)) throw new BrokenPackage('no workbook part');
  const wbRelsPath = relsPathOf(wbPath);
  const wbDir = wbPath.slice(0, wbPath.lastIndexOf('/'));
  const types = { xml: await pkg.read(CONTENT_TYPES) };
  let rels = await pkg.read(wbRelsPath);
  const declared = relsPrefix(await pkg.read(wbPath));
  const r = declared.prefix;
  let wb = declared.wb;
  const p = rootPrefix(wb, 'workbook');
  const relsNow = () => parseRels(rels, wbPath);

  // Excel rebuilds the calculation chain; a stale one can point at cells of the replaced sheets.
  for (const rel of relsNow().filter((x) => isType(x, 'calcChain'))) {
    rels = removeRel(rels, rel.id);
    if (rel.part) {
      pkg.remove(rel.part);
      types.xml = setOverride(types.xml, rel.part, undefined);
    }
  }

  let stylesPath = relsNow().find((x) => isType(x, 'styles'))?.part;
  if (!stylesPath || !pkg.has(stylesPath)) {
    stylesPath ??= `${wbDir}/styles.xml`;
    if (!relsNow().some((x) => x.part === stylesPath))
      rels = addRel(rels, freshRelId(relsNow()), `${REL_TYPE}/styles`, relativeTarget(wbPath, stylesPath));
    pkg.write(stylesPath, MINIMAL_STYLES);
    types.xml = setOverride(types.xml, stylesPath, STYLES_TYPE);
  }
  const styles = new StyleBook(await pkg.read(stylesPath));

  const sheetEls = () => elements(element(wb, `${p}sheets`)?.text ?? '', `${p}sheet`);
  const sheetsStart = () => element(wb, `${p}sheets`)?.start ?? 0;
  const ownedParts = new Map<string, string>();
  const replaced: string[] = [];
  for (const [i, table] of tables.entries()) {
    const old = sheetEls().find((e) => foldKey(attr(e.text, 'name') ?? '') === foldKey(table.sheet));
    const oldRel = old && relsNow().find((x) => x.id === attr(old.text, `${r}:id`));
    let part: string;
    if (old && oldRel?.part) {
      part = oldRel.part;
      const xml = pkg.has(part) ? await pkg.read(part) : '';
      if (!OWNED_CODE_NAME.test(xml) && HAS_CELL_CONTENT.test(xml))
        throw new SheetInTheWay(attr(old.text, 'name') ?? '');
      replaced.push(part);
      if (!isType(oldRel, 'worksheet')) {
        rels = removeRel(rels, oldRel.id);
        rels = addRel(rels, oldRel.id, `${REL_TYPE}/worksheet`, relativeTarget(wbPath, part));
      }
      // The product owns this tab: its name is spelled as the product spells it, and it is never hidden.
      const edited = setAttr(setAttr(old.text, 'name', table.sheet), 'state', undefined);
      wb = splice(wb, sheetsStart() + old.start, sheetsStart() + old.end, edited);
    } else {
      part = freshSheetPath(pkg, wbDir, ownedParts.keys());
      const id = freshRelId(relsNow());
      rels = addRel(rels, id, `${REL_TYPE}/worksheet`, relativeTarget(wbPath, part));
      const sheetId = sheetEls().reduce((m, e) => Math.max(m, Number(attr(e.text, 'sheetId')) || 0), 0) + 1;
      const el = `<${p}sheet name="${escapeXml(table.sheet)}" sheetId="${sheetId}" ${r}:id="${id}"/>`;
      wb = old ? splice(wb, sheetsStart() + old.start, sheetsStart() + old.end, el) : appendSheet(wb, p, el);
    }
    types.xml = setOverride(types.xml, part, WORKSHEET_TYPE);
    ownedParts.set(
      part,
      worksheetXml(table, styles, table.sheet === activeSheet, i, hasDrawing(table) ? 'rId1' : undefined),
    );
  }

  const order = sheetEls();
  const active = Math.max(
    0,
    order.findIndex((e) => attr(e.text, 'name') === activeSheet),
  );
  for (const e of order) {
    const part = relsNow().find((x) => x.id === attr(e.text, `${r}:id`))?.part;
    if (part && !ownedParts.has(part)) await clearTabSelected(pkg, part);
  }
  wb = openOn(wb, p, active);
  wb = setPrintTitles(
    wb,
    p,
    tables
      .map((t) => ({
        index: order.findIndex((e) => attr(e.text, 'name') === t.sheet),
        sheet: t.sheet,
        rows: printTitleRows(t),
      }))
      .filter((t) => t.index >= 0),
  );

  for (const [part, xml] of ownedParts) pkg.write(part, xml);
  pkg.write(stylesPath, styles.xml());
  pkg.write(wbPath, wb);
  pkg.write(wbRelsPath, rels);
  for (const part of replaced) await dropRelsOf(pkg, part, types);
  // After the old sheets' relationships are gone, so the new drawing's are not dropped with them.
  for (const [i, table] of tables.entries()) {
    const part = [...ownedParts.keys()][i];
    if (part && hasDrawing(table)) addChart(pkg, types, part, table);
  }
  pkg.write(CONTENT_TYPES, types.xml);
  return pkg.zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
  });
};

const hasDrawing = (t: OutputTable): boolean => chartPlaces(t).length > 0;

/** The sheet's charts: one drawing part and a chart part per chart, related from the sheet, with content types. */
const addChart = (pkg: Package, types: { xml: string }, sheetPart: string, table: OutputTable): void => {
  const fresh = (dir: string, stem: string) => {
    const taken = new Set(pkg.paths().map((p) => p.toLowerCase()));
    for (let n = 1; ; n++)
      if (!taken.has(`${dir}/${stem}${n}.xml`.toLowerCase())) return `${dir}/${stem}${n}.xml`;
  };
  const xlDir = sheetPart.slice(0, sheetPart.lastIndexOf('/worksheets/'));
  const drawing = fresh(`${xlDir}/drawings`, 'drawing');
  const rels = (source: string, type: string, targets: readonly string[]) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${targets
      .map(
        (target, i) =>
          `<Relationship Id="rId${i + 1}" Type="${type}" Target="${escapeXml(relativeTarget(source, target))}"/>`,
      )
      .join('')}</Relationships>`;
  const xmls = chartPlaces(table).flatMap(({ kind }) =>
    kind === 'column' && table.chart
      ? [chartXml(table, table.chart)]
      : kind === 'line' && table.lineChart
        ? [lineChartXml(table, table.lineChart)]
        : [],
  );
  const parts: string[] = [];
  for (const xml of xmls) {
    const chartPart = fresh(`${xlDir}/charts`, 'chart');
    pkg.write(chartPart, xml);
    types.xml = setOverride(types.xml, chartPart, CHART_TYPE);
    parts.push(chartPart);
  }
  pkg.write(
    drawing,
    drawingXml(
      table,
      parts.map((_, i) => `rId${i + 1}`),
    ),
  );
  pkg.write(relsPathOf(drawing), rels(drawing, CHART_REL, parts));
  pkg.write(relsPathOf(sheetPart), rels(sheetPart, DRAWING_REL, [drawing]));
  types.xml = setOverride(types.xml, drawing, DRAWING_TYPE);
};

const appendSheet = (wb: string, p: string, el: string): string => {
  const sheets = element(wb, `${p}sheets`);
  if (!sheets) throw new Error('no <sheets> element');
  const close = sheets.text.lastIndexOf(`</${p}sheets>`);
  if (close < 0) return splice(wb, sheets.start, sheets.end, `<${p}sheets>${el}</${p}sheets>`);
  return splice(wb, sheets.start + close, sheets.start + close, el);
};

/** Every workbook window opens on tab `active`, scrolled so that tab is visible. */
const openOn = (wb: string, p: string, active: number): string => {
  const views = element(wb, `${p}bookViews`);
  if (!views) {
    const at = wb.search(new RegExp(`<${p}sheets[\\s>]`, 'u'));
    return splice(wb, at, at, `<${p}bookViews><${p}workbookView activeTab="${active}"/></${p}bookViews>`);
  }
  let text = views.text;
  for (const view of elements(views.text, `${p}workbookView`).reverse()) {
    let edited = setAttr(view.text, 'activeTab', String(active));
    if (Number(attr(edited, 'firstSheet') ?? 0) > active)
      edited = setAttr(edited, 'firstSheet', String(active));
    text = splice(text, view.start, view.end, edited);
  }
  return splice(wb, views.start, views.end, text);
};
