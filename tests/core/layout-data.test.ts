// The layout is constant data typed by its schema; nothing parses it at load time, so this test does: every
// field is spelled out (no default fills a gap) and every value is one the schema accepts.
import { layout } from '../../src/core/layout';
import { WorkbookLayout } from '../../src/core/layout/schema';

describe('the workbook layout data', () => {
  test('parses with its schema to exactly itself: nothing is left to a default', () => {
    const parsed = WorkbookLayout.safeParse(layout);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data).toStrictEqual(JSON.parse(JSON.stringify(layout)));
  });

  test('column keys are unique within each sheet and setting keys within "Cấu hình"', () => {
    const sheets = [layout.targets, layout.criteria, ...layout.registers];
    for (const s of sheets) expect(new Set(s.columns.map((c) => c.key)).size).toBe(s.columns.length);
    const keys = layout.config.settings.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('each register names columns it has as its label column and where criteria items go', () => {
    for (const r of layout.registers) {
      const keys = r.columns.map((c) => c.key);
      expect(keys).toContain(r.labelColumn);
      expect(keys).toContain(r.criteriaAfter);
    }
  });

  test('a dropdown column has options and a column with options is a dropdown', () => {
    for (const s of [layout.targets, layout.criteria, ...layout.registers])
      for (const c of s.columns)
        expect([c.key, c.kind === 'enum' || c.kind === 'result']).toEqual([c.key, c.options !== undefined]);
  });
});
