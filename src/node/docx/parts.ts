// The pieces of a .docx page: paragraphs per role, rules, the header table, the signature table, body tables.
import {
  AlignmentType,
  BorderStyle,
  HighlightColor,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IBorderOptions,
} from 'docx';
import { headerGrid } from '../../core/report/grid';
import {
  FONT,
  HEADER_TABLE,
  PARAGRAPH,
  RULES,
  SIGNATURE_TABLE,
  SIZES,
  TABLE,
  TITLE_SPACING,
  type SizeRole,
} from '../../core/report/layout';
import type {
  Align,
  HeaderBlock,
  ParagraphBlock,
  Run,
  SignatureBlock,
  TableBlock,
  TitleBlock,
} from '../../core/report/model';
import { MOTTO, NATIONAL_NAME } from '../../core/i18n/report';

const half = (role: SizeRole): number => SIZES[role] * 2;
/** docx's own converter truncates (A4 would be 11905 twips); Word writes 11906. */
const twip = (mm: number): number => Math.round((mm / 25.4) * 1440);
const ptTwip = (pt: number): number => Math.round(pt * 20);

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

const run = (
  r: Run,
  size: SizeRole,
  extra: { bold?: boolean; italic?: boolean; highlight?: boolean } = {},
): TextRun =>
  new TextRun({
    text: r.text,
    font: FONT,
    size: half(size),
    bold: r.bold === true || extra.bold === true,
    italics: r.italic === true || extra.italic === true,
    ...(extra.highlight ? { highlight: HighlightColor.YELLOW } : {}),
  });

const line = (
  text: string,
  size: SizeRole,
  opts: { bold?: boolean; italic?: boolean; align?: Align; after?: number } = {},
): Paragraph =>
  new Paragraph({
    alignment: ALIGN[opts.align ?? 'center'],
    spacing: { before: 0, after: ptTwip(opts.after ?? 0) },
    children: [run({ text }, size, opts)],
  });

/** An empty paragraph whose bottom border is the rule; the indents shorten it to `lengthMm`, centred in `widthMm`. */
export const rule = (lengthMm: number, widthMm: number, afterPt = 4): Paragraph => {
  const side = twip(Math.max(0, (widthMm - lengthMm) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: ptTwip(afterPt), line: 60, lineRule: 'exact' },
    border: {
      bottom: { style: BorderStyle.SINGLE, size: Math.round(RULES.widthPt * 8), color: '000000', space: 0 },
    },
    children: [],
  });
};

const BODY_SPACING = {
  before: 0,
  after: ptTwip(PARAGRAPH.spaceAfterPt),
  line: Math.round(240 * PARAGRAPH.lineSpacing),
};

export const paragraph = (p: ParagraphBlock): Paragraph => {
  const indent = { firstLine: twip(PARAGRAPH.firstLineIndentMm) };
  switch (p.role) {
    case 'body':
      return new Paragraph({
        alignment: ALIGN.justify,
        indent,
        spacing: BODY_SPACING,
        children: p.runs.map((r) => run(r, 'body')),
      });
    case 'heading':
      return new Paragraph({
        alignment: ALIGN.justify,
        indent,
        keepNext: true,
        spacing: { ...BODY_SPACING, before: ptTwip(6) },
        children: p.runs.map((r) => run(r, 'heading')),
      });
    case 'placeholder':
      return new Paragraph({
        alignment: ALIGN.justify,
        indent,
        spacing: BODY_SPACING,
        children: p.runs.map((r) => run(r, 'body', { italic: true, highlight: true })),
      });
    case 'centered':
      return new Paragraph({
        alignment: ALIGN.center,
        keepNext: true,
        spacing: { before: ptTwip(6), after: ptTwip(6) },
        children: p.runs.map((r) => run(r, 'body')),
      });
    case 'authority':
      return new Paragraph({
        alignment: ALIGN.center,
        spacing: { before: ptTwip(6), after: ptTwip(12) },
        children: p.runs.map((r) => run(r, 'authority', { bold: true })),
      });
    case 'note':
      return new Paragraph({
        alignment: ALIGN.center,
        spacing: { before: 0, after: ptTwip(12) },
        children: p.runs.map((r) => run(r, 'body', { italic: true })),
      });
    case 'footnote':
      return new Paragraph({
        alignment: ALIGN.left,
        spacing: { before: ptTwip(3), after: ptTwip(6) },
        children: p.runs.map((r) => run(r, 'footnote', { italic: true })),
      });
  }
};

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};

const cell = (widthMm: number, children: Paragraph[]): TableCell =>
  new TableCell({
    width: { size: twip(widthMm), type: WidthType.DXA },
    children: children.length > 0 ? children : [new Paragraph({})],
  });

const borderless = (
  leftMm: number,
  rightMm: number,
  left: Paragraph[],
  right: Paragraph[],
  indentMm = 0,
): Table =>
  new Table({
    width: { size: twip(leftMm + rightMm), type: WidthType.DXA },
    ...(indentMm !== 0 ? { indent: { size: twip(indentMm), type: WidthType.DXA } } : {}),
    columnWidths: [twip(leftMm), twip(rightMm)],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    // No side padding: the header's long capitals need the whole column.
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    rows: [new TableRow({ cantSplit: true, children: [cell(leftMm, left), cell(rightMm, right)] })],
  });

export const header = (h: HeaderBlock): Table => {
  const { leftMm, rightMm } = HEADER_TABLE;
  const left = [
    ...h.parent.map((t) => line(t, 'parentBody')),
    ...h.body.map((t) => line(t, 'issuingBody', { bold: true })),
    rule(RULES.issuingBodyMm, leftMm),
    line(h.number, 'number'),
  ];
  const right = [
    line(NATIONAL_NAME, 'nationalName', { bold: true }),
    line(MOTTO, 'motto', { bold: true }),
    rule(RULES.mottoMm, rightMm),
    line(h.placeDate, 'placeDate', { italic: true }),
  ];
  return borderless(leftMm, rightMm, left, right, HEADER_TABLE.indentMm);
};

export const title = (t: TitleBlock, widthMm: number): Paragraph[] => [
  new Paragraph({
    alignment: ALIGN.center,
    spacing: { before: ptTwip(TITLE_SPACING.beforePt), after: 0 },
    children: [run({ text: t.docType }, 'docType', { bold: true })],
  }),
  ...t.subject.map((s) => line(s, 'subject', { bold: true })),
  rule(RULES.subjectMm, widthMm, TITLE_SPACING.afterPt),
];

export const signatureTable = (s: SignatureBlock): Table => {
  const left =
    s.recipients.length === 0
      ? []
      : [
          line(s.recipientsLabel, 'recipientsLabel', { bold: true, italic: true, align: 'left' }),
          ...s.recipients.map((r) => line(r, 'recipients', { align: 'left' })),
        ];
  const blank = Array.from({ length: SIGNATURE_TABLE.signSpaceLines }, () => line('', 'signerName'));
  const right = [
    ...s.titleLines.map((t) => line(t, 'signerTitle', { bold: true })),
    ...blank,
    line(s.name, 'signerName', { bold: true }),
  ];
  return borderless(SIGNATURE_TABLE.leftMm, SIGNATURE_TABLE.rightMm, left, right);
};

/** Space between the last paragraph and the signature block. */
export const beforeSignature = (): Paragraph =>
  new Paragraph({ spacing: { before: 0, after: ptTwip(6) }, children: [] });

const THIN: IBorderOptions = {
  style: BorderStyle.SINGLE,
  size: Math.round(TABLE.borderPt * 8),
  color: '000000',
};
const GRID = {
  top: THIN,
  bottom: THIN,
  left: THIN,
  right: THIN,
  insideHorizontal: THIN,
  insideVertical: THIN,
};

/** Paragraph styles for table text: cells then carry no run properties, which keeps big annexes fast to pack. */
export const TABLE_STYLES = (['table', 'wideTable'] as const).map((size) => ({
  id: `kh-${size}`,
  name: `KH ${size}`,
  basedOn: 'Normal',
  run: { font: FONT, size: half(size) },
  paragraph: { spacing: { before: 0, after: 0, line: 240 } },
}));

/** Column weights scaled to the text width; header rows repeat on every page. */
export const bodyTable = (t: TableBlock, widthMm: number): Table => {
  const total = t.columns.reduce((s, c) => s + c.weight, 0);
  const widths = t.columns.map((c) => (c.weight / total) * widthMm);
  const style = `kh-${t.size}`;
  const pad = twip(TABLE.cellPaddingMm);
  const text = (s: string, align: Align, isBold: boolean) =>
    new Paragraph({
      style,
      alignment: ALIGN[align],
      children: [new TextRun(isBold ? { text: s, bold: true } : s)],
    });
  const grid = headerGrid(t.header, t.columns.length);
  const head = grid.map(
    (slots) =>
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: slots.flatMap((slot, c) => {
          if (!slot.anchor) return [];
          const w = widths.slice(c, c + slot.colSpan).reduce((s, x) => s + x, 0);
          return [
            new TableCell({
              width: { size: twip(w), type: WidthType.DXA },
              columnSpan: slot.colSpan,
              rowSpan: slot.rowSpan,
              verticalAlign: 'center',
              children: [text(slot.text, 'center', true)],
            }),
          ];
        }),
      }),
  );
  const body = t.rows.map((r) =>
    'group' in r
      ? new TableRow({
          cantSplit: true,
          children: [
            new TableCell({ columnSpan: t.columns.length, children: [text(r.group, 'left', true)] }),
          ],
        })
      : new TableRow({
          cantSplit: true,
          children: r.cells.map(
            (s, c) => new TableCell({ children: [text(s, t.columns[c]?.align ?? 'left', r.bold === true)] }),
          ),
        }),
  );
  return new Table({
    width: { size: twip(widthMm), type: WidthType.DXA },
    columnWidths: widths.map(twip),
    layout: TableLayoutType.FIXED,
    borders: GRID,
    margins: { top: Math.round(pad / 3), bottom: Math.round(pad / 3), left: pad, right: pad },
    rows: [...head, ...body],
  });
};
