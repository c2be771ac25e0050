// The install promise of the README: `npm ci` on a clean clone, on the Node versions package.json claims.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';

type LockEntry = {
  version?: string;
  engines?: { node?: string } | string[];
  optionalDependencies?: Record<string, string>;
  dev?: boolean;
};
const root = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, LockEntry>;
};
const entries = Object.entries(lock.packages).filter(([path]) => path !== '');

test('every runtime and dev dependency runs on every Node version that package.json engines allows', () => {
  const ours = pkg.engines.node;
  const misfits = entries
    .filter(([, e]) => e.engines && !Array.isArray(e.engines) && e.engines.node)
    .filter(
      ([, e]) => !semver.subset(ours, (e.engines as { node: string }).node, { includePrerelease: false }),
    )
    .map(([path, e]) => `${path}@${e.version}: node ${(e.engines as { node: string }).node}`);
  expect(misfits).toEqual([]);
});

// npm ci refuses a lock that lacks another platform's optional binary ("Missing: @swc/core-darwin-arm64").
test('the lock lists every optional dependency of every package, for all platforms', () => {
  const present = new Set(entries.map(([path]) => path.replace(/^.*node_modules\//u, '')));
  const missing = entries.flatMap(([path, e]) =>
    Object.keys(e.optionalDependencies ?? {})
      .filter((name) => !present.has(name))
      .map((name) => `${name} (optional for ${path})`),
  );
  expect(missing).toEqual([]);
});
