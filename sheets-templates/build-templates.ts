// Writes the committed .xlsx files from the layout and the sample generator (run: npx tsx sheets-templates/build-templates.ts).
// A file whose content would not change is left alone, so regenerating does not churn the repository.
import { access, readFile, rename, rm } from 'node:fs/promises';
import JSZip from 'jszip';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WorkbookSnapshot } from '../src/core/snapshot';
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

// Everything but the document properties, whose timestamps change on every save: cells, notes, dropdowns, widths.
const STAMPED = new Set(['docProps/core.xml', 'docProps/app.xml']);
const sameContent = async (a: string, b: string): Promise<boolean> => {
  const [x, y] = await Promise.all([
    readFile(a).then((d) => JSZip.loadAsync(d)),
    readFile(b).then((d) => JSZip.loadAsync(d)),
  ]);
  const names = Object.keys(x.files)
    .filter((n) => !STAMPED.has(n))
    .sort();
  if (
    JSON.stringify(names) !==
    JSON.stringify(
      Object.keys(y.files)
        .filter((n) => !STAMPED.has(n))
        .sort(),
    )
  )
    return false;
  for (const name of names) {
    const [u, v] = await Promise.all([x.file(name)?.async('string'), y.file(name)?.async('string')]);
    if (u !== v) return false;
  }
  return true;
};

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

const build = async (path: string, snapshot?: WorkbookSnapshot): Promise<string> => {
  const wb = buildTemplateWorkbook(snapshot);
  const tmp = `${path}.new.xlsx`;
  await saveWorkbook(wb, tmp);
  if ((await exists(path)) && (await sameContent(tmp, path))) {
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
