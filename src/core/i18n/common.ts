// Texts both shells show in the same words.

/** A failure that is not the user's: what to do, and one line for whoever supports them. */
export const unexpectedText = (detail: string): string =>
  `Đã có lỗi ngoài dự kiến. Vui lòng chạy lại; nếu vẫn lỗi, gửi nội dung sau cho người hỗ trợ kỹ thuật: ${detail}`;
