// The command line's contract with officers and scripts: Vietnamese messages, exit codes, no stack traces.
import { spawnSync } from 'node:child_process';
import { access, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { layout } from '../../src/core/layout';
import { readWorkbook } from '../../src/node/xlsx/read';
import { cli, ROOT, SAMPLE, tempDir } from './helpers';

let dir: { path: string; remove: () => Promise<void> };
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(() => dir.remove());

describe('usage mistakes exit 2 with a Vietnamese message and a pointer to the help', () => {
  test.each([
    [[], 'Chưa chọn lệnh'],
    [['tong-hop'], 'cần tên tệp .xlsx'],
    [['tong-hop-xa', 'a.xlsx'], 'Không có lệnh "tong-hop-xa"'],
    [['tong-hop', 'a.xlsx', '--nam', '20x8'], '"20x8" không phải là năm hợp lệ'],
    [['tong-hop', 'a.xlsx', '--nam'], 'cần một giá trị'],
    [['tong-hop', 'a.xlsx', '--ke-hoach', 'ha-noi-2030'], 'Không có bộ chỉ tiêu "ha-noi-2030"'],
    [['tong-hop', 'a.xlsx', 'b.xlsx'], 'mỗi lần chỉ xử lý một tệp'],
    [['kiem-tra', 'a.xlsx', '--out', 'x'], 'không dùng tùy chọn --out'],
    [['tong-hop', 'a.xlsx', '--mau'], 'Không có tùy chọn "--mau"'],
  ])('%j', async (argv, message) => {
    const run = await cli(argv, dir.path);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('npm run cli -- --help');
    expect(run.stdout).toBe('');
  });

  test('--help prints the Vietnamese help with every command and the exit codes, and exits 0', async () => {
    const run = await cli(['--help'], dir.path);
    expect(run.code).toBe(0);
    for (const text of [
      'tong-hop <tệp.xlsx>',
      'kiem-tra <tệp.xlsx>',
      'mau [--out <tệp.xlsx>]',
      '--nam <năm>',
      'quang-ngoc-2026-2030',
      'Mã thoát',
    ]) {
      expect(run.stdout).toContain(text);
    }
  });

  test('accepts --nam=2030 and a preset by its Vietnamese name', async () => {
    const run = await cli(['kiem-tra', SAMPLE, '--nam=2030', '--ke-hoach', 'Quảng Ngọc 2026-2030'], dir.path);
    expect(run.code).toBe(0);
  });
});

describe('file problems exit 3 with what to do', () => {
  test('a missing file names the file', async () => {
    const run = await cli(['tong-hop', 'khong-co.xlsx'], dir.path);
    expect([run.code, run.stderr]).toEqual([
      3,
      expect.stringContaining('Không tìm thấy tệp "khong-co.xlsx"'),
    ]);
  });

  test('a CSV file says how to save as .xlsx', async () => {
    await writeFile(join(dir.path, 'ds.csv'), 'a,b\n');
    const run = await cli(['kiem-tra', 'ds.csv'], dir.path);
    expect([run.code, run.stderr]).toEqual([3, expect.stringContaining('Sổ làm việc Excel (*.xlsx)')]);
  });

  test('a workbook without any of the needed sheets is named as the wrong file', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').getCell('A1').value = 'Bảng lương';
    await wb.xlsx.writeFile(join(dir.path, 'luong.xlsx'));
    const run = await cli(['tong-hop', 'luong.xlsx'], dir.path);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('không có các trang cần thiết');
    await expect(access(join(dir.path, 'out'))).rejects.toThrow();
  });
});

describe('mau', () => {
  test('writes the empty template with every layout sheet and header, and never overwrites a file', async () => {
    const run = await cli(['mau', '--out', 'so-2026.xlsx'], dir.path);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('so-2026.xlsx');
    const snapshot = await readWorkbook(join(dir.path, 'so-2026.xlsx'));
    for (const spec of layout.registers)
      expect(snapshot[spec.sheet]?.[0]).toEqual(expect.arrayContaining(spec.columns.map((c) => c.header)));
    expect(snapshot[layout.config.sheet]?.map((r) => r[0])).toEqual(
      // Required settings carry the " *" of the template model, as in Google's "Thiết lập".
      expect.arrayContaining(layout.config.settings.map((s) => (s.required ? `${s.label} *` : s.label))),
    );
    const again = await cli(['mau', '--out', 'so-2026.xlsx'], dir.path);
    expect(again.code).toBe(3);
    expect(again.stderr).toContain('không ghi đè');
  });
});

// The real process: exit status as the shell sees it, and no stack trace for a user's mistake.
test('the command run by tsx exits 3 for a missing file without printing a stack trace', () => {
  const child = spawnSync(
    join(ROOT, 'node_modules', '.bin', 'tsx'),
    [join(ROOT, 'src', 'node', 'cli', 'main.ts'), 'kiem-tra', 'khong-co.xlsx'],
    {
      cwd: dir.path,
      encoding: 'utf8',
    },
  );
  expect(child.status).toBe(3);
  expect(child.stderr).toContain('Không tìm thấy tệp');
  expect(child.stderr).not.toMatch(/\n\s+at /u);
});

describe('tong-hop and the report writer', () => {
  test('hands a clean result to the report writer and lists the files it wrote', async () => {
    const calls: string[] = [];
    const run = await cli(['tong-hop', SAMPLE, '--out', 'bc'], dir.path, {
      writeReports: async (result, outDir) => {
        calls.push(`${result.errorCount}|${outDir}`);
        return [join(outDir, 'bao-cao.docx')];
      },
    });
    expect(run.code).toBe(0);
    expect(calls).toEqual([`0|${join(dir.path, 'bc')}`]);
    expect(run.stdout).toContain(join('bc', 'bao-cao.docx'));
  });

  test('a refusal from the report writer is shown in Vietnamese and exits 1', async () => {
    const run = await cli(['tong-hop', SAMPLE, '--out', 'bc2'], dir.path, {
      writeReports: async () => {
        throw new Error('Chưa lập được báo cáo: thiếu mẫu.', { cause: { code: 'REPORT_TEMPLATE' } });
      },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Chưa lập được báo cáo: thiếu mẫu.');
  });
});
