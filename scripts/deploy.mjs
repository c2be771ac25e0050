// Deployment with clasp that cannot push a stub:
//   node scripts/deploy.mjs push   [--project .clasp.json]                 builds, then `clasp push --force`
//   node scripts/deploy.mjs create --title "Khuyến học xã" [--parent <spreadsheet id>] [--project .clasp.json]
//   … --tinh: the province association's project instead (.clasp-tinh.json, build-tinh/)
// `clasp create` writes the new project's default Code.gs and appsscript.json into its root directory; here it
// runs in a scratch directory outside build/, only its scriptId is kept (written into the project file, whose
// rootDir stays build/), then the project is rebuilt, so build/ always holds our bundle.
// CLASP (environment) names the clasp executable (tests use a stand-in; nobody here can reach Google).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PROJECTS, build } from './build.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const fail = (message) => {
  process.stderr.write(`${message}\n`);
  process.exit(1);
};

const claspCommand = () => {
  const custom = process.env.CLASP;
  if (custom) return { file: process.execPath, pre: [custom] };
  const bin = join(ROOT, 'node_modules/@google/clasp/build/src/index.js');
  if (!existsSync(bin)) fail('Chưa cài clasp: chạy "npm ci" trước.');
  return { file: process.execPath, pre: [bin] };
};

const clasp = (args, cwd) => {
  const { file, pre } = claspCommand();
  execFileSync(file, [...pre, ...args], { cwd, stdio: 'inherit' });
};

export const parseArgs = (argv) => {
  const tinh = argv.includes('--tinh');
  const out = {
    command: argv[0] ?? '',
    kind: tinh ? 'tinh' : 'xa',
    project: join(ROOT, tinh ? '.clasp-tinh.json' : '.clasp.json'),
    title: '',
    parent: '',
    buildDir: '',
  };
  for (let i = 1; i < argv.length; i += 1) {
    const a = argv[i];
    const v = argv[i + 1] ?? '';
    if (a === '--tinh') continue;
    if (a === '--project') out.project = resolve(v);
    else if (a === '--title') out.title = v;
    else if (a === '--parent') out.parent = v;
    else if (a === '--build-dir') out.buildDir = resolve(v);
    else fail(`Tham số không hiểu: ${a}`);
    i += 1;
  }
  return out;
};

const readProject = (file) => {
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    fail(`${file} không phải JSON hợp lệ.`);
  }
};

/** The project file with `rootDir` pointing at the build directory, relative to the file as clasp expects. */
const projectFor = (file, buildDir, scriptId, parentId) => {
  const old = readProject(file);
  const rootDir = relative(dirname(file), buildDir) || '.';
  const project = {
    ...old,
    scriptId,
    rootDir,
    scriptExtensions: ['.js'],
    htmlExtensions: ['.html'],
    jsonExtensions: ['.json'],
  };
  if (parentId) project.parentId = parentId;
  return project;
};

export async function push({ project, buildDir, kind = 'xa' }) {
  const p = readProject(project);
  if (!p.scriptId)
    fail(
      `Chưa có "scriptId" trong ${project}. Chép Mã tập lệnh của bảng tính vào đó, hoặc chạy "npm run create-script -- --title …".`,
    );
  const outDir = buildDir || resolve(dirname(project), p.rootDir ?? relative(ROOT, PROJECTS[kind].outDir));
  await build({ project: kind, outDir });
  clasp(['-P', project, 'push', '--force'], dirname(project));
}

export async function create({ project, title, parent, buildDir, kind = 'xa' }) {
  if (!title) fail('Thiếu --title, ví dụ: npm run create-script -- --title "Khuyến học xã Hòa An"');
  const existing = readProject(project);
  if (existing.scriptId)
    fail(
      `${project} đã có scriptId ${existing.scriptId}: không tạo dự án mới (xóa scriptId nếu thật sự muốn).`,
    );
  const scratch = mkdtempSync(join(tmpdir(), 'kh-clasp-create-'));
  try {
    const args = ['create', '--type', 'sheets', '--title', title, '--rootDir', scratch];
    if (parent) args.push('--parentId', parent);
    clasp(args, scratch);
    const made = readProject(join(scratch, '.clasp.json'));
    if (!made.scriptId) fail('clasp create không trả về scriptId; không thay đổi gì.');
    const outDir = buildDir || PROJECTS[kind].outDir;
    writeFileSync(
      project,
      `${JSON.stringify(projectFor(project, outDir, made.scriptId, made.parentId ?? parent), null, 2)}\n`,
    );
    // Whatever clasp wrote, build/ is ours again before anything can be pushed.
    await build({ project: kind, outDir });
    process.stdout.write(
      `Đã tạo dự án ${made.scriptId}; ${relative(ROOT, project) || project} cập nhật; chạy "npm run push".\n`,
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const opts = parseArgs(process.argv.slice(2));
  const run = opts.command === 'push' ? push : opts.command === 'create' ? create : null;
  if (!run) fail('Dùng: node scripts/deploy.mjs push | create --title "…"');
  run(opts).catch((err) => fail(`Không triển khai được: ${err.message}`));
}
