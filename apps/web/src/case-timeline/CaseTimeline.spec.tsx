import { screen, within } from '@testing-library/react';
import { makeFragmentData } from '../gql';
import { renderWithProviders } from '../test/render';
import { CaseTimeline, CaseTimeline_case } from './CaseTimeline';

const entry = (revision: number, type: string, data: unknown, extra: { reason?: string; businessDate?: string } = {}) => ({
  __typename: 'TimelineEntry' as const,
  eventId: `e${revision}`,
  position: 100 + revision,
  revision,
  type,
  data,
  recordedAt: `2023-07-0${revision}T16:30:00.000Z`,
  businessDate: extra.businessDate ?? null,
  actorName: '李梅',
  actorRole: 'caseworker',
  reason: extra.reason ?? null,
});

const timelineCase = makeFragmentData(
  {
    __typename: 'Case',
    members: [{ __typename: 'Member', personId: 'p-1', name: '张*' }],
    timeline: [
      entry(1, 'CaseOpened', { category: 'BEREAVED', village: '孝坪村', address: '三组12号' }, { businessDate: '2023-06-30' }),
      entry(2, 'MemberDied', { personId: 'p-1', diedOn: '2023-07-01' }),
      entry(3, 'CategoryChanged', { from: 'BEREAVED', to: 'HARDSHIP' }, { reason: '复核后更正' }),
      entry(4, 'SomethingNew', {}),
    ],
  },
  CaseTimeline_case,
);

describe('CaseTimeline', () => {
  it('lists entries newest first with what, who, when (Beijing time), business date and why', () => {
    renderWithProviders(<CaseTimeline case={timelineCase} />);
    const entries = screen.getAllByTestId('timeline-entry');
    expect(entries.map((element) => element.getAttribute('data-event-type'))).toEqual([
      'SomethingNew',
      'CategoryChanged',
      'MemberDied',
      'CaseOpened',
    ]);
    const [unknown, changed, died, opened] = entries as [HTMLElement, HTMLElement, HTMLElement, HTMLElement];
    expect(within(unknown).getByTestId('timeline-summary').textContent).toBe('SomethingNew');
    expect(within(changed).getByTestId('timeline-reason').textContent).toBe('原因：复核后更正');
    expect(within(died).getByTestId('timeline-summary').textContent).toBe('登记成员 张* 死亡（2023-07-01）');
    expect(opened.textContent).toContain('李梅（乡镇专干）');
    expect(opened.textContent).toContain('2023-07-02 00:30:00');
    expect(opened.textContent).toContain('业务日期 2023-06-30');
    expect(within(opened).queryByTestId('timeline-reason')).toBeNull();
  });

  it('renders in English', () => {
    renderWithProviders(<CaseTimeline case={timelineCase} />, { locale: 'en' });
    expect(screen.getAllByTestId('timeline-summary')[2]?.textContent).toBe('Recorded the death of 张* (2023-07-01)');
    expect(screen.getAllByTestId('timeline-entry')[3]?.textContent).toContain('李梅 (Township caseworker)');
  });
});
