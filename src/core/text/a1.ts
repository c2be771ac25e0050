// Spreadsheet A1 addresses, so issues can point officers at the exact cell.

/** 0 → "A", 25 → "Z", 26 → "AA", 701 → "ZZ", 702 → "AAA". */
export function columnLetter(index0: number): string {
  if (!Number.isInteger(index0) || index0 < 0)
    throw new RangeError(`columnLetter: bad column index ${index0}`);
  let n = index0 + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Row is 1-based as officers see it, column 0-based as arrays index it: a1(5, 2) → "C5". */
export function a1(row1: number, col0: number): string {
  if (!Number.isInteger(row1) || row1 < 1) throw new RangeError(`a1: bad row number ${row1}`);
  return `${columnLetter(col0)}${row1}`;
}

/** Inverse of columnLetter ("AA" → 26); case-insensitive; -1 when the text is not column letters. */
export function columnIndex(letters: string): number {
  const s = letters.trim().toUpperCase();
  if (!/^[A-Z]+$/u.test(s)) return -1;
  let n = 0;
  for (const ch of s) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
