// The national roll-up SQL in sql/ run on DuckDB (the same standard SQL BigQuery runs) over summary rows loaded
// the way a province would load them: the communes' "Số liệu gửi tỉnh" cells exported as CSV. Its totals must be
// the product's own roll-up (rollUpProvince, what `tong-hop-tinh` adds up), to the last household.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { rollUpProvince, type CommuneSource, type ProvinceRollup } from '../../src/core/province/rollup';
import { summaryHeader, summaryToCells } from '../../src/core/summary/cells';
import { summaryIndicators, type SummaryRow } from '../../src/core/summary/schema';
import { bigQuerySchemaJson, createSummaryTableSql, summarySqlColumns } from '../../src/core/summary/sql';
import { generateNation, type GeneratedCommune } from './generate-nation';
import { communeFigure } from '../helpers/summary-row';

const root = join(__dirname, '..', '..');
const sqlFile = (name: string) => readFileSync(join(root, 'sql', name), 'utf8');

const csvField = (v: string | number): string => {
  const s = String(v);
  return /[",\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
};
const toCsv = (cells: (string | number)[][]): string =>
  `${[summaryHeader(), ...cells].map((r) => r.map(csvField).join(',')).join('\n')}\n`;

let dir: string;
let instance: DuckDBInstance;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kh-national-'));
  instance = await DuckDBInstance.create(':memory:');
});
afterAll(() => {
  instance.closeSync();
  rmSync(dir, { recursive: true, force: true });
});

/** A fresh schema with the committed DDL and views, and the CSV loaded as `bq load --skip_leading_rows=1` would. */
const load = async (name: string, csv: string): Promise<DuckDBConnection> => {
  const db = await instance.connect();
  await db.run('DROP SCHEMA IF EXISTS khuyenhoc CASCADE');
  await db.run('CREATE SCHEMA khuyenhoc');
  await db.run(sqlFile('create_summary_rows.sql'));
  const path = join(dir, `${name}.csv`);
  writeFileSync(path, csv);
  const columns = summarySqlColumns()
    .map((c) => `'${c.name}': '${c.type}'`)
    .join(', ');
  await db.run(
    `INSERT INTO khuyenhoc.summary_rows SELECT * FROM read_csv('${path}', header = true, columns = {${columns}})`,
  );
  for (const statement of sqlFile('national_rollup.sql').split(/;\s*$/mu)) {
    if (statement.replace(/--.*$/gmu, '').trim() !== '') await db.run(statement);
  }
  return db;
};

interface SqlFigure {
  year: number;
  province?: string;
  indicator: string;
  communes_counted: number;
  communes_with_errors: number;
  not_computable: number;
  numerator: number;
  denominator: number;
  percent_tenths: number | null;
  evidence: number;
  evidence_base: number;
}

const query = async (db: DuckDBConnection, sql: string): Promise<SqlFigure[]> => {
  const reader = await db.runAndReadAll(sql);
  return reader.getRowObjectsJS().map((r) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r)) out[k] = typeof v === 'bigint' ? Number(v) : v;
    return out as unknown as SqlFigure;
  });
};

/** What the SQL must equal, read off the product's roll-up. */
const expected = (r: ProvinceRollup, province?: string) =>
  r.indicators.map((i) => ({
    year: r.year,
    ...(province === undefined ? {} : { province }),
    indicator: i.indicator,
    communes_counted: r.counts.read,
    communes_with_errors: r.counts.hasErrors,
    not_computable: i.notComputable,
    numerator: i.actual.numerator,
    denominator: i.actual.denominator,
    percent_tenths: i.actual.percent === null ? null : Math.round(i.actual.percent * 10),
    evidence: i.evidence.numerator,
    evidence_base: i.evidence.denominator,
  }));

const byIndicator = (a: { indicator: string }, b: { indicator: string }) =>
  a.indicator < b.indicator ? -1 : a.indicator > b.indicator ? 1 : 0;

const row = (
  commune: string,
  code: string,
  province: string,
  numerator: number | null,
  denominator: number | null,
  over: Partial<SummaryRow> = {},
): SummaryRow => communeFigure(commune, code, numerator, denominator, { province, ...over });

test('the committed BigQuery schema and DDL are what the summary schema generates', () => {
  expect(sqlFile('summary_rows.schema.json')).toBe(bigQuerySchemaJson());
  expect(sqlFile('create_summary_rows.sql')).toBe(createSummaryTableSql());
});

test('hand-counted communes: latest run kept, copies once, errors and village rows left out, blanks not computable', async () => {
  const rows = [
    // Thanh Hóa
    row('Quảng Ngọc', '16001', 'Thanh Hóa', 300, 400, { evidence: 150 }),
    row('Quảng Ngọc', '16001', 'Thanh Hóa', 50, 60, { level: 'village', village: 'Thôn 1' }),
    // An older run of the same commune and year: the newer one (above) is the one that counts.
    row('Quảng Ngọc', '16001', 'Thanh Hóa', 100, 400, { generatedAt: '2026-11-20T08:00:00.000Z' }),
    row('Quảng Hải', '16002', 'Thanh Hóa', 180, 200),
    // The same export loaded twice.
    row('Quảng Hải', '16002', 'Thanh Hóa', 180, 200),
    row('Quảng Yên', '16003', 'Thanh Hóa', 90, 100, { errors: 3 }),
    row('Quảng Lưu', '16004', 'Thanh Hóa', 70, 80, { year: 2025 }),
    // Nghệ An; one commune without a code (known by province and name), one that cannot be computed.
    row('Diễn Châu', '', 'Nghệ An', 149, 2000, { evidence: 100 }),
    row('Nghi Lộc', '17002', 'Nghệ An', null, 500),
  ];
  const cells = summaryToCells(rows);
  const db = await load('hand', toCsv(cells));
  const provinces = await query(
    db,
    "SELECT * FROM khuyenhoc.province_rollup WHERE year = 2026 AND indicator = 'family' ORDER BY province",
  );
  // Nghệ An: 149/2000 = 7.45 % exactly → 7,5 (half up); Nghi Lộc counted but not computable.
  // Thanh Hóa: 300 + 180 = 480 of 400 + 200 = 600 → 80,0 %; Quảng Yên has errors; Quảng Lưu did not run in 2026.
  expect(provinces).toEqual([
    {
      year: 2026,
      province: 'Nghệ An',
      indicator: 'family',
      communes_counted: 2,
      communes_with_errors: 0,
      not_computable: 1,
      numerator: 149,
      denominator: 2000,
      percent_tenths: 75,
      evidence: 100,
      evidence_base: 149,
    },
    {
      year: 2026,
      province: 'Thanh Hóa',
      indicator: 'family',
      communes_counted: 2,
      communes_with_errors: 1,
      not_computable: 0,
      numerator: 480,
      denominator: 600,
      percent_tenths: 800,
      evidence: 150,
      evidence_base: 300,
    },
  ]);
  const nation = await query(
    db,
    "SELECT * FROM khuyenhoc.national_rollup WHERE year = 2026 AND indicator = 'family'",
  );
  // 480 + 149 = 629 of 2,600 → 24.19… % → 24,2.
  expect(nation).toEqual([
    {
      year: 2026,
      indicator: 'family',
      provinces: 2,
      communes_counted: 4,
      communes_with_errors: 1,
      not_computable: 1,
      numerator: 629,
      denominator: 2600,
      percent_tenths: 242,
      evidence: 250,
      evidence_base: 449,
    },
  ]);
  db.closeSync();
});

test('a code Sheets made into a number loads under the same commune as its text', async () => {
  const typed = summaryToCells([row('Quảng Ngọc', '01234', 'Thanh Hóa', 10, 20)]);
  const numeric = summaryToCells([row('Quảng Ngọc', '01234', 'Thanh Hóa', 10, 20)]).map((r) =>
    r.map((v, i) => (i === 1 ? 1234 : v)),
  );
  const db = await load('codes', toCsv([...typed, ...numeric]));
  const [figure] = await query(
    db,
    "SELECT * FROM khuyenhoc.national_rollup WHERE year = 2026 AND indicator = 'family'",
  );
  expect(figure).toMatchObject({ communes_counted: 1, numerator: 10, denominator: 20 });
  db.closeSync();
});

describe('3,321 generated communes in 34 provinces', () => {
  const nation: GeneratedCommune[] = generateNation(3321, 34, 20261202);
  const sourcesOf = (communes: readonly GeneratedCommune[]): CommuneSource[] =>
    communes.map((c, i) => ({
      source: `${c.name}.xlsx`,
      listedName: c.name,
      listRow: i + 2,
      fetched: { kind: 'ok', rows: c.current },
    }));
  let db: DuckDBConnection;

  beforeAll(async () => {
    // The warehouse holds every load: stale runs and repeated exports too.
    db = await load('nation', toCsv(nation.flatMap((c) => c.loads)));
  });
  afterAll(() => db.closeSync());

  test('the national view equals the product roll-up over all communes, indicator by indicator', async () => {
    const sql = await query(
      db,
      'SELECT * EXCLUDE (provinces) FROM khuyenhoc.national_rollup WHERE year = 2026 ORDER BY indicator',
    );
    const ours = expected(rollUpProvince(sourcesOf(nation), 2026)).sort((a, b) => byIndicator(a, b));
    expect(sql).toEqual(ours);
    // The generator made every kind of commune the rules treat differently.
    const r = rollUpProvince(sourcesOf(nation), 2026);
    expect(r.counts.read).toBeGreaterThan(3000);
    expect(r.counts.hasErrors).toBeGreaterThan(50);
    expect(r.counts.notRunThisYear).toBeGreaterThan(50);
    expect(r.indicators.every((i) => i.notComputable > 0)).toBe(true);
  });

  test('each province view equals the product roll-up over that province', async () => {
    const sql = await query(
      db,
      'SELECT * FROM khuyenhoc.province_rollup WHERE year = 2026 ORDER BY province, indicator',
    );
    const provinces = [...new Set(nation.map((c) => c.province))].sort();
    const ours = provinces.flatMap((p) =>
      expected(rollUpProvince(sourcesOf(nation.filter((c) => c.province === p)), 2026), p).sort((a, b) =>
        byIndicator(a, b),
      ),
    );
    expect(sql.length).toBe(34 * summaryIndicators.length);
    expect(sql).toEqual(ours);
  });
});
