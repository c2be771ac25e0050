// An owned table as a worksheet part: inline strings (no shared-strings part to merge with the user's), styles
// from the StyleBook, internal links as location-only hyperlinks (no relationship part needed).
import type { CellOut, OutputTable } from '../../core/result';
import { sheetRef } from './cells';
import { DEFAULT_ROW_PT, MARGINS_IN as M, rowBreaksXml, printBreaks } from './print-pages';
import type { StyleBook } from './styles-xml';
import { escapeXml } from './xml';

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** 0 → A, 25 → Z, 26 → AA. */
export const columnName = (index: number): string => {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
};

const text = (s: string): string => {
  const keep = /^\s|\s$|\s\s|[\t\n\r]/u.test(s) ? ' xml:space="preserve"' : '';
  return `<is><t${keep}>${escapeXml(s)}</t></is>`;
};

const cell = (ref: string, value: CellOut, s: number): string => {
  const style = s === 0 ? '' : ` s="${s}"`;
  if (typeof value === 'string' && value !== '')
    return `<c r="${ref}"${style} t="inlineStr">${text(value)}</c>`;
  if (typeof value === 'number' && Number.isFinite(value)) return `<c r="${ref}"${style}><v>${value}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${ref}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
  return s === 0 ? '' : `<c r="${ref}"${style}/>`;
};

const hasValue = (v: CellOut): v is string | number | boolean =>
  v !== null && v !== '' && (typeof v !== 'number' || Number.isFinite(v));

const LINE_HEIGHT = 15;
/** Excel's tallest row, in points. */
const MAX_ROW_HEIGHT = 409;

/**
 * Lines a text takes when wrapped at word breaks in a column `width` wide (a word longer than a line is cut). The
 * unit is a digit's width; letters are narrower on average, so a line holds about 1.1 characters per unit.
 */
const linesOf = (text: string, width: number): number => {
  const room = Math.max(1, Math.floor(width * 1.1));
  let lines = 0;
  for (const part of text.split('\n')) {
    let used = -1;
    lines += 1;
    for (const word of part.split(' ')) {
      if (used >= 0 && used + 1 + word.length <= room) {
        used += 1 + word.length;
        continue;
      }
      if (used >= 0) lines += 1;
      lines += Math.max(0, Math.ceil(word.length / room) - 1);
      used = word.length % room || (word.length > 0 ? room : 0);
    }
  }
  return Math.max(1, lines);
};

/**
 * Lines the row's longest wrapped text takes at its cell's width (about one character per width unit, a merged
 * cell the sum of its columns): the row is given that height, since neither Excel nor LibreOffice grows a row
 * written without one, and wrapped text would otherwise spill over the rows below.
 */
const wrappedLines = (
  row: readonly CellOut[],
  widths: readonly number[],
  wraps: readonly boolean[],
): number => {
  let lines = 1;
  for (const [c, v] of row.entries()) {
    if (wraps[c] !== true || typeof v !== 'string' || v === '') continue;
    lines = Math.max(lines, linesOf(v, widths[c] ?? 10));
  }
  return lines;
};

/**
 * The code name that marks a sheet part as the product's own, as developer metadata does on Google: a user's sheet
 * that merely shares the name has none. Excel keeps code names (VBA's names for sheets) when it saves.
 */
export const ownedCodeName = (index: number): string => `KhuyenHoc${index + 1}`;
export const OWNED_CODE_NAME =
  /<(?:[A-Za-z_][-.A-Za-z0-9_]*:)?sheetPr\b[^>]*\bcodeName\s*=\s*["']KhuyenHoc\d+["']/u;

/**
 * The whole worksheet part; `selected` marks the tab the workbook opens on, `index` its owned code name, and
 * `drawingRelId` the relationship of its chart drawing, when it has one.
 */
export const worksheetXml = (
  table: OutputTable,
  styles: StyleBook,
  selected: boolean,
  index = 0,
  drawingRelId?: string,
): string => {
  // Titles span the table's declared columns, as the Apps Script shell merges them.
  const width = table.columnWidths.length || table.values.reduce((w, row) => Math.max(w, row.length), 1);
  const rows: string[] = [];
  const links: string[] = [];
  const bordered = table.values.map((row) => row.map(() => false));
  // Each row's cell widths: a merged cell is as wide as its columns together.
  const cellWidths = table.values.map(() => [...table.columnWidths]);
  for (const m of table.merges)
    for (let r = m.row; r < m.row + m.rows; r++) {
      const line = cellWidths[r];
      if (!line) continue;
      line[m.column] = table.columnWidths.slice(m.column, m.column + m.columns).reduce((a, b) => a + b, 0);
    }
  for (const b of table.borders)
    for (let r = b.row; r < b.row + b.rows; r++)
      for (let c = b.column; c < b.column + b.columns; c++) {
        const line = bordered[r];
        if (line && c < line.length) line[c] = true;
      }
  /** Each row's height in points, as written (a row written without one has the default, one line). */
  const heights: number[] = [];
  table.values.forEach((row, r) => {
    const cells: string[] = [];
    row.forEach((value, c) => {
      const ref = `${columnName(c)}${r + 1}`;
      const to = hasValue(value) ? (table.links[r]?.[c] ?? null) : null;
      const s = styles.index({
        fill: table.backgrounds[r]?.[c] ?? null,
        bold: table.bold[r]?.[c] ?? false,
        link: to !== null,
        numFmt: table.numberFormats[r]?.[c] ?? null,
        wrap: table.wraps[r]?.[c] ?? false,
        border: bordered[r]?.[c] ?? false,
        align: table.alignments[r]?.[c] ?? null,
        vertical: hasValue(value) ? table.verticalAlignment : null,
      });
      cells.push(cell(ref, value, s));
      if (to && hasValue(value))
        links.push(
          `<hyperlink ref="${ref}" location="${escapeXml(`${sheetRef(to.sheet)}!${to.cell}`)}" display="${escapeXml(String(value))}"/>`,
        );
    });
    const content = cells.join('');
    const lines = wrappedLines(row, cellWidths[r] ?? table.columnWidths, table.wraps[r] ?? []);
    heights.push(Math.min(lines * LINE_HEIGHT, MAX_ROW_HEIGHT));
    const height = lines > 1 ? ` ht="${heights[r]}" customHeight="1"` : '';
    if (content) rows.push(`<row r="${r + 1}"${height}>${content}</row>`);
  });
  const lastRow = Math.max(table.values.length, 1);
  const frozen = table.frozenRows;
  const view =
    `<sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0">` +
    (frozen > 0
      ? `<pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/>` +
        `<selection pane="bottomLeft" activeCell="A${frozen + 1}" sqref="A${frozen + 1}"/>`
      : '') +
    '</sheetView>';
  const cols = table.columnWidths
    .map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`)
    .join('');
  const merges = [
    ...(width > 1
      ? table.mergedRows.map((r) => `<mergeCell ref="A${r + 1}:${columnName(width - 1)}${r + 1}"/>`)
      : []),
    ...table.merges.flatMap((m) =>
      Array.from({ length: m.rows }, (_, i) => {
        const r = m.row + i + 1;
        return `<mergeCell ref="${columnName(m.column)}${r}:${columnName(m.column + m.columns - 1)}${r}"/>`;
      }),
    ),
  ];
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet ${NS}>` +
    // Printed on A4 landscape, as wide as the page and as many pages long as it takes.
    `<sheetPr codeName="${ownedCodeName(index)}"><pageSetUpPr fitToPage="1"/></sheetPr>` +
    `<dimension ref="A1:${columnName(width - 1)}${lastRow}"/>` +
    `<sheetViews>${view}</sheetViews>` +
    `<sheetFormatPr defaultRowHeight="${DEFAULT_ROW_PT}"/>` +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${rows.join('')}</sheetData>` +
    (merges.length ? `<mergeCells count="${merges.length}">${merges.join('')}</mergeCells>` : '') +
    (links.length ? `<hyperlinks>${links.join('')}</hyperlinks>` : '') +
    `<pageMargins left="${M.left}" right="${M.right}" top="${M.top}" bottom="${M.bottom}" header="${M.header}" footer="${M.footer}"/>` +
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
    rowBreaksXml(printBreaks(table, heights)) +
    (drawingRelId ? `<drawing r:id="${drawingRelId}"/>` : '') +
    '</worksheet>'
  );
};
