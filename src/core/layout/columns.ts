// The full column list of a register sheet: its fixed columns with the criteria items spliced in.
import type { CriteriaSet } from '../criteria/schema';
import { itemsOf } from '../criteria/schema';
import type { ColumnSpec, RegisterSpec } from './schema';

/** Criteria item columns are headed by their code (TC1…); "Tiêu chí 1" and "Chỉ số 1" are read as TC1 too. */
export const criteriaColumnSpec = (code: string, label: string, max: number): ColumnSpec => {
  const n = /^TC(\d+)$/u.exec(code)?.[1];
  const synonyms = n ? [`Tiêu chí ${n}`, `Chỉ số ${n}`, `Điểm TC${n}`, `TC ${n}`] : [];
  // An indicator with no points is judged met or not met, so it gets the result dropdown.
  return max === 0
    ? {
        key: `item:${code}`,
        header: code,
        synonyms,
        kind: 'result',
        required: false,
        options: ['Đạt', 'Không đạt'],
        note: `${label} (đạt hoặc không đạt, không tính điểm).`,
        width: 9,
      }
    : {
        key: `item:${code}`,
        header: code,
        synonyms,
        kind: 'number',
        required: false,
        note: `${label} (tối đa ${max} điểm).`,
        width: 7,
      };
};

export const registerColumns = (spec: RegisterSpec, set: CriteriaSet): ColumnSpec[] => {
  const at = spec.columns.findIndex((c) => c.key === spec.criteriaAfter);
  const items = itemsOf(set).map((i) => criteriaColumnSpec(i.code, i.label, i.max));
  return [...spec.columns.slice(0, at + 1), ...items, ...spec.columns.slice(at + 1)];
};
