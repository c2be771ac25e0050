// Plan text → units (a heading, a bullet, a sentence) with the line each starts on, whatever the wrapping:
// PDF and OCR text breaks lines inside sentences, Word text keeps one paragraph a line, Markdown adds marks.
import { stripDiacritics } from '../../text/normalize';

export interface Unit {
  /** The unit as the plan writes it, on one line, without Markdown marks. */
  text: string;
  /** The same text folded character by character (lower case, no marks, OCR slips repaired): same length. */
  folded: string;
  /** 1-based line of the input where the unit starts. */
  line: number;
  /** Section level when the unit is a heading (I. = 1, 1. = 2, 1.1. = 3, a) = 4), else 0. */
  heading: number;
}

const ZERO_WIDTH = /[\u200B-\u200D\uFEFF\u00AD]/gu;
const SPACES = /[\s\u00A0\u202F\u2007]+/gu;
const CELL_GAP = /(?<=\S)(?:[ \u00A0]*\t[ \u00A0\t]*| {4,})(?=\S)/gu;
const MARKDOWN_HEADING = /^#{1,6}\s+/u;
const EMPHASIS = /(\*{1,3}|_{2,3})/gu;
const BULLET = /^[-–—+•*●○▪◦]\s*/u;
const MARKERS: readonly [RegExp, number][] = [
  [/^[IVX]{1,5}\s*[.:)]\s+/u, 1],
  [/^\d{1,2}\.\d{1,2}\.\d{1,2}\.?\s+/u, 4],
  [/^\d{1,2}\.\d{1,2}\.?\s+/u, 3],
  [/^\d{1,2}\s*[.)]\s+/u, 2],
  [/^[a-zđ]\s*\)\s+/u, 4],
];
// A line that closes its unit: sentence punctuation, possibly inside closing quotes or brackets.
const TERMINAL = /[.;:!?…](["'”’»)\]]*)$/u;
// "2026 - 2030" wrapped before its dash is not a bullet.
const DASHED_NUMBER = /^[-–]\s*\d{4}\b/u;

const FOLDED = new Map<string, string>();
const foldChar = (ch: string): string => {
  let out = FOLDED.get(ch);
  if (out === undefined) {
    const lower = ch.toLowerCase();
    let base = lower.length === 1 ? stripDiacritics(lower) : ch;
    if (base === 'ð') base = 'd';
    if (base.length !== 1) base = base.length === 0 ? ' ' : (base[0] ?? ' ');
    // Surrogate pairs count two code units in `text`: keep the alignment in code units.
    out = ch.length === 2 ? `${base} ` : base;
    FOLDED.set(ch, out);
  }
  return out;
};

/** One folded character per input character, so positions in `folded` are positions in `text`. */
export const foldAligned = (text: string): string => {
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return repairOcr(text, out);
};

/** OCR slips that keep the length: "Pon vi" (Đ read as P), "2O28" and "1OO%" (O read as zero). */
const repairOcr = (text: string, folded: string): string =>
  folded
    // A capital P starts only "Ph…" words in Vietnamese; elsewhere it is a damaged Đ.
    .replace(/(?<![\p{L}])p(?=[aeiouy])/gu, (m, at: number) => (text[at] === 'P' ? 'd' : m))
    .replace(/(?<=\d)[ol]+(?= ?[\d%])/gu, (m: string) => m.replace(/o/gu, '0').replace(/l/gu, '1'));

const headingLevel = (text: string): number => {
  for (const [re, level] of MARKERS) if (re.test(text)) return level;
  return 0;
};

const isUpperLine = (text: string): boolean => {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
};

interface Line {
  text: string;
  line: number;
  markdownHeading: boolean;
  /** A blank line comes before this one. */
  afterBlank: boolean;
}

const cleanLines = (input: string): Line[] => {
  const out: Line[] = [];
  let blank = false;
  input
    .normalize('NFC')
    .split(/\r\n|\r|\n|\u2028|\u2029/u)
    .forEach((raw, i) => {
      const markdownHeading = MARKDOWN_HEADING.test(raw.trimStart());
      const text = raw
        .replace(ZERO_WIDTH, '')
        .replace(MARKDOWN_HEADING, '')
        .trimStart()
        .replace(MARKDOWN_HEADING, '')
        .replace(EMPHASIS, '')
        // A tab, or a wide gap as `pdftotext -layout` leaves, separates table cells.
        .replace(CELL_GAP, ' | ')
        .replace(SPACES, ' ')
        .trim();
      if (text !== '') out.push({ text, line: i + 1, markdownHeading, afterBlank: blank });
      blank = text === '';
    });
  return out;
};

/** Starts a new unit rather than continuing the one before. */
const startsUnit = (line: Line, previous: Line | undefined): boolean => {
  if (!previous) return true;
  if (line.markdownHeading || previous.markdownHeading) return true;
  // A figure the scan pushed to its own line: "… Công dân học tập:" ⏎ "100" ⏎ "%.".
  if (/^%/u.test(line.text)) return false;
  if (/:$/u.test(previous.text) && /^\d{1,3}(?:[.,]\d{1,2})?\s*%?\s*(?:[.;]|$)/u.test(line.text))
    return false;
  // "… Quốc gia;" ⏎ "trong đó 60% …": a wrapped line that goes on in lower case is the same item.
  if (/;["'”’)]*$/u.test(previous.text) && /^\p{Ll}/u.test(line.text)) return false;
  if (TERMINAL.test(previous.text)) return true;
  if (DASHED_NUMBER.test(line.text)) return false;
  if (BULLET.test(line.text) || headingLevel(line.text) > 0) return true;
  // A blank line ends a paragraph, unless the text goes on in lower case ("hội viên khuyến" ⏎⏎ "học và …").
  const capital = /^["“'‘(]?[\p{Lu}\d]/u.test(line.text);
  if (line.afterBlank && capital) return true;
  // A short numbered heading without a colon: "2.1. Đến năm 2028" ⏎ "Phấn đấu …".
  if (headingLevel(previous.text) > 0 && previous.text.length <= 80 && capital) return true;
  // Table rows flattened with tabs or bars stay one a line.
  if (/[|\t]/u.test(line.text) || /[|\t]/u.test(previous.text)) return true;
  return isUpperLine(previous.text) !== isUpperLine(line.text);
};

/** The plan as units, in order; blank lines and Markdown are dropped, wrapped lines joined. */
export const splitUnits = (input: string): Unit[] => {
  const units: Unit[] = [];
  let current: { parts: string[]; line: number; markdownHeading: boolean } | null = null;
  let previous: Line | undefined;
  const flush = () => {
    if (!current) return;
    for (const piece of splitSentences(current.parts.join(' '))) {
      const text = piece.replace(BULLET, '');
      const level = current.markdownHeading || isUpperLine(text) ? Math.max(1, headingLevel(text)) : 0;
      units.push({
        text,
        folded: foldAligned(text),
        line: current.line,
        heading: level || (isHeadingLike(text) ? headingLevel(text) : 0),
      });
    }
    current = null;
  };
  for (const line of cleanLines(input)) {
    if (startsUnit(line, previous)) {
      flush();
      current = { parts: [line.text], line: line.line, markdownHeading: line.markdownHeading };
    } else current?.parts.push(line.text);
    previous = line;
  }
  flush();
  return units;
};

/** "2.1. Mục tiêu cụ thể đến năm 2028:" is a heading; "2. Huy động nguồn lực … trên địa bàn xã." is not. */
const isHeadingLike = (text: string): boolean =>
  headingLevel(text) > 0 && (text.length <= 120 || /:$/u.test(text)) && !/\.$/u.test(text);

// Sentences inside one paragraph: a full stop before a capital starts a new one ("… 2026. Phấn đấu …"), except
// after a section marker ("2.1. Mục tiêu") or an abbreviation ("TP. Huế").
const SENTENCE_END = /(?<=[.!?…]["'”’)]*)\s+(?=["“'‘(]?\p{Lu})/gu;
const NOT_AN_END =
  /(?:^|\s)(?:[IVX]{1,5}|\d{1,2}(?:\.\d{1,2}){0,2}|[a-zđ]|tp|tx|tt|ts|ths|pgs|gs|st|v\.v)\.["'”’)]*$/iu;

const splitSentences = (paragraph: string): string[] => {
  const out: string[] = [];
  let start = 0;
  for (const m of paragraph.matchAll(SENTENCE_END)) {
    const head = paragraph.slice(start, m.index);
    if (NOT_AN_END.test(head)) continue;
    out.push(head.trim());
    start = m.index + m[0].length;
  }
  out.push(paragraph.slice(start).trim());
  return out.filter((s) => s !== '');
};
