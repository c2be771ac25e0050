// One vocabulary: every shell and reader spells a title, a citizen group and an indicator the way terms.ts does.
import { CITIZEN_GROUPS as LAYOUT_GROUPS, INDICATOR_LABELS, layout } from '../../src/core/layout';
import { runEngine } from '../../src/core/engine';
import { CITIZEN_GROUPS as REPORT_GROUPS, TITLE_SUBJECTS, TITLE_UNITS } from '../../src/core/i18n/report';
import { summaryText } from '../../src/core/i18n/sheets';
import {
  citizenGroupCodes,
  citizenGroupTerms,
  indicatorTerms,
  titleTerms,
  unitKindTerms,
  villageKindTerms,
} from '../../src/core/i18n/terms';
import { makeIssue } from '../../src/core/issues/make';
import { titleNames } from '../../src/core/criteria/sets';
import { indicatorLabels, indicatorShort, indicatorUnits } from '../../src/core/targets/presets';
import { indicatorCodes } from '../../src/core/targets/schema';
import { asSnapshot, makeWorkbook } from './helpers/workbook';

describe('one vocabulary', () => {
  it('names every citizen group the same on the "Tổng hợp" sheet and in the report', () => {
    for (const g of citizenGroupCodes) expect(summaryText.groupLabel(g)).toBe(REPORT_GROUPS[g]);
    expect(REPORT_GROUPS.resident).toBe('Người dân, nông dân');
  });

  it('gives the workbook dropdowns the spellings of terms.ts, in the order of the codes', () => {
    expect(LAYOUT_GROUPS).toEqual(citizenGroupCodes.map((g) => citizenGroupTerms[g].option));
    expect(INDICATOR_LABELS).toEqual(indicatorCodes.map((c) => indicatorTerms[c].label));
    const options = (sheet: 'villages' | 'units') =>
      layout.registers.find((r) => r.key === sheet)?.columns.find((c) => c.key === 'kind')?.options;
    expect(options('villages')).toEqual([...villageKindTerms]);
    expect(options('units')).toEqual([...unitKindTerms]);
    const criteriaTitle = layout.criteria.columns.find((c) => c.key === 'title');
    expect(criteriaTitle && 'options' in criteriaTitle ? criteriaTitle.options : []).toEqual(
      Object.values(titleTerms).map((t) => t.name),
    );
  });

  it('derives presets, report units and criteria titles from the same terms', () => {
    for (const c of indicatorCodes) {
      expect(indicatorLabels[c]).toBe(indicatorTerms[c].label);
      expect(indicatorShort[c]).toBe(indicatorTerms[c].short);
      expect(indicatorUnits[c]).toBe(indicatorTerms[c].unit);
    }
    expect(indicatorLabels.family).toBe('Gia đình học tập (% hộ)');
    expect(indicatorLabels.citizenOfficials).toBe('Công dân học tập (% CBCCVC trong đơn vị)');
    expect(titleNames.community).toBe('Cộng đồng học tập');
    expect(TITLE_UNITS.family).toBe('hộ');
    expect(TITLE_SUBJECTS.unit).toBe('cơ quan, đơn vị');
  });

  it('reads a group typed the way the report spells it', () => {
    const book = makeWorkbook({
      villages: [{ name: 'Thôn 1', households: 5 }],
      citizens: [
        { name: 'Lê Văn A', birthYear: 1980, group: 'Người dân, nông dân', village: 'Thôn 1', result: 'Đạt' },
        { name: 'Lê Thị B', birthYear: 2008, group: 'hoc sinh', village: 'Thôn 1', result: 'Đạt' },
      ],
    });
    const r = runEngine(asSnapshot(book));
    expect(r.issues.filter((i) => i.code === 'BAD_OPTION')).toEqual([]);
    expect(r.tally.commune.citizen.byGroup.resident.recognised).toBe(1);
    expect(r.tally.commune.citizen.byGroup.student.recognised).toBe(1);
  });
});

describe('issues typed by code', () => {
  it('carry the params their message was made from', () => {
    const issue = makeIssue(
      'POINTS_OUT_OF_RANGE',
      { sheet: 'Gia đình', row: 4, col: 5 },
      { header: 'TC1', max: 10 },
      '12',
    );
    expect(issue.code === 'POINTS_OUT_OF_RANGE' && issue.params.max).toBe(10);
    expect(issue.message).toBe('Điểm tiêu chí TC1 là 12, ngoài khoảng 0–10.');
  });

  it('refuse at compile time a missing or unknown param', () => {
    // Never called: tsc (part of npm test) checks these lines, jest only proves the function exists.
    const wrong = () => {
      // @ts-expect-error POINTS_OUT_OF_RANGE needs its max
      makeIssue('POINTS_OUT_OF_RANGE', { sheet: 'Gia đình' }, { header: 'TC1' });
      // @ts-expect-error "maxi" is not a param of POINTS_OUT_OF_RANGE
      makeIssue('POINTS_OUT_OF_RANGE', { sheet: 'Gia đình' }, { header: 'TC1', max: 10, maxi: 3 });
      // @ts-expect-error codes are a closed list
      makeIssue('NO_SUCH_CODE', { sheet: 'Gia đình' });
    };
    expect(typeof wrong).toBe('function');
    expect(makeIssue('SHEET_MISSING', { sheet: 'Gia đình' }).params).toEqual({});
  });

  it('word a criteria set with a repeated item code in Vietnamese, from the code zod carries', () => {
    const book = makeWorkbook({ villages: [] });
    book['Bộ tiêu chí'] = [
      ['Danh hiệu', 'Mã', 'Nội dung tiêu chí', 'Điểm tối đa'],
      ['Công dân học tập', 'TC1', 'Tự học', 50],
      ['Công dân học tập', 'TC1', 'Học tập suốt đời', 50],
    ];
    const r = runEngine(asSnapshot(book));
    expect(r.issues.find((i) => i.code === 'CRITERIA_BAD')?.message).toBe(
      'Bộ tiêu chí "Công dân học tập" ở trang "Bộ tiêu chí" không dùng được: mã tiêu chí TC1 bị trùng.',
    );
  });
});
