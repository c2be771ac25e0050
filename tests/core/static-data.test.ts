// The shipped criteria sets and target presets are plain data in the bundle (nothing parses them at load):
// here they are checked against their schemas, and parsing must change nothing (no default left to fill in).
import { CriteriaSet, criteriaProblemOf, maxPointsOf } from '../../src/core/criteria/schema';
import { allCriteriaSets, defaultCriteriaSets } from '../../src/core/criteria/sets';
import { TargetPreset } from '../../src/core/targets/schema';
import { targetPresets } from '../../src/core/targets/presets';

test.each(allCriteriaSets.map((s) => [s.id, s] as const))(
  'shipped criteria set %s is valid and already in its parsed form',
  (_id, set) => {
    expect(CriteriaSet.parse(set)).toStrictEqual(set);
    expect(set.rules.passTotal).toBeLessThanOrEqual(maxPointsOf(set));
  },
);

test('every title has exactly one shipped criteria set', () => {
  expect(allCriteriaSets.map((s) => s.title).sort()).toEqual([
    'citizen',
    'clan',
    'community',
    'family',
    'unit',
  ]);
  for (const [title, set] of Object.entries(defaultCriteriaSets)) expect(set.title).toBe(title);
});

test.each(targetPresets.map((p) => [p.id, p] as const))(
  'target preset %s is valid and already in its parsed form',
  (_id, preset) => {
    expect(TargetPreset.parse(preset)).toStrictEqual(preset);
  },
);

test('a schema is built on first use: an invalid set is still refused with the same reasons', () => {
  const set = allCriteriaSets[0];
  if (!set) throw new Error('no shipped set');
  const items = set.groups.flatMap((g) => g.items);
  const dup = { ...set, groups: [{ label: 'x', items: [...items, { ...items[0] }] }] };
  const parsed = CriteriaSet.safeParse(dup);
  expect(parsed.success).toBe(false);
  expect(parsed.error?.issues.map(criteriaProblemOf)).toContainEqual({
    kind: 'duplicateItem',
    item: items[0]?.code,
  });
  expect(CriteriaSet.safeParse({ ...set, rules: { passTotal: 1e6 } }).success).toBe(false);
});
