// Maps a stack trace from Apps Script (positions in the minified build/Code.js, e.g. "at ph (Code:2:48211)")
// back to src/ files, lines and names through build/Code.js.map (written by `npm run build`, never pushed).
//   node scripts/stack.mjs < trace.txt      or      node scripts/stack.mjs "at ph (Code:2:48211)"
// The map must come from the same build as the pushed Code.js.
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Every "Code:LINE:COL" (or "Code.js:LINE:COL", "Code.gs:…") of `text`, with its source place appended. */
export const mapTrace = (text, map) =>
  text.replace(/\bCode(?:\.js|\.gs)?:(\d+):(\d+)/gu, (whole, line, col) => {
    // V8 counts lines and columns from 1; the map from 0.
    const e = map.findEntry(Number(line) - 1, Number(col) - 1);
    if (!e || !e.originalSource) return whole;
    const source = e.originalSource.startsWith('file:')
      ? fileURLToPath(e.originalSource)
      : resolve(ROOT, 'build', e.originalSource);
    const where = `${relative(ROOT, source)}:${e.originalLine + 1}:${e.originalColumn + 1}`;
    return `${whole} → ${e.name ? `${e.name} ` : ''}${where}`;
  });

export const loadMap = (file = join(ROOT, 'build/Code.js.map')) =>
  new SourceMap(JSON.parse(readFileSync(file, 'utf8')));

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = process.argv.length > 2 ? process.argv.slice(2).join(' ') : readFileSync(0, 'utf8');
  process.stdout.write(`${mapTrace(text, loadMap())}\n`);
}
