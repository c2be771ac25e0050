// A commune's sheet as the province's list gives it: the link an officer pastes from "Chia sẻ" (in Sheets or in
// Drive), or a bare id.
// The Sheets API takes the spreadsheet id only.
const ID = /^[A-Za-z0-9_-]{20,}$/u;

/** The spreadsheet id of a Google Sheets link (or of a bare id), or null when the text is neither. */
export const spreadsheetIdOf = (link: string): string | null => {
  const s = link.trim();
  // A Drive link ("Sao chép đường liên kết" in Drive) carries the same id as the spreadsheet: a Google Sheet
  // reads through it, and any other file is then named "there but unreadable" by the API's answer, not "not found".
  const m =
    /docs\.google\.com\/spreadsheets\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]{20,})/u.exec(s) ??
    /drive\.google\.com\/(?:drive\/)?(?:u\/\d+\/)?file\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]{20,})/u.exec(s) ??
    /(?:docs|drive)\.google\.com\/.*[?&]id=([A-Za-z0-9_-]{20,})/u.exec(s);
  if (m?.[1]) return m[1];
  return ID.test(s) ? s : null;
};
