// The page audit of `npm run pages` on hand-made pages: A4 in points (595 × 842), text area from x 85 to 553 and
// y 57 to 785 (margins 30, 15, 20, 20 mm), the page number above the text area.
import { auditPages, parseBboxLayout, type Line, type PageText } from '../../src/node/pages/audit';

/** A line of words 6 pt apart, each word 7 pt per letter, 16 pt tall, starting at (x, y). */
const line = (text: string, x: number, y: number): Line => {
  let at = x;
  const words = text.split(' ').map((w) => {
    const word = { text: w, xMin: at, yMin: y, xMax: at + 7 * w.length, yMax: y + 16 };
    at = word.xMax + 6;
    return word;
  });
  return { xMin: x, yMin: y, xMax: words[words.length - 1]?.xMax ?? x, yMax: y + 16, words };
};
const pageNumber = (n: number): Line => line(String(n), 294, 28);
const page = (number: number, ...lines: Line[]): PageText => ({
  number,
  width: 595.3,
  height: 841.9,
  lines: [pageNumber(number), ...lines],
});
/** Body lines one under the other, 15 pt apart (their 16 pt boxes touch, as pdftotext's do). */
const body = (y: number, ...texts: string[]): Line[] => texts.map((t, i) => line(t, 90, y + 15 * i));
/** A table row: cells side by side at one height. */
const row = (y: number, ...cells: [string, number][]): Line[] => cells.map(([t, x]) => line(t, x, y));

const kinds = (pages: PageText[]) => auditPages('a.docx', pages).map((f) => `${f.page} ${f.kind}`);

describe('signature', () => {
  const signer = (y: number) => [
    ...row(y, ['Nơi nhận:', 90], ['TM. BAN THƯỜNG VỤ', 340]),
    ...row(y + 15, ['- Lưu: VT.', 90], ['CHỦ TỊCH', 360]),
    line('Ngô Mạnh Kiên', 350, y + 90),
  ];

  test('a signer’s block at the top of a page, with only the page number above, is found', () => {
    const found = auditPages('a.docx', [
      page(1, ...body(60, 'Một dòng.'), ...body(700, 'Cuối trang.')),
      page(2, ...signer(60)),
    ]);
    expect(found).toEqual([
      expect.objectContaining({
        file: 'a.docx',
        page: 2,
        kind: 'signature-alone',
        text: 'Nơi nhận: | TM. BAN THƯỜNG VỤ',
      }),
    ]);
  });

  test('without "Nơi nhận" (the lists) the title lines open the block', () => {
    expect(kinds([page(5, ...signer(60).slice(1))])).toEqual(['5 signature-alone']);
  });

  test('a table row or a paragraph above the block on its page is enough', () => {
    expect(kinds([page(2, ...row(60, ['12', 90], ['Lê Văn An', 120]), ...signer(100))])).toEqual([]);
    expect(kinds([page(2, ...body(60, 'Trên đây là báo cáo./.'), ...signer(100))])).toEqual([]);
  });
});

describe('group rows and headings at the foot', () => {
  test('a group row as the last line of a page is found, whatever the title’s unit', () => {
    const members = row(700, ['35', 90], ['Lê Văn An', 120], ['4', 400]);
    expect(kinds([page(3, ...members, line('Thôn Đông: 45 hộ', 90, 720))])).toEqual(['3 group-at-foot']);
    expect(kinds([page(4, ...members, line('Công an xã: 29 người', 90, 720))])).toEqual(['4 group-at-foot']);
    expect(kinds([page(5, ...members, line('Thôn 1: 1.234 dòng họ', 90, 720))])).toEqual(['5 group-at-foot']);
  });

  test('a group row followed by its first member is not', () => {
    expect(
      kinds([page(3, line('Thôn Đông: 45 hộ', 90, 700), ...row(720, ['36', 90], ['Lê Văn An', 120]))]),
    ).toEqual([]);
  });

  test('a member whose cells read like a group row is not one: a row of several cells', () => {
    expect(kinds([page(3, ...row(720, ['36', 90], ['Thôn Đông: 45 hộ', 120]))])).toEqual([]);
  });

  test('a heading as the last line of a page is found', () => {
    const text = body(600, 'Đoạn văn.');
    expect(kinds([page(2, ...text, line('II. CHẤT LƯỢNG DỮ LIỆU', 90, 760))])).toEqual(['2 heading-at-foot']);
    expect(kinds([page(2, ...text, line('V. Công dân đạt danh hiệu "Công dân học tập"', 90, 760))])).toEqual([
      '2 heading-at-foot',
    ]);
    expect(kinds([page(2, ...text, line('Điều 2. Chủ tịch', 90, 760))])).toEqual(['2 heading-at-foot']);
  });

  test('a heading followed by its text, or a numbered sentence, is not', () => {
    expect(kinds([page(2, ...body(700, 'II. CHẤT LƯỢNG DỮ LIỆU', 'Số liệu được tổng hợp.'))])).toEqual([]);
    expect(kinds([page(2, ...body(700, 'Đoạn văn.', '1. 3.412 hộ gia đình đạt danh hiệu.'))])).toEqual([]);
  });
});

describe('a total row at the top', () => {
  const total = (y: number) => row(y, ['Cộng', 120], ['0', 400], ['2', 480]);

  test('a "Cộng" row opening a page is found', () => {
    expect(kinds([page(6, ...total(60), ...body(90, 'Các cảnh báo không làm thay đổi số liệu.'))])).toEqual([
      '6 total-at-top',
    ]);
  });

  test('under a repeated table header, even one whose wrapped cells start above "TT", it is found', () => {
    const header = [
      line('Tổng', 480, 58),
      ...row(64, ['TT', 90], ['Loại vấn đề', 200]),
      line('điểm', 480, 72),
    ];
    expect(kinds([page(6, ...header, ...total(92))])).toEqual(['6 total-at-top']);
  });

  test('a total row under its table’s rows, or a sentence starting with "Tổng", is not', () => {
    const header = row(58, ['TT', 90], ['Loại vấn đề', 200]);
    expect(kinds([page(6, ...header, ...row(76, ['2', 90], ['Chấm theo mẫu', 200]), ...total(94))])).toEqual(
      [],
    );
    expect(kinds([page(6, ...body(60, 'Tổng số hộ đạt danh hiệu là 3.412.'))])).toEqual([]);
  });

  test('the second row of a two-row header, which starts with "Tổng số hộ", is not', () => {
    // The report's table by village at its page top: "TT | Thôn | Gia đình học tập …", then "Tổng | Hộ | Tỷ lệ …".
    const header = [
      ...row(58, ['TT', 90], ['Thôn', 150], ['Gia đình học tập', 260]),
      ...row(72, ['Tổng', 240], ['Hộ', 290], ['Tỷ lệ', 330]),
    ];
    expect(kinds([page(3, ...header, ...row(90, ['1', 90], ['Thôn 1', 150], ['349', 240]))])).toEqual([]);
  });
});

test('a table’s note opening a page is found; under its table it is not', () => {
  const note = 'Ghi chú: ở cột "Dòng họ", dòng họ có thành viên ở nhiều thôn';
  expect(kinds([page(3, ...body(60, note, 'được tính ở mỗi thôn đó.'))])).toEqual(['3 note-at-top']);
  expect(kinds([page(3, ...body(60, '(*) Chỉ tiêu phải đạt ở từng thôn.'))])).toEqual(['3 note-at-top']);
  expect(kinds([page(2, ...row(60, ['12', 90], ['Thôn Bắc', 120]), ...body(80, note))])).toEqual([]);
});

test('a page filled to less than a fifth before the last one is found; the last page may be short', () => {
  const tail = row(60, ['35', 90], ['Họ Lê Ngọc', 120]);
  const full = (n: number) => page(n, ...body(60, 'Đầu trang'), ...body(700, 'Cuối trang'));
  expect(kinds([full(1), page(2, ...tail), full(3), page(4, ...tail)])).toEqual(['2 nearly-empty']);
  // 57 + 0.2 × 728 = 202.6: a page reaching below that is not.
  expect(kinds([page(1, ...tail, ...body(190, 'Một dòng')), full(2)])).toEqual([]);
  expect(kinds([page(1), full(2)])).toEqual(['1 nearly-empty']);
});

describe('the text area', () => {
  test('a word past the right or left margin, or below the bottom one, is found once per line', () => {
    const found = auditPages('a.docx', [
      page(
        2,
        line('Số liệu trong báo cáo được tổng hợp tự động từ danh sách cả thôn xã của tỉnh', 90, 100),
        line('Cuối', 90, 700),
      ),
      page(3, line('TT', 70, 100), line('Cuối', 90, 700)),
      page(4, ...body(765, 'Dòng cuối', 'Dòng thừa')),
    ]);
    expect(found.map((f) => `${f.page} ${f.kind}`)).toEqual([
      '2 outside-text-area',
      '3 outside-text-area',
      '4 outside-text-area',
    ]);
    expect(found[0]?.detail).toMatch(/của \+\d+\.\d pt right, tỉnh \+\d+\.\d pt right/u);
    expect(found[1]?.detail).toMatch(/TT -15\.0 pt left/u);
    expect(found[2]?.text).toBe('Dòng thừa');
  });

  test('the page number above the top margin and text touching the margins are not', () => {
    expect(kinds([page(2, line('Sát', 85.1, 57), line('lề', 539, 400))])).toEqual([]);
  });

  test('the header above the document type may reach 5 mm into the left margin and 3 mm into the right one', () => {
    const header = [line('HỘI KHUYẾN HỌC TỈNH', 75.7, 56), line('CỘNG HÒA XÃ HỘI', 455, 56)];
    expect(header[1]?.xMax).toBeGreaterThan(553);
    expect(kinds([page(1, ...header, line('BÁO CÁO', 270, 200), line('Kết quả', 270, 220))])).toEqual([]);
    // Without a document type below them, the same lines are body text.
    expect(kinds([page(2, ...header)])).toEqual(['2 outside-text-area', '2 outside-text-area']);
    // Past the header's own reach, they are found too.
    expect(
      kinds([page(1, line('HỘI', 60, 56), line('BÁO CÁO', 270, 200), line('Kết quả', 270, 220))]),
    ).toEqual(['1 outside-text-area']);
  });
});

test('words printed over each other are found; lines whose boxes touch are not', () => {
  const over = line('đè', 100, 404);
  expect(kinds([page(2, line('Một dòng chữ', 90, 400), over)])).toEqual(['2 overlap']);
  expect(kinds([page(2, ...body(400, 'Một dòng chữ', 'Dòng kế tiếp'))])).toEqual([]);
});

test('pdftotext -bbox-layout output becomes pages of lines of words, entities decoded', () => {
  const xhtml = `<doc>
  <page width="595.3" height="841.9">
    <flow><block xMin="1" yMin="2" xMax="3" yMax="4">
      <line xMin="90" yMin="60" xMax="160.5" yMax="76">
        <word xMin="90" yMin="60" xMax="110" yMax="76">A&amp;B</word>
        <word xMin="116" yMin="60" xMax="160.5" yMax="76">&quot;Cộng&quot;</word>
      </line>
    </block></flow>
  </page>
  <page width="841.9" height="595.3">
  </page>
</doc>`;
  const pages = parseBboxLayout(xhtml);
  expect(pages.map((p) => [p.number, p.width, p.height, p.lines.length])).toEqual([
    [1, 595.3, 841.9, 1],
    [2, 841.9, 595.3, 0],
  ]);
  expect(pages[0]?.lines[0]).toEqual({
    xMin: 90,
    yMin: 60,
    xMax: 160.5,
    yMax: 76,
    words: [
      { text: 'A&B', xMin: 90, yMin: 60, xMax: 110, yMax: 76 },
      { text: '"Cộng"', xMin: 116, yMin: 60, xMax: 160.5, yMax: 76 },
    ],
  });
});
