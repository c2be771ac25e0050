// Reading the "Cấu hình" sheet: key/value rows in any order, labels matched loosely, defaults filled in.
import { configSettings, layout, type SettingKey } from '../layout';
import { configDefaults } from '../i18n/engine';
import type { IssueLog } from '../issues/make';
import type { CellValue, WorkbookSnapshot } from '../snapshot';
import { findPreset, targetPresets } from '../targets/presets';
import { upperVi } from '../text/format';
import { convertLegacy } from '../text/legacy';
import { cleanText, foldKey } from '../text/normalize';
import {
  communeCodeText,
  isBlank,
  isCommuneCode,
  isSpreadsheetError,
  parseDate,
  parseMark,
  parseYear,
} from '../text/values';
import { findSheet } from '../read/table';
import { checkConfig } from './check';
import type { Config } from './schema';

const MANUAL_TARGETS = 'theo trang chi tieu';
const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/u;

type Setting = (typeof configSettings)[number];

const labelIndex = (): Map<string, Setting> => {
  const index = new Map<string, Setting>();
  for (const s of configSettings)
    for (const name of [s.label, ...s.synonyms, s.key]) index.set(foldKey(name), s);
  return index;
};

const textOf = (v: CellValue): string => {
  const t = cleanText(v instanceof Date ? '' : String(v ?? ''));
  return convertLegacy(t)?.text ?? t;
};

const splitList = (text: string): string[] =>
  text
    .split(/[;\n]/u)
    .map((x) =>
      cleanText(x)
        .replace(/^[-–•]\s*/u, '')
        .replace(/[;.]$/u, ''),
    )
    .filter((x) => x.length > 0);

/**
 * "45/KH-UBND", "Số: 12/HD-HKH" → the number and code as cited; null when there is no code after a slash (a bare
 * "45" would cite half a document).
 */
const documentNumber = (text: string): string | null => {
  const t = text
    .replace(/^số\s*:?\s*/iu, '')
    .replace(/\s*\/\s*/gu, '/')
    .trim();
  return /^\d+[\p{L}\d.-]*(?:\/[\p{L}\d.&-]+)+$/u.test(t) ? t : null;
};

const placeName = (kind: string, name: string): string => upperVi(`${kind} ${name}`);
const provinceName = (province: string): string => upperVi(configDefaults.provinceName(province));

export const readConfig = (snapshot: WorkbookSnapshot, issues: IssueLog): Config | null => {
  const sheet = findSheet(snapshot, [layout.config.sheet, ...layout.config.synonyms]);
  if (!sheet) {
    issues.add('SHEET_MISSING', { sheet: layout.config.sheet });
    return null;
  }
  const index = labelIndex();
  const headerKeys = new Set(layout.config.headers.map(foldKey));
  const found = new Map<SettingKey, { value: CellValue; row: number; col: number }>();
  (snapshot[sheet] ?? []).forEach((cells, r) => {
    const k = cells.findIndex((c) => !isBlank(c));
    if (k < 0) return;
    const label = foldKey(textOf(cells[k]).replace(/[:*]+$/u, ''));
    if (headerKeys.has(label)) return;
    const spec = index.get(label);
    if (!spec) {
      if (!isBlank(cells[k + 1])) {
        const options = layout.config.settings.map((s) => s.label).join(', ');
        issues.add('CONFIG_UNKNOWN_KEY', { sheet, row: r + 1, col: k }, { options }, textOf(cells[k]));
      }
      return;
    }
    if (!found.has(spec.key)) found.set(spec.key, { value: cells[k + 1], row: r + 1, col: k + 1 });
  });

  const values: Record<string, unknown> = {};
  let ok = true;
  for (const spec of configSettings) {
    const hit = found.get(spec.key);
    const at = hit ? { sheet, row: hit.row, col: hit.col } : { sheet };
    const bad = (value: string) => {
      issues.add('CONFIG_BAD_VALUE', at, { label: spec.label, note: spec.note }, value);
      if (spec.required) ok = false;
    };
    if (!hit || isBlank(hit.value) || isSpreadsheetError(hit.value)) {
      if (spec.required) {
        issues.add('CONFIG_MISSING', at, { label: spec.label, note: spec.note });
        ok = false;
      }
      continue;
    }
    const v = hit.value;
    const text = textOf(v);
    switch (spec.kind) {
      case 'text':
        values[spec.key] = text;
        break;
      case 'code': {
        // A wrong code only leaves the province to match the commune by name: a warning, the code left blank.
        const code = communeCodeText(v);
        if (isCommuneCode(code)) values[spec.key] = code;
        else issues.add('BAD_COMMUNE_CODE', at, { label: spec.label }, text || String(v));
        break;
      }
      case 'year':
      case 'integer': {
        const p = parseYear(v);
        if (p.ok) values[spec.key] = p.value;
        else bad(text || String(v));
        break;
      }
      case 'mark': {
        const p = parseMark(v);
        if (p.ok) values[spec.key] = p.value;
        else bad(text);
        break;
      }
      case 'date': {
        const p = parseDate(v);
        if (p.ok) values[spec.key] = p.value;
        else bad(text);
        break;
      }
      case 'enum': {
        const hitOption = spec.options?.find((o) => foldKey(o) === foldKey(text));
        if (hitOption) values[spec.key] = hitOption;
        else if (spec.key === 'targetPreset' && findPreset(text)) values[spec.key] = findPreset(text)?.id;
        else if (spec.key === 'targetPreset') {
          issues.add('UNKNOWN_PRESET', at, { options: (spec.options ?? []).join(', ') }, text);
        } else bad(text);
        break;
      }
      case 'docNumber': {
        const number = documentNumber(text);
        if (number) values[spec.key] = number;
        else
          issues.add(
            'CONFIG_DOC_NUMBER',
            at,
            { label: spec.label, example: String(spec.example ?? '') },
            text,
          );
        break;
      }
      case 'docDate': {
        const p = parseDate(v);
        if (p.ok) values[spec.key] = p.value;
        else issues.add('CONFIG_DOC_DATE', at, { label: spec.label }, text || String(v));
        break;
      }
      case 'list':
        values[spec.key] = splitList(text);
        break;
      case 'emails': {
        const emails = text.split(/[,;\s]+/u).filter((e) => e.length > 0);
        for (const e of emails) if (!EMAIL.test(e)) issues.add('BAD_EMAIL', at, {}, e);
        values[spec.key] = emails.filter((e) => EMAIL.test(e));
        break;
      }
    }
  }
  if (!ok) return null;

  const preset = values.targetPreset;
  if (typeof preset === 'string') {
    values.targetPreset =
      foldKey(preset) === MANUAL_TARGETS ? undefined : (findPreset(preset)?.id ?? undefined);
  }
  if (values.targetPreset === undefined) delete values.targetPreset;
  const commune = String(values.commune);
  const kind = typeof values.communeKind === 'string' ? values.communeKind : configDefaults.communeKind;
  const year = Number(values.year);
  const province = String(values.province);
  const role = values.shareRole === configDefaults.editorRole ? 'editor' : 'viewer';
  const parsed = checkConfig({
    ...values,
    communeKind: kind,
    shareRole: role,
    reportBody: values.reportBody ?? configDefaults.associationBody(placeName(kind, commune)),
    reportParent: values.reportParent ?? configDefaults.associationBody(provinceName(province)),
    reportSignerTitle: values.reportSignerTitle ?? [...configDefaults.reportSignerTitle],
    decisionSignerTitle: values.decisionSignerTitle ?? [...configDefaults.decisionSignerTitle],
    recipients: values.recipients ?? configDefaults.recipients(province, kind),
    shareEmails: values.shareEmails ?? [],
    deadline: values.deadline ?? new Date(year, 11, 10),
  });
  if (!parsed.success) {
    // Only values outside the schema's ranges reach here (e.g. a year of 1890): report them on their own rows.
    for (const problem of parsed.error.issues) {
      const key = String(problem.path[0] ?? '');
      const spec = configSettings.find((s) => s.key === key);
      const hit = spec ? found.get(spec.key) : undefined;
      issues.add(
        'CONFIG_BAD_VALUE',
        hit ? { sheet, row: hit.row, col: hit.col } : { sheet },
        { label: spec?.label ?? key, note: spec?.note ?? '' },
        hit ? textOf(hit.value) : '',
      );
    }
    return null;
  }
  return parsed.data;
};

export const presetIds = (): string[] => targetPresets.map((p) => p.id);
