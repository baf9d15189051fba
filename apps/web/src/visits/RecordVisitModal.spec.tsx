import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { renderWithProviders } from '../test/render';
import { RecordVisitModal } from './RecordVisitModal';
import { FamilySearchQuery, familySearchVariables } from '../family-picker/family-search.query';
import { CaseMembersQuery, FundsForYearQuery, RecordVisitMutation } from './visits.graphql';
import { fieldError, typeDate } from '../test/antd-form';

const lookups: MockLink.MockedResponse[] = [
  {
    request: { query: FamilySearchQuery, variables: familySearchVariables('') },
    result: { data: { cases: { __typename: 'CaseConnection', edges: [] } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: CaseMembersQuery, variables: { id: 'case-1' } },
    result: {
      data: {
        case: {
          __typename: 'Case',
          id: 'case-1',
          headName: '张*',
          township: 'XP',
          members: [{ __typename: 'Member', personId: 'p-1', name: '张*', deceased: false }],
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: FundsForYearQuery, variables: { year: 2023 } },
    result: {
      data: { funds: { __typename: 'FundConnection', edges: [{ __typename: 'FundEdge', node: { __typename: 'Fund', id: '2023-care-action', name: '关怀行动', remainingFen: 100 } }] } },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
];

function renderModal(locale: 'zh' | 'en', mocks: MockLink.MockedResponse[] = []) {
  renderWithProviders(<RecordVisitModal open onClose={() => undefined} initial={{ caseIds: ['case-1'], township: 'XP' }} />, {
    mocks: [...mocks, ...lookups],
    locale,
  });
}

describe('RecordVisitModal', () => {
  it.each([
    ['zh', '请填写走访人员', '金额最多两位小数（精确到分）', '金额不能为负数'],
    ['en', 'Please enter Visitors', 'An amount has at most 2 decimals (fen)', 'The amount cannot be negative'],
  ] as const)('in %s, names what is missing and why an amount is refused, sending nothing', async (locale, visitorsMissing, decimals, negative) => {
    const sent: unknown[] = [];
    renderModal(locale, [
      { request: { query: RecordVisitMutation, variables: (v: Record<string, unknown>) => sent.push(v) > 0 }, result: { data: null } },
    ]);
    const cash = await screen.findByTestId('record-visit-cash');
    fireEvent.change(cash, { target: { value: '12.345' } });
    await waitFor(() => expect(fieldError('record-visit-cash')).toBe(decimals));
    fireEvent.change(cash, { target: { value: '-5' } });
    await waitFor(() => expect(fieldError('record-visit-cash')).toBe(negative));
    fireEvent.click(screen.getByTestId('record-visit-submit'));
    await waitFor(() => expect(fieldError('record-visit-visitors')).toBe(visitorsMissing));
    expect(sent).toEqual([]);
  });

  it('sends the 元 typed as integer fen and puts INSUFFICIENT_FUNDS on the amount it names', async () => {
    const sent: Array<Record<string, unknown>> = [];
    renderModal('zh', [
      {
        request: {
          query: RecordVisitMutation,
          variables: (variables: Record<string, unknown>) => {
            sent.push(variables['input'] as Record<string, unknown>);
            return true;
          },
        },
        result: { errors: [{ message: 'Fund has 100 fen left', extensions: { code: 'INSUFFICIENT_FUNDS', details: { field: 'cashAidFen' } } }] },
      },
    ]);
    typeDate('record-visit-date', '2023-09-28');
    const visitors = (await screen.findByTestId('record-visit-visitors')).querySelector('input')!;
    fireEvent.change(visitors, { target: { value: '刘芳,' } });
    fireEvent.change(screen.getByTestId('record-visit-cash'), { target: { value: '500.29' } });
    const fund = await screen.findByTestId('record-visit-fund');
    fireEvent.mouseDown(fund.querySelector('.ant-select-content') ?? fund);
    fireEvent.click(await screen.findByTitle('关怀行动（余额 1.00 元）'));
    fireEvent.click(screen.getByTestId('record-visit-submit'));

    await waitFor(() => expect(fieldError('record-visit-cash')).toBe('经费余额不足'));
    expect(sent).toEqual([
      expect.objectContaining({
        visitedOn: '2023-09-28',
        township: 'XP',
        visitors: ['刘芳'],
        caseIds: ['case-1'],
        cashAidFen: 50_029,
        fundId: '2023-care-action',
        goods: [],
        commandId: expect.any(String),
      }),
    ]);
  });
});
