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

/** A commune's family figure as the province reads it, scored with the province's criteria. */
export const communeFigure = (
  commune: string,
  code: string,
  numerator: number | null,
  denominator: number | null,
  over: Partial<SummaryRow> = {},
): SummaryRow =>
  summaryRow({
    communeCode: code,
    commune,
    numerator,
    denominator,
    label: 'Gia đình học tập (% hộ)',
    criteriaSet: 'Bộ tiêu chí của tỉnh',
    generatedAt: '2026-12-01T00:00:00.000Z',
    ...over,
  });
