// The split build (scripts/split.mjs): onOpen, the custom functions and a sidebar click compile Code.js alone; a
// menu item reads its modules from the project's HTML files; a missing file is told in Vietnamese; traces map back.
import * as acorn from 'acorn';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD, bundle, createSandbox } from './sandbox/sandbox';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { ROOT } from './sandbox/sandbox';

/** The build's scripts are plain ESM, which jest's CommonJS cannot load: `expr` runs in a node of its own. */
const inNode = (imports: string, expr: string): unknown =>
  JSON.parse(
    execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `${imports}\nprocess.stdout.write(JSON.stringify(await (async () => ${expr})()));`,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    ),
  );
const script = (name: string): string => pathToFileURL(join(ROOT, 'scripts', name)).href;

const moduleFiles = () => Object.keys(bundle().files).filter((f) => f.startsWith('feature-'));
const reads = (sb: ReturnType<typeof createSandbox>): number =>
  sb.tracker.counts.get('HtmlService.createHtmlOutputFromFile') ?? 0;

test('onOpen and the custom functions read no module file; a menu item reads its own', () => {
  const sb = createSandbox();
  sb.call('onOpen');
  sb.call('KH_CHUANHOA', '  Thôn   Đông ');
  sb.call('KH_TYLE', [['Đạt'], ['Chưa đạt']]);
  expect(reads(sb)).toBe(0);
  sb.call('menuHuongDan');
  expect(reads(sb)).toBeGreaterThan(0);
});

test('the modules a menu item needs are not in Code.js, and every module file is a function body', () => {
  expect(moduleFiles().length).toBeGreaterThanOrEqual(3);
  for (const f of moduleFiles()) {
    const text = bundle().files[f] ?? '';
    expect(() =>
      acorn.parse(`(function(r,__khRequire){${text}\n})`, { ecmaVersion: 2022, sourceType: 'script' }),
    ).not.toThrow();
  }
  // The plan parser's words and the report's renderer are only in their modules.
  expect(bundle().code).not.toContain('DocumentApp');
  expect(moduleFiles().some((f) => (bundle().files[f] ?? '').includes('DocumentApp'))).toBe(true);
});

test('a menu item whose module file was not pushed says so in Vietnamese', () => {
  const sb = createSandbox({ withoutFiles: ['feature-check'] });
  sb.call('menuKiemTra');
  const alert = sb.ui.alerts.at(-1);
  expect(JSON.stringify(alert)).toContain('thiếu tệp \\"feature-check\\"');
});

test('rewritten imports and exports keep every column, so the source map stays exact', () => {
  const js =
    'import{a as b,c}from"./chunk-X.js";import*as n from"./chunk-Y.js";var d=b+c+n.z;export{d as e,b};\n';
  const out = inNode(
    `import { toModuleBody } from ${JSON.stringify(script('split.mjs'))};`,
    `(() => {
      const { body, imports } = toModuleBody(${JSON.stringify(js)}, 'm.js');
      const loaded = { './chunk-X.js': { a: 1, c: 2 }, './chunk-Y.js': { z: 4 } };
      let refused = '';
      try { toModuleBody('var x=1;export default x;\\n', 'd.js'); } catch (e) { refused = e.message; }
      return { body, imports, exports: new Function('r', body)((n) => loaded[n]), refused };
    })()`,
  ) as { body: string; imports: string[]; exports: object; refused: string };
  expect(out.body.length).toBe(js.length);
  expect(out.body.indexOf('var d=')).toBe(js.indexOf('var d='));
  expect(out.imports).toEqual(['chunk-X.js', 'chunk-Y.js']);
  expect(out.exports).toEqual({ e: 7, b: 1 });
  expect(out.refused).toMatch(/not a form/u);
});

test('a trace through a module file maps back to its source line', () => {
  const file = 'feature-check';
  const text = readFileSync(join(BUILD, `${file}.html`), 'utf8');
  const at = text.indexOf('"tally"');
  expect(at).toBeGreaterThan(-1);
  const before = text.slice(0, at).split('\n');
  // As V8 names it: two lines of `new Function`'s own before the body, columns from 1.
  const frame = `at x (${file}.js:${before.length + 2}:${(before.at(-1)?.length ?? 0) + 1})`;
  const mapped = inNode(
    `import { buildMaps, mapTrace } from ${JSON.stringify(script('stack.mjs'))};`,
    `mapTrace(${JSON.stringify(frame)}, buildMaps(${JSON.stringify(BUILD)}))`,
  );
  expect(mapped).toMatch(/→ .*src\/gas\/features\/check\.ts:\d+:\d+/u);
});
