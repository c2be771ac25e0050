// The "Bộ tiêu chí" sheet: a commune's own criteria sets, one item per row; they replace the shipped set of their title.
import { titleNameOptions } from '../i18n/terms';
import type { ColumnKeyOf, TableSheetSpec } from './schema';

export const criteriaSheet = {
  sheet: 'Bộ tiêu chí',
  synonyms: ['Bo tieu chi', 'Tiêu chí'],
  columns: [
    {
      key: 'title',
      header: 'Danh hiệu',
      synonyms: [],
      kind: 'enum',
      required: true,
      options: titleNameOptions,
      note: 'Danh hiệu mà tiêu chí thuộc về.',
      width: 20,
    },
    {
      key: 'code',
      header: 'Mã',
      synonyms: ['Mã tiêu chí'],
      kind: 'text',
      required: true,
      note: 'Mã tiêu chí, trùng với tên cột điểm trên trang danh sách (TC1, TC2…).',
      width: 8,
    },
    {
      key: 'group',
      header: 'Nhóm',
      synonyms: ['Nhóm tiêu chí'],
      kind: 'text',
      required: false,
      note: 'Nhóm tiêu chí (nếu có).',
      width: 24,
    },
    {
      key: 'label',
      header: 'Nội dung tiêu chí',
      synonyms: ['Tiêu chí', 'Nội dung'],
      kind: 'text',
      required: true,
      note: 'Nội dung tiêu chí.',
      width: 50,
    },
    {
      key: 'max',
      header: 'Điểm tối đa',
      synonyms: ['Điểm chuẩn'],
      kind: 'number',
      required: true,
      note: 'Điểm tối đa của tiêu chí; ghi 0 cho chỉ số chỉ đánh giá đạt hoặc không đạt (không tính điểm).',
      width: 10,
    },
    {
      key: 'min',
      header: 'Điểm tối thiểu',
      synonyms: ['Điểm sàn'],
      kind: 'number',
      required: false,
      note: 'Điểm tối thiểu phải có ở tiêu chí này (để trống nếu không có).',
      width: 10,
    },
    {
      key: 'mandatory',
      header: 'Bắt buộc',
      synonyms: [],
      kind: 'mark',
      required: false,
      note: 'Đánh dấu x nếu không đạt tiêu chí này thì không đạt danh hiệu.',
      width: 9,
    },
    {
      key: 'passTotal',
      header: 'Điểm đạt',
      synonyms: ['Tổng điểm đạt'],
      kind: 'number',
      required: false,
      note: 'Ghi ở một dòng bất kỳ của danh hiệu: tổng điểm tối thiểu để đạt.',
      width: 9,
    },
  ],
} as const satisfies TableSheetSpec;

export type CriteriaColumnKey = ColumnKeyOf<typeof criteriaSheet>;
