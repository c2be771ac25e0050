// Warnings with one cause are one line: the same warning on many cells of a sheet (text in a legacy encoding)
// becomes the first one, with the count and the first cells, rather than a line per cell.
import { formatInt } from '../text/format';
import type { Issue } from './issue';

/** Codes whose repeats on one sheet share a cause; errors are never merged (each cell must be fixed). */
const GROUPED: ReadonlySet<string> = new Set(['LEGACY_TEXT']);
const FIRST_CELLS = 5;

export const groupWarnings = (issues: readonly Issue[]): Issue[] => {
  const groups = new Map<string, Issue[]>();
  const out: (Issue | Issue[])[] = [];
  for (const i of issues) {
    if (i.severity !== 'warning' || !GROUPED.has(i.code)) {
      out.push(i);
      continue;
    }
    const key = `${i.code}\u0000${i.sheet}`;
    let group = groups.get(key);
    if (!group) {
      group = [];
      groups.set(key, group);
      out.push(group);
    }
    group.push(i);
  }
  return out.map((g) => {
    if (!Array.isArray(g)) return g;
    const [first, ...rest] = g;
    if (!first) throw new Error('empty warning group');
    if (rest.length === 0) return first;
    const cells = g.map((i) => i.cell ?? (i.row === null ? '' : `dòng ${i.row}`)).filter((c) => c !== '');
    const shown = cells.slice(0, FIRST_CELLS).join(', ') + (cells.length > FIRST_CELLS ? ', …' : '');
    return {
      ...first,
      message: `${first.message} Cùng loại trên trang này: ${formatInt(g.length)} ô (${shown}).`,
    };
  });
};
