import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { renderWithProviders } from '../test/render';
import { DonationsPage } from './DonationsPage';
import { growthRatio } from './DonationYearFigures';
import { DonationsPageQuery } from './donations.queries';

const node = (donationId: string, status: 'RECORDED' | 'REVERSED', channel = 'ONLINE') => ({
  __typename: 'Donation',
  year: 2023,
  donationId,
  receivedOn: '2023-05-29',
  channel,
  source: `批次 ${donationId}`,
  amountFen: 2_500_000,
  matchingFen: 1_000_000,
  totalFen: 3_500_000,
  status,
  reversalReason: status === 'REVERSED' ? '平台重复推送' : null,
});

function page(channel: string | null, nodes: ReturnType<typeof node>[], totalCount: number): MockLink.MockedResponse {
  return {
    maxUsageCount: 2,
    request: { query: DonationsPageQuery, variables: { year: 2023, previousYear: 2022, channel, first: 20, after: null, minPosition: null } },
    result: {
      data: {
        thisYear: { __typename: 'DonationYear', year: 2023, count: 3, amountFen: 5_381_116, matchingFen: 1_800_000, totalFen: 7_181_116 },
        previousYear: { __typename: 'DonationYear', year: 2022, totalFen: 2_684_857 },
        donations: {
          __typename: 'DonationConnection',
          totalCount,
          edges: nodes.map((n) => ({ __typename: 'DonationEdge', cursor: `c-${n.donationId}`, node: n })),
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        },
      },
    },
  };
}

describe('DonationsPage', () => {
  it("shows the year's totals beside last year's, and offers reversal only for recorded gifts", async () => {
    renderWithProviders(<DonationsPage initialYear={2023} />, { mocks: [page(null, [node('d-1', 'RECORDED'), node('d-2', 'REVERSED')], 2)] });
    expect(await screen.findByText('批次 d-1')).toBeTruthy();
    const figures = screen.getByTestId('donation-figures');
    expect(within(figures).getByText('2023 年募捐合计（不含已冲销）')).toBeTruthy();
    expect(screen.getByTestId('donation-figures-total').textContent).toContain('71,811.16');
    expect(screen.getByTestId('donation-figures-previous').textContent).toContain('26,848.57');
    expect(screen.getByTestId('donation-figures-previous').textContent).toContain('为上年的 2.67 倍');
    expect(screen.getByTestId('donations-total').textContent).toBe('共 2 笔');
    const rows = screen.getAllByTestId('donation-row');
    expect(within(rows[0]!).getByTestId('donation-reverse')).toBeTruthy();
    expect(within(rows[1]!).queryByTestId('donation-reverse')).toBeNull();
    expect(within(rows[1]!).getByText('平台重复推送')).toBeTruthy();
  });

  it('filters by channel with the labels of the domain vocabulary', async () => {
    renderWithProviders(<DonationsPage initialYear={2023} />, {
      mocks: [page(null, [node('d-1', 'RECORDED')], 1), page('BANK', [node('d-9', 'RECORDED', 'BANK')], 1)],
    });
    expect(await screen.findByText('批次 d-1')).toBeTruthy();
    fireEvent.mouseDown(screen.getByLabelText('渠道'));
    fireEvent.click(await screen.findByTitle('银行转账'));
    await waitFor(() => expect(screen.getByText('批次 d-9')).toBeTruthy());
    expect(screen.queryByText('批次 d-1')).toBeNull();
  });
});

describe('growthRatio', () => {
  it("reads the seed report's 2.67 times, rounding to the hundredth without floats", () => {
    expect(growthRatio(7_181_116, 2_684_857)).toBe('2.67');
    expect(growthRatio(150, 100)).toBe('1.50');
    expect(growthRatio(2, 3)).toBe('0.67');
    expect(growthRatio(100, 0)).toBeNull();
  });
});
