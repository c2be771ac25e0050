// Builds the Apps Script project into build/: Code.js (one IIFE + top-level wrappers with their JSDoc),
// appsscript.json and the HTML files. Plain Node ESM so `npm run build` needs no TypeScript runner.
import { Buffer } from 'node:buffer';
import process from 'node:process';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import ts from 'typescript';
import { splitBuild } from './split.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = join(ROOT, 'src/gas/main.ts');
const UI_DIR = join(ROOT, 'src/gas/ui');
export const GLOBAL_NAME = '__KH';
const headerFor = (entry) =>
  `// Built by scripts/build.mjs from ${relative(ROOT, entry)}: do not edit, run \`npm run build\`.\n`;

/** Scopes, smallest set that works; each is justified in the README ("Quyền (OAuth scopes) và lý do"). */
export const OAUTH_SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/documents',
  'https://www.googleapis.com/auth/script.container.ui',
];

export const manifest = {
  timeZone: 'Asia/Ho_Chi_Minh',
  runtimeVersion: 'V8',
  exceptionLogging: 'STACKDRIVER',
  oauthScopes: OAUTH_SCOPES,
};

/**
 * The province association's project (its master sheet, not a commune's): it reads the communes' shared sheets
 * through the Sheets API with the read-only scope, so it can never change a commune's data; its own sheet stays
 * under currentonly. Justified in the README ("Dự án của Hội Khuyến học tỉnh").
 */
export const PROVINCE_OAUTH_SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/spreadsheets.readonly',
  'https://www.googleapis.com/auth/documents',
  'https://www.googleapis.com/auth/script.container.ui',
];

export const provinceManifest = {
  ...manifest,
  oauthScopes: PROVINCE_OAUTH_SCOPES,
  dependencies: { enabledAdvancedServices: [{ userSymbol: 'Sheets', serviceId: 'sheets', version: 'v4' }] },
};

/** The two projects built from this repository; `clasp push` takes each from its own directory. */
export const PROJECTS = {
  xa: {
    entry: ENTRY,
    outDir: join(ROOT, 'build'),
    manifest,
    html: null,
    features: join(ROOT, 'src/gas/features'),
  },
  tinh: {
    entry: join(ROOT, 'src/gas/tinh/main.ts'),
    outDir: join(ROOT, 'build-tinh'),
    manifest: provinceManifest,
    html: ['ReportProgress.html'],
  },
};

/** The entry file's exported functions with their JSDoc and parameter names, read with the TypeScript parser. */
export function readEntryPoints(file = ENTRY) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const entries = [];
  for (const stmt of source.statements) {
    const exported =
      ts.canHaveModifiers(stmt) && ts.getModifiers(stmt)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) continue;
    if (!ts.isFunctionDeclaration(stmt) || !stmt.name) {
      // A re-export or a constant would reach Apps Script with no top-level declaration: refuse it.
      throw new Error(
        `${relative(ROOT, file)}: only "export function NAME(…)" is allowed in the entry file (line ${source.getLineAndCharacterOfPosition(stmt.getStart()).line + 1}).`,
      );
    }
    const docs = ts.getJSDocCommentsAndTags(stmt).filter(ts.isJSDoc);
    const jsdoc =
      docs.length > 0 ? text.slice(docs[docs.length - 1].getStart(), docs[docs.length - 1].getEnd()) : '';
    const params = stmt.parameters.map((p) => {
      if (!ts.isIdentifier(p.name))
        throw new Error(`${stmt.name.text}: destructured parameters cannot become Apps Script arguments.`);
      return p.name.text;
    });
    entries.push({ name: stmt.name.text, params, jsdoc });
  }
  return entries;
}

export function wrapperFor({ name, params, jsdoc }) {
  const doc = jsdoc ? `${jsdoc.replace(/^[ \t]+/gmu, (m) => (m.length > 0 ? ' ' : ''))}\n` : '';
  return `${doc}function ${name}(${params.join(', ')}) {\n  return ${GLOBAL_NAME}.${name}.apply(this, arguments);\n}\n`;
}

/**
 * The menu items' code, one entry per src/gas/features/<name>.ts: split from Code.js (scripts/split.mjs) so only
 * the executions that run an item compile it; src/gas/load-feature.ts asks for them by name.
 */
export const featureEntries = (project) => {
  const dir = PROJECTS[project].features;
  if (!dir) return {};
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .sort()
      .map((f) => [f.replace(/\.ts$/u, ''), join(dir, f)]),
  );
};

/** esbuild's options for a project's bundle, without output files: what the build and the byte breakdown share. */
export const bundleOptions = (project) => ({
  entryPoints: [PROJECTS[project].entry],
  bundle: true,
  write: false,
  format: 'iife',
  globalName: GLOBAL_NAME,
  platform: 'neutral',
  mainFields: ['module', 'main'],
  target: 'es2020',
  charset: 'utf8',
  // Every custom-function call loads the whole bundle again: keep it small (zod stays out of the run time, see
  // src/core/hand-check.ts).
  minify: true,
  legalComments: 'none',
  metafile: true,
  logLevel: 'silent',
});

/** `import { z } from 'zod'` drags in every locale (~800 kB); only the English default may ever be in a bundle. */
function checkLocales(result) {
  // Files that put bytes in the bundle (metafile.inputs also lists files tree-shaken away).
  const used = Object.values(result.metafile.outputs).flatMap((o) =>
    Object.entries(o.inputs)
      .filter(([, v]) => v.bytesInOutput > 0)
      .map(([k]) => k),
  );
  const locales = used.filter((p) => /zod\/.*locales\/(?!en\.)/u.test(p));
  if (locales.length > 0)
    throw new Error(
      `The bundle pulls zod locales (${locales.length} files); import zod as "import * as z from 'zod/mini'".`,
    );
}

/** Builds into `outDir` and returns what it wrote; throws (with esbuild's messages) when the bundle cannot be made. */
export async function build({ project = 'xa', outDir = PROJECTS[project].outDir, quiet = false } = {}) {
  const spec = PROJECTS[project];
  const entries = readEntryPoints(spec.entry);
  const features = featureEntries(project);
  const split = Object.keys(features).length > 0;
  let bundle;
  let map;
  let moduleFiles = [];
  if (split) {
    const out = await splitBuild({
      entry: spec.entry,
      features,
      options: { ...bundleOptions(project), entryPoints: undefined, globalName: undefined, metafile: true },
      header: headerFor(spec.entry),
      globalName: GLOBAL_NAME,
    });
    checkLocales(out);
    bundle = out.code.trimEnd();
    map = JSON.stringify(out.map);
    moduleFiles = out.files;
  } else {
    const result = await esbuild.build({
      ...bundleOptions(project),
      // Named in build/ so the map's sources read "../src/…" from where the map lies.
      outfile: join(spec.outDir, 'Code.js'),
      // Minified stack traces ("at ph (Code:2:48211)") are read back through build/Code.js.map, written beside it
      // and never pushed (clasp pushes only .js, .gs, .html and appsscript.json): `node scripts/stack.mjs` maps a
      // pasted trace to src/ lines.
      sourcemap: 'external',
      sourcesContent: true,
      banner: { js: headerFor(spec.entry).trimEnd() },
    });
    checkLocales(result);
    const output = (ext) => result.outputFiles.find((f) => f.path.endsWith(ext));
    bundle = output('Code.js').text;
    map = output('Code.js.map').text;
  }
  // The wrappers go after the bundle, so the map's lines (header included, as esbuild's banner) stay right.
  const code = `${bundle}\n${entries.map(wrapperFor).join('\n')}`;
  mkdirSync(outDir, { recursive: true });
  // Write-then-rename: parallel test workers may build at once and must never read half a file.
  const put = (name, text) => {
    const tmp = join(outDir, `.${name}.${process.pid}.tmp`);
    writeFileSync(tmp, text);
    renameSync(tmp, join(outDir, name));
  };
  const html = spec.html ?? readdirSync(UI_DIR).filter((f) => f.endsWith('.html'));
  for (const f of html) put(f, readFileSync(join(UI_DIR, f), 'utf8'));
  // Chunks are named by their content: a previous build's would be pushed too.
  for (const f of readdirSync(outDir).filter((n) => /^feature-.*\.(html|js\.map)$/u.test(n)))
    if (!moduleFiles.some((m) => f.startsWith(`${m.file}.`))) rmSync(join(outDir, f), { force: true });
  for (const m of moduleFiles) {
    put(`${m.file}.html`, m.text);
    put(`${m.file}.js.map`, JSON.stringify(m.map));
  }
  const featureKB = moduleFiles.map((m) => ({
    file: `${m.file}.html`,
    kB: Buffer.byteLength(m.text, 'utf8') / 1024,
  }));
  put('appsscript.json', `${JSON.stringify(spec.manifest, null, 2)}\n`);
  put('Code.js.map', map);
  put('Code.js', code);

  const kB = Buffer.byteLength(code, 'utf8') / 1024;
  if (!quiet) {
    process.stdout.write(
      `${relative(ROOT, outDir)}/Code.js ${kB.toFixed(1)} kB (${entries.length} entry points), appsscript.json, ${html.join(', ')}${featureKB.map((f) => `, ${f.file} ${f.kB.toFixed(1)} kB`).join('')}\n`,
    );
  }
  return { codePath: join(outDir, 'Code.js'), kB, entries, html, features: featureKB };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // Both projects: the commune's add-in (build/) and the province association's roll-up (build-tinh/).
  Promise.all([build(), build({ project: 'tinh' })]).catch((err) => {
    process.stderr.write(`Build failed: ${err.message}\n`);
    for (const e of err.errors ?? [])
      process.stderr.write(`  ${e.location?.file ?? ''}:${e.location?.line ?? ''} ${e.text}\n`);
    process.exit(1);
  });
}
