// The province association's Google project (build-tinh/Code.js) in the enforcing sandbox: its master sheet
// lists the communes' shared sheets, "Đọc số liệu các xã và tổng hợp" reads each one's "Số liệu gửi tỉnh"
// through the Sheets API (read-only) in slices, names what it could not read, and writes "Tổng hợp tỉnh".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUMMARY_SHEET } from '../../src/core/summary/schema';
import { idOf, master, provinceSandbox, row, summarySheet, syntheticProvince } from './province';
import { ExecutionTimeout, totalMs } from './sandbox/clock';
import { LIMITS } from './sandbox/cost-model';
import { BUILD_TINH, createSandbox, type Sandbox } from './sandbox/sandbox';

/**
 * The hand-counted province: family, commune level.
 *   1 An      300/400  read
 *   2 Bình    180/200  read (a village row too: never added up by the province)
 *   3 Châu     90/100  2 data errors: shown, not added up
 *   4 Dương            not shared with the association
 *   5 Đông     (2025)  not run this year
 *   6 Giang            old schema
 *   7 Hà               link to a sheet that does not exist
 *   8 Khánh    50/100  read
 *   9 Lâm              no "Số liệu gửi tỉnh" sheet at all: never run
 * Province: (300 + 180 + 50) / (400 + 200 + 100) = 530/700 = 75.71… % → 75,7; below 80.
 */
const NAMES = ['An', 'Bình', 'Châu', 'Dương', 'Đông', 'Giang', 'Hà', 'Khánh', 'Lâm'];
const province = (): Sandbox => {
  const sb = createSandbox({ project: 'tinh', snapshot: master(NAMES) });
  const books = sb.sheetsApi.books;
  books.set(idOf(1), { sheets: { [SUMMARY_SHEET]: summarySheet([row('An', '16001', 300, 400)]) } });
  books.set(idOf(2), {
    sheets: {
      [SUMMARY_SHEET]: summarySheet([
        row('Bình', '16002', 180, 200),
        row('Bình', '16002', 40, 50, { level: 'village', village: 'Thôn 1' }),
      ]),
    },
  });
  books.set(idOf(3), {
    sheets: { [SUMMARY_SHEET]: summarySheet([row('Châu', '16003', 90, 100, { errors: 2 })]) },
  });
  books.set(idOf(4), {
    private: true,
    sheets: { [SUMMARY_SHEET]: summarySheet([row('Dương', '16004', 1, 1)]) },
  });
  books.set(idOf(5), {
    sheets: { [SUMMARY_SHEET]: summarySheet([row('Đông', '16005', 9, 10, { year: 2025 })]) },
  });
  books.set(idOf(6), {
    sheets: {
      [SUMMARY_SHEET]: [
        ['Phiên bản mẫu', 'Tên xã', 'Năm'],
        [0, 'Giang', 2026],
      ],
    },
  });
  books.set(idOf(8), { sheets: { [SUMMARY_SHEET]: summarySheet([row('Khánh', '16008', 50, 100)]) } });
  books.set(idOf(9), { sheets: { 'Trang tính1': [['x']] } });
  return sb;
};

const rollupSheet = (sb: Sandbox) => sb.ss.sheet('Tổng hợp tỉnh').dump();
const rowOf = (values: unknown[][], name: string) => values.find((r) => r[1] === name) ?? [];
/** The province's family row of "I. Toàn tỉnh": target, percentage, recognised, households, verdict. */
const familyTotals = (sb: Sandbox) => {
  const r = rowOf(rollupSheet(sb), 'Gia đình học tập (% hộ)');
  // The percentage is 75,7 shown; stored as 75.7 or as the fraction 0.757 under a percent format.
  const pct = typeof r[3] === 'number' && r[3] < 1 ? Math.round(r[3] * 1000) / 10 : r[3];
  return { percent: pct, recognised: r[4], total: r[5], verdict: r[6] };
};

describe('Tổng hợp tỉnh on Google', () => {
  test('names each commune by what reading it gave and adds up only the communes read without errors', () => {
    const sb = province();
    sb.call('menuTongHopTinh');
    expect(sb.last().timedOut).toBe(false);
    expect(sb.ui.alerts.map((a) => a.prompt)).toEqual([expect.stringContaining('Đã đọc 3/9 xã')]);
    const values = rollupSheet(sb);
    const state = (name: string) => String(rowOf(values, name)[2] ?? '');
    expect(state('An')).toBe('Đã đọc');
    expect(state('Bình')).toBe('Đã đọc');
    expect(state('Châu')).toBe('Còn lỗi dữ liệu');
    expect(state('Dương')).toBe('Chưa chia sẻ');
    expect(state('Đông')).toBe('Chưa tổng hợp năm nay');
    expect(state('Giang')).toBe('Mẫu cũ');
    expect(state('Hà')).toBe('Không tìm thấy');
    expect(state('Khánh')).toBe('Đã đọc');
    expect(state('Lâm')).toBe('Chưa tổng hợp năm nay');
    expect(familyTotals(sb)).toEqual({ percent: 75.7, recognised: 530, total: 700, verdict: 'Chưa đạt' });
    // The communes' sheets were only read: 9 reads, nothing else touched them.
    expect(sb.sheetsApi.reads).toBe(9);
  });

  test('an execution killed mid-way resumes at the first commune not recorded and counts each commune once', () => {
    const sb = province();
    // Đông (5th) answers so slowly that the execution dies on it: Google stops the script after that call.
    const slow = sb.sheetsApi.books.get(idOf(5));
    if (slow) slow.slowMs = LIMITS.executionMs;
    expect(() => sb.call('menuTongHopTinh')).toThrow(ExecutionTimeout);
    const recorded = JSON.parse(sb.properties.document.getProperty('kh.tinh.run') ?? '{}') as {
      next: number;
    };
    // An, Bình, Châu, Dương recorded; Đông read but never recorded.
    expect(recorded.next).toBe(4);
    if (slow) slow.slowMs = 0;
    const answer = sb.call('tinhStep') as { ok: boolean; value: { done: boolean; completed: number } };
    expect(answer.ok).toBe(true);
    expect(answer.value.done).toBe(true);
    expect(familyTotals(sb)).toMatchObject({ percent: 75.7, recognised: 530, total: 700 });
    // Only the commune being read when the execution died is read twice.
    expect(sb.sheetsApi.reads).toBe(10);
  });

  test('170 communes: slices each well inside 6 minutes, reads paced under the 60-a-minute quota', () => {
    const p = syntheticProvince(170);
    const sb = provinceSandbox(p.names, p.books);
    sb.call('menuTongHopTinh');
    let executions = 1;
    for (;;) {
      const answer = sb.call('tinhStep') as { ok: boolean; value: { done: boolean; waitMs?: number } };
      executions += 1;
      expect(answer.ok).toBe(true);
      // Paced reads never meet Google's per-minute quota.
      expect(answer.value.waitMs).toBeUndefined();
      if (answer.value.done) break;
      expect(executions).toBeLessThan(10);
    }
    for (const e of sb.clock.executions) {
      expect(e.timedOut).toBe(false);
      expect(totalMs(e)).toBeLessThan(LIMITS.executionMs * 0.75);
    }
    expect(executions).toBeGreaterThanOrEqual(2);
    expect(sb.sheetsApi.reads).toBe(170);
    // Σ(100 + i mod 50) over 170 communes: 170 × 100 + 3 full cycles of 0..49 (3 × 1,225) + 0..19 (190).
    expect(p.family.numerator).toBe(170 * 100 + 3 * 1225 + 190);
    expect(familyTotals(sb)).toMatchObject({ recognised: 20865, total: 34000 });
  });

  test('the report is built from the stored reads, without reading the communes again', () => {
    const sb = province();
    sb.call('menuTongHopTinh');
    const reads = sb.sheetsApi.reads;
    sb.call('menuBaoCaoTinh');
    expect(sb.sheetsApi.reads).toBe(reads);
    const docs = [...sb.documents.docs.values()];
    expect(docs).toHaveLength(1);
    const body = docs[0]?.body.text() ?? '';
    expect(body).toContain('THANH HÓA');
    expect(body).toContain('75,7');
    expect(sb.ui.alerts.at(-1)?.prompt).toContain(`https://docs.google.com/document/d/${docs[0]?.id}/edit`);
  });

  test('without a roll-up of the current list, the report asks for one first', () => {
    const sb = province();
    sb.call('menuBaoCaoTinh');
    expect(sb.documents.docs.size).toBe(0);
    expect(sb.ui.alerts.at(-1)?.prompt).toContain('Chạy "Đọc số liệu các xã và tổng hợp" trước');
  });

  test('the province project reads communes with the read-only scope and never asks for full Sheets access', () => {
    const manifest = JSON.parse(readFileSync(join(BUILD_TINH, 'appsscript.json'), 'utf8')) as {
      oauthScopes: string[];
      dependencies: { enabledAdvancedServices: { userSymbol: string }[] };
    };
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/spreadsheets.readonly');
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/spreadsheets');
    expect(manifest.dependencies.enabledAdvancedServices.map((s) => s.userSymbol)).toEqual(['Sheets']);
    const sb = province();
    sb.call('onOpen');
    expect(sb.ui.menus.at(-1)?.title).toBe('Tổng hợp tỉnh');
  });
});

test('"Thiết lập" on an empty master adds Cấu hình tỉnh, Danh sách xã and Chỉ tiêu, which the roll-up then reads', () => {
  const sb = createSandbox({ project: 'tinh' });
  sb.ss.addSheet('Trang tính1');
  sb.call('menuThietLapTinh');
  const names = sb.ss.sheets.filter((s) => !s.deleted).map((s) => s.name);
  expect(names).toEqual(expect.arrayContaining(['Cấu hình tỉnh', 'Danh sách xã', 'Chỉ tiêu']));
  expect(sb.ss.sheet('Danh sách xã').dump()[0]).toEqual(['STT', 'Tên xã', 'Liên kết/Tệp']);
  // Empty settings: the roll-up names the missing ones instead of reading anything.
  sb.call('menuTongHopTinh');
  expect(sb.ui.alerts.at(-1)?.prompt).toMatch(/Cấu hình tỉnh.*Tỉnh\/thành phố/su);
  expect(sb.sheetsApi.reads).toBe(0);
});

describe('minh chứng coverage on Google', () => {
  /**
   * Family, commune level: An 40 recognised of 50, 30 with a link (75 %); Bình 10 of 12, all 10 linked (100 %);
   * Cẩm 20 of 25, its register without a "Minh chứng" column. Province: (30 + 10)/(40 + 10) = 40/50 = 80 %.
   */
  test('shows each commune and the province-wide share, and no share for a commune without the column', () => {
    const sb = createSandbox({ project: 'tinh', snapshot: master(['An', 'Bình', 'Cẩm']) });
    const books = sb.sheetsApi.books;
    books.set(idOf(1), {
      sheets: { [SUMMARY_SHEET]: summarySheet([row('An', '16001', 40, 50, { evidence: 30 })]) },
    });
    books.set(idOf(2), {
      sheets: { [SUMMARY_SHEET]: summarySheet([row('Bình', '16002', 10, 12, { evidence: 10 })]) },
    });
    books.set(idOf(3), { sheets: { [SUMMARY_SHEET]: summarySheet([row('Cẩm', '16003', 20, 25)]) } });
    sb.call('menuTongHopTinh');
    const values = rollupSheet(sb);
    const percent = (v: unknown) => (typeof v === 'number' ? Math.round(v * 1000) / 10 : v);
    // The last row naming a commune is its row in the minh chứng part (after its row in the communes part).
    const evidenceRow = (name: string) => values.filter((r) => r[1] === name).at(-1) ?? [];
    expect(percent(evidenceRow('An')[2])).toBe(75);
    expect(percent(evidenceRow('Bình')[2])).toBe(100);
    expect(evidenceRow('Cẩm')[2]).toBe('Không có số liệu');
    expect(percent(evidenceRow('Toàn tỉnh')[2])).toBe(80);
    // Province-wide: recognised in the communes with data, linked, share, communes without data.
    const totals = rowOf(values, 'Gia đình học tập');
    expect([totals[2], totals[3], percent(totals[4]), totals[5]]).toEqual([50, 40, 80, 1]);
  });
});

describe('a commune file that is there but is not a Google Sheet', () => {
  /**
   * Family, commune level:
   *   1 An     300/400  read
   *   2 Bình            an .xlsx uploaded to Drive as it is, linked from Sheets: there but unreadable
   *   3 Cẩm     50/100  a Google Sheet linked from Drive ("drive.google.com/file/d/…"): read
   *   4 Dũng            an .xlsx linked from Drive: there but unreadable
   *   5 Giang           an .xlsx not shared: not shared
   *   6 Hà              a link to nothing: not found
   * Province: (300 + 50) / (400 + 100) = 350/500 = 70 %; below 80.
   */
  const driveLink = (n: number) => `https://drive.google.com/file/d/${idOf(n)}/view?usp=sharing`;
  const sandbox = (): Sandbox => {
    const snapshot = master(['An', 'Bình', 'Cẩm', 'Dũng', 'Giang', 'Hà']);
    const list = snapshot['Danh sách xã'] ?? [];
    for (const n of [3, 4]) (list[n] as unknown[])[2] = driveLink(n);
    const sb = createSandbox({ project: 'tinh', snapshot });
    const books = sb.sheetsApi.books;
    books.set(idOf(1), { sheets: { [SUMMARY_SHEET]: summarySheet([row('An', '16001', 300, 400)]) } });
    books.set(idOf(2), { notGoogleSheet: true, sheets: {} });
    books.set(idOf(3), { sheets: { [SUMMARY_SHEET]: summarySheet([row('Cẩm', '16003', 50, 100)]) } });
    books.set(idOf(4), { notGoogleSheet: true, sheets: {} });
    books.set(idOf(5), { notGoogleSheet: true, private: true, sheets: {} });
    return sb;
  };

  test('is "there but unreadable" with what to ask of the commune, counted apart and never added up', () => {
    const sb = sandbox();
    sb.call('menuTongHopTinh');
    expect(sb.last().timedOut).toBe(false);
    expect(sb.ui.alerts.map((a) => a.prompt)).toEqual([expect.stringContaining('Đã đọc 2/6 xã')]);
    const values = rollupSheet(sb);
    const state = (name: string) => String(rowOf(values, name)[2] ?? '');
    expect(state('An')).toBe('Đã đọc');
    expect(state('Bình')).toBe('Có tệp nhưng không đọc được');
    expect(state('Cẩm')).toBe('Đã đọc');
    expect(state('Dũng')).toBe('Có tệp nhưng không đọc được');
    expect(state('Giang')).toBe('Chưa chia sẻ');
    expect(state('Hà')).toBe('Không tìm thấy');
    const note = String(rowOf(values, 'Dũng').at(-1) ?? '');
    expect(note).toContain(
      `Liên kết "${driveLink(4)}" mở một tệp trên Drive nhưng không phải Google Trang tính`,
    );
    expect(note).toContain('Lưu dưới dạng Google Trang tính');
    const states = values.slice(values.findIndex((r) => r[0] === 'IV. SỐ XÃ THEO TÌNH TRẠNG'));
    const count = (s: string) => states.find((r) => r[1] === s)?.[2];
    expect([
      count('Đã đọc'),
      count('Có tệp nhưng không đọc được'),
      count('Chưa chia sẻ'),
      count('Không tìm thấy'),
    ]).toEqual([2, 2, 1, 1]);
    expect(familyTotals(sb)).toEqual({ percent: 70, recognised: 350, total: 500, verdict: 'Chưa đạt' });
    expect(sb.sheetsApi.reads).toBe(6);
  });

  test('the report names it with its state', () => {
    const sb = sandbox();
    sb.call('menuTongHopTinh');
    sb.call('menuBaoCaoTinh');
    const body = [...sb.documents.docs.values()][0]?.body.text() ?? '';
    expect(body.split('Có tệp nhưng không đọc được').length - 1).toBe(2);
    expect(body).toContain('Không tìm thấy');
  });
});
