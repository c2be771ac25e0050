// Vietnamese words of a commune's own criteria sets read from the "Bộ tiêu chí" sheet.
import type { CriteriaProblem } from '../criteria/schema';
import { formatDecimal } from '../text/format';

const fmt = (n: number) => formatDecimal(n, 2).replace(/,?0+$/u, '');

export const criteriaSheetText = {
  name: (title: string, sheet: string) => `Bộ tiêu chí "${title}" (trang ${sheet})`,
  issuer: (sheet: string) => `Trang "${sheet}" của xã`,
  /** The group of items whose "Nhóm" cell is blank. */
  defaultGroup: 'Tiêu chí',
} as const;

/** Why a set from the sheet is unusable: the set's own rules, or (never from the sheet's readers) any other field. */
export const criteriaReasonText = (p: CriteriaProblem | null, path: string): string => {
  if (p === null) return `giá trị không hợp lệ ở ${path || 'bộ tiêu chí'}`;
  return p.kind === 'duplicateItem'
    ? `mã tiêu chí ${p.item} bị trùng`
    : `điểm đạt ${fmt(p.passTotal)} lớn hơn tổng điểm tối đa ${fmt(p.max)}`;
};
