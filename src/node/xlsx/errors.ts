// File problems as typed errors: the command line turns `cause.code` into a Vietnamese message, never a stack trace.
export type FileProblem =
  | 'FILE_MISSING' // no such file
  | 'NOT_A_FILE' // a folder, not a file
  | 'NOT_XLSX' // another format (.xls, .csv, .ods, .docx…)
  | 'LEGACY_XLS' // an Excel 97–2003 .xls file
  | 'ENCRYPTED' // a password-protected workbook (an OLE container holding EncryptionInfo)
  | 'CORRUPT' // looks like .xlsx but cannot be opened
  | 'UNREADABLE' // no permission to read
  | 'WRITE_FAILED' // the output could not be written
  | 'SAME_AS_INPUT'; // the output would overwrite the input

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
