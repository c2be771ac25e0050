// A bug in the program is not the officer's fault: one Vietnamese line to pass on, exit 4, never a stack trace.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/node/cli/run';
import { SAMPLE } from './helpers';

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
