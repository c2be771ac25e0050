// The slice of DocumentApp the Docs renderer uses. Real services must fit it (checked below), and so must the
// test fakes, so their signatures cannot drift from @types/google-apps-script.
type Doc = typeof GoogleAppsScript.Document;

export interface DocsText {
  setBold(startOffset: number, endOffsetInclusive: number, bold: boolean): unknown;
  setItalic(startOffset: number, endOffsetInclusive: number, italic: boolean): unknown;
  setBackgroundColor(startOffset: number, endOffsetInclusive: number, color: string): unknown;
}
export interface DocsImage {
  setWidth(width: number): unknown;
  setHeight(height: number): unknown;
}
export interface DocsParagraph {
  setAttributes(attributes: object): unknown;
  editAsText(): DocsText;
  appendInlineImage(image: GoogleAppsScript.Base.BlobSource): DocsImage;
}
/** A child of a table cell; a new cell holds one paragraph. */
export interface DocsCellChild {
  asParagraph(): DocsParagraph;
}
export interface DocsCell {
  setAttributes(attributes: object): unknown;
  merge(): unknown;
  getChild(childIndex: number): DocsCellChild;
}
export interface DocsRow {
  setAttributes(attributes: object): unknown;
  getCell(cellIndex: number): DocsCell;
}
export interface DocsTable {
  setAttributes(attributes: object): unknown;
  setBorderWidth(width: number): unknown;
  setColumnWidth(columnIndex: number, width: number): unknown;
  getRow(rowIndex: number): DocsRow;
}
export interface DocsBody {
  setAttributes(attributes: object): unknown;
  appendParagraph(text: string): DocsParagraph;
  appendTable(cells: string[][]): DocsTable;
  appendPageBreak(): unknown;
  getChild(childIndex: number): { removeFromParent(): unknown };
}
export interface DocsDocument {
  getBody(): DocsBody;
  getId(): string;
  saveAndClose(): void;
}
export interface DocumentAppLike {
  create(name: string): DocsDocument;
  Attribute: Pick<Doc['Attribute'], keyof Doc['Attribute']>;
  HorizontalAlignment: Pick<Doc['HorizontalAlignment'], 'LEFT' | 'CENTER' | 'RIGHT' | 'JUSTIFY'>;
}

// Compile-time proof that the real service fits the slice (never called).
export const fitsRealService = (app: GoogleAppsScript.Document.DocumentApp): DocumentAppLike => app;
