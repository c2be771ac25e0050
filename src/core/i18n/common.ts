// Texts both shells show in the same words.

/** A failure that is not the user's: what to do, and one line for whoever supports them. */
export const unexpectedText = (detail: string): string =>
  `Đã có lỗi ngoài dự kiến. Vui lòng chạy lại; nếu vẫn lỗi, gửi nội dung sau cho người hỗ trợ kỹ thuật: ${detail}`;

/** A sheet the user made has the name of one the product writes: never overwritten, in either shell. */
export const ownedSheetTakenText = (sheet: string): string =>
  `Bảng tính đã có trang "${sheet}" do người dùng tạo và đang có dữ liệu, nên không ghi đè. Hãy đổi tên trang đó (ví dụ "${sheet} (cũ)") rồi chạy lại.`;

/** The per-village chart's title on "Tổng hợp", with the target when the year has one (both shells draw it). */
export const chartTitleText = (title: string, targetPercent: number | null): string =>
  targetPercent === null ? title : `${title} (chỉ tiêu ${String(targetPercent).replace('.', ',')}%)`;

/** "ngày 05 tháng 12 năm 2026": the parts arrive padded as official documents want them. */
export const dateLongText = (day: string, month: string, year: number): string =>
  `ngày ${day} tháng ${month} năm ${year}`;
