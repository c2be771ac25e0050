// Apps Script entry points: the build turns every export below into a top-level function with this JSDoc.
// Only `export function` declarations belong here; the logic lives in the modules they call.
import { MENU_TITLE, fnText, menuLabels } from '../core/i18n/gas';
import { FnError, type Arg } from './custom/args';
import { normaliseText, recognisedPercent, resultOf, targetPercent, totalPoints } from './custom/functions';
import { loadFeature, runFeature } from './load-feature';
import { selectCell as selectCellIn } from './sidebar';

// What every execution compiles is kept to the menu, the custom functions and the sidebar's cell selection; the
// menu items' code is read from the project's HTML files by the item that runs (src/gas/load-feature.ts).

/** The "Tổng hợp" menu; the simple trigger does nothing else (no authorisation, 30 s limit). */
export function onOpen(): void {
  SpreadsheetApp.getUi()
    .createMenu(MENU_TITLE)
    .addItem(menuLabels.setup, 'menuThietLap')
    .addSeparator()
    .addItem(menuLabels.validate, 'menuKiemTra')
    .addItem(menuLabels.tally, 'menuTongHop')
    .addItem(menuLabels.report, 'menuTaoBaoCao')
    .addItem(menuLabels.share, 'menuGuiTinh')
    .addSeparator()
    .addItem(menuLabels.importTargets, 'menuNhapChiTieu')
    .addItem(menuLabels.olderYears, 'menuThemNamCu')
    .addItem(menuLabels.clearMarks, 'menuXoaDanhDau')
    .addItem(menuLabels.help, 'menuHuongDan')
    .addToUi();
}

/** Tổng hợp → Thiết lập: adds the missing template sheets. */
export function menuThietLap(): void {
  runFeature('check', (f) => f.menuThietLap());
}

/** Tổng hợp → Kiểm tra dữ liệu: marks wrong cells, writes "Lỗi dữ liệu", opens the list of problems. */
export function menuKiemTra(): void {
  runFeature('check', (f) => f.menuKiemTra());
}

/** Tổng hợp → Chấm điểm và tổng hợp: writes "Tổng hợp" with its chart. */
export function menuTongHop(): void {
  runFeature('check', (f) => f.menuTongHop());
}

/** Tổng hợp → Tạo báo cáo: creates the report in Google Docs. */
export function menuTaoBaoCao(): void {
  const startedAt = Date.now();
  runFeature('report', (f) => f.menuTaoBaoCao(startedAt));
}

/** Called by the report progress sidebar: creates the next documents of the run (one execution each). */
export function reportStep(): unknown {
  const startedAt = Date.now();
  return loadFeature('report').reportStep(startedAt);
}

/** Tổng hợp → Gửi Hội Khuyến học tỉnh: shares the report after confirmation. */
export function menuGuiTinh(): void {
  runFeature('check', (f) => f.menuGuiTinh());
}

/** Tổng hợp → Nhập chỉ tiêu từ kế hoạch: opens the dialog that reads a pasted plan. */
export function menuNhapChiTieu(): void {
  runFeature('targets', (f) => f.menuNhapChiTieu());
}

/**
 * Called by the "Nhập chỉ tiêu" dialog: the targets read from the pasted plan, each with its sentence.
 * @param {string} text Nội dung kế hoạch.
 */
export function docChiTieuKeHoach(text: string): unknown {
  return loadFeature('targets').docChiTieuKeHoach(text);
}

/**
 * Called by the "Nhập chỉ tiêu" dialog: appends the ticked targets to "Chỉ tiêu".
 * @param {string} text Nội dung kế hoạch.
 * @param {number[]} chosen Số thứ tự các chỉ tiêu đã chọn.
 */
export function themChiTieuKeHoach(text: string, chosen: number[]): unknown {
  return loadFeature('targets').themChiTieuKeHoach(text, chosen);
}

/** Tổng hợp → Thêm số liệu năm cũ: older years into "Lịch sử" from sheets copied in from last year's workbook. */
export function menuThemNamCu(): void {
  runFeature('check', (f) => f.menuThemNamCu());
}

/** Tổng hợp → Xóa đánh dấu: restores the cells marked by "Kiểm tra dữ liệu". */
export function menuXoaDanhDau(): void {
  runFeature('check', (f) => f.menuXoaDanhDau());
}

/** Tổng hợp → Hướng dẫn. */
export function menuHuongDan(): void {
  runFeature('check', (f) => f.menuHuongDan());
}

/**
 * Called by the sidebar: selects a cell of a problem.
 * @param {string} sheetName Tên trang.
 * @param {string} a1 Địa chỉ ô, ví dụ "C5".
 */
export function selectCell(sheetName: string, a1: string): void {
  selectCellIn(SpreadsheetApp.getActiveSpreadsheet(), sheetName, a1);
}

/** Custom functions throw only FnError texts: anything else becomes a Vietnamese message, never a stack. */
function guard<T>(name: string, f: () => T): T {
  try {
    return f();
  } catch (err) {
    // The cause stays for the execution log; the cell shows only the message.
    throw new Error(err instanceof FnError ? err.message : fnText.unexpected(name), { cause: err });
  }
}

/**
 * Tổng điểm của một hàng điểm tiêu chí (TC1, TC2… theo thứ tự) theo bộ tiêu chí của danh hiệu.
 * Chọn nhiều hàng thì được một cột tổng điểm.
 * Ví dụ: =KH_DIEM(I5:R5; "Công dân học tập") → 86
 *
 * @param {number[][]} diem Vùng điểm các tiêu chí, ví dụ I5:R5 (để trống ô chưa chấm).
 * @param {string} boTieuChi Danh hiệu hoặc mã bộ tiêu chí, ví dụ "Công dân học tập" hoặc "cdht-324-2023".
 * @return {number} Tổng điểm; để trống nếu hàng chưa có điểm.
 * @customfunction
 */
export function KH_DIEM(diem: Arg, boTieuChi: Arg): unknown {
  return guard('KH_DIEM', () => totalPoints(diem, boTieuChi));
}

/**
 * Kết quả đánh giá một hàng điểm theo bộ tiêu chí: "Đạt", "Chưa đạt" hoặc mức xếp loại của bộ tiêu chí.
 * Ví dụ: =KH_KETQUA(I5:R5; "Công dân học tập") → "Đạt"
 * Ví dụ (xã vùng khó khăn, mức đạt 70 điểm): =KH_KETQUA(I5:R5; "Công dân học tập"; "x")
 *
 * @param {number[][]} diem Vùng điểm các tiêu chí, ví dụ I5:R5.
 * @param {string} boTieuChi Danh hiệu hoặc mã bộ tiêu chí, ví dụ "Gia đình học tập".
 * @param {string} vungKhoKhan Không bắt buộc: "x" nếu xã thuộc vùng khó khăn.
 * @return {string} Đạt, Chưa đạt hoặc mức xếp loại; để trống nếu chưa có điểm.
 * @customfunction
 */
export function KH_KETQUA(diem: Arg, boTieuChi: Arg, vungKhoKhan?: Arg): unknown {
  return guard('KH_KETQUA', () => resultOf(diem, boTieuChi, vungKhoKhan));
}

/**
 * Tỷ lệ phần trăm được công nhận (ô ghi "Đạt", "Công nhận", mức xếp loại đạt hoặc ✓) trong một vùng kết quả.
 * Mẫu số là số ô không trống, hoặc tổng số cho trước (ví dụ tổng số hộ của thôn).
 * Ví dụ: =KH_TYLE(M2:M200) → 87,5
 * Ví dụ: =KH_TYLE(M2:M200; 240) → tỷ lệ trên 240 hộ
 * Làm tròn một lần như trang Tổng hợp và báo cáo (7,45 → 7,5); báo lỗi khi số được công nhận lớn hơn tổng số.
 *
 * @param {string[][]} ketQua Vùng cột "Kết quả", ví dụ M2:M200.
 * @param {number} tongSo Không bắt buộc: tổng số làm mẫu số.
 * @return {number} Tỷ lệ phần trăm, một chữ số thập phân.
 * @customfunction
 */
export function KH_TYLE(ketQua: Arg, tongSo?: Arg): unknown {
  return guard('KH_TYLE', () => recognisedPercent(ketQua, tongSo));
}

/**
 * Chỉ tiêu (%) của một chỉ tiêu trong một năm, lấy từ bộ chỉ tiêu có sẵn hoặc từ vùng trang Chỉ tiêu.
 * Ví dụ: =KH_CHITIEU("Gia đình học tập"; 2028; "Quảng Ngọc 2026-2030") → 90
 * Ví dụ: =KH_CHITIEU("Công dân học tập (% công dân)"; 2026; 'Chỉ tiêu'!A1:I30)
 *
 * @param {string} chiTieu Tên chỉ tiêu, ví dụ "Gia đình học tập (% hộ)" hoặc "Gia đình học tập".
 * @param {number} nam Năm của chỉ tiêu, ví dụ 2028.
 * @param {string} boChiTieu Tên bộ chỉ tiêu (ví dụ "Quảng Ngọc 2026-2030") hoặc vùng trang Chỉ tiêu kể cả dòng tiêu đề.
 * @return {number} Tỷ lệ phần trăm phải đạt.
 * @customfunction
 */
export function KH_CHITIEU(chiTieu: Arg, nam: Arg, boChiTieu?: Arg): unknown {
  return guard('KH_CHITIEU', () => targetPercent(chiTieu, nam, boChiTieu));
}

/**
 * Chuẩn hóa chữ tiếng Việt như khi hệ thống so khớp: bỏ khoảng trắng thừa, dựng sẵn dấu (NFC), đổi chữ
 * TCVN3/VNI sang Unicode. Kiểu "khóa" cho dạng không dấu, chữ thường để so sánh.
 * Ví dụ: =KH_CHUANHOA("  Thôn   Đông ") → "Thôn Đông"
 * Ví dụ: =KH_CHUANHOA("Nguyễn Văn An"; "khóa") → "nguyen van an"
 *
 * @param {string} vanBan Ô hoặc vùng chữ cần chuẩn hóa.
 * @param {string} kieu Không bắt buộc: "chuẩn" (mặc định) hoặc "khóa".
 * @return {string} Chữ đã chuẩn hóa.
 * @customfunction
 */
export function KH_CHUANHOA(vanBan: Arg, kieu?: Arg): unknown {
  return guard('KH_CHUANHOA', () => normaliseText(vanBan, kieu));
}
