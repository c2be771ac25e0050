// A strict in-memory DocumentApp for the Docs renderer: counts every call, keeps the document's structure, and
// throws where Apps Script would (ragged tables, unknown attributes, indices out of range).
import type {
  DocsBody,
  DocsCell,
  DocsDocument,
  DocsImage,
  DocsParagraph,
  DocsRow,
  DocsTable,
  DocsText,
  DocumentAppLike,
} from '../../../src/gas/docs/services';
import { DOCS_ATTRIBUTES, refusedAttributes } from './docs-attributes';

type Doc = typeof GoogleAppsScript.Document;

export type FakeElement =
  | {
      type: 'paragraph';
      text: string;
      attrs: Record<string, unknown>;
      bold: [number, number][];
      italic: [number, number][];
      /** Ranges given a background colour (the highlight of a gap to fill by hand). */
      highlight: [number, number, string][];
      images: number;
      removed: boolean;
    }
  | {
      type: 'table';
      cells: string[][];
      attrs: Record<string, unknown>;
      /** Paragraph attributes of cell paragraphs, by "row,cell" (cell indices as they were when set). */
      cellAttrs: Map<string, Record<string, unknown>>;
      merges: number;
      widths: Map<number, number>;
      border: number | null;
    }
  | { type: 'pageBreak' };

export class Calls {
  readonly byName = new Map<string, number>();
  total = 0;
  hit(name: string): void {
    this.total++;
    this.byName.set(name, (this.byName.get(name) ?? 0) + 1);
  }
}

const checkAttrs = (a: object, kind: string): void => {
  for (const k of Object.keys(a))
    if (!(DOCS_ATTRIBUTES as readonly string[]).includes(k)) throw new Error(`Unknown attribute ${k}`);
  const refused = refusedAttributes(kind, a);
  if (refused.length > 0) throw new Error(`${kind} does not take ${refused.join(', ')}`);
};

export const createFakeDocumentApp = () => {
  const calls = new Calls();
  const documents: { name: string; elements: FakeElement[]; bodyAttrs: Record<string, unknown> }[] = [];

  const text = (p: Extract<FakeElement, { type: 'paragraph' }>): DocsText => {
    const range = (s: number, e: number) => {
      if (s < 0 || e < s || e >= p.text.length)
        throw new Error(`Offset ${s}..${e} out of range for "${p.text}"`);
    };
    return {
      setBold(s, e, on) {
        calls.hit('Text.setBold');
        range(s, e);
        if (on) p.bold.push([s, e]);
        return this;
      },
      setItalic(s, e, on) {
        calls.hit('Text.setItalic');
        range(s, e);
        if (on) p.italic.push([s, e]);
        return this;
      },
      setBackgroundColor(s, e, color) {
        calls.hit('Text.setBackgroundColor');
        range(s, e);
        if (!/^#[0-9a-f]{6}$/iu.test(color)) throw new Error(`Invalid color ${color}`);
        p.highlight.push([s, e, color]);
        return this;
      },
    };
  };

  const paragraphOf = (p: Extract<FakeElement, { type: 'paragraph' }>): DocsParagraph => ({
    setAttributes(a) {
      calls.hit('Paragraph.setAttributes');
      checkAttrs(a, 'Paragraph');
      Object.assign(p.attrs, a);
      return this;
    },
    editAsText() {
      calls.hit('Paragraph.editAsText');
      return text(p);
    },
    appendInlineImage(blob) {
      calls.hit('Paragraph.appendInlineImage');
      if (!blob || typeof (blob as { getBlob?: unknown }).getBlob !== 'function')
        throw new Error('Invalid argument: image');
      p.images++;
      const img: DocsImage = {
        setWidth(w) {
          calls.hit('InlineImage.setWidth');
          if (!(w > 0)) throw new Error('width');
          return img;
        },
        setHeight(h) {
          calls.hit('InlineImage.setHeight');
          if (!(h > 0)) throw new Error('height');
          return img;
        },
      };
      return img;
    },
  });

  const tableOf = (t: Extract<FakeElement, { type: 'table' }>): DocsTable => {
    const rowOf = (r: number): DocsRow => ({
      setAttributes(a) {
        calls.hit('TableRow.setAttributes');
        checkAttrs(a, 'TableRow');
        return this;
      },
      getCell(c) {
        calls.hit('TableRow.getCell');
        const row = t.cells[r];
        if (!row || c < 0 || c >= row.length) throw new Error(`Cell ${c} out of range`);
        const cell: DocsCell = {
          setAttributes(a) {
            calls.hit('TableCell.setAttributes');
            checkAttrs(a, 'TableCell');
            return cell;
          },
          getChild(i) {
            calls.hit('TableCell.getChild');
            if (i !== 0)
              throw new Error(`Child index (${i}) must be less than the number of child elements.`);
            return {
              asParagraph() {
                calls.hit('Element.asParagraph');
                const key = `${r},${c}`;
                const paragraph: DocsParagraph = {
                  setAttributes(a) {
                    calls.hit('Paragraph.setAttributes');
                    checkAttrs(a, 'Paragraph');
                    t.cellAttrs.set(key, { ...t.cellAttrs.get(key), ...a });
                    return paragraph;
                  },
                  editAsText() {
                    throw new Error('not used');
                  },
                  appendInlineImage() {
                    throw new Error('not used');
                  },
                };
                return paragraph;
              },
            };
          },
          merge() {
            calls.hit('TableCell.merge');
            if (c === 0) throw new Error('Cannot merge the first cell of a row');
            const [merged] = row.splice(c, 1);
            row[c - 1] = `${row[c - 1] ?? ''}${merged ? `\n${merged}` : ''}`.replace(/\n$/u, '');
            t.merges++;
            return cell;
          },
        };
        return cell;
      },
    });
    return {
      setAttributes(a) {
        calls.hit('Table.setAttributes');
        checkAttrs(a, 'Table');
        Object.assign(t.attrs, a);
        return this;
      },
      setBorderWidth(w) {
        calls.hit('Table.setBorderWidth');
        t.border = w;
        return this;
      },
      setColumnWidth(i, w) {
        calls.hit('Table.setColumnWidth');
        if (i < 0 || i >= (t.cells[0]?.length ?? 0)) throw new Error(`Column ${i} out of range`);
        if (!(w > 0)) throw new Error('width');
        t.widths.set(i, w);
        return this;
      },
      getRow(r) {
        calls.hit('Table.getRow');
        if (r < 0 || r >= t.cells.length) throw new Error(`Row ${r} out of range`);
        return rowOf(r);
      },
    };
  };

  const app: DocumentAppLike = {
    Attribute: Object.fromEntries(
      DOCS_ATTRIBUTES.map((k) => [k, k]),
    ) as unknown as DocumentAppLike['Attribute'],
    HorizontalAlignment: {
      LEFT: 'LEFT',
      CENTER: 'CENTER',
      RIGHT: 'RIGHT',
      JUSTIFY: 'JUSTIFY',
    } as unknown as DocumentAppLike['HorizontalAlignment'],
    create(name) {
      calls.hit('DocumentApp.create');
      if (name.trim() === '') throw new Error('Invalid argument: name');
      const first: FakeElement = {
        type: 'paragraph',
        text: '',
        attrs: {},
        bold: [],
        italic: [],
        highlight: [],
        images: 0,
        removed: false,
      };
      const doc = { name, elements: [first] as FakeElement[], bodyAttrs: {} as Record<string, unknown> };
      documents.push(doc);
      const body: DocsBody = {
        setAttributes(a) {
          calls.hit('Body.setAttributes');
          checkAttrs(a, 'Body');
          Object.assign(doc.bodyAttrs, a);
          return this;
        },
        appendParagraph(s) {
          calls.hit('Body.appendParagraph');
          if (typeof s !== 'string') throw new Error('Invalid argument: text');
          const p: FakeElement = {
            type: 'paragraph',
            text: s,
            attrs: {},
            bold: [],
            italic: [],
            highlight: [],
            images: 0,
            removed: false,
          };
          doc.elements.push(p);
          return paragraphOf(p);
        },
        appendTable(cells) {
          calls.hit('Body.appendTable');
          const width = cells[0]?.length ?? 0;
          if (cells.length === 0 || width === 0) throw new Error('Invalid argument: cells');
          for (const row of cells) {
            if (!Array.isArray(row) || row.length !== width)
              throw new Error('All rows must have the same number of cells');
            for (const c of row) if (typeof c !== 'string') throw new Error('Cells must be strings');
          }
          const t: FakeElement = {
            type: 'table',
            cells: cells.map((r) => [...r]),
            attrs: {},
            cellAttrs: new Map(),
            merges: 0,
            widths: new Map(),
            border: null,
          };
          doc.elements.push(t);
          return tableOf(t);
        },
        appendPageBreak() {
          calls.hit('Body.appendPageBreak');
          doc.elements.push({ type: 'pageBreak' });
          return this;
        },
        getChild(i) {
          calls.hit('Body.getChild');
          const el = doc.elements[i];
          if (!el) throw new Error(`Child ${i} out of range`);
          return {
            removeFromParent() {
              calls.hit('Element.removeFromParent');
              if (i === doc.elements.length - 1)
                throw new Error("Can't remove the last paragraph in a document section.");
              doc.elements.splice(i, 1);
            },
          };
        },
      };
      const document: DocsDocument = {
        getBody: () => (calls.hit('Document.getBody'), body),
        getId: () => `doc-${documents.length}`,
        saveAndClose: () => calls.hit('Document.saveAndClose'),
      };
      return document;
    },
  };
  return { app, calls, documents };
};

/** Compile-time: the fake's enums are the real enum types' keys. */
export type _AttributeKeys = keyof Doc['Attribute'];
