import type { Page } from 'playwright-core';

/**
 * The antd Select dropdown now open and settled. An option clicked while the dropdown still
 * "appears" is sometimes not taken (the click lands before the popup accepts pointer events), and
 * the previous Select's dropdown may still be closing ("leave") or hidden with the same options:
 * both made form tests fail now and then on a busy machine.
 */
const OPEN_DROPDOWN =
  '.ant-select-dropdown:not(.ant-select-dropdown-hidden):not([class*="-leave"]):not([class*="-appear"]):not([class*="-enter"])';

/** Clicks the option showing `text` in the open antd Select dropdown. */
export async function chooseSelectOption(page: Page, text: string): Promise<void> {
  await page.locator(`${OPEN_DROPDOWN} .ant-select-item-option`, { hasText: text }).click();
}

/** Opens the Select with this test id and chooses the option showing `text`. */
export async function choose(page: Page, testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).click();
  await chooseSelectOption(page, text);
}

/** A searching Select (families by name): types `text` and chooses the option the server found. */
export async function searchAndChoose(page: Page, testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.keyboard.type(text);
  await chooseSelectOption(page, text);
}

/** Types a civil date ('2024-03-01') into the antd DatePicker with this test id. */
export async function typeDate(page: Page, testId: string, value: string): Promise<void> {
  const input = page.getByTestId(testId);
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

/** Switches the acting user in the header bar (the county's decisions are the county officer's). */
export async function actAs(page: Page, userName: string): Promise<void> {
  await choose(page, 'acting-user-select', userName);
}
