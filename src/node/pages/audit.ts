// What the eye misses on hundreds of pages, read from the words' boxes of a PDF (pdftotext -bbox-layout): a
// signature with nothing of the text above it, a group row or a heading left at a page's foot, a "Cộng" row alone
// at a page's top, a word outside the text area or over another word. Pure: pages in, findings out.
import { ANNEX, DOC_TYPES, RECIPIENTS_LABEL, REPORT, TITLE_UNITS } from '../../core/i18n/report';
import { HEADER_TABLE, MARGINS_MM, mmToPt } from '../../core/report/layout';

export interface Box {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}
export interface Word extends Box {
  text: string;
}
export interface Line extends Box {
  words: Word[];
}
/** One page in PDF points, y downwards from the page's top edge. */
export interface PageText {
  number: number;
  width: number;
  height: number;
  lines: Line[];
}

export type FindingKind =
  | 'signature-alone'
  | 'group-at-foot'
  | 'total-at-top'
  | 'note-at-top'
  | 'heading-at-foot'
  | 'nearly-empty'
  | 'outside-text-area'
  | 'overlap';

export interface Finding {
  file: string;
  page: number;
  kind: FindingKind;
  /** The line (or word) concerned, as printed. */
  text: string;
  detail: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/giu, (m, e: string) =>
    e.startsWith('#x') || e.startsWith('#X')
      ? String.fromCodePoint(parseInt(e.slice(2), 16))
      : e.startsWith('#')
        ? String.fromCodePoint(Number(e.slice(1)))
        : (ENTITIES[e] ?? m),
  );
const num = (attrs: string, name: string): number =>
  Number(new RegExp(`${name}="([-\\d.]+)"`, 'u').exec(attrs)?.[1] ?? NaN);
const box = (attrs: string): Box => ({
  xMin: num(attrs, 'xMin'),
  yMin: num(attrs, 'yMin'),
  xMax: num(attrs, 'xMax'),
  yMax: num(attrs, 'yMax'),
});

/** The XHTML of `pdftotext -bbox-layout` as pages of lines of words (flows and blocks are dropped). */
export const parseBboxLayout = (xhtml: string): PageText[] =>
  [...xhtml.matchAll(/<page([^>]*)>(.*?)<\/page>/gsu)].map((p, i) => ({
    number: i + 1,
    width: num(p[1] ?? '', 'width'),
    height: num(p[1] ?? '', 'height'),
    lines: [...(p[2] ?? '').matchAll(/<line([^>]*)>(.*?)<\/line>/gsu)].map((l) => ({
      ...box(l[1] ?? ''),
      words: [...(l[2] ?? '').matchAll(/<word([^>]*)>(.*?)<\/word>/gsu)].map((w) => ({
        ...box(w[1] ?? ''),
        text: decode(w[2] ?? ''),
      })),
    })),
  }));

const lineText = (l: Line): string =>
  l.words
    .map((w) => w.text)
    .join(' ')
    .replace(/\u00a0/gu, ' ');

const overlap = (a0: number, a1: number, b0: number, b1: number): number =>
  Math.min(a1, b1) - Math.max(a0, b0);

/** Lines at the same height (the cells of a table row, the two columns of a header), left to right. */
interface Row extends Box {
  lines: Line[];
  text: string;
}

/**
 * Lines that share more than half the height of the smaller one form a row; consecutive lines of a paragraph only
 * touch (a font's box is taller than its line), so they stay apart.
 */
const rowsOf = (lines: readonly Line[]): Row[] => {
  const rows: Line[][] = [];
  for (const l of [...lines].sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin)) {
    const last = rows[rows.length - 1];
    const top = last?.[0];
    if (
      last &&
      top &&
      overlap(top.yMin, top.yMax, l.yMin, l.yMax) > 0.5 * Math.min(top.yMax - top.yMin, l.yMax - l.yMin)
    )
      last.push(l);
    else rows.push([l]);
  }
  return rows.map((ls) => {
    const sorted = ls.sort((a, b) => a.xMin - b.xMin);
    return {
      xMin: Math.min(...sorted.map((l) => l.xMin)),
      yMin: Math.min(...sorted.map((l) => l.yMin)),
      xMax: Math.max(...sorted.map((l) => l.xMax)),
      yMax: Math.max(...sorted.map((l) => l.yMax)),
      lines: sorted,
      text: sorted.map(lineText).join(' | '),
    };
  });
};

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** A list's group row as annex.ts writes it ("Thôn Đông: 45 hộ"), for every title's unit. */
const GROUP_ROW = new RegExp(
  `^(?:${Object.values(TITLE_UNITS)
    .map((unit) =>
      escape(ANNEX.group('\u0001', '\u0002', unit))
        .replace('\u0001', '.+')
        .replace('\u0002', '[\\d.]+'),
    )
    .join('|')})$`,
  'u',
);
/** The signer's block: "Nơi nhận:", "TM. BAN THƯỜNG VỤ", "KT. CHỦ TỊCH", "CHỦ TỊCH", "PHÓ CHỦ TỊCH". */
const SIGNER_LINE = new RegExp(
  `^(?:${escape(RECIPIENTS_LABEL)}$|(?:TM|KT|TL|TUQ|Q)\\. \\p{Lu}|(?:PHÓ )?CHỦ TỊCH$)`,
  'u',
);
/** The notes under a table ("(*) Chỉ tiêu …", "Ghi chú: …"), by how they open. */
const TABLE_NOTE = new RegExp(
  `^(?:${[REPORT.everyVillageNote, REPORT.clanSpanNote('', '', '')]
    .map((t) => escape(/^[^:)]*[:)]/u.exec(t)?.[0] ?? t))
    .join('|')})`,
  'u',
);
const TOTAL_CELL = /^(?:Cộng|Tổng|Tổng cộng)$/u;
const HEADER_CELL = /^TT$/u;
const HEADING =
  /^(?:[IVX]+\. \S|Điều \d+\b|Phụ lục [IVX\d]+$|(?:BÁO CÁO|QUYẾT ĐỊNH|DANH SÁCH)$|QUYẾT ĐỊNH:$)/u;
const DOC_TYPE_LINE = new RegExp(`^(?:${Object.values(DOC_TYPES).map(escape).join('|')})$`, 'u');

/** How far a box may reach past a margin before it counts (boxes are rounded by the PDF writer). */
const SLACK_PT = 0.6;

const NEARLY_EMPTY = 0.2;

const clip = (s: string, n = 60): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export const auditPages = (file: string, pages: readonly PageText[]): Finding[] => {
  const out: Finding[] = [];
  const find = (page: number, kind: FindingKind, text: string, detail: string): void => {
    out.push({ file, page, kind, text: clip(text), detail });
  };
  const top = mmToPt(MARGINS_MM.top);
  const bottom = mmToPt(MARGINS_MM.bottom);
  const left = mmToPt(MARGINS_MM.left);
  const right = mmToPt(MARGINS_MM.right);

  for (const page of pages) {
    // The running header (the page number) sits above the top margin; everything else is the body.
    const body = page.lines.filter((l) => l.yMax > top + SLACK_PT);
    const rows = rowsOf(body);
    const signer = rows.findIndex((r) => r.lines.some((l) => SIGNER_LINE.test(lineText(l))));
    if (signer === 0)
      find(
        page.number,
        'signature-alone',
        rows[signer]?.text ?? '',
        'the signer’s block opens the page: no body text or table row above it',
      );

    const last = rows[rows.length - 1];
    // A group row is one merged cell: one line across the table.
    if (last && last.lines.length === 1 && GROUP_ROW.test(last.text))
      find(
        page.number,
        'group-at-foot',
        last.text,
        'a group row is the last line: its first member is on the next page',
      );
    if (last && rows.length > 1 && HEADING.test(last.text))
      find(
        page.number,
        'heading-at-foot',
        last.text,
        'a heading is the last line: its text is on the next page',
      );

    // Before the last page, a page filled to less than a fifth is a table's tail or a block pushed on by a break.
    const filled = last ? (last.yMax - top) / (page.height - top - bottom) : 0;
    if (page.number < pages.length && filled < NEARLY_EMPTY)
      find(
        page.number,
        'nearly-empty',
        last?.text ?? '',
        `the page is ${Math.round(filled * 100)}% filled and the document goes on`,
      );

    // A table header repeated at the top ("TT | … | Tổng / điểm": its wrapped cells start above "TT" when they
    // are centred) is skipped before looking at the first row.
    const headerAt = rows.slice(0, 4).findIndex((r) => r.lines.some((l) => HEADER_CELL.test(lineText(l))));
    let at = headerAt + 1;
    while (
      headerAt >= 0 &&
      at < rows.length &&
      at <= headerAt + 3 &&
      !/^\d/u.test(rows[at]?.text ?? '') &&
      !TOTAL_CELL.test(firstCell(rows[at]))
    )
      at++;
    const lead = rows[at];
    // A total row carries figures; a header's second row ("Tổng số hộ | Hộ đạt | Tỷ lệ (%)") only words.
    if (lead && TOTAL_CELL.test(firstCell(lead)) && lead.lines.length > 1 && /\d/u.test(lead.text))
      find(page.number, 'total-at-top', lead.text, 'a table’s total row opens the page, away from its table');

    if (rows[0] && TABLE_NOTE.test(rows[0].text))
      find(page.number, 'note-at-top', rows[0].text, 'a table’s note opens the page, away from its table');

    // The header table reaches into both margins on purpose (layout.ts HEADER_TABLE): its lines, above the
    // document type, may too.
    const docType = rows.findIndex((r) => r.lines.some((l) => DOC_TYPE_LINE.test(lineText(l))));
    const headerBottom = docType > 0 ? (rows[docType]?.yMin ?? 0) : -Infinity;
    for (const l of page.lines) {
      const inHeader = l.yMax <= headerBottom + SLACK_PT;
      const minX = left - (inHeader ? mmToPt(-HEADER_TABLE.indentMm) : 0) - SLACK_PT;
      const maxX = page.width - right + (inHeader ? mmToPt(HEADER_TABLE.bleedRightMm) : 0) + SLACK_PT;
      const runningHeader = l.yMax <= top + SLACK_PT;
      const edges = [
        ...l.words
          .filter((w) => w.xMin < minX)
          .map((w) => `${w.text} ${(w.xMin - minX - SLACK_PT).toFixed(1)} pt left`),
        ...l.words
          .filter((w) => w.xMax > maxX)
          .map((w) => `${w.text} +${(w.xMax - maxX + SLACK_PT).toFixed(1)} pt right`),
      ];
      // A line's box is the font's, taller than its glyphs with line spacing: a fifth of it may reach over.
      const reach = 0.2 * (l.yMax - l.yMin);
      if (l.yMax > page.height - bottom + reach)
        edges.push(`+${(l.yMax - page.height + bottom).toFixed(1)} pt below`);
      if (!runningHeader && l.yMin < top - reach) edges.push(`${(l.yMin - top).toFixed(1)} pt above`);
      if (edges.length > 0)
        find(page.number, 'outside-text-area', lineText(l), `past the text area: ${edges.join(', ')}`);
    }

    const words = page.lines.flatMap((l) => l.words).sort((a, b) => a.yMin - b.yMin);
    for (let i = 0; i < words.length; i++) {
      const a = words[i];
      if (!a) continue;
      for (let j = i + 1; j < words.length; j++) {
        const b = words[j];
        if (!b || b.yMin >= a.yMax) break;
        const h = Math.min(a.yMax - a.yMin, b.yMax - b.yMin);
        if (overlap(a.yMin, a.yMax, b.yMin, b.yMax) > 0.5 * h && overlap(a.xMin, a.xMax, b.xMin, b.xMax) > 1)
          find(page.number, 'overlap', `${a.text} / ${b.text}`, 'two words are printed over each other');
      }
    }
  }
  return out;
};

const firstCell = (r: Row | undefined): string => (r?.lines[0] ? lineText(r.lines[0]) : '');
