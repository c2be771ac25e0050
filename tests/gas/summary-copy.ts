// What the Google-side summary tests compare with: the command line's .xlsx copy of the same small commune, made
// at the instant the sandbox run stamped, so both sheets must agree cell for cell.
import { basename, extname, join } from 'node:path';
import type { CellValue } from '../../src/core/snapshot';
import { runCli } from '../../src/node/cli/run';
import { readWorkbook } from '../../src/node/xlsx/read';
import { SAMPLE_OPTIONS } from '../../sheets-templates/sample/generate';

export const SMALL = { ...SAMPLE_OPTIONS, villages: 4, households: 120, clans: 8, units: 5, citizens: 300 };
/** 0-based column of "Thời điểm tạo" in the summary schema. */
export const GENERATED_AT = 18;

/** Blank cells as the sandbox's sheets hold them. */
export const cells = (rows: readonly (readonly CellValue[])[]): CellValue[][] =>
  rows.map((r) => r.map((v) => (v === null || v === undefined ? '' : v)));

/** The named sheet of `tong-hop`'s copy of `xlsx`, written into `dir` with its clock at `generatedAt`. */
export const cliCopySheet = async (
  xlsx: string,
  dir: string,
  sheet: string,
  generatedAt: string,
): Promise<CellValue[][]> => {
  const exit = await runCli(
    ['tong-hop', xlsx, '--out', dir],
    { stdout: () => {}, stderr: () => {}, cwd: dir },
    { writeReports: async () => [], now: () => new Date(generatedAt) },
  );
  if (exit !== 0) throw new Error(`tong-hop exited ${exit}`);
  const copy = await readWorkbook(join(dir, `${basename(xlsx, extname(xlsx))}-tong-hop.xlsx`));
  return cells(copy[sheet] ?? []);
};
