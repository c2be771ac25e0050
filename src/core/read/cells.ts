// One cell of points, an indicator or a result, read the same way by the register reader and the custom functions.
import { issueCatalog } from '../i18n/issues';
import type { CellValue } from '../snapshot';
import { isBlank, isSpreadsheetError, parseMark, parseNumber, parseResult } from '../text/values';

export type Outcome = 'pass' | 'fail';

/** What went wrong in a cell, as an issue code of the catalog; the caller adds where (sheet, row, header). */
export type CellProblem =
  | { code: 'SPREADSHEET_ERROR' }
  | { code: 'NOT_A_NUMBER' }
  | { code: 'NEGATIVE_NUMBER' }
  | { code: 'POINTS_OUT_OF_RANGE'; max: number }
  | { code: 'BAD_RESULT' };

/** value null: the cell is blank. */
export type CellRead<T> = { ok: true; value: T | null } | { ok: false; problem: CellProblem };

const blank = { ok: true, value: null } as const;
const value = <T>(v: T): CellRead<T> => ({ ok: true, value: v });
const problem = <T>(p: CellProblem): CellRead<T> => ({ ok: false, problem: p });

/** Blank or a formula error: nothing to read, and an error is a problem of its own. */
const absent = <T>(v: CellValue): CellRead<T> | null => {
  if (isSpreadsheetError(v)) return problem({ code: 'SPREADSHEET_ERROR' });
  if (isBlank(v)) return blank;
  return null;
};

/** A non-negative number ("85", "85,5", "85 điểm"). */
export const numberCell = (v: CellValue): CellRead<number> => {
  const none = absent<number>(v);
  if (none) return none;
  const p = parseNumber(v);
  if (!p.ok) return problem({ code: 'NOT_A_NUMBER' });
  if (p.value < 0) return problem({ code: 'NEGATIVE_NUMBER' });
  return value(p.value);
};

/** Points of a criteria item, from 0 to the item's maximum. */
export const pointsCell = (v: CellValue, max: number): CellRead<number> => {
  const p = numberCell(v);
  if (p.ok && p.value !== null && p.value > max) return problem({ code: 'POINTS_OUT_OF_RANGE', max });
  return p;
};

/** A pass/fail indicator (no points): met is 1, not met is 0, so it sits beside points in the same record. */
export const indicatorCell = (v: CellValue): CellRead<number> => {
  const none = absent<number>(v);
  if (none) return none;
  const result = parseResult(v);
  if (result.ok) return value(result.value.outcome === 'pass' ? 1 : 0);
  const mark = parseMark(v);
  if (mark.ok) return value(mark.value ? 1 : 0);
  return problem({ code: 'BAD_RESULT' });
};

/** A criteria item's cell: points, or for an item without points (max 0) a pass/fail indicator. */
export const itemCell = (v: CellValue, max: number): CellRead<number> =>
  max === 0 ? indicatorCell(v) : pointsCell(v, max);

/** An assessment cell ("Kết quả"): Đạt/Không đạt/Công nhận, or a band that implies its outcome. */
export const resultCell = (v: CellValue): CellRead<{ outcome: Outcome; band: string | null }> => {
  const none = absent<{ outcome: Outcome; band: string | null }>(v);
  if (none) return none;
  const parsed = parseResult(v);
  return parsed.ok ? value(parsed.value) : problem({ code: 'BAD_RESULT' });
};

/** The catalog's message for a cell problem, where there is no sheet to name (the custom functions). */
export const cellProblemMessage = (p: CellProblem, header: string, value: string): string =>
  p.code === 'POINTS_OUT_OF_RANGE'
    ? issueCatalog.POINTS_OUT_OF_RANGE.message({ header, max: p.max, sheet: '', value })
    : issueCatalog[p.code].message({ header, sheet: '', value });
