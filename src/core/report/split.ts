// Documents small enough for Google Docs: a document over the character budget is cut into numbered parts,
// between table rows (a village group that continues is repeated with "(tiếp theo)"), each part its own
// document that says which part it is, and the first part names them all.
import { SPLIT } from '../i18n/split';
import { tableStrings } from './grid';
import {
  blockText,
  italic,
  paragraph,
  type Block,
  type DocModel,
  type Section,
  type TableBlock,
} from './model';

/** Google Docs holds about 1.02 million characters; the budget leaves room for what the estimate misses. */
export const DOC_CHAR_BUDGET = 800_000;

/** Characters as Docs counts them: the text, and one end mark per paragraph or table cell. */
export const blockChars = (b: Block): number => {
  if (b.kind === 'table')
    return tableStrings(b).reduce((n, row) => n + row.reduce((m, c) => m + c.length + 1, 0), 0);
  if (b.kind === 'header' || b.kind === 'signature') return blockText(b).length * 2 + 64;
  if (b.kind === 'title') return blockText(b).length + 80;
  return blockText(b).length + 1;
};

export const docChars = (doc: DocModel): number =>
  doc.sections.reduce((n, s) => n + s.blocks.reduce((m, b) => m + blockChars(b), 0) + 1, 0);

const rowChars = (t: TableBlock, i: number): number => {
  const r = t.rows[i];
  if (!r) return 0;
  const n = t.columns.length;
  return 'group' in r
    ? r.group.length + n
    : r.cells.reduce((m, c) => m + c.length + 1, 0) + (n - r.cells.length);
};

/** Room kept in every part for the continuation notes and the repeated table header. */
const NOTE_ROOM = 2000;

/** `doc` as one or more documents, none over `budget` characters by blockChars. */
export const splitDocument = (doc: DocModel, budget: number = DOC_CHAR_BUDGET): DocModel[] => {
  if (docChars(doc) <= budget) return [doc];
  const parts: Section[][] = [[]];
  let used = 0;
  const part = (): Section[] => parts[parts.length - 1] as Section[];
  const newPart = (orientation: Section['orientation']): Section => {
    parts.push([]);
    used = NOTE_ROOM;
    const s: Section = { orientation, blocks: [] };
    part().push(s);
    return s;
  };
  for (const section of doc.sections) {
    let cur: Section = { orientation: section.orientation, blocks: [] };
    part().push(cur);
    used += 1;
    for (const b of section.blocks) {
      const c = blockChars(b);
      if (used + c <= budget - NOTE_ROOM) {
        cur.blocks.push(b);
        used += c;
        continue;
      }
      if (b.kind !== 'table') {
        if (cur.blocks.length > 0 || part().length > 1) cur = newPart(section.orientation);
        cur.blocks.push(b);
        used += c;
        continue;
      }
      // A table too long for what is left: rows go into this part while they fit, the rest into new parts.
      const head = blockChars({ ...b, rows: [] });
      let rows: TableBlock['rows'] = [];
      let group: string | null = null;
      used += head;
      b.rows.forEach((row, i) => {
        const rc = rowChars(b, i);
        if (used + rc > budget - NOTE_ROOM && rows.some((r) => 'cells' in r)) {
          cur.blocks.push({ ...b, rows });
          cur = newPart(section.orientation);
          used += head;
          rows = [];
          if (group !== null && 'cells' in row) {
            const g = SPLIT.groupContinued(group);
            rows.push({ group: g });
            used += g.length + b.columns.length;
          }
        }
        if ('group' in row) group = row.group;
        rows.push(row);
        used += rc;
      });
      cur.blocks.push({ ...b, rows });
    }
  }
  const kept = parts.filter((p) => p.some((s) => s.blocks.length > 0));
  if (kept.length === 1) return [doc];
  const n = kept.length;
  const names = kept.map((_, k) => SPLIT.partName(doc.name, k + 1, n));
  const first = names[0] as string;
  return kept.map((sections, k): DocModel => {
    const secs = sections.filter((s) => s.blocks.length > 0).map((s) => ({ ...s, blocks: [...s.blocks] }));
    const top = secs[0] as Section;
    if (k === 0) {
      const at = top.blocks.findIndex((b) => b.kind === 'title');
      top.blocks.splice(at + 1, 0, paragraph('note', italic(SPLIT.inParts(n, names))));
    } else top.blocks.unshift(paragraph('note', italic(SPLIT.continuation(k + 1, n, first))));
    if (k < n - 1)
      (secs[secs.length - 1] as Section).blocks.push(
        paragraph('note', italic(SPLIT.continued(names[k + 1] as string))),
      );
    return { name: names[k] as string, fileStem: SPLIT.partStem(doc.fileStem, k + 1), sections: secs };
  });
};

/** Every document of a run within the budget, in order. */
export const splitDocuments = (docs: readonly DocModel[], budget: number = DOC_CHAR_BUDGET): DocModel[] =>
  docs.flatMap((d) => splitDocument(d, budget));
