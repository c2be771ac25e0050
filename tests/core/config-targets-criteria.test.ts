import { runEngine } from '../../src/core/engine';
import { makeWorkbook } from './helpers/workbook';

const villages = [
  { name: 'Thôn 1', households: 10, adults: 20, workers: 10, population: 30, registered: 'x', result: 'Đạt' },
];
const fams = Array.from({ length: 10 }, (_, i) => ({
  head: `Hộ ${i}`,
  village: 'Thôn 1',
  registered: 'x',
  TC1: 25,
  TC2: 25,
  TC3: i < 6 ? 20 : 5,
  TC4: 20,
}));

describe('configuration', () => {
  it('fills in the issuing body, the signer titles and the 10 December deadline', () => {
    const r = runEngine(makeWorkbook({ villages }));
    expect(r.config).toMatchObject({
      reportBody: 'HỘI KHUYẾN HỌC XÃ HÒA AN',
      reportParent: 'HỘI KHUYẾN HỌC TỈNH THANH HÓA',
      reportSignerTitle: ['TM. BAN THƯỜNG VỤ', 'CHỦ TỊCH'],
    });
    expect(r.config?.deadline).toEqual(new Date(2026, 11, 10));
  });

  it('refuses the phantom 29/02/1900 (Excel serial 60) as a report date, at its cell, rather than print a day', () => {
    const r = runEngine(makeWorkbook({ villages, config: { 'Ngày báo cáo': '29/02/1900' } }));
    expect(r.config?.commune).toBe('Hòa An');
    expect(r.config?.reportDate).toBeUndefined();
    const issue = r.issues.find((i) => i.sheet === 'Cấu hình' && i.value === '29/02/1900');
    expect(issue).toMatchObject({ severity: 'error', column: 'B' });
    expect(issue?.row).toBeGreaterThan(1);
  });

  it('reads lists separated by semicolons and emails by commas', () => {
    const r = runEngine(
      makeWorkbook({
        villages,
        config: {
          'Nơi nhận': 'Hội Khuyến học tỉnh (b/c); - UBND xã;',
          'Email gửi báo cáo': 'a@b.vn; c@d.vn',
          'Quyền của người nhận': 'Chỉnh sửa',
        },
      }),
    );
    expect(r.config?.recipients).toEqual(['Hội Khuyến học tỉnh (b/c)', 'UBND xã']);
    expect(r.config?.shareEmails).toEqual(['a@b.vn', 'c@d.vn']);
    expect(r.config?.shareRole).toBe('editor');
  });

  it('lowers the citizen pass mark to 70 in a disadvantaged area', () => {
    const citizens = [
      {
        name: 'Lê A',
        birthYear: 1980,
        group: 'Nông dân',
        village: 'Thôn 1',
        registered: 'x',
        totalPoints: 75,
      },
    ];
    expect(runEngine(makeWorkbook({ villages, citizens })).tally.commune.citizen.recognised).toBe(0);
    expect(
      runEngine(makeWorkbook({ villages, citizens, config: { 'Vùng khó khăn': 'x' } })).tally.commune.citizen
        .recognised,
    ).toBe(1);
  });
});

describe('targets', () => {
  it('uses the hand-entered targets when the configuration says so', () => {
    const r = runEngine(
      makeWorkbook({
        villages,
        families: fams,
        config: { 'Bộ chỉ tiêu': 'Theo trang Chỉ tiêu', 'Năm chỉ tiêu': 2027 },
        targets: [
          {
            indicator: 'Gia đình học tập (% hộ)',
            year: 2027,
            percent: 60,
            comparison: '≥',
            scope: 'Toàn xã',
          },
          {
            indicator: 'Chỉ tiêu khác',
            year: 2027,
            percent: 100,
            label: 'Cán bộ hội được tập huấn',
            numerator: 18,
            denominator: 20,
          },
          { indicator: 'Gia đình học tập (% hộ)', year: 2030, percent: 90 },
        ],
      }),
    );
    expect(r.targets.map((t) => [t.label, t.met, t.shortfall])).toEqual([
      ['Gia đình học tập (% hộ)', true, 0],
      ['Cán bộ hội được tập huấn', false, 2],
    ]);
  });

  it('warns when the chosen year has no targets and names the years that do', () => {
    const r = runEngine(makeWorkbook({ villages }), { targetYear: 2029 });
    expect(r.issues.find((i) => i.code === 'NO_TARGETS_FOR_YEAR')?.hint).toContain('2028, 2030');
  });

  it('compares the ward plan 004 with "more than 40%" of citizens', () => {
    const citizens = Array.from({ length: 12 }, (_, i) => ({
      name: `Dân ${i}`,
      group: 'Người dân',
      village: 'Thôn 1',
      result: 'Đạt',
    }));
    const r = runEngine(makeWorkbook({ villages, citizens, config: { 'Năm đánh giá': 2026 } }), {
      presetId: 'kim-tra-2026',
    });
    const t = r.targets.find((e) => e.indicator === 'citizenAll');
    expect(t).toMatchObject({ met: false, shortfall: 1 }); // 12/30 = 40%, not more than 40%
  });
});

describe('criteria from the "Bộ tiêu chí" sheet', () => {
  it('replaces the shipped family set with the commune own one', () => {
    const b = makeWorkbook({ villages, families: fams });
    b['Bộ tiêu chí'] = [
      [
        'Danh hiệu',
        'Mã',
        'Nhóm',
        'Nội dung tiêu chí',
        'Điểm tối đa',
        'Điểm tối thiểu',
        'Bắt buộc',
        'Điểm đạt',
      ],
      ['Gia đình học tập', 'TC1', 'Trẻ em', 'Trẻ em đi học', 25, '', '', 70],
      ['Gia đình học tập', 'TC2', 'Người lớn', 'Người lớn học tập', 25, '', '', ''],
      ['Gia đình học tập', 'TC3', 'Điều kiện', 'Góc học tập', 25, 10, 'x', ''],
      ['Gia đình học tập', 'TC4', 'Tác dụng', 'Đời sống', 25, '', '', ''],
    ];
    const r = runEngine(b);
    expect(r.criteria.family.rules.passTotal).toBe(70);
    expect(r.criteria.family.example).toBe(false);
    // TC3 = 5 is below its minimum 10 for four households.
    expect(r.tally.commune.family.recognised).toBe(6);
  });

  it('reports a set whose pass mark cannot be reached and keeps the shipped one', () => {
    const b = makeWorkbook({ villages });
    b['Bộ tiêu chí'] = [
      ['Danh hiệu', 'Mã', 'Nội dung tiêu chí', 'Điểm tối đa', 'Điểm đạt'],
      ['Công dân học tập', 'TC1', 'Tự học', 10, 90],
    ];
    const r = runEngine(b);
    expect(r.issues.find((i) => i.code === 'CRITERIA_BAD')?.message).toContain(
      'điểm đạt 90 lớn hơn tổng điểm tối đa 10',
    );
    expect(r.criteria.citizen.id).toBe('cdht-324-2023');
  });
});

describe('pass/fail indicators on the registers', () => {
  it('reads "Đạt", "x" and "Không đạt" in an indicator column and scores the village by them', () => {
    const b = makeWorkbook({ villages: [] });
    b['Thôn'] = [
      ['Tên thôn', 'Tổng số hộ', 'Đăng ký', 'TC1', 'TC2'],
      ['Thôn 1', 10, 'x', 'Đạt', 'x'],
      ['Thôn 2', 10, 'x', 'Đạt', 'Không đạt'],
      ['Thôn 3', 10, 'x', 'Đạt', 'có lẽ'],
    ];
    b['Bộ tiêu chí'] = [
      ['Danh hiệu', 'Mã', 'Nội dung tiêu chí', 'Điểm tối đa'],
      ['Cộng đồng học tập', 'TC1', 'Có điểm sinh hoạt học tập', 0],
      ['Cộng đồng học tập', 'TC2', 'Có chi hội khuyến học', 0],
    ];
    const r = runEngine(b);
    expect(r.tally.commune.recognisedVillages).toEqual(['Thôn 1']);
    expect(r.issues.find((i) => i.code === 'BAD_RESULT')).toMatchObject({
      sheet: 'Thôn',
      row: 4,
      column: 'E',
      value: 'có lẽ',
    });
  });
});
