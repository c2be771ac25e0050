// The Ui of the container: menus, alerts (with scripted answers), sidebars and dialogs, all recorded.
import { Fake, rawOf } from './tracker';
import type { FakeHtmlOutput } from './html';

type GUi = GoogleAppsScript.Base.Ui;
type Args<T, K extends keyof T> = T[K] extends (...a: infer A) => unknown ? A : never;

export const ButtonSet = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const;
export const Button = { CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' } as const;

export interface Alert {
  title: string;
  prompt: string;
  buttons: string;
}

export class FakeMenu extends Fake {
  readonly kind = 'Menu';
  readonly items: ({ label: string; handler: string } | 'separator')[] = [];
  constructor(
    private readonly ui: FakeUi,
    readonly title: string,
  ) {
    super();
  }
  addItem(...[label, handler]: Args<GoogleAppsScript.Base.Menu, 'addItem'>): this {
    this.items.push({ label, handler });
    return this;
  }
  addSeparator(): this {
    this.items.push('separator');
    return this;
  }
  addToUi(): void {
    this.ui.menus.push(this);
  }
}

export class FakeUi extends Fake {
  readonly kind = 'Ui';
  readonly ButtonSet = ButtonSet;
  readonly Button = Button;
  readonly menus: FakeMenu[] = [];
  readonly alerts: Alert[] = [];
  readonly sidebars: FakeHtmlOutput[] = [];
  readonly dialogs: FakeHtmlOutput[] = [];
  /** Answers the next alerts will get (default: OK for OK, YES for YES_NO). */
  answers: string[] = [];

  createMenu(...[title]: Args<GUi, 'createMenu'>): FakeMenu {
    return new FakeMenu(this, title);
  }
  alert(a: string, b?: string, c?: string): string {
    const alert =
      b === undefined
        ? { title: '', prompt: a, buttons: ButtonSet.OK }
        : { title: a, prompt: b, buttons: c ?? ButtonSet.OK };
    this.alerts.push(alert);
    return this.answers.shift() ?? (alert.buttons === ButtonSet.OK ? Button.OK : Button.YES);
  }
  showSidebar(html: FakeHtmlOutput): void {
    this.sidebars.push(rawOf(html));
  }
  showModalDialog(html: FakeHtmlOutput, _title: string): void {
    this.dialogs.push(rawOf(html));
  }
}
