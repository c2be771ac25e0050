// The Google Docs renderer through a strict in-memory DocumentApp: same structure as the model, and a number
// of service calls that does not grow with the rows of the annexes.
import { buildAnnualReport, buildChartModel, buildDecisions } from '../../src/core/report';
import { tableStrings } from '../../src/core/report/grid';
import { allBlocks, blockText, type DocModel } from '../../src/core/report/model';
import { chartBlob, type ChartsLike } from '../../src/gas/docs/chart';
import { renderGoogleDoc } from '../../src/gas/docs/render';
import { createFakeDocumentApp } from './fakes/document-app';
import { smallResult, withConfig, withFamilies } from './fixtures/commune';
import { noBreak } from '../../src/core/report/parts';

const r = smallResult();
const fakeBlob = { getBlob: () => fakeBlob } as unknown as GoogleAppsScript.Base.BlobSource;

const render = (doc: DocModel, chart = true) => {
  const fake = createFakeDocumentApp();
  renderGoogleDoc(doc, { DocumentApp: fake.app, ...(chart ? { chartPng: fakeBlob } : {}) });
  const created = fake.documents[0];
  if (!created) throw new Error('no document created');
  return { ...fake, created };
};

describe('renderGoogleDoc', () => {
  test('sets A4 with the layout margins and Times New Roman on the body', () => {
    const { created } = render(buildAnnualReport(r));
    expect(created.bodyAttrs).toMatchObject({
      PAGE_WIDTH: expect.closeTo(595.3, 1),
      PAGE_HEIGHT: expect.closeTo(841.9, 1),
      MARGIN_LEFT: expect.closeTo(85.04, 1),
      MARGIN_RIGHT: expect.closeTo(42.52, 1),
      MARGIN_TOP: expect.closeTo(56.69, 1),
      FONT_FAMILY: 'Times New Roman',
    });
  });

  test('writes every body table of the model as one appendTable with the same cells, in order', () => {
    const doc = buildAnnualReport(r);
    const { created, calls } = render(doc);
    const modelTables = allBlocks(doc).flatMap((b) =>
      b.kind === 'table' ? [{ head: b.header.length, cells: tableStrings(b) }] : [],
    );
    // The header and signature are two-column layout tables; body tables follow in model order between them.
    const tables = created.elements.flatMap((e) => (e.type === 'table' ? [e] : []));
    expect(tables).toHaveLength(modelTables.length + 2);
    tables.slice(1, -1).forEach((t, i) => {
      const expected = modelTables[i];
      if (!expected) throw new Error('missing model table');
      // Horizontal merges fold covered header cells into their anchor; data rows arrive exactly as modelled.
      expect(t.cells.slice(expected.head)).toEqual(expected.cells.slice(expected.head));
      expect(t.cells[0]?.filter((c) => c !== '')).toEqual(expected.cells[0]?.filter((c) => c !== ''));
    });
    expect(calls.byName.get('Body.appendTable')).toBe(modelTables.length + 2);
  });

  test('writes the paragraphs of the model with their text, the header lines and the signer', () => {
    const doc = buildAnnualReport(r);
    const { created } = render(doc);
    const paragraphs = created.elements.flatMap((e) => (e.type === 'paragraph' ? [e.text] : []));
    const modelParagraphs = allBlocks(doc).flatMap((b) => (b.kind === 'paragraph' ? [blockText(b)] : []));
    expect(paragraphs.filter((p) => modelParagraphs.includes(p))).toEqual(modelParagraphs);
    const header = created.elements[0];
    expect(header?.type === 'table' ? header.cells.flat() : []).toEqual(
      expect.arrayContaining([
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Số: 05/BC-HKH',
      ]),
    );
    const signature = created.elements.filter((e) => e.type === 'table').pop();
    expect(signature?.type === 'table' ? signature.cells.flat() : []).toEqual(
      expect.arrayContaining(['Nơi nhận:', 'TM. BAN THƯỜNG VỤ', noBreak(r.config?.reportSigner ?? '')]),
    );
  });

  test('bolds the "Điều 1." label of an article without bolding the rest of the sentence', () => {
    const doc = buildDecisions(withConfig(r, { oneDecision: false }))[0];
    if (!doc) throw new Error('no decision');
    const { created } = render(doc);
    const article = created.elements.find((e) => e.type === 'paragraph' && e.text.startsWith('Điều 1. '));
    expect(article?.type === 'paragraph' ? article.bold : null).toEqual([[0, 'Điều 1.'.length]]);
  });

  test('highlights only the gaps of an unconfigured basis, yellow, at their offsets', () => {
    const blank = withConfig(r, { planNumber: undefined, planDate: undefined, planIssuer: undefined });
    const { created } = render(buildAnnualReport(blank));
    const intro = created.elements.find((e) => e.type === 'paragraph' && e.text.startsWith('Thực hiện '));
    if (intro?.type !== 'paragraph') throw new Error('no opening line');
    const plan = intro.text.indexOf('Kế hoạch số ');
    const gap = (text: string, from: number): [number, number, string] => {
      const at = intro.text.indexOf(text, from);
      return [at, at + text.length - 1, '#ffff00'];
    };
    const number = gap('…/KH-UBND', plan);
    const date = gap('…', number[1] + 1);
    expect(intro.highlight).toEqual([number, date, gap('…', date[1] + 1)]);
    expect(intro.attrs.BACKGROUND_COLOR).toBeUndefined();
  });

  test('opens a decision on the sample criteria with a bold, right-aligned, highlighted "DỰ THẢO"', () => {
    const clan = buildDecisions(withConfig(r, { oneDecision: false })).find((d) =>
      d.name.includes('Dòng họ'),
    );
    if (!clan) throw new Error('no clan decision');
    const first = render(clan).created.elements.find((e) => e.type !== 'paragraph' || !e.removed);
    expect(first).toMatchObject({
      type: 'paragraph',
      text: 'DỰ THẢO',
      attrs: { BOLD: true, BACKGROUND_COLOR: '#ffff00', HORIZONTAL_ALIGNMENT: 'RIGHT' },
    });
  });

  test('inserts the chart blob as an inline image, or its alt text when there is none', () => {
    expect(
      render(buildAnnualReport(r)).created.elements.some((e) => e.type === 'paragraph' && e.images === 1),
    ).toBe(true);
    const without = render(buildAnnualReport(r), false).created;
    expect(without.elements.some((e) => e.type === 'paragraph' && e.text.startsWith('[Biểu đồ'))).toBe(true);
  });

  test('1,000 annex rows cost no more DocumentApp calls than 10, and one annex table stays within 400', () => {
    const decision = (n: number) => {
      const doc = buildDecisions(withConfig(withFamilies(r, n), { oneDecision: true }))[0];
      if (!doc) throw new Error('no decision');
      return doc;
    };
    const count = (doc: DocModel) => {
      const { calls, created } = render(doc);
      const rows = created.elements.reduce((s, e) => s + (e.type === 'table' ? e.cells.length : 0), 0);
      return { total: calls.total, rows };
    };
    const small = count(decision(10));
    const large = count(decision(1000));
    expect(large.rows - small.rows).toBe(990);
    expect(large.total).toBeLessThanOrEqual(small.total);
    const annex = allBlocks(decision(1000)).find((b) => b.kind === 'table' && b.rows.length > 1000);
    if (!annex) throw new Error('no annex table');
    const one = render({
      name: 'x',
      fileStem: 'x',
      sections: [{ orientation: 'portrait', blocks: [annex] }],
    });
    expect(one.calls.total).toBeLessThanOrEqual(400);
  });

  test('group rows span the table: merged into one cell, bold and left-aligned on its paragraph', () => {
    const doc = buildDecisions(withConfig(withFamilies(r, 30), { oneDecision: true }))[0];
    if (!doc) throw new Error('no decision');
    const annex = allBlocks(doc).find((b) => b.kind === 'table' && b.rows.some((x) => 'group' in x));
    if (annex?.kind !== 'table') throw new Error('no annex with groups');
    const { created } = render({
      name: 'x',
      fileStem: 'x',
      sections: [{ orientation: 'portrait', blocks: [annex] }],
    });
    const t = created.elements.find((e) => e.type === 'table');
    if (t?.type !== 'table') throw new Error('no table');
    annex.rows.forEach((row, i) => {
      const at = annex.header.length + i;
      if ('group' in row) {
        expect(t.cells[at]).toEqual([row.group]);
        expect(t.cellAttrs.get(`${at},0`)).toMatchObject({ BOLD: true, HORIZONTAL_ALIGNMENT: 'LEFT' });
      } else expect(t.cells[at]).toHaveLength(annex.columns.length);
    });
  });

  test('aligns the columns of a report table on the cell paragraphs: TT centred, names left as Docs has them', () => {
    const doc = buildAnnualReport(r);
    const { created } = render(doc);
    const byVillage = allBlocks(doc).filter((b) => b.kind === 'table')[1];
    if (byVillage?.kind !== 'table') throw new Error('no village table');
    const t = created.elements.filter((e) => e.type === 'table')[2];
    if (t?.type !== 'table') throw new Error('no table');
    const first = byVillage.header.length;
    // Column 0 (TT) is centred, column 1 (Thôn) left, column 2 (a count) centred, as in the .docx.
    expect(byVillage.columns.slice(0, 3).map((c) => c.align)).toEqual(['center', 'left', 'center']);
    expect(t.cellAttrs.get(`${first},0`)).toMatchObject({ HORIZONTAL_ALIGNMENT: 'CENTER' });
    expect(t.cellAttrs.get(`${first},1`)).toBeUndefined();
    expect(t.cellAttrs.get(`${first},2`)).toMatchObject({ HORIZONTAL_ALIGNMENT: 'CENTER' });
    // The commune's row is bold in every cell.
    const last = first + byVillage.rows.length - 1;
    expect(t.cellAttrs.get(`${last},1`)).toMatchObject({ BOLD: true, HORIZONTAL_ALIGNMENT: 'LEFT' });
  });

  test('the fake refuses paragraph attributes on a table, a row or a cell, as Docs would drop them', () => {
    const { app } = createFakeDocumentApp();
    const table = app
      .create('x')
      .getBody()
      .appendTable([['a', 'b']]);
    const align = { HORIZONTAL_ALIGNMENT: 'CENTER' };
    expect(() => table.setAttributes(align)).toThrow('Table does not take HORIZONTAL_ALIGNMENT');
    expect(() => table.getRow(0).setAttributes({ SPACING_AFTER: 0 })).toThrow('TableRow does not take');
    expect(() => table.getRow(0).getCell(0).setAttributes(align)).toThrow('TableCell does not take');
    expect(() => table.getRow(0).getCell(0).getChild(0).asParagraph().setAttributes(align)).not.toThrow();
    expect(() => table.setAttributes({ BOLD: true, BORDER_WIDTH: 0.5 })).not.toThrow();
  });

  test('the fake refuses a ragged table, as Apps Script does', () => {
    const { app } = createFakeDocumentApp();
    expect(() =>
      app
        .create('x')
        .getBody()
        .appendTable([['a', 'b'], ['c']]),
    ).toThrow('same number of cells');
  });
});

describe('chartBlob', () => {
  test('feeds one row per village and the target as a second series, then asks for a PNG', () => {
    const rows: unknown[][] = [];
    const columns: string[] = [];
    const asked: string[] = [];
    const builder = {
      setDataTable: () => builder,
      setTitle: () => builder,
      setRange: () => builder,
      setDimensions: () => builder,
      setColors: () => builder,
      setYAxisTitle: () => builder,
      build: () => ({
        getAs: (t: string) => (asked.push(t), fakeBlob as unknown as GoogleAppsScript.Base.Blob),
      }),
    };
    const data = {
      addColumn: (_t: unknown, label: string) => (columns.push(label), data),
      addRow: (v: unknown[]) => (rows.push(v), data),
    };
    const Charts = {
      ColumnType: { STRING: 'STRING', NUMBER: 'NUMBER' },
      newDataTable: () => data,
      newColumnChart: () => builder,
    } as unknown as ChartsLike;
    const model = buildChartModel(r);
    chartBlob(model, Charts);
    expect(columns).toEqual(['Thôn', 'Tỷ lệ đạt (%)', 'Chỉ tiêu (%)']);
    expect(rows.map((x) => x[0])).toEqual(r.tally.villages.map((v) => v.name));
    expect(rows.every((x) => x[2] === model.target?.percent)).toBe(true);
    expect(asked).toEqual(['image/png']);
  });
});
