// Splits the commune project's code so an execution compiles only what it runs. Apps Script compiles every .gs
// file of a project on each execution (onOpen, each custom-function call, each sidebar click), but an HTML file
// only when the script reads it. esbuild's code splitting (ESM) cuts the entry and the features into modules with
// no code twice; each module becomes a function body (imports and exports rewritten in place, padded to the same
// length so esbuild's source maps stay exact). The modules the entry needs go into Code.js; every other one is
// pushed as an HTML file, read and compiled by the tiny loader below the first time an execution asks for it.
import * as esbuild from 'esbuild';
import ts from 'typescript';

/** Code.js's loader and src/gas/load-feature.ts agree on this text for a module that cannot be read. */
export const MISSING_MARK = 'FEATURE_MISSING ';
/** The HTML file holding module `m.js` (a feature entry or a shared chunk). */
export const moduleFile = (module) => `feature-${module.replace(/\.js$/u, '')}`;

const quoteKey = (k) => (/^[A-Za-z_$][\w$]*$/u.test(k) ? k : JSON.stringify(k));

/**
 * An ESM module of esbuild's output as the body of `function (r, __khRequire) { … }`: imports become
 * `var {a: b} = r("./m.js")`, the final export a `return {…}`. Throws on any form esbuild's split output does not
 * use, so a change of esbuild cannot silently produce a wrong bundle. Also returns the modules it imports.
 */
export function toModuleBody(js, file) {
  const sf = ts.createSourceFile(file, js, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
  const edits = [];
  const imports = [];
  let body = false;
  sf.statements.forEach((st, i) => {
    const fail = (what) => {
      throw new Error(`${file}: ${what} at offset ${st.getStart()} is not a form the split build handles.`);
    };
    if (ts.isImportDeclaration(st)) {
      // ESM evaluates imports first; a `var` in the middle would run later, so they must lead.
      if (body) fail('an import after code');
      const spec = st.moduleSpecifier.text;
      imports.push(spec.replace(/^\.\//u, ''));
      const from = `r(${JSON.stringify(spec)})`;
      const clause = st.importClause;
      if (!clause) edits.push([st, `${from};`]);
      else if (clause.name || clause.isTypeOnly) fail('a default import');
      else if (ts.isNamespaceImport(clause.namedBindings))
        edits.push([st, `var ${clause.namedBindings.name.text}=${from};`]);
      else {
        const names = clause.namedBindings.elements.map((e) =>
          e.propertyName ? `${quoteKey(e.propertyName.text)}:${e.name.text}` : e.name.text,
        );
        edits.push([st, `var{${names.join(',')}}=${from};`]);
      }
    } else if (ts.isExportDeclaration(st)) {
      // The exports read once, when the module has run: esbuild's split output exports constants and functions.
      if (i !== sf.statements.length - 1 || st.moduleSpecifier || !st.exportClause) fail('an export');
      const names = st.exportClause.elements.map((e) =>
        e.propertyName ? `${quoteKey(e.name.text)}:${e.propertyName.text}` : e.name.text,
      );
      edits.push([st, `return{${names.join(',')}};`]);
    } else if (
      ts.isExportAssignment(st) ||
      ts.getModifiers?.(st)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
    ) {
      fail('an inline export');
    } else body = true;
  });
  let out = js;
  for (const [st, text] of edits.reverse()) {
    const start = st.getStart();
    const length = st.getEnd() - start;
    if (text.length > length) throw new Error(`${file}: rewritten statement longer than the original.`);
    out = `${out.slice(0, start)}${text.padEnd(length, ' ')}${out.slice(st.getEnd())}`;
  }
  return { body: out, imports };
}

/** Every module reachable from `start` through `graph`, refusing a cycle (the loader has no half-made modules). */
export function closure(graph, start) {
  const seen = new Set();
  const visit = (m, path) => {
    if (path.includes(m))
      throw new Error(`The split build made an import cycle: ${[...path, m].join(' → ')}.`);
    if (seen.has(m)) return;
    for (const d of graph.get(m) ?? []) visit(d, [...path, m]);
    seen.add(m);
  };
  visit(start, []);
  return [...seen];
}

/** Code.js's loader: modules of Code.js by name, others from their HTML file, each run once per execution. */
const LOADER =
  'var C={};function R(n){n=n.replace(/^\\.\\//,"");if(n in C)return C[n];var f=S[n];if(!f){var t;' +
  `try{t=HtmlService.createHtmlOutputFromFile("feature-"+n.replace(/\\.js$/,"")).getContent()}` +
  `catch(e){throw new Error(${JSON.stringify(MISSING_MARK)}+"feature-"+n.replace(/\\.js$/,""))}` +
  'f=new Function("r","__khRequire",t)}return C[n]=f(R,R)}';

/**
 * Builds `entry` (exposed as `globalName`) and `features` (name → file) split into modules. Returns Code.js's text
 * without the wrappers, its index source map, and the HTML files with their maps.
 */
export async function splitBuild({ entry, features, options, header, globalName }) {
  const result = await esbuild.build({
    ...options,
    entryPoints: { main: entry, ...features },
    format: 'esm',
    splitting: true,
    outdir: '/split',
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    sourcemap: 'external',
    sourcesContent: true,
    globalName: undefined,
  });
  const modules = new Map();
  const maps = new Map();
  for (const f of result.outputFiles) {
    const name = f.path.slice('/split/'.length);
    if (name.endsWith('.map')) maps.set(name.slice(0, -4), JSON.parse(f.text));
    else modules.set(name, toModuleBody(f.text, name));
  }
  const graph = new Map([...modules].map(([n, m]) => [n, m.imports]));
  const inCode = closure(graph, 'main.js');
  for (const name of Object.keys(features)) closure(graph, `${name}.js`);

  // Code.js: the header, then each module on lines of its own so its map applies at a line offset (a body may
  // hold line breaks of its own, in template literals, so lines are counted, not pieces).
  const pieces = [header.trimEnd(), `var ${globalName}=(function(){var S={`];
  let line = 2;
  const sections = [];
  for (const name of inCode) {
    const body = modules.get(name).body.replace(/\n$/u, '');
    pieces.push(`${JSON.stringify(name)}:function(r,__khRequire){`);
    line += 1;
    sections.push({ offset: { line, column: 0 }, map: maps.get(name) });
    pieces.push(body, '},');
    line += body.split('\n').length + 1;
  }
  pieces.push(`};${LOADER}return R("main.js")})();`);
  const code = `${pieces.join('\n')}\n`;
  const files = [...modules]
    .filter(([name]) => !inCode.includes(name))
    .map(([name, m]) => ({
      file: moduleFile(name),
      // `new Function` puts two lines before the body; scripts/stack.mjs takes them off for these names.
      text: `${m.body.replace(/\n$/u, '')}\n//# sourceURL=${moduleFile(name)}.js\n`,
      map: maps.get(name),
    }));
  return { code, map: { version: 3, file: 'Code.js', sections }, files, metafile: result.metafile };
}
