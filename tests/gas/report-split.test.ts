// Documents over Docs' size budget become numbered parts, cut between table rows, with nothing lost or repeated.
import { blockText, paragraph, type DocModel, type TableBlock } from '../../src/core/report/model';
import { docChars, splitDocument } from '../../src/core/report/split';

// A decision as an officer's commune would give it: three villages of 200 recognised households each.
const villages = ['Thôn Đông', 'Thôn Tây', 'Thôn Bắc'];
const table: TableBlock = {
  kind: 'table',
  columns: [1, 4, 1, 1].map((weight) => ({ weight, align: 'left' as const })),
  header: [[{ text: 'TT' }, { text: 'Họ tên chủ hộ' }, { text: 'Số nhân khẩu' }, { text: 'Tổng điểm' }]],
  rows: villages.flatMap((v, g) => [
    { group: `${v}: 200 hộ` },
    ...Array.from({ length: 200 }, (_, i) => ({
      cells: [String(g * 200 + i + 1), `Nguyễn Văn Hộ Số ${g * 200 + i + 1}`, '4', '92'],
    })),
  ]),
  size: 'table',
};
const decision: DocModel = {
  name: 'Quyết định công nhận Gia đình học tập năm 2026 - xã Hòa An',
  fileStem: 'quyet-dinh-gdht-2026-hoa-an',
  sections: [
    {
      orientation: 'portrait',
      blocks: [
        { kind: 'title', docType: 'QUYẾT ĐỊNH', subject: ['Về việc công nhận danh hiệu "Gia đình học tập"'] },
        paragraph('body', 'Điều 1. Công nhận 600 hộ gia đình đạt danh hiệu.'),
      ],
    },
    { orientation: 'portrait', blocks: [paragraph('centered', 'DANH SÁCH'), table] },
  ],
};

const BUDGET = 8000;
const parts = splitDocument(decision, BUDGET);
const texts = (d: DocModel) => d.sections.flatMap((s) => s.blocks.map(blockText));
const rowsOf = (d: DocModel) =>
  d.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'table' ? b.rows : [])));

test('a document within the budget is left as it is', () => {
  expect(splitDocument(decision, 1_000_000)).toEqual([decision]);
});

test('every part is within the budget and named "(phần k/n)"', () => {
  expect(docChars(decision)).toBeGreaterThan(BUDGET);
  expect(parts.length).toBeGreaterThan(2);
  parts.forEach((p, k) => {
    expect(docChars(p)).toBeLessThanOrEqual(BUDGET);
    expect(p.name).toBe(`${decision.name} (phần ${k + 1}/${parts.length})`);
    expect(p.fileStem).toBe(`${decision.fileStem}-phan-${k + 1}`);
  });
});

test('the 600 households appear once each, in order, across the parts', () => {
  const numbers = parts.flatMap((p) => rowsOf(p).flatMap((r) => ('cells' in r ? [Number(r.cells[0])] : [])));
  expect(numbers).toEqual(Array.from({ length: 600 }, (_, i) => i + 1));
});

test('the decision names its parts under the title; later parts say what they continue', () => {
  const first = texts(parts[0] as DocModel);
  expect(first[1]).toBe(
    `Văn bản này dài nên được lập thành ${parts.length} phần, mỗi phần một văn bản: ${parts.map((p) => `"${p.name}"`).join('; ')}.`,
  );
  expect(first.at(-1)).toBe(`(Còn tiếp ở văn bản "${parts[1]?.name ?? ''}".)`);
  expect(texts(parts[1] as DocModel)[0]).toBe(
    `Phần 2/${parts.length}, tiếp theo văn bản "${parts[0]?.name ?? ''}".`,
  );
});

test('a village cut between two parts starts the next part again with "(tiếp theo)"', () => {
  const continued = parts.slice(1).map((p) => rowsOf(p)[0]);
  expect(continued.some((r) => r !== undefined && 'group' in r && / \(tiếp theo\)$/u.test(r.group))).toBe(
    true,
  );
  // Each part's table keeps the header.
  for (const p of parts.slice(1))
    for (const s of p.sections)
      for (const b of s.blocks) if (b.kind === 'table') expect(b.header).toEqual(table.header);
});
