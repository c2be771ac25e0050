// File problems as typed errors: the command line turns `cause.code` into a Vietnamese message, never a stack trace.
export type FileProblem =
  | 'FILE_MISSING' // no such file
  | 'NOT_A_FILE' // a folder, a pipe or a device, not a file (detail: 'folder' or 'device')
  | 'NOT_XLSX' // another format (.xls, .csv, .ods, .docx…)
  | 'LEGACY_XLS' // an Excel 97–2003 .xls file
  | 'ENCRYPTED' // a password-protected workbook (an OLE container holding EncryptionInfo)
  | 'CORRUPT' // looks like .xlsx but cannot be opened
  | 'UNREADABLE' // no permission to read
  | 'WRITE_FAILED' // the output could not be written, for a reason not named below
  | 'WRITE_NO_SPACE' // the disk is full
  | 'WRITE_NOT_A_FOLDER' // a part of the output path is a file
  | 'WRITE_IS_FOLDER' // a folder stands where the output file goes
  | 'WRITE_NOT_A_FILE' // a device or a pipe stands where the output file goes
  | 'WRITE_NAME_TOO_LONG' // the output name is longer than the file system allows
  | 'WRITE_DENIED' // no permission to write there
  | 'WRITE_READ_ONLY' // the existing output is marked read-only
  | 'WRITE_BUSY' // the existing output is open in another program
  | 'SAME_AS_INPUT' // the output would overwrite the input
  | 'SHEET_PART_MISSING'; // a sheet the workbook lists has no part in the package (detail: the sheet names)

export class XlsxFileError extends Error {
  declare readonly cause: { code: FileProblem; path: string; detail?: string };

  constructor(code: FileProblem, path: string, detail?: string) {
    super(`${code}: ${path}${detail ? ` (${detail})` : ''}`, {
      cause: detail === undefined ? { code, path } : { code, path, detail },
    });
    this.name = 'XlsxFileError';
  }
}

export const isXlsxFileError = (e: unknown): e is XlsxFileError => e instanceof XlsxFileError;
