// The "Công dân" register sheet.
import { citizenGroupOptions, digitalOptions } from '../../i18n/terms';
import { commonColumns } from '../common-columns';
import type { RegisterSpec } from '../schema';

const common = commonColumns('CDHT');

/** The group dropdown, in the spelling of terms.ts (its `option` form). */
export const CITIZEN_GROUPS = citizenGroupOptions;

export const citizensRegister = {
  key: 'citizens',
  sheet: 'Công dân',
  synonyms: ['Cong dan', 'Danh sách công dân', 'CDHT', 'Công dân học tập'],
  title: 'citizen',
  criteriaAfter: 'registered',
  labelColumn: 'name',
  columns: [
    common.order,
    {
      key: 'name',
      header: 'Họ và tên',
      synonyms: ['Họ tên', 'Tên', 'Họ và tên công dân'],
      kind: 'text',
      required: true,
      note: 'Họ và tên công dân, có dấu.',
      width: 24,
    },
    {
      key: 'birthYear',
      header: 'Năm sinh',
      synonyms: ['Ngày sinh', 'Ngày tháng năm sinh'],
      kind: 'year',
      required: false,
      note: 'Năm sinh (hoặc ngày sinh dd/mm/yyyy).',
      width: 9,
    },
    {
      key: 'group',
      header: 'Nhóm',
      synonyms: ['Đối tượng', 'Nhóm đối tượng', 'Thành phần'],
      kind: 'enum',
      required: true,
      options: CITIZEN_GROUPS,
      note: 'Người dân/Nông dân, Người lao động, CBCCVC hoặc Học sinh/Sinh viên.',
      width: 18,
    },
    {
      key: 'village',
      header: 'Thôn',
      synonyms: ['Tên thôn', 'Tổ dân phố', 'Nơi cư trú'],
      kind: 'village',
      required: false,
      note: 'Thôn nơi cư trú (bắt buộc với người dân, người lao động, học sinh).',
      width: 14,
    },
    {
      key: 'unit',
      header: 'Đơn vị',
      synonyms: ['Cơ quan', 'Nơi công tác', 'Tên đơn vị'],
      kind: 'unit',
      required: false,
      note: 'Đơn vị công tác (bắt buộc với CBCCVC), như ở trang Đơn vị.',
      width: 24,
    },
    {
      key: 'digital',
      header: 'Kỹ năng số',
      synonyms: ['Kĩ năng số', 'Kỹ năng số (có/thành thạo)'],
      kind: 'enum',
      required: false,
      options: digitalOptions,
      note: 'Không, Có hoặc Thành thạo.',
      width: 11,
    },
    common.registered,
    common.total,
    common.result,
    common.evidence,
    common.remark,
  ],
} as const satisfies RegisterSpec;
