// A signature that lands alone at the top of a page cannot be signed: in the .docx the last body paragraph (or a
// table's last row) before the signature keeps with next, the spacer before the signature keeps with it, the
// signature's row cannot split and its lines keep together; group rows of the lists keep with their first member.
import JSZip from 'jszip';
import { buildAllDocuments, buildDecisions } from '../../src/core/report';
import type { DocModel, TableBlock } from '../../src/core/report/model';
import { introducesSignature, paragraph, tableHasNote } from '../../src/core/report/model';
import { signature } from '../../src/core/report/parts';
import { renderDocx } from '../../src/node/docx/render';
import { smallResult, withConfig } from './fixtures/commune';

const documentXml = async (doc: DocModel): Promise<string> => {
  const zip = await JSZip.loadAsync(await renderDocx(doc));
  return (await zip.file('word/document.xml')?.async('string')) ?? '';
};

const KEEP = /<w:pPr>(?:(?!<\/w:pPr>).)*<w:keepNext\/>/su;
const paragraphs = (xml: string): string[] =>
  [...xml.matchAll(/<w:p>.*?<\/w:p>|<w:p\/>/gsu)].map((m) => m[0]);
const tables = (xml: string): { at: number; xml: string }[] =>
  [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/gsu)].map((m) => ({ at: m.index, xml: m[0] }));

/** The signature table: the borderless table holding the signer's name. */
const signatureOf = (xml: string, name: string) => {
  const t = tables(xml).find((x) => x.xml.includes(name.replace(/ /gu, '\u00a0')));
  if (!t) throw new Error('no signature table');
  return t;
};

/** Paragraphs between the end of the previous table (or the body start) and the signature table. */
const paragraphsBefore = (xml: string, at: number): string[] => {
  const head = xml.slice(0, at);
  const from = Math.max(head.lastIndexOf('</w:tbl>'), head.indexOf('<w:body>'));
  return paragraphs(head.slice(from));
};

const table = (rows: TableBlock['rows']): TableBlock => ({
  kind: 'table',
  columns: [{ weight: 1, align: 'left' }],
  header: [[{ text: 'Họ và tên' }]],
  rows,
  size: 'table',
});

const doc = (blocks: DocModel['sections'][number]['blocks']): DocModel => ({
  name: 'Văn bản',
  fileStem: 'van-ban',
  sections: [{ orientation: 'portrait', blocks }],
});

describe('the signature block stays with the last body paragraph', () => {
  test('only the block right before a signature introduces it', () => {
    const blocks = [
      paragraph('body', 'Điều 2.'),
      paragraph('body', 'Điều 3.'),
      signature(['UBND'], ['CHỦ TỊCH'], 'Lê Văn A'),
    ];
    expect(blocks.map((_, i) => introducesSignature(blocks, i))).toEqual([false, true, false]);
  });

  test('the last body paragraph and the spacer keep with next; the paragraph above does not', async () => {
    const xml = await documentXml(
      doc([
        paragraph('body', 'Điều 2.'),
        paragraph('body', 'Điều 3.'),
        signature(['UBND'], ['CHỦ TỊCH'], 'Lê Văn A'),
      ]),
    );
    const sig = signatureOf(xml, 'Lê Văn A');
    const before = paragraphsBefore(xml, sig.at);
    // Điều 2., Điều 3., the spacer.
    expect(before).toHaveLength(3);
    expect(before.map((p) => KEEP.test(p))).toEqual([false, true, true]);
  });

  test("the signature's row cannot split and every line but each column's last keeps with the next", async () => {
    const xml = await documentXml(
      doc([
        paragraph('body', 'Điều 3.'),
        signature(['UBND huyện', 'Lưu: VT'], ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], 'Lê Văn A'),
      ]),
    );
    const sig = signatureOf(xml, 'Lê Văn A').xml;
    expect(sig.match(/<w:tr>/gu)).toHaveLength(1);
    expect(sig).toContain('<w:cantSplit/>');
    const cells = [...sig.matchAll(/<w:tc>.*?<\/w:tc>/gsu)].map((m) =>
      paragraphs(m[0]).map((p) => KEEP.test(p)),
    );
    // Nơi nhận, two recipients; then two title lines, four blank lines, the name.
    expect(cells).toEqual([
      [true, true, false],
      [true, true, true, true, true, true, false],
    ]);
    expect(sig.match(/<w:keepLines\/>/gu)).toHaveLength(2 + 6);
  });

  test('a list ending in a table carries its last two rows to the signature as a table of their own', async () => {
    const xml = await documentXml(
      doc([
        paragraph('heading', 'I. Danh sách'),
        table([
          { group: 'Thôn Đông: 2 người' },
          ...Array.from({ length: 20 }, (_, i) => ({ cells: [`Người ${i + 1}`] })),
        ]),
        signature(null, ['TM. BAN THƯỜNG VỤ', 'CHỦ TỊCH'], 'Lê Văn A'),
      ]),
    );
    const rowsOf = (t: string) => [...t.matchAll(/<w:tr>.*?<\/w:tr>/gsu)].map((m) => m[0]);
    const list = tables(xml).find((t) => t.xml.includes('Người 18'));
    const tail = tables(xml).find((t) => t.xml.includes('Người 20'));
    if (!list || !tail) throw new Error('no list');
    const row = (t: { xml: string }, text: string) =>
      rowsOf(t.xml).find((r) => r.includes(`>${text}</w:t>`)) ?? '';
    // The list: header, group row, 18 members; the tail: the last two members, no header row.
    expect(rowsOf(list.xml)).toHaveLength(1 + 1 + 18);
    expect(rowsOf(tail.xml)).toHaveLength(2);
    expect(tail.xml).not.toContain('<w:tblHeader/>');
    expect(KEEP.test(row(tail, 'Người 19'))).toBe(true);
    expect(KEEP.test(row(tail, 'Người 20'))).toBe(true);
    // A long table's other member rows do not keep (they may break anywhere); the group row does.
    expect(KEEP.test(row(list, 'Người 18'))).toBe(false);
    expect(KEEP.test(row(list, 'Thôn Đông: 2 người'))).toBe(true);
    expect(row(list, 'Thôn Đông: 2 người')).toContain('<w:cantSplit/>');
    // Between the two: one paragraph, hidden and keeping with the tail, so they read as one table on paper.
    const joint = paragraphs(xml.slice(list.at + list.xml.length, tail.at));
    expect(joint).toHaveLength(1);
    expect(joint[0]).toContain('<w:vanish/>');
    expect(KEEP.test(joint[0] ?? '')).toBe(true);
    const sig = signatureOf(xml, 'Lê Văn A');
    const between = paragraphsBefore(xml, sig.at);
    // The spacer after the body table and the space before the signature.
    expect(between).toHaveLength(2);
    expect(between.map((p) => KEEP.test(p))).toEqual([true, true]);
  });

  test("a table's footnote keeps the table's last rows with it; a body paragraph after a table does not", async () => {
    const blocks = [
      table(Array.from({ length: 20 }, (_, i) => ({ cells: [`Thôn ${i + 1}`] }))),
      paragraph('footnote', '(*) Chỉ tiêu phải đạt ở từng thôn.'),
      table([{ cells: ['Xã'] }]),
      paragraph('body', 'Điều 3.'),
    ];
    expect(blocks.map((_, i) => tableHasNote(blocks, i))).toEqual([true, false, false, false]);
    const xml = await documentXml(doc(blocks));
    const last = tables(xml).find((t) => t.xml.includes('>Thôn 20</w:t>'))?.xml ?? '';
    expect(last).not.toContain('>Thôn 18</w:t>');
    expect(KEEP.test(last)).toBe(true);
    // Between the table and its note: the spacer paragraph alone, keeping with the note.
    const tableEnd = xml.indexOf('</w:tbl>', xml.indexOf('>Thôn 20</w:t>')) + '</w:tbl>'.length;
    const noteAt = xml.lastIndexOf('<w:p>', xml.indexOf('(*) Chỉ tiêu'));
    const between = paragraphs(xml.slice(tableEnd, noteAt));
    expect(between).toHaveLength(1);
    expect(KEEP.test(between[0] ?? '')).toBe(true);
  });

  test('a group row right above the last two rows goes with them', async () => {
    const xml = await documentXml(
      doc([
        table([
          { group: 'Thôn Đông: 18 người' },
          ...Array.from({ length: 18 }, (_, i) => ({ cells: [`Người ${i + 1}`] })),
          { group: 'Thôn Tây: 2 người' },
          { cells: ['Người 19'] },
          { cells: ['Người 20'] },
        ]),
        signature(null, ['CHỦ TỊCH'], 'Lê Văn A'),
      ]),
    );
    const tail = tables(xml).find((t) => t.xml.includes('Người 20'))?.xml ?? '';
    expect(tail).toContain('>Thôn Tây: 2 người</w:t>');
    expect(tail).toContain('>Người 19</w:t>');
    expect(tail).not.toContain('>Người 18</w:t>');
  });

  test('a table that does not close the document stays whole', async () => {
    const xml = await documentXml(
      doc([
        table(Array.from({ length: 20 }, (_, i) => ({ cells: [`Người ${i + 1}`] }))),
        paragraph('body', 'Điều 3.'),
        signature(null, ['CHỦ TỊCH'], 'Lê Văn A'),
      ]),
    );
    expect(tables(xml).filter((t) => t.xml.includes('Người'))).toHaveLength(1);
  });

  describe('in every document of the sample commune', () => {
    const r = smallResult();
    const docs = [...buildAllDocuments(r), ...buildDecisions(withConfig(r, { oneDecision: true }))];
    test.each(docs.map((d) => [d.fileStem, d] as const))(
      '%s: everything from the last body block to the signature keeps with next',
      async (_, d) => {
        const xml = await documentXml(d);
        const sig = [
          ...xml.matchAll(
            /<w:tbl>(?:(?!<w:tbl>).)*?Nơi nhận|<w:tbl>(?:(?!<w:tbl>).)*?<w:cantSplit\/>(?:(?!<\/w:tbl>).)*?CHỦ\u00a0TỊCH/gsu,
          ),
        ];
        expect(sig.length).toBeGreaterThan(0);
        for (const m of sig) {
          const before = paragraphsBefore(xml, m.index);
          expect(before.length).toBeGreaterThan(0);
          // The last paragraphs before the signature all keep; a body table's last row then keeps too.
          expect(KEEP.test(before[before.length - 1] ?? '')).toBe(true);
          expect(KEEP.test(before[before.length - 2] ?? '')).toBe(true);
          const head = xml.slice(0, m.index);
          if (before.length === 2 && head.lastIndexOf('</w:tbl>') > head.lastIndexOf('<w:body>')) {
            const lastRow = head.slice(head.lastIndexOf('<w:tr>', head.lastIndexOf('</w:tbl>')));
            expect(KEEP.test(lastRow)).toBe(true);
          }
        }
      },
    );
  });
});
