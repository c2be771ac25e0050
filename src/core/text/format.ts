// Vietnamese number and date forms for reports, written by hand: Intl/toLocaleString are unreliable in Apps Script.
import { dateLongText } from '../i18n/common';

import { plainNumber } from './values';

const DASH = '–';

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/gu, '.');
}

/** Rounds |n| half away from zero at `digits` places, using decimal exponents to dodge 1.005-style binary error. */
function roundAbs(n: number, digits: number): number {
  const a = Math.abs(n);
  // "1e-9" + "e1" is not a number: values written in exponent form are either whole already or round to 0.
  if (/e/iu.test(String(a))) return a >= 1 ? a : Math.round(a * 10 ** digits) / 10 ** digits;
  return Number(`${Math.round(Number(`${a}e${digits}`))}e-${digits}`);
}

function formatFixed(n: number, digits: number, dropZeroFraction: boolean): string {
  const d = Math.max(0, Math.min(10, Math.floor(digits)));
  const abs = roundAbs(n, d);
  // toFixed writes 1e21 and above in exponent form; those are whole numbers, written out in full.
  const [intPart = '0', fracPart = ''] = (
    abs >= 1e21 ? `${plainNumber(abs)}.${'0'.repeat(d)}` : abs.toFixed(d)
  ).split('.');
  const sign = n < 0 && abs !== 0 ? '-' : '';
  const frac = dropZeroFraction && /^0*$/u.test(fracPart) ? '' : fracPart;
  return `${sign}${groupThousands(intPart)}${frac ? `,${frac}` : ''}`;
}

/** 3412 → "3.412"; -1234567 → "-1.234.567"; rounds to an integer; non-finite → "–". */
export function formatInt(n: number): string {
  if (!Number.isFinite(n)) return DASH;
  return formatFixed(n, 0, false);
}

/** 87.66 → "87,7"; 1234.5 → "1.234,5"; 90 → "90,0". */
export function formatDecimal(n: number, digits = 1): string {
  if (!Number.isFinite(n)) return DASH;
  return formatFixed(n, digits, false);
}

/** 87.66 → "87,7%"; 90 → "90%" (a zero fraction is dropped); null → "–". The input is already ×100. */
export function formatPercent(n: number | null | undefined, digits = 1): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return DASH;
  return `${formatFixed(n, digits, true)}%`;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** "ngày 05 tháng 12 năm 2026", as in official documents: day padded, only months 1 and 2 padded. */
export function formatDateLong(d: Date): string {
  const month = d.getMonth() + 1;
  const monthText = month <= 2 ? pad2(month) : String(month);
  return dateLongText(pad2(d.getDate()), monthText, d.getFullYear());
}

/** "05/12/2026" (day first). */
export function formatDateShort(d: Date): string {
  return `${pad2(d.getDate())}/${pad2(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/** Uppercase keeping Vietnamese letters precomposed: "xã Hòa An" → "XÃ HÒA AN". */
export function upperVi(s: string): string {
  return s.normalize('NFC').toUpperCase().normalize('NFC');
}
