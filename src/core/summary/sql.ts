// "Số liệu gửi tỉnh" as a warehouse table: the BigQuery schema and DDL of the summary rows, derived from the
// version's columns so the table cannot drift from the sheet. The committed files in sql/ are this module's
// output (scripts/build-sql.ts writes them; tests/core/summary-sql.test.ts fails when they differ).
import { SUMMARY_SCHEMA_VERSION, summaryColumns, type SummaryKey } from './schema';

/** Types both BigQuery and DuckDB (the local test engine) accept under the same name. */
type SqlType = 'INT64' | 'STRING' | 'NUMERIC' | 'TIMESTAMP';

interface SqlColumn {
  name: string;
  type: SqlType;
  mode: 'REQUIRED' | 'NULLABLE';
  description: string;
}

/**
 * How each key lands in a CSV export of the sheet: level stays "Xã"/"Thôn" and criteriaSample "Có"/"Không", as
 * the cells spell them, so a CSV loads with no conversion step. Blank cells load as NULL, hence NULLABLE text.
 * A Record over every key: a new column without a type here does not compile.
 */
const typeOf: Record<SummaryKey, { type: SqlType; mode: SqlColumn['mode'] }> = {
  schemaVersion: { type: 'INT64', mode: 'REQUIRED' },
  communeCode: { type: 'STRING', mode: 'NULLABLE' },
  commune: { type: 'STRING', mode: 'REQUIRED' },
  province: { type: 'STRING', mode: 'REQUIRED' },
  year: { type: 'INT64', mode: 'REQUIRED' },
  indicator: { type: 'STRING', mode: 'REQUIRED' },
  label: { type: 'STRING', mode: 'NULLABLE' },
  level: { type: 'STRING', mode: 'REQUIRED' },
  village: { type: 'STRING', mode: 'NULLABLE' },
  numerator: { type: 'INT64', mode: 'NULLABLE' },
  denominator: { type: 'INT64', mode: 'NULLABLE' },
  targetPercent: { type: 'NUMERIC', mode: 'NULLABLE' },
  targetYear: { type: 'INT64', mode: 'NULLABLE' },
  criteriaSet: { type: 'STRING', mode: 'NULLABLE' },
  criteriaSample: { type: 'STRING', mode: 'NULLABLE' },
  errors: { type: 'INT64', mode: 'REQUIRED' },
  warnings: { type: 'INT64', mode: 'REQUIRED' },
  evidence: { type: 'INT64', mode: 'NULLABLE' },
  generatedAt: { type: 'TIMESTAMP', mode: 'REQUIRED' },
};

/** camelCase key → snake_case column, BigQuery's convention. */
export const sqlName = (key: string): string => key.replace(/[A-Z]/gu, (c) => `_${c.toLowerCase()}`);

export const summarySqlColumns = (): SqlColumn[] =>
  summaryColumns.map(({ key, header }) => ({
    name: sqlName(key),
    ...typeOf[key],
    description: header,
  }));

/** The JSON schema `bq load --schema` and `bq mk --table` take. */
export const bigQuerySchemaJson = (): string => `${JSON.stringify(summarySqlColumns(), null, 2)}\n`;

/** The table is `khuyenhoc.summary_rows`: a dataset in BigQuery, a schema in DuckDB, the same text in both. */
export const createSummaryTableSql = (): string => {
  const cols = summarySqlColumns().map(
    (c) => `  ${c.name} ${c.type}${c.mode === 'REQUIRED' ? ' NOT NULL' : ''}`,
  );
  return [
    `-- Generated from src/core/summary/schema.ts (version ${SUMMARY_SCHEMA_VERSION}) by scripts/build-sql.ts; do not edit.`,
    '-- One row per figure of a commune\'s "Số liệu gửi tỉnh", loaded from the sheet or its CSV export.',
    'CREATE TABLE IF NOT EXISTS khuyenhoc.summary_rows (',
    cols.join(',\n'),
    ');',
    '',
  ].join('\n');
};
