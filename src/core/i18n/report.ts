// Vietnamese texts of the reports, decisions and annex lists, shared by the Google Docs and .docx shells.
import { titleCodes, type TitleCode } from '../layout/schema';
import type { CitizenGroup } from '../registers/schema';
import { citizenGroupCodes, citizenGroupTerms, titleTerms, verdictTerms } from './terms';

const byTitle = <T>(f: (code: TitleCode) => T) =>
  Object.fromEntries(titleCodes.map((c) => [c, f(c)])) as Record<TitleCode, T>;

/** The header's fixed words: "Số: 05/BC-HKH", a blank date "ngày … tháng … năm 2026", the committee's name. */
export const HEADER = {
  number: (number: string, code: string) => `Số: ${number}/${code}`,
  numberPrefix: 'Số: ',
  blankDate: (gap: string, year: number) => `ngày${gap}tháng${gap}năm ${year}`,
  committee: 'ỦY BAN NHÂN DÂN',
} as const;

export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
export const RECIPIENTS_LABEL = 'Nơi nhận:';
export const ARCHIVE = 'Lưu: VT';

/** Document type codes after the number: "Số: 05/BC-HKH". */
export const TYPE_CODES = { report: 'BC-HKH', decision: 'QĐ-UBND', list: 'DS-HKH' } as const;

export const DOC_TYPES = { report: 'BÁO CÁO', decision: 'QUYẾT ĐỊNH', list: 'DANH SÁCH' } as const;

/** How the recognised are counted in sentences: "3.412 hộ", "12 dòng họ". */
export const TITLE_UNITS = byTitle((t) => titleTerms[t].unit);

/** Who is recognised, as named in a decision's article: "3.412 hộ gia đình". */
export const TITLE_SUBJECTS = byTitle((t) => titleTerms[t].subject);

export const CITIZEN_GROUPS = Object.fromEntries(
  citizenGroupCodes.map((g) => [g, citizenGroupTerms[g].label]),
) as Record<CitizenGroup, string>;

export const VERDICT = { ...verdictTerms, none: '' } as const;

/** "A", "B" và "C" */
const joinQuoted = (names: readonly string[]): string => {
  const q = names.map((n) => `"${n}"`);
  return q.length <= 1 ? (q[0] ?? '') : `${q.slice(0, -1).join(', ')} và ${q.at(-1) ?? ''}`;
};

/** "Gia đình học tập", "Dòng họ học tập", … và "Công dân học tập" */
const quotedTitles = (): string => {
  const names = titleCodes.map((c) => `"${titleTerms[c].name}"`);
  return `${names.slice(0, -1).join(', ')} và ${names.at(-1) ?? ''}`;
};

/**
 * The documents' legal basis as cited: "Kế hoạch số 45/KH-UBND ngày 15/01/2026 của UBND xã Hòa An về …". The kind
 * of a cited document comes from its code (Nghị định 30/2020, Phụ lục III); a code with no kind is a công văn.
 */
export const BASIS = {
  kinds: {
    KH: 'Kế hoạch',
    HD: 'Hướng dẫn',
    QĐ: 'Quyết định',
    CT: 'Chỉ thị',
    NQ: 'Nghị quyết',
    TB: 'Thông báo',
    CTR: 'Chương trình',
    ĐA: 'Đề án',
    PA: 'Phương án',
    BC: 'Báo cáo',
    KL: 'Kết luận',
  } as Readonly<Record<string, string>>,
  officialLetter: 'Công văn',
  plan: { kind: 'Kế hoạch', blankNumber: '…/KH-UBND' },
  guidance: { kind: 'Hướng dẫn', blankNumber: '…/HD-…' },
  /** Where the officer writes by hand: the document's number, date or issuer. */
  blank: '…',
  number: ' số ',
  date: ' ngày ',
  issuer: ' của ',
  about: ' về ',
  /** "V/v", "Về việc" at the start of a trích yếu, already said by " về ". */
  aboutPrefix: /^(?:v\/v|về việc|về)\s+/iu,
  aboutFull: 'việc ',
  /** The province's criteria for a title scored with the sample set: a decision still to come, cited as gaps. */
  criteria: { kind: 'Quyết định', blankNumber: '…' },
  criteriaSubject: (title: string) => ` ban hành Bộ tiêu chí đánh giá, công nhận danh hiệu "${title}"`,
} as const;

export const REPORT = {
  subject: (year: number) => `Kết quả xây dựng các mô hình học tập năm ${year}`,
  subjectPlace: (place: string) => `trên địa bàn ${place}`,
  name: (year: number, place: string) => `Báo cáo kết quả các mô hình học tập năm ${year} - ${place}`,
  introBasis: 'Thực hiện ',
  introJoin: '; ',
  intro: (body: string, year: number) =>
    `, ${body} báo cáo kết quả đánh giá, công nhận các danh hiệu ${quotedTitles()} năm ${year} như sau:`,
  /** After a title's name in its sentence when its points were checked against a sample set. */
  onSample: ' (tạm tính theo bộ tiêu chí mẫu)',
  sampleCriteria: (titles: readonly string[]) =>
    `${titles.length === 1 ? 'Danh hiệu' : 'Các danh hiệu'} ${joinQuoted(titles)} được chấm theo bộ tiêu chí mẫu, chưa phải bộ tiêu chí do tỉnh ban hành: kết quả ${titles.length === 1 ? 'danh hiệu này' : 'các danh hiệu này'} là tạm tính và quyết định công nhận còn là dự thảo cho đến khi có bộ tiêu chí của tỉnh.`,
  partResults: 'I. KẾT QUẢ THỰC HIỆN',
  byTitle: '1. Kết quả theo từng danh hiệu',
  byVillage: '2. Kết quả từng thôn',
  missing: (year: number | null) => `3. Các thôn chưa đạt chỉ tiêu${year ? ` năm ${year}` : ''}`,
  citizenGroups: '4. Công dân học tập theo nhóm đối tượng',
  chart: '5. Biểu đồ tỷ lệ Gia đình học tập theo thôn',
  partData: 'II. CHẤT LƯỢNG DỮ LIỆU',
  partTasks: 'III. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI',
  tasksPlaceholder:
    '[Phần này do cán bộ tự viết: đánh giá chung, nguyên nhân các thôn chưa đạt chỉ tiêu, nhiệm vụ và giải pháp thời gian tới, kiến nghị, đề xuất. Xóa dòng này sau khi viết.]',
  closing: (year: number, place: string) =>
    `Trên đây là báo cáo kết quả xây dựng các mô hình học tập năm ${year} trên địa bàn ${place}./.`,
  everyVillageNote: '(*) Chỉ tiêu phải đạt ở từng thôn; đánh giá "Đạt" khi mọi thôn đều đạt.',
  /** Under the table by village, when a clan spans villages: the column does not add up to the commune's row. */
  clanSpanNote: (villages: string, commune: string, communeWord: string) =>
    `Ghi chú: ở cột "Dòng họ", dòng họ có thành viên ở nhiều thôn được tính ở mỗi thôn đó, nên cộng các thôn được ${villages}; dòng "Toàn ${communeWord}" (${commune}) tính mỗi dòng họ một lần.`,
  noFigure: (percent: number, year: number) =>
    `chưa có số liệu để so sánh với chỉ tiêu ${percent}% năm ${year}`,
  noTargets: 'Không có chỉ tiêu cho năm được chọn; các tỷ lệ dưới đây chưa được so sánh với chỉ tiêu.',
  allVillagesMet: (year: number) =>
    `Tất cả các thôn đều đạt các chỉ tiêu tính theo từng thôn của năm ${year}.`,
  noVillageTargets: 'Bộ chỉ tiêu đang chọn không có chỉ tiêu tính theo từng thôn.',
  /** What was checked, said to the province: the lists and their sizes, then what every row went through. */
  dataChecked: (lists: string) =>
    `Số liệu trong báo cáo được tổng hợp tự động từ danh sách ${lists} do các thôn, đơn vị lập. Từng dòng đã được kiểm tra: thông tin bắt buộc, định dạng, trùng lặp, thôn và đơn vị có trong danh sách của xã, điểm và kết quả theo bộ tiêu chí, số liệu của thôn so với số hộ, số dân.`,
  dataList: (count: string, what: string) => `${count} ${what}`,
  dataClean: 'Kết quả kiểm tra: không còn lỗi và không còn cảnh báo.',
  dataSummary: (errors: string, warnings: string) =>
    `Kết quả kiểm tra: còn ${errors} lỗi và ${warnings} cảnh báo, theo loại như sau:`,
  dataBlocking:
    'Do dữ liệu còn lỗi, các số liệu trong báo cáo này chưa phải số liệu chính thức; Hội Khuyến học xã đề nghị các thôn, đơn vị sửa và sẽ báo cáo lại số liệu đã sửa.',
  dataWarningsOnly:
    'Các cảnh báo không làm thay đổi số liệu trong báo cáo; các thôn, đơn vị được đề nghị kiểm tra lại những dòng có cảnh báo.',
  /** `covered`: "120/150 Gia đình học tập (80%)" per register with a "Minh chứng" column and recognised entries. */
  dataEvidence: (covered: readonly string[], noColumn: readonly string[]) =>
    (covered.length > 0
      ? `Về minh chứng số, trong các danh hiệu được công nhận, ${covered.join(', ')} có đường dẫn minh chứng`
      : 'Chưa tính được tỷ lệ danh hiệu được công nhận có đường dẫn minh chứng') +
    (noColumn.length > 0
      ? ` (trang ${noColumn.map((x) => `"${x}"`).join(', ')} chưa có cột "Minh chứng")`
      : '') +
    '.',
  chartAlt: (year: number) => `Biểu đồ tỷ lệ hộ đạt Gia đình học tập theo thôn năm ${year}`,
} as const;

/** The report's sentences made from the figures; every number arrives already formatted. */
export const REPORT_SENTENCES = {
  /** "Gia đình học tập: toàn xã có 3.412/3.890 hộ (87,7%) được công nhận (3.600 hộ đăng ký)" */
  title: (
    name: string,
    kind: string,
    recognised: string,
    total: string,
    unit: string,
    percent: string,
    registered: string,
  ) =>
    `${name}: toàn ${kind.toLowerCase()} có ${recognised}/${total} ${unit} (${percent}) được công nhận (${registered} ${unit} đăng ký)`,
  citizen: (recognised: string, registered: string) =>
    `${titleTerms.citizen.name}: có ${recognised} người được công nhận (${registered} người đăng ký)`,
  figure: (label: string, numerator: string, denominator: string, percent: string) =>
    `${label}: ${numerator}/${denominator} (${percent})`,
  /** "trên 40% năm 2026", "90% năm 2028" */
  level: (strict: boolean, percent: string, year: number) => `${strict ? 'trên ' : ''}${percent} năm ${year}`,
  amount: (n: string, unit: string) => `${n} ${unit}`.trim(),
  notCompared: (level: string) => `, chưa so sánh được với chỉ tiêu ${level} do thiếu số liệu`,
  metEveryVillage: (level: string) => `, đạt chỉ tiêu ${level} ở tất cả các thôn`,
  villagesMissing: (missing: string, villages: string) => `: ${missing}/${villages} thôn chưa đạt`,
  missedEveryVillage: (level: string, where: string, amount: string) =>
    `, chưa đạt chỉ tiêu ${level} ở từng thôn${where}, còn thiếu ${amount}`,
  met: (level: string) => `, đạt chỉ tiêu ${level}`,
  missed: (level: string, amount: string) => `, chưa đạt chỉ tiêu ${level}, còn thiếu ${amount}`,
  missingIntro: (missing: string, villages: string) =>
    `Có ${missing}/${villages} thôn chưa đạt ít nhất một chỉ tiêu tính theo từng thôn; số còn thiếu để đạt chỉ tiêu như sau:`,
  officials: (numerator: string, denominator: string, percent: string) =>
    `${numerator}/${denominator} cán bộ, công chức, viên chức, người lao động trong các đơn vị (${percent}) đạt danh hiệu`,
  digital: (basic: string, proficient: string) =>
    `${basic} công dân học tập có kỹ năng số, ${proficient} thành thạo kỹ năng số`,
  /** The base of the digital figures when some citizens' skills are not recorded. */
  digitalBase: (recorded: string, all: string) => ` (tính trên ${recorded}/${all} người đã ghi kỹ năng số)`,
  /** A title whose register has no registration, points or result column. */
  titleNotComputable: (name: string) =>
    `${name}: chưa tính được (danh sách chưa có cột đăng ký, điểm hay kết quả)`,
  amongCitizens: (parts: string[]) => `Trong số công dân học tập: ${parts.join('; ')}.`,
  /** The commune's association, the report's author: "Hội Khuyến học xã Hòa An". */
  association: (place: string) => `Hội Khuyến học ${place}`,
  /** The recipient of a decision when the configuration names no parent association. */
  provinceAssociation: 'Hội Khuyến học tỉnh',
} as const;

export const REPORT_TABLES = {
  byTitle: (year: number | null) => [
    [
      { text: 'TT', rowSpan: 2 },
      { text: 'Danh hiệu', rowSpan: 2 },
      { text: 'Tổng số', rowSpan: 2 },
      { text: 'Kết quả', colSpan: 3 },
      { text: year ? `So với chỉ tiêu năm ${year}` : 'So với chỉ tiêu', colSpan: 3 },
    ],
    [
      { text: 'Đăng ký' },
      { text: 'Công nhận' },
      { text: 'Tỷ lệ (%)' },
      { text: 'Chỉ tiêu (%)' },
      { text: 'Đánh giá' },
      { text: 'Còn thiếu' },
    ],
  ],
  byVillage: [
    [
      { text: 'TT', rowSpan: 2 },
      { text: 'Thôn', rowSpan: 2 },
      { text: 'Gia đình học tập', colSpan: 3 },
      { text: 'Dòng họ học tập', colSpan: 2 },
      { text: 'CĐHT', rowSpan: 2 },
      { text: 'CDHT người lớn', colSpan: 2 },
    ],
    [
      { text: 'Tổng số hộ' },
      { text: 'Hộ đạt' },
      { text: 'Tỷ lệ (%)' },
      { text: 'Đạt/Tổng' },
      { text: 'Tỷ lệ (%)' },
      { text: 'Đạt' },
      { text: 'Tỷ lệ (%)' },
    ],
  ],
  missing: [
    [
      { text: 'TT' },
      { text: 'Thôn' },
      { text: 'Chỉ tiêu chưa đạt' },
      { text: 'Thực hiện' },
      { text: 'Chỉ tiêu' },
      { text: 'Còn thiếu' },
    ],
  ],
  groups: [[{ text: 'TT' }, { text: 'Nhóm đối tượng' }, { text: 'Đăng ký' }, { text: 'Công nhận' }]],
  data: [[{ text: 'TT' }, { text: 'Loại vấn đề' }, { text: 'Lỗi' }, { text: 'Cảnh báo' }]],
  communeRow: (kind: string) => `Toàn ${kind.toLowerCase()}`,
  sum: 'Cộng',
  communityYes: 'Đạt',
  communityNo: 'Chưa đạt',
  communityUnregistered: 'Không ĐK',
} as const;

/** The kinds of problems the data-quality table counts, in the order shown (issues/kinds.ts sorts codes in). */
export const ISSUE_KINDS = {
  structure: 'Thiếu trang, thiếu cột hoặc cột không nhận ra',
  format: 'Thông tin bắt buộc bỏ trống hoặc ghi sai định dạng',
  duplicate: 'Dòng trùng lặp',
  place: 'Thôn, đơn vị không có trong danh sách của xã',
  scoring: 'Điểm, kết quả đánh giá không khớp',
  consistency: 'Số liệu vượt số hộ, số dân hoặc không khớp giữa các danh sách',
  sampleCriteria: 'Chấm theo bộ tiêu chí mẫu, chưa có bộ tiêu chí của tỉnh',
  settings: 'Thông tin chung, chỉ tiêu, bộ tiêu chí của xã',
} as const;

/** How the lists are counted in the data-quality part: "12 thôn", "4.000 hộ gia đình". */
export const DATA_LISTS = {
  villages: 'thôn',
  families: 'hộ gia đình',
  clans: 'dòng họ',
  units: 'cơ quan, đơn vị',
  citizens: 'công dân',
} as const;

export const DECISION = {
  name: (titles: string, year: number, place: string) =>
    `Quyết định công nhận ${titles} năm ${year} - ${place}`,
  subject: (titles: string, year: number) => `Về việc công nhận ${titles} năm ${year}`,
  titleQuoted: (name: string) => `danh hiệu "${name}"`,
  titlesJoined: 'các danh hiệu học tập',
  authority: (place: string) => `CHỦ TỊCH ỦY BAN NHÂN DÂN ${place}`,
  groundLaw: 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
  groundProgramme:
    'Căn cứ Quyết định số 387/QĐ-TTg ngày 25/3/2022 của Thủ tướng Chính phủ phê duyệt Chương trình "Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị giai đoạn 2021-2030";',
  groundCitizen:
    'Căn cứ Quyết định số 677/QĐ-TTg ngày 03/6/2022 của Thủ tướng Chính phủ phê duyệt Đề án "Đẩy mạnh xây dựng mô hình Công dân học tập giai đoạn 2021-2030";',
  groundCriteria: (setName: string, decision: string | undefined, issuer: string) =>
    `Căn cứ ${decision ? `${decision} của ${issuer} ban hành ` : ''}${setName};`,
  groundBasis: 'Căn cứ ',
  groundEnd: ';',
  /** Above the header of a decision for a title scored with the sample criteria. */
  draftMark: 'DỰ THẢO',
  groundProposal: (body: string) => `Theo đề nghị của ${body}.`,
  decides: 'QUYẾT ĐỊNH:',
  article1One: (count: string, subject: string, title: string, year: number) =>
    [
      `Điều 1. `,
      `Công nhận ${count} ${subject} đạt danh hiệu "${title}" năm ${year} (có danh sách kèm theo).`,
    ] as const,
  article1Many: (year: number) =>
    [`Điều 1. `, `Công nhận các tập thể, cá nhân đạt danh hiệu học tập năm ${year}, cụ thể:`] as const,
  article1Item: (i: number, count: string, subject: string, title: string, annex: string) =>
    `${i}. ${count} ${subject} đạt danh hiệu "${title}" (Phụ lục ${annex} kèm theo).`,
  article2: ['Điều 2. ', 'Quyết định này có hiệu lực kể từ ngày ký.'] as const,
  article3: (kind: string, body: string, who: string) =>
    [
      'Điều 3. ',
      `Văn phòng HĐND và UBND ${kind.toLowerCase()}, ${body}, Trưởng các thôn, tổ dân phố và ${who} có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`,
    ] as const,
  who: (subjects: string[]) => (subjects.length === 1 ? `các ${subjects[0]}` : 'các tập thể, cá nhân'),
  recipients: (provinceBody: string, kind: string) => [
    'Như Điều 3',
    `${provinceBody} (b/c)`,
    `Đảng ủy, HĐND ${kind.toLowerCase()} (b/c)`,
    'Lưu: VT, HKH',
  ],
  empty: (title: string, year: number) =>
    `Năm ${year} không có ${title} nào được công nhận nên không lập quyết định.`,
} as const;

export const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'] as const;

export const ANNEX = {
  listTitle: (subject: string, title: string, year: number) =>
    `${capitalise(subject)} đạt danh hiệu "${title}" năm ${year}`,
  annexLabel: (annex: string) => `Phụ lục ${annex}`,
  // Non-breaking spaces keep "Chủ tịch" and the signing authority on one line ("Chủ / tịch" read badly).
  attached: (number: string, date: string, place: string) =>
    `(Kèm theo Quyết định số ${number} ${date} của Chủ\u00a0tịch UBND\u00a0${place.replace(/ /gu, '\u00a0')})`,
  listsName: (year: number, place: string) => `Danh sách công nhận danh hiệu học tập năm ${year} - ${place}`,
  listsSubject: (year: number) => `Các tập thể, cá nhân được công nhận danh hiệu học tập năm ${year}`,
  /** byUnit: some people belong to no village and are listed under their workplace (annex.ts, citizenAnnex). */
  listsNote: (byUnit: boolean) =>
    byUnit
      ? 'Danh sách được sắp theo thôn để thông báo tại hội nghị thôn; người không thuộc thôn được sắp theo cơ quan, đơn vị công tác.'
      : 'Danh sách được sắp theo thôn để thông báo tại hội nghị thôn.',
  group: (village: string, count: string, unit: string) => `${village}: ${count} ${unit}`,
  noVillage: 'Không thuộc thôn',
  /** In "Tổng điểm" for a result decided at a meeting without points. */
  byVote: 'Bình xét',
  columns: {
    order: 'TT',
    head: 'Họ tên chủ hộ',
    village: 'Thôn',
    members: 'Số nhân khẩu',
    total: 'Tổng điểm',
    band: 'Xếp loại',
    clan: 'Tên dòng họ',
    leader: 'Trưởng họ',
    households: 'Số hộ',
    villageName: 'Tên thôn',
    unit: 'Tên cơ quan, đơn vị',
    unitKind: 'Loại hình',
    staff: 'Số CBCCVC, NLĐ',
    name: 'Họ và tên',
    birthYear: 'Năm sinh',
    group: 'Đối tượng',
    workplace: 'Thôn / Đơn vị công tác',
    remark: 'Ghi chú',
    villageHouseholds: 'Tổng số hộ',
    citizenUnit: 'Đơn vị công tác',
    digital: 'Kỹ năng số',
  },
} as const;

export const CHART = {
  title: (year: number) => `Tỷ lệ hộ đạt Gia đình học tập theo thôn năm ${year}`,
  axis: 'Tỷ lệ (%)',
  target: (percent: string, year: number | null) => `Chỉ tiêu ${percent}${year ? ` năm ${year}` : ''}`,
  series: 'Tỷ lệ đạt (%)',
  targetSeries: 'Chỉ tiêu (%)',
  legendMet: 'Đạt chỉ tiêu',
  legendMissed: 'Chưa đạt chỉ tiêu',
  /** The first column of the Google chart's data table. */
  labelColumn: 'Thôn',
} as const;

/** Why no documents were written; the shells show these instead of a stack trace. */
export const REPORT_ERRORS = {
  noConfig:
    'Chưa tạo được báo cáo: trang "Cấu hình" chưa đủ thông tin (xem trang "Lỗi dữ liệu"), hãy sửa rồi chạy lại.',
  blocked: (errors: string) =>
    `Chưa tạo được báo cáo: dữ liệu còn ${errors} lỗi (xem trang "Lỗi dữ liệu"). Hãy sửa các lỗi rồi chạy lại, hoặc tạo bản nháp nếu cần xem trước.`,
} as const;

/** Google Docs cannot get a page-number field from Apps Script: the officer adds it once (Chèn → Số trang). */
export const DOCS_PAGE_NUMBER_HINT =
  'Google Docs không cho phép chương trình chèn số trang: hãy chọn Chèn → Số trang → kiểu "đầu trang, không hiện ở trang đầu", rồi căn giữa.';

export function capitalise(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toUpperCase() + text.slice(1);
}
