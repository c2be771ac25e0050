// Cell value coercion: what officers type into number, mark, result and date columns. Never throws.
import type { CellValue } from '../snapshot';
import { cleanText, foldKey } from './normalize';

export type ParseFailure = 'empty' | 'invalid' | 'error-value';
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: ParseFailure };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(reason: ParseFailure): Parsed<T> => ({ ok: false, reason });

const VISIBLE = /[^\s\u200B-\u200D\uFEFF]/u;

export function isBlank(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === 'string' && !VISIBLE.test(v));
}

const ERROR_VALUES = new Set([
  '#N/A',
  '#REF!',
  '#VALUE!',
  '#DIV/0!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#ERROR!',
  '#SPILL!',
  '#CALC!',
]);

/** A formula error as getValues() or a spreadsheet file shows it ("#N/A", "#REF!", …). */
export function isSpreadsheetError(v: CellValue): boolean {
  return typeof v === 'string' && v.includes('#') && ERROR_VALUES.has(v.trim().toUpperCase());
}

/** Blank and error cells fail the same way in every parser. */
function precheck<T>(v: CellValue): Parsed<T> | null {
  if (isBlank(v)) return fail('empty');
  if (isSpreadsheetError(v)) return fail('error-value');
  return null;
}

// ---- numbers ----

const UNIT_SUFFIX = /\s*(?:điểm|diem)$/iu;
const SIGN = /^([+\-\u2212])\s*/u;

/** Reads an unsigned number written the Vietnamese way ("1.234,5"), or the English way when unambiguous. */
function readUnsigned(s: string): number | null {
  let normalized: string | null = null;
  if (/^\d+$/u.test(s)) normalized = s;
  // Vietnamese thousands: "1.234", "1.234.567", "1.234,5" (first group never starts with 0: "0.500" is 0,5).
  else if (/^[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?$/u.test(s))
    normalized = s.replace(/\./gu, '').replace(',', '.');
  // English thousands only when they cannot be a Vietnamese decimal comma: "1,234.5", "1,234,567".
  else if (/^[1-9]\d{0,2}(?:,\d{3})+\.\d+$/u.test(s) || /^[1-9]\d{0,2}(?:,\d{3}){2,}$/u.test(s))
    normalized = s.replace(/,/gu, '');
  // Space thousands: "1 234", "1 234,5".
  else if (/^[1-9]\d{0,2}(?: \d{3})+(?:[.,]\d+)?$/u.test(s))
    normalized = s.replace(/ /gu, '').replace(',', '.');
  // One decimal separator, either kind: "85,5", "85.5", ",5".
  else if (/^\d*[.,]\d+$/u.test(s)) normalized = s.replace(',', '.');
  if (normalized === null) return null;
  const n = Number(normalized);
  return Number.isFinite(n) ? n : null;
}

/** Like parseNumber, and tells whether the text carried a "%" (the value is the number before it). */
export function parseNumberDetailed(v: CellValue): Parsed<{ value: number; percentSign: boolean }> {
  const pre = precheck<{ value: number; percentSign: boolean }>(v);
  if (pre) return pre;
  if (typeof v === 'number')
    return Number.isFinite(v) ? ok({ value: v, percentSign: false }) : fail('invalid');
  if (typeof v !== 'string') return fail('invalid');
  let s = cleanText(v).replace(UNIT_SUFFIX, '');
  const percentSign = /\s*%$/u.test(s);
  if (percentSign) s = s.replace(/\s*%$/u, '');
  let negative = false;
  const sign = SIGN.exec(s);
  if (sign) {
    negative = sign[1] !== '+';
    s = s.slice(sign[0].length);
  }
  const n = readUnsigned(s);
  if (n === null) return fail('invalid');
  return ok({ value: negative ? -n : n, percentSign });
}

/** "85", "85,5", "1.234", "1.234,5", "1,234.5", "90%", "-5", "85 điểm"; booleans and dates are not numbers. */
export function parseNumber(v: CellValue): Parsed<number> {
  const r = parseNumberDetailed(v);
  return r.ok ? ok(r.value.value) : r;
}

/** A whole number: "12", "12,0"; 12.5 is invalid. */
export function parseInteger(v: CellValue): Parsed<number> {
  const r = parseNumber(v);
  if (!r.ok) return r;
  const rounded = Math.round(r.value);
  return Math.abs(r.value - rounded) < 1e-9 ? ok(rounded === 0 ? 0 : rounded) : fail('invalid');
}

// ---- bounds ----

/**
 * No village, unit or clan counts a million households, people or staff: a larger count is a typo (a key held
 * down, an overflowed paste such as 1e21), to be fixed where it was typed rather than carried into a percentage.
 */
export const COUNT_MAX = 1_000_000;

export const isPlausibleCount = (n: number): boolean => Number.isFinite(n) && Math.abs(n) <= COUNT_MAX;

const DIGITS_SHOWN = 24;

/**
 * A number as a person would write it back, never in exponent notation: 1e21 → "1000000000000000000000",
 * 1e308 → "100000000000… (309 chữ số)", 1e-7 → "0.0000001"; NaN and Infinity (no cell holds them) → "".
 */
export function plainNumber(n: number): string {
  if (!Number.isFinite(n)) return '';
  const s = String(n);
  if (!/e/iu.test(s)) return s;
  // The shortest digits that round-trip, as String() found them, padded with zeros: 2.5e22 is 25 and 21 zeros.
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/u.exec(s);
  if (!m) return '';
  const [, sign = '', lead = '', frac = '', expText = '0'] = m;
  const exp = Number(expText);
  const mantissa = lead + frac;
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${mantissa}`;
  const body = mantissa.padEnd(exp + 1, '0');
  return body.length > DIGITS_SHOWN ? `${sign}${body.slice(0, 12)}… (${body.length} chữ số)` : sign + body;
}

// ---- marks and results ----

const CHECK_SYMBOLS = new Set(['✓', '✔', '☑', '✅', '√']);
const MARK_TRUE = new Set([
  'x',
  'co',
  'v',
  'yes',
  'roi',
  'da dang ky',
  'dang ky',
  'dk',
  'da dk',
  'co dang ky',
  'true',
  '1',
]);
const MARK_FALSE = new Set(['khong', 'chua', 'no', 'false', '0', 'chua dang ky', 'khong dang ky', 'chua dk']);

/** A tick column ("Đăng ký"): x/có/✓/1/TRUE → true, không/chưa/0/FALSE/"-" → false. */
export function parseMark(v: CellValue): Parsed<boolean> {
  const pre = precheck<boolean>(v);
  if (pre) return pre;
  if (typeof v === 'boolean') return ok(v);
  if (typeof v === 'number') return v === 1 ? ok(true) : v === 0 ? ok(false) : fail('invalid');
  if (typeof v !== 'string') return fail('invalid');
  const s = cleanText(v);
  if (CHECK_SYMBOLS.has(s)) return ok(true);
  if (/^[-\u2013\u2014]$/u.test(s)) return ok(false);
  const key = foldKey(s);
  if (MARK_TRUE.has(key)) return ok(true);
  if (MARK_FALSE.has(key)) return ok(false);
  return fail('invalid');
}

export interface ResultValue {
  outcome: 'pass' | 'fail';
  band: string | null;
}

const RESULT_WORDS: ReadonlyMap<string, ResultValue> = new Map<string, ResultValue>([
  ...['dat', 'd', 'x', 'cong nhan', 'duoc cong nhan', 'da dat', 'true'].map((k): [string, ResultValue] => [
    k,
    { outcome: 'pass', band: null },
  ]),
  ['xuat sac', { outcome: 'pass', band: 'Xuất sắc' }],
  ['tot', { outcome: 'pass', band: 'Tốt' }],
  ['kha', { outcome: 'pass', band: 'Khá' }],
  ['trung binh', { outcome: 'pass', band: 'Trung bình' }],
  ...['khong dat', 'chua dat', 'kd', 'khong', 'khong cong nhan', 'chua cong nhan', 'chua', 'false'].map(
    (k): [string, ResultValue] => [k, { outcome: 'fail', band: null }],
  ),
  ['yeu', { outcome: 'fail', band: 'Yếu' }],
  ['kem', { outcome: 'fail', band: 'Kém' }],
]);

/** An assessment cell ("Kết quả"): Đạt/Không đạt/Công nhận, or a band (Tốt, Khá, …) that implies a pass. */
export function parseResult(v: CellValue): Parsed<ResultValue> {
  const pre = precheck<ResultValue>(v);
  if (pre) return pre;
  if (typeof v === 'boolean') return ok({ outcome: v ? 'pass' : 'fail', band: null });
  if (typeof v !== 'string') return fail('invalid');
  const s = cleanText(v);
  if (CHECK_SYMBOLS.has(s)) return ok({ outcome: 'pass', band: null });
  const found = RESULT_WORDS.get(foldKey(s));
  return found ? ok({ ...found }) : fail('invalid');
}

// ---- dates ----

const SERIAL_MIN = 1;
const SERIAL_MAX = 80000;
const FICTITIOUS_SERIAL = 60;

/** A local calendar date, or null when the day does not exist (31/02). */
function calendarDate(y: number, m: number, d: number): Date | null {
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(y, m - 1, d);
  return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d ? date : null;
}

/** Sheets/Excel 1900 serial: day 0 is 30/12/1899 (right for every date after 28/02/1900). */
function fromSerial(serial: number): Date {
  return new Date(1899, 11, 30 + Math.floor(serial));
}

function parseDateText(text: string): Date | null {
  const s = cleanText(text);
  let m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/u.exec(s);
  if (m) return calendarDate(Number(m[4]), Number(m[3]), Number(m[1]));
  m = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})$/u.exec(s);
  if (m) return calendarDate(Number(m[1]), Number(m[3]), Number(m[4]));
  m = /^ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})$/u.exec(foldKey(s));
  if (m) return calendarDate(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}

/** Day-first dates ("05/12/2026", "5-12-2026", "05.12.2026", ISO "2026-12-05"), Date cells, serials 1..80000. */
export function parseDate(v: CellValue): Parsed<Date> {
  const pre = precheck<Date>(v);
  if (pre) return pre;
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return fail('invalid');
    return ok(new Date(v.getFullYear(), v.getMonth(), v.getDate()));
  }
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || v < SERIAL_MIN || v >= SERIAL_MAX + 1) return fail('invalid');
    // Excel's serial 60 is 29/02/1900, a day that never was: refused rather than read as 28/02/1900.
    if (v >= FICTITIOUS_SERIAL && v < FICTITIOUS_SERIAL + 1) return fail('invalid');
    return ok(fromSerial(v));
  }
  if (typeof v !== 'string') return fail('invalid');
  const d = parseDateText(v);
  return d ? ok(d) : fail('invalid');
}

const YEAR_MIN = 1900;
const YEAR_MAX = 2100;
const inYearRange = (y: number): Parsed<number> => (y >= YEAR_MIN && y <= YEAR_MAX ? ok(y) : fail('invalid'));

/** A year (1900..2100): 1975, "1975", "năm 1975", a date or date text, or a date serial (> 3000). */
export function parseYear(v: CellValue): Parsed<number> {
  const pre = precheck<number>(v);
  if (pre) return pre;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? fail('invalid') : inYearRange(v.getFullYear());
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return fail('invalid');
    if (v > 3000) return v < SERIAL_MAX + 1 ? inYearRange(fromSerial(v).getFullYear()) : fail('invalid');
    return Number.isInteger(v) ? inYearRange(v) : fail('invalid');
  }
  if (typeof v !== 'string') return fail('invalid');
  const year = /^(?:nam )?(\d{4})$/u.exec(foldKey(v));
  if (year) return inYearRange(Number(year[1]));
  const d = parseDateText(v);
  return d ? inYearRange(d.getFullYear()) : fail('invalid');
}

/** Communes' administrative codes have five digits since 2025. */
export const COMMUNE_CODE_DIGITS = 5;

/**
 * A commune code as text: Sheets and Excel turn a typed "01234" into the number 1234, so a whole number is padded
 * back to five digits. Anything else is trimmed text, which the caller checks.
 */
export function communeCodeText(v: CellValue): string {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0)
    return String(v).padStart(COMMUNE_CODE_DIGITS, '0');
  return v === null || v === undefined || v instanceof Date ? '' : String(v).trim();
}

export const isCommuneCode = (code: string): boolean => /^\d{5}$/u.test(code);
