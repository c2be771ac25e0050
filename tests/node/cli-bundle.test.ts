// The prebuilt command line as npm runs it (scripts/cli.mjs → build/cli/khuyenhoc.mjs): plain Node, no tsx; the
// launcher builds the bundle when it is missing or older than the sources.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SAMPLE, tempDir } from './helpers';

const LAUNCHER = join(ROOT, 'scripts', 'cli.mjs');

let dir: { path: string; remove: () => Promise<void> };
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(() => dir.remove());

const run = (args: string[]) =>
  spawnSync(process.execPath, [LAUNCHER, ...args], { cwd: dir.path, encoding: 'utf8', timeout: 170_000 });

test('prints the help and exits 0', () => {
  const child = run(['--help']);
  expect(child.status).toBe(0);
  expect(child.stdout).toContain('Cách dùng');
  expect(readdirSync(join(ROOT, 'build', 'cli'))).toContain('khuyenhoc.mjs');
}, 180_000);

test('exits 3 for a missing file, in Vietnamese and without a stack trace', () => {
  const child = run(['kiem-tra', 'khong-co.xlsx']);
  expect(child.status).toBe(3);
  expect(child.stderr).toContain('Không tìm thấy tệp');
  expect(child.stderr).not.toMatch(/\n\s+at /u);
}, 180_000);

test('checks the sample commune, and writes the empty template through the lazily loaded builder', () => {
  const check = run(['kiem-tra', SAMPLE]);
  expect(check.status).toBe(0);
  expect(check.stdout).toContain('0 lỗi');
  const template = run(['mau', '--out', 'so.xlsx']);
  expect(template.status).toBe(0);
  expect(readdirSync(dir.path)).toContain('so.xlsx');
}, 180_000);

test('tong-hop on the sample writes the copy and the .docx reports (the lazily loaded writer)', () => {
  const child = run(['tong-hop', SAMPLE, '--out', 'ra']);
  expect([child.status, child.stderr.match(/\n\s+at /u)]).toEqual([0, null]);
  const written = readdirSync(join(dir.path, 'ra'));
  expect(written).toContain('xa-mau-tong-hop.xlsx');
  expect(written.filter((f) => f.endsWith('.docx')).length).toBeGreaterThanOrEqual(2);
}, 180_000);
