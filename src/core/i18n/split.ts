// Texts of a document split into parts because Google Docs caps a document's size.
export const SPLIT = {
  partName: (name: string, k: number, n: number) => `${name} (phần ${k}/${n})`,
  partStem: (stem: string, k: number) => `${stem}-phan-${k}`,
  /** Under the title of part 1. */
  inParts: (n: number, names: readonly string[]) =>
    `Văn bản này dài nên được lập thành ${n} phần, mỗi phần một văn bản: ${names.map((x) => `"${x}"`).join('; ')}.`,
  /** At the end of every part but the last. */
  continued: (next: string) => `(Còn tiếp ở văn bản "${next}".)`,
  /** At the top of every part but the first. */
  continuation: (k: number, n: number, first: string) => `Phần ${k}/${n}, tiếp theo văn bản "${first}".`,
  /** A village group that continues from the previous part. */
  groupContinued: (group: string) => `${group} (tiếp theo)`,
} as const;
