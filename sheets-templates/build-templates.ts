// Writes the committed .xlsx files from the layout and the sample generator (run: npx tsx sheets-templates/build-templates.ts).
// A file whose cells would not change is left alone, so regenerating does not churn the repository.
import { access, rename, rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WorkbookSnapshot } from '../src/core/snapshot';
import { readWorkbook } from '../src/node/xlsx/read';
import { buildTemplateWorkbook } from '../src/node/xlsx/template';
import { saveWorkbook } from '../src/node/xlsx/write';
import { generateCommune, SAMPLE_OPTIONS } from './sample/generate';
import { MISTAKES_SEED, plantMistakes } from './sample/mistakes';

const here = dirname(fileURLToPath(import.meta.url));

export const TEMPLATE_FILES = {
  empty: join(here, 'mau-trong.xlsx'),
  sample: join(here, 'xa-mau.xlsx'),
  mistakes: join(here, 'xa-mau-co-loi.xlsx'),
} as const;

const cellKey = (v: unknown): string => (v instanceof Date ? `D${v.getTime()}` : JSON.stringify(v ?? null));
const sameCells = (a: WorkbookSnapshot, b: WorkbookSnapshot): boolean =>
  JSON.stringify(Object.keys(a)) === JSON.stringify(Object.keys(b)) &&
  Object.keys(a).every((name) => {
    const x = a[name] ?? [];
    const y = b[name] ?? [];
    const rows = Math.max(x.length, y.length);
    for (let r = 0; r < rows; r++) {
      const cols = Math.max(x[r]?.length ?? 0, y[r]?.length ?? 0);
      for (let c = 0; c < cols; c++) if (cellKey(x[r]?.[c]) !== cellKey(y[r]?.[c])) return false;
    }
    return true;
  });

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

const build = async (path: string, snapshot?: WorkbookSnapshot): Promise<string> => {
  const wb = buildTemplateWorkbook(snapshot);
  const tmp = `${path}.new.xlsx`;
  await saveWorkbook(wb, tmp);
  const fresh = await readWorkbook(tmp);
  if ((await exists(path)) && sameCells(fresh, await readWorkbook(path))) {
    await rm(tmp);
    return `${relative(process.cwd(), path)}: không đổi`;
  }
  await rename(tmp, path);
  return `${relative(process.cwd(), path)}: đã ghi`;
};

const main = async () => {
  const sample = generateCommune(SAMPLE_OPTIONS);
  for (const line of [
    await build(TEMPLATE_FILES.empty),
    await build(TEMPLATE_FILES.sample, sample),
    await build(TEMPLATE_FILES.mistakes, plantMistakes(sample, MISTAKES_SEED).snapshot),
  ])
    process.stdout.write(`${line}\n`);
};

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
