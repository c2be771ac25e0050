// The annual report model: header from configuration, sentences and tables generated from the engine's numbers.
import { buildAnnualReport } from '../../src/core/report';
import { allBlocks, blockText, type Block, type TableBlock } from '../../src/core/report/model';
import { formatDecimal, formatInt, formatPercent } from '../../src/core/text/format';
import { configOf, smallResult, withConfig } from './fixtures/commune';
import { noBreak } from '../../src/core/report/parts';

const texts = (blocks: Block[]) => blocks.map(blockText).join('\n');
const tables = (blocks: Block[]) => blocks.filter((b): b is TableBlock => b.kind === 'table');

describe('buildAnnualReport', () => {
  const r = smallResult();
  const doc = buildAnnualReport(r);
  const blocks = allBlocks(doc);
  const all = texts(blocks);

  test('opens with the association header, number /BC-HKH and the long date, then BÁO CÁO and its subject', () => {
    const [header, title] = blocks;
    expect(header).toEqual({
      kind: 'header',
      parent: ['HỘI KHUYẾN HỌC TỈNH THANH HÓA'],
      body: [`HỘI KHUYẾN HỌC XÃ ${configOf(r).commune.toUpperCase()}`],
      number: 'Số: 05/BC-HKH',
      placeDate: `${configOf(r).commune}, ngày 05 tháng 12 năm 2026`,
    });
    expect(title).toMatchObject({
      kind: 'title',
      docType: 'BÁO CÁO',
      subject: ['Kết quả xây dựng các mô hình học tập năm 2026', expect.stringContaining('xã')],
    });
    expect(doc.name).toBe(`Báo cáo kết quả các mô hình học tập năm 2026 - xã ${configOf(r).commune}`);
  });

  test('leaves a gap for the number and the date when the configuration has none', () => {
    const header = allBlocks(
      buildAnnualReport(withConfig(r, { reportNumber: '', reportDate: undefined } as never)),
    )[0];
    expect(header).toMatchObject({
      number: 'Số: \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC-HKH',
      placeDate: expect.stringMatching(/ngày\u00a0+tháng\u00a0+năm 2026$/u),
    });
  });

  test('states the family figure and its target verdict from the tally and the target evaluation', () => {
    const f = r.tally.commune.family;
    const e = r.targets.find((t) => t.indicator === 'family');
    expect(e).toBeDefined();
    const figure = `toàn xã có ${formatInt(f.recognised)}/${formatInt(f.total)} hộ (${formatPercent(f.recognisedRatio.percent)}) được công nhận`;
    expect(all).toContain(`Gia đình học tập: ${figure}`);
    if (e?.met === false)
      expect(all).toContain(`chưa đạt chỉ tiêu ${formatPercent(e.target.percent)} năm ${e.target.year}`);
    if (e?.met === false) expect(all).toContain(`còn thiếu ${formatInt(e.shortfall)} hộ`);
    if (e?.met === true)
      expect(all).toContain(`đạt chỉ tiêu ${formatPercent(e.target.percent)} năm ${e.target.year}`);
  });

  test('words a commune-wide shortfall as in the plans: "chưa đạt chỉ tiêu 90% năm 2028, còn thiếu 89 hộ"', () => {
    const e = r.targets.find((t) => t.indicator === 'family');
    if (!e) throw new Error('no family target');
    const changed = {
      ...r,
      tally: {
        ...r.tally,
        commune: {
          ...r.tally.commune,
          family: {
            ...r.tally.commune.family,
            total: 3890,
            registered: 3600,
            recognised: 3412,
            recognisedRatio: { numerator: 3412, denominator: 3890, percent: (3412 / 3890) * 100 },
          },
        },
      },
      targets: [
        {
          ...e,
          target: { ...e.target, scope: 'commune' as const },
          met: false,
          shortfall: 89,
          villagesMissing: [],
        },
      ],
    };
    expect(texts(allBlocks(buildAnnualReport(changed)))).toContain(
      'Gia đình học tập: toàn xã có 3.412/3.890 hộ (87,7%) được công nhận (3.600 hộ đăng ký), chưa đạt chỉ tiêu 90% năm 2028, còn thiếu 89 hộ.',
    );
  });

  test('has one row per title plus one per citizen target in the results table, with target, verdict and gap', () => {
    const t = tables(blocks)[0];
    if (!t) throw new Error('no table');
    expect(t.header[0]?.map((c) => c.text)).toEqual([
      'TT',
      'Danh hiệu',
      'Tổng số',
      'Kết quả',
      'So với chỉ tiêu năm 2028',
    ]);
    const family = t.rows[0];
    expect(family && 'cells' in family ? family.cells.slice(0, 6) : null).toEqual([
      '1',
      'Gia đình học tập (hộ)',
      formatInt(r.tally.commune.family.total),
      formatInt(r.tally.commune.family.registered),
      formatInt(r.tally.commune.family.recognised),
      formatDecimal(r.tally.commune.family.recognisedRatio.percent ?? NaN, 1),
    ]);
    const citizenTargets = r.targets.filter(
      (e) => !['family', 'clan', 'community', 'unit'].includes(e.indicator),
    );
    expect(t.rows).toHaveLength(5 + citizenTargets.length);
  });

  test('lists every village with its households and the commune total in bold', () => {
    const t = tables(blocks)[1];
    if (!t) throw new Error('no village table');
    expect(t.rows).toHaveLength(r.tally.villages.length + 1);
    r.tally.villages.forEach((v, i) => {
      const row = t.rows[i];
      expect(row && 'cells' in row ? [row.cells[1], row.cells[2]] : null).toEqual([
        v.name,
        formatInt(v.family.total),
      ]);
    });
    expect(t.rows[t.rows.length - 1]).toMatchObject({
      bold: true,
      cells: expect.arrayContaining(['Toàn xã']),
    });
  });

  test('names each village below an every-village target with what it lacks', () => {
    const misses = r.targets
      .filter((e) => e.target.scope === 'everyVillage')
      .flatMap((e) => e.villagesMissing);
    for (const m of misses) expect(all).toContain(`${m.name}`);
    const table = tables(blocks).find((b) => b.header[0]?.[2]?.text === 'Chỉ tiêu chưa đạt');
    expect(table?.rows.length ?? 0).toBe(misses.length);
  });

  test('counts errors and warnings in the data-quality part and marks the officer\u2019s own part', () => {
    // The province never receives "Lỗi dữ liệu": the part says what remains, not where to look.
    expect(all).toContain(`còn ${formatInt(r.errorCount)} lỗi và ${formatInt(r.warningCount)} cảnh báo`);
    expect(all).not.toContain('Lỗi dữ liệu');
    const placeholder = blocks.find((b) => b.kind === 'paragraph' && b.role === 'placeholder');
    expect(placeholder && blockText(placeholder)).toMatch(/^\[Phần này do cán bộ tự viết/u);
  });

  test('ends with Nơi nhận from the configuration, the archive line last, and the signer', () => {
    const sig = blocks[blocks.length - 1];
    expect(sig).toMatchObject({
      kind: 'signature',
      recipientsLabel: 'Nơi nhận:',
      titleLines: ['TM. BAN THƯỜNG VỤ', noBreak('CHỦ TỊCH')],
      name: noBreak(configOf(r).reportSigner),
    });
    const lines = sig?.kind === 'signature' ? sig.recipients : [];
    expect(lines[0]).toMatch(/^- Hội Khuyến học tỉnh Thanh Hóa \(b\/c\);$/u);
    expect(lines[lines.length - 1]).toBe('- Lưu: VT, HKH.');
  });

  test('refuses to build without a usable configuration', () => {
    expect(() => buildAnnualReport({ ...r, config: null })).toThrow(
      expect.objectContaining({ cause: { code: 'REPORT_NO_CONFIG' } }),
    );
  });
});
