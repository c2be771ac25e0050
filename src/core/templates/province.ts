// The province association's master workbook as templates: what the province project's "Thiết lập" adds.
// "Chỉ tiêu" is the commune's own template, so the province's targets are typed and read the same way.
import { templateText } from '../i18n/cli';
import { layout } from '../layout';
import { communeListSheet, provinceConfigSheet } from '../layout/province-sheets';
import { COLORS } from '../output/builder';
import { CONFIG_WIDTHS, linesOf, REQUIRED_MARK, sheetTemplates, type SheetTemplate } from './model';

const listTemplate = (): SheetTemplate => ({
  name: communeListSheet.sheet,
  synonyms: communeListSheet.synonyms,
  values: [communeListSheet.columns.map((c) => c.header)],
  headerNotes: communeListSheet.columns.map((c) => c.note),
  headerFill: COLORS.header,
  dropdowns: [],
  dateCells: [],
  widths: communeListSheet.columns.map((c) => c.width),
  headerLines: linesOf(
    communeListSheet.columns.map((c) => c.header),
    communeListSheet.columns.map((c) => c.width),
  ),
  frozenRows: 1,
});

const provinceConfigTemplate = (): SheetTemplate => {
  const settings = provinceConfigSheet.settings;
  const first = layout.frozenRows + 1;
  return {
    name: provinceConfigSheet.sheet,
    synonyms: provinceConfigSheet.synonyms,
    values: [
      [...provinceConfigSheet.headers],
      ...settings.map((s) => [s.required ? `${s.label}${REQUIRED_MARK}` : s.label, '', s.note]),
    ],
    headerNotes: [templateText.configNoteLabel, templateText.configNoteValue, templateText.configNoteExplain],
    headerFill: COLORS.header,
    dropdowns: [],
    dateCells: settings.flatMap((s, i) => (s.kind === 'date' ? [{ row: first + i, col: 2 }] : [])),
    widths: CONFIG_WIDTHS,
    headerLines: linesOf(provinceConfigSheet.headers, CONFIG_WIDTHS),
    frozenRows: layout.frozenRows,
  };
};

export const provinceTemplates = (): SheetTemplate[] => {
  const targets = sheetTemplates().find((t) => t.name === layout.targets.sheet);
  return [provinceConfigTemplate(), listTemplate(), ...(targets ? [targets] : [])];
};
