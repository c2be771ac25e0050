// The judge itself: it must see a wrong figure, a missing village, an unlocated refusal and a cascade.
import { expectationOf } from './corpus';
import type { Expectation } from './expectation';
import { judge, type ShellRun } from './judge';
import { readSummary, shownPercent } from './summary-sheet';

const SUMMARY: unknown[][] = [
  ['TỔNG HỢP'],
  [],
  ['Danh hiệu', 'Tổng số', 'Đăng ký', 'Tỷ lệ đăng ký (%)', 'Công nhận', 'Tỷ lệ công nhận (%)'],
  ['Gia đình học tập (hộ)', 30, 18, 60, 14, 46.666666],
  [],
  ['Thôn', 'Tổng số hộ', 'Hộ đăng ký', 'Hộ đạt GĐHT', 'GĐHT (%)'],
  ['Thôn 1', 12, 7, 5, 41.65],
  ['Toàn xã', 30, 18, 14, 46.7],
];

const figures = (commune: object, villages: object[] = []): Expectation =>
  ({
    fixture: '00-x',
    habit: 'h',
    counted: 'c',
    shells: ['cli'],
    outcome: 'figures',
    exit: 0,
    commune,
    villages,
  }) as Expectation;
const run = (over: Partial<ShellRun> = {}): ShellRun => ({
  shell: 'cli',
  exit: 0,
  documents: true,
  summary: SUMMARY,
  problems: null,
  messages: [],
  ...over,
});

describe('judging a run against the hand count', () => {
  test('percentages are compared as shown: one decimal, half up, decimal comma', () => {
    expect(shownPercent(46.666666)).toBe('46,7');
    expect(shownPercent(41.65)).toBe('41,7');
    expect(shownPercent(50)).toBe('50,0');
    expect(shownPercent('–')).toBeNull();
    expect(shownPercent('Chưa tính được')).toBeNull();
    expect(shownPercent('NaN')).toBe('NaN');
    expect(readSummary(SUMMARY).villages.map((v) => v.name)).toEqual(['Thôn 1']);
  });

  test('matching figures are right; one wrong figure with exit 0 is wrong-exit0', () => {
    const family = { registered: 18, recognised: 14, total: 30, percent: '46,7' };
    expect(
      judge(figures({ family }, [{ name: 'Thôn 1', family: { recognised: 5, percent: '41,7' } }]), run())
        .verdict,
    ).toBe('right');
    const wrong = judge(figures({ family: { ...family, total: 31 } }), run());
    expect(wrong.verdict).toBe('wrong-exit0');
    expect(wrong.reasons).toEqual(['family tổng số: cần 31, thấy 30']);
    expect(judge(figures({ family }, [{ name: 'Thôn 9', family: { percent: '1,0' } }]), run()).verdict).toBe(
      'wrong-exit0',
    );
    expect(judge(figures({ family }), run({ exit: 1, documents: false })).verdict).toBe('other');
  });

  test('a refusal must exit as expected, write no document and name each place', () => {
    const e = expectationOf('18-so-ho-4-ty');
    const located = ['Trang "Thôn", ô C3: Số hộ 4.000.000.016 không hợp lý.'];
    expect(judge(e, run({ exit: 1, documents: false, messages: located })).verdict).toBe('right');
    expect(judge(e, run({ exit: 1, documents: false, messages: ['Trang "Thôn": số hộ sai.'] })).verdict).toBe(
      'other',
    );
    expect(judge(e, run({ exit: 0, documents: true, messages: located })).verdict).toBe('wrong-exit0');
    const cascade = [
      ['1', 'Lỗi', 'Thôn', 3, 'C', 'C3'],
      ['2', 'Lỗi', 'Gia đình', 5, 'C', 'C5'],
    ];
    expect(judge(e, run({ exit: 1, documents: false, problems: cascade })).reasons).toEqual([
      '2 lỗi, cần không quá 1 (một lỗi, một thông báo)',
    ]);
  });
});
