// The "Đơn vị" register sheet.
import { unitKindTerms } from '../../i18n/terms';
import { commonColumns } from '../common-columns';
import type { RegisterSpec } from '../schema';

const common = commonColumns('ĐVHT');

export const UNIT_KINDS = unitKindTerms;

export const unitsRegister = {
  key: 'units',
  sheet: 'Đơn vị',
  synonyms: ['Don vi', 'Cơ quan, đơn vị', 'Danh sách đơn vị', 'ĐVHT', 'Đơn vị học tập'],
  title: 'unit',
  criteriaAfter: 'registered',
  labelColumn: 'name',
  columns: [
    common.order,
    {
      key: 'name',
      header: 'Tên đơn vị',
      synonyms: ['Đơn vị', 'Cơ quan', 'Tên cơ quan', 'Tên cơ quan, đơn vị'],
      kind: 'text',
      required: true,
      note: 'Tên cơ quan, trường học, doanh nghiệp, cơ sở sản xuất do xã quản lý.',
      width: 30,
    },
    {
      key: 'kind',
      header: 'Loại đơn vị',
      synonyms: ['Loại', 'Loại hình'],
      kind: 'enum',
      required: false,
      options: UNIT_KINDS,
      note: 'Cơ quan, Trường học, Doanh nghiệp, Cơ sở sản xuất, Tổ chức.',
      width: 14,
    },
    {
      key: 'village',
      header: 'Thôn',
      synonyms: ['Địa bàn', 'Địa chỉ'],
      kind: 'village',
      required: false,
      note: 'Thôn nơi đơn vị đóng (không bắt buộc).',
      width: 14,
    },
    {
      key: 'staff',
      header: 'Số CBCCVC, người lao động',
      synonyms: ['Số CBCCVC', 'Số cán bộ', 'Số người', 'Tổng số CBCCVC', 'Số lao động'],
      kind: 'integer',
      required: true,
      note: 'Tổng số cán bộ, công chức, viên chức, người lao động của đơn vị.',
      width: 12,
    },
    common.registered,
    common.total,
    common.result,
    common.evidence,
    common.remark,
  ],
} as const satisfies RegisterSpec;
