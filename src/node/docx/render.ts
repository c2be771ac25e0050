// Renders a document model into a .docx (Nghị định 30 layout): sections, the page-number header, every block.
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
  FONT,
  HEADER_DISTANCE_MM,
  MARGINS_MM,
  PAGE,
  PARAGRAPH,
  SIZES,
  textWidthMm,
} from '../../core/report/layout';
import type { Block, DocModel, Section } from '../../core/report/model';
import { beforeSignature, bodyTable, header, paragraph, signatureTable, TABLE_STYLES, title } from './parts';

/** PNG bytes by image key ('chart'). A missing image leaves its alt text in place, so a report still renders. */
export type DocxImages = Readonly<Record<string, Uint8Array>>;

/** docx's own converter truncates (A4 would be 11905 twips); Word writes 11906. */
const twip = (mm: number): number => Math.round((mm / 25.4) * 1440);
const PX_PER_MM = 96 / 25.4;

const pageNumberHeader = (): Header =>
  new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SIZES.pageNumber * 2 })],
      }),
    ],
  });

const blockChildren = (b: Block, widthMm: number, images: DocxImages): FileChild[] => {
  switch (b.kind) {
    case 'header':
      return [header(b)];
    case 'title':
      return title(b, widthMm);
    case 'paragraph':
      return [paragraph(b)];
    case 'table':
      // A paragraph after every table keeps two tables from fusing and gives the 6 pt gap.
      return [bodyTable(b, widthMm), new Paragraph({ spacing: { before: 0, after: 0 }, children: [] })];
    case 'signature':
      return [beforeSignature(), signatureTable(b)];
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
    case 'image': {
      const data = images[b.key];
      if (!data)
        return [paragraph({ kind: 'paragraph', role: 'note', runs: [{ text: `[${b.alt}]`, italic: true }] })];
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: PARAGRAPH.spaceAfterPt * 20, after: PARAGRAPH.spaceAfterPt * 20 },
          children: [
            new ImageRun({
              type: 'png',
              data,
              transformation: {
                width: Math.round(b.widthMm * PX_PER_MM),
                height: Math.round(b.heightMm * PX_PER_MM),
              },
              altText: { name: b.key, title: b.alt, description: b.alt },
            }),
          ],
        }),
      ];
    }
  }
};

const section = (s: Section, index: number, images: DocxImages): ISectionOptions => ({
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
  children: s.blocks.flatMap((b) => blockChildren(b, textWidthMm(s.orientation), images)),
});

export const renderDocx = async (doc: DocModel, images: DocxImages = {}): Promise<Buffer> => {
  const file = new Document({
    title: doc.name,
    creator: 'khuyenhoc-sheets',
    styles: {
      default: { document: { run: { font: FONT, size: SIZES.body * 2 } } },
      paragraphStyles: TABLE_STYLES,
    },
    sections: doc.sections.map((s, i) => section(s, i, images)),
  });
  return Packer.toBuffer(file);
};
