// The columns shared by every register sheet: registration, total, result, evidence, remark and the row number.
import type { ColumnSpec } from './schema';

const MARK_NOTE = 'Đánh dấu x (hoặc "có", ✓) nếu đã đăng ký; để trống nếu chưa.';
export const RESULT_OPTIONS = ['Đạt', 'Không đạt'] as const;
const RESULT_NOTE =
  'Kết quả do thôn/Hội đồng bình xét quyết định: Đạt hoặc Không đạt. Để trống nếu muốn hệ thống tính từ điểm các tiêu chí.';
const EVIDENCE_NOTE = 'Đường dẫn tới minh chứng (ảnh, biên bản) nếu có.';
/**
 * When only a total arrives, told in each sheet's own terms: citizens self-assess on congdanhoctap.vn, while a
 * household's, clan's, village's or unit's total comes from the assessment record.
 */
const TOTAL_EXAMPLES: Record<string, string> = {
  CDHT: 'công dân tự đánh giá trên congdanhoctap.vn',
  GĐHT: 'biên bản bình xét của thôn chỉ ghi tổng điểm của hộ',
  DHHT: 'biên bản của dòng họ chỉ ghi tổng điểm',
  CĐHT: 'biên bản đánh giá thôn chỉ ghi tổng điểm',
  ĐVHT: 'đơn vị tự chấm và chỉ báo tổng điểm',
};
const totalNote = (title: string): string => {
  const example = TOTAL_EXAMPLES[title];
  return `Tổng điểm, chỉ nhập khi không có điểm từng tiêu chí${example ? ` (ví dụ ${example})` : ''}.`;
};

/** The columns every register ends with (and starts with: STT); `title` is the title's short name, as in "Đăng ký GĐHT". */
export const commonColumns = (title: string) =>
  ({
    registered: {
      key: 'registered',
      header: 'Đăng ký',
      // "Đăng ký DH" for "Đăng ký DHHT": officers drop the "HT" (học tập) of the short name.
      synonyms: [
        'Đăng ký xây dựng',
        'ĐK',
        'Có đăng ký',
        `Đăng ký ${title}`,
        `Đăng ký ${title.replace(/HT$/u, '')}`,
      ],
      kind: 'mark',
      required: false,
      note: MARK_NOTE,
      width: 10,
    },
    total: {
      key: 'totalPoints',
      header: 'Tổng điểm',
      synonyms: ['Tổng', 'Điểm', 'Tổng cộng điểm', 'Điểm tổng', 'TĐ', 'Tổng số điểm', 'Điểm đạt được'],
      kind: 'number',
      required: false,
      note: totalNote(title),
      width: 10,
    },
    result: {
      key: 'result',
      header: 'Kết quả',
      synonyms: [
        'Kết quả bình xét',
        'Xếp loại',
        'Đạt/Không đạt',
        'Đạt/Chưa đạt',
        'Công nhận',
        'Kết quả đánh giá',
        'Kết quả xếp loại',
        'KQ',
        'XL',
      ],
      kind: 'result',
      required: false,
      options: RESULT_OPTIONS,
      note: RESULT_NOTE,
      width: 12,
    },
    evidence: {
      key: 'evidence',
      header: 'Minh chứng',
      synonyms: ['Link minh chứng', 'Đường dẫn minh chứng', 'Hồ sơ'],
      kind: 'url',
      required: false,
      note: EVIDENCE_NOTE,
      width: 24,
    },
    remark: {
      key: 'remark',
      header: 'Ghi chú',
      synonyms: [],
      kind: 'text',
      required: false,
      note: 'Ghi chú tự do.',
      width: 20,
    },
    order: {
      key: 'order',
      header: 'STT',
      synonyms: ['TT', 'Số TT', 'Số thứ tự'],
      kind: 'integer',
      required: false,
      note: 'Số thứ tự.',
      width: 6,
    },
  }) as const satisfies Record<string, ColumnSpec>;
