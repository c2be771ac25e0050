// The province project's services: the commune add-in's, plus the Sheets API (read-only, to read the communes'
// shared sheets) and Utilities (to pace those reads under the API's per-minute quota).
import { liveServices, type Services } from '../services';

/** The one call of the Sheets advanced service the roll-up makes. */
export interface SheetsValuesApi {
  Spreadsheets: {
    Values: {
      get: (
        spreadsheetId: string,
        range: string,
        options?: { valueRenderOption?: string },
      ) => { values?: unknown[][] };
    };
  };
}

export interface ProvinceServices extends Services {
  /** Undefined when the manifest does not enable the advanced service. */
  sheetsApi: SheetsValuesApi | undefined;
  sleep: (ms: number) => void;
}

export const liveProvinceServices = (): ProvinceServices => ({
  ...liveServices(),
  sheetsApi: typeof Sheets === 'undefined' ? undefined : (Sheets as unknown as SheetsValuesApi),
  sleep: (ms) => Utilities.sleep(ms),
});
