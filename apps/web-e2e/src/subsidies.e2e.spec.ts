import type { Browser, Page } from 'playwright-core';
import { buildResidentId } from '@careledger/domain-kernel';
import { chooseSelectOption } from './antd';
import { launchChromium } from './browser';
import { startBuiltServer, type BuiltServer } from './server';

/** Sends one GraphQL operation to the built server as the default caseworker; fails on any error. */
async function graphql<T>(url: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const OPEN_CASE = `mutation ($input: OpenCaseInput!) { openCase(input: $input) { id } }`;
const REGISTER_MEMBER = `mutation ($input: RegisterMemberInput!) { registerMember(input: $input) { id createdId } }`;

/**
 * A caseworker applies for the nursing subsidy for a member of a family opened in this test
 * (through GraphQL), approves it at township level; the county officer approves it; the page
 * shows the amount, the computation and the steps with who decided, in Chinese.
 */
describe('nursing subsidy in the browser', () => {
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

  it('applies for a member, approves at township and county, and shows the steps and amount', async () => {
    const name = `补贴测试${Date.now() % 100000}`;
    const { openCase } = await graphql<{ openCase: { id: string } }>(server.url, OPEN_CASE, {
      input: { category: 'BEREAVED', township: 'CY', village: '潭湾村', address: '二组8号', openedOn: '2023-01-05' },
    });
    await graphql(server.url, REGISTER_MEMBER, {
      input: {
        caseId: openCase.id,
        name,
        idNumber: buildResidentId({ birthDate: '1958-06-12', sequence: 317 }),
        relation: 'HEAD',
        birthDate: '1958-06-12',
      },
    });

    await page.goto(`${server.url}/subsidies`);
    await page.getByTestId('subsidy-list-page').waitFor();
    await page.getByTestId('apply-subsidy-button').click();
    await page.getByTestId('apply-subsidy-case').click();
    await page.keyboard.type(name);
    await chooseSelectOption(page, name);
    await page.getByTestId('apply-subsidy-member').click();
    await chooseSelectOption(page, '户主');
    await page.getByTestId('apply-subsidy-hospital-name').fill('辰溪县人民医院');
    await page.getByTestId('apply-subsidy-hospital-grade').click();
    await chooseSelectOption(page, '二级甲等');
    await page.getByTestId('apply-subsidy-diagnosis').click();
    await chooseSelectOption(page, '心脑血管疾病');
    for (const [testId, date] of [
      ['apply-subsidy-admitted-on', '2023-03-01'],
      ['apply-subsidy-discharged-on', '2023-03-21'],
    ] as const) {
      await page.getByTestId(testId).click();
      await page.getByTestId(testId).fill(date);
      await page.getByTestId(testId).press('Enter');
    }
    await page.getByTestId('apply-subsidy-submit').click();

    // The new application's page: 20 counted days × 100 元 under the example rule set.
    await page.locator('[data-testid="subsidy-status"][data-status="applied"]').waitFor();
    await expect(page.getByTestId('subsidy-amount').innerText()).resolves.toBe('2,000.00 元');
    await expect(page.getByTestId('subsidy-member').innerText()).resolves.toContain(name.slice(0, 1));
    await expect(page.getByTestId('subsidy-computation').innerText()).resolves.toContain('100.00 元/天');

    await page.getByTestId('subsidy-action-townshipReview').click();
    await page.getByTestId('subsidy-townshipReview-decision-APPROVED').click();
    await page.getByTestId('subsidy-townshipReview-opinion').fill('材料齐全，情况属实');
    await page.getByTestId('subsidy-townshipReview-submit').click();
    await page.locator('[data-testid="subsidy-status"][data-status="townshipApproved"]').waitFor();

    // The county's decision is the county officer's.
    await page.getByTestId('acting-user-select').click();
    await chooseSelectOption(page, '王军');
    await page.getByTestId('subsidy-action-countyReview').click();
    await page.getByTestId('subsidy-countyReview-decision-APPROVED').click();
    await page.getByTestId('subsidy-countyReview-opinion').fill('同意');
    await page.getByTestId('subsidy-countyReview-submit').click();
    await page.locator('[data-testid="subsidy-status"][data-status="countyApproved"]').waitFor();

    await expect(page.getByTestId('subsidy-status').innerText()).resolves.toBe('县级已审批');
    await expect(page.getByTestId('subsidy-amount').innerText()).resolves.toBe('2,000.00 元');
    const steps = await page
      .getByTestId('subsidy-step')
      .evaluateAll((items) => items.map((item) => `${item.textContent ?? ''}:${item.getAttribute('data-status') ?? ''}`));
    expect(steps).toEqual([
      '提交申请:finish',
      '乡镇审核:finish',
      '县级审批:finish',
      '张榜公示:process',
      '阳光审批系统:wait',
      '一卡通发放:wait',
      '报账:wait',
    ]);
    const township = await page.getByTestId('subsidy-step-townshipReview').innerText();
    expect(township).toContain('意见：材料齐全，情况属实');
    expect(township).toContain('刘芳（乡镇专干）');
    const county = await page.getByTestId('subsidy-step-countyReview').innerText();
    expect(county).toContain('意见：同意');
    expect(county).toContain('王军（县计生协工作人员）');
    await expect(page.getByTestId('subsidy-actions').innerText()).resolves.toContain('张榜公示');
  });
});
