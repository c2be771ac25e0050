// The pieces of a .docx page as docx objects: paragraphs per role, rules, the header table, the signature table.
// Body tables are written as markup by table-xml.ts.
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
import {
  FONT,
  HEADER_TABLE,
  LINE_STYLES,
  PARAGRAPH,
  PARAGRAPH_STYLES,
  RULES,
  SIGNATURE_SPACING,
  SIGNATURE_TABLE,
  signatureColumnsMm,
  TABLE,
  TITLE_SPACING,
  halfPoints,
  lineTwips,
  ptTwip,
  twip,
  type LineRole,
  type LineStyle,
} from '../../core/report/layout';
import type { HeaderBlock, ParagraphBlock, Run, SignatureBlock, TitleBlock } from '../../core/report/model';
import { MOTTO, NATIONAL_NAME } from '../../core/i18n/report';

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

/** A run in a style: the run's own bold or italic adds to the style's. */
const run = (r: Run, style: LineStyle & { highlight?: boolean }): TextRun =>
  new TextRun({
    text: r.text,
    font: FONT,
    size: halfPoints(style.size),
    bold: r.bold === true || style.bold === true,
    italics: r.italic === true || style.italic === true,
    ...(style.highlight === true || r.highlight === true ? { highlight: HighlightColor.YELLOW } : {}),
  });

/** `keep`: the line stays on the page of the next one and is never split (the signature block is kept whole). */
const line = (text: string, role: LineRole, afterPt = 0, keep = false): Paragraph => {
  const style = LINE_STYLES[role];
  return new Paragraph({
    alignment: ALIGN[style.align],
    ...(keep ? { keepNext: true, keepLines: true } : {}),
    spacing: { before: 0, after: ptTwip(afterPt) },
    children: [run({ text }, style)],
  });
};

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

/** A paragraph of the model in its role's style (layout.ts); `keepNext` adds keep-with-next to any role. */
export const paragraph = (p: ParagraphBlock, keepNext = false): Paragraph => {
  const style = PARAGRAPH_STYLES[p.role];
  return new Paragraph({
    alignment: ALIGN[style.align],
    ...(style.firstLineIndent ? { indent: { firstLine: twip(PARAGRAPH.firstLineIndentMm) } } : {}),
    ...(keepNext || style.keepNext === true ? { keepNext: true } : {}),
    spacing: {
      before: ptTwip(style.beforePt),
      after: ptTwip(style.afterPt),
      ...(style.lineSpacing !== undefined ? { line: lineTwips(style.lineSpacing) } : {}),
    },
    children: p.runs.map((r) => run(r, style)),
  });
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

/** A borderless one-row table of fixed columns: a word processor can wrap text inside a column, never past it. */
const borderless = (columns: { mm: number; children: Paragraph[] }[], indentMm = 0): Table =>
  new Table({
    width: { size: twip(columns.reduce((s, c) => s + c.mm, 0)), type: WidthType.DXA },
    ...(indentMm !== 0 ? { indent: { size: twip(indentMm), type: WidthType.DXA } } : {}),
    columnWidths: columns.map((c) => twip(c.mm)),
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    // No side padding: the header's long capitals need the whole column.
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    rows: [new TableRow({ cantSplit: true, children: columns.map((c) => cell(c.mm, c.children)) })],
  });

export const header = (h: HeaderBlock): Table => {
  const { leftMm, gutterMm, rightMm } = HEADER_TABLE;
  const left = [
    ...h.parent.map((t) => line(t, 'parentBody')),
    ...h.body.map((t) => line(t, 'issuingBody')),
    rule(RULES.issuingBodyMm, leftMm),
    line(h.number, 'number'),
  ];
  const right = [
    line(NATIONAL_NAME, 'nationalName'),
    line(MOTTO, 'motto'),
    rule(RULES.mottoMm, rightMm),
    line(h.placeDate, 'placeDate'),
  ];
  return borderless(
    [
      { mm: leftMm, children: left },
      { mm: gutterMm, children: [] },
      { mm: rightMm, children: right },
    ],
    HEADER_TABLE.indentMm,
  );
};

export const title = (t: TitleBlock, widthMm: number): Paragraph[] => [
  new Paragraph({
    alignment: ALIGN[LINE_STYLES.docType.align],
    spacing: { before: ptTwip(TITLE_SPACING.beforePt), after: 0 },
    children: [run({ text: t.docType }, LINE_STYLES.docType)],
  }),
  ...t.subject.map((s) => line(s, 'subject')),
  rule(RULES.subjectMm, widthMm, TITLE_SPACING.afterPt),
];

/**
 * The signature's one row cannot split (borderless), and every line but each column's last keeps with the next, so
 * the authority, title, signature space, name and "Nơi nhận" stay on one page; the last lines keep nothing, as what
 * follows is the section's end or an annex on a new page.
 */
export const signatureTable = (s: SignatureBlock, widthMm: number): Table => {
  const keep = (role: LineRole) => (text: string, i: number, all: readonly string[]) =>
    line(text, role, 0, i < all.length - 1);
  const leftLines = s.recipients.length === 0 ? [] : [s.recipientsLabel, ...s.recipients];
  const left = leftLines.map((t, i, all) => keep(i === 0 ? 'recipientsLabel' : 'recipients')(t, i, all));
  const rightLines = [
    ...s.titleLines,
    ...Array.from({ length: SIGNATURE_TABLE.signSpaceLines }, () => ''),
    s.name,
  ];
  const t = s.titleLines.length;
  const roleAt = (i: number): LineRole =>
    i < t ? 'signerTitle' : i === rightLines.length - 1 ? 'signerName' : 'signSpace';
  const right = rightLines.map((text, i, all) => keep(roleAt(i))(text, i, all));
  const { leftMm, rightMm } = signatureColumnsMm(widthMm);
  return borderless([
    { mm: leftMm, children: left },
    { mm: rightMm, children: right },
  ]);
};

/** Space between the last paragraph and the signature block; it keeps with the signature, as the last paragraph keeps with it. */
export const beforeSignature = (): Paragraph =>
  new Paragraph({
    keepNext: true,
    spacing: { before: ptTwip(SIGNATURE_SPACING.beforePt), after: ptTwip(SIGNATURE_SPACING.afterPt) },
    children: [],
  });

/** Paragraph styles for table text: cells then carry no run properties, which keeps big annexes small and fast. */
export const TABLE_STYLES = (['table', 'wideTable'] as const).map((size) => ({
  id: `kh-${size}`,
  name: `KH ${size}`,
  basedOn: 'Normal',
  run: { font: FONT, size: halfPoints(size) },
  paragraph: { spacing: { before: 0, after: 0, line: lineTwips(TABLE.lineSpacing) } },
}));
