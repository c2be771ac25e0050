// Example sets for clans, villages and units. The 448 tables for these titles were not available to us, so these
// are clearly labelled illustrations: a commune replaces them with its province's set on the "Bộ tiêu chí" sheet.
import type { CriteriaSet } from '../schema';

const EXAMPLE_ISSUER = 'Bộ tiêu chí mẫu của khuyenhoc-sheets (thay bằng bộ tiêu chí của tỉnh)';

export const clanExample = {
  id: 'dhht-mau',
  title: 'clan',
  name: 'Bộ tiêu chí mẫu "Dòng họ học tập"',
  issuer: EXAMPLE_ISSUER,
  example: true,
  groups: [
    {
      label: 'Tổ chức, phong trào',
      items: [
        {
          code: 'TC1',
          label: 'Có quỹ và ban khuyến học của dòng họ hoạt động thường xuyên',
          max: 25,
          mandatory: false,
        },
        {
          code: 'TC2',
          label: 'Từ 70% số hộ trở lên đạt "Gia đình học tập"',
          max: 25,
          min: 10,
          mandatory: true,
        },
      ],
    },
    {
      label: 'Kết quả học tập',
      items: [
        {
          code: 'TC3',
          label: 'Con cháu đi học đúng độ tuổi, không có người mù chữ',
          max: 25,
          mandatory: false,
        },
        { code: 'TC4', label: 'Tác dụng của học tập đối với đời sống dòng họ', max: 25, mandatory: false },
      ],
    },
  ],
  rules: { passTotal: 80 },
} satisfies CriteriaSet;

export const communityExample = {
  id: 'cdht-thon-mau',
  title: 'community',
  name: 'Bộ tiêu chí mẫu "Cộng đồng học tập" cấp thôn',
  issuer: EXAMPLE_ISSUER,
  example: true,
  groups: [
    {
      label: 'Tổ chức, điều kiện',
      items: [
        {
          code: 'TC1',
          label: 'Có chi hội khuyến học, điểm sinh hoạt học tập cộng đồng',
          max: 25,
          mandatory: false,
        },
        { code: 'TC2', label: 'Tỷ lệ hộ đạt "Gia đình học tập" của thôn', max: 25, min: 10, mandatory: true },
      ],
    },
    {
      label: 'Kết quả',
      items: [
        {
          code: 'TC3',
          label: 'Người dân tham gia học tập, chuyển giao khoa học kỹ thuật',
          max: 25,
          mandatory: false,
        },
        {
          code: 'TC4',
          label: 'Tác dụng đối với kinh tế, văn hóa, an ninh của thôn',
          max: 25,
          mandatory: false,
        },
      ],
    },
  ],
  rules: { passTotal: 80 },
} satisfies CriteriaSet;

export const unitExample = {
  id: 'dvht-mau',
  title: 'unit',
  name: 'Bộ tiêu chí mẫu "Đơn vị học tập"',
  issuer: EXAMPLE_ISSUER,
  example: true,
  groups: [
    {
      label: 'Nhận thức và tổ chức',
      items: [
        {
          code: 'TC1',
          label: 'Có kế hoạch học tập, bồi dưỡng cho cán bộ, người lao động',
          max: 25,
          mandatory: false,
        },
        { code: 'TC2', label: 'Điều kiện, phương tiện học tập', max: 25, mandatory: false },
      ],
    },
    {
      label: 'Kết quả',
      items: [
        {
          code: 'TC3',
          label: 'Kết quả học tập, nâng cao trình độ của cán bộ, người lao động',
          max: 25,
          mandatory: false,
        },
        { code: 'TC4', label: 'Hiệu quả công tác, chuyển đổi số của đơn vị', max: 25, mandatory: false },
      ],
    },
  ],
  // Bands as in Thông tư 22/2020; a unit also needs 90% of staff holding Công dân học tập (Thông tư 24/2023 shape).
  rules: {
    passTotal: 70,
    bands: [
      { label: 'Tốt', min: 85, passes: true },
      { label: 'Khá', min: 70, passes: true },
      { label: 'Trung bình', min: 50, passes: false },
      { label: 'Chưa đạt', min: 0, passes: false },
    ],
    memberPercent: 90,
  },
} satisfies CriteriaSet;
