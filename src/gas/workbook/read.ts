// One read per sheet: the whole workbook as the engine's snapshot, the product's own sheets left out.
import { layout } from '../../core/layout';
import type { CellValue, WorkbookSnapshot } from '../../core/snapshot';
import { foldKey } from '../../core/text/normalize';
import type { Sheet, Spreadsheet } from '../services';

export interface WorkbookRead {
  snapshot: WorkbookSnapshot;
  /** Every sheet by its exact name, owned ones included (so writers can find them without another call). */
  sheets: Map<string, Sheet>;
}

const ownedKeys = new Set(Object.values(layout.owned).map(foldKey));

export const isOwnedName = (name: string): boolean => ownedKeys.has(foldKey(name));

/**
 * -1 sizes mean "to the last row/column with data". An empty sheet may refuse that (a range of 0 rows), and is
 * then simply empty; any other failure is real and propagates. The extra call happens only on that path.
 */
export const sheetValues = (sheet: Sheet): CellValue[][] => {
  try {
    return sheet.getSheetValues(1, 1, -1, -1) as CellValue[][];
  } catch (err) {
    if (sheet.getLastRow() === 0) return [];
    throw err;
  }
};

/** `wanted` limits which sheets are read (all but the owned ones by default). */
export const readWorkbook = (
  ss: Spreadsheet,
  wanted: (name: string) => boolean = () => true,
): WorkbookRead => {
  const sheets = new Map<string, Sheet>();
  const snapshot: Record<string, CellValue[][]> = {};
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    sheets.set(name, sheet);
    if (!isOwnedName(name) && wanted(name)) snapshot[name] = sheetValues(sheet);
  }
  return { snapshot, sheets };
};
