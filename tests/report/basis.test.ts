// The documents' legal basis from "Cấu hình": the province's guidance and the commune's own plan, cited by number,
// date, issuer and trích yếu; gaps the officer fills by hand are highlighted runs, never another body's plan.
import { runEngine } from '../../src/core/engine';
import { buildAnnualReport, buildDecisions } from '../../src/core/report';
import { documentKind } from '../../src/core/report/basis';
import {
  allBlocks,
  blockText,
  type Block,
  type DocModel,
  type ParagraphBlock,
} from '../../src/core/report/model';
import type { CellValue } from '../../src/core/snapshot';
import { families, makeWorkbook, village } from '../core/helpers/workbook';

const villages = [village('Thôn 1')];

const PLAN = {
  'Số kế hoạch của xã': '45/KH-UBND',
  'Ngày kế hoạch của xã': '15/01/2026',
  'Trích yếu kế hoạch của xã': 'Xây dựng xã hội học tập giai đoạn 2026-2030',
  'Cơ quan ban hành kế hoạch của xã': 'UBND xã Hòa An',
};
const GUIDANCE = {
  'Số hướng dẫn của tỉnh': '12/HD-HKH',
  'Ngày hướng dẫn của tỉnh': '10/03/2026',
  'Trích yếu hướng dẫn của tỉnh': 'V/v đánh giá, công nhận các mô hình học tập năm 2026',
  'Cơ quan ban hành hướng dẫn của tỉnh': 'Hội Khuyến học tỉnh Thanh Hóa',
};

// The base configuration chooses the Quảng Ngọc targets: their plan must never become this commune's basis.
const run = (config: Record<string, CellValue>) =>
  runEngine(makeWorkbook({ villages, families: families('Thôn 1', 9), config }));

const paragraphs = (doc: DocModel): ParagraphBlock[] =>
  allBlocks(doc).filter((b): b is ParagraphBlock => b.kind === 'paragraph');
const intro = (doc: DocModel): ParagraphBlock => {
  const p = paragraphs(doc).find((b) => blockText(b).startsWith('Thực hiện '));
  if (!p) throw new Error('no opening line');
  return p;
};
const highlighted = (b: Block): string[] =>
  b.kind === 'paragraph' ? b.runs.filter((r) => r.highlight === true).map((r) => r.text) : [];
const familyDecision = (r: ReturnType<typeof run>): DocModel => {
  const d = buildDecisions(r).find((x) => x.name.includes('Gia đình học tập'));
  if (!d) throw new Error('no family decision');
  return d;
};

describe('the basis of the report and the decisions', () => {
  test('the report opens with the province\u2019s guidance, then the commune\u2019s plan, as configured', () => {
    const r = run({ ...PLAN, ...GUIDANCE });
    const p = intro(buildAnnualReport(r));
    expect(blockText(p)).toBe(
      'Thực hiện Hướng dẫn số 12/HD-HKH ngày 10/03/2026 của Hội Khuyến học tỉnh Thanh Hóa về việc đánh giá, công nhận các mô hình học tập năm 2026; ' +
        'Kế hoạch số 45/KH-UBND ngày 15/01/2026 của UBND xã Hòa An về xây dựng xã hội học tập giai đoạn 2026-2030, ' +
        'Hội Khuyến học xã Hòa An báo cáo kết quả đánh giá, công nhận các danh hiệu "Gia đình học tập", "Dòng họ học tập", "Cộng đồng học tập", "Đơn vị học tập" và "Công dân học tập" năm 2026 như sau:',
    );
    expect(highlighted(p)).toEqual([]);
  });

  test('each decision cites the same two documents, province first, right before "Theo đề nghị"', () => {
    const texts = allBlocks(familyDecision(run({ ...PLAN, ...GUIDANCE }))).map(blockText);
    const proposal = texts.findIndex((t) => t.startsWith('Theo đề nghị'));
    expect(texts.slice(proposal - 2, proposal)).toEqual([
      'Căn cứ Hướng dẫn số 12/HD-HKH ngày 10/03/2026 của Hội Khuyến học tỉnh Thanh Hóa về việc đánh giá, công nhận các mô hình học tập năm 2026;',
      'Căn cứ Kế hoạch số 45/KH-UBND ngày 15/01/2026 của UBND xã Hòa An về xây dựng xã hội học tập giai đoạn 2026-2030;',
    ]);
  });

  test('with no plan configured, leaves highlighted gaps to fill and never cites the target set\u2019s plan', () => {
    const r = run({});
    const report = buildAnnualReport(r);
    const p = intro(report);
    expect(blockText(p)).toMatch(
      /^Thực hiện Hướng dẫn số …\/HD-… ngày … của …; Kế hoạch số …\/KH-UBND ngày … của …, Hội Khuyến học xã Hòa An báo cáo /u,
    );
    expect(highlighted(p)).toEqual(['…/HD-…', '…', '…', '…/KH-UBND', '…', '…']);
    const decision = familyDecision(r);
    const grounds = paragraphs(decision).filter((b) => blockText(b).startsWith('Căn cứ Kế hoạch'));
    expect(grounds.map(blockText)).toEqual(['Căn cứ Kế hoạch số …/KH-UBND ngày … của …;']);
    expect(grounds.flatMap(highlighted)).toEqual(['…/KH-UBND', '…', '…']);
    for (const doc of [report, decision])
      expect(allBlocks(doc).map(blockText).join('\n')).not.toMatch(/Quảng Ngọc/u);
  });

  test('a partly configured plan keeps what is given and highlights only what is missing', () => {
    const p = intro(buildAnnualReport(run({ 'Số kế hoạch của xã': '45/KH-UBND' })));
    expect(blockText(p)).toContain('; Kế hoạch số 45/KH-UBND ngày … của …, Hội');
    expect(highlighted(p).slice(3)).toEqual(['…', '…']);
  });

  test('a number written "Số: 45 / KH-UBND" is cited as 45/KH-UBND', () => {
    const r = run({ 'Số kế hoạch của xã': 'Số: 45 / KH-UBND' });
    expect(r.config?.planNumber).toBe('45/KH-UBND');
    expect(r.issues.filter((i) => i.sheet === 'Cấu hình')).toEqual([]);
  });
});

describe('malformed basis values in "Cấu hình"', () => {
  test('a plan date that is not a date is a warning on its row and value cell, and leaves the date a gap', () => {
    // Rows 2–5 hold the four base settings, row 6 the plan's number, row 7 its date.
    const r = run({ 'Số kế hoạch của xã': '45/KH-UBND', 'Ngày kế hoạch của xã': 'tháng Giêng' });
    const issue = r.issues.find((i) => i.code === 'CONFIG_DOC_DATE');
    expect(issue).toMatchObject({
      severity: 'warning',
      sheet: 'Cấu hình',
      row: 7,
      column: 'B',
      value: 'tháng Giêng',
    });
    expect(issue?.message).toContain('"Ngày kế hoạch của xã"');
    expect(issue?.hint).toContain('dd/mm/yyyy');
    expect(r.blocking).toBe(false);
    const p = intro(buildAnnualReport(r));
    expect(blockText(p)).toContain('Kế hoạch số 45/KH-UBND ngày … của …');
  });

  test('a bare number without its code is a warning that says how to write it, and the number stays a gap', () => {
    const r = run({ 'Số hướng dẫn của tỉnh': '12' });
    const issue = r.issues.find((i) => i.code === 'CONFIG_DOC_NUMBER');
    expect(issue).toMatchObject({ severity: 'warning', sheet: 'Cấu hình', row: 6, column: 'B', value: '12' });
    expect(issue?.hint).toContain('12/HD-HKH');
    expect(r.config?.guidanceNumber).toBeUndefined();
    expect(highlighted(intro(buildAnnualReport(r)))[0]).toBe('…/HD-…');
  });
});

describe('documentKind', () => {
  test('names the cited document from its code, as Nghị định 30/2020 abbreviates them', () => {
    expect(documentKind('12/HD-HKH')).toBe('Hướng dẫn');
    expect(documentKind('05/QĐ-UBND')).toBe('Quyết định');
    expect(documentKind('12-NQ/TU')).toBe('Nghị quyết');
    expect(documentKind('123/UBND-VP')).toBe('Công văn');
    expect(documentKind(undefined)).toBeNull();
  });
});
