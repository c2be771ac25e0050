// The "Thôn" register sheet.
import { villageKindTerms } from '../../i18n/terms';
import { commonColumns } from '../common-columns';
import type { RegisterSpec } from '../schema';

const common = commonColumns('CĐHT');

export const VILLAGE_KINDS = villageKindTerms;

export const villagesRegister = {
  key: 'villages',
  sheet: 'Thôn',
  synonyms: ['Thon', 'Danh sách thôn', 'Tổ dân phố', 'Thôn, tổ dân phố', 'Cộng đồng'],
  title: 'community',
  criteriaAfter: 'registered',
  labelColumn: 'name',
  columns: [
    common.order,
    {
      key: 'name',
      header: 'Tên thôn',
      synonyms: ['Thôn', 'Tên thôn/tổ dân phố', 'Thôn/Tổ dân phố', 'Tổ dân phố', 'Tên', 'Khu dân cư'],
      kind: 'text',
      required: true,
      note: 'Tên thôn, tổ dân phố như dùng ở các trang khác (ví dụ: Thôn 3).',
      width: 18,
    },
    {
      key: 'kind',
      header: 'Loại',
      synonyms: ['Loại địa bàn'],
      kind: 'enum',
      required: false,
      options: VILLAGE_KINDS,
      note: 'Thôn, Tổ dân phố, Bản, Ấp…',
      width: 12,
    },
    {
      key: 'households',
      header: 'Tổng số hộ',
      synonyms: ['Số hộ', 'Tổng hộ', 'Hộ gia đình'],
      kind: 'integer',
      required: true,
      note: 'Tổng số hộ gia đình của thôn (mẫu số của tỷ lệ Gia đình học tập).',
      width: 10,
    },
    {
      key: 'clans',
      header: 'Tổng số dòng họ',
      synonyms: ['Số dòng họ', 'Dòng họ'],
      kind: 'integer',
      required: false,
      note: 'Số dòng họ có trên địa bàn thôn.',
      width: 10,
    },
    {
      key: 'population',
      header: 'Số nhân khẩu',
      synonyms: ['Nhân khẩu', 'Dân số', 'Số dân'],
      kind: 'integer',
      required: false,
      note: 'Tổng số nhân khẩu (mẫu số của tỷ lệ công dân học tập).',
      width: 10,
    },
    {
      key: 'adults',
      header: 'Số người lớn',
      synonyms: ['Người lớn', 'Số người từ 18 tuổi'],
      kind: 'integer',
      required: false,
      note: 'Số người từ 18 tuổi trở lên.',
      width: 10,
    },
    {
      key: 'workers',
      header: 'Số người lao động',
      synonyms: ['Người lao động', 'Số lao động', 'Lao động'],
      kind: 'integer',
      required: false,
      note: 'Số người trong độ tuổi lao động.',
      width: 10,
    },
    common.registered,
    common.total,
    common.result,
    common.evidence,
    common.remark,
  ],
} as const satisfies RegisterSpec;
