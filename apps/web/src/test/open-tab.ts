import { fireEvent } from '@testing-library/react';

/**
 * Clicks the tab called `name` inside `container`, as a user does. Found by its text among the
 * `[role=tab]`s: `getByRole('tab', { name })` computes every tab's accessible name, which walks
 * getComputedStyle over the subtree and takes seconds per query under jsdom.
 */
export function openTab(container: HTMLElement, name: string): void {
  const tabs = [...container.querySelectorAll('[role="tab"]')];
  const tab = tabs.find((element) => element.textContent === name);
  if (!tab) throw new Error(`no tab "${name}" among: ${tabs.map((element) => element.textContent).join(', ')}`);
  fireEvent.click(tab);
}
