// The custom functions' logic: pure, fast, no service calls; errors are FnError with a Vietnamese message.
import { findCriteriaSet } from '../../core/criteria/sets';
import { itemsOf, type CriteriaSet } from '../../core/criteria/schema';
import { fnText } from '../../core/i18n/gas';
import { verdictTerms } from '../../core/i18n/terms';
import { IssueLog } from '../../core/issues/make';
import { layout } from '../../core/layout';
import { type CellProblem, cellProblemMessage, itemCell, resultCell } from '../../core/read/cells';
import { ratio } from '../../core/tally/ratio';
import { scorePoints } from '../../core/scoring/score';
import type { CellValue } from '../../core/snapshot';
import { findPreset, indicatorFromLabel, indicatorLabels, indicatorShort } from '../../core/targets/presets';
import type { IndicatorCode, Target } from '../../core/targets/schema';
import { readTargets } from '../../core/targets/read';
import { convertLegacy } from '../../core/text/legacy';
import { cleanText, foldKey } from '../../core/text/normalize';
import { isBlank, parseMark, parseNumber, parseYear } from '../../core/text/values';
import { type Arg, FnError, cellsOf, isGrid, perRow, rowsOf, scalarOf, shown } from './args';

const criteriaSet = (fn: string, v: Arg): CriteriaSet => {
  const name = scalarOf(v);
  if (isBlank(name)) throw new FnError(fnText.needCriteria(fn));
  const set = findCriteriaSet(shown(name));
  if (!set) throw new FnError(fnText.unknownCriteria(fn, shown(name)));
  return set;
};

/** A total as a cell shows it: sums such as 8,1 + 8,2 carry binary noise past the second decimal. */
const roundPoints = (n: number): number => Math.round(n * 100) / 100;

/** The engine's message for a cell it cannot read, prefixed with the function's name (header: the item code). */
const cellError = (fn: string, problem: CellProblem, header: string, v: CellValue): FnError =>
  new FnError(fnText.cell(fn, cellProblemMessage(problem, header, shown(v))));

/** Points of one row, in TC order, read cell by cell as the register reader reads them; blank cells are missing. */
const pointsOf = (fn: string, set: CriteriaSet, row: readonly CellValue[]): Record<string, number | null> => {
  const items = itemsOf(set);
  // Trailing blanks come from ranges wider than the criteria: only real points count against the item count.
  let last = row.length - 1;
  while (last >= 0 && isBlank(row[last])) last -= 1;
  if (last + 1 > items.length) throw new FnError(fnText.tooManyPoints(fn, last + 1, items.length));
  const points: Record<string, number | null> = {};
  items.forEach((item, i) => {
    const v = row[i];
    const read = itemCell(v, item.max);
    if (!read.ok) throw cellError(fn, read.problem, item.code, v);
    points[item.code] = read.value;
  });
  return points;
};

/** Total points of each row against a criteria set, as the engine totals them; "" for a row with no points. */
export const totalPoints = (diem: Arg, boTieuChi: Arg): number | string | (number | string)[][] => {
  const fn = 'KH_DIEM';
  const set = criteriaSet(fn, boTieuChi);
  return perRow(rowsOf(diem), (row) => {
    const { total } = scorePoints(set, pointsOf(fn, set, row));
    return total === null ? '' : roundPoints(total);
  });
};

/** Đạt / Chưa đạt (or the band of sets that have bands) of each row. */
export const resultOf = (diem: Arg, boTieuChi: Arg, vungKhoKhan?: Arg): string | string[][] => {
  const fn = 'KH_KETQUA';
  const set = criteriaSet(fn, boTieuChi);
  const mark = vungKhoKhan === undefined ? null : parseMark(scalarOf(vungKhoKhan));
  const disadvantaged = mark?.ok === true && mark.value;
  return perRow(rowsOf(diem), (row) => {
    const scored = scorePoints(set, pointsOf(fn, set, row), { disadvantaged });
    if (scored.outcome === null) return '';
    if (scored.band) return scored.band;
    return scored.outcome === 'pass' ? verdictTerms.met : verdictTerms.missed;
  });
};

/**
 * Percentage of recognised ("Đạt", a passing band, ✓) among the non-blank cells, or among `tongSo`, with the
 * engine's one rounding (tally/ratio.ts), so the cell shows the digits of "Tổng hợp" and the report.
 */
export const recognisedPercent = (ketQua: Arg, tongSo?: Arg): number => {
  const fn = 'KH_TYLE';
  if (!isGrid(ketQua) && isBlank(ketQua)) throw new FnError(fnText.needRange(fn));
  const cells = cellsOf(ketQua).filter((c) => !isBlank(c));
  const recognised = cells.filter((c) => {
    const r = resultCell(c);
    return r.ok && r.value?.outcome === 'pass';
  }).length;
  let total = cells.length;
  if (tongSo !== undefined && !isBlank(scalarOf(tongSo))) {
    const t = parseNumber(scalarOf(tongSo));
    if (!t.ok || t.value <= 0) throw new FnError(fnText.badTotal(fn, shown(scalarOf(tongSo))));
    total = t.value;
  }
  if (recognised > total) throw new FnError(fnText.recognisedAboveTotal(fn, recognised, total));
  return ratio(recognised, total).percent ?? 0;
};

const indicatorOf = (fn: string, text: string): IndicatorCode => {
  const exact = indicatorFromLabel(text);
  if (exact) return exact;
  const key = foldKey(text);
  const codes = Object.keys(indicatorLabels) as IndicatorCode[];
  const hits = codes.filter(
    (c) => foldKey(indicatorShort[c]) === key || foldKey(indicatorLabels[c]).startsWith(key),
  );
  if (hits.length === 1 && hits[0]) return hits[0];
  throw new FnError(fnText.unknownIndicator(fn, text));
};

const targetsFrom = (fn: string, source: Arg): Target[] => {
  if (isGrid(source)) {
    // A range of the "Chỉ tiêu" sheet, read by the engine's own reader (its issues are not this function's business).
    return readTargets({ [layout.targets.sheet]: rowsOf(source) }, new IssueLog()).map((t) => t.target);
  }
  if (isBlank(source)) throw new FnError(fnText.needPreset(fn));
  const preset = findPreset(shown(source));
  if (!preset) throw new FnError(fnText.unknownPreset(fn, shown(source)));
  return preset.targets;
};

/** The target percentage of an indicator in a year, from a named preset or a range of the "Chỉ tiêu" sheet. */
export const targetPercent = (chiTieu: Arg, nam: Arg, boChiTieu?: Arg): number => {
  const fn = 'KH_CHITIEU';
  const text = scalarOf(chiTieu);
  if (isBlank(text)) throw new FnError(fnText.needIndicator(fn));
  const indicator = indicatorOf(fn, shown(text));
  const y = parseYear(scalarOf(nam));
  if (!y.ok) throw new FnError(fnText.badYear(fn, shown(scalarOf(nam))));
  if (boChiTieu === undefined) throw new FnError(fnText.needPreset(fn));
  const found = targetsFrom(fn, boChiTieu).find((t) => t.indicator === indicator && t.year === y.value);
  if (!found) throw new FnError(fnText.noTarget(fn, indicatorLabels[indicator], y.value));
  return found.percent;
};

const MODES = new Map([
  ['chuan', 'clean'],
  ['khoa', 'key'],
]);

/** Vietnamese text as the engine compares it: NFC, single spaces, legacy TCVN3/VNI converted; "khóa" gives the matching key. */
export const normaliseText = (vanBan: Arg, kieu?: Arg): string | string[][] => {
  const fn = 'KH_CHUANHOA';
  const modeText = kieu === undefined || isBlank(scalarOf(kieu)) ? 'chuan' : foldKey(shown(scalarOf(kieu)));
  const mode = MODES.get(modeText);
  if (!mode) throw new FnError(fnText.badMode(fn, shown(scalarOf(kieu ?? ''))));
  const one = (v: CellValue): string => {
    if (isBlank(v)) return '';
    const clean = cleanText(shown(v));
    const text = convertLegacy(clean)?.text ?? clean;
    return mode === 'key' ? foldKey(text) : text;
  };
  return isGrid(vanBan) ? rowsOf(vanBan).map((r) => r.map(one)) : one(vanBan as CellValue);
};
