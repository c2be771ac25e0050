import { spreadsheetIdOf } from '../../src/core/province/links';
import { classifyCommune, keepForYear, type CommuneSource } from '../../src/core/province/rollup';
import type { SummaryRow } from '../../src/core/summary/schema';
import { summaryRow } from '../helpers/summary-row';

const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-xyz';

describe('the spreadsheet id of a commune link', () => {
  test.each([
    [`https://docs.google.com/spreadsheets/d/${ID}/edit?usp=sharing`, ID],
    [`https://docs.google.com/spreadsheets/u/1/d/${ID}/edit#gid=0`, ID],
    [`  docs.google.com/spreadsheets/d/${ID}  `, ID],
    [`https://docs.google.com/open?id=${ID}`, ID],
    // Drive's own links to the file: a Google Sheet reads through the same id.
    [`https://drive.google.com/file/d/${ID}/view?usp=sharing`, ID],
    [`https://drive.google.com/file/u/0/d/${ID}/view`, ID],
    [`https://drive.google.com/open?id=${ID}`, ID],
    [ID, ID],
    ['https://drive.google.com/drive/folders/abc', null],
    ['xa-hoa-an.xlsx', null],
    ['', null],
  ])('%s', (link, id) => expect(spreadsheetIdOf(link)).toBe(id));
});

const r = (year: number, over: Partial<SummaryRow> = {}): SummaryRow =>
  summaryRow({
    communeCode: '16001',
    commune: 'An',
    year,
    numerator: 3,
    denominator: 4,
    generatedAt: '2026-12-01T00:00:00.000Z',
    ...over,
  });

describe('what a resumable roll-up keeps of a commune', () => {
  const cases: [string, CommuneSource['fetched']][] = [
    [
      'run this year, with village rows',
      { kind: 'ok', rows: [r(2026), r(2026, { level: 'village', village: 'Thôn 1' })] },
    ],
    ['run this year with errors', { kind: 'ok', rows: [r(2026, { errors: 2 })] }],
    ['last run in 2024 and 2025', { kind: 'ok', rows: [r(2024), r(2025, { commune: 'An (mới)' })] }],
    ['only village rows this year', { kind: 'ok', rows: [r(2026, { level: 'village', village: 'Thôn 1' })] }],
    ['empty summary', { kind: 'ok', rows: [] }],
    ['not shared', { kind: 'notShared' }],
    ['old schema', { kind: 'oldSchema', version: 0 }],
  ];
  test.each(cases)('%s: classified the same as the full read', (_, fetched) => {
    const src = (f: CommuneSource['fetched']): CommuneSource => ({
      source: 's',
      listedName: 'X',
      listRow: 2,
      fetched: f,
    });
    expect(classifyCommune(src(keepForYear(fetched, 2026)), 2026)).toEqual(
      classifyCommune(src(fetched), 2026),
    );
  });
  test('village rows are not kept', () => {
    const kept = keepForYear(cases[0]?.[1] as CommuneSource['fetched'], 2026);
    expect(kept).toEqual({ kind: 'ok', rows: [r(2026)] });
  });
});
