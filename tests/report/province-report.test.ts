import JSZip from 'jszip';
import { buildProvinceReport } from '../../src/core/province/report';
import type { ProvinceSettings } from '../../src/core/province/settings';
import { allBlocks, blockText } from '../../src/core/report/model';
import { renderDocx } from '../../src/node/docx/render';
import { rollup, targets } from '../core/helpers/province';
import { noBreak } from '../../src/core/report/parts';

const settings: ProvinceSettings = {
  province: 'Thanh Hóa',
  year: 2026,
  targetYear: null,
  reportNumber: '12',
  reportDate: new Date(2026, 11, 5),
  reportSigner: 'Lê Văn Tâm',
  reportSignerTitle: [],
  recipients: [],
  targets: [...targets],
};
const doc = buildProvinceReport(rollup, settings);
const text = allBlocks(doc).map(blockText);
const paragraphAfter = (heading: string) => text[text.indexOf(heading) + 1];

describe("the association's report to the province", () => {
  it('opens in the ND 30/2020 layout: issuing body, number, place and date, title, addressee', () => {
    const [header, title] = allBlocks(doc);
    expect(header).toEqual({
      kind: 'header',
      parent: [],
      body: ['HỘI KHUYẾN HỌC', 'TỈNH THANH HÓA'],
      number: 'Số: 12/BC-HKH',
      placeDate: 'Thanh Hóa, ngày 05 tháng 12 năm 2026',
    });
    expect(title).toEqual({
      kind: 'title',
      docType: 'BÁO CÁO',
      subject: ['Kết quả xây dựng các mô hình học tập năm 2026', 'trên địa bàn tỉnh Thanh Hóa'],
    });
    expect(text).toContain('Kính gửi: Ủy ban nhân dân tỉnh Thanh Hóa.');
    expect(doc.fileStem).toBe('bao-cao-tinh-2026-thanh-hoa');
  });

  it('says how many communes were added up and how many were not', () => {
    expect(paragraphAfter('I. TÌNH HÌNH TỔNG HỢP SỐ LIỆU')).toBe(
      'Danh sách của tỉnh có 7 xã, phường, đặc khu; đã cộng số liệu của 2 đơn vị; 5 đơn vị chưa cộng được số liệu (chi tiết ở mục IV).',
    );
  });

  it('gives each indicator province-wide against its target, in a sentence and in the table', () => {
    // 30/40 + 45/60 = 75/100; 80 % of 100 is 80: 5 households short.
    expect(text).toContain(
      'Gia đình học tập (% hộ): toàn tỉnh 75/100 (75%), chưa đạt chỉ tiêu 80% năm 2030, còn thiếu 5 hộ.',
    );
    // An's 50/100 alone; Bình has no adults figure.
    expect(text).toContain(
      'Công dân học tập (% người lớn): toàn tỉnh 50/100 (50%), đạt chỉ tiêu 40% năm 2030; 1 xã chưa tính được chỉ số này.',
    );
    const table = text.find((t) => t.startsWith('TT\tChỉ số'));
    // Only the indicators with a figure or a target: no rows of zeros.
    expect(table?.split('\n').slice(1)).toEqual([
      '1\tGia đình học tập (% hộ)\t80\t75\t100\t75,0\tChưa đạt\t2',
      '2\tCông dân học tập (% người lớn)\t40\t50\t100\t50,0\tĐạt\t0',
    ]);
  });

  it('names the communes below target with their own figure', () => {
    expect(paragraphAfter('III. CÁC XÃ CHƯA ĐẠT CHỈ TIÊU')).toBe(
      'Gia đình học tập (% hộ): 2 xã chưa đạt: An (75%), Bình (75%).',
    );
  });

  it('lists the communes not added up, why, and what to do about each', () => {
    const table = paragraphAfter('IV. CÁC XÃ CHƯA CỘNG ĐƯỢC SỐ LIỆU') ?? '';
    const lines = table.split('\n').slice(1);
    expect(lines.map((l) => l.split('\t').slice(0, 3).join('|'))).toEqual([
      '1|Châu|Còn lỗi dữ liệu',
      '2|Dương|Chưa chia sẻ',
      '3|Đông|Chưa tổng hợp năm nay',
      '4|Giang|Mẫu cũ',
      '5|Hà|Số liệu hỏng',
    ]);
    expect(lines[1]).toMatch(/Đề nghị xã chia sẻ bảng tính/u);
  });

  it('is signed by the association with the default recipients when none are set', () => {
    const sig = allBlocks(doc).find((b) => b.kind === 'signature');
    expect(sig).toMatchObject({
      // The signer's title and name do not break across lines.
      titleLines: ['TM. BAN THƯỜNG VỤ', noBreak('CHỦ TỊCH')],
      name: noBreak('Lê Văn Tâm'),
      recipients: [
        '- UBND tỉnh Thanh Hóa (b/c);',
        '- Trung ương Hội Khuyến học Việt Nam (b/c);',
        '- Các xã, phường, đặc khu;',
        '- Lưu: VT.',
      ],
    });
  });

  it('renders as a .docx with the same words', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(doc));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('Kính gửi: Ủy ban nhân dân tỉnh Thanh Hóa.');
    expect(xml).toContain('CÁC XÃ CHƯA CỘNG ĐƯỢC SỐ LIỆU');
  });
});
