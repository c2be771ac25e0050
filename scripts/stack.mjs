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

/**
 * Every "Code:LINE:COL" (or "Code.js:LINE:COL", "Code.gs:…") of `text`, and every "feature-NAME.js:LINE:COL" of a
 * module read from its HTML file (scripts/split.mjs), with its source place appended. `maps` gives a file's map.
 */
export const mapTrace = (text, maps) =>
  text.replace(/\b(Code(?:\.js|\.gs)?|feature-[\w-]+\.js):(\d+):(\d+)/gu, (whole, file, line, col) => {
    const feature = file.startsWith('feature-');
    const map = typeof maps === 'function' ? maps(feature ? file : 'Code.js') : maps;
    if (!map) return whole;
    // V8 counts lines and columns from 1, the map from 0; `new Function` puts two lines before a module's body.
    const e = map.findEntry(Number(line) - 1 - (feature ? 2 : 0), Number(col) - 1);
    if (!e || !e.originalSource) return whole;
    const source = e.originalSource.startsWith('file:')
      ? fileURLToPath(e.originalSource)
      : resolve(ROOT, 'build', e.originalSource);
    const where = `${relative(ROOT, source)}:${e.originalLine + 1}:${e.originalColumn + 1}`;
    return `${whole} → ${e.name ? `${e.name} ` : ''}${where}`;
  });

export const loadMap = (file = join(ROOT, 'build/Code.js.map')) =>
  new SourceMap(JSON.parse(readFileSync(file, 'utf8')));

/** The map of Code.js or of a module file, from build/ (null when that build has no such file). */
export const buildMaps = (dir = join(ROOT, 'build')) => {
  const known = new Map();
  return (file) => {
    if (!known.has(file)) {
      try {
        known.set(file, loadMap(join(dir, `${file}.map`)));
      } catch {
        known.set(file, null);
      }
    }
    return known.get(file);
  };
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = process.argv.length > 2 ? process.argv.slice(2).join(' ') : readFileSync(0, 'utf8');
  process.stdout.write(`${mapTrace(text, buildMaps())}\n`);
}
