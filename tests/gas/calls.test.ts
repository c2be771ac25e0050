// Service calls do not grow with the commune: the same count for the sample and for a commune ten times larger.
// Marking is the one part that grows, with the cells it marks (one box each at worst), never with the rows.
import { plantMistakes, MISTAKES_SEED } from '../../sheets-templates/sample/mistakes';
import { sample, sampleTimes10 } from './fixtures';
import { createSandbox, type Sandbox } from './sandbox/sandbox';

// 55 before "Tổng hợp" was formatted to print and "Số liệu gửi tỉnh" was written: the print formats cost 8 calls
// whatever the rows (alignments, wraps, vertical alignment, one range list of borders, a break-apart, one merged
// block), the summary sheet 5 on a later run. "Lịch sử" adds 10 whatever its years: its one read (it is not in
// layout.owned, so the workbook read takes it), the metadata check (3), and a values-only write (5 with the grid check).
// The progress line chart adds 13 whatever the rows or years (one range: the block's header and its charted rows;
// newChart, asLineChart, setTitle, getRange, addRange, transpose, headers, 3 options, position, build, insert) and
// 1 on a later run (its removeChart).
// The split build (scripts/split.mjs) adds 8 on every run: the item's four modules, each read from its HTML file
// (createHtmlOutputFromFile, getContent), so onOpen and the custom functions compile Code.js alone.
const MAX_TONG_HOP = 100;
/**
 * The first run also creates "Tổng hợp", "Số liệu gửi tỉnh" and "Lịch sử" (18 of the calls): the metadata finder
 * misses, each sheet is inserted, tagged and formatted once (header, frozen row, column widths); later runs only
 * replace values.
 */
const MAX_TONG_HOP_FIRST = 122;

interface Counts {
  tongHop: number;
  tongHopAgain: number;
  kiemTra: number;
  kiemTraAgain: number;
  xoa: number;
  thietLap: number;
}

/** Calls of the marks: per box a getRange, getBackgrounds, getNotes and at most one setNotes; per colour a RangeList. */
const markCalls = (sb: Sandbox): number => {
  const c = (k: string) => sb.tracker.counts.get(k) ?? 0;
  return (
    2 * c('Range.getBackgrounds') +
    c('Range.getNotes') +
    c('Range.setNotes') +
    c('Sheet.getRangeList') +
    c('RangeList.setBackground')
  );
};
const marks = { kiemTra: 0, kiemTraAgain: 0, xoa: 0 };
const withoutMarks = (sb: Sandbox, f: () => void, key: keyof typeof marks): number => {
  const n = sb.count(f);
  const m = markCalls(sb);
  marks[key] = Math.max(marks[key], m);
  return n - m;
};

const measure = (sb: Sandbox): Counts => ({
  tongHop: sb.count(() => sb.call('menuTongHop')),
  tongHopAgain: sb.count(() => sb.call('menuTongHop')),
  kiemTra: withoutMarks(sb, () => sb.call('menuKiemTra'), 'kiemTra'),
  kiemTraAgain: withoutMarks(sb, () => sb.call('menuKiemTra'), 'kiemTraAgain'),
  xoa: withoutMarks(sb, () => sb.call('menuXoaDanhDau'), 'xoa'),
  thietLap: sb.count(() => sb.call('menuThietLap')),
});

let small: Counts;
let large: Counts;
beforeAll(() => {
  small = measure(createSandbox({ snapshot: plantMistakes(sample(), MISTAKES_SEED).snapshot }));
  large = measure(createSandbox({ snapshot: plantMistakes(sampleTimes10(), MISTAKES_SEED).snapshot }));
}, 240_000);

test('a full "Chấm điểm và tổng hợp" makes at most 122 service calls the first time and 100 later', () => {
  expect(small.tongHop).toBeLessThanOrEqual(MAX_TONG_HOP_FIRST);
  expect(small.tongHopAgain).toBeLessThanOrEqual(MAX_TONG_HOP);
});

test('marking makes at most 5 calls per marked cell (the planted mistakes mark fewer than 120 cells)', () => {
  for (const n of Object.values(marks)) expect(n).toBeLessThanOrEqual(5 * 120);
});

test.each(['tongHop', 'tongHopAgain', 'kiemTra', 'kiemTraAgain', 'xoa', 'thietLap'] as const)(
  '%s makes as many calls on the sample as on a commune ten times larger (marks aside)',
  (item) => {
    expect(large[item]).toBe(small[item]);
  },
);
