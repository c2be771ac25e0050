// LibreOffice turning .docx files into PDFs in one run. A private profile per caller, so it neither waits on nor
// breaks another soffice on the machine (parallel test files, a developer's open LibreOffice).
import { execFileSync } from 'node:child_process';

export const convertToPdf = (
  files: readonly string[],
  outDir: string,
  profileDir: string,
  timeoutMs = 120_000,
): void => {
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${profileDir}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      ...files,
    ],
    { stdio: 'ignore', timeout: timeoutMs },
  );
};
