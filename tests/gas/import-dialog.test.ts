// The "Nhập chỉ tiêu" dialog in a real headless Chromium: google.script.run is a stub that calls the built bundle in
// the sandbox, so the page, the server functions and the sheet meet as they would on Google (no network, no Google).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { sample } from './fixtures';
import { createSandbox, type Sandbox } from './sandbox/sandbox';

const PLAN = readFileSync(join(__dirname, '../targets-import/fixtures/xa-giai-doan-2026-2030.txt'), 'utf8');

const STUB = `
  window.__calls = [];
  window.__closed = false;
  function runner(success, failure) {
    return new Proxy({}, {
      get(_t, name) {
        if (name === 'withSuccessHandler') return (f) => runner(f, failure);
        if (name === 'withFailureHandler') return (f) => runner(success, f);
        return (...args) => {
          window.__calls.push([name, ...args]);
          window.__server(name, args).then(
            (r) => (r.ok ? success && success(r.value) : failure && failure(new Error(r.message))),
          );
        };
      },
    });
  }
  window.google = { script: { run: runner(null, null), host: { close: () => { window.__closed = true; } } } };
`;

/** The page's global object; tsconfig has no DOM lib, and these callbacks run in the browser. */
declare const window: { __calls: unknown[][]; __closed: boolean };

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
});
afterAll(async () => {
  await browser?.close();
});

const open = async (sb: Sandbox): Promise<Page> => {
  sb.call('menuNhapChiTieu');
  const html = sb.ui.dialogs[0]?.getContent() ?? '';
  const page = await browser.newPage();
  await page.route('**/*', (route) => route.abort());
  await page.exposeFunction('__server', (name: string, args: unknown[]) => {
    try {
      return { ok: true, value: JSON.parse(JSON.stringify(sb.call(name, ...args) ?? null)) as unknown };
    } catch (e) {
      // The sandbox's errors come from another realm: read the message, as Apps Script hands it to the page.
      return { ok: false, message: String((e as { message?: unknown }).message ?? e) };
    }
  });
  await page.setContent(html.replace('<head>', `<head><script>${STUB}</script>`), { waitUntil: 'load' });
  return page;
};

test('paste, read, untick one row, add: the ticked rows reach "Chỉ tiêu" and the dialog says so', async () => {
  const sb = createSandbox({ snapshot: sample() });
  const page = await open(sb);
  expect(await page.textContent('#read')).toBe('Đọc chỉ tiêu');
  await page.fill('#plan', PLAN);
  await page.click('#read');
  await page.waitForSelector('#result:not([hidden])');
  expect(await page.textContent('#summary')).toBe('Kế hoạch giai đoạn 2026–2030. Tìm thấy 27 chỉ tiêu.');
  const rows = page.locator('#rows tr');
  expect(await rows.count()).toBe(27);
  expect(await rows.first().locator('td').allTextContents()).toEqual([
    '',
    'Gia đình học tập (% hộ)',
    '≥',
    '85',
    '2028',
    'Từng thôn',
    '26',
    'Ít nhất 85% hộ gia đình được công nhận danh hiệu “Gia đình học tập”;',
  ]);
  expect(await page.locator('#unresolved li').count()).toBe(3);
  expect(await page.locator('#unresolved li').first().textContent()).toMatch(/^Dòng 38: tỷ lệ tăng\/giảm/u);
  await rows.nth(1).locator('input.pick').uncheck();
  await page.click('#add');
  await page.waitForFunction(() => window.__calls.length === 2);
  await page.waitForSelector('#status:not(:empty)');
  await page.waitForFunction("!/Đang ghi/u.test(document.getElementById('status').textContent)");
  expect(await page.textContent('#status')).toContain('Đã thêm 26 dòng vào cuối trang "Chỉ tiêu".');
  const calls = await page.evaluate(() => window.__calls);
  expect(calls[1]?.[0]).toBe('themChiTieuKeHoach');
  expect((calls[1]?.[2] as number[]).includes(1)).toBe(false);
  const sheet = sb.ss.sheet('Chỉ tiêu').dump();
  expect(sheet).toHaveLength(27);
  expect(sheet[1]?.slice(0, 5)).toEqual(['Gia đình học tập (% hộ)', 2028, '≥', 85, 'Từng thôn']);
  expect(sheet[2]?.[0]).toBe('Công dân học tập (% người lớn)');
  await page.click('#close');
  expect(await page.evaluate(() => window.__closed)).toBe(true);
  await page.close();
});

test('reading an empty box says what to do, and a server refusal shows its Vietnamese message', async () => {
  const sb = createSandbox({
    snapshot: { ...sample(), 'Chỉ tiêu': [['Ghi chú của tôi'], ['không phải bảng']] },
  });
  const page = await open(sb);
  await page.click('#read');
  expect(await page.textContent('#status')).toBe('Hãy dán nội dung kế hoạch trước.');
  await page.fill('#plan', PLAN);
  await page.click('#read');
  await page.waitForSelector('#result:not([hidden])');
  await page.click('#add');
  await page.waitForSelector('#status.error');
  expect(await page.textContent('#status')).toMatch(/^Không thực hiện được: Trang "Chỉ tiêu" đã có dữ liệu/u);
  expect(sb.ss.sheet('Chỉ tiêu').dump()).toEqual([['Ghi chú của tôi'], ['không phải bảng']]);
  await page.close();
});

test('text from the plan is shown as text, never as markup', async () => {
  const sb = createSandbox({ snapshot: sample() });
  const page = await open(sb);
  const evil =
    'KẾ HOẠCH\nnăm 2027\nII. MỤC TIÊU\n- 90% hộ gia đình đạt danh hiệu “Gia đình học tập” <img src=x onerror="window.__calls.push(1)">.';
  await page.fill('#plan', evil);
  await page.click('#read');
  await page.waitForSelector('#result:not([hidden])');
  expect(await page.locator('td.sentence').first().textContent()).toContain('<img src=x');
  expect(await page.evaluate(() => window.__calls.length)).toBe(1);
  await page.close();
});
