#!/usr/bin/env node
// Every page of the documents, to look at: `npm run pages -- out/*.docx` (no paths: every .docx in out/) converts
// the .docx through LibreOffice (one call, its own profile), writes contact sheets of 24 pages each
// (build/pages/<stem>-01.png …), keeps the PDFs (build/pages/<stem>.pdf, for `pdftoppm -r 60 -f N -l N`), and
// prints what the page audit (src/node/pages/audit.ts) finds, also as build/pages/audit.json. A looking tool, not
// a gate: it exits 0 whatever it finds.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import console from 'node:console';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'build', 'pages');
const PER_SHEET = 24;
const COLUMNS = 6;
/** The longer side of a page on a sheet: a portrait page is 200 px wide. */
const SCALE_TO = 283;

const { parseBboxLayout, auditPages } = await tsImport('../src/node/pages/audit.ts', import.meta.url);
const { parsePgm, contactSheet, encodePng } = await tsImport('../src/node/pages/sheet.ts', import.meta.url);
const { convertToPdf } = await tsImport('../src/node/pages/convert.ts', import.meta.url);

const args = process.argv.slice(2);
const inputs =
  args.length > 0
    ? args.map((a) => resolve(a))
    : readdirSync(join(ROOT, 'out'))
        .filter((f) => f.endsWith('.docx'))
        .map((f) => join(ROOT, 'out', f));
for (const f of inputs)
  if (!['.docx', '.pdf'].includes(extname(f).toLowerCase())) {
    console.error(`not a .docx or .pdf: ${f}`);
    process.exit(2);
  }
if (inputs.length === 0) {
  console.error('no documents: give .docx or .pdf paths, or run `npm start` first to write out/*.docx');
  process.exit(2);
}

const tmp = mkdtempSync(join(tmpdir(), 'kh-pages-'));
try {
  mkdirSync(OUT, { recursive: true });
  const docx = inputs.filter((f) => extname(f).toLowerCase() === '.docx');
  if (docx.length > 0) {
    const started = Date.now();
    console.log(`LibreOffice: converting ${docx.length} .docx …`);
    convertToPdf(docx, join(tmp, 'pdf'), join(tmp, 'profile'), 30 * 60_000);
    console.log(`  ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  const pdfs = inputs.map((f) => {
    const stem = basename(f, extname(f));
    const pdf = extname(f).toLowerCase() === '.pdf' ? f : join(tmp, 'pdf', `${stem}.pdf`);
    return { source: f, stem, pdf };
  });

  const report = { files: [], findings: [] };
  for (const { source, stem, pdf } of pdfs) {
    const kept = join(OUT, `${stem}.pdf`);
    try {
      if (resolve(pdf) !== resolve(kept)) copyFileSync(pdf, kept);
    } catch {
      console.error(`no PDF for ${source} (LibreOffice could not convert it)`);
      continue;
    }
    const xhtml = execFileSync('pdftotext', ['-bbox-layout', kept, '-'], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    const pages = parseBboxLayout(xhtml);
    const findings = auditPages(basename(source), pages);

    for (const f of readdirSync(OUT))
      if (f.startsWith(`${stem}-`) && f.endsWith('.png')) rmSync(join(OUT, f));
    const img = join(tmp, 'img', stem);
    mkdirSync(img, { recursive: true });
    execFileSync('pdftoppm', ['-gray', '-scale-to', String(SCALE_TO), kept, join(img, 'p')]);
    const images = readdirSync(img)
      .filter((f) => f.endsWith('.pgm'))
      .sort()
      .map((f, i) => ({ number: i + 1, image: parsePgm(readFileSync(join(img, f))) }));
    const sheets = [];
    for (let i = 0; i < images.length; i += PER_SHEET) {
      const name = `${stem}-${String(i / PER_SHEET + 1).padStart(2, '0')}.png`;
      writeFileSync(join(OUT, name), encodePng(contactSheet(images.slice(i, i + PER_SHEET), COLUMNS)));
      sheets.push(join('build', 'pages', name));
    }
    report.files.push({
      file: basename(source),
      pdf: join('build', 'pages', `${stem}.pdf`),
      pages: pages.length,
      sheets,
    });
    report.findings.push(...findings);
    console.log(
      `\n${basename(source)}: ${pages.length} pages, ${sheets.length} sheets, ${findings.length} findings`,
    );
    for (const f of findings) console.log(`  p.${f.page} ${f.kind}: ${f.text}\n      ${f.detail}`);
  }
  writeFileSync(join(OUT, 'audit.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nContact sheets and PDFs in build/pages/, findings in build/pages/audit.json.`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
