import type { Page } from 'playwright-core';
import { choose, typeDate } from './antd';
import { useBrowserSession } from './session';

/**
 * A caseworker's path through the production build in headless Chromium: the case list (seeded
 * demo data), a family's case page, a note added through the form, and the note on the timeline
 * with who wrote it. Then an auditor's: that note in the audit trail, the case as of a past
 * business date, and the integrity badge.
 */
describe('case file in the browser', () => {
  const session = useBrowserSession();
  // The note the first test adds; the audit-trail test looks for it (tests in a file run in order).
  let addedNote: string | undefined;

  /** The demo family of 张建国, opened from the case list as a caseworker would. */
  async function openDemoCase(page: Page): Promise<void> {
    await page.goto(session.url);
    await page.getByTestId('case-row').filter({ hasText: '张建国' }).click();
    await page.getByTestId('case-page').waitFor();
  }

  it('opens a case, adds a note and sees it on the timeline', async () => {
    const page = session.page;
    await page.goto(session.url);
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
    addedNote = note;
  });

  it('shows a server refusal in place on the form', async () => {
    const page = session.page;
    await openDemoCase(page);
    const members = await page.getByTestId('member-row').count();
    await page.getByTestId('register-member-button').click();
    await page.getByTestId('register-member-name').fill('张建国');
    // A well-formed ID already registered in this family: only the server can know.
    await page.getByTestId('register-member-id-number').fill('431223195804120315');
    await choose(page, 'register-member-relation', '配偶');
    await page.getByTestId('register-member-submit').click();
    const form = page.getByTestId('register-member-form');
    await form.getByText('该身份证号已在本档案中登记').waitFor();
    expect(await page.getByTestId('member-row').count()).toBe(members);
  });

  it('switches the interface to English', async () => {
    const page = session.page;
    await page.goto(session.url);
    await page.getByTestId('case-row').first().waitFor();
    await page.getByTestId('language-switch').click();
    await expect(page.locator('body').innerText()).resolves.toMatch(/case files/i);
  });

  it('finds the added note in the audit trail, filtered by event type, with its metadata and hashes', async () => {
    const page = session.page;
    expect(addedNote).toBeDefined(); // set by 'opens a case, adds a note and sees it on the timeline'
    await page.goto(session.url);
    await page.getByTestId('nav-audit-trail').click();
    await page.getByTestId('audit-row').first().waitFor();

    await choose(page, 'audit-filter-event-types', '添加备注');
    await page.keyboard.press('Escape');
    const row = page.getByTestId('audit-row').filter({ hasText: addedNote! });
    await row.waitFor();
    // Only notes are left, newest first: the one just added leads.
    await expect(page.getByTestId('audit-row').first().innerText()).resolves.toContain(addedNote!);
    const types = await page.getByTestId('audit-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-event-type')));
    expect(new Set(types)).toEqual(new Set(['CaseNoteAdded']));
    expect(await row.innerText()).toContain('刘芳');

    await row.click();
    const drawer = page.getByTestId('audit-event');
    await drawer.waitFor();
    await expect(page.getByTestId('audit-payload').innerText()).resolves.toContain(addedNote!);
    await expect(page.getByTestId('audit-hash').innerText()).resolves.toMatch(/[0-9a-f]{16}/);
    await drawer.getByTestId('audit-case-link').first().click();
    const timelineEntry = page.getByTestId('timeline-entry').filter({ hasText: addedNote! });
    await timelineEntry.waitFor();
  });

  it('shows the case as of a past business date, read-only, and says it did not exist before its opening', async () => {
    const page = session.page;
    await openDemoCase(page);
    const seededNote = '老两口身体尚可'; // the demo note is about 2023-06-01; the case opened on 2021-03-15
    await page.getByTestId('timeline-entry').filter({ hasText: seededNote }).waitFor();

    await page.getByTestId('time-travel-axis').getByText('按业务日期').click();
    await typeDate(page, 'time-travel-business-date', '2023-05-01');
    await expect(page.getByTestId('time-travel-banner').innerText()).resolves.toContain('正在查看 2023-05-01 的档案（按业务日期）');
    await page.locator('[data-testid="case-page"][data-as-of="businessDate:2023-05-01"]').waitFor();
    expect(await page.getByTestId('add-note-button').isDisabled()).toBe(true);
    expect(await page.getByTestId('timeline-entry').filter({ hasText: seededNote }).count()).toBe(0);

    await typeDate(page, 'time-travel-business-date', '2021-03-14');
    await expect(page.getByTestId('case-not-yet-opened').innerText()).resolves.toContain('2021-03-14 时该档案尚未建立');

    await page.getByTestId('time-travel-back-to-now').click();
    await page.locator('[data-testid="case-page"][data-as-of=""]').waitFor();
    expect(await page.getByTestId('add-note-button').isEnabled()).toBe(true);
  });

  it('shows an intact log in the header badge', async () => {
    const page = session.page;
    await page.goto(session.url);
    const badge = page.locator('[data-testid="integrity-badge"][data-state="intact"]');
    await badge.waitFor();
    await expect(badge.innerText()).resolves.toContain('日志完整');
    expect(Number(await badge.getAttribute('data-head-position'))).toBeGreaterThan(0);
  });
});
