// The product's own sheets, found by developer metadata so a user's sheet that shares the name is never overwritten.
import { layout } from '../../core/layout';
import { gasText } from '../../core/i18n/gas';
import { UserError } from '../errors';
import type { Sheet, Spreadsheet } from '../services';

export type OwnedRole = keyof typeof layout.owned;

const byMetadata = (ss: Spreadsheet, role: string): Sheet | null => {
  const found = ss.createDeveloperMetadataFinder().withKey(layout.ownerMetadataKey).withValue(role).find();
  for (const md of found) {
    const sheet = md.getLocation().getSheet();
    if (sheet) return sheet;
  }
  return null;
};

/** The sheet of the role's name, when it carries the role's metadata: 3 calls where the finder takes 6. */
const byNameTagged = (sheet: Sheet | undefined, role: string): Sheet | null => {
  if (!sheet) return null;
  for (const md of sheet.getDeveloperMetadata())
    if (md.getKey() === layout.ownerMetadataKey && md.getValue() === role) return sheet;
  return null;
};

export interface OwnedSheet {
  sheet: Sheet;
  /** Created or adopted by this run: its one-time formatting (column widths) is still to be done. */
  fresh: boolean;
}

/**
 * The owned sheet for `role`, created (or adopted when an empty sheet has its name) if missing.
 * Throws a UserError when a sheet of that name holds the user's data and carries no metadata.
 */
export const ensureOwnedSheet = (
  ss: Spreadsheet,
  role: OwnedRole,
  sheets: ReadonlyMap<string, Sheet>,
): OwnedSheet => ensureOwnedSheetNamed(ss, role, layout.owned[role], sheets);

/** The same for a sheet another project owns (the province's), by its own role and name. */
export const ensureOwnedSheetNamed = (
  ss: Spreadsheet,
  role: string,
  name: string,
  sheets: ReadonlyMap<string, Sheet>,
): OwnedSheet => {
  // Sheets refuses a second sheet whose name differs only in case.
  const key = name.normalize('NFC').toLowerCase();
  const sameName = [...sheets.entries()].find(([n]) => n.normalize('NFC').toLowerCase() === key)?.[1];
  // Usually the owned sheet still has its name; the finder is for one the officer renamed.
  const tagged = byNameTagged(sameName, role) ?? byMetadata(ss, role);
  if (tagged) return { sheet: tagged, fresh: false };
  if (sameName) {
    if (sameName.getLastRow() > 0) throw new UserError(gasText.ownedTaken(name), 'OWNED_NAME_TAKEN');
    sameName.addDeveloperMetadata(layout.ownerMetadataKey, role);
    return { sheet: sameName, fresh: true };
  }
  const sheet = ss.insertSheet(name, sheets.size);
  sheet.addDeveloperMetadata(layout.ownerMetadataKey, role);
  return { sheet, fresh: true };
};

/**
 * A sheet found by name whose content the caller has read as the product's own (a history the command line
 * wrote carries no metadata): tagged if it is not yet, never cleared. `fresh` when it was empty.
 */
export const adoptOwnedSheet = (sheet: Sheet, role: string): OwnedSheet => {
  for (const md of sheet.getDeveloperMetadata())
    if (md.getKey() === layout.ownerMetadataKey && md.getValue() === role) return { sheet, fresh: false };
  const fresh = sheet.getLastRow() === 0;
  sheet.addDeveloperMetadata(layout.ownerMetadataKey, role);
  return { sheet, fresh };
};
