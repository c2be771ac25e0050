// Deployment scripts without Google: clasp is replaced by a stand-in that behaves like clasp 3 (create writes its
// default Code.gs and appsscript.json into its root directory); what would be pushed is always our fresh build.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './sandbox/sandbox';

const FAKE = join(ROOT, 'tests/gas/sandbox/fake-clasp.mjs');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kh-deploy-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const deploy = (...args: string[]) =>
  execFileSync(process.execPath, [join(ROOT, 'scripts/deploy.mjs'), ...args], {
    cwd: ROOT,
    env: { ...process.env, CLASP: FAKE, FAKE_CLASP_LOG: join(dir, 'push.json') },
    stdio: 'pipe',
    encoding: 'utf8',
  });

test('create keeps clasp out of build/: the scriptId is kept, build/ holds our entry points, no Code.gs', () => {
  const project = join(dir, '.clasp.json');
  const build = join(dir, 'build');
  deploy('create', '--title', 'Khuyến học xã Hòa An', '--project', project, '--build-dir', build);
  const p = JSON.parse(readFileSync(project, 'utf8')) as Record<string, unknown>;
  expect(p).toMatchObject({ scriptId: 'fake-script-id-123', rootDir: 'build', scriptExtensions: ['.js'] });
  expect(readdirSync(build)).not.toContain('Code.gs');
  const code = readFileSync(join(build, 'Code.js'), 'utf8');
  for (const f of ['onOpen', 'menuTongHop', 'menuTaoBaoCao', 'reportStep', 'KH_DIEM'])
    expect(code).toMatch(new RegExp(`^function ${f}\\(`, 'mu'));
  expect(JSON.parse(readFileSync(join(build, 'appsscript.json'), 'utf8'))).toMatchObject({
    timeZone: 'Asia/Ho_Chi_Minh',
  });
});

test('create refuses a project file that already names a script', () => {
  const project = join(dir, '.clasp.json');
  writeFileSync(project, JSON.stringify({ scriptId: 'existing', rootDir: 'build' }));
  expect(() =>
    deploy('create', '--title', 'X', '--project', project, '--build-dir', join(dir, 'build')),
  ).toThrow(/đã có scriptId existing/u);
});

test('push rebuilds before pushing: a stale or stub build/ is never what goes up', () => {
  const project = join(dir, '.clasp.json');
  const build = join(dir, 'build');
  mkdirSync(build);
  writeFileSync(join(build, 'Code.js'), 'function myFunction() {}\n');
  writeFileSync(join(build, 'appsscript.json'), '{"timeZone":"America/New_York"}');
  writeFileSync(project, JSON.stringify({ scriptId: 'abc', rootDir: 'build' }));
  deploy('push', '--project', project);
  const pushed = JSON.parse(readFileSync(join(dir, 'push.json'), 'utf8')) as {
    args: string[];
    code: string;
    manifest: string;
    files: string[];
  };
  expect(pushed.args).toContain('--force');
  expect(pushed.code).toMatch(/^function menuTongHop\(/mu);
  expect(pushed.code).not.toContain('myFunction');
  expect(JSON.parse(pushed.manifest)).toMatchObject({ timeZone: 'Asia/Ho_Chi_Minh' });
  expect(pushed.files).toEqual(expect.arrayContaining(['Code.js', 'appsscript.json', 'Sidebar.html']));
});

test('push without a scriptId says what to do and pushes nothing', () => {
  const project = join(dir, '.clasp.json');
  writeFileSync(project, JSON.stringify({ scriptId: '', rootDir: 'build' }));
  expect(() => deploy('push', '--project', project)).toThrow(/Chưa có "scriptId"/u);
  expect(existsSync(join(dir, 'push.json'))).toBe(false);
});

test('push --tinh pushes the province project: its own entry points and manifest, none of the commune add-in', () => {
  const project = join(dir, '.clasp-tinh.json');
  mkdirSync(join(dir, 'build-tinh'));
  writeFileSync(project, JSON.stringify({ scriptId: 'tinh', rootDir: 'build-tinh' }));
  deploy('push', '--tinh', '--project', project);
  const pushed = JSON.parse(readFileSync(join(dir, 'push.json'), 'utf8')) as {
    code: string;
    manifest: string;
    files: string[];
  };
  expect(pushed.code).toMatch(/^function menuTongHopTinh\(/mu);
  expect(pushed.code).toMatch(/^function tinhStep\(/mu);
  expect(pushed.code).not.toMatch(/^function KH_DIEM\(/mu);
  expect(JSON.parse(pushed.manifest)).toMatchObject({
    oauthScopes: expect.arrayContaining(['https://www.googleapis.com/auth/spreadsheets.readonly']),
  });
  expect(pushed.files).toEqual(expect.arrayContaining(['Code.js', 'appsscript.json', 'ReportProgress.html']));
  expect(pushed.files).not.toContain('Sidebar.html');
});
