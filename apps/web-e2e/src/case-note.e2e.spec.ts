import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { startBuiltServer, type BuiltServer } from './server';

/**
 * A caseworker's path through the production build in headless Chromium: the case list (seeded
 * demo data), a family's case page, a note added through the form, and the note on the timeline
 * with who wrote it.
 */
describe('case file in the browser', () => {
  let server: BuiltServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startBuiltServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  beforeEach(async () => {
    page = await browser.newPage({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  });
  afterEach(async () => {
    await page.close();
  });

  it('opens a case, adds a note and sees it on the timeline', async () => {
    await page.goto(server.url);
    const rows = page.getByTestId('case-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(1);
    await expect(page.getByTestId('case-total').innerText()).resolves.toContain('12');

    await page.getByTestId('case-row').filter({ hasText: '张建国' }).click();
    await page.getByTestId('case-page').waitFor();
    await expect(page.getByTestId('members-table').innerText()).resolves.toContain('张建国');
    const before = await page.getByTestId('timeline-entry').count();

    const note = `浏览器测试备注 ${Date.now()}`;
    await page.getByTestId('add-note-button').click();
    await page.getByTestId('add-note-text').fill(note);
    await page.getByTestId('add-note-submit').click();

    const entry = page.getByTestId('timeline-entry').filter({ hasText: note });
    await entry.waitFor();
    expect(await page.getByTestId('timeline-entry').count()).toBe(before + 1);
    expect(await entry.getAttribute('data-event-type')).toBe('CaseNoteAdded');
    expect(await entry.innerText()).toContain('刘芳'); // the default demo caseworker wrote it
  });

  it('shows a server refusal in place on the form', async () => {
    await page.goto(server.url);
    await page.getByTestId('case-row').filter({ hasText: '张建国' }).click();
    await page.getByTestId('case-page').waitFor();
    const members = await page.getByTestId('member-row').count();
    await page.getByTestId('register-member-button').click();
    await page.getByTestId('register-member-name').fill('张建国');
    // A well-formed ID already registered in this family: only the server can know.
    await page.getByTestId('register-member-id-number').fill('431223195804120315');
    await page.getByTestId('register-member-relation').click();
    await page.locator('.ant-select-item-option', { hasText: '配偶' }).click();
    await page.getByTestId('register-member-submit').click();
    const form = page.getByTestId('register-member-form');
    await form.getByText('该身份证号已在本档案中登记').waitFor();
    expect(await page.getByTestId('member-row').count()).toBe(members);
  });

  it('switches the interface to English', async () => {
    await page.goto(server.url);
    await page.getByTestId('case-row').first().waitFor();
    await page.getByTestId('language-switch').click();
    await expect(page.locator('body').innerText()).resolves.toMatch(/case files/i);
  });
});
