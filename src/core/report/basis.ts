// The documents' legal basis: the province's guidance and the commune's own plan, cited from "Cấu hình" as
// "Kế hoạch số 45/KH-UBND ngày 15/01/2026 của UBND xã Hòa An về …"; what is not configured is a highlighted gap.
import type { Config } from '../config/schema';
import { BASIS } from '../i18n/report';
import { formatDateShort, upperVi } from '../text/format';
import type { Run } from './model';

export interface CitedDocument {
  number?: string | undefined;
  date?: Date | undefined;
  title?: string | undefined;
  issuer?: string | undefined;
}

/** "12/HD-HKH" → "Hướng dẫn", "12-NQ/TU" → "Nghị quyết", "123/UBND-VP" → "Công văn"; null without a number. */
export const documentKind = (number: string | undefined): string | null => {
  if (!number) return null;
  const [head = '', code = ''] = number.split('/');
  const candidates = [code.split('-')[0] ?? '', head.split('-')[1] ?? ''];
  for (const c of candidates) {
    const kind = BASIS.kinds[upperVi(c)];
    if (kind) return kind;
  }
  return BASIS.officialLetter;
};

/** "Thực hiện Chương trình…" → "về thực hiện Chương trình…"; "V/v triển khai…" → "về việc triển khai…". */
const about = (title: string): string => {
  const t = title.trim().replace(/[;.]+$/u, '');
  const prefix = BASIS.aboutPrefix.exec(t);
  if (prefix) {
    const rest = t.slice(prefix[0].length);
    return /^v\/v/iu.test(prefix[0]) || /việc/iu.test(prefix[0]) ? `${BASIS.aboutFull}${rest}` : rest;
  }
  // Lower the first letter of an ordinary word, not of an acronym ("UBND", "HĐND").
  const second = t.charAt(1);
  return second !== '' && second === second.toLowerCase() && second !== second.toUpperCase()
    ? t.charAt(0).toLowerCase() + t.slice(1)
    : t;
};

const blank = (text: string = BASIS.blank): Run => ({ text, highlight: true });

/** Adjacent plain runs joined: fewer runs for the renderers, and the text reads the same. */
const merged = (runs: readonly Run[]): Run[] =>
  runs.reduce<Run[]>((out, r) => {
    const last = out[out.length - 1];
    if (last && last.highlight !== true && r.highlight !== true) last.text += r.text;
    else out.push({ ...r });
    return out;
  }, []);

/** One cited document as runs; the gaps (number, date, issuer) are highlighted runs. */
export const citation = (doc: CitedDocument, defaults: { kind: string; blankNumber: string }): Run[] => {
  const title = doc.title?.trim() ?? '';
  const issuer = doc.issuer?.trim() ?? '';
  return merged([
    { text: documentKind(doc.number) ?? defaults.kind },
    { text: BASIS.number },
    doc.number ? { text: doc.number } : blank(defaults.blankNumber),
    { text: BASIS.date },
    doc.date ? { text: formatDateShort(doc.date) } : blank(),
    { text: BASIS.issuer },
    issuer !== '' ? { text: issuer } : blank(),
    ...(title !== '' ? [{ text: `${BASIS.about}${about(title)}` }] : []),
  ]);
};

export const guidanceOf = (c: Config): CitedDocument => ({
  number: c.guidanceNumber,
  date: c.guidanceDate,
  title: c.guidanceTitle,
  issuer: c.guidanceIssuer,
});

export const planOf = (c: Config): CitedDocument => ({
  number: c.planNumber,
  date: c.planDate,
  title: c.planTitle,
  issuer: c.planIssuer,
});

/** The province's guidance first (the higher body), then the commune's plan, each as runs. */
export const basisCitations = (c: Config): Run[][] => [
  citation(guidanceOf(c), BASIS.guidance),
  citation(planOf(c), BASIS.plan),
];
