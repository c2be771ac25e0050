// Pieces every document shares: place names, the header, the date line, the signature block, number cells.
import type { Config } from '../config/schema';
import { ARCHIVE, HEADER, RECIPIENTS_LABEL } from '../i18n/report';
import type { EngineResult } from '../result';
import { formatDateLong, formatDecimal, formatInt, upperVi } from '../text/format';
import { HEADER_NAME_WIDTH_MM, SIZES } from './layout';
import { fitLines } from './metrics';
import type { HeaderBlock, SignatureBlock } from './model';

export class ReportError extends Error {}

/** The builders need a usable configuration; the shells check `result.config` and show its issues first. */
export const configOf = (result: EngineResult): Config => {
  if (!result.config)
    throw new ReportError('configuration is unusable', { cause: { code: 'REPORT_NO_CONFIG' } });
  return result.config;
};

/** "xã Hòa An" */
export const placeOf = (c: Config): string => `${c.communeKind.toLowerCase()} ${c.commune}`;
/** "XÃ HÒA AN" */
export const placeUpper = (c: Config): string => upperVi(placeOf(c));

/** Blank gaps the officer fills by hand when the number or the date is not configured yet. */
const GAP = '\u00a0'.repeat(6);

export const numberLine = (number: string, code: string): string =>
  HEADER.number(number.trim() === '' ? GAP : number.trim(), code);

export const dateText = (date: Date | undefined, year: number): string =>
  date ? formatDateLong(date) : HEADER.blankDate(GAP, year);

export const placeDate = (c: Config, date: Date | undefined): string =>
  `${c.commune}, ${dateText(date, c.year)}`;

/** Names of the left header column as lines that fit it: the parent regular, the issuing body bold. */
const parentLines = (name: string): string[] =>
  name.trim() === '' ? [] : fitLines(upperVi(name), HEADER_NAME_WIDTH_MM, SIZES.parentBody);
const bodyLines = (name: string): string[] =>
  fitLines(upperVi(name), HEADER_NAME_WIDTH_MM, SIZES.issuingBody, true);

/** The association's report: parent association above, the commune's association below it. */
export const reportHeader = (c: Config, number: string, code: string): HeaderBlock => ({
  kind: 'header',
  parent: parentLines(c.reportParent),
  body: bodyLines(c.reportBody),
  number: numberLine(number, code),
  placeDate: placeDate(c, c.reportDate),
});

/** A commune People's Committee has no parent line: its name goes on two bold lines. */
export const committeeHeader = (c: Config, number: string, code: string): HeaderBlock => ({
  kind: 'header',
  parent: [],
  body: [HEADER.committee, ...bodyLines(placeUpper(c))],
  number: numberLine(number, code),
  placeDate: `${c.commune}, ${dateText(undefined, c.year)}`,
});

/** Recipients as lines "- …;" with the archive line last ("- Lưu: VT."). */
export const recipientLines = (recipients: readonly string[]): string[] => {
  const list = recipients.map((r) => r.trim().replace(/[;.]+$/u, '')).filter((r) => r.length > 0);
  const archive = list.find((r) => /^lưu\b/iu.test(r)) ?? ARCHIVE;
  const rest = list.filter((r) => r !== archive);
  return [...rest.map((r) => `- ${r};`), `- ${archive}.`];
};

/** recipients null: a list without "Nơi nhận" (the annex lists read out at meetings). */
export const signature = (
  recipients: readonly string[] | null,
  titleLines: readonly string[],
  name: string,
): SignatureBlock => ({
  kind: 'signature',
  recipientsLabel: recipients ? RECIPIENTS_LABEL : '',
  recipients: recipients ? recipientLines(recipients) : [],
  // A signer's title and name never break across lines ("CHỦ / TỊCH" reads as two words on paper).
  titleLines: titleLines.map((l) => noBreakTitle(upperVi(l))),
  name: noBreak(name.trim()),
});

/** Non-breaking spaces between the words of a name. */
export const noBreak = (text: string): string => text.replace(/ +/gu, '\u00a0');
/** "PHÓ CHỦ TỊCH" kept whole; the rest of a title line ("TM. ỦY BAN NHÂN DÂN") may wrap. */
const noBreakTitle = (line: string): string => line.replace(/(PHÓ )?CHỦ TỊCH/gu, (m) => noBreak(m));

/** Table cells: "3.412", "87,7", "–" when there is no percentage. */
export const int = (n: number): string => formatInt(n);
export const pct = (p: number | null): string => (p === null ? '–' : formatDecimal(p, 1));

/** File names without diacritics or spaces, so they survive e-mail and old Windows: "bao-cao-2026-hoa-an". */
export const fileSlug = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/gu, (m) => (m === 'đ' ? 'd' : 'D'))
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
