// The province and BigQuery read "Số liệu gửi tỉnh" by position: a version's columns never change. Changing
// them means appending a new version to summaryColumnsByVersion and bumping SUMMARY_SCHEMA_VERSION.
import {
  SUMMARY_SCHEMA_VERSION,
  SummaryRow,
  summaryColumns,
  summaryColumnsByVersion,
} from '../../src/core/summary/schema';

const V1 = [
  'schemaVersion:Phiên bản mẫu',
  'communeCode:Mã xã',
  'commune:Tên xã',
  'province:Tỉnh',
  'year:Năm',
  'indicator:Mã chỉ số',
  'label:Chỉ số',
  'level:Cấp',
  'village:Thôn',
  'numerator:Tử số',
  'denominator:Mẫu số',
  'targetPercent:Chỉ tiêu (%)',
  'targetYear:Năm chỉ tiêu',
  'criteriaSet:Bộ tiêu chí',
  'criteriaSample:Tiêu chí mẫu',
  'errors:Số lỗi',
  'warnings:Số cảnh báo',
  'evidence:Có minh chứng',
  'generatedAt:Thời điểm tạo',
];

test('version 1 keeps its columns, in order, with their headers', () => {
  expect(summaryColumnsByVersion[0]?.map((c) => `${c.key}:${c.header}`)).toEqual(V1);
});

test('the current version is the last one listed, and its columns are exactly the row schema', () => {
  expect(summaryColumnsByVersion).toHaveLength(SUMMARY_SCHEMA_VERSION);
  expect(summaryColumns.map((c) => c.key).sort()).toEqual(Object.keys(SummaryRow.schema.shape).sort());
});
