import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { startBuiltServer, type BuiltServer } from './server';

/**
 * The insurance path through the production build, in Chinese: a family opened in the test, a
 * policy created on the insurance page, a member of that family enrolled, a claim reported and
 * taken to settlement, then the claim page and the family's insurance tab.
 */
describe('insurance in the browser', () => {
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

  /** Opens a family with one member through the API, as another user would have. */
  async function openFamily(head: string): Promise<string> {
    const gql = async (query: string, input: Record<string, unknown>) => {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables: { input } }),
      });
      const body = (await response.json()) as { data?: Record<string, { id: string }>; errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data!;
    };
    const { openCase } = await gql(`mutation($input: OpenCaseInput!) { openCase(input: $input) { id } }`, {
      category: 'BEREAVED',
      township: 'CY',
      village: '保险测试村',
      address: '保险测试村9组',
      openedOn: '2021-03-15',
    });
    await gql(`mutation($input: RegisterMemberInput!) { registerMember(input: $input) { id } }`, {
      caseId: openCase!.id,
      name: head,
      idNumber: `${ID_BODY}${checkDigit(ID_BODY)}`,
      relation: 'HEAD',
      birthDate: '1966-05-12',
    });
    return openCase!.id;
  }

  async function typeDate(testId: string, value: string) {
    const input = page.getByTestId(testId);
    await input.click();
    await input.fill(value);
    await input.press('Enter');
  }

  /** Picks an option in the dropdown now open; a closing one (the previous Select's) is left alone. */
  async function pick(option: string) {
    const open = '.ant-select-dropdown:not(.ant-select-dropdown-hidden):not([class*="-leave"]):not([class*="-appear"]):not([class*="-enter"])';
    await page.locator(`${open} .ant-select-item-option`, { hasText: option }).click();
  }

  async function choose(testId: string, option: string) {
    await page.getByTestId(testId).click();
    await pick(option);
  }

  it('creates a policy, enrols a member, reports and settles a claim, and shows it on the case', async () => {
    const head = `保险测试${Date.now() % 10000}`;
    const caseId = await openFamily(head);

    await page.goto(`${server.url}/insurance`);
    await page.getByTestId('purchase-policy-open').click();
    await page.getByTestId('purchase-policy-year').fill('2024');
    await page.getByTestId('purchase-policy-insurer').fill('中国人寿');
    await page.getByTestId('purchase-policy-product').fill('计生特殊家庭团体意外及住院医疗保险');
    await page.getByTestId('purchase-policy-premium').fill('100');
    await typeDate('purchase-policy-from', '2024-01-01');
    await typeDate('purchase-policy-to', '2024-12-31');
    await typeDate('purchase-policy-purchased', '2023-12-20');
    await page.getByTestId('purchase-policy-submit').click();

    // The new policy's page: enrol the family's member.
    await page.getByTestId('policy-page').waitFor();
    await page.getByTestId('enrol-member-open').click();
    await page.getByTestId('enrol-member-case').click();
    await page.keyboard.type(head);
    await pick(head);
    await choose('enrol-member-person', head);
    await typeDate('enrol-member-enrolled-on', '2023-12-28');
    await page.getByTestId('enrol-member-submit').click();
    await page.getByTestId('enrolment-row').filter({ hasText: head }).waitFor();
    await expect(page.getByTestId('policy-premium-total').innerText()).resolves.toBe('100.00');

    // 报案 from the policy's claims.
    await page.getByTestId('report-claim-open').click();
    await page.getByTestId('report-claim-case').click();
    await page.keyboard.type(head);
    await pick(head);
    await choose('report-claim-person', head);
    await choose('report-claim-event-type', '住院');
    await typeDate('report-claim-event-on', '2024-03-02');
    await page.getByTestId('report-claim-reported-on').click();
    await page.getByTestId('report-claim-reported-on').fill('2024-03-05');
    await page.getByTestId('report-claim-reported-on').press('Enter');
    await page.getByTestId('report-claim-description').fill('因肺炎住院治疗');
    await page.getByTestId('report-claim-submit').click();

    // The claim page: documents, insurer, settlement in yuan.
    await page.getByTestId('claim-page').waitFor();
    await expect(page.getByTestId('claim-description').innerText()).resolves.toBe('因肺炎住院治疗');
    await page.getByTestId('claim-submit-open').click();
    await choose('claim-submit-documents', '理赔申请书');
    await page.keyboard.press('Escape');
    await typeDate('claim-submit-on', '2024-03-10');
    await page.getByTestId('claim-submit-submit').click();
    await page.getByTestId('claim-send-open').click();
    await typeDate('claim-send-on', '2024-03-12');
    await page.getByTestId('claim-send-ref').fill('GL2024-0001');
    await page.getByTestId('claim-send-submit').click();
    await page.getByTestId('claim-settle-open').click();
    await page.getByTestId('claim-settle-amount').fill('766.20');
    await typeDate('claim-settle-on', '2024-04-01');
    await page.getByTestId('claim-settle-submit').click();
    await page.getByTestId('claim-outcome').filter({ hasText: '766.20' }).waitFor();
    await expect(page.getByTestId('claim-status').innerText()).resolves.toBe('已赔付');
    await expect(page.getByTestId('claim-history').innerText()).resolves.toContain('理赔赔付');

    // The family's insurance tab.
    await page.goto(`${server.url}/cases/${caseId}`);
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

const ID_BODY = '43122319660512031';

/** GB 11643 check character of the first 17 digits. */
function checkDigit(body: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((acc, digit, i) => acc + Number(digit) * weights[i]!, 0);
  return '10X98765432'[sum % 11]!;
}
