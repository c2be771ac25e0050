// DocumentApp.Attribute's names, shared by the report renderer's fake and the Apps Script sandbox.
export const DOCS_ATTRIBUTES = [
  'BACKGROUND_COLOR',
  'BOLD',
  'BORDER_COLOR',
  'BORDER_WIDTH',
  'CODE',
  'FONT_FAMILY',
  'FONT_SIZE',
  'FOREGROUND_COLOR',
  'HEADING',
  'HEIGHT',
  'HORIZONTAL_ALIGNMENT',
  'INDENT_END',
  'INDENT_FIRST_LINE',
  'INDENT_START',
  'ITALIC',
  'GLYPH_TYPE',
  'LEFT_TO_RIGHT',
  'LINE_SPACING',
  'LINK_URL',
  'LIST_ID',
  'MARGIN_BOTTOM',
  'MARGIN_LEFT',
  'MARGIN_RIGHT',
  'MARGIN_TOP',
  'NESTING_LEVEL',
  'MINIMUM_HEIGHT',
  'PADDING_BOTTOM',
  'PADDING_LEFT',
  'PADDING_RIGHT',
  'PADDING_TOP',
  'PAGE_HEIGHT',
  'PAGE_WIDTH',
  'SPACING_AFTER',
  'SPACING_BEFORE',
  'STRIKETHROUGH',
  'UNDERLINE',
  'VERTICAL_ALIGNMENT',
  'WIDTH',
] as const;

type Name = (typeof DOCS_ATTRIBUTES)[number];

/** What the Text class sets (setBold, setFontFamily…): every container with editAsText() takes these for its text. */
const TEXT: readonly Name[] = [
  'BACKGROUND_COLOR',
  'BOLD',
  'FONT_FAMILY',
  'FONT_SIZE',
  'FOREGROUND_COLOR',
  'ITALIC',
  'LINK_URL',
  'STRIKETHROUGH',
  'UNDERLINE',
];

/**
 * The attributes each element type takes: the text attributes plus what the type's own setters set in the Apps
 * Script reference (Body: setMargin…, setPage…; Paragraph: setAlignment, setIndent…, setLineSpacing, setSpacing…,
 * setHeading, setLeftToRight; Table: setBorderColor, setBorderWidth; TableRow: setMinimumHeight; TableCell:
 * setBackgroundColor, setPadding…, setVerticalAlignment, setWidth). Alignment and spacing on a row, a cell or a
 * table are not applied to its paragraphs, so the fakes refuse them.
 */
export const ELEMENT_ATTRIBUTES: Readonly<Record<string, ReadonlySet<string>>> = {
  Body: new Set([
    ...TEXT,
    'MARGIN_BOTTOM',
    'MARGIN_LEFT',
    'MARGIN_RIGHT',
    'MARGIN_TOP',
    'PAGE_HEIGHT',
    'PAGE_WIDTH',
  ]),
  Paragraph: new Set([
    ...TEXT,
    'HORIZONTAL_ALIGNMENT',
    'HEADING',
    'INDENT_END',
    'INDENT_FIRST_LINE',
    'INDENT_START',
    'LEFT_TO_RIGHT',
    'LINE_SPACING',
    'SPACING_AFTER',
    'SPACING_BEFORE',
  ]),
  Table: new Set([...TEXT, 'BORDER_COLOR', 'BORDER_WIDTH']),
  TableRow: new Set([...TEXT, 'MINIMUM_HEIGHT']),
  TableCell: new Set([
    ...TEXT,
    'PADDING_BOTTOM',
    'PADDING_LEFT',
    'PADDING_RIGHT',
    'PADDING_TOP',
    'VERTICAL_ALIGNMENT',
    'WIDTH',
  ]),
  Text: new Set(TEXT),
};

/** The attribute names `kind` does not take (empty when every one is taken). */
export const refusedAttributes = (kind: string, attrs: object): string[] => {
  const allowed = ELEMENT_ATTRIBUTES[kind];
  return Object.keys(attrs).filter(
    (k) => !(allowed ? allowed.has(k) : (DOCS_ATTRIBUTES as readonly string[]).includes(k)),
  );
};
