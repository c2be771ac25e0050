// Renders a document model into a new Google Doc with DocumentApp (Apps Script V8: no Node APIs).
// Service calls grow with the number of blocks and village groups, never with the rows of a table:
// every table is written by one appendTable call and styled in bulk.
import { MOTTO, NATIONAL_NAME } from '../../core/i18n/report';
import { headerGrid, tableStrings } from '../../core/report/grid';
import {
  FIGURE_SPACING,
  FONT,
  HEADER_TABLE,
  LINE_STYLES,
  MARGINS_MM,
  PAGE,
  PARAGRAPH,
  PARAGRAPH_STYLES,
  RULES,
  SIGNATURE_TABLE,
  signatureColumnsMm,
  SIZES,
  TABLE,
  TITLE_SPACING,
  mmToPt,
  mmToPx,
  textWidthMm,
  type LineRole,
  type ParagraphStyle,
  type SizeRole,
} from '../../core/report/layout';
import type {
  Align,
  Block,
  DocModel,
  HeaderBlock,
  ParagraphBlock,
  SignatureBlock,
  TableBlock,
} from '../../core/report/model';
import type { DocsBody, DocsDocument, DocsParagraph, DocumentAppLike } from './services';

export interface DocsDeps {
  DocumentApp: DocumentAppLike;
  /** The chart as a PNG blob (see chart.ts); without it the image block shows its alt text. */
  chartPng?: GoogleAppsScript.Base.BlobSource;
  /** An existing, empty document to render into (report slices reuse the document they recorded). */
  target?: DocsDocument;
}

type Attrs = Record<string, unknown>;
/** Docs' yellow text highlight, the .docx renderer's HighlightColor.YELLOW. */
const HIGHLIGHT = '#ffff00';
/** Underscore width in em for Times New Roman: the Docs API has no paragraph borders, so rules are drawn in text. */
const UNDERSCORE_EM = 0.5;
const RULE_SIZE = 8;
const ruleText = (mm: number): string =>
  '_'.repeat(Math.max(1, Math.round(mmToPt(mm) / (RULE_SIZE * UNDERSCORE_EM))));

/** DocumentApp calls a table's column alignment may take (a getRow a row; getCell, getChild, asParagraph, setAttributes a cell). */
export const DOCS_ALIGN_CALLS = 400;

/** Calls the data columns' alignment would take: non-left, non-empty cells of plain rows, and a getRow a row. */
const alignmentCalls = (t: TableBlock, body: readonly (readonly string[])[]): number =>
  t.rows.reduce((n, r, i) => {
    if ('group' in r || r.bold === true) return n;
    const cells = t.columns.filter((c, j) => c.align !== 'left' && (body[i]?.[j] ?? '') !== '').length;
    return n + (cells > 0 ? 1 + 4 * cells : 0);
  }, 0);

class Renderer {
  private readonly A: DocumentAppLike['Attribute'];
  private readonly H: DocumentAppLike['HorizontalAlignment'];
  constructor(
    private readonly body: DocsBody,
    private readonly deps: DocsDeps,
  ) {
    this.A = deps.DocumentApp.Attribute;
    this.H = deps.DocumentApp.HorizontalAlignment;
  }

  /** Attribute maps are keyed by the enum's string form, as in Apps Script (`style[Attribute.BOLD] = true`). */
  attrs(
    size: SizeRole | number,
    opts: {
      bold?: boolean;
      italic?: boolean;
      align?: Align;
      indent?: boolean;
      after?: number;
      before?: number;
      highlight?: boolean;
    } = {},
  ): Attrs {
    const A = this.A;
    const a: Attrs = {
      [String(A.FONT_FAMILY)]: FONT,
      [String(A.FONT_SIZE)]: typeof size === 'number' ? size : SIZES[size],
      [String(A.BOLD)]: opts.bold === true,
      [String(A.ITALIC)]: opts.italic === true,
      [String(A.SPACING_BEFORE)]: opts.before ?? 0,
      [String(A.SPACING_AFTER)]: opts.after ?? 0,
    };
    if (opts.align) a[String(A.HORIZONTAL_ALIGNMENT)] = this.align(opts.align);
    if (opts.indent) a[String(A.INDENT_FIRST_LINE)] = mmToPt(PARAGRAPH.firstLineIndentMm);
    if (opts.highlight) a[String(A.BACKGROUND_COLOR)] = HIGHLIGHT;
    return a;
  }

  align(a: Align): unknown {
    return a === 'left'
      ? this.H.LEFT
      : a === 'center'
        ? this.H.CENTER
        : a === 'right'
          ? this.H.RIGHT
          : this.H.JUSTIFY;
  }

  /** A line role of layout.ts (no space around it unless asked). */
  lineAttrs(role: LineRole, space: { before?: number; after?: number } = {}): Attrs {
    const s = LINE_STYLES[role];
    return this.attrs(s.size, {
      align: s.align,
      ...('bold' in s ? { bold: s.bold } : {}),
      ...('italic' in s ? { italic: s.italic } : {}),
      ...space,
    });
  }

  /**
   * A paragraph role of layout.ts. DocumentApp has no keep-with-next (no Attribute, no Paragraph method; only the
   * Docs REST API's ParagraphStyle.keepWithNext has it, through the advanced Docs service this project does not
   * enable), so neither a role's keepNext nor the .docx's keep-with-table and keep-with-signature
   * (introducesTable, introducesSignature in model.ts; nor a row's cantSplit) can be set here: a Google Doc may
   * leave a table's intro at a page foot, or the signature alone at a page top, for the officer to fix by hand
   * before printing. New Google Docs are already spaced 1.15, so that is left to Docs too.
   */
  paragraphAttrs(s: ParagraphStyle): Attrs {
    return this.attrs(s.size, {
      align: s.align,
      bold: s.bold === true,
      italic: s.italic === true,
      indent: s.firstLineIndent,
      before: s.beforePt,
      after: s.afterPt,
      highlight: s.highlight === true,
    });
  }

  line(text: string, attrs: Attrs): DocsParagraph {
    const p = this.body.appendParagraph(text);
    p.setAttributes(attrs);
    return p;
  }

  paragraph(b: ParagraphBlock): void {
    const text = b.runs.map((r) => r.text).join('');
    const p = this.line(text, this.paragraphAttrs(PARAGRAPH_STYLES[b.role]));
    // Runs that differ from the paragraph: one call per styled run, bounded by the builder's wording.
    const uniform = (k: 'bold' | 'italic') =>
      b.runs.every((r) => (r[k] === true) === (b.runs[0]?.[k] === true));
    const needsRuns =
      text.length > 0 &&
      (!uniform('bold') || !uniform('italic') || b.runs.some((r) => r.bold || r.italic || r.highlight));
    if (!needsRuns) return;
    const t = p.editAsText();
    let at = 0;
    for (const r of b.runs) {
      const end = at + r.text.length - 1;
      if (r.text.length > 0 && r.bold) t.setBold(at, end, true);
      if (r.text.length > 0 && r.italic) t.setItalic(at, end, true);
      if (r.text.length > 0 && r.highlight) t.setBackgroundColor(at, end, HIGHLIGHT);
      at += r.text.length;
    }
  }

  /**
   * A borderless grid of fixed columns, one row per line, so each line keeps its own size and weight. Cells lose
   * Docs' default side padding (the header's capitals need the whole column); styles go on each cell's paragraph.
   */
  columns(rows: string[][], styles: Attrs[][], widthsMm: number[]): void {
    const table = this.body.appendTable(rows);
    table.setBorderWidth(0);
    widthsMm.forEach((w, i) => table.setColumnWidth(i, mmToPt(w)));
    const A = this.A;
    const noSides = { [String(A.PADDING_LEFT)]: 0, [String(A.PADDING_RIGHT)]: 0 };
    styles.forEach((row, r) => {
      row.forEach((style, c) => {
        const cell = table.getRow(r).getCell(c);
        cell.setAttributes(noSides);
        cell.getChild(0).asParagraph().setAttributes(style);
      });
    });
  }

  header(h: HeaderBlock): void {
    const names: [string, Attrs][] = [
      ...h.parent.map((t): [string, Attrs] => [t, this.lineAttrs('parentBody')]),
      ...h.body.map((t): [string, Attrs] => [t, this.lineAttrs('issuingBody')]),
    ];
    const right: [string, Attrs][] = [
      [NATIONAL_NAME, this.lineAttrs('nationalName')],
      [MOTTO, this.lineAttrs('motto')],
    ];
    const n = Math.max(names.length, right.length);
    const blank = this.attrs('body');
    const rows: string[][] = [];
    const styles: Attrs[][] = [];
    for (let i = 0; i < n; i++) {
      // The motto sits level with the last line of the issuing body, as on the model forms.
      const l = names[i - (n - names.length)];
      const r = right[i - (n - right.length)];
      rows.push([l?.[0] ?? '', '', r?.[0] ?? '']);
      styles.push([l?.[1] ?? blank, blank, r?.[1] ?? blank]);
    }
    rows.push([ruleText(RULES.issuingBodyMm), '', ruleText(RULES.mottoMm)]);
    const rule = this.attrs(RULE_SIZE, { align: 'center', bold: true, after: 6 });
    styles.push([rule, blank, rule]);
    rows.push([h.number, '', h.placeDate]);
    styles.push([this.lineAttrs('number'), blank, this.lineAttrs('placeDate')]);
    const { leftMm, gutterMm, rightMm } = HEADER_TABLE;
    this.columns(rows, styles, [leftMm, gutterMm, rightMm]);
  }

  signature(s: SignatureBlock): void {
    const left: [string, Attrs][] =
      s.recipients.length === 0
        ? []
        : [
            [s.recipientsLabel, this.lineAttrs('recipientsLabel')],
            ...s.recipients.map((r): [string, Attrs] => [r, this.lineAttrs('recipients')]),
          ];
    const right: [string, Attrs][] = [
      ...s.titleLines.map((t): [string, Attrs] => [t, this.lineAttrs('signerTitle')]),
      ...Array.from({ length: SIGNATURE_TABLE.signSpaceLines }, (): [string, Attrs] => [
        '',
        this.attrs('signerName'),
      ]),
      [s.name, this.lineAttrs('signerName')],
    ];
    const n = Math.max(left.length, right.length);
    const blank = this.attrs('recipients');
    const rows: string[][] = [];
    const styles: Attrs[][] = [];
    for (let i = 0; i < n; i++) {
      rows.push([left[i]?.[0] ?? '', right[i]?.[0] ?? '']);
      styles.push([left[i]?.[1] ?? blank, right[i]?.[1] ?? blank]);
    }
    // A Google Doc has no landscape sections (see below): the signature spans the portrait text width.
    const { leftMm, rightMm } = signatureColumnsMm(textWidthMm('portrait'));
    this.columns(rows, styles, [leftMm, rightMm]);
  }

  /**
   * One appendTable for all the cells, then: font and border on the table (text attributes reach every cell),
   * header cells bold and centred with horizontal spans merged, group rows ("Thôn Đông: 45 hộ") merged across the
   * table, bold rows bold. Paragraph attributes (alignment) go on each cell's paragraph, as DocumentApp takes them
   * only there; that costs four calls a cell, so data columns are aligned only while the table stays within
   * DOCS_ALIGN_CALLS (the report's tables), and long annex lists keep Docs' left alignment.
   */
  table(t: TableBlock, widthMm: number): void {
    const A = this.A;
    const strings = tableStrings(t);
    const table = this.body.appendTable(strings);
    table.setAttributes({
      [String(A.FONT_FAMILY)]: FONT,
      [String(A.FONT_SIZE)]: SIZES[t.size],
      [String(A.BOLD)]: false,
      [String(A.ITALIC)]: false,
      [String(A.BORDER_WIDTH)]: TABLE.borderPt,
    });
    const total = t.columns.reduce((s, c) => s + c.weight, 0);
    t.columns.forEach((c, i) => table.setColumnWidth(i, mmToPt((c.weight / total) * widthMm)));
    const n = t.columns.length;
    const grid = headerGrid(t.header, n);
    const headAttrs = this.cellAttrs('center', true);
    grid.forEach((slots, r) => {
      const row = table.getRow(r);
      slots.forEach((slot, c) => {
        if (slot.anchor) row.getCell(c).getChild(0).asParagraph().setAttributes(headAttrs);
      });
      // TableCell.merge joins a cell with the one before it (horizontal spans only); right to left keeps indices valid.
      for (let c = slots.length - 1; c > 0; c--) if (slots[c]?.covered === 'left') row.getCell(c).merge();
    });
    const aligned = alignmentCalls(t, strings.slice(grid.length)) <= DOCS_ALIGN_CALLS;
    t.rows.forEach((r, i) => {
      if (!('group' in r) && r.bold !== true && !aligned) return;
      const row = table.getRow(grid.length + i);
      if ('group' in r) {
        for (let c = n - 1; c > 0; c--) row.getCell(c).merge();
        row.getCell(0).getChild(0).asParagraph().setAttributes(this.cellAttrs('left', true));
        return;
      }
      const bold = r.bold === true;
      t.columns.forEach((col, c) => {
        if (!bold && (col.align === 'left' || (r.cells[c] ?? '') === '')) return;
        row.getCell(c).getChild(0).asParagraph().setAttributes(this.cellAttrs(col.align, bold));
      });
    });
  }

  /** Paragraph attributes of a table cell: alignment and weight, no space around. */
  cellAttrs(align: Align, bold: boolean): Attrs {
    const A = this.A;
    return {
      [String(A.HORIZONTAL_ALIGNMENT)]: this.align(align),
      [String(A.BOLD)]: bold,
      [String(A.SPACING_BEFORE)]: 0,
      [String(A.SPACING_AFTER)]: 0,
    };
  }

  image(alt: string, widthMm: number, heightMm: number): void {
    const blob = this.deps.chartPng;
    if (!blob) {
      // As the .docx: the alt text in brackets, as a note.
      this.line(`[${alt}]`, this.paragraphAttrs(PARAGRAPH_STYLES.note));
      return;
    }
    const p = this.line(
      '',
      this.attrs('body', { align: 'center', before: FIGURE_SPACING.beforePt, after: FIGURE_SPACING.afterPt }),
    );
    const img = p.appendInlineImage(blob);
    // InlineImage sizes are in pixels at 96 per inch.
    img.setWidth(mmToPx(widthMm));
    img.setHeight(mmToPx(heightMm));
  }

  block(b: Block, widthMm: number): void {
    switch (b.kind) {
      case 'header':
        return this.header(b);
      case 'title':
        this.line(b.docType, this.lineAttrs('docType', { before: TITLE_SPACING.beforePt }));
        for (const s of b.subject) this.line(s, this.lineAttrs('subject'));
        this.line(
          ruleText(RULES.subjectMm),
          this.attrs(RULE_SIZE, { align: 'center', bold: true, after: TITLE_SPACING.afterPt }),
        );
        return;
      case 'paragraph':
        return this.paragraph(b);
      case 'table':
        return this.table(b, widthMm);
      case 'image':
        return this.image(b.alt, b.widthMm, b.heightMm);
      case 'signature':
        return this.signature(b);
      case 'pageBreak':
        this.body.appendPageBreak();
        return;
    }
  }
}

/**
 * Creates the Google Doc. Differences from the .docx, all forced by DocumentApp: no page-number field (the
 * officer adds it once: DOCS_PAGE_NUMBER_HINT), no landscape sections (wide annexes keep portrait width),
 * rules drawn with underscores, header rows of long tables not repeated on each page.
 */
export const renderGoogleDoc = (doc: DocModel, deps: DocsDeps): DocsDocument => {
  const document = deps.target ?? deps.DocumentApp.create(doc.name);
  const body = document.getBody();
  const A = deps.DocumentApp.Attribute;
  body.setAttributes({
    [String(A.PAGE_WIDTH)]: mmToPt(PAGE.widthMm),
    [String(A.PAGE_HEIGHT)]: mmToPt(PAGE.heightMm),
    [String(A.MARGIN_TOP)]: mmToPt(MARGINS_MM.top),
    [String(A.MARGIN_BOTTOM)]: mmToPt(MARGINS_MM.bottom),
    [String(A.MARGIN_LEFT)]: mmToPt(MARGINS_MM.left),
    [String(A.MARGIN_RIGHT)]: mmToPt(MARGINS_MM.right),
    [String(A.FONT_FAMILY)]: FONT,
    [String(A.FONT_SIZE)]: SIZES.body,
  });
  const r = new Renderer(body, deps);
  const width = textWidthMm('portrait');
  doc.sections.forEach((s, i) => {
    if (i > 0) body.appendPageBreak();
    for (const b of s.blocks) r.block(b, width);
  });
  // A new document starts with one empty paragraph; the header table should be the first thing on page 1.
  body.getChild(0).removeFromParent();
  return document;
};
