// The "Chỉ tiêu" sheet: the commune's own targets, one indicator and year per row.
import { indicatorLabelOptions, scopeOptions } from '../i18n/terms';
import type { ColumnKeyOf, TableSheetSpec } from './schema';

/** The indicator dropdown: the labels of terms.ts in the order of the indicator codes. */
export const INDICATOR_LABELS = indicatorLabelOptions;

export const targetsSheet = {
  sheet: 'Chỉ tiêu',
  synonyms: ['Chi tieu', 'Mục tiêu'],
  columns: [
    {
      key: 'indicator',
      header: 'Chỉ tiêu',
      synonyms: ['Tên chỉ tiêu', 'Nội dung'],
      kind: 'enum',
      required: true,
      options: INDICATOR_LABELS,
      note: 'Chọn chỉ tiêu trong danh sách; "Chỉ tiêu khác" để nhập tử số, mẫu số bằng tay.',
      width: 40,
    },
    {
      key: 'year',
      header: 'Năm',
      synonyms: ['Mốc năm', 'Đến năm'],
      kind: 'year',
      required: true,
      note: 'Năm phải đạt chỉ tiêu (ví dụ 2028).',
      width: 8,
    },
    {
      key: 'comparison',
      header: 'So sánh',
      synonyms: ['Phép so sánh'],
      kind: 'enum',
      required: false,
      options: ['≥', '>'],
      note: '≥ (đạt từ tỷ lệ trở lên) hoặc > (trên tỷ lệ). Mặc định ≥.',
      width: 8,
    },
    {
      key: 'percent',
      header: 'Tỷ lệ (%)',
      synonyms: ['Tỷ lệ', '%', 'Chỉ tiêu (%)'],
      kind: 'number',
      required: true,
      note: 'Tỷ lệ phần trăm phải đạt, từ 0 đến 100.',
      width: 10,
    },
    {
      key: 'scope',
      header: 'Phạm vi',
      synonyms: ['Áp dụng'],
      kind: 'enum',
      required: false,
      options: scopeOptions,
      note: 'Toàn xã: tính chung cả xã. Từng thôn: mọi thôn đều phải đạt.',
      width: 12,
    },
    {
      key: 'label',
      header: 'Tên chỉ tiêu khác',
      synonyms: [],
      kind: 'text',
      required: false,
      note: 'Chỉ với "Chỉ tiêu khác": mô tả chỉ tiêu.',
      width: 30,
    },
    {
      key: 'numerator',
      header: 'Tử số',
      synonyms: ['Số đạt'],
      kind: 'number',
      required: false,
      note: 'Chỉ với "Chỉ tiêu khác": số đã đạt.',
      width: 8,
    },
    {
      key: 'denominator',
      header: 'Mẫu số',
      synonyms: ['Tổng số'],
      kind: 'number',
      required: false,
      note: 'Chỉ với "Chỉ tiêu khác": tổng số.',
      width: 8,
    },
    {
      key: 'source',
      header: 'Nguồn',
      synonyms: ['Căn cứ', 'Ghi chú'],
      kind: 'text',
      required: false,
      note: 'Văn bản đặt ra chỉ tiêu.',
      width: 24,
    },
  ],
} as const satisfies TableSheetSpec;

export type TargetColumnKey = ColumnKeyOf<typeof targetsSheet>;
