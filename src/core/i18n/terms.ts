// The domain's words, keyed by code: every sheet, report, preset and reader takes its spelling from here.
import type { TitleCode } from '../layout/schema';
import type { CitizenGroup } from '../registers/schema';
import type { IndicatorCode } from '../targets/schema';

interface TitleTerm {
  /** "Gia đình học tập": the title's name in quotes, headings, dropdowns. */
  name: string;
  /** "GĐHT": the abbreviation of narrow table columns. */
  short: string;
  /** "hộ": what a count of this title counts ("3.412 hộ", "còn thiếu 90 hộ"). */
  unit: string;
  /** "hộ gia đình": who is recognised, as a decision's article names them. */
  subject: string;
}

export const titleTerms: Record<TitleCode, TitleTerm> = {
  family: { name: 'Gia đình học tập', short: 'GĐHT', unit: 'hộ', subject: 'hộ gia đình' },
  clan: { name: 'Dòng họ học tập', short: 'DHHT', unit: 'dòng họ', subject: 'dòng họ' },
  community: { name: 'Cộng đồng học tập', short: 'CĐHT', unit: 'thôn', subject: 'thôn (tổ dân phố)' },
  unit: { name: 'Đơn vị học tập', short: 'ĐVHT', unit: 'đơn vị', subject: 'cơ quan, đơn vị' },
  citizen: { name: 'Công dân học tập', short: 'CDHT', unit: 'người', subject: 'công dân' },
};

/** "Gia đình học tập (hộ)": a title with what it counts, as table rows show it. */
export const titleWithUnit = (title: TitleCode): string =>
  `${titleTerms[title].name} (${titleTerms[title].unit})`;

/**
 * A citizen group has two forms of one term: `option`, the value picked in the register's "Đối tượng" dropdown
 * (short, so the column stays narrow), and `label`, the group's name in every table and sentence of the
 * "Tổng hợp" sheet and the reports.
 */
export const citizenGroupTerms: Record<CitizenGroup, { option: string; label: string }> = {
  resident: { option: 'Người dân/Nông dân', label: 'Người dân, nông dân' },
  worker: { option: 'Người lao động', label: 'Người lao động' },
  official: { option: 'CBCCVC', label: 'Cán bộ, công chức, viên chức' },
  student: { option: 'Học sinh/Sinh viên', label: 'Học sinh, sinh viên' },
};

export const citizenGroupCodes = [
  'resident',
  'worker',
  'official',
  'student',
] as const satisfies CitizenGroup[];

interface IndicatorTerm {
  /** "Gia đình học tập (% hộ)": the name on the "Chỉ tiêu" sheet's dropdown and in the reports. */
  label: string;
  /** "GĐHT", "CDHT người lớn": for table cells. */
  short: string;
  /** What a shortfall counts ("còn thiếu 90 hộ"); empty for a free-form indicator. */
  unit: string;
}

const { family, clan, community, unit, citizen } = titleTerms;
const ofTitle = (t: TitleTerm): IndicatorTerm => ({
  label: `${t.name} (% ${t.unit})`,
  short: t.short,
  unit: t.unit,
});
const ofCitizens = (population: string, short: string): IndicatorTerm => ({
  label: `${citizen.name} (% ${population})`,
  short: `${citizen.short} ${short}`,
  unit: citizen.unit,
});

export const indicatorTerms: Record<IndicatorCode, IndicatorTerm> = {
  family: ofTitle(family),
  clan: ofTitle(clan),
  community: ofTitle(community),
  unit: ofTitle(unit),
  citizenAdults: ofCitizens('người lớn', 'người lớn'),
  citizenWorkers: ofCitizens('người lao động', 'người lao động'),
  citizenOfficials: ofCitizens('CBCCVC trong đơn vị', 'CBCCVC'),
  citizenAll: ofCitizens('công dân', 'công dân'),
  citizenDigital: { label: 'CDHT có kỹ năng số (%)', short: 'CDHT có kỹ năng số', unit: citizen.unit },
  citizenDigitalPro: {
    label: 'CDHT thành thạo kỹ năng số (%)',
    short: 'CDHT thành thạo kỹ năng số',
    unit: citizen.unit,
  },
  custom: { label: 'Chỉ tiêu khác', short: 'Chỉ tiêu khác', unit: '' },
};

/** A result against a rule or a target, in every table: "Đạt", "Chưa đạt", "Chưa tính được". */
export const verdictTerms = {
  met: 'Đạt',
  missed: 'Chưa đạt',
  /** A target whose figure cannot be computed. */
  unknown: 'Chưa đánh giá được',
  /** A figure whose inputs are absent. */
  notComputable: 'Chưa tính được',
} as const;

/** A target's scope as the "Chỉ tiêu" sheet's dropdown and the "Tổng hợp" sheet spell it. */
export const scopeTerms = { commune: 'Toàn xã', everyVillage: 'Từng thôn' } as const;

/** A citizen's digital skills, as the "Công dân" sheet's dropdown and the annex list spell them. */
export const digitalTerms = { none: 'Không', basic: 'Có', proficient: 'Thành thạo' } as const;

/** What a village is called, in the "Thôn" sheet's dropdown order; the first is the default. */
export const villageKindTerms = [
  'Thôn',
  'Tổ dân phố',
  'Bản',
  'Ấp',
  'Khu phố',
  'Khóm',
  'Buôn',
  'Làng',
  'Xóm',
] as const;

/** What a unit is, in the "Đơn vị" sheet's dropdown order; the last is the default. */
export const unitKindTerms = [
  'Cơ quan',
  'Trường học',
  'Doanh nghiệp',
  'Cơ sở sản xuất',
  'Tổ chức',
  'Đơn vị khác',
] as const;

/** What the commune is (since 1 July 2025): the "Cấu hình" sheet's dropdown; the first is the default. */
export const communeKindTerms = ['Xã', 'Phường', 'Đặc khu'] as const;

// The dropdowns of the workbook layout (src/core/layout/), in the spellings above.
const { resident, worker, official, student } = citizenGroupTerms;
export const citizenGroupOptions = [resident.option, worker.option, official.option, student.option] as const;
export const digitalOptions = [digitalTerms.none, digitalTerms.basic, digitalTerms.proficient] as const;
export const scopeOptions = [scopeTerms.commune, scopeTerms.everyVillage] as const;
export const titleNameOptions = [family.name, clan.name, community.name, unit.name, citizen.name] as const;
export const indicatorLabelOptions = [
  indicatorTerms.family.label,
  indicatorTerms.clan.label,
  indicatorTerms.community.label,
  indicatorTerms.unit.label,
  indicatorTerms.citizenAdults.label,
  indicatorTerms.citizenWorkers.label,
  indicatorTerms.citizenOfficials.label,
  indicatorTerms.citizenAll.label,
  indicatorTerms.citizenDigital.label,
  indicatorTerms.citizenDigitalPro.label,
  indicatorTerms.custom.label,
] as const;
