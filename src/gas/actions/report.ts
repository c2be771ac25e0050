// "Tạo báo cáo": the report documents built by core/report (split under Docs' size cap), rendered into Google
// Docs in slices. Each execution renders what fits well inside Apps Script's 6 minutes; every document is
// recorded in DocumentProperties the moment it exists, so an interrupted run resumes where it stopped and never
// creates a document twice; the set "Gửi" shares is written only when every document of a run is complete.
import { runEngine } from '../../core/engine';
import { gasText } from '../../core/i18n/gas';
import type { DocModel } from '../../core/report/model';
import type { EngineResult } from '../../core/result';
import type { WorkbookSnapshot } from '../../core/snapshot';
import { UserError } from '../errors';
import type { MenuContext } from '../run';
import { readWorkbook } from '../workbook/read';

export interface CreatedDoc {
  name: string;
  id: string;
  url: string;
  /** ISO time of creation. */
  created: string;
}

/** The latest complete set, shared by "Gửi". */
export const REPORTS_KEY = 'kh.reports';
/** The run in progress, and one key per document of it. */
export const RUN_KEY = 'kh.report.run';
export const DOC_KEY = 'kh.report.doc.';

/** No document is started after this much of an execution: the longest part renders well within the rest. */
export const SLICE_START_LIMIT_MS = 150_000;

type Doc = GoogleAppsScript.Document.Document;

export interface ReportDeps {
  /** Every document of the report issue for this result, each within Docs' size (core/report/split). */
  build: (result: EngineResult) => DocModel[];
  /** Renders one model into `target` (empty); `chart` is the PNG of the per-village chart. */
  render: (model: DocModel, chart: GoogleAppsScript.Base.BlobSource | undefined, target: Doc) => void;
  /** The per-village chart of this result as a PNG, drawn once for every document that shows it. */
  chart: (result: EngineResult) => GoogleAppsScript.Base.BlobSource | undefined;
}

export interface ReportProgress {
  done: boolean;
  completed: number;
  total: number;
  /** "Đang tạo văn bản 3/9: …" or the final message. */
  message: string;
  /** The complete set, when done. */
  docs: CreatedDoc[];
  /** Documents of an unfinished earlier run that the new run did not need (the officer may delete them). */
  leftovers: CreatedDoc[];
}

interface RunRecord {
  fingerprint: string;
  total: number;
  /** Ids of documents of an earlier unfinished run, kept for reuse. */
  spare: string[];
}
interface DocRecord {
  name: string;
  id: string;
  created: string;
  done: boolean;
}

/** Built from the id: Document.getUrl() would be one more call per document for the same text. */
export const docUrl = (id: string): string => `https://docs.google.com/document/d/${id}/edit`;

const parse = <T>(raw: string | null | undefined): T | null => {
  if (!raw) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
};

export const savedReports = (props: GoogleAppsScript.Properties.Properties): CreatedDoc[] => {
  const list = parse<Omit<CreatedDoc, 'url'>[]>(props.getProperty(REPORTS_KEY));
  return Array.isArray(list) ? list.map((d) => ({ ...d, url: docUrl(d.id) })) : [];
};

/** FNV-1a over every cell: the run resumes only on the very data it started from. */
export const fingerprint = (snapshot: WorkbookSnapshot, docs: readonly DocModel[]): string => {
  let h = 0x811c9dc5;
  const mix = (s: string): void => {
    for (let i = 0; i < s.length; i += 1) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x1f, 0x01000193);
  };
  for (const name of Object.keys(snapshot).sort()) {
    mix(name);
    for (const row of snapshot[name] ?? []) {
      for (const v of row) mix(v instanceof Date ? `d${v.getTime()}` : String(v ?? ''));
      mix('\n');
    }
  }
  for (const d of docs) mix(d.name);
  return (h >>> 0).toString(16);
};

const created = (d: DocRecord): CreatedDoc => ({
  name: d.name,
  id: d.id,
  url: docUrl(d.id),
  created: d.created,
});

export const reportSlice = (ctx: MenuContext, deps: ReportDeps, startedAt: number): ReportProgress => {
  const props = ctx.services.properties.getDocumentProperties();
  const { snapshot } = readWorkbook(ctx.ss);
  const result = runEngine(snapshot);
  if (result.blocking) throw new UserError(gasText.reportBlocked(result.errorCount), 'REPORT_BLOCKED');
  const models = deps.build(result);
  const fp = fingerprint(snapshot, models);
  const all = props.getProperties();
  const run = parse<RunRecord>(all[RUN_KEY]);
  const recorded = (n: number): (DocRecord | null)[] =>
    Array.from({ length: n }, (_, i) => parse<DocRecord>(all[`${DOC_KEY}${i}`]));
  let docs: (DocRecord | null)[];
  let spare: string[];
  if (run && run.fingerprint === fp && run.total === models.length) {
    docs = recorded(run.total);
    spare = run.spare;
  } else {
    // A new run (first, or the data changed): an unfinished run's documents are reused, never left behind.
    const reuse = [
      ...(run ? recorded(run.total) : []).flatMap((d) => (d ? [d.id] : [])),
      ...(run?.spare ?? []),
    ];
    docs = models.map((m, i) => {
      const id = reuse[i];
      return id ? { name: m.name, id, created: '', done: false } : null;
    });
    spare = reuse.slice(models.length);
    const fresh: Record<string, string> = {
      [RUN_KEY]: JSON.stringify({ fingerprint: fp, total: models.length, spare } satisfies RunRecord),
    };
    docs.forEach((d, i) => {
      if (d) fresh[`${DOC_KEY}${i}`] = JSON.stringify(d);
    });
    const stale = Object.keys(all).filter((k) => k.startsWith(DOC_KEY) && !(k in fresh));
    props.setProperties(fresh);
    for (const k of stale) props.deleteProperty(k);
  }
  let chart: GoogleAppsScript.Base.BlobSource | undefined | null = null;
  const chartOnce = () => (chart === null ? (chart = deps.chart(result)) : chart);
  let renderedNow = 0;
  for (let i = 0; i < models.length; i += 1) {
    const model = models[i] as DocModel;
    const rec = docs[i];
    if (rec?.done) continue;
    // At least one document per execution, so a run always moves on.
    if (renderedNow > 0 && Date.now() - startedAt > SLICE_START_LIMIT_MS) break;
    ctx.toast(gasText.reportProgress(i + 1, models.length, model.name));
    let doc: Doc | null = null;
    if (rec) {
      try {
        doc = ctx.services.documents.openById(rec.id);
        doc.getBody().clear();
        doc.setName(model.name);
      } catch {
        // Deleted by the officer meanwhile: a new one takes its place.
        doc = null;
      }
    }
    if (!doc) {
      doc = ctx.services.documents.create(model.name);
      props.setProperty(
        `${DOC_KEY}${i}`,
        JSON.stringify({ name: model.name, id: doc.getId(), created: '', done: false } satisfies DocRecord),
      );
    }
    deps.render(model, chartOnce(), doc);
    doc.saveAndClose();
    const done: DocRecord = {
      name: model.name,
      id: doc.getId(),
      created: new Date().toISOString(),
      done: true,
    };
    docs[i] = done;
    props.setProperty(`${DOC_KEY}${i}`, JSON.stringify(done));
    renderedNow += 1;
  }
  const completed = docs.filter((d) => d?.done).length;
  if (completed < models.length) {
    const next = docs.findIndex((d) => !d?.done);
    return {
      done: false,
      completed,
      total: models.length,
      message: gasText.reportProgress(next + 1, models.length, models[next]?.name ?? ''),
      docs: [],
      leftovers: [],
    };
  }
  const set = docs.map((d) => created(d as DocRecord));
  props.setProperty(REPORTS_KEY, JSON.stringify(set.map(({ url: _url, ...d }) => d)));
  props.deleteProperty(RUN_KEY);
  for (let i = 0; i < models.length; i += 1) props.deleteProperty(`${DOC_KEY}${i}`);
  return {
    done: true,
    completed,
    total: models.length,
    message: gasText.reportDone(set),
    docs: set,
    leftovers: spare.map((id) => ({ name: '', id, url: docUrl(id), created: '' })),
  };
};
