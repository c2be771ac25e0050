// "Nhập chỉ tiêu từ kế hoạch": the dialog and its two server calls, with the plan-text parser (src/gas/load-feature.ts).
import { appendChosen, previewPlan, showImportDialog } from '../actions/import-targets';
import { describeFailure } from '../errors';
import { runMenu } from '../run';
import { liveServices } from '../services';

/** A dialog's failure handler shows the message: ours as written, anything else as the generic Vietnamese one. */
const dialogCall = <T>(f: () => T): T => {
  try {
    return f();
  } catch (err) {
    // Judged here, where this feature's own UserError class lives (the entry file has its own copy).
    throw new Error(describeFailure(err), { cause: err });
  }
};

export const menuNhapChiTieu = (): void => void runMenu(liveServices(), 'importTargets', showImportDialog);

export const docChiTieuKeHoach = (text: string): unknown =>
  dialogCall(() => previewPlan(SpreadsheetApp.getActiveSpreadsheet(), text));

export const themChiTieuKeHoach = (text: string, chosen: number[]): unknown => {
  const services = liveServices();
  return dialogCall(() => appendChosen(services, services.spreadsheet.getActiveSpreadsheet(), text, chosen));
};
