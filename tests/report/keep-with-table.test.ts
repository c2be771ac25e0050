// A table's intro (the heading or sentence right before it) must not sit alone at a page foot: in the .docx the
// paragraph right before every body table keeps with next, whatever its role, and a paragraph further up does not
// gain it from the table.
import JSZip from 'jszip';
import { buildAllDocuments, buildDecisions } from '../../src/core/report';
import type { DocModel } from '../../src/core/report/model';
import { introducesTable, paragraph } from '../../src/core/report/model';
import { renderDocx } from '../../src/node/docx/render';
import { smallResult, withConfig } from './fixtures/commune';

const documentXml = async (doc: DocModel): Promise<string> => {
  const zip = await JSZip.loadAsync(await renderDocx(doc));
  return (await zip.file('word/document.xml')?.async('string')) ?? '';
};

/**
 * Body tables are ruled and open with their header rows; the header and signature layout tables are not ruled, and
 * the last rows a long list carries to the signature (a table of their own, table-xml.ts) have no header.
 */
const bodyTableStarts = (xml: string): number[] =>
  [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/gsu)]
    .filter((m) => m[0].includes('<w:top w:val="single"') && m[0].includes('<w:tblHeader/>'))
    .map((m) => m.index);

/** The paragraph that ends right where the table starts, or undefined when something else stands there. */
const paragraphBefore = (xml: string, tableAt: number): string | undefined => {
  const head = xml.slice(0, tableAt);
  if (!head.endsWith('</w:p>')) return undefined;
  return head.slice(Math.max(head.lastIndexOf('<w:p>'), head.lastIndexOf('<w:p ')));
};

const tableCount = (doc: DocModel): number =>
  doc.sections.reduce((n, s) => n + s.blocks.filter((b) => b.kind === 'table').length, 0);

describe('a table keeps its intro on its page', () => {
  const r = smallResult();
  const docs = [...buildAllDocuments(r), ...buildDecisions(withConfig(r, { oneDecision: true }))];

  test.each(docs.map((d) => [d.fileStem, d] as const))(
    'in %s every paragraph right before a body table carries keepNext',
    async (_, doc) => {
      const xml = await documentXml(doc);
      const starts = bodyTableStarts(xml);
      expect(starts).toHaveLength(tableCount(doc));
      const before = starts.map((at) => paragraphBefore(xml, at));
      expect(before.map((p) => p !== undefined && /<w:pPr>.*<w:keepNext\/>.*<\/w:pPr>/su.test(p))).toEqual(
        starts.map(() => true),
      );
    },
  );

  test('the documents hold body tables at all, or the test above would pass on nothing', () => {
    expect(docs.reduce((n, d) => n + tableCount(d), 0)).toBeGreaterThanOrEqual(10);
  });

  test('a body sentence before a table keeps with it; the body sentence above that one does not', async () => {
    const doc: DocModel = {
      name: 'Bảng',
      fileStem: 'bang',
      sections: [
        {
          orientation: 'portrait',
          blocks: [
            paragraph('body', 'Đoạn mở đầu'),
            paragraph('body', 'Kết quả như sau:'),
            {
              kind: 'table',
              columns: [{ weight: 1, align: 'left' }],
              header: [[{ text: 'Thôn' }]],
              rows: [{ cells: ['Thôn Đông'] }],
              size: 'table',
            },
            paragraph('body', 'Đoạn sau bảng'),
          ],
        },
      ],
    };
    const blocks = doc.sections[0]?.blocks ?? [];
    expect(blocks.map((_, i) => introducesTable(blocks, i))).toEqual([false, true, false, false]);
    const xml = await documentXml(doc);
    const para = (text: string) => {
      const at = xml.indexOf(`>${text}</w:t>`);
      return xml.slice(xml.lastIndexOf('<w:p>', at), at);
    };
    expect(para('Kết quả như sau:')).toContain('<w:keepNext/>');
    expect(para('Đoạn mở đầu')).not.toContain('<w:keepNext/>');
    expect(para('Đoạn sau bảng')).not.toContain('<w:keepNext/>');
  });
});
