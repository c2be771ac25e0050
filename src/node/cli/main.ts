// Entry of the command line (npm start, npm run cli -- …): wires the real streams and the .docx report writer.
// The writer (and the docx library under it) is loaded only when a report is written: --help and kiem-tra start
// without it.
import { exitBetweenTasksOnSignal } from '../fs/atomic';
import { runCli } from './run';

const io = {
  stdout: (text: string) => void process.stdout.write(text),
  stderr: (text: string) => void process.stderr.write(text),
  cwd: process.cwd(),
};

exitBetweenTasksOnSignal();
process.exitCode = await runCli(process.argv.slice(2), io, {
  writeReports: async (result, outDir, extra) =>
    (await import('../docx/write')).writeReports(result, outDir, extra),
});
