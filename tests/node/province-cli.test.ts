// tong-hop-tinh end to end on the sample province, in-process on real files: written by its generator into a
// temporary folder (the committed sheets-templates/tinh-mau/ is checked against the generator at the end).
// Expected totals counted by hand from sheets-templates/province/sample.ts: only An Nông and Bình Minh are added.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { chmod, copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { SAMPLE_FILES, SAMPLE_MASTER, writeSampleProvince } from '../../sheets-templates/province/sample';
import { writeCommuneOutput, writeMaster } from '../../sheets-templates/province/generate';
import { writeSyntheticProvince } from '../../sheets-templates/province/synthetic';
import type { SheetValues } from '../../src/core/snapshot';
import { readWorkbook } from '../../src/node/xlsx/read';
import { cli, ROOT, tempDir } from './helpers';

const SAMPLE_DIR = join(ROOT, 'sheets-templates', 'tinh-mau');
const ROLLUP = 'Tổng hợp tỉnh';

const hashes = async (dir: string) =>
  Object.fromEntries(
    await Promise.all(
      (await readdir(dir)).map(async (f) => [
        f,
        createHash('sha256')
          .update(await readFile(join(dir, f)))
          .digest('hex'),
      ]),
    ),
  );

const rowStarting = (rows: SheetValues, col: number, text: string) => {
  const r = rows.find((cells) => cells[col] === text);
  if (!r) throw new Error(`no row with "${text}" in column ${col}`);
  return r;
};

let sample: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  sample = await tempDir();
  await writeSampleProvince(sample.path);
});
afterAll(() => sample.remove());

describe('tong-hop-tinh on the sample province', () => {
  let out: Awaited<ReturnType<typeof tempDir>>;
  let run: Awaited<ReturnType<typeof cli>>;
  let rows: SheetValues;
  let before: Record<string, string>;
  beforeAll(async () => {
    out = await tempDir();
    before = await hashes(sample.path);
    run = await cli(['tong-hop-tinh', sample.path, '--out', out.path], ROOT);
    rows = (await readWorkbook(join(out.path, 'tinh-mau-tong-hop.xlsx')))[ROLLUP] ?? [];
  });
  afterAll(() => out.remove());

  it('writes the master copy with "Tổng hợp tỉnh" and the report, and never touches the inputs', async () => {
    expect(run.code).toBe(0);
    expect((await readdir(out.path)).sort()).toEqual([
      'bao-cao-tinh-2026-thanh-hoa.docx',
      'tinh-mau-tong-hop.xlsx',
    ]);
    expect(await hashes(sample.path)).toEqual(before);
  });

  it('adds up only the communes read without errors, each indicator by hand', () => {
    // Percentages are stored as fractions under a percent format (0.833 shows 83,3%). Blank cells read back as null. Columns: STT, Chỉ số, Chỉ tiêu, Thực hiện (%), Đạt, Tổng số, Đánh giá, Còn thiếu, Số xã chưa đạt, chưa tính được.
    const totals = (label: string) => rowStarting(rows, 1, label).slice(2, 10);
    // 300 + 450 = 750 of 400 + 500 = 900: 83,3 %; 85 % of 900 = 765, 15 short; An Nông (75 %) below.
    expect(totals('Gia đình học tập (% hộ)')).toEqual(['≥ 85', 0.833, 750, 900, 'Chưa đạt', '15 hộ', 1, 0]);
    // 8 + 9 = 17 of 10 + 12 = 22: 77,3 % ≥ 70 %.
    expect(totals('Dòng họ học tập (% dòng họ)')).toEqual(['≥ 70', 0.773, 17, 22, 'Đạt', null, 0, 0]);
    expect(totals('Cộng đồng học tập (% thôn)')).toEqual(['Không có', 0.556, 5, 9, null, null, null, 0]);
    expect(totals('Đơn vị học tập (% đơn vị)')).toEqual(['≥ 80', 0.9, 9, 10, 'Đạt', null, 0, 0]);
    // 600 + 800 = 1.400 of 1.000 + 1.100 = 2.100: 66,7 %; 70 % of 2.100 = 1.470, 70 short; An Nông (60 %) below.
    expect(totals('Công dân học tập (% người lớn)')).toEqual([
      '≥ 70',
      0.667,
      1400,
      2100,
      'Chưa đạt',
      '70 người',
      1,
      0,
    ]);
    // Bình Minh has no officials figure: An Nông's 40/50 alone, one commune not computable.
    expect(totals('Công dân học tập (% CBCCVC trong đơn vị)').slice(1, 4)).toEqual([0.8, 40, 50]);
    expect(totals('Công dân học tập (% CBCCVC trong đơn vị)')[7]).toBe(1);
    // 100 + 200 = 300 of 700 + 900 = 1.600: 18,75 % rounds half up to 18,8 %.
    expect(totals('CDHT thành thạo kỹ năng số (%)').slice(1, 4)).toEqual([0.188, 300, 1600]);
  });

  it('names every commune on the list by its state', () => {
    const state = (name: string) => rowStarting(rows, 1, name)[2];
    expect(state('An Nông')).toBe('Đã đọc');
    expect(state('Bình Minh')).toBe('Đã đọc');
    expect(state('Châu Lộc')).toBe('Chưa tổng hợp năm nay');
    expect(state('Đông Sơn')).toBe('Còn lỗi dữ liệu');
    expect(state('Phường Giang Hà')).toBe('Mẫu cũ');
    expect(state('Xã Hà Trung')).toBe('Số liệu hỏng');
    expect(state('Xã Khánh Hòa')).toBe('Không tìm thấy');
    // An Nông's own family figure: 300/400, its village rows not added again.
    expect(rowStarting(rows, 1, 'An Nông')[3]).toBe(0.75);
    expect(rowStarting(rows, 1, 'Toàn tỉnh')[3]).toBe(0.833);
    const note = rowStarting(rows, 1, 'Xã Hà Trung').at(-1);
    expect(note).toMatch(/^Ô J2 \(cột "Tử số"\) không đọc được\./u);
  });

  it('prints the totals and what to ask of each commune not added up', () => {
    expect(run.stdout).toContain('Tổng hợp tỉnh Thanh Hóa, năm 2026: đã cộng số liệu của 2/7 xã.');
    expect(run.stdout).toContain(
      '  Gia đình học tập (% hộ): 83,3% (750/900) (chỉ tiêu ≥ 85%) chưa đạt, 1 xã chưa đạt',
    );
    expect(run.stdout).toContain('  Dòng 5: Đông Sơn: Còn lỗi dữ liệu. 4 lỗi dữ liệu. Đề nghị xã sửa');
  });

  it("writes the report to the province's People's Committee with the communes not read", async () => {
    const zip = await JSZip.loadAsync(await readFile(join(out.path, 'bao-cao-tinh-2026-thanh-hoa.docx')));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('Số: 15/BC-HKH');
    expect(xml).toContain('toàn tỉnh 750/900 (83,3%), chưa đạt chỉ tiêu 85% năm 2030, còn thiếu 15 hộ.');
    expect(xml).toContain('Xã Khánh Hòa');
  });

  it('states the minh chứng share of the two communes added up, each title by hand', () => {
    // Families 240 of 300 (An Nông) + 360 of 450 (Bình Minh) = 600/750, 80 %; clans 6 + 9 of 8 + 9 = 15/17, 88,2 %.
    const share = (label: string) => rowStarting(rows, 1, label).slice(2, 5);
    expect(share('Gia đình học tập')).toEqual([750, 600, 0.8]);
    expect(share('Dòng họ học tập')).toEqual([17, 15, 0.882]);
    // Units 5 + 2 of 5 + 4 = 7/9, 77,8 %; citizens 350 + 450 of 700 + 900 = 800/1.600, 50 %.
    expect(share('Đơn vị học tập')).toEqual([9, 7, 0.778]);
    expect(share('Công dân học tập')).toEqual([1600, 800, 0.5]);
    // Bình Minh's own shares, under the per-commune header: 360/450, 9/9, communities 1 of 2, 2/4, 450/900.
    const header = rows.findIndex((cells) => cells[2] === 'GĐHT có minh chứng (%)');
    expect(rowStarting(rows.slice(header), 1, 'Bình Minh').slice(2, 7)).toEqual([0.8, 1, 0.5, 0.5, 0.5]);
  });
});

describe('tong-hop-tinh on communes’ files without a master', () => {
  it('makes a master from the files given, which a second run reads to the same table', async () => {
    const dir = await tempDir();
    try {
      const files = [SAMPLE_FILES.an, SAMPLE_FILES.binh, SAMPLE_FILES.chau];
      for (const f of files) await copyFile(join(sample.path, f), join(dir.path, f));
      const first = await cli(['tong-hop-tinh', ...files, '--out', 'ket-qua'], dir.path);
      expect(first.code).toBe(0);
      const made = await readWorkbook(join(dir.path, 'ket-qua', 'tong-hop-tinh-2026.xlsx'));
      // Paths relative to the new master's folder, so the master works where it was written.
      expect(made['Danh sách xã']?.slice(1).map((r) => r[2])).toEqual(files.map((f) => `../${f}`));
      const rows = made[ROLLUP] ?? [];
      expect(rowStarting(rows, 1, 'Gia đình học tập (% hộ)').slice(2, 6)).toEqual([
        'Không có',
        0.833,
        750,
        900,
      ]);
      expect(rowStarting(rows, 1, 'Châu Lộc')[2]).toBe('Chưa tổng hợp năm nay');

      const second = await cli(
        ['tong-hop-tinh', 'ket-qua/tong-hop-tinh-2026.xlsx', '--out', 'lan-2'],
        dir.path,
      );
      expect(second.code).toBe(0);
      const again = await readWorkbook(join(dir.path, 'lan-2', 'tong-hop-tinh-2026-tong-hop.xlsx'));
      expect(again[ROLLUP]).toEqual(rows);
    } finally {
      await dir.remove();
    }
  });
});

describe('tong-hop-tinh refusals', () => {
  it('is a usage error without input, and a file error for a file that is not there', async () => {
    const none = await cli(['tong-hop-tinh'], ROOT);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Lệnh "tong-hop-tinh" cần một thư mục hoặc các tệp .xlsx');
    const missing = await cli(['tong-hop-tinh', 'khong-co.xlsx'], ROOT);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('Không tìm thấy tệp "khong-co.xlsx"');
  });

  it('stops on a master without the province, saying where', async () => {
    const dir = await tempDir();
    try {
      await writeMaster(join(dir.path, 'tinh.xlsx'), {
        communes: [{ name: 'An', source: 'an.xlsx' }],
        settings: { year: 2026 },
      });
      const run = await cli(['tong-hop-tinh', 'tinh.xlsx'], dir.path);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('Chưa nhập "Tỉnh/thành phố" ở trang "Cấu hình tỉnh".');
      expect(await readdir(dir.path)).toEqual(['tinh.xlsx']);
    } finally {
      await dir.remove();
    }
  });
});

describe('the committed sample province (sheets-templates/tinh-mau/)', () => {
  it('is what the generator writes, cell for cell', async () => {
    const committed = (await readdir(SAMPLE_DIR)).sort();
    expect(committed).toEqual((await readdir(sample.path)).sort());
    expect(committed).toContain(SAMPLE_MASTER);
    expect(committed).not.toContain(SAMPLE_FILES.khanh);
    for (const f of committed)
      expect(await readWorkbook(join(SAMPLE_DIR, f))).toEqual(await readWorkbook(join(sample.path, f)));
  });
});

describe('the synthetic province generator', () => {
  it('writes a master listing every commune and one file each but the missing ones, each in its state', async () => {
    const dir = await tempDir();
    try {
      // 21 communes: the 4th and the 21st (every 17th from the 4th) are left out, by turns not run and with errors.
      const { master, kinds } = await writeSyntheticProvince(dir.path, 21, 0);
      expect(kinds.filter((k) => k !== 'read')).toEqual(['notRunThisYear', 'hasErrors']);
      const run = await cli(['tong-hop-tinh', master, '--out', 'out'], dir.path);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('đã cộng số liệu của 19/21 xã.');
      expect(run.stdout).toContain(
        'Tình trạng các xã: Đã đọc 19, Chưa tổng hợp năm nay 1, Còn lỗi dữ liệu 1.',
      );
    } finally {
      await dir.remove();
    }
  });
});

describe('tong-hop-tinh minh chứng coverage', () => {
  it("reads each commune's 'Có minh chứng' and shows its share and the province's", async () => {
    const dir = await tempDir();
    try {
      // Family: An 30 linked of 40 recognised (75 %), Bình 10 of 10 (100 %), Cẩm's register has no column.
      // Province: (30 + 10)/(40 + 10) = 40/50 = 80 %; Cẩm is left out of it, one commune without data.
      const base = { province: 'Thanh Hóa', year: 2026 };
      await writeCommuneOutput(join(dir.path, 'an.xlsx'), {
        ...base,
        commune: 'An',
        code: '16001',
        figures: { family: [40, 50] },
        evidence: { family: 30 },
      });
      await writeCommuneOutput(join(dir.path, 'binh.xlsx'), {
        ...base,
        commune: 'Bình',
        code: '16002',
        figures: { family: [10, 12] },
        evidence: { family: 10 },
      });
      await writeCommuneOutput(join(dir.path, 'cam.xlsx'), {
        ...base,
        commune: 'Cẩm',
        code: '16003',
        figures: { family: [20, 25] },
      });
      const run = await cli(['tong-hop-tinh', 'an.xlsx', 'binh.xlsx', 'cam.xlsx', '--out', 'out'], dir.path);
      expect(run.code).toBe(0);
      const rows = (await readWorkbook(join(dir.path, 'out', 'tong-hop-tinh-2026.xlsx')))[ROLLUP] ?? [];
      const last = (name: string) => rows.filter((r) => r[1] === name).at(-1) ?? [];
      expect(last('An')[2]).toBe(0.75);
      expect(last('Bình')[2]).toBe(1);
      expect(last('Cẩm')[2]).toBe('Không có số liệu');
      expect(last('Toàn tỉnh')[2]).toBe(0.8);
      expect(rowStarting(rows, 1, 'Gia đình học tập').slice(2, 6)).toEqual([50, 40, 0.8, 1]);
      const docx = (await readdir(join(dir.path, 'out'))).find((f) => f.endsWith('.docx')) ?? '';
      const zip = await JSZip.loadAsync(await readFile(join(dir.path, 'out', docx)));
      const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
      expect(xml).toContain('40/50 Gia đình học tập (80%)');
      expect(xml).toContain('không có số liệu minh chứng: Gia đình học tập ở 1 xã.');
    } finally {
      await dir.remove();
    }
  });
});

describe('tong-hop-tinh on files that are there but cannot be read', () => {
  const base = { province: 'Thanh Hóa', year: 2026 };
  /** An's family 30/40: the one commune readable in each folder, so the province figure is 30/40 = 75 %. */
  const writeAn = (path: string) =>
    writeCommuneOutput(path, { ...base, commune: 'An', code: '16001', figures: { family: [30, 40] } });
  const docxText = async (dir: string) => {
    const docx = (await readdir(dir)).find((f) => f.endsWith('.docx')) ?? '';
    const zip = await JSZip.loadAsync(await readFile(join(dir, docx)));
    return (await zip.file('word/document.xml')?.async('string')) ?? '';
  };

  describe('a master listing one readable commune, one missing path and five unreadable files', () => {
    let dir: Awaited<ReturnType<typeof tempDir>>;
    let run: Awaited<ReturnType<typeof cli>>;
    let rows: SheetValues;
    beforeAll(async () => {
      dir = await tempDir();
      const xa = join(dir.path, 'xa');
      await mkdir(xa);
      await writeAn(join(xa, 'an.xlsx'));
      // xa/binh.xlsx is not written: a path that does not exist.
      // A zip signature and then nothing a zip reader can use.
      await writeFile(
        join(xa, 'cam.xlsx'),
        Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)]),
      );
      // A folder where the list names a file.
      await mkdir(join(xa, 'dung.xlsx'));
      // A real workbook cut in half, as a download that stopped.
      const whole = await readFile(join(xa, 'an.xlsx'));
      await writeFile(join(xa, 'dao.xlsx'), whole.subarray(0, Math.floor(whole.length / 2)));
      // Excel's password-protected workbook: an OLE container with an "EncryptionInfo" stream.
      await writeFile(
        join(xa, 'giang.xlsx'),
        Buffer.concat([
          Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
          Buffer.alloc(504),
          Buffer.from('EncryptionInfo', 'utf16le'),
        ]),
      );
      // A named pipe: never opened (reading it would wait for a writer for ever).
      execFileSync('mkfifo', [join(xa, 'ha.xlsx')]);
      await writeMaster(join(dir.path, 'tinh.xlsx'), {
        communes: [
          { name: 'An', source: 'xa/an.xlsx' },
          { name: 'Bình', source: 'xa/binh.xlsx' },
          { name: 'Cẩm', source: 'xa/cam.xlsx' },
          { name: 'Dũng', source: 'xa/dung.xlsx' },
          { name: 'Đào', source: 'xa/dao.xlsx' },
          { name: 'Giang', source: 'xa/giang.xlsx' },
          { name: 'Hà', source: 'xa/ha.xlsx' },
        ],
        settings: base,
      });
      run = await cli(['tong-hop-tinh', 'tinh.xlsx', '--out', 'out'], dir.path);
      rows = (await readWorkbook(join(dir.path, 'out', 'tinh-tong-hop.xlsx')))[ROLLUP] ?? [];
    });
    afterAll(() => dir.remove());

    it('says "not found" only for the missing path, and names each unreadable file as the list gives it', () => {
      expect(run.code).toBe(0);
      const state = (name: string) => rowStarting(rows, 1, name)[2];
      const note = (name: string) => rowStarting(rows, 1, name).at(-1);
      expect(state('An')).toBe('Đã đọc');
      expect(state('Bình')).toBe('Không tìm thấy');
      for (const name of ['Cẩm', 'Dũng', 'Đào', 'Giang', 'Hà'])
        expect(state(name)).toBe('Có tệp nhưng không đọc được');
      expect(note('Bình')).toMatch(/^Kiểm tra lại đường liên kết hoặc đường dẫn tệp/u);
      expect(note('Cẩm')).toBe(
        'Không mở được tệp "xa/cam.xlsx": tệp bị hỏng hoặc chưa tải về hết. Thử mở bằng Excel và lưu lại thành .xlsx, hoặc lấy lại bản gốc. Nếu không sửa được, đề nghị xã gửi lại tệp.',
      );
      expect(note('Dũng')).toMatch(/^"xa\/dung\.xlsx" là một thư mục, không phải tệp \.xlsx\./u);
      expect(note('Đào')).toMatch(/^Không mở được tệp "xa\/dao\.xlsx": tệp bị hỏng hoặc chưa tải về hết\./u);
      expect(note('Giang')).toMatch(/^Tệp "xa\/giang\.xlsx" đang đặt mật khẩu\./u);
      expect(note('Hà')).toMatch(/^"xa\/ha\.xlsx" không phải là tệp \(thiết bị hoặc ống dẫn\)\./u);
    });

    it('counts the unreadable apart from the missing, and adds up the readable commune alone', () => {
      const states = rows.slice(rows.findIndex((cells) => cells[0] === 'IV. SỐ XÃ THEO TÌNH TRẠNG'));
      const count = (state: string) => rowStarting(states, 1, state)[2];
      expect(count('Đã đọc')).toBe(1);
      expect(count('Không tìm thấy')).toBe(1);
      expect(count('Có tệp nhưng không đọc được')).toBe(5);
      // An's 30/40 = 75 % alone.
      expect(rowStarting(rows, 1, 'Gia đình học tập (% hộ)').slice(3, 6)).toEqual([0.75, 30, 40]);
      expect(rowStarting(rows, 1, 'Toàn tỉnh')[3]).toBe(0.75);
    });

    it('prints each state apart and the file to open', () => {
      expect(run.stdout).toContain('đã cộng số liệu của 1/7 xã.');
      expect(run.stdout).toContain(
        'Tình trạng các xã: Đã đọc 1, Không tìm thấy 1, Có tệp nhưng không đọc được 5.',
      );
      expect(run.stdout).toContain(
        '  Dòng 4: Cẩm: Có tệp nhưng không đọc được. Không mở được tệp "xa/cam.xlsx"',
      );
      expect(run.stdout).toContain('  Dòng 3: Bình: Không tìm thấy. Kiểm tra lại');
      expect(run.stdout).toContain('  Gia đình học tập (% hộ): 75% (30/40)');
    });

    it('lists them in the report to the province with their own state', async () => {
      const xml = await docxText(join(dir.path, 'out'));
      expect(xml).toContain('đã cộng số liệu của 1 đơn vị; 6 đơn vị chưa cộng được số liệu');
      expect(xml.split('Có tệp nhưng không đọc được').length - 1).toBe(5);
      expect(xml).toContain('Không tìm thấy');
      expect(xml).toContain('Tệp &quot;xa/giang.xlsx&quot; đang đặt mật khẩu');
    });
  });

  it('names an unreadable file in a folder given without a master by its path from the working folder', async () => {
    const dir = await tempDir();
    try {
      await mkdir(join(dir.path, 'xa'));
      await writeAn(join(dir.path, 'xa', 'an.xlsx'));
      await writeFile(join(dir.path, 'xa', 'cam.xlsx'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
      const run = await cli(['tong-hop-tinh', 'xa', '--out', 'out'], dir.path);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Tình trạng các xã: Đã đọc 1, Có tệp nhưng không đọc được 1.');
      expect(run.stdout).toContain('Không mở được tệp "xa/cam.xlsx"');
      const made = await readWorkbook(join(dir.path, 'out', 'tong-hop-tinh-2026.xlsx'));
      // The new master's list stays relative to its own folder.
      expect(made['Danh sách xã']?.slice(1).map((r) => r[2])).toEqual(['../xa/an.xlsx', '../xa/cam.xlsx']);
      expect(rowStarting(made[ROLLUP] ?? [], 1, 'Gia đình học tập (% hộ)').slice(3, 6)).toEqual([
        0.75, 30, 40,
      ]);
    } finally {
      await dir.remove();
    }
  });

  // As root, chmod 000 does not stop reading: the corrupt, truncated and folder cases above stand in for it.
  (process.getuid?.() === 0 ? it.skip : it)(
    'a file without read permission is there but unreadable',
    async () => {
      const dir = await tempDir();
      try {
        await writeAn(join(dir.path, 'an.xlsx'));
        await writeCommuneOutput(join(dir.path, 'khanh.xlsx'), {
          ...base,
          commune: 'Khánh',
          code: '16002',
          figures: { family: [50, 100] },
        });
        await chmod(join(dir.path, 'khanh.xlsx'), 0o000);
        await writeMaster(join(dir.path, 'tinh.xlsx'), {
          communes: [
            { name: 'An', source: 'an.xlsx' },
            { name: 'Khánh', source: 'khanh.xlsx' },
          ],
          settings: base,
        });
        const run = await cli(['tong-hop-tinh', 'tinh.xlsx', '--out', 'out'], dir.path);
        expect(run.code).toBe(0);
        const rows = (await readWorkbook(join(dir.path, 'out', 'tinh-tong-hop.xlsx')))[ROLLUP] ?? [];
        expect(rowStarting(rows, 1, 'Khánh')[2]).toBe('Có tệp nhưng không đọc được');
        expect(rowStarting(rows, 1, 'Khánh').at(-1)).toMatch(/^Không có quyền đọc tệp "khanh\.xlsx"\./u);
        // Khánh's 50/100 is not in the sum: An's 30/40 alone.
        expect(rowStarting(rows, 1, 'Gia đình học tập (% hộ)').slice(3, 6)).toEqual([0.75, 30, 40]);
      } finally {
        await chmod(join(dir.path, 'khanh.xlsx'), 0o600).catch(() => undefined);
        await dir.remove();
      }
    },
  );
});
