// Output files appear whole or not at all: each is written to a hidden temporary file in the same folder, flushed,
// then renamed over the old one, so a failed, full or killed run never leaves a 0-byte or half file in its place.
import {
  closeSync,
  fsyncSync,
  lstatSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { lstat, mkdir, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { XlsxFileError, type FileProblem } from '../xlsx/errors';

// Short and independent of the final name, so a long report name cannot make its temporary name too long.
const TEMP = /^\.kh-(\d+)-\d+\.tmp$/u;
let counter = 0;

const problemOf = (e: unknown): FileProblem => {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'WRITE_NO_SPACE';
    case 'ENOTDIR':
    case 'EEXIST':
      return 'WRITE_NOT_A_FOLDER';
    case 'EISDIR':
      return 'WRITE_IS_FOLDER';
    case 'ENAMETOOLONG':
      return 'WRITE_NAME_TOO_LONG';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'WRITE_DENIED';
    case 'EBUSY':
      return 'WRITE_BUSY';
    default:
      return 'WRITE_FAILED';
  }
};

const fail = (path: string, e: unknown): XlsxFileError =>
  e instanceof XlsxFileError
    ? e
    : new XlsxFileError(problemOf(e), path, e instanceof Error ? e.message : String(e));

/** What is at `path` now must be a file we may replace (or nothing). */
const checkTarget = async (path: string): Promise<void> => {
  const st = await lstat(path).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return null;
    throw e;
  });
  if (st === null) return;
  if (st.isDirectory()) throw new XlsxFileError('WRITE_IS_FOLDER', path);
  if (!st.isFile()) throw new XlsxFileError('WRITE_NOT_A_FILE', path);
  // A read-only file is the officer's way of saying "keep this one": never replace it behind their back.
  if ((st.mode & 0o222) === 0) throw new XlsxFileError('WRITE_READ_ONLY', path);
};

/** Removes temporary files that a killed earlier run left in `dir` (their process is gone). */
export const removeStaleTemps = (dir: string): void => {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(TEMP.exec(name)?.[1] ?? NaN);
    if (!Number.isInteger(pid) || pid === process.pid || alive(pid)) continue;
    const path = join(dir, name);
    if (lstatSync(path).isFile()) rmSync(path, { force: true });
  }
};

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Writes `bytes` to `path` atomically; every failure is an XlsxFileError whose code says what to fix. */
export const writeFileAtomic = async (
  path: string,
  bytes: () => Promise<Uint8Array> | Uint8Array,
): Promise<void> => {
  const full = resolve(path);
  const dir = dirname(full);
  const tmp = join(dir, `.kh-${process.pid}-${++counter}.tmp`);
  try {
    if (Buffer.byteLength(basename(full)) > 255) throw new XlsxFileError('WRITE_NAME_TOO_LONG', path);
    await mkdir(dir, { recursive: true });
    removeStaleTemps(dir);
    await checkTarget(full);
    const data = await bytes();
    // Created, written, flushed and renamed in one synchronous step: a signal handler runs between JS tasks, so it
    // sees either no temporary file or a finished one, never one a thread-pool call is still creating.
    const fd = openSync(tmp, 'wx');
    try {
      for (let at = 0; at < data.length;) at += writeSync(fd, data, at, data.length - at);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, full);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw fail(path, e);
  }
};

/**
 * On Ctrl+C or a polite kill, the process ends between two JS tasks instead of wherever the signal lands (the
 * default action): never in the middle of writing a temporary file, so none is left behind.
 */
export const exitBetweenTasksOnSignal = (): void => {
  const codes = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;
  for (const [signal, code] of Object.entries(codes)) process.once(signal, () => process.exit(code));
};
