// "Nhập chỉ tiêu từ kế hoạch" run from the built bundle: the dialog opens, the preview reads the pasted plan, and the
// ticked rows land under the officer's own rows in one write, with "Bộ chỉ tiêu" switched to that sheet.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sample, userState } from './fixtures';
import { createSandbox } from './sandbox/sandbox';

const PLAN = readFileSync(join(__dirname, '../targets-import/fixtures/phuong-nam-2027.txt'), 'utf8');
const OFFICER_ROWS = [
  ['Gia đình học tập (% hộ)', 2026, '≥', 70, 'Toàn xã', '', '', '', 'Nghị quyết Đảng bộ'],
  ['Công dân học tập (% công dân)', 2027, '>', 45, 'Toàn xã', '', '', '', 'Nghị quyết Đảng bộ'],
];
const withOfficerRows = () => {
  const s = sample();
  return { ...s, 'Chỉ tiêu': [...(s['Chỉ tiêu'] ?? []), ...OFFICER_ROWS] };
};

interface Preview {
  summary: string;
  rows: {
    indicator: string;
    comparison: string;
    percent: string;
    year: number;
    scope: string;
    line: number;
    sentence: string;
    ticked: boolean;
  }[];
  notes: string[];
  unresolved: unknown[];
}

test('the menu item opens the dialog, built from the bundle’s HTML with its Vietnamese texts', () => {
  const sb = createSandbox({ snapshot: sample() });
  sb.call('onOpen');
  const items = sb.ui.menus[0]?.items ?? [];
  expect(items).toContainEqual({ label: 'Nhập chỉ tiêu từ kế hoạch', handler: 'menuNhapChiTieu' });
  sb.call('menuNhapChiTieu');
  const dialog = sb.ui.dialogs[0];
  expect(dialog?.getContent()).toContain('"read":"Đọc chỉ tiêu"');
  expect(dialog?.getContent()).not.toContain('<?!=');
});

test('the preview lists every target with its sentence and line, reading two sheets and writing nothing', () => {
  const sb = createSandbox({ snapshot: withOfficerRows() });
  const before = userState(sb.ss);
  let preview: Preview | undefined;
  sb.count(() => {
    preview = sb.call('docChiTieuKeHoach', PLAN) as Preview;
  });
  expect(sb.tracker.counts.get('Sheet.getSheetValues')).toBe(2);
  expect([...sb.tracker.counts.keys()].filter((k) => /\.set|insert/u.test(k))).toEqual([]);
  expect(userState(sb.ss)).toEqual(before);
  expect(preview?.summary).toBe('Kế hoạch năm 2027. Tìm thấy 6 chỉ tiêu.');
  expect(preview?.rows[0]).toMatchObject({
    indicator: 'Công dân học tập (% công dân)',
    comparison: '>',
    percent: '45',
    year: 2027,
    scope: 'Toàn xã',
    line: 11,
    // The officer's sheet already has it for 2027.
    ticked: false,
    note: 'Trang Chỉ tiêu đã có chỉ tiêu này cho năm đó (dòng 3); không thêm lại.',
  });
  expect(preview?.rows.slice(1).every((r) => r.ticked)).toBe(true);
  expect(preview?.rows[0]?.sentence).toContain('trên 45% công dân');
  // The sample's Cấu hình is set for another plan: the officer is told what to change.
  expect(preview?.notes).toEqual([
    'Trang "Cấu hình" ghi giai đoạn kế hoạch 2026–2030, còn kế hoạch này là 2027–2027: sửa "Kế hoạch từ năm" và "Kế hoạch đến năm" cho khớp.',
    'Trang "Cấu hình" chọn "Năm chỉ tiêu" 2028, nhưng kế hoạch này không có chỉ tiêu năm đó (có: 2027).',
  ]);
});

test('confirming appends the ticked rows under the officer’s rows, skips one already there, and sets Bộ chỉ tiêu', () => {
  const sb = createSandbox({ snapshot: withOfficerRows() });
  const before = userState(sb.ss);
  let message = '';
  const calls = sb.count(() => {
    message = sb.call('themChiTieuKeHoach', PLAN, [0, 1, 2, 4]) as string;
  });
  const sheet = sb.ss.sheet('Chỉ tiêu').dump();
  expect(sheet.slice(0, 3)).toEqual(before['Chỉ tiêu']?.values.slice(0, 3));
  expect(sheet.slice(3).map((r) => r.slice(0, 5))).toEqual([
    ['Chỉ tiêu khác', 2027, '≥', 100, 'Toàn xã'],
    ['Gia đình học tập (% hộ)', 2027, '≥', 88, 'Toàn xã'],
    ['Công dân học tập (% người lớn)', 2027, '>', 50, 'Từng thôn'],
  ]);
  expect(sheet[3]?.[5]).toBe('Tổ dân phố duy trì hoạt động của các mô hình học tập (%)');
  expect(String(sheet[4]?.[8])).toMatch(/^Kế hoạch dán vào, dòng 13: “Tối thiểu 88% hộ gia đình/u);
  const config = sb.ss.sheet('Cấu hình').dump();
  expect(config.find((r) => r[0] === 'Bộ chỉ tiêu')?.[1]).toBe('Theo trang Chỉ tiêu');
  expect(message).toContain('Bỏ qua Công dân học tập (% công dân) năm 2027: trang Chỉ tiêu đã có ở dòng 3.');
  expect(message).toContain('Đã thêm 3 dòng vào cuối trang "Chỉ tiêu".');
  // Every other sheet is as it was.
  const after = userState(sb.ss);
  for (const name of Object.keys(before).filter((n) => n !== 'Chỉ tiêu' && n !== 'Cấu hình'))
    expect(after[name]).toEqual(before[name]);
  // Read two sheets, write one block of rows and one cell: a constant number of calls, whatever the plan's size.
  const writes = [...sb.tracker.counts].filter(([name]) => /\.setValues?$/u.test(name));
  expect(writes).toEqual([['Range.setValues', 2]]);
  expect(calls).toBeLessThan(40);
});

test('a second confirmation of the same plan adds nothing', () => {
  const sb = createSandbox({ snapshot: withOfficerRows() });
  sb.call('themChiTieuKeHoach', PLAN, [0, 1, 2, 3, 4, 5]);
  const once = sb.ss.sheet('Chỉ tiêu').dump();
  const message = sb.call('themChiTieuKeHoach', PLAN, [0, 1, 2, 3, 4, 5]) as string;
  expect(sb.ss.sheet('Chỉ tiêu').dump()).toEqual(once);
  expect(message).toContain('Không thêm dòng nào');
});

test('an empty paste and a busy spreadsheet fail with a Vietnamese message, never a stack', () => {
  const sb = createSandbox({ snapshot: sample() });
  expect(() => sb.call('docChiTieuKeHoach', '   ')).toThrow('Hãy dán nội dung kế hoạch trước.');
  sb.locks.documentLock.heldByOther = true;
  expect(() => sb.call('themChiTieuKeHoach', PLAN, [0])).toThrow(/Một cán bộ khác đang chạy/u);
});
