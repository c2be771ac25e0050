// Every menu item run from the built bundle on the sample commune: what it writes, and what it never touches.
import { layout } from '../../src/core/layout';
import { sample, sampleWithMistakes, userState } from './fixtures';
import { createSandbox } from './sandbox/sandbox';

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at |Code\.js:\d|TypeError|ReferenceError/u);

describe('Thiết lập', () => {
  test('on an empty spreadsheet it adds every template sheet with headers, notes, dropdowns and a frozen header', () => {
    const sb = createSandbox();
    sb.ss.addSheet('Trang tính1');
    sb.call('menuThietLap');
    const names = sb.ss.sheets.map((s) => s.name);
    expect(names).toEqual([
      'Trang tính1',
      'Cấu hình',
      'Chỉ tiêu',
      'Bộ tiêu chí',
      'Thôn',
      'Gia đình',
      'Dòng họ',
      'Đơn vị',
      'Công dân',
    ]);
    const citizens = sb.ss.sheet('Công dân');
    const header = citizens.dump()[0] ?? [];
    expect(header.slice(0, 3)).toEqual(['STT', 'Họ và tên', 'Năm sinh']);
    expect(header).toContain('TC10');
    expect(citizens.frozenRows).toBe(1);
    expect(citizens.format(1, 2).note).toBe('Họ và tên công dân, có dấu.');
    expect(citizens.format(1, 2).fontWeight).toBe('bold');
    const group = citizens.validations.find((v) => v.a1.startsWith('D2'));
    expect(group?.rule?.values).toEqual([
      'Người dân/Nông dân',
      'Người lao động',
      'CBCCVC',
      'Học sinh/Sinh viên',
    ]);
    // The whole column, header excepted: every row the sheet has, and rows added at the bottom later.
    expect(group?.a1).toBe('D2:D');
    expect(citizens.validationAt(1, 4)).toBeNull();
    expect(citizens.validationAt(1000, 4)).toBe(group?.rule);
    citizens.insertRowsAfter(citizens.getMaxRows(), 11_000);
    expect(citizens.validationAt(12_000, 4)).toBe(group?.rule);
    const village = sb.ss.sheet('Gia đình').validations.find((v) => v.a1.startsWith('C2'));
    expect(village).toMatchObject({ a1: 'C2:C', rule: { range: 'Thôn!B2:B1000' } });
    const config = sb.ss.sheet('Cấu hình').dump();
    expect(config[1]?.[0]).toBe('Tên xã/phường *');
    expect(sb.ss.toasts.at(-1)).toMatch(/^Đã thêm 8 trang/u);
  });

  test('on the sample commune it adds nothing and changes no existing sheet', () => {
    const sb = createSandbox({ snapshot: sample() });
    const before = userState(sb.ss);
    sb.call('menuThietLap');
    expect(userState(sb.ss)).toEqual(before);
    expect(sb.ss.toasts.at(-1)).toBe('Bảng tính đã có đủ các trang mẫu; không thêm trang nào.');
  });

  test('a sheet under another accepted name ("Danh sách hộ") counts as present and is left alone', () => {
    const sb = createSandbox({
      snapshot: {
        'Danh sách hộ': [
          ['Chủ hộ', 'Thôn'],
          ['Lê Văn Hà', 'Thôn 1'],
        ],
      },
    });
    sb.call('menuThietLap');
    expect(sb.ss.sheets.map((s) => s.name)).not.toContain('Gia đình');
    expect(sb.ss.sheet('Danh sách hộ').dump()).toEqual([
      ['Chủ hộ', 'Thôn'],
      ['Lê Văn Hà', 'Thôn 1'],
    ]);
  });
});

describe('Kiểm tra dữ liệu', () => {
  test('marks wrong cells, writes "Lỗi dữ liệu" with links to each cell and lists the problems in the sidebar', () => {
    const sb = createSandbox({ snapshot: sampleWithMistakes() });
    const before = userState(sb.ss);
    sb.call('menuKiemTra');
    expect(sb.ui.alerts).toEqual([]);
    const problems = sb.ss.sheet(layout.owned.problems);
    expect(problems.metadata.map((m) => [m.key, m.value])).toEqual([[layout.ownerMetadataKey, 'problems']]);
    const formulas = [...problems.formatsDump().values()].map((f) => f.formula).filter((f) => f !== '');
    expect(formulas.length).toBeGreaterThan(10);
    const gid = sb.ss.sheet('Gia đình').id;
    expect(formulas.some((f) => f.startsWith(`=HYPERLINK("#gid=${gid}&range=`))).toBe(true);
    // Marked cells: a background and a note, values untouched.
    const after = userState(sb.ss);
    for (const name of Object.keys(before)) expect(after[name]?.values).toEqual(before[name]?.values);
    const marked = Object.values(after).flatMap((s) => s.formats.filter(([, f]) => f.note.startsWith('⚠')));
    expect(marked.length).toBeGreaterThan(10);
    expect(marked.every(([, f]) => f.background === '#f4cccc' || f.background === '#fff2cc')).toBe(true);
    const sidebar = sb.ui.sidebars[0];
    expect(sidebar?.title).toBe('Lỗi dữ liệu');
    expect(sidebar?.getContent()).toContain('"sheet":"Gia đình"');
    expect(sb.ss.toasts.at(-1)).toMatch(/^Có \d+ lỗi và \d+ cảnh báo; đã tô màu \d+ ô/u);
  });

  test('a sidebar click selects the cell of the problem', () => {
    const sb = createSandbox({ snapshot: sampleWithMistakes() });
    sb.call('selectCell', 'Gia đình', 'C5');
    expect(sb.ss.activeRange).toEqual({ sheet: 'Gia đình', a1: 'C5' });
  });
});

describe('Xóa đánh dấu', () => {
  test('restores every marked cell exactly, including a colour and a note the user had set', () => {
    const sb = createSandbox({ snapshot: sampleWithMistakes() });
    // The user's own formatting on cells that will be marked (the whole header row and a data block).
    for (const s of sb.ss.sheets) {
      s.getRange(1, 1, 1, 3).setBackgrounds([['#00ff00', '#00ff00', '#00ff00']]);
      s.getRange(2, 1, 30, 12).setNotes(
        Array.from({ length: 30 }, () => Array.from({ length: 12 }, () => 'ghi chú của tôi')),
      );
    }
    const before = userState(sb.ss);
    sb.call('menuKiemTra');
    expect(userState(sb.ss)).not.toEqual(before);
    sb.call('menuKiemTra');
    sb.call('menuXoaDanhDau');
    expect(userState(sb.ss)).toEqual(before);
    expect(sb.properties.document.getProperties()).toEqual({});
    expect(sb.ss.toasts.at(-1)).toMatch(/^Đã xóa đánh dấu ở \d+ ô/u);
  });
});

describe('Chấm điểm và tổng hợp', () => {
  test('writes the per-village table, the commune row, the targets coloured and the charts, and leaves user sheets alone', () => {
    const sb = createSandbox({ snapshot: sample() });
    const before = userState(sb.ss);
    sb.call('menuTongHop');
    expect(sb.ui.alerts).toEqual([]);
    const summary = sb.ss.sheet(layout.owned.summary);
    const values = summary.dump();
    const flat = values.map((r) => r.map(String).join('|'));
    expect(flat.some((r) => r.startsWith('Thôn 1|'))).toBe(true);
    expect(flat.some((r) => r.startsWith('Toàn xã|'))).toBe(true);
    const metRow = values.findIndex((r) => r.includes('Đạt'));
    const missRow = values.findIndex((r) => r.includes('Chưa đạt'));
    expect(summary.format(metRow + 1, (values[metRow]?.indexOf('Đạt') ?? 0) + 1).background).not.toBe(
      '#ffffff',
    );
    expect(missRow).toBeGreaterThan(0);
    // The per-village column chart, then the progress line chart (this year's figures, as "Lịch sử" now has them).
    expect(summary.charts.map((c) => c.type)).toEqual(['column', 'line']);
    expect(userState(sb.ss)).toEqual(before);
  });

  test('two runs give the same sheet and the same two charts', () => {
    const sb = createSandbox({ snapshot: sample() });
    sb.call('menuTongHop');
    const first = sb.ss.sheet(layout.owned.summary).dump();
    sb.call('menuTongHop');
    expect(sb.ss.sheet(layout.owned.summary).dump()).toEqual(first);
    expect(sb.ss.sheet(layout.owned.summary).charts.map((c) => c.type)).toEqual(['column', 'line']);
  });

  test('a user sheet named "Tổng hợp" with data is never overwritten: the officer is told what to do', () => {
    const snap = { ...sample(), 'Tổng hợp': [['Bảng của tôi'], [42]] };
    const sb = createSandbox({ snapshot: snap });
    sb.call('menuTongHop');
    expect(sb.ss.sheet('Tổng hợp').dump()).toEqual([['Bảng của tôi'], [42]]);
    const alert = sb.ui.alerts[0];
    expect(alert?.title).toBe('Không chạy được "Chấm điểm và tổng hợp"');
    expect(alert?.prompt).toMatch(/đổi tên trang đó/u);
    noStack(alert?.prompt ?? '');
  });

  test('an empty sheet named "Tổng hợp" is adopted', () => {
    const sb = createSandbox({ snapshot: sample() });
    sb.ss.addSheet('Tổng hợp');
    sb.call('menuTongHop');
    expect(sb.ss.sheets.filter((s) => s.name === 'Tổng hợp')).toHaveLength(1);
    expect(sb.ss.sheet('Tổng hợp').metadata).toHaveLength(1);
  });
});

describe('every menu item', () => {
  test('a second officer gets a clear message while the document is locked, and nothing is written', () => {
    const sb = createSandbox({ snapshot: sample() });
    sb.locks.documentLock.heldByOther = true;
    const before = sb.ss.sheets.map((s) => s.name);
    for (const item of [
      'menuThietLap',
      'menuKiemTra',
      'menuTongHop',
      'menuTaoBaoCao',
      'menuGuiTinh',
      'menuThemNamCu',
      'menuXoaDanhDau',
      'menuHuongDan',
    ]) {
      sb.call(item);
    }
    expect(sb.ss.sheets.map((s) => s.name)).toEqual(before);
    expect(sb.ui.alerts).toHaveLength(8);
    for (const a of sb.ui.alerts)
      expect(a.prompt).toMatch(/^Một cán bộ khác đang chạy một lệnh của menu "Tổng hợp"/u);
  });

  test('an unexpected failure becomes a Vietnamese alert, never a stack trace, and the lock is released', () => {
    const sb = createSandbox({ snapshot: sample() });
    // A spreadsheet that breaks under the script: every read fails.
    for (const s of sb.ss.sheets)
      s.getSheetValues = () => {
        throw new Error('Service Spreadsheets failed while accessing document');
      };
    sb.call('menuTongHop');
    const a = sb.ui.alerts[0];
    expect(a?.prompt).toMatch(/^Đã có lỗi ngoài dự kiến/u);
    noStack(a?.prompt ?? '');
    expect(sb.locks.documentLock.held).toBe(false);
  });

  test('Hướng dẫn shows a short help in Vietnamese', () => {
    const sb = createSandbox();
    sb.call('menuHuongDan');
    expect(sb.ui.alerts[0]?.title).toBe('Hướng dẫn sử dụng');
    expect(sb.ui.alerts[0]?.prompt).toMatch(/Thiết lập: thêm các trang mẫu còn thiếu/u);
  });
});
