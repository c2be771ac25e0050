// The built Code.js as Apps Script sees it: a plain script whose entry points are top-level functions.
import * as acorn from 'acorn';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD, bundle, createSandbox, ROOT } from './sandbox/sandbox';

const CUSTOM = ['KH_DIEM', 'KH_KETQUA', 'KH_TYLE', 'KH_CHITIEU', 'KH_CHUANHOA'];

const parsed = () => {
  const comments: acorn.Comment[] = [];
  const ast = acorn.parse(bundle().code, { ecmaVersion: 2022, sourceType: 'script', onComment: comments });
  const functions = new Map<string, acorn.FunctionDeclaration>();
  for (const node of ast.body)
    if (node.type === 'FunctionDeclaration' && node.id) functions.set(node.id.name, node);
  return { ast, comments, functions };
};

/** The block comment that ends right before a function (only whitespace between them). */
const jsdocOf = (code: string, comments: acorn.Comment[], fn: acorn.FunctionDeclaration): string | null => {
  const c = comments.filter((x) => x.type === 'Block' && x.end <= fn.start).pop();
  return c && code.slice(c.end, fn.start).trim() === '' ? c.value : null;
};

test('the bundle is a plain script: it parses with sourceType "script" and has no import or export', () => {
  const { ast } = parsed();
  expect(ast.body.some((n) => n.type.startsWith('Import') || n.type.startsWith('Export'))).toBe(false);
  expect(bundle().code).not.toMatch(/\brequire\(/u);
});

test('every handler of the "Tổng hợp" menu is a top-level function declaration', () => {
  const sb = createSandbox();
  sb.call('onOpen');
  const menu = sb.ui.menus[0];
  expect(menu?.title).toBe('Tổng hợp');
  const handlers = (menu?.items ?? []).flatMap((i) => (i === 'separator' ? [] : [i.handler]));
  expect(handlers).toEqual([
    'menuThietLap',
    'menuKiemTra',
    'menuTongHop',
    'menuTaoBaoCao',
    'menuGuiTinh',
    'menuNhapChiTieu',
    'menuThemNamCu',
    'menuXoaDanhDau',
    'menuHuongDan',
  ]);
  const { functions } = parsed();
  for (const h of [...handlers, 'onOpen', 'selectCell', 'docChiTieuKeHoach', 'themChiTieuKeHoach'])
    expect(functions.has(h)).toBe(true);
});

test('the menu carries the nine items in Vietnamese', () => {
  const sb = createSandbox();
  sb.call('onOpen');
  const labels = (sb.ui.menus[0]?.items ?? []).flatMap((i) => (i === 'separator' ? [] : [i.label]));
  expect(labels).toEqual([
    'Thiết lập',
    'Kiểm tra dữ liệu',
    'Chấm điểm và tổng hợp',
    'Tạo báo cáo',
    'Gửi Hội Khuyến học tỉnh',
    'Nhập chỉ tiêu từ kế hoạch',
    'Thêm số liệu năm cũ',
    'Xóa đánh dấu',
    'Hướng dẫn',
  ]);
});

test('onOpen only builds the menu: no lock, no read, no write', () => {
  const sb = createSandbox();
  sb.call('onOpen');
  const used = [...sb.tracker.counts.keys()].filter(
    (k) => !k.startsWith('Menu.') && k !== 'SpreadsheetApp.getUi' && k !== 'Ui.createMenu',
  );
  expect(used).toEqual([]);
});

test.each(CUSTOM)(
  '%s is a top-level function whose JSDoc has @customfunction and a @param per parameter',
  (name) => {
    const { comments, functions } = parsed();
    const fn = functions.get(name);
    expect(fn).toBeDefined();
    const doc = jsdocOf(bundle().code, comments, fn as acorn.FunctionDeclaration) ?? '';
    expect(doc).toContain('@customfunction');
    const params = (fn as acorn.FunctionDeclaration).params.map((p) =>
      p.type === 'Identifier' ? p.name : '?',
    );
    expect(params.length).toBeGreaterThan(0);
    for (const p of params) expect(doc).toMatch(new RegExp(`@param \\{[^}]+\\} ${p} `, 'u'));
    // Examples in the Vietnamese locale separate arguments with ";".
    expect(doc).toMatch(new RegExp(`=${name}\\([^)]*;`, 'u'));
  },
);

test('loading the bundle touches no service: every service throws on access during load', () => {
  expect(() => createSandbox({ armedDuringLoad: true })).not.toThrow();
  // The same check fails for code that does touch a service at load time.
  expect(() =>
    createSandbox({ armedDuringLoad: true, code: 'var ss = SpreadsheetApp.getActiveSpreadsheet();' }),
  ).toThrow(/load time/u);
});

test('the sandbox has no Node globals, like Apps Script', () => {
  const sb = createSandbox();
  for (const g of ['require', 'process', 'Buffer', 'setTimeout', 'module', 'URL', 'TextEncoder']) {
    expect((sb.context as Record<string, unknown>)[g]).toBeUndefined();
  }
});

test('the manifest declares V8, Vietnam time and an explicit minimal scope list', () => {
  bundle();
  const manifest = JSON.parse(readFileSync(join(BUILD, 'appsscript.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  expect(manifest).toMatchObject({ runtimeVersion: 'V8', timeZone: 'Asia/Ho_Chi_Minh' });
  expect(manifest.oauthScopes).toEqual([
    'https://www.googleapis.com/auth/spreadsheets.currentonly',
    'https://www.googleapis.com/auth/documents',
    'https://www.googleapis.com/auth/script.container.ui',
  ]);
});

// temporary: the on-demand split on main brings it down (256: the progress block and line chart on Google, 253.8 kB).
test('the bundle stays under 256 kB', () => {
  expect(Buffer.byteLength(bundle().code, 'utf8') / 1024).toBeLessThanOrEqual(256);
});

test('a position in the minified bundle maps back to its source line through build/Code.js.map', () => {
  // A trace as the sandbox (and Apps Script) prints it, pointing at a text of src/core/i18n/common.ts.
  const text = 'Đã có lỗi ngoài dự kiến';
  const lines = bundle().code.split('\n');
  const line = lines.findIndex((l) => l.includes(text));
  const col = (lines[line] ?? '').indexOf(text);
  const source = readFileSync(join(ROOT, 'src/core/i18n/common.ts'), 'utf8').split('\n');
  const sourceLine = source.findIndex((l) => l.includes(text)) + 1;
  const mapped = execFileSync(
    process.execPath,
    [join(ROOT, 'scripts/stack.mjs'), `at to (Code.js:${line + 1}:${col + 1})`],
    { encoding: 'utf8' },
  );
  expect(mapped).toContain(`src/core/i18n/common.ts:${sourceLine}:`);
  // The map is a build output beside Code.js, never a script clasp would push (the project pushes .js only).
  expect(readdirSync(BUILD)).toContain('Code.js.map');
  expect(JSON.parse(readFileSync(join(ROOT, '.clasp.json'), 'utf8')).scriptExtensions).toEqual(['.js']);
});
