// Honest status: titles scored with the sample criteria are named in the report, their decisions are marked
// "DỰ THẢO" until the province's criteria are on "Bộ tiêu chí", and the data part speaks to the province.
import { runEngine } from '../../src/core/engine';
import { buildAnnualReport, buildDecisions } from '../../src/core/report';
import { allBlocks, blockText, type DocModel, type TableBlock } from '../../src/core/report/model';
import type { CellValue } from '../../src/core/snapshot';
import { families, makeWorkbook, village } from '../core/helpers/workbook';

const villages = [village('Thôn 1')];
// Scored on its total points: the shipped clan set is a sample, so this title is provisional.
const clans = [{ name: 'Họ Nguyễn', villages: 'Thôn 1', registered: 'x', totalPoints: 95 }];

/** The province's clan criteria, entered on "Bộ tiêu chí": four items of 25, pass at 70. */
const PROVINCE_CLAN_CRITERIA: CellValue[][] = [
  ['Danh hiệu', 'Mã', 'Nội dung tiêu chí', 'Điểm tối đa', 'Điểm đạt'],
  ['Dòng họ học tập', 'TC1', 'Con cháu đi học', 25, 70],
  ['Dòng họ học tập', 'TC2', 'Người lớn học tập', 25, ''],
  ['Dòng họ học tập', 'TC3', 'Quỹ khuyến học', 25, ''],
  ['Dòng họ học tập', 'TC4', 'Tác dụng', 25, ''],
];

const book = () => makeWorkbook({ villages, families: families('Thôn 1', 9), clans });
const decisionFor = (docs: DocModel[], title: string): DocModel => {
  const d = docs.find((x) => x.name.includes(title));
  if (!d) throw new Error(`no decision for ${title}`);
  return d;
};
const first = (d: DocModel) => allBlocks(d)[0];

describe('titles scored with the sample criteria', () => {
  const r = runEngine(book());

  test('their decision opens with a highlighted "DỰ THẢO" and cites the province\u2019s criteria as gaps', () => {
    const clan = decisionFor(buildDecisions(r), 'Dòng họ học tập');
    expect(first(clan)).toEqual({ kind: 'paragraph', role: 'draft', runs: [{ text: 'DỰ THẢO' }] });
    const ground = allBlocks(clan).find((b) => blockText(b).startsWith('Căn cứ Quyết định số …'));
    expect(ground && blockText(ground)).toBe(
      'Căn cứ Quyết định số … ngày … của … ban hành Bộ tiêu chí đánh giá, công nhận danh hiệu "Dòng họ học tập";',
    );
    expect(ground?.kind === 'paragraph' && ground.runs.filter((x) => x.highlight).map((x) => x.text)).toEqual(
      ['…', '…', '…'],
    );
  });

  test('a decision on the official family set carries no mark', () => {
    expect(first(decisionFor(buildDecisions(r), 'Gia đình học tập'))).toMatchObject({ kind: 'header' });
  });

  test('one decision for all titles is a draft as soon as one of them is', () => {
    const one = runEngine({
      ...book(),
      'Cấu hình': [...(book()['Cấu hình'] ?? []), ['Một quyết định cho mọi danh hiệu', 'x']],
    });
    const docs = buildDecisions(one);
    expect(docs).toHaveLength(1);
    expect(docs[0] && first(docs[0])).toMatchObject({ role: 'draft' });
  });

  test('the report names them beside their figures and says their decisions are drafts', () => {
    const text = allBlocks(buildAnnualReport(r)).map(blockText).join('\n');
    expect(text).toContain(
      'Dòng họ học tập (tạm tính theo bộ tiêu chí mẫu): toàn xã có 1/1 dòng họ (100%) được công nhận',
    );
    expect(text).toContain(
      'Danh hiệu "Dòng họ học tập" được chấm theo bộ tiêu chí mẫu, chưa phải bộ tiêu chí do tỉnh ban hành: kết quả danh hiệu này là tạm tính và quyết định công nhận còn là dự thảo',
    );
    expect(text).not.toContain('Gia đình học tập (tạm tính');
  });

  test('once the province\u2019s criteria are entered, the mark and the provisional wording are gone', () => {
    const entered = runEngine({ ...book(), 'Bộ tiêu chí': PROVINCE_CLAN_CRITERIA });
    expect(entered.sampleCriteria).toEqual([]);
    const clan = decisionFor(buildDecisions(entered), 'Dòng họ học tập');
    expect(first(clan)).toMatchObject({ kind: 'header' });
    const text = allBlocks(buildAnnualReport(entered)).map(blockText).join('\n');
    expect(text).not.toMatch(/tiêu chí mẫu|DỰ THẢO/u);
  });
});

describe('the data-quality part', () => {
  test('says what was checked and what remains, by kind, without pointing to a sheet the province lacks', () => {
    // Warnings by hand: the sample clan set (1), the missing "Đơn vị" and "Công dân" sheets (2), a plan date
    // that is not a date (1).
    const r = runEngine({
      ...book(),
      'Cấu hình': [...(book()['Cấu hình'] ?? []), ['Ngày kế hoạch của xã', 'tháng Giêng']],
    });
    const blocks = allBlocks(buildAnnualReport(r));
    const text = blocks.map(blockText).join('\n');
    expect(text).toContain(
      'tổng hợp tự động từ danh sách 1 thôn, 10 hộ gia đình và 1 dòng họ do các thôn, đơn vị lập',
    );
    expect(text).toContain('Kết quả kiểm tra: còn 0 lỗi và 4 cảnh báo, theo loại như sau:');
    expect(text).not.toContain('Lỗi dữ liệu');
    const table = blocks.find(
      (b): b is TableBlock => b.kind === 'table' && b.header[0]?.[1]?.text === 'Loại vấn đề',
    );
    expect(table?.rows.map((row) => ('cells' in row ? row.cells : []))).toEqual([
      ['1', 'Thiếu trang, thiếu cột hoặc cột không nhận ra', '0', '2'],
      ['2', 'Chấm theo bộ tiêu chí mẫu, chưa có bộ tiêu chí của tỉnh', '0', '1'],
      ['3', 'Thông tin chung, chỉ tiêu, bộ tiêu chí của xã', '0', '1'],
      ['', 'Cộng', '0', '4'],
    ]);
  });
});
