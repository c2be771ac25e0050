// The province's sheets are constant data like the commune's layout; nothing parses them at load, so this does.
import {
  communeListSheet,
  provinceConfigSheet,
  provinceOwnedSheets,
} from '../../src/core/layout/province-sheets';
import { ConfigSheetSpec, TableSheetSpec } from '../../src/core/layout/schema';
import { layout } from '../../src/core/layout';
import { SUMMARY_SHEET } from '../../src/core/summary/schema';

describe('the province master workbook layout', () => {
  test('"Danh sách xã" and "Cấu hình tỉnh" parse with their schemas to exactly themselves', () => {
    const list = TableSheetSpec.safeParse(communeListSheet);
    expect(list.error?.issues ?? []).toEqual([]);
    expect(list.data).toStrictEqual(JSON.parse(JSON.stringify(communeListSheet)));
    const config = ConfigSheetSpec.safeParse(provinceConfigSheet);
    expect(config.error?.issues ?? []).toEqual([]);
    expect(config.data).toStrictEqual(JSON.parse(JSON.stringify(provinceConfigSheet)));
  });

  test('"Danh sách xã" is STT, Tên xã, Liên kết/Tệp with the link the only required column', () => {
    expect(communeListSheet.columns.map((c) => c.header)).toEqual(['STT', 'Tên xã', 'Liên kết/Tệp']);
    expect(communeListSheet.columns.filter((c) => c.required).map((c) => c.key)).toEqual(['source']);
  });

  test('keys and labels are unique, and no province sheet name clashes with a commune sheet', () => {
    const keys = provinceConfigSheet.settings.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    const communeSheets = [
      layout.config.sheet,
      layout.targets.sheet,
      layout.criteria.sheet,
      ...layout.registers.map((r) => r.sheet),
      ...Object.values(layout.owned),
      SUMMARY_SHEET,
    ];
    for (const name of [communeListSheet.sheet, provinceConfigSheet.sheet, provinceOwnedSheets.rollup])
      expect(communeSheets).not.toContain(name);
  });
});
