// Properties: how a plan is typed (marks, wrapping, spacing) never changes what it asks for.
import fc from 'fast-check';
import { parsePlan } from '../../src/core/targets/import';
import { stripDiacritics } from '../../src/core/text/normalize';
import { rewrap, rng } from './damage';
import { realCases, targetKey, writtenCases } from './expected';

// The real plans join in when ../shared/plans is there.
const cases = [...writtenCases(), ...realCases()];
const keys = (text: string, withLine: boolean) => parsePlan(text).targets.map((t) => targetKey(t, withLine));

test('stripping diacritics from any part of a plan changes no target', () => {
  fc.assert(
    fc.property(fc.constantFrom(...cases), fc.integer(), (c, seed) => {
      const random = rng(seed);
      const text = c.text
        .split(/(\s+)/u)
        .map((w) => (random() < 0.5 ? stripDiacritics(w) : w))
        .join('');
      expect(keys(text, true)).toEqual(keys(c.text, true));
    }),
    { numRuns: 30 },
  );
});

// Tabs are left out: in a pasted plan they separate table cells.
test('re-wrapping lines, CRLF, and extra or no-break spaces change no target', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...cases),
      fc.integer(),
      fc.constantFrom('\n', '\r\n'),
      fc.constantFrom(' ', '  ', '\u00A0', ' \u202F'),
      (c, seed, eol, space) => {
        const text = rewrap(c.text, rng(seed))
          .replace(/ /gu, () => space)
          .replace(/\n/gu, eol);
        expect(keys(text, false)).toEqual(keys(c.text, false));
      },
    ),
    { numRuns: 40 },
  );
});
