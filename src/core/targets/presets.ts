// Targets from real plans, as data: plan 000 (xã Quảng Ngọc 2026–2030), plan 004 (phường Kim Trà 2026), QĐ 387.
import { indicatorTerms } from '../i18n/terms';
import { foldKey } from '../text/normalize';
import { indicatorCodes, type IndicatorCode, type TargetPreset as TargetPresetT } from './schema';

const byIndicator = <T>(f: (code: IndicatorCode) => T) =>
  Object.fromEntries(indicatorCodes.map((c) => [c, f(c)])) as Record<IndicatorCode, T>;

/** "Gia đình học tập (% hộ)", from the vocabulary (i18n/terms.ts). */
export const indicatorLabels = byIndicator((c) => indicatorTerms[c].label);
export const indicatorLabel = (code: IndicatorCode): string => indicatorLabels[code];

export const indicatorFromLabel = (text: string): IndicatorCode | undefined => {
  const key = foldKey(text);
  return (Object.entries(indicatorLabels) as [IndicatorCode, string][]).find(
    ([code, label]) => foldKey(label) === key || foldKey(code) === key,
  )?.[0];
};

const QN = 'Kế hoạch của UBND xã Quảng Ngọc giai đoạn 2026–2030';
const QD387 = 'Quyết định số 387/QĐ-TTg ngày 25/3/2022';

// Plain data, not parsed at load: tests/core/static-data.test.ts checks it against the schema.
export const targetPresets: TargetPresetT[] = [
  {
    id: 'quang-ngoc-2026-2030',
    name: 'Quảng Ngọc 2026-2030',
    source: QN,
    planStart: 2026,
    planEnd: 2030,
    targets: [
      // 2028: "100% các thôn, đơn vị" must reach these, so every village is measured.
      { indicator: 'family', year: 2028, comparison: '>=', percent: 90, scope: 'everyVillage', source: QN },
      { indicator: 'clan', year: 2028, comparison: '>=', percent: 90, scope: 'everyVillage', source: QN },
      { indicator: 'community', year: 2028, comparison: '>=', percent: 95, scope: 'commune', source: QN },
      { indicator: 'unit', year: 2028, comparison: '>=', percent: 95, scope: 'commune', source: QN },
      {
        indicator: 'citizenAdults',
        year: 2028,
        comparison: '>=',
        percent: 65,
        scope: 'everyVillage',
        source: QN,
      },
      {
        indicator: 'citizenOfficials',
        year: 2028,
        comparison: '>=',
        percent: 90,
        scope: 'commune',
        source: QN,
      },
      {
        indicator: 'citizenDigital',
        year: 2028,
        comparison: '>=',
        percent: 80,
        scope: 'commune',
        source: QN,
      },
      {
        indicator: 'citizenDigitalPro',
        year: 2028,
        comparison: '>=',
        percent: 60,
        scope: 'commune',
        source: QN,
      },
      {
        indicator: 'custom',
        year: 2028,
        comparison: '>=',
        percent: 100,
        scope: 'commune',
        source: QN,
        label: 'Cán bộ, hội viên Hội Khuyến học được tập huấn, quán triệt (%)',
      },
      { indicator: 'family', year: 2030, comparison: '>=', percent: 90, scope: 'commune', source: QN },
      { indicator: 'clan', year: 2030, comparison: '>=', percent: 90, scope: 'commune', source: QN },
      { indicator: 'community', year: 2030, comparison: '>=', percent: 95, scope: 'commune', source: QN },
      { indicator: 'unit', year: 2030, comparison: '>=', percent: 95, scope: 'commune', source: QN },
      {
        indicator: 'citizenWorkers',
        year: 2030,
        comparison: '>=',
        percent: 80,
        scope: 'commune',
        source: QN,
      },
      {
        indicator: 'citizenOfficials',
        year: 2030,
        comparison: '>=',
        percent: 100,
        scope: 'commune',
        source: QN,
      },
    ],
  },
  {
    id: 'kim-tra-2026',
    name: 'Kim Trà 2026',
    source: 'Kế hoạch của UBND phường Kim Trà năm 2026',
    planStart: 2026,
    planEnd: 2026,
    targets: [
      {
        indicator: 'citizenAll',
        year: 2026,
        comparison: '>',
        percent: 40,
        scope: 'commune',
        source: 'Kế hoạch phường Kim Trà 2026',
      },
      {
        indicator: 'custom',
        year: 2026,
        comparison: '>=',
        percent: 100,
        scope: 'commune',
        source: 'Kế hoạch phường Kim Trà 2026',
        label: 'Tổ dân phố triển khai các mô hình học tập (%)',
      },
    ],
  },
  {
    id: 'qd387-2025',
    name: 'QĐ 387 toàn quốc 2025',
    source: QD387,
    planStart: 2021,
    planEnd: 2025,
    targets: [
      { indicator: 'family', year: 2025, comparison: '>=', percent: 70, scope: 'commune', source: QD387 },
      { indicator: 'clan', year: 2025, comparison: '>=', percent: 65, scope: 'commune', source: QD387 },
      { indicator: 'community', year: 2025, comparison: '>=', percent: 65, scope: 'commune', source: QD387 },
      { indicator: 'unit', year: 2025, comparison: '>=', percent: 80, scope: 'commune', source: QD387 },
      {
        indicator: 'citizenWorkers',
        year: 2025,
        comparison: '>=',
        percent: 40,
        scope: 'commune',
        source: QD387,
      },
      {
        indicator: 'citizenOfficials',
        year: 2025,
        comparison: '>=',
        percent: 60,
        scope: 'commune',
        source: QD387,
      },
    ],
  },
];

/** By id ('quang-ngoc-2026-2030') or by the name shown in the dropdown ('Quảng Ngọc 2026-2030'), any spelling. */
export const findPreset = (idOrName: string): TargetPresetT | undefined => {
  const key = foldKey(idOrName);
  return targetPresets.find((p) => foldKey(p.id) === key || foldKey(p.name) === key);
};

/** What a shortfall counts: "còn thiếu 90 hộ". */
export const indicatorUnits = byIndicator((c) => indicatorTerms[c].unit);

/** Short names for table cells: "GĐHT", "CDHT người lớn". */
export const indicatorShort = byIndicator((c) => indicatorTerms[c].short);

export { titleWithUnit } from '../i18n/terms';
