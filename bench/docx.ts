// Writing every .docx of the synthetic 20,000-household commune, side by side with its floor in the same run: the
// same document markup written from a plain string template and the same parts deflated with zlib, no docx library.
// Both start from the same document models and chart (built once, untimed: the engine's work, shared with Google
// Docs) and end with the files on disk; runs alternate and the medians are compared.
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';
import { buildSync } from 'esbuild';
import JSZip from 'jszip';
import { BENCH_OPTIONS, generateCommune } from '../sheets-templates/sample/generate';
import { runEngine } from '../src/core/engine';
import { buildAllDocuments, buildChartModel } from '../src/core/report';
import { headerGrid } from '../src/core/report/grid';
import { textWidthMm } from '../src/core/report/layout';
import type { DocModel, TableBlock } from '../src/core/report/model';
import { chartPng } from '../src/node/chart/png';
import { renderDocx, type DocxImages } from '../src/node/docx/render';
import type { Metric } from './metric';

const DOCUMENT = 'word/document.xml';

/** What the floor needs from a finished .docx, read untimed: every part but the body tables. */
interface Skeleton {
  /** document.xml cut at each body table: one more piece than tables. */
  pieces: string[];
  /** The other parts, as bytes, in the package's order. */
  parts: [string, Buffer][];
  /** The whole document.xml, to check the floor wrote the same markup. */
  xml: string;
}

/** Tables of document.xml in order: the header and signature blocks are layout tables, table blocks body tables. */
const skeletonOf = async (doc: DocModel, docx: Buffer): Promise<Skeleton> => {
  const zip = await JSZip.loadAsync(docx);
  const parts: [string, Buffer][] = [];
  let xml = '';
  for (const [name, f] of Object.entries(zip.files)) {
    if (f.dir) continue;
    if (name === DOCUMENT) xml = await f.async('string');
    else parts.push([name, await f.async('nodebuffer')]);
  }
  const kinds = doc.sections.flatMap((s) =>
    s.blocks.flatMap((b) =>
      b.kind === 'table' || b.kind === 'header' || b.kind === 'signature' ? [b.kind] : [],
    ),
  );
  const pieces: string[] = [];
  let at = 0;
  let from = 0;
  for (const kind of kinds) {
    const start = xml.indexOf('<w:tbl>', from);
    const end = xml.indexOf('</w:tbl>', start) + '</w:tbl>'.length;
    if (start < 0) throw new Error(`${doc.fileStem}: fewer tables than blocks`);
    if (kind === 'table') {
      pieces.push(xml.slice(at, start));
      at = end;
    }
    from = end;
  }
  pieces.push(xml.slice(at));
  return { pieces, parts, xml };
};

const esc = (s: string): string =>
  s.replace(
    /[&<>"']/gu,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );
const JC = { left: 'left', center: 'center', right: 'right', justify: 'both' } as const;
const twip = (mm: number): number => Math.round((mm / 25.4) * 1440);
const para = (style: string, text: string, jc: string, bold: boolean): string =>
  `<w:p><w:pPr><w:pStyle w:val="${style}"/><w:jc w:val="${jc}"/></w:pPr><w:r>${bold ? '<w:rPr><w:b/><w:bCs/></w:rPr>' : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;

/** The floor's body table: one template per row, joined in batches of rows. */
function* floorTable(t: TableBlock, widthMm: number): Generator<string> {
  const total = t.columns.reduce((s, c) => s + c.weight, 0);
  const mm = t.columns.map((c) => (c.weight / total) * widthMm);
  const grid = mm.map(twip);
  const sum = (a: number[]) => a.reduce((s, x) => s + x, 0);
  const style = `kh-${t.size}`;
  const jcs = t.columns.map((c) => JC[c.align]);
  const b = '<w:LINE w:val="single" w:color="000000" w:sz="4"/>';
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => b.replace('LINE', s));
  const head = headerGrid(t.header, t.columns.length).map((slots, r, all) => {
    let cells = '';
    for (let c = 0; c < slots.length;) {
      const s = slots[c];
      if (!s) break;
      const anchor = s.anchor
        ? s
        : all
            .slice(0, r)
            .reverse()
            .find((row) => row[c]?.anchor)?.[c];
      const span = anchor?.colSpan ?? 1;
      if (s.anchor || s.covered === 'above') {
        const merge = s.anchor
          ? s.rowSpan > 1
            ? '<w:vMerge w:val="restart"/>'
            : ''
          : '<w:vMerge w:val="continue"/>';
        const body = s.anchor
          ? para(style, s.text, 'center', true)
          : '<w:p><w:pPr><w:jc w:val="center"/></w:pPr></w:p>';
        cells += `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${twip(sum(mm.slice(c, c + span)))}"/><w:gridSpan w:val="${span}"/>${merge}<w:vAlign w:val="center"/></w:tcPr>${body}</w:tc>`;
        c += span;
      } else c++;
    }
    return `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${cells}</w:tr>`;
  });
  const row = (r: TableBlock['rows'][number]): string => {
    if ('group' in r)
      return `<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${sum(grid)}"/><w:gridSpan w:val="${grid.length}"/></w:tcPr>${para(style, r.group, 'left', true)}</w:tc></w:tr>`;
    let x = '<w:tr><w:trPr><w:cantSplit/></w:trPr>';
    for (let c = 0; c < r.cells.length; c++)
      x += `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${grid[c]}"/></w:tcPr>${para(style, r.cells[c] ?? '', jcs[c] ?? 'left', r.bold === true)}</w:tc>`;
    return `${x}</w:tr>`;
  };
  yield [
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${twip(widthMm)}"/><w:tblBorders>${borders.join('')}</w:tblBorders>`,
    '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:type="dxa" w:w="23"/><w:left w:type="dxa" w:w="68"/>',
    '<w:bottom w:type="dxa" w:w="23"/><w:right w:type="dxa" w:w="68"/></w:tblCellMar></w:tblPr><w:tblGrid>',
    grid.map((g) => `<w:gridCol w:w="${g}"/>`).join(''),
    '</w:tblGrid>',
    ...head,
  ].join('');
  let batch = '';
  for (const r of t.rows) {
    batch += row(r);
    if (batch.length > 65536) {
      yield batch;
      batch = '';
    }
  }
  yield `${batch}</w:tbl>`;
}

/** document.xml deflated as it is written, with its CRC and size. */
const deflateChunks = async (chunks: Iterable<string>): Promise<{ z: Buffer; crc: number; size: number }> => {
  const deflate = createDeflateRaw();
  const out: Buffer[] = [];
  deflate.on('data', (b: Buffer) => out.push(b));
  const ended = new Promise((resolve) => deflate.on('end', resolve));
  let crc = 0;
  let size = 0;
  for (const s of chunks) {
    const b = Buffer.from(s, 'utf8');
    crc = crc32(b, crc);
    size += b.length;
    if (!deflate.write(b)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await ended;
  return { z: Buffer.concat(out), crc, size };
};

/** A stored-directory zip of deflated entries (what any .docx writer must at least do). */
const zipOf = (files: [string, { z: Buffer; crc: number; size: number }][]): Buffer => {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, { z, crc, size: length }] of files) {
    const n = Buffer.from(name, 'utf8');
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(0x0800, 6);
    h.writeUInt16LE(8, 8);
    h.writeUInt32LE(crc, 14);
    h.writeUInt32LE(z.length, 18);
    h.writeUInt32LE(length, 22);
    h.writeUInt16LE(n.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    h.copy(c, 8, 6, 30);
    c.writeUInt32LE(offset, 42);
    local.push(h, n, z);
    central.push(c, n);
    offset += 30 + n.length + z.length;
  }
  const size = central.reduce((s, b) => s + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, ...central, end]);
};

/** The floor: document.xml from the template, every part deflated, files written. */
const writeFloor = async (
  docs: readonly DocModel[],
  dir: string,
  skeletons: ReadonlyMap<string, Skeleton>,
  keep?: Map<string, string>,
): Promise<void> => {
  for (const doc of docs) {
    const sk = skeletons.get(doc.fileStem);
    if (!sk) throw new Error(`no skeleton for ${doc.fileStem}`);
    const pieces = function* () {
      yield sk.pieces[0] ?? '';
      let i = 1;
      for (const s of doc.sections)
        for (const b of s.blocks)
          if (b.kind === 'table') {
            yield* floorTable(b, textWidthMm(s.orientation));
            yield sk.pieces[i++] ?? '';
          }
    };
    if (keep) keep.set(doc.fileStem, [...pieces()].join(''));
    const files: [string, { z: Buffer; crc: number; size: number }][] = [
      [DOCUMENT, await deflateChunks(pieces())],
      ...sk.parts.map(([name, data]): [string, { z: Buffer; crc: number; size: number }] => [
        name,
        { z: deflateRawSync(data), crc: crc32(data), size: data.length },
      ]),
    ];
    await writeFile(join(dir, `${doc.fileStem}.docx`), zipOf(files));
  }
};

/** What the command line does after building the models: render each document and write it. */
const writeLibrary = async (
  docs: readonly DocModel[],
  dir: string,
  images: DocxImages,
): Promise<string[]> => {
  const paths: string[] = [];
  for (const doc of docs) {
    const path = join(dir, `${doc.fileStem}.docx`);
    await writeFile(path, await renderDocx(doc, images));
    paths.push(path);
  }
  return paths;
};

const RUNS = 5;
const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const timed = async (f: () => Promise<unknown>): Promise<number> => {
  const t0 = performance.now();
  await f();
  return performance.now() - t0;
};

/** Peak resident memory of a fresh plain-Node process that writes every .docx of the commune under a 1 GB heap. */
const peakMB = (): number => {
  const outfile = 'build/bench-docx-peak.mjs';
  buildSync({
    entryPoints: [fileURLToPath(new URL('./docx-peak.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    // A native addon: loaded from node_modules at run time.
    external: ['@resvg/resvg-js'],
    outfile,
    logLevel: 'error',
  });
  const child = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=1024', outfile], {
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`docx-peak failed under a 1 GB heap: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}').peakMB as number;
};

export async function benchDocx(): Promise<Metric[]> {
  const result = runEngine(generateCommune(BENCH_OPTIONS));
  const t0 = performance.now();
  const docs = buildAllDocuments(result);
  const modelsMs = performance.now() - t0;
  const images = { chart: chartPng(buildChartModel(result)) };
  const dir = await mkdtemp(join(tmpdir(), 'khuyenhoc-bench-docx-'));
  try {
    const lib = join(dir, 'docx');
    const floor = join(dir, 'floor');
    await mkdir(lib);
    await mkdir(floor);
    // Untimed: the parts the floor copies, and a check that it writes the same markup as the library.
    const written = await writeLibrary(docs, lib, images);
    const skeletons = new Map<string, Skeleton>();
    for (const [i, doc] of docs.entries()) {
      const path = written[i];
      if (!path) throw new Error(`${doc.fileStem} was not written`);
      skeletons.set(doc.fileStem, await skeletonOf(doc, await readFile(path)));
    }
    const xmls = new Map<string, string>();
    await writeFloor(docs, floor, skeletons, xmls);
    for (const [stem, sk] of skeletons)
      if (xmls.get(stem) !== sk.xml) throw new Error(`the floor did not write the same markup for ${stem}`);
    xmls.clear();
    const libTimes: number[] = [];
    const floorTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      libTimes.push(await timed(() => writeLibrary(docs, lib, images)));
      floorTimes.push(await timed(() => writeFloor(docs, floor, skeletons)));
    }
    const libMs = median(libTimes);
    const floorMs = median(floorTimes);
    return [
      { name: 'docx.commune20k.modelsMs', value: Math.round(modelsMs), unit: 'ms' },
      { name: 'docx.commune20k.ms', value: Math.round(libMs), unit: 'ms' },
      { name: 'docx.commune20k.floorMs', value: Math.round(floorMs), unit: 'ms' },
      { name: 'docx.commune20k.ratioToFloor', value: Math.round((libMs / floorMs) * 100) / 100, unit: 'x' },
      { name: 'docx.commune20k.peakMB', value: peakMB(), unit: 'MB' },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
