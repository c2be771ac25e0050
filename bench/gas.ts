// Apps Script figures: service calls of a full "Chấm điểm và tổng hợp", bundle size, load time, and every menu
// item on the 20,000-household commune in the enforcing sandbox: simulated seconds per execution (cost model in
// tests/gas/sandbox/cost-model.ts; nothing here ran on Google), executions of "Tạo báo cáo", cells per mark.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD, createSandbox, ensureBuilt, type Sandbox } from '../tests/gas/sandbox/sandbox';
import {
  bigCommune,
  bigWithProblems,
  driveReport,
  EMAILS,
  seconds,
  withEmails,
} from '../tests/gas/full-size';
import { plantMistakes, MISTAKES_SEED } from '../sheets-templates/sample/mistakes';
import { provinceSandbox, syntheticProvince } from '../tests/gas/province';
import type { Metric } from './metric';

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

const MARK_METHODS = ['Range.getBackgrounds', 'Range.getNotes', 'Range.setNotes', 'RangeList.setBackground'];

const sim = (sb: Sandbox, item: string, name: string): Metric => {
  sb.call(name);
  const failed = sb.ui.alerts.find((a) => a.title.startsWith('Không chạy được'));
  if (failed) throw new Error(`${name} failed in the sandbox: ${failed.prompt}`);
  return { name: `gas.sim.${item}.s`, value: seconds(sb.last()), unit: 's' };
};

export async function benchGas(): Promise<Metric[]> {
  ensureBuilt();
  const out: Metric[] = [];
  const sb = createSandbox({ snapshot: bigCommune() });
  withEmails(sb, EMAILS);
  out.push(sim(sb, 'thietLap', 'menuThietLap'));
  sb.tracker.reset();
  out.push(sim(sb, 'tongHop', 'menuTongHop'));
  out.push({ name: 'gas.calls.tongHop', value: sb.tracker.total, unit: 'calls' });
  const run = driveReport(sb);
  const done = run.executions.filter((e) => !e.timedOut);
  out.push(
    { name: 'gas.sim.taoBaoCao.s', value: Math.max(...done.map(seconds)), unit: 's (longest execution)' },
    { name: 'gas.sim.taoBaoCao.executions', value: done.length, unit: 'executions' },
    {
      name: 'gas.sim.taoBaoCao.totalS',
      value: Math.round(done.reduce((n, e) => n + seconds(e), 0) * 10) / 10,
      unit: 's',
    },
    { name: 'gas.sim.taoBaoCao.documents', value: sb.documents.docs.size, unit: 'documents' },
  );
  sb.ui.answers = ['YES'];
  out.push(sim(sb, 'guiTinh', 'menuGuiTinh'));
  out.push(sim(sb, 'huongDan', 'menuHuongDan'));

  // Thiết lập on an empty spreadsheet: every template, dropdowns on 20,000 rows.
  const empty = createSandbox();
  empty.ss.addSheet('Trang tính1');
  out.push(sim(empty, 'thietLap.empty', 'menuThietLap'));

  const big = createSandbox({ snapshot: bigWithProblems() });
  const cellsPerMark = (sb: Sandbox): number => {
    const marked = Number(/đã tô màu (\d+) ô/u.exec(sb.ss.toasts.at(-1) ?? '')?.[1] ?? 0);
    const cells = MARK_METHODS.reduce((n, m) => n + (sb.tracker.cells.get(m) ?? 0), 0);
    return marked > 0 ? Math.round((cells / marked) * 100) / 100 : 0;
  };
  big.tracker.reset();
  out.push(sim(big, 'kiemTra', 'menuKiemTra'));
  out.push({
    name: 'gas.marks.cellsPerMark.column',
    value: cellsPerMark(big),
    unit: 'cells read+written per marked cell (5,000 marks down one column)',
  });
  // The planted mistakes: marks scattered over every register, the case that used to rewrite 1.1 M cells.
  const scattered = createSandbox({ snapshot: plantMistakes(bigCommune(), MISTAKES_SEED).snapshot });
  scattered.tracker.reset();
  out.push(sim(scattered, 'kiemTra.planted', 'menuKiemTra'));
  out.push({
    name: 'gas.marks.cellsPerMark',
    value: cellsPerMark(scattered),
    unit: 'cells read+written per marked cell (planted mistakes, scattered)',
  });
  out.push(sim(big, 'xoaDanhDau', 'menuXoaDanhDau'));

  // The province project over 170 communes: "Đọc số liệu các xã và tổng hợp", then its sidebar's slices.
  const province = syntheticProvince(170);
  const tinh = provinceSandbox(province.names, province.books);
  tinh.call('menuTongHopTinh');
  for (let k = 0; k < 20; k += 1) {
    const answer = tinh.call('tinhStep') as { ok: boolean; value?: { done: boolean }; message?: string };
    if (!answer.ok) throw new Error(`tinhStep failed in the sandbox: ${answer.message ?? ''}`);
    if (answer.value?.done) break;
  }
  const slices = tinh.clock.executions;
  out.push(
    { name: 'gas.sim.rollup170.s', value: Math.max(...slices.map(seconds)), unit: 's (longest execution)' },
    { name: 'gas.sim.rollup170.slices', value: slices.length, unit: 'executions' },
    {
      name: 'gas.sim.rollup170.totalS',
      value: Math.round(slices.reduce((n, e) => n + seconds(e), 0) * 10) / 10,
      unit: 's',
    },
  );

  // The first load also compiles; the median of fresh contexts is what a custom-function call costs.
  const loads = Array.from({ length: 9 }, () => createSandbox().loadMs);
  out.push(
    {
      name: 'gas.bundle.kB',
      value: Math.round((statSync(join(BUILD, 'Code.js')).size / 1024) * 10) / 10,
      unit: 'kB',
    },
    { name: 'gas.load.ms', value: Math.round(median(loads) * 10) / 10, unit: 'ms' },
  );
  return out;
}
