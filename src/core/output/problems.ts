// The "Lỗi dữ liệu" sheet: every problem with its place, a link to the cell, what is wrong and what to do.
import { layout } from '../layout';
import { problemsText } from '../i18n/sheets';
import type { Issue } from '../issues/issue';
import type { OutputTable } from '../result';
import { COLORS, TableBuilder } from './builder';

const WIDTH = 9;

export const buildProblems = (issues: readonly Issue[]): OutputTable => {
  const t = new TableBuilder(layout.owned.problems, WIDTH);
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  t.title(problemsText.title(errors, warnings));
  t.title(errors > 0 ? problemsText.blocking : problemsText.clean, { bold: false });
  t.header([...problemsText.header]);
  if (issues.length === 0) t.add(['', '', '', '', '', '', '', problemsText.none, '']);
  issues.forEach((i, k) => {
    const background = i.severity === 'error' ? COLORS.error : COLORS.warning;
    t.add(
      [
        k + 1,
        i.severity === 'error' ? problemsText.error : problemsText.warning,
        i.sheet,
        i.row ?? '',
        i.column ?? '',
        i.cell
          ? { value: i.cell, style: { link: { sheet: i.sheet, cell: i.cell } } }
          : i.row
            ? { value: problemsText.row(i.row), style: { link: { sheet: i.sheet, cell: `A${i.row}` } } }
            : '',
        i.value,
        i.message,
        i.hint,
      ],
      { background },
    );
  });
  // The table's cells wrap ("Vấn đề" and "Cách sửa" above all): cut at the column edge, a message loses exactly
  // the part that says what was read.
  return t.build([6, 10, 14, 7, 6, 8, 20, 60, 60], 3);
};
