// "Did you mean …?" hints: nearest known name by edit distance on folded keys.
import { foldKey } from './normalize';

/** Damerau–Levenshtein (optimal string alignment) distance over code points. */
export function editDistance(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (s.length === 0) return t.length;
  if (t.length === 0) return s.length;
  const width = t.length + 1;
  const d = new Array<number>((s.length + 1) * width).fill(0);
  const at = (i: number, j: number): number => d[i * width + j] ?? 0;
  for (let i = 0; i <= s.length; i++) d[i * width] = i;
  for (let j = 0; j <= t.length; j++) d[j] = j;
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1])
        best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i * width + j] = best;
    }
  }
  return at(s.length, t.length);
}

const numbersOf = (key: string): string =>
  (key.match(/\d+/gu) ?? []).map((n) => n.replace(/^0+(?=\d)/u, '')).join(' ');

/**
 * The candidate nearest to `input` (compared as foldKey), when the distance is at most max(1, 30 % of the
 * input key's length). Numbers must agree ("Thôn 3" never suggests "Thôn 13"); a tie between different
 * keys gives null, since a wrong hint is worse than none.
 */
export function closestMatch(input: string, candidates: readonly string[]): string | null {
  const key = foldKey(input);
  if (key === '') return null;
  const limit = Math.max(1, Math.floor(Array.from(key).length * 0.3));
  const wantedNumbers = numbersOf(key);
  let best: { candidate: string; key: string; distance: number } | null = null;
  let tied = false;
  for (const candidate of candidates) {
    const ck = foldKey(candidate);
    if (ck === '' || numbersOf(ck) !== wantedNumbers) continue;
    const distance = editDistance(key, ck);
    if (distance > limit) continue;
    if (best === null || distance < best.distance) {
      best = { candidate, key: ck, distance };
      tied = false;
    } else if (distance === best.distance && ck !== best.key) {
      tied = true;
    }
  }
  return best !== null && !tied ? best.candidate : null;
}
