// The sample commune with a few dozen realistic mistakes planted in place (no rows added or removed), each with
// the issue code and the cell where the engine must report it.
import type { IssueCode } from '../../src/core/i18n/issues';
import type { RegisterSpec } from '../../src/core/layout/schema';
import type { CellValue, WorkbookSnapshot } from '../../src/core/snapshot';
import { columnLetter } from '../../src/core/text/a1';
import { layout } from '../../src/core/layout';
import { createRandom, type Random } from './random';
import { registerShape } from './sheets';

export interface PlantedMistake {
  code: IssueCode;
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  /** Column letter; null when the engine reports the row as a whole. */
  column: string | null;
}

type RegisterKey = RegisterSpec['key'];
type Row = CellValue[];

/** Names typed with the legacy TCVN3 (ABC) fonts, as they arrive pasted from old .doc files. */
const TCVN3_NAMES = ['NguyÔn V¨n Hïng', 'TrÇn ThÞ Hoa', 'Lª ThÞ Hång', 'Ph¹m §øc Th¾ng'];

class Planter {
  readonly planted: PlantedMistake[] = [];
  private readonly used = new Set<string>();
  constructor(
    private readonly sheets: Record<string, Row[]>,
    private readonly rnd: Random,
  ) {}

  private shape(key: RegisterKey) {
    const shape = registerShape(key);
    const rows = this.sheets[shape.sheet] ?? [];
    const col = (k: string): number => {
      const c = shape.columns.findIndex((s) => s.key === k);
      if (c < 0)
        throw new Error(`no column ${k} on ${shape.sheet}`, { cause: { code: 'SAMPLE_COLUMN_MISSING' } });
      return c;
    };
    return { sheet: shape.sheet, rows, col };
  }

  /** A data row (0-based index into the sheet) that matches and has not been touched yet. */
  pick(key: RegisterKey, match: (get: (k: string) => CellValue) => boolean): number {
    const { sheet, rows, col } = this.shape(key);
    const candidates: number[] = [];
    for (let r = 1; r < rows.length; r++) {
      const row = rows[r] ?? [];
      if (!this.used.has(`${sheet}:${r}`) && match((k) => row[col(k)] ?? null)) candidates.push(r);
    }
    const r = candidates.length > 0 ? this.rnd.pick(candidates) : undefined;
    if (r === undefined) throw new Error(`no row to plant on ${sheet}`, { cause: { code: 'SAMPLE_NO_ROW' } });
    this.used.add(`${sheet}:${r}`);
    return r;
  }

  get(key: RegisterKey, r: number, k: string): CellValue {
    const { rows, col } = this.shape(key);
    return rows[r]?.[col(k)] ?? null;
  }

  set(key: RegisterKey, r: number, k: string, value: CellValue): void {
    const { rows, col } = this.shape(key);
    const row = rows[r];
    if (row) row[col(k)] = value;
  }

  /** Writes the value and records where the engine must report `code` (column of `at`, or the whole row). */
  plant(
    code: IssueCode,
    key: RegisterKey,
    r: number,
    k: string,
    value: CellValue,
    at: string | null = k,
  ): void {
    this.set(key, r, k, value);
    const { sheet, col } = this.shape(key);
    this.planted.push({ code, sheet, row: r + 1, column: at === null ? null : columnLetter(col(at)) });
  }
}

const num = (v: CellValue): number => (typeof v === 'number' ? v : NaN);
const scored = (get: (k: string) => CellValue) => typeof get('item:TC1') === 'number';
const totalOnlyRow = (get: (k: string) => CellValue) =>
  typeof get('totalPoints') === 'number' && get('item:TC1') === null;
const familySum = (get: (k: string) => CellValue): number =>
  [1, 2, 3, 4].reduce((s, n) => s + num(get(`item:TC${n}`)), 0);

const plantFamilies = (p: Planter): void => {
  p.plant('POINTS_OUT_OF_RANGE', 'families', p.pick('families', scored), 'item:TC1', 35);
  p.plant('POINTS_OUT_OF_RANGE', 'families', p.pick('families', scored), 'item:TC3', 200);
  p.plant('NOT_A_NUMBER', 'families', p.pick('families', scored), 'item:TC2', 'hai lăm');
  p.plant('SPREADSHEET_ERROR', 'families', p.pick('families', scored), 'item:TC4', '#N/A');
  p.plant(
    'REQUIRED_EMPTY',
    'families',
    p.pick('families', () => true),
    'head',
    null,
  );
  p.plant(
    'LEGACY_TEXT',
    'families',
    p.pick('families', () => true),
    'head',
    TCVN3_NAMES[0] ?? '',
  );
  p.plant(
    'BAD_MARK',
    'families',
    p.pick('families', (g) => g('registered') === 'x'),
    'registered',
    'chưa rõ',
  );
  p.plant(
    'BAD_RESULT',
    'families',
    p.pick('families', (g) => g('result') === 'Đạt'),
    'result',
    'Chờ xét',
  );
  p.plant(
    'NEGATIVE_NUMBER',
    'families',
    p.pick('families', () => true),
    'members',
    -3,
  );
  p.plant(
    'NOT_AN_INTEGER',
    'families',
    p.pick('families', () => true),
    'members',
    4.5,
  );
  // A village name with a letter dropped: "Thôn Đông" → "Thôn Đôn".
  const typo = p.pick('families', (g) => /^Thôn \D/u.test(String(g('village'))));
  p.plant(
    'UNKNOWN_VILLAGE',
    'families',
    typo,
    'village',
    String(p.get('families', typo, 'village')).slice(0, -1),
  );
  // The same head in the same village twice: reported on the later row.
  const first = p.pick('families', () => true);
  const again = p.pick(
    'families',
    (g) =>
      g('village') === p.get('families', first, 'village') &&
      num(g('order')) > num(p.get('families', first, 'order')),
  );
  p.plant('DUPLICATE_FAMILY', 'families', again, 'head', p.get('families', first, 'head'));
  // Decided "Không đạt" although the points pass (the sheet's result wins, with a warning).
  const contra = p.pick(
    'families',
    (g) =>
      scored(g) &&
      num(g('item:TC1')) >= 25 &&
      num(g('item:TC2')) >= 25 &&
      num(g('item:TC3')) + num(g('item:TC4')) >= 30,
  );
  p.plant('RESULT_CONTRADICTS_POINTS', 'families', contra, 'result', 'Không đạt');
  const mismatch = p.pick('families', (g) => scored(g) && familySum(g) <= 85);
  p.plant('TOTAL_MISMATCH', 'families', mismatch, 'totalPoints', 99);
  const unregistered = p.pick('families', (g) => g('registered') === null);
  p.plant('RECOGNISED_NOT_REGISTERED', 'families', unregistered, 'result', 'Đạt', 'registered');
};

const plantVillages = (p: Planter, sheets: Record<string, Row[]>): void => {
  const families = sheets[layout.registers.find((r) => r.key === 'families')?.sheet ?? ''] ?? [];
  const villageCol = registerShape('families').columns.findIndex((c) => c.key === 'village');
  const v = p.pick('villages', () => true);
  const listed = families.filter((row) => row[villageCol] === p.get('villages', v, 'name')).length;
  p.plant('FAMILIES_EXCEED_HOUSEHOLDS', 'villages', v, 'households', listed - 40);
  const w = p.pick('villages', () => true);
  p.plant('ADULTS_EXCEED_POPULATION', 'villages', w, 'adults', num(p.get('villages', w, 'population')) + 120);
  // OCR-style typo: the letter O for zeros.
  p.plant(
    'NOT_AN_INTEGER',
    'villages',
    p.pick('villages', () => true),
    'population',
    '1.2OO',
  );
};

const plantClans = (p: Planter): void => {
  p.plant(
    'UNKNOWN_VILLAGE',
    'clans',
    p.pick('clans', (g) => !String(g('villages')).includes(',')),
    'villages',
    'Thôn 99',
  );
  p.plant(
    'REQUIRED_EMPTY',
    'clans',
    p.pick('clans', (g) => !String(g('villages')).includes(',')),
    'villages',
    null,
  );
  const first = p.pick('clans', () => true);
  const same = p.pick(
    'clans',
    (g) =>
      g('villages') === p.get('clans', first, 'villages') &&
      num(g('order')) > num(p.get('clans', first, 'order')),
  );
  p.plant('DUPLICATE_CLAN', 'clans', same, 'name', p.get('clans', first, 'name'));
  p.plant('POINTS_OUT_OF_RANGE', 'clans', p.pick('clans', scored), 'item:TC2', 52);
  p.plant(
    'REGISTERED_NOT_ASSESSED',
    'clans',
    p.pick('clans', (g) => g('result') !== null),
    'result',
    null,
  );
};

const plantUnits = (p: Planter): void => {
  p.plant(
    'OFFICIALS_EXCEED_STAFF',
    'units',
    p.pick('units', (g) => num(g('staff')) >= 10),
    'staff',
    3,
  );
  p.plant('POINTS_OUT_OF_RANGE', 'units', p.pick('units', scored), 'item:TC4', 250);
};

const plantCitizens = (p: Planter): void => {
  const official = (g: (k: string) => CellValue) => g('group') === 'CBCCVC';
  const resident = (g: (k: string) => CellValue) => g('group') === 'Người dân/Nông dân';
  p.plant('CITIZEN_NO_UNIT', 'citizens', p.pick('citizens', official), 'unit', null);
  p.plant('CITIZEN_NO_VILLAGE', 'citizens', p.pick('citizens', resident), 'village', null);
  const unitTypo = p.pick('citizens', (g) => String(g('unit')).startsWith('Trường Tiểu học'));
  p.plant(
    'UNKNOWN_UNIT',
    'citizens',
    unitTypo,
    'unit',
    String(p.get('citizens', unitTypo, 'unit')).replace('học', 'hc'),
  );
  p.plant('BAD_OPTION', 'citizens', p.pick('citizens', resident), 'group', 'Hưu trí');
  p.plant(
    'BAD_OPTION',
    'citizens',
    p.pick('citizens', (g) => g('digital') === 'Có'),
    'digital',
    'Giỏi',
  );
  p.plant('BAD_YEAR', 'citizens', p.pick('citizens', resident), 'birthYear', '1g85');
  // The current year typed instead of the birth year.
  p.plant('BIRTH_YEAR_IMPLAUSIBLE', 'citizens', p.pick('citizens', resident), 'birthYear', 2024);
  p.plant('POINTS_OUT_OF_RANGE', 'citizens', p.pick('citizens', scored), 'item:TC6', 15);
  p.plant('NOT_A_NUMBER', 'citizens', p.pick('citizens', scored), 'item:TC9', 'chín');
  p.plant('TOTAL_OUT_OF_RANGE', 'citizens', p.pick('citizens', totalOnlyRow), 'totalPoints', 850);
  p.plant('SPREADSHEET_ERROR', 'citizens', p.pick('citizens', totalOnlyRow), 'totalPoints', '#REF!');
  p.plant('LEGACY_TEXT', 'citizens', p.pick('citizens', resident), 'name', TCVN3_NAMES[1] ?? '');
  p.plant('LEGACY_TEXT', 'citizens', p.pick('citizens', official), 'name', TCVN3_NAMES[2] ?? '');
  const passing = p.pick(
    'citizens',
    (g) => scored(g) && ['item:TC1', 'item:TC5', 'item:TC10'].every((k) => num(g(k)) >= 9),
  );
  p.plant('RESULT_CONTRADICTS_POINTS', 'citizens', passing, 'result', 'Không đạt');
  const first = p.pick('citizens', (g) => g('village') !== null);
  const twin = p.pick(
    'citizens',
    (g) =>
      g('village') === p.get('citizens', first, 'village') &&
      num(g('order')) > num(p.get('citizens', first, 'order')),
  );
  p.set('citizens', twin, 'birthYear', p.get('citizens', first, 'birthYear'));
  p.set('citizens', twin, 'group', p.get('citizens', first, 'group'));
  p.plant('DUPLICATE_CITIZEN', 'citizens', twin, 'name', p.get('citizens', first, 'name'));
};

/** The seed of the committed sample with mistakes (sheets-templates/xa-mau-co-loi.xlsx). */
export const MISTAKES_SEED = 7;

export const plantMistakes = (
  snapshot: WorkbookSnapshot,
  seed: number,
): { snapshot: WorkbookSnapshot; planted: PlantedMistake[] } => {
  const sheets: Record<string, Row[]> = {};
  for (const [name, rows] of Object.entries(snapshot)) sheets[name] = rows.map((row) => [...row]);
  const p = new Planter(sheets, createRandom(seed));
  plantFamilies(p);
  plantVillages(p, sheets);
  plantClans(p);
  plantUnits(p);
  plantCitizens(p);
  return { snapshot: sheets, planted: p.planted };
};
