// The table sheets of the commune workbook in order, with their columns: the template model and the sample
// generator both start from them.
import { defaultCriteriaSets } from '../criteria/sets';
import { layout } from '../layout';
import { registerColumns } from '../layout/columns';
import type { ColumnSpec, RegisterKey, RegisterSpec } from '../layout/schema';

export interface TableShape {
  sheet: string;
  synonyms: readonly string[];
  columns: readonly ColumnSpec[];
  register: RegisterSpec | null;
}

/** Chỉ tiêu, Bộ tiêu chí, then the registers (Thôn, Gia đình, Dòng họ, Đơn vị, Công dân) with TC1… spliced in. */
export const tableShapes = (): TableShape[] => [
  {
    sheet: layout.targets.sheet,
    synonyms: layout.targets.synonyms,
    columns: layout.targets.columns,
    register: null,
  },
  {
    sheet: layout.criteria.sheet,
    synonyms: layout.criteria.synonyms,
    columns: layout.criteria.columns,
    register: null,
  },
  ...layout.registers.map((spec) => ({
    sheet: spec.sheet,
    synonyms: spec.synonyms,
    columns: registerColumns(spec, defaultCriteriaSets[spec.title]),
    register: spec,
  })),
];

export const registerShape = (key: RegisterKey): TableShape => {
  const shape = tableShapes().find((s) => s.register?.key === key);
  if (!shape)
    throw new Error(`layout has no register ${key}`, { cause: { code: 'LAYOUT_REGISTER_MISSING' } });
  return shape;
};
