// Plans written like real ones, their stripped and OCR-damaged copies, and the real plans when present.
import { parsePlan } from '../../src/core/targets/import';
import { stripDiacritics } from '../../src/core/text/normalize';
import { ocrDamage } from './damage';
import { realCases, score, targetKey, writtenCases, type Case } from './expected';

const check = (c: Case, text: string, withLine: boolean) => {
  const got = parsePlan(text);
  expect(got.targets.map((t) => targetKey(t, withLine)).sort()).toEqual(
    c.expected.targets.map((t) => targetKey(t, withLine)).sort(),
  );
  return got;
};

describe.each(writtenCases())('written plan $name', (c) => {
  test('every target is read with its indicator, comparison, percent, year, scope and line', () => {
    const got = check(c, c.text, true);
    expect(got.period).toEqual(c.expected.period);
    for (const t of got.targets) {
      expect(c.text.split('\n')[t.line - 1]).toContain(t.sentence.slice(0, 12));
    }
    for (const want of c.expected.targets.filter((t) => t.label)) {
      expect(got.targets.find((t) => t.line === want.line && t.indicator === 'custom')?.label).toBe(
        want.label,
      );
    }
  });

  test('sentences that look like targets but cannot be read are listed with the reason', () => {
    const got = parsePlan(c.text);
    expect(got.unresolved.map((u) => `${u.line}|${u.reason}`)).toEqual(
      c.expected.unresolved.map((u) => `${u.line}|${u.reason}`),
    );
  });

  test('the same plan without diacritics gives the same targets on the same lines', () => {
    check(c, stripDiacritics(c.text), true);
  });

  test.each([1, 2, 3])('the OCR-damaged copy (seed %i) gives the same targets', (seed) => {
    const damaged = ocrDamage(c.text, seed);
    expect(damaged).not.toBe(c.text);
    check(c, damaged, false);
  });
});

const real = realCases();
(real.length > 0 ? describe.each(real) : describe.skip.each([{ name: 'none' } as Case]))(
  'real plan $name (../shared/plans)',
  (c) => {
    test('extracts exactly the targets read by hand from the plan', () => {
      const got = check(c, c.text, true);
      expect(got.period).toEqual(c.expected.period);
      expect(score(got.targets, c.expected.targets)).toEqual({ tp: c.expected.targets.length, fp: 0, fn: 0 });
      expect(got.unresolved).toEqual([]);
    });
  },
);

test('"trên" is strict, "ít nhất", "đạt", "phấn đấu" and a bare number are at least', () => {
  const text = [
    'KẾ HOẠCH',
    'Thực hiện năm 2027',
    'II. MỤC TIÊU',
    '- Trên 40% công dân đạt danh hiệu “Công dân học tập”;',
    '- Ít nhất 70% hộ gia đình đạt danh hiệu “Gia đình học tập”;',
    '- Phấn đấu 60% dòng họ đạt danh hiệu “Dòng họ học tập”;',
    '- 80% đơn vị đạt danh hiệu “Đơn vị học tập”.',
  ].join('\n');
  expect(parsePlan(text).targets.map((t) => `${t.indicator} ${t.comparison} ${t.percent} ${t.year}`)).toEqual(
    ['citizenAll > 40 2027', 'family >= 70 2027', 'clan >= 60 2027', 'unit >= 80 2027'],
  );
});

test('a target with no year anywhere is listed, not given a year', () => {
  const got = parsePlan('II. MỤC TIÊU\n- 70% hộ gia đình đạt danh hiệu “Gia đình học tập”.');
  expect(got.targets).toEqual([]);
  expect(got.unresolved).toEqual([
    { line: 2, sentence: '70% hộ gia đình đạt danh hiệu “Gia đình học tập”.', percent: 70, reason: 'year' },
  ]);
});

// A scan's line break can leave the figure alone under its label.
test('a figure pushed to the next line after its label still belongs to it', () => {
  const text =
    'KẾ HOẠCH\nnăm 2027\nII. CHỈ TIÊU\nTỷ lệ cán bộ, công chức đạt danh hiệu Công dân học tập:\n100\n%.';
  expect(parsePlan(text).targets.map((t) => `${t.indicator} ${t.percent} ${t.year} ${t.line}`)).toEqual([
    'citizenOfficials 100 2027 4',
  ]);
});

test.each(writtenCases())('$name: every OCR copy of seeds 4 to 80 gives the same targets', (c) => {
  for (let seed = 4; seed <= 80; seed++) {
    const s = score(parsePlan(ocrDamage(c.text, seed)).targets, c.expected.targets, false);
    expect({ seed, ...s }).toEqual({ seed, tp: c.expected.targets.length, fp: 0, fn: 0 });
  }
});
