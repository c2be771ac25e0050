// Pure: the template sheets of the commune workbook, from the layout data, ready to be written in a few calls.
import { layout } from '../../core/layout';
import { defaultCriteriaSets, titleNames } from '../../core/criteria/sets';
import type { CriteriaSet } from '../../core/criteria/schema';
import { registerColumns } from '../../core/layout/columns';
import type { ColumnSpec, SettingSpec } from '../../core/layout/schema';

export interface Dropdown {
  /** 1-based first row and column of the validated block. */
  row: number;
  col: number;
  /** Rows down to the sheet's last row when null. */
  rows: number | null;
  options: readonly string[];
  help: string;
}

export interface SheetTemplate {
  name: string;
  /** Synonyms under which an existing sheet counts as this one. */
  synonyms: readonly string[];
  values: (string | number)[][];
  /** Notes of the header row, one per column. */
  headerNotes: string[];
  dropdowns: Dropdown[];
  widths: number[];
  frozenRows: number;
}

const columnTemplate = (
  name: string,
  synonyms: readonly string[],
  columns: readonly ColumnSpec[],
  rows: (string | number)[][] = [],
): SheetTemplate => ({
  name,
  synonyms,
  values: [columns.map((c) => c.header), ...rows],
  headerNotes: columns.map((c) => c.note),
  dropdowns: columns.flatMap((c, i) =>
    c.options ? [{ row: 2, col: i + 1, rows: null, options: c.options, help: c.note }] : [],
  ),
  widths: columns.map((c) => c.width),
  frozenRows: layout.frozenRows,
});

const explain = (s: SettingSpec): string =>
  s.example !== undefined && s.example !== '' ? `${s.note} Ví dụ: ${String(s.example)}.` : s.note;

const configTemplate = (): SheetTemplate => {
  const settings = layout.config.settings;
  return {
    name: layout.config.sheet,
    synonyms: layout.config.synonyms,
    values: [
      [...layout.config.headers],
      ...settings.map((s) => [s.required ? `${s.label} *` : s.label, '', explain(s)]),
    ],
    headerNotes: [
      'Tên tham số: giữ nguyên chữ ở cột này.',
      'Giá trị của xã/phường: nhập ở cột này.',
      'Cách nhập; dấu * là bắt buộc.',
    ],
    dropdowns: settings.flatMap((s, i) =>
      s.options ? [{ row: i + 2, col: 2, rows: 1, options: s.options, help: s.note }] : [],
    ),
    widths: [28, 30, 80],
    frozenRows: layout.frozenRows,
  };
};

/** Official sets only: an illustrative set copied here would pass for the commune's own. */
const criteriaRows = (sets: readonly CriteriaSet[]): (string | number)[][] =>
  sets
    .filter((s) => !s.example)
    .flatMap((set) =>
      set.groups.flatMap((g, gi) =>
        g.items.map((item, ii) => [
          titleNames[set.title],
          item.code,
          g.label,
          item.label,
          item.max,
          item.min ?? '',
          item.mandatory ? 'x' : '',
          gi === 0 && ii === 0 ? set.rules.passTotal : '',
        ]),
      ),
    );

export const sheetTemplates = (): SheetTemplate[] => [
  configTemplate(),
  columnTemplate(layout.targets.sheet, layout.targets.synonyms, layout.targets.columns),
  columnTemplate(
    layout.criteria.sheet,
    layout.criteria.synonyms,
    layout.criteria.columns,
    criteriaRows(Object.values(defaultCriteriaSets)),
  ),
  ...layout.registers.map((spec) =>
    columnTemplate(spec.sheet, spec.synonyms, registerColumns(spec, defaultCriteriaSets[spec.title])),
  ),
];
