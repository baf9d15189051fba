import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { intactLogMock, renderWithProviders } from '../test/render';
import { IntegrityBadge, IntegrityQuery } from './IntegrityBadge';

function reportMock(report: Record<string, unknown>): MockLink.MockedResponse {
  return {
    request: { query: IntegrityQuery },
    result: {
      data: {
        integrity: {
          __typename: 'IntegrityReport',
          ok: true,
          checked: 42,
          headPosition: 42,
          headHash: 'a1b2c3d4e5f6a7b8c9d0',
          brokenAt: null,
          problem: null,
          checkedAt: '2023-11-15T02:00:00.000Z',
          ...report,
        },
      },
    },
  };
}

const tampered = reportMock({ ok: false, checked: 7, brokenAt: 7, problem: 'hash_mismatch' });
const badge = () => screen.getByTestId('integrity-badge');

async function tooltipOf(element: HTMLElement): Promise<string> {
  fireEvent.mouseEnter(element);
  return (await screen.findByRole('tooltip')).textContent ?? '';
}

describe('IntegrityBadge', () => {
  it('is green with the head position when the chain holds, and says what was checked', async () => {
    renderWithProviders(<IntegrityBadge />);
    await waitFor(() => expect(badge().getAttribute('data-state')).toBe('intact'));
    expect(badge().textContent).toBe('日志完整 · 至第 42 条');
    expect(badge().getAttribute('data-head-position')).toBe('42');
    const tooltip = await tooltipOf(badge());
    expect(tooltip).toContain('已逐条核对 42 条事件的哈希及其与前一条的链接');
    expect(tooltip).toContain('a1b2c3d4e5f6a7b8…');
    expect(tooltip).toContain('2023-11-15 10:00:00');
  });

  it('is red with the first broken position and the problem in words', async () => {
    renderWithProviders(<IntegrityBadge />, { integrity: tampered });
    await waitFor(() => expect(badge().getAttribute('data-state')).toBe('tampered'));
    expect(badge().textContent).toBe('日志异常 · 第 7 条：内容与哈希不符（事件被改动）');
    expect(badge().getAttribute('data-broken-at')).toBe('7');
    expect(await tooltipOf(badge())).toContain('此后的记录不可信');
  });

  it('checks again on click', async () => {
    renderWithProviders(<IntegrityBadge />, { mocks: [{ ...intactLogMock, maxUsageCount: 1 }], integrity: tampered });
    await waitFor(() => expect(badge().getAttribute('data-state')).toBe('intact'));
    fireEvent.click(badge());
    await waitFor(() => expect(badge().getAttribute('data-state')).toBe('tampered'));
  });

  it('says it cannot verify when the check fails, and speaks English', async () => {
    const failing: MockLink.MockedResponse = {
      request: { query: IntegrityQuery },
      result: { errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] },
    };
    renderWithProviders(<IntegrityBadge />, { integrity: failing, locale: 'en' });
    await waitFor(() => expect(badge().getAttribute('data-state')).toBe('error'));
    expect(badge().textContent).toBe('Cannot verify the log');
  });

  it('names a link broken by a deleted or reordered event in English', async () => {
    renderWithProviders(<IntegrityBadge />, {
      integrity: reportMock({ ok: false, brokenAt: 3, problem: 'link_mismatch' }),
      locale: 'en',
    });
    await waitFor(() => expect(badge().getAttribute('data-state')).toBe('tampered'));
    expect(badge().textContent).toBe('Log tampered · #3: link to the previous event broken (event removed or reordered)');
  });
});
