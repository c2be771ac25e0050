// The chairman's recognition decision(s) with their annex lists, and the lists alone for village meetings.
import {
  ANNEX,
  BASIS,
  DECISION,
  DOC_TYPES,
  HEADER,
  REPORT_SENTENCES,
  ROMAN,
  TYPE_CODES,
} from '../i18n/report';
import { titleNames } from '../criteria/sets';
import type { Config } from '../config/schema';
import type { EngineResult } from '../result';
import { annexes, type Annex } from './annex';
import { basisCitations, citation } from './basis';
import { bold, italic, paragraph, type Block, type DocModel, type Run, type Section } from './model';
import {
  committeeHeader,
  configOf,
  dateText,
  fileSlug,
  int,
  placeOf,
  placeUpper,
  reportHeader,
  signature,
} from './parts';

/** "120" → the n-th decision gets 120 + n; anything else (blank, "120a") is kept only for the first. */
const numberFor = (configured: string, n: number): string => {
  const t = configured.trim();
  if (n === 0) return t;
  return /^\d+$/u.test(t) ? String(Number(t) + n).padStart(t.length, '0') : '';
};

const groundLine = (text: string): Block => paragraph('body', italic(text));

/** "Căn cứ <document>;" with the gaps of the citation still highlighted, in the grounds' italic. */
const citedGround = (runs: readonly Run[]): Block =>
  paragraph(
    'body',
    italic(DECISION.groundBasis),
    ...runs.map((r) => ({ ...r, italic: true })),
    italic(DECISION.groundEnd),
  );

/** A title on the sample criteria cites the province's criteria decision still to come, as highlighted gaps. */
const criteriaGap = (title: string): Block =>
  citedGround([...citation({}, BASIS.criteria), { text: BASIS.criteriaSubject(title) }]);

const grounds = (result: EngineResult, c: Config, list: readonly Annex[]): Block[] => {
  const blocks: Block[] = [groundLine(DECISION.groundLaw), groundLine(DECISION.groundProgramme)];
  if (list.some((a) => a.title === 'citizen')) blocks.push(groundLine(DECISION.groundCitizen));
  for (const a of list) {
    const set = result.criteria[a.title];
    if (!set.example) blocks.push(groundLine(DECISION.groundCriteria(set.name, set.decision, set.issuer)));
    else if (result.sampleCriteria.includes(a.title)) blocks.push(criteriaGap(titleNames[a.title]));
  }
  for (const cited of basisCitations(c)) blocks.push(citedGround(cited));
  blocks.push(groundLine(DECISION.groundProposal(REPORT_SENTENCES.association(placeOf(c)))));
  return blocks;
};

const annexSection = (a: Annex, label: string | null, attached: string, c: Config): Section => ({
  orientation: a.orientation,
  blocks: [
    ...(label ? [paragraph('centered', bold(label))] : []),
    paragraph('centered', bold(DOC_TYPES.list)),
    paragraph('centered', bold(ANNEX.listTitle(a.subject, a.titleName, c.year))),
    paragraph('note', italic(attached)),
    a.table,
  ],
});

const decisionDoc = (result: EngineResult, c: Config, list: readonly Annex[], n: number): DocModel => {
  const number = numberFor(c.decisionNumber, n);
  const header = committeeHeader(c, number, TYPE_CODES.decision);
  const one = list.length === 1 ? list[0] : undefined;
  const titles = one ? DECISION.titleQuoted(one.titleName) : DECISION.titlesJoined;
  const articles: Block[] = [];
  if (one) {
    const [label, text] = DECISION.article1One(int(one.count), one.subject, one.titleName, c.year);
    articles.push(paragraph('body', bold(label), text));
  } else {
    const [label, text] = DECISION.article1Many(c.year);
    articles.push(paragraph('body', bold(label), text));
    list.forEach((a, i) =>
      articles.push(
        paragraph(
          'body',
          DECISION.article1Item(i + 1, int(a.count), a.subject, a.titleName, ROMAN[i] ?? String(i + 1)),
        ),
      ),
    );
  }
  const [l2, t2] = DECISION.article2;
  articles.push(paragraph('body', bold(l2), t2));
  const [l3, t3] = DECISION.article3(
    c.communeKind,
    REPORT_SENTENCES.association(placeOf(c)),
    DECISION.who(list.map((a) => a.subject)),
  );
  articles.push(paragraph('body', bold(l3), t3));

  // Not to be signed while any of its titles was scored with the sample criteria.
  const draft = list.some((a) => result.sampleCriteria.includes(a.title));
  const numberText = header.number.replace(HEADER.numberPrefix, '');
  const attached = ANNEX.attached(numberText, dateText(undefined, c.year), placeOf(c));
  const provinceBody =
    c.reportParent.trim() === '' ? REPORT_SENTENCES.provinceAssociation : sentenceCase(c.reportParent);
  const main: Section = {
    orientation: 'portrait',
    blocks: [
      ...(draft ? [paragraph('draft', DECISION.draftMark)] : []),
      header,
      { kind: 'title', docType: DOC_TYPES.decision, subject: [DECISION.subject(titles, c.year)] },
      paragraph('authority', bold(DECISION.authority(placeUpper(c)))),
      ...grounds(result, c, list),
      paragraph('centered', bold(DECISION.decides)),
      ...articles,
      signature(DECISION.recipients(provinceBody, c.communeKind), c.decisionSignerTitle, c.decisionSigner),
    ],
  };
  const sections = list.map((a, i) =>
    annexSection(a, one ? null : ANNEX.annexLabel(ROMAN[i] ?? String(i + 1)), attached, c),
  );
  const nameTitles = one ? one.titleName : DECISION.titlesJoined;
  return {
    name: DECISION.name(nameTitles, c.year, placeOf(c)),
    fileStem: fileSlug(`quyet-dinh-${one ? one.titleName : 'danh-hieu'}-${c.year}-${c.commune}`),
    sections: [main, ...sections],
  };
};

/** "HỘI KHUYẾN HỌC TỈNH THANH HÓA" → "Hội Khuyến học tỉnh Thanh Hóa" is not derivable in general: keep words, fix case. */
const sentenceCase = (upper: string): string =>
  upper
    .toLowerCase()
    .replace(/(^|\s)(\p{L})/gu, (_m, s: string, ch: string) => s + ch.toUpperCase())
    .replace(/\b(Tỉnh|Thành Phố|Xã|Phường) /gu, (m) => m.toLowerCase())
    .replace(/Khuyến Học/gu, 'Khuyến học');

/**
 * One decision per title with recognised members, or a single decision with one annex per title when the
 * configuration asks for it. Titles nobody earned get no decision.
 */
export const buildDecisions = (result: EngineResult): DocModel[] => {
  const c = configOf(result);
  const list = annexes(result).filter((a) => a.count > 0);
  if (list.length === 0) return [];
  return c.oneDecision
    ? [decisionDoc(result, c, list, 0)]
    : list.map((a, i) => decisionDoc(result, c, [a], i));
};

/** All lists in one document, for the village meetings: association header, one part per title, signature. */
export const buildAnnexLists = (result: EngineResult): DocModel | null => {
  const c = configOf(result);
  const list = annexes(result).filter((a) => a.count > 0);
  if (list.length === 0) return null;
  const byUnit = list.some((a) => a.byUnit);
  const first: Section = {
    orientation: 'portrait',
    blocks: [
      reportHeader(c, '', TYPE_CODES.list),
      { kind: 'title', docType: DOC_TYPES.list, subject: [ANNEX.listsSubject(c.year)] },
      paragraph('note', italic(ANNEX.listsNote(byUnit))),
    ],
  };
  const parts: Section[] = list.map((a, i) => ({
    orientation: a.orientation,
    blocks: [
      paragraph('heading', bold(`${ROMAN[i] ?? i + 1}. ${ANNEX.listTitle(a.subject, a.titleName, c.year)}`)),
      a.table,
    ],
  }));
  // Lists run on, each under its heading, as long as the orientation stays: a section (a new page) only where it
  // changes, so a list's last rows never sit alone on a page the next list leaves blank.
  const merged: Section[] = [];
  for (const s of [first, ...parts]) {
    const prev = merged[merged.length - 1];
    if (prev && prev.orientation === s.orientation) prev.blocks.push(...s.blocks);
    else merged.push({ orientation: s.orientation, blocks: [...s.blocks] });
  }
  const last = merged[merged.length - 1];
  if (last) last.blocks.push(signature(null, c.reportSignerTitle, c.reportSigner));
  return {
    name: ANNEX.listsName(c.year, placeOf(c)),
    fileStem: fileSlug(`danh-sach-cong-nhan-${c.year}-${c.commune}`),
    sections: merged,
  };
};
