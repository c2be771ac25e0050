// The "Lỗi dữ liệu" sheet: every problem with its place, a link to the cell, what is wrong and what to do.
import { layout } from '../layout';
import type { Issue } from '../issues/issue';
import type { OutputTable } from '../result';
import { COLORS, TableBuilder } from './builder';

const WIDTH = 9;

export const buildProblems = (issues: readonly Issue[]): OutputTable => {
  const t = new TableBuilder(layout.owned.problems, WIDTH);
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  t.title(`DANH SÁCH LỖI DỮ LIỆU: ${errors} lỗi, ${warnings} cảnh báo`);
  t.title(
    errors > 0
      ? 'Lỗi phải sửa trước khi tạo báo cáo; cảnh báo nên xem lại. Bấm vào ô ở cột "Ô" để đến chỗ cần sửa.'
      : 'Không có lỗi chặn báo cáo. Cảnh báo (nếu có) nên xem lại.',
    { bold: false },
  );
  t.add(['STT', 'Mức độ', 'Trang', 'Dòng', 'Cột', 'Ô', 'Giá trị', 'Vấn đề', 'Cách sửa'], {
    bold: true,
    background: COLORS.header,
  });
  if (issues.length === 0)
    t.add(['', '', '', '', '', '', '', 'Không có lỗi nào. Dữ liệu đã sẵn sàng để tổng hợp.', '']);
  issues.forEach((i, k) => {
    const background = i.severity === 'error' ? COLORS.error : COLORS.warning;
    t.add(
      [
        k + 1,
        i.severity === 'error' ? 'Lỗi' : 'Cảnh báo',
        i.sheet,
        i.row ?? '',
        i.column ?? '',
        i.cell
          ? { value: i.cell, style: { link: { sheet: i.sheet, cell: i.cell } } }
          : i.row
            ? { value: `Dòng ${i.row}`, style: { link: { sheet: i.sheet, cell: `A${i.row}` } } }
            : '',
        i.value,
        i.message,
        i.hint,
      ],
      { background },
    );
  });
  return t.build([6, 10, 14, 7, 6, 8, 20, 60, 60], 3);
};
