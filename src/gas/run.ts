// Every menu item runs through here: one document lock, progress toasts, and any failure as a Vietnamese alert.
import { gasText, menuLabels, type MenuKey } from '../core/i18n/gas';
import { describeFailure } from './errors';
import type { Services, Spreadsheet, Ui } from './services';

export interface MenuContext {
  services: Services;
  ss: Spreadsheet;
  /** Asked for only when an item talks to the user: every service call counts. */
  ui: () => Ui;
  toast: (message: string) => void;
}

const LOCK_WAIT_MS = 3000;

/** Returns false when the lock was busy or the work failed (the user has been told), true otherwise. */
export const runMenu = (services: Services, key: MenuKey, work: (ctx: MenuContext) => void): boolean =>
  runLabelled(services, menuLabels[key], gasText.busy(menuLabels[key]), work);

/** A menu item by its label and its busy message (the province's project has its own menu). */
export const runLabelled = (
  services: Services,
  what: string,
  busyText: string,
  work: (ctx: MenuContext) => void,
): boolean => {
  const ss = services.spreadsheet.getActiveSpreadsheet();
  let ui: Ui | null = null;
  const getUi = (): Ui => (ui ??= services.spreadsheet.getUi());
  const lock = services.lock.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    const u = getUi();
    u.alert(gasText.busyTitle, busyText, u.ButtonSet.OK);
    return false;
  }
  const toast = (message: string) => ss.toast(message, gasText.toastTitle, 5);
  try {
    work({ services, ss, ui: getUi, toast });
    return true;
  } catch (err) {
    const u = getUi();
    u.alert(gasText.failedTitle(what), describeFailure(err), u.ButtonSet.OK);
    return false;
  } finally {
    lock.releaseLock();
  }
};

export type StepAnswer<T> = { ok: true; value: T } | { ok: false; busy: boolean; message: string };

/** A sidebar's server call: the same lock and messages as a menu item, answered to the page instead of alerts. */
export const runStep = <T>(services: Services, work: (ctx: MenuContext) => T): StepAnswer<T> => {
  const ss = services.spreadsheet.getActiveSpreadsheet();
  const lock = services.lock.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) return { ok: false, busy: true, message: '' };
  const toast = (message: string) => ss.toast(message, gasText.toastTitle, 5);
  try {
    const ui = () => services.spreadsheet.getUi();
    return { ok: true, value: work({ services, ss, ui, toast }) };
  } catch (err) {
    return { ok: false, busy: false, message: describeFailure(err) };
  } finally {
    lock.releaseLock();
  }
};
