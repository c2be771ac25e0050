#!/usr/bin/env node
// The command line as npm runs it (npm start, npm run cli, the package's bin): the prebuilt bundle, rebuilt first
// when it is missing or older than the sources, so a fresh clone or an edited source never runs stale code.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLE = join(ROOT, 'build', 'cli', 'khuyenhoc.mjs');
const SOURCES = ['src', 'sheets-templates', 'package-lock.json', 'scripts/build-cli.mjs'];

const mtimeOf = (path) => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
};

/** The newest modification time under the sources (TypeScript files and the lock that pins the bundled packages). */
const newestSource = () => {
  let newest = 0;
  const walk = (path) => {
    const info = statSync(path, { throwIfNoEntry: false });
    if (!info) return;
    if (info.isDirectory()) {
      for (const name of readdirSync(path)) walk(join(path, name));
    } else if (/\.(ts|mjs|json)$/u.test(path)) newest = Math.max(newest, info.mtimeMs);
  };
  for (const source of SOURCES) walk(join(ROOT, source));
  return newest;
};

if (mtimeOf(BUNDLE) < newestSource()) {
  process.stderr.write('… Đang dựng chương trình dòng lệnh (lần đầu, hoặc mã nguồn vừa thay đổi)…\n');
  const { buildCli } = await import('./build-cli.mjs');
  await buildCli();
}
await import(pathToFileURL(BUNDLE).href);
