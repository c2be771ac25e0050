// Advance widths of Times New Roman (and its metric twin Liberation Serif, what LibreOffice uses here), so the
// model can break a long agency name where a person would, before a word processor breaks it anywhere.
// Widths in thousandths of an em, read from LiberationSerif-Regular/Bold.ttf 2.x (hmtx); they equal Adobe's
// Times-Roman/Times-Bold metrics. Letters with diacritics keep their base letter's advance, except the horn
// of Ư/ư/ơ, which widens the glyph (extra below).
import { MM_PER_PT } from './layout';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
// prettier-ignore
const REGULAR_UPPER = [722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611];
// prettier-ignore
const BOLD_UPPER = [722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667];
// prettier-ignore
const REGULAR_LOWER = [444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444];
// prettier-ignore
const BOLD_LOWER = [500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444];

const SHARED: Readonly<Record<string, number>> = {
  ' ': 250,
  '\u00a0': 250,
  ',': 250,
  '.': 250,
  '-': 333,
  '(': 333,
  ')': 333,
  '/': 278,
  '0': 500,
  '1': 500,
  '2': 500,
  '3': 500,
  '4': 500,
  '5': 500,
  '6': 500,
  '7': 500,
  '8': 500,
  '9': 500,
};

/** What the horn adds to the base letter's advance, by base letter (Ư 776 against U 722 regular; Ơ equals O). */
const HORN: Readonly<Record<string, [regular: number, bold: number]>> = {
  U: [54, 74],
  u: [42, 44],
  o: [29, 54],
};

const table = (bold: boolean): Map<string, number> => {
  const m = new Map(Object.entries(SHARED));
  [...UPPER].forEach((c, i) => m.set(c, (bold ? BOLD_UPPER : REGULAR_UPPER)[i] ?? 722));
  [...LOWER].forEach((c, i) => m.set(c, (bold ? BOLD_LOWER : REGULAR_LOWER)[i] ?? 500));
  m.set(':', bold ? 333 : 278);
  m.set('Đ', 722);
  m.set('đ', bold ? 556 : 500);
  return m;
};
const TABLES = { regular: table(false), bold: table(true) };

/** Unknown characters count as wide as a capital, so an estimate errs towards breaking. */
const FALLBACK = 722;

const advance = (ch: string, bold: boolean): number => {
  const t = bold ? TABLES.bold : TABLES.regular;
  const direct = t.get(ch);
  if (direct !== undefined) return direct;
  const decomposed = ch.normalize('NFD');
  const base = decomposed.replace(/\p{M}/gu, '');
  const horn = decomposed.includes('\u031b') ? (HORN[base]?.[bold ? 1 : 0] ?? 0) : 0;
  return (t.get(base) ?? FALLBACK) + horn;
};

/** Width of a single line of text in millimetres, at `sizePt`. */
export const textWidthMm = (text: string, sizePt: number, bold = false): number => {
  let em = 0;
  for (const ch of text.normalize('NFC')) em += advance(ch, bold);
  return (em / 1000) * sizePt * MM_PER_PT;
};

/**
 * A name as lines no wider than `widthMm`: unchanged when it fits; otherwise broken between words where the
 * longer line is shortest (two lines), then greedily for what still does not fit.
 */
export const fitLines = (text: string, widthMm: number, sizePt: number, bold = false): string[] => {
  const w = (s: string) => textWidthMm(s, sizePt, bold);
  const t = text.trim();
  if (w(t) <= widthMm) return [t];
  const words = t.split(/ +/u);
  let best: [string, string] | null = null;
  let bestWidth = Infinity;
  for (let i = 1; i < words.length; i++) {
    const a = words.slice(0, i).join(' ');
    const b = words.slice(i).join(' ');
    const longer = Math.max(w(a), w(b));
    if (longer < bestWidth) {
      bestWidth = longer;
      best = [a, b];
    }
  }
  if (best && bestWidth <= widthMm) return best;
  const lines: string[] = [];
  let cur = '';
  for (const word of words) {
    const next = cur === '' ? word : `${cur} ${word}`;
    if (cur !== '' && w(next) > widthMm) {
      lines.push(cur);
      cur = word;
    } else cur = next;
  }
  if (cur !== '') lines.push(cur);
  return lines;
};
