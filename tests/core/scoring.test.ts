import { defaultCriteriaSets, findCriteriaSet, allCriteriaSets } from '../../src/core/criteria/sets';
import { CriteriaSet } from '../../src/core/criteria/schema';
import { scorePoints } from '../../src/core/scoring/score';

const cdht = defaultCriteriaSets.citizen;
const tenItems = (p: number[]) => Object.fromEntries(p.map((v, i) => [`TC${i + 1}`, v]));

describe('scoring against criteria sets', () => {
  it('passes a citizen with 80 points and no indicator below 5', () => {
    const s = scorePoints(cdht, tenItems([8, 8, 8, 8, 8, 8, 8, 8, 8, 8]));
    expect(s).toMatchObject({ total: 80, outcome: 'pass', complete: true, reasons: [] });
  });

  it('fails a citizen with 95 points when one indicator is below 5', () => {
    const s = scorePoints(cdht, tenItems([10, 10, 10, 10, 10, 10, 10, 10, 10, 4]));
    expect(s.total).toBe(94);
    expect(s.outcome).toBe('fail');
    expect(s.reasons.join(' ')).toContain('TC10');
  });

  it('fails 79 points, but passes it with the lower mark of a disadvantaged area', () => {
    const p = tenItems([8, 8, 8, 8, 8, 8, 8, 8, 8, 7]);
    expect(scorePoints(cdht, p).outcome).toBe('fail');
    expect(scorePoints(cdht, p, { disadvantaged: true }).outcome).toBe('pass');
    expect(scorePoints(cdht, p).reasons[0]).toBe('Tổng điểm 79 dưới mức đạt 80.');
  });

  it('uses a typed total when no item points are given, and returns no outcome when there is nothing', () => {
    expect(scorePoints(cdht, {}, { total: 85 })).toMatchObject({
      total: 85,
      outcome: 'pass',
      complete: false,
    });
    expect(scorePoints(cdht, {}, {})).toMatchObject({ total: null, outcome: null });
  });

  it('fails when an item is missing among given points', () => {
    const p = tenItems([10, 10, 10, 10, 10, 10, 10, 10, 10]);
    const s = scorePoints(cdht, p);
    expect(s.outcome).toBe('fail');
    expect(s.reasons).toContain('Thiếu điểm tiêu chí TC10.');
  });

  it('vetoes a family whose mandatory criterion is below its minimum', () => {
    const s = scorePoints(defaultCriteriaSets.family, { TC1: 10, TC2: 30, TC3: 20, TC4: 20 });
    expect(s.total).toBe(80);
    expect(s.outcome).toBe('fail');
  });

  it('names the band of a unit and applies the member-percentage rule', () => {
    const unit = defaultCriteriaSets.unit;
    const good = { TC1: 22, TC2: 22, TC3: 22, TC4: 22 };
    expect(scorePoints(unit, good, { memberPercent: 95 })).toMatchObject({ band: 'Tốt', outcome: 'pass' });
    expect(scorePoints(unit, good, { memberPercent: 50 }).outcome).toBe('fail');
    expect(scorePoints(unit, { TC1: 15, TC2: 15, TC3: 15, TC4: 15 })).toMatchObject({
      band: 'Trung bình',
      outcome: 'fail',
    });
  });
});

describe('criteria sets as data', () => {
  it('ships one valid set per title, the CDHT one being 10 indicators of 10 points', () => {
    expect(allCriteriaSets.map((s) => s.title).sort()).toEqual([
      'citizen',
      'clan',
      'community',
      'family',
      'unit',
    ]);
    expect(cdht.groups.flatMap((g) => g.items)).toHaveLength(10);
    expect(cdht.rules).toMatchObject({ passTotal: 80, disadvantagedPassTotal: 70 });
  });

  it('labels the sets whose official tables we do not have as examples', () => {
    expect(defaultCriteriaSets.clan.example).toBe(true);
    expect(defaultCriteriaSets.community.example).toBe(true);
    expect(defaultCriteriaSets.unit.example).toBe(true);
    expect(defaultCriteriaSets.citizen.example).toBe(false);
  });

  it('finds a set by id, by title code and by Vietnamese name in any spelling', () => {
    expect(findCriteriaSet('cdht-324-2023')?.title).toBe('citizen');
    expect(findCriteriaSet('family')?.title).toBe('family');
    expect(findCriteriaSet('CONG DAN HOC TAP')?.title).toBe('citizen');
    expect(findCriteriaSet('Dòng họ học tập')?.title).toBe('clan');
    expect(findCriteriaSet('không có')).toBeUndefined();
  });

  it('rejects a set with duplicate item codes or an unreachable pass mark', () => {
    const bad = {
      ...cdht,
      groups: [
        {
          label: 'x',
          items: [
            { code: 'A', label: 'a', max: 5 },
            { code: 'A', label: 'b', max: 5 },
          ],
        },
      ],
    };
    expect(CriteriaSet.safeParse(bad).success).toBe(false);
    expect(CriteriaSet.safeParse({ ...cdht, rules: { passTotal: 101 } }).success).toBe(false);
  });
});

describe('pass/fail indicators', () => {
  const passFail = CriteriaSet.parse({
    id: 'tt25-mau',
    title: 'community',
    name: 'Chỉ số đạt/không đạt',
    issuer: 'thử',
    groups: [
      {
        label: 'Chỉ số',
        items: [
          { code: 'TC1', label: 'Có trung tâm học tập cộng đồng', max: 0 },
          { code: 'TC2', label: 'Có quỹ khuyến học', max: 0 },
        ],
      },
      { label: 'Điểm', items: [{ code: 'TC3', label: 'Hoạt động', max: 10 }] },
    ],
    rules: { passTotal: 5 },
  });

  it('passes only when every indicator is met, and keeps them out of the total', () => {
    expect(scorePoints(passFail, { TC1: 1, TC2: 1, TC3: 6 })).toMatchObject({ total: 6, outcome: 'pass' });
    const s = scorePoints(passFail, { TC1: 1, TC2: 0, TC3: 10 });
    expect(s).toMatchObject({ total: 10, outcome: 'fail' });
    expect(s.reasons).toEqual(['Chỉ số TC2 chưa đạt.']);
  });
});
