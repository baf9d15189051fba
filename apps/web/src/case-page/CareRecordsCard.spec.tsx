import { screen } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { CaseInsuranceQuery } from '../insurance/insurance.queries';
import { CaseSubsidiesQuery } from '../subsidies/CaseSubsidies';
import { openTab } from '../test/open-tab';
import { renderWithProviders } from '../test/render';
import { VisitsQuery } from '../visits/visits.graphql';
import { CareRecordsCard } from './CareRecordsCard';

/** Answers `query` once and notes that it was asked, so a test can tell which tabs have fetched. */
function recorded(name: string, asked: string[], query: MockLink.MockedResponse['request']['query'], data: unknown): MockLink.MockedResponse {
  return {
    request: {
      query,
      variables: () => {
        asked.push(name);
        return true;
      },
    },
    result: { data: data as Record<string, unknown> },
  };
}

function careRecordMocks(asked: string[]): MockLink.MockedResponse[] {
  return [
    recorded('visits', asked, VisitsQuery, {
      visits: { __typename: 'VisitConnection', totalCount: 0, edges: [], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } },
    }),
    recorded('subsidies', asked, CaseSubsidiesQuery, {
      case: { __typename: 'Case', id: 'case-1', headName: '张三', townshipName: '城关镇', village: '孝坪村', subsidyApplications: [] },
    }),
    recorded('insurance', asked, CaseInsuranceQuery, {
      case: { __typename: 'Case', id: 'case-1', insuranceEnrolments: [], insuranceClaims: [] },
    }),
  ];
}

describe('CareRecordsCard', () => {
  it('mounts a tab, and fetches its records, only once it is opened, and keeps it when the user moves on', async () => {
    const asked: string[] = [];
    renderWithProviders(<CareRecordsCard caseId="case-1" readOnly={false} />, { mocks: careRecordMocks(asked) });

    await screen.findByTestId('visits-table');
    expect(screen.queryByTestId('case-subsidies')).toBeNull();
    expect(screen.queryByTestId('case-insurance')).toBeNull();
    expect(asked).toEqual(['visits']);

    openTab(screen.getByTestId('case-care-records'), '护理补贴');
    await screen.findByTestId('apply-subsidy-button');
    expect(screen.queryByTestId('case-insurance')).toBeNull();
    expect(asked).toEqual(['visits', 'subsidies']);

    // Opened tabs stay mounted (hidden), so going back keeps the visits tab's filters and page.
    openTab(screen.getByTestId('case-care-records'), '保险与理赔');
    await screen.findByTestId('case-insurance');
    expect(asked).toEqual(['visits', 'subsidies', 'insurance']);
    expect(screen.getByTestId('visits-table')).toBeTruthy();
    expect(screen.getByTestId('case-subsidies')).toBeTruthy();
  });
});
