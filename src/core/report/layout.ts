// Nghị định 30/2020/NĐ-CP layout facts, in one place: both renderers read sizes, margins and fonts only from here.

/** A4 in millimetres (portrait). */
export const PAGE = { widthMm: 210, heightMm: 297 } as const;

/** Within the allowed ranges: top 20–25, bottom 20–25, left 30–35, right 15–20 mm. */
export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;

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

/**
 * The borderless two-column header table. 91 mm keeps "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (12 pt bold) on one line
 * and 76 mm a province association's name; together 2 mm wider than the text, so the table starts 2 mm into the
 * left margin (measured on LibreOffice's PDF).
 */
export const HEADER_TABLE = { leftMm: 76, rightMm: 91, indentMm: -2 } as const;

/** Rules under the issuing body and the subject (1/3–1/2 of the line) and under the motto (as long as the motto). */
export const RULES = { issuingBodyMm: 22, mottoMm: 62, subjectMm: 35, widthPt: 0.75 } as const;

/** Space before the document type, and after the subject's rule. */
export const TITLE_SPACING = { beforePt: 12, afterPt: 12 } as const;

/** The signature block and "Nơi nhận": two columns, recipients on the left. */
export const SIGNATURE_TABLE = { leftMm: 80, rightMm: 85, signSpaceLines: 4 } as const;

/** Tables in the body: cell padding and the rule weight. */
export const TABLE = { cellPaddingMm: 1.2, borderPt: 0.5 } as const;

export type Orientation = 'portrait' | 'landscape';

/** Width of the text area for an orientation, in millimetres. */
export const textWidthMm = (orientation: Orientation): number =>
  (orientation === 'portrait' ? PAGE.widthMm : PAGE.heightMm) - MARGINS_MM.left - MARGINS_MM.right;

export const MM_PER_PT = 25.4 / 72;
export const mmToPt = (mm: number): number => mm / MM_PER_PT;
