import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { renderWithProviders } from '../test/render';
import { ResumeProjectionMutation } from './resume-projection.mutation';
import { ProjectionsQuery, SystemPage } from './SystemPage';

function health(name: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'ProjectionHealth' as const,
    name,
    position: 120,
    headPosition: 120,
    lag: 0,
    status: 'running',
    skipped: 0,
    failedPosition: null,
    failedEventId: null,
    error: null,
    ...extra,
  };
}

const failedTimeline = health('case_timeline', {
  position: 99,
  lag: 21,
  status: 'failed',
  failedPosition: 100,
  failedEventId: 'event-100',
  error: 'Cannot read properties of undefined',
});

function projectionsMock(projections: ReturnType<typeof health>[]): MockLink.MockedResponse {
  return { request: { query: ProjectionsQuery }, result: { data: { projections } } };
}

const rowOf = (name: string) => screen.getAllByTestId('projection-row').find((row) => row.getAttribute('data-name') === name)!;

describe('SystemPage', () => {
  it('lists each projection with its checkpoint, lag and failure, and resumes a failed one', async () => {
    const resumed: unknown[] = [];
    const resume: MockLink.MockedResponse = {
      request: {
        query: ResumeProjectionMutation,
        variables: (variables: Record<string, unknown>) => {
          resumed.push(variables['name']);
          return true;
        },
      },
      result: { data: { resumeProjection: health('case_timeline', { position: 110, lag: 10 }) } },
    };
    renderWithProviders(<SystemPage />, {
      mocks: [projectionsMock([health('case_summary', { skipped: 2 }), failedTimeline]), resume, projectionsMock([health('case_summary'), health('case_timeline')])],
    });

    await waitFor(() => expect(screen.getAllByTestId('projection-row')).toHaveLength(2));
    const summary = rowOf('case_summary');
    expect(summary.getAttribute('data-status')).toBe('running');
    expect(summary.textContent).toContain('运行中');
    expect(summary.textContent).toContain('已跳过 2 条未知事件');
    expect(within(summary).queryByTestId('resume-projection-button')).toBeNull();

    const timeline = rowOf('case_timeline');
    expect(timeline.textContent).toContain('出错停止');
    expect(timeline.textContent).toContain('21');
    expect(within(timeline).getByTestId('projection-error').textContent).toBe(
      '第 100 条事件（event-100）：Cannot read properties of undefined',
    );

    fireEvent.click(within(timeline).getByTestId('resume-projection-button'));
    await waitFor(() => expect(rowOf('case_timeline').getAttribute('data-status')).toBe('running'));
    expect(resumed).toEqual(['case_timeline']);
    expect(within(rowOf('case_timeline')).queryByTestId('resume-projection-button')).toBeNull();
  });

  it('shows a lag beyond what the API counts as "at least"', async () => {
    renderWithProviders(<SystemPage />, { mocks: [projectionsMock([health('case_member', { lag: 10000, position: 5 })])] });
    await waitFor(() => expect(rowOf('case_member').textContent).toContain('≥ 10000'));
  });
});
