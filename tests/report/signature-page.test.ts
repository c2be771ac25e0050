// A list that runs over several pages, then the signature: LibreOffice lays it out, and on every length the page
// that holds the signer's name also holds rows of the list, and the signature stands on the right of the page.
// Before the list's last rows became a table of their own, a list that had already broken across a page sent the
// signature alone to the next page (the sample's danh sách, p367) even with keep-with-next on its last row.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PAGE } from '../../src/core/report/layout';
import type { Orientation } from '../../src/core/report/layout';
import type { DocModel, TableBlock } from '../../src/core/report/model';
import { paragraph } from '../../src/core/report/model';
import { signature } from '../../src/core/report/parts';
import { renderDocx } from '../../src/node/docx/render';
import { convertToPdf } from '../../src/node/pages/convert';

const SIGNER = 'Ngô Mạnh Kiên';
/** Row numbers are 4 digits from 7001, so a row is told from a page number or a year. */
const FIRST = 7001;

const list = (n: number): TableBlock => ({
  kind: 'table',
  columns: [
    { weight: 1, align: 'center' },
    { weight: 4, align: 'left' },
    { weight: 1.2, align: 'center' },
    { weight: 3, align: 'left' },
    { weight: 3.6, align: 'left' },
    { weight: 1.5, align: 'center' },
  ],
  header: [
    [
      { text: 'TT' },
      { text: 'Họ và tên' },
      { text: 'Năm sinh' },
      { text: 'Đối tượng' },
      { text: 'Đơn vị công tác' },
      { text: 'Kỹ năng số' },
    ],
  ],
  rows: Array.from({ length: n }, (_, i) => ({
    // Two lines a row in the last two columns of text, as in the Công dân list.
    cells: [
      String(FIRST + i),
      'Nguyễn Văn An',
      '1980',
      'Cán bộ, công chức, viên chức',
      'Công ty TNHH Chế biến nông sản An Khang',
      'Thành thạo',
    ],
  })),
  size: 'wideTable',
});

const doc = (n: number, orientation: Orientation): DocModel => ({
  name: 'Danh sách',
  fileStem: 'danh-sach',
  sections: [
    {
      orientation,
      blocks: [
        paragraph('heading', 'V. Công dân đạt danh hiệu "Công dân học tập" năm 2026'),
        list(n),
        signature(null, ['TM. BAN THƯỜNG VỤ', 'CHỦ TỊCH'], SIGNER),
      ],
    },
  ],
});

interface Word {
  page: number;
  xMin: number;
  text: string;
}

/** Every word with its page, from pdftotext's bounding boxes. */
const words = (pdf: string): { pageWidth: number; words: Word[] } => {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  const out: Word[] = [];
  let page = 0;
  let pageWidth = 0;
  for (const m of html.matchAll(/<page width="([\d.]+)"|<word xMin="([\d.]+)"[^>]*>([^<]*)<\/word>/gu)) {
    if (m[1] !== undefined) {
      page++;
      pageWidth = Number(m[1]);
    } else out.push({ page, xMin: Number(m[2]), text: m[3] ?? '' });
  }
  return { pageWidth, words: out };
};

const LENGTHS = { landscape: [12, 60], portrait: [20, 75] } as const;
let dir: string;
const pdf = (o: Orientation, n: number) => join(dir, `${o}-${n}.pdf`);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kh-signature-'));
  const files: string[] = [];
  for (const [o, [from, to]] of Object.entries(LENGTHS) as [Orientation, readonly [number, number]][])
    for (let n = from; n <= to; n++) {
      const f = join(dir, `${o}-${n}.docx`);
      writeFileSync(f, await renderDocx(doc(n, o)));
      files.push(f);
    }
  convertToPdf(files, dir, join(dir, 'profile'), 240_000);
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(Object.keys(LENGTHS) as Orientation[])('a %s list closed by a signature', (o) => {
  const [from, to] = LENGTHS[o];
  const lengths = Array.from({ length: to - from + 1 }, (_, i) => from + i);

  test('on every length, the page with the signer also has rows of the list', () => {
    const alone: number[] = [];
    let pagesSeen = 0;
    for (const n of lengths) {
      const { words: ws } = words(pdf(o, n));
      const signerPage = ws.find((w) => w.text === 'Kiên')?.page;
      if (signerPage === undefined) throw new Error(`no signer in the ${n}-row list`);
      pagesSeen = Math.max(pagesSeen, signerPage);
      const rowsThere = ws.filter((w) => w.page === signerPage && /^7\d{3}$/u.test(w.text));
      if (rowsThere.length === 0) alone.push(n);
    }
    expect(alone).toEqual([]);
    // The lengths reach past two pages, so the list has broken across a page before its end on some of them.
    expect(pagesSeen).toBeGreaterThanOrEqual(3);
  });

  test('every row is printed once, in order, whichever page the last rows go to', () => {
    const n = to;
    const numbers = words(pdf(o, n))
      .words.filter((w) => /^7\d{3}$/u.test(w.text))
      .map((w) => Number(w.text));
    expect(numbers).toEqual(Array.from({ length: n }, (_, i) => FIRST + i));
  });

  test("the signer's name stands in the right part of the page", () => {
    const { pageWidth, words: ws } = words(pdf(o, from));
    const name = ws.find((w) => w.text === 'Kiên');
    // The signer's column is the last 85 mm of the text width; its centred name starts past the page's middle.
    const pageMm = o === 'landscape' ? PAGE.heightMm : PAGE.widthMm;
    expect((pageWidth / 72) * 25.4).toBeCloseTo(pageMm, 0);
    expect(name?.xMin ?? 0).toBeGreaterThan(pageWidth / 2);
  });
});
