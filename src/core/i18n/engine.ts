// Vietnamese words the engine puts into its results: why an assessment failed, cross-check subjects, config defaults.
import { communeKindTerms, titleTerms } from './terms';

/** Why an assessment did not pass; numbers arrive formatted ("7,5"). */
export const scoreText = {
  indicatorMissing: (code: string) => `Chưa đánh giá chỉ số ${code}.`,
  pointsMissing: (code: string) => `Thiếu điểm tiêu chí ${code}.`,
  indicatorFailed: (code: string) => `Chỉ số ${code} chưa đạt.`,
  belowItemMin: (code: string, points: string, min: string) =>
    `Tiêu chí ${code} được ${points} điểm, dưới mức tối thiểu ${min}.`,
  mandatoryFailed: (code: string) => `Tiêu chí bắt buộc ${code} không đạt.`,
  belowGroupMin: (group: string, points: string, min: string) =>
    `Nhóm "${group}" được ${points} điểm, dưới mức tối thiểu ${min}.`,
  belowPass: (total: string, pass: string) => `Tổng điểm ${total} dưới mức đạt ${pass}.`,
  fewMembers: (percent: string, needed: string) =>
    `Mới có ${percent}% cán bộ, người lao động đạt "${titleTerms.citizen.name}", cần từ ${needed}%.`,
  band: (label: string) => `Xếp loại ${label}.`,
  /** RESULT_CONTRADICTS_POINTS: what the points say, and why. */
  computedPass: 'đạt',
  computedFail: 'chưa đạt',
  enoughPoints: (total: string) => `tổng điểm ${total} đủ điều kiện.`,
  /** A decided result shown back: "Đạt" or "Không đạt", as the dropdown spells it. */
  decidedPass: 'Đạt',
  decidedFail: 'Không đạt',
} as const;

/** Subjects of the cross-register checks: "số hộ đăng ký", "Tổng số hộ của Thôn 1", "người lớn". */
export const crossCheckText = {
  households: titleTerms.family.unit,
  householdsOf: (village: string) => `Tổng số hộ của ${village}`,
  adults: 'người lớn',
  workers: 'người lao động',
  population: 'nhân khẩu',
} as const;

/** "tỉnh Thanh Hóa", "Thành phố Huế": a province name with its kind, as typed or with "tỉnh" added. */
export const provinceWithKind = (province: string): string =>
  /^(tỉnh|thành phố)\s/iu.test(province) ? province : `tỉnh ${province}`;

/** What the "Cấu hình" sheet means when a row is left blank. */
export const configDefaults = {
  communeKind: communeKindTerms[0],
  editorRole: 'Chỉnh sửa',
  associationBody: (place: string) => `HỘI KHUYẾN HỌC ${place}`,
  provinceName: (province: string) =>
    /^(tỉnh|thành phố|tp\.?)\s/iu.test(province)
      ? province.replace(/^tp\.?\s/iu, 'Thành phố ')
      : `tỉnh ${province}`,
  reportSignerTitle: ['TM. BAN THƯỜNG VỤ', 'CHỦ TỊCH'],
  decisionSignerTitle: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
  recipients: (province: string, kind: string) => [
    `Hội Khuyến học ${provinceWithKind(province)} (b/c)`,
    `Đảng ủy, UBND ${kind.toLowerCase()} (b/c)`,
    'Các chi hội khuyến học',
  ],
} as const;
