// Village names as officers type them: "Thôn 03", "THÔN  3", "Thôn số 3" are one village; "Thôn 13" is another.
import { foldKey } from './normalize';

/** Folded kind phrases, longest first, with the canonical kind word each stands for. */
const KIND_PHRASES: readonly (readonly [readonly string[], string])[] = [
  [['to', 'dan', 'pho'], 'tdp'],
  [['to', 'dp'], 'tdp'],
  [['khu', 'pho'], 'kp'],
  [['tdp'], 'tdp'],
  [['to'], 'tdp'],
  [['kp'], 'kp'],
  [['thon'], 'thon'],
  [['ban'], 'ban'],
  [['ap'], 'ap'],
  [['khom'], 'khom'],
  [['xom'], 'xom'],
  [['lang'], 'lang'],
  [['buon'], 'buon'],
  [['khu'], 'khu'],
];

interface VillageParts {
  kind: string | null;
  core: string[];
}

function splitVillage(name: string): VillageParts {
  const tokens = foldKey(name)
    .split(' ')
    .filter((t) => t !== '');
  let kind: string | null = null;
  let rest = tokens;
  for (const [phrase, canonical] of KIND_PHRASES) {
    // A kind word alone is a name, not a kind ("Bản" stays "ban").
    if (tokens.length > phrase.length && phrase.every((w, i) => tokens[i] === w)) {
      kind = canonical;
      rest = tokens.slice(phrase.length);
      break;
    }
  }
  // "số 3" is "3"; leading zeros are padding ("03" → "3", "0" stays).
  if (rest.length >= 2 && rest[0] === 'so' && /^\d/u.test(rest[1] ?? '')) rest = rest.slice(1);
  const core = rest.map((t) => t.replace(/^0+(?=\d)/u, ''));
  return { kind, core };
}

/** Matching key: "Thôn 3" = "thôn 03" = "Thôn số 3" → "thon 3"; "Tổ dân phố 5" = "TDP 5" → "tdp 5". */
export function villageKey(name: string): string {
  const { kind, core } = splitVillage(name);
  return (kind === null ? core : [kind, ...core]).join(' ');
}

/** The key without its kind word ("Thôn 3" → "3"), for sheets that write only "3". */
export function villageCoreKey(name: string): string {
  return splitVillage(name).core.join(' ');
}
