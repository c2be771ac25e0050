// Finding titles and populations in a unit's folded text, tolerant of OCR slips in the title names.
import { editDistance } from '../../text/similar';
import {
  fillers,
  populations,
  titleAbbreviations,
  titlePhrases,
  type Population,
  type Title,
} from './lexicon';
import type { Unit } from './units';

export interface Token {
  text: string;
  start: number;
  end: number;
}

export const tokenize = (folded: string): Token[] =>
  Array.from(folded.matchAll(/[\p{L}\p{N}]+/gu), (m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));

export interface TitleHit {
  title: Title;
  start: number;
  end: number;
}

const joined = (tokens: readonly Token[], i: number, n: number): string | null => {
  if (n < 1 || i + n > tokens.length) return null;
  let s = '';
  for (let k = i; k < i + n; k++) s += tokens[k]?.text ?? '';
  return s;
};

const PHRASES = titlePhrases.map((p) => ({ title: p.title, n: p.tokens.length, key: p.tokens.join('') }));

/** Title names in the unit between `from` and `to`; a name may be split ("hoc tap" → "h oc tap") or off by one letter. */
export const findTitles = (unit: Unit, tokens: readonly Token[], from = 0, to = Infinity): TitleHit[] => {
  const hits: TitleHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (!first || first.start < from || first.end > to) continue;
    const abbr = titleAbbreviations[first.text];
    if (abbr) {
      const original = unit.text.slice(first.start, first.end);
      hits.push({ title: abbr === 'citizen' && /đ/iu.test(original) ? 'community' : abbr, ...first });
      continue;
    }
    let best: { title: Title; n: number; distance: number } | null = null;
    let tied = false;
    for (const p of PHRASES) {
      for (const n of [p.n, p.n - 1, p.n + 1]) {
        const s = joined(tokens, i, n);
        if (s === null || Math.abs(s.length - p.key.length) > 1 || s[0] !== p.key[0]) continue;
        const d = s === p.key ? 0 : editDistance(s, p.key);
        if (d > 1) continue;
        if (!best || d < best.distance) {
          best = { title: p.title, n, distance: d };
          tied = false;
        } else if (d === best.distance && best.title !== p.title) tied = true;
      }
    }
    if (best && !tied) {
      const last = tokens[i + best.n - 1];
      if (last && last.end <= to) {
        hits.push({ title: best.title, start: first.start, end: last.end });
        i += best.n - 1;
      }
    }
  }
  return hits;
};

export interface PopulationHit {
  population: Population;
  start: number;
  end: number;
}

// Words that end the noun phrase after a percentage: "90% cán bộ … trong đơn vị", "85% hộ được công nhận".
const NP_STOP = new Set([
  'duoc',
  'dat',
  'co',
  'trong',
  'tham',
  'trien',
  'thuc',
  'hoan',
  'phai',
  'deu',
  'la',
  'o',
  'tai',
  'thuoc',
  'truc',
  'tren',
  'vao',
  'den',
  'nam',
  'tu',
]);

/** The population the percentage counts: the first population words of the noun phrase starting at token `i`. */
export const populationAfter = (
  tokens: readonly Token[],
  i: number,
  to = Infinity,
  titles: readonly TitleHit[] = [],
): PopulationHit | null => {
  let first: PopulationHit | null = null;
  let association: PopulationHit | null = null;
  let skipped = 0;
  for (let k = i; k < tokens.length && k < i + 14; k++) {
    const t = tokens[k];
    if (!t || t.start >= to) break;
    if (first === null && fillers.has(t.text) && skipped < 3) {
      skipped++;
      continue;
    }
    if (NP_STOP.has(t.text)) break;
    // "Công dân học tập (% người lớn)": the title's own words are not its population.
    const inTitle = titles.some((h) => t.start >= h.start && t.end <= h.end);
    const hit = inTitle ? null : populationAt(tokens, k, to);
    if (!hit) {
      // The population comes first in the phrase; a phrase that opens with something else counts nothing known.
      if (first === null) return null;
      continue;
    }
    if (hit.population.kind === 'association') association ??= hit;
    first ??= hit;
    k += hit.tokens - 1;
  }
  return association ?? first;
};

const populationAt = (tokens: readonly Token[], k: number, to: number) => {
  for (const p of populations) {
    let ok = true;
    for (let j = 0; j < p.tokens.length; j++) {
      const t = tokens[k + j];
      if (!t || t.text !== p.tokens[j] || t.end > to) {
        ok = false;
        break;
      }
    }
    const last = tokens[k + p.tokens.length - 1];
    const first = tokens[k];
    if (ok && first && last)
      return { population: p.population, start: first.start, end: last.end, tokens: p.tokens.length };
  }
  return null;
};

/** Any population words in a range, for labels written before the number ("Tỷ lệ hộ gia đình …: 80%"). */
export const populationIn = (
  tokens: readonly Token[],
  from: number,
  to: number,
  titles: readonly TitleHit[] = [],
): PopulationHit | null => {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || t.start < from) continue;
    if (t.end > to) break;
    // "từng thôn", "mỗi tổ dân phố" say where, not whom.
    if (SCOPE_WORDS.has(tokens[k - 1]?.text ?? '')) continue;
    if (titles.some((h) => t.start >= h.start && t.end <= h.end)) continue;
    const hit = populationAfter(tokens, k, to, titles);
    if (hit) return hit;
  }
  return null;
};

const SCOPE_WORDS = new Set(['tung', 'moi', 'ca']);

export const firstTokenAt = (tokens: readonly Token[], pos: number): number => {
  const i = tokens.findIndex((t) => t.start >= pos);
  return i < 0 ? tokens.length : i;
};
