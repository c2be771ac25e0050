// Body tables as WordprocessingML text, row by row. The annexes of a 20,000-household commune hold hundreds of
// thousands of cells: built as docx objects (four per cell) they took 80 s and 3.9 GB, so they are written here as
// strings, with the markup the docx library wrote for them (tests/report/docx-markup.test.ts compares the two), and
// spliced into word/document.xml by package.ts. Nothing here grows with the rows but the text it yields.
import { headerGrid, type GridSlot } from '../../core/report/grid';
import { TABLE, twip } from '../../core/report/layout';
import type { Align, TableBlock, TableRow } from '../../core/report/model';

const JC: Readonly<Record<Align, string>> = {
  left: 'left',
  center: 'center',
  right: 'right',
  justify: 'both',
};

// XML 1.0 has no place for C0 controls other than tab, line feed and carriage return, nor for lone surrogates or
// U+FFFE/U+FFFF: a name pasted with one of them would make Word refuse the whole file, so they are dropped.
// With the u flag a surrogate range matches only unpaired halves.
// eslint-disable-next-line no-control-regex -- the control characters are what it removes
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu;
const SPECIAL = /[&<>"']/u;
const ENTITY: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text content escaped as the docx library escapes it (all five entities). */
export const xmlText = (s: string): string => {
  const clean = s.replace(INVALID_XML, '');
  return SPECIAL.test(clean) ? clean.replace(/[&<>"']/gu, (c) => ENTITY[c] ?? c) : clean;
};

const border = (side: string, sz: number): string =>
  `<w:${side} w:val="single" w:color="000000" w:sz="${sz}"/>`;

/** The widths in twips a table's cells get: explicit for header cells, from the grid for data cells. */
interface Widths {
  /** Column widths in millimetres. */
  mm: number[];
  /** Grid columns in twips. */
  grid: number[];
  /** A data cell spanning `span` columns from `from`, as docx scales the grid up to the table's width. */
  cell: (from: number, span: number) => number | undefined;
}

const widthsOf = (t: TableBlock, widthMm: number): Widths => {
  const total = t.columns.reduce((s, c) => s + c.weight, 0);
  const mm = t.columns.map((c) => (c.weight / total) * widthMm);
  const grid = mm.map(twip);
  const gridTotal = grid.reduce((s, w) => s + w, 0);
  const tableTwips = twip(widthMm);
  // Word and LibreOffice stretch columns that fall short of the table's width; docx writes the stretched widths.
  const scale = gridTotal > 0 && tableTwips > gridTotal ? tableTwips / gridTotal : 1;
  return {
    mm,
    grid,
    cell: (from, span) => {
      const spanned = grid.slice(from, from + span);
      const w = Math.round(spanned.reduce((s, x) => s + x, 0) * scale);
      return spanned.length === span && w > 0 ? w : undefined;
    },
  };
};

const tcW = (w: number | undefined): string => (w === undefined ? '' : `<w:tcW w:type="dxa" w:w="${w}"/>`);

const cellParagraph = (style: string, text: string, align: Align, bold: boolean, keepNext = false): string =>
  `<w:p><w:pPr><w:pStyle w:val="${style}"/>${keepNext ? '<w:keepNext/>' : ''}<w:jc w:val="${JC[align]}"/></w:pPr><w:r>${
    bold ? '<w:rPr><w:b/><w:bCs/></w:rPr>' : ''
  }<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r></w:p>`;

const TAIL_ROWS = 2;

/** A table's opening tag, properties and grid. */
const tableOpen = (widthMm: number, w: Widths): string => {
  const sz = Math.round(TABLE.borderPt * 8);
  const side = twip(TABLE.cellPaddingMm);
  const vertical = twip(TABLE.cellPaddingVerticalMm);
  return [
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${twip(widthMm)}"/><w:tblBorders>`,
    ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => border(s, sz)).join(''),
    '</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar>',
    `<w:top w:type="dxa" w:w="${vertical}"/><w:left w:type="dxa" w:w="${side}"/>`,
    `<w:bottom w:type="dxa" w:w="${vertical}"/><w:right w:type="dxa" w:w="${side}"/>`,
    '</w:tblCellMar></w:tblPr><w:tblGrid>',
    w.grid.map((g) => `<w:gridCol w:w="${g}"/>`).join(''),
    '</w:tblGrid>',
  ].join('');
};

/** The table's properties, grid and header rows (repeated on every page; spans merged). */
const tableHead = (t: TableBlock, widthMm: number, w: Widths, style: string): string => {
  const parts = [tableOpen(widthMm, w)];
  const pad = twip(TABLE.headerPaddingVerticalMm);
  const headerMargins = `<w:tcMar><w:top w:type="dxa" w:w="${pad}"/><w:bottom w:type="dxa" w:w="${pad}"/></w:tcMar>`;
  const grid = headerGrid(t.header, t.columns.length);
  const spanMm = (from: number, span: number) => w.mm.slice(from, from + span).reduce((s, x) => s + x, 0);
  /** The slot that starts the span covering (r, c) from above. */
  const anchorAbove = (r: number, c: number): GridSlot | undefined => {
    for (let up = r - 1; up >= 0; up--) {
      const slot = grid[up]?.[c];
      if (slot?.anchor) return slot;
    }
    return undefined;
  };
  for (const [r, slots] of grid.entries()) {
    parts.push('<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>');
    for (let c = 0; c < slots.length;) {
      const slot = slots[c];
      if (!slot) break;
      if (slot.anchor) {
        parts.push(
          `<w:tc><w:tcPr>${tcW(twip(spanMm(c, slot.colSpan)))}<w:gridSpan w:val="${slot.colSpan}"/>`,
          slot.rowSpan > 1 ? '<w:vMerge w:val="restart"/>' : '',
          headerMargins,
          '<w:vAlign w:val="center"/></w:tcPr>',
          cellParagraph(style, slot.text, 'center', true),
          '</w:tc>',
        );
        c += slot.colSpan;
      } else if (slot.covered === 'above') {
        // The continuation of a vertical span: the anchor's width and span, an empty paragraph.
        const anchor = anchorAbove(r, c);
        const span = anchor?.colSpan ?? 1;
        parts.push(
          `<w:tc><w:tcPr>${tcW(twip(spanMm(c, span)))}<w:gridSpan w:val="${span}"/>`,
          '<w:vMerge w:val="continue"/>',
          headerMargins,
          '<w:vAlign w:val="center"/></w:tcPr>',
          '<w:p><w:pPr><w:jc w:val="center"/></w:pPr></w:p></w:tc>',
        );
        c += span;
      } else c++;
    }
    parts.push('</w:tr>');
  }
  return parts.join('');
};

/**
 * Group rows ("Thôn X: n hộ") stay with their first member; a short table's rows all keep with the next. The last
 * row keeps with what follows only when `keepLast` (the signature, or the table's footnote, comes right after it).
 */
export const keepsWithNext = (t: TableBlock, i: number, keepLast = false): boolean => {
  const r = t.rows[i];
  if (!r) return false;
  if (i === t.rows.length - 1) return keepLast;
  return 'group' in r || t.rows.length <= TABLE.keepWholeRows;
};

const bodyRow = (t: TableBlock, r: TableRow, w: Widths, style: string, keep: boolean): string => {
  if ('group' in r) {
    const n = t.columns.length;
    return `<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr>${tcW(w.cell(0, n))}<w:gridSpan w:val="${n}"/></w:tcPr>${cellParagraph(
      style,
      r.group,
      'left',
      true,
      keep,
    )}</w:tc></w:tr>`;
  }
  // A row without cells is no row at all (as docx leaves it out).
  if (r.cells.length === 0) return '';
  const bold = r.bold === true;
  let xml = '<w:tr><w:trPr><w:cantSplit/></w:trPr>';
  for (let c = 0; c < r.cells.length; c++) {
    xml += `<w:tc><w:tcPr>${tcW(w.cell(c, 1))}</w:tcPr>${cellParagraph(
      style,
      r.cells[c] ?? '',
      t.columns[c]?.align ?? 'left',
      bold,
      keep,
    )}</w:tc>`;
  }
  return `${xml}</w:tr>`;
};

/**
 * Where a table kept with what follows (the signature, or its footnote) is cut into a second table: its last
 * TAIL_ROWS rows, with the group rows right above them. LibreOffice keeps a table's last row with the next
 * paragraph only while the table has not yet broken across a page; once it has (every list of more than a page),
 * the signature went alone to the next page (danh sách p367). A table of its own that has not broken moves its rows
 * there with the signature, in LibreOffice as in Word. The rows carried over repeat no column header.
 */
export const keptTailStart = (t: TableBlock, keepLast: boolean): number => {
  const n = t.rows.length;
  if (!keepLast || n <= TAIL_ROWS) return n;
  let start = n - TAIL_ROWS;
  while (start > 1 && 'group' in (t.rows[start - 1] ?? {})) start--;
  return start;
};

/**
 * Between the two parts: a paragraph that is neither shown nor printed (its mark hidden, 1 pt high), since two
 * tables with nothing between them are read as one; it keeps with the tail.
 */
const TAIL_JOINT =
  '<w:p><w:pPr><w:keepNext/><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/><w:rPr><w:vanish/><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:pPr></w:p>';

/**
 * The table's markup in pieces: first its properties and header rows, then batches of body rows of about
 * `chunkChars` characters, then the closing tag. Column weights are scaled to `widthMm`, the section's text width;
 * `keepLast` keeps the last rows with the signature block after the table (keptTailStart).
 */
export function* tableXml(
  t: TableBlock,
  widthMm: number,
  keepLast = false,
  chunkChars = 1 << 16,
): Generator<string> {
  const w = widthsOf(t, widthMm);
  const style = `kh-${t.size}`;
  const tail = keptTailStart(t, keepLast);
  yield tableHead(t, widthMm, w, style);
  let batch = '';
  for (const [i, r] of t.rows.entries()) {
    if (i === tail) batch += `</w:tbl>${TAIL_JOINT}${tableOpen(widthMm, w)}`;
    batch += bodyRow(t, r, w, style, i >= tail || keepsWithNext(t, i, keepLast));
    if (batch.length >= chunkChars) {
      yield batch;
      batch = '';
    }
  }
  yield `${batch}</w:tbl>`;
}
