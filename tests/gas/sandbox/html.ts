// HtmlService over the built HTML files: templates evaluate `<?!= name ?>` printing scriptlets from their properties.
import { Fake } from './tracker';

type Args<T, K extends keyof T> = T[K] extends (...a: infer A) => unknown ? A : never;

export class FakeHtmlOutput extends Fake {
  readonly kind = 'HtmlOutput';
  title = '';
  constructor(readonly content: string) {
    super();
  }
  setTitle(...[title]: Args<GoogleAppsScript.HTML.HtmlOutput, 'setTitle'>): this {
    this.title = title;
    return this;
  }
  width = 0;
  height = 0;
  setWidth(...[width]: Args<GoogleAppsScript.HTML.HtmlOutput, 'setWidth'>): this {
    this.width = width;
    return this;
  }
  setHeight(...[height]: Args<GoogleAppsScript.HTML.HtmlOutput, 'setHeight'>): this {
    this.height = height;
    return this;
  }
  getContent(): string {
    return this.content;
  }
}

export class FakeHtmlTemplate extends Fake {
  readonly kind = 'HtmlTemplate';
  [property: string]: unknown;
  constructor(private readonly source: string) {
    super();
  }
  evaluate(): FakeHtmlOutput {
    const scriptlets = /<\?(!?=)?([\s\S]*?)\?>/gu;
    const out = this.source.replace(scriptlets, (_m, kind: string | undefined, expr: string) => {
      const name = expr.trim();
      if (kind !== '!=' || !/^[A-Za-z_$][\w$]*$/u.test(name))
        throw new Error(`The fake only evaluates <?!= property ?>, not "${expr}".`);
      if (!(name in this)) throw new Error(`ReferenceError: "${name}" is not defined.`);
      return String(this[name]);
    });
    return new FakeHtmlOutput(out);
  }
}

export class FakeHtmlService extends Fake {
  readonly kind = 'HtmlService';
  constructor(private readonly files: Readonly<Record<string, string>>) {
    super();
  }
  createTemplateFromFile(
    ...[name]: Args<GoogleAppsScript.HTML.HtmlService, 'createTemplateFromFile'>
  ): FakeHtmlTemplate {
    const source = this.files[name];
    if (source === undefined) throw new Error(`No HTML file named "${name}" in the project.`);
    return new FakeHtmlTemplate(source);
  }
  /** Files read as text: Code.js's loader reads the split modules this way (scripts/split.mjs). */
  createHtmlOutputFromFile(
    ...[name]: Args<GoogleAppsScript.HTML.HtmlService, 'createHtmlOutputFromFile'>
  ): FakeHtmlOutput {
    const source = this.files[name];
    if (source === undefined) throw new Error(`No HTML file named "${name}" in the project.`);
    this.reads += 1;
    // A comment of its own on every read: V8 would otherwise reuse the compile of an identical text, where each
    // Google execution compiles what it reads.
    return new FakeHtmlOutput(`${source}\n// read ${this.reads}`);
  }
  reads = 0;
  createHtmlOutput(...[html]: Args<GoogleAppsScript.HTML.HtmlService, 'createHtmlOutput'>): FakeHtmlOutput {
    return new FakeHtmlOutput(String(html ?? ''));
  }
}
