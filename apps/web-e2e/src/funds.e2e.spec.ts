import type { Browser, Page } from 'playwright-core';
import { chooseSelectOption } from './antd';
import { launchChromium } from './browser';
import { startBuiltServer, type BuiltServer } from './server';

/**
 * A county officer's path through the production build (Chinese UI): a new fund of 2024, money
 * received and spent through the forms, and the fund's ledger with its running balance.
 */
describe('funds in the browser', () => {
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

  async function typeDate(testId: string, value: string) {
    const input = page.getByTestId(testId);
    await input.click();
    await input.fill(value);
    await input.press('Enter');
  }

  it('creates a fund, records a receipt and an expenditure, and shows the ledger and balance', async () => {
    const code = `e2e-${Date.now() % 100000}`;
    await page.goto(`${server.url}/funds`);
    await page.getByTestId('funds-page').waitFor();
    await page.getByTestId('funds-year').click();
    await chooseSelectOption(page, '2024');

    await page.getByTestId('funds-new').click();
    await page.getByTestId('allocate-budget-code').fill(code);
    await page.getByTestId('allocate-budget-name').fill('浏览器测试经费');
    await page.getByTestId('allocate-budget-purpose').fill('测试：走访慰问');
    await page.getByTestId('allocate-budget-amount').fill('1,000');
    await typeDate('allocate-budget-date', '2024-03-01');
    await page.getByTestId('allocate-budget-submit').click();

    // The new fund's page opens.
    await page.getByTestId('fund-page').waitFor();
    await expect(page.getByTestId('fund-title').innerText()).resolves.toContain(`2024-${code}`);

    await page.getByTestId('fund-receive').click();
    await page.getByTestId('receive-funds-amount').fill('500');
    await typeDate('receive-funds-date', '2024-03-05');
    await page.getByTestId('receive-funds-source').fill('县财政局');
    await page.getByTestId('receive-funds-submit').click();
    await page.getByTestId('receive-funds-form').waitFor({ state: 'detached' });

    await page.getByTestId('fund-spend').click();
    await page.getByTestId('record-expenditure-category').click();
    await chooseSelectOption(page, '公用经费');
    await page.getByTestId('record-expenditure-amount').fill('120.50');
    await typeDate('record-expenditure-date', '2024-03-10');
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
    await page.getByTestId('record-expenditure-category').click();
    await chooseSelectOption(page, '专项经费');
    await page.getByTestId('record-expenditure-amount').fill('5000');
    await typeDate('record-expenditure-date', '2024-03-11');
    await page.getByTestId('record-expenditure-description').fill('超支测试');
    await page.getByTestId('record-expenditure-submit').click();
    await page.getByTestId('record-expenditure-form').getByText('经费余额不足').waitFor();
    expect(await rows.count()).toBe(3);
  });
});
