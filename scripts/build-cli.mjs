// Bundles the command line (src/node/cli/main.ts) into one plain-Node ES module, so running it needs neither tsx
// nor TypeScript: `npm start`, `npm run cli` and the npm bin go through scripts/cli.mjs, which runs this bundle.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import process from 'node:process';
import * as esbuild from 'esbuild';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_ENTRY = join(ROOT, 'src/node/cli/main.ts');
export const CLI_DIR = join(ROOT, 'build/cli');
export const CLI_BUNDLE = join(CLI_DIR, 'khuyenhoc.mjs');

/**
 * Builds the bundle into `outdir` (khuyenhoc.mjs and the chunks it loads on demand: the .docx writer, the template
 * builder) and returns the entry's path; throws with esbuild's messages when it cannot be made.
 */
export async function buildCli({ outdir = CLI_DIR } = {}) {
  await esbuild.build({
    entryPoints: { khuyenhoc: CLI_ENTRY },
    bundle: true,
    splitting: true,
    outdir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'error',
    // A native addon: it stays a package the bundle loads at run time.
    external: ['@resvg/resvg-js'],
    // CommonJS dependencies bundled into an ES module still call require() for Node's built-ins.
    banner: {
      js: "import { createRequire as __khCreateRequire } from 'node:module'; const require = __khCreateRequire(import.meta.url);",
    },
  });
  return join(outdir, 'khuyenhoc.mjs');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildCli();
}
