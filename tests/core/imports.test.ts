// The engine is one closed unit: every import of a file under src/core resolves to a file under src/core, or to
// zod. Paths are resolved, not pattern-matched, so "../../../sheets-templates/x" or "../../gas/y" cannot slip by.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const CORE = resolve(__dirname, '../../src/core');
const PACKAGES = new Set(['zod', 'zod/mini']);

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });

/** Every module specifier: import/export … from, bare import '…', import('…'), require('…'). */
const specifiers = (source: string): string[] => {
  const code = source.replace(/\/\*[\s\S]*?\*\//gu, '').replace(/^\s*\/\/.*$/gmu, '');
  const found: string[] = [];
  for (const m of code.matchAll(
    /(?:\bfrom\s*|\bimport\s*|\bimport\s*\(\s*|\brequire\s*\(\s*)(['"])([^'"\n]+)\1/gu,
  ))
    found.push(m[2] ?? '');
  return found;
};

const resolves = (from: string, spec: string): string | null => {
  const base = resolve(dirname(from), spec);
  const hit = [base, `${base}.ts`, join(base, 'index.ts')].find((p) => existsSync(p) && statSync(p).isFile());
  return hit ?? null;
};

const inside = (path: string) => path === CORE || path.startsWith(CORE + sep);

describe('src/core imports only from src/core', () => {
  const core = files(CORE);

  test('finds the specifiers of every import form', () => {
    expect(
      specifiers(
        [
          "import { a } from '../x';",
          "import type { B } from './y';",
          "export { c } from '../../z';",
          "import './side-effect';",
          "const m = await import('../lazy');",
          "// import { gone } from '../../commented';",
        ].join('\n'),
      ),
    ).toEqual(['../x', './y', '../../z', './side-effect', '../lazy']);
  });

  test('flags a path that leaves src/core', () => {
    const file = join(CORE, 'registers/read.ts');
    const target = resolve(dirname(file), '../../../sheets-templates/sample/sheets');
    expect(inside(target)).toBe(false);
    expect(inside(resolve(dirname(file), '../layout'))).toBe(true);
  });

  test.each(core.map((f) => [relative(CORE, f)]))('%s', (rel) => {
    const file = join(CORE, rel);
    const outside = specifiers(readFileSync(file, 'utf8')).flatMap((spec) => {
      if (!spec.startsWith('.')) return PACKAGES.has(spec) ? [] : [`${spec} (package)`];
      const target = resolves(file, spec);
      if (!target) return [`${spec} (does not resolve)`];
      return inside(target) ? [] : [`${spec} → ${relative(resolve(CORE, '../..'), target)}`];
    });
    expect(outside).toEqual([]);
  });
});
