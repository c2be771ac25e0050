import { rollUpProvince, type CommuneSource } from '../../src/core/province/rollup';
import { communeFigure } from '../helpers/summary-row';

const row = communeFigure;

const src = (listRow: number, fetched: CommuneSource['fetched']): CommuneSource => ({
  source: `xa-${listRow}.xlsx`,
  listedName: '',
  listRow,
  fetched,
});

describe('province roll-up', () => {
  const sources = [
    src(2, { kind: 'ok', rows: [row('An', '00001', 30, 40, { evidence: 15 })] }),
    src(3, {
      kind: 'ok',
      rows: [
        row('Bình', '00002', 45, 60),
        row('Bình', '00002', 5, 9, { level: 'village', village: 'Thôn 1' }),
      ],
    }),
    src(4, { kind: 'ok', rows: [row('Châu', '00003', 10, 10, { errors: 2 })] }),
    src(5, { kind: 'notShared' }),
    src(6, { kind: 'ok', rows: [row('An', '00001', 30, 40)] }),
    src(7, { kind: 'ok', rows: [row('Đông', '00004', 9, 10, { year: 2025 })] }),
    src(8, { kind: 'oldSchema', version: 0 }),
    src(9, { kind: 'ok', rows: [row('Giang', '00005', null, 50)] }),
  ];
  const targets = [
    { indicator: 'family', year: 2025, comparison: '>=', percent: 70, scope: 'commune' },
    { indicator: 'family', year: 2030, comparison: '>=', percent: 80, scope: 'commune' },
  ] as const;
  const r = rollUpProvince(sources, 2026, [...targets]);

  it('names each commune by what the province can do about it', () => {
    expect(r.communes.map((c) => c.state)).toEqual([
      'read',
      'read',
      'hasErrors',
      'notShared',
      'duplicate',
      'notRunThisYear',
      'oldSchema',
      'read',
    ]);
    expect(r.communes[4]?.detail).toEqual({ row: 2 });
    expect(r.communes[5]?.detail).toEqual({ lastYear: 2025 });
  });

  it('adds up the commune-level figures of the communes read without errors, each once', () => {
    const family = r.indicators.find((i) => i.indicator === 'family');
    // An 30/40 + Bình 45/60 (its village row not added again); Châu has errors, the second An is a duplicate.
    expect(family?.actual).toEqual({ numerator: 75, denominator: 100, percent: 75 });
    expect(family?.notComputable).toBe(1);
    expect(family?.evidence).toEqual({ numerator: 15, denominator: 30, percent: 50 });
  });

  it('compares a year between milestones with the next one', () => {
    const family = r.indicators.find((i) => i.indicator === 'family');
    expect(r.targetYear).toBe(2030);
    expect(family?.target?.percent).toBe(80);
    expect(family?.met).toBe(false);
    expect(family?.shortfall).toBe(5);
    expect(family?.communesBelow).toBe(2);
  });
});

describe('a file that is there but cannot be read', () => {
  // An 30/40 read; xa-3 missing; xa-4 corrupt; xa-5 a folder; xa-6 unreadable for a reason the shell cannot name.
  const r = rollUpProvince(
    [
      src(2, { kind: 'ok', rows: [row('An', '00001', 30, 40)] }),
      src(3, { kind: 'notFound' }),
      src(4, { kind: 'unreadable', reason: 'CORRUPT' }),
      src(5, { kind: 'unreadable', reason: 'NOT_A_FILE', reasonDetail: 'folder' }),
      src(6, { kind: 'unreadable' }),
    ],
    2026,
  );

  it('is its own state, not "not found", and keeps the reason for the note', () => {
    expect(r.communes.map((c) => c.state)).toEqual([
      'read',
      'notFound',
      'unreadable',
      'unreadable',
      'unreadable',
    ]);
    expect(r.communes[3]?.detail).toEqual({ reason: 'NOT_A_FILE', reasonDetail: 'folder' });
    expect(r.communes[4]?.detail).toEqual({});
  });

  it('is counted apart from the missing paths and never added up', () => {
    expect(r.counts.read).toBe(1);
    expect(r.counts.notFound).toBe(1);
    expect(r.counts.unreadable).toBe(3);
    expect(r.communes.filter((c) => c.counted).map((c) => c.listRow)).toEqual([2]);
    // An's 30/40 alone.
    expect(r.indicators.find((i) => i.indicator === 'family')?.actual).toEqual({
      numerator: 30,
      denominator: 40,
      percent: 75,
    });
  });
});
