// The engine must run unchanged in Apps Script: nothing under src/core may reach Node, Google or file formats.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });

const FORBIDDEN =
  /from\s+['"](node:[^'"]+|fs|path|os|child_process|exceljs|docx|playwright-core|@resvg\/resvg-js|[^'"]*\/(gas|node)\/[^'"]*)['"]/u;

describe('src/core stays pure', () => {
  const core = files(join(__dirname, '../../src/core'));

  it('has modules to check', () => {
    expect(core.length).toBeGreaterThan(20);
  });

  it.each(core.map((f) => [f.replace(/^.*src\/core\//u, '')]))(
    '%s imports nothing from Node, Google, exceljs or docx',
    (rel) => {
      const text = readFileSync(join(__dirname, '../../src/core', rel), 'utf8');
      expect(text).not.toMatch(FORBIDDEN);
      expect(text).not.toMatch(/\b(SpreadsheetApp|DocumentApp|DriveApp|process\.|Buffer\.|require\()/u);
    },
  );
});
