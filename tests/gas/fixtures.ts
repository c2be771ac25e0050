// Workbooks for the sandbox: the sample commune, the same with planted mistakes, and a ten-times larger one.
import { generateCommune, SAMPLE_OPTIONS, type CommuneOptions } from '../../sheets-templates/sample/generate';
import { plantMistakes, MISTAKES_SEED } from '../../sheets-templates/sample/mistakes';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { layout } from '../../src/core/layout';
import type { CellFormat, FakeSpreadsheet } from './sandbox/spreadsheet';
import { isOwnedName } from '../../src/gas/workbook/read';

const memo = <T>(f: () => T): (() => T) => {
  let v: T | undefined;
  return () => (v ??= f());
};

export const sample = memo(() => generateCommune(SAMPLE_OPTIONS));
export const sampleWithMistakes = memo(() => plantMistakes(sample(), MISTAKES_SEED).snapshot);

export const scaled = (k: number): CommuneOptions => ({
  ...SAMPLE_OPTIONS,
  villages: SAMPLE_OPTIONS.villages * k,
  households: SAMPLE_OPTIONS.households * k,
  clans: SAMPLE_OPTIONS.clans * k,
  units: SAMPLE_OPTIONS.units * k,
  citizens: SAMPLE_OPTIONS.citizens * k,
});
export const sampleTimes10 = memo((): WorkbookSnapshot => generateCommune(scaled(10)));

const isDefault = (f: CellFormat) =>
  f.background === '#ffffff' &&
  f.note === '' &&
  f.fontWeight === 'normal' &&
  f.numberFormat === '' &&
  f.formula === '' &&
  f.horizontalAlignment === 'general' &&
  f.verticalAlignment === 'bottom' &&
  !f.wrap &&
  !Object.values(f.border).some(Boolean);

/** Everything a user sees on their own sheets: values and non-default formats. */
export const userState = (ss: FakeSpreadsheet) =>
  Object.fromEntries(
    ss.sheets
      // Owned sheets outside layout.owned ("Lịch sử") carry the owner metadata too.
      .filter((s) => !isOwnedName(s.name) && !s.metadata.some((m) => m.getKey() === layout.ownerMetadataKey))
      .map((s) => [
        s.name,
        {
          values: s.dump(),
          formats: [...s.formatsDump()].filter(([, f]) => !isDefault(f)),
          validations: s.validations.length,
        },
      ]),
  );
