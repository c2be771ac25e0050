// "Tạo báo cáo" and "Gửi Hội Khuyến học tỉnh" from the bundle: Google Docs created, links shown, sharing confirmed and logged.
import { layout } from '../../src/core/layout';
import { sample, sampleWithMistakes, userState } from './fixtures';
import { ExecutionTimeout, totalMs } from './sandbox/clock';
import { COST } from './sandbox/cost-model';
import { createSandbox, type Sandbox } from './sandbox/sandbox';

const EMAILS = 'hkh.tinh@example.org; van.phong@example.org';

const withEmails = (sb: Sandbox, emails: string): void => {
  const config = sb.ss.sheet(layout.config.sheet);
  const row = config.dump().findIndex((r) => r[0] === 'Email gửi báo cáo') + 1;
  config.write(row, 2, `'${emails}`);
};

describe('Tạo báo cáo', () => {
  test('creates the report documents in Google Docs, shows their links and remembers them', () => {
    const sb = createSandbox({ snapshot: sample() });
    const before = userState(sb.ss);
    sb.call('menuTaoBaoCao');
    const docs = [...sb.documents.docs.values()];
    expect(docs.length).toBeGreaterThanOrEqual(2);
    expect(docs[0]?.name).toMatch(/^Báo cáo/u);
    expect(docs[0]?.body.text()).toContain('HÒA AN');
    const alert = sb.ui.alerts.at(-1);
    expect(alert?.title).toBe('Đã tạo báo cáo');
    for (const d of docs) expect(alert?.prompt).toContain(`https://docs.google.com/document/d/${d.id}/edit`);
    expect(alert?.prompt).toContain('Chèn → Số trang');
    const saved = JSON.parse(sb.properties.document.getProperty('kh.reports') ?? '[]') as { id: string }[];
    expect(saved.map((d) => d.id)).toEqual(docs.map((d) => d.id));
    expect(userState(sb.ss)).toEqual(before);
  });

  test('a run stopped by the time limit leaves "Gửi" the previous complete set, and the next run finishes it without orphans', () => {
    const sb = createSandbox({ snapshot: sample() });
    withEmails(sb, EMAILS);
    sb.call('menuTaoBaoCao');
    const saved = () =>
      (JSON.parse(sb.properties.document.getProperty('kh.reports') ?? '[]') as { id: string }[]).map(
        (d) => d.id,
      );
    const first = saved();
    // The second run dies part-way through its documents (well before the final alert's wait).
    sb.clock.nextBudgetMs = Math.round((totalMs(sb.last()) - COST.alertMs) * 0.7);
    expect(() => sb.call('menuTaoBaoCao')).toThrow(ExecutionTimeout);
    expect(saved()).toEqual(first);
    const partial = [...sb.documents.docs.keys()].filter((id) => !first.includes(id));
    expect(partial.length).toBeGreaterThan(0);
    sb.ui.answers = ['YES'];
    sb.call('menuGuiTinh');
    for (const id of first) expect(sb.documents.docs.get(id)?.viewers).toHaveLength(2);
    for (const id of partial) expect(sb.documents.docs.get(id)?.viewers).toEqual([]);
    // Run again: the documents the stopped run made are reused, none is left outside a set.
    sb.call('menuTaoBaoCao');
    const second = saved();
    expect(second).toHaveLength(first.length);
    expect(second.filter((id) => partial.includes(id))).toEqual(partial);
    expect([...sb.documents.docs.keys()].sort()).toEqual([...first, ...second].sort());
  });

  test('the documents cite the configured plan, highlight the gaps of a cleared one, and mark sample-criteria decisions DỰ THẢO', () => {
    const sb = createSandbox({ snapshot: sample() });
    const config = sb.ss.sheet(layout.config.sheet);
    const row = (label: string) => config.dump().findIndex((r) => r[0] === label) + 1;
    // The officer clears the commune plan's number and date; its issuer and trích yếu stay.
    config.write(row('Số kế hoạch của xã'), 2, '');
    config.write(row('Ngày kế hoạch của xã'), 2, '');
    sb.call('menuTaoBaoCao');
    const docs = [...sb.documents.docs.values()];
    const paragraphs = (name: RegExp) =>
      docs
        .find((d) => name.test(d.name))
        ?.body.children.filter((e) => e.kind === 'Paragraph' && !e.removed) ?? [];
    const intro = paragraphs(/^Báo cáo/u).find((p) => String(p.content).startsWith('Thực hiện '));
    const text = String(intro?.content);
    expect(text).toContain('Hướng dẫn số 12/HD-HKH ngày 10/03/2026 của Hội Khuyến học tỉnh Thanh Hóa');
    expect(text).toContain('; Kế hoạch số …/KH-UBND ngày … của UBND xã Hòa An về ');
    const gaps = intro?.children.flatMap((t) => t.calls.filter(([name]) => name === 'setBackgroundColor'));
    const number = text.indexOf('…/KH-UBND');
    const date = text.indexOf('…', number + 1);
    expect(gaps?.map(([, args]) => args)).toEqual([
      [number, number + '…/KH-UBND'.length - 1, '#ffff00'],
      [date, date, '#ffff00'],
    ]);
    const mark = (name: RegExp) => paragraphs(name)[0];
    expect(mark(/^Quyết định công nhận Dòng họ học tập/u)?.content).toBe('DỰ THẢO');
    expect(mark(/^Quyết định công nhận Dòng họ học tập/u)?.calls[0]?.[1][0]).toMatchObject({
      BACKGROUND_COLOR: '#ffff00',
      BOLD: true,
    });
    // On the official family set: the first paragraph is the document type under the header table.
    expect(mark(/^Quyết định công nhận Gia đình học tập/u)?.content).toBe('QUYẾT ĐỊNH');
  });

  test('refuses while the data has errors, and says how to find them', () => {
    const sb = createSandbox({ snapshot: sampleWithMistakes() });
    sb.call('menuTaoBaoCao');
    expect(sb.documents.docs.size).toBe(0);
    expect(sb.ui.alerts[0]?.prompt).toMatch(/^Dữ liệu còn \d+ lỗi nên chưa tạo báo cáo/u);
  });
});

describe('Gửi Hội Khuyến học tỉnh', () => {
  test('after a confirmation naming each recipient and document, shares as viewer and logs it in an owned sheet', () => {
    const sb = createSandbox({ snapshot: sample() });
    withEmails(sb, EMAILS);
    sb.call('menuTaoBaoCao');
    const docs = [...sb.documents.docs.values()];
    sb.ui.answers = ['YES'];
    sb.call('menuGuiTinh');
    const confirm = sb.ui.alerts.find((a) => a.title === 'Xác nhận gửi báo cáo');
    expect(confirm?.buttons).toBe('YES_NO');
    for (const e of ['hkh.tinh@example.org', 'van.phong@example.org']) expect(confirm?.prompt).toContain(e);
    for (const d of docs) {
      expect(confirm?.prompt).toContain(d.name);
      expect(d.viewers).toEqual(['hkh.tinh@example.org', 'van.phong@example.org']);
      expect(d.editors).toEqual([]);
    }
    const log = sb.ss.sheet(layout.owned.shareLog);
    expect(log.metadata[0]?.value).toBe('shareLog');
    const rows = log.dump();
    expect(rows[0]).toEqual(['Thời gian gửi', 'Văn bản', 'Đường dẫn', 'Người nhận', 'Quyền', 'Kết quả']);
    expect(rows).toHaveLength(2 * docs.length + 1);
    expect(rows[1]?.[0]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/u);
    expect(rows.slice(1, 3).map((r) => r[3])).toEqual(['hkh.tinh@example.org', 'van.phong@example.org']);
  });

  test('the confirmation says Google will e-mail each recipient, and the log has one row per document and recipient', () => {
    const sb = createSandbox({ snapshot: sample() });
    withEmails(sb, EMAILS);
    sb.call('menuTaoBaoCao');
    sb.ui.answers = ['YES'];
    sb.call('menuGuiTinh');
    expect(sb.ui.alerts.find((a) => a.title === 'Xác nhận gửi báo cáo')?.prompt).toContain(
      'Google sẽ gửi thư thông báo kèm đường dẫn đến từng người nhận.',
    );
    const rows = sb.ss.sheet(layout.owned.shareLog).dump();
    expect(rows).toHaveLength(1 + 2 * sb.documents.docs.size);
    expect(rows.slice(1).every((r) => r[5] === 'Đã chia sẻ')).toBe(true);
  });

  test('an address the configuration cannot read is named and nothing is shared', () => {
    const sb = createSandbox({ snapshot: sample() });
    sb.call('menuTaoBaoCao');
    // Typed after the report was made (a bad address blocks the report itself).
    withEmails(sb, 'hkh.tinh@example.org; van.phong@@example');
    sb.call('menuGuiTinh');
    expect(sb.ui.alerts.at(-1)?.prompt).toMatch(/^Địa chỉ email không hợp lệ .*"van\.phong@@example"/u);
    for (const d of sb.documents.docs.values()) expect(d.viewers).toEqual([]);
  });

  test.each([
    ['Invalid email: van.phong@example.org', /Google không nhận địa chỉ van\.phong@example\.org/u],
    [
      'van.phong@example.org does not have a Google Account.',
      /van\.phong@example\.org không phải tài khoản Google/u,
    ],
    [
      'Sharing outside of your domain is not allowed by your administrator.',
      /Quy định của tên miền không cho chia sẻ văn bản với van\.phong@example\.org/u,
    ],
    ['Service invoked too many times for one day: docs share.', /đã chia sẻ quá nhiều lần trong ngày/u],
    [
      'Something else broke',
      /Không chia sẻ được cho van\.phong@example\.org: Google báo ".*Something else broke"/u,
    ],
  ])('Google refusing with "%s" gets its own message and log entry', (google, message) => {
    const sb = createSandbox({ snapshot: sample() });
    withEmails(sb, EMAILS);
    sb.call('menuTaoBaoCao');
    sb.documents.refusals.set('van.phong@example.org', google);
    sb.ui.answers = ['YES'];
    sb.call('menuGuiTinh');
    const alert = sb.ui.alerts.at(-1);
    expect(alert?.prompt).toMatch(message);
    expect(alert?.prompt).not.toMatch(/bị xóa/u);
    const rows = sb.ss.sheet(layout.owned.shareLog).dump().slice(1);
    // The other recipient still received the first document; the refusal is logged against the address.
    expect(rows[0]).toEqual(expect.arrayContaining(['hkh.tinh@example.org', 'Đã chia sẻ']));
    expect(rows.some((r) => r[3] === 'van.phong@example.org' && message.test(String(r[5])))).toBe(true);
  });

  test('a document deleted since "Tạo báo cáo" is named as gone, the others are still shared', () => {
    const sb = createSandbox({ snapshot: sample() });
    withEmails(sb, EMAILS);
    sb.call('menuTaoBaoCao');
    const [first, ...rest] = [...sb.documents.docs.values()];
    sb.documents.docs.delete(first?.id ?? '');
    sb.ui.answers = ['YES'];
    sb.call('menuGuiTinh');
    expect(sb.ui.alerts.at(-1)?.prompt).toContain(`Không mở được văn bản "${first?.name ?? ''}"`);
    for (const d of rest) expect(d.viewers).toHaveLength(2);
  });

  test('a "No" at the confirmation shares nothing', () => {
    const sb = createSandbox({ snapshot: sample() });
    withEmails(sb, EMAILS);
    sb.call('menuTaoBaoCao');
    sb.ui.answers = ['NO'];
    sb.call('menuGuiTinh');
    for (const d of sb.documents.docs.values()) expect(d.viewers).toEqual([]);
    expect(sb.ss.sheets.map((s) => s.name)).not.toContain(layout.owned.shareLog);
    expect(sb.ss.toasts.at(-1)).toBe('Đã hủy, chưa gửi gì.');
  });

  test('without recipients in "Cấu hình" it explains where to write them', () => {
    const sb = createSandbox({ snapshot: sample() });
    sb.call('menuTaoBaoCao');
    sb.call('menuGuiTinh');
    expect(sb.ui.alerts.at(-1)?.prompt).toMatch(/chưa có "Email gửi báo cáo"/u);
  });

  test('before any report it asks for "Tạo báo cáo" first', () => {
    const sb = createSandbox({ snapshot: sample() });
    withEmails(sb, EMAILS);
    sb.call('menuGuiTinh');
    expect(sb.ui.alerts.at(-1)?.prompt).toBe('Chưa có báo cáo để gửi. Hãy chạy "Tạo báo cáo" trước.');
  });
});
