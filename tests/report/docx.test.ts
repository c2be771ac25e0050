// The .docx as a package: page size, margins, fonts and sizes of the header parts, page numbers, table contents.
import JSZip from 'jszip';
import { buildAnnualReport, buildChartModel, buildDecisions } from '../../src/core/report';
import { renderDocx } from '../../src/node/docx/render';
import { chartPng } from '../../src/node/chart/png';
import { formatInt } from '../../src/core/text/format';
import { configOf, smallResult, withConfig } from './fixtures/commune';

const r = smallResult();
const open = async (buf: Buffer) => {
  const zip = await JSZip.loadAsync(buf);
  const read = async (name: string) => {
    const f = zip.file(name);
    if (!f) throw new Error(`${name} missing`);
    return f.async('string');
  };
  return { zip, read };
};

/** The run properties of the first run whose text is exactly `text`. */
const runProps = (xml: string, text: string): string => {
  const at = xml.indexOf(`>${text}</w:t>`);
  if (at < 0) throw new Error(`no run "${text}"`);
  const start = xml.lastIndexOf('<w:r>', at);
  return xml.slice(start, at);
};

describe('renderDocx', () => {
  let doc: string;
  let headers: string[];
  beforeAll(async () => {
    const buf = await renderDocx(buildAnnualReport(r), { chart: chartPng(buildChartModel(r)) });
    const { zip, read } = await open(buf);
    doc = await read('word/document.xml');
    headers = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /^word\/header\d+\.xml$/u.test(n))
        .map(read),
    );
    expect(Object.keys(zip.files).some((n) => n.startsWith('word/media/') && n.endsWith('.png'))).toBe(true);
  });

  test('sets A4 portrait with margins 20/20/30/15 mm', () => {
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/u);
    expect(doc).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/u);
  });

  test('writes the header parts in Times New Roman at their sizes: body 12 bold, motto 14 bold, date 14 italic', () => {
    const body = runProps(doc, `HỘI KHUYẾN HỌC XÃ ${configOf(r).commune.toUpperCase()}`);
    expect(body).toContain('w:ascii="Times New Roman"');
    expect(body).toMatch(/<w:b\/>.*<w:sz w:val="24"\/>/su);
    expect(runProps(doc, 'HỘI KHUYẾN HỌC TỈNH THANH HÓA')).not.toContain('<w:b/>');
    expect(runProps(doc, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toMatch(/<w:b\/>.*<w:sz w:val="24"\/>/su);
    expect(runProps(doc, 'Số: 05/BC-HKH')).toMatch(/<w:sz w:val="26"\/>/su);
    expect(runProps(doc, 'Độc lập - Tự do - Hạnh phúc')).toMatch(/<w:b\/>.*<w:sz w:val="28"\/>/su);
    expect(runProps(doc, `${configOf(r).commune}, ngày 05 tháng 12 năm 2026`)).toMatch(
      /<w:i\/>.*<w:sz w:val="28"\/>/su,
    );
    expect(runProps(doc, 'BÁO CÁO')).toMatch(/<w:b\/>.*<w:sz w:val="28"\/>/su);
    expect(runProps(doc, 'Nơi nhận:')).toMatch(/<w:b\/>.*<w:i\/>.*<w:sz w:val="24"\/>/su);
  });

  test('draws the header as a borderless table with rules under the issuing body and the motto', () => {
    const firstTable = doc.slice(doc.indexOf('<w:tbl>'), doc.indexOf('</w:tbl>'));
    expect(firstTable).toMatch(/<w:tblBorders>.*w:val="none".*<\/w:tblBorders>/su);
    expect(firstTable.match(/<w:pBdr><w:bottom w:val="single"/gu)).toHaveLength(2);
  });

  test('justifies body paragraphs with a 1.27 cm first-line indent and 6 pt after', () => {
    const at = doc.indexOf('Thực hiện ');
    const para = doc.slice(doc.lastIndexOf('<w:p>', at), at);
    expect(para).toContain('<w:jc w:val="both"/>');
    expect(para).toContain('w:firstLine="720"');
    expect(para).toMatch(/w:after="120"/u);
  });

  test('numbers pages in the top header, centred, with a blank first page', () => {
    expect(doc).toContain('<w:titlePg/>');
    expect(headers.some((h) => /<w:jc w:val="center"\/>.*PAGE/su.test(h))).toBe(true);
    expect(headers.some((h) => !h.includes('PAGE'))).toBe(true);
  });

  test('fills the village table with the tally: names, households and percentages in Vietnamese form', () => {
    for (const v of r.tally.villages) {
      expect(doc).toContain(`>${v.name}</w:t>`);
      expect(doc).toContain(`>${formatInt(v.family.total)}</w:t>`);
    }
    expect(doc).toMatch(/>\d+,\d<\/w:t>/u);
    expect(doc).toContain('<w:tblHeader/>');
    expect(doc).toMatch(/<w:gridSpan w:val="3"\/>/u);
    expect(doc).toMatch(/<w:vMerge w:val="restart"\/>/u);
  });
});

describe('renderDocx for a decision', () => {
  test('puts the citizens\u2019 annex on landscape A4 after the portrait decision', async () => {
    const d = buildDecisions(withConfig(r, { oneDecision: true }))[0];
    if (!d) throw new Error('no decision');
    const { read } = await open(await renderDocx(d));
    const xml = await read('word/document.xml');
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/u);
    expect(xml.match(/<w:sectPr/gu)?.length).toBe(d.sections.length);
    expect(xml).toContain('>QUYẾT ĐỊNH:</w:t>');
  });
});

describe('renderDocx for the basis and the draft mark', () => {
  test('writes the configured basis as plain text and an unconfigured one as yellow-highlighted gaps', async () => {
    const configured = await (await open(await renderDocx(buildAnnualReport(r)))).read('word/document.xml');
    const plan = `Kế hoạch số 45/KH-UBND ngày 15/01/2026 của UBND xã ${configOf(r).commune} về xây dựng xã hội học tập giai đoạn 2026-2030`;
    expect(runProps(configured, plan)).not.toContain('<w:highlight');
    const blank = withConfig(r, {
      planNumber: undefined,
      planDate: undefined,
      planTitle: undefined,
      planIssuer: undefined,
    });
    const xml = await (await open(await renderDocx(buildAnnualReport(blank)))).read('word/document.xml');
    expect(runProps(xml, '…/KH-UBND')).toContain('<w:highlight w:val="yellow"/>');
    // The words around the gap stay unmarked: only what the officer must fill is yellow.
    expect(runProps(xml, ' ngày ')).not.toContain('<w:highlight');
    expect(xml.includes('>Kế hoạch số </w:t>')).toBe(true);
  });

  test('opens a decision on the sample criteria with "DỰ THẢO", bold, right-aligned, highlighted, above the header', async () => {
    const clan = buildDecisions(withConfig(r, { oneDecision: false })).find((d) =>
      d.name.includes('Dòng họ học tập'),
    );
    if (!clan) throw new Error('no clan decision');
    const xml = await (await open(await renderDocx(clan))).read('word/document.xml');
    const mark = runProps(xml, 'DỰ THẢO');
    expect(mark).toMatch(/<w:b\/>.*<w:highlight w:val="yellow"\/>/su);
    expect(xml.slice(xml.lastIndexOf('<w:p>', xml.indexOf('>DỰ THẢO<')), xml.indexOf('>DỰ THẢO<'))).toContain(
      '<w:jc w:val="right"/>',
    );
    expect(xml.indexOf('>DỰ THẢO<')).toBeLessThan(xml.indexOf('<w:tbl>'));
    const family = buildDecisions(withConfig(r, { oneDecision: false })).find((d) =>
      d.name.includes('Gia đình học tập'),
    );
    if (!family) throw new Error('no family decision');
    const familyXml = await (await open(await renderDocx(family))).read('word/document.xml');
    expect(familyXml.includes('DỰ THẢO')).toBe(false);
  });
});
