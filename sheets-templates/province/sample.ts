// The sample province (sheets-templates/tinh-mau/): seven communes on the master's "Danh sách xã", one of each
// case the province meets. Figures are round so the totals can be counted by hand (tests/node/province-cli.test.ts).
import { join } from 'node:path';
import {
  writeCommuneOutput,
  writeDamagedOutput,
  writeMaster,
  writeOldSchemaOutput,
  type CommuneSpec,
} from './generate';

const base = { province: 'Thanh Hóa', year: 2026 } as const;

export const SAMPLE_COMMUNES = {
  an: {
    ...base,
    commune: 'An Nông',
    code: '16001',
    figures: {
      family: [300, 400],
      clan: [8, 10],
      community: [3, 4],
      unit: [5, 6],
      citizenAdults: [600, 1000],
      citizenWorkers: [400, 700],
      citizenOfficials: [40, 50],
      citizenAll: [700, 1200],
      citizenDigital: [300, 700],
      citizenDigitalPro: [100, 700],
    },
    villages: [
      { name: 'Thôn Đông', figures: { family: [140, 190], clan: [4, 5] } },
      { name: 'Thôn Tây', figures: { family: [160, 210], clan: [4, 5] } },
    ],
    // Recognised entries with a minh chứng link (family 240 of 300: 80 %; clans 6 of 8).
    evidence: { family: 240, clan: 6, community: 3, unit: 5, citizenAll: 350 },
    warnings: 2,
  },
  binh: {
    ...base,
    commune: 'Bình Minh',
    code: '16002',
    figures: {
      family: [450, 500],
      clan: [9, 12],
      community: [2, 5],
      unit: [4, 4],
      citizenAdults: [800, 1100],
      citizenWorkers: [500, 800],
      citizenOfficials: null,
      citizenAll: [900, 1400],
      citizenDigital: [450, 900],
      citizenDigitalPro: [200, 900],
    },
    // Family 360 of 450 (80 %): with An Nông, 600 of 750 families province-wide, 80 %.
    evidence: { family: 360, clan: 9, community: 1, unit: 2, citizenAll: 450 },
  },
  chau: { ...base, year: 2025, commune: 'Châu Lộc', code: '16003', figures: { family: [100, 200] } },
  dong: { ...base, commune: 'Đông Sơn', code: '16004', figures: { family: [250, 300] }, errors: 4 },
  giang: { ...base, commune: 'Giang Hà', code: '16005', figures: { family: [90, 100] } },
  ha: { ...base, commune: 'Hà Trung', code: '16006', figures: { family: [80, 100] } },
} satisfies Record<string, CommuneSpec>;

export const SAMPLE_FILES = {
  an: 'xa-an-nong-tong-hop.xlsx',
  binh: 'xa-binh-minh-tong-hop.xlsx',
  chau: 'xa-chau-loc-tong-hop.xlsx',
  dong: 'xa-dong-son-tong-hop.xlsx',
  giang: 'xa-giang-ha-tong-hop.xlsx',
  ha: 'xa-ha-trung-tong-hop.xlsx',
  /** On the list, never sent: the province sees "Không tìm thấy". */
  khanh: 'xa-khanh-hoa-tong-hop.xlsx',
} as const;
export const SAMPLE_MASTER = 'tinh-mau.xlsx';

export const writeSampleProvince = async (dir: string): Promise<void> => {
  const c = SAMPLE_COMMUNES;
  const f = SAMPLE_FILES;
  await writeCommuneOutput(join(dir, f.an), c.an);
  await writeCommuneOutput(join(dir, f.binh), c.binh);
  await writeCommuneOutput(join(dir, f.chau), c.chau);
  await writeCommuneOutput(join(dir, f.dong), c.dong);
  await writeOldSchemaOutput(join(dir, f.giang), c.giang);
  // Row 2 is Hà Trung's family row; column J (9) its "Tử số", typed over in words.
  await writeDamagedOutput(join(dir, f.ha), c.ha, 2, 9, 'tám mươi');
  await writeMaster(join(dir, SAMPLE_MASTER), {
    communes: [
      { name: 'Xã An Nông', source: f.an },
      { name: 'Xã Bình Minh', source: f.binh },
      { name: 'Xã Châu Lộc', source: f.chau },
      { name: 'Xã Đông Sơn', source: f.dong },
      { name: 'Phường Giang Hà', source: f.giang },
      { name: 'Xã Hà Trung', source: f.ha },
      { name: 'Xã Khánh Hòa', source: f.khanh },
    ],
    settings: {
      province: 'Thanh Hóa',
      year: 2026,
      reportNumber: '15',
      reportDate: new Date(2026, 11, 10),
      reportSigner: 'Nguyễn Văn Minh',
      recipients: ['UBND tỉnh Thanh Hóa (b/c)', 'Trung ương Hội Khuyến học Việt Nam (b/c)', 'Lưu: VT'],
    },
    targets: [
      ['Gia đình học tập (% hộ)', 2030, '≥', 85, 'Toàn xã'],
      ['Dòng họ học tập (% dòng họ)', 2030, '≥', 70, 'Toàn xã'],
      ['Đơn vị học tập (% đơn vị)', 2030, '≥', 80, 'Toàn xã'],
      ['Công dân học tập (% người lớn)', 2030, '≥', 70, 'Toàn xã'],
    ],
  });
};
