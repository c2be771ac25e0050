// One row of "Số liệu gửi tỉnh" for tests: a commune-level family figure of 2026 with nothing else set; each test
// names only what its case is about.
import type { SummaryRow } from '../../src/core/summary/schema';

export const summaryRow = (over: Partial<SummaryRow> = {}): SummaryRow => ({
  schemaVersion: 1,
  communeCode: '',
  commune: 'Hòa An',
  province: 'Thanh Hóa',
  year: 2026,
  indicator: 'family',
  label: '',
  level: 'commune',
  village: '',
  numerator: null,
  denominator: null,
  targetPercent: null,
  targetYear: null,
  criteriaSet: '',
  criteriaSample: false,
  errors: 0,
  warnings: 0,
  evidence: null,
  generatedAt: '',
  ...over,
});
