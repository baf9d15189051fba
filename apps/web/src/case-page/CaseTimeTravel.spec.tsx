import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { App } from '../App';
import { caseFixture } from '../test/case-fixtures';
import { openTab } from '../test/open-tab';
import { renderWithProviders } from '../test/render';
import { CaseSubsidiesQuery } from '../subsidies/CaseSubsidies';
import { VisitsQuery } from '../visits/visits.graphql';
import { CasePageQuery } from './CasePage';

type AsOf = { recordedAt?: string; businessDate?: string } | null;

function casePageMock(asOf: AsOf, result: ReturnType<typeof caseFixture> | null): MockLink.MockedResponse {
  return {
    request: { query: CasePageQuery, variables: { id: 'case-1', asOf, minPosition: null } },
    result: { data: { case: result } },
    maxUsageCount: 2,
  };
}

/** Types a date into an antd picker and confirms it, as a user typing does. */
function pickDate(testId: string, text: string) {
  const input = screen.getByTestId(testId).querySelector('input') ?? screen.getByTestId(testId);
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value: text } });
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
}

// The care-record tabs read live read models whatever the moment shown: answered the same either way.
const careRecordMocks: MockLink.MockedResponse[] = [
  {
    request: { query: VisitsQuery, variables: { filter: { caseId: 'case-1', includeVoided: true }, first: 20, after: null, minPosition: null } },
    result: { data: { visits: { __typename: 'VisitConnection', totalCount: 0, edges: [], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } } } },
    maxUsageCount: 3,
  },
  {
    request: { query: CaseSubsidiesQuery, variables: { id: 'case-1', minPosition: null } },
    result: {
      data: { case: { __typename: 'Case', id: 'case-1', headName: '张三', townshipName: '城关镇', village: '孝坪村', subsidyApplications: [] } },
    },
    maxUsageCount: 3,
  },
];

// querySelectorAll, not getAllByRole: role queries walk the accessibility tree and are slow under jsdom.
const commandButtons = () => [
  ...screen.getByTestId('case-actions').querySelectorAll('button'),
  ...screen.getByTestId('members-table').querySelectorAll('button'),
];

describe('CasePage time travel', () => {
  beforeEach(() => window.history.replaceState(null, '', '/cases/case-1'));

  it('asks for the case as of a business date, says so, disables every command, and comes back to now', async () => {
    renderWithProviders(<App />, {
      mocks: [
        casePageMock(null, caseFixture()),
        casePageMock({ businessDate: '2023-11-15' }, caseFixture({ revision: 2, asOf: 'businessDate:2023-11-15' })),
      ],
    });
    await screen.findByTestId('case-page');
    expect(commandButtons().every((button) => !button.disabled)).toBe(true);

    fireEvent.click(screen.getByText('按业务日期'));
    // Choosing the axis alone changes nothing until a day is picked.
    expect(screen.queryByTestId('time-travel-banner')).toBeNull();
    pickDate('time-travel-business-date', '2023-11-15');

    const banner = await screen.findByTestId('time-travel-banner');
    expect(banner.textContent).toContain('正在查看 2023-11-15 的档案（按业务日期）');
    await waitFor(() => expect(screen.getByTestId('case-page').getAttribute('data-as-of')).toBe('businessDate:2023-11-15'));
    expect(commandButtons().length).toBeGreaterThan(3);
    expect(commandButtons().every((button) => button.disabled)).toBe(true);

    fireEvent.click(screen.getByTestId('time-travel-back-to-now'));
    await waitFor(() => expect(screen.getByTestId('case-page').getAttribute('data-as-of')).toBe(''));
    expect(screen.queryByTestId('time-travel-banner')).toBeNull();
    expect(commandButtons().every((button) => !button.disabled)).toBe(true);
  });

  it('asks for the case as recorded at a Beijing time, sent as the UTC instant', async () => {
    renderWithProviders(<App />, {
      mocks: [
        casePageMock(null, caseFixture()),
        casePageMock({ recordedAt: '2023-11-15T00:30:00.000Z' }, caseFixture({ asOf: 'recordedAt:2023-11-15T00:30:00.000Z' })),
      ],
    });
    await screen.findByTestId('case-page');
    fireEvent.click(screen.getByText('按记录时间'));
    pickDate('time-travel-recorded-at', '2023-11-15 08:30:00');

    const banner = await screen.findByTestId('time-travel-banner');
    expect(banner.textContent).toContain('正在查看 2023-11-15 08:30:00 时的档案（按记录时间）');
    await waitFor(() => expect(screen.getByTestId('case-page').getAttribute('data-as-of')).toBe('recordedAt:2023-11-15T00:30:00.000Z'));
  });

  it('says the case did not exist yet on a day before it was opened, keeping the way back', async () => {
    renderWithProviders(<App />, {
      mocks: [casePageMock(null, caseFixture()), casePageMock({ businessDate: '2020-01-01' }, null)],
    });
    await screen.findByTestId('case-page');
    fireEvent.click(screen.getByText('按业务日期'));
    pickDate('time-travel-business-date', '2020-01-01');

    expect((await screen.findByTestId('case-not-yet-opened')).textContent).toContain('2020-01-01 时该档案尚未建立');
    expect(screen.queryByTestId('error-result')).toBeNull();
    fireEvent.click(screen.getByTestId('time-travel-back-to-now'));
    expect(await screen.findByTestId('case-page')).toBeTruthy();
  });

  it.each([
    ['zh', '按业务日期', '此处显示的是它们当前的状态，不是所选时刻的状态'],
    ['en', 'As of business date', 'these are the records as they are now, not as they were then'],
  ] as const)('in %s, says the care records are shown as they are now and hides their actions', async (locale, axis, notice) => {
    renderWithProviders(<App />, {
      locale,
      mocks: [
        casePageMock(null, caseFixture()),
        casePageMock({ businessDate: '2023-11-15' }, caseFixture({ asOf: 'businessDate:2023-11-15' })),
        ...careRecordMocks,
      ],
    });
    await screen.findByTestId('record-visit-open');
    const subsidiesTab = locale === 'zh' ? '护理补贴' : 'Nursing subsidy';
    openTab(screen.getByTestId('case-care-records'), subsidiesTab);
    await screen.findByTestId('apply-subsidy-button');
    expect(screen.queryByTestId('care-records-live')).toBeNull();

    fireEvent.click(screen.getByText(axis));
    pickDate('time-travel-business-date', '2023-11-15');
    expect((await screen.findByTestId('care-records-live')).textContent).toContain(notice);
    await waitFor(() => expect(screen.getByTestId('case-page').getAttribute('data-as-of')).toBe('businessDate:2023-11-15'));
    await screen.findByTestId('visits-table');
    expect(screen.queryByTestId('record-visit-open')).toBeNull();
    openTab(screen.getByTestId('case-care-records'), subsidiesTab);
    await screen.findByTestId('case-subsidies');
    expect(screen.queryByTestId('apply-subsidy-button')).toBeNull();

    fireEvent.click(screen.getByTestId('time-travel-back-to-now'));
    await waitFor(() => expect(screen.getByTestId('case-page').getAttribute('data-as-of')).toBe(''));
    expect(screen.queryByTestId('care-records-live')).toBeNull();
  });
});
