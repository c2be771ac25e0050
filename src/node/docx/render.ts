// Renders a document model into a .docx (Nghị định 30 layout): sections, the page-number header, every block.
// docx writes the document's structure and styles with a placeholder paragraph for each body table; the tables'
// markup (table-xml.ts) is then spliced into word/document.xml (package.ts).
import {
  AlignmentType,
  Document,
  Header,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type FileChild,
  type ISectionOptions,
} from 'docx';
import {
  FIGURE_SPACING,
  FONT,
  HEADER_DISTANCE_MM,
  MARGINS_MM,
  PAGE,
  halfPoints,
  mmToPx,
  ptTwip,
  textWidthMm,
  twip,
} from '../../core/report/layout';
import {
  introducesSignature,
  introducesTable,
  tableHasNote,
  type Block,
  type DocModel,
  type Section,
  type TableBlock,
} from '../../core/report/model';
import { placeholderMarkers, spliceBodyTables } from './package';
import { beforeSignature, header, paragraph, signatureTable, TABLE_STYLES, title } from './parts';
import { tableXml } from './table-xml';

/** PNG bytes by image key ('chart'). A missing image leaves its alt text in place, so a report still renders. */
export type DocxImages = Readonly<Record<string, Uint8Array>>;

/** The body tables of one rendering, in document order, each with the text width of its section. */
interface BodyTables {
  marker: (i: number) => string;
  tables: { table: TableBlock; widthMm: number; keepLast: boolean }[];
}

const pageNumberHeader = (): Header =>
  new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: halfPoints('pageNumber') }),
        ],
      }),
    ],
  });

const blockChildren = (
  b: Block,
  keepWithNext: boolean,
  widthMm: number,
  images: DocxImages,
  body: BodyTables,
): FileChild[] => {
  switch (b.kind) {
    case 'header':
      return [header(b)];
    case 'title':
      return title(b, widthMm);
    case 'paragraph':
      return [paragraph(b, keepWithNext)];
    case 'table':
      // A paragraph after every table keeps two tables from fusing and gives the 6 pt gap; before the signature or
      // the table's footnote, its last rows and that paragraph keep with it.
      body.tables.push({ table: b, widthMm, keepLast: keepWithNext });
      return [
        new Paragraph({ children: [new TextRun(body.marker(body.tables.length - 1))] }),
        new Paragraph({
          spacing: { before: 0, after: 0 },
          ...(keepWithNext ? { keepNext: true } : {}),
          children: [],
        }),
      ];
    case 'signature':
      return [beforeSignature(), signatureTable(b, widthMm)];
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
    case 'image': {
      const data = images[b.key];
      if (!data)
        return [
          paragraph(
            { kind: 'paragraph', role: 'note', runs: [{ text: `[${b.alt}]`, italic: true }] },
            keepWithNext,
          ),
        ];
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          ...(keepWithNext ? { keepNext: true } : {}),
          spacing: { before: ptTwip(FIGURE_SPACING.beforePt), after: ptTwip(FIGURE_SPACING.afterPt) },
          children: [
            new ImageRun({
              type: 'png',
              data,
              transformation: {
                width: mmToPx(b.widthMm),
                height: mmToPx(b.heightMm),
              },
              altText: { name: b.key, title: b.alt, description: b.alt },
            }),
          ],
        }),
      ];
    }
  }
};

const section = (s: Section, index: number, images: DocxImages, body: BodyTables): ISectionOptions => ({
  properties: {
    // Page 1 carries no number: only the first section gets a distinct (empty) first-page header.
    titlePage: index === 0,
    page: {
      size: {
        width: twip(PAGE.widthMm),
        height: twip(PAGE.heightMm),
        orientation: s.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
      },
      margin: {
        top: twip(MARGINS_MM.top),
        bottom: twip(MARGINS_MM.bottom),
        left: twip(MARGINS_MM.left),
        right: twip(MARGINS_MM.right),
        header: twip(HEADER_DISTANCE_MM),
        footer: twip(HEADER_DISTANCE_MM),
      },
    },
  },
  headers:
    index === 0
      ? { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({})] }) }
      : { default: pageNumberHeader() },
  children: s.blocks.flatMap((b, i) =>
    blockChildren(
      b,
      introducesTable(s.blocks, i) || introducesSignature(s.blocks, i) || tableHasNote(s.blocks, i),
      textWidthMm(s.orientation),
      images,
      body,
    ),
  ),
});

export const renderDocx = async (doc: DocModel, images: DocxImages = {}): Promise<Buffer> => {
  const body: BodyTables = { marker: placeholderMarkers(), tables: [] };
  const file = new Document({
    title: doc.name,
    creator: 'khuyenhoc-sheets',
    styles: {
      default: { document: { run: { font: FONT, size: halfPoints('body') } } },
      paragraphStyles: TABLE_STYLES,
    },
    sections: doc.sections.map((s, i) => section(s, i, images, body)),
  });
  return spliceBodyTables(
    await Packer.toBuffer(file),
    body.tables.map((_, i) => body.marker(i)),
    body.tables.map(
      ({ table, widthMm, keepLast }) =>
        () =>
          tableXml(table, widthMm, keepLast),
    ),
  );
};
