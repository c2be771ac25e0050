// Minh chứng coverage in the province roll-up: read from each commune's "Có minh chứng" column, per commune and
// province-wide, on "Tổng hợp tỉnh" and in the report. Figures counted by hand below.
import { buildProvinceReport } from '../../src/core/province/report';
import { rollUpProvince } from '../../src/core/province/rollup';
import { unconfiguredProvinceSettings } from '../../src/core/province/settings';
import { buildProvinceTable } from '../../src/core/province/table';
import type { DocModel } from '../../src/core/report/model';
import { row, src } from './helpers/province';

// An: 30 of 40 recognised families with a link; Bình: 10 of 10; Cẩm: 20 recognised, no "Minh chứng" column
// (evidence blank); Dũng: errors, so not counted whatever its column says. Family: 30 + 10 linked of 40 + 10
// recognised = 40/50 = 80,0 %, Cẩm left out of the share and counted as one commune without data.
// Clan: An 0 recognised (0/0) with the column: "–"; Bình 3 recognised, 1 linked: 1/3 = 33,3 %.
const sources = [
  src(2, '', {
    kind: 'ok',
    rows: [
      row('An', '00001', 'family', 40, 50, { evidence: 30 }),
      row('An', '00001', 'clan', 0, 4, { evidence: 0 }),
    ],
  }),
  src(3, '', {
    kind: 'ok',
    rows: [
      row('Bình', '00002', 'family', 10, 12, { evidence: 10 }),
      row('Bình', '00002', 'clan', 3, 5, { evidence: 1 }),
    ],
  }),
  src(4, '', { kind: 'ok', rows: [row('Cẩm', '00003', 'family', 20, 25, { evidence: null })] }),
  src(5, '', { kind: 'ok', rows: [row('Dũng', '00004', 'family', 5, 5, { evidence: 0, errors: 2 })] }),
];
const rollup = rollUpProvince(sources, 2026);
const table = buildProvinceTable(rollup, 'Thanh Hóa');

const rowsAfter = (title: string) => {
  const start = table.values.findIndex((cells) => cells[0] === title);
  if (start < 0) throw new Error(`no "${title}"`);
  return table.values.slice(start + 1);
};
const EVIDENCE = 'III. MINH CHỨNG CỦA CÁC DANH HIỆU ĐƯỢC CÔNG NHẬN (TỶ LỆ % CÓ ĐƯỜNG DẪN MINH CHỨNG)';

describe('minh chứng coverage in the province roll-up', () => {
  it('adds up the linked entries over the recognised ones of the communes that keep the column', () => {
    const family = rollup.indicators.find((i) => i.indicator === 'family')!;
    expect(family.evidence).toEqual({ numerator: 40, denominator: 50, percent: 80 });
    expect(family.evidenceMissing).toBe(1);
    const clan = rollup.indicators.find((i) => i.indicator === 'clan')!;
    expect(clan.evidence).toEqual({ numerator: 1, denominator: 3, percent: 33.3 });
  });

  it('shows the province-wide share per title on "Tổng hợp tỉnh", with the communes without data', () => {
    const part = rowsAfter(EVIDENCE);
    expect(part[0]?.slice(0, 6)).toEqual([
      'STT',
      'Danh hiệu',
      'Được công nhận (ở các xã có số liệu minh chứng)',
      'Có minh chứng',
      'Có minh chứng (%)',
      'Số xã không có số liệu minh chứng',
    ]);
    expect(part[1]?.slice(0, 6)).toEqual([1, 'Gia đình học tập', 50, 40, 0.8, 1]);
    expect(part[2]?.slice(0, 6)).toEqual([2, 'Dòng họ học tập', 3, 1, 0.333, 0]);
    // No commune has a community figure: nothing recognised anywhere, so no share rather than 0 %.
    expect(part[3]?.slice(0, 6)).toEqual([3, 'Cộng đồng học tập', 0, 0, '–', 0]);
  });

  it("shows each counted commune's share, 'Không có số liệu' without the column, never 0 %", () => {
    const part = rowsAfter(EVIDENCE);
    const header = part.findIndex((cells) => cells[1] === 'Tên xã');
    expect(part[header]?.slice(0, 7)).toEqual([
      'STT',
      'Tên xã',
      'GĐHT có minh chứng (%)',
      'DHHT có minh chứng (%)',
      'CĐHT có minh chứng (%)',
      'ĐVHT có minh chứng (%)',
      'CDHT có minh chứng (%)',
    ]);
    expect(part[header + 1]?.slice(0, 4)).toEqual([1, 'An', 0.75, '–']);
    expect(part[header + 2]?.slice(0, 4)).toEqual([2, 'Bình', 1, 0.333]);
    expect(part[header + 3]?.slice(0, 4)).toEqual([3, 'Cẩm', 'Không có số liệu', '–']);
    // Dũng still has errors: not added up, so not listed here.
    expect(part[header + 4]?.slice(0, 4)).toEqual(['', 'Toàn tỉnh', 0.8, 0.333]);
  });

  it('says the province-wide share in the report and lists each counted commune', () => {
    const settings = unconfiguredProvinceSettings('Thanh Hóa', 2026);
    const doc: DocModel = buildProvinceReport(rollup, settings);
    const text = JSON.stringify(doc);
    expect(text).toContain(
      'Về minh chứng số, trong các danh hiệu được công nhận ở các xã đã cộng số liệu, 40/50 Gia đình học tập (80%), 1/3 Dòng họ học tập (33,3%) có đường dẫn minh chứng; không có số liệu minh chứng: Gia đình học tập ở 1 xã.',
    );
    const evidenceTable = doc.sections[0]!.blocks.find(
      (b) => b.kind === 'table' && JSON.stringify(b.header).includes('GĐHT có minh chứng (%)'),
    );
    expect(
      evidenceTable && 'rows' in evidenceTable
        ? evidenceTable.rows.map((r) => ('cells' in r ? r.cells : []))
        : [],
    ).toEqual([
      ['1', 'An', '75,0', '–', '–', '–', '–'],
      ['2', 'Bình', '100,0', '33,3', '–', '–', '–'],
      ['3', 'Cẩm', 'Không có số liệu', '–', '–', '–', '–'],
    ]);
  });
});
