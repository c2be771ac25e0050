// Gia đình học tập in the shape of QĐ 448/QĐ-KHVN (01/12/2015): 4 criteria, 100 points. The split of the last
// 40 points between criteria 3 and 4 and the pass mark were not confirmed: both are data a commune can change.
import type { CriteriaSet } from '../schema';

export const family448 = {
  id: 'gdht-448-2015',
  title: 'family',
  name: 'Bộ tiêu chí đánh giá, công nhận "Gia đình học tập"',
  issuer: 'Trung ương Hội Khuyến học Việt Nam',
  decision: 'Quyết định số 448/QĐ-KHVN ngày 01/12/2015',
  validity: '2016–2020, dùng tiếp khi chưa có bộ mới',
  example: false,
  groups: [
    {
      label: 'Học tập của trẻ em trong gia đình',
      items: [
        {
          code: 'TC1',
          label: 'Trẻ em đi học đầy đủ, học tập tiến bộ, có đạo đức tốt',
          max: 30,
          min: 15,
          mandatory: true,
        },
      ],
    },
    {
      label: 'Học tập của người lớn trong gia đình',
      items: [
        {
          code: 'TC2',
          label: 'Người lớn biết chữ, thường xuyên học tập nâng cao hiểu biết, tay nghề',
          max: 30,
          min: 15,
          mandatory: true,
        },
      ],
    },
    {
      label: 'Điều kiện học tập của gia đình',
      items: [
        {
          code: 'TC3',
          label: 'Gia đình có điều kiện, góc học tập, sách báo, phương tiện học tập',
          max: 20,
          mandatory: false,
        },
      ],
    },
    {
      label: 'Tác dụng của học tập đối với gia đình',
      items: [
        {
          code: 'TC4',
          label: 'Học tập giúp nâng cao đời sống, xây dựng gia đình văn hóa',
          max: 20,
          mandatory: false,
        },
      ],
    },
  ],
  rules: { passTotal: 80 },
} satisfies CriteriaSet;
