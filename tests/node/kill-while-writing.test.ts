// Fault test: the real command line killed at random moments while it writes. Every file in the output folder must
// then be the previous good one or a complete new one; a polite kill leaves no temporary file, and the next run
// removes what a hard kill left.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { generateCommune } from '../../sheets-templates/sample/generate';
import { buildTemplateWorkbook } from '../../src/node/xlsx/template';
import { saveWorkbook } from '../../src/node/xlsx/write';
import { ROOT, tempDir } from './helpers';

const MAIN = join(ROOT, 'src', 'node', 'cli', 'main.ts');
const TSX_LOADER = pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const TEMP = /^\.kh-.*\.tmp$/u;

let dir: Awaited<ReturnType<typeof tempDir>>;
let input: string;
let out: string;

beforeAll(async () => {
  dir = await tempDir();
  input = join(dir.path, 'xa.xlsx');
  out = join(dir.path, 'out');
  const commune = { seed: 11, villages: 6, households: 400, clans: 8, units: 5, citizens: 800, year: 2026 };
  await saveWorkbook(buildTemplateWorkbook(generateCommune(commune)), input);
});
afterAll(() => dir.remove());

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  writingMs: number;
}

/** Runs the command; with `kill`, sends that signal `afterMs` after the first "Đang ghi" progress line. */
const run = (kill?: { signal: NodeJS.Signals; afterMs: number }): Promise<Run> =>
  new Promise((done, fail) => {
    // One process (not the tsx launcher, which runs the program in a child that a SIGKILL would orphan).
    const child = spawn(process.execPath, ['--import', TSX_LOADER, MAIN, 'tong-hop', input, '--out', out], {
      cwd: dir.path,
    });
    let writingAt = 0;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      if (writingAt === 0 && chunk.includes('Đang ghi')) {
        writingAt = performance.now();
        if (kill) setTimeout(() => child.kill(kill.signal), kill.afterMs);
      }
    });
    child.stdout.resume();
    child.on('error', fail);
    child.on('close', (code, signal) =>
      done({ code, signal, writingMs: writingAt ? performance.now() - writingAt : 0 }),
    );
  });

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const files = () => readdirSync(out).filter((n) => !TEMP.test(n));
const temps = () => readdirSync(out).filter((n) => TEMP.test(n));

/** A complete .xlsx or .docx: a zip whose every part inflates. */
const complete = async (path: string): Promise<boolean> => {
  try {
    const zip = await JSZip.loadAsync(readFileSync(path), { checkCRC32: true });
    await Promise.all(Object.values(zip.files).map((f) => f.async('uint8array')));
    return zip.file('[Content_Types].xml') !== null;
  } catch {
    return false;
  }
};

// A fixed seed: the moments differ from one another but not from one CI run to the next.
const moments = (n: number, seed: number): number[] => {
  let s = seed;
  return Array.from({ length: n }, () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  });
};

test('killed at random moments while writing, the output folder holds only previous good or complete new files', async () => {
  const first = await run();
  expect(first.code).toBe(0);
  let good = new Map(files().map((n) => [n, sha(join(out, n))]));
  expect(good.size).toBeGreaterThan(3);

  for (const m of moments(4, 20261202)) {
    const killed = await run({ signal: 'SIGKILL', afterMs: m * first.writingMs });
    expect(killed.signal === 'SIGKILL' || killed.code === 0).toBe(true);
    for (const name of files()) {
      const path = join(out, name);
      const ok = good.get(name) === sha(path) || (await complete(path));
      expect({ name, ok }).toEqual({ name, ok: true });
    }
    expect(files().sort()).toEqual([...good.keys()].sort());
    expect(temps().length).toBeLessThanOrEqual(1);
    good = new Map(files().map((n) => [n, sha(join(out, n))]));
  }

  const polite = await run({ signal: 'SIGTERM', afterMs: first.writingMs / 2 });
  expect(polite.code === 143 || polite.code === 0).toBe(true);
  expect(temps()).toEqual([]);

  const last = await run();
  expect(last.code).toBe(0);
  expect(temps()).toEqual([]);
  for (const name of files())
    expect({ name, ok: await complete(join(out, name)) }).toEqual({ name, ok: true });
}, 240_000);
