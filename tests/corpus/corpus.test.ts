// Every corpus workbook through both shells, judged against its hand-counted expectation. A workbook the product
// gets wrong today is `test.failing` with the defect named: the day the defect is fixed the test fails, and the
// fixer turns it into a plain test by removing its line from KNOWN_DEFECTS.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { CORPUS_DIR, expectationOf, fixtureIds, runFixture, specOf, type FixtureResult } from './corpus';
import { specSnapshot } from './workbook-spec';

/** Fixture → the defect that makes it wrong today (issue 9), for both shells. */
const KNOWN_DEFECTS: Record<string, string> = {};

const results = new Map<string, Promise<FixtureResult>>();
const resultOf = (id: string) => {
  let r = results.get(id);
  if (!r) results.set(id, (r = runFixture(id)));
  return r;
};

describe('the corpus is complete and its expectations are well formed', () => {
  test('at least 15 workbooks, each with its builder, its .xlsx and its expectation', () => {
    const ids = fixtureIds();
    expect(ids.length).toBeGreaterThanOrEqual(15);
    for (const id of ids) {
      expect(existsSync(join(CORPUS_DIR, `${id}.ts`))).toBe(true);
      expect(existsSync(join(CORPUS_DIR, `${id}.xlsx`))).toBe(true);
      expect(expectationOf(id).fixture).toBe(id);
    }
    for (const id of Object.keys(KNOWN_DEFECTS)) expect(ids).toContain(id);
  });

  test.each(fixtureIds().filter((id) => !specOf(id).damage))(
    '%s.xlsx holds exactly the cells its builder writes (rebuild with npx tsx tests/fixtures/corpus/build.ts)',
    async (id) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(CORPUS_DIR, `${id}.xlsx`));
      const want = specSnapshot(specOf(id));
      const got: Record<string, unknown[][]> = {};
      wb.eachSheet((ws) => {
        got[ws.name] = (want[ws.name] ?? []).map((row, r) =>
          row.map((_, c) => {
            const cell = ws.getCell(r + 1, c + 1);
            // exceljs repeats a merged block's value in each of its cells; Excel shows it once, top left.
            if (cell.isMerged && cell.master.address !== cell.address) return '';
            const v = cell.value;
            if (v === null || v === undefined) return '';
            return typeof v === 'object' && 'result' in v ? v.result : v;
          }),
        );
      });
      expect(got).toEqual(want);
    },
  );
});

describe.each(['cli', 'gas'] as const)('%s on the corpus: the right figure or a located refusal', (shell) => {
  for (const id of fixtureIds()) {
    const e = expectationOf(id);
    if (!e.shells.includes(shell)) continue;
    const defect = KNOWN_DEFECTS[id];
    const name = `${id}: ${e.habit}${defect ? ` [today: ${defect}]` : ''}`;
    (defect ? test.failing : test)(name, async () => {
      const r = await resultOf(id);
      const j = shell === 'cli' ? r.cli : r.gas;
      expect(j?.reasons).toEqual([]);
      expect(j?.verdict).toBe('right');
    });
  }
});
