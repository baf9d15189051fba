import { actAs, choose, searchAndChoose, typeDate } from './antd';
import { openFamily, uniqueName } from './fixtures';
import { useBrowserSession } from './session';

/**
 * A caseworker applies for the nursing subsidy for a member of a family opened in this test
 * (through GraphQL), approves it at township level; the county officer approves it; the page
 * shows the amount, the computation and the steps with who decided, in Chinese.
 */
describe('nursing subsidy in the browser', () => {
  const session = useBrowserSession();

  it('applies for a member, approves at township and county, and shows the steps and amount', async () => {
    const page = session.page;
    const name = uniqueName('补贴测试');
    await openFamily(session, { head: name, birthDate: '1958-06-12', openedOn: '2023-01-05' });

    await page.goto(`${session.url}/subsidies`);
    await page.getByTestId('subsidy-list-page').waitFor();
    await page.getByTestId('apply-subsidy-button').click();
    await searchAndChoose(page, 'apply-subsidy-case', name);
    await choose(page, 'apply-subsidy-member', '户主');
    await page.getByTestId('apply-subsidy-hospital-name').fill('辰溪县人民医院');
    await choose(page, 'apply-subsidy-hospital-grade', '二级甲等');
    await choose(page, 'apply-subsidy-diagnosis', '心脑血管疾病');
    await typeDate(page, 'apply-subsidy-admitted-on', '2023-03-01');
    await typeDate(page, 'apply-subsidy-discharged-on', '2023-03-21');
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
    await actAs(page, '王军');
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
