// Changes an officer's workbook may go through that must not change a figure: re-encoding, losing diacritics,
// moving columns, title rows above the table, stray spaces. Each maps a whole workbook description.
import { toTcvn3, toVni } from '../core/text/fixtures/legacy-encoders';
import { rng, type SheetSpec, type SpecCell, type WorkbookSpec } from './workbook-spec';

const mapText = (spec: WorkbookSpec, f: (s: string) => string, names = true): WorkbookSpec => ({
  ...spec,
  sheets: spec.sheets.map((s) => ({
    ...s,
    name: names ? f(s.name) : s.name,
    rows: s.rows.map((row) => row.map((c): SpecCell => (typeof c === 'string' ? f(c) : c))),
  })),
});

/** .VnTime has no capital toned letters (those were typed in .VnTimeH): such a letter is typed lowercase. */
const tcvn3Text = (s: string): string =>
  Array.from(s.normalize('NFC'))
    .map((ch) => {
      try {
        return toTcvn3(ch);
      } catch {
        return toTcvn3(ch.toLowerCase());
      }
    })
    .join('');

/** `sheetNames: false` leaves the sheet names in Unicode (a legacy list pasted into the template). */
export const toTcvn3Workbook = (spec: WorkbookSpec, sheetNames = true): WorkbookSpec =>
  mapText(spec, tcvn3Text, sheetNames);
export const toVniWorkbook = (spec: WorkbookSpec, sheetNames = true): WorkbookSpec =>
  mapText(spec, (s) => toVni(s), sheetNames);

export const stripDiacritics = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'D').normalize('NFC');
export const withoutDiacritics = (spec: WorkbookSpec): WorkbookSpec => mapText(spec, stripDiacritics);

/** Double spaces inside, a space before and after: what copying from Word or a second typist leaves. */
export const withStraySpaces = (spec: WorkbookSpec): WorkbookSpec =>
  mapText(spec, (s) => ` ${s.replace(/ /gu, '  ')} `, false);

const REGISTERS = /^(thôn|gia đình|dòng họ|đơn vị|công dân)$/iu;

/** The register sheets' columns in a seeded shuffled order (every row moved the same way). */
export const withShuffledColumns = (spec: WorkbookSpec, seed = 7): WorkbookSpec => ({
  ...spec,
  sheets: spec.sheets.map((s): SheetSpec => {
    if (!REGISTERS.test(s.name) || s.merges?.length) return s;
    const width = Math.max(...s.rows.map((r) => r.length));
    const order = Array.from({ length: width }, (_, i) => i);
    const next = rng(seed);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    return { ...s, rows: s.rows.map((row) => order.map((k) => row[k] ?? null)) };
  }),
});

/** Two title rows and a blank row above each register table, as printed lists have. */
export const withTitleRows = (spec: WorkbookSpec): WorkbookSpec => ({
  ...spec,
  sheets: spec.sheets.map((s): SheetSpec => {
    if (!REGISTERS.test(s.name) || s.merges?.length) return s;
    return {
      ...s,
      rows: [['UBND XÃ HÒA BÌNH'], [`DANH SÁCH ${s.name.toUpperCase()} NĂM 2026`], [], ...s.rows],
    };
  }),
});
