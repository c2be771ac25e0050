// The sheets the product writes and owns (the user's sheets are only read), and how Apps Script marks them.
import type { OwnedSheets } from './schema';

export const ownedSheets = {
  summary: 'Tổng hợp',
  problems: 'Lỗi dữ liệu',
  shareLog: 'Nhật ký gửi',
} as const satisfies OwnedSheets;

/** Developer-metadata key that marks a sheet as the product's own (Apps Script). */
export const OWNER_METADATA_KEY = 'khuyenhoc-sheets:owned';
