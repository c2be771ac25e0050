// "Tạo báo cáo" and "Gửi Hội Khuyến học tỉnh" from the bundle: Google Docs created, links shown, sharing confirmed and logged.
import { layout } from '../../src/core/layout';
import { sample, sampleWithMistakes, userState } from './fixtures';
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
    expect(rows[0]).toEqual(['Thời gian gửi', 'Văn bản', 'Đường dẫn', 'Người nhận', 'Quyền']);
    expect(rows).toHaveLength(docs.length + 1);
    expect(rows[1]?.[0]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/u);
    expect(rows[1]?.[3]).toBe('hkh.tinh@example.org, van.phong@example.org');
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
