// Reading the figures back from a "Tổng hợp" sheet as an officer reads it: by the section headers' words,
// so that a reworded label or a moved column is followed rather than misread.
export type Shown = string | null;

export interface ShownTitle {
  total: number | null;
  registered: number | null;
  recognised: number | null;
  percent: Shown;
}
export interface ShownVillage {
  name: string;
  cells: Map<string, unknown>;
}
export interface ShownSummary {
  titles: Map<string, ShownTitle>;
  villages: ShownVillage[];
  commune: ShownVillage | null;
  /** Section IV lines: label key → the value shown. */
  lines: Map<string, unknown>;
}

/** Lowercase, no diacritics, no punctuation, single spaces: "GĐHT (%)" → "gdht". */
export const fold = (v: unknown): string =>
  String(v ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/\(%\)|%/gu, ' ')
    .replace(/[^a-z0-9]+/gu, ' ')
    .trim();

const roundHalfUp1 = (n: number): number =>
  Number(`${Math.round(Number(`${Math.abs(n)}e1`))}e-1`) * Math.sign(n);

/**
 * A percentage cell as shown with one decimal ("46,7"). A dash, a blank or "chưa tính được" is null (not
 * computable); anything else (NaN, Infinity, 1e+21, other words) is returned as it stands, so it never matches.
 */
export const shownPercent = (v: unknown): Shown => {
  if (typeof v === 'number')
    return Number.isFinite(v) ? roundHalfUp1(v).toFixed(1).replace('.', ',') : String(v);
  const t = String(v ?? '')
    .replace(/%/gu, '')
    .trim();
  if (t === '' || t === '–' || t === '-' || /^chua (tinh|danh gia)/u.test(fold(t))) return null;
  if (/^-?\d{1,3}(\.\d{3})*(,\d+)?$|^-?\d+(,\d+)?$/u.test(t))
    return roundHalfUp1(Number(t.replace(/\./gu, '').replace(',', '.')))
      .toFixed(1)
      .replace('.', ',');
  return t;
};

export const shownCount = (v: unknown): number | null => {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^\d{1,3}(\.\d{3})*$|^\d+$/u.test(v.trim()))
    return Number(v.replace(/\./gu, ''));
  return null;
};

const TITLE_KEYS: [string, string][] = [
  ['gia dinh', 'family'],
  ['dong ho', 'clan'],
  ['cong dong', 'community'],
  ['don vi', 'unit'],
  ['cong dan', 'citizen'],
];

const isBlankRow = (row: readonly unknown[] | undefined) => !row || row.every((c) => fold(c) === '');

export const readSummary = (values: readonly (readonly unknown[])[]): ShownSummary => {
  const titles = new Map<string, ShownTitle>();
  const villages: ShownVillage[] = [];
  let commune: ShownVillage | null = null;
  const lines = new Map<string, unknown>();
  for (let r = 0; r < values.length; r++) {
    const row = values[r] ?? [];
    const first = fold(row[0]);
    if (first === 'danh hieu') {
      const col = (words: string) => row.findIndex((c) => fold(c) === words);
      const at = {
        total: col('tong so'),
        registered: col('dang ky'),
        recognised: col('cong nhan'),
        percent: col('ty le cong nhan'),
      };
      for (let k = r + 1; k < values.length && !isBlankRow(values[k]); k++) {
        const line = values[k] ?? [];
        const key = TITLE_KEYS.find(([w]) => fold(line[0]).startsWith(w))?.[1];
        if (!key) continue;
        titles.set(key, {
          total: at.total < 0 ? null : shownCount(line[at.total]),
          registered: at.registered < 0 ? null : shownCount(line[at.registered]),
          recognised: at.recognised < 0 ? null : shownCount(line[at.recognised]),
          percent: at.percent < 0 ? null : shownPercent(line[at.percent]),
        });
      }
    } else if (/^(thon|to dan pho|ten thon)\b/u.test(first) && row.some((c) => fold(c) === 'tong so ho')) {
      const headers = row.map(fold);
      for (let k = r + 1; k < values.length && !isBlankRow(values[k]); k++) {
        const line = values[k] ?? [];
        const cells = new Map(headers.map((h, c) => [h, line[c]] as [string, unknown]));
        const entry = { name: String(line[0] ?? ''), cells };
        if (/^toan /u.test(fold(line[0]))) commune = entry;
        else villages.push(entry);
      }
    } else if (row.length > 0 && first !== '') {
      const value = row.slice(1).find((c) => fold(c) !== '');
      lines.set(first, value ?? '');
    }
  }
  return { titles, villages, commune, lines };
};
