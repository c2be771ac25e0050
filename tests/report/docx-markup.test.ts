// Body tables are written as markup (src/node/docx/table-xml.ts) instead of docx objects: the markup must be what
// docx wrote for the same table (the reference in fixtures/docx-table-reference.ts is the old code), spliced where
// the table belongs, well-formed whatever the officer typed, and produced in chunks that do not grow with the rows.
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { buildAllDocuments, buildDecisions } from '../../src/core/report';
import { textWidthMm } from '../../src/core/report/layout';
import type { DocModel, TableBlock } from '../../src/core/report/model';
import { renderDocx } from '../../src/node/docx/render';
import { tableXml } from '../../src/node/docx/table-xml';
import { referenceTablesXml } from './fixtures/docx-table-reference';
import { smallResult, withConfig } from './fixtures/commune';

const r = smallResult();

/** Attributes sorted within each tag, so that only a difference of markup fails, not of attribute order. */
const normalise = (xml: string): string =>
  xml.replace(
    /<([\w:]+)((?:\s+[\w:]+="[^"]*")*)\s*(\/?)>/gu,
    (_, name: string, attrs: string, close: string) => {
      const sorted = [...attrs.matchAll(/[\w:]+="[^"]*"/gu)].map((m) => m[0]).sort();
      return `<${name}${sorted.map((a) => ` ${a}`).join('')}${close}>`;
    },
  );

const bodyTables = (docs: readonly DocModel[]) =>
  docs.flatMap((d) =>
    d.sections.flatMap((s) =>
      s.blocks.flatMap((b) =>
        b.kind === 'table' ? [{ table: b, widthMm: textWidthMm(s.orientation) }] : [],
      ),
    ),
  );

const markup = (t: TableBlock, widthMm: number): string => [...tableXml(t, widthMm)].join('');

const documentXml = async (buf: Buffer): Promise<string> => {
  const zip = await JSZip.loadAsync(buf, { checkCRC32: true });
  return (await zip.file('word/document.xml')?.async('string')) ?? '';
};

/** A 6-column table whose rounded column widths fall 2 twips short of the table, which docx stretches. */
const awkward: TableBlock = {
  kind: 'table',
  columns: [
    { weight: 1, align: 'center' },
    { weight: 1, align: 'left' },
    { weight: 1, align: 'right' },
    { weight: 1, align: 'justify' },
    { weight: 1, align: 'center' },
    { weight: 1, align: 'left' },
  ],
  header: [
    [
      { text: 'TT', rowSpan: 3 },
      { text: 'Họ & tên <chủ hộ>', colSpan: 2, rowSpan: 2 },
      { text: 'Điểm', colSpan: 3 },
    ],
    [
      { text: '"Đạt"', colSpan: 2 },
      { text: "Ghi chú 'KQ'", rowSpan: 2 },
    ],
    [{ text: 'a' }, { text: 'b' }, { text: 'c' }, { text: 'd' }],
  ],
  rows: [
    { group: 'Thôn Đông: 2 hộ' },
    { cells: ['1', 'Nguyễn Văn A & con', ' 7 ', '', 'x\ty', 'dòng 1\ndòng 2'] },
    { cells: ['2', 'Lê Thị B'] },
    { cells: [] },
    { cells: ['Cộng', '', '2', '', '', ''], bold: true },
  ],
  size: 'wideTable',
};

describe('body tables as markup', () => {
  test('every body table of the fixture’s report, decisions and lists has the markup docx wrote for it', async () => {
    const docs = [...buildAllDocuments(r), ...buildDecisions(withConfig(r, { oneDecision: true }))];
    const tables = bodyTables(docs);
    expect(tables.length).toBeGreaterThanOrEqual(10);
    const reference = await referenceTablesXml(tables);
    expect(reference).toHaveLength(tables.length);
    tables.forEach(({ table, widthMm }, i) => {
      expect(normalise(markup(table, widthMm))).toBe(normalise(reference[i] ?? ''));
    });
  });

  test('spans three rows deep and two wide, entities, empty and short rows, stretched columns: same markup', async () => {
    for (const widthMm of [170, 252]) {
      const [reference] = await referenceTablesXml([{ table: awkward, widthMm }]);
      const now = markup(awkward, widthMm);
      expect(now).toContain('<w:vMerge w:val="continue"/>');
      expect(now).toContain('Họ &amp; tên &lt;chủ hộ&gt;');
      expect(normalise(now)).toBe(normalise(reference ?? ''));
    }
  });

  test('renderDocx puts each table where its placeholder was and leaves no placeholder behind', async () => {
    const doc = buildDecisions(withConfig(r, { oneDecision: true }))[0];
    if (!doc) throw new Error('no decision');
    const xml = await documentXml(await renderDocx(doc));
    const tables = bodyTables([doc]);
    const written = [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/gsu)].map((m) => m[0]);
    // Layout tables (header, signature) are borderless; body tables are ruled.
    const ruled = written.filter((t) => t.includes('<w:top w:val="single"'));
    expect(written.length - ruled.length).toBe(2);
    expect(ruled).toHaveLength(tables.length);
    // Compared one by one as booleans: a failing diff of whole annexes would be unreadable.
    expect(tables.map(({ table, widthMm }, i) => ruled[i] === markup(table, widthMm))).toEqual(
      tables.map(() => true),
    );
    expect(xml).not.toContain('kh-table-');
    // Each body table is followed by the empty paragraph that keeps tables apart.
    for (const t of ruled) expect(xml.includes(`${t}<w:p>`)).toBe(true);
  });

  test('a name with control characters or a broken surrogate still gives well-formed XML', async () => {
    const table: TableBlock = {
      ...awkward,
      rows: [{ cells: ['1', 'Trần\u0001 Văn\u0008 C\uD800', 'ok\u001F'] }],
    };
    const xml = await documentXml(
      await renderDocx({
        name: 'x',
        fileStem: 'x',
        sections: [{ orientation: 'portrait', blocks: [table] }],
      }),
    );
    const parser = new SaxesParser();
    const texts: string[] = [];
    parser.on('text', (t) => texts.push(t));
    expect(() => parser.write(xml).close()).not.toThrow();
    expect(texts).toEqual(expect.arrayContaining(['Trần Văn C', 'ok']));
  });

  test('the markup comes in chunks of about the asked size, however many rows', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => ({
      cells: [String(i + 1), `Người thứ ${i + 1}`, '4', '', '', ''],
    }));
    const chunks = [...tableXml({ ...awkward, rows }, 170, false, 4096)];
    const longestRow = Math.max(
      ...rows.slice(0, 10).map((row) => markup({ ...awkward, header: [], rows: [row] }, 170).length),
    );
    expect(chunks.length).toBeGreaterThan(200);
    // The first chunk is the header; every later one stops at the first row past the size.
    for (const c of chunks.slice(1)) expect(c.length).toBeLessThan(4096 + longestRow);
    expect(chunks.join('').match(/<w:tr>/gu)).toHaveLength(5000 + awkward.header.length);
  });
});
