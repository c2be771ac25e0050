// The words plans use for titles, populations, comparisons, scopes and years, as folded text (no marks, lower case).
import type { IndicatorCode } from '../schema';

export type Title = 'family' | 'clan' | 'community' | 'unit' | 'citizen';

/** Title names, their short forms, as token sequences. */
export const titlePhrases: readonly { title: Title; tokens: readonly string[] }[] = [
  { title: 'family', tokens: ['gia', 'dinh', 'hoc', 'tap'] },
  { title: 'clan', tokens: ['dong', 'ho', 'hoc', 'tap'] },
  { title: 'community', tokens: ['cong', 'dong', 'hoc', 'tap'] },
  { title: 'unit', tokens: ['don', 'vi', 'hoc', 'tap'] },
  { title: 'citizen', tokens: ['cong', 'dan', 'hoc', 'tap'] },
];
/** "cdht" is Công dân học tập unless the plan wrote "CĐHT" (Cộng đồng), which the original text tells. */
export const titleAbbreviations: Readonly<Record<string, Title>> = {
  gdht: 'family',
  dhht: 'clan',
  dvht: 'unit',
  cdht: 'citizen',
};

export type Population =
  | {
      kind: 'person';
      indicator: 'citizenAdults' | 'citizenWorkers' | 'citizenOfficials' | 'citizenAll' | null;
    }
  | { kind: 'base'; title: Exclude<Title, 'citizen'> }
  | { kind: 'association' };

/** Who a percentage counts, as the words right after it say; longest first. */
export const populations: readonly { tokens: readonly string[]; population: Population }[] = (
  [
    [['hoi', 'vien'], { kind: 'association' }],
    [['hoi', 'khuyen', 'hoc'], { kind: 'association' }],
    [['chi', 'hoi'], { kind: 'association' }],
    [['nguoi', 'lon'], { kind: 'person', indicator: 'citizenAdults' }],
    [['nguoi', 'lao', 'dong'], { kind: 'person', indicator: 'citizenWorkers' }],
    [['lao', 'dong'], { kind: 'person', indicator: 'citizenWorkers' }],
    [['cbccvc'], { kind: 'person', indicator: 'citizenOfficials' }],
    [['cbcc'], { kind: 'person', indicator: 'citizenOfficials' }],
    [['cong', 'chuc'], { kind: 'person', indicator: 'citizenOfficials' }],
    [['vien', 'chuc'], { kind: 'person', indicator: 'citizenOfficials' }],
    [['can', 'bo'], { kind: 'person', indicator: 'citizenOfficials' }],
    [['cong', 'dan'], { kind: 'person', indicator: 'citizenAll' }],
    [['nguoi', 'dan'], { kind: 'person', indicator: 'citizenAll' }],
    [['nhan', 'dan'], { kind: 'person', indicator: 'citizenAll' }],
    [['dan', 'so'], { kind: 'person', indicator: 'citizenAll' }],
    [['nhan', 'khau'], { kind: 'person', indicator: 'citizenAll' }],
    [['nguoi'], { kind: 'person', indicator: null }],
    [['ho', 'gia', 'dinh'], { kind: 'base', title: 'family' }],
    [['gia', 'dinh'], { kind: 'base', title: 'family' }],
    [['ho'], { kind: 'base', title: 'family' }],
    [['dong', 'ho'], { kind: 'base', title: 'clan' }],
    [['cong', 'dong'], { kind: 'base', title: 'community' }],
    [['khu', 'dan', 'cu'], { kind: 'base', title: 'community' }],
    [['to', 'dan', 'pho'], { kind: 'base', title: 'community' }],
    [['khu', 'pho'], { kind: 'base', title: 'community' }],
    [['thon'], { kind: 'base', title: 'community' }],
    [['ban'], { kind: 'base', title: 'community' }],
    [['ap'], { kind: 'base', title: 'community' }],
    [['lang'], { kind: 'base', title: 'community' }],
    [['don', 'vi'], { kind: 'base', title: 'unit' }],
    [['co', 'quan'], { kind: 'base', title: 'unit' }],
    [['truong', 'hoc'], { kind: 'base', title: 'unit' }],
    [['doanh', 'nghiep'], { kind: 'base', title: 'unit' }],
    [['to', 'chuc'], { kind: 'base', title: 'unit' }],
    [['co', 'so'], { kind: 'base', title: 'unit' }],
  ] as const
)
  .map(([tokens, population]) => ({ tokens, population: population as Population }))
  .sort((a, b) => b.tokens.length - a.tokens.length);

/** Words between the percentage and the population: "85% số hộ", "90% các dòng họ", "80% những người". */
export const fillers = new Set(['so', 'cac', 'nhung', 'tong', 'tren', 'moi', 'toan', 'bo', 'the']);

export const titleIndicator: Record<Exclude<Title, 'citizen'>, IndicatorCode> = {
  family: 'family',
  clan: 'clan',
  community: 'community',
  unit: 'unit',
};

/** Indicators the engine measures village by village (src/core/targets/evaluate.ts, villageRatio). */
export const villageIndicators: ReadonlySet<IndicatorCode> = new Set([
  'family',
  'clan',
  'citizenAdults',
  'citizenWorkers',
  'citizenAll',
]);

// Comparison words right before the number, and after it.
export const GREATER_BEFORE = /(?:>|\btren|\bhon|\bvuot|\bcao hon|\blon hon)\s*$/u;
export const AT_LEAST_BEFORE = /(?:≥|>=|\bit nhat|\btoi thieu|\btu|\bdat|\bphan dau|\bbang|\bco)\s*$/u;
export const UPPER_BOUND_BEFORE = /(?:<|≤|<=|\bduoi|\bkhong qua|\btoi da|\bit hon|\bthap hon)\s*$/u;
export const RELATIVE_BEFORE =
  /(?:\btang|\bgiam|\btang them|\btang len|\bnang len|\bthem|\bkhoang|\bgan|\bxap xi)\s*$/u;
export const UPPER_BOUND_AFTER = /^\s*(?:tro xuong|tro lai)/u;
export const RELATIVE_AFTER = /^\s*(?:so voi|so nam)/u;
export const RANGE_AFTER = /^\s*(?:-|–|—|den|toi)\s*\d{1,3}(?:[.,]\d+)?\s*%/u;

/** A percentage: "85%", "85 %", "85,5%", "85 phần trăm", and the "85 o/o" of old typewritten plans. */
export const PERCENT = /(?<![\d.,/])(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:%|％|phan tram\b|°\/o|o\/o|0\/0)/gu;

/** "đến năm 2028", "năm 2026", "đến 2030", "vào cuối năm 2027". */
export const YEAR = /\b(?:(?:nam(?: hoc)?|den|toi|het)\s+)(20\d\d)\b/gu;
/** "giai đoạn 2026 - 2030": the period's end. */
export const PERIOD = /\bgiai doan\s+(20\d\d)\s*[-–—]\s*(20\d\d)\b/gu;
/** A year in a table header cell: "Năm 2028", "2028". */
export const HEADER_YEAR = /(?<![\d/.-])(20\d\d)(?![\d/.-])/gu;

/** "100% các thôn, đơn vị … đạt được các mục tiêu sau", "từng thôn", "tất cả các thôn": every village. */
export const EVERY_VILLAGE_PREAMBLE =
  /\b100\s*%\s*(?:cac |so )?(?:thon|to dan pho|khu dan cu|ban|ap|khu pho|lang)\b[^%]*?\b(?:dat|thuc hien|hoan thanh)\b[^%]*\b(?:muc tieu|chi tieu)\b/u;
export const EVERY_VILLAGE =
  /\b(?:tung |moi |tat ca (?:cac )?|100\s*% (?:cac |so )?)(?:thon|to dan pho|khu dan cu|ban|ap|khu pho)\b(?:[^%]*\bdeu\b)?/u;

/** Words that make a sentence look like a target even when it cannot be read. */
export const TARGET_WORDS = /\b(?:phan dau|chi tieu|muc tieu|dat danh hieu|duoc cong nhan)\b/u;
/** Sections whose percentages are past results, not targets. */
export const RESULT_SECTION = /\b(?:ket qua|thuc trang|tinh hinh|danh gia)\b/u;
export const TARGET_SECTION = /\b(?:muc tieu|chi tieu)\b/u;
export const RECOGNITION = /\b(?:dat danh hieu|duoc cong nhan|dat chuan|cong nhan)\b/u;
export const DIGITAL = /\bky nang so\b/u;
export const DIGITAL_PRO = /\bthanh thao\b/u;
