// Every letter a document or the chart can show must be in the font it is drawn with: a missing "ắ" falls back to
// another family glyph by glyph (baked into the chart image, mixed into the PDF).
import { execFileSync } from 'node:child_process';
import { buildAllDocuments, buildChartModel, chartSvg } from '../../src/core/report';
import { chartFont } from '../../src/node/chart/font';
import { smallResult } from './fixtures/commune';

const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const vietnameseLetters = (): string[] => {
  const lower = [...VOWELS.flatMap((v) => TONES.map((t) => (v + t).normalize('NFC'))), 'đ'];
  return [...lower, ...lower.map((c) => c.toUpperCase())];
};

const strings = (v: unknown, out: string[] = []): string[] => {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
  return out;
};

let usedChars: string[] | undefined;
const used = (): string[] => (usedChars ??= collect());
/** Characters the documents and the chart of a generated commune use, and every Vietnamese letter. */
const collect = (): string[] => {
  const r = smallResult();
  const text = [...strings(buildAllDocuments(r)), chartSvg(buildChartModel(r)).replace(/<[^>]*>/gu, '')].join(
    '',
  );
  const chars = new Set([...text.normalize('NFC')].filter((c) => c.trim() !== ''));
  for (const c of vietnameseLetters()) chars.add(c);
  return [...chars].sort();
};

const coverage = (file: string): ((c: string) => boolean) => {
  const ranges = execFileSync('fc-query', ['--format=%{charset}', file], { encoding: 'utf8' })
    .trim()
    .split(/\s+/u)
    .map((part) => part.split('-').map((h) => Number.parseInt(h, 16)));
  return (c) => {
    const cp = c.codePointAt(0) ?? -1;
    return ranges.some(([a = -1, b = a]) => cp >= a && cp <= b);
  };
};

const missingIn = (file: string): string =>
  used()
    .filter((c) => !coverage(file)(c))
    .join('');

test('the chart is drawn with a named font that has every character of the documents and the chart', () => {
  const font = chartFont();
  expect(font).not.toBeNull();
  for (const file of font?.files ?? [])
    expect({ file, missing: missingIn(file) }).toEqual({ file, missing: '' });
});

// LibreOffice (and so the PDFs looked at here) substitutes Times New Roman through fontconfig.
test.each(['', ':bold', ':italic', ':bold:italic'])(
  'the font that stands in for Times New Roman%s has every character of the documents',
  (style) => {
    const file = execFileSync('fc-match', ['--format=%{file}', `Times New Roman${style}`], {
      encoding: 'utf8',
    });
    expect({ file, missing: missingIn(file) }).toEqual({ file, missing: '' });
  },
);

test('a font without the Vietnamese letters is never chosen for the chart', () => {
  const onlyLiberation1 = (p: string) => p.includes('/truetype/liberation/');
  expect(chartFont(onlyLiberation1)).toBeNull();
});
