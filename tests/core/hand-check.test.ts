// The engine checks the configuration, a target, a criteria set and a summary row by hand (src/core/*/check.ts) so that zod
// stays out of the Apps Script bundle; their zod schemas remain the types' source and the reference: both must
// give the same verdict, the same output (keys, defaults, key order) and the same issue paths.
import fc from 'fast-check';
import { checkConfig } from '../../src/core/config/check';
import { Config } from '../../src/core/config/schema';
import { checkCriteriaSet } from '../../src/core/criteria/check';
import { CriteriaSet, criteriaProblemOf } from '../../src/core/criteria/schema';
import { allCriteriaSets } from '../../src/core/criteria/sets';
import type { Checked } from '../../src/core/hand-check';
import { communeKindTerms } from '../../src/core/i18n/terms';
import { checkTarget } from '../../src/core/targets/check';
import { indicatorCodes, Target } from '../../src/core/targets/schema';
import { targetPresets } from '../../src/core/targets/presets';
import { checkSummaryRow } from '../../src/core/summary/check';
import { SummaryRow, summaryIndicators } from '../../src/core/summary/schema';
import { summaryRow } from '../helpers/summary-row';

interface Parser {
  safeParse(input: unknown): {
    success: boolean;
    data?: unknown;
    error?: { issues: { path: PropertyKey[]; code: string; params?: unknown }[] };
  };
}

/**
 * Where the problems are, each place once, and the set's own problems (what the engine's messages use). zod may
 * name one place twice (a non-string with a length: wrong type, then too short); the readers never hand it one.
 */
const issuesOf = (issues: readonly { path: PropertyKey[]; code: string; params?: unknown }[]) => ({
  places: [...new Set(issues.filter((i) => i.code !== 'custom').map((i) => i.path.join('.')))],
  problems: issues.map(criteriaProblemOf).filter((p) => p !== null),
});

const expectAgree = <T>(hand: (x: unknown) => Checked<T>, schema: Parser, input: unknown): void => {
  const a = hand(input);
  const b = schema.safeParse(input);
  expect(a.success).toBe(b.success);
  if (a.success) expect(a.data).toStrictEqual(b.data);
  else expect(issuesOf(a.error.issues)).toEqual(issuesOf(b.error?.issues ?? []));
};

// Values of every kind the readers could hand over, right and wrong for some field or other.
const junk = [
  undefined,
  null,
  '',
  'Hòa An',
  0,
  -0,
  -1,
  1.5,
  1999,
  2000,
  2026,
  2100,
  2101,
  100,
  100.5,
  Number.NaN,
  Infinity,
  2 ** 60,
  true,
  false,
  new Date(2026, 11, 10),
  new Date(Number.NaN),
  [],
  ['TM. BAN THƯỜNG VỤ', 'CHỦ TỊCH'],
  ['a', 1],
  {},
];
const value = (...right: unknown[]) => fc.constantFrom(...right, ...junk);

const config = {
  commune: 'Hòa An',
  communeKind: communeKindTerms[0],
  province: 'Thanh Hóa',
  year: 2026,
  disadvantaged: false,
  reportBody: 'HỘI KHUYẾN HỌC XÃ HÒA AN',
  reportParent: 'HỘI KHUYẾN HỌC TỈNH THANH HÓA',
  reportSignerTitle: ['TM. BAN THƯỜNG VỤ', 'CHỦ TỊCH'],
  decisionSignerTitle: ['CHỦ TỊCH'],
  recipients: ['Như trên;', 'Lưu VP.'],
  shareEmails: [],
  shareRole: 'viewer',
  deadline: new Date(2026, 11, 10),
};

describe('the configuration check agrees with the Config schema', () => {
  it.each<[string, unknown]>([
    ['as the reader builds it', config],
    ['with every optional value', { ...config, district: 'Như Xuân', targetPreset: 'x', targetYear: 2028 }],
    ['with an optional key present but undefined', { ...config, district: undefined, reportDate: undefined }],
    ['with the defaults left out', { ...config, communeKind: undefined, shareRole: undefined }],
    ['with a year of 1890 and a plan start of 2026.5', { ...config, year: 1890, planStart: 2026.5 }],
    ['with an empty commune and an invalid date', { ...config, commune: '', deadline: new Date(Number.NaN) }],
    ['with keys it does not know', { ...config, extra: 1 }],
    ['on nothing', null],
  ])('%s', (_name, input) => expectAgree(checkConfig, Config, input));

  // Every key of the schema, so a key added to Config but not to the hand check fails here.
  const everyKey = {
    commune: value('Hòa An'),
    communeCode: value('01234', '1234'),
    communeKind: value(...communeKindTerms),
    province: value('Thanh Hóa'),
    district: value('Như Xuân'),
    year: value(2026),
    targetPreset: value('quang-ngoc'),
    targetYear: value(2028),
    planStart: value(2026),
    planEnd: value(2030),
    disadvantaged: value(true),
    reportBody: value('HỘI'),
    reportParent: value('HỘI'),
    reportNumber: value('12/BC-HKH'),
    reportDate: value(new Date(2026, 10, 1)),
    reportSigner: value('Lê Văn Ba'),
    reportSignerTitle: value(['CHỦ TỊCH']),
    decisionNumber: value('3/QĐ'),
    decisionSigner: value('Lê Văn Ba'),
    decisionSignerTitle: value(['CHỦ TỊCH']),
    oneDecision: value(true),
    recipients: value(['Lưu VP.']),
    shareEmails: value(['a@b.vn']),
    shareRole: value('viewer', 'editor'),
    deadline: value(new Date(2026, 11, 10)),
    planNumber: value('45/KH-UBND'),
    planDate: value(new Date(2026, 0, 15)),
    planTitle: value('về xây dựng xã hội học tập'),
    planIssuer: value('UBND xã Hòa An'),
    guidanceNumber: value('12/HD-HKH'),
    guidanceDate: value(new Date(2026, 2, 10)),
    guidanceTitle: value('V/v đánh giá'),
    guidanceIssuer: value('Hội Khuyến học tỉnh Thanh Hóa'),
  };

  it('is tried on every key the schema has', () => {
    expect(Object.keys(everyKey).sort()).toEqual(Object.keys(Config.schema.shape).sort());
  });

  it('on random values of every key', () => {
    const arb = fc.record(everyKey, { requiredKeys: [] });
    fc.assert(
      fc.property(arb, (input) => expectAgree(checkConfig, Config, input)),
      { numRuns: 400, seed: 20261202 },
    );
  });
});

describe('the target check agrees with the Target schema', () => {
  const target = { indicator: 'family', year: 2028, percent: 90 };
  it.each<[string, unknown]>([
    ['with the defaults filled in', target],
    [
      'of a free-form indicator',
      { ...target, indicator: 'custom', label: 'x', numerator: 3, denominator: 4 },
    ],
    ['with a year of 1950', { ...target, year: 1950 }],
    ['with a share of 100.5 % and a negative count', { ...target, percent: 100.5, numerator: -1 }],
    ...targetPresets.flatMap((p) => p.targets.map((t, i): [string, unknown] => [`preset ${p.id} #${i}`, t])),
  ])('%s', (_name, input) => expectAgree(checkTarget, Target, input));

  it('on random values of every key', () => {
    const arb = fc.record(
      {
        indicator: value(...indicatorCodes),
        year: value(2028),
        comparison: value('>=', '>'),
        percent: value(90),
        scope: value('commune', 'everyVillage'),
        label: value('Tỷ lệ'),
        numerator: value(3),
        denominator: value(4),
        source: value('Kế hoạch 12/KH-UBND'),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(arb, (input) => expectAgree(checkTarget, Target, input)),
      { numRuns: 400, seed: 20261202 },
    );
  });
});

describe('the criteria set check agrees with the CriteriaSet schema', () => {
  const set = allCriteriaSets[0];
  if (!set) throw new Error('no shipped set');
  const items = set.groups.flatMap((g) => g.items);
  it.each<[string, unknown]>([
    ...allCriteriaSets.map((s): [string, unknown] => [`shipped set ${s.id}`, s]),
    ['with a duplicate item code', { ...set, groups: [{ label: 'x', items: [...items, { ...items[0] }] }] }],
    ['with a pass mark above the maximum', { ...set, rules: { passTotal: 1000 } }],
    [
      'with a negative maximum beside a duplicate code (a range problem keeps the set rules)',
      { ...set, groups: [{ label: 'x', items: [{ ...items[0], max: -1 }, { ...items[0] }] }] },
    ],
    [
      'with an item that is not an object (a type problem skips the set rules)',
      { ...set, groups: [{ label: 'x', items: [items[0], items[0], 'TC1'] }], rules: { passTotal: 1000 } },
    ],
    ['with an unknown title', { ...set, title: 'village', rules: { passTotal: 1000 } }],
    ['without groups', { ...set, groups: [] }],
    ['with a group without items', { ...set, groups: [{ label: 'x', items: [] }] }],
  ])('%s', (_name, input) => expectAgree(checkCriteriaSet, CriteriaSet, input));

  it('on random items, groups and rules', () => {
    const item = fc.record(
      {
        code: value('TC1', 'TC2'),
        label: value('Tiêu chí'),
        max: value(25),
        min: value(5),
        mandatory: value(true),
      },
      { requiredKeys: [] },
    );
    const group = fc.record(
      { label: value('Nhóm'), min: value(10), items: fc.oneof(fc.array(item, { maxLength: 3 }), value()) },
      { requiredKeys: [] },
    );
    const band = fc.record(
      { label: value('Tốt'), min: value(90), passes: value(true) },
      { requiredKeys: [] },
    );
    const arb = fc.record(
      {
        id: value('x'),
        title: value('family', 'citizen'),
        name: value('Bộ'),
        issuer: value('Tỉnh'),
        decision: value('1/QĐ'),
        validity: value('2026'),
        example: value(true),
        groups: fc.oneof(fc.array(group, { maxLength: 3 }), value()),
        rules: fc.oneof(
          fc.record(
            {
              passTotal: value(40),
              disadvantagedPassTotal: value(30),
              bands: fc.oneof(fc.array(band, { maxLength: 2 }), value()),
              memberPercent: value(50),
            },
            { requiredKeys: [] },
          ),
          value(),
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(arb, (input) => expectAgree(checkCriteriaSet, CriteriaSet, input)),
      { numRuns: 600, seed: 20261202 },
    );
  });
});

describe('the summary row check agrees with the SummaryRow schema', () => {
  /** readSummarySheet names the column of the first issue: both must put the same one first. */
  const firstPlace = (input: unknown) => {
    const a = checkSummaryRow(input);
    const b = SummaryRow.safeParse(input);
    expect(a.success ? null : a.error.issues[0]?.path[0]).toEqual(
      b.success ? null : b.error.issues[0]?.path[0],
    );
  };
  it.each<[string, unknown]>([
    [
      'a commune row with figures',
      summaryRow({ numerator: 14, denominator: 30, targetPercent: 90, targetYear: 2028 }),
    ],
    ['a village row without figures', summaryRow({ level: 'village', village: 'Thôn 1' })],
    ['of version 2', summaryRow({ schemaVersion: 2 as 1 })],
    ['with an empty commune and a year of 1999', summaryRow({ commune: '', year: 1999 })],
    ['with a negative count and a share of 101 %', summaryRow({ numerator: -1, targetPercent: 101 })],
  ])('%s', (_name, input) => {
    expectAgree(checkSummaryRow, SummaryRow, input);
    firstPlace(input);
  });

  it('on random values of every key', () => {
    const base = summaryRow();
    const arb = fc.record(
      {
        schemaVersion: value(1),
        communeCode: value('01234', ''),
        commune: value('Hòa An', ''),
        province: value('Thanh Hóa'),
        year: value(2026),
        indicator: value(...summaryIndicators),
        label: value('Gia đình học tập'),
        level: value('commune', 'village'),
        village: value('Thôn 1', ''),
        numerator: value(14, null),
        denominator: value(30, null),
        targetPercent: value(90, null),
        targetYear: value(2028, null),
        criteriaSet: value('Bộ tiêu chí mẫu'),
        criteriaSample: value(true, false),
        errors: value(0),
        warnings: value(3),
        evidence: value(2, null),
        generatedAt: value(base.generatedAt),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(arb, (input) => {
        expectAgree(checkSummaryRow, SummaryRow, input);
        firstPlace(input);
      }),
      { numRuns: 600, seed: 20261203 },
    );
  });
});
