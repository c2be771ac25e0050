// Nghị định 30/2020/NĐ-CP layout facts, in one place: both renderers read sizes, margins, fonts, paragraph roles,
// spacing and unit conversions only from here, and only map them to their APIs.
import type { Align, ParagraphRole } from './model';

/** A4 in millimetres (portrait). */
export const PAGE = { widthMm: 210, heightMm: 297 } as const;

/** Within the allowed ranges: top 20–25, bottom 20–25, left 30–35, right 15–20 mm. */
export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;

export type Orientation = 'portrait' | 'landscape';

/** Width of the text area for an orientation, in millimetres. */
export const textWidthMm = (orientation: Orientation): number =>
  (orientation === 'portrait' ? PAGE.widthMm : PAGE.heightMm) - MARGINS_MM.left - MARGINS_MM.right;

/** Distance of the page-number header from the top edge. */
export const HEADER_DISTANCE_MM = 10;

export const FONT = 'Times New Roman';

/** Point sizes per part of the document (Phụ lục I of Nghị định 30). */
export const SIZES = {
  // 12 is within the allowed 12–13 and keeps "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and a commune's association on one line.
  parentBody: 12,
  issuingBody: 12,
  number: 13,
  nationalName: 12,
  motto: 14,
  placeDate: 14,
  docType: 14,
  subject: 14,
  authority: 14,
  body: 14,
  heading: 14,
  table: 13,
  wideTable: 12,
  recipientsLabel: 12,
  recipients: 11,
  signerTitle: 14,
  signerName: 14,
  pageNumber: 14,
  caption: 12,
  footnote: 12,
} as const;

export type SizeRole = keyof typeof SIZES;

/** Body paragraphs: first-line indent and at least 6 pt between paragraphs. */
export const PARAGRAPH = { firstLineIndentMm: 12.7, spaceAfterPt: 6, lineSpacing: 1.15 } as const;

/** How one line of text looks: its size, weight and slant, and where it sits. */
export interface LineStyle {
  size: SizeRole;
  bold?: boolean;
  italic?: boolean;
  align: Align;
}

/** A paragraph role of the model (model.ts) as data: text, alignment, indent and the space around it. */
export interface ParagraphStyle extends LineStyle {
  firstLineIndent: boolean;
  beforePt: number;
  afterPt: number;
  /** A multiple of single spacing; absent is single. */
  lineSpacing?: number;
  /** Stays on the page of the next paragraph (headings, the "QUYẾT ĐỊNH:" line). */
  keepNext?: boolean;
  /** Marked for the officer to replace. */
  highlight?: boolean;
}

const prose = {
  align: 'justify',
  firstLineIndent: true,
  beforePt: 0,
  afterPt: PARAGRAPH.spaceAfterPt,
  lineSpacing: PARAGRAPH.lineSpacing,
} as const;

export const PARAGRAPH_STYLES: Readonly<Record<ParagraphRole, ParagraphStyle>> = {
  body: { ...prose, size: 'body' },
  heading: { ...prose, size: 'heading', beforePt: 6, keepNext: true },
  placeholder: { ...prose, size: 'body', italic: true, highlight: true },
  centered: {
    size: 'body',
    align: 'center',
    firstLineIndent: false,
    beforePt: 6,
    afterPt: 6,
    keepNext: true,
  },
  authority: {
    size: 'authority',
    bold: true,
    align: 'center',
    firstLineIndent: false,
    beforePt: 6,
    afterPt: 12,
  },
  note: { size: 'body', italic: true, align: 'center', firstLineIndent: false, beforePt: 0, afterPt: 12 },
  footnote: {
    size: 'footnote',
    italic: true,
    align: 'left',
    firstLineIndent: false,
    beforePt: 3,
    afterPt: 6,
  },
  // Right-aligned above the header, where drafts are marked in practice; yellow so a printout shows it too.
  draft: {
    size: 'docType',
    bold: true,
    align: 'right',
    firstLineIndent: false,
    beforePt: 0,
    afterPt: 6,
    highlight: true,
  },
};

/** The single lines of the header, the title and the signature block; no space around them. */
export const LINE_STYLES = {
  parentBody: { size: 'parentBody', align: 'center' },
  issuingBody: { size: 'issuingBody', bold: true, align: 'center' },
  number: { size: 'number', align: 'center' },
  nationalName: { size: 'nationalName', bold: true, align: 'center' },
  motto: { size: 'motto', bold: true, align: 'center' },
  placeDate: { size: 'placeDate', italic: true, align: 'center' },
  docType: { size: 'docType', bold: true, align: 'center' },
  subject: { size: 'subject', bold: true, align: 'center' },
  recipientsLabel: { size: 'recipientsLabel', bold: true, italic: true, align: 'left' },
  recipients: { size: 'recipients', align: 'left' },
  signerTitle: { size: 'signerTitle', bold: true, align: 'center' },
  signerName: { size: 'signerName', bold: true, align: 'center' },
  /** The empty lines of the signature space. */
  signSpace: { size: 'signerName', align: 'center' },
} as const satisfies Record<string, LineStyle>;

export type LineRole = keyof typeof LINE_STYLES;

/** Space above and below the chart. */
export const FIGURE_SPACING = { beforePt: 6, afterPt: 6 } as const;

/** Space between the last paragraph and the signature block. */
export const SIGNATURE_SPACING = { beforePt: 0, afterPt: 6 } as const;

/**
 * The borderless header table: the issuing body's column, an empty gutter, the national name's column. The table
 * reaches `bleedLeftMm` into the left margin and `bleedRightMm` into the right one (the text beside it keeps the
 * margins): the right column holds "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (12 pt bold, 88.3 mm) on one line, the
 * left one a province association's name ("HỘI KHUYẾN HỌC TỈNH THANH HÓA", 73.7 mm), and the gutter keeps the two
 * capitals apart, so they never read as one line. Longer names are broken into lines that fit the left column
 * (metrics.ts), and a word processor can only wrap inside a fixed column.
 */
export const HEADER_TABLE = (() => {
  const bleedLeftMm = 5;
  const bleedRightMm = 3;
  const gutterMm = 6;
  const rightMm = 90;
  const leftMm = textWidthMm('portrait') + bleedLeftMm + bleedRightMm - gutterMm - rightMm;
  return { leftMm, gutterMm, rightMm, indentMm: -bleedLeftMm, bleedRightMm } as const;
})();

/** Names in the left column are broken to fit this width, which leaves what a word processor rounds. */
export const HEADER_NAME_WIDTH_MM = HEADER_TABLE.leftMm - 1.5;

/** Rules under the issuing body and the subject (1/3–1/2 of the line) and under the motto (as long as the motto). */
export const RULES = { issuingBodyMm: 22, mottoMm: 62, subjectMm: 35, widthPt: 0.75 } as const;

/** Space before the document type, and after the subject's rule. */
export const TITLE_SPACING = { beforePt: 12, afterPt: 12 } as const;

/** The signature block and "Nơi nhận": two columns, recipients on the left. */
export const SIGNATURE_TABLE = { rightMm: 85, signSpaceLines: 4 } as const;

/**
 * The signature's columns for a text width: the signer's column keeps its width against the right margin, and
 * "Nơi nhận" takes the rest, so on a landscape annex the signature still closes the page on the right.
 */
export const signatureColumnsMm = (widthMm: number): { leftMm: number; rightMm: number } => ({
  leftMm: widthMm - SIGNATURE_TABLE.rightMm,
  rightMm: SIGNATURE_TABLE.rightMm,
});

/** Tables in the body: cell padding (sides, then top and bottom), the rule weight, single-spaced text. */
export const TABLE = {
  cellPaddingMm: 1.2,
  cellPaddingVerticalMm: 0.4,
  /** Header cells get more: their bold, often two-line words touched the rules ("Tổng / điểm", "Năm / sinh"). */
  headerPaddingVerticalMm: 1,
  borderPt: 0.5,
  lineSpacing: 1,
  /** A table of at most this many body rows is kept on one page (each row keeps with the next), so a "Cộng" row is never left alone. */
  keepWholeRows: 15,
} as const;

// Unit conversions: the only ones the renderers use.
export const MM_PER_PT = 25.4 / 72;
export const mmToPt = (mm: number): number => mm / MM_PER_PT;
/** Millimetres to twentieths of a point, rounded as Word writes them (A4 is 11906 wide, not docx's truncated 11905). */
export const twip = (mm: number): number => Math.round((mm / 25.4) * 1440);
/** Points to twentieths of a point. */
export const ptTwip = (pt: number): number => Math.round(pt * 20);
/** A size role in half-points, the unit of WordprocessingML font sizes. */
export const halfPoints = (role: SizeRole): number => SIZES[role] * 2;
/** Millimetres to CSS pixels (96 per inch), the unit of image sizes in both renderers. */
export const mmToPx = (mm: number): number => Math.round((mm / 25.4) * 96);
/** A line-spacing multiple in WordprocessingML's 240ths of a line. */
export const lineTwips = (multiple: number): number => Math.round(240 * multiple);
