import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { App } from '../App';
import { caseFixture } from '../test/case-fixtures';
import { renderWithProviders } from '../test/render';
import { CasePageQuery } from './CasePage';
import { AddCaseNoteMutation } from '../add-note/add-case-note.mutation';
import { captureCommand } from '../test/capture-command';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function casePageMock(result: ReturnType<typeof caseFixture> | null, minPosition: number | null = null): MockLink.MockedResponse {
  return { request: { query: CasePageQuery, variables: { id: 'case-1', asOf: null, minPosition } }, result: { data: { case: result } } };
}

describe('CasePage', () => {
  beforeEach(() => window.history.replaceState(null, '', '/cases/case-1'));

  it('shows the case header, masked members and timeline', async () => {
    renderWithProviders(<App />, { mocks: [casePageMock(caseFixture())] });
    expect(await screen.findByTestId('case-page')).toBeTruthy();
    expect(screen.getByTestId('case-category').textContent).toBe('失独家庭');
    expect(screen.getByTestId('case-contacts').textContent).toContain('村联系人：李四');
    const member = screen.getByTestId('member-row');
    expect(member.textContent).toContain('4312**********1017');
    expect(member.textContent).toContain('138****5678');
    expect(screen.getAllByTestId('timeline-summary').map((element) => element.textContent)).toEqual([
      '指定村联系人 李四',
      '登记成员 张*（户主）',
      '开立档案：失独家庭，孝坪村 三组12号',
    ]);
  });

  it('adds a note with the revision read and a fresh command id, then reads its own write (minPosition) onto the timeline', async () => {
    const { sent, mock: addNote } = captureCommand(AddCaseNoteMutation, { data: { addCaseNote: { __typename: 'CommandResult', id: 'case-1', createdId: 'n0', revision: 4, position: 57 } } });
    // Only a refetch that waits for position 57 is answered: without minPosition the note never shows.
    renderWithProviders(<App />, {
      mocks: [casePageMock(caseFixture()), addNote, casePageMock(caseFixture({ notes: ['电话回访，家属情绪平稳'] }), 57)],
    });

    fireEvent.click(await screen.findByTestId('add-note-button'));
    fireEvent.change(await screen.findByTestId('add-note-text'), { target: { value: '  电话回访，家属情绪平稳 ' } });
    fireEvent.click(screen.getByTestId('add-note-submit'));

    const timeline = screen.getByTestId('case-timeline');
    await waitFor(() => expect(within(timeline).getAllByTestId('timeline-summary')[0]?.textContent).toBe('添加备注：电话回访，家属情绪平稳'));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ caseId: 'case-1', text: '电话回访，家属情绪平稳', expectedRevision: 3 });
    expect(sent[0]?.['commandId']).toMatch(UUID);
    expect(screen.getByTestId('case-page').getAttribute('data-revision')).toBe('4');
  });

  it('keeps the form open and says why when the case changed meanwhile', async () => {
    const conflict: MockLink.MockedResponse = {
      request: { query: AddCaseNoteMutation, variables: () => true },
      result: { errors: [{ message: 'expected revision 3, stream is at 4', extensions: { code: 'CONCURRENCY_CONFLICT' } }] },
    };
    renderWithProviders(<App />, { mocks: [casePageMock(caseFixture()), conflict, casePageMock(caseFixture({ notes: ['别人的备注'] }))] });

    fireEvent.click(await screen.findByTestId('add-note-button'));
    fireEvent.change(await screen.findByTestId('add-note-text'), { target: { value: '我的备注' } });
    fireEvent.click(screen.getByTestId('add-note-submit'));

    expect((await screen.findByTestId('add-note-error')).textContent).toBe('档案刚被他人修改，页面已刷新，请核对后重新提交');
    await waitFor(() => expect(screen.getByTestId('case-page').getAttribute('data-revision')).toBe('4'));
    expect((screen.getByTestId('add-note-text') as HTMLTextAreaElement).value).toBe('我的备注');
  });

  it('closes the form once the command is written, and says so when the read models lag behind it', async () => {
    const addNote: MockLink.MockedResponse = {
      request: { query: AddCaseNoteMutation, variables: () => true },
      result: { data: { addCaseNote: { __typename: 'CommandResult', id: 'case-1', createdId: 'n0', revision: 4, position: 57 } } },
    };
    const lag: MockLink.MockedResponse = {
      request: { query: CasePageQuery, variables: { id: 'case-1', asOf: null, minPosition: 57 } },
      result: { errors: [{ message: 'not yet', extensions: { code: 'READ_MODEL_LAG', details: { minPosition: 57 } } }] },
    };
    renderWithProviders(<App />, { mocks: [casePageMock(caseFixture()), addNote, lag] });

    fireEvent.click(await screen.findByTestId('add-note-button'));
    fireEvent.change(await screen.findByTestId('add-note-text'), { target: { value: '我的备注' } });
    fireEvent.click(screen.getByTestId('add-note-submit'));

    const stale = await screen.findByTestId('case-page-stale');
    expect(stale.getAttribute('data-error-code')).toBe('READ_MODEL_LAG');
    expect(stale.textContent).toContain('数据仍在更新，请稍后刷新');
    expect(screen.getByTestId('case-page').getAttribute('data-revision')).toBe('3');
    await waitFor(() => expect(screen.queryByTestId('add-note-form')).toBeNull());
  });

  it('says the case was not found when the API answers null', async () => {
    renderWithProviders(<App />, { mocks: [casePageMock(null)] });
    const result = await screen.findByTestId('error-result');
    expect(result.getAttribute('data-error-code')).toBe('CASE_NOT_FOUND');
    expect(result.textContent).toContain('档案不存在，或不在您的管辖范围内');
  });
});
