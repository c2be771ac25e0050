// Properties across the text helpers: the promises other modules rely on, checked on generated input.
import fc from 'fast-check';
import type { CellValue } from '../../../src/core/snapshot';
import {
  closestMatch,
  convertLegacy,
  editDistance,
  foldKey,
  formatDecimal,
  formatInt,
  formatPercent,
  parseDate,
  parseInteger,
  parseMark,
  parseNumber,
  parseNumberDetailed,
  parseResult,
  parseYear,
  villageCoreKey,
  villageKey,
} from '../../../src/core/text';
import { vietnameseWords } from './fixtures/vietnamese-words';

const vietnameseText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...vietnameseWords),
      fc.constantFrom('3', '03', 'số', '-', '(', ')', ',', '\u00A0', '  '),
    ),
    {
      minLength: 1,
      maxLength: 6,
    },
  )
  .map((parts) => parts.join(' '));

const villageName = fc
  .tuple(
    fc.constantFrom(
      'Thôn',
      'thôn',
      'Tổ dân phố',
      'TDP',
      'Bản',
      'Ấp',
      'Khu phố',
      'Xóm',
      'Làng',
      'Buôn',
      'Khóm',
      '',
    ),
    fc.oneof(fc.integer({ min: 0, max: 99 }).map(String), fc.constantFrom(...vietnameseWords)),
  )
  .map(([kind, name]) => `${kind} ${name}`);

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.stringMatching(/^[-+ ]?[0-9.,% ]{0,12}(điểm)?$/u),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom(null, undefined, '', '#N/A', '#REF!', 'Đạt', 'x', '05/12/2026', '31/02/2026'),
);

describe('keys', () => {
  it('foldKey gives NFC and NFD text the same key, for any string', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        (s) => foldKey(s.normalize('NFD')) === foldKey(s.normalize('NFC')),
      ),
    );
  });
  it('foldKey ignores case and Unicode form of Vietnamese text', () => {
    fc.assert(
      fc.property(vietnameseText, (s) => {
        const key = foldKey(s);
        return [s.toUpperCase(), s.toLowerCase(), s.normalize('NFD'), s.toUpperCase().normalize('NFD')].every(
          (v) => foldKey(v) === key,
        );
      }),
    );
  });
  it('foldKey output is lowercase ASCII-folded words separated by single spaces', () => {
    fc.assert(fc.property(vietnameseText, (s) => /^(?:[a-z0-9]+(?: [a-z0-9]+)*)?$/u.test(foldKey(s))));
  });
  it('foldKey is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => foldKey(foldKey(s)) === foldKey(s)));
  });
  it('villageKey and villageCoreKey ignore case and Unicode form', () => {
    fc.assert(
      fc.property(villageName, (v) => {
        for (const variant of [
          v.toUpperCase(),
          v.toLowerCase(),
          v.normalize('NFD'),
          ` ${v.toUpperCase().normalize('NFD')}  `,
        ]) {
          if (villageKey(variant) !== villageKey(v) || villageCoreKey(variant) !== villageCoreKey(v))
            return false;
        }
        return true;
      }),
    );
  });
  it('villageKey ignores leading zeros and "số" but not the number itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 999 }), (a, b) => {
        const same = villageKey(`Thôn ${a}`) === villageKey(`Thôn số 00${a}`);
        const apart = a === b || villageKey(`Thôn ${a}`) !== villageKey(`Thôn ${b}`);
        return same && apart;
      }),
    );
  });
});

describe('similarity', () => {
  it('editDistance is symmetric, zero only for equal strings, and at most the longer length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = editDistance(a, b);
        return (
          d === editDistance(b, a) &&
          (d === 0) === (a === b) &&
          d <= Math.max(Array.from(a).length, Array.from(b).length)
        );
      }),
    );
  });
  it('closestMatch answers null or one of the candidates, and finds a candidate typed exactly', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(villageName, { minLength: 1, maxLength: 6, selector: foldKey }),
        fc.nat(),
        (candidates, i) => {
          const pick = candidates[i % candidates.length] ?? '';
          const found = closestMatch(pick.toUpperCase(), candidates);
          return foldKey(pick) === '' ? found === null : found === pick;
        },
      ),
    );
  });
});

describe('formats read back', () => {
  it('parseNumber reads formatDecimal back for any digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 3 }), (scaled, digits) => {
        const n = scaled / 10 ** digits;
        const r = parseNumber(formatDecimal(n, digits));
        return r.ok && Math.abs(r.value - n) < 1e-9;
      }),
    );
  });
  it('parseInteger reads formatInt back', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => value(parseInteger(formatInt(n))) === n),
    );
  });
  it('parseNumberDetailed reads formatPercent back with its percent sign', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100000 }), (scaled) => {
        const r = parseNumberDetailed(formatPercent(scaled / 10));
        return r.ok && r.value.percentSign && Math.abs(r.value.value - scaled / 10) < 1e-9;
      }),
    );
  });
});

function value<T>(r: { ok: true; value: T } | { ok: false }): T | undefined {
  return r.ok ? r.value : undefined;
}

describe('parsers never throw', () => {
  const parsers = {
    parseNumber,
    parseInteger,
    parseMark,
    parseResult,
    parseDate,
    parseYear,
    parseNumberDetailed,
  };
  it.each(Object.entries(parsers))('%s returns a result for any cell value', (_name, parse) => {
    fc.assert(
      fc.property(cellValue, (v) => {
        const r = (parse as (v: CellValue) => { ok: boolean; reason?: string })(v);
        return r.ok === true || ['empty', 'invalid', 'error-value'].includes(r.reason ?? '');
      }),
      { numRuns: 2000 },
    );
  });
  it('parseDate only returns real local midnights', () => {
    fc.assert(
      fc.property(cellValue, (v) => {
        const r = parseDate(v);
        return (
          !r.ok ||
          (!Number.isNaN(r.value.getTime()) && r.value.getHours() === 0 && r.value.getMinutes() === 0)
        );
      }),
      { numRuns: 2000 },
    );
  });
  it('convertLegacy never throws and leaves ASCII alone', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => convertLegacy(s) === null || /[^\p{ASCII}]/u.test(s)),
    );
    fc.assert(fc.property(fc.string(), (s) => convertLegacy(s) === null));
  });
});
