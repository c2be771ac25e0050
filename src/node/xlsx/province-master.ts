// A new province master workbook ("Danh sách xã", "Cấu hình tỉnh", an empty "Chỉ tiêu"), written when
// tong-hop-tinh is given communes' files without one, so the next run (and the province's Google sheet) can start
// from it; the sample province's master is made the same way. The sheets follow src/core/layout/province-sheets.ts.
import ExcelJS from 'exceljs';
import { layout } from '../../core/layout';
import { communeListSheet, provinceConfigSheet } from '../../core/layout/province-sheets';
import type { ProvinceSettingKey } from '../../core/layout/province-sheets';
import type { CellValue } from '../../core/snapshot';
import { excelValue } from './cells';

export interface MasterContent {
  communes: readonly { name: string; source: string }[];
  settings: Partial<Record<ProvinceSettingKey, CellValue | readonly string[]>>;
  /** Rows of "Chỉ tiêu" in its columns' order (Chỉ tiêu, Năm, So sánh, Tỷ lệ (%), Phạm vi). */
  targets?: readonly CellValue[][];
}

const FIXED_DATE = new Date(Date.UTC(2026, 0, 1));

export const buildProvinceMaster = (m: MasterContent): ExcelJS.Workbook => {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'khuyenhoc-sheets';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const list = wb.addWorksheet(communeListSheet.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  list.addRow(communeListSheet.columns.map((c) => c.header)).font = { bold: true };
  m.communes.forEach((c, k) => list.addRow([k + 1, c.name, c.source]));
  communeListSheet.columns.forEach((c, k) => (list.getColumn(k + 1).width = c.width));

  const config = wb.addWorksheet(provinceConfigSheet.sheet);
  config.addRow([...provinceConfigSheet.headers]).font = { bold: true };
  for (const s of provinceConfigSheet.settings) {
    const v = m.settings[s.key];
    config.addRow([s.label, Array.isArray(v) ? v.join('; ') : excelValue((v ?? null) as CellValue), s.note]);
  }
  [28, 30, 80].forEach((w, k) => (config.getColumn(k + 1).width = w));

  const targets = wb.addWorksheet(layout.targets.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  targets.addRow(layout.targets.columns.map((c) => c.header)).font = { bold: true };
  for (const row of m.targets ?? []) targets.addRow(row.map(excelValue));
  return wb;
};
