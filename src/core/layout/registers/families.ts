// The "Gia đình" register sheet.
import { commonColumns } from '../common-columns';
import type { RegisterSpec } from '../schema';

const common = commonColumns('GĐHT');

export const familiesRegister = {
  key: 'families',
  sheet: 'Gia đình',
  synonyms: ['Gia dinh', 'Hộ gia đình', 'Danh sách hộ', 'GĐHT', 'Gia đình học tập'],
  title: 'family',
  criteriaAfter: 'registered',
  labelColumn: 'head',
  columns: [
    common.order,
    {
      key: 'head',
      header: 'Họ tên chủ hộ',
      synonyms: ['Chủ hộ', 'Họ và tên chủ hộ', 'Tên chủ hộ', 'Họ tên'],
      kind: 'text',
      required: true,
      note: 'Họ và tên chủ hộ, có dấu.',
      width: 24,
    },
    {
      key: 'village',
      header: 'Thôn',
      synonyms: ['Tên thôn', 'Thôn/Tổ dân phố', 'Tổ dân phố', 'Địa chỉ'],
      kind: 'village',
      required: true,
      note: 'Tên thôn như ở trang Thôn.',
      width: 14,
    },
    {
      key: 'members',
      header: 'Số nhân khẩu',
      synonyms: ['Nhân khẩu', 'Số người'],
      kind: 'integer',
      required: false,
      note: 'Số người trong hộ.',
      width: 9,
    },
    common.registered,
    common.total,
    common.result,
    common.evidence,
    common.remark,
  ],
} as const satisfies RegisterSpec;
