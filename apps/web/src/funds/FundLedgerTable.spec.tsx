import { fireEvent, screen, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { renderWithProviders } from '../test/render';
import { FundLedgerTable, LEDGER_PAGE_SIZE } from './FundLedgerTable';
import { FundLedgerQuery } from './funds.queries';

const entry = (position: number, over: Record<string, unknown>) => ({
  __typename: 'FundLedgerEdge',
  cursor: `c${position}`,
  node: {
    __typename: 'FundLedgerEntry',
    position,
    kind: 'EXPENDITURE',
    date: '2023-03-10',
    entryId: `e${position}`,
    amountFen: 50_000,
    category: 'SPECIAL',
    description: '走访慰问金',
    source: null,
    reason: null,
    reversed: false,
    runningRemainingFen: 6_950_000,
    runningBalanceFen: 3_950_000,
    actorName: '王军',
    linked: null,
    ...over,
  },
});

function ledger(category: string | null, edges: ReturnType<typeof entry>[]): MockLink.MockedResponse {
  return {
    request: {
      query: FundLedgerQuery,
      variables: { id: '2023-care-action', first: LEDGER_PAGE_SIZE, after: null, category, dateFrom: null, dateTo: null, minPosition: null },
    },
    result: {
      data: {
        fund: {
          __typename: 'Fund',
          id: '2023-care-action',
          ledger: { __typename: 'FundLedgerConnection', totalCount: edges.length, edges, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } },
        },
      },
    },
  };
}

const link = (kind: string, recordId: string) => ({ __typename: 'LinkedRecord', kind, recordId, streamId: `x-${recordId}` });

describe('FundLedgerTable', () => {
  it('shows running figures in 元, links each record to its screen, and offers reversal only once', async () => {
    const rows = [
      entry(1, { kind: 'ALLOCATION', category: null, amountFen: 7_000_000, description: '生育关怀行动专项经费', runningBalanceFen: 0 }),
      entry(2, { linked: link('VISIT', 'v-1'), reversed: true }),
      entry(3, { linked: link('SUBSIDY_APPLICATION', 'app-7') }),
      entry(4, { linked: link('INSURANCE_CLAIM', 'cl-2'), description: '理赔垫付' }),
      entry(5, { kind: 'REVERSAL', linked: link('VISIT', 'v-1'), reason: '重复录入' }),
    ];
    renderWithProviders(<FundLedgerTable fundId="2023-care-action" />, { mocks: [ledger(null, rows)] });
    await screen.findByText('理赔垫付');
    const shown = screen.getAllByTestId('ledger-row');
    expect(shown).toHaveLength(5);
    expect(within(shown[0]!).getByTestId('ledger-amount').textContent).toBe('70,000.00');
    expect(within(shown[1]!).getByText('已冲销')).toBeTruthy();
    const links = screen.getAllByTestId('ledger-linked').map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['走访 v-1', '/visits'],
      ['护理补贴申请 app-7', '/subsidies/app-7'],
      ['保险理赔 cl-2', '/insurance/claims/cl-2'],
      ['走访 v-1', '/visits'],
    ]);
    expect(screen.getAllByTestId('ledger-reverse')).toHaveLength(2);
    expect(within(shown[4]!).getByText('重复录入')).toBeTruthy();

    fireEvent.click(screen.getAllByTestId('ledger-reverse')[0]!);
    expect(await screen.findByText('冲销支出：走访慰问金')).toBeTruthy();
  });

  it('filters by category from the first page', async () => {
    renderWithProviders(<FundLedgerTable fundId="2023-care-action" />, {
      mocks: [ledger(null, [entry(1, { description: '全部' })]), ledger('PERSONNEL', [entry(2, { category: 'PERSONNEL', description: '专干补贴' })])],
    });
    await screen.findByText('全部');
    fireEvent.mouseDown(screen.getByLabelText('支出类别'));
    fireEvent.click(await screen.findByTitle('人员经费'));
    expect(await screen.findByText('专干补贴')).toBeTruthy();
  });
});
