// One template model, two renderers: "Thiết lập" run from the built bundle on an empty spreadsheet and the blank
// .xlsx written by the node renderer (what `mau` and sheets-templates/mau-trong.xlsx hold) agree cell for cell.
import ExcelJS from 'exceljs';
import { widthPx } from '../../src/gas/workbook/write-table';
import { buildTemplateWorkbook, XLSX_LAST_ROW } from '../../src/node/xlsx/template';
import { createSandbox } from './sandbox/sandbox';
import type { FakeSheet } from './sandbox/spreadsheet';

interface SheetView {
  values: string[][];
  notes: string[];
  headerBold: boolean[];
  headerFill: string[];
  headerWrap: boolean[];
  /** "C2:C Thôn|Tổ dân phố|…" per validated block ("C2:C": the whole column); "ref:Thôn!B2:B1000" for names from another sheet. */
  dropdowns: string[];
  widthsPx: number[];
  frozenRows: number;
  dateCells: string[];
}

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
const trimRows = (rows: string[][]): string[][] => {
  const width = Math.max(0, ...rows.map((r) => r.reduce((w, v, c) => (v === '' ? w : c + 1), 0)));
  const cut = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ''));
  while (cut.length > 0 && cut[cut.length - 1]?.every((v) => v === '')) cut.pop();
  return cut;
};
const letterOf = (a1: string) => /^[A-Z]+/u.exec(a1)?.[0] ?? '';
const rowOf = (a1: string) => Number(/\d+/u.exec(a1)?.[0] ?? 0);

const gasView = (sheet: FakeSheet): SheetView => {
  const values = trimRows(sheet.dump().map((r) => r.map(text)));
  const width = values[0]?.length ?? 0;
  const header = Array.from({ length: width }, (_, c) => sheet.format(1, c + 1));
  const dropdowns = sheet.validations
    .map((v) => {
      const [from = '', to = from] = v.a1.split(':');
      const choices = v.rule?.range ? `ref:${v.rule.range}` : (v.rule?.values ?? []).join('|');
      return `${from}:${to} ${choices}`;
    })
    .sort();
  const dateCells = [...sheet.formatsDump()]
    .filter(([, f]) => f.numberFormat === 'dd/mm/yyyy')
    .map(([k]) => k)
    .sort();
  return {
    values,
    notes: header.map((f) => f.note),
    headerBold: header.map((f) => f.fontWeight === 'bold'),
    headerFill: header.map((f) => f.background.toLowerCase()),
    headerWrap: header.map((f) => f.wrap),
    dropdowns,
    widthsPx: Array.from({ length: width }, (_, c) => sheet.widths.get(c + 1) ?? -1),
    frozenRows: sheet.frozenRows,
    dateCells,
  };
};

const noteText = (note: ExcelJS.Cell['note']): string =>
  typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join('');

/** A list typed into the rule, a range of the hidden lists sheet, or a range of another sheet (a reference). */
const choicesOf = (wb: ExcelJS.Workbook, formula: string): string => {
  const inline = /^"(.*)"$/u.exec(formula);
  if (inline) return (inline[1] ?? '').split(',').join('|');
  const m = /^'?(.+?)'?!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/u.exec(formula);
  if (!m) return `?${formula}`;
  const [, sheet = '', col = '', first = '', , last = ''] = m;
  const ws = wb.getWorksheet(sheet);
  if (ws?.state === 'hidden')
    return Array.from({ length: Number(last) - Number(first) + 1 }, (_, i) =>
      text(ws.getCell(`${col}${Number(first) + i}`).value),
    ).join('|');
  return `ref:${sheet}!${col}${first}:${col}${last}`;
};

const xlsxView = (wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet): SheetView => {
  const rows: string[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    rows[r - 1] = Array.from({ length: ws.columnCount }, (_, c) => text(row.getCell(c + 1).value));
  });
  const values = trimRows(Array.from(rows, (r) => r ?? []));
  const width = values[0]?.length ?? 0;
  const header = Array.from({ length: width }, (_, c) => ws.getCell(1, c + 1));
  // Each rule by its sqref, as written (tests/setup/exceljs-ranges.ts keeps a range as one key). A rule down
  // to the sheet's last row is the whole column: the open-ended "C2:C" that "Thiết lập" sets on Google.
  const model = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
    .dataValidations.model;
  const dropdowns = Object.entries(model).map(([address, v]) => {
    const [from = '', to = from] = address.split(':');
    const end = rowOf(to) === XLSX_LAST_ROW ? letterOf(to) : to;
    return `${from}:${end} ${choicesOf(wb, v.formulae[0] as string)}`;
  });
  dropdowns.sort();
  const dateCells: string[] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) =>
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      if (cell.numFmt === 'dd/mm/yyyy') dateCells.push(`${r},${c}`);
    }),
  );
  return {
    values,
    notes: header.map((c) => noteText(c.note)),
    headerBold: header.map((c) => c.font?.bold === true),
    headerFill: header.map((c) => {
      const fill = c.fill as ExcelJS.FillPattern | undefined;
      return `#${(fill?.fgColor?.argb ?? '').slice(2).toLowerCase()}`;
    }),
    headerWrap: header.map((c) => c.alignment?.wrapText === true),
    dropdowns,
    widthsPx: Array.from({ length: width }, (_, c) => widthPx(ws.getColumn(c + 1).width ?? -1)),
    frozenRows: ws.views[0]?.state === 'frozen' ? (ws.views[0].ySplit ?? 0) : 0,
    dateCells: dateCells.sort(),
  };
};

let gas: Map<string, SheetView>;
let xlsx: Map<string, SheetView>;
beforeAll(async () => {
  const sb = createSandbox();
  sb.ss.addSheet('Trang tính1');
  sb.call('menuThietLap');
  gas = new Map(sb.ss.sheets.filter((s) => s.name !== 'Trang tính1').map((s) => [s.name, gasView(s)]));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await buildTemplateWorkbook().xlsx.writeBuffer()) as ArrayBuffer);
  xlsx = new Map(wb.worksheets.filter((w) => w.state !== 'hidden').map((w) => [w.name, xlsxView(wb, w)]));
}, 120_000);

const SHEETS = ['Cấu hình', 'Chỉ tiêu', 'Bộ tiêu chí', 'Thôn', 'Gia đình', 'Dòng họ', 'Đơn vị', 'Công dân'];

describe('"Thiết lập" on an empty spreadsheet and the blank .xlsx', () => {
  test('have the same sheets in the same order', () => {
    expect([...gas.keys()]).toEqual(SHEETS);
    expect([...xlsx.keys()]).toEqual(SHEETS);
  });

  test.each(SHEETS)(
    '"%s": the same values, notes, header style, dropdowns, widths and frozen rows',
    (name) => {
      const g = gas.get(name);
      const x = xlsx.get(name);
      expect(g).toBeDefined();
      expect(x).toEqual(g);
    },
  );

  test('the shared answers: "*" on required settings, "Bộ tiêu chí" with an empty table beside the sets in use, Cấu hình 34/36/90', () => {
    const config = gas.get('Cấu hình');
    expect(config?.values[1]?.[0]).toBe('Tên xã/phường *');
    expect(config?.values[5]?.[0]).toBe('Huyện (trước 01/7/2025)');
    expect(config?.widthsPx).toEqual([34, 36, 90].map(widthPx));
    // "Bộ tiêu chí": the empty table (A–H), then the sets in use beside it, one row per item.
    const criteria = gas.get('Bộ tiêu chí')?.values ?? [];
    expect(criteria.slice(1).every((r) => r.slice(0, 8).every((v) => v === ''))).toBe(true);
    expect(
      criteria.some((r) => r.includes('TC9') && r.includes('Giao tiếp, hợp tác, chia sẻ với người khác')),
    ).toBe(true);
    expect(gas.get('Gia đình')?.dropdowns).toContain('C2:C ref:Thôn!B2:B1000');
    expect(gas.get('Công dân')?.dropdowns).toContain('F2:F ref:Đơn vị!B2:B1000');
    expect(gas.get('Cấu hình')?.dropdowns).toContain('B3:B3 Xã|Phường|Đặc khu');
  });
});

test('the blank .xlsx gives each header row the height of its wrapped headers, which Sheets grows to by itself', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await buildTemplateWorkbook().xlsx.writeBuffer()) as ArrayBuffer);
  // Two lines of 15 pt: "Tổng điểm" at width 10 (Công dân), "Điểm tối thiểu" at width 10 (Bộ tiêu chí).
  expect(wb.getWorksheet('Công dân')?.getRow(1).height).toBe(30);
  expect(wb.getWorksheet('Bộ tiêu chí')?.getRow(1).height).toBe(30);
  expect(wb.getWorksheet('Cấu hình')?.getRow(1).height).toBeUndefined();
  expect(gas.get('Công dân')?.headerWrap.every((w) => w)).toBe(true);
});
