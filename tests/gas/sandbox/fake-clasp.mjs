// A stand-in for clasp in deployment tests (no Google here): `create` behaves like clasp 3 (writes the new
// project's default Code.gs and appsscript.json into --rootDir and a .clasp.json into the working directory);
// `push` records what it would upload into the file named by FAKE_CLASP_LOG.
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';

const args = process.argv.slice(2);
const at = (flag) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const command = args.find((a) => ['create', 'push'].includes(a));
if (command === 'create') {
  const rootDir = resolve(at('--rootDir') ?? '.');
  mkdirSync(rootDir, { recursive: true });
  writeFileSync(join(rootDir, 'Code.gs'), 'function myFunction() {\n}\n');
  writeFileSync(join(rootDir, 'appsscript.json'), '{"timeZone":"America/New_York","runtimeVersion":"V8"}\n');
  writeFileSync(
    join(process.cwd(), '.clasp.json'),
    JSON.stringify({ scriptId: 'fake-script-id-123', rootDir, parentId: 'fake-sheet-id' }),
  );
} else if (command === 'push') {
  const project = resolve(at('-P') ?? '.clasp.json');
  const p = JSON.parse(readFileSync(project, 'utf8'));
  const root = resolve(dirname(project), p.rootDir);
  const files = existsSync(root) ? readdirSync(root).sort() : [];
  const code = existsSync(join(root, 'Code.js')) ? readFileSync(join(root, 'Code.js'), 'utf8') : '';
  writeFileSync(
    process.env.FAKE_CLASP_LOG ?? join(process.cwd(), 'fake-clasp.log'),
    JSON.stringify({
      args,
      scriptId: p.scriptId,
      files,
      code,
      manifest: readFileSync(join(root, 'appsscript.json'), 'utf8'),
    }),
  );
} else {
  process.stderr.write(`fake clasp: unsupported ${args.join(' ')}\n`);
  process.exit(2);
}
