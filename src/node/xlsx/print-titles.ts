// The rows an owned sheet repeats at the top of every printed page, as the workbook's _xlnm.Print_Titles names:
// Excel and LibreOffice repeat no frozen row on paper, so a list's title and header would print on page 1 only.
import { sheetRef } from './cells';
import { attr, element, elements, escapeXml, splice } from './xml';

const PRINT_TITLES = '_xlnm.Print_Titles';

export interface PrintTitles {
  /** 0-based position of the sheet among the workbook's sheets: the name's localSheetId. */
  index: number;
  sheet: string;
  /** Rows 1 to `rows` repeat; 0: none. */
  rows: number;
}

/**
 * The workbook part with the owned sheets' print titles: each owned sheet's old one (an earlier run's) is replaced,
 * every other defined name keeps its bytes; `p` is the workbook's namespace prefix.
 */
export const setPrintTitles = (wb: string, p: string, sheets: readonly PrintTitles[]): string => {
  const owned = new Set(sheets.map((s) => s.index));
  const fresh = sheets
    .filter((s) => s.rows > 0)
    .map(
      (s) =>
        `<${p}definedName name="${PRINT_TITLES}" localSheetId="${s.index}">${escapeXml(`${sheetRef(s.sheet)}!$1:$${s.rows}`)}</${p}definedName>`,
    )
    .join('');
  const names = element(wb, `${p}definedNames`);
  if (!names) {
    if (fresh === '') return wb;
    // CT_Workbook's order: sheets, functionGroups, externalReferences, then definedNames.
    const before = [`${p}externalReferences`, `${p}functionGroups`, `${p}sheets`]
      .map((n) => element(wb, n))
      .find((e) => e !== undefined);
    if (!before) throw new Error('no <sheets> element');
    return splice(wb, before.end, before.end, `<${p}definedNames>${fresh}</${p}definedNames>`);
  }
  let text = names.text.endsWith('/>')
    ? `${names.text.slice(0, -2).trimEnd()}></${p}definedNames>`
    : names.text;
  for (const d of elements(text, `${p}definedName`).reverse())
    if (attr(d.text, 'name') === PRINT_TITLES && owned.has(Number(attr(d.text, 'localSheetId'))))
      text = splice(text, d.start, d.end, '');
  const close = text.lastIndexOf('</');
  text = text.slice(0, close) + fresh + text.slice(close);
  // An element left with no name is dropped rather than written empty.
  if (elements(text, `${p}definedName`).length === 0) text = '';
  return splice(wb, names.start, names.end, text);
};
