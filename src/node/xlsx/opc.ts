// The package layer of an .xlsx (Open Packaging Conventions): relationship parts and [Content_Types].xml,
// edited as text so every relationship and content type we do not touch stays as the user's file had it.
import { posix } from 'node:path';
import { attr, elements, escapeXml, splice } from './xml';

export const CONTENT_TYPES = '[Content_Types].xml';
export const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
export const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

export interface Relationship {
  id: string;
  type: string;
  /** The target as a package path without the leading slash; null for external targets. */
  part: string | null;
}

/** Where the relationships of a part live: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export const relsPathOf = (part: string): string =>
  posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);

/** The part a .rels file describes (the inverse of relsPathOf); '' for the package's own _rels/.rels. */
export const sourceOfRels = (relsPath: string): string =>
  posix.join(posix.dirname(posix.dirname(relsPath)), posix.basename(relsPath, '.rels'));

const decoded = (target: string): string => {
  try {
    return decodeURI(target);
  } catch {
    return target;
  }
};

const resolveTarget = (source: string, target: string): string =>
  target.startsWith('/')
    ? decoded(target.slice(1))
    : posix.normalize(posix.join(posix.dirname(source), decoded(target)));

export const parseRels = (relsXml: string, source: string): Relationship[] =>
  elements(relsXml, 'Relationship').map((e) => {
    const target = attr(e.text, 'Target') ?? '';
    return {
      id: attr(e.text, 'Id') ?? '',
      type: attr(e.text, 'Type') ?? '',
      part: attr(e.text, 'TargetMode') === 'External' ? null : resolveTarget(source, target),
    };
  });

/** A relationship Id not yet used in the part: rId1, rId2, … */
export const freshRelId = (rels: readonly Relationship[]): string => {
  const used = new Set(rels.map((r) => r.id));
  let n = rels.length + 1;
  while (used.has(`rId${n}`)) n++;
  return `rId${n}`;
};

export const addRel = (relsXml: string, id: string, type: string, target: string): string => {
  const at = relsXml.lastIndexOf('</Relationships>');
  const rel = `<Relationship Id="${escapeXml(id)}" Type="${type}" Target="${escapeXml(target)}"/>`;
  return at < 0 ? relsXml : splice(relsXml, at, at, rel);
};

export const removeRel = (relsXml: string, id: string): string => {
  const el = elements(relsXml, 'Relationship').find((e) => attr(e.text, 'Id') === id);
  return el ? splice(relsXml, el.start, el.end, '') : relsXml;
};

/** Sets the Override for a part (adding or changing it), or removes it when `type` is undefined. */
export const setOverride = (typesXml: string, part: string, type: string | undefined): string => {
  const name = `/${part}`;
  const el = elements(typesXml, 'Override').find(
    (e) => (attr(e.text, 'PartName') ?? '').toLowerCase() === name.toLowerCase(),
  );
  const override =
    type === undefined ? '' : `<Override PartName="${escapeXml(name)}" ContentType="${type}"/>`;
  if (el) return splice(typesXml, el.start, el.end, override);
  const at = typesXml.lastIndexOf('</Types>');
  return at < 0 || !override ? typesXml : splice(typesXml, at, at, override);
};

/** Target of a relationship from `source` to `part`, relative as Excel writes them. */
export const relativeTarget = (source: string, part: string): string =>
  posix.relative(posix.dirname(source), part);
