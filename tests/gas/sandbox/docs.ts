// DocumentApp: documents in memory, each append/set recorded; sharing recorded per document.
import { Fake } from './tracker';

type Args<T, K extends keyof T> = T[K] extends (...a: infer A) => unknown ? A : never;
type GDoc = GoogleAppsScript.Document.Document;

export class FakeElement extends Fake {
  readonly kind: string;
  readonly calls: [string, unknown[]][] = [];
  constructor(
    kind: string,
    readonly content: unknown,
  ) {
    super();
    this.kind = kind;
  }
  setAttributes(attrs: object): this {
    this.calls.push(['setAttributes', [attrs]]);
    return this;
  }
  setAlignment(a: unknown): this {
    this.calls.push(['setAlignment', [a]]);
    return this;
  }
}

export class FakeBody extends Fake {
  readonly kind = 'Body';
  readonly children: FakeElement[] = [];
  appendParagraph(...[text]: Args<GoogleAppsScript.Document.Body, 'appendParagraph'>): FakeElement {
    const p = new FakeElement('Paragraph', typeof text === 'string' ? text : '');
    this.children.push(p);
    return p;
  }
  appendTable(cells?: string[][]): FakeElement {
    if (cells !== undefined) {
      const w = cells[0]?.length ?? 0;
      if (!cells.every((r) => Array.isArray(r) && r.length === w && r.every((c) => typeof c === 'string'))) {
        throw new Error('Body.appendTable: cells must be a rectangular string[][].');
      }
    }
    const t = new FakeElement('Table', cells ?? []);
    this.children.push(t);
    return t;
  }
  appendPageBreak(): FakeElement {
    const b = new FakeElement('PageBreak', null);
    this.children.push(b);
    return b;
  }
  getNumChildren(): number {
    return this.children.length;
  }
}

export class FakeDocument extends Fake {
  readonly kind = 'Document';
  readonly body = new FakeBody();
  readonly viewers: string[] = [];
  readonly editors: string[] = [];
  constructor(
    readonly id: string,
    readonly name: string,
  ) {
    super();
  }
  getId(): string {
    return this.id;
  }
  getName(): string {
    return this.name;
  }
  getUrl(): string {
    return `https://docs.google.com/document/d/${this.id}/edit`;
  }
  getBody(): FakeBody {
    return this.body;
  }
  addViewers(...[emails]: Args<GDoc, 'addViewers'>): this {
    this.viewers.push(...emails);
    return this;
  }
  addEditors(...[emails]: Args<GDoc, 'addEditors'>): this {
    this.editors.push(...emails);
    return this;
  }
  addViewer(email: string): this {
    this.viewers.push(email);
    return this;
  }
  addEditor(email: string): this {
    this.editors.push(email);
    return this;
  }
  saveAndClose(): void {}
}

export class FakeDocumentApp extends Fake {
  readonly kind = 'DocumentApp';
  readonly docs = new Map<string, FakeDocument>();
  private next = 1;
  create(...[name]: Args<GoogleAppsScript.Document.DocumentApp, 'create'>): FakeDocument {
    const doc = new FakeDocument(`fake-doc-${this.next++}`, name);
    this.docs.set(doc.id, doc);
    return doc;
  }
  openById(...[id]: Args<GoogleAppsScript.Document.DocumentApp, 'openById'>): FakeDocument {
    const doc = this.docs.get(id);
    if (!doc) throw new Error(`Document ${id} is missing (perhaps it was deleted, or you don't have read access?)`);
    return doc;
  }
}
