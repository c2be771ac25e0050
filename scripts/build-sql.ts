// Writes sql/summary_rows.schema.json and sql/create_summary_rows.sql from the summary schema.
// Run after a summary schema version bump: npx tsx scripts/build-sql.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bigQuerySchemaJson, createSummaryTableSql } from '../src/core/summary/sql';

const dir = join(import.meta.dirname, '..', 'sql');
writeFileSync(join(dir, 'summary_rows.schema.json'), bigQuerySchemaJson());
writeFileSync(join(dir, 'create_summary_rows.sql'), createSummaryTableSql());
