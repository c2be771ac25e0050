// Pools for plausible, fictional Vietnamese names and places: combined at random, they name nobody in particular.
import type { Random } from './random';

// Family names weighted roughly as they occur in the population (Nguyễn about a third).
const FAMILY_NAMES: readonly [string, number][] = [
  ['Nguyễn', 30],
  ['Trần', 11],
  ['Lê', 9],
  ['Phạm', 7],
  ['Hoàng', 5],
  ['Phan', 4],
  ['Vũ', 4],
  ['Đặng', 3],
  ['Bùi', 3],
  ['Đỗ', 3],
  ['Hồ', 2],
  ['Ngô', 2],
  ['Dương', 2],
  ['Lý', 1],
  ['Đinh', 2],
  ['Mai', 1],
  ['Trịnh', 1],
  ['Lương', 1],
  ['Cao', 1],
  ['Tạ', 1],
  ['Võ', 2],
  ['Huỳnh', 1],
  ['Lưu', 1],
  ['Đoàn', 1],
];
const MALE_MIDDLE = [
  'Văn',
  'Đức',
  'Hữu',
  'Minh',
  'Quang',
  'Công',
  'Thanh',
  'Xuân',
  'Đình',
  'Ngọc',
  'Tiến',
  'Mạnh',
];
const FEMALE_MIDDLE = [
  'Thị',
  'Thu',
  'Ngọc',
  'Thanh',
  'Minh',
  'Hồng',
  'Kim',
  'Phương',
  'Thùy',
  'Bích',
  'Diệu',
];
const MALE_GIVEN = [
  'Hùng',
  'Dũng',
  'Tuấn',
  'Hải',
  'Nam',
  'Long',
  'Minh',
  'Sơn',
  'Thắng',
  'Cường',
  'Bình',
  'Hoàng',
  'Phúc',
  'Khánh',
  'Tùng',
  'Quân',
  'Đạt',
  'Hiếu',
  'Trung',
  'Thành',
  'Vinh',
  'Lâm',
  'Toàn',
  'Phong',
  'Huy',
  'Kiên',
  'Lợi',
  'Tâm',
];
const FEMALE_GIVEN = [
  'Lan',
  'Hoa',
  'Hương',
  'Mai',
  'Hằng',
  'Linh',
  'Ngọc',
  'Thảo',
  'Trang',
  'Huyền',
  'Nga',
  'Yến',
  'Hạnh',
  'Thủy',
  'Oanh',
  'Nhung',
  'Phương',
  'Dung',
  'Loan',
  'Vân',
  'Liên',
  'Tuyết',
  'Quyên',
  'Giang',
  'Hà',
  'Xuân',
];

const FAMILY_TOTAL = FAMILY_NAMES.reduce((s, [, w]) => s + w, 0);

export const familyName = (rnd: Random): string => {
  let x = rnd.next() * FAMILY_TOTAL;
  for (const [name, weight] of FAMILY_NAMES) {
    x -= weight;
    if (x < 0) return name;
  }
  return 'Nguyễn';
};

export const personName = (rnd: Random, male: boolean, family = familyName(rnd)): string =>
  `${family} ${rnd.pick(male ? MALE_MIDDLE : FEMALE_MIDDLE)} ${rnd.pick(male ? MALE_GIVEN : FEMALE_GIVEN)}`;

export const clanName = (rnd: Random): string => `Họ ${familyName(rnd)} ${rnd.pick(MALE_MIDDLE)}`;

const VILLAGE_WORDS = [
  'Đông',
  'Tây',
  'Nam',
  'Bắc',
  'Trung',
  'Thượng',
  'Hạ',
  'Phú',
  'An',
  'Hòa',
  'Tân',
  'Yên',
];

/** "Thôn 1"… with a few named villages ("Thôn Đông") mixed in, as in most communes. */
export const villageNames = (count: number): string[] => {
  const names: string[] = [];
  const named = Math.min(Math.floor(count / 3), VILLAGE_WORDS.length);
  for (let i = 0; i < count - named; i++) names.push(`Thôn ${i + 1}`);
  for (let i = 0; i < named; i++) names.push(`Thôn ${VILLAGE_WORDS[i] ?? String(i)}`);
  return names;
};

const FIRMS = [
  'Hòa Phát',
  'Minh Long',
  'Tân Tiến',
  'Phú Thịnh',
  'An Khang',
  'Thành Công',
  'Hưng Thịnh',
  'Việt Tiến',
  'Đại Phong',
  'Quang Minh',
];
const TRADES = [
  'May mặc',
  'Chế biến nông sản',
  'Xây dựng',
  'Gỗ mỹ nghệ',
  'Cơ khí',
  'Vật liệu',
  'Thủy sản',
  'Thương mại',
];

export interface UnitName {
  name: string;
  kind: string;
}

/** The usual units of a commune first (offices, schools, health station), then enterprises and workshops. */
export const unitNames = (count: number, commune: string, villages: readonly string[]): UnitName[] => {
  const fixed: UnitName[] = [
    { name: 'Đảng ủy xã', kind: 'Cơ quan' },
    { name: 'Ủy ban nhân dân xã', kind: 'Cơ quan' },
    { name: 'Công an xã', kind: 'Cơ quan' },
    { name: 'Trạm Y tế xã', kind: 'Cơ quan' },
    { name: `Trường Mầm non ${commune}`, kind: 'Trường học' },
    { name: `Trường Tiểu học ${commune}`, kind: 'Trường học' },
    { name: `Trường THCS ${commune}`, kind: 'Trường học' },
    { name: 'Hợp tác xã Nông nghiệp', kind: 'Tổ chức' },
    { name: 'Quỹ Tín dụng nhân dân', kind: 'Tổ chức' },
    { name: 'Bưu điện văn hóa xã', kind: 'Đơn vị khác' },
  ];
  const units = fixed.slice(0, count);
  let i = 0;
  while (units.length < count) {
    const firm = FIRMS[i % FIRMS.length] ?? 'Hòa Phát';
    const trade = TRADES[Math.floor(i / FIRMS.length) % TRADES.length] ?? 'Thương mại';
    const round = Math.floor(i / (FIRMS.length * TRADES.length));
    const suffix = round > 0 ? ` ${round + 1}` : '';
    if (i % 4 === 3)
      units.push({ name: `Cơ sở ${trade.toLowerCase()} ${firm}${suffix}`, kind: 'Cơ sở sản xuất' });
    else if (i % 7 === 5)
      units.push({
        name: `Trường Mầm non ${villages[i % Math.max(villages.length, 1)] ?? ''}${suffix}`.trim(),
        kind: 'Trường học',
      });
    else units.push({ name: `Công ty TNHH ${trade} ${firm}${suffix}`, kind: 'Doanh nghiệp' });
    i++;
  }
  return units;
};
