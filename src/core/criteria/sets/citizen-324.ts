// Công dân học tập: QĐ 324/QĐ-KHVN (25/10/2023), revising QĐ 244/QĐ-KHVN (2022). 10 indicators × 10 points.
import type { CriteriaSet } from '../schema';

export const citizen324 = {
  id: 'cdht-324-2023',
  title: 'citizen',
  name: 'Bộ tiêu chí đánh giá, công nhận "Công dân học tập"',
  issuer: 'Trung ương Hội Khuyến học Việt Nam',
  decision: 'Quyết định số 324/QĐ-KHVN ngày 25/10/2023',
  validity: '2023–2030',
  example: false,
  groups: [
    {
      label: 'Năng lực tự học và học tập suốt đời',
      items: [
        { code: 'TC1', label: 'Xác định nhu cầu học tập của bản thân', max: 10, min: 5, mandatory: false },
        { code: 'TC2', label: 'Xây dựng và thực hiện kế hoạch học tập', max: 10, min: 5, mandatory: false },
        {
          code: 'TC3',
          label: 'Tìm kiếm, lựa chọn và sử dụng nguồn học liệu',
          max: 10,
          min: 5,
          mandatory: false,
        },
        {
          code: 'TC4',
          label: 'Vận dụng kết quả học tập vào cuộc sống, công việc',
          max: 10,
          min: 5,
          mandatory: false,
        },
      ],
    },
    {
      label: 'Năng lực sử dụng các công cụ học tập, làm việc',
      items: [
        {
          code: 'TC5',
          label: 'Sử dụng ngôn ngữ (tiếng Việt, ngoại ngữ, tiếng dân tộc)',
          max: 10,
          min: 5,
          mandatory: false,
        },
        { code: 'TC6', label: 'Sử dụng công nghệ thông tin, kỹ năng số', max: 10, min: 5, mandatory: false },
        {
          code: 'TC7',
          label: 'Khai thác, sử dụng thông tin phục vụ học tập, làm việc',
          max: 10,
          min: 5,
          mandatory: false,
        },
        {
          code: 'TC8',
          label: 'Giải quyết vấn đề, sáng tạo trong công việc',
          max: 10,
          min: 5,
          mandatory: false,
        },
      ],
    },
    {
      label: 'Năng lực quan hệ xã hội',
      items: [
        {
          code: 'TC9',
          label: 'Giao tiếp, hợp tác, chia sẻ với người khác',
          max: 10,
          min: 5,
          mandatory: false,
        },
        {
          code: 'TC10',
          label: 'Tham gia các hoạt động cộng đồng, thực hiện trách nhiệm công dân',
          max: 10,
          min: 5,
          mandatory: false,
        },
      ],
    },
  ],
  rules: {
    passTotal: 80,
    disadvantagedPassTotal: 70,
    // Not in the decision's text we hold; assumptions a province can change with its own set: the four
    // self-assessment forms are for people who plan their own learning. Residents and workers from working
    // age (15, Bộ luật Lao động 2019, Điều 3), officials from 18 (Luật Cán bộ, công chức), pupils from lower
    // secondary school (lớp 6, 11 tuổi).
    ages: {
      resident: { min: 15 },
      worker: { min: 15 },
      official: { min: 18 },
      student: { min: 11 },
    },
  },
} satisfies CriteriaSet;
