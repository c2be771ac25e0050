// Issue 9 items 1–4: tables read as officers draw them, hand-built sheets, figures counted by hand.
import { layout } from '../../../src/core/layout';
import { runEngine } from '../../../src/core/engine';
import { registerColumns } from '../../../src/core/layout/columns';
import { defaultCriteriaSets } from '../../../src/core/criteria/sets';
import { findHeader } from '../../../src/core/read/headers';
import { missingEssentials } from '../../../src/core/read/sheets';
import { findSheet } from '../../../src/core/read/table';
import type { CellValue } from '../../../src/core/snapshot';
import { decodeWorkbook } from '../../../src/core/text/legacy-sheet';

const spec = (key: 'villages' | 'families' | 'clans' | 'units' | 'citizens') => {
  const s = layout.registers.find((r) => r.key === key);
  if (!s) throw new Error(key);
  return registerColumns(s, defaultCriteriaSets[s.title]);
};

const CONFIG: CellValue[][] = [
  ['Tham số', 'Giá trị'],
  ['Tên xã/phường', 'Hòa An'],
  ['Tỉnh/thành phố', 'Thanh Hóa'],
  ['Năm đánh giá', 2026],
  ['Bộ chỉ tiêu', 'Quảng Ngọc 2026-2030'],
];
const VILLAGES: CellValue[][] = [
  ['STT', 'Tên thôn', 'Tổng số hộ'],
  [1, 'Thôn 1', 10],
  [2, 'Thôn 2', 10],
];
const familyFigures = (book: Record<string, CellValue[][]>) => {
  const r = runEngine({ 'Cấu hình': CONFIG, Thôn: VILLAGES, ...book });
  const f = r.tally.commune.family;
  return { registered: f.registered, recognised: f.recognised, total: f.total, issues: r.issues };
};
const codes = (issues: readonly { code: string }[]) => issues.map((i) => i.code);

describe('headers match by meaning, abbreviations included', () => {
  test.each([
    ['KQ', 'result'],
    ['KQ bình xét', 'result'],
    ['XL', 'result'],
    ['Xếp loại', 'result'],
    ['Đạt/Chưa đạt', 'result'],
    ['ĐK', 'registered'],
    ['TĐ', 'totalPoints'],
    ['Tổng điểm', 'totalPoints'],
    ['NK', 'members'],
    ['Tên thôn/bản/tổ', 'village'],
  ])('"%s" is the %s column of the household list', (header, key) => {
    const h = findHeader([['STT', 'Họ tên chủ hộ', header]], spec('families'));
    expect(h?.columns.get(key)).toBe(2);
  });

  test('"Đăng ký DH" is the registration of the clan list', () => {
    const h = findHeader([['TT', 'Dòng họ', 'Địa bàn', 'Đăng ký DH', 'Kết quả đánh giá']], spec('clans'));
    expect(h?.columns.get('registered')).toBe(3);
    expect(h?.columns.get('result')).toBe(4);
  });

  test('a child header is read with its parent: "Đăng ký" over "Ngày ĐK | ĐK" maps registration to ĐK', () => {
    const h = findHeader(
      [
        ['STT', 'Họ tên chủ hộ', 'Thôn', 'Đăng ký', '', 'Kết quả'],
        ['', '', '', 'Ngày ĐK', 'ĐK', ''],
        [1, 'Nguyễn Văn An', 'Thôn 1', '01/03/2026', 'x', 'Đạt'],
      ],
      spec('families'),
    );
    expect(h?.columns.get('registered')).toBe(4);
    expect(h?.columns.get('result')).toBe(5);
    expect(h?.lastHeaderRow).toBe(1);
    expect(h?.headers[3]).toBe('Đăng ký / Ngày ĐK');
  });

  test('a first data row is not taken for a second header row', () => {
    const h = findHeader(
      [
        ['STT', 'Họ tên chủ hộ', 'Thôn', 'Đăng ký'],
        [1, 'Thôn', 'Thôn 1', 'x'],
      ],
      spec('families'),
    );
    expect(h?.lastHeaderRow).toBe(0);
  });
});

describe('tables found as people draw them', () => {
  const households: CellValue[][] = [
    ['UBND XÃ HÒA AN'],
    ['DANH SÁCH HỘ GIA ĐÌNH'],
    [],
    ['STT', 'Họ tên chủ hộ', 'Thôn', 'Đăng ký', 'Kết quả'],
    [1, 'Nguyễn Văn An', 'Thôn 1', 'x', 'Đạt'],
    ['', 'Tống Công', 'Thôn 1', 'x', 'Đạt'],
    ['', 'Cộng thôn 1', '', 2, 2],
    [],
    [2, 'Lê Văn Bình', 'Thôn 2', 'x', 'Không đạt'],
    ['', 'Cộng:', '', 1, 0],
    ['', 'Tổng số', '', 3, 2],
    ['', 'Tổng cộng', '', 3, 2],
    [],
    ['', 'Người lập biểu', '', 'Hòa An, ngày … tháng … năm 2026'],
    ['', 'Trần Thị Hà', '', 'Phạm Văn Dũng'],
  ];

  test('subtotal, total and signature rows are not households; "Tống Công" with a blank STT is one', () => {
    const r = familyFigures({ 'Gia đình': households });
    expect({ registered: r.registered, recognised: r.recognised }).toEqual({ registered: 3, recognised: 2 });
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  test('a complete household row under the signature block is still read', () => {
    const r = familyFigures({ 'Gia đình': [...households, [3, 'Đỗ Văn Cường', 'Thôn 2', 'x', 'Đạt']] });
    expect(r.recognised).toBe(3);
  });
});

describe('every column accounted for', () => {
  test('a non-empty column that maps to nothing is named once, with its header and what to rename it to', () => {
    const r = familyFigures({
      'Gia đình': [
        ['STT', 'Họ tên chủ hộ', 'Thôn', 'Đăng ký', 'Kết quả', 'Bình xét cuối năm'],
        [1, 'Nguyễn Văn An', 'Thôn 1', 'x', 'Đạt', 'Đạt'],
        [2, 'Lê Văn Bình', 'Thôn 2', 'x', 'Không đạt', 'Không đạt'],
      ],
    });
    const unmapped = r.issues.filter((i) => i.code === 'UNMAPPED_COLUMN');
    expect(unmapped).toHaveLength(1);
    expect(unmapped[0]?.message).toContain('"Bình xét cuối năm"');
    expect(unmapped[0]?.cell).toBe('F1');
    expect(unmapped[0]?.hint).toContain('"Kết quả"');
  });

  test('registered rows with no result beside an unmapped column of results is one error, not a warning a row', () => {
    const r = familyFigures({
      'Gia đình': [
        ['STT', 'Họ tên chủ hộ', 'Thôn', 'Đăng ký', 'Bình xét'],
        [1, 'Nguyễn Văn An', 'Thôn 1', 'x', 'Đạt'],
        [2, 'Lê Văn Bình', 'Thôn 2', 'x', 'Không đạt'],
      ],
    });
    const errors = r.issues.filter((i) => i.severity === 'error');
    expect(codes(errors)).toEqual(['UNMAPPED_RESULT_COLUMN']);
    expect(errors[0]?.message).toContain('"Bình xét"');
    expect(errors[0]?.hint).toContain('"Kết quả"');
    expect(codes(r.issues)).not.toContain('REGISTERED_NOT_ASSESSED');
  });
});

describe('legacy text decided per column and per sheet', () => {
  test('a TCVN3 column is converted whole, Latin-1-only words included, with one warning and its count', () => {
    const d = decodeWorkbook({
      Thôn: [
        ['STT', 'Tªn th«n', 'Tæng sè hé'],
        [1, 'Th«n 1', 12],
        [2, 'Tæ 2', 10],
        [3, 'Céng', 8],
      ],
    });
    const rows = d.snapshot['Thôn'] ?? [];
    expect(rows.map((r) => r[1])).toEqual(['Tên thôn', 'Thôn 1', 'Tổ 2', 'Cộng']);
    expect(rows[0]?.[2]).toBe('Tổng số hộ');
    expect(d.columns.map((c) => [c.col, c.encoding, c.cells])).toEqual([
      [1, 'tcvn3', 4],
      [2, 'tcvn3', 1],
    ]);
  });

  test('a Unicode column of Latin-1-only Vietnamese words stays as typed', () => {
    const d = decodeWorkbook({ X: [['Họ tên'], ['Hà'], ['Lý'], ['Thôn 1'], ['Hòa']] });
    expect(d.columns).toEqual([]);
    expect(d.snapshot['X']?.map((r) => r[0])).toEqual(['Họ tên', 'Hà', 'Lý', 'Thôn 1', 'Hòa']);
  });

  test('sheet names in TCVN3 and VNI are recognised', () => {
    expect(findSheet({ 'Gia ®×nh': [] }, ['Gia đình'])).toBe('Gia ®×nh');
    expect(findSheet({ 'Gia ñình': [] }, ['Gia đình'])).toBe('Gia ñình');
    expect(findSheet({ 'Danh s¸ch hé': [] }, ['Danh sách hộ'])).toBe('Danh s¸ch hé');
  });

  test('a whole workbook in TCVN3 gives one warning per converted column, not one per cell', () => {
    const tc = (rows: CellValue[][]) => rows;
    const r = runEngine({
      'Cấu hình': CONFIG,
      Thôn: VILLAGES,
      'Gia ®×nh': tc([
        ['STT', 'Hä tªn chñ hé', 'Th«n', '§¨ng ký', 'KÕt qu¶'],
        [1, 'NguyÔn V¨n An', 'Th«n 1', 'x', '§¹t'],
        [2, 'Lª V¨n B×nh', 'Th«n 2', 'x', 'Kh«ng ®¹t'],
        [3, 'TrÇn V¨n Hµ', 'Th«n 2', 'x', '§¹t'],
      ]),
    });
    expect(r.tally.commune.family.recognised).toBe(2);
    const legacy = r.issues.filter((i) => i.code === 'LEGACY_COLUMN');
    expect(legacy.map((i) => i.column)).toEqual(['B', 'C', 'E']);
    expect(legacy.find((i) => i.column === 'B')?.message).toContain('4 ô');
    // A column whose only legacy cell is its header is named as that one cell.
    expect(r.issues.filter((i) => i.code === 'LEGACY_TEXT').map((i) => i.cell)).toEqual(['D1']);
  });
});

describe('sheets found by content', () => {
  const list: CellValue[][] = [
    ['STT', 'Họ tên chủ hộ', 'Thôn', 'Đăng ký', 'Kết quả'],
    [1, 'Nguyễn Văn An', 'Thôn 1', 'x', 'Đạt'],
    [2, 'Lê Văn Bình', 'Thôn 2', 'x', 'Đạt'],
  ];
  const empty: CellValue[][] = [['STT', 'Họ tên chủ hộ', 'Thôn', 'Số nhân khẩu', 'Đăng ký', 'Kết quả']];

  test('a sheet whose header row matches a register is read whatever its name, and that is said', () => {
    const r = familyFigures({ 'Sổ theo dõi 2026': list });
    expect(r.recognised).toBe(2);
    expect(r.issues.find((i) => i.code === 'SHEET_FOUND_BY_CONTENT')?.sheet).toBe('Sổ theo dõi 2026');
  });

  test('of two sheets for one register the one with data is used, and that is said', () => {
    const r = familyFigures({ 'Gia đình': empty, 'Danh sách hộ': list });
    expect(r.recognised).toBe(2);
    const said = r.issues.find((i) => i.code === 'SHEET_ALIAS_USED');
    expect(said?.message).toContain('"Danh sách hộ"');
    expect(said?.message).toContain('"Gia đình"');
  });

  test('two sheets for one register both with data: one error naming both, nothing read from either', () => {
    const r = familyFigures({ 'Gia đình': list, 'Danh sách hộ': list });
    const errors = r.issues.filter((i) => i.severity === 'error');
    expect(codes(errors)).toEqual(['SHEET_CONFLICT']);
    expect(errors[0]?.message).toContain('"Gia đình"');
    expect(errors[0]?.message).toContain('"Danh sách hộ"');
    expect(r.registered).toBe(0);
  });

  test('a lone household list is described by what it holds and what is missing', () => {
    const book = {
      'DS ho gia dinh': [
        ['DANH SACH HO GIA DINH'],
        [],
        ['STT', 'Ho ten chu ho', 'Thon', 'Dang ky', 'Ket qua'],
        [1, 'Nguyen Van An', 'Thon 1', 'x', 'Dat'],
        [2, 'Le Van Binh', 'Thon 02', 'x', 'Dat'],
        [3, 'Tran Van Ha', 'thon 2', '', ''],
      ],
    };
    const m = missingEssentials(book, defaultCriteriaSets);
    expect(m?.found).toEqual(['Trang "DS ho gia dinh" là danh sách hộ: 3 hộ, 2 thôn']);
    expect(m?.missing.join(' ')).toContain('"Thôn"');
    const r = runEngine(book);
    expect(r.issues.find((i) => i.code === 'VILLAGES_SHEET_MISSING')?.message).toContain(
      'Trang "DS ho gia dinh" là danh sách hộ: 3 hộ, 2 thôn',
    );
    expect(codes(r.issues)).not.toContain('UNKNOWN_VILLAGE');
  });
});
