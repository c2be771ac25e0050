// The menu items that read the workbook and run the engine (or set it up): compiled only by the executions that run
// one of them, never by onOpen, a custom function or a sidebar click (src/gas/load-feature.ts).
import { checkData, scoreAndTally } from '../actions/check';
import { importOlderYears } from '../actions/older-years';
import { shareReports } from '../actions/share';
import { removeMarks, setUp, showHelp } from '../actions/simple';
import { runMenu } from '../run';
import { liveServices } from '../services';

export const menuThietLap = (): void => void runMenu(liveServices(), 'setup', setUp);
export const menuKiemTra = (): void => void runMenu(liveServices(), 'validate', checkData);
export const menuTongHop = (): void => void runMenu(liveServices(), 'tally', scoreAndTally);
export const menuGuiTinh = (): void => void runMenu(liveServices(), 'share', (ctx) => shareReports(ctx));
export const menuThemNamCu = (): void => void runMenu(liveServices(), 'olderYears', importOlderYears);
export const menuXoaDanhDau = (): void => void runMenu(liveServices(), 'clearMarks', removeMarks);
export const menuHuongDan = (): void => void runMenu(liveServices(), 'help', showHelp);
