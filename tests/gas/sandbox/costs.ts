// What one service call costs on the simulated clock: the cost model (cost-model.ts) applied to the call's
// service, method, arguments and target (how many cells it moves, how many characters it writes).
import type { Clock } from './clock';
import { COST } from './cost-model';

interface Sized {
  rows: number;
  cols: number;
}
const isSized = (t: unknown): t is Sized =>
  typeof t === 'object' && t !== null && typeof (t as Sized).rows === 'number';

const cellsOf = (t: unknown): number => (isSized(t) ? t.rows * t.cols : 0);
const gridCells = (v: unknown): number =>
  Array.isArray(v) ? v.reduce((n: number, r) => n + (Array.isArray(r) ? r.length : 0), 0) : 0;
const gridChars = (v: unknown): number =>
  Array.isArray(v)
    ? v.reduce(
        (n: number, r) =>
          n + (Array.isArray(r) ? r.reduce((m: number, c) => m + String(c ?? '').length, 0) : 0),
        0,
      )
    : 0;

const RANGE_READS = new Set([
  'getHorizontalAlignments',
  'getVerticalAlignments',
  'getWraps',
  'getValues',
  'getDisplayValues',
  'getFormulas',
  'getBackgrounds',
  'getNotes',
  'getFontWeights',
  'getNumberFormats',
]);
const RANGE_WRITES = new Set([
  'setValues',
  'setValue',
  'setBackgrounds',
  'setBackground',
  'setNotes',
  'setNote',
  'clearNote',
  'setFontWeights',
  'setFontWeight',
  'setWrap',
  'setNumberFormats',
  'setNumberFormat',
  'setHorizontalAlignments',
  'setVerticalAlignment',
  'setWraps',
  'setBorder',
  'setDataValidation',
  'clear',
  'merge',
  'mergeAcross',
  'breakApart',
]);
/** Calls whose answer depends on the data: Sheets commits pending writes first. */
const DATA_DEPENDENT = new Set(['getLastRow', 'getLastColumn', 'getDataRange', 'getSheetValues']);
const SHEET_WRITES = new Set([
  'clear',
  'clearContents',
  'insertRowsAfter',
  'insertColumnsAfter',
  'deleteRows',
  'deleteColumns',
  'setFrozenRows',
  'setColumnWidths',
  'insertChart',
  'removeChart',
  'addDeveloperMetadata',
  'hideSheet',
]);

/** Charges `clock` for `label.method(args)` on `target` that returned `result`. */
export const chargeCall = (
  clock: Clock,
  label: string,
  method: string,
  target: unknown,
  args: unknown[],
  result: unknown,
): void => {
  const flushIfPending = (): number => {
    if (!clock.pendingWrites) return 0;
    clock.pendingWrites = false;
    return COST.flushMs;
  };
  switch (label) {
    case 'Range': {
      const n = cellsOf(target);
      if (RANGE_READS.has(method))
        return clock.charge(COST.sheetCallMs + flushIfPending() + n * COST.cellReadMs, { read: n });
      if (RANGE_WRITES.has(method)) {
        clock.pendingWrites = true;
        return clock.charge(COST.sheetCallMs + n * COST.cellWriteMs, { written: n });
      }
      return clock.charge(COST.sheetCallMs);
    }
    case 'RangeList': {
      const n = Array.isArray((target as { ranges?: unknown[] }).ranges)
        ? (target as { ranges: unknown[] }).ranges.reduce((s: number, r) => s + cellsOf(r), 0)
        : 0;
      if (method === 'getRanges') return clock.charge(COST.sheetCallMs);
      clock.pendingWrites = true;
      return clock.charge(COST.sheetCallMs + n * COST.cellWriteMs, { written: n });
    }
    case 'Sheet': {
      if (method === 'getSheetValues') {
        const n = gridCells(result);
        return clock.charge(COST.sheetCallMs + flushIfPending() + n * COST.cellReadMs, { read: n });
      }
      if (DATA_DEPENDENT.has(method)) return clock.charge(COST.sheetCallMs + flushIfPending());
      if (SHEET_WRITES.has(method)) clock.pendingWrites = true;
      return clock.charge(COST.sheetCallMs);
    }
    case 'SpreadsheetApp':
      if (method === 'flush') return clock.charge(COST.sheetCallMs + flushIfPending());
      return clock.charge(COST.sheetCallMs);
    case 'Spreadsheet':
      if (method === 'toast') return clock.charge(COST.toastMs);
      if (method === 'insertSheet' || method === 'deleteSheet') clock.pendingWrites = true;
      return clock.charge(COST.sheetCallMs);
    case 'Properties':
      if (method.startsWith('get')) return clock.charge(COST.propertyReadMs);
      return clock.charge(COST.propertyWriteMs);
    case 'Lock':
      return clock.charge(method === 'tryLock' || method === 'waitLock' ? COST.lockMs : 1);
    case 'DocumentApp':
      if (method === 'create') return clock.charge(COST.docCreateMs);
      if (method === 'openById') return clock.charge(COST.docOpenMs);
      return clock.charge(COST.docsCallMs);
    case 'Document': {
      if (method === 'saveAndClose') {
        const chars = (target as { chars?: () => number }).chars?.() ?? 0;
        return clock.charge(COST.docSaveMs + (chars / 1000) * COST.docSavePerKiloCharMs);
      }
      if (
        method === 'addViewers' ||
        method === 'addEditors' ||
        method === 'addViewer' ||
        method === 'addEditor'
      )
        return clock.charge(COST.shareMs);
      return clock.charge(COST.docsCallMs);
    }
    case 'Body':
      if (method === 'appendTable') {
        const cells = gridCells(args[0]);
        return clock.charge(
          COST.docsCallMs + cells * COST.docsTableCellMs + gridChars(args[0]) * COST.docsCharMs,
        );
      }
      if (method === 'appendParagraph')
        return clock.charge(COST.docsCallMs + String(args[0] ?? '').length * COST.docsCharMs);
      return clock.charge(COST.docsCallMs);
    case 'Paragraph':
    case 'Table':
    case 'TableRow':
    case 'TableCell':
    case 'Text':
    case 'InlineImage':
    case 'PageBreak':
      return clock.charge(COST.docsCallMs);
    case 'SheetsValues': {
      const n = gridCells((result as { values?: unknown[][] } | undefined)?.values);
      return clock.charge(COST.sheetsApiReadMs + n * COST.cellReadMs, { read: n });
    }
    case 'Utilities':
      // Utilities.sleep waits on Google's clock as on any other.
      return clock.charge(method === 'sleep' ? Number(args[0]) || 0 : 1);
    case 'ColumnChartBuilder':
      return clock.charge(method === 'build' ? COST.chartMs : 1);
    case 'HtmlTemplate':
      return clock.charge(method === 'evaluate' ? COST.htmlMs : 1);
    case 'Ui':
      if (method === 'alert' || method === 'prompt') return clock.charge(COST.alertMs);
      if (method === 'showSidebar' || method === 'showModalDialog') return clock.charge(COST.htmlMs);
      return clock.charge(1);
    default:
      return clock.charge(1);
  }
};
