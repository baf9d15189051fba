import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { App } from '../App';
import { CasePageQuery } from '../case-page/CasePage';
import { caseFixture } from '../test/case-fixtures';
import { renderWithProviders } from '../test/render';
import { AuditTrailPage, AuditTrailQuery } from './AuditTrailPage';

function auditEvent(position: number, type: string, data: Record<string, unknown>, extra: { reason?: string } = {}) {
  return {
    __typename: 'AuditEvent' as const,
    eventId: `event-${position}`,
    position,
    streamId: 'case-case-1',
    streamType: 'case',
    revision: position - 9,
    type,
    schemaVersion: 1,
    data: { caseId: 'case-1', ...data },
    recordedAt: '2023-11-14T16:30:00.000Z',
    businessDate: '2023-11-14',
    actorId: 'caseworker-xp',
    actorName: '李梅',
    actorRole: 'caseworker',
    actorTownship: 'XP',
    reason: extra.reason ?? null,
    commandId: `command-${position}`,
    correlationId: `correlation-${position}`,
    causationId: `causation-${position}`,
    prevHash: `prev-hash-${position}`,
    hash: `hash-${position}`,
    caseIds: ['case-1'],
  };
}

type Node = ReturnType<typeof auditEvent>;

function connection(nodes: Node[], totalCount: number, hasNextPage: boolean) {
  return {
    auditTrail: {
      __typename: 'AuditEventConnection',
      totalCount,
      edges: nodes.map((node) => ({ __typename: 'AuditEventEdge', cursor: `cursor-${node.position}`, node })),
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: nodes.length > 0 ? `cursor-${nodes.at(-1)!.position}` : null },
    },
  };
}

function auditMock(after: string | null, nodes: Node[], totalCount: number, hasNextPage: boolean): MockLink.MockedResponse {
  return {
    request: { query: AuditTrailQuery, variables: { filter: {}, first: 50, after } },
    result: { data: connection(nodes, totalCount, hasNextPage) },
    maxUsageCount: 2,
  };
}

const note = auditEvent(12, 'CaseNoteAdded', { noteId: 'n1', text: '电话回访' });
const corrected = auditEvent(11, 'CategoryChanged', { from: 'HARDSHIP', to: 'BEREAVED' }, { reason: '复核后更正' });
const opened = auditEvent(10, 'CaseOpened', { category: 'HARDSHIP', village: '孝坪村', address: '三组' });

const positions = () => screen.getAllByTestId('audit-row').map((row) => row.getAttribute('data-position'));

describe('AuditTrailPage', () => {
  it('is reached from the header and lists events newest first, loading more with the end cursor', async () => {
    window.history.replaceState(null, '', '/nowhere');
    renderWithProviders(<App />, {
      mocks: [auditMock(null, [note, corrected], 3, true), auditMock('cursor-11', [opened], 3, false)],
    });
    fireEvent.click(await screen.findByTestId('nav-audit-trail'));
    expect(window.location.pathname).toBe('/audit');

    await waitFor(() => expect(positions()).toEqual(['12', '11']));
    expect(screen.getByTestId('audit-total').textContent).toBe('共 3 条事件，已显示 2 条');
    const [first, second] = screen.getAllByTestId('audit-row') as [HTMLElement, HTMLElement];
    expect(first.textContent).toContain('2023-11-15 00:30:00');
    expect(first.textContent).toContain('李梅（乡镇专干）');
    expect(first.textContent).toContain('孝坪镇');
    expect(first.textContent).toContain('添加备注');
    expect(within(first).getByTestId('audit-summary').textContent).toBe('添加备注：电话回访');
    expect(within(second).getByTestId('audit-summary').textContent).toBe('家庭类别由「计生困难家庭」变更为「失独家庭」');
    expect(second.textContent).toContain('复核后更正');

    fireEvent.click(screen.getByTestId('audit-load-more'));
    await waitFor(() => expect(positions()).toEqual(['12', '11', '10']));
    expect(screen.getByTestId('audit-total').textContent).toBe('共 3 条事件，已显示 3 条');
    expect((screen.getByTestId('audit-load-more') as HTMLButtonElement).disabled).toBe(true);
  });

  it('turns every filter into the query variables, and clears them', async () => {
    const filters: unknown[] = [];
    const anyFilter: MockLink.MockedResponse = {
      request: {
        query: AuditTrailQuery,
        variables: (variables: Record<string, unknown>) => {
          filters.push(variables['filter']);
          return variables['first'] === 50 && variables['after'] === null;
        },
      },
      result: { data: connection([note], 1, false) },
      maxUsageCount: Number.POSITIVE_INFINITY,
    };
    renderWithProviders(<AuditTrailPage />, { mocks: [anyFilter] });
    await screen.findAllByTestId('audit-row');

    const caseBox = screen.getByLabelText('档案编号');
    fireEvent.change(caseBox, { target: { value: ' case-1 ' } });
    fireEvent.keyDown(caseBox, { key: 'Enter', code: 'Enter', keyCode: 13 });
    fireEvent.mouseDown(screen.getByLabelText('事件类型'));
    fireEvent.click(await screen.findByTitle('添加备注'));
    fireEvent.mouseDown(screen.getByLabelText('操作人'));
    fireEvent.click(await screen.findByTitle('李梅 · 乡镇专干 · 孝坪镇'));

    await waitFor(() =>
      expect(filters.at(-1)).toEqual({ caseId: 'case-1', eventTypes: ['CaseNoteAdded'], actorId: 'caseworker-xp' }),
    );
    fireEvent.click(screen.getByTestId('audit-filter-clear'));
    await waitFor(() => expect(filters.at(-1)).toEqual({}));
    expect((screen.getByLabelText('档案编号') as HTMLInputElement).value).toBe('');
  });

  it('opens an event in a drawer: metadata, hash chain, formatted payload and links to its cases', async () => {
    window.history.replaceState(null, '', '/audit');
    const caseMock: MockLink.MockedResponse = {
      request: { query: CasePageQuery, variables: { id: 'case-1', asOf: null, minPosition: null } },
      result: { data: { case: caseFixture() } },
    };
    renderWithProviders(<App />, { mocks: [auditMock(null, [note, corrected], 2, false), caseMock] });
    await waitFor(() => expect(positions()).toEqual(['12', '11']));

    fireEvent.click(screen.getAllByTestId('audit-row')[1]!);
    const drawer = await screen.findByTestId('audit-event');
    expect(drawer.getAttribute('data-event-id')).toBe('event-11');
    expect(screen.getByText('第 11 条事件：变更类别')).toBeTruthy();
    expect(within(drawer).getByTestId('audit-command-id').textContent).toContain('command-11');
    expect(within(drawer).getByTestId('audit-correlation-id').textContent).toContain('correlation-11');
    expect(within(drawer).getByTestId('audit-causation-id').textContent).toContain('causation-11');
    expect(within(drawer).getByTestId('audit-prev-hash').textContent).toContain('prev-hash-11');
    expect(within(drawer).getByTestId('audit-hash').textContent).toContain('hash-11');
    expect(drawer.textContent).toContain('复核后更正');
    expect(within(drawer).getByTestId('audit-payload').textContent).toBe(
      JSON.stringify({ caseId: 'case-1', from: 'HARDSHIP', to: 'BEREAVED' }, null, 2),
    );

    const link = within(drawer).getByTestId('audit-case-link');
    expect(link.getAttribute('href')).toBe('/cases/case-1');
    fireEvent.click(link);
    expect(window.location.pathname).toBe('/cases/case-1');
    expect((await screen.findByTestId('case-page')).getAttribute('data-case-id')).toBe('case-1');
  });

  it('opened from a report\'s drill-down link, starts filtered to the stream with the counted events marked', async () => {
    window.history.replaceState(null, '', '/audit?stream=case-case-1&positions=12%2C10');
    const link: MockLink.MockedResponse = {
      request: { query: AuditTrailQuery, variables: { filter: { streamId: 'case-case-1' }, first: 50, after: null } },
      result: { data: connection([note, corrected, opened], 3, false) },
    };
    renderWithProviders(<App />, { mocks: [link] });
    await waitFor(() => expect(positions()).toEqual(['12', '11', '10']));
    expect(screen.getAllByTestId('audit-row').map((row) => row.getAttribute('data-marked'))).toEqual(['true', null, 'true']);
    expect((screen.getByLabelText('事件流编号') as HTMLInputElement).value).toBe('case-case-1');
  });
});
