// The document model: what a report, a decision or an annex list says, independent of Google Docs or .docx.
import type { Orientation } from './layout';

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** A gap the officer fills by hand (a cited document's number, date or issuer): yellow in both renderers. */
  highlight?: boolean;
}

export type Align = 'left' | 'center' | 'right' | 'justify';

/**
 * How a paragraph looks; the renderers map each role to sizes from layout.ts.
 * body: justified with first-line indent; heading: bold section heading ("I. …", "1. …");
 * centered: a centred line (the "QUYẾT ĐỊNH:" line, annex titles); note: italic centred caption;
 * placeholder: text the officer replaces, visibly marked; footnote: small italic line under a table;
 * authority: the issuing authority's line of a decision ("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ …");
 * draft: the "DỰ THẢO" mark above a document that must not be signed as it is.
 */
export type ParagraphRole =
  'body' | 'heading' | 'centered' | 'note' | 'footnote' | 'placeholder' | 'authority' | 'draft';

export interface ParagraphBlock {
  kind: 'paragraph';
  role: ParagraphRole;
  runs: Run[];
}

/** The borderless two-column header: issuing body on the left, national name and motto on the right. */
export interface HeaderBlock {
  kind: 'header';
  /** Parent body in capitals, regular; empty when there is none (a commune People's Committee). */
  parent: string[];
  /** Issuing body in capitals, bold, one or two lines; the short rule goes under it. */
  body: string[];
  /** "Số: 05/BC-HKH". */
  number: string;
  /** "Hòa An, ngày 05 tháng 12 năm 2026". */
  placeDate: string;
}

/** Document type in bold capitals and its subject lines, centred. */
export interface TitleBlock {
  kind: 'title';
  docType: string;
  subject: string[];
}

export interface HeaderCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
}

export interface TableColumn {
  /** Relative width; renderers scale the weights to the text width of the section. */
  weight: number;
  align: Align;
}

/** A data row, or a group row ("Thôn Đông: 45 hộ") spanning the whole width. */
export type TableRow = { cells: string[]; bold?: boolean } | { group: string };

export interface TableBlock {
  kind: 'table';
  columns: TableColumn[];
  /** Header rows; cells may span columns and rows. Repeated at the top of every page. */
  header: readonly (readonly HeaderCell[])[];
  rows: TableRow[];
  /** Smaller type for wide tables. */
  size: 'table' | 'wideTable';
}

export interface ImageBlock {
  kind: 'image';
  /** Key into the images the renderer is given ('chart'). */
  key: string;
  widthMm: number;
  heightMm: number;
  alt: string;
}

/** "Nơi nhận" on the left, signing authority, signature space and name on the right. */
export interface SignatureBlock {
  kind: 'signature';
  recipientsLabel: string;
  recipients: string[];
  titleLines: string[];
  name: string;
}

export interface PageBreakBlock {
  kind: 'pageBreak';
}

export type Block =
  ParagraphBlock | HeaderBlock | TitleBlock | TableBlock | ImageBlock | SignatureBlock | PageBreakBlock;

/** A run of pages with one orientation (wide annexes go landscape); each section starts on a new page. */
export interface Section {
  orientation: Orientation;
  blocks: Block[];
}

export interface DocModel {
  /** Shown as the document name: "Báo cáo kết quả các mô hình học tập năm 2026 - xã Hòa An". */
  name: string;
  /** File name without extension, ASCII-safe. */
  fileStem: string;
  sections: Section[];
}

export const paragraph = (role: ParagraphRole, ...runs: (Run | string)[]): ParagraphBlock => ({
  kind: 'paragraph',
  role,
  runs: runs.map((r) => (typeof r === 'string' ? { text: r } : r)),
});

export const bold = (text: string): Run => ({ text, bold: true });
export const italic = (text: string): Run => ({ text, italic: true });

/** Every block of a document, in order. */
export const allBlocks = (doc: DocModel): Block[] => doc.sections.flatMap((s) => s.blocks);

/**
 * Whether paragraph `i` introduces a table: it stands directly before one, so a page break between them would leave
 * the heading or sentence alone at a page foot. Headings and centred titles keep with what follows by their role
 * (layout.ts), so a heading over an introducing sentence chains down to the table.
 */
export const introducesTable = (blocks: readonly Block[], i: number): boolean =>
  blocks[i]?.kind === 'paragraph' && blocks[i + 1]?.kind === 'table';

/**
 * Whether block `i` is the document's last body block before a signature block: a page break between them would
 * leave the signature (and "Nơi nhận") alone at the top of a page, which cannot be signed as it is. Renderers keep
 * it with the signature (a table by its last row) and keep the signature block itself whole.
 */
export const introducesSignature = (blocks: readonly Block[], i: number): boolean => {
  const kind = blocks[i]?.kind;
  return (
    (kind === 'paragraph' || kind === 'table' || kind === 'image') && blocks[i + 1]?.kind === 'signature'
  );
};

/**
 * Whether table `i` has its footnote right under it ("(*) Chỉ tiêu…", "Ghi chú: ở cột…"): a note that opens the next
 * page reads as if it belonged to whatever is there, so renderers keep the table's last row with it.
 */
export const tableHasNote = (blocks: readonly Block[], i: number): boolean => {
  const next = blocks[i + 1];
  return blocks[i]?.kind === 'table' && next?.kind === 'paragraph' && next.role === 'footnote';
};

/** The plain text of a block, for tests and for searching. */
export const blockText = (b: Block): string => {
  switch (b.kind) {
    case 'paragraph':
      return b.runs.map((r) => r.text).join('');
    case 'header':
      return [...b.parent, ...b.body, b.number, b.placeDate].join('\n');
    case 'title':
      return [b.docType, ...b.subject].join('\n');
    case 'table':
      return [
        ...b.header.map((r) => r.map((c) => c.text).join('\t')),
        ...b.rows.map((r) => ('group' in r ? r.group : r.cells.join('\t'))),
      ].join('\n');
    case 'image':
      return b.alt;
    case 'signature':
      return [b.recipientsLabel, ...b.recipients, ...b.titleLines, b.name].join('\n');
    case 'pageBreak':
      return '';
  }
};
