import type { Page } from 'playwright-core';
import { choose, searchAndChoose, typeDate } from './antd';
import { allocateFund, openFamily, uniqueName } from './fixtures';
import { useBrowserSession } from './session';

/**
 * A caseworker records a home visit with cash aid on the visits page (Chinese UI), for a family
 * and a fund set up through GraphQL: the visit is listed, then shown on the family's case page
 * under 关怀记录 and on its timeline. Cash beyond what the fund has left is refused on the field.
 */
describe('home visits in the browser', () => {
  const session = useBrowserSession();
  const head = uniqueName('走访测试');
  const fundName = uniqueName('走访测试经费');
  let caseId: string;
  let fundId: string;

  beforeAll(async () => {
    ({ caseId } = await openFamily(session, { head, birthDate: '1960-08-20', village: '走访测试村' }));
    fundId = await allocateFund(session, { year: 2024, code: 'visit-e2e', name: fundName, amountFen: 500_00 });
  });

  /** Fills 登记走访 on the visits page: a home visit to the test family, reaching its head. */
  async function fillHomeVisit(page: Page, cashYuan: string): Promise<void> {
    await page.goto(`${session.url}/visits`);
    await page.getByTestId('VisitsPage').waitFor();
    await page.getByTestId('record-visit-open').click();
    await typeDate(page, 'record-visit-date', '2024-04-02');
    await choose(page, 'record-visit-township', '辰阳镇');
    await page.getByTestId('record-visit-visitors').click();
    await page.keyboard.type('刘芳');
    await page.keyboard.press('Enter');
    await searchAndChoose(page, 'record-visit-cases', head);
    await choose(page, 'record-visit-persons', head);
    await page.getByTestId('record-visit-needs').fill('希望定期上门陪伴');
    await page.getByTestId('record-visit-cash').fill(cashYuan);
    await choose(page, 'record-visit-fund', fundName);
  }

  it('records a home visit with cash aid and shows it in the list, on the case page and on its timeline', async () => {
    const page = session.page;
    await fillHomeVisit(page, '200');
    await page.getByTestId('record-visit-submit').click();
    await page.getByTestId('record-visit-form').waitFor({ state: 'detached' });

    const listed = page.getByTestId('visits-table').locator('tbody tr', { hasText: head });
    await listed.waitFor();
    expect(await listed.count()).toBe(1);
    for (const shown of ['2024-04-02', '上门走访', '辰阳镇', '200.00']) await expect(listed.innerText()).resolves.toContain(shown);

    await page.goto(`${session.url}/cases/${caseId}`);
    await page.getByTestId('case-page').waitFor();
    const careRecords = page.getByTestId('case-care-records');
    await careRecords.getByRole('tab', { name: '走访与活动' }).click();
    const onCase = careRecords.getByTestId('visits-table').locator('tbody tr', { hasText: '2024-04-02' });
    await onCase.waitFor();
    await expect(onCase.innerText()).resolves.toContain('200.00');

    const entry = page.locator('[data-testid="timeline-entry"][data-event-type="VisitRecorded"]');
    await entry.waitFor();
    for (const shown of ['上门走访', '2024-04-02', '200.00', '刘芳']) await expect(entry.innerText()).resolves.toContain(shown);
  });

  it('refuses cash beyond what the fund has left, on the cash field, and records nothing', async () => {
    const page = session.page;
    const before = await ledger();
    expect(before.remainingFen).toBeGreaterThan(0);
    await fillHomeVisit(page, yuan(before.remainingFen + 1)); // one fen too many
    await page.getByTestId('record-visit-submit').click();

    const cashField = page.locator('.ant-form-item', { has: page.getByTestId('record-visit-cash') });
    await cashField.getByText('经费余额不足').waitFor();
    await expect(ledger()).resolves.toEqual(before);
  });

  /** What the fund has left and how many visits the family has, read through the API. */
  async function ledger(): Promise<{ remainingFen: number; visits: number }> {
    const { fund, visits } = await session.graphql<{ fund: { remainingFen: number }; visits: { totalCount: number } }>(
      `query ($fundId: ID!, $caseId: ID!) { fund(id: $fundId) { remainingFen } visits(filter: { caseId: $caseId, includeVoided: true }) { totalCount } }`,
      { fundId, caseId },
    );
    return { remainingFen: fund.remainingFen, visits: visits.totalCount };
  }
});

/** Fen as the 元 text a user types: 30001 → '300.01'. */
const yuan = (fen: number): string => `${Math.trunc(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
