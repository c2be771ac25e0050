// Comparing what a shell showed with the hand-counted expectation: right, wrong with exit 0, or other.
import type { BaseRatio, Expectation, Location, TitleFigures, VillageFigures } from './expectation';
import { fold, readSummary, shownCount, shownPercent, type ShownVillage } from './summary-sheet';

export type Verdict = 'right' | 'wrong-exit0' | 'other';

/** What one shell did with one workbook, in the terms both shells share. */
export interface ShellRun {
  shell: 'cli' | 'gas';
  /** The command line's exit code; for the sandbox 0 when documents were made, 1 when refused with data errors. */
  exit: number;
  /** Whether the report documents were written. */
  documents: boolean;
  /** Rows of the "Tổng hợp" sheet, if one was written. */
  summary: unknown[][] | null;
  /** Rows of the "Lỗi dữ liệu" sheet, if one was written. */
  problems: unknown[][] | null;
  /** Console lines, dialogs and toasts. */
  messages: string[];
}

export interface Judgement {
  verdict: Verdict;
  /** Why, one line per mismatch (empty when right). */
  reasons: string[];
}

const sameShown = (what: string, want: unknown, got: unknown, out: string[]) => {
  if (want !== undefined && want !== got)
    out.push(`${what}: cần ${want === null ? '"chưa tính được"' : String(want)}, thấy ${String(got)}`);
};

const cellOf = (v: ShownVillage, header: string): unknown => v.cells.get(header);

const compareTitle = (
  what: string,
  want: TitleFigures,
  got: ReturnType<typeof readSummary>['titles'],
  key: string,
  out: string[],
) => {
  const t = got.get(key);
  if (!t) return void out.push(`${what}: không thấy dòng trên "Tổng hợp"`);
  sameShown(`${what} đăng ký`, want.registered, t.registered, out);
  sameShown(`${what} công nhận`, want.recognised, t.recognised, out);
  sameShown(`${what} tổng số`, want.total, t.total, out);
  sameShown(`${what} tỷ lệ`, want.percent, t.percent, out);
};

const compareBase = (
  what: string,
  want: BaseRatio | undefined,
  got: { n: unknown; d: unknown; p: unknown },
  out: string[],
) => {
  if (!want) return;
  sameShown(`${what} số đạt`, want.numerator, shownCount(got.n), out);
  sameShown(`${what} mẫu số`, want.denominator, shownCount(got.d), out);
  sameShown(`${what} tỷ lệ`, want.percent, shownPercent(got.p), out);
};

const compareVillageRow = (
  what: string,
  want: Omit<VillageFigures, 'name'>,
  v: ShownVillage,
  out: string[],
) => {
  const c = (h: string) => cellOf(v, h);
  if (want.family) {
    sameShown(`${what} tổng số hộ`, want.family.total, shownCount(c('tong so ho')), out);
    sameShown(`${what} hộ đăng ký`, want.family.registered, shownCount(c('ho dang ky')), out);
    sameShown(`${what} hộ đạt`, want.family.recognised, shownCount(c('ho dat gdht')), out);
    sameShown(`${what} GĐHT`, want.family.percent, shownPercent(c('gdht')), out);
  }
  if (want.clan) {
    sameShown(`${what} số dòng họ`, want.clan.total, shownCount(c('so dong ho')), out);
    sameShown(`${what} dòng họ đạt`, want.clan.recognised, shownCount(c('dong ho dat')), out);
    sameShown(`${what} DHHT`, want.clan.percent, shownPercent(c('dhht')), out);
  }
  if (want.community !== undefined) sameShown(`${what} CĐHT`, want.community, String(c('cdht') ?? ''), out);
  compareBase(
    `${what} người lớn`,
    want.adults,
    { n: c('nguoi lon dat'), d: c('so nguoi lon'), p: c('cdht nguoi lon') },
    out,
  );
  compareBase(
    `${what} lao động`,
    want.workers,
    { n: c('lao dong dat'), d: c('so lao dong'), p: c('cdht lao dong') },
    out,
  );
};

export const compareFigures = (
  e: Extract<Expectation, { outcome: 'figures' }>,
  rows: unknown[][],
): string[] => {
  const s = readSummary(rows);
  const out: string[] = [];
  const c = e.commune;
  for (const key of ['family', 'clan', 'community', 'unit'] as const) {
    const want = c[key];
    if (want) compareTitle(key, want, s.titles, key, out);
  }
  if (c.citizen) {
    const t = s.titles.get('citizen');
    sameShown('citizen đăng ký', c.citizen.registered, t?.registered ?? null, out);
    sameShown('citizen công nhận', c.citizen.recognised, t?.recognised ?? null, out);
    if (s.commune) {
      const row = s.commune;
      compareVillageRow(
        'toàn xã',
        {
          ...(c.citizen.adults ? { adults: c.citizen.adults } : {}),
          ...(c.citizen.workers ? { workers: c.citizen.workers } : {}),
        },
        row,
        out,
      );
    } else if (c.citizen.adults || c.citizen.workers) out.push('không thấy dòng toàn xã');
    const line = (start: string) => [...s.lines.entries()].find(([k]) => k.startsWith(start))?.[1];
    // The officials' line spells the group as its row above does ("Cán bộ, công chức, viên chức …").
    const officials = line('can bo cong chuc vien chuc trong don vi');
    compareBase('CBCCVC', c.citizen.officials, { n: undefined, d: undefined, p: officials }, out);
    compareBase(
      'kỹ năng số',
      c.citizen.digital,
      { n: undefined, d: undefined, p: line('cdht co ky nang so') },
      out,
    );
    compareBase(
      'thành thạo kỹ năng số',
      c.citizen.digitalPro,
      { n: undefined, d: undefined, p: line('cdht thanh thao') },
      out,
    );
  }
  if (e.villageNames) {
    const names = s.villages.map((v) => v.name);
    if (names.join('|') !== e.villageNames.join('|'))
      out.push(`các thôn: cần ${e.villageNames.join(', ')}; thấy ${names.join(', ')}`);
  }
  for (const v of e.villages) {
    const row = s.villages.find((x) => x.name === v.name);
    if (!row) {
      out.push(`không thấy thôn "${v.name}" (thấy ${s.villages.map((x) => x.name).join(', ')})`);
      continue;
    }
    compareVillageRow(v.name, v, row, out);
  }
  return out;
};

/** Message lines of a run: console, dialogs, and each row of "Lỗi dữ liệu" joined. */
const messageLines = (run: ShellRun): string[] => [
  ...run.messages.flatMap((m) => m.split('\n')),
  ...(run.problems ?? []).map((r) => r.map((c) => String(c ?? '')).join(' | ')),
];

const names = (line: string, at: Location): boolean => {
  const hasSheet = line.includes(at.sheet) || fold(line).includes(fold(at.sheet));
  const hasCell = at.cell === undefined || new RegExp(`(^|[^A-Z0-9])${at.cell}([^0-9]|$)`, 'u').test(line);
  const hasWords = (at.words ?? []).every((w) => line.includes(w) || fold(line).includes(fold(w)));
  return hasSheet && hasCell && hasWords;
};

export const errorCount = (run: ShellRun): number | null => {
  if (!run.problems) return null;
  return run.problems.filter((r) => r.some((c) => c === 'Lỗi')).length;
};

export const judge = (e: Expectation, run: ShellRun): Judgement => {
  if (e.outcome === 'figures') {
    if (!run.summary)
      return {
        verdict: 'other',
        reasons: [
          `không có trang "Tổng hợp" (mã thoát ${run.exit})`,
          ...run.messages.filter((m) => m.trim() !== '').slice(0, 3),
        ],
      };
    const reasons = compareFigures(e, run.summary);
    if (run.exit !== e.exit) reasons.unshift(`mã thoát ${run.exit}, cần ${e.exit}`);
    if (e.exit === 0 && !run.documents) reasons.push('không lập văn bản');
    if (e.exit === 1 && run.documents) reasons.push('đã lập văn bản dù dữ liệu còn lỗi');
    if (reasons.length === 0) return { verdict: 'right', reasons };
    return { verdict: run.exit === 0 && run.documents ? 'wrong-exit0' : 'other', reasons };
  }
  const reasons: string[] = [];
  if (run.exit === 0 || run.documents)
    return {
      verdict: 'wrong-exit0',
      reasons: [`không từ chối: mã thoát ${run.exit}${run.documents ? ', đã lập văn bản' : ''}`],
    };
  if (run.shell === 'cli' && run.exit !== e.exit) reasons.push(`mã thoát ${run.exit}, cần ${e.exit}`);
  const lines = messageLines(run);
  for (const at of e.locations)
    if (!lines.some((l) => names(l, at)))
      reasons.push(
        `không có thông báo nêu trang "${at.sheet}"${at.cell ? `, ô ${at.cell}` : ''}${at.words ? ` (${at.words.join(', ')})` : ''}`,
      );
  const errors = errorCount(run);
  if (e.maxErrors !== undefined && errors !== null && errors > e.maxErrors)
    reasons.push(`${errors} lỗi, cần không quá ${e.maxErrors} (một lỗi, một thông báo)`);
  return { verdict: reasons.length === 0 ? 'right' : 'other', reasons };
};
