// Entry of the command line (npm start, npm run cli -- …): wires the real streams and the .docx report writer.
import { writeReports } from '../docx/write';
import { exitBetweenTasksOnSignal } from '../fs/atomic';
import { runCli } from './run';

const io = {
  stdout: (text: string) => void process.stdout.write(text),
  stderr: (text: string) => void process.stderr.write(text),
  cwd: process.cwd(),
};

exitBetweenTasksOnSignal();
process.exitCode = await runCli(process.argv.slice(2), io, {
  writeReports: (result, outDir) => writeReports(result, outDir),
});
