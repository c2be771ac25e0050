// The sheets the product writes and owns (the user's sheets are only read), and how Apps Script marks them.
import type { OwnedSheets } from './schema';

export const ownedSheets = {
  summary: 'Tổng hợp',
  problems: 'Lỗi dữ liệu',
  shareLog: 'Nhật ký gửi',
  /** The flat, versioned table the province reads (src/core/summary/schema.ts). */
  provinceSummary: 'Số liệu gửi tỉnh',
} as const satisfies OwnedSheets;

/** Developer-metadata key that marks a sheet as the product's own (Apps Script). */
export const OWNER_METADATA_KEY = 'khuyenhoc-sheets:owned';
