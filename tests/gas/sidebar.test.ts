// The problems sidebar in a real headless Chromium, with a stub google.script.run: no network, no Google.
import { chromium, type Browser } from 'playwright-core';
import type { Issue } from '../../src/core/issues/issue';
import { reportSidebarText } from '../../src/core/i18n/gas';
import { scriptJson, sidebarData } from '../../src/gas/sidebar';
import { sampleWithMistakes } from './fixtures';
import { bundle, createSandbox } from './sandbox/sandbox';

const STUB = `
  window.__calls = [];
  function runner(success, failure) {
    return new Proxy({}, {
      get(_t, name) {
        if (name === 'withSuccessHandler') return (f) => runner(f, failure);
        if (name === 'withFailureHandler') return (f) => runner(success, f);
        return (...args) => { window.__calls.push([name, ...args]); setTimeout(() => success && success(), 0); };
      },
    });
  }
  window.google = { script: { run: runner(null, null) } };
`;

/** The page's global object; tsconfig has no DOM lib, and these callbacks run in the browser. */
declare const window: { __calls: unknown[]; __pwned?: number };
declare const document: { getElementById(id: string): { textContent: string | null } | null };

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});
afterAll(async () => {
  await browser?.close();
});

const open = async (html: string) => {
  const page = await browser.newPage();
  // Any request at all would mean the sidebar reaches the network.
  await page.route('**/*', (route) => route.abort());
  // The stub goes first in <head>, where Apps Script's own google.script.run would be.
  await page.setContent(html.replace('<head>', `<head><script>${STUB}</script>`), { waitUntil: 'load' });
  return page;
};

test('the sidebar built by "Kiểm tra dữ liệu" lists the problems in Vietnamese, and a click selects the cell', async () => {
  const sb = createSandbox({ snapshot: sampleWithMistakes() });
  sb.call('menuKiemTra');
  const html = sb.ui.sidebars[0]?.getContent() ?? '';
  const page = await open(html);
  expect(await page.textContent('h1')).toBe('Danh sách lỗi dữ liệu');
  expect(await page.textContent('#summary')).toMatch(
    /^\d+ lỗi, \d+ cảnh báo\. Bấm vào một dòng để tới ô cần sửa\.$/u,
  );
  const items = page.locator('button.problem');
  expect(await items.count()).toBeGreaterThan(10);
  const first = items.first();
  const sheet = await first.getAttribute('data-sheet');
  const cell = await first.getAttribute('data-cell');
  expect(await first.textContent()).toMatch(/^Lỗi · /u);
  await first.click();
  await page.waitForFunction(() => window.__calls.length > 0);
  const calls = await page.evaluate(() => window.__calls);
  expect(calls).toEqual([['selectCell', sheet, cell]]);
  expect(cell).toMatch(/^[A-Z]+\d+$/u);
  await page.close();
});

test('with no problems the sidebar says there is nothing to fix', async () => {
  const page = await open(bundle().files.Sidebar?.replace('<?!= data ?>', scriptJson(sidebarData([]))) ?? '');
  expect(await page.textContent('#empty')).toBe('Không có lỗi nào cần sửa.');
  expect(await page.locator('button.problem').count()).toBe(0);
  await page.close();
});

test('text from the sheets is shown as text, never as markup', async () => {
  const issue: Issue = {
    code: 'BAD_URL',
    params: {},
    severity: 'warning',
    sheet: 'Gia đình',
    row: 3,
    column: 'B',
    cell: 'B3',
    value: '<img src=x onerror=alert(1)>',
    message: 'Tên "<b>lạ</b>" </script><script>window.__pwned=1</script>',
    hint: '',
  };
  const page = await open(
    bundle().files.Sidebar?.replace('<?!= data ?>', scriptJson(sidebarData([issue]))) ?? '',
  );
  expect(await page.textContent('button.problem')).toContain('Tên "<b>lạ</b>"');
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(await page.textContent('button.problem')).toMatch(/^Cảnh báo · Gia đình B3/u);
  await page.close();
});

test('with thousands of problems the sidebar pages through them and filters by sheet and kind', async () => {
  const issue = (i: number): Issue => ({
    // Two kinds of problem with no parameters, as BAD_URL above.
    ...(i % 3 === 0 ? { code: 'BAD_URL' as const, params: {} } : { code: 'BAD_EMAIL' as const, params: {} }),
    severity: i % 3 === 0 ? 'error' : 'warning',
    sheet: i % 2 === 0 ? 'Công dân' : 'Gia đình',
    row: i + 2,
    column: 'C',
    cell: `C${i + 2}`,
    value: '',
    message: `Vấn đề số ${i}`,
    hint: '',
  });
  const issues = Array.from({ length: 3000 }, (_, i) => issue(i));
  const data = sidebarData(issues);
  // Only the first 2,000 travel; every problem is counted in its group.
  expect(data.items).toHaveLength(2000);
  expect(data.groups.reduce((n, g) => n + g.count, 0)).toBe(3000);
  expect(data.more).toBe('… và 1.000 vấn đề khác: xem trang "Lỗi dữ liệu".');
  const page = await open(bundle().files.Sidebar?.replace('<?!= data ?>', scriptJson(data)) ?? '');
  const items = page.locator('button.problem');
  expect(await items.count()).toBe(50);
  expect(await page.textContent('#page')).toBe('Trang 1/40 ');
  expect(await items.first().textContent()).toMatch(/^Lỗi · Công dân C2/u);
  await page.click('#next');
  expect(await page.textContent('#page')).toBe('Trang 2/40 ');
  expect(await items.count()).toBe(50);
  // Groups: errors first; one group per sheet and kind, with its count.
  const groups = page.locator('button.group');
  expect(await groups.count()).toBe(4);
  expect(await groups.first().textContent()).toBe('Lỗi · Công dân · 500: Vấn đề số 0');
  await groups.nth(1).click();
  expect(await page.textContent('#page')).toBe('Trang 1/10 ');
  expect(await items.first().textContent()).toMatch(/^Lỗi · Gia đình C5/u);
  await page.close();
});

test('the report progress page drives reportStep until done, resuming after an execution Google stopped', async () => {
  const progress = (completed: number, done = false) => ({
    done,
    completed,
    total: 5,
    message: done
      ? 'Đã tạo 5 văn bản'
      : `Đang tạo văn bản ${completed + 1}/5: Danh sách (phần ${completed + 1}/5)…`,
    docs: [],
    leftovers: [],
    text: done ? 'Đã tạo 5 văn bản:\n• …' : '',
  });
  // Answers of the successive reportStep executions: one stopped by the time limit, then two slices.
  const script = `
    window.__calls = [];
    window.__answers = [
      { fail: 'Exceeded maximum execution time' },
      { ok: true, value: ${JSON.stringify(progress(3))} },
      { ok: true, value: ${JSON.stringify(progress(5, true))} },
    ];
    function runner(success, failure) {
      return new Proxy({}, {
        get(_t, name) {
          if (name === 'withSuccessHandler') return (f) => runner(f, failure);
          if (name === 'withFailureHandler') return (f) => runner(success, f);
          return () => {
            window.__calls.push(name);
            const a = window.__answers.shift();
            setTimeout(() => (a.fail ? failure(new Error(a.fail)) : success(a)), 10);
          };
        },
      });
    }
    window.google = { script: { run: runner(null, null) } };`;
  const data = scriptJson({ texts: reportSidebarText, progress: progress(2) });
  const html = bundle().files.ReportProgress?.replace('<?!= data ?>', data) ?? '';
  const page = await browser.newPage();
  await page.route('**/*', (route) => route.abort());
  await page.setContent(html.replace('<head>', `<head><script>${script}</script>`), { waitUntil: 'load' });
  await page.waitForFunction(() => document.getElementById('heading')?.textContent === 'Đã tạo báo cáo');
  expect(await page.evaluate(() => window.__calls)).toEqual(['reportStep', 'reportStep', 'reportStep']);
  expect(await page.getAttribute('#bar', 'aria-valuenow')).toBe('5');
  expect(await page.textContent('#result')).toContain('Đã tạo 5 văn bản');
  await page.close();
});

test('after scrolling, a click whose selection fails shows why right next to the clicked problem, in view', async () => {
  // Problems on a sheet the officer has since deleted: the real selectCell (in the sandbox) refuses them.
  const issue = (i: number): Issue => ({
    code: 'BAD_URL',
    params: {},
    severity: 'error',
    sheet: 'Công dân cũ',
    row: i + 2,
    column: 'C',
    cell: `C${i + 2}`,
    value: '',
    message: `Vấn đề số ${i}`,
    hint: 'Sửa ô này rồi chạy lại "Kiểm tra dữ liệu".',
  });
  const sb = createSandbox({ snapshot: sampleWithMistakes() });
  const data = sidebarData(Array.from({ length: 40 }, (_, i) => issue(i)));
  const html = bundle().files.Sidebar?.replace('<?!= data ?>', scriptJson(data)) ?? '';
  const page = await browser.newPage({ viewport: { width: 300, height: 600 } });
  await page.route('**/*', (route) => route.abort());
  // google.script.run forwards to the built Code.js in the sandbox, as Apps Script would run it on the server.
  await page.exposeFunction('__server', (name: string, ...args: unknown[]) => {
    try {
      sb.call(name, ...args);
      return { ok: true };
    } catch (err) {
      return { ok: false, message: (err as Error).message };
    }
  });
  const bridge = `
    function runner(success, failure) {
      return new Proxy({}, {
        get(_t, name) {
          if (name === 'withSuccessHandler') return (f) => runner(f, failure);
          if (name === 'withFailureHandler') return (f) => runner(success, f);
          return (...args) => window.__server(name, ...args).then((r) => {
            if (r.ok) success && success();
            else failure && failure(new Error(r.message));
            window.__answered = (window.__answered || 0) + 1;
          });
        },
      });
    }
    window.google = { script: { run: runner(null, null) } };`;
  await page.setContent(html.replace('<head>', `<head><script>${bridge}</script>`), { waitUntil: 'load' });
  const target = page.locator('button.problem', { hasText: 'Vấn đề số 35' });
  // Scrolled so the item sits on the bottom edge: a message under it must bring itself into view.
  await target.evaluate((el) =>
    (el as unknown as { scrollIntoView(o: object): void }).scrollIntoView({ block: 'end' }),
  );
  expect(await page.evaluate(() => (globalThis as unknown as { scrollY: number }).scrollY)).toBeGreaterThan(
    1000,
  );
  await target.click();
  await page.waitForFunction(() => (globalThis as unknown as { __answered?: number }).__answered === 1);
  const failure = page.locator('li', { has: target }).locator('[role="alert"]');
  expect(await failure.count()).toBe(1);
  expect(await failure.textContent()).toBe(
    'Không chọn được ô: Không còn trang "Công dân cũ" trong bảng tính.',
  );
  const box = await failure.boundingBox();
  const item = await target.boundingBox();
  expect(box).not.toBeNull();
  expect(item).not.toBeNull();
  if (!box || !item) return;
  // Inside the 600 px viewport, and just below the clicked item (no other problem in between).
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(600);
  expect(box.y - (item.y + item.height)).toBeGreaterThanOrEqual(0);
  expect(box.y - (item.y + item.height)).toBeLessThan(12);
  // One message at a time: a second failing click moves it to the newly clicked item.
  const other = page.locator('button.problem', { hasText: 'Vấn đề số 36' });
  await other.click();
  await page.waitForFunction(() => (globalThis as unknown as { __answered?: number }).__answered === 2);
  expect(await page.locator('li', { has: other }).locator('[role="alert"]').count()).toBe(1);
  expect(await page.locator('[role="alert"]').count()).toBe(1);
  await page.close();
});
