// A small province for the roll-up's table and report tests: two communes read, one with errors, one not
// shared, one not run this year, one on an old schema, one damaged. Figures chosen to count by hand.
import { rollUpProvince, type CommuneSource } from '../../../src/core/province/rollup';
import type { SummaryIndicator, SummaryRow } from '../../../src/core/summary/schema';
import { communeFigure } from '../../helpers/summary-row';

export const row = (
  commune: string,
  code: string,
  indicator: SummaryIndicator,
  numerator: number | null,
  denominator: number | null,
  over: Partial<SummaryRow> = {},
): SummaryRow => communeFigure(commune, code, numerator, denominator, { indicator, label: '', ...over });

export const src = (
  listRow: number,
  listedName: string,
  fetched: CommuneSource['fetched'],
): CommuneSource => ({
  source: `xa-${listRow}.xlsx`,
  listedName,
  listRow,
  fetched,
});

export const sources: CommuneSource[] = [
  src(2, '', {
    kind: 'ok',
    rows: [row('An', '00001', 'family', 30, 40), row('An', '00001', 'citizenAdults', 50, 100)],
  }),
  src(3, '', { kind: 'ok', rows: [row('Bình', '00002', 'family', 45, 60)] }),
  src(4, '', { kind: 'ok', rows: [row('Châu', '00003', 'family', 10, 10, { errors: 3 })] }),
  src(5, 'Dương', { kind: 'notShared' }),
  src(6, '', { kind: 'ok', rows: [row('Đông', '00004', 'family', 9, 10, { year: 2025 })] }),
  src(7, 'Giang', { kind: 'oldSchema', version: 0 }),
  src(8, 'Hà', { kind: 'damaged', row: 3, col: 10, header: 'Tử số' }),
];
export const targets = [
  { indicator: 'family', year: 2030, comparison: '>=', percent: 80, scope: 'commune' },
  { indicator: 'citizenAdults', year: 2030, comparison: '>=', percent: 40, scope: 'commune' },
] as const;
export const rollup = rollUpProvince(sources, 2026, [...targets]);
