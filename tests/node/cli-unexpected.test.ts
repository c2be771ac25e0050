// A bug in the program is not the officer's fault: one Vietnamese line to pass on, exit 4, never a stack trace.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/node/cli/run';
import { cli, openXlsx, SAMPLE, tempDir } from './helpers';

test('an unexpected failure while writing reports exits 4 with the shared Vietnamese message and no stack', async () => {
  const cwd = await mkdtemp(join(tmpdir(), 'kh-unexpected-'));
  let stdout = '';
  let stderr = '';
  try {
    const code = await runCli(
      ['tong-hop', SAMPLE, '--out', cwd],
      { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd },
      {
        writeReports: () => {
          throw new TypeError('cannot read properties of undefined');
        },
      },
    );
    expect(code).toBe(4);
    expect(stderr).toContain('Đã có lỗi ngoài dự kiến. Vui lòng chạy lại');
    expect(stderr).toContain('TypeError: cannot read properties of undefined');
    expect(stderr + stdout).not.toMatch(/\n\s+at /u);
  } finally {
    await rm(cwd, { recursive: true, force: true });
  }
});

test('a target year of 1999 on "Chỉ tiêu" is a located data error (exit 1), not an unexpected failure', async () => {
  const dir = await tempDir();
  try {
    const wb = await openXlsx(SAMPLE);
    const row = wb.getWorksheet('Chỉ tiêu')!.getRow(2);
    ['Gia đình học tập (% hộ)', 1999, '≥', 90, 'Toàn xã'].forEach((v, k) => (row.getCell(k + 1).value = v));
    await wb.xlsx.writeFile(join(dir.path, 'xa.xlsx'));
    const run = await cli(['tong-hop', 'xa.xlsx', '--out', 'out'], dir.path);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('[Lỗi] Trang "Chỉ tiêu", ô B2: Năm mục tiêu 1999 phải từ 2000 đến 2100.');
    expect(run.stderr).not.toContain('lỗi ngoài dự kiến');
  } finally {
    await dir.remove();
  }
});
