// Apps Script entry points of the province association's project (build-tinh/): the build turns every export
// below into a top-level function with this JSDoc. Only `export function` declarations belong here.
import { PROVINCE_MENU_TITLE, provinceMenuLabels } from '../../core/i18n/province-gas';
import { gasText } from '../../core/i18n/gas';
import { runLabelled, runStep } from '../run';
import { provinceHelp, provinceReport, rollupMenu, rollupStep, setUpProvince } from './actions';
import { liveProvinceServices } from './services';

const busy = (what: string): string => gasText.busy(what, PROVINCE_MENU_TITLE);

/** The "Tổng hợp tỉnh" menu; the simple trigger does nothing else. */
export function onOpen(): void {
  SpreadsheetApp.getUi()
    .createMenu(PROVINCE_MENU_TITLE)
    .addItem(provinceMenuLabels.setup, 'menuThietLapTinh')
    .addSeparator()
    .addItem(provinceMenuLabels.rollup, 'menuTongHopTinh')
    .addItem(provinceMenuLabels.report, 'menuBaoCaoTinh')
    .addSeparator()
    .addItem(provinceMenuLabels.help, 'menuHuongDanTinh')
    .addToUi();
}

/** Tổng hợp tỉnh → Thiết lập: adds "Cấu hình tỉnh", "Danh sách xã" and "Chỉ tiêu" when missing. */
export function menuThietLapTinh(): void {
  const what = provinceMenuLabels.setup;
  runLabelled(liveProvinceServices(), what, busy(what), setUpProvince);
}

/** Tổng hợp tỉnh → Đọc số liệu các xã và tổng hợp: reads every listed commune, writes "Tổng hợp tỉnh". */
export function menuTongHopTinh(): void {
  const startedAt = Date.now();
  const services = liveProvinceServices();
  const what = provinceMenuLabels.rollup;
  runLabelled(services, what, busy(what), (ctx) => rollupMenu(ctx, services, startedAt));
}

/** Called by the progress sidebar: reads the next communes (one execution each). */
export function tinhStep(): unknown {
  const startedAt = Date.now();
  const services = liveProvinceServices();
  return runStep(services, (ctx) => rollupStep(ctx, services, startedAt));
}

/** Tổng hợp tỉnh → Tạo báo cáo gửi UBND tỉnh: one Google Doc from the last roll-up. */
export function menuBaoCaoTinh(): void {
  const what = provinceMenuLabels.report;
  runLabelled(liveProvinceServices(), what, busy(what), provinceReport);
}

/** Tổng hợp tỉnh → Hướng dẫn. */
export function menuHuongDanTinh(): void {
  const what = provinceMenuLabels.help;
  runLabelled(liveProvinceServices(), what, busy(what), provinceHelp);
}
