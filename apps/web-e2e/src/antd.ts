import type { Page } from 'playwright-core';

/**
 * Clicks an option of the open antd Select dropdown once its opening motion has ended. An option
 * clicked while the dropdown still "appears" is sometimes not taken (the click lands before the
 * popup accepts pointer events), which made form tests fail now and then on a busy machine.
 */
export async function chooseSelectOption(page: Page, text: string): Promise<void> {
  await page
    .locator('.ant-select-dropdown:not([class*="-appear"]):not([class*="-enter"]) .ant-select-item-option', { hasText: text })
    .click();
}
