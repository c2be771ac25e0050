// The blank commune workbook as data: what "Thiết lập" adds in Google Sheets and what `mau` writes as .xlsx.
// Both shells render these templates and nothing else, so the two agree cell for cell (tests/gas/template-parity).
import { COLORS } from '../output/builder';
import { templateText } from '../i18n/cli';
import { layout } from '../layout';
import { titleCodes, type ColumnSpec, type RegisterKey } from '../layout/schema';
import { itemsOf } from '../criteria/schema';
import { defaultCriteriaSets, titleNames } from '../criteria/sets';
import { wrappedLineCount } from '../text/wrap';
import { tableShapes, type TableShape } from './shapes';

/** Where a dropdown's choices come from: a list typed into the rule, or names typed on another template sheet. */
export type DropdownSource =
  | { kind: 'list'; options: readonly string[] }
  | { kind: 'range'; sheet: string; col: number; firstRow: number; lastRow: number };

export interface Dropdown {
  /** 1-based first row and column of the validated block. */
  row: number;
  col: number;
  /**
   * Rows in the block; null for the whole column below `row`, rows added later included (Google: an open-ended
   * range such as "D2:D"; .xlsx: down to the sheet's last row, "D2:D1048576").
   */
  rows: number | null;
  source: DropdownSource;
  /** The column header or setting label, for the message shown on a value outside the list. */
  label: string;
  help: string;
}

export interface SheetTemplate {
  name: string;
  /** Synonyms under which an existing sheet counts as this one. */
  synonyms: readonly string[];
  /** The header row, then the rows a blank workbook starts with. */
  values: readonly (readonly (string | number)[])[];
  /** Notes of the header row, one per column; null for none. */
  headerNotes: readonly (string | null)[];
  headerFill: string;
  /** Lines the longest header takes wrapped at its column's width: the header row is made that tall. */
  headerLines: number;
  dropdowns: readonly Dropdown[];
  /** 1-based cells that hold a date (dd/mm/yyyy). */
  dateCells: readonly { row: number; col: number }[];
  /** Column widths in characters, as in the layout. */
  widths: readonly number[];
  frozenRows: number;
}

/** How far down a dropdown of village or unit names looks on the register it names. */
export const REFERENCE_ROWS = 1000;
/** The marker after a required setting's label; the reader ignores it ("Tên xã/phường *" is "Tên xã/phường"). */
export const REQUIRED_MARK = ' *';
/** "Cấu hình": label, value, explanation. */
export const CONFIG_WIDTHS = [34, 36, 90] as const;

const REFERENCED: Partial<Record<ColumnSpec['kind'], RegisterKey>> = { village: 'villages', unit: 'units' };

const referenceSource = (kind: ColumnSpec['kind'], shapes: readonly TableShape[]): DropdownSource | null => {
  const shape = shapes.find((s) => s.register && s.register.key === REFERENCED[kind]);
  const col = shape?.columns.findIndex((c) => c.key === shape.register?.labelColumn) ?? -1;
  if (!shape || col < 0) return null;
  return {
    kind: 'range',
    sheet: shape.sheet,
    col: col + 1,
    firstRow: layout.frozenRows + 1,
    lastRow: REFERENCE_ROWS,
  };
};

/** Lines the header row needs for its longest header at the column widths (shared with the province template). */
export const linesOf = (headers: readonly string[], widths: readonly number[]): number =>
  Math.max(1, ...headers.map((h, c) => wrappedLineCount(h, widths[c] ?? 10)));

const tableTemplate = (shape: TableShape, shapes: readonly TableShape[]): SheetTemplate => ({
  name: shape.sheet,
  synonyms: shape.synonyms,
  values: [shape.columns.map((c) => c.header)],
  headerNotes: shape.columns.map((c) => c.note),
  headerFill: COLORS.header,
  headerLines: linesOf(
    shape.columns.map((c) => c.header),
    shape.columns.map((c) => c.width),
  ),
  dropdowns: shape.columns.flatMap((c, i): Dropdown[] => {
    const source: DropdownSource | null = c.options
      ? { kind: 'list', options: c.options }
      : referenceSource(c.kind, shapes);
    return source
      ? [{ row: layout.frozenRows + 1, col: i + 1, rows: null, source, label: c.header, help: c.note }]
      : [];
  }),
  dateCells: [],
  widths: shape.columns.map((c) => c.width),
  frozenRows: layout.frozenRows,
});

const configTemplate = (): SheetTemplate => {
  const settings = layout.config.settings;
  const first = layout.frozenRows + 1;
  return {
    name: layout.config.sheet,
    synonyms: layout.config.synonyms,
    values: [
      [...layout.config.headers],
      ...settings.map((s) => [s.required ? `${s.label}${REQUIRED_MARK}` : s.label, '', s.note]),
    ],
    headerNotes: [templateText.configNoteLabel, templateText.configNoteValue, templateText.configNoteExplain],
    headerFill: COLORS.header,
    headerLines: linesOf(layout.config.headers, CONFIG_WIDTHS),
    dropdowns: settings.flatMap((s, i): Dropdown[] =>
      s.options
        ? [
            {
              row: first + i,
              col: 2,
              rows: 1,
              source: { kind: 'list', options: s.options },
              label: s.label,
              help: s.note,
            },
          ]
        : [],
    ),
    dateCells: settings.flatMap((s, i) =>
      s.kind === 'date' || s.kind === 'docDate' ? [{ row: first + i, col: 2 }] : [],
    ),
    widths: CONFIG_WIDTHS,
    frozenRows: layout.frozenRows,
  };
};

/** Blank columns between the commune's own criteria table and the sets in use beside it. */
const REFERENCE_GAP = 1;
const REFERENCE_WIDTHS = [18, 10, 50, 10, 44] as const;

/**
 * "Bộ tiêu chí" with the sets in use beside its (empty) table: one row per item, in columns the reader does not
 * map, so a blank template still reads as "no set of the commune's own" while TC1… are spelled out.
 */
const withReference = (t: SheetTemplate): SheetTemplate => {
  const words = templateText.criteriaReference;
  const width = t.widths.length + REFERENCE_GAP;
  const rows = titleCodes.flatMap((title) => {
    const set = defaultCriteriaSets[title];
    const source = set.decision ? `${set.name}, ${set.decision}` : set.name;
    return itemsOf(set).map((item, i) => [
      ...Array.from({ length: width }, () => ''),
      i === 0 ? titleNames[title] : '',
      item.code,
      item.label,
      item.max === 0 ? words.passFail : item.max,
      i === 0 ? (set.example ? words.example(source) : source) : '',
    ]);
  });
  const header = [
    ...(t.values[0] ?? []),
    ...Array.from({ length: REFERENCE_GAP }, () => ''),
    ...words.headers,
  ];
  const widths = [...t.widths, ...Array.from({ length: REFERENCE_GAP }, () => 3), ...REFERENCE_WIDTHS];
  return {
    ...t,
    values: [header, ...rows],
    headerNotes: [...t.headerNotes, ...Array.from({ length: REFERENCE_GAP }, () => null), ...words.notes],
    headerLines: linesOf(header.map(String), widths),
    widths,
  };
};

/**
 * Cấu hình, Chỉ tiêu, Bộ tiêu chí, then the registers. "Bộ tiêu chí" starts with an empty table: a row there makes a
 * set the commune's own (the report would cite the sheet instead of the official decision), so the shipped sets
 * are shown beside it, never copied into it.
 */
export const sheetTemplates = (): SheetTemplate[] => {
  const shapes = tableShapes();
  return [
    configTemplate(),
    ...shapes.map((s) =>
      s.sheet === layout.criteria.sheet ? withReference(tableTemplate(s, shapes)) : tableTemplate(s, shapes),
    ),
  ];
};
