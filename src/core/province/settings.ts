// What the province's "Cấu hình tỉnh" gives the roll-up and its report (read by src/core/province/config.ts).
import type { Target } from '../targets/schema';

export interface ProvinceSettings {
  /** "Thanh Hóa", or "Thành phố Hà Nội". */
  province: string;
  year: number;
  /** The milestone to compare with; null: the first target year from `year` on. */
  targetYear: number | null;
  reportNumber: string;
  reportDate?: Date;
  reportSigner: string;
  /** Empty: the association's usual "TM. BAN THƯỜNG VỤ / CHỦ TỊCH". */
  reportSignerTitle: string[];
  /** Empty: the People's Committee and the central association. */
  recipients: string[];
  targets: Target[];
}

/** Without a master sheet ("Cấu hình tỉnh"): the province and year the communes' rows give, nothing else set. */
export const unconfiguredProvinceSettings = (province: string, year: number): ProvinceSettings => ({
  province,
  year,
  targetYear: null,
  reportNumber: '',
  reportSigner: '',
  reportSignerTitle: [],
  recipients: [],
  targets: [],
});
