// Marking and clearing move about as many cells as they mark: never the area between scattered marks.
import fc from 'fast-check';
import { clusterBoxes, rowRunsA1, SLACK, WASTE } from '../../src/gas/marks/boxes';
import { sampleWithMistakes, userState } from './fixtures';
import { createSandbox, type Sandbox } from './sandbox/sandbox';

const MARK_METHODS = ['Range.getBackgrounds', 'Range.getNotes', 'Range.setNotes', 'RangeList.setBackground'];
const markCells = (sb: Sandbox): number =>
  MARK_METHODS.reduce((n, m) => n + (sb.tracker.cells.get(m) ?? 0), 0);
const markCalls = (sb: Sandbox): number =>
  [...sb.tracker.counts]
    .filter(([k]) => /^(Range\.(getBackgrounds|getNotes|setNotes)|RangeList\.|Sheet\.getRangeList)/u.test(k))
    .reduce((n, [, v]) => n + v, 0);
const markedNow = (sb: Sandbox): number =>
  Object.values(userState(sb.ss)).reduce(
    (n, s) => n + s.formats.filter(([, f]) => f.note.startsWith('⚠')).length,
    0,
  );

describe('clusterBoxes', () => {
  test('every cell is covered once and no box exceeds WASTE × its cells + SLACK', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ row: fc.integer({ min: 1, max: 400 }), col: fc.integer({ min: 1, max: 20 }) }), {
          maxLength: 300,
        }),
        (cells) => {
          const boxes = clusterBoxes(cells);
          const unique = new Set(cells.map((c) => `${c.row},${c.col}`));
          for (const k of unique) {
            const [row, col] = k.split(',').map(Number) as [number, number];
            const holders = boxes.filter(
              (b) => row >= b.row && row < b.row + b.rows && col >= b.col && col < b.col + b.cols,
            );
            expect(holders.length).toBeGreaterThanOrEqual(1);
          }
          const area = boxes.reduce((n, b) => n + b.rows * b.cols, 0);
          expect(area).toBeLessThanOrEqual((WASTE + SLACK) * unique.size);
        },
      ),
    );
  });

  test('a whole column of marks is one box; two far-apart marks are two single cells', () => {
    const column = Array.from({ length: 500 }, (_, i) => ({ row: i + 2, col: 3 }));
    expect(clusterBoxes(column)).toEqual([{ row: 2, col: 3, rows: 500, cols: 1 }]);
    expect(
      clusterBoxes([
        { row: 5, col: 2 },
        { row: 58_000, col: 19 },
      ]),
    ).toEqual([
      { row: 5, col: 2, rows: 1, cols: 1 },
      { row: 58_000, col: 19, rows: 1, cols: 1 },
    ]);
  });

  test('row runs name adjacent cells once', () => {
    expect(
      rowRunsA1([
        { row: 5, col: 2 },
        { row: 5, col: 3 },
        { row: 5, col: 4 },
        { row: 7, col: 2 },
      ]),
    ).toEqual(['B5:D5', 'B7']);
  });
});

describe('Kiểm tra dữ liệu and Xóa đánh dấu on the sample with planted mistakes', () => {
  let sb: Sandbox;
  let marked: number;
  let cellsMarking: number;
  let callsMarking: number;
  let cellsClearing: number;
  beforeAll(() => {
    sb = createSandbox({ snapshot: sampleWithMistakes() });
    sb.tracker.reset();
    sb.call('menuKiemTra');
    marked = markedNow(sb);
    cellsMarking = markCells(sb);
    callsMarking = markCalls(sb);
    sb.tracker.reset();
    sb.call('menuXoaDanhDau');
    cellsClearing = markCells(sb);
  }, 120_000);

  test('marking reads and writes at most 4 × (WASTE + SLACK) cells per marked cell', () => {
    expect(marked).toBeGreaterThan(10);
    // Four passes (read fills, read notes, write notes, write fills), each within the boxes' bound.
    expect(cellsMarking).toBeLessThanOrEqual(4 * (WASTE + SLACK) * marked);
    expect(cellsClearing).toBeLessThanOrEqual(4 * (WASTE + SLACK) * marked);
  });

  test('calls grow with the marks (four per box, two per colour and sheet), not with the rows', () => {
    expect(callsMarking).toBeLessThanOrEqual(5 * marked + 20);
  });

  test('no fill is written to a cell that is not marked', () => {
    const after = userState(sb.ss);
    // After clearing, nothing is left: no explicit white on any cell of the user's sheets.
    for (const s of Object.values(after)) expect(s.formats).toEqual([]);
    const again = createSandbox({ snapshot: sampleWithMistakes() });
    again.call('menuKiemTra');
    for (const s of again.ss.sheets.filter((x) => x.name !== 'Lỗi dữ liệu'))
      for (const [, f] of s.formatsDump())
        if (f.background !== '#ffffff') expect(f.note.startsWith('⚠')).toBe(true);
  });
});
