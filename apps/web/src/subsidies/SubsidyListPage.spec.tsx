import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { renderWithProviders } from '../test/render';
import { SubsidyListPage, SubsidyListQuery } from './SubsidyListPage';

function row(id: string, personName: string, status: string, amountFen: number) {
  return {
    __typename: 'SubsidyApplicationEdge',
    cursor: `cursor-${id}`,
    node: {
      __typename: 'SubsidyApplication',
      id,
      personName,
      townshipName: '孝坪镇',
      hospitalName: '辰溪县人民医院',
      admittedOn: '2023-03-01',
      dischargedOn: '2023-03-21',
      status,
      amountFen,
    },
  };
}

function page(after: string | null, edges: ReturnType<typeof row>[], hasNextPage: boolean, filter = {}): MockLink.MockedResponse {
  return {
    maxUsageCount: 2,
    request: { query: SubsidyListQuery, variables: { filter, first: 20, after, minPosition: null } },
    result: {
      data: {
        subsidyApplications: {
          __typename: 'SubsidyApplicationConnection',
          totalCount: 21,
          edges,
          pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
        },
      },
    },
  };
}

describe('SubsidyListPage', () => {
  it('shows state and amount per row and pages with the end cursor', async () => {
    renderWithProviders(<SubsidyListPage />, {
      mocks: [page(null, [row('s1', '张*', 'paid', 200000), row('s2', '李*', 'returned', 150050)], true), page('cursor-s2', [row('s3', '王*', 'applied', 90000)], false)],
    });
    expect(await screen.findByText('张*')).toBeTruthy();
    expect(screen.getAllByTestId('subsidy-row-status').map((tag) => tag.textContent)).toEqual(['已到账', '退回补正']);
    expect(screen.getAllByTestId('subsidy-row-amount').map((cell) => cell.textContent)).toEqual(['2,000.00', '1,500.50']);
    expect(screen.getByTestId('subsidy-total').textContent).toBe('共 21 件');

    fireEvent.click(screen.getByTestId('subsidy-next'));
    expect(await screen.findByText('王*')).toBeTruthy();
    fireEvent.click(screen.getAllByTestId('subsidy-row')[0]!);
    expect(window.location.pathname).toBe('/subsidies/s3');
  });

  it('filters by state from the first page', async () => {
    renderWithProviders(<SubsidyListPage />, {
      mocks: [page(null, [row('s1', '张*', 'paid', 200000)], false), page(null, [row('s2', '李*', 'returned', 150050)], false, { status: 'returned' })],
    });
    await screen.findByText('张*');
    fireEvent.mouseDown(screen.getByTestId('subsidy-filter-status').querySelector('.ant-select-content') ?? screen.getByTestId('subsidy-filter-status'));
    fireEvent.click(await screen.findByTitle('退回补正'));
    await waitFor(() => expect(screen.queryByText('张*')).toBeNull());
    expect(screen.getByText('李*')).toBeTruthy();
  });
});
