// Apps Script compiles every .gs file of a project on every execution: onOpen, each custom-function call and each
// sidebar click would pay for the engine, the report and the plan parser they never use. The build splits those
// into modules pushed as HTML files (scripts/split.mjs), which cost nothing until read; an entry function that
// needs a feature asks Code.js's loader for it, which reads and compiles its modules once per execution.
import { gasText } from '../core/i18n/gas';
import { UserError, describeFailure } from './errors';
import type * as Check from './features/check';
import type * as Report from './features/report';
import type * as Targets from './features/targets';

export interface Features {
  check: typeof Check;
  report: typeof Report;
  targets: typeof Targets;
}

/** Code.js's loader, passed to every module the build wraps (scripts/split.mjs). */
declare const __khRequire: (module: string) => unknown;

/** The loader's text for a module file it could not read (MISSING_MARK in scripts/split.mjs). */
const MISSING_MARK = 'FEATURE_MISSING ';

export const loadFeature = <K extends keyof Features>(name: K): Features[K] => {
  try {
    return __khRequire(`${name}.js`) as Features[K];
  } catch (err) {
    // Only the loader's own failure: an error of the feature's code is the item's to report.
    const message = err instanceof Error ? err.message : '';
    if (!message.startsWith(MISSING_MARK)) throw err;
    throw new UserError(gasText.featureMissing(message.slice(MISSING_MARK.length)), 'FEATURE_MISSING');
  }
};

/** A menu item's feature: a file that cannot be read is told in an alert, as every failure of a menu item is. */
export const runFeature = <K extends keyof Features>(name: K, use: (feature: Features[K]) => void): void => {
  let feature: Features[K];
  try {
    feature = loadFeature(name);
  } catch (err) {
    SpreadsheetApp.getUi().alert(describeFailure(err));
    return;
  }
  use(feature);
};
