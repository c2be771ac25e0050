// Row readers take the column keys of their sheet as a union of literals: a misspelt key does not compile.
// `npm run typecheck` (part of `npm test`) checks the @ts-expect-error lines below; if a key stopped being
// checked, the directive itself would be an error.
import {
  layout,
  type CriteriaColumnKey,
  type RegisterColumnKey,
  type TargetColumnKey,
} from '../../src/core/layout';
import { IssueLog } from '../../src/core/issues/make';
import { RowReader } from '../../src/core/read/row';
import { readTable } from '../../src/core/read/table';

const familiesSpec = layout.registers.find((r) => r.key === 'families');

const familyReader = (): RowReader<RegisterColumnKey<'families'>> => {
  const snapshot = {
    'Gia đình': [
      ['STT', 'Họ tên chủ hộ', 'Thôn', 'Số nhân khẩu'],
      [1, 'Lê Văn Hà', 'Thôn 1', 4],
    ],
  };
  const issues = new IssueLog();
  const table = readTable(snapshot, 'Gia đình', familiesSpec?.columns ?? [], issues);
  if (!table?.rows[0]) throw new Error('no row');
  return new RowReader<RegisterColumnKey<'families'>>(table, table.rows[0], issues);
};

describe('column keys are checked at compile time', () => {
  test('a register row reads its own columns and its criteria items', () => {
    const r = familyReader();
    expect(r.text('head')).toBe('Lê Văn Hà');
    expect(r.integer('members')).toBe(4);
    expect(r.raw('item:TC1')).toBeUndefined();
    // @ts-expect-error: "haed" is not a column of "Gia đình"
    expect(r.text('haed')).toBeNull();
    // @ts-expect-error: "staff" belongs to "Đơn vị", not "Gia đình"
    expect(r.integer('staff')).toBeNull();
  });

  test('the key unions are exactly the layout columns', () => {
    type Is<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
    const targets: Is<
      TargetColumnKey,
      | 'indicator'
      | 'year'
      | 'comparison'
      | 'percent'
      | 'scope'
      | 'label'
      | 'numerator'
      | 'denominator'
      | 'source'
    > = true;
    const criteria: Is<
      CriteriaColumnKey,
      'title' | 'code' | 'group' | 'label' | 'max' | 'min' | 'mandatory' | 'passTotal'
    > = true;
    expect([targets, criteria]).toEqual([true, true]);
    expect(layout.targets.columns.map((c) => c.key).sort()).toEqual(
      [
        'indicator',
        'year',
        'comparison',
        'percent',
        'scope',
        'label',
        'numerator',
        'denominator',
        'source',
      ].sort(),
    );
  });
});
