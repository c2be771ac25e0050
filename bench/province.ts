// The province roll-up on the command line: a synthetic province of 170 communes' output workbooks (written
// untimed), then tong-hop-tinh in process: each file's "Số liệu gửi tỉnh" read, classified, added up, and the
// master copy with "Tổng hợp tỉnh" and the report .docx written.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSyntheticProvince } from '../sheets-templates/province/synthetic';
import { runCli } from '../src/node/cli/run';
import type { Metric } from './metric';

const RUNS = 3;

export async function benchProvince(): Promise<Metric[]> {
  const dir = await mkdtemp(join(tmpdir(), 'khuyenhoc-bench-tinh-'));
  try {
    const { master } = await writeSyntheticProvince(dir);
    const times: number[] = [];
    const reads: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      let err = '';
      const io = { stdout: () => undefined, stderr: (t: string) => void (err += t), cwd: dir };
      const t0 = performance.now();
      const code = await runCli(['tong-hop-tinh', master, '--out', join(dir, `out-${i}`)], io);
      times.push(performance.now() - t0);
      if (code !== 0) throw new Error(`tong-hop-tinh on 170 communes failed (${code}): ${err.slice(-2000)}`);
      // The command's own progress line times the reading and adding up, before anything is written.
      const read = /Đã đọc và cộng số liệu \((\d+) ms\)/u.exec(err)?.[1];
      if (read !== undefined) reads.push(Number(read));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
    return [
      { name: 'province.rollup170.ms', value: Math.round(median(times)), unit: 'ms' },
      { name: 'province.rollup170.readMs', value: Math.round(median(reads)), unit: 'ms' },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
