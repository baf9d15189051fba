import { choose, typeDate } from './antd';
import { useBrowserSession } from './session';

/**
 * A county officer's path through the production build (Chinese UI): a new fund of 2024, money
 * received and spent through the forms, and the fund's ledger with its running balance.
 */
describe('funds in the browser', () => {
  const session = useBrowserSession();

  it('creates a fund, records a receipt and an expenditure, and shows the ledger and balance', async () => {
    const page = session.page;
    const code = `e2e-${Date.now() % 100000}`;
    await page.goto(`${session.url}/funds`);
    await page.getByTestId('funds-page').waitFor();
    await choose(page, 'funds-year', '2024');

    await page.getByTestId('funds-new').click();
    await page.getByTestId('allocate-budget-code').fill(code);
    await page.getByTestId('allocate-budget-name').fill('浏览器测试经费');
    await page.getByTestId('allocate-budget-purpose').fill('测试：走访慰问');
    await page.getByTestId('allocate-budget-amount').fill('1,000');
    await typeDate(page, 'allocate-budget-date', '2024-03-01');
    await page.getByTestId('allocate-budget-submit').click();

    // The new fund's page opens.
    await page.getByTestId('fund-page').waitFor();
    await expect(page.getByTestId('fund-title').innerText()).resolves.toContain(`2024-${code}`);

    await page.getByTestId('fund-receive').click();
    await page.getByTestId('receive-funds-amount').fill('500');
    await typeDate(page, 'receive-funds-date', '2024-03-05');
    await page.getByTestId('receive-funds-source').fill('县财政局');
    await page.getByTestId('receive-funds-submit').click();
    await page.getByTestId('receive-funds-form').waitFor({ state: 'detached' });

    await page.getByTestId('fund-spend').click();
    await choose(page, 'record-expenditure-category', '公用经费');
    await page.getByTestId('record-expenditure-amount').fill('120.50');
    await typeDate(page, 'record-expenditure-date', '2024-03-10');
    await page.getByTestId('record-expenditure-description').fill('宣传资料印刷');
    await page.getByTestId('record-expenditure-submit').click();
    await page.getByTestId('record-expenditure-form').waitFor({ state: 'detached' });

    const rows = page.getByTestId('ledger-row');
    await rows.filter({ hasText: '宣传资料印刷' }).waitFor();
    expect(await rows.count()).toBe(3);
    const texts = await rows.allInnerTexts();
    expect(texts[0]).toContain('预算下达');
    expect(texts[1]).toContain('资金到账');
    expect(texts[2]).toContain('支出');
    await expect(page.getByTestId('ledger-balance').allInnerTexts()).resolves.toEqual(['0.00', '500.00', '379.50']);
    await expect(page.getByTestId('fund-remaining').innerText()).resolves.toBe('879.50');
    await expect(page.getByTestId('fund-balance').innerText()).resolves.toBe('379.50');

    // An overdraft is refused on the amount field, and nothing is added.
    await page.getByTestId('fund-spend').click();
    await choose(page, 'record-expenditure-category', '专项经费');
    await page.getByTestId('record-expenditure-amount').fill('5000');
    await typeDate(page, 'record-expenditure-date', '2024-03-11');
    await page.getByTestId('record-expenditure-description').fill('超支测试');
    await page.getByTestId('record-expenditure-submit').click();
    await page.getByTestId('record-expenditure-form').getByText('经费余额不足').waitFor();
    expect(await rows.count()).toBe(3);
  });
});
