// Recognition decisions and annex lists: one per title or one with several articles, lists grouped by village.
import { buildAnnexLists, buildDecisions } from '../../src/core/report';
import { allBlocks, blockText, type TableBlock } from '../../src/core/report/model';
import { formatInt } from '../../src/core/text/format';
import { configOf, smallResult, withConfig, withFamilies } from './fixtures/commune';
import { noBreak } from '../../src/core/report/parts';

const r = smallResult();
const recognisedTitles = [
  r.tally.commune.family.recognised,
  r.tally.commune.clan.recognised,
  r.tally.commune.community.recognised,
  r.tally.commune.unit.recognised,
  r.tally.commune.citizen.recognised,
].filter((n) => n > 0).length;

describe('buildDecisions', () => {
  test('makes one decision per title that has recognised members, numbered from the configured number', () => {
    const docs = buildDecisions(withConfig(r, { oneDecision: false, decisionNumber: '120' }));
    expect(docs).toHaveLength(recognisedTitles);
    // Decisions for titles on the sample criteria open with the "DỰ THẢO" mark: the header is the first non-mark.
    expect(docs.map((d) => allBlocks(d).find((b) => b.kind === 'header'))).toEqual(
      docs.map((_, i) => expect.objectContaining({ number: `Số: ${120 + i}/QĐ-UBND` })),
    );
  });

  test('writes the decision in the official order: header, QUYẾT ĐỊNH, authority, grounds, articles, signature', () => {
    const doc = buildDecisions(withConfig(r, { oneDecision: false }))[0];
    if (!doc) throw new Error('no decision');
    const main = doc.sections[0]?.blocks ?? [];
    expect(main[0]).toMatchObject({
      kind: 'header',
      parent: [],
      body: ['ỦY BAN NHÂN DÂN', `XÃ ${configOf(r).commune.toUpperCase()}`],
    });
    expect(main[1]).toMatchObject({
      kind: 'title',
      docType: 'QUYẾT ĐỊNH',
      subject: ['Về việc công nhận danh hiệu "Gia đình học tập" năm 2026'],
    });
    expect(blockText(main[2] ?? { kind: 'pageBreak' })).toBe(
      `CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ${configOf(r).commune.toUpperCase()}`,
    );
    const texts = main.map(blockText);
    const decides = texts.indexOf('QUYẾT ĐỊNH:');
    expect(texts.slice(3, decides).every((t) => t.startsWith('Căn cứ') || t.startsWith('Theo đề nghị'))).toBe(
      true,
    );
    expect(texts[decides + 1]).toBe(
      `Điều 1. Công nhận ${formatInt(r.tally.commune.family.recognised)} hộ gia đình đạt danh hiệu "Gia đình học tập" năm 2026 (có danh sách kèm theo).`,
    );
    expect(texts[decides + 2]).toMatch(/^Điều 2\. /u);
    expect(texts[decides + 3]).toMatch(/^Điều 3\. .*\/\.$/u);
    expect(main[main.length - 1]).toMatchObject({
      kind: 'signature',
      recipients: expect.arrayContaining(['- Như Điều 3;']),
      name: noBreak(configOf(r).decisionSigner),
    });
  });

  test('puts the annex in its own section, grouped by village in the order of the "Thôn" sheet', () => {
    const doc = buildDecisions(withConfig(r, { oneDecision: false }))[0];
    const annex = doc?.sections[1];
    const table = annex?.blocks.find((b): b is TableBlock => b.kind === 'table');
    if (!table) throw new Error('no annex table');
    const groups = table.rows.flatMap((row) => ('group' in row ? [row.group] : []));
    const withFamilies = r.registers.villages.filter((v) =>
      r.registers.families.some((f) => f.villageKey === v.key && f.assessment.recognised),
    );
    expect(groups.map((g) => g.split(':')[0])).toEqual(withFamilies.map((v) => v.name));
    const dataRows = table.rows.filter((row) => 'cells' in row);
    expect(dataRows).toHaveLength(r.tally.commune.family.recognised);
    expect(dataRows.map((row) => ('cells' in row ? row.cells[0] : ''))).toEqual(
      dataRows.map((_, i) => formatInt(i + 1)),
    );
    expect(blockText(annex?.blocks[1] ?? { kind: 'pageBreak' })).toBe(
      'Hộ gia đình đạt danh hiệu "Gia đình học tập" năm 2026',
    );
  });

  test('with oneDecision, makes a single decision whose Điều 1 lists each title and its annex (Phụ lục I, II…)', () => {
    const docs = buildDecisions(withConfig(r, { oneDecision: true }));
    expect(docs).toHaveLength(1);
    const doc = docs[0];
    if (!doc) throw new Error('no decision');
    expect(doc.sections).toHaveLength(1 + recognisedTitles);
    const texts = allBlocks(doc).map(blockText);
    expect(texts).toContain(
      `1. ${formatInt(r.tally.commune.family.recognised)} hộ gia đình đạt danh hiệu "Gia đình học tập" (Phụ lục I kèm theo).`,
    );
    expect(texts).toContain('Phụ lục II');
  });

  test('puts the citizens\u2019 list, the widest, on landscape pages', () => {
    const doc = buildDecisions(withConfig(r, { oneDecision: true }))[0];
    expect(doc?.sections[doc.sections.length - 1]?.orientation).toBe('landscape');
  });

  test('makes no decision for a title nobody earned', () => {
    const none = withFamilies(r, 1);
    const families = { ...none, registers: { ...none.registers, families: [] } };
    expect(buildDecisions(withConfig(families, { oneDecision: false })).map((d) => d.name)).not.toContain(
      expect.stringContaining('Gia đình'),
    );
  });
});

describe('buildAnnexLists', () => {
  test('gathers every list in one document for the village meetings, signed by the association, without Nơi nhận', () => {
    const doc = buildAnnexLists(r);
    if (!doc) throw new Error('no lists');
    const blocks = allBlocks(doc);
    expect(blocks[1]).toMatchObject({ kind: 'title', docType: 'DANH SÁCH' });
    expect(blocks.filter((b) => b.kind === 'table')).toHaveLength(recognisedTitles);
    expect(blocks[blocks.length - 1]).toMatchObject({
      kind: 'signature',
      recipients: [],
      name: noBreak(configOf(r).reportSigner),
    });
  });

  /** The note under the lists' title, and the citizens' list's group rows. */
  const noteAndGroups = (result: typeof r) => {
    const doc = buildAnnexLists(result);
    if (!doc) throw new Error('no lists');
    const blocks = allBlocks(doc);
    const note = blocks.find((b) => b.kind === 'paragraph' && b.role === 'note');
    const citizens = blocks.filter((b): b is TableBlock => b.kind === 'table').pop();
    return {
      note: note ? blockText(note) : '',
      groups: (citizens?.rows ?? []).flatMap((row) => ('group' in row ? [row.group] : [])),
    };
  };
  const citizensWhere = (villageKey: (c: (typeof r)['registers']['citizens'][number]) => string | null) => ({
    ...r,
    registers: {
      ...r.registers,
      citizens: r.registers.citizens.map((c) => ({ ...c, villageKey: villageKey(c) })),
    },
  });

  test('says the lists go by village when everybody listed lives in one', () => {
    const village = r.registers.villages[0]?.key ?? null;
    const { note } = noteAndGroups(citizensWhere((c) => c.villageKey ?? village));
    expect(note).toBe('Danh sách được sắp theo thôn để thông báo tại hội nghị thôn.');
  });

  test('says where the people of no village are listed when some are grouped under their workplace', () => {
    const unit = r.registers.units[0];
    if (!unit) throw new Error('fixture has no units');
    const official = r.registers.citizens.find((c) => c.assessment.recognised && c.unitKey === unit.key);
    if (!official) throw new Error('fixture has no recognised official');
    const { note, groups } = noteAndGroups(
      citizensWhere((c) => (c === official ? null : (c.villageKey ?? r.registers.villages[0]?.key ?? null))),
    );
    expect(groups.filter((g) => g.startsWith(`${unit.name}:`))).toEqual([`${unit.name}: 1 người`]);
    expect(note).toBe(
      'Danh sách được sắp theo thôn để thông báo tại hội nghị thôn; người không thuộc thôn được sắp theo cơ quan, đơn vị công tác.',
    );
  });

  test('runs the lists of one orientation on, under their headings: a new section only for the landscape one', () => {
    const doc = buildAnnexLists(r);
    if (!doc) throw new Error('no lists');
    const headings = (blocks: (typeof doc.sections)[number]['blocks']) =>
      blocks.flatMap((b) =>
        b.kind === 'paragraph' && b.role === 'heading' ? [blockText(b).split('.')[0]] : [],
      );
    // The fixture recognises some of every title: I–IV are portrait, the citizens' list V is landscape.
    expect(doc.sections.map((s) => [s.orientation, headings(s.blocks)])).toEqual([
      ['portrait', ['I', 'II', 'III', 'IV']],
      ['landscape', ['V']],
    ]);
  });
});
