// Seeded damage, as a scan or a PDF copy does it: marks lost or misread, Đ read as P, O for 0, lines re-wrapped
// (a percentage can end up on the next line), spacing doubled. Used by the tests and the bench.
import { stripDiacritics } from '../../src/core/text/normalize';

export const rng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

// A break before these would turn a wrapped line into a bullet, a numbered heading or a table row.
const MARKER = /^(?:[-–+•|]|\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\)|[IVX]{1,5}\.)$/u;
const MISREAD: Record<string, string> = {
  ế: 'é',
  ề: 'è',
  ạ: 'a',
  ậ: 'â',
  ộ: 'ô',
  ơ: 'o',
  ư: 'u',
  ả: 'á',
  ọ: 'o',
};

/**
 * Re-wraps every paragraph line at a random width, never before a marker-like word; table rows and Markdown
 * headings (one line each wherever Markdown comes from) stay whole.
 */
export const rewrap = (text: string, random: () => number, split = false): string =>
  text
    .split('\n')
    .map((line) => {
      if (/[|\t]/u.test(line) || /^\s*#/u.test(line) || line.length < 30) return line;
      const width = 28 + Math.floor(random() * 50);
      const words = line.split(' ');
      const out: string[] = [];
      let cur = '';
      for (const w of words) {
        const breakable = cur.length >= width && !MARKER.test(w);
        if (breakable) {
          out.push(cur);
          cur = w;
        } else cur = cur === '' ? w : `${cur} ${w}`;
        // "85%" split across lines, as a scan's columns do.
        if (split && /^\d{1,3}%/u.test(w) && random() < 0.3) {
          const n = /^\d{1,3}/u.exec(w)?.[0] ?? '';
          cur = cur.slice(0, cur.length - w.length) + n;
          out.push(cur);
          cur = w.slice(n.length);
        }
      }
      if (cur !== '') out.push(cur);
      return out.join('\n');
    })
    .join('\n');

/** The OCR version of a plan; the same seed always gives the same text. */
export const ocrDamage = (text: string, seed: number): string => {
  const random = rng(seed);
  const words = rewrap(text, random, true)
    .split(/(\s+)/u)
    .map((w) => {
      if (/^\s+$/u.test(w)) return random() < 0.1 ? `${w} ` : w;
      let out = w;
      const r = random();
      if (r < 0.4) out = stripDiacritics(out);
      else if (r < 0.7) out = Array.from(out, (c) => MISREAD[c] ?? c).join('');
      if (out.startsWith('Đ') && random() < 0.6) out = `P${out.slice(1)}`;
      if (/^20\d\d/u.test(out) && random() < 0.2) out = out.replace(/0/u, 'O');
      if (random() < 0.03 && /^(?:học|hoc)$/u.test(out)) out = `${out}\uE000`;
      return out;
    });
  // "học tập" run together: the private-use mark shows where a space was lost.
  return words.join('').replace(/\uE000\s+/gu, '');
};
