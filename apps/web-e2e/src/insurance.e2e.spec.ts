import { choose, searchAndChoose, typeDate } from './antd';
import { openFamily, uniqueName } from './fixtures';
import { useBrowserSession } from './session';

/**
 * The insurance path through the production build, in Chinese: a family opened in the test, a
 * policy created on the insurance page, a member of that family enrolled, a claim reported and
 * taken to settlement, then the claim page and the family's insurance tab.
 */
describe('insurance in the browser', () => {
  const session = useBrowserSession();

  it('creates a policy, enrols a member, reports and settles a claim, and shows it on the case', async () => {
    const page = session.page;
    const head = uniqueName('保险测试');
    const { caseId } = await openFamily(session, { head, birthDate: '1966-05-12', village: '保险测试村', address: '保险测试村9组' });

    await page.goto(`${session.url}/insurance`);
    await page.getByTestId('purchase-policy-open').click();
    await page.getByTestId('purchase-policy-year').fill('2024');
    await page.getByTestId('purchase-policy-insurer').fill('中国人寿');
    await page.getByTestId('purchase-policy-product').fill('计生特殊家庭团体意外及住院医疗保险');
    await page.getByTestId('purchase-policy-premium').fill('100');
    await typeDate(page, 'purchase-policy-from', '2024-01-01');
    await typeDate(page, 'purchase-policy-to', '2024-12-31');
    await typeDate(page, 'purchase-policy-purchased', '2023-12-20');
    await page.getByTestId('purchase-policy-submit').click();

    // The new policy's page: enrol the family's member.
    await page.getByTestId('policy-page').waitFor();
    await page.getByTestId('enrol-member-open').click();
    await searchAndChoose(page, 'enrol-member-case', head);
    await choose(page, 'enrol-member-person', head);
    await typeDate(page, 'enrol-member-enrolled-on', '2023-12-28');
    await page.getByTestId('enrol-member-submit').click();
    await page.getByTestId('enrolment-row').filter({ hasText: head }).waitFor();
    await expect(page.getByTestId('policy-premium-total').innerText()).resolves.toBe('100.00');

    // 报案 from the policy's claims.
    await page.getByTestId('report-claim-open').click();
    await searchAndChoose(page, 'report-claim-case', head);
    await choose(page, 'report-claim-person', head);
    await choose(page, 'report-claim-event-type', '住院');
    await typeDate(page, 'report-claim-event-on', '2024-03-02');
    await typeDate(page, 'report-claim-reported-on', '2024-03-05');
    await page.getByTestId('report-claim-description').fill('因肺炎住院治疗');
    await page.getByTestId('report-claim-submit').click();

    // The claim page: documents, insurer, settlement in yuan.
    await page.getByTestId('claim-page').waitFor();
    await expect(page.getByTestId('claim-description').innerText()).resolves.toBe('因肺炎住院治疗');
    await page.getByTestId('claim-submit-open').click();
    await choose(page, 'claim-submit-documents', '理赔申请书');
    await page.keyboard.press('Escape');
    await typeDate(page, 'claim-submit-on', '2024-03-10');
    await page.getByTestId('claim-submit-submit').click();
    await page.getByTestId('claim-send-open').click();
    await typeDate(page, 'claim-send-on', '2024-03-12');
    await page.getByTestId('claim-send-ref').fill('GL2024-0001');
    await page.getByTestId('claim-send-submit').click();
    await page.getByTestId('claim-settle-open').click();
    await page.getByTestId('claim-settle-amount').fill('766.20');
    await typeDate(page, 'claim-settle-on', '2024-04-01');
    await page.getByTestId('claim-settle-submit').click();
    await page.getByTestId('claim-outcome').filter({ hasText: '766.20' }).waitFor();
    await expect(page.getByTestId('claim-status').innerText()).resolves.toBe('已赔付');
    await expect(page.getByTestId('claim-history').innerText()).resolves.toContain('理赔赔付');

    // The family's insurance tab.
    await page.goto(`${session.url}/cases/${caseId}`);
    await page.getByTestId('case-page').waitFor();
    await page.getByRole('tab', { name: '保险与理赔' }).click();
    const tab = page.getByTestId('case-insurance');
    await tab.getByTestId('enrolment-row').filter({ hasText: head }).waitFor();
    const claim = tab.getByTestId('claim-row').first();
    await expect(claim.innerText()).resolves.toContain('已赔付');
    await expect(claim.innerText()).resolves.toContain('766.20');
    await expect(tab.innerText()).resolves.not.toContain('肺炎');
  });
});
