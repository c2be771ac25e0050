// DocumentApp and Charts as the Docs renderer uses them: documents in memory, every append and set recorded,
// tables strictly rectangular, sharing recorded per document.
import { DOCS_ATTRIBUTES, refusedAttributes } from '../../report/fakes/docs-attributes';
import { LIMITS, LIMIT_ERRORS } from './cost-model';
import { Fake, rawOf } from './tracker';

type Args<T, K extends keyof T> = T[K] extends (...a: infer A) => unknown ? A : never;
type GDoc = GoogleAppsScript.Document.Document;

const enumOf = <K extends string>(keys: readonly K[]): Record<K, string> =>
  Object.fromEntries(keys.map((k) => [k, k])) as unknown as Record<K, string>;

/** A paragraph, table, row, cell, text or image: records what was set on it. */
export class FakeElement extends Fake {
  readonly calls: [string, unknown[]][] = [];
  readonly children: FakeElement[] = [];
  removed = false;
  constructor(
    readonly kind: string,
    readonly content: unknown = null,
  ) {
    super();
  }
  private rec(name: string, args: unknown[]): this {
    this.calls.push([name, args]);
    return this;
  }
  /** Refuses what the element type does not take (alignment on a cell, a row or a table is silently lost in Docs). */
  setAttributes(attrs: object): this {
    for (const k of Object.keys(attrs))
      if (!(k in ATTRIBUTE)) throw new Error(`Unknown document attribute ${k}.`);
    const refused = refusedAttributes(this.kind, attrs);
    if (refused.length > 0) throw new Error(`${this.kind} does not take ${refused.join(', ')}.`);
    return this.rec('setAttributes', [attrs]);
  }
  /** A new table cell holds one paragraph. */
  getChild(i: number): FakeElement {
    if (this.kind !== 'TableCell' || i !== 0)
      throw new Error(`Child index (${i}) must be less than the number of child elements.`);
    return this.child('Paragraph', this.content);
  }
  asParagraph(): this {
    if (this.kind !== 'Paragraph') throw new Error(`${this.kind} is not a paragraph.`);
    return this;
  }
  editAsText(): FakeElement {
    return this.child('Text', this.content);
  }
  setBold(...args: [number, number, boolean]): this {
    return this.rec('setBold', args);
  }
  setItalic(...args: [number, number, boolean]): this {
    return this.rec('setItalic', args);
  }
  setBackgroundColor(...args: [number, number, string]): this {
    return this.rec('setBackgroundColor', args);
  }
  appendInlineImage(blob: unknown): FakeElement {
    return this.child('InlineImage', rawOf(blob));
  }
  setWidth(w: number): this {
    return this.rec('setWidth', [w]);
  }
  setHeight(h: number): this {
    return this.rec('setHeight', [h]);
  }
  setBorderWidth(w: number): this {
    return this.rec('setBorderWidth', [w]);
  }
  setColumnWidth(i: number, w: number): this {
    return this.rec('setColumnWidth', [i, w]);
  }
  getRow(i: number): FakeElement {
    const rows = this.content as string[][];
    if (this.kind !== 'Table' || i < 0 || i >= rows.length) throw new Error(`Table row ${i} out of range.`);
    return this.child('TableRow', rows[i]);
  }
  getCell(i: number): FakeElement {
    const cells = this.content as string[];
    if (this.kind !== 'TableRow' || i < 0 || i >= cells.length)
      throw new Error(`Table cell ${i} out of range.`);
    return this.child('TableCell', cells[i]);
  }
  merge(): this {
    if (this.kind !== 'TableCell') throw new Error(`${this.kind}.merge is not used by the renderer.`);
    return this.rec('merge', []);
  }
  removeFromParent(): this {
    this.removed = true;
    return this;
  }
  private child(kind: string, content: unknown): FakeElement {
    const e = new FakeElement(kind, content);
    this.children.push(e);
    return e;
  }
}
const ATTRIBUTE = enumOf(DOCS_ATTRIBUTES);

/** Characters a block holds as Docs counts them: its text and one end-of-paragraph mark per paragraph or cell. */
const charsOf = (e: FakeElement): number =>
  e.kind === 'Table'
    ? (e.content as string[][]).reduce((n, r) => n + r.reduce((m, c) => m + c.length + 1, 0), 0)
    : String(e.content ?? '').length + 1;

export class FakeBody extends FakeElement {
  /** Characters in the body: Docs refuses to grow a document past LIMITS.documentChars. */
  chars = 1;
  constructor() {
    super('Body');
    // A new document starts with one empty paragraph.
    this.children.push(new FakeElement('Paragraph', ''));
  }
  private add(e: FakeElement): FakeElement {
    const next = this.chars + charsOf(e);
    if (next > LIMITS.documentChars) throw new Error(LIMIT_ERRORS.documentTooLarge(next));
    this.chars = next;
    this.children.push(e);
    return e;
  }
  /** Empties the body; like Docs, one empty paragraph stays. */
  clear(): this {
    for (const c of this.children) c.removed = true;
    this.children.push(new FakeElement('Paragraph', ''));
    this.chars = 1;
    return this;
  }
  appendParagraph(...[text]: Args<GoogleAppsScript.Document.Body, 'appendParagraph'>): FakeElement {
    return this.add(new FakeElement('Paragraph', typeof text === 'string' ? text : ''));
  }
  appendTable(cells: string[][]): FakeElement {
    const w = cells[0]?.length ?? 0;
    if (
      !Array.isArray(cells) ||
      !cells.every((r) => Array.isArray(r) && r.length === w && r.every((c) => typeof c === 'string'))
    ) {
      throw new Error('Body.appendTable: cells must be a rectangular string[][].');
    }
    return this.add(new FakeElement('Table', cells));
  }
  appendPageBreak(): FakeElement {
    return this.add(new FakeElement('PageBreak'));
  }
  getChild(i: number): FakeElement {
    const c = this.children.filter((e) => !e.removed)[i];
    if (!c) throw new Error(`Child index (${i}) must be less than the number of child elements.`);
    return c;
  }
  getNumChildren(): number {
    return this.children.filter((e) => !e.removed).length;
  }
  /** All visible text, for assertions. */
  text(): string {
    return this.children
      .filter((e) => !e.removed)
      .map((e) =>
        e.kind === 'Table'
          ? (e.content as string[][]).map((r) => r.join(' | ')).join('\n')
          : String(e.content ?? ''),
      )
      .join('\n');
  }
}

export class FakeDocument extends Fake {
  readonly kind = 'Document';
  readonly body = new FakeBody();
  readonly viewers: string[] = [];
  readonly editors: string[] = [];
  closed = false;
  constructor(
    readonly id: string,
    public name: string,
    /** What Google answers for an address (set by a test): an exception text, thrown on sharing with it. */
    readonly refusals: ReadonlyMap<string, string> = new Map(),
  ) {
    super();
  }
  getId(): string {
    return this.id;
  }
  getName(): string {
    return this.name;
  }
  setName(...[name]: Args<GDoc, 'setName'>): this {
    this.name = name;
    return this;
  }
  getUrl(): string {
    return `https://docs.google.com/document/d/${this.id}/edit`;
  }
  getBody(): FakeBody {
    return this.body;
  }
  /** Characters in the document (what saveAndClose costs on the clock). */
  chars(): number {
    return this.body.chars;
  }
  private refuse(email: string): void {
    const m = this.refusals.get(email);
    if (m !== undefined) throw new Error(m);
  }
  addViewer(...[email]: Args<GDoc, 'addViewer'>): this {
    this.refuse(String(email));
    this.viewers.push(String(email));
    return this;
  }
  addEditor(...[email]: Args<GDoc, 'addEditor'>): this {
    this.refuse(String(email));
    this.editors.push(String(email));
    return this;
  }
  addViewers(...[emails]: Args<GDoc, 'addViewers'>): this {
    this.viewers.push(...emails);
    return this;
  }
  addEditors(...[emails]: Args<GDoc, 'addEditors'>): this {
    this.editors.push(...emails);
    return this;
  }
  saveAndClose(): void {
    this.closed = true;
  }
}

export class FakeDocumentApp extends Fake {
  readonly kind = 'DocumentApp';
  readonly Attribute = ATTRIBUTE;
  readonly HorizontalAlignment = enumOf(['LEFT', 'CENTER', 'RIGHT', 'JUSTIFY'] as const);
  readonly docs = new Map<string, FakeDocument>();
  /** Exception text Google gives when a document is shared with this address (set by a test). */
  readonly refusals = new Map<string, string>();
  private next = 1;
  create(...[name]: Args<GoogleAppsScript.Document.DocumentApp, 'create'>): FakeDocument {
    const doc = new FakeDocument(`fake-doc-${this.next++}`, name, this.refusals);
    this.docs.set(doc.id, doc);
    return doc;
  }
  openById(...[id]: Args<GoogleAppsScript.Document.DocumentApp, 'openById'>): FakeDocument {
    const doc = this.docs.get(id);
    if (!doc)
      throw new Error(`Document ${id} is missing (perhaps it was deleted, or you don't have read access?)`);
    return doc;
  }
}

export class FakeBlob extends Fake {
  readonly kind = 'Blob';
  constructor(
    readonly contentType: string,
    readonly rows: unknown[][],
  ) {
    super();
  }
  getContentType(): string {
    return this.contentType;
  }
}

export class FakeDataTable extends Fake {
  readonly kind = 'DataTableBuilder';
  readonly columns: [string, string][] = [];
  readonly rows: unknown[][] = [];
  addColumn(type: string, label: string): this {
    this.columns.push([type, label]);
    return this;
  }
  addRow(values: unknown[]): this {
    if (values.length !== this.columns.length) throw new Error('Row has the wrong number of values.');
    this.rows.push([...values]);
    return this;
  }
}

export class FakeColumnChart extends Fake {
  readonly kind = 'ColumnChartBuilder';
  private data: FakeDataTable | null = null;
  setDataTable(t: FakeDataTable): this {
    this.data = rawOf(t);
    return this;
  }
  setTitle(_t: string): this {
    return this;
  }
  setYAxisTitle(_t: string): this {
    return this;
  }
  setRange(_a: number, _b: number): this {
    return this;
  }
  setDimensions(_w: number, _h: number): this {
    return this;
  }
  setColors(_c: string[]): this {
    return this;
  }
  build(): { getAs: (type: string) => FakeBlob } {
    const rows = this.data?.rows ?? [];
    if (!this.data) throw new Error('A chart needs a data table.');
    return { getAs: (type: string) => new FakeBlob(type, rows) };
  }
}

export class FakeCharts extends Fake {
  readonly kind = 'Charts';
  readonly ColumnType = enumOf(['STRING', 'NUMBER', 'DATE', 'BOOLEAN'] as const);
  newDataTable(): FakeDataTable {
    return new FakeDataTable();
  }
  newColumnChart(): FakeColumnChart {
    return new FakeColumnChart();
  }
}
