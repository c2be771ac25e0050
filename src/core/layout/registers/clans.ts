// The "Dòng họ" register sheet.
import { commonColumns } from '../common-columns';
import type { RegisterSpec } from '../schema';

const common = commonColumns('DHHT');

export const clansRegister = {
  key: 'clans',
  sheet: 'Dòng họ',
  synonyms: ['Dong ho', 'Danh sách dòng họ', 'DHHT', 'Dòng họ học tập'],
  title: 'clan',
  criteriaAfter: 'registered',
  labelColumn: 'name',
  columns: [
    common.order,
    {
      key: 'name',
      header: 'Tên dòng họ',
      synonyms: ['Dòng họ', 'Họ', 'Tên họ'],
      kind: 'text',
      required: true,
      note: 'Tên dòng họ, ví dụ: Họ Nguyễn Văn (chi 2).',
      width: 24,
    },
    {
      key: 'leader',
      header: 'Trưởng họ',
      synonyms: ['Trưởng tộc', 'Họ tên trưởng họ'],
      kind: 'text',
      required: false,
      note: 'Họ và tên trưởng họ.',
      width: 22,
    },
    {
      key: 'villages',
      header: 'Thôn',
      synonyms: ['Các thôn', 'Địa bàn', 'Thôn cư trú'],
      kind: 'villages',
      required: true,
      note: 'Thôn nơi dòng họ cư trú; nhiều thôn thì cách nhau bởi dấu phẩy. Thôn đầu tiên là nơi dòng họ được bình xét.',
      width: 20,
    },
    {
      key: 'households',
      header: 'Số hộ',
      synonyms: ['Số hộ trong dòng họ'],
      kind: 'integer',
      required: false,
      note: 'Số hộ thuộc dòng họ.',
      width: 8,
    },
    common.registered,
    common.total,
    common.result,
    common.evidence,
    common.remark,
  ],
} as const satisfies RegisterSpec;
