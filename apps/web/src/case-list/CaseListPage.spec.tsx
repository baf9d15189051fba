import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { renderWithProviders } from '../test/render';
import { CaseListPage, CaseListQuery } from './CaseListPage';

function row(id: string, headName: string) {
  return {
    __typename: 'CaseEdge',
    cursor: `cursor-${id}`,
    node: {
      __typename: 'Case',
      id,
      category: 'BEREAVED',
      status: 'ACTIVE',
      townshipName: '孝坪镇',
      village: '孝坪村',
      address: '一组',
      headName,
      memberCount: 2,
      openedOn: '2023-01-01',
    },
  };
}

function page(after: string | null, edges: ReturnType<typeof row>[], hasNextPage: boolean, filter = {}): MockLink.MockedResponse {
  return {
    // The list is cache-and-network: coming back to a page asks the server again.
    maxUsageCount: 2,
    request: { query: CaseListQuery, variables: { filter, first: 20, after } },
    result: {
      data: {
        cases: {
          __typename: 'CaseConnection',
          totalCount: 21,
          edges,
          pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
        },
      },
    },
  };
}

describe('CaseListPage', () => {
  it('pages forward with the end cursor and back again, showing the total', async () => {
    renderWithProviders(<CaseListPage />, {
      mocks: [page(null, [row('c1', '张*'), row('c2', '李*')], true), page('cursor-c2', [row('c3', '王*')], false)],
    });
    expect(await screen.findByText('张*')).toBeTruthy();
    expect(screen.getByTestId('case-total').textContent).toBe('共 21 户');
    expect((screen.getByTestId('case-previous') as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(screen.getByTestId('case-next'));
    expect(await screen.findByText('王*')).toBeTruthy();
    expect((screen.getByTestId('case-next') as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(screen.getByTestId('case-previous'));
    expect(await screen.findByText('张*')).toBeTruthy();
  });

  it('searches from the first page and opens a case when its row is clicked', async () => {
    renderWithProviders(<CaseListPage />, {
      mocks: [page(null, [row('c1', '张*'), row('c2', '李*')], true), page(null, [row('c2', '李*')], false, { search: '李' })],
    });
    await screen.findByText('张*');
    fireEvent.change(screen.getByLabelText('搜索档案'), { target: { value: ' 李 ' } });
    fireEvent.keyDown(screen.getByLabelText('搜索档案'), { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => expect(screen.queryByText('张*')).toBeNull());

    fireEvent.click(screen.getAllByTestId('case-row')[0]!);
    expect(window.location.pathname).toBe('/cases/c2');
  });
});
