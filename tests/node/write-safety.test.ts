// Output files are never half-written and never replace what they must not: every write failure is exit 3 with a
// Vietnamese message naming the path and the fix, and the previous good file stays as it was.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCommune } from '../../sheets-templates/sample/generate';
import { ownedSheetTakenText } from '../../src/core/i18n/common';
import { writeReports } from '../../src/node/docx/write';
import { terminalSafe } from '../../src/node/cli/io';
import { removeStaleTemps } from '../../src/node/fs/atomic';
import { buildTemplateWorkbook } from '../../src/node/xlsx/template';
import { saveWorkbook } from '../../src/node/xlsx/write';
import { cli, tempDir } from './helpers';

let dir: Awaited<ReturnType<typeof tempDir>>;
let input: string;
const deps = { writeReports: (r: Parameters<typeof writeReports>[0], out: string) => writeReports(r, out) };
const small = { seed: 3, villages: 3, households: 60, clans: 4, units: 3, citizens: 120, year: 2026 };

beforeAll(async () => {
  dir = await tempDir();
  input = join(dir.path, 'xa.xlsx');
  await saveWorkbook(buildTemplateWorkbook(generateCommune(small)), input);
});
afterAll(() => dir.remove());

const controls = (text: string) => [...text].filter((c) => c === '\u001B' || c === '\u0007');
const hiddenTemps = (folder: string) => readdirSync(folder).filter((n) => /^\.kh-.*\.tmp$/u.test(n));

test('--out naming a file is exit 3: a part of the path is a file, choose another folder', async () => {
  writeFileSync(join(dir.path, 'ket-qua'), 'not a folder');
  const run = await cli(['tong-hop', input, '--out', 'ket-qua'], dir.path, deps);
  expect(run.code).toBe(3);
  expect(run.stderr).toContain('một phần của đường dẫn là tệp');
  expect(run.stderr).toContain('--out');
});

test('a folder named like the output is exit 3 and stays as it was', async () => {
  mkdirSync(join(dir.path, 'o1', 'xa-tong-hop.xlsx'), { recursive: true });
  const run = await cli(['tong-hop', input, '--out', 'o1'], dir.path, deps);
  expect(run.code).toBe(3);
  expect(run.stderr).toContain('đã có một thư mục trùng tên');
  expect(run.stderr).toContain(join('o1', 'xa-tong-hop.xlsx'));
  expect(readdirSync(join(dir.path, 'o1'))).toEqual(['xa-tong-hop.xlsx']);
});

// The temporary name is short and fixed, so any output name the file system takes is written (236 characters once
// failed because the temporary name added the PID to it); a longer one gets its own message, not an English error.
test('a long input name still gets its copy; one too long for the file system is exit 3 with its own message', async () => {
  const fits = join(dir.path, `${'x'.repeat(236)}.xlsx`);
  writeFileSync(fits, readFileSync(input));
  const ok = await cli(['tong-hop', fits, '--out', 'o2'], dir.path, deps);
  expect(ok.code).toBe(0);
  expect(readdirSync(join(dir.path, 'o2'))).toContain(`${'x'.repeat(236)}-tong-hop.xlsx`);
  const tooLong = join(dir.path, `${'y'.repeat(245)}.xlsx`);
  writeFileSync(tooLong, readFileSync(input));
  const run = await cli(['tong-hop', tooLong, '--out', 'o2b'], dir.path, deps);
  expect(run.code).toBe(3);
  expect(run.stderr).toContain('tên tệp quá dài');
  expect(run.stderr).not.toMatch(/ENAMETOOLONG|Error:/u);
});

test('a read-only earlier output is not replaced without a word', async () => {
  const out = join(dir.path, 'o3');
  mkdirSync(out);
  const kept = join(out, 'xa-tong-hop.xlsx');
  writeFileSync(kept, 'bản cũ của cán bộ');
  chmodSync(kept, 0o444);
  const run = await cli(['tong-hop', input, '--out', 'o3'], dir.path, deps);
  expect(run.code).toBe(3);
  expect(run.stderr).toContain('đang đặt chỉ đọc');
  expect(readFileSync(kept, 'utf8')).toBe('bản cũ của cán bộ');
});

test('a pipe where the output goes is "không phải là tệp", and the run does not hang on it', async () => {
  const out = join(dir.path, 'o4');
  mkdirSync(out);
  execFileSync('mkfifo', [join(out, 'xa-tong-hop.xlsx')]);
  const run = await cli(['tong-hop', input, '--out', 'o4'], dir.path, deps);
  expect(run.code).toBe(3);
  expect(run.stderr).toContain('không phải là tệp');
});

// A tiny tmpfs fills up for real; mounting needs root, which the CI machine has.
const mounted = (() => {
  if (process.getuid?.() !== 0) return false;
  return spawnSync('mount', ['--version']).status === 0;
})();
(mounted ? test : test.skip)(
  'a full disk is exit 3, and the good report from before is still there whole',
  async () => {
    const disk = join(dir.path, 'disk');
    mkdirSync(disk);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', disk]);
    try {
      const good = join(disk, 'xa-tong-hop.xlsx');
      writeFileSync(good, 'bản tốt lần trước');
      writeFileSync(join(disk, 'filler'), Buffer.alloc(236 * 1024));
      const run = await cli(['tong-hop', input, '--out', disk], dir.path, deps);
      expect(run.code).toBe(3);
      expect(run.stderr).toContain('ổ đĩa đã đầy');
      expect(readFileSync(good, 'utf8')).toBe('bản tốt lần trước');
      expect(hiddenTemps(disk)).toEqual([]);
      expect(
        readdirSync(disk).filter(
          (n) => existsSync(join(disk, n)) && readFileSync(join(disk, n)).length === 0,
        ),
      ).toEqual([]);
    } finally {
      execFileSync('umount', [disk]);
    }
  },
);

test('a temporary file left by a killed run is removed by the next write into that folder', () => {
  const folder = join(dir.path, 'o5');
  mkdirSync(folder);
  // PID 2^22 + 1 is above Linux's pid_max, so no live process owns it.
  writeFileSync(join(folder, `.kh-${2 ** 22 + 1}-1.tmp`), '');
  writeFileSync(join(folder, `.kh-${process.pid}-999.tmp`), '');
  writeFileSync(join(folder, 'ghi-chu.tmp'), 'của cán bộ');
  removeStaleTemps(folder);
  expect(readdirSync(folder).sort()).toEqual([`.kh-${process.pid}-999.tmp`, 'ghi-chu.tmp']);
});

test('text bound for the terminal keeps Vietnamese and layout but loses escape sequences and bidi overrides', () => {
  expect(terminalSafe('Nguyễn Văn An\tThôn 3\n')).toBe('Nguyễn Văn An\tThôn 3\n');
  expect(terminalSafe('A\u001B[2J\u001B]0;title\u0007B\u202Ec')).toBe(
    'A\uFFFD[2J\uFFFD]0;title\uFFFDB\uFFFDc',
  );
  expect(terminalSafe('x\u009By\r')).toBe('x\uFFFDy\uFFFD');
});

test('a cell holding an escape sequence never reaches the terminal as one', async () => {
  const snapshot = generateCommune(small);
  const families = snapshot['Gia đình'] ?? [];
  const nameCol = families[0]?.findIndex((h) => typeof h === 'string' && h.startsWith('Họ')) ?? -1;
  const first = families[1];
  if (!first || nameCol < 0) throw new Error('fixture has no family names');
  const row = first.map((v, c) => (c === nameCol ? '\u001B]0;bị chiếm\u0007\u001B[2J' : v));
  // Twice the same household, so the name is printed in a duplicate warning line.
  const changed = { ...snapshot, 'Gia đình': [...families.slice(0, 1), row, row, ...families.slice(2)] };
  const file = join(dir.path, 'esc.xlsx');
  await saveWorkbook(buildTemplateWorkbook(changed), file);
  const run = await cli(['kiem-tra', file], dir.path);
  expect(controls(`${run.stdout}${run.stderr}`)).toEqual([]);
});

test('a file name holding an escape sequence is printed in the error message without it', async () => {
  const run = await cli(['kiem-tra', 'a\u001B[2J\u001B]0;x\u0007.xlsx'], dir.path);
  expect(run.code).toBe(3);
  expect(run.stderr).toContain('Không tìm thấy tệp');
  expect(controls(run.stderr)).toEqual([]);
});

test("tong-hop refuses a workbook whose own sheet has an owned sheet's name, in the Apps Script side's words", async () => {
  const wb = buildTemplateWorkbook(generateCommune(small));
  wb.addWorksheet('Tổng hợp').getCell('A1').value = 'bảng cán bộ tự làm';
  const file = join(dir.path, 'co-tong-hop.xlsx');
  await saveWorkbook(wb, file);
  const run = await cli(['tong-hop', file, '--out', 'o6'], dir.path, deps);
  expect(run.code).toBe(3);
  expect(run.stderr).toContain(ownedSheetTakenText('Tổng hợp'));
  expect(existsSync(join(dir.path, 'o6', 'co-tong-hop-tong-hop.xlsx'))).toBe(false);
});
