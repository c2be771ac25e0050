// Plan text → targets: each percentage of the targets section read as indicator, comparison, year and scope, with
// the sentence and line it came from; a percentage that cannot be read whole is listed, never guessed.
import type { IndicatorCode } from '../schema';
import * as L from './lexicon';
import type { Title } from './lexicon';
import { splitUnits, type Unit } from './units';
import {
  findTitles,
  firstTokenAt,
  populationAfter,
  populationIn,
  tokenize,
  type PopulationHit,
  type Token,
} from './words';

export type Comparison = '>=' | '>';
export type Scope = 'commune' | 'everyVillage';

export interface ImportedTarget {
  indicator: IndicatorCode;
  comparison: Comparison;
  percent: number;
  year: number;
  scope: Scope;
  /** "Chỉ tiêu khác" only: what is counted, in the plan's words. */
  label?: string;
  /** 1-based line of the plan where the sentence starts. */
  line: number;
  sentence: string;
}

export type UnresolvedReason =
  'indicator' | 'year' | 'relative' | 'range' | 'upperBound' | 'percent' | 'columns';

export interface UnresolvedSentence {
  line: number;
  sentence: string;
  /** The percentage that could not be read, when there is one. */
  percent: number | null;
  reason: UnresolvedReason;
}

export interface PlanImport {
  targets: ImportedTarget[];
  unresolved: UnresolvedSentence[];
  /** The plan's own period, from its subject line ("giai đoạn 2026-2030", "năm 2026"). */
  period: { start: number; end: number } | null;
}

interface PercentHit {
  value: number;
  start: number;
  end: number;
}

const percentsOf = (folded: string): PercentHit[] =>
  Array.from(folded.matchAll(L.PERCENT), (m) => ({
    value: Number((m[1] ?? '').replace(',', '.')),
    start: m.index,
    end: m.index + m[0].length,
  }));

/** The year phrases of a range: strong ones ("đến năm 2028") and periods ("giai đoạn 2026-2030", by their end). */
const yearsIn = (folded: string, from: number, to: number) => {
  const text = folded.slice(from, to);
  const out: { year: number; at: number; period: boolean }[] = [];
  for (const m of text.matchAll(L.PERIOD)) out.push({ year: Number(m[2]), at: from + m.index, period: true });
  for (const m of text.matchAll(L.YEAR)) {
    const at = from + m.index;
    if (out.some((o) => o.period && Math.abs(o.at - at) < 20)) continue;
    out.push({ year: Number(m[1]), at, period: false });
  }
  return out.sort((a, b) => a.at - b.at);
};

/** The year a percentage is for, from its own clause: the last phrase before it, else a "năm …" after it. */
const clauseYear = (folded: string, clause: Range, p: PercentHit): number | null => {
  const years = yearsIn(folded, clause.start, clause.end);
  const before = years.filter((y) => y.at < p.start);
  const last = before[before.length - 1];
  if (last) return last.year;
  // After the number only a plain year counts: "… giai đoạn 2021-2030" there names the programme, not the deadline.
  return years.find((y) => y.at > p.start && !y.period)?.year ?? null;
};

interface Range {
  start: number;
  end: number;
}

// Where one clause ends and the next begins, between two percentages.
const DELIMITER = /[,;:]|\s(?:va|con|trong do|rieng)\s/gu;

const clausesOf = (folded: string, hits: readonly PercentHit[]): Range[] => {
  const starts = hits.map((p, i) => {
    if (i === 0) return 0;
    const prev = hits[i - 1];
    const between = folded.slice(prev?.end ?? 0, p.start);
    let cut = -1;
    for (const m of between.matchAll(DELIMITER)) cut = m.index + m[0].length;
    return (prev?.end ?? 0) + (cut < 0 ? 0 : cut);
  });
  return starts.map((start, i) => ({ start, end: starts[i + 1] ?? folded.length }));
};

interface Context {
  year: number | null;
  everyVillage: boolean;
  title: Title | null;
}

/** Which indicator a percentage measures, from who it counts and which title the clause names. */
const classify = (
  pop: PopulationHit | null,
  titles: readonly Title[],
  clauseText: string,
  unitCitizen: boolean,
  context: Context,
  previous: IndicatorCode | null,
  laterTitles: readonly Title[],
): IndicatorCode | null => {
  const citizen = unitCitizen || titles.includes('citizen') || context.title === 'citizen';
  if (L.DIGITAL.test(clauseText) && (citizen || previous === 'citizenDigital'))
    return L.DIGITAL_PRO.test(clauseText) ? 'citizenDigitalPro' : 'citizenDigital';
  if (pop?.population.kind === 'association') return 'custom';
  if (pop?.population.kind === 'person') {
    if (!citizen) return 'custom';
    return pop.population.indicator ?? 'citizenAll';
  }
  if (pop?.population.kind === 'base') {
    const base = pop.population.title;
    // "90% cộng đồng và 90% đơn vị … đạt danh hiệu Cộng đồng học tập, Đơn vị học tập": one predicate for both.
    if (titles.includes(base) || laterTitles.includes(base) || context.title === base)
      return L.titleIndicator[base];
    if (titles.length > 0) return 'custom';
    return L.RECOGNITION.test(clauseText) ? L.titleIndicator[base] : 'custom';
  }
  const title = titles[titles.length - 1] ?? null;
  if (title && title !== 'citizen') return L.titleIndicator[title];
  if (title === 'citizen') return null;
  if (previous) return previous;
  if (context.title && context.title !== 'citizen') return L.titleIndicator[context.title];
  return null;
};

const capitalise = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** The words after the number, as the plan writes them: "Tổ dân phố triển khai các mô hình học tập (%)". */
const customLabel = (unit: Unit, from: number, to: number): string => {
  const text = (unit.text.slice(from, to).split(/[;:]/u)[0] ?? '')
    .replace(/[|\t]/gu, ' ')
    .replace(/^[\s\d.,)]*/u, '')
    .replace(/^(?:số|các|những)\s+/iu, '');
  const words = text.split(' ').filter((w) => w !== '');
  // A long clause stops at its first comma after a few words: "Cán bộ, hội viên … được học tập, tập huấn, …".
  const comma = words.findIndex((w, i) => i >= 5 && w.endsWith(','));
  const short = words.slice(0, comma >= 0 ? Math.min(comma + 1, 16) : 16).join(' ');
  return `${capitalise(short.replace(/[\s,.;:“”"'()–-]+$/u, ''))} (%)`;
};

const comparisonOf = (folded: string, clause: Range, p: PercentHit): Comparison | UnresolvedReason => {
  const before = folded.slice(Math.max(clause.start, p.start - 30), p.start);
  const after = folded.slice(p.end, Math.min(clause.end, p.end + 30));
  // A range spans two clauses ("từ 60% đến 70%"): look past the clause.
  const wideBefore = folded.slice(Math.max(0, p.start - 12), p.start);
  const wideAfter = folded.slice(p.end, p.end + 12);
  if (L.RANGE_AFTER.test(wideAfter) || /\d\s*%?\s*(?:-|–|den|toi)\s*$/u.test(wideBefore)) return 'range';
  if (L.UPPER_BOUND_BEFORE.test(before) || L.UPPER_BOUND_AFTER.test(after)) return 'upperBound';
  if (L.RELATIVE_AFTER.test(after)) return 'relative';
  if (L.GREATER_BEFORE.test(before)) return '>';
  if (L.RELATIVE_BEFORE.test(before)) return 'relative';
  return '>=';
};

const periodOf = (units: readonly Unit[]): PlanImport['period'] => {
  const subjectAt = units.findIndex((u) => u.folded === 'ke hoach');
  const candidates =
    subjectAt >= 0
      ? units.slice(subjectAt + 1, subjectAt + 3)
      : units.slice(0, 12).filter((u) => /\bke hoach\b/u.test(u.folded));
  for (const u of candidates) {
    const period = Array.from(u.folded.matchAll(L.PERIOD))[0];
    if (period) return { start: Number(period[1]), end: Number(period[2]) };
    const year = Array.from(u.folded.matchAll(/\bnam\s+(20\d\d)\b/gu))[0];
    if (year && !/\bngay\b.*\bthang\b/u.test(u.folded))
      return { start: Number(year[1]), end: Number(year[1]) };
  }
  return null;
};

const sectionKind = (folded: string): 'targets' | 'results' | 'other' =>
  L.TARGET_SECTION.test(folded) ? 'targets' : L.RESULT_SECTION.test(folded) ? 'results' : 'other';

const onlyTitle = (unit: Unit, tokens: readonly Token[]): Title | null => {
  const titles = new Set(findTitles(unit, tokens).map((t) => t.title));
  return titles.size === 1 ? ([...titles][0] ?? null) : null;
};

const unitYear = (unit: Unit): number | null => {
  const years = yearsIn(unit.folded, 0, unit.folded.length);
  return years[years.length - 1]?.year ?? null;
};

/** Reads every target of a plan's text. Pure: the same text always gives the same result. */
export const parsePlan = (input: string): PlanImport => {
  const units = splitUnits(input);
  const period = periodOf(units);
  const targets: ImportedTarget[] = [];
  const unresolved: UnresolvedSentence[] = [];
  const hasTargetSection = units.some((u) => u.heading === 1 && sectionKind(u.folded) === 'targets');
  let section: 'targets' | 'results' | 'other' | 'none' = 'none';
  const headings: { level: number; year: number | null; title: Title | null }[] = [];
  let preamble: Context = { year: null, everyVillage: false, title: null };
  let tableYears: number[] | null = null;

  const context = (): Context => {
    const fromHeadings = [...headings].reverse();
    return {
      year: preamble.year ?? fromHeadings.find((h) => h.year !== null)?.year ?? null,
      everyVillage: preamble.everyVillage,
      title: preamble.title ?? fromHeadings.find((h) => h.title !== null)?.title ?? null,
    };
  };

  for (const unit of units) {
    const tokens = tokenize(unit.folded);
    if (unit.heading > 0) {
      if (unit.heading === 1) section = sectionKind(unit.folded);
      while (headings.length > 0 && (headings[headings.length - 1]?.level ?? 0) >= unit.heading)
        headings.pop();
      headings.push({ level: unit.heading, year: unitYear(unit), title: onlyTitle(unit, tokens) });
      preamble = { year: null, everyVillage: false, title: null };
      tableYears = null;
    }
    const active = hasTargetSection ? section === 'targets' : section !== 'results';
    if (!active) continue;

    const preambleMatch = L.EVERY_VILLAGE_PREAMBLE.exec(unit.folded);
    const hits = percentsOf(unit.folded).filter(
      (p) =>
        !preambleMatch ||
        p.start < preambleMatch.index ||
        p.start >= preambleMatch.index + preambleMatch[0].length,
    );
    if (hits.length === 0) {
      const years = Array.from(unit.folded.matchAll(L.HEADER_YEAR), (m) => Number(m[1]));
      if (new Set(years).size >= 2 && unit.heading === 0 && !/[.;]$/u.test(unit.text)) {
        tableYears = years;
        continue;
      }
      if (unit.heading === 0 && (/:$/u.test(unit.text) || preambleMatch)) {
        preamble = {
          year: unitYear(unit) ?? preamble.year,
          everyVillage: preambleMatch !== null || L.EVERY_VILLAGE.test(unit.folded),
          title: onlyTitle(unit, tokens),
        };
      }
      continue;
    }

    const ctx = context();
    const allTitles = findTitles(unit, tokens);
    const unitCitizen = allTitles.some((t) => t.title === 'citizen');
    const unitEveryVillage = preambleMatch !== null;
    type Previous = { indicator: IndicatorCode | null; year: number | null };
    const push = (
      p: PercentHit,
      clause: Range,
      row: Range | null,
      rowYear: number | null,
      previous: Previous,
    ) => {
      const miss = (reason: UnresolvedReason) => {
        unresolved.push({ line: unit.line, sentence: unit.text, percent: p.value, reason });
        return null;
      };
      if (p.value > 100) return miss('percent');
      const comparison = comparisonOf(unit.folded, clause, p);
      if (comparison !== '>' && comparison !== '>=') return miss(comparison);
      const clauseText = unit.folded.slice(clause.start, clause.end);
      const where = row ?? clause;
      const hitsT = allTitles.filter((t) => t.start >= where.start && t.end <= where.end);
      const near =
        [...hitsT.filter((t) => t.end <= p.start)].reverse()[0] ?? hitsT.find((t) => t.start >= p.end);
      const titles = [...hitsT.filter((t) => t !== near).map((t) => t.title), ...(near ? [near.title] : [])];
      const pop = row
        ? populationIn(tokens, row.start, row.end, hitsT)
        : (populationAfter(tokens, firstTokenAt(tokens, p.end), clause.end, hitsT) ??
          populationIn(tokens, clause.start, p.start, hitsT));
      const laterTitles = row ? [] : allTitles.filter((t) => t.start > clause.end).map((t) => t.title);
      const indicator = classify(
        pop,
        titles,
        row ? unit.folded.slice(row.start, row.end) : clauseText,
        unitCitizen,
        ctx,
        previous.indicator,
        laterTitles,
      );
      if (!indicator) return miss('indicator');
      const year =
        rowYear ?? clauseYear(unit.folded, clause, p) ?? previous.year ?? ctx.year ?? period?.end ?? null;
      if (year === null) return miss('year');
      const village =
        L.EVERY_VILLAGE.test(clauseText) ||
        unitEveryVillage ||
        (ctx.everyVillage && !/\btoan (?:xa|phuong)\b/u.test(clauseText));
      targets.push({
        indicator,
        comparison,
        percent: p.value,
        year,
        scope: village && L.villageIndicators.has(indicator) ? 'everyVillage' : 'commune',
        ...(indicator === 'custom'
          ? { label: row ? customLabel(unit, row.start, row.end) : customLabel(unit, p.end, clause.end) }
          : {}),
        line: unit.line,
        sentence: unit.text,
      });
      return { indicator, year };
    };

    if (tableYears) {
      const firstHit = hits[0];
      const row = { start: 0, end: firstHit?.start ?? 0 };
      if (hits.length !== tableYears.length) {
        unresolved.push({ line: unit.line, sentence: unit.text, percent: null, reason: 'columns' });
        continue;
      }
      const cells = hits.map((p, i) => ({
        start: i === 0 ? row.end : (hits[i - 1]?.end ?? 0),
        end: p.end + 1,
      }));
      const years = tableYears;
      hits.forEach((p, i) =>
        push(p, cells[i] ?? row, row, years[i] ?? null, { indicator: null, year: null }),
      );
      continue;
    }

    let previous: Previous = { indicator: null, year: null };
    clausesOf(unit.folded, hits).forEach((clause, i) => {
      const p = hits[i];
      if (!p) return;
      const got = push(p, clause, null, null, previous);
      // "… 90% … vào năm 2028 và 95% vào năm 2030": an elliptical clause keeps the indicator before it.
      if (got) previous = got;
    });
  }
  const reported = new Set<string>();
  const once = unresolved.filter((u) => {
    const key = `${u.line}|${u.reason}|${u.sentence}`;
    if (reported.has(key)) return false;
    reported.add(key);
    return true;
  });
  return { targets: dedupe(targets), unresolved: once, period };
};

const dedupe = (targets: readonly ImportedTarget[]): ImportedTarget[] => {
  const seen = new Set<string>();
  return targets.filter((t) => {
    const key = [t.indicator, t.year, t.comparison, t.percent, t.scope, t.label ?? ''].join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};
